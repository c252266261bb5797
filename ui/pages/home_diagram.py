"""Home's pipeline diagram: one card per stage in course order, joined by arrows.

Each card has the stage's colour (`ui.palette`), its status (✓ done, ● running, ○ not
run yet), how long it took and its headline number, e.g. "correct answers: 44 %", all
read from `lab.stage_status` through the window's stage watch. Five cards a row: the
second row continues from the first, as the arrow at the row's end says.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from lab import stages
from lab.i18n import QT_TRANSLATE_NOOP
from lab.stage_status import COUNTS, METRIC_NAMES, SHARES, StageStatus
from ui import palette

COLUMNS = 5


def duration_text(seconds: float) -> str:
    """12.3 → "12 s", 186 → "3 min 6 s", in the app's language."""
    total = round(seconds)
    if total < 60:
        return QCoreApplication.translate("PipelineDiagram", "{s} s").format(s=total)
    return QCoreApplication.translate("PipelineDiagram", "{m} min {s} s").format(m=total // 60, s=total % 60)


def metric_text(key: str, value: float) -> str:
    """A headline metric with its translated name and the number in the app's locale."""
    locale = QLocale()
    if key in SHARES:
        number = f"{locale.toString(round(100 * value))} %"
    elif key in COUNTS:
        number = locale.toString(round(value))
    else:
        number = locale.toString(value, "f", 2)
    name = QCoreApplication.translate("metric", METRIC_NAMES.get(key, key))
    return QCoreApplication.translate("PipelineDiagram", "{name}: {value}").format(name=name, value=number)


STATE_WORDS = {
    "running": QT_TRANSLATE_NOOP("PipelineDiagram", "running…"),
    "todo": QT_TRANSLATE_NOOP("PipelineDiagram", "not run yet"),
    "bundled": QT_TRANSLATE_NOOP("PipelineDiagram", "bundled"),
    "done": QT_TRANSLATE_NOOP("PipelineDiagram", "done"),
}
TITLE_SIZE, SMALL_TITLE_SIZE = "font-size:large", "font-size:medium"
MARKS = {"running": "●", "todo": "○", "bundled": "✓", "done": "✓"}


def card_text(index: int, status: StageStatus, running: bool) -> str:
    state = "running" if running else "todo" if not status.done else "bundled" if status.bundled else "done"
    label = QCoreApplication.translate("stage", stages.LABELS[status.stage])
    how = QCoreApplication.translate("PipelineDiagram", STATE_WORDS[state])
    if state in ("bundled", "done") and status.wall_s is not None:
        how = QCoreApplication.translate("PipelineDiagram", "{how} · {time}").format(
            how=how, time=duration_text(status.wall_s))
    lines = [f"<b style='{TITLE_SIZE}'>{MARKS[state]} {index}. {escape(label, quote=False)}</b>",
             escape(how, quote=False)]
    if state in ("bundled", "done") and status.value is not None:
        lines.append(escape(metric_text(status.metric, status.value), quote=False))
    return "<br>".join(lines)


class StageCard(QPushButton):
    """A clickable card whose text wraps, so five cards fit a row of a small screen."""

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self._text = ""  # the card's rich text, with its title at full size
        self.label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._text = text
        self.setAccessibleName(text)
        self._fit_title()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title a size smaller when its longest word ("Preentrenamiento" in presentation text)
        is wider than the card: a word is never cut."""
        self.label.setText(self._text)
        if self.width() > 0 and self.label.minimumSizeHint().width() > self.width() - 16:
            self.label.setText(self._text.replace(TITLE_SIZE, SMALL_TITLE_SIZE))

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # narrow enough for five a row at 1366 px; as tall as the wrapped text needs at that width
        return QSize(120, max(96, self.label.heightForWidth(max(120, self.width() - 16)) + 12))


class PipelineDiagram(QWidget):
    """The stage cards and the arrows between them; `open_stage` says which card was clicked."""

    open_stage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="home.diagram")
        self.cards = {stage: StageCard(f"home.stage.{stage}") for stage in stages.NAMES}
        for stage, card in self.cards.items():
            card.setProperty("stage", stage)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(2)
        for i, (stage, card) in enumerate(self.cards.items()):
            card.clicked.connect(lambda _=False, s=stage: self.open_stage.emit(s))
            row, col = divmod(i, COLUMNS)
            grid.addWidget(card, row, 2 * col)
            grid.setColumnStretch(2 * col, 1)
            if i + 1 < len(self.cards):  # an arrow after every card but the last; "↵" where a row ends
                grid.addWidget(QLabel("→" if col + 1 < COLUMNS else "↵", objectName="home.arrow"), row, 2 * col + 1)

    def show_status(self, status: dict[str, StageStatus], running: str, high_contrast: bool) -> None:
        for i, (stage, card) in enumerate(self.cards.items()):
            state = "running" if stage == running else "done" if status[stage].done else "todo"
            card.setText(card_text(i + 1, status[stage], stage == running))
            palette.set_property(card, "state", state)  # the application style sheet has each stage's look
