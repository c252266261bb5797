"""The main window: a sidebar of pipeline stages, their pages, menus and a status bar."""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui import screen_fit
from ui.classroom import Classroom
from ui.context import AppContext
from ui.gui_gc import before_a_thread_starts
from ui.lessons.dock import LessonDock
from ui.pages import PAGES
from ui.pages.base import Page
from ui.runner import job_title
from ui.scenario_actions import ScenarioActions
from ui.sidebar_status import mark_sidebar
from ui.thread_label import ThreadLabel
from ui.translations import LANGUAGES, Translations
from ui.widgets.group_titles import fold_titles
from ui.widgets.wheel_guard import guard_all
from ui.workspaces import WorkspaceMenu

STOP_TIMEOUT_S = 30
SIDEBAR_WIDTH = 170  # pixels at normal text size; grows with presentation text

class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, translations: Translations, settings: QSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main")
        self._translations = translations
        self._settings = settings
        self.pages: list[Page] = []
        self.warm_up: threading.Thread | None = None  # started once the pages have loaded
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a long name is elided,
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)  # never scrolled sideways
        ctx.theme.changed.connect(self._fit_sidebar)
        self._fit_sidebar()
        self.stack = QStackedWidget(objectName="stack")
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_menus()
        self.scenario_actions = ScenarioActions(self)
        self.workspaces = WorkspaceMenu(self, settings)
        self.next_window: MainWindow | None = None  # the window a workspace switch opened
        self._build_status_bar()
        self.lesson_dock = LessonDock(self, translations, settings)
        self.classroom = Classroom(self, settings)
        ctx.runner.busy_changed.connect(self._on_busy_changed)
        ctx.runner.paused_changed.connect(lambda _: self._on_busy_changed(ctx.runner.job_name()))
        screen_fit.fit(self, settings.value("geometry", None))
        self.retranslate()

    # --- pages ---------------------------------------------------------------
    def load_pages(self) -> None:
        """Import and build every page (this is where torch gets imported)."""
        from lab.device import device_name, set_threads, warm_up

        for _key, target in PAGES:
            module, cls = target.split(":")
            page = getattr(importlib.import_module(module), cls)(self.ctx)
            if hasattr(page, "open_page"):
                page.open_page.connect(self.show_page)
            guard_all(page)
            fold_titles(page)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.sidebar.addItem(page.title())
        mark_sidebar(self.sidebar, self.pages, self.ctx)  # stage status dots, kept up to date
        set_threads(0)  # chosen from the cores free now; each job chooses again
        self.device_label.set_device(device_name())
        self.sidebar.setCurrentRow(0)
        self.retranslate()
        self.warm_up = threading.Thread(target=warm_up, name="warm-up", daemon=True)  # while the learner looks around
        before_a_thread_starts()
        self.warm_up.start()

    def open_lesson_number(self, number: int) -> bool:
        """Open lesson `number` (as `llm-lab --lesson N` asks); say so in the status bar if there is none."""
        dock = self.lesson_dock
        lesson = next((lesson for lesson in dock.lessons if lesson.number() == number), None)
        if lesson is None:
            self.statusBar().showMessage(self.tr("There is no lesson {n}.").format(n=number), 10000)
            return False
        dock.open_lesson(lesson.id)
        return True

    def _fit_sidebar(self) -> None:
        self.sidebar.setMinimumWidth(int(SIDEBAR_WIDTH * self.ctx.theme.scale))

    def show_page(self, key: str) -> Page:
        index = next(i for i, p in enumerate(self.pages) if p.key == key)
        self.sidebar.setCurrentRow(index)
        return self.pages[index]

    # --- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self, exclusive=True)
        self.language_actions = {}
        for lang, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(lang == self._translations.language)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.presentation_action = QAction(self, checkable=True, shortcut=QKeySequence("F11"))
        self.presentation_action.setChecked(self._settings.value("presentation", False, type=bool))
        self.presentation_action.toggled.connect(self.set_presentation)
        self.view_menu.addAction(self.presentation_action)

    def set_language(self, lang: str) -> None:
        self._translations.use(lang)
        self._settings.setValue("language", lang)
        self.language_actions[lang].setChecked(True)

    def set_presentation(self, on: bool) -> None:
        self.ctx.theme.set_presentation(on, screen_fit.presentation_scale(self))
        if not self.classroom_on():  # classroom mode turns it on for a while: not the learner's choice
            self._settings.setValue("presentation", on)
        if self.presentation_action.isChecked() != on:
            self.presentation_action.setChecked(on)

    def classroom_on(self) -> bool:
        return hasattr(self, "classroom") and self.classroom.is_on()

    # --- status bar ------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.device_label = ThreadLabel()
        self.job_label = QLabel(objectName="status.job")
        self.pause_button = QPushButton(objectName="status.pause", clicked=self.ctx.runner.toggle_pause)
        self.stop_button = QPushButton(objectName="status.stop", clicked=self.ctx.runner.stop)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.job_label, self.pause_button, self.stop_button):
            row.addWidget(widget)
        self.statusBar().addWidget(self.device_label)
        self.statusBar().addPermanentWidget(box)
        self._on_busy_changed("")

    def _on_busy_changed(self, name: str) -> None:
        runner = self.ctx.runner
        self.device_label.follow(bool(name))
        self.pause_button.setVisible(bool(name))
        self.stop_button.setVisible(bool(name))
        if not name:
            self.job_label.setText(self.tr("Ready"))
            return
        state = self.tr("paused") if runner.is_paused() else self.tr("running")
        self.job_label.setText(self.tr("{job}: {state}").format(job=job_title(name), state=state))
        self.pause_button.setText(self.tr("Resume") if runner.is_paused() else self.tr("Pause"))

    # --- language ---------------------------------------------------------------
    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("LLM Lab"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.scenario_actions.retranslate()
        self.workspaces.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.presentation_action.setText(self.tr("&Presentation mode"))
        self.presentation_action.setToolTip(self.tr("Bigger text and plots for a projector."))
        self.classroom.retranslate()
        self.stop_button.setText(self.tr("Stop"))
        for i, page in enumerate(self.pages):
            self.sidebar.item(i).setText(page.title())
        self.device_label.retranslate()
        self._on_busy_changed(self.ctx.runner.job_name())

    # --- closing ----------------------------------------------------------------
    def confirm_close(self) -> bool:
        """Ask before closing over a running job; tests replace this."""
        answer = QMessageBox.question(self, self.tr("Close LLM Lab"), self.tr(
            "{job} is running. Close anyway? It stops and saves first; next time it goes on from there.").format(
            job=job_title(self.ctx.runner.job_name())))
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask, then stop a running job cleanly (it saves a checkpoint) before the window goes."""
        if self.ctx.runner.is_busy():
            if not self.confirm_close():
                event.ignore()
                return
            self.statusBar().showMessage(self.tr("Stopping and saving…"))
            self.ctx.runner.stop()
            self.ctx.runner.wait(STOP_TIMEOUT_S)
        self.classroom.set_classroom(False)  # the geometry and look from before classroom mode are kept
        self._settings.setValue("geometry", self.saveGeometry())
        hold = getattr(self, "workspace_hold", None)  # set by ui.app.open_window
        if hold is not None:
            hold.close()  # the workspace's lock goes with its window (File → Open hands it to the next)
        super().closeEvent(event)
