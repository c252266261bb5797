"""Lesson files: parsing every part of the format, and reporting every problem by line."""

import textwrap

import pytest

from lab.lesson_format import LessonError, load_lesson, parse_lesson, translation_problems

GOOD = textwrap.dedent("""\
    ---
    title: Temperature
    goal: See what temperature does to the next-token probabilities.
    minutes: 12
    page: playground
    checkpoint: pretrain
    ---

    ## Why sample?

    A model gives **probabilities**; we must pick one token.

    ```
    check: this line is code, not a directive
    ```

    ## Cool it down

    Lower the temperature.

    page: playground
    highlight: playground.temperature, playground.prob_bars
    action: Set the temperature to 0.2
      and generate three times.
    check: playground.temperature <= 0.3 and playground.generations >= 3

    predict: What happens to the tallest bar?
    - [ ] It shrinks.
    - [x] It grows.
      > The softmax sharpens.
    - [ ] Nothing.
    reveal: Dividing the logits by a small number stretches their differences.

    quiz: Temperature 0 is the same as…
    - [x] greedy decoding
      Right: always the most likely token.
    - [ ] top-p with p = 1
      > No: that keeps every token.
    quiz: A second question?
    - [ ] no
      Feedback no.
    - [x] yes
      Feedback yes.
    """)


def lesson(text=GOOD, lesson_id="07-sampling", lang="en"):
    return parse_lesson(text, lesson_id, lang)


def problems_of(text):
    with pytest.raises(LessonError) as err:
        lesson(text)
    return err.value.problems


def test_front_matter():
    got = lesson()
    assert (got.id, got.lang, got.title, got.minutes) == ("07-sampling", "en", "Temperature", 12)
    assert got.page == "playground"
    assert got.goal.startswith("See what")
    assert got.start == {"checkpoint": "pretrain"}
    assert got.number() == 7


def test_steps_text_and_directives():
    first, second = lesson().steps
    assert first.title == "Why sample?"
    assert "**probabilities**" in first.text and "check: this line is code" in first.text
    assert first.check == "" and first.check_tree is None
    assert second.highlight == ("playground.temperature", "playground.prob_bars")
    assert second.page == "playground"
    assert second.action == "Set the temperature to 0.2 and generate three times."
    assert second.check_tree is not None
    assert second.text == "Lower the temperature."


def test_predict_and_quizzes_with_feedback():
    step = lesson().steps[1]
    assert step.predict.prompt == "What happens to the tallest bar?"
    assert [c.text for c in step.predict.choices] == ["It shrinks.", "It grows.", "Nothing."]
    assert step.predict.correct_index() == 1
    assert step.predict.choices[1].feedback == "The softmax sharpens."
    assert step.predict.reveal.startswith("Dividing the logits")
    assert len(step.quizzes) == 2
    assert step.quizzes[0].choices[1].feedback == "No: that keeps every token."
    assert step.quizzes[0].choices[0].feedback == "Right: always the most likely token."
    assert step.quizzes[1].correct_index() == 1


def test_loading_from_a_file_names_the_lesson_after_it(tmp_path):
    path = tmp_path / "es" / "07-sampling.md"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    got = load_lesson(path)
    assert (got.id, got.lang, got.path) == ("07-sampling", "es", path)


@pytest.mark.parametrize("change, expected", [
    (("minutes: 12", "minutes: 45"), "minutes must be between 10 and 20"),
    (("minutes: 12", "minutes: soon"), "whole number"),
    (("title: Temperature\n", ""), "needs 'title:'"),
    (("goal:", "aim:"), "unknown front matter"),
    (("check: playground.temperature <= 0.3", "check: __import__('os')"), "not a fact name"),
    (("and playground.generations >= 3", "and"), "expected a fact"),
    (("and playground.generations >= 3", "<= 1"), "chain comparisons"),
    (("- [x] greedy decoding", "- [ ] greedy decoding"), "exactly one right option"),
    (("  Feedback no.\n", ""), "needs feedback"),
    (("reveal: Dividing", "revel: Dividing"), "unknown directive 'revel:'"),
    (("## Why sample?", "# Why sample?"), "text before"),
    (("## Cool it down", "## "), "needs a title"),
    (("highlight: playground.temperature,", "highlight: bad name!,"), "not an object name"),
    (("Lower the temperature.\n", "Lower the temperature.\naction: twice\n"), "appears twice"),
])
def test_each_problem_is_reported_with_its_line(change, expected):
    found = problems_of(GOOD.replace(*change))
    assert any(expected in p for p in found), found
    assert all(p.startswith("07-sampling:") for p in found)


def test_a_reveal_without_a_prediction_is_an_error():
    found = problems_of(GOOD.replace("Lower the temperature.\n", "Lower it.\nreveal: too early\n"))
    assert any("'reveal:' must follow a 'predict:'" in p for p in found)


def test_a_file_without_front_matter_or_steps():
    assert any("front matter" in p for p in problems_of("## Step\n\ntext\n"))
    assert any("at least one step" in p for p in problems_of("---\ntitle: a\ngoal: b\nminutes: 10\n---\n"))


def test_translations_must_share_their_structure():
    en, es = lesson(), lesson(lang="es")
    assert translation_problems(en, es) == []
    other = lesson(GOOD.replace("playground.generations >= 3", "playground.generations >= 4"), lang="es")
    assert any("check differs" in p for p in translation_problems(en, other))
    fewer = lesson(GOOD.split("## Cool it down")[0], lang="es")
    assert any("2 steps in en, 1 in es" in p for p in translation_problems(en, fewer))


def test_prose_that_wraps_onto_a_word_and_a_colon_stays_text():
    got = lesson(GOOD.replace("Lower the temperature.\n", "Three\nbars: one, two, three.\n"))
    assert got.steps[1].text == "Three\nbars: one, two, three."
