"""The Pretrain page: a real (tiny) pretraining through the runner, drawn live, stopped with a checkpoint."""

import pytest
from PySide6.QtCore import QSettings

from lab.cli import drive
from lab.config import ModelConfig, PretrainConfig, preset, to_dict
from lab.jobs.prepare import run as prepare
from lab.workspace import Workspace
from ui.pages.model import ModelPage
from ui.pages.pretrain import PretrainPage
from ui.pages.pretrain_parts import PrepareBanner

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
    page.start_button.click()
    assert page.handle is not None, page.problem.text()
    qtbot.waitUntil(lambda: page.ctx.facts.get("pretrain.step", 0) >= step, timeout=60_000)


def stop(page, qtbot):
    handle = page.handle
    with qtbot.waitSignal(handle.finished, timeout=30_000) as blocker:
        page.stop_button.click()
    assert blocker.args == [True]


def test_a_run_draws_its_curves_updates_the_facts_and_stop_saves_a_checkpoint(window, qtbot):
    ctx = window.ctx
    page = make_page(ctx, qtbot)
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    run_until(page, qtbot, 6)
    assert ctx.facts.get("pretrain.running") is True
    assert page.stop_button.isEnabled() and not page.start_button.isEnabled()
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
    assert page.start_button.isEnabled() and page.start_button.text() == "Continue"


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
    page.start_button.click()
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
    assert not page.start_button.isEnabled()
    assert "Model page" in page.blocker.text() and not page.blocker.isHidden()
    model_page.form.editor("n_head").setValue(2)
    assert page.start_button.isEnabled() and page.blocker.isHidden()


def test_without_corpus_and_tokenizer_the_page_offers_to_prepare_them(qtbot, tmp_path, monkeypatch):
    from ui.app import build_window

    monkeypatch.setattr(PrepareBanner, "preset_name", "tiny")
    win = build_window(tmp_path / "empty", "en", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    page = make_page(win.ctx, qtbot)
    assert not page.banner.isHidden() and page.banner.missing() == ["corpus", "tokenizer"]
    assert not page.start_button.isEnabled()
    page.banner.button.click()
    qtbot.waitUntil(lambda: not win.ctx.runner.is_busy(), timeout=60_000)
    assert page.banner.missing() == [] and page.banner.isHidden()
    assert page.start_button.isEnabled()
