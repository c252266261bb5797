"""Forms ignore the mouse wheel unless the learner clicked into the field first.

Scrolling down a page with the wheel must scroll the page, not turn a learning rate of
0.0001 into 0.0000001 on its way past a spin box. A guarded spin box, combo box or
slider takes focus only by a click or Tab, and a wheel turn over it while it is not
focused scrolls the page behind it (its scroll area) instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    """One filter for many widgets: a wheel event over an unfocused one is passed to its parent."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            area = _scroll_area_of(obj)
            if area is not None:  # the page behind scrolls as if the field were not there
                QApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_GUARD: WheelGuard | None = None


def guard(widget: QWidget) -> None:
    """Guard `widget` if it is a form control."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard()
    if isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_GUARD)


def guard_all(root: QWidget) -> None:
    """Guard every form control inside `root` (a page, once built)."""
    for kind in GUARDED:
        for widget in root.findChildren(kind):
            guard(widget)
