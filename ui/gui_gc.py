"""Python's cycle collector, run on the GUI thread only.

CPython collects reference cycles in whichever thread is allocating when a generation
passes its threshold. When a job's worker thread collects a cycle that holds Qt objects
(a closed window's pages, a menu), their C++ destructors run on that thread: each takes
a Qt lock, then waits for Python's lock (the GIL) to tell the Python side. The GUI
thread, holding the GIL, waits for that same Qt lock to delete a widget of its own, and
the app freezes for good (a test run hung so: `gdb` showed exactly these two threads).
So automatic collection is switched off, and a timer on the GUI thread collects instead:
the generation Python itself would collect, by its own thresholds, a little later, and
the youngest generation at least once a second, because Python's count of new objects
also goes down as old ones are freed (a closed window's thousands of widgets bring it
back to zero) and so can hide new cycles from a timer that only reads it. Objects freed
by their count reaching zero are not collected this way and still go where their last
reference goes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200  # how late a collection may come; an allocation-heavy second fills generation 0 a few times
YOUNG_EVERY = 5  # ticks: generation 0 is collected at least this often (once a second)
NAME = "gui_gc"


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread, on a timer; see the module."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent, objectName=NAME)
        gc.disable()
        self._ticks = 0  # since the last collection
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the oldest generation past its threshold (as Python would), else generation 0 when
        `YOUNG_EVERY` ticks passed; returns the generation collected, or -1 for none."""
        self._ticks += 1
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in (2, 1, 0) if counts[g] > thresholds[g]] or ([0] if self._ticks >= YOUNG_EVERY else [])
        if not due:
            return -1
        gc.collect(due[0])
        self._ticks = 0
        return due[0]


def install(app: QObject) -> GuiThreadCollector:
    """The app's collector, made on the first call (the app may build several windows)."""
    return app.findChild(GuiThreadCollector, NAME) or GuiThreadCollector(app)
