#!/usr/bin/env python3
"""Turns BenchmarkDotNet CSV reports into the README tables and SVG charts (no third-party packages).

usage: python3 benchmarks/report.py BDN_RESULTS_DIR [OUT_DIR]
  BDN_RESULTS_DIR  the 'results' folder BenchmarkDotNet wrote (the *-report.csv files)
  OUT_DIR          default benchmarks/results: receives the CSVs, one SVG per scenario, ratios.svg and summary.md
"""
import csv
import glob
import html
import os
import re
import shutil
import sys

SCENARIOS = ["ChatInMemory", "ChatLoopback", "ChatStreaming", "DeleteKey", "ListModels", "Embed"]
PEERS = ["Floor", "VeniceAot", "Refit", "OpenAI"]
COLORS = {"Floor": "#7f7f7f", "VeniceAot": "#1f77b4", "Refit": "#ff7f0e", "OpenAI": "#2ca02c"}
STREAM_CHUNKS = 200
TIME_UNITS = {"ns": 1.0, "us": 1e3, "\u03bcs": 1e3, "\u00b5s": 1e3, "ms": 1e6, "s": 1e9}
SIZE_UNITS = {"B": 1.0, "KB": 1024.0, "MB": 1024.0 ** 2, "GB": 1024.0 ** 3}


def number(text, units):
    """'1,234.5 us' -> nanoseconds (or bytes for sizes); '-' or empty -> None."""
    text = (text or "").strip()
    if text in ("", "-", "NA", "?"):
        return None
    m = re.match(r"^([-\d.,]+)\s*(\S*)$", text)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    return value * units.get(m.group(2) or next(iter(units)), 1.0)


def load(results_dir):
    rows = {}
    for path in sorted(glob.glob(os.path.join(results_dir, "*-report.csv"))):
        scenario = os.path.basename(path).split("-report")[0].split(".")[-1]
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                rows[(scenario, row["Method"])] = {
                    "median": number(row.get("Median"), TIME_UNITS),
                    "mean": number(row.get("Mean"), TIME_UNITS),
                    "p95": number(row.get("P95"), TIME_UNITS),
                    "stddev": number(row.get("StdDev"), TIME_UNITS),
                    "alloc": number(row.get("Allocated"), SIZE_UNITS) or 0.0,
                }
    return rows


def fmt_time(ns):
    if ns is None:
        return "-"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("\u00b5s", 1e3)):
        if ns >= scale:
            return f"{ns / scale:,.2f} {unit}"
    return f"{ns:,.0f} ns"


def fmt_bytes(b):
    if b is None:
        return "-"
    if b >= 1024 * 1024:
        return f"{b / 1024 / 1024:,.2f} MiB"
    if b >= 10 * 1024:
        return f"{b / 1024:,.1f} KiB"
    return f"{b:,.0f} B"


def ratio(a, b):
    return None if a is None or not b else a / b


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}\u00d7"


def tables(rows):
    out = []
    for s in SCENARIOS:
        peers = [p for p in PEERS if (s, p) in rows]
        if not peers:
            continue
        floor = rows.get((s, "Floor"))
        venice = rows.get((s, "VeniceAot"))
        out.append(f"### {s}\n")
        head = "| peer | median | mean | p95 | allocated/call | time vs floor | alloc vs floor | VeniceAot time vs this | VeniceAot alloc vs this |"
        if s == "ChatStreaming":
            head = head + " median/chunk | alloc/chunk |"
        out.append(head)
        out.append("|" + "---|" * (head.count("|") - 1))
        for p in peers:
            r = rows[(s, p)]
            line = (f"| {p} | {fmt_time(r['median'])} | {fmt_time(r['mean'])} | {fmt_time(r['p95'])} | {fmt_bytes(r['alloc'])} | "
                    f"{fmt_ratio(ratio(r['median'], floor['median']))} | {fmt_ratio(ratio(r['alloc'], floor['alloc']))} | "
                    f"{fmt_ratio(ratio(venice['median'], r['median']))} | {fmt_ratio(ratio(venice['alloc'], r['alloc']))} |")
            if s == "ChatStreaming":
                line += f" {fmt_time(r['median'] / STREAM_CHUNKS)} | {fmt_bytes(r['alloc'] / STREAM_CHUNKS)} |"
            out.append(line)
        out.append("")
    return "\n".join(out)


def targets(rows):
    """The issue's targets, each with the figure that decides it."""
    lines = ["| target | figure | holds |", "|---|---|---|"]
    for s in SCENARIOS:
        f, v = rows.get((s, "Floor")), rows.get((s, "VeniceAot"))
        if not f or not v:
            continue
        t, a = ratio(v["median"], f["median"]), ratio(v["alloc"], f["alloc"])
        lines.append(f"| {s}: time \u2264 1.10\u00d7 floor | {fmt_ratio(t)} | {'yes' if t <= 1.10 else 'NO'} |")
        lines.append(f"| {s}: allocated \u2264 1.10\u00d7 floor | {fmt_ratio(a)} ({fmt_bytes(v['alloc'])} vs {fmt_bytes(f['alloc'])}) | {'yes' if a <= 1.10 else 'NO'} |")
    v, r, o = rows.get(("ChatInMemory", "VeniceAot")), rows.get(("ChatInMemory", "Refit")), rows.get(("ChatInMemory", "OpenAI"))
    if v and r:
        x = ratio(v["alloc"], r["alloc"])
        lines.append(f"| ChatInMemory: allocated \u2264 0.5\u00d7 Refit | {fmt_ratio(x)} | {'yes' if x <= 0.5 else 'NO'} |")
    if v and o:
        x = ratio(v["alloc"], o["alloc"])
        lines.append(f"| ChatInMemory: allocated \u2264 0.35\u00d7 OpenAI SDK | {fmt_ratio(x)} | {'yes' if x <= 0.35 else 'NO'} |")
    return "\n".join(lines)


def bar_chart(title, rows, scenario, key, formatter, path):
    peers = [p for p in PEERS if (scenario, p) in rows]
    values = [rows[(scenario, p)][key] or 0.0 for p in peers]
    width, bar_h, gap, left, top = 640, 28, 12, 110, 44
    height = top + len(peers) * (bar_h + gap) + 20
    peak = max(values) or 1.0
    span = width - left - 150
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="10" y="24" font-size="15" font-weight="bold">{html.escape(title)}</text>']
    for i, (p, v) in enumerate(zip(peers, values)):
        y = top + i * (bar_h + gap)
        w = max(1.0, span * v / peak)
        floor = rows[(scenario, "Floor")][key] or 0.0
        rel = f" ({v / floor:.2f}\u00d7 floor)" if floor and p != "Floor" else ""
        parts.append(f'<text x="{left - 8}" y="{y + bar_h * 0.68:.0f}" text-anchor="end">{p}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{COLORS[p]}"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + bar_h * 0.68:.0f}">{html.escape(formatter(v) + rel)}</text>')
    parts.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def ratio_chart(rows, path):
    """VeniceAot / floor, time and allocation, per scenario, with the 1.10 target line."""
    data = []
    for s in SCENARIOS:
        f, v = rows.get((s, "Floor")), rows.get((s, "VeniceAot"))
        if f and v:
            data.append((s, ratio(v["median"], f["median"]), ratio(v["alloc"], f["alloc"])))
    width, row_h, left, top = 720, 46, 130, 50
    height = top + len(data) * row_h + 40
    peak = max([1.25] + [max(t, a) for _, t, a in data])
    span = width - left - 90
    x_of = lambda r: left + span * r / peak
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             '<text x="10" y="22" font-size="15" font-weight="bold">VeniceAot relative to the hand-written floor (1.00 = floor)</text>',
             f'<rect x="{left}" y="30" width="12" height="12" fill="#1f77b4"/><text x="{left + 16}" y="41">median time</text>',
             f'<rect x="{left + 110}" y="30" width="12" height="12" fill="#9ecae1"/><text x="{left + 126}" y="41">allocated bytes</text>']
    for i, (s, t, a) in enumerate(data):
        y = top + i * row_h
        parts.append(f'<text x="{left - 8}" y="{y + 22}" text-anchor="end">{s}</text>')
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{x_of(t) - left:.1f}" height="16" fill="#1f77b4"/>')
        parts.append(f'<text x="{x_of(t) + 4:.1f}" y="{y + 17}">{t:.2f}\u00d7</text>')
        parts.append(f'<rect x="{left}" y="{y + 22}" width="{x_of(a) - left:.1f}" height="16" fill="#9ecae1"/>')
        parts.append(f'<text x="{x_of(a) + 4:.1f}" y="{y + 35}">{a:.2f}\u00d7</text>')
    for r, label, color in ((1.0, "floor", "#333"), (1.10, "target 1.10", "#d62728")):
        parts.append(f'<line x1="{x_of(r):.1f}" y1="{top - 4}" x2="{x_of(r):.1f}" y2="{height - 24}" stroke="{color}" stroke-dasharray="4,3"/>')
        parts.append(f'<text x="{x_of(r):.1f}" y="{height - 8}" text-anchor="middle" fill="{color}">{label}</text>')
    parts.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    src = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
    os.makedirs(out, exist_ok=True)
    for path in glob.glob(os.path.join(src, "*-report.csv")) + glob.glob(os.path.join(src, "*-report-github.md")):
        shutil.copy(path, os.path.join(out, os.path.basename(path)))
    rows = load(src)
    if not rows:
        print(f"no *-report.csv under {src}")
        return 1
    for s in SCENARIOS:
        if (s, "Floor") in rows:
            bar_chart(f"{s}: median time per call (lower is better)", rows, s, "median", fmt_time, os.path.join(out, f"{s}-time.svg"))
            bar_chart(f"{s}: bytes allocated per call (lower is better)", rows, s, "alloc", fmt_bytes, os.path.join(out, f"{s}-alloc.svg"))
    ratio_chart(rows, os.path.join(out, "ratios.svg"))
    summary = "## Figures\n\n" + tables(rows) + "\n## Targets\n\n" + targets(rows) + "\n"
    with open(os.path.join(out, "summary.md"), "w", encoding="utf-8") as f:
        f.write(summary)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
