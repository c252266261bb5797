"""Tokenizers: byte-level BPE trained with HF `tokenizers`, and a character tokenizer to compare.

Byte-level BPE starts from the 256 possible bytes, so any text can be encoded, and
learns merges of frequent neighbours until the vocabulary is full. Chat special tokens
have fixed low ids (0–3, before the bytes) and are never split. The file it saves is
the standard `tokenizer.json`, which plain `tokenizers.Tokenizer.from_file` loads.

When the corpus cannot support the vocabulary asked for (a small corpus runs out of
pairs seen `min_frequency` times), training stops early: `vocab_size` is the real size.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path

from lab.checkpoint import atomic_write_text
from lab.config import TokenizerConfig, validate
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP

EOT, USER, ASSISTANT, END = "<|endoftext|>", "<|user|>", "<|assistant|>", "<|end|>"
SPECIAL_TOKENS = (EOT, USER, ASSISTANT, END)
EOT_ID, USER_ID, ASSISTANT_ID, END_ID = 0, 1, 2, 3
N_BYTES = 256
MIN_VOCAB = len(SPECIAL_TOKENS) + N_BYTES  # 260: the specials and every byte, before any merge


def _byte_alphabet() -> dict[int, str]:
    """GPT-2's printable stand-in for each byte, as byte-level BPE writes tokens ("Ġ" is a space)."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    extra = (b for b in range(N_BYTES) if b not in printable)
    return {**{b: chr(b) for b in printable}, **{b: chr(N_BYTES + i) for i, b in enumerate(extra)}}


# Training cost grows with the square of a word's length (a 1 MB "word" of one letter runs for
# minutes), so runs of non-space longer than this are cut before training; no real word is that long.
MAX_WORD_CHARS = 100
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD_CHARS}}}(?=\S)")


def bound_words(text: str) -> str:
    """`text` with a space after every `MAX_WORD_CHARS` characters of an unbroken run of non-space."""
    return _LONG_RUN.sub(lambda m: m.group() + " ", text)


BYTE_TO_CHAR = _byte_alphabet()
CHAR_TO_BYTE = {c: b for b, c in BYTE_TO_CHAR.items()}


class BPETokenizer:
    """A byte-level BPE tokenizer around an HF `tokenizers.Tokenizer`."""

    kind = "bpe"
    eot_id, user_id, assistant_id, end_id = EOT_ID, USER_ID, ASSISTANT_ID, END_ID

    def __init__(self, hf) -> None:
        for token, want in zip(SPECIAL_TOKENS, (EOT_ID, USER_ID, ASSISTANT_ID, END_ID), strict=True):
            if hf.token_to_id(token) != want:
                raise LabError(QT_TRANSLATE_NOOP("LabError", "This tokenizer lacks the chat token {token} at id {id}. "
                                                 "Train a tokenizer in the lab."), token=token, id=want)
        self.hf = hf

    @property
    def vocab_size(self) -> int:
        return self.hf.get_vocab_size()

    def encode(self, text: str) -> list[int]:
        return self.hf.encode(text, add_special_tokens=False).ids

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        return [e.ids for e in self.hf.encode_batch(list(texts), add_special_tokens=False)]

    def decode(self, ids: Iterable[int]) -> str:
        return self.hf.decode(list(ids), skip_special_tokens=False)

    def token_bytes(self, token_id: int) -> bytes:
        """The bytes a token stands for (a special token: its name in UTF-8)."""
        token = self.hf.id_to_token(token_id)
        if token is None:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no token {id} in a vocabulary of {n}."),
                           id=token_id, n=self.vocab_size)
        if token_id < len(SPECIAL_TOKENS):
            return token.encode("utf-8")
        return bytes(CHAR_TO_BYTE[c] for c in token)

    def token_str(self, token_id: int) -> str:
        """The token as text; bytes that are only part of a character show as `\\xNN`."""
        return self.token_bytes(token_id).decode("utf-8", errors="backslashreplace")

    def tokens(self, text: str) -> list[str]:
        """`text` cut into the strings of its tokens (what token chips show)."""
        return [self.token_str(i) for i in self.encode(text)]

    @cached_property
    def merges(self) -> list[tuple[str, str]]:
        """The learned merges in order, as byte-level strings ("Ġ" for a space)."""
        merges = json.loads(self.hf.to_str())["model"]["merges"]
        return [tuple(m) if isinstance(m, list) else tuple(m.split(" ", 1)) for m in merges]

    def truncated(self, vocab_size: int) -> BPETokenizer:
        """The same tokenizer as if training had stopped at `vocab_size` (a prefix of the merges)."""
        from tokenizers import Tokenizer, models

        n = max(0, min(vocab_size, self.vocab_size) - MIN_VOCAB)
        vocab = {t: i for t, i in self.hf.get_vocab().items() if i < MIN_VOCAB + n}
        hf = Tokenizer(models.BPE(vocab=vocab, merges=self.merges[:n]))
        _dress(hf)
        return BPETokenizer(hf)

    def save(self, path: Path | str) -> Path:
        """Write the standard `tokenizer.json` (atomically)."""
        path = Path(path)
        atomic_write_text(path, self.hf.to_str(pretty=True))
        return path

    def same_vocabulary(self, other: BPETokenizer) -> bool:
        """True when both cut every text into the same ids (same tokens, ids and merges)."""
        return json.loads(self.hf.to_str())["model"] == json.loads(other.hf.to_str())["model"]

    @classmethod
    def load(cls, path: Path | str) -> BPETokenizer:
        from tokenizers import Tokenizer

        path = Path(path)
        if not path.is_file():
            raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no tokenizer at {path}. Train one first."),
                           path=str(path))
        try:
            hf = Tokenizer.from_file(str(path))
        except Exception as exc:  # tokenizers raises plain Exception for a bad file
            raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} is not a tokenizer file ({reason}). "
                                             "Train the tokenizer again."), path=str(path), reason=str(exc)) from exc
        return cls(hf)


def _dress(hf) -> None:
    """Byte-level pre-tokenizer and decoder, and the chat tokens as never-split special tokens."""
    from tokenizers import AddedToken, decoders, pre_tokenizers

    hf.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    hf.decoder = decoders.ByteLevel()
    hf.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in SPECIAL_TOKENS])


def train_bpe(texts: Iterable[str], cfg: TokenizerConfig | None = None) -> BPETokenizer:
    """Train byte-level BPE on `texts` (an iterable of documents; a generator is read once)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    cfg = validate(cfg or TokenizerConfig())
    texts = iter(texts)
    head = list(itertools.islice((t for t in texts if t and t.strip()), 1))
    if not head:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The corpus is empty, so there is nothing to learn tokens "
                                         "from. Generate the world or open a text first."))
    hf = Tokenizer(models.BPE())
    _dress(hf)
    trainer = trainers.BpeTrainer(vocab_size=cfg.vocab_size, min_frequency=cfg.min_frequency,
                                  special_tokens=list(SPECIAL_TOKENS), show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    hf.train_from_iterator((bound_words(t) for t in itertools.chain(head, texts)), trainer)
    return BPETokenizer(hf)


class CharTokenizer:
    """One token per character seen in training; unseen characters fall back to their UTF-8 bytes.

    Ids: the four chat tokens, then 256 bytes, then the characters in sorted order, so
    `decode(encode(t)) == t` for any text, like BPE, and the two compare fairly.
    """

    kind = "char"
    eot_id, user_id, assistant_id, end_id = EOT_ID, USER_ID, ASSISTANT_ID, END_ID
    _SPECIAL = re.compile("(" + "|".join(map(re.escape, SPECIAL_TOKENS)) + ")")

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = sorted(set(chars) - {""})
        self.ids = {c: MIN_VOCAB + i for i, c in enumerate(self.chars)}
        self.special = {t: i for i, t in enumerate(SPECIAL_TOKENS)}

    @classmethod
    def train(cls, texts: Iterable[str]) -> CharTokenizer:
        seen: set[str] = set()
        for text in texts:
            seen.update(text)
        return cls(seen)

    @property
    def vocab_size(self) -> int:
        return MIN_VOCAB + len(self.chars)

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        for part in self._SPECIAL.split(text):
            if part in self.special:
                ids.append(self.special[part])
                continue
            for c in part:
                i = self.ids.get(c)
                ids.extend([i] if i is not None else (len(SPECIAL_TOKENS) + b for b in c.encode("utf-8")))
        return ids

    def decode(self, ids: Iterable[int]) -> str:
        return b"".join(self.token_bytes(i) for i in ids).decode("utf-8", errors="replace")

    def token_bytes(self, token_id: int) -> bytes:
        if token_id < len(SPECIAL_TOKENS):
            return SPECIAL_TOKENS[token_id].encode("utf-8")
        if token_id < MIN_VOCAB:
            return bytes([token_id - len(SPECIAL_TOKENS)])
        return self.chars[token_id - MIN_VOCAB].encode("utf-8")

    def token_str(self, token_id: int) -> str:
        return self.token_bytes(token_id).decode("utf-8", errors="backslashreplace")

    def save(self, path: Path | str) -> Path:
        path = Path(path)
        atomic_write_text(path, json.dumps({"type": "char", "chars": self.chars}, ensure_ascii=False))
        return path

    @classmethod
    def load(cls, path: Path | str) -> CharTokenizer:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["chars"])


def chars_per_token(tokenizer, texts: Sequence[str]) -> float:
    """Characters of text per token: higher means the tokenizer is cheaper for these texts."""
    n_tokens = sum(len(ids) for ids in _encode_all(tokenizer, texts))
    return sum(map(len, texts)) / n_tokens if n_tokens else 0.0


def _encode_all(tokenizer, texts: Sequence[str]) -> list[list[int]]:
    batch = getattr(tokenizer, "encode_batch", None)
    return batch(texts) if batch else [tokenizer.encode(t) for t in texts]


# --- lessons: how the vocabulary grows, and what each language pays ---------------------
SAMPLE_SENTENCE = "¿Cuál es la capital de Francia? The capital of France is Paris."
GROWTH_SIZES = (260, 300, 400, 600, 1000, 2000, 4000, 8000, 16000, 32000, 65536)


def growth(tokenizer: BPETokenizer, sentence: str = SAMPLE_SENTENCE, sizes: Sequence[int] = GROWTH_SIZES) -> list[dict]:
    """How `sentence` is cut as the vocabulary grows: `[{"vocab_size", "tokens", "ids"}, ...]`.

    Sizes past the trained vocabulary are dropped; the trained size itself is always last.
    """
    steps = sorted({s for s in sizes if MIN_VOCAB <= s < tokenizer.vocab_size} | {tokenizer.vocab_size})
    out = []
    for size in steps:
        sub = tokenizer if size == tokenizer.vocab_size else tokenizer.truncated(size)
        ids = sub.encode(sentence)
        out.append({"vocab_size": size, "ids": ids, "tokens": [sub.token_str(i) for i in ids]})
    return out


def language_price(world, mixes: Sequence[float] = (0.1, 0.5, 0.9), vocab_size: int = 1024,
                   train_chars: int = 300_000) -> list[dict]:
    """Chars per token of the same facts in Spanish and English, for tokenizers trained on each mix.

    For each share of Spanish in `mixes`, a tokenizer of `vocab_size` is trained on
    `train_chars` characters of the world's web pages (that share in Spanish, the rest in
    English) and measured on `world.parallel`, the known facts said in both languages.
    The language the tokenizer saw less pays more tokens for the same meaning.
    """
    pages = {lang: [d.plain for d in world.documents if d.lang == lang and d.source < 0] for lang in ("es", "en")}
    es_par, en_par = [p[0] for p in world.parallel], [p[1] for p in world.parallel]
    rows = []
    for mix in mixes:
        texts = _take(pages["es"], mix * train_chars) + _take(pages["en"], (1 - mix) * train_chars)
        tok = train_bpe(texts, TokenizerConfig(vocab_size=vocab_size))
        es, en = chars_per_token(tok, es_par), chars_per_token(tok, en_par)
        rows.append({"es_share": mix, "es_chars_per_token": es, "en_chars_per_token": en,
                     "es_tokens": sum(map(len, tok.encode_batch(es_par))),
                     "en_tokens": sum(map(len, tok.encode_batch(en_par)))})
    return rows


def _take(texts: list[str], chars: float) -> list[str]:
    """The first texts adding up to about `chars` characters."""
    out, total = [], 0
    for t in texts:
        if total >= chars:
            break
        out.append(t)
        total += len(t)
    return out
