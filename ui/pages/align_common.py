"""What the RLHF, DPO, Best-of-N and Compare pages share: run controls and method names.

`RunControls` is the Start / Start over / Stop row with its progress bar, status line
and error line. It starts a job through the app's runner, forwards the job's events,
and says in plain words when the job cannot start or fails (a missing reward model,
a run that diverged). Start resumes a stopped run; Start over begins again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from lab.errors import LabError
from lab.events import Job, Progress
from lab.stages import STAGES
from ui.context import AppContext
from ui.palette import set_role
from ui.runner import RunHandle
from ui.widgets.inline_error import field_named_in, show_problem


def method_names() -> dict[str, str]:
    """Each stage's name as the learner reads it: the registry's label, shorter where these pages say so."""
    return {**{row.name: QCoreApplication.translate("stage", row.label) for row in STAGES},
            "pretrain": QCoreApplication.translate("AlignPages", "Base model"),
            "sft": QCoreApplication.translate("AlignPages", "SFT"),
            "ppo": QCoreApplication.translate("AlignPages", "PPO"),
            "dpo": QCoreApplication.translate("AlignPages", "DPO"),
            "grpo": QCoreApplication.translate("AlignPages", "GRPO"),
            "offline_rl": QCoreApplication.translate("AlignPages", "Offline RL"),
            "bon": QCoreApplication.translate("AlignPages", "Best-of-N")}


def note_label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    set_role(label, "note")
    return label


class RunControls(QWidget):
    """Start / Start over / Stop, a progress bar, a status line and an error line, named `<prefix>.*`."""

    events = Signal(list)
    finished = Signal(bool)  # True when stopped before the end

    def __init__(self, ctx: AppContext, prefix: str, start_over: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.prefix = ctx, prefix
        self.handle: RunHandle | None = None
        self.start_button = QPushButton(objectName=f"{prefix}.start")
        self.start_over_button = QPushButton(objectName=f"{prefix}.start_over")
        self.start_over_button.setVisible(start_over)
        self.stop_button = QPushButton(objectName=f"{prefix}.stop", clicked=ctx.runner.stop)
        self.progress = QProgressBar(objectName=f"{prefix}.progress")
        self.status = note_label(f"{prefix}.status")
        self.problem = QLabel(objectName=f"{prefix}.problem", wordWrap=True)
        set_role(self.problem, "error")
        self.problem.hide()
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.start_over_button, 0, 1)
        buttons.addWidget(self.stop_button, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        for widget in (self.progress, self.status, self.problem):
            layout.addWidget(widget)
        ctx.runner.busy_changed.connect(lambda _name: self.update_enabled())
        self.can_start = True
        self.form_of: Callable[[], object] | None = None  # the page's settings form: errors go under its fields
        self.retranslate()
        self.update_enabled()

    def run(self, title: str, factory: Callable[[], Job]) -> bool:
        """Start `factory()` in the runner; False (with the reason shown) when it cannot start."""
        try:
            self.handle = self.ctx.runner.start(title, factory)
        except LabError as err:
            self.show_problem(err.message(QCoreApplication.translate))
            return False
        self.show_problem("")
        self.handle.events.connect(self._on_events)
        self.handle.failed.connect(self.show_problem)
        self.handle.finished.connect(self._on_finished)
        self.update_enabled()
        return True

    def running(self) -> bool:
        return self.handle is not None

    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Progress):
                self.progress.setMaximum(max(event.total, 1))
                self.progress.setValue(event.done)
                message = QCoreApplication.translate("job", event.message) if event.message else ""
                self.status.setText(self.tr("{message} · {done} of {total}").format(
                    message=message, done=event.done, total=event.total))
        self.events.emit(batch)

    def _on_finished(self, stopped: bool) -> None:
        self.handle = None
        self.update_enabled()
        if stopped:
            self.status.setText(self.tr("Stopped. What was learnt so far is saved: Start goes on from there."))
        self.finished.emit(stopped)

    def show_problem(self, message: str, near: QWidget | None = None) -> None:
        """Under `near` (the setting that caused it), or under the run buttons."""
        if near is None and message and self.form_of is not None:
            near = field_named_in(message, self.form_of())
        show_problem(self.problem, message, near)

    def set_can_start(self, can: bool) -> None:
        self.can_start = can
        self.update_enabled()

    def update_enabled(self) -> None:
        busy = self.ctx.runner.is_busy()
        self.start_button.setEnabled(self.can_start and not busy)
        self.start_over_button.setEnabled(self.can_start and not busy)
        self.stop_button.setEnabled(self.handle is not None)

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start, or go on with a run that was stopped."))
        self.start_over_button.setText(self.tr("Start over"))
        self.start_over_button.setToolTip(self.tr("Begin again from the SFT model, forgetting a stopped run."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop and save what was learnt so far."))
