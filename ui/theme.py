"""Look and feel: presentation mode scales every font (UI and plots) for a projector."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

PRESENTATION_SCALE = 1.6


class Theme(QObject):
    """Holds the font scale; plots listen to `changed` to resize their fonts."""

    changed = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._base_point_size = app.font().pointSizeF() or 10.0
        self.scale = 1.0

    def set_presentation(self, on: bool) -> None:
        self.scale = PRESENTATION_SCALE if on else 1.0
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * self.scale)
        self._app.setFont(font)
        self.changed.emit()

    def point_size(self, base: float = 9.0) -> float:
        return base * self.scale
