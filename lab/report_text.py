"""The words and numbers of `report.html` in the report's language, without Qt.

The report is written by the engine (the CLI, the pipeline), which never imports Qt, yet it
must say "Preentrenamiento", not "Pretraining". The translations live once, in the app's
Qt translation sources (`ui/i18n/llm_lab_<lang>.ts`); `translator(lang)` reads them as
data, so the report and the app use the same words. Numbers follow the language too:
"0,66" and "7.380" in Spanish, "0.66" and "7,380" in English.
"""

from __future__ import annotations

import math
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

TS_DIR = Path(__file__).resolve().parent.parent / "ui" / "i18n"
LANGS = ("es", "en")


def default_language() -> str:
    """The language of the environment (LC_ALL, LC_MESSAGES, LANG): "es" for Spanish, else "en"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "es" if value.lower().startswith("es") else "en"
    return "en"


@lru_cache(maxsize=4)
def _table(lang: str) -> dict[tuple[str, str], str]:
    try:
        root = ET.parse(TS_DIR / f"llm_lab_{lang}.ts").getroot()
    except (OSError, ET.ParseError):
        return {}  # no translations shipped: the English source is shown
    table = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") not in ("unfinished", "obsolete", "vanished"):
                table[(name, message.findtext("source") or "")] = node.text
    return table


def translator(lang: str) -> Callable[[str, str], str]:
    """`translate(context, text)` like Qt's, from the translation sources of `lang`."""
    table = _table(lang) if lang in LANGS else {}
    return lambda context, text: table.get((context, text), text)


def number(value: float, lang: str, decimals: int | None = None) -> str:
    """`value` with the language's separators; `decimals=None` keeps three significant digits.

    Spanish groups thousands with a point from five digits on (7380, 12.346), as the RAE advises.
    """
    if not math.isfinite(value):
        return "–"
    if decimals is None:
        digits = 3 - int(math.floor(math.log10(abs(value)))) - 1 if value else 0
        decimals = max(0, min(6, digits))
    whole, _, fraction = f"{abs(value):.{decimals}f}".partition(".")
    group, point = (",", ".") if lang != "es" else (".", ",")
    if lang != "es" or len(whole) > 4:
        whole = f"{int(whole):,}".replace(",", group)
    sign = "-" if value < 0 and float(f"{abs(value):.{decimals}f}") else ""
    return sign + whole + (point + fraction if fraction else "")


def duration(seconds: float, lang: str) -> str:
    """186 → "3 min 6 s"; 12.3 → "12 s"; "12,3 s" style below ten seconds."""
    if seconds < 10:
        return f"{number(seconds, lang, 1)} s"
    total = round(seconds)
    return f"{total // 60} min {total % 60} s" if total >= 60 else f"{total} s"
