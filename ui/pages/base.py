"""The base of every page: a title, live retranslation, and an error banner."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from lab.errors import LabError
from ui.context import AppContext


class Page(QWidget):
    """A stage page. Subclasses build widgets in `__init__`, set texts in `retranslate`."""

    key = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(self.key)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called after `__init__` and when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.title(), message)

    def show_lab_error(self, err: LabError) -> None:
        from PySide6.QtCore import QCoreApplication

        self.show_error(err.message(QCoreApplication.translate))
