"""The Pretrain page: real (tiny) pretraining through the runner, with one worker or two, drawn live, stopped with a
checkpoint; and what Continue trains when the saved model has another shape than the Model page's."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from lab.cli import drive
from lab.config import ModelConfig, PretrainConfig, preset, to_dict
from lab.jobs import pretrain
from lab.jobs.prepare import run as prepare
from lab.workspace import Workspace
from ui.pages.model import ModelPage
from ui.pages.pretrain import PretrainPage
from ui.pages.pretrain_parts import PrepareBanner
from ui.pages.workspace_info import saved_meta

TINY_MODEL = preset(ModelConfig, "tiny", block_size=32)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """A workspace with a tiny world's cleaned corpus and a tiny tokenizer, made by the engine."""
    root = tmp_path_factory.mktemp("prepared")
    drive(prepare(Workspace(root), "tiny"), quiet=True)
    return root


@pytest.fixture
def window(qtbot, tmp_path, prepared):
    import shutil

    from ui.app import build_window

    shutil.copytree(prepared, tmp_path / "ws")
    Workspace(tmp_path / "ws").update_state(model=to_dict(TINY_MODEL))
    win = build_window(tmp_path / "ws", "en", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    return win


def make_page(ctx, qtbot, **train):
    page = PretrainPage(ctx)
    qtbot.addWidget(page)
    cfg = preset(PretrainConfig, "tiny", max_steps=100_000, eval_every=5, checkpoint_every=100_000, **train)
    page.form.set_value(cfg)
    return page


def run_until(page, qtbot, step):
    page.controls.start_button.click()
    assert page.handle is not None, page.problem.text()
    qtbot.waitUntil(lambda: page.ctx.facts.get("pretrain.step", 0) >= step, timeout=60_000)


def stop(page, qtbot):
    handle = page.handle
    with qtbot.waitSignal(handle.finished, timeout=30_000) as blocker:
        page.controls.stop_button.click()
    assert blocker.args == [True]


def test_a_run_draws_its_curves_updates_the_facts_and_stop_saves_a_checkpoint(window, qtbot):
    ctx = window.ctx
    page = make_page(ctx, qtbot)
    assert page.controls.start_button.isEnabled() and not page.controls.stop_button.isEnabled()
    run_until(page, qtbot, 6)
    assert ctx.facts.get("pretrain.running") is True
    assert page.controls.stop_button.isEnabled() and not page.controls.start_button.isEnabled()
    steps, losses = page.loss_plot.data("loss/train")
    assert len(steps) >= 6 and list(steps[:3]) == [1, 2, 3]
    assert len(page.loss_plot.data("loss/val")[0]) >= 2  # step 0 and step 5
    assert len(page.lr_plot.data("lr")[0]) >= 6
    assert ctx.facts.get("pretrain.loss") == pytest.approx(losses[-1], rel=0.5)
    assert ctx.facts.get("pretrain.val_loss") > 0
    assert page.timeline.count() >= 2 and page.timeline.samples()[0].step == 0
    assert "tokens per second" in page.speed_label.text()
    stop(page, qtbot)
    saved = ctx.workspace.load_checkpoint("pretrain")[1]["step"]
    assert saved == ctx.facts.get("pretrain.step")
    assert ctx.facts.get("pretrain.running") is False and ctx.facts.get("pretrain.done") is False
    assert page.controls.start_button.isEnabled() and page.controls.start_button.text() == "Continue"


def test_continuing_draws_the_saved_history_first_and_extends_the_same_curve(window, qtbot):
    page = make_page(window.ctx, qtbot)
    run_until(page, qtbot, 3)
    stop(page, qtbot)
    saved = window.ctx.workspace.load_checkpoint("pretrain")[1]["step"]
    again = make_page(window.ctx, qtbot)
    drawn = list(again.loss_plot.data("loss/train")[0])
    assert drawn == list(range(1, saved + 1))
    run_until(again, qtbot, saved + 2)
    steps = list(again.loss_plot.data("loss/train")[0])
    assert steps[: saved + 2] == list(range(1, saved + 3))  # no fold back, no restart at 1
    stop(again, qtbot)


def test_an_exploding_loss_shows_the_engines_advice(window, qtbot):
    page = make_page(window.ctx, qtbot, lr=10.0, warmup_steps=0)
    page.controls.start_button.click()
    qtbot.waitUntil(lambda: not page.problem.isHidden(), timeout=60_000)
    assert "learning rate" in page.problem.text() and "too high" in page.problem.text()
    qtbot.waitUntil(lambda: page.handle is None, timeout=10_000)
    assert window.ctx.facts.get("pretrain.running") is False


def test_an_impossible_model_keeps_start_disabled_with_the_reason(window, qtbot):
    page = make_page(window.ctx, qtbot)
    model_page = ModelPage(window.ctx)
    qtbot.addWidget(model_page)
    model_page.form.editor("n_head").setValue(3)
    assert window.ctx.facts.get("model.valid") is False
    assert not page.controls.start_button.isEnabled()
    assert "Model page" in page.blocker.text() and not page.blocker.isHidden()
    model_page.form.editor("n_head").setValue(2)
    assert page.controls.start_button.isEnabled() and page.blocker.isHidden()


def test_without_corpus_and_tokenizer_the_page_offers_to_prepare_them(qtbot, tmp_path, monkeypatch):
    from ui.app import build_window

    monkeypatch.setattr(PrepareBanner, "preset_name", "tiny")
    win = build_window(tmp_path / "empty", "en", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    page = make_page(win.ctx, qtbot)
    assert not page.banner.isHidden() and page.banner.missing() == ["corpus", "tokenizer"]
    assert not page.controls.start_button.isEnabled()
    page.banner.button.click()
    qtbot.waitUntil(lambda: not win.ctx.runner.is_busy(), timeout=60_000)
    assert page.banner.missing() == [] and page.banner.isHidden()
    assert page.controls.start_button.isEnabled()


def short_run(**train) -> PretrainConfig:
    return preset(PretrainConfig, "tiny", **{"max_steps": 4, "eval_every": 2, "checkpoint_every": 100, **train})


def wait_for_the_end(page, qtbot) -> None:
    assert page.handle is not None, page.blocker.text() or page.problem.text()
    with qtbot.waitSignal(page.handle.finished, timeout=180_000) as blocker:
        pass
    assert blocker.args == [False] and page.problem.isHidden(), page.problem.text()


def test_two_workers_train_one_model_and_each_card_reaches_the_last_step(window, qtbot):
    ctx = window.ctx
    page = make_page(ctx, qtbot)
    page.form.set_value(short_run(batch_size=5))
    page.workers.combo.setCurrentIndex(1)
    assert not page.controls.start_button.isEnabled() and "multiple of 2" in page.blocker.text()
    page.form.set_value(short_run(batch_size=8))
    assert page.controls.start_button.isEnabled() and page.blocker.isHidden()
    page.controls.start_button.click()
    assert page.controls.stop_button.isEnabled() and page.controls.pause_button.isEnabled()
    wait_for_the_end(page, qtbot)
    cards = page.workers_panel.cards
    assert sorted(cards) == [0, 1]
    assert [cards[r].step.text() for r in (0, 1)] == ["step 4 of 4", "step 4 of 4"]
    assert ctx.facts.get("pretrain.worker_steps") == 4
    assert cards[0].bar.span[0] == 0 and cards[0].bar.span[1] == cards[1].bar.span[0] and cards[1].bar.span[1] == 1
    assert list(page.loss_plot.data("loss/train")[0]) == [1, 2, 3, 4]
    assert ctx.facts.get("pretrain.done") is True and ctx.workspace.load_checkpoint("pretrain")[1]["step"] == 4
    again = make_page(ctx, qtbot)  # after a restart: two workers chosen, their cards as they ended
    assert again.workers.value() == 2 and again.workers_panel.cards[1].step.text() == "step 4 of 4"


def test_two_workers_pause_together_resume_and_stop_where_both_stopped(window, qtbot):
    ctx = window.ctx
    page = make_page(ctx, qtbot)
    page.workers.combo.setCurrentIndex(1)
    run_until(page, qtbot, 2)
    page.controls.pause_button.click()
    assert ctx.runner.is_paused()
    qtbot.wait(500)  # a step under way when Pause came may still end
    paused_at = ctx.facts.get("pretrain.step")
    qtbot.wait(1500)
    assert ctx.facts.get("pretrain.step") == paused_at
    page.controls.pause_button.click()
    qtbot.waitUntil(lambda: ctx.facts.get("pretrain.step") > paused_at, timeout=30_000)
    stop(page, qtbot)
    saved = ctx.workspace.load_checkpoint("pretrain")[1]["step"]
    assert saved == ctx.facts.get("pretrain.step") and ctx.facts.get("pretrain.done") is False
    cards = page.workers_panel.cards
    assert [cards[r].step.text() for r in (0, 1)] == [f"step {saved} of 100000"] * 2


def test_a_saved_model_of_another_shape_is_what_continue_trains_until_start_over(window, qtbot, monkeypatch):
    ws = window.ctx.workspace
    drive(pretrain.run(ws, TINY_MODEL, short_run(max_steps=2)), quiet=True)
    ws.update_state(model=to_dict(replace(TINY_MODEL, n_layer=3)))
    page = make_page(window.ctx, qtbot)
    page.form.set_value(short_run())
    assert page.model_label.text() == (
        "Continue trains the saved model: 2 layers, 2 heads, width 64, context 32 tokens. The Model page now has "
        "another model (3 layers, 2 heads, width 64, context 32 tokens); it is trained only if you press Start over.")
    page.controls.start_button.click()
    assert page.model_label.text().startswith("It trains the saved model: 2 layers")
    wait_for_the_end(page, qtbot)
    assert saved_meta(ws)["model"]["n_layer"] == 2 and saved_meta(ws)["step"] == 4
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.controls.start_over_button.click()
    wait_for_the_end(page, qtbot)
    assert saved_meta(ws)["model"]["n_layer"] == 3
    assert page.model_label.text().startswith("It trains the model chosen on the Model page: 3 layers")
