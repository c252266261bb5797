"""The lessons dock beside the pages, and the Lessons menu.

The dock holds the lesson index and the player; it loads the lessons of the app's
language (and reloads them, at the same step, when the language changes), remembers
whether it was open and which lesson was, and in teacher mode turns the arrow keys,
space and a presenter's Page Up / Page Down into Back and Next (when the focused
widget does not use them itself). Classroom mode (`ui.classroom`) takes over these
keys while it is on: there Space first pauses or resumes a running job, and moves to
the next step only when no job runs.

It also publishes the fact `app.page` (the key of the page on screen), so a lesson
can check that the learner found a page.

A lesson's front matter may ask to start from a scenario or a bundled checkpoint
(`scenario: NAME`, `checkpoint: STAGE`). Whoever implements those registers an opener
in `START_HOOKS` (`START_HOOKS["checkpoint"] = lambda window, stage: ...`, returning
True when it loaded it); until then, the player shows the learner a note saying
what the lesson expects.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStackedWidget

from lab.lesson_format import LESSONS_DIR, Lesson, load_all
from ui.lessons.highlight import Highlighter
from ui.lessons.index import LessonIndex
from ui.lessons.player import LessonPlayer
from ui.lessons.progress import LessonProgress
from ui.translations import Translations

DOCK_WIDTH = 320  # narrowest lesson panel: leaves a 1280-pixel screen room for the page beside it
START_HOOKS: dict[str, Callable[[QMainWindow, str], bool]] = {}
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}


class LessonDock(QDockWidget):
    lessons_root = LESSONS_DIR  # tests point this at their own lessons

    def __init__(self, window: QMainWindow, translations: Translations, settings: QSettings) -> None:
        super().__init__(window)
        self.setObjectName("lessons.dock")
        self.main_window, self._translations, self._settings = window, translations, settings
        window.ctx.facts.declare(type(self).__name__, ("app.page",))  # the page shown, for lesson checks
        self.progress = LessonProgress(settings)
        self.highlighter = Highlighter(window)
        self.lessons: list[Lesson] = []
        self.language = ""
        self._reveal_when_pages_load = False
        self.index = LessonIndex(self.progress)
        self.player = LessonPlayer(window.ctx.facts, self.progress, self.highlighter)
        self.player.has_next_lesson = lambda lesson_id: self._next_id(lesson_id) is not None
        self.stack = QStackedWidget(objectName="lessons.stack")
        self.stack.addWidget(self.index)
        self.stack.addWidget(self.player)
        self.setWidget(self.stack)
        self.stack.setMinimumWidth(DOCK_WIDTH)  # on the content: Qt keeps the dock's own minimum from bigger text
        self._connect()
        self._build_menu()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.installEventFilter(self)  # key presses no focused widget used reach the window
        self.reload()
        self.player.set_teacher(self.progress.teacher())
        self.setVisible(settings.value("lessons/visible", False, type=bool))
        if self.progress.current() in self.ids():
            self.open_lesson(self.progress.current(), show=False)
            self.highlighter.clear()  # pages are not built yet; point once they are
            self._reveal_when_pages_load = True
        self.retranslate()

    def _connect(self) -> None:
        self.index.open_lesson.connect(self.open_lesson)
        self.player.index_requested.connect(self.show_index)
        self.player.progress_changed.connect(lambda _id: self.index.refresh())
        self.player.next_lesson_requested.connect(self._open_next)
        self.player.teacher_button.toggled.connect(self._on_teacher)
        self.visibilityChanged.connect(self._on_visibility)
        self.main_window.sidebar.currentRowChanged.connect(self._publish_page)

    def _build_menu(self) -> None:
        self.menu = QMenu(self.main_window, objectName="lessons.menu")
        self.main_window.menuBar().addMenu(self.menu)
        self.show_action = QAction(self, checkable=True, shortcut=QKeySequence("Ctrl+L"))
        self.show_action.toggled.connect(self.setVisible)
        self.index_action = QAction(self, triggered=self.show_index)
        self.teacher_action = QAction(self, checkable=True, toggled=self.player.set_teacher)
        self.lesson_actions: list[QAction] = []

    def _fill_menu(self) -> None:
        self.menu.clear()
        for action in (self.show_action, self.index_action, self.teacher_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.lesson_actions = []
        for lesson in self.lessons:
            action = self.menu.addAction(f"{lesson.number()}. {lesson.title}")
            action.triggered.connect(lambda _=False, i=lesson.id: self.open_lesson(i))
            self.lesson_actions.append(action)

    # --- lessons ------------------------------------------------------------------------
    def ids(self) -> list[str]:
        return [lesson.id for lesson in self.lessons]

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def reload(self) -> None:
        """Load the lessons of the app's language; keep the open lesson at its step."""
        self.language = self._translations.language
        self.lessons = load_all(self.language, self.lessons_root)
        self.index.set_lessons(self.lessons)
        self._fill_menu()
        current = self.player.lesson and self.lesson(self.player.lesson.id)
        if current is not None:
            self.player.load(current, self.player.index, enter=False)

    def open_lesson(self, lesson_id: str, show: bool = True) -> None:
        lesson = self.lesson(lesson_id)
        if lesson is None:
            return
        self.progress.set_current(lesson_id)
        fresh = self.progress.step(lesson_id) == 0 and not self.progress.passed(lesson_id)
        self.player.set_note(self._start(lesson) if fresh else "")
        self.player.load(lesson)
        self.stack.setCurrentWidget(self.player)
        if show:
            self.show()

    def _start(self, lesson: Lesson) -> str:
        """Run the lesson's start hooks; the note to show for those nobody could run."""
        notes = []
        for what, name in lesson.start.items():
            hook = START_HOOKS.get(what)
            if hook is not None and hook(self.main_window, name):
                continue
            if what == "checkpoint":
                page = next((p for p in self.main_window.pages if p.key == name), None)
                notes.append(self.tr("This lesson starts where the stage “{name}” ends. If you have not done that "
                                     "stage yet, do it first.").format(name=page.title() if page else name))
            else:
                notes.append(self.tr("This lesson is meant to start from the scenario {name}.").format(name=name))
        return " ".join(notes)

    def _next_id(self, lesson_id: str) -> str | None:
        ids = self.ids()
        return ids[ids.index(lesson_id) + 1] if lesson_id in ids and ids.index(lesson_id) + 1 < len(ids) else None

    def _open_next(self, lesson_id: str) -> None:
        following = self._next_id(lesson_id)
        if following is not None:
            self.open_lesson(following)

    def show_index(self) -> None:
        self.highlighter.clear()
        self.index.refresh()
        self.stack.setCurrentWidget(self.index)
        self.show()

    # --- handlers -----------------------------------------------------------------------
    def _on_teacher(self, on: bool) -> None:
        self.progress.set_teacher(on)
        if self.teacher_action.isChecked() != on:
            self.teacher_action.setChecked(on)

    def _on_visibility(self, visible: bool) -> None:
        self._settings.setValue("lessons/visible", visible)
        if self.show_action.isChecked() != visible:
            self.show_action.setChecked(visible)
        if not visible:
            self.highlighter.clear()
        elif self.main_window.pages:
            self._point_again()

    def _point_again(self) -> None:
        """Highlight the open step's widgets again (the dock reappeared, or the pages loaded)."""
        player = self.player
        if self.stack.currentWidget() is player and player.lesson is not None and not player.complete:
            player.show_me()

    def _publish_page(self, row: int) -> None:
        pages = self.main_window.pages
        if 0 <= row < len(pages):
            self.main_window.ctx.facts.set("app.page", pages[row].key)
        if self._reveal_when_pages_load and pages and self.isVisible():
            self._reveal_when_pages_load = False
            self._point_again()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Teacher mode: arrows, space and Page Up / Down move between steps.

        The filter sits on the main window, so it only sees the keys that the focused
        widget left unused: a slider or a text box keeps its arrows, a button its space.
        (Not an application-wide filter: PySide would wrap every object of the app for it,
        some of them half built or half destroyed.)
        """
        if obj is not self.main_window or event.type() != QEvent.Type.KeyPress or not self._keys_active():
            return False
        if event.key() in NEXT_KEYS:
            self.player.next()
        elif event.key() in BACK_KEYS:
            self.player.back()
        else:
            return False
        return True

    def _keys_active(self) -> bool:
        return self.player.teacher and self.can_step()

    def can_step(self) -> bool:
        """Whether a lesson step is on screen, so Back and Next mean something (classroom keys ask)."""
        return self.isVisible() and self.stack.currentWidget() is self.player

    # --- language -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._translations.language != self.language:
            self.reload()
        self.setWindowTitle(self.tr("Lessons"))
        self.menu.setTitle(self.tr("&Lessons"))
        self.show_action.setText(self.tr("Show &lessons"))
        self.index_action.setText(self.tr("Lesson &index"))
        self.teacher_action.setText(self.tr("&Teacher mode"))
        self.teacher_action.setToolTip(self.tr("Move freely between steps (arrow keys, space) and see every check."))
