"""Pieces of the Pretrain page: the sample timeline and the "prepare the data" banner."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from lab.errors import LabError
from lab.events import Job, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.workspace import Workspace
from ui import palette
from ui.context import AppContext
from ui.pages.workspace_info import saved_meta
from ui.palette import set_role

MAX_SAMPLES = 300
STATE_KEY = "pretrain_samples"  # where older versions kept the timeline, in state.json


def format_eta(seconds: float | None) -> str:
    """12345 s → "3:25:45", 75 s → "1:15"; "" when unknown."""
    if seconds is None or seconds != seconds or seconds < 0:
        return ""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def when_set(ready: threading.Event, make_job: Callable[[], Job], timeout_s: float = 2.0) -> Job:
    """`make_job()`'s events, once `ready` is set (or after `timeout_s`).

    A job's first second (reading and tokenizing the corpus, building the model) is
    busy Python code in the worker thread. Run at the same time as the window relayouts
    for the new run, the two threads would take turns on Python's lock and the window
    would freeze for seconds; the page sets `ready` when it has redrawn.
    """
    ready.wait(timeout_s)
    yield from make_job()


class SampleTimeline(QListWidget):
    """The model's text samples, step by step, newest on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pretrain.samples")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self._samples: list[Sample] = []
        self._waiting = False  # for the runner, to let the saved model write samples

    def add(self, sample: Sample) -> None:
        self._samples.append(sample)
        self.insertItem(0, self._item(sample))
        if self.count() > MAX_SAMPLES:
            self.takeItem(self.count() - 1)
            self._samples.pop(0)

    def samples(self) -> list[Sample]:
        return list(self._samples)

    def clear(self) -> None:
        super().clear()
        self._samples = []

    def load(self, ws: Workspace) -> None:
        """The samples the last run wrote into the workspace (`lab.samples_log`), whoever ran it.

        Workspaces from before that log kept the page's own copy in state.json: read that instead.
        """
        from lab import samples_log

        self.clear()
        for sample in samples_log.read(ws, "pretrain") or self._from_state(ws):
            self.add(sample)

    def fill_from_saved_model(self, ctx: AppContext) -> None:
        """An older bundle has the finished model but no samples: let it write them, in the background
        while the page shows, once nothing else runs (`lab.jobs.saved_samples`)."""
        from lab.jobs import saved_samples

        ws = ctx.workspace
        if self._samples or not self.isVisible() or not saved_meta(ws).get("finished"):
            return
        if ctx.runner.is_busy():
            if not self._waiting:
                self._waiting, self._ctx = True, ctx
                ctx.runner.busy_changed.connect(self._on_runner_busy)  # a bound slot: dropped with the list
            return
        try:
            handle = ctx.runner.start(QT_TRANSLATE_NOOP("job", "Writing samples with the saved model"),
                                      lambda: saved_samples.from_saved_model(ws))
        except LabError:
            return  # another job started first: the samples wait for the next visit
        handle.events.connect(self._on_sample_events)

    def _on_sample_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Sample):
                self.add(event)

    def _on_runner_busy(self, name: str) -> None:
        if not name and self._waiting:
            self._waiting = False
            self._ctx.runner.busy_changed.disconnect(self._on_runner_busy)
            QTimer.singleShot(0, self, lambda: self.fill_from_saved_model(self._ctx))

    @staticmethod
    def _from_state(ws: Workspace) -> list[Sample]:
        samples = []
        for row in ws.read_state().get(STATE_KEY, []):
            try:
                samples.append(Sample(int(row["step"]), str(row["prompt"]), str(row["text"]), str(row.get("tag", ""))))
            except (KeyError, TypeError, ValueError):
                continue
        return samples

    def _item(self, sample: Sample) -> QListWidgetItem:
        text = sample.text.replace("\n", " ⏎ ")
        line = QCoreApplication.translate("SampleTimeline", "step {step} · {prompt} ▸ {text}").format(
            step=sample.step, prompt=sample.prompt, text=text)
        item = QListWidgetItem(line)
        item.setToolTip(f"{sample.prompt}{sample.text}")
        return item

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._samples:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(palette.WORKERS["divider"]))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.tr(
                                 "While the model trains, it writes a continuation of two prompts every few steps. "
                                 "They appear here, newest on top."))
            painter.end()

    def retranslate(self) -> None:
        super().clear()
        for sample in self._samples:
            self.insertItem(0, self._item(sample))


class PrepareBanner(QFrame):
    """Says what pretraining still lacks and offers to make it with the classroom settings."""

    prepared = Signal()
    preset_name = "classroom"  # the settings of the world and tokenizer it makes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._failure = ""
        self.setObjectName("pretrain.missing")
        set_role(self, "banner")
        self.text = QLabel(wordWrap=True)
        self.button = QPushButton(objectName="pretrain.prepare", clicked=self._on_prepare)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.retranslate()

    def missing(self) -> list[str]:
        """What the workspace lacks for pretraining: "corpus", "tokenizer"."""
        ws = self.ctx.workspace
        return [name for name, path in (("corpus", ws.clean_text_path), ("tokenizer", ws.tokenizer_path))
                if not path.exists()]

    def refresh(self) -> None:
        self.setVisible(bool(self.missing()))
        self.button.setEnabled(not self.ctx.runner.is_busy())

    def _on_prepare(self) -> None:
        from lab.jobs.prepare import run as prepare

        self._failure = ""
        self.text.setStyleSheet("")
        ws, name = self.ctx.workspace, self.preset_name
        try:
            handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Preparing the data"), lambda: prepare(ws, name))
        except LabError as err:
            self.text.setText(err.message(QCoreApplication.translate))
            return
        handle.events.connect(self._on_events)
        handle.finished.connect(self._on_finished)
        handle.failed.connect(self._on_failed)
        self.text.setText(self.tr("Generating the world, cleaning it and training the tokenizer…"))

    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Progress) and event.message:
                self.text.setText(self.tr("{step}… ({done} of {total})").format(
                    step=QCoreApplication.translate("job", event.message), done=event.done, total=event.total))

    def _on_failed(self, message: str) -> None:
        self._failure = message

    def _on_finished(self, stopped: bool) -> None:
        self.retranslate()
        self.refresh()
        self.prepared.emit()

    def retranslate(self) -> None:
        if self._failure:
            self.text.setText(self._failure)
            set_role(self.text, "error")
        else:
            self.text.setText(self.tr(
                "Pretraining needs a cleaned corpus and a tokenizer. Make them on the Corpus and Tokenizer pages, "
                "or let the lab make them now with the classroom settings."))
        self.button.setText(self.tr("Prepare them for me"))
