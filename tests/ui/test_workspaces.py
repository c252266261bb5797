"""File → New / Open / Recent workspace: switching folders without the command line."""

from lab.workspace import Workspace
from ui import workspaces
from ui.app import build_window


def test_the_recent_list_is_newest_first_without_doubles_or_vanished_folders(settings, tmp_path):
    a, b, gone = (tmp_path / n for n in ("a", "b", "gone"))
    for folder in (a, b, gone):
        folder.mkdir()
    for folder in (a, b, gone, a):
        workspaces.remember(settings, folder)
    gone.rmdir()
    assert workspaces.recent(settings) == [str(a), str(b)]
    assert workspaces.last_opened(settings) == str(a)


def test_the_app_opens_the_workspace_opened_last(settings, tmp_path, qtbot):
    Workspace(tmp_path / "class")
    workspaces.remember(settings, tmp_path / "class")
    window = build_window(None, "en", settings)
    qtbot.addWidget(window)
    assert window.ctx.workspace.root == tmp_path / "class"


def switched(window, qtbot):
    new = window.next_window
    assert new is not None
    qtbot.addWidget(new)
    return new


def test_new_workspace_opens_an_empty_folder_in_a_new_window(window, settings, tmp_path, qtbot):
    window.show()
    target = tmp_path / "fresh"
    target.mkdir()
    window.workspaces.ask_folder = lambda new: str(target)
    window.workspaces.new_action.trigger()
    new = switched(window, qtbot)
    assert new.ctx.workspace.root == target and new.isVisible() and new.pages
    assert not window.isVisible()
    assert workspaces.recent(settings)[:2] == [str(target), str(tmp_path / "workspace")]


def test_a_new_workspace_must_be_an_empty_folder(window, tmp_path):
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("mine", encoding="utf-8")
    warnings = []
    window.workspaces.warn = warnings.append
    assert not window.workspaces.new(str(full))
    assert "not empty" in warnings[0] and window.next_window is None


def test_open_refuses_a_folder_that_is_not_a_workspace(window, tmp_path):
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"")
    warnings = []
    window.workspaces.warn = warnings.append
    window.workspaces.ask_folder = lambda new: str(other)
    window.workspaces.open_action.trigger()
    assert "not an LLM Lab workspace" in warnings[0] and window.next_window is None


def test_recent_reopens_a_folder_with_earlier_work(window, settings, tmp_path, qtbot):
    window.show()
    Workspace(tmp_path / "earlier")
    window.workspaces.remember_elsewhere(tmp_path / "earlier")  # as Home does after moving work aside
    assert workspaces.last_opened(settings) == str(tmp_path / "workspace")
    menu = window.workspaces.recent_menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts == [str(tmp_path / "workspace"), str(tmp_path / "earlier")]
    assert menu.actions()[0].isChecked()
    menu.actions()[1].trigger()
    new = switched(window, qtbot)
    assert new.ctx.workspace.root == tmp_path / "earlier"


def test_switching_over_a_running_job_asks_first(window, tmp_path):
    Workspace(tmp_path / "other")
    window.ctx.runner.is_busy = lambda: True
    window.confirm_close = lambda: False
    assert not window.workspaces.open(str(tmp_path / "other"))
    assert window.next_window is None
