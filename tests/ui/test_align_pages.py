"""The RLHF, DPO, Best-of-N and Compare pages: banners, controls, and real tiny runs."""

import shutil

import pytest
from posttrain_fakes import prepared_workspace

from lab.config import BestOfNConfig, DPOConfig, PPOConfig, preset
from lab.workspace import Workspace
from ui.context import AppContext
from ui.pages.best_of_n import BestOfNPage
from ui.pages.compare import ComparePage
from ui.pages.dpo import DPOPage
from ui.pages.rlhf import BETAS, RLHFPage

LONG = 180_000


pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def ready_root(tmp_path_factory):
    return prepared_workspace(tmp_path_factory.mktemp("align"), stages=("pretrain", "sft", "reward")).root


def make(cls, ctx, qtbot, root=None, tmp_path=None):
    if root is not None:
        shutil.copytree(root, tmp_path / "copy")
        ctx = AppContext(ctx.runner, ctx.facts, Workspace(tmp_path / "copy"), ctx.theme)
    page = cls(ctx)
    qtbot.addWidget(page)
    return page


def run_to_end(qtbot, page):
    assert page.handle is not None, page.problem.text()
    with qtbot.waitSignal(page.handle.finished, timeout=LONG):
        pass
    assert not page.problem.isVisibleTo(page), page.problem.text()


def test_rlhf_page_without_models_says_what_to_train_first(ctx, qtbot):
    page = make(RLHFPage, ctx, qtbot)
    assert page.banner.isVisibleTo(page)
    assert page.banner.buttons["rlhf.goto_sft"].isVisibleTo(page)
    assert not page.controls.start_button.isEnabled()


def test_beta_slider_sets_the_kl_penalty_of_the_run(ctx, qtbot):
    page = make(RLHFPage, ctx, qtbot)
    page.beta.setValue(BETAS.index(0.2))
    assert page.config().beta == 0.2 and ctx.facts.get("ppo.beta") == 0.2
    page.method.setCurrentIndex(1)  # GRPO has a β too
    page.beta.setValue(BETAS.index(0.01))
    assert page.config().beta == 0.01


def test_sandbox_button_loads_the_reward_hacking_setting(ctx, qtbot):
    from lab.jobs.ppo import SANDBOX

    page = make(RLHFPage, ctx, qtbot)
    page.method.setCurrentIndex(2)
    page.sandbox.click()
    cfg = page.config()
    assert page.current() == "ppo" and {k: getattr(cfg, k) for k in SANDBOX} == SANDBOX
    assert ctx.facts.get("ppo.sandbox") is True


def test_a_tiny_ppo_run_draws_rewards_kl_and_samples(ctx, qtbot, ready_root, tmp_path):
    page = make(RLHFPage, ctx, qtbot, ready_root, tmp_path)
    assert not page.banner.isVisibleTo(page)
    page.forms["ppo"].set_value(preset(PPOConfig, "tiny"))
    page.controls.start_button.click()
    run_to_end(qtbot, page)
    facts = page.ctx.facts
    assert facts.get("ppo.done") is True and facts.get("ppo.step") == 2
    assert facts.get("ppo.kl") is not None and facts.get("ppo.reward_true") is not None
    assert list(page.reward_plot.data("reward/true")[0]) == [1, 2]
    assert list(page.hacking_plot.data("reward/rm")[0]) == [m.values["kl/ref"] for m in
                                                           page.ctx.workspace.read_metrics("ppo")
                                                           if "reward/rm" in m.values]
    assert page.samples.rowCount() > 0
    assert "Held-out questions" in page.result.text()
    again = make(RLHFPage, page.ctx, qtbot)  # curves, samples and result come back from the workspace
    assert list(again.reward_plot.data("reward/true")[0]) == [1, 2]
    assert again.samples.rowCount() > 0 and "Held-out questions" in again.result.text()


def test_a_tiny_dpo_run_draws_chosen_rejected_and_margin(ctx, qtbot, ready_root, tmp_path):
    page = make(DPOPage, ctx, qtbot, ready_root, tmp_path)
    assert "margin" in page.note.text()
    page.form.set_value(preset(DPOConfig, "tiny"))
    page.controls.start_button.click()
    run_to_end(qtbot, page)
    facts = page.ctx.facts
    assert facts.get("dpo.done") is True and facts.get("dpo.step") == 4
    assert facts.get("dpo.margin") is not None
    assert list(page.rewards_plot.data("rewards/margins")[0]) == [1, 2, 3, 4]
    again = make(DPOPage, page.ctx, qtbot)  # the history is drawn again on a new page
    assert list(again.rewards_plot.data("rewards/margins")[0]) == [1, 2, 3, 4]


def test_best_of_n_slider_shows_the_first_n_answers_and_the_pick(ctx, qtbot, ready_root, tmp_path):
    page = make(BestOfNPage, ctx, qtbot, ready_root, tmp_path)
    page.sample_button.click()
    qtbot.waitUntil(lambda: len(page.candidates) == 16, timeout=LONG)
    page.n.setValue(3)
    assert page.answers.rowCount() == 3 and page.ctx.facts.get("bon.n") == 3
    best = page.best_index()
    assert page.answers.item(best, 0).text() == "★"
    assert page.candidates[best]["rm"] == max(c["rm"] for c in page.candidates[:3])
    assert page.ctx.facts.get("bon.pick_rm") == page.candidates[best]["rm"]
    qtbot.waitUntil(lambda: not page.ctx.runner.is_busy(), timeout=LONG)
    page.form.set_value(preset(BestOfNConfig, "tiny"))
    page.controls.start_button.click()
    run_to_end(qtbot, page)
    assert page.ctx.facts.get("bon.done") is True
    assert list(page.plot.data("reward/rm")[0]) == [1, 2, 4]
    assert "best of 2" in page.result.text()
    again = make(BestOfNPage, page.ctx, qtbot)  # the last measurement's first question is shown, never a blank page
    assert again.answers.rowCount() == 4 and list(again.plot.data("reward/rm")[0]) == [1, 2, 4]


def test_compare_answers_with_every_trained_stage_and_marks_the_missing(ctx, qtbot, ready_root, tmp_path):
    page = make(ComparePage, ctx, qtbot, ready_root, tmp_path)
    page.prompt.setCurrentText("What is the capital of France?")
    page.n.setValue(2)
    page.ask_button.click()
    qtbot.waitUntil(lambda: page.ctx.facts.get("compare.asked") == 1, timeout=LONG)
    assert not page.results["sft"]["missing"] and page.results["dpo"]["missing"]
    assert not page.results["bon"]["missing"]
    assert page.results["sft"]["true"] is not None and page.results["sft"]["rm"] is not None
    assert page.table.cellWidget(3, 1).text().startswith("Not trained")  # DPO's row
    assert page.ctx.facts.get("compare.answered") == 3  # the base model, SFT and Best-of-N


def test_compare_chart_puts_every_evaluated_method_on_one_reward_kl_chart(ctx, qtbot, tmp_path):
    from lab.events import Metrics

    ws = Workspace(tmp_path / "ws")
    ws.append_metrics("sft", Metrics(10, {"eval/true_reward": 0.1, "eval/rm_reward": 0.0}))
    ws.append_metrics("ppo", Metrics(1, {"kl/ref": 0.5, "reward/true": 0.2, "reward/rm": 1.0}))
    ws.append_metrics("ppo", Metrics(1, {"eval/true_reward": 0.3, "eval/rm_reward": 1.2, "eval/kl_ref": 2.0}))
    ws.append_metrics("bon", Metrics(8, {"eval/true_reward": 0.25, "eval/rm_reward": 0.9, "eval/kl_ref": 1.2}))
    page = make(ComparePage, AppContext(ctx.runner, ctx.facts, ws, ctx.theme), qtbot)
    assert page.chart.shown == {"sft": (0.0, 0.1), "ppo": (2.0, 0.3), "bon": (1.2, 0.25)}
    page.y_axis.setCurrentIndex(1)
    assert page.chart.shown["ppo"] == (2.0, 1.2)
    assert ctx.facts.get("compare.methods_on_chart") == 3


def test_a_sandbox_run_is_its_own_run_and_a_rerun_keeps_the_earlier_one_in_a_new_colour(
        ctx, qtbot, ready_root, tmp_path):
    from dataclasses import replace

    from lab.jobs.ppo import SANDBOX_STAGE

    page = make(RLHFPage, ctx, qtbot, ready_root, tmp_path)
    ws = page.ctx.workspace
    page.forms["ppo"].set_value(preset(PPOConfig, "tiny"))
    page.controls.start_button.click()
    run_to_end(qtbot, page)
    class_model = (ws.checkpoint_dir("ppo") / "model.safetensors").read_bytes()
    page.sandbox.click()
    assert page.sandbox.isChecked() and page.run_stage() == SANDBOX_STAGE
    page.forms["ppo"].set_value(replace(page.forms["ppo"].value(), max_steps=2, prompts_per_iter=4,
                                        max_new_tokens=8, minibatch_size=4))
    page.controls.start_over_button.click()
    run_to_end(qtbot, page)
    assert ws.has_checkpoint(SANDBOX_STAGE) and ws.read_metrics(SANDBOX_STAGE)
    assert (ws.checkpoint_dir("ppo") / "model.safetensors").read_bytes() == class_model  # untouched
    assert page.ctx.facts.get("ppo.step") == 2  # the lesson's checks read the same facts
    page.controls.start_over_button.click()  # a re-run: the first sandbox run stays on the chart
    run_to_end(qtbot, page)
    assert list(page.reward_plot.data("reward/rm@1")[0]) == [1, 2]
    names = [label.text for _, label in page.reward_plot._legend.items]
    assert any(n.startswith("run 1 (sandbox, β = 0)") for n in names)
    page.sandbox.click()
    assert not page.sandbox.isChecked() and page.run_stage() == "ppo"


def test_names_of_points_close_together_go_above_and_below_in_turn():
    from ui.widgets.reward_kl_chart import ABOVE, BELOW, label_anchors

    points = {"sft": (0.0, 0.40), "offline_rl": (1.10, 0.514), "bon": (1.20, 0.512), "grpo": (1.34, 0.514),
              "ppo": (2.07, 0.514), "dpo": (2.22, 0.544)}
    assert label_anchors(points) == {"sft": ABOVE, "offline_rl": ABOVE, "bon": BELOW, "grpo": ABOVE,
                                     "ppo": ABOVE, "dpo": ABOVE}
    assert label_anchors({"sft": (0.0, 0.4)}) == {"sft": ABOVE}
