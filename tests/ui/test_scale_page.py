"""The Scale page: the calculator follows the engine, a sweep runs live and is drawn again after a restart."""

import math

import pytest

from lab import energy, scaling
from lab.config import SweepConfig, preset
from lab.scaling_refs import ACCELERATORS, FAMOUS_RUNS
from ui.pages.scale import ScalePage
from ui.pages.scale_parts import duration

TEXT = "La capital de Francia es París. The capital of France is Paris. El gato dice miau. " * 300


def make_page(ctx, qtbot):
    page = ScalePage(ctx)
    qtbot.addWidget(page)
    return page


def test_budget_slider_publishes_the_budget_and_its_optimal_size(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.budget.slider.setValue(180)  # 10^18 FLOPs
    assert ctx.facts.get("scale.budget_flops") == pytest.approx(1e18)
    n_opt, d_opt = scaling.optimal_allocation(1e18)
    assert ctx.facts.get("scale.optimal_params") == pytest.approx(n_opt)
    assert "10¹⁸" in page.budget.values["budget"].text()


def test_time_follows_the_chosen_device_and_count(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.budget.slider.setValue(240)
    h100 = next(i for i, hw in enumerate(page.budget.hardware()) if hw.key == "h100")
    page.budget.device.setCurrentIndex(h100)
    page.budget.devices.setValue(1000)
    cost = scaling.run_cost(1e24, ACCELERATORS[1], 1000)
    assert page.budget.values["time"].text() == duration(cost.seconds)


def test_famous_runs_are_on_the_frontier_chart(ctx, qtbot):
    page = make_page(ctx, qtbot)
    drawn = page.frontier.points()
    for run in FAMOUS_RUNS:
        assert (run.params, run.tokens) in drawn


def test_a_sweep_runs_live_fits_a_law_and_is_drawn_again_after_a_restart(ctx, qtbot):
    ctx.workspace.clean_text_path.write_text(TEXT, encoding="utf-8")
    page = make_page(ctx, qtbot)
    page.form.set_value(preset(SweepConfig, "tiny"))
    page.sweep_button.click()
    assert ctx.facts.get("sweep.running") is True
    with qtbot.waitSignal(ctx.runner.busy_changed, timeout=60_000, check_params_cb=lambda name: name == ""):
        pass
    qtbot.waitUntil(lambda: ctx.facts.get("sweep.running") is False, timeout=5000)
    assert ctx.facts.get("sweep.done") is True
    assert ctx.facts.get("sweep.models") == 4
    alpha = ctx.facts.get("sweep.alpha")
    assert isinstance(alpha, float) and math.isfinite(alpha)
    ns, losses = page.law.data()
    assert len(ns) == 4 and list(ns) == sorted(ns)
    assert "α =" in page.alpha_label.text()
    assert [row["name"] for row in energy.history(ctx.workspace)] == [page.tr("Scaling sweep")]
    again = make_page(ctx, qtbot)
    assert len(again.law.data()[0]) == 4
    assert len(again.frontier.points()) == len(FAMOUS_RUNS) + 4


def test_language_change_keeps_the_figures(ctx, qtbot):
    page = make_page(ctx, qtbot)
    before = ctx.facts.get("scale.budget_flops")
    page.retranslate()
    assert ctx.facts.get("scale.budget_flops") == before
    assert page.sweep_button.text() and page.title()


def test_the_energy_log_lists_the_bundled_stages_as_estimates(ctx, qtbot):
    import json

    report = {"stages": {"pretrain": {"wall_s": 186.0, "bundled": True, "metrics": {}},
                         "sft": {"wall_s": 12.0, "bundled": True, "metrics": {}},
                         "reward": {"wall_s": 30.0, "metrics": {}}}}  # run here, not bundled: the meter has it
    (ctx.workspace.root / "report.json").write_text(json.dumps(report))
    runs = energy.bundled_runs(ctx.workspace)
    assert [r["stage"] for r in runs] == ["pretrain", "sft"] and not any(r["measured"] for r in runs)
    page = ScalePage(ctx)
    qtbot.addWidget(page)
    text = page.energy.bundled.text()
    assert "Pretraining" in text and "SFT" in text and "Reward" not in text
    assert page.energy.chart.rows[0][0] == "Bundled stages"
    assert page.tabs.currentIndex() == 1  # no sweep yet: the energy tab is shown, not empty charts
