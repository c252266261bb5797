"""`llm-lab shots`: render every page offscreen to `<out>/<page>.png`.

Pages draw what the workspace holds (metric history, checkpoints), so pointing
`--workspace` at a workspace where the pipeline has run gives full pictures. One more
picture, `classroom.png`, shows the pretraining page in classroom mode (big text, high
contrast). The Compare page is shot on the question it asks by itself when opened: an unknown
fact that the SFT model makes up and aligned models decline, when the workspace has one
(`lab.compare.opening`): the course's point.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

SIZE = (1366, 768)  # a school laptop or projector: what the pages must fit
IDLE_WAIT_S = 30.0
CLASSROOM_PAGE = "pretrain"


def render(out: Path, lang: str, workspace: str | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ui.app import application, build_window

    app = application()
    settings_file = Path(tempfile.mkdtemp()) / "shots.ini"
    window = build_window(workspace or tempfile.mkdtemp(prefix="llm-lab-shots-"), lang,
                          QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.resize(*SIZE)
    window.show()
    window.load_pages()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for page in window.pages:
        written.append(_shoot(app, window, page.key, out / f"{page.key}.png"))
    window.classroom.set_classroom(True)
    window.resize(*SIZE)  # classroom mode fits the window to the screen, and the offscreen screen is not a projector's
    written.append(_shoot(app, window, CLASSROOM_PAGE, out / "classroom.png"))
    window.classroom.set_classroom(False)
    window.close()
    return written


def _shoot(app, window, key: str, path: Path) -> Path:
    window.show_page(key)
    for _ in range(5):
        app.processEvents()
    deadline = time.monotonic() + IDLE_WAIT_S
    while window.ctx.runner.is_busy() and time.monotonic() < deadline:  # a page's own short job, e.g. a measurement
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(path))
    return path
