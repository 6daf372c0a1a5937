#!/usr/bin/env bash
# Long fuzzing mode: coverage-guided Jazzer fuzzing of each target in its own JVM (libFuzzer can
# fuzz one target per process). See docs/reliability.md.
#
#   ./mvnw -B -o verify -pl releng/org.electrocat.fuzz.jazzer -am -DskipTests   # once: builds the class path
#   releng/org.electrocat.fuzz.jazzer/fuzz.sh [-t SECONDS] [-j JOBS] [TARGET ...]
#
# TARGET is a fuzz method (fuzzBioLogicMpr, fuzzP2Index, ...; default: all), -t the fuzzing time
# per target (default 240 s). Limits per input: 10 s (-timeout), heap 512 MiB (-Xmx; the
# Contract also fails a parse that allocates more than 128 MiB + 512 bytes per input byte), RSS
# 2 GiB (-rss_limit_mb). The generated corpus stays in .cifuzz-corpus/ (git-ignored; seeded from
# ../shared/data and the oxime study by CorpusSeeder); crashing inputs are written to
# src/test/resources/org/electrocat/fuzz/jazzer/<Class>Inputs/<method>/ and from then on replayed
# by the normal build. A summary (runs, coverage, findings per target) goes to
# target/fuzz-summary.tsv, each target's log to target/fuzz-logs/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds=240
jobs=1
while getopts "t:j:" opt; do
  case "$opt" in
    t) seconds="$OPTARG" ;;
    j) jobs="$OPTARG" ;;
    *) echo "usage: $0 [-t SECONDS] [-j JOBS] [TARGET ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
cd "$here"
if [ ! -f target/test-classpath.txt ] || [ ! -d target/test-classes ]; then
  echo "build first: ./mvnw -B -o verify -pl releng/org.electrocat.fuzz.jazzer -am -DskipTests" >&2
  exit 2
fi
readers="BioLogicMpt BioLogicMpr GamryDta ChiText CoreCsv Jcamp Spc Vamas ProdigyXy Xdi XasColumns AthenaPrj Mzml Mzxml MsText NetworkYaml NetworkCsv StudyYaml Session"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for r in $readers; do targets+=("fuzz$r"); done
  targets+=(fuzzP2Index fuzzP2Artifact)
fi
cp="$(cat target/test-classpath.txt):target/test-classes"
shared="${ELECTROCAT_SHARED:-$(cd "$here/../.." && pwd)/../shared}"
mkdir -p target/fuzz-logs
summary=target/fuzz-summary.tsv
[ -f "$summary" ] || printf 'target\tseconds\truns\tcov\tft\tcorpus\tnew_findings\n' > "$summary"

fuzz_one() {
  local method="$1" class=ReaderFuzzTests
  case "$method" in fuzzP2*) class=PluginRepositoryFuzzTests ;; esac
  local fqcn="org.electrocat.fuzz.jazzer.$class"
  local corpus=".cifuzz-corpus/$fqcn/$method" # Jazzer's generated corpus, read and extended by libFuzzer
  local findings="src/test/resources/org/electrocat/fuzz/jazzer/${class}Inputs/$method"
  mkdir -p "$corpus"
  local before=0
  [ -d "$findings" ] && before=$(find "$findings" -type f | wc -l)
  local log="target/fuzz-logs/$method.log"
  set +e
  JAZZER_FUZZ=1 java -Xmx512m -XX:+UseSerialGC -Delectrocat.shared="$shared" -Delectrocat.repo="$(cd ../.. && pwd)" \
    -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class="$fqcn" --target_method="$method" \
    --instrumentation_includes='org.electrocat.**' --instrumentation_excludes='org.electrocat.fuzz.**' \
    --custom_hook_includes='org.electrocat.**' \
    --keep_going=20 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > "$log" 2>&1
  local rc=$?
  set -e
  local after=0
  [ -d "$findings" ] && after=$(find "$findings" -type f | wc -l)
  local last runs cov ft corp
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  [ -n "$runs" ] || runs=$(echo "$last" | grep -oE '^#[0-9]+' | tr -d '#')
  cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+' || true)
  ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+' || true)
  corp=$(echo "$last" | grep -oE 'corp: [0-9]+' | grep -oE '[0-9]+' || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$method" "$seconds" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" \
    "$((after - before))" | tee -a "$summary"
  [ "$rc" -eq 0 ] || echo "  $method: exit $rc, findings in $findings (log $log)"
}

if [ "$jobs" -le 1 ]; then
  for t in "${targets[@]}"; do fuzz_one "$t"; done
else
  export -f fuzz_one
  export cp shared seconds summary
  printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'fuzz_one {}'
fi
