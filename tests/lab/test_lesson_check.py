"""The check language of lessons: parsing, precedence, evaluation, safety, examples."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lab.lesson_check import (
    And,
    CheckError,
    Compare,
    Fact,
    Literal,
    Not,
    Or,
    evaluate,
    example_facts,
    fact_names,
    parse,
)


def holds(source, **facts):
    values = {k.replace("__", "."): v for k, v in facts.items()}
    return evaluate(parse(source), values.get)


def test_a_comparison_parses_to_a_tree():
    assert parse("playground.temperature <= 0.3") == Compare("<=", Fact("playground.temperature"), Literal(0.3))


def test_and_binds_tighter_than_or():
    assert parse("a.x or b.y and c.z") == Or((Fact("a.x"), And((Fact("b.y"), Fact("c.z")))))


def test_not_binds_tighter_than_and_and_parentheses_override():
    assert parse("not a.x and b.y") == And((Not(Fact("a.x")), Fact("b.y")))
    assert parse("not (a.x and b.y)") == Not(And((Fact("a.x"), Fact("b.y"))))


def test_literals_numbers_strings_and_booleans():
    assert parse("a.x == 'hi'").right == Literal("hi")
    assert parse('a.x == "say \\"hi\\""').right == Literal('say "hi"')
    assert parse("a.x == -2.5e-1").right == Literal(-0.25)
    assert parse("a.x == 3").right == Literal(3)
    assert parse("a.x == true").right == Literal(True)
    assert parse("false") == Literal(False)


def test_fact_names_may_hold_slashes_like_metric_names():
    assert fact_names(parse("sft.eval/accuracy > 0.5 and pretrain.step >= 10")) == {"sft.eval/accuracy",
                                                                                   "pretrain.step"}


def test_the_issue_example_evaluates():
    check = "playground.temperature <= 0.3 and playground.generations >= 3"
    assert holds(check, playground__temperature=0.2, playground__generations=3)
    assert not holds(check, playground__temperature=0.2, playground__generations=2)
    assert not holds(check, playground__temperature=0.7, playground__generations=5)


def test_missing_facts_and_mixed_types_never_match():
    assert not holds("a.x > 1")
    assert not holds("a.x == 1")
    assert holds("not a.x")
    assert not holds("a.x > 1", a__x="big")
    assert not holds("a.x == 1", a__x=True)
    assert holds("a.x != 1", a__x="one")


def test_a_bare_fact_is_true_when_truthy():
    assert holds("model.valid", model__valid=True)
    assert not holds("model.valid", model__valid=False)


@pytest.mark.parametrize("source", [
    "__import__('os')", "__import__('os').system('ls')", "os.system('ls')", "a.x + 1",
    "a.x[0]", "lambda: 1", "True", "a.x ==", "(a.x > 1", "a.x > 1)", "", "a.x < 1 < 2", "a.x = 1", "open('f')",
    "a.x > 1; b.y", "a.x and", "exec", "{a.x}",
])
def test_anything_that_is_not_the_language_is_a_parse_error(source):
    with pytest.raises(CheckError):
        parse(source)


def test_dotted_words_are_only_names_looked_up_never_attributes():
    assert parse("a.x.__class__") == Fact("a.x.__class__")
    assert evaluate(parse("a.x.__class__"), {"a.x": 1}.get) is False


def test_parse_errors_say_where():
    with pytest.raises(CheckError, match="character 9"):
        parse("a.x > 1 )")


def test_a_word_without_a_dot_is_reported_as_not_a_fact():
    with pytest.raises(CheckError, match="not a fact name"):
        parse("temperature < 1")


@pytest.mark.parametrize("source", [
    "playground.temperature <= 0.3 and playground.generations >= 3",
    "a.x > 1 and a.x < 2", "a.x == 'done' or b.y", "not (a.x >= 5)", "a.x != 3 and a.x > 2.5",
    "1 < a.x", "a.x > b.y", "model.valid and model.params > 1000",
])
def test_examples_make_a_check_true_and_false(source):
    tree = parse(source)
    for want in (True, False):
        facts = example_facts(tree, want)
        assert facts is not None
        assert evaluate(tree, facts.get) is want


def test_no_example_for_a_check_that_cannot_hold():
    assert example_facts(parse("a.x > 2 and a.x < 1"), True) is None
    assert example_facts(parse("true"), False) is None


@given(st.text(max_size=30))
def test_any_text_parses_or_fails_cleanly(text):
    try:
        parse(text)
    except CheckError:
        pass


def test_examples_for_huge_and_tiny_bounds():
    for source in ("a.x >= 1e18", "a.x < 1e-9", "a.x > 1e18 and a.x < 3e18"):
        tree = parse(source)
        for want in (True, False):
            facts = example_facts(tree, want)
            assert facts is not None and evaluate(tree, facts.get) is want, source
