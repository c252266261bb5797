"""Reference numbers for the Scale page: accelerators and famous training runs.

All figures are approximate and public; each entry names where it comes from. For
mixture-of-experts models (DeepSeek-V3, Llama 4) N is the *active* parameters per
token, since that is what 6·N·D counts. Energies are the GPUs' own draw as reported
(GPU-hours × TDP) unless marked as an estimate; a data centre adds its PUE on top.
"""

from __future__ import annotations

from dataclasses import dataclass

from lab.i18n import QT_TRANSLATE_NOOP
from lab.scaling import Hardware, training_flops

PUE = 1.2  # a modern data centre: 20 % more energy than the GPUs draw, for cooling and conversion
MFU = 0.40  # large runs reach 38–43 % of BF16 peak (Llama 3 report, 2024)

ACCELERATORS = (
    Hardware("a100", "NVIDIA A100", 312e12, 400.0, MFU, 1.5, PUE,
             "NVIDIA A100 datasheet: 312 TFLOP/s dense BF16, 400 W (SXM)"),
    Hardware("h100", "NVIDIA H100", 989e12, 700.0, MFU, 2.5, PUE,
             "NVIDIA H100 datasheet: 989 TFLOP/s dense BF16, 700 W (SXM)"),
    Hardware("b200", "NVIDIA B200", 2.25e15, 1000.0, MFU, 5.0, PUE,
             "NVIDIA HGX B200 datasheet: 2.25 PFLOP/s dense BF16, 1000 W"),
)
# Rental prices are rough on-demand US$ per GPU-hour (2025); they vary a lot between clouds.


def accelerator(key: str) -> Hardware:
    return next(h for h in ACCELERATORS if h.key == key)


@dataclass(frozen=True)
class FamousRun:
    """One published training run: parameters, tokens, compute and (when known) energy."""

    key: str
    name: str
    year: int
    params: float  # N (active parameters for mixture-of-experts models)
    tokens: float  # D
    flops: float  # C as reported, else 6·N·D
    energy_kwh: float | None  # as reported (GPU-hours × TDP), None when never published
    source: str
    note: str = ""  # a learner-facing remark, marked for translation


FAMOUS_RUNS = (
    FamousRun("gpt2", "GPT-2", 2019, 1.5e9, 1e10, training_flops(1.5e9, 1e10), None,
              "Radford et al. 2019; WebText ≈ 40 GB ≈ 10B tokens (the token count was not published)",
              QT_TRANSLATE_NOOP("scaling", "tokens: an order of magnitude only")),
    FamousRun("gpt3", "GPT-3", 2020, 175e9, 300e9, 3.14e23, 1.287e6,
              "Brown et al. 2020 (Table D.1); energy: Patterson et al. 2021"),
    FamousRun("chinchilla", "Chinchilla", 2022, 70e9, 1.4e12, 5.76e23, None,
              "Hoffmann et al. 2022", QT_TRANSLATE_NOOP("scaling", "20 tokens per parameter")),
    FamousRun("llama2_70b", "Llama 2 70B", 2023, 70e9, 2e12, training_flops(70e9, 2e12), 1.72e6 * 0.4,
              "Touvron et al. 2023: 1.72M A100-hours at 400 W"),
    FamousRun("deepseek_v3", "DeepSeek-V3", 2024, 37e9, 14.8e12, training_flops(37e9, 14.8e12), 2.788e6 * 0.7,
              "DeepSeek-AI 2024: 2.788M H800-hours; energy estimated at 700 W",
              QT_TRANSLATE_NOOP("scaling", "mixture of experts: 37B of 671B parameters active")),
    FamousRun("llama3_405b", "Llama 3.1 405B", 2024, 405e9, 15.6e12, 3.8e25, 30.84e6 * 0.7,
              "Llama 3 report 2024 (3.8e25 FLOPs); model card: 30.84M H100-hours at 700 W"),
    FamousRun("llama4_behemoth", "Llama 4 Behemoth", 2025, 288e9, 30e12, training_flops(288e9, 30e12), None,
              "Meta, April 2025: 288B active of ~2T parameters, more than 30T tokens, 32K GPUs in FP8",
              QT_TRANSLATE_NOOP("scaling", "mixture of experts: 288B of about 2T parameters active")),
)


def famous_run(key: str) -> FamousRun:
    return next(r for r in FAMOUS_RUNS if r.key == key)
