"""A workaround for a reference-counting bug in PySide6 6.12.0's `SignalInstance.emit`.

In that release, every `some_signal.emit(...)` made from Python returns `True` without
taking a reference to it, so each emit steals one reference to the `True` object. After
as many emits as `True` has references (some ten thousand in this app: minutes of a
training run, or one long test session), Python frees `True` and dies with
"Fatal Python error: bool_dealloc".

`install()` checks whether this PySide6 has the bug (it emits a probe signal and watches
`True`'s reference count) and, only if so, gives `True` a huge reserve of references,
which makes it as good as immortal (Python 3.12 makes it immortal by design). Wrapping
`emit` instead would break `signal.connect(other.emit)`, which PySide6 recognises only
for its own `emit`. On a fixed PySide6, or on Python 3.12+, it does nothing. Call it
once, early; calling it again is harmless.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBES = 16
RESERVE = 10**15  # emits before a problem: a million years at a thousand emits a second
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_steals_true() -> bool:
    """Whether emitting a signal from Python loses a reference to `True`."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= PROBES


def install() -> bool:
    """Protect `True` if this PySide6 needs it; True when protected (now or before)."""
    global _installed
    if _installed:
        return True
    if not emit_steals_true():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(True))  # ob_refcnt, the first field of every object
    refcount.value += RESERVE
    _installed = True
    return True
