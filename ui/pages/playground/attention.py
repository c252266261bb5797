"""The Playground's attention tab: pick a layer and a head, see who looks at whom."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.palette import set_role
from ui.widgets.attention_map import AttentionMap


class AttentionTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = QComboBox(objectName="playground.layer")
        self.head = QComboBox(objectName="playground.head")
        self.layer_label, self.head_label = QLabel(), QLabel()
        self.help = QLabel(wordWrap=True)
        set_role(self.help, "muted")
        self.map = AttentionMap()
        self._maps = np.zeros((0, 0, 0, 0))
        self._mask = np.zeros((0, 0), dtype=bool)
        self._labels: list[str] = []
        row = QHBoxLayout()
        for widget in (self.layer_label, self.layer, self.head_label, self.head):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.help)
        layout.addWidget(self.map, 1)
        self.layer.currentIndexChanged.connect(self._on_selection_changed)
        self.head.currentIndexChanged.connect(self._on_selection_changed)
        self.retranslate()

    def set_maps(self, maps: np.ndarray, mask: np.ndarray, labels: list[str]) -> None:
        """`maps` (n_layer, n_head, T, T), `mask` (T, T), `labels` the T token texts."""
        self._maps, self._mask, self._labels = maps, mask, labels
        self._fill(self.layer, maps.shape[0])
        self._fill(self.head, maps.shape[1])
        self._on_selection_changed()

    def clear(self) -> None:
        self._maps = np.zeros((0, 0, 0, 0))
        self.map.set_map(np.zeros((0, 0)), np.zeros((0, 0), dtype=bool), [])

    @staticmethod
    def _fill(combo: QComboBox, n: int) -> None:
        if combo.count() == n:
            return
        keep = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([str(i + 1) for i in range(n)])
        combo.setCurrentIndex(min(max(keep, 0), n - 1))
        combo.blockSignals(False)

    def _on_selection_changed(self, *_) -> None:
        layer, head = self.layer.currentIndex(), self.head.currentIndex()
        if self._maps.size and layer >= 0 and head >= 0:
            self.map.set_map(self._maps[layer, head], self._mask, self._labels)

    def retranslate(self) -> None:
        self.layer_label.setText(self.tr("Layer"))
        self.head_label.setText(self.tr("Head"))
        self.help.setText(self.tr("Each row is a token reading the tokens before it (the columns); darker blue "
                                  "means more attention. The hatched triangle is the causal mask: a token never "
                                  "sees the ones after it."))
        self.map.set_texts(self.tr("query: the token that reads"), self.tr("key: the token that is read"),
                           self.tr("Load a model and write a prompt to see its attention."),
                           self.tr("{query} reads {key}: {weight}"))
