"""Starting the app: QApplication, translations, settings, crash safety, the window.

The window is shown before the pages are built, so it appears at once; the pages
(and torch with them) load right after, on the first turn of the event loop. A workspace
that cannot be opened (made by a newer version) is explained in a dialog, not a crash.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from lab.errors import LabError
from lab.resources import icon_path
from lab.workspace import Workspace, lock
from ui.context import AppContext
from ui.crash import CrashReporter, setup_logging
from ui.desktop_entry import APP_ID, claim_taskbar_identity
from ui.main_window import MainWindow
from ui.runner import JobRunner
from ui.state import Facts
from ui.theme import Theme
from ui.translations import Translations, system_language

# A job's thread hands Python's lock back to the window after 1 ms instead of 5 ms; the
# window's waits while a model trains come out a little shorter (`python -m bench gui`
# measures both).
GIL_SWITCH_S = 0.001


def application() -> QApplication:
    claim_taskbar_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LLM Lab")
    app.setOrganizationName("llm-lab")
    app.setWindowIcon(QIcon(str(icon_path())))
    app.setDesktopFileName(APP_ID)  # the desktop groups the window under `llm-lab desktop-entry`'s entry
    return app


def build_window(workspace: Path | str | None = None, lang: str | None = None,
                 settings: QSettings | None = None) -> MainWindow:
    """The main window with its translations and settings, pages not yet loaded."""
    app = application()
    settings = settings or QSettings("llm-lab", "llm-lab")
    translations = Translations(app)
    translations.use(lang or settings.value("language", system_language()))
    ctx = AppContext(runner=JobRunner(app), facts=Facts(app), workspace=Workspace(workspace), theme=Theme(app))
    window = MainWindow(ctx, translations, settings)
    if settings.value("presentation", False, type=bool):
        window.set_presentation(True)
    return window


def open_window(workspace: Path | str | None = None, lang: str | None = None,
                settings: QSettings | None = None, hold: ExitStack | None = None) -> MainWindow | None:
    """`build_window`, or None after telling the learner why the workspace cannot be opened.

    With `hold`, the workspace is locked (`lab.workspace.lock`) until `hold` closes, so a
    command-line run cannot write into it while the app is open, nor the app into one's."""
    try:
        if hold is not None:
            hold.enter_context(lock(workspace))
        return build_window(workspace, lang, settings)
    except LabError as err:
        QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "LLM Lab"),
                             err.message(QCoreApplication.translate))
        return None


def main(workspace: str | None = None, lang: str | None = None) -> int:
    setup_logging()
    sys.setswitchinterval(GIL_SWITCH_S)
    app = application()
    reporter = CrashReporter(app)
    with ExitStack() as hold:
        window = open_window(workspace, lang, hold=hold)
        if window is None:
            return 2
        window.show()
        QTimer.singleShot(0, window.load_pages)
        code = app.exec()
    del reporter
    return code
