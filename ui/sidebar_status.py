"""Stage status in the sidebar: a dot in the stage's colour before each stage page's name.

A filled dot when the workspace holds the stage done, a ring when not; pages that are no
stage (Home, Model, Playground, Preferences, Scale) get none. The tooltip says it in words.
The dots follow the window's stage watch (`ui.state`), like Home's diagram.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget

from lab.stages import STAGES
from ui import palette
from ui.state import stage_watch

# each page's dot shows the first registry stage it trains (RLHF: PPO; Compare: offline RL)
STAGE_OF_PAGE = {s.page: s.name for s in reversed(STAGES)}
SIZE = 10


def dot(colour: str, filled: bool) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour), 1.5))
    painter.setBrush(QColor(colour) if filled else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(SIZE / 2, SIZE / 2), SIZE / 2 - 1.5, SIZE / 2 - 1.5)
    painter.end()
    return QIcon(pixmap)


def mark_sidebar(sidebar: QListWidget, pages: list, ctx) -> None:
    """Keep the sidebar's stage dots in step with the workspace (call once, after the pages are built)."""
    watch = stage_watch(ctx)
    sidebar.setIconSize(QSize(SIZE, SIZE))
    blank = QPixmap(SIZE, SIZE)
    blank.fill(Qt.GlobalColor.transparent)

    def update() -> None:
        for row, page in enumerate(pages):
            stage = STAGE_OF_PAGE.get(page.key)
            item = sidebar.item(row)
            if item is None:
                continue
            if stage is None:  # a page that is no stage: an empty space keeps the names aligned
                item.setIcon(QIcon(blank))
                continue
            done = watch.done(stage)
            item.setIcon(dot(palette.stage_colour(stage, ctx.theme.high_contrast), done))
            item.setToolTip(QCoreApplication.translate("Sidebar", "Done") if done else
                            QCoreApplication.translate("Sidebar", "Not run yet"))

    watch.changed.connect(update)
    ctx.theme.changed.connect(update)
    update()
