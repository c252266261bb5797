"""An error shown next to the control that caused it, not at the bottom of the page.

A page keeps one problem label. `show_problem(label, message, near=widget)` moves the label
right under `widget` (a form field, a prompt box, a file picker, a start button) in
whatever layout holds it, shows the message and scrolls it into view; an empty message
hides it and puts it back where the page first placed it. `field_named_in(message, form)`
finds the form field whose label the message names ("Learning rate must be between…"),
so an error raised deep in a job still lands under the setting to change.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QScrollArea, QWidget

from ui.palette import set_role

HOME = "_inline_error_home"  # where the page put the label: (layout, index), set on first move


def show_problem(label: QLabel, message: str, near: QWidget | None = None) -> None:
    """`message` in `label`, right under `near` (or where the page placed it when `near` is None)."""
    if not label.property("role"):  # a page's own banner keeps its look
        set_role(label, "error")
    if not hasattr(label, HOME):
        setattr(label, HOME, _position(label))
    _move_under(label, near) if near is not None and message else _move_home(label)
    label.setText(message)
    label.setVisible(bool(message))
    if message:
        QTimer.singleShot(0, label, lambda: _scroll_to(label))


def field_named_in(message: str, form) -> QWidget | None:
    """The editor of `form` (a `ConfigForm`) whose label `message` names, the longest name first."""
    labels = sorted(form.field_labels().items(), key=lambda item: -len(item[1]))
    return next((form.editor(name) for name, text in labels if text and text.lower() in message.lower()), None)


def _position(widget: QWidget) -> tuple[QLayout, int] | None:
    layout = _layout_of(widget)
    return (layout, _index(layout, widget)) if layout is not None else None


def _layout_of(widget: QWidget, layout: QLayout | None = None) -> QLayout | None:
    """The layout (maybe nested) that holds `widget` directly."""
    if layout is None:
        parent = widget.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is None:
            return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        found = _layout_of(widget, child) if child is not None else None
        if found is not None:
            return found
    return None


def _index(layout: QLayout, widget: QWidget) -> int:
    if isinstance(layout, QFormLayout):
        return layout.getWidgetPosition(widget)[0]
    return layout.indexOf(widget)


def _take(label: QLabel) -> None:
    layout = _layout_of(label)
    if isinstance(layout, QFormLayout):
        layout.takeRow(label)
    elif layout is not None:
        layout.removeWidget(label)


def _insert(layout: QLayout, index: int, label: QLabel) -> None:
    if isinstance(layout, QFormLayout):
        layout.insertRow(index, label)  # a row of its own, under both the field's name and its box
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(index, label)


def _move_under(label: QLabel, near: QWidget) -> None:
    layout, index = _spot_under(near)
    if layout is None or _layout_of(label) is layout and _index(layout, label) == index:
        return
    _take(label)
    layout, index = _spot_under(near)  # taking the label out may have moved the spot up
    _insert(layout, index, label)


def _spot_under(near: QWidget) -> tuple[QLayout | None, int]:
    """The layout and index right under `near`; under its whole row when it sits in a row."""
    layout = _layout_of(near)
    if layout is None:
        return None, 0
    if isinstance(layout, QBoxLayout) and layout.direction() in (QBoxLayout.Direction.LeftToRight,
                                                                 QBoxLayout.Direction.RightToLeft):
        outer = _outer_of(layout, near.parentWidget().layout())
        if outer is not None:
            return outer, _item_index(outer, layout) + 1
    return layout, _index(layout, near) + 1


def _outer_of(inner: QLayout, layout: QLayout | None) -> QLayout | None:
    """The vertical box layout (maybe nested) that holds the layout `inner` directly."""
    if layout is None:
        return None
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is inner:
            return layout if isinstance(layout, QBoxLayout) else None
        found = _outer_of(inner, child) if child is not None else None
        if found is not None:
            return found
    return None


def _item_index(layout: QLayout, inner: QLayout) -> int:
    return next(i for i in range(layout.count()) if layout.itemAt(i).layout() is inner)


def _move_home(label: QLabel) -> None:
    home = getattr(label, HOME, None)
    if home is None or _layout_of(label) is home[0] and _index(home[0], label) == home[1]:
        return
    _take(label)
    layout, index = home
    _insert(layout, min(index, layout.rowCount() if isinstance(layout, QFormLayout) else layout.count()), label)


def _scroll_to(label: QLabel) -> None:
    widget = label.parentWidget()
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    if widget is not None and label.isVisible():
        widget.ensureWidgetVisible(label)
