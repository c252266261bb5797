"""The tokenizer job: train byte-level BPE on the corpus, save it, and report what it learned.

Training runs in HF `tokenizers` (Rust), which cannot pause; it runs in a helper thread
while this generator yields `Progress` (bytes of the corpus fed so far) every tenth of
a second. A Stop ends the job at once without saving (the helper finishes on its own).
Then it saves `tokenizer.json` atomically and yields the `Artifact`s the Tokenizer page
draws, measured on the first `SAMPLE_BYTES` of the corpus:

- `merges`: the first merges in order, `{"merges": [{"rank", "left", "right", "token", "id"}], "total"}`;
- `growth`: how a fixed sentence is cut as the vocabulary grows (`lab.tokenizer.growth`);
- `language_price`: chars per token for the corpus's Spanish and English documents;
- `lengths`: the same text as characters, bytes and BPE tokens;
- `token_frequencies`: how often each id occurs (`counts[id]`) and the most frequent tokens.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from lab.config import TokenizerConfig, validate
from lab.corpus.language import detect_language
from lab.corpus.reading import HEAD_BYTES, TextReader, iter_documents, sniff
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Job, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.tokenizer import CHAR_TO_BYTE, BPETokenizer, chars_per_token, growth, train_bpe

SAMPLE_BYTES = 20_000_000
SHOWN_MERGES = 200
TOP_TOKENS = 100
BATCH_DOCS = 512
TRAINER_THREAD = "tokenizer-training"
STOP_WAIT_S = 30.0  # after a Stop, how long the job waits for the trainer to finish what it was fed


class _Feed:
    """The corpus's documents for the trainer, counting bytes read; stops early when asked."""

    def __init__(self, path: Path) -> None:
        self.path, self.stop, self.reader = path, False, None

    @property
    def bytes_read(self) -> int:
        return self.reader.bytes_read if self.reader else 0

    def __iter__(self) -> Iterator[str]:
        with open(self.path, "rb") as f:
            self.reader = TextReader(f, str(self.path))
            for doc in iter_documents(self.reader):
                if self.stop:
                    return
                yield doc


def run(text_path: Path | str, cfg: TokenizerConfig | None = None, out_path: Path | str = "tokenizer.json") -> Job:
    """Train on the text file `text_path`, save to `out_path`, then report (see the module docstring).

    Bad settings, a missing, empty or binary corpus raise a LabError here, before the job starts.
    """
    cfg = validate(cfg or TokenizerConfig())
    text_path, out_path = Path(text_path), Path(out_path)
    return _run(cfg, text_path, out_path, _corpus_size(text_path))


def _run(cfg: TokenizerConfig, text_path: Path, out_path: Path, total: int) -> Job:
    feed = _Feed(text_path)
    result: dict = {}
    worker = threading.Thread(target=_train, args=(feed, cfg, result), daemon=True, name=TRAINER_THREAD)
    start = time.perf_counter()
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
            read = feed.bytes_read
            yield Progress(read, total, QT_TRANSLATE_NOOP("job", "Counting words") if read < total
                           else QT_TRANSLATE_NOOP("job", "Learning merges"))
    except StopRequested:
        feed.stop = True  # the trainer learns from what it was fed so far: words are bounded, so briefly
        worker.join(STOP_WAIT_S)
        yield Done({}, stopped=True)
        return
    if "error" in result:
        raise result["error"]
    tok: BPETokenizer = result["tokenizer"]
    seconds = time.perf_counter() - start
    tok.save(out_path)
    yield Checkpoint(0, str(out_path))
    yield from report(tok, text_path)
    yield Done({"vocab_size": float(tok.vocab_size), "vocab_size/requested": float(cfg.vocab_size),
                "merges": float(len(tok.merges)), "time/seconds": seconds})


def _corpus_size(path: Path) -> int:
    if not path.is_file():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no corpus at {path}. Prepare the corpus first."),
                       path=str(path))
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
    if not head.strip():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The corpus is empty, so there is nothing to learn tokens "
                                         "from. Generate the world or open a text first."))
    sniff(head, str(path))
    return size


def _train(feed: _Feed, cfg: TokenizerConfig, result: dict) -> None:
    try:
        result["tokenizer"] = train_bpe(feed, cfg)
    except BaseException as exc:  # handed to the job's thread, which raises it
        result["error"] = exc


def report(tok: BPETokenizer, text_path: Path) -> Iterator[Artifact]:
    """The artifacts the Tokenizer page draws, for `tok` on the corpus at `text_path`."""
    docs = _sample(text_path)
    yield Artifact("merges", merges_data(tok))
    yield Artifact("growth", {"steps": growth(tok)})
    by_lang = {"es": [], "en": []}
    for d in docs:
        by_lang.get(detect_language(d), []).append(d)
    yield Artifact("language_price", {lang: {"chars_per_token": chars_per_token(tok, ds) if ds else None,
                                             "chars": sum(map(len, ds)), "docs": len(ds)}
                                      for lang, ds in by_lang.items()})
    counts = np.zeros(tok.vocab_size, dtype=np.int64)
    for i in range(0, len(docs), BATCH_DOCS):
        for ids in tok.encode_batch(docs[i:i + BATCH_DOCS]):
            counts += np.bincount(ids, minlength=tok.vocab_size)[:tok.vocab_size]
    chars, n_tokens = sum(map(len, docs)), int(counts.sum())
    yield Artifact("lengths", {"chars": chars, "bytes": sum(len(d.encode("utf-8")) for d in docs),
                               "bpe_tokens": n_tokens, "char_tokens": chars,
                               "chars_per_token": chars / n_tokens if n_tokens else 0.0})
    top = np.argsort(-counts, kind="stable")[:TOP_TOKENS]
    yield Artifact("token_frequencies", {"counts": counts.tolist(), "total": n_tokens,
                                         "top": [{"id": int(i), "token": tok.token_str(int(i)),
                                                  "count": int(counts[i])} for i in top if counts[i]]})


def merges_data(tok: BPETokenizer, shown: int = SHOWN_MERGES) -> dict:
    """The first `shown` merges as readable strings, with the id of the token each one made."""
    rows = []
    for rank, (left, right) in enumerate(tok.merges[:shown]):
        token_id = tok.hf.token_to_id(left + right)
        rows.append({"rank": rank, "left": _readable(left), "right": _readable(right),
                     "token": tok.token_str(token_id), "id": token_id})
    return {"merges": rows, "total": len(tok.merges)}


def _readable(byte_level: str) -> str:
    return bytes(CHAR_TO_BYTE[c] for c in byte_level).decode("utf-8", errors="backslashreplace")


def _sample(path: Path) -> list[str]:
    """The corpus's first documents, up to SAMPLE_BYTES."""
    docs, size = [], 0
    with open(path, "rb") as f:
        for doc in iter_documents(TextReader(f, str(path))):
            docs.append(doc)
            size += len(doc)
            if size >= SAMPLE_BYTES:
                break
    return docs
