"""Keeping the window on the screen it is shown on (a 1366×768 school laptop or projector).

The window takes the screen's free area (without task bars), never more, and a saved
geometry is only given back when it still fits. Presentation text grows less on a
small screen, so that pages keep room for their plots.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
# Title bar and borders the window manager adds around the window, until the real ones are known.
DECORATION = QSize(8, 36)
# Presentation text: 1.6 times on a full-HD projector, less on a small screen, never under 1.25.
BIG_SCALE, SMALL_SCALE, BIG_SCREEN_WIDTH = 1.6, 1.25, 1920


def available(widget: QWidget) -> QRect:
    """The free area of the screen the widget is on (the primary screen before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def decoration(widget: QWidget) -> QSize:
    """How much the window manager's frame adds to the window's size."""
    if widget.isVisible():
        frame, inner = widget.frameGeometry(), widget.geometry()
        if frame.size() != inner.size():
            return frame.size() - inner.size()
    return DECORATION


def room(widget: QWidget) -> QSize:
    """The largest client size that keeps the window and its frame on the screen."""
    return available(widget).size() - decoration(widget)


def fit(widget: QWidget, saved: bytes | None = None) -> None:
    """Give back a saved geometry if it fits, else take the preferred size cut to the screen."""
    if saved and widget.restoreGeometry(saved) and fits(widget):
        return
    limit = room(widget)
    widget.resize(PREFERRED.boundedTo(limit))
    area = available(widget)
    widget.move(area.topLeft())


def fits(widget: QWidget) -> bool:
    """Whether the window's frame lies inside the screen's free area."""
    area = available(widget)
    frame = QRect(widget.pos(), widget.size() + decoration(widget))
    return area.contains(frame)


def presentation_scale(widget: QWidget) -> float:
    width = available(widget).width()
    share = min(1.0, max(0.0, (width - 1366) / (BIG_SCREEN_WIDTH - 1366)))
    return round(SMALL_SCALE + share * (BIG_SCALE - SMALL_SCALE), 2)
