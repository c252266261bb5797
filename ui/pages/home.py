"""The Home page: the whole pipeline as a diagram, and "run everything".

Each stage is a card in course order with its status (not run, running, done, how long
it took and its headline number), read from the workspace through the window's stage
watch (`ui.state`), the same state the sidebar and the pages read; clicking a card
opens that stage's page. "Run everything" runs `lab.pipeline` through the job runner with the
chosen preset: finished stages are skipped, so it also resumes a stopped run.

"Start from a bundled stage" installs the classroom bundle (`lab.bundle`) up to the
chosen stage through the same runner, so a teacher starts anywhere with no training
first, and every page refreshes when it ends (pages listen to the runner). Work already
in the workspace is never lost: the page asks first, and the whole workspace folder is
moved to a dated folder beside it. Lessons that declare `checkpoint: STAGE` use the same
path (`open_lesson_checkpoint`, registered in the lesson dock's `START_HOOKS`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from lab import bundle, pipeline, stages
from lab.config import PRESET_NAMES
from lab.errors import LabError
from lab.events import Artifact, Done, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.lessons.dock import START_HOOKS
from ui.pages.base import Page
from ui.pages.home_diagram import PipelineDiagram
from ui.report_view import open_report
from ui.runner import RunHandle
from ui.state import stage_watch

PAGE_OF_STAGE = {s.name: s.page for s in stages.STAGES if s.page != s.name}  # the rest have a page of their name
FIRST_BUNDLED_CHOICE = "reward"  # where the alignment lessons (RLHF, Best-of-N, offline RL) begin


class HomePage(Page):
    key = "home"
    FACTS = ("pipeline.done", "pipeline.done_stages", "pipeline.running")
    open_page = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.handle: RunHandle | None = None
        self.running_stage = ""
        self.backup = ""  # where the last install moved earlier work
        self.report_dialog = None  # the report shown inside the app when no browser opened it
        self.intro = QLabel(wordWrap=True, objectName="home.intro")
        self.preset = QComboBox(objectName="home.preset")
        self.preset.addItems(PRESET_NAMES)
        self.preset.setCurrentText("classroom")
        self.preset_label = QLabel()
        self.run_button = QPushButton(objectName="home.run_all", clicked=self._on_run_all)
        self.report_button = QPushButton(objectName="home.open_report", clicked=self._on_open_report)
        self.progress = QProgressBar(objectName="home.progress")
        self.status = QLabel(objectName="home.status", wordWrap=True)
        self.diagram = PipelineDiagram()
        self.cards = self.diagram.cards
        self.watch = stage_watch(ctx)
        self.bundled = bundle.available()
        self.bundle_label = QLabel()
        self.bundle_stage = QComboBox(objectName="home.bundle_stage")
        self.bundle_stage.addItems(self.bundled)
        if FIRST_BUNDLED_CHOICE in self.bundled:
            self.bundle_stage.setCurrentIndex(self.bundled.index(FIRST_BUNDLED_CHOICE))
        self.start_here = QPushButton(objectName="home.start_from_stage", clicked=self._on_start_here)
        self.diagram.open_stage.connect(lambda s: self.open_page.emit(PAGE_OF_STAGE.get(s, s)))
        self._layout()
        ctx.runner.busy_changed.connect(self._update_buttons)
        self.watch.changed.connect(self._refresh)
        ctx.theme.changed.connect(self._refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def _layout(self) -> None:
        row = QHBoxLayout()
        for widget in (self.preset_label, self.preset, self.run_button, self.report_button):
            row.addWidget(widget)
        row.addStretch(1)
        bundle_row = QHBoxLayout()
        for widget in (self.bundle_label, self.bundle_stage, self.start_here):
            bundle_row.addWidget(widget)
        bundle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addLayout(bundle_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.diagram)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Build a language model from start to end: each card is one stage of the course, in order. "
            "Click a card to open its page, or run every stage at once with the chosen preset "
            "(tiny: about a minute; classroom: a few minutes)."))
        self.preset_label.setText(self.tr("Preset"))
        self.run_button.setText(self.tr("Run everything"))
        self.report_button.setText(self.tr("Open report"))
        self.bundle_label.setText(self.tr("Or start from a bundled stage"))
        for i, stage in enumerate(self.bundled):
            self.bundle_stage.setItemText(i, QCoreApplication.translate("stage", stages.LABELS[stage]))
        self.start_here.setText(self.tr("Start here"))
        self.start_here.setToolTip(self.tr(
            "Load the classroom models trained up to this stage (same preset and seed, shipped with the app), "
            "so you can start there without training first.") if self.bundled else self.tr(
            "No bundle was found. Build one with `make assets`."))
        self._refresh()

    def showEvent(self, event) -> None:
        self.watch.refresh()  # a stage finished outside any job (a file copied in) shows too
        super().showEvent(event)

    # --- state ---------------------------------------------------------------
    def _refresh(self) -> None:
        status = self.watch.status
        self.diagram.show_status(status, self.running_stage, self.ctx.theme.high_contrast)
        done = sum(s.done for s in status.values())
        self.ctx.facts.set("pipeline.done_stages", done)
        self.ctx.facts.set("pipeline.done", done == len(stages.NAMES))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        busy = self.ctx.runner.is_busy()
        self.run_button.setEnabled(not busy)
        self.preset.setEnabled(not busy)
        self.start_here.setEnabled(bool(self.bundled) and not busy)
        self.bundle_stage.setEnabled(bool(self.bundled) and not busy)
        self.report_button.setEnabled((self.ctx.workspace.root / "report.html").is_file())

    # --- running ---------------------------------------------------------------
    def _on_run_all(self) -> None:
        from lab.errors import LabError

        ws, name, lang = self.ctx.workspace, self.preset.currentText(), self._language()
        try:
            self.handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Whole pipeline"),
                                                lambda: pipeline.run(ws, name, lang=lang))
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
                self.watch.refresh()  # the stage that just ended shows done at once
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
        self.show_error(message, self.handle.details if self.handle is not None else "")

    def _on_finished(self, stopped: bool) -> None:
        self.running_stage = ""
        self.ctx.facts.set("pipeline.running", False)
        if stopped:
            self.status.setText(self.tr("Stopped. Run everything again to go on from here."))
        self.watch.refresh()
        self._refresh()

    # --- starting from a bundled stage ------------------------------------------------
    def _on_start_here(self) -> None:
        self.start_from_stage(self.bundled[self.bundle_stage.currentIndex()])

    def start_from_stage(self, stage: str) -> bool:
        """Install the bundle up to `stage`, asking first when the workspace holds work; True if it started."""
        ws, lang = self.ctx.workspace, self._language()
        if bundle.holds_work(ws) and not self.ask_to_set_aside(stage):
            return False
        try:
            self.handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Bundled stages"),
                                                lambda: bundle.install(ws, stage, lang=lang))
        except LabError as err:
            self.show_lab_error(err)
            return False
        self.backup = ""
        self.handle.events.connect(self._on_install_events)
        self.handle.failed.connect(self._on_failed)
        self.handle.finished.connect(lambda stopped: self._on_install_finished(stage, stopped))
        return True

    def ask_to_set_aside(self, stage: str) -> bool:
        """Ask before moving the workspace aside (tests replace this)."""
        root = self.ctx.workspace.root
        text = self.tr(
            "Your workspace already holds work. To start from the bundled stage “{stage}”, LLM Lab first moves "
            "the whole workspace folder to a new folder beside it, {name}-backup- followed by today’s date, in "
            "{parent}. Nothing is deleted: you can open it again from File → Recent workspaces."
            "\n\nStart from the bundled stage?").format(
            stage=QCoreApplication.translate("stage", stages.LABELS[stage]), name=root.name, parent=root.parent)
        answer = QMessageBox.question(self, self.tr("Start from a bundled stage"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_install_events(self, events: list) -> None:
        for event in events:
            if isinstance(event, Artifact) and event.kind == "bundle/backup":
                self.backup = event.data["path"]
                self._list_backup(self.backup)
            elif isinstance(event, Progress) and event.total:
                self.progress.setRange(0, event.total)
                self.progress.setValue(event.done)
                self.status.setText(QCoreApplication.translate("job", event.message))

    def _list_backup(self, path: str) -> None:
        """Put the folder with the earlier work under File → Recent workspaces."""
        workspaces = getattr(self.window(), "workspaces", None)
        if workspaces is not None:
            workspaces.remember_elsewhere(path)

    def _on_install_finished(self, stage: str, stopped: bool) -> None:
        if stage in stages.read_report(self.ctx.workspace)["stages"]:
            self.progress.setValue(self.progress.maximum())
            text = self.tr("Every stage up to “{stage}” is ready: open its page, or run everything to go on from "
                           "there.").format(stage=QCoreApplication.translate("stage", stages.LABELS[stage]))
        elif stopped:
            text = self.tr("Stopped. The stages unpacked so far are ready.")
        else:
            text = self.status.text()  # the reason it failed, shown by _on_failed
        if self.backup:
            text += " " + self.tr("Your earlier work is in {path}; open it again from File → Recent "
                                  "workspaces.").format(path=self.backup)
        self.status.setText(text)
        self.watch.refresh()
        self._refresh()

    def _on_open_report(self) -> None:
        self.report_dialog = open_report(self.ctx.workspace.root / "report.html", self, self.open_url)

    @staticmethod
    def open_url(url) -> bool:
        """The system's browser (tests replace it)."""
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(url)

    def _language(self) -> str:
        from PySide6.QtCore import QLocale

        return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def open_lesson_checkpoint(window: QMainWindow, stage: str) -> bool:
    """A lesson's `checkpoint: STAGE`: True when the workspace has it, or once the bundle starts installing it."""
    if window.ctx.workspace.has_checkpoint(stage):
        return True
    home = next((p for p in window.pages if isinstance(p, HomePage)), None)
    if home is None or stage not in home.bundled or window.ctx.runner.is_busy():
        return False  # the lesson shows a note saying what it expects
    return home.start_from_stage(stage)


START_HOOKS["checkpoint"] = open_lesson_checkpoint
