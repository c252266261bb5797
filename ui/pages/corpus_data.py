"""What the Corpus page reads and keeps: the world job, previews, the saved state, the chart data.

The page keeps its choices in `state.json` under the key `corpus`:

    {"source": "world" | "files", "paths": [...], "world": {WorldConfig}, "clean": {CleanConfig},
     "documents": n, "characters": n, "cleaned": bool, "stats": {the cleaning statistics},
     "read": [each file read: kind, encoding, notes], "skipped": [...], "text_field": "text"}

so a restart shows the same corpus, its preview, and its before/after chart. A workspace
cleaned elsewhere (the pipeline, a bundle) gets its statistics counted again (`restats_job`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from lab.config import WorldConfig, from_dict, to_dict
from lab.corpus import CleanConfig, clean, split_documents
from lab.corpus.formats import open_reader
from lab.corpus.reading import find_text_files
from lab.corpus.stats import RAW_NAME, STATE_KEY
from lab.errors import LabError
from lab.events import Artifact, Done, Job, Progress
from lab.workspace import Workspace
from ui.widgets.corpus_preview import MAX_DOCS, PreviewDoc

PREVIEW_WORLD_MB = 0.05  # enough of the world to find its first MAX_DOCS documents again
HEAD_CHARS = 200_000  # how much of a file the preview reads at most
NO_STEPS = CleanConfig(normalize=False, strip_markup=False, filter_junk=False, min_chars=0, filter_language=False,
                       filter_rude=False, dedupe_exact=False, dedupe_near=False)  # only counts: checks opened files


# --- the world ------------------------------------------------------------------------
def generate_job(cfg: WorldConfig, folder: Path) -> Job:
    """Generate the world, write it into `folder`, report its size and first documents."""
    from lab.world import generate

    yield Progress(0, 3, "generate")
    world = generate(cfg)
    yield Progress(1, 3, "write")
    world.write(folder, RAW_NAME)
    yield Progress(3, 3, "")
    docs = [{"text": d.text, "flaws": sorted(d.flaws)} for d in world.documents[:MAX_DOCS]]
    yield Artifact("world", {"documents": len(world.documents), "characters": len(world.text),
                             "flaws": world.flaw_counts(), "preview": docs})
    yield Done({"documents": float(len(world.documents)), "characters": float(len(world.text))})


def world_preview(cfg: WorldConfig, raw_path: Path) -> list[PreviewDoc] | None:
    """The first documents of the world `cfg` with their flaws, if `raw_path` holds that world.

    The world is written page after page from its seed, so a small world of the same
    seed starts with the same pages; we check that against the file before trusting it.
    """
    from lab.world import generate

    head = file_head_docs(raw_path)
    if not head:
        return None
    small = generate(replace(cfg, size_mb=min(cfg.size_mb, PREVIEW_WORLD_MB)))
    docs = [PreviewDoc(d.text, frozenset(d.flaws)) for d in small.documents[:len(head)]]
    return docs if [d.text for d in docs] == head else None


# --- files ------------------------------------------------------------------------------
def file_head_docs(path: Path, limit: int = MAX_DOCS) -> list[str]:
    """The first documents of one text file (empty when it is missing)."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", errors="replace") as f:
        return split_documents(f.read(HEAD_CHARS))[:limit]


def files_preview(paths: list[str], text_field: str = "text", limit: int = MAX_DOCS) -> list[PreviewDoc]:
    """The first documents of the learner's files or folders (read as the cleaner would)."""
    return [PreviewDoc(text) for text in itertools.islice(_documents(paths, text_field), limit)]


def _documents(paths: list[str], text_field: str) -> Iterator[str]:
    for path, _explicit in find_text_files(paths):
        reader = open_reader(path, text_field)
        try:
            yield from reader.documents()
        except (LabError, OSError):
            continue  # the opening check already refused or skipped this file
        finally:
            reader.close()


def restats_job(ws: Workspace, state: dict) -> Job | None:
    """Count the cleaning statistics again when a cleaned workspace has none (a bundle, the command line).

    The raw corpus is cleaned again with the saved settings, statistics only: nothing is written.
    """
    if state.get("stats") or not ws.clean_text_path.is_file():
        return None
    cfg = stored_config(state, "clean", CleanConfig, CleanConfig())
    if state.get("source") == "files" and state.get("paths"):
        sources: Path | list[Path] = [Path(p) for p in state["paths"]]
    elif (ws.corpus_dir / RAW_NAME).is_file():
        sources = ws.corpus_dir / RAW_NAME
    else:
        return None
    field = state.get("text_field", "text")
    return lambda: clean(sources, cfg=cfg, out_path=None, text_field=field)


def fingerprint(ws: Workspace) -> tuple:
    """What says the corpus changed: the raw and clean files' sizes and times, and the page's saved state."""
    def stamp(path: Path) -> tuple[int, int]:
        try:
            st = path.stat()
        except OSError:
            return (0, 0)
        return (st.st_size, st.st_mtime_ns)

    return stamp(ws.corpus_dir / RAW_NAME), stamp(ws.clean_text_path), repr(load_state(ws))


# --- state ------------------------------------------------------------------------------
def load_state(ws: Workspace) -> dict:
    state = ws.read_state().get(STATE_KEY)
    return state if isinstance(state, dict) else {}


def save_state(ws: Workspace, **values) -> dict:
    state = {**load_state(ws), **values}
    ws.update_state(**{STATE_KEY: state})
    return state


def stored_config(state: dict, key: str, cls: type, default):
    try:
        return from_dict(cls, state[key]) if isinstance(state.get(key), dict) else default
    except (LabError, TypeError):
        return default


def config_dict(cfg) -> dict:
    return to_dict(cfg)


# --- numbers for the charts and the facts -----------------------------------------------
def totals(report: dict, when: str) -> dict[str, float]:
    """Documents, characters and words before (`input`) or after the last step."""
    steps = report.get("steps") or [{}]
    row = steps[0] if when == "before" else steps[-1]
    return {k: float(row.get(k, 0)) for k in ("docs", "chars", "words")}


def language_share(report: dict, when: str, lang: str) -> float:
    """Percentage of the characters in language `lang`, before or after cleaning."""
    rows = report.get("languages", {}).get(when, {})
    total = sum(r.get("chars", 0) for r in rows.values())
    return 100.0 * rows.get(lang, {}).get("chars", 0) / total if total else 0.0


def step_rows(report: dict) -> dict[str, dict]:
    return {row["step"]: row for row in report.get("steps", []) if "step" in row}


def duplicates_removed(report: dict) -> int:
    rows = step_rows(report)
    return int(sum(rows.get(s, {}).get("removed", 0) for s in ("dedupe_exact", "dedupe_near")))


def junk_removed(report: dict) -> int:
    """Documents that lost their markup junk, plus documents dropped as junk."""
    rows = step_rows(report)
    return int(rows.get("strip_markup", {}).get("changed", 0) + rows.get("filter_junk", {}).get("removed", 0))


def step_effects(report: dict) -> list[tuple[str, int]]:
    """For each step that ran: the documents it removed or changed."""
    return [(row["step"], int(row.get("removed", 0) + row.get("changed", 0)))
            for row in report.get("steps", []) if row.get("step", "input") != "input"]


def default_world() -> WorldConfig:
    from lab.config import preset

    return preset(WorldConfig, "classroom")
