"""Classroom mode: high contrast, full-screen plots, classroom keys and the freeze."""

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSplitter

from lab.events import Metrics
from ui.lessons.dock import LessonDock
from ui.widgets.live_plot import LivePlot
from ui.widgets.plot_style import MIN_WIDTH, PlotStyle
from ui.widgets.stats_chart import Group, StatsChart

SKY_BLUE, ORANGE, VERMILLION = "#56b4e9", "#e69f00", "#d55e00"
LESSON = """\
---
title: Three steps
goal: Walk through a lesson.
minutes: 10
---

## One

Read this.

## Two

And this.

## Three

And this too.
"""


@pytest.fixture
def lessons_dir(tmp_path, monkeypatch):
    for lang in ("es", "en"):
        folder = tmp_path / "lessons" / lang
        folder.mkdir(parents=True)
        (folder / "01-steps.md").write_text(LESSON, encoding="utf-8")
    monkeypatch.setattr(LessonDock, "lessons_root", tmp_path / "lessons")
    return tmp_path / "lessons"


@pytest.fixture
def classroom_window(lessons_dir, window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.classroom.set_classroom(True)
    yield window
    window.classroom.set_classroom(False)
    window.classroom.set_high_contrast(False)


@pytest.fixture
def slow_job(window, qtbot):
    """A job that yields a step every 20 ms until stopped; the runner is stopped at the end."""
    stop = threading.Event()

    def job():
        step = 0
        while not stop.is_set():
            time.sleep(0.02)
            step += 1
            yield Metrics(step, {"loss/train": 1.0 / step})

    handle = window.ctx.runner.start("Training", job)
    yield handle
    stop.set()
    window.ctx.runner.stop()
    window.ctx.runner.wait(5)


def _live_plot(qtbot, theme):
    host = QSplitter()
    qtbot.addWidget(host)
    plot = LivePlot(theme)
    host.addWidget(plot)
    plot.add_curve("loss/train", "train")
    plot.add_curve("loss/val", "val", dashed=True)
    for step in range(5):
        plot.append("loss/train", step, 3.0 - 0.5 * step)
    plot.redraw()
    return host, plot


def _drawn(plot, key="loss/train"):
    xs, _ = plot._curves[key].getData()
    return [] if xs is None else list(xs)


# --- high contrast -------------------------------------------------------------------------
def test_high_contrast_turns_plots_black_with_thick_colour_blind_safe_lines(window, settings, qtbot):
    theme = window.ctx.theme
    _, plot = _live_plot(qtbot, theme)
    chart = StatsChart(theme)
    qtbot.addWidget(chart)
    chart.set_groups([Group("words", 10, 5)])
    pen = plot._curves["loss/train"].opts["pen"]
    assert plot.plot.backgroundBrush().color().name() == "#ffffff" and pen.widthF() < MIN_WIDTH
    window.classroom.contrast_action.setChecked(True)
    assert settings.value("high_contrast", type=bool) is True
    for widget in (plot, chart):
        assert widget.plot.backgroundBrush().color().name() == "#000000"
    train, val = (plot._curves[k].opts["pen"] for k in ("loss/train", "loss/val"))
    assert train.widthF() >= MIN_WIDTH and val.widthF() >= MIN_WIDTH
    assert [train.color().name(), val.color().name()] == [SKY_BLUE, ORANGE]  # blue stays blue, orange orange
    assert val.style() == Qt.PenStyle.DashLine
    plot.add_curve("loss/new", "new")  # a curve added later is styled too
    assert plot._curves["loss/new"].opts["pen"].widthF() >= MIN_WIDTH
    assert chart._texts[0].color.name() == "#ffffff"  # dark numbers above the bars turn white
    window.classroom.contrast_action.setChecked(False)
    assert plot.plot.backgroundBrush().color().name() == "#ffffff"
    assert plot._curves["loss/train"].opts["pen"].color().name() == pen.color().name()
    assert plot._curves["loss/train"].opts["pen"].widthF() == pen.widthF()


def test_two_colours_of_one_hue_still_differ_in_high_contrast(window, qtbot):
    import pyqtgraph as pg
    from PySide6.QtGui import QColor

    window.classroom.set_high_contrast(True)
    style = PlotStyle(pg.PlotWidget(), window.ctx.theme)
    qtbot.addWidget(style.plot)
    red, brown = style.color(QColor("#d62728")), style.color(QColor("#8c564b"))
    assert red.name() == VERMILLION and brown.name() not in (VERMILLION, "#ffffff")
    assert style.color(QColor("#d62728")) == red  # the same colour always gets the same one
    assert style.color(QColor("#222222")).name() == "#ffffff"  # dark grey (text) turns white
    window.classroom.set_high_contrast(False)


def test_a_two_axis_plot_colours_its_axes_like_its_curves_and_freezes(window, qtbot):
    from ui.widgets.dual_axis_plot import DualAxisPlot

    theme = window.ctx.theme
    plot = DualAxisPlot(theme)
    qtbot.addWidget(plot)
    plot.add_curve("rm", "reward model", "#1f77b4")
    plot.add_curve("true", "rubric", "#2ca02c", right=True)
    window.classroom.set_high_contrast(True)
    assert plot.plot.getPlotItem().getAxis("left").pen().color().name() == SKY_BLUE
    assert plot.plot.getPlotItem().getAxis("right").pen().color() == plot._curves["true"].opts["pen"].color()
    theme.set_frozen(True)
    plot.append("rm", 1, 0.5)
    assert plot._curves["rm"].getData()[0] is None or len(plot._curves["rm"].getData()[0]) == 0
    theme.set_frozen(False)
    assert list(plot._curves["rm"].getData()[0]) == [1]
    window.classroom.set_high_contrast(False)
    assert plot.plot.getPlotItem().getAxis("left").pen().color().name() == "#1f77b4"


def test_high_contrast_is_remembered(window, settings, tmp_path, qtbot):
    from ui.app import build_window

    window.classroom.set_high_contrast(True)
    again = build_window(tmp_path / "ws2", "en", settings)
    qtbot.addWidget(again)
    assert again.classroom.contrast_action.isChecked() and again.ctx.theme.high_contrast
    again.classroom.set_high_contrast(False)
    window.classroom.set_high_contrast(False)


# --- full screen ---------------------------------------------------------------------------
def test_a_plot_goes_full_screen_live_and_esc_brings_it_back_with_its_data(qtbot):
    host, plot = _live_plot(qtbot, None)
    host.show()
    plot.full_screen.action.trigger()
    full = plot.full_screen.window
    assert full is not None and plot.plot.window() is full and full.isFullScreen()
    plot.append("loss/train", 5, 0.4)  # data keeps arriving while full screen
    qtbot.waitUntil(lambda: len(_drawn(plot)) == 6, timeout=2000)
    qtbot.keyClick(plot.plot, Qt.Key.Key_Escape)  # the plot has the focus; the key reaches its window
    assert plot.full_screen.window is None
    assert plot.plot.parentWidget() is plot and plot.plot.window() is host and plot.plot.isVisible()
    assert _drawn(plot) == [0, 1, 2, 3, 4, 5]
    assert plot.full_screen.action.text() == "Show full screen"


def test_a_double_click_shows_a_plot_full_screen_and_another_brings_it_back(qtbot):
    host, plot = _live_plot(qtbot, None)
    host.show()
    center = plot.plot.viewport().rect().center()
    qtbot.mouseDClick(plot.plot.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert plot.full_screen.is_full_screen()
    qtbot.mouseDClick(plot.plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.plot.viewport().rect().center())
    assert not plot.full_screen.is_full_screen() and plot.plot.window() is host


# --- classroom mode ------------------------------------------------------------------------
def test_classroom_mode_turns_on_big_text_and_high_contrast_and_gives_back_the_look(window):
    theme = window.ctx.theme
    window.set_presentation(True)  # on before: it stays on after
    window.classroom.classroom_action.setChecked(True)
    assert theme.scale > 1 and theme.high_contrast and window.classroom.freeze_action.isEnabled()
    window.classroom.classroom_action.setChecked(False)
    assert theme.scale > 1 and not theme.high_contrast and not window.classroom.freeze_action.isEnabled()
    window.set_presentation(False)


def test_notes_with_a_text_role_grow_with_presentation_text_and_lighten_in_high_contrast(window):
    from ui import palette

    note = QLabel("a note", window)
    palette.set_role(note, "muted")
    note.ensurePolished()
    before = note.font().pointSizeF()
    light = note.palette().color(note.foregroundRole()).name()
    assert light == palette.text_colour("muted")
    theme = window.ctx.theme
    theme.set_presentation(True)
    theme.set_high_contrast(True)
    note.ensurePolished()
    assert note.font().pointSizeF() > before
    assert note.palette().color(note.foregroundRole()).name() == palette.text_colour("muted", high_contrast=True)
    bold = QLabel("a heading", window)
    bold.setStyleSheet("font-weight: bold;")
    bold.ensurePolished()
    theme.set_high_contrast(False)
    theme.set_high_contrast(True)
    bold.ensurePolished()
    assert bold.palette().color(bold.foregroundRole()).name() == "#ffffff"  # white on black, like the rest
    theme.set_high_contrast(False)
    theme.set_presentation(False)
    note.ensurePolished()
    assert note.palette().color(note.foregroundRole()).name() == light
    assert note.font().pointSizeF() == before


def test_space_pauses_and_resumes_a_running_job(classroom_window, slow_job, qtbot):
    runner = classroom_window.ctx.runner
    button = QPushButton("a button")  # Space would press it, but a job runs: Space pauses
    pressed = []
    button.clicked.connect(lambda: pressed.append(True))
    classroom_window.statusBar().addWidget(button)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert runner.is_paused()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert runner.is_busy() and not runner.is_paused() and pressed == []


def test_space_in_a_text_box_types_a_space(classroom_window, slow_job, qtbot):
    runner = classroom_window.ctx.runner
    box = QLineEdit()
    classroom_window.statusBar().addWidget(box)
    box.setFocus()
    qtbot.keyClicks(box, "a b")
    assert box.text() == "a b" and not runner.is_paused()


def test_arrows_and_space_move_through_the_lesson_when_no_job_runs(classroom_window, qtbot):
    dock = classroom_window.lesson_dock
    dock.open_lesson("01-steps")
    assert not dock.player.teacher
    classroom_window.setFocus()
    qtbot.keyClick(classroom_window, Qt.Key.Key_Right)
    assert dock.player.index == 1
    qtbot.keyClick(classroom_window, Qt.Key.Key_Space)
    assert dock.player.index == 2
    qtbot.keyClick(classroom_window, Qt.Key.Key_Left)
    qtbot.keyClick(classroom_window, Qt.Key.Key_PageUp)
    assert dock.player.index == 0


def test_a_focused_slider_keeps_its_arrows_and_a_button_its_space_when_no_job_runs(classroom_window, qtbot):
    from PySide6.QtWidgets import QSlider

    dock = classroom_window.lesson_dock
    dock.open_lesson("01-steps")
    slider = QSlider(Qt.Orientation.Horizontal)
    button = QPushButton("a button")
    pressed = []
    button.clicked.connect(lambda: pressed.append(True))
    for widget in (slider, button):
        classroom_window.statusBar().addWidget(widget)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert slider.value() == 1 and pressed == [True] and dock.player.index == 0


def test_outside_classroom_mode_the_keys_are_ordinary(window, lessons_dir, qtbot):
    window.show()
    window.activateWindow()
    dock = window.lesson_dock
    dock.open_lesson("01-steps")
    button = QPushButton("a button")
    pressed = []
    button.clicked.connect(lambda: pressed.append(True))
    window.statusBar().addWidget(button)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert pressed == [True] and dock.player.index == 0


# --- freeze ---------------------------------------------------------------------------------
def test_freeze_keeps_new_points_undrawn_until_unfrozen_and_survives_a_language_switch(
        classroom_window, qtbot):
    _, plot = _live_plot(qtbot, classroom_window.ctx.theme)
    classroom = classroom_window.classroom
    qtbot.keyClick(classroom_window, Qt.Key.Key_F)
    assert classroom.freeze_action.isChecked() and classroom.frozen_label.isVisible()
    assert classroom.frozen_label.text() == "Plots frozen — press F"
    plot.append("loss/train", 5, 0.4)
    plot.append("loss/train", 6, 0.3)
    qtbot.wait(200)  # several redraw ticks
    assert _drawn(plot) == [0, 1, 2, 3, 4]
    assert list(plot.data("loss/train")[0]) == [0, 1, 2, 3, 4, 5, 6]  # kept, not drawn
    classroom_window.set_language("es")
    qtbot.waitUntil(lambda: classroom.frozen_label.text() == "Gráficas congeladas — pulsa F", timeout=2000)
    qtbot.wait(200)
    assert classroom_window.ctx.theme.frozen and _drawn(plot) == [0, 1, 2, 3, 4]
    qtbot.keyClick(classroom_window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: _drawn(plot) == [0, 1, 2, 3, 4, 5, 6], timeout=2000)
    assert not classroom.frozen_label.isVisible()
    classroom_window.set_language("en")


def test_leaving_classroom_mode_unfreezes(classroom_window):
    classroom = classroom_window.classroom
    classroom.freeze_action.setChecked(True)
    classroom.set_classroom(False)
    assert not classroom_window.ctx.theme.frozen and not classroom.freeze_action.isEnabled()


def test_a_new_look_never_walks_every_widget_of_the_app(window, monkeypatch):
    """Restyling each of QApplication.allWidgets() touched inner widgets Qt had deleted meanwhile (a crash):
    a new font or palette reaches widgets through Qt's own propagation, and new role colours only the
    widgets the app gave a role."""
    from PySide6.QtWidgets import QApplication

    def walked():
        raise AssertionError("walked every widget of the app")

    monkeypatch.setattr(QApplication, "allWidgets", staticmethod(walked))
    window.classroom.classroom_action.setChecked(True)
    assert window.ctx.theme.scale > 1 and window.ctx.theme.high_contrast
    window.classroom.classroom_action.setChecked(False)
    assert window.ctx.theme.scale == 1 and not window.ctx.theme.high_contrast
