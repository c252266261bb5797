"""The Preferences page: you are the human whose preferences the reward model learns.

Two answers to one prompt are shown: a pair from the world, or two answers sampled
from the model. Press 1 or 2 for the better one, 0 for a tie, → to skip. After each
choice the rubric's own preference is revealed with its per-criterion scores, and the
agreement between you and the rubric is kept up to date. Every decision is saved in
the workspace at once (`lab.preferences.PreferenceStore`), so closing the app loses
nothing. The dataset the reward model will train on is listed below with the source
of each pair; your labels join the rubric's or, with the switch, replace them. Pairs
can be imported and exported as JSONL in the common `{"prompt", "chosen", "rejected"}` form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from lab import posttrain_data
from lab import preferences as prefs
from lab.errors import LabError
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.posttrain_common import percent
from ui.pages.preferences_parts import PairTable, model_candidate, verdict_html
from ui.palette import set_role
from ui.widgets.flip_splitter import FlipSplitter

STATE_POSITION = "preferences_position"
KEYS = {"1": "1", "2": "2", "0": "tie", "Right": "skip"}


class PreferencesPage(Page):
    key = "preferences"
    FACTS = ("preferences.labelled", "preferences.agreement", "preferences.pairs", "preferences.replace")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.store = prefs.PreferenceStore(ctx.workspace)
        self._world = posttrain_data.rubric_pairs(ctx.workspace)
        self._queue = prefs.shuffled_candidates(self._world, seed=posttrain_data.WORLD_SEED)
        self.candidate: prefs.Candidate | None = None
        self._last: prefs.Label | None = None
        self._build_widgets()
        self._build_layout()
        for key, choice in KEYS.items():
            QShortcut(QKeySequence(key), self, activated=lambda c=choice: self.choose(c))
        previous = [lab for lab in self.store.labels() if lab.choice != "skip"]
        self._last = previous[-1] if previous else None  # a session that goes on shows its last verdict
        self.retranslate()
        self.next_pair()
        self._refresh_dataset()

    # --- building -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.source = QComboBox(objectName="preferences.source")
        self.source.currentIndexChanged.connect(lambda _: self.next_pair())
        self.next_button = QPushButton(objectName="preferences.next", clicked=self.next_pair)
        self.prompt = QLabel(objectName="preferences.prompt", wordWrap=True)
        self.prompt.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.answers = [QTextBrowser(objectName=f"preferences.answer{i}") for i in (1, 2)]
        for answer in self.answers:
            answer.setMaximumHeight(160)
        self.answer_boxes = [QGroupBox() for _ in (1, 2)]
        self.choose_buttons = [QPushButton(objectName=f"preferences.choose{i}") for i in (1, 2)]
        for i, button in enumerate(self.choose_buttons, start=1):
            button.clicked.connect(lambda _=False, c=str(i): self.choose(c))
        self.tie_button = QPushButton(objectName="preferences.tie", clicked=lambda: self.choose("tie"))
        self.skip_button = QPushButton(objectName="preferences.skip", clicked=lambda: self.choose("skip"))
        self.undo_button = QPushButton(objectName="preferences.undo", clicked=self.undo)
        self.verdict = QLabel(objectName="preferences.verdict", wordWrap=True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.agreement_label = QLabel(objectName="preferences.agreement", wordWrap=True)
        self.agreement_label.setStyleSheet("font-weight: bold;")
        self.replace_box = QCheckBox(objectName="preferences.replace", checked=self.store.replace)
        self.replace_box.toggled.connect(self._on_replace_toggled)
        self.table = PairTable()
        self.counts = QLabel(objectName="preferences.counts", wordWrap=True)
        set_role(self.counts, "note")
        self.import_button = QPushButton(objectName="preferences.import", clicked=self._on_import)
        self.export_button = QPushButton(objectName="preferences.export", clicked=self._on_export)
        self.report = QLabel(objectName="preferences.report", wordWrap=True)
        set_role(self.report, "note")

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.next_button)
        pair = QGridLayout()
        for col, (box, answer, button) in enumerate(zip(self.answer_boxes, self.answers, self.choose_buttons,
                                                        strict=True)):
            QVBoxLayout(box).addWidget(answer)
            pair.addWidget(box, 0, col)
            pair.addWidget(button, 1, col)
        others = QHBoxLayout()
        for widget in (self.tie_button, self.skip_button, self.undo_button):
            others.addWidget(widget)
        self.label_box = QGroupBox(objectName="preferences.label_box")
        labelling = QVBoxLayout(self.label_box)
        labelling.addLayout(top)
        labelling.addWidget(self.prompt)
        labelling.addLayout(pair)
        labelling.addLayout(others)
        for widget in (self.problem, self.agreement_label, self.verdict):
            labelling.addWidget(widget)
        labelling.addStretch(1)
        self.data_box = QGroupBox(objectName="preferences.dataset")
        data = QVBoxLayout(self.data_box)
        data.addWidget(self.replace_box)
        data.addWidget(self.counts)
        data.addWidget(self.table, 1)
        files = QHBoxLayout()
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        data.addLayout(files)
        data.addWidget(self.report)
        split = FlipSplitter()  # one above the other on a small screen
        split.addWidget(self.label_box)
        split.addWidget(self.data_box)
        split.setSizes([620, 480])
        QVBoxLayout(self).addWidget(split)

    def title(self) -> str:
        return self.tr("Preferences")

    # --- labelling ------------------------------------------------------------------------
    def next_pair(self) -> None:
        """Show the next pair to judge: the world's next pair, or two new answers from the model."""
        self.show_problem("")
        if self.source.currentIndex() == 1:
            try:
                self.candidate = model_candidate(self.ctx.workspace, self._world, len(self.store.labels()))
            except LabError as err:
                self.candidate = None
                self.show_problem(err)
        else:
            position = int(self.ctx.workspace.read_state().get(STATE_POSITION, 0))
            self.candidate = self._queue[position % len(self._queue)] if self._queue else None
        self._show_candidate()

    def _show_candidate(self) -> None:
        c = self.candidate
        self.prompt.setText(c.prompt if c else "")
        for answer, text in zip(self.answers, (c.first, c.second) if c else ("", ""), strict=True):
            answer.setPlainText(text)
        for button in (*self.choose_buttons, self.tie_button, self.skip_button):
            button.setEnabled(c is not None)

    def choose(self, choice: str) -> None:
        """Record the learner's decision on the pair shown ("1", "2", "tie" or "skip")."""
        if self.candidate is None:
            return
        try:
            label = prefs.decide(self.candidate, choice, posttrain_data.rubric_total)
        except LabError as err:
            self.show_problem(err)
            return
        self.store.add(label)
        self._last = label if choice != "skip" else None
        if self.candidate.origin == "world":
            position = int(self.ctx.workspace.read_state().get(STATE_POSITION, 0))
            self.ctx.workspace.update_state(**{STATE_POSITION: position + 1})
        self.verdict.setText(verdict_html(label) if self._last else "")
        self._refresh_dataset()
        self.next_pair()

    def undo(self) -> None:
        label = self.store.undo()
        if label is not None and label.origin == "world":
            position = int(self.ctx.workspace.read_state().get(STATE_POSITION, 0))
            self.ctx.workspace.update_state(**{STATE_POSITION: max(0, position - 1)})
            self.source.setCurrentIndex(0)
            self.next_pair()
        self._last = None
        self.verdict.setText("")
        self._refresh_dataset()

    # --- the dataset ------------------------------------------------------------------------
    def _on_replace_toggled(self, on: bool) -> None:
        self.store.set_replace(on)
        self._refresh_dataset()

    def _refresh_dataset(self) -> None:
        labels = self.store.labels()
        dataset = self.store.dataset(self._world)
        self.table.set_pairs(dataset)
        agree = prefs.agreement(labels)
        decided = [lab for lab in labels if lab.choice != "skip"]
        facts = self.ctx.facts
        facts.set("preferences.labelled", len(decided))
        facts.set("preferences.agreement", agree.rate)
        facts.set("preferences.pairs", len(dataset))
        facts.set("preferences.replace", self.store.replace)
        self._agreement, self._labels = agree, labels
        self._show_counts()

    def _show_counts(self) -> None:
        agree, labels = self._agreement, self._labels
        if agree.compared:
            self.agreement_label.setText(self.tr("You agree with the rubric on {agree} of {n} pairs ({rate}).").format(
                agree=agree.agree, n=agree.compared, rate=percent(agree.rate)))
        else:
            self.agreement_label.setText(self.tr("Choose the better answer: press 1 or 2 (0 for a tie, → to skip)."))
        sources = [p.source for p in self.table.pairs()]
        self.counts.setText(self.tr("{total} pairs for the reward model: {rubric} from the rubric, {mine} labelled "
                                    "by you, {imported} imported. Decisions so far: {decisions}.").format(
            total=len(sources), rubric=sources.count("rubric"), mine=sources.count("learner"),
            imported=sources.count("import"), decisions=len(labels)))

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import preference pairs"), "",
                                              self.tr("JSON Lines (*.jsonl *.json);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            loaded = self.store.import_file(path)
        except LabError as err:
            self.report.setText(err.message(QCoreApplication.translate))
            return
        lines = [self.tr("{n} pairs imported from {file}.").format(n=len(loaded.items), file=path.name)]
        lines += [p.message(QCoreApplication.translate) for p in loaded.problems[:5]]
        self.report.setText("\n".join(lines))
        self._refresh_dataset()

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export preference pairs"), "preferences.jsonl",
                                              self.tr("JSON Lines (*.jsonl)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        pairs = self.table.pairs()
        prefs.export_pairs(pairs, path)
        self.report.setText(self.tr("{n} pairs written to {file}.").format(n=len(pairs), file=path.name))


    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        index = self.source.currentIndex()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItems([self.tr("Pairs from the world"), self.tr("Two answers sampled from the model")])
        self.source.setCurrentIndex(max(index, 0))
        self.source.blockSignals(False)
        self.next_button.setText(self.tr("Another pair"))
        self.label_box.setTitle(self.tr("You are the human: which answer is better?"))
        for i, (box, button) in enumerate(zip(self.answer_boxes, self.choose_buttons, strict=True), start=1):
            box.setTitle(self.tr("Answer {n}").format(n=i))
            button.setText(self.tr("{n} is better (key {n})").format(n=i))
        self.tie_button.setText(self.tr("Tie (key 0)"))
        self.skip_button.setText(self.tr("Skip (key →)"))
        self.undo_button.setText(self.tr("Undo"))
        self.data_box.setTitle(self.tr("Preference dataset"))
        self.replace_box.setText(self.tr("Use only my labels (replace the rubric's)"))
        self.replace_box.setToolTip(self.tr("Off: your labels join the rubric's pairs. On: the reward model learns "
                                            "from your labels and imported pairs only."))
        self.import_button.setText(self.tr("Import JSONL…"))
        self.export_button.setText(self.tr("Export JSONL…"))
        self.table.retranslate()
        if self._last is not None:
            self.verdict.setText(verdict_html(self._last))
        if hasattr(self, "_agreement"):
            self._show_counts()
