"""The cleaning statistics a workspace keeps for the Corpus page, and counting them again when missing.

The page keeps them in `state.json` under "corpus" (see `ui.pages.corpus_data`). A
corpus cleaned by the pipeline or on the command line has none, so `llm-lab assets pack`
counts them (`with_corpus_stats`) and a bundle shows its cleaning charts once installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lab.events import Artifact

if TYPE_CHECKING:
    from lab.workspace import Workspace

STATE_KEY = "corpus"
RAW_NAME = "raw.txt"
STAT_KEYS = ("steps", "removed", "languages", "kept_docs", "files", "skipped", "encodings", "kinds", "read",
             "examples", "reasons", "lines_removed", "text_field")


def trimmed(report: dict) -> dict:
    """The statistics `state.json` keeps (the job's report has the output path and byte counts too)."""
    return {k: report[k] for k in STAT_KEYS if k in report}


def with_corpus_stats(ws: Workspace, state: dict) -> dict:
    """`state` with the world corpus's cleaning statistics counted, when the workspace has none."""
    from lab.corpus import clean

    mine = state.get(STATE_KEY) if isinstance(state.get(STATE_KEY), dict) else {}
    raw = ws.corpus_dir / RAW_NAME
    if mine.get("stats") or not raw.is_file() or not ws.clean_text_path.is_file():
        return state
    report = next(e.data for e in clean(raw) if isinstance(e, Artifact) and e.kind == "corpus_stats")
    first = report["steps"][0]
    entry = {"source": "world", "documents": first["docs"], "characters": first["chars"], "cleaned": True,
             "stats": trimmed(report), **mine}
    return {**state, STATE_KEY: entry}
