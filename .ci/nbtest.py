#!/usr/bin/env python
"""Run every notebook in nbs/ as one test, the way `nbdev_test` does, and print `N passed, N failed`.

nbdev_test prints no per-test counts, so this wraps nbdev's own `test_nb` (same flags, same execution) and counts
notebooks. Each notebook runs in a fresh Python process (multiprocessing keeps its default start method there, so
DataLoader workers and torch.distributed tests inside notebooks behave as they do under nbdev_test).
Usage: python .ci/nbtest.py [--flags "slow cuda"] [--n_workers 2] [nbs/NN_x.ipynb ...]
"""
import argparse, os, subprocess, sys, time
from pathlib import Path
from concurrent.futures import ThreadPoolExecutor

root = Path(__file__).resolve().parent.parent

def run_single(fn, flags):
    "Child mode: test one notebook with nbdev's `test_nb`; exit status 0 when it passes."
    from nbdev.config import get_config
    from nbdev.test import test_nb
    force = flags.split()
    skip = [f for f in get_config().tst_flags.split() if f not in force]
    ok, _ = test_nb(Path(fn).resolve(), skip_flags=skip, force_flags=force, do_print=False, showerr=True)
    sys.exit(0 if ok else 1)

def run_child(fn, flags, threads):
    env = {**os.environ, 'IN_TEST': '1', 'OMP_NUM_THREADS': str(threads), 'MKL_NUM_THREADS': str(threads),
           'MPLBACKEND': 'Agg'}
    t0 = time.time()
    p = subprocess.run([sys.executable, __file__, '--single', str(fn), '--flags', flags], cwd=root, env=env,
                       capture_output=True, text=True)
    return str(fn), p.returncode == 0, time.time() - t0, p.stdout + p.stderr

def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('paths', nargs='*')
    p.add_argument('--flags', default='', help='space separated flags to run, e.g. "slow"')
    p.add_argument('--n_workers', type=int, default=int(os.environ.get('GLAM_TEST_WORKERS', 2)))
    p.add_argument('--single', default=None, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.single: return run_single(a.single, a.flags)
    files = [Path(f) for f in a.paths] or sorted(
        f.relative_to(root) for f in (root/'nbs').rglob('*.ipynb')
        if not any(part.startswith(('_', '.')) for part in f.relative_to(root/'nbs').parts))
    n = max(1, a.n_workers); threads = max(1, (os.cpu_count() or 2) // n)
    t0, results = time.time(), []
    with ThreadPoolExecutor(max_workers=n) as ex:
        for name, ok, dt, out in ex.map(lambda f: run_child(f, a.flags, threads), files):
            results.append(ok)
            print(f"{'PASS' if ok else 'FAIL'}  {dt:7.1f}s  {name}", flush=True)
            if not ok: print(out[-6000:], flush=True)
    npass = sum(results); nfail = len(results) - npass
    print(f'total wall time {time.time()-t0:.1f}s')
    print(f'{npass} passed, {nfail} failed')
    sys.exit(1 if nfail or not results else 0)

if __name__ == '__main__': main()
