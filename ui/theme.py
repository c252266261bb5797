"""Look and feel for a projector: a presentation font scale, a high-contrast palette, and a freeze.

Presentation mode scales every font (UI and plots). High contrast gives the app white
text on black with yellow highlights, and tells the plots (through `changed`) to do
the same with thick lines (see `ui.widgets.plot_style`). The freeze is one switch for
the whole app: while it is on, live plots keep the data that arrives but do not draw
it, so the picture stands still while the teacher talks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui import palette

PRESENTATION_SCALE = 1.6
C = palette.WINDOW_CONTRAST


def high_contrast_palette() -> QPalette:
    """White on black, yellow for what is selected or linked; greyed-out text stays readable."""
    colours = QPalette()
    roles = QPalette.ColorRole
    black, white, yellow, dark, grey = C["window"], C["text"], C["highlight"], C["button"], C["disabled"]
    for role, color in ((roles.Window, black), (roles.WindowText, white), (roles.Base, C["field"]),
                        (roles.AlternateBase, dark), (roles.Text, white), (roles.Button, dark),
                        (roles.ButtonText, white), (roles.BrightText, yellow), (roles.Highlight, yellow),
                        (roles.HighlightedText, black), (roles.Link, yellow), (roles.LinkVisited, yellow),
                        (roles.ToolTipBase, black), (roles.ToolTipText, white), (roles.PlaceholderText, grey),
                        (roles.Light, grey), (roles.Midlight, grey), (roles.Mid, grey), (roles.Dark, grey)):
        colours.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        colours.setColor(disabled, role, QColor(grey))
    return colours


class Theme(QObject):
    """Font scale, high contrast and freeze; widgets listen to `changed` and `frozen_changed`."""

    changed = Signal()  # fonts or colours changed: restyle
    frozen_changed = Signal(bool)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        # A widget with a style sheet of its own (a text role, a bold heading) would otherwise keep the
        # font and palette it had when the sheet was set: with this, Qt passes a new application font
        # and palette down to it like to any widget, so nothing has to re-set every widget's sheet
        # (doing so on a font change touched widgets Qt was deleting meanwhile, and crashed).
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        self._base_point_size = app.font().pointSizeF() or 10.0
        self._normal_palette = QPalette(app.palette())  # given back when high contrast ends
        self.scale = 1.0
        self.high_contrast = False
        self.frozen = False
        self.folded = False  # settings columns folded away so that plots take the space (classroom mode)

    def set_presentation(self, on: bool, scale: float = PRESENTATION_SCALE) -> None:
        self.scale = scale if on else 1.0
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * self.scale)
        self._app.setFont(font)  # styled widgets follow too (see `__init__`)
        self._deliver(QEvent.Type.ApplicationFontChange)
        self.changed.emit()

    def set_high_contrast(self, on: bool) -> None:
        if on and not self.high_contrast:
            self._normal_palette = QPalette(self._app.palette())
        self._app.setPalette(high_contrast_palette() if on else self._normal_palette)
        if on != self.high_contrast:
            palette.apply_theme(on)  # every widget with a role takes its rules' other variant
        self._deliver(QEvent.Type.ApplicationPaletteChange)
        self.high_contrast = on
        self.changed.emit()

    @staticmethod
    def _deliver(change: QEvent.Type) -> None:
        """Hand the widgets the font or palette change Qt has queued for them now, so that whoever
        listens to `changed` (a page measuring its columns) already sees the new sizes."""
        QCoreApplication.sendPostedEvents(None, change)

    def set_folded(self, on: bool) -> None:
        if on != self.folded:
            self.folded = on
            self.changed.emit()

    def set_frozen(self, on: bool) -> None:
        if on != self.frozen:
            self.frozen = on
            self.frozen_changed.emit(on)

    def point_size(self, base: float = 9.0) -> float:
        return base * self.scale
