"""How long until the main window is on screen, from a cold `python` process (goal: < 3 s)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

PROBE = """
import sys, tempfile
from PySide6.QtCore import QSettings
from ui.app import application, build_window
settings = QSettings(tempfile.mktemp(suffix='.ini'), QSettings.Format.IniFormat)
window = build_window(tempfile.mkdtemp(), 'es', settings)
window.show()
application().processEvents()
print('shown', flush=True)
window.load_pages()
print('pages', flush=True)
"""


def run() -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shown, pages = [], []
    for _ in range(3):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", PROBE], stdout=subprocess.PIPE, text=True, env=env,
                                cwd=tempfile.gettempdir())
        for line in proc.stdout:
            (shown if line.startswith("shown") else pages).append(time.perf_counter() - start)
        proc.wait()
    return {"window_visible_s (best of 3)": min(shown), "pages_loaded_s (best of 3)": min(pages)}
