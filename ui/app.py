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
from ui.workspaces import last_opened

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
    workspace = workspace or last_opened(settings)  # the folder opened last time, else the default one
    ctx = AppContext(runner=JobRunner(app), facts=Facts(app), workspace=Workspace(workspace), theme=Theme(app))
    window = MainWindow(ctx, translations, settings)
    window.workspaces.open_window, window.workspaces.start = open_window, start  # File → Open builds the next
    if settings.value("presentation", False, type=bool):
        window.set_presentation(True)
    return window


def open_window(workspace: Path | str | None = None, lang: str | None = None,
                settings: QSettings | None = None, hold: ExitStack | None = None) -> MainWindow | None:
    """`build_window`, or None after telling the learner why the workspace cannot be opened.

    The workspace is locked (`lab.workspace.lock`) until `hold` closes (by default one the
    window keeps as `workspace_hold` and closes with itself), so a command-line run cannot
    write into it while the app is open, nor the app into one's."""
    settings = settings or QSettings("llm-lab", "llm-lab")
    workspace = workspace or last_opened(settings)
    hold = ExitStack() if hold is None else hold
    try:
        hold.enter_context(lock(workspace))
        window = build_window(workspace, lang, settings)
    except LabError as err:
        hold.close()
        QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "LLM Lab"),
                             err.message(QCoreApplication.translate))
        return None
    window.workspace_hold = hold
    return window


def start(window: MainWindow, lesson: int | None = None, scenario: str | None = None) -> None:
    """Build the pages, then open what the command line asked for (a lesson, a scenario)."""
    window.load_pages()
    if scenario:
        window.scenario_actions.open(scenario)
    if lesson is not None:
        window.open_lesson_number(lesson)


def main(workspace: str | None = None, lang: str | None = None, lesson: int | None = None,
         scenario: str | None = None) -> int:
    setup_logging()
    sys.setswitchinterval(GIL_SWITCH_S)
    app = application()
    reporter = CrashReporter(app)
    with ExitStack() as hold:
        window = open_window(workspace, lang, hold=hold)
        if window is None:
            return 2
        window.show()
        QTimer.singleShot(0, lambda: start(window, lesson, scenario))
        code = app.exec()
    del reporter
    return code
