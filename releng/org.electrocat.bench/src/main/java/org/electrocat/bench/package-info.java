/**
 * ElectroCat's benchmark suite: workloads W1..W7 of issue 13 run by JMH beside their numpy/scipy
 * references ({@code releng/bench/python}), on inputs written once by {@link
 * org.electrocat.bench.inputs.Inputs}; {@link org.electrocat.bench.Driver} writes the table
 * {@code docs/performance.md}. Run it with {@code releng/bench/run-bench.sh}.
 */
package org.electrocat.bench;
