"""The Home page: the whole pipeline as a diagram, and "run everything".

Each stage is a card in course order with its status (not run, running, done and how
long it took), read from the workspace's `report.json`; clicking a card opens that
stage's page. "Run everything" runs `lab.pipeline` through the job runner with the
chosen preset: finished stages are skipped, so it also resumes a stopped run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lab import pipeline
from lab.config import PRESET_NAMES
from lab.events import Artifact, Done, Progress
from ui.context import AppContext
from ui.pages.base import Page
from ui.runner import RunHandle

PAGE_OF_STAGE = {"ppo": "rlhf", "grpo": "rlhf", "offline_rl": "compare"}
COLUMNS = 5
CARD_STYLE = {
    "todo": "background:#f4f4f4; border:1px solid #bbb; border-radius:8px; padding:10px; text-align:left;",
    "running": "background:#fff4d6; border:2px solid #f0a020; border-radius:8px; padding:10px; text-align:left;",
    "done": "background:#e3f4e1; border:1px solid #5aa55a; border-radius:8px; padding:10px; text-align:left;",
}


class HomePage(Page):
    key = "home"
    open_page = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.handle: RunHandle | None = None
        self.running_stage = ""
        self.intro = QLabel(wordWrap=True, objectName="home.intro")
        self.preset = QComboBox(objectName="home.preset")
        self.preset.addItems(PRESET_NAMES)
        self.preset.setCurrentText("classroom")
        self.preset_label = QLabel()
        self.run_button = QPushButton(objectName="home.run_all", clicked=self._on_run_all)
        self.report_button = QPushButton(objectName="home.open_report", clicked=self._on_open_report)
        self.progress = QProgressBar(objectName="home.progress")
        self.status = QLabel(objectName="home.status", wordWrap=True)
        self.cards = {stage: QPushButton(objectName=f"home.stage.{stage}") for stage in pipeline.STAGES}
        for stage, card in self.cards.items():
            card.setMinimumHeight(70)
            card.clicked.connect(lambda _=False, s=stage: self.open_page.emit(PAGE_OF_STAGE.get(s, s)))
        self._layout()
        ctx.runner.busy_changed.connect(self._update_buttons)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def _layout(self) -> None:
        row = QHBoxLayout()
        for widget in (self.preset_label, self.preset, self.run_button, self.report_button):
            row.addWidget(widget)
        row.addStretch(1)
        grid_box = QWidget(objectName="home.diagram")
        grid = QGridLayout(grid_box)
        for i, stage in enumerate(pipeline.STAGES):
            grid.addWidget(self.cards[stage], i // COLUMNS, i % COLUMNS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(grid_box)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Build a language model from start to end: each card is one stage of the course, in order. "
            "Click a card to open its page, or run every stage at once with the chosen preset "
            "(tiny: about a minute; classroom: a few minutes)."))
        self.preset_label.setText(self.tr("Preset"))
        self.run_button.setText(self.tr("Run everything"))
        self.report_button.setText(self.tr("Open report"))
        self._refresh()

    def showEvent(self, event) -> None:
        self._refresh()  # other pages may have finished stages meanwhile
        super().showEvent(event)

    # --- state ---------------------------------------------------------------
    def _refresh(self) -> None:
        report = pipeline.read_report(self.ctx.workspace)
        done = report["stages"]
        for i, (stage, card) in enumerate(self.cards.items()):
            label = QCoreApplication.translate("stage", pipeline.LABELS[stage])
            if stage == self.running_stage:
                state, text = "running", self.tr("running…")
            elif stage in done:
                state, text = "done", self.tr("done in {seconds:.0f} s").format(seconds=done[stage]["wall_s"])
            else:
                state, text = "todo", self.tr("not run yet")
            arrow = "→ " if i else ""
            card.setText(f"{arrow}{i + 1}. {label}\n{text}")
            card.setStyleSheet(CARD_STYLE[state])
        self.ctx.facts.set("pipeline.done_stages", len(done))
        self.ctx.facts.set("pipeline.done", len(done) == len(pipeline.STAGES))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        busy = self.ctx.runner.is_busy()
        self.run_button.setEnabled(not busy)
        self.preset.setEnabled(not busy)
        self.report_button.setEnabled((self.ctx.workspace.root / "report.html").is_file())

    # --- running ---------------------------------------------------------------
    def _on_run_all(self) -> None:
        from lab.errors import LabError

        ws, name, lang = self.ctx.workspace, self.preset.currentText(), self._language()
        try:
            self.handle = self.ctx.runner.start(self.tr("Whole pipeline"), lambda: pipeline.run(ws, name, lang=lang))
        except LabError as err:
            self.show_lab_error(err)
            return
        self.handle.events.connect(self._on_events)
        self.handle.failed.connect(self._on_failed)
        self.handle.finished.connect(self._on_finished)
        self.ctx.facts.set("pipeline.running", True)

    def _on_events(self, events: list) -> None:
        for event in events:
            if isinstance(event, Artifact) and event.kind == "pipeline/stage":
                self.running_stage = event.data["stage"] if event.data["status"] == "start" else ""
                self._refresh()
            elif isinstance(event, Progress) and event.total:
                self.progress.setRange(0, event.total)
                self.progress.setValue(event.done)
                if event.message:
                    self.status.setText(QCoreApplication.translate("job", event.message))
            elif isinstance(event, Done) and "total_wall_s" in event.summary:
                self.status.setText(self.tr("Every stage is done. The report is ready."))

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self.show_error(message)

    def _on_finished(self, stopped: bool) -> None:
        self.running_stage = ""
        self.ctx.facts.set("pipeline.running", False)
        if stopped:
            self.status.setText(self.tr("Stopped. Run everything again to go on from here."))
        self._refresh()

    def _on_open_report(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.workspace.root / "report.html")))

    def _language(self) -> str:
        from PySide6.QtCore import QLocale

        return "es" if QLocale().language() == QLocale.Language.Spanish else "en"
