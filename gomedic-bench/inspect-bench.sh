#!/usr/bin/env bash
# Times `gomedic inspect -m DIR` against `go version -m DIR` (go 1.19) over a directory of >= 500 Go binaries,
# made of hard links to the binaries the tests cache (npm esbuild/buf, the go 1.19 cross-compiled matrix, Debian's
# go and gofmt). Both commands print the same bytes; the script checks that before timing.
#   gomedic-bench/inspect-bench.sh           whole-command timing (JVM start included)
#   gomedic-bench/inspect-bench.sh --jmh     also the in-process JMH benchmark
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${GOMEDIC_TEST_CACHE:-$HOME/.cache/gomedic-test}/binfmt"
DIR="${BENCH_DIR:-/tmp/gomedic-inspect-bench}"
GO=/usr/lib/go-1.19/bin/go
JAR=gomedic-cli/target/gomedic.jar
RUNS="${RUNS:-5}"
[ -f "$JAR" ] || mvn -B -q -pl gomedic-cli -am package -DskipTests

mapfile -t SRC < <( { find "$CACHE/go119" -type f -perm -u+x 2>/dev/null;
  find "$CACHE/npm/unpacked" -type f -perm -u+x -size +1M 2>/dev/null;
  echo "$GO"; echo /usr/lib/go-1.19/bin/gofmt; } | grep -v '\.tmp' | sort -u)
[ "${#SRC[@]}" -gt 0 ] || { echo "no cached binaries under $CACHE: run the binfmt tests first" >&2; exit 1; }
rm -rf "$DIR"; mkdir -p "$DIR"
copies=$(( (500 + ${#SRC[@]} - 1) / ${#SRC[@]} ))
for i in $(seq 1 "$copies"); do
  k=0
  for s in "${SRC[@]}"; do
    k=$((k + 1)); n="$k-$(basename "$s")"
    # Never copy onto an existing name: it may be a hard link into the test cache.
    [ ! -e "$DIR/$i-$n" ] || { echo "duplicate corpus name $i-$n" >&2; exit 1; }
    ln "$s" "$DIR/$i-$n" 2>/dev/null || cp "$s" "$DIR/$i-$n"
  done
done
count=$(find "$DIR" -type f | wc -l)
bytes=$(du -sbL "$DIR" | cut -f1)

export GOTOOLCHAIN=local GOFLAGS= HOME="${HOME}"
"$GO" version -m "$DIR" > /tmp/bench-go.out 2>/dev/null
java -jar "$JAR" inspect -m "$DIR" > /tmp/bench-gomedic.out 2>/dev/null
cmp -s /tmp/bench-go.out /tmp/bench-gomedic.out || { echo "outputs differ: diff /tmp/bench-go.out /tmp/bench-gomedic.out" >&2; exit 1; }

JSA=/tmp/gomedic-bench.jsa
java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" __train >/dev/null 2>&1 || true

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timeit() { # prints the median wall time in ms of RUNS runs of "$@"
  for _ in $(seq 1 "$RUNS"); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median
}
"$GO" version -m "$DIR" >/dev/null 2>&1 # warm the page cache
go_ms=$(timeit "$GO" version -m "$DIR")
jar_ms=$(timeit java -jar "$JAR" inspect -m "$DIR")
cds_ms=$(timeit java -XX:SharedArchiveFile="$JSA" -Xshare:auto -jar "$JAR" inspect -m "$DIR")
./gomedic inspect -m "$GO" >/dev/null 2>&1 # let the launcher make its class-data archive first
gm_ms=$(timeit ./gomedic inspect -m "$DIR")
one_go=$(timeit "$GO" version -m "$GO")
one_jar=$(timeit java -XX:SharedArchiveFile="$JSA" -Xshare:auto -jar "$JAR" inspect -m "$GO")

echo "| date | $(date -u +%Y-%m-%dT%H:%MZ) |"
echo "| machine | $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1) |"
echo "| corpus | $count files, $(( bytes / 1048576 )) MiB (hard links to ${#SRC[@]} distinct binaries) |"
echo "| go 1.19 \`go version -m DIR\` | ${go_ms} ms (median of $RUNS) |"
echo "| \`java -jar gomedic.jar inspect -m DIR\` | ${jar_ms} ms |"
echo "| same, with an AppCDS archive from __train | ${cds_ms} ms |"
echo "| \`./gomedic inspect -m DIR\` (the launcher: newest JDK, AOT cache) | ${gm_ms} ms |"
echo "| ratio ./gomedic / go | $(awk "BEGIN {printf \"%.2f\", $gm_ms / $go_ms}") |"
echo "| ratio gomedic (AppCDS) / go | $(awk "BEGIN {printf \"%.2f\", $cds_ms / $go_ms}") |"
echo "| one file (go binary): go / gomedic (AppCDS) | ${one_go} ms / ${one_jar} ms |"

if [ "${1:-}" = "--jmh" ]; then
  mvn -B -q -pl gomedic-bench -am package -DskipTests
  M="$HOME/.m2/repository"
  CP="gomedic-bench/target/classes:gomedic-binfmt/target/classes:$M/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar"
  CP="$CP:$(ls "$M"/net/sf/jopt-simple/jopt-simple/*/jopt-simple-*.jar | head -1)"
  CP="$CP:$(ls "$M"/org/apache/commons/commons-math3/*/commons-math3-*.jar | head -1)"
  java -cp "$CP" org.openjdk.jmh.Main InspectBenchmark -p dir="$DIR"
fi
