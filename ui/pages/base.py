"""The base of every page: a title, live retranslation, and an error banner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab.errors import LabError
from ui.context import AppContext
from ui.theme import Theme
from ui.widgets.group_titles import fold_titles

QWIDGETSIZE_MAX = (1 << 24) - 1
NARROWEST_SHARE = 0.72  # a settings column may lose this much of its width on a small screen


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
        area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        return SideColumn(area, self.ctx.theme, width, f"{self.key}.settings_fold")

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
