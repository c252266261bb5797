"""Classroom mode: what a teacher needs in front of a projector, under one switch (F10).

It turns on presentation fonts and high contrast together and folds the pages' settings
away so the plots take the space (and gives back the look, size and place the window
had when it ends, without remembering the classroom look for the next start), and
makes a few keys work everywhere in the app, the full-screen plots included:

- Space pauses or resumes the running job; with no job running it moves to the next
  lesson step, as in the lesson dock's teacher mode.
- Right / Page Down and Left / Page Up move to the next and previous lesson step
  (a presenter's remote sends Page Up / Page Down).
- F freezes the live plots: they keep the data that arrives but do not draw it until F
  is pressed again (the status bar says so), so the picture stands still while the
  teacher talks. Leaving classroom mode unfreezes them.

The keys are Qt shortcuts, so a text box, a spin box or an editable combo box keeps
them (Qt asks the focused widget first). The window also hands a key back to the
focused widget when that widget uses it and the classroom has nothing better to do
with it: a combo box keeps every key, a slider its arrows, a focused button its Space
unless a job is running (then Space pauses it: the button was most likely the one that
started the job). An application-wide event filter would do the same but wraps every
object of the app in PySide, so the check happens on the ShortcutOverride event that
Qt sends up from the focused widget to its window.

High contrast also stands on its own in the View menu and is remembered (when chosen
outside classroom mode).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QWidget,
)

from ui import screen_fit
from ui.palette import set_role

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
FREEZE_KEY = "F"
CLASSROOM_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_F, *NEXT_KEYS, *BACK_KEYS}


class Classroom(QObject):
    """The View-menu actions, the keys and the freeze indicator of `window` (a MainWindow)."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self._settings = window, settings
        self.theme, self.runner = window.ctx.theme, window.ctx.runner
        self._look_before = (False, False)  # presentation, high contrast: what classroom mode gives back
        self._geometry_before: tuple[QByteArray, QSize] | None = None  # and the window's place and size
        self._build_actions()
        self._build_keys()
        self.frozen_label = QLabel(objectName="status.frozen", visible=False)
        set_role(self.frozen_label, "frozen")
        window.statusBar().addPermanentWidget(self.frozen_label)
        self.theme.frozen_changed.connect(self._on_frozen)
        window.installEventFilter(self)
        self.contrast_action.setChecked(settings.value("high_contrast", False, type=bool))
        self.retranslate()

    def _build_actions(self) -> None:
        window = self.window
        self.contrast_action = QAction(window, objectName="view.high_contrast", checkable=True,
                                       toggled=self.set_high_contrast)
        self.classroom_action = QAction(window, objectName="view.classroom", checkable=True,
                                        shortcut=QKeySequence("F10"), toggled=self.set_classroom)
        self.freeze_action = QAction(window, objectName="view.freeze", checkable=True, enabled=False,
                                     toggled=self.theme.set_frozen)
        self.freeze_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        for action in (self.contrast_action, self.classroom_action, self.freeze_action):
            window.view_menu.addAction(action)

    def _build_keys(self) -> None:
        keys = [(Qt.Key.Key_Space, self._on_space)]
        keys += [(key, lambda: self._step(forward=True)) for key in NEXT_KEYS]
        keys += [(key, lambda: self._step(forward=False)) for key in BACK_KEYS]
        self.shortcuts = []
        for key, handler in keys:
            shortcut = QShortcut(QKeySequence(key), self.window, context=Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(handler)
            shortcut.setEnabled(False)
            self.shortcuts.append(shortcut)

    # --- switches -----------------------------------------------------------------------
    def is_on(self) -> bool:
        return self.classroom_action.isChecked()

    def set_high_contrast(self, on: bool) -> None:
        self.theme.set_high_contrast(on)
        if not self.is_on():  # classroom mode turns it on for a while: not the learner's choice
            self._settings.setValue("high_contrast", on)
        if self.contrast_action.isChecked() != on:
            self.contrast_action.setChecked(on)

    def set_classroom(self, on: bool) -> None:
        if self.classroom_action.isChecked() != on:
            self.classroom_action.setChecked(on)  # comes back here through `toggled`
            return
        presentation = self.window.presentation_action
        if on:
            self._look_before = (presentation.isChecked(), self.contrast_action.isChecked())
            self._geometry_before = (self.window.saveGeometry(), self.window.size())
        presentation.setChecked(on or self._look_before[0])
        self.contrast_action.setChecked(on or self._look_before[1])
        self.theme.set_folded(on)
        if on:
            screen_fit.fit(self.window)  # bigger text must not push the window off the screen
        elif self._geometry_before is not None:
            saved, self._geometry_before = self._geometry_before, None
            self._give_back_geometry(saved)
            # Again once the event loop has laid out the smaller text (a window system may still hold
            # the classroom minimum at this moment).
            QTimer.singleShot(0, lambda: self._give_back_geometry(saved))
        for shortcut in self.shortcuts:
            shortcut.setEnabled(on)
        self.freeze_action.setEnabled(on)
        self.freeze_action.setShortcut(QKeySequence(FREEZE_KEY) if on else QKeySequence())
        if not on:
            self.freeze_action.setChecked(False)

    def _give_back_geometry(self, saved: tuple[QByteArray, QSize]) -> None:
        """The window's size and place from before classroom mode, exactly.

        The layouts are brought up to date first: until then the window's minimum size is
        still that of classroom text, and Qt would refuse the smaller size.
        """
        window = self.window
        for widget in window.findChildren(QWidget):  # layouts keep sizes from before: forget them
            widget.updateGeometry()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.layout().activate()
        geometry, size = saved
        window.restoreGeometry(geometry)
        window.resize(size)  # the size exactly, even where the platform rounds a restored geometry

    def _on_frozen(self, on: bool) -> None:
        self.frozen_label.setVisible(on)
        if self.freeze_action.isChecked() != on:
            self.freeze_action.setChecked(on)

    # --- keys ---------------------------------------------------------------------------
    def _on_space(self) -> None:
        if self.runner.is_busy():
            self.runner.toggle_pause()
        else:
            self._step(forward=True)

    def _step(self, forward: bool) -> None:
        dock = self.window.lesson_dock
        if dock.can_step():
            dock.player.next() if forward else dock.player.back()

    def _wanted(self, key: int) -> bool:
        """Whether a classroom key acts now, or goes to the focused widget that uses it."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QComboBox):
            return False
        if key == Qt.Key.Key_Space:
            return self.runner.is_busy() or (self.window.lesson_dock.can_step()
                                             and not isinstance(focus, QAbstractButton))
        if key in NEXT_KEYS or key in BACK_KEYS:
            return self.window.lesson_dock.can_step() and not isinstance(focus, QAbstractSlider)
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Hand a classroom key back to the focused widget (see the module docstring)."""
        if obj is not self.window or event.type() != QEvent.Type.ShortcutOverride or not self.is_on():
            return False
        key_event: QKeyEvent = event
        if key_event.modifiers() != Qt.KeyboardModifier.NoModifier or key_event.key() not in CLASSROOM_KEYS:
            return False
        if self._wanted(key_event.key()):
            return False
        event.accept()
        return True

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.contrast_action.setText(self.tr("&High contrast"))
        self.contrast_action.setToolTip(self.tr("White on black with thick lines, easy to read from the back."))
        self.classroom_action.setText(self.tr("&Classroom mode"))
        self.classroom_action.setToolTip(self.tr(
            "Big text and high contrast. Space pauses or resumes the job, the arrows move through the lesson, "
            "F freezes the plots."))
        self.freeze_action.setText(self.tr("&Freeze plots"))
        self.freeze_action.setToolTip(self.tr("Plots keep the new data but stop moving until you press F again."))
        self.frozen_label.setText(self.tr("Plots frozen — press F"))
