"""Crash safety: log every unhandled exception to a file and tell the learner, kindly.

The app keeps running after a bug in a handler; the dialog says what happened and
where the log is, so a teacher can send it to us.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox


def log_path() -> Path:
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("llm-lab", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "llm-lab.log"


def setup_logging() -> Path:
    path = log_path()
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[logging.FileHandler(path, encoding="utf-8"), logging.StreamHandler(sys.stderr)],
    )
    return path


class CrashReporter(QObject):
    """Installs `sys.excepthook`; shows a dialog on the GUI thread for each unhandled error."""

    report = Signal(str)

    def __init__(self, parent: QObject | None = None, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self.last_error = ""
        self._show_dialog = show_dialog
        self.report.connect(self._show)
        sys.excepthook = self._hook
        threading.excepthook = lambda args: self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _hook(self, exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        logging.getLogger("llm-lab").error("unhandled exception\n%s", text)
        self.report.emit(f"{exc_type.__name__}: {exc}")

    def _show(self, summary: str) -> None:
        self.last_error = summary
        if not self._show_dialog:
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashReporter", "Something went wrong"))
        box.setText(QCoreApplication.translate("CrashReporter", "LLM Lab hit a problem but is still running."))
        where = QCoreApplication.translate("CrashReporter", "Your work is kept. If this happens again, send the "
                                           "log to your teacher:\n{path}")
        box.setInformativeText(where.format(path=log_path()))
        box.setDetailedText(summary)  # Python's words, behind "Show Details…"
        box.exec()
