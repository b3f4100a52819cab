#!/usr/bin/env bash
# Times whole gomedic commands, JVM start included, side by side with the go command, and prints a Markdown
# table for docs/BENCHMARKS.md. Needs hyperfine (apt-get install hyperfine) and Go 1.19 at /usr/lib/go-1.19.
#
#   gomedic-bench/scripts/startup.sh [RUNS [EXTRA-GOMEDIC-ARGS...]]
#   INSPECT_DIR=/tmp/gomedic-inspect-bench gomedic-bench/scripts/startup.sh   # also go version -m vs inspect -m
#
# The archive is warmed first (one run of each command), so the figures are for a warm class-data archive.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-30}
go=${GO:-/usr/lib/go-1.19/bin/go}
fixture=$(mktemp -d)
trap 'rm -rf "$fixture"' EXIT
cat >"$fixture/go.mod" <<'MOD'
module example.com/bench

go 1.19

require (
	golang.org/x/text v0.14.0
	golang.org/x/mod v0.7.0 // indirect
)

replace golang.org/x/text => ../text

exclude golang.org/x/text v0.13.0

retract [v0.0.1, v0.0.3] // broken
MOD
mkdir -p "$fixture/healthy"
printf 'module example.com/healthy\n\ngo 1.19\n' >"$fixture/healthy/go.mod"
printf 'package main\n\nfunc main() {}\n' >"$fixture/healthy/main.go"
export HOME=${HOME:-/root} GOFLAGS= GOTOOLCHAIN=local GOPROXY=off
export PATH="$(dirname "$go"):$PATH"
cd "$fixture"
# Build, and train each command group's archive, before timing (hyperfine's warm-up would too, but slowly).
for c in --version env inspect doctor mod; do "$root/gomedic" "$c" --help >/dev/null 2>&1 || true; done

cmds=(
  "$go env GOROOT"
  "$go env -json"
  "$go env"
  "$root/gomedic --version"
  "$root/gomedic mod edit -json go.mod"
  "$root/gomedic mod fmt go.mod"
  "$root/gomedic env -json"
  "$root/gomedic doctor --dir healthy"
)
for extra in "${@:2}"; do cmds+=("$root/gomedic $extra"); done
# INSPECT_DIR=DIR adds go version -m DIR and gomedic inspect -m DIR (issue 4's comparison; see inspect-bench.sh).
if [ -n "${INSPECT_DIR:-}" ]; then
  cmds+=("$go version -m $INSPECT_DIR" "$root/gomedic inspect -m $INSPECT_DIR")
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem/{print $2}') GiB"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(grep -h '^JAVA_VERSION=' /usr/lib/jvm/*/release | tr '\n' ' ')"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$fixture/times.json" --style none "${cmds[@]}" >/dev/null
python3 - "$fixture/times.json" "$root/" "$go" <<'PY'
import json, statistics, sys
data = json.load(open(sys.argv[1]))["results"]
print("| command | mean wall ms | min wall ms | median wall ms | mean CPU (user+sys) ms |")
print("|---|---:|---:|---:|---:|")
for r in data:
    name = r["command"].replace(sys.argv[2], "").replace(sys.argv[3], "go")
    cpu = (r["user"] + r["system"]) * 1000
    print(f"| `{name}` | {r['mean']*1000:.0f} | {r['min']*1000:.0f} | {r['median']*1000:.0f} | {cpu:.0f} |")
PY
