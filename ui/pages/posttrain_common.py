"""What the SFT, Preferences and Reward pages share: saved models, banners, number formats.

Models are loaded from the workspace's checkpoints and kept until the checkpoint is
rewritten (its `meta.json` is written last, so its time stamp says when), so asking the
base and SFT models a question does not reload them every time. These are separate
copies from the ones a running job trains: the job owns its model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lab.i18n import QT_TRANSLATE_NOOP
from lab.workspace import Workspace
from ui.pages.workspace_info import load_tokenizer
from ui.palette import set_role

_cache: dict[tuple[str, str], tuple[int, object]] = {}


def stamp(ws: Workspace, stage: str) -> int | None:
    meta = ws.checkpoint_dir(stage) / "meta.json"
    return meta.stat().st_mtime_ns if meta.exists() else None


def saved_model(ws: Workspace, stage: str):
    """The model saved for `stage` (eval mode; the reward model with its head), or None."""
    when = stamp(ws, stage)
    if when is None or not ws.has_checkpoint(stage):
        return None
    key = (str(ws.root), stage)
    if key in _cache and _cache[key][0] == when:
        return _cache[key][1]
    from lab.stages import load_model

    model = load_model(ws, stage)[0].eval()
    _cache[key] = (when, model)
    return model


def tokenizer(ws: Workspace):
    """The workspace's tokenizer or None (never raises: pages say what is missing instead)."""
    try:
        return load_tokenizer(ws)
    except Exception:  # noqa: BLE001 - a broken or missing tokenizer file is reported by the page as missing
        return None


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(100.0 * value, "f", 0) + "\u00a0%"  # never split 95 from its %


def number(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


GO_TO = {"pretrain": QT_TRANSLATE_NOOP("Banner", "Go to Pretraining"), "sft": QT_TRANSLATE_NOOP("Banner", "Go to SFT"),
         "reward": QT_TRANSLATE_NOOP("Banner", "Go to the reward model")}  # a banner's buttons to other pages


class Banner(QFrame):
    """A yellow note with a sentence and a few buttons, e.g. "No pretrained model yet".

    A "Go to …" button for each page in `goto` (named `<prefix>.goto_<page>`, the prefix being
    `name`'s part before its dot) says its own words; the page writes the sentence (`text`) and
    the words of its own `buttons`."""

    def __init__(self, name: str, goto: tuple[str, ...] = (), buttons: tuple[tuple[str, Callable[[], None]], ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        set_role(self, "banner")  # dark text on yellow, white on black in high contrast
        self.text = QLabel(wordWrap=True)
        self.buttons: dict[str, QPushButton] = {}
        self._goto = {f"{name.split('.')[0]}.goto_{page}": page for page in goto}
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        pages = tuple((key, lambda _=False, page=page: go_to_page(self, page)) for key, page in self._goto.items())
        for key, callback in (*pages, *buttons):
            button = QPushButton(objectName=key)
            button.clicked.connect(callback)
            self.buttons[key] = button
            row.addWidget(button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        for key, page in self._goto.items():
            self.buttons[key].setText(QCoreApplication.translate("Banner", GO_TO[page]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def go_to_page(widget: QWidget, key: str) -> bool:
    """Show another page of the main window; False when there is no such page (tests, alone)."""
    window = widget.window()
    if hasattr(window, "show_page") and any(p.key == key for p in getattr(window, "pages", [])):
        window.show_page(key)
        return True
    return False
