"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python < 3.12 drops a reference to `None` on every call of a Qt
method that returns nothing; after enough calls Python aborts. Live plots make such
calls 20 times a second, so the app would die mid-lesson.
"""

import sys

from PySide6.QtCore import QSize


def test_void_qt_calls_keep_none_reference_count():
    size = QSize()
    before = sys.getrefcount(None)
    for _ in range(1000):
        size.setWidth(3)
    assert sys.getrefcount(None) - before > -10
