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


@pytest.fixture(autouse=True)
def dialogs_never_wait(monkeypatch):
    """A modal dialog nobody answers blocks an offscreen test for ever: the event loop it runs outlives
    every `waitSignal` timeout, so a CI run once hung to its limit with no line saying where. Here each
    dialog a test did not replace itself is dismissed at once (Cancel, No, no file) and fails the test
    with its text. A test that expects a dialog patches it itself, as before."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    opened: list[str] = []

    def dismiss(kind: str, answer):
        def dialog(*args, **_kwargs):
            words = [a.text() if isinstance(a, QMessageBox) else a for a in args]
            opened.append(f"{kind}{tuple(w for w in words if isinstance(w, str))}")
            return answer
        return dialog

    cancel = QMessageBox.StandardButton.Cancel
    for cls, name, answer in [(QDialog, "exec", 0), (QMessageBox, "exec", int(cancel)),
                              (QMessageBox, "question", QMessageBox.StandardButton.No),
                              (QMessageBox, "warning", cancel), (QMessageBox, "critical", cancel),
                              (QMessageBox, "information", cancel),
                              (QFileDialog, "getOpenFileName", ("", "")), (QFileDialog, "getOpenFileNames", ([], "")),
                              (QFileDialog, "getSaveFileName", ("", "")), (QFileDialog, "getExistingDirectory", "")]:
        monkeypatch.setattr(cls, name, dismiss(f"{cls.__name__}.{name}", answer))
    yield
    assert not opened, f"a modal dialog opened that this test did not expect: {opened}"


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
