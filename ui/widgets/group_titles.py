"""Long group-box titles become wrapped headings inside their box.

A QGroupBox never wraps its title, so one long title ("DPO's implicit rewards: β × how
much more likely…") sets how narrow the whole page may get, and on a 1366-pixel screen
with the lesson panel open the page is cut at the right. A title wider than
`TITLE_LIMIT` moves into a bold, word-wrapped label at the top of its box. Pages set
their titles again when the language changes; `fold_titles` is then run again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGroupBox, QLabel, QWidget

TITLE_LIMIT = 280  # pixels of title text at normal size; wider titles wrap
HEADING_NAME = "group_title"


def fold_titles(root: QWidget) -> None:
    """Move every long group-box title inside `root` into a wrapped heading."""
    for box in root.findChildren(QGroupBox):
        title = box.title()
        if title and not box.isCheckable() and box.fontMetrics().horizontalAdvance(title) > TITLE_LIMIT:
            heading = _heading(box)
            if heading is not None:
                heading.setText(title)
                box.setTitle("")


def _heading(box: QGroupBox) -> QLabel | None:
    heading = box.findChild(QLabel, HEADING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if heading is not None:
        return heading
    layout = box.layout()
    if not isinstance(layout, QBoxLayout | QFormLayout):
        return None  # a grid keeps its title: no place to put a heading
    heading = QLabel(box, objectName=HEADING_NAME, wordWrap=True)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setStyleSheet("font-weight: bold;")
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, heading)
    else:
        layout.insertRow(0, heading)
    return heading
