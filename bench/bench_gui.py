"""Does the window stay responsive while a model trains? (goal: no event-loop stall above 50 ms)

A classroom-sized pretraining runs through the JobRunner, offscreen, with the Pretrain
page shown and drawing its curves, for about 20 seconds. A 10 ms QTimer probes the
event loop: every tick late by more than its interval is a stall the learner would
feel as a frozen window. The workspace (a small world, its cleaned corpus and a
tokenizer) is prepared first with the same job the page offers, and is not timed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time

PROBE_MS = 10
RUN_S = 20.0


class StallProbe:
    """Records how late each tick of a `PROBE_MS` timer comes."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.stalls_ms: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(interval=PROBE_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.stalls_ms.append(max(0.0, (now - self._last) * 1000 - PROBE_MS))
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


def _prepare(root: str, app) -> None:
    """Corpus and tokenizer for the bench, with the page's own "prepare" job (classroom world)."""
    from lab.cli import drive
    from lab.jobs.prepare import run as prepare
    from lab.workspace import Workspace

    drive(prepare(Workspace(root)), quiet=True)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def run(seconds: float = RUN_S, compile_model: bool | None = None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from ui.app import application, build_window

    app = application()
    root = tempfile.mkdtemp(prefix="llm-lab-bench-gui-")
    try:
        _prepare(root, app)
        settings = QSettings(os.path.join(root, "settings.ini"), QSettings.Format.IniFormat)
        window = build_window(root, "en", settings)
        window.resize(1280, 800)
        window.show()
        window.load_pages()
        page = window.show_page("pretrain")
        if compile_model is not None:
            page.form.editor("compile").setChecked(compile_model)
        for _ in range(5):
            app.processEvents()
        probe = StallProbe()
        started = time.perf_counter()
        page.start_button.click()
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        probe.stop()
        steps = window.ctx.facts.get("pretrain.step", 0)
        window.ctx.runner.stop()
        window.ctx.runner.wait(60)
        window.close()
        stalls = probe.stalls_ms[5:]  # the first ticks include the page's own first paint
        return {
            "seconds": round(time.perf_counter() - started, 1),
            "training steps": steps,
            "probe ticks": len(stalls),
            "max stall ms": round(max(stalls, default=0.0), 1),
            "p99 stall ms": round(_percentile(stalls, 0.99), 1),
            "stalls over 50 ms": sum(s > 50 for s in stalls),
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)
