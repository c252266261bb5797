"""Starting from a bundled stage: the Home page's button, the lessons' `checkpoint:` start, old work kept."""

import json
import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from lab import bundle, pipeline, workspace
from ui.app import open_window
from ui.lessons.dock import START_HOOKS
from ui.pages.home import HomePage


def home_page(ctx, qtbot):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    return page


def start_from(page, qtbot, stage):
    page.bundle_stage.setCurrentIndex(page.bundled.index(stage))
    page.start_here.click()
    with qtbot.waitSignal(page.handle.finished, timeout=60000):
        pass


def test_the_shipped_bundle_offers_every_stage(ctx, qtbot):
    page = home_page(ctx, qtbot)
    assert tuple(page.bundled) == pipeline.STAGES
    assert page.start_here.isEnabled()
    assert page.bundle_stage.currentText() == "Reward model"  # where the alignment lessons begin


def test_start_here_installs_the_stages_and_the_cards_show_them_done(ctx, qtbot):
    page = home_page(ctx, qtbot)
    start_from(page, qtbot, "sft")
    assert "bundled" in page.cards["sft"].text() and "correct answers" in page.cards["sft"].text()
    assert "not run yet" in page.cards["reward"].text()
    assert ctx.facts.get("pipeline.done_stages") == 4
    assert ctx.workspace.has_checkpoint("sft") and not ctx.workspace.has_checkpoint("reward")
    assert "“SFT” is ready" in page.status.text()
    assert page.report_button.isEnabled()


def test_work_is_moved_aside_only_after_the_learner_agrees(ctx, qtbot):
    ctx.workspace.tokenizer_path.write_text("mine")
    page = home_page(ctx, qtbot)
    asked = []
    page.ask_to_set_aside = lambda stage: asked.append(stage) or False
    page.start_here.click()
    assert asked == ["reward"] and not ctx.runner.is_busy()
    assert ctx.workspace.tokenizer_path.read_text() == "mine"
    page.ask_to_set_aside = lambda stage: True
    start_from(page, qtbot, "tokenizer")
    backup = Path(page.backup)
    assert backup.parent == ctx.workspace.root.parent and (backup / "tokenizer.json").read_text() == "mine"
    assert page.backup in page.status.text()
    assert ctx.workspace.tokenizer_path.read_text() != "mine"


def test_a_damaged_bundle_says_why_and_installs_nothing(ctx, qtbot, monkeypatch, tmp_path):
    broken = shutil.copytree(bundle.DEFAULT_BUNDLE, tmp_path / "broken")
    (broken / "sft.safetensors").write_bytes(b"not weights")
    monkeypatch.setattr(bundle, "DEFAULT_BUNDLE", broken)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    page = home_page(ctx, qtbot)
    start_from(page, qtbot, "sft")
    assert "missing or damaged" in warnings[0] and "missing or damaged" in page.status.text()
    assert not ctx.workspace.has_checkpoint("pretrain")
    assert "not run yet" in page.cards["corpus"].text()


def test_the_question_says_where_the_work_will_go(ctx, qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: seen.append(text)
                        or QMessageBox.StandardButton.No)
    assert not home_page(ctx, qtbot).ask_to_set_aside("reward")
    root = ctx.workspace.root
    assert "“Reward model”" in seen[0] and f"{root.name}-backup-" in seen[0] and str(root.parent) in seen[0]


def test_a_lesson_that_starts_from_the_reward_model_gets_it_from_the_bundle(window, qtbot):
    window.load_pages()
    dock = window.lesson_dock
    lesson = next(lesson for lesson in dock.lessons if lesson.start.get("checkpoint") == "reward")
    dock.open_lesson(lesson.id)
    assert dock.player.note.text() == ""
    qtbot.waitUntil(lambda: not window.ctx.runner.is_busy(), timeout=60000)
    ws = window.ctx.workspace
    assert ws.has_checkpoint("reward") and not ws.has_checkpoint("ppo")
    assert START_HOOKS["checkpoint"](window, "sft") and not window.ctx.runner.is_busy()  # already there


def test_a_workspace_from_a_newer_version_is_explained_not_crashed(tmp_path, settings, monkeypatch):
    folder = tmp_path / "from-the-future"
    folder.mkdir()
    (folder / workspace.STAMP).write_text(json.dumps({"format": workspace.FORMAT_VERSION + 1}))
    seen = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: seen.append(text))
    assert open_window(folder, "en", settings) is None
    assert "newer version of LLM Lab" in seen[0] and str(folder) in seen[0]
