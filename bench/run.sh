#!/usr/bin/env bash
# Builds orbit-bench and runs the end-to-end import and query benchmark.
#   bench/run.sh [ROWS] [more ImportBench options, e.g. --keep --phases query]
# ROWS defaults to 2000000; data and stores go to $ORBIT_BENCH_WORK (default /tmp/orbit-bench).
# JAVA_OPTS is passed to the JVM (e.g. JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/import.jfr').
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
rows="${1:-2000000}"
if [ $# -gt 0 ]; then shift; fi
work="${ORBIT_BENCH_WORK:-/tmp/orbit-bench}"
(cd "$root" && mvn -q -DskipTests install -pl bench -am)
exec java ${JAVA_OPTS:-} -cp "$here/target/orbit-bench.jar:$here/target/lib/*" orbit.bench.ImportBench \
  --rows "$rows" --work "$work" "$@"
