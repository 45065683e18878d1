#!/usr/bin/env python3
"""Runs the published cold-start apps against the demo server (see coldstart.sh) and prints a Markdown report.

usage: python3 benchmarks/coldstart.py OUT_DIR RUNS
Each run launches one binary; the app prints the Unix time (microseconds) at which the chat answer arrived (and, on
stderr, when Main was entered, which splits runtime start-up from the client's own work). Time to
response = that minus the time just before the process was spawned (fork/exec included, the same for every peer).
Runs are interleaved (peer A, B, C, ... then again) so background load hits every peer alike.
"""
import os
import platform
import re
import statistics
import subprocess
import sys
import time

PEERS = [("VeniceAot", "aot-VeniceAot/coldstart-veniceaot", "Native AOT"),
         ("Refit", "aot-Refit/coldstart-refit", "Native AOT"),
         ("OpenAI", "aot-OpenAI/coldstart-openai", "Native AOT"),
         ("Floor", "aot-Floor/coldstart-floor", "Native AOT"),
         ("Floor (VeniceAot models)", "aot-FloorModels/coldstart-floormodels", "Native AOT"),
         ("VeniceAot (JIT)", "jit-VeniceAot/coldstart-veniceaot", "JIT, framework-dependent")]


def aot_warnings(out, peer):
    log = os.path.join(out, f"publish-{peer}.log")
    if not os.path.exists(log):
        return "-"
    codes = sorted(set(re.findall(r"warning (IL\d+)", open(log, encoding="utf-8", errors="replace").read())))
    return ", ".join(codes) if codes else "none"


def main():
    out, runs = sys.argv[1], int(sys.argv[2])
    server = subprocess.Popen(["dotnet", os.path.join(out, "demoserver", "VeniceAot.DemoServer.dll")], stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        times = {name: [] for name, _, _ in PEERS}
        walls = {name: [] for name, _, _ in PEERS}
        mains = {name: [] for name, _, _ in PEERS}
        for warm in range(runs + 1):  # the first round warms the server (and the disk cache); it is not counted
            for name, rel, _ in PEERS:
                binary = os.path.join(out, rel)
                start_us = time.time_ns() // 1000
                done = subprocess.run([binary, base], capture_output=True, text=True, timeout=60)
                wall_us = time.time_ns() // 1000 - start_us
                lines = done.stdout.split()
                if done.returncode != 0 or len(lines) < 2 or int(lines[1]) <= 0:
                    raise SystemExit(f"{name} failed ({done.returncode}): {done.stdout} {done.stderr}")
                if warm > 0:
                    times[name].append((int(lines[0]) - start_us) / 1000.0)
                    mains[name].append((int(done.stderr.split()[0]) - start_us) / 1000.0)
                    walls[name].append(wall_us / 1000.0)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)

    print(f"### Cold start and binary size ({runs} runs each, interleaved; {platform.machine()}, {os.cpu_count()} cores)\n")
    print("| app | build | binary size | median start to response | min | max | of which: start to Main | Main to response | median process wall time | AOT/trim warnings at publish |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, rel, kind in PEERS:
        path = os.path.join(out, rel)
        if kind.startswith("JIT"):
            folder = os.path.dirname(path)
            app = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith(".dll"))
            size = f"{app / 1024:,.0f} KiB of app assemblies + the shared runtime"
            warnings = "-"
        else:
            size = f"{os.path.getsize(path) / 1024 / 1024:,.2f} MiB"
            warnings = aot_warnings(out, rel.split("/")[0].removeprefix("aot-"))
        t = times[name]
        m = statistics.median(mains[name])
        print(f"| {name} | {kind} | {size} | {statistics.median(t):,.1f} ms | {min(t):,.1f} ms | {max(t):,.1f} ms | "
              f"{m:,.1f} ms | {statistics.median(t) - m:,.1f} ms | {statistics.median(walls[name]):,.1f} ms | {warnings} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
