"""The chat template: how a conversation becomes tokens, and which tokens the loss counts.

A pretrained model only continues text. Supervised fine-tuning (SFT) teaches it to
take turns, so every conversation is written with the tokenizer's special tokens:

    <|user|>¿Cuál es la capital de Francia?<|end|><|assistant|>La capital de Francia es París.<|end|>

At answer time the model is given everything up to and including `<|assistant|>`, and
stops when it writes `<|end|>`. Loss masking: by default only the assistant's words
and the `<|end|>` that closes them are training targets; the user's question is
context the model reads but is not asked to reproduce. `render(..., mask=False)`
counts every token, for the comparison the SFT page shows.

Each piece is encoded on its own and the special-token ids are placed directly, so
the boundaries between masked and trained tokens are exact whatever the BPE merges.
A `system` message, which has no token of its own here, is folded into the next user
turn. The learner's files use the common JSONL form, one conversation per line:
`{"messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}]}`;
`read_conversations` reports each bad line by number and keeps the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.losses import IGNORE

USER, ASSISTANT, END = "<|user|>", "<|assistant|>", "<|end|>"
ROLES = ("system", "user", "assistant")


class ChatTokenizer(Protocol):
    """What the template needs from a tokenizer (`lab.tokenizer.BPETokenizer` is one)."""

    user_id: int
    assistant_id: int
    end_id: int

    def encode(self, text: str) -> list[int]: ...

    def decode(self, ids: list[int]) -> str: ...


Message = dict[str, str]  # {"role": "user" | "assistant", "content": "..."}


@dataclass(frozen=True)
class Piece:
    """A run of tokens that the loss treats alike: a special token, or one turn's text."""

    text: str
    ids: tuple[int, ...]
    trained: bool  # True when these tokens are targets the loss counts
    special: bool = False


@dataclass(frozen=True)
class RenderedChat:
    """A conversation as tokens, with the per-token loss mask."""

    pieces: tuple[Piece, ...]

    @property
    def ids(self) -> list[int]:
        return [i for p in self.pieces for i in p.ids]

    @property
    def mask(self) -> list[bool]:
        """Per token: True when the loss counts it as a target (the first token never is)."""
        return [p.trained for p in self.pieces for _ in p.ids]

    def example(self, block_size: int) -> tuple[list[int], list[int]] | None:
        """(inputs, targets) for next-token training, at most `block_size` long; IGNORE where masked.

        None when truncation leaves no trained target.
        """
        ids, mask = self.ids[: block_size + 1], self.mask[: block_size + 1]
        targets = [t if m else IGNORE for t, m in zip(ids[1:], mask[1:], strict=True)]
        if len(ids) < 2 or all(t == IGNORE for t in targets):
            return None
        return ids[:-1], targets


# --- rendering ---------------------------------------------------------------------

def normalise(messages: Sequence[Message]) -> list[Message]:
    """Fold system messages into the next user turn and drop empty ones; roles as given otherwise."""
    out: list[Message] = []
    pending: list[str] = []
    for m in messages:
        role, content = m["role"], m["content"]
        if role == "system":
            pending.append(content)
            continue
        if role == "user" and pending:
            content = "\n".join([*pending, content])
            pending = []
        out.append({"role": role, "content": content})
    return out


def render(messages: Sequence[Message], tokenizer: ChatTokenizer, mask: bool = True) -> RenderedChat:
    """The conversation as token pieces; with `mask`, only assistant turns (and their end) are trained."""
    pieces: list[Piece] = []
    for m in normalise(messages):
        answer = m["role"] == "assistant"
        trained = answer or not mask
        opener = (ASSISTANT, tokenizer.assistant_id) if answer else (USER, tokenizer.user_id)
        pieces.append(Piece(opener[0], (opener[1],), not mask, special=True))
        pieces.append(Piece(m["content"], tuple(tokenizer.encode(m["content"])), trained))
        pieces.append(Piece(END, (tokenizer.end_id,), trained, special=True))
    return RenderedChat(tuple(pieces))


def render_text(messages: Sequence[Message]) -> str:
    """The conversation as text with the special tokens written out."""
    out = []
    for m in normalise(messages):
        out.append((ASSISTANT if m["role"] == "assistant" else USER) + m["content"] + END)
    return "".join(out)


def parse_text(text: str) -> list[Message]:
    """The inverse of `render_text`: messages back from the template's text."""
    messages: list[Message] = []
    rest = text
    while rest:
        for tag, role in ((USER, "user"), (ASSISTANT, "assistant")):
            if rest.startswith(tag):
                content, sep, rest = rest[len(tag):].partition(END)
                messages.append({"role": role, "content": content})
                break
        else:
            raise ValueError(f"not a chat template: {rest[:40]!r}")
    return messages


def prompt_ids(tokenizer: ChatTokenizer, prompt: str | Sequence[Message]) -> list[int]:
    """What the model is given to answer: the conversation so far, then `<|assistant|>`."""
    messages = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else list(prompt)
    return render(messages, tokenizer).ids + [tokenizer.assistant_id]


def answer_text(tokenizer: ChatTokenizer, ids: Sequence[int]) -> tuple[str, bool]:
    """The generated answer as text (up to `<|end|>`), and whether it ended with `<|end|>`."""
    ids = list(ids)
    ended = tokenizer.end_id in ids
    if ended:
        ids = ids[: ids.index(tokenizer.end_id)]
    specials = {tokenizer.user_id, tokenizer.assistant_id, tokenizer.end_id, getattr(tokenizer, "eot_id", -1)}
    return tokenizer.decode([i for i in ids if i not in specials]), ended


# --- the learner's JSONL -------------------------------------------------------------

@dataclass(frozen=True)
class Loaded:
    """What a JSONL file gave: the good items, and a LabError per skipped line (with `line`)."""

    items: list[Any]
    problems: list[LabError]


def read_text(path: Path | str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The file {path} does not exist. Choose another file."),
                       path=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The file {path} cannot be read as UTF-8 text ({reason}). "
                                         "Save it as UTF-8 JSONL, one object per line."),
                       path=str(path), reason=str(exc)[:120]) from exc


def jsonl_objects(text: str) -> Iterator[tuple[int, dict | LabError]]:
    """(line number, parsed object or the LabError saying why not) for each non-blank line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, LabError(QT_TRANSLATE_NOOP("LabError", "Line {line} is not valid JSON ({reason})."),
                                   line=number, reason=exc.msg)
            continue
        if not isinstance(obj, dict):
            yield number, LabError(QT_TRANSLATE_NOOP("LabError", "Line {line} is not a JSON object."), line=number)
            continue
        yield number, obj


def conversation_problem(obj: dict, line: int) -> LabError | None:
    """Why `obj` is not a usable `{"messages": [...]}` conversation, or None."""
    messages = obj.get("messages")
    if not isinstance(messages, list) or not messages:
        return LabError(QT_TRANSLATE_NOOP("LabError", "Line {line} has no \"messages\" list."), line=line)
    for n, m in enumerate(messages, start=1):
        if not (isinstance(m, dict) and m.get("role") in ROLES and isinstance(m.get("content"), str)):
            return LabError(QT_TRANSLATE_NOOP("LabError", "Line {line}, message {n}: it needs a \"role\" (user, "
                                              "assistant or system) and a text \"content\"."), line=line, n=n)
    if not any(m["role"] == "assistant" and m["content"].strip() for m in messages):
        return LabError(QT_TRANSLATE_NOOP("LabError", "Line {line} has no assistant answer to learn from."),
                        line=line)
    return None


def read_conversations(text: str) -> Loaded:
    """Conversations (each a list of messages) from JSONL text; bad lines become problems."""
    items, problems = [], []
    for line, obj in jsonl_objects(text):
        problem = obj if isinstance(obj, LabError) else conversation_problem(obj, line)
        if problem is not None:
            problems.append(problem)
        else:
            items.append([{"role": m["role"], "content": m["content"]} for m in obj["messages"]])
    return Loaded(items, problems)


def load_conversations(path: Path | str) -> Loaded:
    """`read_conversations` on a file; a LabError when not one line is usable."""
    loaded = read_conversations(read_text(path))
    if not loaded.items:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "No usable conversation in {path}. Each line must be a JSON "
                                          "object with a \"messages\" list of user and assistant turns."),
                       path=str(path))
    return loaded


def conversations_jsonl(conversations: Sequence[Sequence[Message]]) -> str:
    """Conversations written back as JSONL in the same common form."""
    return "".join(json.dumps({"messages": list(c)}, ensure_ascii=False) + "\n" for c in conversations)
