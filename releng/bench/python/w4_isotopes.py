"""W4 reference: isotopic fine structure by brute-force convolution in numpy.

Input: isotopes-FORMULA.tsv (ElectroCat's isotope masses and abundances for the ion's elements).
Method: for every element, all configurations of its atoms over its isotopes (multinomial
probabilities from lgamma); then the element distributions are convolved one after the other as
outer sums of masses and outer products of probabilities (every distinct isotopologue kept: no
binning or merging), dropping only partial products that cannot reach a threshold t even with the
most probable configuration of every element still to come. Starting at t = 1e-3 * (most probable
isotopologue), t is divided by 100 and the whole convolution redone until the kept isotopologues
cover the requested probability; they are then sorted and cut to the smallest set that covers it.
Checks: number of peaks, covered probability, neutral-atom mass of the most probable isotopologue.
"""
import itertools
import math
import os

import numpy as np


def compositions(n, k):
    """All (a_1..a_k) of non-negative integers summing to n."""
    if k == 1:
        yield (n,)
        return
    for a in range(n, -1, -1):
        for rest in compositions(n - a, k - 1):
            yield (a,) + rest


def marginal(count, masses, abundances):
    configs = np.array(list(compositions(count, len(masses))), dtype=float)
    logp = (math.lgamma(count + 1) - np.sum([[math.lgamma(a + 1) for a in row] for row in configs], axis=1)
            + configs @ np.log(abundances))
    return configs @ np.asarray(masses), logp


def prepare(d, p):
    elements = []
    with open(os.path.join(d, f"isotopes-{p['elements']}.tsv")) as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            sym, count, iso = line.rstrip('\n').split('\t')
            pairs = [tuple(map(float, x.split(':'))) for x in iso.split(',')]
            elements.append((sym, int(count), [m for m, _ in pairs], [a for _, a in pairs]))
    return {'elements': elements, 'coverage': float(p['coverage'])}


def convolve(marginals, log_t):
    best = [lp.max() for _, lp in marginals]
    rest = np.cumsum(best[::-1])[::-1]  # rest[i]: best log-probability of elements i..end
    mass = np.zeros(1)
    logp = np.zeros(1)
    for i, (m, lp) in enumerate(marginals):
        after = rest[i + 1] if i + 1 < len(marginals) else 0.0
        useful = lp + logp.max() + after >= log_t
        m, lp = m[useful], lp[useful]
        mass = (mass[:, None] + m[None, :]).ravel()
        logp = (logp[:, None] + lp[None, :]).ravel()
        keep = logp + after >= log_t
        mass, logp = mass[keep], logp[keep]
    return mass, logp


def run(s):
    marginals = [marginal(c, m, a) for _, c, m, a in s['elements']]
    log_max = sum(lp.max() for _, lp in marginals)
    log_t = log_max + math.log(1e-3)
    while True:
        mass, logp = convolve(marginals, log_t)
        prob = np.exp(logp)
        if prob.sum() >= s['coverage']:
            break
        log_t += math.log(1e-2)
    order = np.argsort(-prob, kind='stable')
    covered = np.cumsum(prob[order])
    k = int(np.searchsorted(covered, s['coverage']) + 1)
    top = order[0]
    return [k, covered[k - 1], mass[top]]
