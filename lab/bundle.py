"""Bundled stages: a finished pipeline packed small enough to ship, so a class starts anywhere.

`pack(ws, out)` turns a workspace where `llm-lab pipeline` ran into a folder (`make
assets` packs the classroom preset into `assets/classroom/`):

    manifest.json          preset, seed, torch version, the stages in order, their report
                           entries, state.json, and each file's size and sha256
    <stage>.tar.xz         the stage's text: corpus and world sets, tokenizer, metric
                           history, the samples it wrote while training, results, the
                           experiences it sampled for offline RL
    <stage>.safetensors    the stage's model, weights rounded to float16, with its
                           checkpoint meta in the safetensors header

`install(ws, stage)` is a job that puts every stage up to and including `stage` into the
workspace (weights back to float32, report.json, state.json, report.html), so the pages
show those stages done and the learner starts from `stage` with no training first.
Work already in the workspace is first moved aside whole to a dated sibling folder
(`set_aside`), never deleted. The files are checked against the manifest before
anything moves.

Rounding to float16 halves the bundle and changes the models a little: `pack` measures,
for every model, the largest change of any logit (or reward score) on a batch of corpus
text, and stores it in the manifest (`fp16_logit_change`); the tests hold it under
`LOGIT_TOLERANCE`. On the classroom bundle it is at most 0.021, on logits that span about
−15 to 20, and the report's greedy answers come out unchanged. Left out: the optimizer
state of pretraining and PPO's value model, which only serve to resume an unfinished run;
bundled stages are finished, so training a stage again starts it afresh.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import time
from pathlib import Path
from typing import Any

from lab import checkpoint, samples_log
from lab.align import EXPERIENCES  # rows tagged with the stage that sampled them
from lab.errors import LabError
from lab.events import Artifact, Done, Job, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.resources import assets_dir
from lab.workspace import FORMAT_VERSION, LOCK, STAMP, Workspace, open_format

BUNDLE_FORMAT = 1
MANIFEST = "manifest.json"
HEADER_KEY = "llm_lab"  # the safetensors metadata entry holding checkpoint meta and original dtypes
DEFAULT_BUNDLE = assets_dir() / "classroom"  # inside the installed package, or the checkout's assets/
NOT_WORK = (STAMP, "state.json", LOCK)  # settings only: installing over them loses nothing
MAX_MANIFEST_BYTES = 10_000_000
MAX_FILE_BYTES = 2_000_000_000  # no bundled file is this big: a larger claim is a damaged manifest
MAX_UNPACKED_BYTES = 500_000_000  # per stage's text; the classroom's biggest, the corpus, is a few MB
LOGIT_TOLERANCE = 0.05  # the largest logit change float16 rounding may cause; classroom: 0.021


# --- packing ---------------------------------------------------------------------------

def pack(ws: Workspace, out: Path | str) -> dict[str, Any]:
    """Pack the finished stages of `ws` into the folder `out`; returns the manifest written."""
    import torch

    from lab.corpus.stats import with_corpus_stats
    from lab.stages import NAMES as STAGES
    from lab.stages import read_report

    report = read_report(ws)
    stages = [s for s in STAGES if s in report["stages"]]
    if not stages or tuple(stages) != STAGES[:len(stages)]:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The workspace {path} has no finished pipeline to pack. Run "
                                         "`llm-lab pipeline --workspace {path}` first."), path=str(ws.root))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files, changes = [], {}
    for stage in stages:
        checkpoint.atomic_write_bytes(out / f"{stage}.tar.xz", _text_tar(ws, stage))
        files.append(_entry(out, f"{stage}.tar.xz", stage))
        if ws.has_checkpoint(stage):
            data, changes[stage] = _half_weights(ws, stage)
            checkpoint.atomic_write_bytes(out / f"{stage}.safetensors", data)
            files.append(_entry(out, f"{stage}.safetensors", stage))
    manifest = {"bundle_format": BUNDLE_FORMAT, "workspace_format": FORMAT_VERSION,
                "preset": report.get("preset"), "seed": report.get("seed"), "torch": torch.__version__,
                "stages": stages, "report": {s: report["stages"][s] for s in stages},
                "state": with_corpus_stats(ws, ws.read_state()),
                "fp16_logit_change": changes, "files": files, "total_bytes": sum(f["bytes"] for f in files)}
    checkpoint.atomic_write_text(out / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def _entry(folder: Path, name: str, stage: str) -> dict[str, Any]:
    data = (folder / name).read_bytes()
    return {"name": name, "stage": stage, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _text_tar(ws: Workspace, stage: str) -> bytes:
    """The stage's text files as tar.xz, with fixed dates so the same files give the same bytes."""
    entries = {path.relative_to(ws.root).as_posix(): path.read_bytes() for path in _stage_files(ws, stage)}
    sampled = _experiences_of(ws, stage)
    if sampled:
        entries[EXPERIENCES] = sampled
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:xz", preset=9) as tar:
        for name in sorted(entries):
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(entries[name]), 0o644
            tar.addfile(info, io.BytesIO(entries[name]))
    return buffer.getvalue()


def _stage_files(ws: Workspace, stage: str) -> list[Path]:
    own = {"corpus": [ws.corpus_dir], "tokenizer": [ws.tokenizer_path]}.get(stage, [])
    # the samples a stage wrote while training: the Pretraining page shows them for a bundled stage too
    candidates = [*own, ws.metrics_path(stage), samples_log.path(ws, stage), ws.root / "results" / f"{stage}.json"]
    files = [f for c in candidates for f in (sorted(c.rglob("*")) if c.is_dir() else [c])]
    return [f for f in files if f.is_file()]


def _experiences_of(ws: Workspace, stage: str) -> bytes:
    path = ws.root / EXPERIENCES
    if not path.is_file():
        return b""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if _source(line) == stage]
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _source(line: str) -> str | None:
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        return None
    return row.get("source") if isinstance(row, dict) else None


def _half_weights(ws: Workspace, stage: str) -> tuple[bytes, float]:
    """The stage's weights in float16 as safetensors bytes, and the largest logit change that causes."""
    from safetensors.torch import save

    tensors, meta = ws.load_checkpoint(stage)
    dtypes = {k: str(v.dtype).removeprefix("torch.") for k, v in tensors.items()}
    half = {k: v.half() if v.is_floating_point() else v for k, v in tensors.items()}
    header = {HEADER_KEY: json.dumps({"meta": meta, "dtypes": dtypes}, ensure_ascii=False)}  # one key: same bytes
    return save(half, metadata=header), logit_change(ws, tensors, _restore(half, dtypes), meta)


def logit_change(ws: Workspace, before: dict, after: dict, meta: dict[str, Any]) -> float:
    """The largest |change| of any logit or score between two sets of weights, on corpus text."""
    import torch

    from lab.data import load_tokenizer
    from lab.model import from_checkpoint

    a, b = from_checkpoint(before, meta).eval(), from_checkpoint(after, meta).eval()
    block = a.cfg.block_size
    ids = load_tokenizer(ws).encode(ws.clean_text_path.read_text(encoding="utf-8")[:20_000])[:4 * block]
    batch = torch.tensor(ids[:len(ids) // block * block]).view(-1, block)  # (B, T)
    with torch.no_grad():
        out_a, out_b = a(batch), b(batch)
    change = (out_a.logits - out_b.logits).abs().max()
    if out_a.values is not None:
        change = torch.maximum(change, (out_a.values - out_b.values).abs().max())
    return float(change)


def _restore(tensors: dict, dtypes: dict[str, str]) -> dict:
    import torch

    return {k: v.to(getattr(torch, dtypes.get(k, "float32"))) for k, v in tensors.items()}


# --- reading a bundle ------------------------------------------------------------------

def read_manifest(folder: Path | str | None = None) -> dict[str, Any]:
    """The manifest of the bundle in `folder` (default: the classroom bundle), checked."""
    folder = Path(folder) if folder else DEFAULT_BUNDLE
    try:
        if (folder / MANIFEST).stat().st_size > MAX_MANIFEST_BYTES:
            raise ValueError(f"{MANIFEST} is larger than {MAX_MANIFEST_BYTES} bytes")
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no usable bundle in {path} ({reason}). Build it "
                                         "with `make assets`."), path=str(folder), reason=str(exc)) from exc
    if isinstance(manifest, dict) and (_number(manifest.get("bundle_format")) > BUNDLE_FORMAT
                                       or _number(manifest.get("workspace_format")) > FORMAT_VERSION):
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The bundle in {path} was made by a newer version of LLM Lab. "
                                         "Update LLM Lab, or rebuild the bundle with `make assets`."),
                       path=str(folder))
    problem = manifest_problem(manifest)
    if problem:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The bundle in {path} has a damaged manifest ({reason}). "
                                         "Rebuild the bundle with `make assets`."), path=str(folder), reason=problem)
    return manifest


def _number(value: Any) -> float:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else 0


def manifest_problem(manifest: Any) -> str:
    """What makes `manifest` unusable, in a few words; "" when it is sound.

    Stages must be known pipeline stages, in order, and files plain names of those stages'
    files, so no path taken from a manifest can lead outside the bundle or the workspace."""
    from lab.stages import NAMES as STAGES

    if not isinstance(manifest, dict):
        return "not a JSON object"
    if not all(isinstance(manifest.get(k), int) for k in ("bundle_format", "workspace_format")):
        return "bundle_format and workspace_format must be whole numbers"
    stages = manifest.get("stages")
    if not isinstance(stages, list) or not stages or not all(isinstance(s, str) for s in stages):
        return "stages is not a list of stage names"
    if tuple(stages) != STAGES[:len(stages)]:
        return f"stages must be the first stages of {', '.join(STAGES)}"
    for key, kind in (("report", dict), ("state", dict), ("files", list)):
        if not isinstance(manifest.get(key), kind):
            return f"{key} is missing or not a {kind.__name__}"
    if not all(isinstance(manifest["report"].get(s), dict) and _number(manifest["report"][s].get("wall_s")) >= 0
               for s in stages):
        return "the report lacks a stage"
    allowed = {f"{s}.tar.xz" for s in stages} | {f"{s}.safetensors" for s in stages}
    for entry in manifest["files"]:
        if not (isinstance(entry, dict) and entry.get("name") in allowed and entry["name"].startswith(
                f"{entry.get('stage')}.") and isinstance(entry.get("sha256"), str)
                and isinstance(entry.get("bytes"), int) and 0 <= entry["bytes"] <= MAX_FILE_BYTES):
            return f"a file entry is not one of {sorted(allowed)} with its size and sha256"
    return ""


def available(folder: Path | str | None = None) -> list[str]:
    """The stages a teacher can start from (none when there is no bundle)."""
    try:
        return list(read_manifest(folder)["stages"])
    except LabError:
        return []


def verify(folder: Path, files: list[dict[str, Any]]) -> None:
    """Raise a LabError if a bundle file is missing or differs from the manifest."""
    for entry in files:
        path = folder / entry["name"]
        fits = path.is_file() and path.stat().st_size == entry["bytes"]  # sizes first: no huge read
        data = path.read_bytes() if fits else b""
        if not fits or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The bundled file {path} is missing or damaged. Rebuild "
                                             "the bundle with `make assets`."), path=str(path))


# --- installing --------------------------------------------------------------------------

def holds_work(ws: Workspace | Path) -> bool:
    """True when the workspace (or folder) holds anything an install would replace (settings do not count)."""
    root = ws.root if isinstance(ws, Workspace) else Path(ws)
    return any(p.relative_to(root).as_posix() not in NOT_WORK for p in root.rglob("*") if not p.is_dir())


def set_aside(ws: Workspace) -> Path:
    """Move the whole workspace folder to a dated sibling (`<name>-backup-<date>`); returns where it went."""
    base = ws.root.with_name(f"{ws.root.name}-backup-{time.strftime('%Y-%m-%d-%H%M%S')}")
    backup, n = base, 1
    while backup.exists():
        n += 1
        backup = base.with_name(f"{base.name}-{n}")
    try:
        ws.root.rename(backup)
    except OSError as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Could not move your work in {path} aside ({reason}). Close "
                                         "the programs that use it and try again."),
                       path=str(ws.root), reason=str(exc)) from exc
    ws.root.mkdir(parents=True)
    if (backup / LOCK).is_file():
        (backup / LOCK).rename(ws.root / LOCK)  # the lock stays with the folder this run writes into
    open_format(ws.root)
    return backup


def install(ws: Workspace, stage: str, bundle: Path | str | None = None, lang: str = "es") -> Job:
    """Put every bundled stage up to and including `stage` into `ws`, as if the pipeline had run them.

    Yields an `Artifact("bundle/backup", {"path": ...})` when earlier work was moved aside.
    """
    from lab.report import write_html
    from lab.stages import NAMES as STAGES
    from lab.stages import report_path

    folder = Path(bundle) if bundle else DEFAULT_BUNDLE
    manifest = read_manifest(folder)
    if stage not in manifest["stages"]:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The bundle has no stage “{stage}”. Choose one of: {stages}."),
                       stage=stage, stages=", ".join(manifest["stages"]))
    stages = manifest["stages"][:manifest["stages"].index(stage) + 1]
    verify(folder, [f for f in manifest["files"] if f["stage"] in stages])
    if holds_work(ws):
        yield Artifact("bundle/backup", {"path": str(set_aside(ws))})
    report: dict[str, Any] = {"preset": manifest.get("preset"), "seed": manifest.get("seed"), "stages": {}}
    ws.update_state(**{k: v for k, v in manifest["state"].items() if k not in STAGES})
    for i, name in enumerate(stages):
        yield Progress(i, len(stages) + 1, QT_TRANSLATE_NOOP("job", "Unpacking the bundled stages"))
        _unpack(folder, ws, name)
        if name in manifest["state"]:
            ws.update_state(**{name: manifest["state"][name]})
        report["stages"][name] = {**manifest["report"][name], "bundled": True}
        report["total_wall_s"] = sum(s["wall_s"] for s in report["stages"].values())
        checkpoint.atomic_write_text(report_path(ws), json.dumps(report, indent=2, ensure_ascii=False))
    yield Progress(len(stages), len(stages) + 1, QT_TRANSLATE_NOOP("job", "Writing the report"))
    write_html(ws, report, lang)
    yield Done({"stages": float(len(stages))})


def _unpack(folder: Path, ws: Workspace, stage: str) -> None:
    """Write one bundled stage's files and model into the workspace."""
    root = ws.root.resolve()
    with tarfile.open(folder / f"{stage}.tar.xz", "r:xz") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and _may_unpack(m.name)]
        if sum(m.size for m in members) > MAX_UNPACKED_BYTES:  # a small file that expands to gigabytes
            raise LabError(QT_TRANSLATE_NOOP("LabError", "The bundled stage {stage} in {path} unpacks to more than "
                                             "{limit} MB, more than any real stage. Rebuild the bundle with "
                                             "`make assets`."),
                           stage=stage, path=str(folder), limit=MAX_UNPACKED_BYTES // 10**6)
        for member in members:
            target = (root / member.name).resolve()
            if root not in target.parents:
                continue  # only plain files inside the workspace
            data = tar.extractfile(member).read()
            if member.name == EXPERIENCES:
                with target.open("ab") as f:
                    f.write(data)
            else:
                checkpoint.atomic_write_bytes(target, data)
    weights = folder / f"{stage}.safetensors"
    if weights.is_file():
        tensors, meta = load_weights(weights)
        checkpoint.save(ws.checkpoint_dir(stage), tensors, {**meta, "format": FORMAT_VERSION})


def _may_unpack(name: str) -> bool:
    """Only the text a stage packs (corpus, tokenizer, history, results, experiences) may be written:
    never the format stamp, the settings, a checkpoint or the lock."""
    return name in ("tokenizer.json", EXPERIENCES) or name.startswith(("corpus/", "metrics/", "results/"))


def load_weights(path: Path) -> tuple[dict, dict[str, Any]]:
    """A bundled model's weights, back in their saved dtypes (float32), and its checkpoint meta."""
    from safetensors import safe_open

    try:
        with safe_open(str(path), framework="pt") as f:
            header = json.loads(f.metadata()[HEADER_KEY])
            tensors = {k: f.get_tensor(k) for k in f.keys()}
        return _restore(tensors, header["dtypes"]), dict(header["meta"])
    except Exception as exc:  # noqa: BLE001 - safetensors and a bad header raise many kinds
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The bundled model {path} is damaged ({reason}). Rebuild the "
                                         "bundle with `make assets`."), path=str(path), reason=str(exc)[:200]) from exc
