"""A splitter that puts its panes one above the other when they do not fit side by side.

On a wide screen the panes stand side by side; on a 1366-pixel screen with the lesson
panel (or with classroom text) the same panes would be cut at the right, so the
splitter turns vertical instead. Its minimum width is that of its widest pane, so it
never makes the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class FlipSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def side_by_side_width(self) -> int:
        panes = [self.widget(i) for i in range(self.count()) if not self.widget(i).isHidden()]
        return sum(_narrowest(p) for p in panes) + self.handleWidth() * max(0, len(panes) - 1)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        panes = [self.widget(i) for i in range(self.count())]
        return QSize(max((_narrowest(p) for p in panes), default=0), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        side_by_side = event.size().width() >= self.side_by_side_width()
        wanted = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)
        super().resizeEvent(event)


def _narrowest(pane: QWidget) -> int:
    """How narrow a pane may get: its own minimum width where one is set, else its content's."""
    return max(pane.minimumSizeHint().width(), pane.minimumWidth())
