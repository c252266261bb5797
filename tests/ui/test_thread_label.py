"""The status bar says how many threads torch uses and why, and follows each job's choice."""

from lab import device
from lab.device import ThreadChoice
from lab.events import Metrics


def test_the_status_bar_shows_the_chosen_threads_and_why(window, monkeypatch):
    window.load_pages()
    monkeypatch.setattr(device, "_CHOICE", ThreadChoice(1, 2, 1.0, "shared"))
    window.device_label.retranslate()
    assert "1 threads (cores shared)" in window.device_label.text()
    assert "about 1.0 of the 2 cores busy" in window.device_label.toolTip()
    monkeypatch.setattr(device, "_CHOICE", ThreadChoice(2, 2, 0.0, "free"))
    window.device_label.retranslate()
    assert window.device_label.text().endswith("· 2 threads")
    assert "the 2 cores are free" in window.device_label.toolTip()


def test_the_reason_names_the_setting_or_the_environment(window):
    label = window.device_label
    assert "“CPU threads” setting" in label.why(ThreadChoice(3, 4, 0.0, "setting"))
    assert "OMP_NUM_THREADS" in label.why(ThreadChoice(1, 4, 0.0, "environment"))


def test_the_label_follows_a_running_jobs_choice(window, qtbot, monkeypatch):
    window.load_pages()

    def job():  # chooses its threads when it starts, as every lab job does
        monkeypatch.setattr(device, "_CHOICE", ThreadChoice(1, 2, 1.5, "shared"))
        for step in range(10**9):
            yield Metrics(step, {})

    handle = window.ctx.runner.start("Training", job)
    qtbot.waitUntil(lambda: "cores shared" in window.device_label.text(), timeout=3000)
    window.ctx.runner.stop()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass


def test_the_reason_is_in_spanish_too(window, qtbot, monkeypatch):
    window.load_pages()
    monkeypatch.setattr(device, "_CHOICE", ThreadChoice(1, 2, 1.0, "shared"))
    window.set_language("es")
    qtbot.waitUntil(lambda: "hilos" in window.device_label.text(), timeout=2000)
    assert "núcleos" in window.device_label.toolTip()
