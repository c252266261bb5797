"""`llm-lab shots`: render every page offscreen to `<out>/<page>.png`.

Pages draw what the workspace holds (metric history, checkpoints), so pointing
`--workspace` at a workspace where the pipeline has run gives full pictures.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SIZE = (1280, 800)


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
        window.show_page(page.key)
        for _ in range(5):
            app.processEvents()
        path = out / f"{page.key}.png"
        window.grab().save(str(path))
        written.append(path)
    window.close()
    return written
