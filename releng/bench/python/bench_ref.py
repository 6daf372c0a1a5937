"""Runs the numpy/scipy reference of ElectroCat benchmark workloads (issue 13).

Called by org.electrocat.bench.Driver (releng/bench/run-bench.sh) in the same session as the JMH
runs, on the input files the driver wrote. Each job names a module of this folder (w1_ftacv, ...)
that defines prepare(dir, params) -> state (loads the input; untimed) and run(state) -> list of
check values (the timed work). Output, one line each, prefixed by the job's tag:

    TAG time WALL_S CPU_S     for every timed run (perf_counter and process_time), per run(): a
                              timed run calls run() batch times (job parameter batch, default 1)
    TAG check V1 V2 ...       check values of the last run (17 significant digits)
    TAG peak BYTES            with --memory: tracemalloc peak of a fresh prepare() + run()
    TAG error MESSAGE         when the job failed

usage: bench_ref.py --dir DIR [--warmup N] [--repeats N] [--memory]
                    --job TAG MODULE key=value ... [--job ...]
       bench_ref.py --versions
"""
import gc
import importlib
import os
import sys
import time
import tracemalloc
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def parse(argv):
    opts = {'warmup': 1, 'repeats': 5, 'memory': False, 'dir': None, 'jobs': []}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--dir':
            opts['dir'] = argv[i + 1]
            i += 2
        elif a in ('--warmup', '--repeats'):
            opts[a[2:]] = int(argv[i + 1])
            i += 2
        elif a == '--memory':
            opts['memory'] = True
            i += 1
        elif a == '--job':
            tag, module = argv[i + 1], argv[i + 2]
            params = {}
            i += 3
            while i < len(argv) and not argv[i].startswith('--'):
                k, _, v = argv[i].partition('=')
                params[k] = v
                i += 1
            opts['jobs'].append((tag, module, params))
        else:
            raise SystemExit('unexpected argument ' + a)
    if opts['dir'] is None or not opts['jobs']:
        raise SystemExit(__doc__)
    return opts


def say(tag, *words):
    print(tag, *words, flush=True)


def run_job(tag, module, params, opts):
    mod = importlib.import_module(module)
    batch = int(params.pop('batch', '1'))
    state = mod.prepare(opts['dir'], params)
    for _ in range(opts['warmup']):
        mod.run(state)
    checks = None
    for _ in range(max(1, opts['repeats'])):
        w0 = time.perf_counter()
        c0 = time.process_time()
        for _ in range(batch):
            checks = mod.run(state)
        say(tag, 'time', f'{(time.perf_counter() - w0) / batch:.6f}', f'{(time.process_time() - c0) / batch:.6f}')
    say(tag, 'check', ' '.join(f'{float(v):.17g}' for v in checks))
    if opts['memory']:
        del state
        gc.collect()
        tracemalloc.start()
        state = mod.prepare(opts['dir'], params)
        mod.run(state)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        say(tag, 'peak', peak)


def main(argv):
    if argv == ['--versions']:
        import numpy
        import scipy
        print(f'Python {sys.version.split()[0]}, numpy {numpy.__version__}, scipy {scipy.__version__}')
        return 0
    opts = parse(argv)
    status = 0
    for tag, module, params in opts['jobs']:
        try:
            run_job(tag, module, params, opts)
        except Exception as e:  # report and go on with the next job
            status = 1
            last = traceback.extract_tb(e.__traceback__)[-1]
            say(tag, 'error', f'{type(e).__name__}: {e} ({os.path.basename(last.filename)}:{last.lineno})')
        gc.collect()
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
