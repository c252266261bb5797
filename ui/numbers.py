"""Numbers as the app's language writes them: "0,75" and "12,5 %" in Spanish, "0.75" and "12.5%" in English.

`ui.translations` sets the default QLocale when the language changes; these read it
each time, so a redraw after a switch uses the new format.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def decimal(value: float, digits: int = 2) -> str:
    return QLocale().toString(float(value), "f", digits)


def short(value: float) -> str:
    """As few digits as the value needs (like Python's `:g`): 0,7 · 1,5 · 2."""
    return QLocale().toString(float(value), "g", 6)


def percent(share: float, digits: int = 1) -> str:
    """A share (0.125) as a percentage: "12,5 %" in Spanish (with a space), "12.5%" in English."""
    number = decimal(share * 100, digits)
    return f"{number} %" if QLocale().language() == QLocale.Language.Spanish else f"{number}%"
