"""Python's cycle collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread is allocating when a generation
passes its threshold. When a job's worker thread collects a cycle that holds Qt objects
(a closed window's pages, a menu), their C++ destructors run on that thread: each takes
a Qt lock, then waits for Python's lock (the GIL) to tell the Python side. The GUI
thread, holding the GIL, waits for that same Qt lock to delete a widget of its own, and
the app freezes for good (a test run hung so: `gdb` showed exactly these two threads).
So before the app starts its first thread (the warm-up, a job), automatic collection is
switched off, and a timer on the GUI thread collects instead:
the generation Python itself would collect, by its own rules, a little later (a full
collection only once a quarter more objects reached the oldest generation since the last:
with torch loaded one takes 70–150 ms, a stall the learner would see every few seconds),
and the youngest generation at least once a second, because Python's count of new objects
also goes down as old ones are freed (a closed window's thousands of widgets bring it
back to zero) and so can hide new cycles from a timer that only reads it. Objects freed
by their count reaching zero are not collected this way and still go where their last
reference goes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 200  # how late a collection may come; an allocation-heavy second fills generation 0 a few times
YOUNG_EVERY = 5  # ticks: generation 0 is collected at least this often (once a second)
NAME = "gui_gc"


class GuiThreadCollector(QObject):
    """Collects on the GUI thread, on a timer, once `take_over` turned automatic collection off; see the module."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent, objectName=NAME)
        self._ticks = 0  # since the last collection
        self._long_lived = 0  # objects in the oldest generation after the last full collection
        self._young_at = -1  # generation 2's count when the oldest generation was last found too young to collect
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the oldest generation due (as Python would), else generation 0 when `YOUNG_EVERY` ticks
        passed; returns the generation collected, or -1 for none."""
        self._ticks += 1
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in (1, 0) if counts[g] > thresholds[g]]
        # Generation 2 only grows when generation 1 is collected (its count then goes up): one look per such pass.
        if counts[2] > thresholds[2] and counts[2] != self._young_at:
            if self._old_enough():
                due.insert(0, 2)
            else:
                self._young_at = counts[2]
        if not due and self._ticks >= YOUNG_EVERY:
            due = [0]
        if not due:
            return -1
        gc.collect(due[0])
        if due[0] == 2:
            self._long_lived, self._young_at = len(gc.get_objects(2)), -1
        self._ticks = 0
        return due[0]

    def take_over(self) -> None:
        """Switch automatic collection off (idempotent): before the first thread of ours starts."""
        if gc.isenabled():
            gc.disable()
            self._long_lived, self._young_at = len(gc.get_objects(2)), -1  # as Python's own rule counted

    def _old_enough(self) -> bool:
        """Python's rule for a full collection: the objects that reached the oldest generation since the last
        one are a quarter of those that survived it (counting them takes ~15 ms)."""
        return len(gc.get_objects(2)) - self._long_lived > self._long_lived / 4


def install(app: QObject) -> GuiThreadCollector:
    """The app's collector, made on the first call (the app may build several windows)."""
    return app.findChild(GuiThreadCollector, NAME) or GuiThreadCollector(app)


def before_a_thread_starts() -> None:
    """Call before starting a Python thread (a job, the warm-up): from then on only the GUI thread collects."""
    install(QCoreApplication.instance()).take_over()
