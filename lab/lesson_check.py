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
    while pos < len(source):
        match = TOKEN_RE.match(source, pos)
        if match is None:
            raise CheckError(f"unexpected character {source[pos]!r}", pos)
        kind, text = match.lastgroup, match.group()
        if kind != "space":
            tokens.append(_token(kind, text, pos))
        pos = match.end()
    tokens.append(Token("end", "", len(source)))
    return tokens


def _token(kind: str, text: str, pos: int) -> Token:
    if kind == "number":
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
            return Not(self.not_())
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
            node = self.or_()
            if not self.accept(")"):
                raise CheckError("missing ')'", self.peek().position)
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
    """Fact values under which the check evaluates to `want`, or None if none was found.

    The check is expanded into alternatives (disjunctive normal form); for each, the
    comparisons on each fact are solved together (bounds for numbers, equality for the
    rest) and the result is verified by evaluating the check.
    """
    for term in itertools.islice(_terms(node, want), 256):
        facts = _solve(term)
        if facts is not None and evaluate(node, facts.get) == want:
            return facts
    return None


def _terms(node: Node, want: bool) -> Iterator[list[Atom]]:
    """Alternatives, each a list of (fact, op, literal) that together give `want`."""
    if isinstance(node, Not):
        yield from _terms(node.item, not want)
    elif isinstance(node, And | Or):
        if isinstance(node, And) == want:  # all items must give `want`
            for combo in itertools.product(*(list(_terms(item, want)) for item in node.items)):
                yield [atom for term in combo for atom in term]
        else:  # one item giving `want` is enough
            for item in node.items:
                yield from _terms(item, want)
    elif isinstance(node, Fact):
        yield [(node.name, "==" if want else "!=", True)]
    elif isinstance(node, Literal):
        if bool(node.value) == want:
            yield []
    elif isinstance(node, Compare):
        yield from _compare_terms(node, want)


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
