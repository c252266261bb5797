"""Errors show next to the control that caused them: under a form field, a prompt box, a file picker."""

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lab.config import PretrainConfig
from ui.widgets.config_form import ConfigForm
from ui.widgets.inline_error import field_named_in, show_problem


def _layout_holding(widget):
    parent = widget.parentWidget().layout()
    stack = [parent]
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        stack += [layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout()]
    return None


def test_a_message_naming_a_setting_shows_in_the_row_under_that_field(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    form = ConfigForm(PretrainConfig, "classroom")
    problem = QLabel()
    layout = QVBoxLayout(page)
    layout.addWidget(form)
    layout.addWidget(QPushButton("Start"))
    layout.addWidget(problem)
    label = form.field_labels()["lr"]
    editor = field_named_in(f"{label} must be between 1e-06 and 1, not 5.", form)
    assert editor is form.editor("lr")
    show_problem(problem, f"{label} must be between 1e-06 and 1, not 5.", editor)
    rows = form.layout()
    assert isinstance(rows, QFormLayout)
    assert rows.getWidgetPosition(problem)[0] == rows.getWidgetPosition(editor)[0] + 1
    assert problem.isVisibleTo(page) and problem.property("role") == "error"
    show_problem(problem, "")  # solved: hidden, back where the page put it
    assert not problem.isVisibleTo(page) and layout.indexOf(problem) == 2


def test_a_message_naming_no_setting_stays_where_the_page_keeps_problems(qtbot):
    form = ConfigForm(PretrainConfig, "classroom")
    qtbot.addWidget(form)
    assert field_named_in("There is no tokenizer yet.", form) is None


def test_an_error_about_a_control_in_a_row_goes_under_the_whole_row(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    prompt, ask, problem, table = QLineEdit(), QPushButton("Ask"), QLabel(), QLabel("answers")
    column = QVBoxLayout(page)
    row = QHBoxLayout()
    row.addWidget(prompt, 1)
    row.addWidget(ask)
    column.addLayout(row)
    column.addWidget(table)
    column.addWidget(problem)
    show_problem(problem, "The prompt is empty.", prompt)
    assert _layout_holding(problem) is column and column.indexOf(problem) == 1  # right under the prompt's row
    show_problem(problem, "")
    assert column.indexOf(problem) == 2


def test_compare_says_an_empty_prompt_under_the_prompt_box(ctx, qtbot, monkeypatch):
    from ui.pages.compare import ComparePage

    monkeypatch.setattr(ComparePage, "showEvent", lambda self, event: None)  # no first answer in the background
    page = ComparePage(ctx)
    qtbot.addWidget(page)
    page.prompt.setEditText("")
    page.ask_button.click()
    holder = _layout_holding(page.problem)
    above = holder.itemAt(holder.indexOf(page.problem) - 1).layout()  # the row right above the message
    assert above is not None and above.indexOf(page.prompt) >= 0
    assert page.problem.text()
