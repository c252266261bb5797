"""Loading the Qt translations (`ui/i18n/llm_lab_<lang>.qm`) and switching them live."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# Compiled by the build (setup.py) into the wheel, by `make setup` into the checkout.
I18N_DIR = Path(str(resources.files("ui"))) / "i18n"
LANGUAGES = {"es": "Español", "en": "English"}


def system_language() -> str:
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


class Translations:
    """Keeps one installed translator; `use(lang)` swaps it, which retranslates every widget.

    The installed translator belongs to the application, not to this object: a second
    `Translations` (a new window, a test) replaces it rather than stacking another.
    """

    _installed: QTranslator | None = None
    _qt_own: QTranslator | None = None  # Qt's own words: file dialogs, message box buttons
    installed_language: str | None = None

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.language = "en"

    def use(self, lang: str) -> bool:
        """Switch to `lang` ('es' or 'en'); False if its compiled file is missing."""
        if lang not in LANGUAGES:
            lang = "en"
        self._use_qt_own(lang)
        translator = QTranslator(self._app)
        loaded = translator.load(str(I18N_DIR / f"llm_lab_{lang}.qm"))
        if Translations._installed is not None:
            self._app.removeTranslator(Translations._installed)
        Translations._installed = translator if loaded else None
        Translations.installed_language = lang if loaded else None
        if loaded:
            self._app.installTranslator(translator)
        self.language = lang
        QLocale.setDefault(QLocale(QLocale.Language.Spanish if lang == "es" else QLocale.Language.English))
        return loaded

    def _use_qt_own(self, lang: str) -> None:
        """Install Qt's translations of its standard dialogs (they ship inside PySide6)."""
        if Translations._qt_own is not None:
            self._app.removeTranslator(Translations._qt_own)
            Translations._qt_own = None
        if lang == "en":
            return
        translator = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{lang}", folder):
            self._app.installTranslator(translator)
            Translations._qt_own = translator
