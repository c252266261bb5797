"""`llm-lab scale` (the compute calculator) and `llm-lab sweep` (train a ladder of models, fit the law).

    llm-lab scale --budget 1e21                 # compute-optimal size, time, energy and cost on each device
    llm-lab scale --preset full --tokens 5e7    # a model config's parameters, FLOPs per token, its run's cost
    llm-lab sweep --preset classroom            # the classroom sweep; prints each model and the fitted law
"""

from __future__ import annotations

import argparse
import json
import sys

from lab.commands import add_config_args, add_run_args, config_from_args, run_config
from lab.config import PRESET_NAMES, ModelConfig, SweepConfig, preset
from lab.i18n import QT_TRANSLATE_NOOP
from lab.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("scale", help="Parameters, tokens, FLOPs: the compute-optimal split and what a run costs.")
    s.add_argument("--budget", type=float, default=1e21, help="compute budget in FLOPs (default 1e21)")
    s.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="model shape to size")
    s.add_argument("--vocab-size", type=int, default=2048)
    s.add_argument("--tokens", type=float, help="tokens to train the preset's model on (default: 20 per parameter)")
    s.add_argument("--devices", type=int, default=1, help="how many accelerators share the run")
    s.add_argument("--json", action="store_true", help="print the figures as JSON")
    s.set_defaults(func=scale_command)

    w = sub.add_parser("sweep", help="Train models of growing size on the same data and fit L(N) = a·N^-α + c.")
    w.add_argument("--workspace", help="workspace folder (default: the app's)")
    w.add_argument("--preset", choices=PRESET_NAMES, default="classroom")
    add_config_args(w, SweepConfig)
    add_run_args(w)
    w.add_argument("--quiet", action="store_true", help="no progress bar")
    w.set_defaults(func=sweep_command)


def figures(budget: float, model_cfg: ModelConfig, vocab_size: int, tokens: float | None, devices: int) -> dict:
    """Everything `llm-lab scale` prints, as plain numbers."""
    from lab import scaling
    from lab.scaling_refs import ACCELERATORS, FAMOUS_RUNS

    n_opt, d_opt = scaling.optimal_allocation(budget)
    n = scaling.params(model_cfg, vocab_size)
    d = tokens if tokens else scaling.TOKENS_PER_PARAM * n
    model_flops = scaling.flops_per_token(model_cfg, vocab_size) * d
    hardware = [scaling.this_machine(), *ACCELERATORS]
    return {
        "model": {"params": n, "flops_per_token": scaling.flops_per_token(model_cfg, vocab_size), "tokens": d,
                  "training_flops": model_flops},
        "budget": {"flops": budget, "optimal_params": n_opt, "optimal_tokens": d_opt},
        "hardware": [{"key": hw.key, "peak_flops": hw.peak_flops, "watts": hw.power_w,
                      "budget": vars(scaling.run_cost(budget, hw, devices)),
                      "model": vars(scaling.run_cost(model_flops, hw, devices))} for hw in hardware],
        "famous_runs": [{"name": r.name, "params": r.params, "tokens": r.tokens, "flops": r.flops,
                         "energy_kwh": r.energy_kwh, "source": r.source} for r in FAMOUS_RUNS],
        "context": {"data_centres_now": scaling.DATA_CENTRE_SHARE_NOW,
                    "data_centres_2030": scaling.DATA_CENTRE_SHARE_2030,
                    "world_electricity_twh": scaling.WORLD_ELECTRICITY_TWH},
    }


def scale_command(args: argparse.Namespace) -> int:
    model_cfg = preset(ModelConfig, args.preset)
    f = figures(args.budget, model_cfg, args.vocab_size, args.tokens, args.devices)
    if args.json:
        print(json.dumps(f, indent=1))
        return 0
    m, b = f["model"], f["budget"]
    print(f"model '{args.preset}': {m['params']:.3g} parameters, {m['flops_per_token']:.3g} FLOPs per token; "
          f"{m['tokens']:.3g} tokens → {m['training_flops']:.3g} FLOPs")
    print(f"budget {b['flops']:.3g} FLOPs → optimal {b['optimal_params']:.3g} parameters on "
          f"{b['optimal_tokens']:.3g} tokens (Chinchilla: 20 tokens per parameter)")
    print(f"\n{'device':<14}{'budget: time':>16}{'kWh':>12}{'US$':>12}   {'model: time':>14}{'kWh':>12}")
    for hw in f["hardware"]:
        bc, mc = hw["budget"], hw["model"]
        print(f"{hw['key']:<14}{_duration(bc['seconds']):>16}{bc['energy_kwh']:>12.3g}{bc['cost_usd']:>12.3g}   "
              f"{_duration(mc['seconds']):>14}{mc['energy_kwh']:>12.3g}")
    print(f"\n{'famous run':<20}{'params':>10}{'tokens':>10}{'FLOPs':>10}{'kWh':>10}")
    for r in f["famous_runs"]:
        kwh = f"{r['energy_kwh']:.3g}" if r["energy_kwh"] else "?"
        print(f"{r['name']:<20}{r['params']:>10.3g}{r['tokens']:>10.3g}{r['flops']:>10.3g}{kwh:>10}")
    c = f["context"]
    print(f"\nData centres use {c['data_centres_now'][0]:.0%}–{c['data_centres_now'][1]:.0%} of the world's "
          f"electricity; projections for 2030 span {c['data_centres_2030'][0]:.0%}–{c['data_centres_2030'][1]:.0%}.")
    return 0


def _duration(seconds: float) -> str:
    for unit, size in (("years", 3.156e7), ("days", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:.3g} {unit}"
    return f"{seconds:.3g} s"


def sweep_command(args: argparse.Namespace) -> int:
    from lab.cli import drive
    from lab.energy import metered
    from lab.jobs import sweep

    cfg = config_from_args(SweepConfig, args, args.preset)
    ws = Workspace(args.workspace)
    job = metered(sweep.run(ws, cfg, run_config(args)), ws,
                  QT_TRANSLATE_NOOP("job", "Scaling sweep"))  # the app's name for it, translated when shown
    done = drive(job, quiet=args.quiet)
    results = sweep.load_results(ws) or {}
    for p in results.get("points", []):
        print(f"model {p['index']}: {p['n_layer']} blocks × {p['n_embd']} wide, N = {p['params']:>9,} "
              f"non-embedding parameters, {p['tokens']:.3g} tokens, {p['flops']:.3g} FLOPs → "
              f"loss {p['loss_val']:.4f} ({p['bpb_val']:.3f} bits/byte) in {p['seconds']:.1f} s")
    fit = results.get("fit") or {}
    if "alpha" in fit:
        print(f"fit: L(N) = {fit['a']:.3g}·N^-{fit['alpha']:.3f} + {fit['c']:.3f};  "
              f"α = {fit['alpha']:.3f} ± {fit['alpha_err'] or float('nan'):.3f}")
    if "optimal_params" in fit:
        print(f"compute-optimal size for this budget: about {fit['optimal_params']:.3g} parameters")
    if done is not None:
        s = done.summary
        print(f"{'stopped' if done.stopped else 'done'} in {s.get('energy/seconds', 0):.1f} s, "
              f"{s.get('energy/kwh', 0) * 1000:.3g} Wh "
              f"({'measured' if s.get('energy/measured') else 'assumed CPU power'})", file=sys.stderr)
    return 0
