"""One scaffold for the pages that run a job: run controls, the run's events, its history.

A job page (Corpus, Tokenizer, Pretrain, SFT, Reward, RLHF, DPO, Best-of-N, Scale) says
what is its own and inherits the rest from `JobPage`:

- `stage`, `job_name`: whose metric history it replays, and the job's name in the status bar;
- `CURVES`: which metric goes on which of its plots, in which colour (`make_plot` builds them);
- `METRIC_FACTS` and `FACTS`: the facts it publishes for lessons, declared, so the lesson
  validator reads them (`Page.declared_facts`) instead of searching the source;
- `run_job(factory)`: starts the job in the app's runner, or shows why it cannot start;
- `start_or_resume(form, job, go_on)` (or `will_resume` + `start_run`): the one rule for Start
  and Start over on a page whose job resumes: Start continues a stopped run and its curves
  stay; Start after a finished run, and Start over, begin afresh (`forget_run`); the first
  metrics of a resumed run redraw the plots from the history the job kept;
- `on_metrics`, `on_progress`, `on_sample`, `on_artifact`, `on_checkpoint`, `on_done`,
  `on_finished`: named handlers, called in the order the job yielded its events, and
  `on_result` with a run's final evaluation (`RESULT_KEY`), live or replayed;
- `replay_history()`: the saved metrics drawn again, so a reopened page or a resumed run
  continues the same curves;
- `update_state()`: the busy state, run again whenever the runner starts or ends a job;
  `make_banner(name, goto=(...))`: the "train X first" banner, shown while `can_start()` is False.

`RunControls` is the Start / Start over / Pause / Stop row with its progress bar, status
line and problem line, named `<prefix>.*`; a page that lays out its own buttons skips it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Job, Metrics, Progress, Sample
from ui.context import AppContext
from ui.pages.base import Page, problem_label
from ui.pages.posttrain_common import Banner
from ui.palette import set_role
from ui.runner import RunHandle
from ui.widgets.dual_axis_plot import DualAxisPlot
from ui.widgets.live_plot import LivePlot


@dataclass(frozen=True)
class Curve:
    """One metric on one of a page's plots: `plot` is the plot's name (`make_plot(plot)`)."""

    plot: str
    key: str
    colour: str
    dashed: bool = False
    points: bool = False  # measured now and then (validation): a dot per value
    spikes: bool = False  # values far above the rest are marked, not drawn to scale
    right: bool = False  # on a two-scale plot: the right-hand scale


def note_label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    set_role(label, "note")
    return label


class RunControls(QWidget):
    """Start, Start over, Pause and Stop (the middle two when asked for), a progress bar, a status
    line and a problem line, each named `<prefix>.*`. Pause and Stop act on the app's runner."""

    def __init__(self, ctx: AppContext, prefix: str, start_over: bool = True, pause: bool = False,
                 start_name: str = "start", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.start_button = QPushButton(objectName=f"{prefix}.{start_name}")
        self.start_over_button = QPushButton(objectName=f"{prefix}.start_over") if start_over else None
        self.pause_button = QPushButton(objectName=f"{prefix}.pause", clicked=ctx.runner.toggle_pause) \
            if pause else None
        self.stop_button = QPushButton(objectName=f"{prefix}.stop", clicked=ctx.runner.stop)
        self.progress = QProgressBar(objectName=f"{prefix}.progress")
        self.status = note_label(f"{prefix}.status")
        self.problem = problem_label(f"{prefix}.problem")
        buttons = [b for b in (self.start_button, self.start_over_button, self.pause_button, self.stop_button) if b]
        columns = 2 if len(buttons) == 4 else len(buttons)  # four buttons in two rows, else one row
        grid = QGridLayout()
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // columns, i % columns)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addLayout(grid)
        for widget in (self.progress, self.status, self.problem):
            self.rows.addWidget(widget)
        self.retranslate()

    def show_progress(self, event: Progress, in_steps: bool = False) -> None:
        self.progress.setMaximum(max(event.total, 1))
        self.progress.setValue(event.done)
        message = QCoreApplication.translate("job", event.message) if event.message else ""
        text = self.tr("{message} · step {done} of {total}") if in_steps else self.tr("{message} · {done} of {total}")
        self.status.setText(text.format(message=message, done=event.done, total=event.total))

    def show_stopped(self) -> None:
        self.status.setText(self.tr("Stopped. What was learnt so far is saved: Start goes on from there."))

    def set_state(self, can_start: bool, ours: bool) -> None:
        """Start only when no job runs and the page can start; Pause and Stop only for the page's own run."""
        busy = self.ctx.runner.is_busy()
        for button in (self.start_button, self.start_over_button):
            if button is not None:
                button.setEnabled(can_start and not busy)
        self.stop_button.setEnabled(ours)
        if self.pause_button is not None:
            self.pause_button.setEnabled(ours)
            self.pause_button.setText(self.tr("Resume") if ours and self.ctx.runner.is_paused()
                                      else self.tr("Pause"))

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start, or go on with a run that was stopped."))
        if self.start_over_button is not None:
            self.start_over_button.setText(self.tr("Start over"))
            self.start_over_button.setToolTip(self.tr("Begin again from the SFT model, forgetting a stopped run."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop and save what was learnt so far."))


class JobPage(Page):
    """A page that runs a job and draws what it reports; see the module docstring."""

    stage = ""  # whose metric history the page replays; the prefix of its `running`, `done`, `step` facts
    job_name = ""  # QT_TRANSLATE_NOOP("job", …): translated where it is shown
    CURVES: tuple[Curve, ...] = ()
    METRIC_FACTS: tuple[tuple[str, str], ...] = ()  # (metric key, fact): the latest value is published
    STEP_KEY = ""  # when set, `<stage>.step` is the step of the latest metrics that carry this key
    RUN_FACTS = ("running", "done", "step")  # published as `<stage>.running` and so on
    PROGRESS_IN_STEPS = False  # the status line says "step 3 of 40" rather than "3 of 40"
    RESULT_KEY = ""  # a metric only a run's final evaluation logs: its values go to `on_result`

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.handle: RunHandle | None = None  # the page's own run, while it runs
        self.controls: RunControls | None = None
        self.plots: dict[str, LivePlot | DualAxisPlot] = {}
        self._resuming = False  # the page's run was started to resume, and has drawn no metrics yet
        self._banner: Banner | None = None
        ctx.runner.busy_changed.connect(self.update_state)
        ctx.runner.paused_changed.connect(self.update_state)

    @classmethod
    def declared_facts(cls) -> tuple[str, ...]:
        run = tuple(f"{cls.stage}.{name}" for name in cls.RUN_FACTS) if cls.stage else ()
        return (*super().declared_facts(), *run, *(fact for _, fact in cls.METRIC_FACTS))

    def make_controls(self, start_over: bool = True, pause: bool = False, start_name: str = "start") -> RunControls:
        """The run controls, named `<key>.start` (or `<key>.<start_name>`), `<key>.stop`, …; the page
        connects Start (and Start over) to what it runs."""
        self.controls = RunControls(self.ctx, self.key, start_over, pause, start_name)
        self.problem = self.controls.problem
        return self.controls

    def make_banner(self, name: str, goto: tuple[str, ...] = (),
                    buttons: tuple[tuple[str, Callable[[], None]], ...] = ()) -> Banner:
        """The banner saying which model to train first, shown while `can_start()` is False: a
        "Go to …" button to each page in `goto` and the page's own `buttons`; the page writes its
        sentence (`banner.text`) and its own buttons' words."""
        self._banner = Banner(name, goto, buttons)
        return self._banner

    def make_plot(self, name: str, two_scales: bool = False) -> LivePlot | DualAxisPlot:
        """The plot `<key>.<name>` with the curves `CURVES` puts on it; legends are named in `retranslate`."""
        plot = DualAxisPlot(self.ctx.theme) if two_scales else LivePlot(self.ctx.theme)
        plot.setObjectName(f"{self.key}.{name}")
        for c in self.CURVES:
            if c.plot != name:
                continue
            if two_scales:
                plot.add_curve(c.key, "", c.colour, right=c.right)
            else:
                plot.add_curve(c.key, "", c.colour, dashed=c.dashed, points=c.points, spikes=c.spikes)
        self.plots[name] = plot
        return plot

    # --- running ------------------------------------------------------------------------
    def run_job(self, factory: Callable[[], Job], name: str = "", near: QWidget | None = None,
                pause_with: Callable[[bool], None] | None = None,
                events: Callable[[list], None] | None = None) -> RunHandle | None:
        """Start `factory()` in the runner; None, with the reason shown (next to `near`), when it cannot.

        Without `events` it is the page's own run: its events go to the named handlers and its
        `running` and `done` facts follow it. With `events`, a helper job (a short pretraining,
        a measurement) whose batches go there instead, and whose end the caller listens for.
        """
        try:
            handle = self.ctx.runner.start(name or self.job_name, factory, pause_with)
        except LabError as err:
            self.show_problem(err, near=near)
            return None
        self.show_problem("")
        handle.events.connect(events or self.take_events)
        handle.failed.connect(self.on_failed)
        if events is None:
            self.handle = handle
            handle.finished.connect(self._finished)
            self.set_fact("running", True)
            self.set_fact("done", False)
        self.update_state()
        return handle

    def start_with(self, form, job: Callable[[object], Job], fresh: bool = True) -> RunHandle | None:
        """Run `job(settings)` with `form`'s settings as the page's run, for a job that never resumes;
        `fresh`: the plots start empty. None, with the reason shown next to the form or Start."""
        cfg = self.settings_of(form)
        handle = None if cfg is None else self.run_job(lambda: job(cfg), near=self._start_button())
        if handle is not None and fresh:
            self.clear_plots()
        return handle

    # --- Start and Start over: one rule for every page whose job resumes ----------------------
    def will_resume(self, go_on: bool) -> bool:
        """The `resume` the job is given: Start (`go_on`) continues a stopped run
        (`continues_saved_run`); Start after a finished run, and Start over, begin afresh."""
        return go_on and self.continues_saved_run()

    def continues_saved_run(self) -> bool:
        """Whether the saved run of `saved_stage()` is one Start goes on with: stopped before its end."""
        from lab.align import checkpoint_meta

        meta = checkpoint_meta(self.ctx.workspace, self.saved_stage())
        return bool(meta) and not meta.get("finished", True)

    def saved_stage(self) -> str:
        """Where the page's run keeps its checkpoint and its metric history."""
        return self.stage

    def start_run(self, factory: Callable[[], Job], resume: bool, **run_args) -> RunHandle | None:
        """`run_job(factory, **run_args)` for a run that resumes (`resume`, from `will_resume`) or
        begins afresh: then the run on show is forgotten at once (`forget_run`). Either way the
        first metrics of the run redraw the plots from its history (`_follow_history`)."""
        handle = self.run_job(factory, **run_args)
        if handle is not None:
            self._resuming = resume
            if not resume:
                self.forget_run()
        return handle

    def start_or_resume(self, form, job: Callable[[object, bool], Job], go_on: bool) -> RunHandle | None:
        """Start (`go_on`) or Start over: `job(settings, resume)` with `form`'s settings; see `start_run`."""
        cfg = self.settings_of(form)
        if cfg is None:
            return None
        resume = self.will_resume(go_on)
        return self.start_run(lambda: job(cfg, resume), resume, near=self._start_button())

    def forget_run(self) -> None:
        """A run begins afresh: clear what the page shows of the last one (its curves; pages add theirs)."""
        self.clear_plots()

    def _follow_history(self, first_step: int) -> None:
        """On a resumed run's first metrics: the plots as its history holds them before `first_step`.

        The job decides whether it resumes (a stopped run with other settings, such as SFT's
        prompt mask, is trained afresh), so the plots follow what it left, not the page's guess."""
        earlier = [e for e in self.ctx.workspace.read_metrics(self.saved_stage()) if e.step < first_step]
        if not earlier:
            self.forget_run()
            return
        self.clear_plots()
        self.draw(earlier)

    def _start_button(self) -> QWidget | None:
        return self.controls.start_button if self.controls is not None else None

    def settings_of(self, form) -> object | None:
        """`form`'s settings, or None with the reason shown just below the form."""
        try:
            return form.value()
        except LabError as err:
            self.show_problem(err, near=form)
            return None

    def set_fact(self, name: str, value: object) -> None:
        """The fact `<stage>.<name>`; of the run's own facts, only those in `RUN_FACTS`."""
        if name in ("running", "done", "step") and name not in self.RUN_FACTS:
            return
        self.ctx.facts.set(f"{self.stage}.{name}", value)

    def take_events(self, batch: list) -> None:
        """A batch of the job's events, each to its handler: metrics first, together, then the rest in order."""
        metrics = [e for e in batch if isinstance(e, Metrics)]
        if metrics and self._resuming:
            self._resuming = False
            self._follow_history(metrics[0].step)
        if metrics:
            self.on_metrics(metrics)
        for event in batch:
            if isinstance(event, Progress):
                self.on_progress(event)
            elif isinstance(event, Sample):
                self.on_sample(event)
            elif isinstance(event, Artifact):
                self.on_artifact(event)
            elif isinstance(event, Checkpoint):
                self.on_checkpoint(event)
            elif isinstance(event, Done):
                self.on_done(event)

    def _finished(self, stopped: bool) -> None:
        self.handle, self._resuming = None, False
        self.set_fact("running", False)
        self.on_finished(stopped)
        self.update_state()

    # --- the named handlers: a page overrides the ones it needs --------------------------
    def on_metrics(self, events: list[Metrics]) -> None:
        """Draw the declared curves and publish the declared facts."""
        self.draw(events)
        self.publish(events)

    def draw(self, events: list[Metrics]) -> None:
        for event in events:
            for c in self.CURVES:
                if c.key in event.values:
                    self.plots[c.plot].append(c.key, event.step, event.values[c.key])

    def publish(self, events: list[Metrics]) -> None:
        steps = [e.step for e in events if not self.STEP_KEY or self.STEP_KEY in e.values]
        if steps:
            self.set_fact("step", steps[-1])
        for key, fact in self.METRIC_FACTS:
            values = [e.values[key] for e in events if key in e.values]
            if values:
                self.ctx.facts.set(fact, values[-1])

    def on_progress(self, event: Progress) -> None:
        if self.controls is not None:
            self.controls.show_progress(event, self.PROGRESS_IN_STEPS)

    def on_sample(self, event: Sample) -> None:
        pass

    def on_artifact(self, event: Artifact) -> None:
        pass

    def on_checkpoint(self, event: Checkpoint) -> None:
        pass

    def on_done(self, event: Done) -> None:
        if not event.stopped:
            self.set_fact("done", True)
            if self.RESULT_KEY in event.summary:
                self.on_result(event.summary)

    def on_result(self, values: dict) -> None:
        """The final evaluation of a run (its `Done` summary, or the last saved one): show it."""

    def on_failed(self, message: str) -> None:
        self.show_problem(message)

    def on_finished(self, stopped: bool) -> None:
        """After the page's own run ended; a stopped run that can go on says so."""
        if stopped and self.controls is not None and self.controls.start_over_button is not None:
            self.controls.show_stopped()

    # --- history and state ---------------------------------------------------------------
    def clear_plots(self) -> None:
        for plot in self.plots.values():
            plot.clear()

    def replay_history(self) -> list[Metrics]:
        """Clear the plots and draw the stage's saved metrics again; returns them."""
        self.clear_plots()
        history = self.ctx.workspace.read_metrics(self.stage)
        if history:
            self.on_metrics(history)
        self.replay_result(history)
        return history

    def replay_result(self, history: list[Metrics]) -> None:
        """The last final evaluation in `history`, if the page shows one."""
        finals = [e.values for e in history if self.RESULT_KEY and self.RESULT_KEY in e.values]
        if finals:
            self.on_result(finals[-1])

    def can_start(self) -> bool:
        """Whether Start may be pressed when no job runs (the stage it starts from exists)."""
        return True

    def update_state(self, *_) -> None:
        """The busy state: what may be pressed now. Pages add theirs and call this."""
        if self.controls is not None:
            self.controls.set_state(self.can_start(), self.handle is not None)
        if self._banner is not None:
            self._banner.setVisible(not self.can_start())
