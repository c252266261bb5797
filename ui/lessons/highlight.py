"""Pointing at a widget anywhere in the main window, by its object name.

`Highlighter.highlight(["playground.temperature"])` finds the widget, brings it into
view (switches the main window to its page, a tab widget to its tab, a scroll area
to it) and draws a pulsing coloured frame over it. The frame is a transparent
child of the window that ignores the mouse, so the learner can still use the widget;
a timer keeps it on the widget as layouts move, hides it while the widget is out of
sight, and finds widgets that are not built yet (pages load after the window shows).
"""

from __future__ import annotations

import math
import time

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QMainWindow, QScrollArea, QStackedWidget, QTabWidget, QWidget

from ui import palette

COLOR = QColor(palette.LESSON_ACCENT)
MARGIN = 4
PULSE_S = 2.0
FOLLOW_MS = 120


class HighlightFrame(QWidget):
    """The coloured frame drawn over one target widget."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.name = name
        self.target: QWidget | None = None
        self.born = time.monotonic()
        self.setObjectName(f"lessons.highlight.{name}")
        # Not WA_NoSystemBackground: Qt would count the frame as opaque and take it out of
        # the target's visible region, and the frame would hide itself on the next tick.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def follow(self) -> None:
        target = self.target
        if target is not None and not shiboken6.isValid(target):
            target = self.target = None
        shown = _shown_rect(target, self.parentWidget()) if target is not None and target.isVisible() else QRect()
        if shown.isEmpty():
            self.hide()
            return
        rect = shown.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if self.geometry() != rect:
            self.setGeometry(rect)
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:
        age = time.monotonic() - self.born
        strength = 1.0 if age > PULSE_S else 0.55 + 0.45 * math.cos(age * 2 * math.pi * 1.5)
        color = QColor(COLOR)
        color.setAlphaF(strength)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


def _shown_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` not clipped away by its ancestors (scroll areas, splitters), in
    `window` coordinates. (Not `visibleRegion()`: that also drops what opaque children cover.)"""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


class Highlighter:
    """Highlights widgets of one main window; see the module docstring."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.frames: list[HighlightFrame] = []
        self._timer = QTimer(window, interval=FOLLOW_MS)
        self._timer.timeout.connect(self._follow)

    def find(self, name: str) -> QWidget | None:
        if self.window.objectName() == name:
            return self.window
        return self.window.findChild(QWidget, name)

    def open_page(self, key: str) -> bool:
        """Show the page with this key; False if the window has no such page (yet)."""
        if not any(page.key == key for page in getattr(self.window, "pages", [])):
            return False
        self.window.show_page(key)
        return True

    def highlight(self, names: tuple[str, ...] | list[str]) -> None:
        """Frame these widgets and bring them into view, the first one last (its page wins).

        Every one is revealed, not only the first: a slider beside a tab widget and the
        chart it changes inside a tab are both framed on screen (the tab is switched).
        """
        self.clear()
        self.frames = [HighlightFrame(self.window, name) for name in names]
        if self.frames:
            for name in reversed(names):
                self.reveal(name)
            self._follow()
            self._timer.start()

    def reveal(self, name: str) -> bool:
        """Switch pages, tabs and scroll areas so that the widget `name` can be seen."""
        widget = self.find(name)
        if widget is None:
            return False
        chain, parent = [], widget
        while parent is not None and parent is not self.window:
            chain.append(parent)
            parent = parent.parentWidget()
        for child in reversed(chain):  # outermost first: the page before its tabs
            self._show_child(child)
        for child in chain:
            if isinstance(child, QScrollArea):
                child.ensureWidgetVisible(widget)
        for frame in self.frames:
            frame.born = time.monotonic()
        return True

    def _show_child(self, child: QWidget) -> None:
        pages = getattr(self.window, "pages", [])
        stack = child.parentWidget()
        if child in pages:
            self.window.show_page(child.key)
        elif isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget):
            stack.parentWidget().setCurrentWidget(child)

    def clear(self) -> None:
        self._timer.stop()
        for frame in self.frames:
            frame.hide()
            frame.deleteLater()
        self.frames = []

    def _follow(self) -> None:
        for frame in self.frames:
            if frame.target is None:
                frame.target = self.find(frame.name)
            frame.follow()
