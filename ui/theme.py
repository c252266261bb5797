"""Look and feel for a projector: a presentation font scale, a high-contrast palette, and a freeze.

Presentation mode scales every font (UI and plots). High contrast gives the app white
text on black with yellow highlights, and tells the plots (through `changed`) to do
the same with thick lines (see `ui.widgets.plot_style`). The freeze is one switch for
the whole app: while it is on, live plots keep the data that arrives but do not draw
it, so the picture stands still while the teacher talks.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

PRESENTATION_SCALE = 1.6
BLACK, WHITE, YELLOW, DARK, GREY = "#000000", "#ffffff", "#ffd600", "#1c1c1c", "#9e9e9e"
# Text colours the pages set for a light window, and what they become on black (each one distinct,
# so that leaving high contrast gives every widget its own colour back).
HIGH_CONTRAST_TEXT = {"#546e7a": "#cfd8dc", "#455a64": "#d7dee1", "#555": "#ddd", "#c62828": "#ff8a80",
                      "#2e7d32": "#b9f6ca", "#e65100": "#ffab40"}
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b")
FIELD = "#2e2e2e"  # boxes to tick or type in: the style outlines them in black, so they need a fill


def high_contrast_palette() -> QPalette:
    """White on black, yellow for what is selected or linked; greyed-out text stays readable."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, BLACK), (roles.WindowText, WHITE), (roles.Base, FIELD),
                        (roles.AlternateBase, DARK), (roles.Text, WHITE), (roles.Button, DARK),
                        (roles.ButtonText, WHITE), (roles.BrightText, YELLOW), (roles.Highlight, YELLOW),
                        (roles.HighlightedText, BLACK), (roles.Link, YELLOW), (roles.LinkVisited, YELLOW),
                        (roles.ToolTipBase, BLACK), (roles.ToolTipText, WHITE), (roles.PlaceholderText, GREY),
                        (roles.Light, GREY), (roles.Midlight, GREY), (roles.Mid, GREY), (roles.Dark, GREY)):
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(GREY))
    return palette


class Theme(QObject):
    """Font scale, high contrast and freeze; widgets listen to `changed` and `frozen_changed`."""

    changed = Signal()  # fonts or colours changed: restyle
    frozen_changed = Signal(bool)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
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
        self._app.setFont(font)
        self._restyle({})  # a widget with its own style sheet keeps the font it had until restyled
        self.changed.emit()

    def set_high_contrast(self, on: bool) -> None:
        if on and not self.high_contrast:
            self._normal_palette = QPalette(self._app.palette())
        self._app.setPalette(high_contrast_palette() if on else self._normal_palette)
        if on != self.high_contrast:  # after the palette: restyling a widget takes the palette of that moment
            self._restyle(HIGH_CONTRAST_TEXT if on else {v: k for k, v in HIGH_CONTRAST_TEXT.items()})
        self.high_contrast = on
        self.changed.emit()

    def _restyle(self, colours: dict[str, str]) -> None:
        """Set every widget's own style sheet again, with `colours` swapped."""
        for widget in self._app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(HEX_COLOUR.sub(lambda m: colours.get(m.group(0).lower(), m.group(0)), sheet))

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
