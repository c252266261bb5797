"""`llm-lab desktop-entry`: the Linux menu entry with the app's icon, and the icon on the app itself."""

import sys
from pathlib import Path

import pytest

from lab.resources import icon_path
from ui import desktop_entry
from ui.launcher import main


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def _entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def test_desktop_entry_installs_an_entry_that_starts_this_install_with_the_icon(data_home):
    assert main(["desktop-entry"]) == 0
    entry = _entry(data_home / "applications" / "llm-lab.desktop")
    icon = Path(entry["Icon"])
    assert icon.parent == data_home / "icons" / "hicolor" / "scalable" / "apps"
    assert icon.read_bytes() == icon_path().read_bytes()
    assert entry["Type"] == "Application" and entry["Name"] == "LLM Lab"
    assert entry["Exec"] == desktop_entry.launch_command()
    assert entry["Comment[es]"].startswith("Construye un modelo de lenguaje")  # from the Spanish translation


def test_desktop_entry_remove_takes_entry_and_icon_out(data_home):
    main(["desktop-entry"])
    assert main(["desktop-entry", "--remove"]) == 0
    assert not list(data_home.rglob("llm-lab*"))


def test_desktop_entry_is_refused_off_linux_with_a_message(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry"]) == 2
    assert "Linux" in capsys.readouterr().err and not list(tmp_path.iterdir())


def test_exec_line_quotes_spaces_and_escapes_reserved_characters():
    assert desktop_entry._quote("/opt/llm-lab/bin/llm-lab") == "/opt/llm-lab/bin/llm-lab"
    assert desktop_entry._quote("/home/ana/my apps/llm-lab") == '"/home/ana/my apps/llm-lab"'
    assert desktop_entry._quote('/a b/$x"%') == '"/a b/\\\\$x\\\\"%%"'


def test_the_app_has_the_icon_and_the_entry_name(qapp):
    from ui.app import application

    app = application()
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == desktop_entry.APP_ID


def test_on_windows_the_app_names_itself_so_the_taskbar_shows_its_icon(monkeypatch):
    import ctypes

    named = []
    shell32 = type("Shell32", (), {"SetCurrentProcessExplicitAppUserModelID": staticmethod(named.append)})
    monkeypatch.setattr(ctypes, "windll", type("WinDLL", (), {"shell32": shell32}), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    desktop_entry.claim_taskbar_identity()
    assert named == [desktop_entry.APP_ID]
