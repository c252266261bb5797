"""A settings form never cuts a wrapped label: each row is as tall as its label needs at the label's width.

The defect this guards: on the Reward page in Spanish at 1366×768, "Conocimiento previo" wraps to two
lines beside a check box one line tall, and its row was cut to one and a half lines.
"""

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from lab.config import RewardConfig
from ui.widgets.config_form import ConfigForm


@pytest.fixture
def spanish_window(qtbot, tmp_path, settings):
    from ui.app import build_window

    window = build_window(tmp_path / "workspace", "es", settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # a school laptop: the settings column is narrow and short
    window.show()
    window.load_pages()
    return window


def settle():
    for _ in range(3):  # a label that learns its width asks again for its height
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def cut_labels(window) -> list[str]:
    """Each shown form label shorter than its wrapped text at its width, on every page."""
    cut = []
    for page in window.pages:
        window.show_page(page.key)
        settle()
        for form in page.findChildren(ConfigForm):
            if not form.isVisible():
                continue
            for name, label in form._labels.items():
                needed = label.heightForWidth(label.width())
                if label.isVisible() and label.height() < needed:
                    cut.append(f"{page.key}.{name} '{label.text()}': {label.height()} < {needed} px")
    return cut


def test_the_reward_pages_knowledge_prior_label_shows_both_lines(spanish_window):
    page = spanish_window.show_page("reward")
    settle()
    label = page.form._labels["knowledge_prior"]
    assert label.text() == "Conocimiento previo"
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 3 // 2  # it does wrap here
    assert label.height() >= label.heightForWidth(label.width())


def test_no_form_label_is_cut_on_any_page(spanish_window):
    assert cut_labels(spanish_window) == []


def test_no_form_label_is_cut_with_presentation_text(spanish_window):
    spanish_window.set_presentation(True)
    assert cut_labels(spanish_window) == []


def test_rows_of_one_line_labels_stay_one_line_tall(qtbot):
    """Room for a second line only where the label wraps: a check box row of a short label stays short."""
    form = ConfigForm(RewardConfig)
    qtbot.addWidget(form)
    form.resize(700, 400)  # wide: no label wraps
    form.show()
    settle()
    one_line = [name for name, label in form._labels.items()
                if label.heightForWidth(label.width()) < 2 * label.fontMetrics().height()]
    assert "knowledge_prior" in one_line  # the check box row
    for name in one_line:
        label, editor = form._labels[name], form.editor(name)
        row = max(label.height(), editor.height())
        assert row <= max(editor.sizeHint().height(), label.fontMetrics().height() + 2), name
