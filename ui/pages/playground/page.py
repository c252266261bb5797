"""The Playground: write a prompt and watch the pretrained model choose the next token.

The sliders (temperature, top-k, top-p) redraw the next-token bars at once: the
model's probabilities, the tempered ones and the filtered ones the token is drawn
from. "Next token" draws one; clicking a bar picks that token instead; "Generate"
streams a whole continuation, a token per turn of the event loop. Side tabs show the
temperature effect and the attention of every layer and head over the current text.
All numbers come from `lab.playground` and `lab.sampling`; forward passes over one
short text take milliseconds, so they run here, on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab.errors import LabError
from lab.events import Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.playground import Session, entropy_by_temperature, next_token_view, sample_grid
from ui.context import AppContext
from ui.numbers import decimal
from ui.pages.base import Page
from ui.pages.playground.attention import AttentionTab
from ui.pages.playground.controls import SamplingControls
from ui.pages.playground.output import GeneratedText
from ui.pages.playground.session_loader import checkpoint_stamp, load_session
from ui.palette import set_role
from ui.widgets.prob_bars import Bar, ProbBars
from ui.widgets.temperature_panel import TemperaturePanel

TEMPERATURES = [0.0, 0.5, 1.0, 1.5, 2.0]
ENTROPY_GRID = [round(0.05 * i, 2) for i in range(1, 41)]  # 0.05 … 2.0
PANEL_TOKENS = 10


class PlaygroundPage(Page):
    key = "playground"
    FACTS = ("playground.temperature", "playground.top_k", "playground.top_p", "playground.steps",
             "playground.generations", "playground.entropy")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.session: Session | None = None
        self._stamp = None
        self._meta: dict = {}
        self._remaining = 0
        self._problem: LabError | str | None = None
        self._samples: dict[str, list[str]] = {}
        self._build_widgets()
        self._build_layout()
        self._connect()
        self.retranslate()
        self._load()
        self._on_sliders_changed()

    def _build_widgets(self) -> None:
        self.status = QLabel(objectName="playground.status", wordWrap=True)
        self.prompt = QPlainTextEdit(objectName="playground.prompt")
        self.prompt.setMaximumHeight(70)
        self.prompt_label = QLabel()
        self.controls = SamplingControls()
        self.step_button = QPushButton(objectName="playground.step")
        self.generate_button = QPushButton(objectName="playground.generate")
        self.undo_button = QPushButton(objectName="playground.undo")
        self.length = QSpinBox(objectName="playground.length", minimum=1, maximum=200, value=40)
        self.output = GeneratedText()
        self.bars = ProbBars()
        self.entropy_label = QLabel(objectName="playground.entropy", wordWrap=True)
        self.temperature_panel = TemperaturePanel(TEMPERATURES, self.ctx.theme)
        self.attention = AttentionTab()
        self.tabs = QTabWidget(objectName="playground.tabs")
        self._stream_timer = QTimer(self, interval=0)
        self._prompt_timer = QTimer(self, interval=250, singleShot=True)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.step_button, self.generate_button, self.length, self.undo_button):
            buttons.addWidget(widget)
        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addWidget(self.prompt_label)
        left.addWidget(self.prompt)
        left.addWidget(self.controls)
        left.addLayout(buttons)
        left.addWidget(self.output, 1)
        column = self.side_column(left, 400)
        bars_tab = QWidget()
        bars_layout = QVBoxLayout(bars_tab)
        bars_layout.addWidget(self.entropy_label)
        bars_layout.addWidget(self.bars, 1)
        self.tabs.addTab(bars_tab, "")
        self.tabs.addTab(self.temperature_panel, "")
        self.tabs.addTab(self.attention, "")
        row = QHBoxLayout(self)
        row.addWidget(column)
        row.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.controls.changed.connect(self._on_sliders_changed)
        self.prompt.textChanged.connect(self._prompt_timer.start)
        self._prompt_timer.timeout.connect(self._on_prompt_edited)
        self.step_button.clicked.connect(self._on_step)
        self.generate_button.clicked.connect(self._on_generate)
        self.undo_button.clicked.connect(self._on_undo)
        self.bars.token_clicked.connect(self._on_bar_clicked)
        self._stream_timer.timeout.connect(self._on_stream_tick)
        self.temperature_panel.draw_requested.connect(self._on_draw_samples)

    def title(self) -> str:
        return self.tr("Playground")

    # --- the model ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if checkpoint_stamp(self.ctx.workspace) != self._stamp:
            self._load()
        super().showEvent(event)

    def _load(self) -> None:
        """Load the workspace's pretrained model, or say how to get one."""
        self._stamp = checkpoint_stamp(self.ctx.workspace)
        self._problem = None
        try:
            self.session, self._meta = load_session(self.ctx.workspace)
        except LabError as err:
            self.session, self._meta = None, {}
            self._problem = err
        self._show_status()
        self._on_prompt_edited()

    def _show_status(self, problem: LabError | str | None = None) -> None:
        """The model's origin, or what went wrong (a LabError stays translatable)."""
        if problem is not None:
            self._problem = problem
        if isinstance(self._problem, LabError):
            text, error = self._problem.message(QCoreApplication.translate), True
        elif self._problem:
            text, error = self._problem, True
        elif self.session is not None:
            text, error = self.tr("Model from step {step} of pretraining ({params} parameters).").format(
                step=self._meta.get("step", "?"), params=QLocale().toString(self.session.model.num_params())), False
        else:
            text, error = self.tr("There is no pretrained model yet. Pretrain one on the Pretraining page "
                                  "first."), True
        self.status.setText(text)
        set_role(self.status, "error" if error else "")

    # --- handlers ---------------------------------------------------------------------------
    def _on_prompt_edited(self) -> None:
        self._stop_stream()
        if self.session is not None:
            self.session.set_prompt(self.prompt.toPlainText())
            self._problem = None
            self._show_status()
        self._on_context_changed()

    def _on_sliders_changed(self) -> None:
        c = self.controls
        facts = self.ctx.facts
        facts.set("playground.temperature", c.temperature())
        facts.set("playground.top_k", c.top_k() or 0)
        facts.set("playground.top_p", c.top_p() if c.top_p() is not None else 1.0)
        self._redraw_bars()
        self._redraw_temperature_panel()

    def _on_step(self) -> None:
        if self._add(lambda s: s.step(*self._sliders())):
            self.ctx.facts.add("playground.steps")

    def _on_bar_clicked(self, token: int) -> None:
        self._stop_stream()
        if self._add(lambda s: s.choose(token)):
            self.ctx.facts.add("playground.steps")

    def _on_undo(self) -> None:
        self._stop_stream()
        if self.session is not None:
            self.session.undo()
            self._on_context_changed()

    def _on_generate(self) -> None:
        if self._stream_timer.isActive():
            self._stop_stream()
            return
        if self.session is not None:  # a new sample from the prompt, not a continuation of the last one
            self.session.set_prompt(self.prompt.toPlainText())
        self._remaining = self.length.value()
        self._stream_timer.start()
        self._update_buttons()

    def _on_stream_tick(self) -> None:
        if self._remaining <= 0:
            self._stop_stream()
            self.ctx.facts.add("playground.generations")
            self._on_context_changed()
            return
        self._remaining -= 1
        if not self._add(lambda s: s.step(*self._sliders()), light=True):
            self._stop_stream()

    def _stop_stream(self) -> None:
        if self._stream_timer.isActive():
            self._stream_timer.stop()
            self._remaining = 0
            self._update_buttons()

    def is_generating(self) -> bool:
        return self._stream_timer.isActive()

    def _add(self, action, light: bool = False) -> bool:
        """Run `action(session)` (it adds a token), then redraw; `light` skips the side tabs. True if added."""
        if self.session is None:
            return False
        try:
            action(self.session)
        except LabError as err:
            self._stop_stream()
            self._show_status(err)
            return False
        self._on_context_changed(light)
        return True

    def _sliders(self) -> tuple[float, int | None, float | None]:
        return self.controls.temperature(), self.controls.top_k(), self.controls.top_p()

    # --- drawing ----------------------------------------------------------------------------
    def _on_context_changed(self, light: bool = False) -> None:
        s = self.session
        self.output.show_text(self.prompt.toPlainText(), s.added if s else [])
        self._redraw_bars()
        if not light:
            self._redraw_temperature_panel()
            self._redraw_attention()
        self._update_buttons()

    def _redraw_bars(self) -> None:
        view = self._view(*self._sliders())
        if view is None:
            self.bars.set_bars([], 0)
            self.entropy_label.clear()
            return
        bars = [Bar(i, self.session.token_text(i), r, t, f)
                for i, r, t, f in zip(view.ids, view.raw, view.tempered, view.filtered, strict=True)]
        self.bars.set_bars(bars, view.kept, self._cut_text(view.kept), view.cumulative, self.controls.top_p())
        if view.kept == 1:
            kept = self.tr("1 token can be drawn · entropy {h} bits (how unsure the choice is)")
        else:
            kept = self.tr("{kept} tokens can be drawn · entropy {h} bits (how unsure the choice is)")
        self.entropy_label.setText(kept.format(kept=view.kept, h=decimal(view.entropy)))
        self.ctx.facts.set("playground.entropy", round(view.entropy, 4))

    def _view(self, temperature, top_k, top_p, n: int = 20):
        if self.session is None or not self.session.prompt_ids:
            return None
        try:
            return self.session.view(temperature, top_k, top_p, n)
        except LabError as err:
            self._show_status(err)
            return None

    def _cut_text(self, kept: int) -> str:
        _, top_k, top_p = self._sliders()
        if top_k is not None and kept == top_k:
            return self.tr("top-k = {k}: the rest is cut").format(k=top_k)
        if top_p is not None:
            return self.tr("top-p = {p}: the rest is cut").format(p=decimal(top_p))
        return ""

    def _redraw_temperature_panel(self) -> None:
        _, top_k, top_p = self._sliders()
        if self.session is None or not self.session.prompt_ids:
            return
        logits = self.session.logits()
        views = [next_token_view(logits, t, top_k, top_p, PANEL_TOKENS) for t in TEMPERATURES]
        labels = [self.session.token_text(i) for i in views[0].ids]
        self.temperature_panel.set_distributions(views, labels)
        tempered, filtered = entropy_by_temperature(logits, ENTROPY_GRID, top_k, top_p)
        self.temperature_panel.set_entropy(ENTROPY_GRID, tempered, filtered, self.controls.temperature())

    def _redraw_attention(self) -> None:
        if self.session is None or not self.session.prompt_ids:
            self.attention.clear()
            return
        maps, mask, labels = self.session.attention()
        self.attention.set_maps(maps.numpy(), mask.numpy(), labels)

    def _update_buttons(self) -> None:
        ready = self.session is not None and bool(self.session.prompt_ids)
        streaming = self._stream_timer.isActive()
        self.step_button.setEnabled(ready and not streaming)
        self.undo_button.setEnabled(ready and not streaming and bool(self.session.added))
        self.generate_button.setEnabled(ready)
        self.generate_button.setText(self.tr("Stop") if streaming else self.tr("Generate"))
        self.temperature_panel.set_busy(not ready or self.ctx.runner.is_busy())

    # --- samples per temperature (a job: many generations) ------------------------------------
    def _on_draw_samples(self, n: int) -> None:
        s = self.session
        if s is None:
            return
        text = s.tokenizer.decode(s.ids)
        _, top_k, top_p = self._sliders()
        try:
            handle = self.ctx.runner.start(QT_TRANSLATE_NOOP("job", "Drawing samples"), lambda: sample_grid(
                s.model, s.tokenizer, text, TEMPERATURES, n, top_k=top_k, top_p=top_p))
        except LabError as err:
            self._show_status(err)
            return
        self._samples = {}
        handle.events.connect(self._on_sample_events)
        handle.failed.connect(self._show_status)
        handle.finished.connect(lambda _stopped: self._update_buttons())
        self._update_buttons()

    def _on_sample_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, Sample):
                self._samples.setdefault(event.tag, []).append(event.text)
        self.temperature_panel.set_samples(self._samples)

    def _set_default_prompt(self) -> None:
        """A first prompt in the learner's language, until they write their own."""
        current = self.prompt.toPlainText()
        if current and self.prompt.property("default") != current:
            return
        default = self.tr("The capital of France is")
        if default != current:
            self.prompt.setPlainText(default)
            self.prompt.setProperty("default", default)
            self._prompt_timer.stop()
            self._on_prompt_edited()

    # --- language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._set_default_prompt()
        self.prompt_label.setText(self.tr("Prompt"))
        self.step_button.setText(self.tr("Next token"))
        self.step_button.setToolTip(self.tr("Draw one token with the sliders' settings. Or click a bar to "
                                            "choose it yourself."))
        self.generate_button.setToolTip(self.tr("Continue the text token by token."))
        self.length.setToolTip(self.tr("How many tokens Generate adds."))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last token."))
        self.bars.set_texts(self.tr("model"), self.tr("after temperature"), self.tr("after top-k and top-p"),
                            self.tr("cumulative"), self.tr("Load a model and write a prompt to see the "
                                                           "next-token probabilities."))
        self.tabs.setTabText(0, self.tr("Next token"))
        self.tabs.setTabText(1, self.tr("Temperature"))
        self.tabs.setTabText(2, self.tr("Attention"))
        for widget in (self.controls, self.output, self.temperature_panel, self.attention):
            widget.retranslate()
        self._show_status()
        self._update_buttons()
        self._redraw_bars()
