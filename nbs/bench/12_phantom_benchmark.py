#!/usr/bin/env python
"""Full phantom benchmark: run nbs/12_phantom_benchmark.ipynb with its `#| slow` cell (as `nbdev_test --flags slow`
would), which trains every Table 5 variant on a generated 64-patient phantom and writes
nbs/bench/12_phantom_benchmark_results.{md,csv}. Run from the repository root:

    OMP_NUM_THREADS=1 python nbs/bench/12_phantom_benchmark.py
"""
import sys, time
from pathlib import Path
from nbdev.test import test_nb

if __name__ == '__main__':
    nb = Path(__file__).resolve().parents[1] / '12_phantom_benchmark.ipynb'
    t0 = time.time()
    ok, _ = test_nb(nb, skip_flags=['cuda', 'notest'], force_flags=['slow'], showerr=True)
    print(f"{'PASS' if ok else 'FAIL'} {nb.name} (slow) in {(time.time() - t0) / 60:.1f} min")
    sys.exit(0 if ok else 1)
