"""The base of every page: a title, live retranslation, its declared facts, and where it says what went wrong.

A page declares the facts it publishes for lessons (`FACTS`, and more in `declared_facts`
for job pages); the app's `Facts` learns them when the page is built, and the lesson
validator reads them from there. `show_problem` writes a message on the page's problem
line, next to the control that caused it when the page says which.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab.errors import LabError
from ui.context import AppContext
from ui.palette import set_role
from ui.theme import Theme
from ui.widgets.group_titles import fold_titles

QWIDGETSIZE_MAX = (1 << 24) - 1
NARROWEST_SHARE = 0.72  # a settings column may lose this much of its width on a small screen


def split(vertical: bool, widgets: Sequence[QWidget], sizes: Sequence[int] = ()) -> QSplitter:
    """A splitter holding `widgets`, one above the other or side by side, at `sizes` to begin with."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    for widget in widgets:
        splitter.addWidget(widget)
    if sizes:
        splitter.setSizes(list(sizes))
    return splitter


class TextAbove(QWidget):
    """A wrapped text above `body`, as tall as the text needs plus the least `body` can take.

    In a scrolling area this is the height it scrolls to: the body's panes fill the window
    when they fit, and keep their minimum size (the area scrolls) when they do not.
    """

    def __init__(self, text: QWidget, body: QWidget) -> None:
        super().__init__()
        self.text, self.body = text, body
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(text)
        column.addWidget(body, 1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.text.heightForWidth(width) + self.layout().spacing() + self.body.minimumSizeHint().height()


class UpDownScroll(QScrollArea):
    """A scroll area that never scrolls sideways, so it is never narrower than what it holds."""

    def minimumSizeHint(self) -> QSize:
        hint, inner = super().minimumSizeHint(), self.widget()
        if inner is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(max(hint.width(), inner.minimumSizeHint().width() + bar), hint.height())


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` filling a frameless area that scrolls up and down (never sideways) when it needs more height
    than the window has: plots that stack when the page is narrow keep a readable size."""
    area = UpDownScroll(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def group(name: str, *widgets: QWidget) -> QGroupBox:
    """A titled box named `name` holding `widgets` one above the other (its title is set in `retranslate`)."""
    box = QGroupBox(objectName=name)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def problem_label(name: str) -> QLabel:
    """A hidden line for what went wrong, in the error style."""
    label = QLabel(objectName=name, wordWrap=True)
    set_role(label, "error")
    label.hide()
    return label


class Page(QWidget):
    """A stage page. Subclasses build widgets in `__init__`, set texts in `retranslate`."""

    key = ""
    FACTS: tuple[str, ...] = ()  # the facts this page publishes that lessons may check

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(self.key)
        self.problem = problem_label(f"{self.key}.problem")  # the page places it; `show_problem` fills it
        self._problem_home: tuple[QBoxLayout, int] | None = None
        ctx.facts.declare(type(self).__name__, self.declared_facts())

    @classmethod
    def declared_facts(cls) -> tuple[str, ...]:
        return tuple(cls.FACTS)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called after `__init__` and when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            fold_titles(self)  # the titles just set again may be long
        super().changeEvent(event)

    def side_column(self, layout: QLayout, width: int) -> QWidget:
        """The page's settings column: `layout` in a frameless area of `width` pixels that scrolls
        when its content is taller than the window (presentation text, a small screen).

        In classroom mode the column folds away behind a narrow "Settings" button, so the
        plots take the space; the button unfolds it again.
        """
        inner = QWidget()
        inner.setLayout(layout)
        return SideColumn(scrolling(inner), self.ctx.theme, width, f"{self.key}.settings_fold")

    def place_columns(self, left: QLayout | Sequence[QWidget], width: int, right: QWidget) -> None:
        """The usual page: the settings column (`left`, a layout or widgets stacked at the top) `width`
        pixels wide beside `right`, which takes the rest."""
        if not isinstance(left, QLayout):
            widgets, left = left, QVBoxLayout()
            for widget in widgets:
                left.addWidget(widget)
            left.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.side_column(left, width))
        row.addWidget(right, 1)

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
        self.show_error(err.message(QCoreApplication.translate))

    def show_problem(self, error: str | LabError, near: QWidget | None = None) -> None:
        """Say what went wrong on the problem line ("" hides it). With `near`, the control that caused
        it (or, without, the field of the page's `form` the message names), the line moves just below
        that control, where the learner is looking; otherwise it goes back."""
        text = error.message(QCoreApplication.translate) if isinstance(error, LabError) else error
        named = getattr(getattr(self, "form", None), "field_named_in", None)  # the page's settings form, if any
        if text and near is None and named is not None:
            near = named(text)  # a message naming a setting goes under that setting
        if text:
            self._place_problem(near)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _place_problem(self, near: QWidget | None) -> None:
        here = _place_of(self.problem)  # None until placed: a page may leave it for `near` to place
        if self._problem_home is None:
            self._problem_home = here
        target = (_below(near) if near is not None else None) or self._problem_home
        if target is None:
            return
        layout, index = target
        if here is not None:
            if layout is here[0] and index in (here[1], here[1] + 1):
                return  # already there
            _take(here[0], self.problem)
            index -= layout is here[0] and index > here[1]  # taking it out moved what came after it
        if isinstance(layout, QFormLayout):
            layout.insertRow(index, self.problem)
        else:
            layout.insertWidget(index, self.problem)
        area = next((w for w in _ancestors(self.problem) if isinstance(w, QScrollArea)), None)
        if area is not None:
            QTimer.singleShot(0, self.problem, lambda: area.ensureWidgetVisible(self.problem))


def _ancestors(widget: QWidget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def _path(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]] | None:
    """The layouts from `layout` down to the one holding `widget`, each with the index of the item leading there."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return [(layout, i)]
        if item.layout() is not None:
            below = _path(item.layout(), widget)
            if below is not None:
                return [(layout, i), *below]
    return None


def _row(layout: QLayout, index: int) -> int:
    """A form's row of its item `index`; a box's index as it is."""
    return layout.getItemPosition(index)[0] if isinstance(layout, QFormLayout) else index


def _place_of(widget: QWidget) -> tuple[QLayout, int] | None:
    """The layout that holds `widget` and its place (a form's row) there."""
    parent = widget.parentWidget()
    path = _path(parent.layout(), widget) if parent is not None and parent.layout() is not None else None
    return (path[-1][0], _row(*path[-1])) if path else None


def _take(layout: QLayout, widget: QWidget) -> None:
    if isinstance(layout, QFormLayout):
        layout.takeRow(layout.getWidgetPosition(widget)[0])
    else:
        layout.removeWidget(widget)


def _vertical(layout: QLayout) -> bool:
    return isinstance(layout, QFormLayout) or (
        isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.TopToBottom)


def _below(near: QWidget) -> tuple[QLayout, int] | None:
    """The place just below `near` in the nearest column (a row of buttons is passed over: the
    message goes under the whole row), or below the nearest of its ancestors that is in one."""
    for widget in (near, *_ancestors(near)):
        parent = widget.parentWidget()
        if parent is None or parent.layout() is None:
            continue
        columns = [(layout, i) for layout, i in _path(parent.layout(), widget) or [] if _vertical(layout)]
        if columns:
            layout, index = columns[-1]
            return layout, _row(layout, index) + 1
    return None


class SideColumn(QWidget):
    """A settings column with a fold button above it; it folds by itself when the theme says so."""

    def __init__(self, area: QScrollArea, theme: Theme, width: int, name: str) -> None:
        super().__init__()
        self.area, self.theme, self.width_at_normal_size = area, theme, width
        self.fold_button = QToolButton(objectName=name, checkable=True)
        self.fold_button.toggled.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fold_button)
        layout.addWidget(area, 1)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._folded_by_theme = False
        theme.changed.connect(self._follow_theme)
        self._follow_theme()

    def _follow_theme(self) -> None:
        if self.theme.folded != self._folded_by_theme:
            self._folded_by_theme = self.theme.folded
            self.fold_button.setChecked(self.theme.folded)
        self.fold_button.setVisible(self.theme.folded or self.fold_button.isChecked())
        self._show(self.fold_button.isChecked())

    def sizeHint(self) -> QSize:
        if self.fold_button.isChecked():
            return super().sizeHint()
        return QSize(self._widest(), super().sizeHint().height())

    def _fit_width(self, folded: bool) -> None:
        """Its width at normal text, wider with presentation text; a small screen narrows it by a quarter."""
        # Unfolded, it never grows past its size hint (read anew each time: its content may grow).
        self.setMaximumWidth(self.fold_button.sizeHint().width() if folded else QWIDGETSIZE_MAX)
        self.updateGeometry()

    def _widest(self) -> int:
        return max(int(self.width_at_normal_size * self.theme.scale), self._content_width())

    def _content_width(self) -> int:
        return self.area.widget().minimumSizeHint().width() + self.area.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """Narrower on a small screen, but never narrower than its content (nothing is cut)."""
        hint = super().minimumSizeHint()
        if self.fold_button.isChecked():
            return hint
        narrowest = int(self.width_at_normal_size * self.theme.scale * NARROWEST_SHARE)
        if self.theme.folded:  # unfolded for a moment in classroom mode: it may scroll, the window must fit
            return QSize(narrowest, hint.height())
        return QSize(max(narrowest, self._content_width()), hint.height())

    def _show(self, folded: bool) -> None:
        self.area.setVisible(not folded)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.theme.folded
                                               else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_width(folded)
        self.fold_button.setVisible(self.theme.folded or folded)
        self.fold_button.setText(self.tr("Settings ›") if folded else self.tr("‹ Hide settings"))
        self.fold_button.setToolTip(self.tr("Show the settings of this page.") if folded
                                    else self.tr("Fold the settings away so the plots take the space."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show(self.fold_button.isChecked())
        super().changeEvent(event)
