"""Loading the Qt translations (`ui/i18n/llm_lab_<lang>.qm`) and switching them live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).parent / "i18n"
LANGUAGES = {"es": "Español", "en": "English"}


def system_language() -> str:
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


class Translations:
    """Keeps one installed translator; `use(lang)` swaps it, which retranslates every widget."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def use(self, lang: str) -> bool:
        """Switch to `lang` ('es' or 'en'); False if its compiled file is missing."""
        if lang not in LANGUAGES:
            lang = "en"
        translator = QTranslator(self._app)
        loaded = translator.load(str(I18N_DIR / f"llm_lab_{lang}.qm"))
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
        if loaded:
            self._app.installTranslator(translator)
            self._translator = translator
        else:
            self._translator = None
        self.language = lang
        QLocale.setDefault(QLocale(QLocale.Language.Spanish if lang == "es" else QLocale.Language.English))
        return loaded
