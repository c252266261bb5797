"""The scale calculator, the power-law fit and the energy meter, against hand computation."""

import math

import numpy as np
import pytest

from lab import energy, scaling
from lab.config import ModelConfig
from lab.errors import LabError
from lab.events import Done, Metrics, StopRequested
from lab.powerlaw import fit_power_law, parabola_minimum
from lab.scaling_refs import FAMOUS_RUNS, accelerator, famous_run
from lab.workspace import Workspace

TINY = ModelConfig(n_layer=2, n_head=2, n_embd=64, block_size=64)
CLASSROOM = ModelConfig(n_layer=4, n_head=4, n_embd=128, block_size=128)


def test_parameter_counts_match_hand_computation():
    # per block 12·C² + 13·C; plus token table V·C, position table T·C, final LayerNorm 2·C
    # tiny: 2·(12·64² + 13·64) + 512·64 + 64·64 + 2·64 = 99_968 + 32_768 + 4_096 + 128
    assert scaling.params(TINY, 512) == 136_960
    # classroom: 4·(12·128² + 13·128) + 2048·128 + 128·128 + 2·128 = 793_088 + 262_144 + 16_384 + 256
    assert scaling.params(CLASSROOM, 2048) == 1_071_872


def test_parameter_count_equals_the_built_model():
    from lab.model import GPT

    assert scaling.params(TINY, 512) == GPT(TINY, 512).num_params()


def test_flops_per_token_match_hand_computation():
    # 6 · (N without the position table) + 12 · layers · width · context (attention scores and mixing)
    assert scaling.flops_per_token(TINY, 512) == 6 * (136_960 - 4_096) + 12 * 2 * 64 * 64 == 895_488
    assert scaling.flops_per_token(CLASSROOM, 2048) == 6 * (1_071_872 - 16_384) + 12 * 4 * 128 * 128 == 7_119_360


def test_training_flops_are_six_n_d():
    assert scaling.training_flops(1e6, 2e7) == pytest.approx(1.2e14)


def test_optimal_allocation_follows_the_chinchilla_rule_of_thumb():
    n, d = scaling.optimal_allocation(5.76e23)  # Chinchilla's own budget
    assert d / n == pytest.approx(20)
    assert scaling.training_flops(n, d) == pytest.approx(5.76e23)
    assert n == pytest.approx(70e9, rel=0.02) and d == pytest.approx(1.4e12, rel=0.02)  # the paper's 70B, 1.4T


def test_optimal_size_grows_as_the_square_root_of_compute():
    n1, _ = scaling.optimal_allocation(1e20)
    n2, _ = scaling.optimal_allocation(1e22)
    assert n2 / n1 == pytest.approx(10)


def test_a_budget_of_zero_is_refused():
    with pytest.raises(LabError, match="more than 0"):
        scaling.optimal_allocation(0)


def test_iso_flop_line_and_frontier_keep_their_budgets():
    ns, ds = scaling.iso_flop_line(1e21, 1e6, 1e12, points=5)
    assert all(scaling.training_flops(n, d) == pytest.approx(1e21) for n, d in zip(ns, ds, strict=True))
    fn, fd = scaling.frontier(1e15, 1e25, points=4)
    assert all(d == pytest.approx(20 * n) for n, d in zip(fn, fd, strict=True))


def test_run_cost_on_an_h100():
    h100 = accelerator("h100")
    cost = scaling.run_cost(1e18, h100, devices=2)
    seconds = 1e18 / (989e12 * 0.4 * 2)
    assert cost.seconds == pytest.approx(seconds)
    assert cost.energy_kwh == pytest.approx(seconds * 700 * 2 * 1.2 / 3.6e6)  # with the data centre's PUE
    assert cost.cost_usd == pytest.approx(2.5 * 2 * seconds / 3600)


def test_own_machine_costs_its_electricity():
    hw = scaling.Hardware("pc", "pc", 1e11, 100.0, 0.5)
    cost = scaling.run_cost(1e15, hw, electricity_usd_per_kwh=0.25)
    assert cost.seconds == pytest.approx(2e4)
    assert cost.cost_usd == pytest.approx(cost.energy_kwh * 0.25)


def test_famous_runs_are_consistent_with_six_n_d():
    for run in FAMOUS_RUNS:
        assert run.flops == pytest.approx(scaling.training_flops(run.params, run.tokens), rel=0.35), run.key
    behemoth = famous_run("llama4_behemoth")
    assert behemoth.tokens == pytest.approx(30e12)


def test_world_electricity_context():
    assert scaling.DATA_CENTRE_SHARE_NOW == (0.01, 0.02)
    assert scaling.DATA_CENTRE_SHARE_2030 == (0.04, 0.20)
    assert scaling.share_of_world_electricity(30e9) == pytest.approx(1e-3)


# --- the power-law fit --------------------------------------------------------------

N = np.logspace(3, 7, 8)


def test_fit_recovers_exact_parameters():
    fit = fit_power_law(N, 5.0 * N**-0.3 + 1.5)
    assert fit.alpha == pytest.approx(0.3, rel=1e-5)
    assert fit.a == pytest.approx(5.0, rel=1e-4)
    assert fit.c == pytest.approx(1.5, rel=1e-5)
    assert fit.rmse < 1e-8


def test_fit_recovers_parameters_from_noisy_points_within_its_error_bars():
    rng = np.random.default_rng(0)
    loss = 8.0 * N**-0.25 + 2.0 + rng.normal(0, 0.004, len(N))
    fit = fit_power_law(N, loss)
    assert 0 < fit.alpha_err < 0.1
    assert abs(fit.alpha - 0.25) < 3 * fit.alpha_err
    assert abs(fit.c - 2.0) < 3 * fit.c_err


def test_fit_with_a_fixed_floor_has_no_floor_error():
    fit = fit_power_law(N, 3.0 * N**-0.5 + 1.0, floor=1.0)
    assert fit.alpha == pytest.approx(0.5, rel=1e-6)
    assert fit.c == 1.0 and fit.c_err == 0.0


def test_three_points_fit_but_have_no_error_bars():
    fit = fit_power_law(N[:3], 5.0 * N[:3] ** -0.3 + 1.5)
    assert fit.alpha == pytest.approx(0.3, rel=1e-3)
    assert math.isnan(fit.alpha_err)


def test_too_few_models_are_refused():
    with pytest.raises(LabError, match="at least 3 models"):
        fit_power_law([1e3, 1e4], [3.0, 2.0])


def test_parabola_minimum_finds_the_bottom_of_an_iso_flop_curve():
    n = np.logspace(3, 7, 9)
    loss = 0.1 * (np.log(n) - np.log(1e5)) ** 2 + 2.0
    assert parabola_minimum(n, loss) == pytest.approx(1e5, rel=1e-6)
    assert parabola_minimum(n, -loss) is None


# --- the energy meter ---------------------------------------------------------------

def fake_rapl(root, value, wrap=1000_000_000):
    zone = root / "intel-rapl:0"
    zone.mkdir(parents=True, exist_ok=True)
    (zone / "energy_uj").write_text(str(value))
    (zone / "max_energy_range_uj").write_text(str(wrap))
    (root / "intel-rapl:0:0").mkdir(exist_ok=True)  # a sub-zone (cores), not counted twice
    return zone


def test_meter_reads_rapl_counters_when_readable(tmp_path):
    zone = fake_rapl(tmp_path, 5_000_000)
    meter = energy.EnergyMeter(tmp_path)
    (zone / "energy_uj").write_text(str(7_500_000))
    reading = meter.read()
    assert reading.measured and reading.joules == pytest.approx(2.5)


def test_meter_survives_a_counter_wrapping_round(tmp_path):
    zone = fake_rapl(tmp_path, 999_000_000)
    meter = energy.EnergyMeter(tmp_path)
    (zone / "energy_uj").write_text(str(1_000_000))
    assert meter.read().joules == pytest.approx(2.0)


def test_meter_assumes_the_stated_tdp_without_counters(tmp_path, monkeypatch):
    monkeypatch.setenv("LLM_LAB_CPU_WATTS", "20")
    meter = energy.EnergyMeter(tmp_path / "nothing")
    reading = meter.read()
    assert not reading.measured and reading.watts_assumed == 20.0
    assert reading.joules == pytest.approx(20.0 * reading.seconds)


def test_metered_job_logs_its_energy_and_passes_stop_on(tmp_path):
    ws = Workspace(tmp_path)

    def job():
        try:
            for step in range(100):
                yield Metrics(step, {"x": 1.0})
        except StopRequested:
            yield Done({"flops/total": 5.0}, stopped=True)

    wrapped = energy.metered(job(), ws, "demo")
    next(wrapped)
    events = [wrapped.throw(StopRequested()), *wrapped]
    done = events[-1]
    assert isinstance(done, Done) and done.stopped and "energy/kwh" in done.summary
    [row] = energy.history(ws)
    assert row["name"] == "demo" and row["flops"] == 5.0
