"""W6b reference: a plain Python mzML reader (xml.etree.ElementTree.iterparse + base64 + zlib +
numpy.frombuffer), keeping every spectrum's m/z and intensity arrays, clearing parsed elements.

Checks: number of spectra, sum of all m/z values, sum of all intensities.
"""
import base64
import os
import zlib
import xml.etree.ElementTree as ET

import numpy as np

NS = '{http://psi.hupo.org/ms/mzml}'
TYPES = {'MS:1000521': '<f4', 'MS:1000523': '<f8', 'MS:1000519': '<i4', 'MS:1000522': '<i8'}


def prepare(d, p):
    return {'path': os.path.join(d, f"spectra-{p['mb']}MB-{p['points']}.mzML")}


def read(path):
    spectra = []
    arrays = {}
    for _, elem in ET.iterparse(path, events=('end',)):
        tag = elem.tag
        if tag == NS + 'binaryDataArray':
            dtype, compressed, kind = '<f8', False, None
            for cv in elem.iter(NS + 'cvParam'):
                acc = cv.get('accession')
                if acc in TYPES:
                    dtype = TYPES[acc]
                elif acc == 'MS:1000574':
                    compressed = True
                elif acc == 'MS:1000514':
                    kind = 'mz'
                elif acc == 'MS:1000515':
                    kind = 'intensity'
            raw = base64.b64decode(elem.find(NS + 'binary').text or '')
            if compressed:
                raw = zlib.decompress(raw)
            if kind:
                arrays[kind] = np.frombuffer(raw, dtype=dtype).astype(float)
        elif tag == NS + 'spectrum':
            spectra.append((arrays['mz'], arrays['intensity']))
            arrays = {}
            elem.clear()
    return spectra


def run(s):
    spectra = read(s['path'])
    return [len(spectra), sum(m.sum() for m, _ in spectra), sum(i.sum() for _, i in spectra)]
