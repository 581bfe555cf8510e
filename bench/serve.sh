#!/usr/bin/env bash
# Builds orbit-bench and runs the server load benchmark (orbit.bench.ServerLoadBench) from the repository root.
#   bench/serve.sh [ServerLoadBench options, e.g. --quick, --events 1000000 --keep, --store FILE]
# Stores go to --work (default /tmp/orbit-bench). JAVA_OPTS is passed to the JVM (default -Xmx6g).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
(cd "$root" && mvn -B -q -DskipTests install -pl bench -am)
cd "$root"
exec java ${JAVA_OPTS:--Xmx6g} -cp "$here/target/orbit-bench.jar:$here/target/lib/*" orbit.bench.ServerLoadBench "$@"
