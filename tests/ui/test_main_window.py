"""The main window: language switching, presentation mode, status bar, closing."""

from PySide6.QtWidgets import QPushButton

from lab.events import Done, Metrics, StopRequested
from ui.app import build_window
from ui.main_window import MainWindow

REAL_CONFIRM_CLOSE = MainWindow.confirm_close  # the tests' conftest answers yes for every window


def test_language_switches_live_and_is_remembered(window, settings, tmp_path, qtbot):
    assert window.view_menu.title() == "&View"
    window.set_language("es")
    qtbot.waitUntil(lambda: window.view_menu.title() == "&Ver", timeout=2000)
    assert window.job_label.text() == "Listo"
    assert settings.value("language") == "es"
    again = build_window(tmp_path / "ws2", None, settings)
    qtbot.addWidget(again)
    assert again.view_menu.title() == "&Ver"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.view_menu.title() == "&View", timeout=2000)


def test_presentation_mode_scales_fonts_and_is_remembered(window, settings):
    before = window.ctx.theme.point_size()
    window.presentation_action.setChecked(True)
    assert window.ctx.theme.point_size() > before
    assert settings.value("presentation", type=bool) is True


def test_status_bar_shows_device_after_pages_load(window):
    window.load_pages()
    text = window.device_label.text()
    assert "CPU" in text or "CUDA" in text or "MPS" in text
    assert "threads" in text


def test_status_bar_follows_the_running_job(window, qtbot):
    def job():
        for step in range(10**9):
            yield Metrics(step, {})

    handle = window.ctx.runner.start("Training", job)
    qtbot.waitUntil(lambda: "Training" in window.job_label.text(), timeout=2000)
    assert window.stop_button.isVisible() or not window.isVisible()
    window.ctx.runner.pause()
    assert "paused" in window.job_label.text()
    window.ctx.runner.stop()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert window.job_label.text() == "Ready"


def test_the_running_job_is_named_in_the_language_of_the_moment(window, qtbot):
    def job():
        for step in range(10**9):
            yield Metrics(step, {})

    handle = window.ctx.runner.start("Pretraining", job)
    assert window.job_label.text() == "Pretraining: running"
    window.set_language("es")
    qtbot.waitUntil(lambda: window.job_label.text() == "Preentrenamiento: en marcha", timeout=2000)
    window.ctx.runner.stop()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    window.set_language("en")


def test_closing_mid_run_stops_the_job_and_lets_it_save(window, qtbot):
    saved = []

    def job():
        try:
            for step in range(10**9):
                yield Metrics(step, {})
        except StopRequested:
            saved.append(True)
            yield Done(stopped=True)

    window.show()
    window.ctx.runner.start("Training", job)
    qtbot.wait(50)
    answers = [False, True]
    asked = []
    window.confirm_close = lambda: asked.append(True) or answers.pop(0)
    assert not window.close()  # "No": the window stays and the job runs on
    assert window.ctx.runner.is_busy() and saved == []
    assert window.close()
    assert asked == [True, True]
    assert saved == [True]
    assert not window.ctx.runner.is_busy()


def test_the_close_question_names_the_running_job(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    window.ctx.runner.job_name = lambda: "Pretraining"
    assert not REAL_CONFIRM_CLOSE(window)
    assert asked[0].startswith("Pretraining is running.")


def test_qt_own_dialogs_speak_the_app_language(window, qtbot):
    from PySide6.QtCore import QCoreApplication

    window.set_language("es")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Sí"  # QMessageBox buttons
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    window.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"


def test_lesson_10_names_the_sandbox_button_as_the_button_reads(window, qtbot):
    from pathlib import Path

    window.set_language("es")
    window.load_pages()
    button = window.findChild(QPushButton, "rlhf.sandbox")
    lesson = (Path(__file__).parents[2] / "lessons" / "es" / "10-rlhf.md").read_text(encoding="utf-8")
    assert f"**{button.text()}**" in lesson
    window.set_language("en")
