"""The PySide6 workaround: many emits from Python never free `True`."""

import sys

from PySide6.QtCore import QObject, Signal

from ui import pyside_fixes


class Pinger(QObject):
    ping = Signal(str, object)
    relay = Signal()


def test_many_emits_leave_true_alive_and_relays_still_work(qapp):
    pyside_fixes.install()
    a, b, got = Pinger(), Pinger(), []
    a.relay.connect(b.relay.emit)
    b.relay.connect(lambda: got.append(1))
    for _ in range(30_000):
        a.ping.emit("x", 1)
    a.relay.emit()
    assert got == [1]
    assert sys.getrefcount(True) > 1000
