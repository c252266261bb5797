"""Any plot alone on the whole screen, for a projector.

`FullScreenSwitch(plot)` makes a double-click on a pyqtgraph PlotWidget (and, when the
plot has a right-click menu, a "Show full screen" entry in it) show that plot alone,
full screen. The plot widget itself moves into the full-screen window while a blank
placeholder keeps its place in the page's layout, so it goes on drawing the data that
arrives. Esc, another double-click or closing the window put it back in its place,
with everything it drew.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FullScreenWindow(QWidget):
    """The window a plot moves into; `closed` tells the switch to take the plot back."""

    closed = Signal()

    def __init__(self, plot: QWidget, parent: QWidget | None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("plot.full_screen_window")
        self.hint = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(plot, 1)
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FullScreen", "LLM Lab — plot"))
        self.hint.setText(QCoreApplication.translate("FullScreen", "Esc or a double-click takes the plot back."))


class FullScreenSwitch(QObject):
    """Shows `plot` (a PlotWidget that sits in a layout) full screen and puts it back."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        super().__init__(plot)
        self.plot = plot
        self.window: FullScreenWindow | None = None
        self._placeholder: QWidget | None = None
        self.action = QAction(self, objectName="plot.full_screen", triggered=self.toggle)
        if plot.getPlotItem().menuEnabled():
            menu = plot.getPlotItem().getViewBox().menu
            menu.addAction(self.action)
            menu.aboutToShow.connect(self.retranslate)
        plot.viewport().installEventFilter(self)
        self.retranslate()

    def is_full_screen(self) -> bool:
        return self.window is not None

    def toggle(self) -> None:
        self.leave() if self.is_full_screen() else self.enter()

    def enter(self) -> None:
        if self.is_full_screen():
            return
        self._placeholder = QWidget()
        self.plot.parentWidget().layout().replaceWidget(self.plot, self._placeholder)
        self.window = FullScreenWindow(self.plot, self._placeholder.window())
        self.window.closed.connect(self.leave)
        self.window.showFullScreen()
        self.retranslate()

    def leave(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        self._placeholder.parentWidget().layout().replaceWidget(self._placeholder, self.plot)
        self._placeholder.deleteLater()
        self._placeholder = None
        self.plot.show()
        window.close()
        window.deleteLater()
        self.retranslate()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """A double-click on the plot (its viewport) switches."""
        if event.type() == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            self.toggle()
            return True
        return False

    def retranslate(self) -> None:
        if self.is_full_screen():
            self.action.setText(QCoreApplication.translate("FullScreen", "Leave full screen"))
        else:
            self.action.setText(QCoreApplication.translate("FullScreen", "Show full screen"))
