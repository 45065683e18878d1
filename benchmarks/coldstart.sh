#!/usr/bin/env bash
# Cold start and binary size: publishes one small Native AOT app per peer (benchmarks/ColdStart/*), each performing a
# single chat completion against the loopback demo server, plus the VeniceAot app under the JIT; then runs each one
# RUNS times (default 20, interleaved) and reports binary size and the median time from process start to response
# received. Writes benchmarks/results/coldstart.md.
#   usage: bash benchmarks/coldstart.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-20}"
OUT="${COLDSTART_OUT:-artifacts/coldstart}"
mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for peer in VeniceAot Refit OpenAI Floor FloorModels; do
  echo "publishing $peer (Native AOT)..."
  # Warnings are not errors here: a third-party library's trim/AOT warnings are a finding to report, not a stop.
  dotnet publish "benchmarks/ColdStart/ColdStart.$peer" -c Release -r linux-x64 -o "$OUT/aot-$peer" \
    -p:TreatWarningsAsErrors=false -nologo > "$OUT/publish-$peer.log" 2>&1 \
    || { tail -30 "$OUT/publish-$peer.log"; exit 1; }
done

echo "publishing VeniceAot (JIT, framework-dependent)..."
dotnet publish benchmarks/ColdStart/ColdStart.VeniceAot -c Release -r linux-x64 --self-contained false -o "$OUT/jit-VeniceAot" \
  -p:PublishAot=false -nologo > "$OUT/publish-jit-VeniceAot.log" 2>&1 || { tail -30 "$OUT/publish-jit-VeniceAot.log"; exit 1; }

echo "building the demo server..."
dotnet build tests/VeniceAot.DemoServer -c Release -o "$OUT/demoserver" -nologo > "$OUT/build-demoserver.log" 2>&1 \
  || { tail -30 "$OUT/build-demoserver.log"; exit 1; }

python3 benchmarks/coldstart.py "$OUT" "$RUNS" | tee benchmarks/results/coldstart.md
