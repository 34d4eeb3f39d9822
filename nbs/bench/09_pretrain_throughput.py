#!/usr/bin/env python
"""Pretraining throughput of GLAM: samples/s, achieved TFLOP/s, MFU and peak memory, on one device.

Usage (GPU):  python nbs/bench/09_pretrain_throughput.py --preset paper --batch-sizes 16,32,48 --variants all
Usage (CPU):  python nbs/bench/09_pretrain_throughput.py --preset tiny --batch-sizes 8 --steps 3

Model FLOPs per sample (forward + backward) come from `GLAM.flops_per_sample()` (08_model, counted with
torch's FlopCounterMode on the meta device). MFU = achieved FLOP/s / the device's dense bf16 peak. Synthetic
inputs (train.SyntheticPairs), bf16 autocast + TF32 on CUDA, fp32 on the CPU; AdamW step included.
"""
import argparse, itertools, json, time
import torch
from glam_nb.model import GLAM, GLAMConfig
from glam_nb.train import SyntheticPairs, set_grad_checkpointing, make_optimizer, OPTIM_PRESETS

# Dense (no sparsity) bf16 tensor-core peaks in TFLOP/s, from the vendors' data sheets.
PEAK_BF16 = {'H100': 989.4, 'H200': 989.4, 'A100': 312.0, 'L40S': 362.0, 'A10': 125.0, 'RTX 4090': 165.2}

def device_peak(dev):
    if dev.type != 'cuda': return None, 'cpu'
    name = torch.cuda.get_device_name(dev)
    for k, v in PEAK_BF16.items():
        if k in name: return v, name
    return None, name

def run(preset, bs, steps, warmup, compile_, ckpt, dev, img=None):
    torch.manual_seed(0)
    cfg = GLAMConfig(preset=preset, text_random_init=True, **({'img_size': img} if img else {}))   # no hub download
    model = GLAM(cfg).to(dev)
    flops = model.flops_per_sample(batch_size=2)['total']
    if ckpt: set_grad_checkpointing(model, True)
    opt = make_optimizer(model, OPTIM_PRESETS['official'])
    fwd = torch.compile(model) if compile_ else model
    L = model.cfg.max_length
    data = SyntheticPairs(bs, model.cfg.img_size, L)
    batch = torch.utils.data.default_collate([data[i] for i in range(bs)])
    batch = {k: v.to(dev, non_blocking=True) for k, v in batch.items()}
    amp = torch.autocast('cuda', dtype=torch.bfloat16) if dev.type == 'cuda' else torch.autocast('cpu', enabled=False)
    if dev.type == 'cuda':
        torch.backends.cuda.matmul.allow_tf32 = True; torch.backends.cudnn.allow_tf32 = True
        torch.cuda.reset_peak_memory_stats(dev)
    def step():
        with amp: loss = fwd(batch['cc'], batch['mlo'], batch['input_ids'], batch['attention_mask'])['loss']
        loss.backward(); opt.step(); opt.zero_grad(set_to_none=True)
    for _ in range(warmup): step()
    if dev.type == 'cuda': torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(steps): step()
    if dev.type == 'cuda': torch.cuda.synchronize()
    dt = (time.perf_counter() - t0) / steps
    sps = bs / dt; tflops = sps * flops / 1e12
    peak, name = device_peak(dev)
    mem = torch.cuda.max_memory_allocated(dev) / 2**30 if dev.type == 'cuda' else float('nan')
    return dict(device=name, preset=preset, img=model.cfg.img_size, batch=bs, compile=compile_, grad_ckpt=ckpt,
                step_s=round(dt, 4), samples_per_s=round(sps, 2), gflop_per_sample=round(flops / 1e9, 1),
                tflops=round(tflops, 2), mfu=(round(tflops / peak, 4) if peak else None), peak_mem_gib=round(mem, 2))

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--preset', default='paper'); p.add_argument('--img', type=int, default=None)
    p.add_argument('--batch-sizes', default='16,32,48'); p.add_argument('--steps', type=int, default=10)
    p.add_argument('--warmup', type=int, default=3)
    p.add_argument('--variants', default='eager', help="eager | all (eager/compile × checkpointing off/on)")
    p.add_argument('--json', default=None, help='also append the rows to this JSON-lines file')
    a = p.parse_args()
    dev = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    variants = [(False, False)] if a.variants == 'eager' else list(itertools.product([False, True], [False, True]))
    print(f"{'device':24} {'preset':8} {'img':>4} {'batch':>5} {'compile':>7} {'ckpt':>5} {'samples/s':>10} "
          f"{'TFLOP/s':>8} {'MFU':>6} {'peak GiB':>8}")
    for bs in map(int, a.batch_sizes.split(',')):
        for comp, ck in variants:
            try: r = run(a.preset, bs, a.steps, a.warmup, comp, ck, dev, a.img)
            except torch.OutOfMemoryError:
                print(f'{dev} {a.preset} batch {bs} compile={comp} ckpt={ck}: out of memory'); torch.cuda.empty_cache(); continue
            print(f"{r['device'][:24]:24} {r['preset']:8} {r['img']:>4} {r['batch']:>5} {str(comp):>7} {str(ck):>5} "
                  f"{r['samples_per_s']:>10.2f} {r['tflops']:>8.2f} {str(r['mfu']):>6} {r['peak_mem_gib']:>8}")
            if a.json:
                with open(a.json, 'a') as f: f.write(json.dumps(r) + '\n')
