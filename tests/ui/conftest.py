"""Fixtures for app tests: an isolated window over a temporary workspace."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def english_to_begin_with(qapp):
    """A test that switched to Spanish must not leave the next test in Spanish.

    Done before each test, not after: at teardown the widgets are half destroyed,
    and a language-change event reaching them crashes the process.
    """
    from ui.translations import Translations

    if Translations.installed_language not in (None, "en"):
        Translations(qapp).use("en")
    yield


_NORMAL_FONT = []  # the application's font before any test enlarged it


@pytest.fixture(autouse=True)
def normal_text_to_begin_with(qapp):
    """A test that left presentation text on must not make the next window bigger (sizes are tested).
    Done before each test, like the language, for the same reason."""
    from PySide6.QtGui import QFont

    if not _NORMAL_FONT:
        _NORMAL_FONT.append(QFont(qapp.font()))
    elif qapp.font() != _NORMAL_FONT[0]:
        qapp.setFont(_NORMAL_FONT[0])
    yield


@pytest.fixture(autouse=True)
def closing_does_not_ask(monkeypatch):
    """Closing over a running job asks first (a modal box): in tests the answer is yes, unless a test
    gives its window its own `confirm_close`."""
    from ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "confirm_close", lambda _self: True)


@pytest.fixture(autouse=True)
def facts_are_declared(monkeypatch):
    """Publishing a fact nobody declared is an error in tests, so the lesson validator's list stays whole."""
    from ui.state import Facts

    monkeypatch.setattr(Facts, "strict", True)


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
