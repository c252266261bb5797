"""The base of every page: a title, live retranslation, and an error banner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLayout, QMessageBox, QScrollArea, QWidget

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

    def side_column(self, layout: QLayout, width: int) -> QScrollArea:
        """The page's settings column: `layout` in a frameless area of `width` pixels that scrolls
        when its content is taller than the window (presentation text, a small screen)."""
        inner = QWidget()
        inner.setLayout(layout)
        area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        self.keep_width(area, width)
        return area

    def keep_width(self, widget: QWidget, width: int) -> None:
        """Fix `widget` at `width` pixels for normal text, wider in proportion to presentation text."""
        def fit() -> None:
            widget.setFixedWidth(int(width * self.ctx.theme.scale))

        self.ctx.theme.changed.connect(fit)
        fit()

    def show_error(self, message: str, details: str = "") -> None:
        """A warning dialog; `details` (a bug's raw text) only behind its "Show Details…" button."""
        if not details:
            QMessageBox.warning(self, self.title(), message)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.title(), message, QMessageBox.StandardButton.Ok, self)
        box.setDetailedText(details)
        box.exec()

    def show_lab_error(self, err: LabError) -> None:
        from PySide6.QtCore import QCoreApplication

        self.show_error(err.message(QCoreApplication.translate))
