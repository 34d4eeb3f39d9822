#!/usr/bin/env python
"""Seconds to generate one two-view phantom case (CC + MLO, noise, blur, text) at 512 px on one core.

Usage: python nbs/bench/00_geometry_speed.py [--n 10] [--size 512]
Target (issue 2): at most 2 s per case.
"""
import os
for v in ('OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'NUMEXPR_NUM_THREADS'): os.environ[v] = '1'
import argparse, time
import numpy as np, cv2
cv2.setNumThreads(1)
try:
    import torch; torch.set_num_threads(1)
except ImportError: pass
from glam_nb.geometry import make_case

def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('--n', type=int, default=10); p.add_argument('--size', type=int, default=512)
    a = p.parse_args()
    make_case(0, 'B', 'suspicious', 'L', a.size)                 # warm-up (imports, caches)
    ts = []
    for k in range(a.n):
        t0 = time.perf_counter()
        make_case(1000 + k, 'ABCD'[k % 4], ('none', 'benign', 'suspicious')[k % 3], 'LR'[k % 2], a.size)
        ts.append(time.perf_counter() - t0)
    ts = np.array(ts)
    print(f"two-view case at {a.size} px, 1 thread: {ts.mean():.3f} s/case (min {ts.min():.3f}, max {ts.max():.3f}, n={a.n})")

if __name__ == '__main__': main()
