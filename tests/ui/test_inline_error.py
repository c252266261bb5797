"""Errors show next to the control that caused them: under the form field a message names, under a prompt box."""

from lab.config import PretrainConfig
from lab.errors import LabError
from ui.widgets.config_form import ConfigForm


def _layout_holding(widget):
    parent = widget.parentWidget().layout()
    stack = [parent]
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        stack += [layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout()]
    return None


def test_a_form_finds_the_field_a_message_names(qtbot):
    form = ConfigForm(PretrainConfig, "classroom")
    qtbot.addWidget(form)
    label = form.field_labels()["lr"]
    assert form.field_named_in(f"{label} must be between 1e-06 and 1, not 5.") is form.editor("lr")
    assert form.field_named_in("There is no tokenizer yet.") is None


def test_a_job_error_naming_a_setting_shows_in_the_row_under_that_field(ctx, qtbot):
    from ui.pages.reward import RewardPage

    page = RewardPage(ctx)
    qtbot.addWidget(page)
    label = page.form.field_labels()["lr"]
    page.show_problem(LabError(f"{label} must be between 1e-06 and 1, not 5."))
    rows, editor = page.form.layout(), page.form.editor("lr")
    assert rows.getWidgetPosition(page.problem)[0] == rows.getWidgetPosition(editor)[0] + 1
    assert page.problem.isVisibleTo(page) and page.problem.property("role") == "error"
    page.show_problem("")
    assert not page.problem.isVisibleTo(page)


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
