"""The lesson player: gates on checks, predict-first, quizzes, modes, progress, the dock."""

import textwrap

import pytest
from PySide6.QtCore import Qt

from lab.lesson_format import parse_lesson
from ui.lessons.dock import LessonDock
from ui.lessons.player import LessonPlayer
from ui.lessons.progress import LessonProgress
from ui.state import Facts

LESSON = textwrap.dedent("""\
    ---
    title: Temperature
    goal: See what temperature does.
    minutes: 12
    ---

    ## Read

    Just read this.

    ## Cool it down

    Lower the temperature and generate.

    highlight: demo.slider
    action: Set the temperature to 0.2 and generate three times.
    check: playground.temperature <= 0.3 and playground.generations >= 3

    ## Predict

    Think first.

    predict: What happens to the tallest bar?
    - [ ] It shrinks.
      You guessed it shrinks.
    - [x] It grows.
    reveal: Small temperatures stretch the differences.
    action: Look at the bars.
    check: playground.temperature < 0.5

    ## Quiz

    One question.

    quiz: Temperature 0 is…
    - [ ] random
      No: it is the opposite of random.
    - [x] greedy
      Yes: always the most likely token.
    """)


class FakeNavigator:
    def __init__(self):
        self.pages, self.highlights, self.cleared = [], [], 0

    def open_page(self, key):
        self.pages.append(key)
        return True

    def highlight(self, names):
        self.highlights.append(tuple(names))

    def reveal(self, name):
        return True

    def clear(self):
        self.cleared += 1


@pytest.fixture
def progress(settings):
    return LessonProgress(settings)


@pytest.fixture
def player(qtbot, progress):
    facts = Facts()
    facts.declare("test", ("playground.temperature", "playground.generations"))  # the tests play the page
    widget = LessonPlayer(facts, progress, FakeNavigator())
    qtbot.addWidget(widget)
    widget.resize(380, 700)
    widget.show()
    widget.load(parse_lesson(LESSON, "07-sampling", "en"))
    return widget


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_step_without_requirements_is_open(player):
    assert player.index == 0
    assert player.next_button.isEnabled()
    assert player.step_label.text() == "Step 1 of 4"


def test_the_gate_opens_only_when_the_check_holds(player, qtbot):
    player.next()
    assert player.index == 1
    assert player.navigator.highlights[-1] == ("demo.slider",)
    assert not player.next_button.isEnabled()
    assert player.status.text() == "Waiting for you to do it…"
    player.facts.set("playground.temperature", 0.2)
    player.facts.set("playground.generations", 2)
    assert not player.next_button.isEnabled()
    player.next()
    assert player.index == 1
    player.facts.set("playground.generations", 3)
    assert player.next_button.isEnabled()
    assert "Done" in player.status.text()


def test_a_passed_step_stays_open_when_its_facts_change(player, progress):
    player.go(1)
    player.facts.set("playground.temperature", 0.2)
    player.facts.set("playground.generations", 3)
    player.facts.set("playground.temperature", 1.0)
    assert player.next_button.isEnabled()
    assert progress.passed("07-sampling") == {0, 1}  # a step with nothing to do passes when shown


def test_predict_first_shows_the_answer_only_after_a_guess(player, qtbot):
    player.facts.set("playground.temperature", 0.2)  # the check already holds
    player.go(2)
    box = player.predict_box
    assert not player.next_button.isEnabled()
    assert box.result.isHidden()
    assert not player.action_box.isVisible()
    click(qtbot, box.choices[0])
    assert player.action_box.isVisible()
    assert player.next_button.isEnabled()
    text = box.result.text()
    assert "Not this time" in text and "It grows." in text
    assert "You guessed it shrinks." in text and "Small temperatures" in text
    assert box.choices[1].state == "right" and box.choices[0].state == "wrong"
    click(qtbot, box.choices[1])  # one guess only
    assert box.tried == [0]


def test_the_reveal_waits_until_the_learner_has_seen_the_result(player, qtbot):
    player.go(2)
    click(qtbot, player.predict_box.choices[1])
    assert "Now see for yourself" in player.predict_box.result.text()
    assert not player.next_button.isEnabled()
    player.facts.set("playground.temperature", 0.1)
    assert "You predicted it" in player.predict_box.result.text()
    assert player.next_button.isEnabled()


def test_quiz_feedback_per_answer_and_the_gate_waits_for_the_right_one(player, qtbot):
    player.go(3)
    quiz = player.quiz_boxes[0]
    assert quiz.isVisible()
    click(qtbot, quiz.choices[0])
    assert quiz.result.text() == "**✗** No: it is the opposite of random."  # the lesson's words, said once
    assert not player.next_button.isEnabled()
    click(qtbot, quiz.choices[1])
    assert quiz.result.text() == "**✓** Yes: always the most likely token."
    assert player.next_button.isEnabled()
    assert player.next_button.text() == "Finish"


def test_finishing_marks_the_lesson_done(player, progress, qtbot):
    player.next()
    player.facts.set("playground.temperature", 0.2)
    player.facts.set("playground.generations", 3)
    player.next()
    click(qtbot, player.predict_box.choices[1])
    player.next()
    click(qtbot, player.quiz_boxes[0].choices[1])
    with qtbot.waitSignal(player.finished):
        player.next()
    assert progress.done("07-sampling")
    assert player.step_label.text() == "Lesson complete"
    assert not player.next_button.isVisible()
    player.back()
    assert player.index == 3 and not player.complete


def test_teacher_mode_moves_freely_and_shows_the_check(player):
    player.set_teacher(True)
    player.go(1)
    assert player.next_button.isEnabled()
    assert player.teacher_check.isVisible()
    assert "does not hold yet" in player.teacher_check.text()
    player.next()
    assert player.index == 2
    assert player.progress.passed("07-sampling") == {0}  # moving on is not passing
    player.go(3)
    player.next()
    assert player.complete and not player.progress.done("07-sampling")


def test_back_and_restart(player, progress):
    player.go(1)
    player.facts.set("playground.temperature", 0.2)
    player.facts.set("playground.generations", 3)
    player.next()
    player.back()
    assert player.index == 1 and player.next_button.isEnabled()
    player.restart()
    assert player.index == 0 and progress.passed("07-sampling") == {0}


def test_progress_is_remembered_between_sessions(player, progress, qtbot):
    player.go(3)
    again = LessonPlayer(Facts(), progress, FakeNavigator())
    qtbot.addWidget(again)
    again.load(parse_lesson(LESSON, "07-sampling", "en"))
    assert again.index == 3
    assert progress.completion(again.lesson) == 0.25  # step 1 had nothing to do and was passed


# --- the dock in the real window -----------------------------------------------------------
@pytest.fixture
def lessons_dir(tmp_path, monkeypatch):
    for lang in ("es", "en"):
        folder = tmp_path / "lessons" / lang
        folder.mkdir(parents=True)
        title = "La temperatura" if lang == "es" else "Temperature"
        (folder / "07-sampling.md").write_text(LESSON.replace("Temperature\n", title + "\n", 1), encoding="utf-8")
        (folder / "08-more.md").write_text(LESSON.replace("title: Temperature", "title: More"), encoding="utf-8")
    monkeypatch.setattr(LessonDock, "lessons_root", tmp_path / "lessons")
    return tmp_path / "lessons"


@pytest.fixture
def dock_window(lessons_dir, qtbot, tmp_path, settings):
    from ui.app import build_window

    win = build_window(tmp_path / "workspace", "en", settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_lessons_menu_lists_lessons_and_opens_the_dock(dock_window):
    dock = dock_window.lesson_dock
    assert not dock.isVisible()
    assert dock.menu.title() == "&Lessons"
    assert [a.text() for a in dock.lesson_actions] == ["7. Temperature", "8. More"]
    dock.lesson_actions[1].trigger()
    assert dock.isVisible() and dock.player.lesson.id == "08-more"


def test_the_index_shows_goal_minutes_and_completion(dock_window, qtbot):
    dock = dock_window.lesson_dock
    dock.show_index()
    card = dock.index.cards["07-sampling"]
    assert card.goal.text() == "See what temperature does."
    assert card.meta.text() == "12 min · 0 % done"
    click(qtbot, card.button)
    dock.player.next()
    dock.show_index()
    assert card.meta.text() == "12 min · 25 % done"
    assert card.button.text() == "Continue"


def test_switching_language_reloads_the_lesson_at_the_same_step(dock_window, qtbot):
    dock = dock_window.lesson_dock
    dock.open_lesson("07-sampling")
    dock.player.go(3)
    click(qtbot, dock.player.quiz_boxes[0].choices[0])
    dock_window.set_language("es")
    qtbot.waitUntil(lambda: dock.player.lesson.lang == "es", timeout=3000)
    assert "La temperatura" in dock.player.title.text()
    assert dock.player.index == 3
    assert dock.player.quiz_boxes[0].tried == [0]
    assert dock.player.back_button.text() == "Atrás"
    dock_window.set_language("en")
    qtbot.waitUntil(lambda: dock.player.lesson.lang == "en", timeout=3000)


def test_teacher_keys_move_between_steps(dock_window, qtbot):
    dock = dock_window.lesson_dock
    dock.open_lesson("07-sampling")
    dock.teacher_action.setChecked(True)
    assert dock.player.teacher
    dock_window.activateWindow()
    dock_window.setFocus()
    qtbot.keyClick(dock_window, Qt.Key.Key_Right)
    qtbot.keyClick(dock_window, Qt.Key.Key_Space)
    assert dock.player.index == 2
    qtbot.keyClick(dock_window, Qt.Key.Key_Left)
    assert dock.player.index == 1


def test_teacher_keys_leave_a_focused_slider_its_arrows(dock_window, qtbot):
    from PySide6.QtWidgets import QSlider

    dock = dock_window.lesson_dock
    dock.open_lesson("07-sampling")
    dock.teacher_action.setChecked(True)
    slider = QSlider(Qt.Orientation.Horizontal)
    dock_window.statusBar().addWidget(slider)
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() == 1
    assert dock.player.index == 0


def test_a_lesson_reopens_where_it_was_left(dock_window, qtbot, tmp_path, settings):
    from ui.app import build_window

    dock_window.lesson_dock.open_lesson("08-more")
    dock_window.lesson_dock.player.go(2)
    again = build_window(tmp_path / "workspace", "en", settings)
    qtbot.addWidget(again)
    assert again.lesson_dock.player.lesson.id == "08-more"
    assert again.lesson_dock.player.index == 2
    assert again.lesson_dock.isVisibleTo(again)


def test_a_restored_lesson_points_at_its_widgets_once_the_pages_load(dock_window, qtbot, tmp_path, settings):
    from ui.app import build_window

    dock_window.lesson_dock.open_lesson("07-sampling")
    dock_window.lesson_dock.player.go(1)
    again = build_window(tmp_path / "workspace", "en", settings)
    qtbot.addWidget(again)
    again.show()
    assert again.lesson_dock.highlighter.frames == []
    again.load_pages()
    assert [f.name for f in again.lesson_dock.highlighter.frames] == ["demo.slider"]


def test_an_answer_without_feedback_still_gets_a_verdict(qtbot):
    from lab.lesson_format import Choice, Question
    from ui.lessons.questions import QuestionBox

    box = QuestionBox(Question("2 + 2?", (Choice("4", True), Choice("5", False))), "quiz", "q")
    qtbot.addWidget(box)
    box.choose(1)
    assert box.result.text() == "**✗ Not quite.**"
    box.choose(0)
    assert box.result.text() == "**✓ Right.**"
