"""File → Open scenario / Save scenario: a teacher's TOML file sets up the whole app at once.

Opening reads and checks the whole file first (`lab.scenario.load`); a problem shows
its line and changes nothing. Then every page's settings form (found by objectName
`form.<ClassName>`) takes the scenario's preset and values, the listed controls are
hidden (their whole form row), and the lesson opens at its step. Saving writes what
the forms show now, the controls hidden now, and the lesson and step open now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QMainWindow, QMessageBox, QWidget

from lab import scenario as sc
from lab.errors import LabError
from ui.widgets.config_form import ConfigForm


class ScenarioActions(QObject):
    """The two File-menu actions and what they do to `window` (a MainWindow)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hidden: tuple[str, ...] = ()  # "section.field" hidden by the last scenario
        self.open_action = QAction(window, objectName="file.open_scenario", triggered=lambda: self.open())
        self.save_action = QAction(window, objectName="file.save_scenario", triggered=lambda: self.save())
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.open_action, self.save_action])
        menu.insertSeparator(first)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_action.setText(QCoreApplication.translate("Scenario", "&Open scenario…"))
        self.open_action.setToolTip(QCoreApplication.translate(
            "Scenario", "Load a teacher's scenario: settings, hidden controls and a lesson."))
        self.save_action.setText(QCoreApplication.translate("Scenario", "&Save scenario…"))
        self.save_action.setToolTip(QCoreApplication.translate(
            "Scenario", "Save the current settings, hidden controls and lesson as a scenario."))

    # --- opening -------------------------------------------------------------
    def ask_path(self, save: bool) -> str:
        """The file the teacher picks ('' if cancelled); tests replace this."""
        if save:
            title = QCoreApplication.translate("Scenario", "Save scenario")
        else:
            title = QCoreApplication.translate("Scenario", "Open scenario")
        kinds = QCoreApplication.translate("Scenario", "Scenario (*.toml)")
        pick = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        return pick(self.window, title, "", kinds)[0]

    def open(self, path: str | Path | None = None) -> sc.Scenario | None:
        path = path or self.ask_path(save=False)
        if not path:
            return None
        try:
            scenario = sc.load(path)  # everything is checked here, before anything changes
        except LabError as err:
            title = QCoreApplication.translate("Scenario", "Open scenario")
            QMessageBox.warning(self.window, title, err.message(QCoreApplication.translate))
            return None
        self.apply(scenario)
        return scenario

    def apply(self, scenario: sc.Scenario) -> None:
        for form in self.forms():
            section = sc.section_of(form.cls)
            preset_box = form.findChild(QComboBox, f"form.{form.cls.__name__}.preset")
            if preset_box is not None:
                preset_box.setCurrentText(scenario.preset)
            form.set_value(scenario.config(section))
        self._set_hidden(self.hidden, visible=True)
        self._set_hidden(scenario.hide, visible=False)
        self.hidden = scenario.hide
        if scenario.lesson:
            dock = self.window.lesson_dock
            dock.open_lesson(scenario.lesson)
            if scenario.step and dock.player.lesson is not None:
                dock.player.go(min(scenario.step, len(dock.player.lesson.steps)) - 1)

    def forms(self) -> list[ConfigForm]:
        """Every settings form of a known section, in every page."""
        return [f for f in self.window.findChildren(ConfigForm) if sc.section_of(f.cls)]

    def _set_hidden(self, entries: tuple[str, ...], visible: bool) -> None:
        names = sc.Scenario(hide=tuple(entries)).hidden_object_names()
        for name in names:
            for editor in self.window.findChildren(QWidget, name):
                layout = editor.parentWidget().layout() if editor.parentWidget() else None
                if isinstance(layout, QFormLayout):
                    layout.setRowVisible(editor, visible)
                else:
                    editor.setVisible(visible)

    # --- saving --------------------------------------------------------------
    def current(self) -> sc.Scenario:
        """What the app shows now, as a scenario."""
        configs, preset = {}, "classroom"
        for form in self.forms():
            configs[sc.section_of(form.cls)] = form.value()
            box = form.findChild(QComboBox, f"form.{form.cls.__name__}.preset")
            preset = box.currentText() if box is not None else preset
        player = self.window.lesson_dock.player
        lesson = player.lesson.id if player.lesson is not None else None
        step = player.index + 1 if lesson else None
        seed = configs["run"].seed if "run" in configs else None
        return sc.from_configs(configs, preset, seed=seed, lesson=lesson, step=step, hide=self.hidden)

    def save(self, path: str | Path | None = None) -> Path | None:
        path = path or self.ask_path(save=True)
        if not path:
            return None
        path = Path(path) if Path(path).suffix else Path(path).with_suffix(".toml")
        try:
            return sc.save(path, self.current())
        except (LabError, OSError) as err:
            reason = err.message(QCoreApplication.translate) if isinstance(err, LabError) else str(err)
            QMessageBox.warning(self.window, QCoreApplication.translate("Scenario", "Save scenario"), reason)
            return None
