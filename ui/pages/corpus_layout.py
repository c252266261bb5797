"""The Corpus page's widgets: the column of controls (your files, the world, cleaning) and the views.

A mixin of `ui.pages.corpus.CorpusPage`, which holds the behaviour; this file only builds
and places the widgets, so the page's file stays about what the buttons do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab.config import WorldConfig
from lab.corpus import CleanConfig
from ui.pages.corpus_views import FilesTable, StepsView
from ui.palette import set_role
from ui.widgets.config_form import ConfigForm
from ui.widgets.corpus_preview import CorpusPreview
from ui.widgets.stats_chart import CountChart, StatsChart

FILES_TABLE_HEIGHT = 160


class CorpusLayout:
    """Builds the page's widgets (as attributes of the page) and lays them out."""

    def _build(self) -> None:
        row = QHBoxLayout(self)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._build_controls())
        self._left = scroll
        self.ctx.theme.changed.connect(self._on_theme_changed)
        self._on_theme_changed()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never sideways
        row.addWidget(scroll)
        row.addWidget(self._build_views(), 1)

    def _build_controls(self) -> QWidget:
        self.world_box = QGroupBox(objectName="corpus.world")
        self.world_form = ConfigForm(WorldConfig, "classroom")
        self.generate_button = QPushButton(objectName="corpus.generate", clicked=self._on_generate)
        box = QVBoxLayout(self.world_box)
        box.addWidget(self.world_form)
        box.addWidget(self.generate_button)
        self.clean_box = QGroupBox(objectName="corpus.cleaning")
        self.clean_form = ConfigForm(CleanConfig, "classroom")
        self.clean_form.layout().setRowVisible(0, False)  # its presets are all the same
        self.clean_button = QPushButton(objectName="corpus.clean", clicked=self._on_clean)
        box = QVBoxLayout(self.clean_box)
        box.addWidget(self.clean_button)  # first: its message shows next to it, above the long form
        box.addWidget(self.clean_form)
        self.progress = QProgressBar(objectName="corpus.progress", maximum=1000, textVisible=True)
        self.progress.hide()
        self.banner = QLabel(objectName="corpus.banner", wordWrap=True)
        set_role(self.banner, "alert")
        self.banner.hide()
        self.summary = QLabel(objectName="corpus.summary", wordWrap=True)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 4, 0)
        for widget in (self.progress, self.summary, self._build_files_box(), self.world_box, self.clean_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._column = layout
        return column

    def _build_files_box(self) -> QGroupBox:
        """Open files or a folder (or drop them on the page); the files read, their kinds and encodings."""
        self.files_box = QGroupBox(objectName="corpus.files")
        self.open_files_button = QPushButton(objectName="corpus.open_files", clicked=self._on_open_files)
        self.open_folder_button = QPushButton(objectName="corpus.open_folder", clicked=self._on_open_folder)
        self.text_field = QLineEdit("text", objectName="corpus.text_field")
        self.text_field_label = QLabel()
        self.drop_hint = QLabel(wordWrap=True)
        self.files_table = FilesTable()
        self.files_table.setMaximumHeight(FILES_TABLE_HEIGHT)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_files_button)
        buttons.addWidget(self.open_folder_button)
        field = QFormLayout()
        field.addRow(self.text_field_label, self.text_field)
        box = QVBoxLayout(self.files_box)
        box.addLayout(buttons)
        box.addWidget(self.drop_hint)
        box.addLayout(field)
        box.addWidget(self.files_table)
        self.setAcceptDrops(True)
        return self.files_box

    def _build_views(self) -> QWidget:
        self.preview = CorpusPreview()
        self.preview_which = QComboBox(objectName="corpus.preview_which")
        self.preview_which.addItems(["", ""])
        self.preview_which.currentIndexChanged.connect(self._on_preview_which)
        self.preview_title = QLabel()
        head = QHBoxLayout()
        head.addWidget(self.preview_title)
        head.addStretch(1)
        head.addWidget(self.preview_which)
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.preview, 1)
        self.steps_view = StepsView()
        self.tabs = QTabWidget(objectName="corpus.tabs")
        self.tabs.addTab(top, "")
        self.tabs.addTab(self.steps_view, "")
        self.chart = StatsChart(self.ctx.theme)
        self.chart.setObjectName("corpus.chart")
        self.steps_chart = CountChart(self.ctx.theme)
        self.steps_chart.setObjectName("corpus.steps_chart")
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.chart)
        charts.addWidget(self.steps_chart)
        charts.setSizes([560, 340])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(charts)
        split.setSizes([420, 300])
        return split
