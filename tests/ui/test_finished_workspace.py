"""A finished workspace (the shipped bundle, every stage) shows its results on every page, nothing blank."""

import pytest
from PySide6.QtCore import QSettings

from lab import bundle, samples_log
from lab.cli import drive
from lab.workspace import Workspace

JOB_TIMEOUT_MS = 120_000


@pytest.fixture
def finished(tmp_path):
    ws = Workspace(tmp_path / "ws")
    drive(bundle.install(ws, "offline_rl"), quiet=True)
    return ws


@pytest.fixture
def window(qtbot, tmp_path, finished):
    from ui.app import build_window

    win = build_window(finished.root, "en", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win.show()
    win.load_pages()
    yield win
    idle(qtbot, win)  # a page may still measure in the background: closing stops it, nothing new starts
    win.close()
    win.deleteLater()


def idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.ctx.runner.is_busy(), timeout=JOB_TIMEOUT_MS)


def test_home_cards_show_time_and_headline_number_for_every_stage(window):
    home = window.show_page("home")
    for stage, card in home.cards.items():
        text = card.text()
        assert "✓" in text and "bundled" in text and " s" in text and ": " in text, (stage, text)


def test_pretraining_shows_curves_and_the_samples_written_while_training(qtbot, window, finished):
    page = window.show_page("pretrain")
    qtbot.waitUntil(lambda: page.timeline.count() > 0, timeout=JOB_TIMEOUT_MS)  # an older bundle: the saved
    idle(qtbot, window)                                                           # model writes them once
    assert samples_log.read(finished, "pretrain")
    assert len(page.loss_plot.data("loss/train")[0]) > 0


def test_the_tokenizer_page_measures_the_language_price_in_the_background(qtbot, window):
    page = window.show_page("tokenizer")
    qtbot.waitUntil(lambda: "price_by_mix" in page._report, timeout=JOB_TIMEOUT_MS)
    idle(qtbot, window)
    assert len(page.price.data("es")[0]) > 1 and len(page.price.data("en")[0]) > 1
