#!/usr/bin/env python
"""Run every notebook in nbs/ as one test, the way `nbdev_test` does, and print `N passed, N failed`.

nbdev_test prints no per-test counts, so this wraps nbdev's own `test_nb` (same flags, same
execution) and counts notebooks. Usage: python .ci/nbtest.py [--flags slow] [--n_workers 2] [nbs/NN_x.ipynb ...]
"""
import argparse, os, sys, time
from pathlib import Path
from concurrent.futures import ProcessPoolExecutor

def _run_one(fn, flags):
    from nbdev.config import get_config
    from nbdev.test import test_nb
    cfg = get_config()
    skip = cfg.tst_flags.split()
    force = list(flags)
    skip = [f for f in skip if f not in force]
    t0 = time.time()
    ok, _ = test_nb(fn, skip_flags=skip, force_flags=force, do_print=False, showerr=True)
    return str(fn), ok, time.time() - t0

def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument('paths', nargs='*')
    p.add_argument('--flags', default='', help='space separated flags to force, e.g. "slow"')
    p.add_argument('--n_workers', type=int, default=int(os.environ.get('GLAM_TEST_WORKERS', 2)))
    a = p.parse_args()
    root = Path(__file__).resolve().parent.parent
    os.chdir(root)
    files = [Path(f) for f in a.paths] or sorted(
        f for f in (root/'nbs').rglob('*.ipynb')
        if not any(part.startswith(('_', '.')) for part in f.relative_to(root/'nbs').parts))
    os.environ['IN_TEST'] = '1'
    flags = a.flags.split()
    t0 = time.time(); results = []
    # one fresh process per notebook: executing a notebook replaces sys.modules['__main__'] in its process
    with ProcessPoolExecutor(max_workers=max(1, a.n_workers), max_tasks_per_child=1) as ex:
        futs = [ex.submit(_run_one, f, flags) for f in files]
        for fu in futs:
            try: name, ok, dt = fu.result()
            except Exception as e: name, ok, dt = '?', False, 0.0; print(f'runner error: {e!r}')
            results.append((name, ok, dt))
            print(f"{'PASS' if ok else 'FAIL'}  {dt:7.1f}s  {name}", flush=True)
    npass = sum(ok for _, ok, _ in results); nfail = len(results) - npass
    print(f'total wall time {time.time()-t0:.1f}s')
    print(f'{npass} passed, {nfail} failed')
    sys.exit(1 if nfail or not results else 0)

if __name__ == '__main__': main()
