"""Opening `report.html`: in the system's browser, or inside the app when there is none.

A school laptop may have no browser set up (or none at all); "Open report" then shows the
report in a window of its own (`ReportDialog`, a QTextBrowser). Qt's rich text has no
inline SVG and little CSS, so each chart is handed to it as an SVG image and the
tables get plain borders.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)


def for_text_browser(page: str) -> str:
    """The report's HTML with every inline SVG chart turned into an `<img>` Qt can draw."""
    def image(match: re.Match) -> str:
        data = base64.b64encode(match.group(0).encode("utf-8")).decode("ascii")
        return f"<img src='data:image/svg+xml;base64,{data}'>"

    page = STYLE.sub("", SVG.sub(image, page))  # Qt's rich text reads little CSS: plain table borders instead
    return page.replace("<table>", "<table border='1' cellspacing='0' cellpadding='4'>")


class ReportDialog(QDialog):
    """The report inside the app, with its links opening nowhere (it has none to follow)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="report.dialog")
        self.browser = QTextBrowser(objectName="report.browser", openLinks=False)
        self.browser.setHtml(for_text_browser(path.read_text(encoding="utf-8")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Pipeline report"))
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1000, screen.width() - 40) if screen else 1000, min(700, screen.height() - 60) if screen
                    else 700)


def open_report(path: Path, parent: QWidget | None = None, browser=QDesktopServices.openUrl) -> QDialog | None:
    """Open the report in the browser; returns the in-app dialog shown when that failed."""
    if browser(QUrl.fromLocalFile(str(path))):
        return None
    dialog = ReportDialog(path, parent)
    dialog.show()
    return dialog
