#!/usr/bin/env bash
# ElectroCat benchmark suite (issue 13): every workload W1..W7 with JMH beside its numpy/scipy
# reference (releng/bench/python) in the same session; writes docs/performance.md.
#
#   releng/bench/run-bench.sh              full run (about 30-60 min on 2 cores), writes docs/performance.md
#   releng/bench/run-bench.sh --smoke      tiny sizes, one run each (what CI runs), writes /tmp/electrocat-bench-smoke/performance.md
#   releng/bench/run-bench.sh --only W3,W5 some cases only (W1a W1b W2 W3 W4 W5 W6a W6b W7a W7b; W1 = W1a+W1b)
# Other options: --no-build (use the last build), --work DIR (inputs, default /tmp/electrocat-bench),
#   --out FILE, --python EXE, --no-memory (skip the -Xmx search), --no-reference (ElectroCat only).
# Without numpy/scipy (python3 -c 'import scipy' fails) the references are skipped, and the table says so.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
build=1
args=()
for a in "$@"; do
  if [[ "$a" == "--no-build" ]]; then build=0; else args+=("$a"); fi
done
if [[ $build == 1 ]]; then
  # the whole reactor, so that W7 times the distribution of this checkout
  ./mvnw -B -q -o -DskipTests package
fi
bench="$root/releng/org.electrocat.bench/target"
if [[ ! -f "$bench/classpath.txt" ]]; then
  echo "run-bench.sh: $bench/classpath.txt is missing; build first (./mvnw -B -o -DskipTests package)" >&2
  exit 1
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -Xmx512m -cp "$bench/classes:$(cat "$bench/classpath.txt")" org.electrocat.bench.Driver --repo "$root" "${args[@]}"
