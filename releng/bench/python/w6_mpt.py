"""W6a reference: numpy.loadtxt on a BioLogic EC-Lab .mpt export.

The number of header lines is read from the file's second line ("Nb header lines : N"), as a
script would; then numpy.loadtxt(delimiter='\\t', skiprows=N) reads every column into one float64
array. Checks: rows, sum of time/s (column 7), sum of I/mA (column 10).
"""
import os

import numpy as np


def prepare(d, p):
    return {'path': os.path.join(d, f"biologic-{p['rows']}.mpt")}


def run(s):
    with open(s['path'], encoding='latin-1') as f:
        f.readline()
        header_lines = int(f.readline().split(':')[1])
    a = np.loadtxt(s['path'], delimiter='\t', skiprows=header_lines, encoding='latin-1')
    return [a.shape[0], a[:, 6].sum(), a[:, 9].sum()]
