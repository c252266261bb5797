"""Fixtures for app tests: an isolated window over a temporary workspace."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def english_after_each_test(qapp):
    """A test that switches to Spanish must not leave the next test in Spanish."""
    yield
    from ui.translations import Translations

    Translations(qapp).use("en")
    qapp.processEvents()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, tmp_path, settings):
    from ui.app import build_window

    win = build_window(tmp_path / "workspace", "en", settings)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def ctx(window):
    return window.ctx
