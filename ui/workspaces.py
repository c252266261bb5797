"""File → New workspace, Open workspace and Recent workspaces.

A workspace is the folder that holds a learner's work (`lab.workspace`). Switching
opens a new window over the chosen folder and closes this one, so every page starts
from that folder's state; a running job is stopped and saved first, after asking.
The folders opened lately (and a folder the app moved earlier work into, when a
lesson started from a bundled stage) are listed under Recent, newest first, so
nobody needs the command line to get their work back. The last one opened is the
one the app opens next time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from lab.workspace import STAMP

RECENT_KEY, LAST_KEY = "workspaces/recent", "workspaces/last"
RECENT_MAX = 8


def recent(settings: QSettings) -> list[str]:
    """Recent workspace folders that still exist, newest first."""
    paths = settings.value(RECENT_KEY, [], type=list) or []
    return [p for p in paths if Path(p).is_dir()]


def remember(settings: QSettings, path: Path | str, last: bool = True) -> None:
    """Put `path` first in the recent list (and make it the one to open next time)."""
    path = str(Path(path).resolve())
    settings.setValue(RECENT_KEY, [path, *[p for p in recent(settings) if p != path]][:RECENT_MAX])
    if last:
        settings.setValue(LAST_KEY, path)


def last_opened(settings: QSettings) -> str | None:
    path = settings.value(LAST_KEY, None)
    return path if path and Path(path).is_dir() else None


class WorkspaceMenu(QObject):
    """The workspace actions of `window`'s File menu."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self._settings = window, settings
        # How a new window is opened and started: `ui.app` sets these (it builds every window), so this
        # module never imports the app module that imports it.
        self.open_window: Callable[..., QMainWindow | None] | None = None
        self.start: Callable[[QMainWindow], None] | None = None
        self.new_action = QAction(window, objectName="file.new_workspace", triggered=lambda: self.new())
        self.open_action = QAction(window, objectName="file.open_workspace", triggered=lambda: self.open())
        self.recent_menu = QMenu(window, objectName="file.recent_workspaces")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.new_action, self.open_action])
        menu.insertMenu(first, self.recent_menu)
        menu.insertSeparator(first)
        remember(settings, window.ctx.workspace.root)
        self._fill_recent()
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New workspace…"))
        self.new_action.setToolTip(self.tr("Start from nothing in a new, empty folder."))
        self.open_action.setText(self.tr("&Open workspace…"))
        self.open_action.setToolTip(self.tr("Open a folder with earlier work."))
        self.recent_menu.setTitle(self.tr("&Recent workspaces"))
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.window.ctx.workspace.root.resolve())
        for path in recent(self._settings):
            action = self.recent_menu.addAction(path)
            action.setCheckable(True)
            action.setChecked(path == current)
            action.triggered.connect(lambda _=False, path=path: self.switch(path))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def remember_elsewhere(self, path: Path | str) -> None:
        """List another folder under Recent (where earlier work was moved), keeping this one open next time."""
        remember(self._settings, path, last=False)
        remember(self._settings, self.window.ctx.workspace.root)
        self._fill_recent()

    # --- choosing a folder (tests replace these) ---------------------------------------
    def ask_folder(self, new: bool) -> str:
        title = self.tr("New workspace: choose or create an empty folder") if new else self.tr("Open workspace")
        return QFileDialog.getExistingDirectory(self.window, title, str(self.window.ctx.workspace.root.parent))

    def warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Workspaces"), text)

    # --- actions -----------------------------------------------------------------------
    def new(self, path: str | None = None) -> bool:
        path = path or self.ask_folder(new=True)
        if not path:
            return False
        if any(Path(path).iterdir()):
            self.warn(self.tr("The folder {path} is not empty. Choose an empty folder (or create one in the "
                              "dialog) so that nothing in it gets mixed with the new work.").format(path=path))
            return False
        return self.switch(path)

    def open(self, path: str | None = None) -> bool:
        path = path or self.ask_folder(new=False)
        if not path:
            return False
        if not (Path(path) / STAMP).is_file() and any(Path(path).iterdir()):
            self.warn(self.tr("The folder {path} is not an LLM Lab workspace. Choose the folder that holds "
                              "workspace.json, or make a new workspace.").format(path=path))
            return False
        return self.switch(path)

    def switch(self, path: str) -> bool:
        """Open `path` in a new window and close this one (after asking, if a job is running)."""
        if Path(path).resolve() == self.window.ctx.workspace.root.resolve():
            return False
        if self.window.ctx.runner.is_busy() and not self.window.confirm_close():
            return False
        lang = self.window._translations.language
        window = self.open_window(path, lang, self._settings)
        if window is None:  # it explained why (a newer format)
            return False
        remember(self._settings, path)
        self.window.ctx.runner.stop()
        self.window.ctx.runner.wait(30)
        window.show()
        self.start(window)
        self.window.next_window = window  # keeps it alive while the old window goes
        self.window.close()
        return True
