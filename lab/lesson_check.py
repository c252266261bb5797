"""The check language of lessons: small, safe boolean expressions over named facts.

A lesson step may unlock on a check such as

    playground.temperature <= 0.3 and playground.generations >= 3

Grammar (lowest precedence first; `and` binds tighter than `or`):

    expr    := or
    or      := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := atom (("==" | "!=" | "<" | "<=" | ">" | ">=") atom)?
    atom    := NUMBER | STRING | "true" | "false" | FACT | "(" expr ")"

A FACT is a dotted name such as `pretrain.step` or `sft.eval/accuracy` (at least one
dot, so a typo like `True` or a Python call is never mistaken for one). Strings are
quoted with '...' or "...". A hand-written tokenizer and recursive-descent parser
build a tree of frozen dataclasses; nothing is ever passed to `eval`, and there are
no calls, attributes or indexing, so a lesson file cannot run code.

Evaluation: a fact that has no value yet is `None`, and every comparison with `None`
is false, as is ordering across types (a string against a number). A bare fact is
true when its value is truthy. Booleans never equal numbers (`true == 1` is false).

`example_facts(expr, want)` finds fact values that make a check true (or false); the
validator uses it to prove every check can both hold and fail, and the lesson tests
use it to perform each step's action.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Value = float | int | str | bool | None
OPS: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}
FLIPPED = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
NEGATED = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
KEYWORDS = {"and", "or", "not", "true", "false"}
MAX_CHARS, MAX_TOKENS, MAX_DEPTH, MAX_NUMBER_CHARS = 4000, 400, 20, 40  # far above any lesson's check
SEARCH_BUDGET = 20_000  # partial solutions `example_facts` may try before giving up


class CheckError(ValueError):
    """A check that does not parse, with the character position of the problem."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.position = position


# --- the tree ------------------------------------------------------------------
@dataclass(frozen=True)
class Literal:
    value: Value


@dataclass(frozen=True)
class Fact:
    name: str


@dataclass(frozen=True)
class Compare:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Not:
    item: Node


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


Node = Literal | Fact | Compare | Not | And | Or


# --- tokens --------------------------------------------------------------------
@dataclass(frozen=True)
class Token:
    kind: str  # number, string, name, op, paren, keyword, end
    text: str
    position: int
    value: Value = None


TOKEN_RE = re.compile(r"""
    (?P<space>\s+)
  | (?P<number>-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_/]+)*)
  | (?P<op>==|!=|<=|>=|<|>)
  | (?P<paren>[()])
""", re.VERBOSE)


def tokenize(source: str) -> list[Token]:
    tokens, pos = [], 0
    if len(source) > MAX_CHARS:
        raise CheckError(f"the check is longer than {MAX_CHARS} characters: split it into steps", MAX_CHARS)
    while pos < len(source):
        match = TOKEN_RE.match(source, pos)
        if match is None:
            raise CheckError(f"unexpected character {source[pos]!r}", pos)
        kind, text = match.lastgroup, match.group()
        if kind != "space":
            tokens.append(_token(kind, text, pos))
        pos = match.end()
        if len(tokens) > MAX_TOKENS:
            raise CheckError(f"the check has more than {MAX_TOKENS} parts: split it into steps", pos)
    tokens.append(Token("end", "", len(source)))
    return tokens


def _token(kind: str, text: str, pos: int) -> Token:
    if kind == "number":
        if len(text) > MAX_NUMBER_CHARS:  # int() refuses thousands of digits; no fact needs them
            raise CheckError(f"the number is longer than {MAX_NUMBER_CHARS} characters", pos)
        return Token(kind, text, pos, float(text) if any(c in text for c in ".eE") else int(text))
    if kind == "string":
        return Token(kind, text, pos, re.sub(r"\\(.)", r"\1", text[1:-1]))
    if kind == "name" and text in KEYWORDS:
        return Token("keyword", text, pos, {"true": True, "false": False}.get(text))
    if kind == "name" and "." not in text:
        raise CheckError(f"{text!r} is not a fact name: facts look like stage.name, e.g. pretrain.step", pos)
    return Token(kind, text, pos)


# --- the parser ----------------------------------------------------------------
class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0  # open parentheses and `not`s, bounded so no check can exhaust the stack

    def deeper(self, position: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise CheckError(f"the check nests more than {MAX_DEPTH} levels of 'not' and parentheses", position)

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def accept(self, text: str) -> bool:
        if self.peek().text == text and self.peek().kind in ("keyword", "op", "paren"):
            self.i += 1
            return True
        return False

    def parse(self) -> Node:
        node = self.or_()
        if self.peek().kind != "end":
            raise CheckError(f"unexpected {self.peek().text!r}", self.peek().position)
        return node

    def or_(self) -> Node:
        items = [self.and_()]
        while self.accept("or"):
            items.append(self.and_())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def and_(self) -> Node:
        items = [self.not_()]
        while self.accept("and"):
            items.append(self.not_())
        return items[0] if len(items) == 1 else And(tuple(items))

    def not_(self) -> Node:
        if self.accept("not"):
            self.deeper(self.peek().position)
            node = Not(self.not_())
            self.depth -= 1
            return node
        return self.compare()

    def compare(self) -> Node:
        left = self.atom()
        if self.peek().kind == "op":
            op = self.take().text
            right = self.atom()
            if self.peek().kind == "op":
                raise CheckError("chain comparisons with 'and', e.g. a.x > 1 and a.x < 3", self.peek().position)
            return Compare(op, left, right)
        return left

    def atom(self) -> Node:
        token = self.take()
        if token.kind in ("number", "string") or token.text in ("true", "false"):
            return Literal(token.value)
        if token.kind == "name":
            return Fact(token.text)
        if token.text == "(":
            self.deeper(token.position)
            node = self.or_()
            if not self.accept(")"):
                raise CheckError("missing ')'", self.peek().position)
            self.depth -= 1
            return node
        what = "end of the check" if token.kind == "end" else repr(token.text)
        raise CheckError(f"expected a fact, a number, a string, true or false, not {what}", token.position)


def parse(source: str) -> Node:
    """The tree of a check; raises CheckError with a position when it does not parse."""
    if not source.strip():
        raise CheckError("the check is empty", 0)
    return _Parser(source).parse()


# --- using a tree ----------------------------------------------------------------
def fact_names(node: Node) -> set[str]:
    """Every fact a check reads."""
    if isinstance(node, Fact):
        return {node.name}
    if isinstance(node, Compare):
        return fact_names(node.left) | fact_names(node.right)
    if isinstance(node, Not):
        return fact_names(node.item)
    if isinstance(node, And | Or):
        return set().union(*(fact_names(item) for item in node.items))
    return set()


def evaluate(node: Node, lookup: Callable[[str], Value]) -> bool:
    """Whether the check holds, reading facts through `lookup(name)` (None when unknown)."""
    return bool(_value(node, lookup))


def _value(node: Node, lookup: Callable[[str], Value]) -> Value:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Fact):
        return lookup(node.name)
    if isinstance(node, Not):
        return not _value(node.item, lookup)
    if isinstance(node, And):
        return all(_value(item, lookup) for item in node.items)
    if isinstance(node, Or):
        return any(_value(item, lookup) for item in node.items)
    return compare(node.op, _value(node.left, lookup), _value(node.right, lookup))


def compare(op: str, a: Value, b: Value) -> bool:
    """`a op b` with the rules of the module docstring: None and mixed types never match."""
    if a is None or b is None:
        return False
    if _kind(a) != _kind(b):
        return op == "!="
    return OPS[op](a, b)


def _kind(value: Value) -> str:
    if isinstance(value, bool):
        return "bool"
    return "number" if isinstance(value, int | float) else "string"


# --- finding example facts ---------------------------------------------------------
Atom = tuple[str, str, Value]  # (fact, op, literal)


def example_facts(node: Node, want: bool = True) -> dict[str, Value] | None:
    """Fact values under which the check evaluates to `want`, or None if none was found."""
    return example_search(node, want)[0]


def example_search(node: Node, want: bool = True, budget: int = SEARCH_BUDGET) -> tuple[dict[str, Value] | None, bool]:
    """`(facts, complete)`: example facts (or None), and whether the search was complete, so that
    None means no such facts exist rather than that the budget ran out.

    The check is expanded into alternatives (disjunctive normal form) depth first, and a
    partial alternative whose comparisons can no longer hold together is dropped at once,
    so `(a.x or a.y) and (b.x or b.y) and …` costs a step per clause, not 2^clauses. Each
    full alternative is solved (bounds for numbers, equality for the rest) and verified by
    evaluating the check.
    """
    search = _Budget(budget)
    try:
        for term in _terms(node, want, [], search):
            facts = _solve(term)
            if facts is not None and evaluate(node, facts.get) == want:
                return facts, True
    except _OutOfBudget:
        return None, False
    return None, True


class _OutOfBudget(Exception):
    pass


class _Budget:
    def __init__(self, left: int) -> None:
        self.left = left

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise _OutOfBudget


def _terms(node: Node, want: bool, prefix: list[Atom], search: _Budget) -> Iterator[list[Atom]]:
    """Alternatives extending `prefix`, each a list of (fact, op, literal) that together give `want`."""
    if isinstance(node, Not):
        yield from _terms(node.item, not want, prefix, search)
    elif isinstance(node, And | Or):
        if isinstance(node, And) == want:  # all items must give `want`
            yield from _all(node.items, want, prefix, search)
        else:  # one item giving `want` is enough
            for item in node.items:
                yield from _terms(item, want, prefix, search)
    elif isinstance(node, Fact):
        yield from _extended(prefix, [(node.name, "==" if want else "!=", True)], search)
    elif isinstance(node, Literal):
        if bool(node.value) == want:
            yield prefix
    elif isinstance(node, Compare):
        for atoms in _compare_terms(node, want):
            yield from _extended(prefix, atoms, search)


def _all(items: tuple[Node, ...], want: bool, prefix: list[Atom], search: _Budget) -> Iterator[list[Atom]]:
    if not items:
        yield prefix
        return
    for extended in _terms(items[0], want, prefix, search):
        yield from _all(items[1:], want, extended, search)


def _extended(prefix: list[Atom], atoms: list[Atom], search: _Budget) -> Iterator[list[Atom]]:
    """`prefix + atoms`, when those comparisons can still hold together."""
    search.spend()
    term = prefix + atoms
    if _solve(term) is not None:
        yield term


def _compare_terms(node: Compare, want: bool) -> Iterator[list[Atom]]:
    op = node.op if want else NEGATED[node.op]
    left, right = node.left, node.right
    if isinstance(left, Literal) and isinstance(right, Fact):
        left, right, op = right, left, FLIPPED[op]
    if isinstance(left, Fact) and isinstance(right, Literal):
        yield [(left.name, op, right.value)]
    elif isinstance(left, Fact) and isinstance(right, Fact):
        for value in (0, 1, 2, "a", "b", True, False):  # give the right side a value, solve the left
            yield [(right.name, "==", value), (left.name, op, value)]
    elif isinstance(left, Literal) and isinstance(right, Literal):
        if compare(node.op, left.value, right.value) == want:
            yield []


def _solve(term: list[Atom]) -> dict[str, Value] | None:
    by_fact: dict[str, list[tuple[str, Value]]] = {}
    for name, op, value in term:
        by_fact.setdefault(name, []).append((op, value))
    solved = {}
    for name, constraints in by_fact.items():
        value = _solve_one(constraints)
        if value is None:
            return None
        solved[name] = value
    return solved


def _solve_one(constraints: list[tuple[str, Value]]) -> Value:
    candidates: list[Value] = [v for op, v in constraints if op == "=="]
    if any(_kind(v) == "bool" for _, v in constraints):
        candidates += [False, True]
    numbers = [v for _, v in constraints if _kind(v) == "number"]
    if numbers:
        candidates += _number_candidates(numbers)
    candidates += [v for _, v in constraints if _kind(v) == "string"] + ["", "x", "y"]
    candidates += [True, False]
    return next((c for c in candidates if all(compare(op, c, v) for op, v in constraints)), None)


def _number_candidates(numbers: list[Value]) -> list[Value]:
    """Each bound, steps either side of it (absolute, and relative for huge bounds such as 1e18),
    and midpoints between bounds; plausible values first."""
    points = sorted(set(numbers))
    out: list[Value] = []
    for v in points:
        out += [v, v + 1, v - 1, v + 0.5, v - 0.5, v + 0.01, v - 0.01, v * 2, v / 2, -v, 0]
    out += [(a + b) / 2 for a, b in itertools.pairwise(points)]
    if points[0] >= 0:  # facts are mostly counts and settings: try non-negative values first
        out.sort(key=lambda c: c < 0)
    return out
