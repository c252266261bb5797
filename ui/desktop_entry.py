"""`llm-lab desktop-entry`: a Linux menu entry (a `.desktop` file) that opens the app, with its icon.

    llm-lab desktop-entry            # adds LLM Lab to the desktop's applications menu
    llm-lab desktop-entry --remove   # takes it out again

It follows the XDG base directories: the entry goes to `$XDG_DATA_HOME/applications`
(by default `~/.local/share/applications`) and the icon to
`$XDG_DATA_HOME/icons/hicolor/scalable/apps`. The entry starts this very installation,
the `llm-lab` beside the running Python, so a pipx, uv or venv install each open their own.
The comment is written in every language the app has, read from its translations.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.resources import icon_path

APP_ID = "llm-lab"  # also the app's desktop file name (ui/app.py), so docks group its windows
COMMENT = QT_TRANSLATE_NOOP("DesktopEntry", "Build a language model end to end on your computer, and watch every step")


def claim_taskbar_identity() -> None:
    """Windows: group the app's windows under LLM Lab's own icon, not python.exe's.

    Windows picks a taskbar button's icon by the process's app id, which is Python's
    unless the process names its own; then the window icon set by ui/app.py shows.
    """
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def entry_paths(home: Path) -> tuple[Path, Path]:
    """Where the `.desktop` file and the icon go under the data folder `home`."""
    icons = home / "icons" / "hicolor" / "scalable" / "apps"
    return home / "applications" / f"{APP_ID}.desktop", icons / f"{APP_ID}.svg"


def launch_command() -> str:
    """The Exec line: the `llm-lab` script of this installation, else this Python running the launcher."""
    script = Path(sys.executable).parent / APP_ID
    args = [str(script)] if script.is_file() else [sys.executable, "-m", "ui.launcher"]
    return " ".join(_quote(a) for a in args)


def _quote(arg: str) -> str:
    # The desktop entry spec: `%` is doubled (it opens field codes); an argument holding a space
    # or a reserved character is quoted, with `"`, `` ` ``, `$` and `\` escaped inside the quotes,
    # then every `\` escaped once more, as in any string value.
    arg = arg.replace("%", "%%")
    if not any(c in arg for c in " \t\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("\\", "\\\\") + '"'


def translated(text: str, context: str = "DesktopEntry") -> dict[str, str]:
    """`text` in every language whose compiled translation has it, English as the source."""
    from PySide6.QtCore import QTranslator

    from ui.translations import I18N_DIR, LANGUAGES

    found = {}
    for lang in LANGUAGES:
        translator = QTranslator()
        if lang != "en" and translator.load(str(I18N_DIR / f"llm_lab_{lang}.qm")):
            found[lang] = translator.translate(context, text)  # empty when not translated
    return {lang: words for lang, words in found.items() if words}


def entry_text(exec_line: str, icon: Path) -> str:
    lines = ["[Desktop Entry]", "Type=Application", "Name=LLM Lab", f"Comment={COMMENT}"]
    lines += [f"Comment[{lang}]={text}" for lang, text in sorted(translated(COMMENT).items())]
    lines += [f"Exec={exec_line}", f"Icon={icon}", "Terminal=false", "Categories=Education;Science;"]
    return "\n".join(lines) + "\n"


def install(home: Path | None = None) -> Path:
    """Write the entry and its icon; returns the entry's path."""
    _linux_only()
    entry, icon = entry_paths(home or data_home())
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_path(), icon)
    entry.write_text(entry_text(launch_command(), icon), encoding="utf-8")
    return entry


def remove(home: Path | None = None) -> list[Path]:
    """Delete the entry and its icon; returns the files that were there."""
    _linux_only()
    gone = [p for p in entry_paths(home or data_home()) if p.is_file()]
    for path in gone:
        path.unlink()
    return gone


def _linux_only() -> None:
    if not sys.platform.startswith("linux"):
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The menu entry is for Linux desktops. On Windows and macOS, "
                                         "start LLM Lab with the `llm-lab` command."))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("desktop-entry", help="Linux: add LLM Lab, with its icon, to the desktop's applications menu.")
    p.add_argument("--remove", action="store_true", help="take the menu entry out again")
    p.set_defaults(func=command)


def command(args: argparse.Namespace) -> int:
    if args.remove:
        for path in remove():
            print(f"removed {path}", file=sys.stderr)
        return 0
    print(f"added LLM Lab to the applications menu: {install()}", file=sys.stderr)
    return 0
