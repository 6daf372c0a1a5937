#!/bin/sh
# Runs both eis benchmarks (python/scipy/numpy and Java on the same data, in one session) and prints
# the ratios. Build first from the repository root:
#   ./mvnw -B -q -o verify -pl bundles/org.electrocat.eis -am
# then: bundles/org.electrocat.eis/bench/run-benchmarks.sh
set -e
# single-threaded numerics on both sides; CPU times are compared (the machine may be shared)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
b="$root/bundles"
math3=$(find "$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1" -name 'commons-math3-3.6.1.jar' | head -1)
cp="$b/org.electrocat.eis/target/classes:$b/org.electrocat.eis/target/test-classes:$b/org.electrocat.math/target/classes"
cp="$cp:$b/org.electrocat.core/target/classes:$b/org.electrocat.api/target/classes:$math3"
fit=/tmp/electrocat-eis-fitbench.bin
ftacv=/tmp/electrocat-eis-ftacv.bin

log=$(mktemp)
echo "== (a) R0-p(R1,CPE1), 1000 spectra x 60 frequencies"
python3 "$here/fit_bench.py" "$fit" 1000 > "$log"
java -cp "$cp" org.electrocat.eis.bench.FitBench "$fit" 5 >> "$log"
cat "$log"
py=$(sed -n 's/^SCIPY_CPU numeric=\([0-9.]*\) analytic=\([0-9.]*\)/\1 \2/p' "$log")
jv=$(sed -n 's/^JAVA_CPU first=\([0-9.]*\) best=\([0-9.]*\)/\1 \2/p' "$log")
echo "$py $jv" | awk '{printf "CPU-time ratio scipy/java: numeric-jac %.1fx, analytic-jac %.1fx (java best of 5); %.1fx, %.1fx (java first pass)\n", $1/$4, $2/$4, $1/$3, $2/$3}'

echo "== (b) FTACV harmonics, 2^22 samples"
python3 "$here/ftacv_bench.py" "$ftacv" 22 > "$log"
java -Xmx1g -cp "$cp" org.electrocat.eis.bench.FtacvBench "$ftacv" 5 >> "$log"
cat "$log"
np=$(sed -n 's/^NUMPY_CPU \(.*\)=\([0-9.]*\)/\2/p' "$log" | tr '\n' ' ')
jv=$(sed -n 's/^JAVA_CPU first=\([0-9.]*\) best=\([0-9.]*\)/\1 \2/p' "$log")
echo "$np $jv" | awk '{printf "CPU-time ratio numpy/java: full-length %.1fx, decimated %.1fx (java best of 5); %.1fx, %.1fx (java first run)\n", $1/$4, $2/$4, $1/$3, $2/$3}'
rm -f "$log"
