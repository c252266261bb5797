"""Pieces of the Compare page: the questions grouped by what the models know, and what each answer is.

The probe questions (`lab.posttrain_data.probes`) come in groups a class can tell apart:
facts the training data taught ("known"), facts no training text states ("unknown": a
correct answer would be luck, so a model that sounds sure is bluffing), and, when the
probes carry it (a `kind` naming a paraphrase, or a `paraphrase` flag), known facts
asked in new words. The dropdown
shows each group under its own heading; a heading cannot be chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from lab.i18n import QT_TRANSLATE_NOOP

GROUPS = {
    "known": QT_TRANSLATE_NOOP("ComparePage", "Known facts (taught during training)"),
    "paraphrase": QT_TRANSLATE_NOOP("ComparePage", "Known facts asked in other words"),
    "unknown": QT_TRANSLATE_NOOP("ComparePage", "Unknown facts (no training text states them)"),
}
GROUP_NOTES = {
    "known": QT_TRANSLATE_NOOP("ComparePage", "A fact the models were taught: a good model answers it right."),
    "paraphrase": QT_TRANSLATE_NOOP("ComparePage", "A taught fact in new words: does the model still know it?"),
    "unknown": QT_TRANSLATE_NOOP("ComparePage", "No training text states this fact: a right answer is luck, and an "
                                                "honest model would say it does not know."),
}
HOW_ANSWERED = {
    "pretrain": QT_TRANSLATE_NOOP("ComparePage", "continues the question as plain text"),
    "bon": QT_TRANSLATE_NOOP("ComparePage", "the reward model's favourite of N samples from SFT"),
}
GREEDY = QT_TRANSLATE_NOOP("ComparePage", "its most likely answer")
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def group_of(probe) -> str:
    """"known", "paraphrase" or "unknown" for a probe (its `kind` says paraphrase when the probes have it)."""
    if getattr(probe, "held_out", False):
        return "unknown"
    paraphrased = "paraphras" in str(getattr(probe, "kind", "") or "") or bool(getattr(probe, "paraphrase", False))
    return "paraphrase" if paraphrased else "known"


def fill_grouped(combo: QComboBox, probes: list, lang: str) -> None:
    """The questions under group headings, the app's language first in each group."""
    model = QStandardItemModel(combo)
    for group in GROUPS:
        members = sorted((p for p in probes if group_of(p) == group), key=lambda p: p.lang != lang)
        if not members:
            continue
        heading = QStandardItem(QCoreApplication.translate("ComparePage", GROUPS[group]))
        heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading cannot be chosen
        font = QFont()
        font.setBold(True)
        heading.setFont(font)
        model.appendRow(heading)
        for probe in members:
            item = QStandardItem(probe.prompt)
            item.setData(group, GROUP_ROLE)
            item.setToolTip(QCoreApplication.translate("ComparePage", GROUP_NOTES[group]))
            model.appendRow(item)
    combo.setModel(model)
    first = next((i for i in range(model.rowCount()) if model.item(i).isEnabled()), -1)
    combo.setCurrentIndex(first)


def chosen_prompt(combo: QComboBox) -> tuple[str, str]:
    """(the question, its group); a question the learner typed has group ""."""
    index, text = combo.currentIndex(), combo.currentText().strip()
    if index >= 0 and combo.itemText(index).strip() == text:
        return text, combo.itemData(index, GROUP_ROLE) or ""
    return text, ""


def how_answered(stage: str) -> str:
    return QCoreApplication.translate("ComparePage", HOW_ANSWERED.get(stage, GREEDY))
