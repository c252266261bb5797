"""Every lesson, played headless to its end in both languages, through the real window.

For each step: its page and highlights show; a prediction is made by clicking an
option; the check's gate stays shut while the facts say no and opens when they say
yes (the facts are set by driving the real widget where that is cheap, otherwise
directly, as the page would); each quiz is answered wrong first (feedback shown, gate
still shut) and then right; then *Next* is clicked. At the end the lesson is complete
and the index says so.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from lab.lesson_check import example_facts
from lab.lesson_format import LANGS, Lesson, Step, lesson_files

MIN_LESSONS = 12


# --- performing actions ------------------------------------------------------------------
def _page(window, key):
    return next((p for p in window.pages if p.key == key), None)


def _drive_app_page(window, value):
    if _page(window, value) is None:
        return False
    window.show_page(value)
    return True


def _slider_driver(setter: str, lo: float, hi: float):
    def drive(window, value):
        page = _page(window, "playground")
        if page is None or not lo <= value <= hi:
            return False
        getattr(page.controls, setter)(value)
        return True
    return drive


def _spin_driver(name: str):
    def drive(window, value):
        spin = window.findChild(QAbstractSpinBox, name)
        if spin is None or not isinstance(value, int) or not spin.minimum() <= value <= spin.maximum():
            return False
        spin.setValue(value)
        return True
    return drive


DRIVERS = {  # facts whose real widget the test moves, when the wanted value is within its range
    "app.page": _drive_app_page,
    "playground.temperature": _slider_driver("set_temperature", 0.0, 2.0),
    "playground.top_k": _slider_driver("set_top_k", 1, 100),
    "model.n_layer": _spin_driver("form.ModelConfig.n_layer"),
    "model.n_head": _spin_driver("form.ModelConfig.n_head"),
    "model.n_embd": _spin_driver("form.ModelConfig.n_embd"),
}


def perform(window, facts: dict) -> None:
    """Make the app's facts equal `facts`: through the real widget when there is a driver."""
    for name, value in facts.items():
        driver = DRIVERS.get(name)
        if driver is not None and not isinstance(value, bool) and driver(window, value):
            got = window.ctx.facts.get(name)
            same = got == value or (isinstance(got, float) and math.isclose(got, value, abs_tol=1e-9))
            assert same, f"driving {name} to {value!r} published {got!r}"
        else:
            window.ctx.facts.set(name, value)


# --- playing ---------------------------------------------------------------------------------
def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName()} should be visible"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def play_step(window, qtbot, step: Step, following: Step | None, where: str) -> None:
    player = window.lesson_dock.player
    assert player.step().title == step.title, where
    _assert_shown(window, qtbot, step, where)
    if step.check_tree is not None:
        assert not player.next_button.isEnabled(), f"{where}: the gate is open before the check holds"
    if step.predict is not None:
        assert not player.next_button.isEnabled(), f"{where}: the gate is open before the prediction"
        assert player.predict_box.result.isHidden()
        click(qtbot, player.predict_box.choices[-1])
        assert not player.predict_box.result.isHidden()
    if step.check_tree is not None:
        assert player.action_box.isVisible(), where
        assert not player.next_button.isEnabled(), f"{where}: the gate opened before the check held"
        perform(window, example_facts(step.check_tree, True))
        assert player.check_holds(), where
    if step.predict is not None:
        assert player.predict_box.revealed, f"{where}: the prediction's answer was not revealed"
    for box in player.quiz_boxes:
        right = box.question.correct_index()
        wrong = (right + 1) % len(box.choices)
        click(qtbot, box.choices[wrong])
        assert box.question.choices[wrong].feedback in box.result.text(), where
        assert not player.next_button.isEnabled(), f"{where}: a wrong answer opened the gate"
        click(qtbot, box.choices[right])
        assert box.question.choices[right].feedback in box.result.text(), where
    assert player.next_button.isEnabled(), f"{where}: the gate stays shut after doing everything"
    if following is not None:
        shut_gate(window, following)
    click(qtbot, player.next_button)


def _assert_shown(window, qtbot, step: Step, where: str) -> None:
    highlighter = window.lesson_dock.highlighter
    assert [f.name for f in highlighter.frames] == list(step.highlight), where
    if step.highlight:
        target = highlighter.find(step.highlight[0])
        assert target is not None, f"{where}: no widget {step.highlight[0]}"
        frame = highlighter.frames[0]

        def framed() -> bool:
            return frame.isVisible() and frame.geometry().contains(target.mapTo(window, target.rect().center()))

        try:
            qtbot.waitUntil(framed, timeout=2000)
        except Exception:  # noqa: BLE001 - say why, then fail
            raise AssertionError(f"{where}: {step.highlight[0]} is not framed: visible={target.isVisible()}, "
                                 f"region={target.visibleRegion().boundingRect()}, frame={frame.geometry()}, "
                                 f"target={target.mapTo(window, target.rect().topLeft())} {target.size()}") from None
    elif step.page:
        assert window.stack.currentWidget().key == step.page, where


def shut_gate(window, step: Step) -> None:
    """Before entering a step, make its check false, so its gate must be opened by the test."""
    if step.check_tree is not None:
        perform(window, example_facts(step.check_tree, False))


def play(window, qtbot, lesson: Lesson) -> None:
    dock = window.lesson_dock
    shut_gate(window, lesson.steps[0])
    dock.open_lesson(lesson.id)
    assert dock.player.lesson is not None and dock.player.lesson.lang == lesson.lang
    for n, step in enumerate(lesson.steps):
        where = f"{lesson.lang}/{lesson.id} step {n + 1} ({step.title})"
        assert dock.player.index == n, where
        following = lesson.steps[n + 1] if n + 1 < len(lesson.steps) else None
        play_step(window, qtbot, step, following, where)
    assert dock.player.complete, lesson.id
    assert dock.progress.done(lesson.id)
    dock.show_index()
    assert dock.index.cards[lesson.id].bar.value() == 100


@pytest.fixture
def app_window(qtbot, tmp_path, settings, request):
    from ui.app import build_window

    window = build_window(tmp_path / "workspace", request.param, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.load_pages()
    return window


def test_there_are_enough_lessons_in_both_languages():
    for lang in LANGS:
        assert len(lesson_files(lang)) >= MIN_LESSONS, lang


@pytest.mark.parametrize("app_window", LANGS, indirect=True)
def test_every_lesson_plays_to_its_end(app_window, qtbot):
    dock = app_window.lesson_dock
    assert len(dock.lessons) == len(lesson_files(dock.language)), "a lesson file did not load"
    for lesson in dock.lessons:
        play(app_window, qtbot, lesson)
