"""Extreme checks are the check parser's own errors, the example search stays fast and says
when it gave up, and the validator leaves no folder or thread behind."""

import tempfile
import threading

import pytest

from lab.lesson_check import CheckError, example_facts, example_search, parse
from tools import validate_lessons
from tools.validate_lessons import app_problems


@pytest.mark.parametrize("source", ["(" * 5000 + "a.b" + ")" * 5000, "not " * 5000 + "a.b",
                                    "a.b == " + "9" * 5000, " or ".join(["a.b"] * 2000)])
def test_extreme_checks_are_check_errors(source):
    with pytest.raises(CheckError):
        parse(source)


def test_many_or_clauses_find_an_example_at_once():
    clauses = " and ".join(f"(f{i}.a > 1 or f{i}.b < 0)" for i in range(22))
    tree = parse(clauses)
    facts = example_facts(tree, True)
    assert facts is not None and all(facts.get(f"f{i}.a", 0) > 1 or facts.get(f"f{i}.b", 1) < 0 for i in range(22))
    assert example_facts(tree, False) is not None


def test_a_search_that_runs_out_of_budget_is_not_called_impossible():
    # x.v must be 0 and, through 20 two-way choices, some clause forces it elsewhere only at the very end
    clauses = " and ".join(f"(x.v == {i + 1} or y{i}.a == 1)" for i in range(20)) + " and x.v == 0"
    tree = parse(clauses)
    assert example_search(tree, True, budget=30) == (None, False)
    facts, complete = example_search(tree, True)
    assert complete and facts is not None and facts["x.v"] == 0


def test_the_validator_says_when_it_gave_up(monkeypatch):
    from lab import lesson_check

    monkeypatch.setattr(lesson_check, "SEARCH_BUDGET", 1)
    monkeypatch.setattr(validate_lessons, "example_search",
                        lambda tree, want: lesson_check.example_search(tree, want, budget=0))

    class Step:
        line, page, highlight, check = 3, None, (), "a.b > 1"
        check_tree = parse("a.b > 1")

    class Lesson:
        page, steps = None, [Step()]

    found = app_problems(Lesson(), {"a.b"}, set(), set())
    assert found and all("no example found" in p and "can never" not in p for p in found)


def test_the_validator_leaves_no_folder_and_no_thread(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    names = validate_lessons.widget_names()
    assert names and not list(tmp_path.glob("llm-lab-lessons-*"))
    assert not [t for t in threading.enumerate() if t.name == "warm-up"]
