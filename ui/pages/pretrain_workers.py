"""The Pretrain page's data-parallel pieces: the choice of workers and a card per worker.

With 2 workers the page runs `lab.ddp` instead of `lab.jobs.pretrain`: each worker is a
process with its own copy of the model that reads its own contiguous part of the
training tokens, and the workers average their gradients at every step, so the copies
stay one model. Each worker reports once which part it reads (`Artifact("ddp/worker")`)
and then, every step, its `rank{r}/step`, `rank{r}/loss` and `rank{r}/tokens`; a card
draws them. The choice and the cards' last state are kept in the workspace's
`state.json`, so both survive a restart.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from lab.events import Artifact, Metrics
from lab.workspace import Workspace
from ui import palette
from ui.context import AppContext

WORKER_CHOICES = (1, 2)
CHOICE_KEY = "pretrain_workers"
CARDS_KEY = "pretrain_worker_cards"
WORKER_KIND = "ddp/worker"
RANK_KEY = re.compile(r"rank(\d+)/(step|loss|tokens)$")
COLORS = palette.CYCLE[:4]
SAVED_NUMBERS = ("world_size", "shard_start", "shard_end", "shard_tokens", "batch_per_rank", "step", "loss", "tokens")


def worker_values(event: Metrics) -> dict[int, dict[str, float]]:
    """{rank: {"step", "loss", "tokens"}} from a worker's metrics; {} for the run's own metrics."""
    found: dict[int, dict[str, float]] = {}
    for key, value in event.values.items():
        match = RANK_KEY.match(key)
        if match:
            found.setdefault(int(match[1]), {})[match[2]] = value
    return found


def _emphasize(label: QLabel, color: str) -> None:
    """Bold text in `color`, set as font and palette (not a style sheet), so presentation fonts still apply."""
    font = QFont()
    font.setBold(True)  # only the weight: size and family still come from the app
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    label.setPalette(palette)


def _readable(row: object) -> bool:
    """A saved card whose numbers are numbers (state.json may be old or edited by hand)."""
    return isinstance(row, dict) and isinstance(row.get("rank"), int) and all(
        isinstance(row.get(key, 0), int | float) for key in SAVED_NUMBERS)


class WorkersChoice(QWidget):
    """"Workers: 1 or 2", and a line saying what 2 means; remembered in the workspace."""

    changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel()
        self.combo = QComboBox(objectName="pretrain.workers")
        for n in WORKER_CHOICES:
            self.combo.addItem(str(n), n)
        stored = ctx.workspace.read_state().get(CHOICE_KEY, 1)
        self.combo.setCurrentIndex(WORKER_CHOICES.index(stored) if stored in WORKER_CHOICES else 0)
        self.note = QLabel(objectName="pretrain.workers_note", wordWrap=True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.combo, 0, 1)
        grid.addWidget(self.note, 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.combo.currentIndexChanged.connect(self._on_changed)

    def value(self) -> int:
        return self.combo.currentData()

    def _on_changed(self) -> None:
        self.ctx.workspace.update_state(**{CHOICE_KEY: self.value()})
        self.changed.emit(self.value())

    def retranslate(self) -> None:
        self.label.setText(self.tr("Workers"))
        self.combo.setItemText(0, self.tr("1 (one process)"))
        self.combo.setItemText(1, self.tr("2 (data parallelism)"))
        self.note.setText(self.tr("With 2 workers, each one reads its own part of the corpus and they average "
                                  "their gradients at every step: together they train one model."))


class ShardBar(QWidget):
    """The whole training corpus as a grey bar, with the part one worker reads in its colour."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)
        self.span = (0.0, 0.0)  # fractions of the corpus: [start, end)
        self.setFixedHeight(12)

    def set_span(self, start: float, end: float) -> None:
        self.span = (start, end)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor(palette.WORKERS["background"]))
        start, end = self.span
        painter.fillRect(QRectF(rect.left() + start * rect.width(), rect.top(), (end - start) * rect.width(),
                                rect.height()), self.color)
        painter.setPen(QColor(palette.WORKERS["border"]))
        painter.drawRect(rect)
        painter.end()


class WorkerCard(QFrame):
    """One worker: its rank, the part of the corpus it reads, its step, last loss and tokens read."""

    def __init__(self, rank: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        color = COLORS[rank % len(COLORS)]
        self.setObjectName(f"pretrain.worker{rank}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title, self.step = QLabel(), QLabel()
        _emphasize(self.title, color)
        self.bar = ShardBar(color)
        self.span, self.share = QLabel(), QLabel()  # short pieces side by side: a card never needs to wrap
        self.loss, self.tokens = QLabel(), QLabel()
        grid = QGridLayout(self)
        grid.addWidget(self.bar, 1, 0, 1, 2)
        for row, left, right in ((0, self.title, self.step), (2, self.span, self.share), (3, self.loss, self.tokens)):
            grid.addWidget(left, row, 0)
            grid.addWidget(right, row, 1, Qt.AlignmentFlag.AlignRight)

    def show_worker(self, row: dict, corpus_tokens: int, total_steps: int) -> None:
        loc = QLocale()
        start, end = int(row.get("shard_start", 0)), int(row.get("shard_end", 0))
        corpus = max(corpus_tokens, end, 1)
        self.bar.set_span(start / corpus, end / corpus)
        self.bar.setToolTip(self.tr("The whole training corpus; in colour, the part this worker reads."))
        self.title.setText(self.tr("Worker {rank}").format(rank=row.get("rank", 0)))
        self.setToolTip(self.tr("{device} ({backend}) on {host}; {batch} sequences per step").format(
            device=str(row.get("device", "cpu")).upper(), backend=row.get("backend", ""), host=row.get("host", ""),
            batch=row.get("batch_per_rank", 0)))
        self.span.setText(self.tr("tokens {start}–{end}").format(start=loc.toString(start), end=loc.toString(end)))
        self.share.setText(self.tr("{share} of the corpus").format(
            share=loc.toString(100.0 * (end - start) / corpus, "f", 0) + "\u00a0%"))
        step = int(row.get("step", 0))
        self.step.setText(self.tr("step {step} of {total}").format(step=step, total=total_steps) if total_steps
                          else self.tr("step {step}").format(step=step))
        self.loss.setText(self.tr("last loss {loss}").format(
            loss=loc.toString(float(row["loss"]), "f", 3) if "loss" in row else "–"))
        self.tokens.setText(self.tr("{tokens} tokens read").format(tokens=loc.toString(int(row.get("tokens", 0)))))


class WorkersPanel(QGroupBox):
    """A card per data-parallel worker, filled from the run's events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pretrain.workers_panel")
        self.rows: dict[int, dict] = {}  # rank → its ddp/worker artifact and last step, loss, tokens
        self.total_steps = 0
        self.cards: dict[int, WorkerCard] = {}
        self.empty = QLabel(wordWrap=True)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.empty)

    def reset(self, total_steps: int = 0) -> None:
        """Forget the cards, for a new run of `total_steps` steps."""
        for card in self.cards.values():
            card.deleteLater()
        self.rows, self.cards, self.total_steps = {}, {}, total_steps
        self.refresh()

    def take(self, batch: list) -> None:
        """Update the cards from a batch of the run's events (the others are ignored)."""
        for event in batch:
            if isinstance(event, Artifact) and event.kind == WORKER_KIND:
                self.rows.setdefault(int(event.data["rank"]), {}).update(event.data)
            elif isinstance(event, Metrics):
                for rank, values in worker_values(event).items():
                    self.rows.setdefault(rank, {"rank": rank}).update(values)
        self.refresh()

    def corpus_tokens(self) -> int:
        """The training tokens the workers share: the last worker's part ends there."""
        if not self.rows:
            return 0
        world = max(int(r.get("world_size", 1)) for r in self.rows.values())
        last = self.rows.get(world - 1, {})
        return int(last.get("shard_end", world * max(int(r.get("shard_tokens", 0)) for r in self.rows.values())))

    def refresh(self) -> None:
        corpus = self.corpus_tokens()
        for rank in sorted(self.rows):
            if rank not in self.cards:
                self.cards[rank] = WorkerCard(rank)
                self.row.addWidget(self.cards[rank], 1)
            self.cards[rank].show_worker(self.rows[rank], corpus, self.total_steps)
        self.empty.setVisible(not self.rows)

    def save(self, ws: Workspace) -> None:
        ws.update_state(**{CARDS_KEY: {"total_steps": self.total_steps,
                                       "workers": [self.rows[r] for r in sorted(self.rows)]}})

    def load(self, ws: Workspace) -> None:
        """The cards of the last run on this workspace (an unreadable entry is skipped)."""
        saved = ws.read_state().get(CARDS_KEY)
        saved = saved if isinstance(saved, dict) else {}
        total, rows = saved.get("total_steps", 0), saved.get("workers", [])
        self.reset(total if isinstance(total, int) else 0)
        for row in rows if isinstance(rows, list) else []:
            if _readable(row):
                self.rows[row["rank"]] = row
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Workers"))
        self.empty.setText(self.tr("Once training starts, each worker's part of the corpus, its step and its "
                                   "loss appear here."))
        self.refresh()
