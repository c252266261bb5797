"""Sizing a training run: parameters, tokens, FLOPs, time, energy and money.

A model is sized by three numbers: its parameters N, the tokens D it trains on, and
the compute C ≈ 6·N·D FLOPs that training costs (2 per weight and token for the
forward pass, 4 for the backward pass). For a compute budget C, Chinchilla
(Hoffmann et al., 2022) found loss is lowest with about 20 tokens per parameter, so
N* = √(C / 120) and D* = 20·N*. Every (N, D) with 6·N·D = C lies on one straight line
of slope −1 on log-log axes (an iso-FLOP line); the optimal points of all budgets
form the frontier D = 20·N.

Time is C ÷ (devices × peak FLOP/s × utilisation); energy is time × power × PUE (the
data centre's overhead for cooling and power conversion); cost is GPU-hours × a rental
price, or kWh × an electricity price on your own machine. Famous runs and the
hardware references live in `lab.scaling_refs`; the power-law fit of a sweep in
`lab.powerlaw`.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from lab.config import ModelConfig
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

TOKENS_PER_PARAM = 20.0  # Chinchilla's rule of thumb for a compute-optimal run
FLOPS_PER_PARAM_TOKEN = 6.0  # forward 2 + backward 4, per weight and token


def params(cfg: ModelConfig, vocab_size: int, non_embedding: bool = False) -> int:
    """Parameters of the lab's GPT with this shape (the same count as the Model page)."""
    from lab.model import count_params

    return count_params(cfg, vocab_size, non_embedding=non_embedding)


def flops_per_token(cfg: ModelConfig, vocab_size: int) -> int:
    """Training FLOPs per token, forward and backward, including attention over the context."""
    from lab.model import flops_per_token as model_flops

    return model_flops(cfg, vocab_size)


def training_flops(n_params: float, tokens: float) -> float:
    """C ≈ 6·N·D: the compute to train N parameters on D tokens."""
    return FLOPS_PER_PARAM_TOKEN * n_params * tokens


def optimal_allocation(budget_flops: float, tokens_per_param: float = TOKENS_PER_PARAM) -> tuple[float, float]:
    """The compute-optimal (N, D) for a budget: 6·N·D = C with D = r·N, so N = √(C / 6r)."""
    if budget_flops <= 0 or tokens_per_param <= 0:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The compute budget must be more than 0 FLOPs, not {c}. "
                                         "Enter a positive number such as 1e18."), c=budget_flops)
    n = math.sqrt(budget_flops / (FLOPS_PER_PARAM_TOKEN * tokens_per_param))
    return n, tokens_per_param * n


def iso_flop_line(budget_flops: float, n_min: float, n_max: float, points: int = 2) -> tuple[list[float], list[float]]:
    """(N, D) points with 6·N·D = budget, N spread evenly in log between n_min and n_max."""
    ns = _logspace(n_min, n_max, points)
    return ns, [budget_flops / (FLOPS_PER_PARAM_TOKEN * n) for n in ns]


def frontier(c_min: float, c_max: float, points: int = 2,
             tokens_per_param: float = TOKENS_PER_PARAM) -> tuple[list[float], list[float]]:
    """The compute-optimal (N, D) of every budget from c_min to c_max: the line D = r·N."""
    pairs = [optimal_allocation(c, tokens_per_param) for c in _logspace(c_min, c_max, points)]
    return [n for n, _ in pairs], [d for _, d in pairs]


def budget_lines(n_min: float, n_max: float, decades: range = range(9, 28, 3)) -> dict[float, tuple[list, list]]:
    """Iso-FLOP lines for budgets 10^k FLOPs, for the chart's background grid."""
    return {10.0 ** k: iso_flop_line(10.0 ** k, n_min, n_max) for k in decades}


def _logspace(lo: float, hi: float, points: int) -> list[float]:
    if points < 2:
        return [math.sqrt(lo * hi)]
    step = (math.log10(hi) - math.log10(lo)) / (points - 1)
    return [10 ** (math.log10(lo) + i * step) for i in range(points)]


# --- time, energy and cost on some hardware -----------------------------------------

@dataclass(frozen=True)
class Hardware:
    """A device to train on: its peak speed, its power, what an hour of it costs."""

    key: str
    name: str
    peak_flops: float  # FLOP/s the maker states (dense BF16 for accelerators)
    power_w: float  # watts each device draws while training (TDP)
    utilisation: float  # share of the peak a real training run reaches (MFU)
    price_per_hour: float = 0.0  # US$ to rent one device for an hour; 0 = your own machine
    pue: float = 1.0  # data-centre overhead: total energy ÷ device energy
    source: str = ""

    @property
    def effective_flops(self) -> float:
        return self.peak_flops * self.utilisation


@dataclass(frozen=True)
class RunCost:
    """What a run of `flops` costs on `devices` of some hardware."""

    flops: float
    devices: int
    seconds: float
    energy_kwh: float
    cost_usd: float


ELECTRICITY_USD_PER_KWH = 0.20  # a household tariff, roughly; used when you run on your own machine


def run_cost(flops: float, hw: Hardware, devices: int = 1,
             electricity_usd_per_kwh: float = ELECTRICITY_USD_PER_KWH) -> RunCost:
    """Time, energy (kWh, with the PUE overhead) and cost of `flops` on `devices` of `hw`."""
    devices = max(1, int(devices))
    seconds = flops / (hw.effective_flops * devices)
    energy_kwh = seconds * hw.power_w * devices * hw.pue / 3.6e6
    if hw.price_per_hour > 0:
        cost = hw.price_per_hour * devices * seconds / 3600
    else:
        cost = energy_kwh * electricity_usd_per_kwh
    return RunCost(flops, devices, seconds, energy_kwh, cost)


_measured: dict[str, float] = {}


def measure_cpu_flops(size: int = 384, repeats: int = 8) -> float:
    """FLOP/s this machine reaches on a float32 matrix product (measured once, then cached)."""
    if "matmul" in _measured:
        return _measured["matmul"]
    import torch

    a, b = torch.randn(size, size), torch.randn(size, size)
    a @ b  # warm up the kernels
    start = time.perf_counter()
    for _ in range(repeats):
        a @ b
    elapsed = max(time.perf_counter() - start, 1e-9)
    _measured["matmul"] = 2 * size**3 * repeats / elapsed
    return _measured["matmul"]


def this_machine(achieved_flops: float | None = None, power_w: float | None = None) -> Hardware:
    """This computer: its measured matmul speed, and the share of it training reaches.

    `achieved_flops` is a measured training speed (FLOPs done ÷ seconds, e.g. from a
    sweep); without one, small models are assumed to reach 30 % of the matmul speed.
    """
    from lab.energy import cpu_power_watts

    peak = measure_cpu_flops()
    utilisation = min(1.0, achieved_flops / peak) if achieved_flops else 0.3
    return Hardware("this_machine", QT_TRANSLATE_NOOP("scaling", "This computer (measured)"), peak,
                    power_w if power_w is not None else cpu_power_watts(), utilisation)


# --- the world's electricity, for context -------------------------------------------

WORLD_ELECTRICITY_TWH = 30_000.0  # world electricity use per year, about (IEA, 2023–2024)
DATA_CENTRE_SHARE_NOW = (0.01, 0.02)  # data centres today: 1–2 % of the world's electricity
DATA_CENTRE_SHARE_2030 = (0.04, 0.20)  # projections for 2030 span 4–20 %
HOUSEHOLD_KWH_PER_YEAR = 3_500.0  # a typical European home, about


def share_of_world_electricity(energy_kwh: float) -> float:
    """The run's energy as a share of one year of the world's electricity."""
    return energy_kwh / (WORLD_ELECTRICITY_TWH * 1e9)


def household_years(energy_kwh: float) -> float:
    """The run's energy in years of a typical home's electricity."""
    return energy_kwh / HOUSEHOLD_KWH_PER_YEAR
