"""The lesson validator: the committed lessons pass, and bad lessons are caught."""

import textwrap

from tools.validate_lessons import known_facts, validate

LESSON = textwrap.dedent("""\
    ---
    title: Demo
    goal: Try the validator.
    minutes: 10
    page: playground
    ---

    ## One

    Move the slider.

    highlight: playground.temperature
    action: Lower the temperature.
    check: playground.temperature < 0.5
    """)
FACTS = {"playground.temperature", "pretrain.step"}
WIDGETS = {"playground.temperature", "pretrain.start"}
PAGES = {"playground", "pretrain"}


def write(root, lang, name, text):
    path = root / lang / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems(root):
    return validate(root, FACTS, WIDGETS, PAGES)


def test_every_committed_lesson_passes():
    assert validate() == []


def test_a_good_pair_passes(tmp_path):
    write(tmp_path, "es", "01-demo.md", LESSON.replace("Move the slider.", "Mueve el control."))
    write(tmp_path, "en", "01-demo.md", LESSON)
    assert problems(tmp_path) == []


def test_unknown_widgets_facts_and_pages_are_reported(tmp_path):
    bad = (LESSON.replace("highlight: playground.temperature", "highlight: playground.nope")
           .replace("check: playground.temperature", "check: playground.heat")
           .replace("page: playground", "page: garden"))
    for lang in ("es", "en"):
        write(tmp_path, lang, "01-demo.md", bad)
    found = "\n".join(problems(tmp_path))
    assert "no widget named 'playground.nope'" in found
    assert "unknown facts ['playground.heat']" in found
    assert "no page 'garden'" in found


def test_a_missing_translation_and_different_steps_are_reported(tmp_path):
    write(tmp_path, "en", "01-demo.md", LESSON)
    write(tmp_path, "en", "02-other.md", LESSON)
    write(tmp_path, "es", "02-other.md", LESSON.replace("< 0.5", "< 0.4"))
    found = "\n".join(problems(tmp_path))
    assert "es/01-demo.md: missing" in found
    assert "check differs" in found


def test_checks_that_cannot_fail_or_hold_and_bad_names_are_reported(tmp_path):
    for lang in ("es", "en"):
        write(tmp_path, lang, "01-demo.md", LESSON.replace("< 0.5", "< 0.5 or true"))
        write(tmp_path, lang, "02-demo.md", LESSON.replace("< 0.5", "< 0.5 and playground.temperature > 1"))
        write(tmp_path, lang, "3-demo.md", LESSON)
    found = "\n".join(problems(tmp_path))
    assert "can never be false" in found
    assert "can never be true" in found
    assert "named NN-slug.md" in found


def test_schema_problems_come_with_their_line(tmp_path):
    for lang in ("es", "en"):
        write(tmp_path, lang, "01-demo.md", LESSON.replace("playground.temperature < 0.5", "os.system('x')"))
    found = problems(tmp_path)
    assert any("01-demo.md:14: check" in p for p in found), found


def test_known_facts_are_the_ones_the_app_declares():
    """Facts come from the pages' declarations, not from reading their source: every method's run facts
    are there, and words that only look like fact names in the code (`left.done`) are not."""
    facts = known_facts()
    assert {"playground.temperature", "pretrain.step", "pretrain.val_loss", "app.page", "rlhf.method",
            "ppo.kl", "grpo.done", "offline_rl.step", "dpo.margin", "sweep.alpha", "corpus.cleaned"} <= set(facts)
    assert not {"left.done", "rows.running", "lab.jobs."} & set(facts)
    assert "PretrainPage" in facts["pretrain.step"]
