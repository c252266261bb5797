"""Data speed: world generation, BPE training on 10 MB at vocabulary 8k, encoding and cleaning throughput.

The world's vocabulary is small on purpose, so BPE runs out of pairs long before 8k
tokens on it; a second 10 MB text of seeded pseudo-words (Zipf-like frequencies) shows
the time to really learn 8k tokens.
"""

from __future__ import annotations

import itertools
import random
import tempfile
import time
from pathlib import Path

from lab.config import TokenizerConfig, WorldConfig
from lab.corpus import clean, split_documents
from lab.events import Done
from lab.tokenizer import train_bpe
from lab.world import generate

SIZE_MB = 10.0
VOCAB = 8192


def _timed(fn):
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def pseudo_words(n_bytes: int, seed: int = 0) -> str:
    """Paragraphs of made-up words from Spanish-like syllables, common words far more often than rare ones."""
    rng = random.Random(seed)
    syllables = [c + v for c in "bcdfglmnprstvz" for v in "aeiou"] + ["ción", "ña", "que", "gue", "ll", "rr"]
    lexicon = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))) for _ in range(60_000)]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(lexicon))))
    paragraphs, size = [], 0
    while size < n_bytes:
        words = rng.choices(lexicon, cum_weights=cumulative, k=rng.randint(30, 120))
        paragraphs.append(" ".join(words).capitalize() + ".")
        size += len(paragraphs[-1].encode("utf-8")) + 2
    return "\n\n".join(paragraphs) + "\n"


def run() -> dict:
    world, gen_s = _timed(lambda: generate(WorldConfig(seed=1, size_mb=SIZE_MB)))
    docs = split_documents(world.text)
    mb = len(world.text.encode("utf-8")) / 1e6
    cfg = TokenizerConfig(vocab_size=VOCAB)
    tok, train_s = _timed(lambda: train_bpe(docs, cfg))
    diverse = pseudo_words(int(SIZE_MB * 1e6))
    diverse_tok, diverse_s = _timed(lambda: train_bpe(split_documents(diverse), cfg))
    _, batch_s = _timed(lambda: tok.encode_batch(docs))
    _, single_s = _timed(lambda: tok.encode(world.text))
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.txt"
        raw.write_text(world.text, encoding="utf-8")
        cpu = time.process_time()
        events, clean_s = _timed(lambda: list(clean(raw, out_path=Path(tmp) / "clean.txt")))
        clean_cpu_s = time.process_time() - cpu  # single-threaded: a figure that other load barely changes
    done = next(e for e in events if isinstance(e, Done))
    return {
        "world/generate_10mb_s": gen_s,
        "world/generate_mb_per_s": mb / gen_s,
        "tokenizer/train_world_10mb_vocab8k_s": train_s,
        "tokenizer/world_real_vocab": tok.vocab_size,
        "tokenizer/train_diverse_10mb_vocab8k_s": diverse_s,
        "tokenizer/diverse_real_vocab": diverse_tok.vocab_size,
        "encode/batch_mb_per_s": mb / batch_s,
        "encode/one_string_mb_per_s": mb / single_s,
        "clean/file_10mb_s": clean_s,
        "clean/mb_per_s": mb / clean_s,
        "clean/mb_per_cpu_s": mb / clean_cpu_s,
        "clean/docs_removed_share": 1 - done.summary["docs/out"] / done.summary["docs/in"],
    }
