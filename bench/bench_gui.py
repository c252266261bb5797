"""Does the window stay responsive while a model trains? (goal: no event-loop stall above 50 ms)

A classroom-sized pretraining (the classroom model and training settings, without
`torch.compile`) runs through the JobRunner, offscreen, with the Pretrain page shown
and drawing its curves, for about 20 seconds. A 10 ms QTimer probes the event loop:
every tick late by more than its interval is a stall the learner would feel as a
frozen window. Stalls are reported for the whole run and for the steady part, after
the first training step has been drawn (before it, the job reads and tokenizes the
corpus and builds the model). The app imports what training needs in the background
once its pages have loaded; the bench waits for that, as a learner takes longer than that
to reach the Start button. The workspace (the classroom world, cleaned, and a tokenizer)
is prepared first with the same job the page offers, and is not timed.

A second run repeats it with Python's GIL switch interval at 1 ms instead of 5 ms:
the worker thread's Python code and the GUI thread take turns on the GIL, and the
shorter interval shortens each wait of the GUI thread.

`python -m bench gui --busy N` runs both next to N busy processes (`while True: pass`,
killed after), the window's test when another program competes for the cores.
`--seconds S` sets each probe's length.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time

PROBE_MS = 10
RUN_S = 20.0
STALL_MS = 50


class StallProbe:
    """Records, for each tick of a `PROBE_MS` timer, when it came and how late."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[tuple[float, float]] = []  # (time, ms late)
        self._last = time.perf_counter()
        self._timer = QTimer(interval=PROBE_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.ticks.append((now, max(0.0, (now - self._last) * 1000 - PROBE_MS)))
        self._last = now

    def stop(self) -> None:
        self._timer.stop()

    def summary(self, since: float = 0.0) -> dict:
        stalls = sorted(late for t, late in self.ticks if t >= since)
        p99 = stalls[min(len(stalls) - 1, int(0.99 * len(stalls)))] if stalls else 0.0
        return {"max_ms": round(stalls[-1] if stalls else 0.0, 1), "p99_ms": round(p99, 1),
                "over_50ms": sum(s > STALL_MS for s in stalls), "ticks": len(stalls)}


def _prepare(root: str) -> None:
    """Corpus and tokenizer for the bench, with the page's own "prepare" job (classroom world)."""
    from lab.cli import drive
    from lab.jobs.prepare import run as prepare
    from lab.workspace import Workspace

    drive(prepare(Workspace(root)), quiet=True)


def _wait_idle(app, runner) -> None:
    while runner.is_busy():  # other pages may start a short job when they load
        app.processEvents()
        time.sleep(0.01)


def _train_and_probe(root: str, seconds: float) -> dict:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from ui.app import application, build_window

    app = application()
    shutil.rmtree(os.path.join(root, "checkpoints"), ignore_errors=True)  # every run starts from scratch
    shutil.rmtree(os.path.join(root, "metrics"), ignore_errors=True)
    settings = QSettings(os.path.join(root, f"settings-{time.time()}.ini"), QSettings.Format.IniFormat)
    window = build_window(root, "en", settings)
    window.resize(1280, 800)
    window.show()
    window.load_pages()
    window.warm_up.join()  # torch's lazy imports, done in the background while a learner finds the Start button
    page = window.show_page("pretrain")
    page.form.editor("compile").setChecked(False)
    page.form.editor("max_steps").setValue(100_000)
    _wait_idle(app, window.ctx.runner)
    first_step: list[float] = []
    window.ctx.facts.changed.connect(
        lambda name, _v: first_step or name != "pretrain.step" or first_step.append(time.perf_counter()))
    probe = StallProbe()
    started = time.perf_counter()
    page.controls.start_button.click()
    if page.handle is None:
        raise RuntimeError(f"pretraining did not start: {page.problem.text() or page.blocker.text()}")
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    probe.stop()
    steps = window.ctx.facts.get("pretrain.step", 0)
    window.ctx.runner.stop()
    window.ctx.runner.wait(60)
    window.close()
    whole, steady = probe.summary(), probe.summary(first_step[0] if first_step else float("inf"))
    return {"seconds": round(time.perf_counter() - started, 1), "training steps": steps,
            "first step drawn after s": round(first_step[0] - started, 1) if first_step else None,
            **{f"whole run: {k}": v for k, v in whole.items()},
            **{f"steady: {k}": v for k, v in steady.items()}}


def run(seconds: float = RUN_S, busy: int = 0) -> dict:
    """Both probes; with `busy` > 0, next to that many busy processes (`python -m bench gui --busy N`)."""
    from bench.bench_load import Busy

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = tempfile.mkdtemp(prefix="llm-lab-bench-gui-")
    before = sys.getswitchinterval()
    beside = f"{busy} busy · " if busy else ""
    try:
        _prepare(root)
        with Busy(busy):
            results = {f"{beside}5 ms GIL switch · {k}": v for k, v in _train_and_probe(root, seconds).items()}
            sys.setswitchinterval(0.001)
            results.update({f"{beside}1 ms GIL switch · {k}": v for k, v in _train_and_probe(root, seconds).items()})
        return results
    finally:
        sys.setswitchinterval(before)
        shutil.rmtree(root, ignore_errors=True)
