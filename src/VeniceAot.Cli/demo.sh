#!/usr/bin/env bash
# The one-command tour of the `venice` tool, offline by default.
#
#   src/VeniceAot.Cli/demo.sh              # against a local demo server (no key, no network)
#   VENICE_API_KEY=... src/VeniceAot.Cli/demo.sh   # against the real Venice API (key commands skipped)
#
# It publishes the Native AOT binary into <repo>/artifacts/demo, builds the same tool for the JIT into
# <repo>/artifacts/demo-jit, starts tests/VeniceAot.DemoServer in the background unless a key is set, runs
# a short tour with the native binary, and compares start-up times (median of DEMO_RUNS runs, default 11).
# Needs only bash, coreutils, grep, sed and the .NET SDK. Whatever happens, the demo server is stopped.
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
repo=$(cd -- "$script_dir/../.." && pwd -P)
artifacts="$repo/artifacts"
aot_dir="$artifacts/demo"
jit_dir="$artifacts/demo-jit"
server_dir="$artifacts/demo-server"
runs=${DEMO_RUNS:-11}
server_pid=""
work=$(mktemp -d "${TMPDIR:-/tmp}/venice-demo.XXXXXX")

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        # Give it up to 10 s to stop cleanly, then make sure.
        for _ in $(seq 1 100); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        echo "Demo server (pid $server_pid) stopped."
    fi
    rm -rf -- "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'echo; echo "Interrupted."; exit 130' INT
trap 'exit 143' TERM

section() { printf '\n== %s ==\n' "$*"; }
show() { printf '$ %s\n' "$*"; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ -n "${VENICE_API_KEY:-}" ]]; then
    mode=real
else
    mode=offline
fi

section "Building: Native AOT publish, JIT build (a few minutes on a small machine)"
show "dotnet publish src/VeniceAot.Cli -c Release -r linux-x64 -o artifacts/demo"
dotnet publish "$repo/src/VeniceAot.Cli" -c Release -r linux-x64 -o "$aot_dir" --disable-build-servers -nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log"; echo "error: the AOT publish failed." >&2; exit 1; }
show "dotnet build src/VeniceAot.Cli -c Release -o artifacts/demo-jit"
dotnet build "$repo/src/VeniceAot.Cli" -c Release -o "$jit_dir" --disable-build-servers -nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; echo "error: the JIT build failed." >&2; exit 1; }
warnings=$(grep -ciE ': warning [A-Z]+[0-9]+' "$work/publish.log" || true)
echo "AOT publish: $warnings warning(s)."
venice="$aot_dir/venice"
[[ -x "$venice" ]] || { echo "error: no native binary at $venice" >&2; exit 1; }

if [[ "$mode" == offline ]]; then
    show "dotnet build tests/VeniceAot.DemoServer -c Release -o artifacts/demo-server"
    dotnet build "$repo/tests/VeniceAot.DemoServer" -c Release -o "$server_dir" --disable-build-servers -nologo -v quiet >"$work/server-build.log" 2>&1 \
        || { cat "$work/server-build.log"; echo "error: the demo server build failed." >&2; exit 1; }

    section "Starting the demo server"
    dotnet "$server_dir/VeniceAot.DemoServer.dll" >"$work/server.out" 2>"$work/server.err" </dev/null &
    server_pid=$!
    base_url=""
    for _ in $(seq 1 300); do   # at most 30 s
        if IFS= read -r line <"$work/server.out" 2>/dev/null && [[ "$line" == http* ]]; then
            base_url=$line
            break
        fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z "$base_url" ]]; then
        echo "error: the demo server printed no base address within 30 s." >&2
        cat "$work/server.err" >&2 || true
        exit 1
    fi
    echo "Demo server (pid $server_pid) listening at $base_url"
    export VENICE_BASE_URL="$base_url"
    export VENICE_API_KEY="demo-offline-key"
else
    section "Real mode"
    echo "VENICE_API_KEY is set: talking to ${VENICE_BASE_URL:-the real Venice API}. The 'keys' part is skipped"
    echo "(creating and deleting keys needs an ADMIN key and would change your account)."
fi

section "venice models list"
show "venice models list"
"$venice" models list

section "Streaming chat"
show "venice chat \"Say hello from a Native AOT binary in one sentence.\""
"$venice" chat "Say hello from a Native AOT binary in one sentence."

if [[ "$mode" == offline ]]; then
    section "API keys: create, list, delete"
    show "venice keys create --type INFERENCE --description \"demo key\" --usd 5 --json"
    created=$("$venice" keys create --type INFERENCE --description "demo key" --usd 5 --json)
    # The first "id" in the response is data.id; no jq needed.
    key_id=$(printf '%s\n' "$created" | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' | head -n 1)
    [[ -n "$key_id" ]] || { echo "error: no id in the create response:" >&2; printf '%s\n' "$created" >&2; exit 1; }
    echo "Created key $key_id (its secret was in the JSON; not shown here)."
    show "venice keys list"
    "$venice" keys list
    show "venice keys delete $key_id"
    "$venice" keys delete "$key_id"
    show "venice keys list"
    "$venice" keys list
else
    section "API keys: skipped in real mode"
fi

section "Embeddings"
show "venice embed \"Native AOT starts fast\" \"the JIT warms up\""
"$venice" embed "Native AOT starts fast" "the JIT warms up"

section "Size and start-up time"
size=$(stat -c %s "$venice")
printf 'Native AOT binary: %s  %d bytes (%d.%02d MiB)\n' "${venice#"$repo"/}" "$size" $((size / 1048576)) $(((size % 1048576) * 100 / 1048576))

# Prints the median wall time in microseconds of $runs runs of the given command (output discarded).
median_us() {
    local times=() start end i
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || { echo "error: '$*' failed during timing" >&2; return 1; }
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$((runs / 2 + 1))p"
}
ms() { printf '%d.%d ms' $(($1 / 1000)) $((($1 % 1000) / 100)); }

where="the local demo server"
[[ "$mode" == real ]] && where="${VENICE_BASE_URL:-https://api.venice.ai/api/v1} (network time included)"
echo "Median wall time of $runs runs of 'venice models list' against $where:"
aot_us=$(median_us "$venice" models list)
jit_us=$(median_us dotnet "$jit_dir/venice.dll" models list)
printf '  %-44s %10s\n' "Native AOT (artifacts/demo/venice)" "$(ms "$aot_us")"
printf '  %-44s %10s\n' "JIT (dotnet artifacts/demo-jit/venice.dll)" "$(ms "$jit_us")"
if ((aot_us > 0)); then
    ratio=$((jit_us * 10 / aot_us))
    printf '  JIT / AOT: %d.%dx\n' $((ratio / 10)) $((ratio % 10))
fi

section "Done"
