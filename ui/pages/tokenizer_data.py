"""What the Tokenizer page reads and keeps: the training report, the language-price job, token details.

The training job (`lab.jobs.tokenize`) reports what the tokenizer learned as Artifacts;
the page keeps them, with the language-price rows, in `tokenizer_report.json` beside
`tokenizer.json`, tagged with the tokenizer file's time, so a restart shows the same
merges, frequencies and chart without measuring again.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from lab.checkpoint import atomic_write_text
from lab.config import TokenizerConfig, WorldConfig
from lab.events import Artifact, Done, Job, Progress
from lab.workspace import Workspace
from ui.pages import corpus_data

REPORT_NAME = "tokenizer_report.json"
VOCAB_SIZES = (260, 300, 400, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 32768, 65536)
PRICE_MIXES = (0.1, 0.3, 0.5, 0.7, 0.9)
PRICE_WORLD_MB = 1.0  # enough of each language for the largest mix
PRICE_MAX_VOCAB = 1024  # small comparison tokenizers: five train in seconds, and the price shows clearly
TEXT_GROWTH_CHARS = 160  # the growth rows cut at most this much of the learner's text


# --- the saved report -------------------------------------------------------------------
def report_path(ws: Workspace) -> Path:
    return ws.root / REPORT_NAME


def tokenizer_stamp(ws: Workspace) -> int:
    path = ws.tokenizer_path
    return path.stat().st_mtime_ns if path.is_file() else 0


def load_report(ws: Workspace) -> dict[str, dict]:
    """The artifacts of the last training, if they belong to the tokenizer now on disk."""
    try:
        data = json.loads(report_path(ws).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    if not isinstance(data, dict) or data.get("tokenizer_mtime_ns") != tokenizer_stamp(ws):
        return {}
    return data.get("artifacts", {}) if isinstance(data.get("artifacts"), dict) else {}


def save_report(ws: Workspace, artifacts: dict[str, dict]) -> None:
    body = {"tokenizer_mtime_ns": tokenizer_stamp(ws), "artifacts": artifacts}
    atomic_write_text(report_path(ws), json.dumps(body, ensure_ascii=False))


# --- the tokenizer -----------------------------------------------------------------------
def load_tokenizer(ws: Workspace):
    """The workspace's tokenizer, or None; a damaged file raises LabError."""
    from lab.tokenizer import BPETokenizer

    return BPETokenizer.load(ws.tokenizer_path) if ws.tokenizer_path.is_file() else None


def train_job(ws: Workspace, cfg: TokenizerConfig) -> Job:
    from lab.jobs.tokenize import run

    return run(ws.clean_text_path, cfg, ws.tokenizer_path)


def measure_job(ws: Workspace) -> Job:
    """The training report for the tokenizer already on disk (one trained outside the app)."""
    from lab.jobs.tokenize import report

    tok = load_tokenizer(ws)
    if tok is not None and ws.clean_text_path.is_file():
        yield from report(tok, ws.clean_text_path)
    yield Done({})


def nearest_size_index(vocab_size: int) -> int:
    return min(range(len(VOCAB_SIZES)), key=lambda i: abs(VOCAB_SIZES[i] - vocab_size))


def token_details(tok, token_id: int, frequencies: dict) -> dict:
    """What the detail line says about one token: id, text, bytes in hex, count in the corpus sample."""
    raw = tok.token_bytes(token_id)
    counts = frequencies.get("counts") or []
    count = counts[token_id] if token_id < len(counts) else None
    return {"id": token_id, "text": tok.token_str(token_id), "hex": raw.hex(" ").upper(), "count": count,
            "total": frequencies.get("total")}


def growth_rows(tok, text: str) -> list[dict]:
    from lab.tokenizer import growth

    return growth(tok, text[:TEXT_GROWTH_CHARS]) if text.strip() else []


# --- the language price --------------------------------------------------------------------
def price_job(world_cfg: WorldConfig, vocab_size: int, mixes=PRICE_MIXES) -> Job:
    """Train a small tokenizer per mix of Spanish and English; measure both languages with each."""
    from lab.tokenizer import language_price
    from lab.world import generate

    world = generate(replace(world_cfg, size_mb=PRICE_WORLD_MB))
    vocab = max(300, min(vocab_size, PRICE_MAX_VOCAB))
    rows = []
    for i, mix in enumerate(mixes):
        yield Progress(i, len(mixes), "")
        rows += language_price(world, (mix,), vocab_size=vocab)
    yield Progress(len(mixes), len(mixes), "")
    yield Artifact("price_by_mix", {"rows": rows, "vocab_size": vocab})
    yield Done({})


def world_config(ws: Workspace) -> WorldConfig:
    state = corpus_data.load_state(ws)
    return corpus_data.stored_config(state, "world", WorldConfig, corpus_data.default_world())

