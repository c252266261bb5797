"""A bug in a job reaches the learner in their language, in plain words, with Python's text only
behind "Show Details…"; the app refuses a workspace another run holds."""

import json
import os
import socket
import subprocess
import sys
from contextlib import ExitStack

from PySide6.QtWidgets import QMessageBox

from ui.runner import JobRunner
from ui.translations import Translations


def broken():
    raise ZeroDivisionError("division by zero")
    yield


def test_a_bug_in_a_job_is_told_in_spanish_without_python(qapp, qtbot):
    Translations(qapp).use("es")
    runner = JobRunner()
    handle = runner.start("broken", broken)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    message = blocker.args[0]
    assert "LLM Lab" in message and "Error" not in message and "division" not in message
    assert "problema" in message  # Spanish
    assert handle.details == "ZeroDivisionError: division by zero"
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)


def test_the_error_dialog_keeps_details_behind_a_button(ctx, qtbot, monkeypatch):
    from ui.pages.home import HomePage

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    page = HomePage(ctx)
    qtbot.addWidget(page)

    class FailedHandle:
        details = "KeyError: 'x'"

    page.handle = FailedHandle()
    page._on_failed("Plain words.")
    assert shown == [("Plain words.", "KeyError: 'x'")]
    assert page.status.text() == "Plain words."


def test_the_crash_dialog_is_translated_and_hides_python(qapp, monkeypatch):
    from ui.crash import CrashReporter

    Translations(qapp).use("es")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.windowTitle(), box.text(), box.informativeText(), box.detailedText())))
    hook = sys.excepthook
    try:
        reporter = CrashReporter(show_dialog=True)
        reporter._show("ValueError: bad")
    finally:
        sys.excepthook = hook
    title, text, informative, details = shown[0]
    assert "ValueError" not in text + informative and details == "ValueError: bad"
    assert title != "Something went wrong"


def test_the_app_refuses_a_workspace_another_run_holds(tmp_path, monkeypatch, qapp):
    from ui.app import open_window

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / ".lock").write_text(json.dumps({"pid": other.pid, "host": socket.gethostname(),
                                                     "command": "llm-lab pretrain", "started": "today"}))
        seen = []
        monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: seen.append(text))
        with ExitStack() as hold:
            assert open_window(tmp_path, "en", hold=hold) is None
        assert str(other.pid) in seen[0] and "llm-lab pretrain" in seen[0]
    finally:
        other.kill()
        other.wait()
    assert os.path.exists(tmp_path / ".lock")  # still the other run's


def test_a_file_system_error_in_a_job_is_the_learners_to_fix_not_a_bug(qapp, qtbot):
    def full_disk():
        raise OSError(28, "No space left on device", "/tmp/w/corpus/clean.txt")
        yield

    runner = JobRunner()
    handle = runner.start("full", full_disk)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert "clean.txt" in blocker.args[0] and "No space left" in blocker.args[0]
    assert "inside LLM Lab" not in blocker.args[0]
