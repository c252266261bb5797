"""The status bar's device label: the device and how many threads torch uses, with why in its tooltip.

Each job chooses its threads when it starts (`lab.device.set_threads`), from the cores
other programs leave free, and again every few seconds while it runs (`follow_load`);
while a job runs the label looks every second, so it shows a new choice soon after.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from lab.device import ThreadChoice, thread_choice

REFRESH_MS = 1000


class ThreadLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="status.device")
        self._device = ""
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.retranslate)

    def set_device(self, device: str) -> None:
        self._device = device
        self.retranslate()

    def follow(self, busy: bool) -> None:
        """Look at the threads every second while a job runs (it may choose others than the last)."""
        self.retranslate()
        if busy:
            self._timer.start()
        else:
            self._timer.stop()

    def retranslate(self) -> None:
        choice = thread_choice()
        if not self._device or choice is None:
            self.setText(self.tr("Loading…"))
            self.setToolTip("")
            return
        text = self.tr("{device} · {threads} threads") if choice.source != "shared" else \
            self.tr("{device} · {threads} threads (cores shared)")
        self.setText(text.format(device=self._device, threads=choice.threads))
        self.setToolTip(self.why(choice))

    def why(self, choice: ThreadChoice) -> str:
        """The reason for the thread count, in the learner's words."""
        values = {"threads": choice.threads, "cores": choice.cores, "busy": f"{choice.busy:.1f}"}
        if choice.source == "setting":
            return self.tr("{threads} threads, as the job's “CPU threads” setting asks.").format(**values)
        if choice.source == "environment":
            return self.tr("{threads} threads, as the OMP_NUM_THREADS environment variable asks.").format(**values)
        if choice.source == "shared":
            return self.tr("{threads} threads: other programs keep about {busy} of the {cores} cores busy, and "
                           "more threads would only fight them for the cores. A running job looks again every "
                           "few seconds.").format(**values)
        return self.tr("{threads} threads: the {cores} cores are free of other work. A running job looks "
                       "again every few seconds.").format(**values)
