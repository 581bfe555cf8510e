#!/usr/bin/env bash
# Builds orbit-bench and runs the coder speed benchmark: CoreNLP alone, the whole coding path
# (parse + code + store writes) and CoreNLP's constituency parse, in one JVM on the same texts.
#   bench/coder.sh [CoderBench options, e.g. --repeat 6 --docs 400 --phases main,pcfg,stages,options]
# The real corpus defaults to samples/news/armenia-2018-2025.jsonl of this repository (--corpus FILE).
# Stores go to $ORBIT_BENCH_WORK/coder (default /tmp/orbit-bench/coder) and are deleted after each pass.
# JAVA_OPTS is passed to the JVM (e.g. JAVA_OPTS='-Xmx2g' or a JFR recording).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="${ORBIT_BENCH_WORK:-/tmp/orbit-bench}/coder"
defaults=(--corpus "$root/samples/news/armenia-2018-2025.jsonl" --work "$work")
for a in "$@"; do
  case "$a" in --corpus|--work) defaults=() ;; esac
done
(cd "$root" && mvn -o -q -DskipTests package -pl bench -am)
exec java ${JAVA_OPTS:-} -cp "$here/target/orbit-bench.jar:$here/target/lib/*" orbit.bench.CoderBench \
  "${defaults[@]}" "$@"
