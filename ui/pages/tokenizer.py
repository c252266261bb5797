"""The Tokenizer page: train byte-level BPE on the clean corpus and watch what it learned.

The learner picks a vocabulary size and trains (a job: `lab.jobs.tokenize`). The page
then shows the first merges in order; the learner's own text as token chips (click one
for its id, bytes and how often it occurs in the corpus); how that text is cut as the
vocabulary grows; its length in characters, bytes and BPE tokens; and the language
price: after training, a second job trains small tokenizers on different mixes of
Spanish and English and measures what each language pays in tokens for the same facts.
A tokenizer already in the workspace is loaded on start, with its saved report; one
made elsewhere (Run everything, a lesson, a bundle) is loaded when its job ends, and
what it lacks (its report, the language price) is measured in the background when the
page is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lab.config import TokenizerConfig, preset, with_values
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.pages import tokenizer_data as store
from ui.pages.corpus_data import stored_config
from ui.pages.job_page import JobPage
from ui.palette import series, set_role
from ui.state import stage_watch
from ui.widgets.config_form import ConfigForm
from ui.widgets.live_plot import LivePlot
from ui.widgets.stats_chart import CountChart
from ui.widgets.token_chips import GrowthRows, Token, TokenChips, visible

LEFT_WIDTH = 330
LENGTHS_WIDTH = 300
TEXT_DELAY_MS = 150
JOB_NAMES = {"train": QT_TRANSLATE_NOOP("job", "Training the tokenizer"),
             "price": QT_TRANSLATE_NOOP("job", "Measuring the language price"),
             "measure": QT_TRANSLATE_NOOP("job", "Measuring the tokenizer")}


class TokenizerPage(JobPage):
    key = stage = "tokenizer"
    RUN_FACTS = ()
    FACTS = ("tokenizer.trained", "tokenizer.vocab_size", "tokenizer.text_tokens", "tokenizer.chars_per_token")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._tok = None
        self._report: dict[str, dict] = {}
        self._job, self._failed, self._saved, self._artifacts = "", False, False, {}
        self._ids: list[int] = []
        self._detail_id: int | None = None
        self._cfg: TokenizerConfig | None = None
        self._missing_pending = False  # a measurement waits for the page to show and the runner to be free
        self._loaded_stamp = None  # which tokenizer file the page shows
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_DELAY_MS, timeout=self._on_text_settled)
        self._build()
        self.problem = self.banner
        ctx.runner.busy_changed.connect(self._on_busy_changed)
        stage_watch(ctx).changed.connect(self._on_stages_changed)
        self._restore()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Tokenizer")

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        row = QHBoxLayout(self)
        row.addWidget(self._build_training())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._build_text())
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self._build_growth())
        bottom.addWidget(self._build_price())
        bottom.setSizes([480, 320])
        split.addWidget(bottom)
        split.setSizes([380, 360])
        row.addWidget(split, 1)
        self.ctx.theme.changed.connect(self._on_theme_changed)
        self._on_theme_changed()

    def _build_training(self) -> QWidget:
        self.train_box = QGroupBox(objectName="tokenizer.training")
        self.vocab_label = QLabel(objectName="tokenizer.vocab_label")
        self.vocab_slider = QSlider(Qt.Orientation.Horizontal, objectName="tokenizer.vocab_slider")
        self.vocab_slider.setRange(0, len(store.VOCAB_SIZES) - 1)
        self.vocab_slider.setPageStep(1)
        self.vocab_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.vocab_slider.valueChanged.connect(self._on_vocab_changed)
        self.form = ConfigForm(TokenizerConfig, "classroom", hidden=("vocab_size",))
        self.form.layout().setRowVisible(0, False)  # the slider stands for the presets
        self.train_button = QPushButton(objectName="tokenizer.train", clicked=self._on_train)
        self.progress = QProgressBar(objectName="tokenizer.progress", maximum=1000)
        self.progress.hide()
        self.banner = QLabel(objectName="tokenizer.banner", wordWrap=True)
        set_role(self.banner, "alert")
        self.banner.hide()
        self.summary = QLabel(objectName="tokenizer.summary", wordWrap=True)
        box = QVBoxLayout(self.train_box)
        for widget in (self.vocab_label, self.vocab_slider, self.form, self.train_button, self.progress,
                       self.banner, self.summary):
            box.addWidget(widget)
        self.merges_box = QGroupBox(objectName="tokenizer.merges_box")
        self.merges = QListWidget(objectName="tokenizer.merges", wordWrap=True)
        self.merges.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long merges wrap
        QVBoxLayout(self.merges_box).addWidget(self.merges)
        column = QWidget()
        self._left = column
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.train_box)
        layout.addWidget(self.merges_box, 1)
        return column

    def _build_text(self) -> QWidget:
        self.text_box = QGroupBox(objectName="tokenizer.text_box")
        self.text = QPlainTextEdit(objectName="tokenizer.text")
        self.text.setFixedHeight(64)
        from lab.tokenizer import SAMPLE_SENTENCE

        self.text.setPlainText(SAMPLE_SENTENCE)
        self.text.textChanged.connect(self._text_timer.start)
        self.chips = TokenChips()
        self.chips.setObjectName("tokenizer.chips")
        self.chips.chip_clicked.connect(self._on_chip_clicked)
        chips_scroll = QScrollArea(widgetResizable=True)
        chips_scroll.setWidget(self.chips)
        self.detail = QLabel(objectName="tokenizer.detail", wordWrap=True,
                             textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lengths = CountChart(self.ctx.theme, color=series("lengths"))
        self.lengths.setObjectName("tokenizer.lengths")
        middle = QHBoxLayout()
        middle.addWidget(chips_scroll, 1)
        middle.addWidget(self.lengths)
        box = QVBoxLayout(self.text_box)
        box.addWidget(self.text)
        box.addLayout(middle, 1)
        box.addWidget(self.detail)
        return self.text_box

    def _build_growth(self) -> QWidget:
        self.growth_box = QGroupBox(objectName="tokenizer.growth_box")
        self.growth = GrowthRows()
        self.growth.setObjectName("tokenizer.growth")
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.growth)
        QVBoxLayout(self.growth_box).addWidget(scroll)
        return self.growth_box

    def _build_price(self) -> QWidget:
        self.price_box = QGroupBox(objectName="tokenizer.price_box")
        self.price = LivePlot(self.ctx.theme)
        self.price.setObjectName("tokenizer.price")
        self.price.add_curve("es", "", series("spanish"))
        self.price.add_curve("en", "", series("english"))
        self.price_note = QLabel(objectName="tokenizer.price_note", wordWrap=True)
        box = QVBoxLayout(self.price_box)
        box.addWidget(self.price, 1)
        box.addWidget(self.price_note)
        return self.price_box

    # --- what the workspace already holds --------------------------------------------
    def _restore(self) -> None:
        ws = self.ctx.workspace
        cfg = stored_config(ws.read_state(), "tokenizer", TokenizerConfig, preset(TokenizerConfig, "classroom"))
        self.form.set_value(cfg)
        self.vocab_slider.setValue(store.nearest_size_index(cfg.vocab_size))
        try:
            self._tok = store.load_tokenizer(ws)
        except LabError as err:
            self.show_problem(err)
        self._report = store.load_report(ws) if self._tok is not None else {}
        self._loaded_stamp = store.tokenizer_stamp(ws)
        self._show_all()
        self._missing_pending = bool(self._missing_job())
        if self._missing_pending and self.isVisible():
            QTimer.singleShot(0, self, self._on_measure_later)

    def _missing_job(self) -> str:
        """What a tokenizer made outside this page (pipeline, lesson, bundle) still lacks: "measure",
        "price" or ""."""
        if self._tok is None:
            return ""
        if "token_frequencies" not in self._report:
            return "measure"
        return "price" if "price_by_mix" not in self._report else ""

    def _on_measure_later(self) -> None:
        """Measure what is missing in the background while the page shows, once nothing else runs."""
        job = self._missing_job()
        self._missing_pending = bool(job) and (self.ctx.runner.is_busy() or not self.isVisible())
        if not job or self._missing_pending:
            return
        ws = self.ctx.workspace
        if job == "measure":
            self._start("measure", lambda: store.measure_job(ws))
        else:
            world, vocab = store.world_config(ws), self._tok.vocab_size
            self._start("price", lambda: store.price_job(world, vocab))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._missing_pending:  # measured when the learner looks, not while another page works
            QTimer.singleShot(0, self, self._on_measure_later)

    def _on_stages_changed(self) -> None:
        """A tokenizer trained elsewhere (Run everything, a lesson, a bundle) shows here at once."""
        if not self._job and store.tokenizer_stamp(self.ctx.workspace) != self._loaded_stamp:
            self._restore()

    # --- handlers ----------------------------------------------------------------------
    def _on_vocab_changed(self, index: int) -> None:
        self.vocab_label.setText(self.tr("Vocabulary size: {n} tokens").format(n=store.VOCAB_SIZES[index]))

    def config(self) -> TokenizerConfig:
        return with_values(self.form.value(), vocab_size=store.VOCAB_SIZES[self.vocab_slider.value()])

    def _on_train(self) -> None:
        try:
            cfg = self.config()
        except LabError as err:
            return self.show_problem(err, near=self.form)
        ws = self.ctx.workspace
        self._cfg = cfg
        self._start("train", lambda: store.train_job(ws, cfg))

    def _on_text_settled(self) -> None:
        self._show_text()

    def _on_chip_clicked(self, position: int) -> None:
        self._detail_id = self._ids[position]
        self._show_detail()

    def _on_theme_changed(self) -> None:
        grow = 1 + (self.ctx.theme.scale - 1) / 2  # bigger text, but room left for the charts
        self._left.setMaximumWidth(int(LEFT_WIDTH * grow))
        self._left.setMinimumWidth(int(LEFT_WIDTH * grow * 0.75))  # a small screen narrows it a little
        self.lengths.setMaximumWidth(int(LENGTHS_WIDTH * grow))

    def update_state(self, *_) -> None:
        self.train_button.setEnabled(not self.ctx.runner.is_busy())

    def _on_busy_changed(self, name: str) -> None:
        if not name and self._missing_pending and self.isVisible():
            QTimer.singleShot(0, self, self._on_measure_later)

    # --- running a job -------------------------------------------------------------------
    def _start(self, job: str, factory) -> None:
        if self.run_job(factory, name=JOB_NAMES[job], near=self.train_button) is None:
            return
        self._job, self._failed, self._saved, self._artifacts = job, False, False, {}
        self.progress.setValue(0)
        self.progress.show()

    def on_progress(self, event: Progress) -> None:
        self.progress.setValue(int(1000 * event.fraction))
        message = QCoreApplication.translate("job", event.message) if event.message else ""
        self.progress.setFormat(f"{message} %p%".strip())

    def on_artifact(self, event: Artifact) -> None:
        self._artifacts[event.kind] = dict(event.data)

    def on_checkpoint(self, event: Checkpoint) -> None:
        self._saved = True

    def on_failed(self, message: str) -> None:
        self._failed = True
        self.show_problem(message)

    def on_finished(self, stopped: bool) -> None:
        job, self._job = self._job, ""
        self.progress.hide()
        if job == "train" and self._saved:
            self._on_trained(chain=not stopped)  # saved, even if a Stop came during the report
        elif self._failed or stopped or job == "train":
            return  # nothing was saved: the old tokenizer stays
        else:
            self._report.update(self._artifacts)
            store.save_report(self.ctx.workspace, self._report)
            self._show_all()
            if job == "measure" and self._missing_job():
                QTimer.singleShot(0, self, self._on_measure_later)  # then the language price

    def _on_trained(self, chain: bool) -> None:
        ws = self.ctx.workspace
        ws.update_state(tokenizer={"vocab_size": self._cfg.vocab_size, "min_frequency": self._cfg.min_frequency})
        try:
            self._tok = store.load_tokenizer(ws)
        except LabError as err:
            return self.show_problem(err)
        self._report = dict(self._artifacts)
        store.save_report(ws, self._report)
        self._detail_id = None
        self._show_all()
        if chain:
            world, vocab = store.world_config(ws), self._tok.vocab_size
            self._start("price", lambda: store.price_job(world, vocab))

    # --- drawing -------------------------------------------------------------------------
    def _show_all(self) -> None:
        self._show_summary()
        self._show_merges()
        self._show_price()
        self._show_text()

    def _show_summary(self) -> None:
        tok, loc = self._tok, QLocale()
        if tok is None:
            self.summary.setText(self.tr("No tokenizer yet. Clean the corpus, then train one."))
            return
        text = self.tr("Trained: {n} tokens ({merges} merges).").format(
            n=loc.toString(tok.vocab_size), merges=loc.toString(len(tok.merges)))
        asked = (self.ctx.workspace.read_state().get("tokenizer") or {}).get("vocab_size", 0)
        if asked > tok.vocab_size:
            text += " " + self.tr("You asked for {asked}: the corpus had no more pairs frequent enough.").format(
                asked=loc.toString(asked))
        lengths = self._report.get("lengths")
        if lengths:
            text += " " + self.tr("On the corpus: {cpt} characters per token.").format(
                cpt=loc.toString(float(lengths.get("chars_per_token", 0)), "f", 2))
        self.summary.setText(text)

    def _show_merges(self) -> None:
        self.merges.clear()
        rows = (self._report.get("merges") or {}).get("merges", [])
        if not rows and self._tok is not None:
            from lab.jobs.tokenize import merges_data

            rows = merges_data(self._tok)["merges"]
        for row in rows:
            self.merges.addItem(self.tr("{rank}. {left} + {right} → {token}  (id {id})").format(
                rank=row["rank"] + 1, left=visible(row["left"]), right=visible(row["right"]),
                token=visible(row["token"]), id=row["id"]))

    def _show_text(self) -> None:
        text = self.text.toPlainText()
        tok = self._tok
        self._ids = tok.encode(text) if tok is not None else []
        self.chips.set_tokens([Token(i, tok.token_str(i)) for i in self._ids] if tok is not None else [])
        self.lengths.set_values([(self.tr("Characters"), len(text)), (self.tr("Bytes"), len(text.encode("utf-8"))),
                                 (self.tr("BPE tokens"), len(self._ids))] if tok is not None else [])
        rows = store.growth_rows(tok, text) if tok is not None else []
        self.growth.set_rows([(r["vocab_size"], [Token(i, s) for i, s in zip(r["ids"], r["tokens"], strict=True)])
                              for r in rows], self.tr("{n} tokens"))
        self._show_detail()
        self._publish(text)

    def _show_detail(self) -> None:
        if self._tok is None:
            self.detail.setText(self.tr("Train the tokenizer to see your text as tokens."))
            return
        if self._detail_id is None or self._detail_id >= self._tok.vocab_size:
            self.detail.setText(self.tr("Click a token to see its id, its bytes and how often it occurs."))
            return
        info = store.token_details(self._tok, self._detail_id, self._report.get("token_frequencies") or {})
        text = self.tr("Token {id} “{text}” · bytes {hex}").format(
            id=info["id"], text=visible(info["text"]), hex=info["hex"])
        if info["count"]:
            text += " · " + self.tr("used {count} times as a token in a sample of the corpus").format(
                count=QLocale().toString(info["count"]))
        elif info["count"] == 0:  # a merge the training made, whose letters now always go into longer tokens
            text += " · " + self.tr("never used on its own in a sample of the corpus: there its letters are "
                                    "always part of a longer token")
        self.detail.setText(text)

    def _show_price(self) -> None:
        self.price.clear()
        rows = (self._report.get("price_by_mix") or {}).get("rows", [])
        for row in rows:
            x = 100 * row["es_share"]
            self.price.append("es", x, row["es_chars_per_token"])
            self.price.append("en", x, row["en_chars_per_token"])
        self.price.redraw()
        own = self._report.get("language_price") or {}
        es, en = (own.get(lang, {}).get("chars_per_token") for lang in ("es", "en"))
        loc, notes = QLocale(), []
        if rows:
            vocab = (self._report.get("price_by_mix") or {}).get("vocab_size", 0)
            notes.append(self.tr("Each point is a tokenizer of {n} tokens trained with that share of Spanish, "
                                 "measured on the same facts in both languages.").format(n=vocab))
        if es and en:
            notes.append(self.tr("Yours, on your corpus: Spanish {es}, English {en} characters per token.").format(
                es=loc.toString(es, "f", 2), en=loc.toString(en, "f", 2)))
        self.price_note.setText(" ".join(notes) or self.tr("Train the tokenizer to measure what each language "
                                                           "pays."))

    def _publish(self, text: str) -> None:
        facts, tok = self.ctx.facts, self._tok
        facts.set("tokenizer.trained", tok is not None)
        facts.set("tokenizer.vocab_size", tok.vocab_size if tok is not None else 0)
        facts.set("tokenizer.text_tokens", len(self._ids))
        lengths = self._report.get("lengths") or {}
        cpt = lengths.get("chars_per_token") or (len(text) / len(self._ids) if self._ids else 0.0)
        facts.set("tokenizer.chars_per_token", round(float(cpt), 3))

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.train_box.setTitle(self.tr("Train the tokenizer"))
        self._on_vocab_changed(self.vocab_slider.value())
        self.vocab_slider.setToolTip(self.tr("How many tokens the tokenizer may know: 256 bytes, 4 chat tokens, "
                                             "and the merges it learns."))
        self.train_button.setText(self.tr("Train the tokenizer"))
        self.merges_box.setTitle(self.tr("The first merges, in order"))
        self.text_box.setTitle(self.tr("Your text, as tokens"))
        self.text.setPlaceholderText(self.tr("Write something in Spanish or English…"))
        self.growth_box.setTitle(self.tr("As the vocabulary grows"))
        self.price_box.setTitle(self.tr("The language price"))
        self.price.set_labels(self.tr("Spanish when training (%)"), self.tr("characters per token"))
        self.price.rename_curve("es", self.tr("Spanish"))
        self.price.rename_curve("en", self.tr("English"))
        self.lengths.set_title(self.tr("Length of your text"))
        self._show_all()
