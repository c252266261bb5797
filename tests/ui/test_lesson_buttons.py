"""Every button of the lesson panel, pressed with the mouse: none may raise or open the crash dialog."""

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from tests.ui import test_lesson_player as player_tests

# The lesson window of the player's tests: two short lessons in a temporary folder.
lessons_dir, dock_window = player_tests.lessons_dir, player_tests.dock_window


@pytest.fixture
def no_exceptions(monkeypatch):
    """Qt slots that raise go to sys.excepthook (the crash dialog in the app): collect them instead."""
    errors = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: errors.append(info[1]))
    return errors


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_completion_buttons_open_the_next_lesson_and_the_index(dock_window, qtbot, no_exceptions):
    dock = dock_window.lesson_dock
    dock.open_lesson("07-sampling")
    dock.teacher_action.setChecked(True)  # move freely to the end
    player = dock.player
    while not player.complete:
        click(qtbot, player.next_button)
    view = player.scroll.widget()
    click(qtbot, view.next_button)
    assert player.lesson.id == "08-more" and not player.complete
    while not player.complete:
        click(qtbot, player.next_button)
    view = player.scroll.widget()
    assert not view.next_button.isVisible()  # the last lesson has no next one
    click(qtbot, view.index_button)
    assert dock.stack.currentWidget() is dock.index
    assert no_exceptions == []


def test_every_button_of_the_player_and_the_index_can_be_pressed(dock_window, qtbot, no_exceptions):
    dock = dock_window.lesson_dock
    dock.show_index()
    click(qtbot, dock.index.cards["07-sampling"].button)
    player = dock.player
    assert dock.stack.currentWidget() is player
    click(qtbot, player.teacher_button)
    assert player.teacher
    click(qtbot, player.next_button)
    step_view = player.scroll.widget()
    click(qtbot, step_view.show_me)  # step 2 highlights a widget
    click(qtbot, player.back_button)
    assert player.index == 0
    click(qtbot, player.restart_button)
    click(qtbot, player.teacher_button)
    assert not player.teacher
    click(qtbot, player.index_button)
    assert dock.stack.currentWidget() is dock.index
    pressed = {b.objectName() for b in player.findChildren(QAbstractButton)}
    assert {"lessons.index_button", "lessons.teacher", "lessons.back", "lessons.restart", "lessons.next"} <= pressed
    assert no_exceptions == []


def test_the_question_buttons_can_be_pressed(dock_window, qtbot, no_exceptions):
    dock = dock_window.lesson_dock
    dock.open_lesson("07-sampling")
    player = dock.player
    player.go(2)
    click(qtbot, player.predict_box.choices[0])  # one guess; the others close
    assert player.predict_box.guessed()
    player.go(3)
    for choice in player.quiz_boxes[0].choices:
        if choice.isEnabled():
            click(qtbot, choice)
    assert player.quiz_boxes[0].solved()
    assert no_exceptions == []
