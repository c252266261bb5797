"""Pieces of the Preferences page: the dataset table, model-sampled pairs, the rubric's verdict."""

from __future__ import annotations

import random
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.preferences import Candidate, Label, Pair
from lab.workspace import Workspace
from ui import palette
from ui.pages.posttrain_common import number, saved_model, tokenizer

ANSWER_TOKENS = 40
SAMPLE_TEMPERATURE = 1.0
TRIES = 3
SOURCE_COLORS = palette.PREFERENCE_SOURCES
CRITERIA = ("correctness", "politeness", "language", "concision")


def source_names() -> dict[str, str]:
    """Where a pair came from, as the learner reads it (context `PreferencesPage`)."""
    return {"rubric": QCoreApplication.translate("PreferencesPage", "rubric"),
            "learner": QCoreApplication.translate("PreferencesPage", "you"),
            "import": QCoreApplication.translate("PreferencesPage", "imported")}


def criterion_names() -> dict[str, str]:
    return {"correctness": QCoreApplication.translate("PreferencesPage", "correctness"),
            "politeness": QCoreApplication.translate("PreferencesPage", "politeness"),
            "language": QCoreApplication.translate("PreferencesPage", "language"),
            "concision": QCoreApplication.translate("PreferencesPage", "concision"),
            "total": QCoreApplication.translate("PreferencesPage", "total")}


class PairModel(QAbstractTableModel):
    """The preference pairs as a table model: prompt, chosen, rejected, source (no item per cell)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pairs: list[Pair] = []
        self.headers = ["", "", "", ""]
        self.names = source_names()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        p = self.pairs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (p.prompt, p.chosen, p.rejected, self.names.get(p.source, p.source))[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and p.source in SOURCE_COLORS:
            return QColor(SOURCE_COLORS[p.source])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class PairTable(QTableView):
    """The preference dataset: prompt, chosen, rejected and where each pair came from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences.table")
        self._model = PairModel(self)
        self.setModel(self._model)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

    def set_pairs(self, pairs: Sequence[Pair]) -> None:
        """Show `pairs`, the learner's and imported ones first."""
        self._model.beginResetModel()
        self._model.pairs = sorted(pairs, key=lambda p: p.source == "rubric")
        self._model.endResetModel()

    def pairs(self) -> list[Pair]:
        return list(self._model.pairs)

    def retranslate(self) -> None:
        self._model.beginResetModel()
        self._model.headers = [self.tr("Prompt"), self.tr("Chosen"), self.tr("Rejected"), self.tr("Source")]
        self._model.names = source_names()
        self._model.endResetModel()


def model_candidate(ws: Workspace, world: Sequence[Pair], counter: int) -> Candidate:
    """Two answers sampled from the SFT model to one of the world's prompts (different seeds)."""
    from lab import evaluate

    model, tok = saved_model(ws, "sft"), tokenizer(ws)
    if model is None or tok is None or not world:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no SFT model to sample answers from yet. Run SFT "
                                         "first, or label the world's pairs."))
    rng = random.Random(counter)
    prompt = rng.choice(sorted({p.prompt for p in world}))
    for attempt in range(TRIES):
        a, b = evaluate.answer(model, tok, [prompt, prompt], ANSWER_TOKENS, SAMPLE_TEMPERATURE,
                               seed=counter * TRIES + attempt)
        if a.text.strip() != b.text.strip():
            return Candidate(prompt, a.text, b.text, "model")
    raise LabError(QT_TRANSLATE_NOOP("LabError", "The model gave the same answer twice, and two identical answers "
                                     "cannot be compared. Press \"Another pair\"."))


def verdict_html(label: Label) -> str:
    """The rubric's preference beside the learner's, with every criterion of both answers."""
    from lab import posttrain_data

    first, second = (posttrain_data.judge(label.prompt, a) for a in (label.first, label.second))
    last = QCoreApplication.translate("PreferencesPage", "Last pair: {prompt}").format(prompt=label.prompt)
    return (f"<i>{escape(last)}</i><br><b>{escape(_verdict_head(label))}</b>"
            + _breakdown_table(label, first, second))


def _verdict_head(label: Label) -> str:
    if label.rubric == "tie":
        head = QCoreApplication.translate("PreferencesPage", "The rubric scores both answers the same.")
    else:
        head = QCoreApplication.translate("PreferencesPage", "The rubric prefers answer {n}.").format(n=label.rubric)
    if label.choice == "tie":
        return head + " " + QCoreApplication.translate("PreferencesPage", "You called it a tie.")
    if label.rubric == "tie":
        return head
    if label.choice == label.rubric:
        return head + " " + QCoreApplication.translate("PreferencesPage", "You agree.")
    return head + " " + QCoreApplication.translate("PreferencesPage", "You chose the other one.")


def _breakdown_table(label: Label, first, second) -> str:
    names = criterion_names()
    one = QCoreApplication.translate("PreferencesPage", "Answer 1")
    two = QCoreApplication.translate("PreferencesPage", "Answer 2")
    rows = [f"<tr><th></th><th>{escape(one)}</th><th>{escape(two)}</th></tr>",
            f"<tr><td></td><td><i>{escape(_short(label.first))}</i></td><td><i>{escape(_short(label.second))}</i></td></tr>"]
    for key in (*CRITERIA, "total"):
        a = first.total if key == "total" else first.breakdown.get(key, 0.0)
        b = second.total if key == "total" else second.breakdown.get(key, 0.0)
        rows.append(f"<tr><td>{escape(names[key])}</td><td align='right'>{number(a)}</td>"
                    f"<td align='right'>{number(b)}</td></tr>")
    return f"<table cellspacing='6'>{''.join(rows)}</table>"


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
