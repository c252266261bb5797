"""Runs lab jobs off the GUI thread, with pause, resume and stop.

A job is a generator of `lab.events`. The runner iterates it in a worker thread and
puts each event on a queue; a 50 ms timer on the GUI thread drains the queue and
emits the events in one batch, so pages redraw at most ~20 times a second however
fast the job yields. Pause blocks the worker between two yields. Stop throws
`StopRequested` into the job at its next yield, so it can save and end cleanly.
A job whose work goes on elsewhere while its generator waits (the data-parallel
workers are separate processes) starts with `pause_with`, which pause and resume call
instead.
A job that raises becomes a message for the learner, never a crash.

One long job runs at a time (a laptop has few cores); `start` refuses a second one.
On Linux the worker thread runs at a lower CPU priority (nice +10), and so do the
threads and processes torch starts from it: when training and the window both want
a core, the window wins, so it keeps answering while every core trains.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from lab.errors import LabError, file_error
from lab.events import Job, StopRequested
from ui.gui_gc import before_a_thread_starts

log = logging.getLogger(__name__)
UPDATE_INTERVAL_MS = 50
JOB_CONTEXT = "job"  # the translation context of job names and progress messages
WORKER_NICE = 10


@dataclass(frozen=True)
class _Failed:
    message: str  # translated; "" for a bug, whose plain message is written on the GUI thread
    details: str = ""  # the raw error, for the log and a dialog's details, never the message


@dataclass(frozen=True)
class _Ended:
    stopped: bool


class RunHandle(QObject):
    """One run of one job: connect to its signals to draw what it reports."""

    events = Signal(list)  # a batch of lab events, in the order the job yielded them
    failed = Signal(str)  # a message for the learner, already translated
    finished = Signal(bool)  # True when the run was stopped before its end

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.details = ""  # set before `failed` when the error was a bug: its raw text, for "Show details"


class JobRunner(QObject):
    """Runs one job at a time in a worker thread; see the module docstring."""

    busy_changed = Signal(str)  # the running job's name, or "" when idle

    starting = Signal(str)  # a job is about to run (its name); busy_changed follows
    paused_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, interval_ms: int = UPDATE_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._queue: queue.Queue = queue.Queue()
        self._resume = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._handle: RunHandle | None = None
        self._paused = False
        self._pause_with: Callable[[bool], None] | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._drain)

    # --- commands from the GUI ---------------------------------------------
    def start(self, name: str, job_factory: Callable[[], Job],
              pause_with: Callable[[bool], None] | None = None) -> RunHandle:
        """Run `job_factory()` in the worker thread; returns the handle to listen to.

        `name` is untranslated (`QT_TRANSLATE_NOOP("job", …)`): whoever shows it translates it
        then, so the status bar and the energy log follow a change of language.

        `pause_with(True/False)` pauses and resumes a job that runs elsewhere; without it,
        pause holds the worker thread between two of the job's events.
        """
        if self.is_busy():
            raise LabError(self._busy_message(), job=job_title(self._handle.name))
        self._pause_with, self._paused = pause_with, False
        self._stop.clear()
        self._resume.set()
        self._handle = RunHandle(name, self)
        self._thread = threading.Thread(target=self._work, args=(job_factory,), name=f"job:{name}", daemon=True)
        self.starting.emit(name)  # before the job's first line runs: a listener may look at the workspace
        before_a_thread_starts()  # the job's thread must never destroy Qt objects (ui.gui_gc)
        self._thread.start()
        self._timer.start()
        self.busy_changed.emit(name)
        return self._handle

    def pause(self) -> None:
        if self.is_busy() and not self._paused:
            self._set_paused(True)

    def resume(self) -> None:
        if self._paused:
            self._set_paused(False)

    def _set_paused(self, on: bool) -> None:
        self._paused = on
        if self._pause_with is not None:
            self._pause_with(on)
        elif on:
            self._resume.clear()
        else:
            self._resume.set()
        self.paused_changed.emit(on)

    def toggle_pause(self) -> None:
        self.resume() if self.is_paused() else self.pause()

    def stop(self) -> None:
        """Ask the job to stop before its next step; it may still save."""
        self._stop.set()
        self.resume()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker ends (used when the app closes); True if it did."""
        if self._thread is not None:
            self._thread.join(timeout)
        self._drain()
        return not self.is_busy()

    def is_busy(self) -> bool:
        return self._handle is not None

    def is_paused(self) -> bool:
        return self.is_busy() and self._paused

    def job_name(self) -> str:
        return self._handle.name if self._handle else ""

    @staticmethod
    def _busy_message() -> str:
        from lab.i18n import QT_TRANSLATE_NOOP

        return QT_TRANSLATE_NOOP("LabError", "{job} is still running. Stop it first, or wait until it ends.")

    # --- the worker thread ---------------------------------------------------
    def _work(self, job_factory: Callable[[], Job]) -> None:
        _lower_priority()
        stopped = False
        try:
            job = job_factory()
            while True:
                self._resume.wait()
                if self._stop.is_set() and not stopped:
                    stopped = True
                    event = job.throw(StopRequested())
                else:
                    event = next(job)
                self._queue.put(event)
        except StopIteration:
            pass
        except StopRequested:
            stopped = True
        except LabError as err:
            self._queue.put(_Failed(err.message(QCoreApplication.translate)))
        except OSError as exc:  # the learner's disk or files, not a bug
            log.warning("job stopped on a file-system error: %s", exc)
            self._queue.put(_Failed(file_error(exc).message(QCoreApplication.translate)))
        except Exception as exc:  # noqa: BLE001 - any bug in a job must reach the learner as a message
            log.error("job failed\n%s", traceback.format_exc())
            self._queue.put(_Failed("", f"{type(exc).__name__}: {exc}"))
        self._queue.put(_Ended(stopped))

    # --- back on the GUI thread ----------------------------------------------
    def _drain(self) -> None:
        handle, batch = self._handle, []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _Failed | _Ended):
                self._flush(handle, batch)
                batch = []
                self._finish(handle, item)
            else:
                batch.append(item)
        self._flush(handle, batch)

    @staticmethod
    def _flush(handle: RunHandle | None, batch: list) -> None:
        if handle is not None and batch:
            handle.events.emit(batch)

    def _finish(self, handle: RunHandle | None, item: _Failed | _Ended) -> None:
        if handle is None:
            return
        if isinstance(item, _Failed):
            handle.details = item.details
            handle.failed.emit(item.message or bug_message())
            return
        self._timer.stop()
        self._handle = None
        self._thread = None
        if self._paused:
            self._paused = False
            self._resume.set()
            self.paused_changed.emit(False)
        self.busy_changed.emit("")
        handle.finished.emit(item.stopped)


def _lower_priority() -> None:
    """Give the calling thread (and what it starts later) nice +WORKER_NICE, where the OS allows it."""
    if sys.platform != "linux":
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + WORKER_NICE))
    except OSError:
        log.info("could not lower the worker thread's priority")


def bug_message() -> str:
    """What the learner reads when a job stops on a bug: plain words in the app's language, no Python."""
    from ui.crash import log_path

    return QCoreApplication.translate(
        "JobRunner", "This step stopped because of a problem inside LLM Lab, not because of anything you did. "
        "What was saved so far is kept. Try again; if it happens again, send the log to your teacher: {path}"
    ).format(path=log_path())


def job_title(name: str) -> str:
    """A job's name (as given to `start`, untranslated) in the app's language."""
    return QCoreApplication.translate(JOB_CONTEXT, name)
