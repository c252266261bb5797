"""Which device torch computes on, and how many CPU threads it uses, on a laptop shared with other programs.

torch computes on a pool of OpenMP threads. When a pool thread runs out of work it
waits for the others, and by default it waits *spinning* for a few milliseconds before it
sleeps. On an idle machine that saves a wake-up per parallel region (hundreds per training
step at the classroom's sizes: passive waiting measured about 40 % slower idle). Next to
another busy program the spinning threads take the cores from the thread that still has
work, and training collapses to a tenth of its speed or less.

So the wait policy stays OpenMP's own (the pool reads it once, when torch loads, and
nothing can change it afterwards), and the collapse is avoided with the one thing that
*can* change at any time, the number of threads (`torch.set_num_threads`): never more
threads than cores other programs leave free. One thread has no team to wait for, so it
never spins against anyone. Each job chooses when it starts (`set_threads(0)`), and a long
job looks again between steps, at most every `RECHOOSE_S` seconds (`follow_load()`), so a
video call that starts mid-run costs a couple of seconds, not the run. The choice is
torch's default (one per core) less the cores other programs kept busy, never fewer than
one. A busy share is measured, on Linux, from `/proc/stat` minus this process's own CPU
time, so the app's own work never counts as someone else's; elsewhere there is no such
measure and every core is used. `thread_choice()` tells the status bar what was chosen
and why. torch sets a thread's count for the thread that asks, so jobs choose on the
thread that computes.

`prepare_threads()` runs first in every entry point (the app, the command line, DDP
workers, benchmarks, tests): it takes the first look at the load, so the first job's
choice covers the time since start-up.
"""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass

FOLLOW_LOAD = True  # False: `set_threads(0)` keeps torch's count (the tests: two runs of one test must match)
SAMPLE_S = 0.1  # shortest look at the other programs' load, when no recent one is at hand
FRESH_S = 10.0  # a look older than this says little about now: take a new one
RECHOOSE_S = 2.0  # a running job looks at the load again this often: a collapse lasts at most this long


@dataclass(frozen=True)
class ThreadChoice:
    """How many threads torch uses and why.

    `source` is `setting` (the job's own thread setting), `environment` (OMP_NUM_THREADS),
    `free` (every core; none busy elsewhere, or no way to know) or `shared` (fewer, because
    other programs keep `busy` of the `cores` busy).
    """

    threads: int
    cores: int
    busy: float
    source: str


def prepare_threads() -> None:
    """Start watching the other programs' load (first thing in every entry point)."""
    _WATCH.mark()


def usable_cores() -> int:
    """The cores this process may run on (its affinity where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def choose_threads(ceiling: int, cores: int, busy: float | None) -> ThreadChoice:
    """Threads for `busy` of `cores` cores kept busy by other programs (None: unknown).

    `ceiling` is torch's default (one thread per physical core): idle, nothing changes.
    Each busy core takes its share of the ceiling away, rounded, down to one thread.
    """
    ceiling = max(1, ceiling)
    if not busy or busy <= 0:
        return ThreadChoice(ceiling, cores, 0.0 if busy is None else max(0.0, busy), "free")
    free = max(0.0, cores - busy) / cores
    threads = max(1, min(ceiling, round(ceiling * free)))
    return ThreadChoice(threads, cores, round(busy, 1), "free" if threads == ceiling else "shared")


def set_threads(threads: int) -> int:
    """Use `threads` CPU threads (0 = choose from the free cores, see the module); returns the number in use."""
    import torch

    global _CHOICE
    with _LOCK:
        if threads > 0:
            choice = ThreadChoice(threads, usable_cores(), 0.0, "setting")
        elif _env_threads() is not None:
            choice = ThreadChoice(_env_threads(), usable_cores(), 0.0, "environment")
        elif not FOLLOW_LOAD:
            choice = ThreadChoice(torch.get_num_threads(), usable_cores(), 0.0, "free")
        else:
            choice = choose_threads(_torch_default(torch), usable_cores(), _WATCH.busy_elsewhere())
        torch.set_num_threads(choice.threads)
        _CHOICE = choice
    return torch.get_num_threads()


def follow_load() -> int:
    """Between two steps of a running job: choose the threads again if `RECHOOSE_S` passed since the last look.

    Only a count chosen from the load is revisited (not a job's setting or OMP_NUM_THREADS).
    Call it on the thread that computes, the one whose job called `set_threads`: torch
    keeps a count per thread. Returns the number of threads in use.
    """
    import torch

    global _CHOICE
    with _LOCK:
        before = _CHOICE
        if before is None or before.source not in ("free", "shared") or not FOLLOW_LOAD \
                or _WATCH.age() < RECHOOSE_S:
            return torch.get_num_threads()
        _CHOICE = choose_threads(_torch_default(torch), usable_cores(), _WATCH.busy_elsewhere(math.inf))
        if _CHOICE.threads != before.threads:  # resizing OpenMP's team costs; most looks change nothing
            torch.set_num_threads(_CHOICE.threads)
    return torch.get_num_threads()


def thread_choice() -> ThreadChoice | None:
    """The last choice `set_threads` made in this process (None before the first)."""
    return _CHOICE


def _env_threads() -> int | None:
    """OMP_NUM_THREADS as the user set it (prepare_threads never sets it), or None."""
    try:
        value = int(os.environ.get("OMP_NUM_THREADS", ""))
    except ValueError:
        return None
    return value if value > 0 else None


def _torch_default(torch) -> int:
    """torch's own thread count before anything here changed it (read once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = torch.get_num_threads()
    return _DEFAULT


class _LoadWatch:
    """How many cores other programs kept busy between two looks (Linux; None elsewhere)."""

    def __init__(self) -> None:
        self._last: tuple[float, int, int, int] | None = None  # (time, busy ticks, all ticks, own ticks)

    def mark(self) -> None:
        self._last = _ticks()

    def age(self) -> float:
        """Seconds since the last look (infinite before the first)."""
        return math.inf if self._last is None else time.monotonic() - self._last[0]

    def busy_elsewhere(self, fresh_s: float = FRESH_S) -> float | None:
        """Busy cores of ours taken by others since the last look (a fresh short look if that is stale).

        A running job passes `fresh_s=inf`: the time since its last look was its own steps,
        as telling as any.
        """
        before = self._last
        if before is None or not SAMPLE_S <= time.monotonic() - before[0] <= fresh_s:
            before = _ticks()
            if before is None:
                return None
            time.sleep(SAMPLE_S)  # this process sleeps meanwhile: what moves is the others'
        now = self._last = _ticks()
        if now is None or now[2] <= before[2]:
            return None
        others = max(0, (now[1] - before[1]) - (now[3] - before[3]))
        return others / (now[2] - before[2]) * usable_cores()  # the machine's busy share, on our cores


def _ticks() -> tuple[float, int, int, int] | None:
    """(now, busy and total CPU ticks of the machine, this process's CPU ticks), or None without /proc."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(v) for v in f.readline().split()[1:9]]
        with open("/proc/self/stat", encoding="ascii") as f:
            own = f.read().rsplit(")", 1)[1].split()
    except (OSError, ValueError, IndexError):
        return None
    idle = fields[3] + fields[4]  # idle + iowait
    return time.monotonic(), sum(fields) - idle, sum(fields), int(own[11]) + int(own[12])  # utime + stime


_LOCK = threading.Lock()
_WATCH = _LoadWatch()
_CHOICE: ThreadChoice | None = None
_DEFAULT: int | None = None


def best_device() -> str:
    """`cuda` if present, else `mps` (Apple), else `cpu`."""
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def device_name() -> str:
    """A short name for the status bar: `CPU`, `MPS` or `CUDA · <GPU name>`."""
    import torch

    device = best_device()
    if device == "cuda":
        return f"CUDA · {torch.cuda.get_device_name(0)}"
    return device.upper()


def warm_up() -> None:
    """Import what the first training step needs, ahead of it.

    Building the first optimizer imports about 800 of torch's modules (about a second, all
    of it holding Python's lock); done here, early, the first job starts without that wait.
    """
    import torch

    torch.optim.AdamW([torch.zeros(1, requires_grad=True)])
