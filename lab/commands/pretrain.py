"""`llm-lab pretrain` and `llm-lab sample`: train the base model, then hear what it says.

`pretrain` needs a cleaned corpus and a tokenizer in the workspace. When they are not
there it makes them: the synthetic world's web corpus (or `--corpus FILE` or folder),
cleaned by `lab.corpus`, and a BPE tokenizer trained on it (or `--tokenizer FILE`). Then it trains with a
progress bar, resuming from the workspace's checkpoint unless `--fresh`; Ctrl-C
saves and stops. `sample` continues a prompt with the saved model, printing the text
as it comes, or every token with its probability and runners-up with `--json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lab.checkpoint import atomic_write_bytes
from lab.commands import add_config_args, add_run_args, config_from_args, run_config
from lab.config import PRESET_NAMES, ModelConfig, PretrainConfig, TokenizerConfig, WorldConfig, preset
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pretrain", help="Train the base model on the corpus (resumes unless --fresh).")
    p.add_argument("--workspace", help="workspace folder (default: the app's)")
    p.add_argument("--corpus", type=Path, help="a text file or folder to train on (default: the synthetic world's)")
    p.add_argument("--tokenizer", type=Path, help="a tokenizer.json to use (default: train one on the corpus)")
    p.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="size of world, model and run")
    add_config_args(p, ModelConfig)
    add_config_args(p, PretrainConfig)
    add_run_args(p)
    p.add_argument("--nproc", type=int, default=1,
                   help="data-parallel worker processes (torch.distributed DDP); for several machines see "
                        "lab/commands/ddp_worker.py")
    p.add_argument("--fresh", action="store_true", help="forget the saved model and metric history")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=pretrain_command)

    s = sub.add_parser("sample", help="Continue a prompt with the pretrained model.")
    s.add_argument("--workspace", help="workspace folder (default: the app's)")
    s.add_argument("--prompt", required=True)
    s.add_argument("--temperature", type=float, default=0.8, help="0 = greedy")
    s.add_argument("--top-k", type=int, default=0, help="keep the k most likely tokens (0 = all)")
    s.add_argument("--top-p", type=float, default=1.0, help="keep the smallest set with this much probability")
    s.add_argument("--seed", type=int, default=None, help="same seed, same text")
    s.add_argument("--max-new-tokens", type=int, default=64)
    s.add_argument("--json", action="store_true", help="print every token with its probability as JSON")
    s.set_defaults(func=sample_command)


def pretrain_command(args: argparse.Namespace) -> int:
    from lab.cli import drive
    from lab.jobs import pretrain

    ws = Workspace(args.workspace)
    model_cfg = config_from_args(ModelConfig, args, args.preset)
    train_cfg = config_from_args(PretrainConfig, args, args.preset)
    prepare_corpus(ws, args.corpus, args.preset, args.quiet)
    prepare_tokenizer(ws, args.tokenizer, args.preset)
    if args.nproc > 1:
        from lab import ddp

        job = ddp.run(ws, model_cfg, train_cfg, run_config(args), nproc=args.nproc, resume=not args.fresh)
    else:
        job = pretrain.run(ws, model_cfg, train_cfg, run_config(args), resume=not args.fresh)
    done = drive(job, quiet=args.quiet)
    if done is not None:
        shown = ", ".join(f"{k} {v:.4g}" for k, v in done.summary.items())
        print(("stopped: " if done.stopped else "done: ") + shown, file=sys.stderr)
    return 0


def prepare_corpus(ws: Workspace, corpus: Path | None, preset_name: str, quiet: bool = False) -> None:
    """Clean `corpus` (default: the world's web text) into the workspace, unless it is there already."""
    if corpus is None and ws.clean_text_path.is_file():
        return
    from lab.cli import drive
    from lab.corpus import clean

    source: str | Path
    if corpus is None:
        from lab.world import generate

        print("Writing the world's corpus…", file=sys.stderr)
        world = generate(preset(WorldConfig, preset_name))
        world.write(ws.corpus_dir)  # raw.txt and the chat sets later stages read
        source = world.text
    elif not corpus.exists():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no file {path}. Check the name."), path=str(corpus))
    else:
        source = corpus
    drive(clean(source, out_path=ws.clean_text_path), quiet=quiet)


def prepare_tokenizer(ws: Workspace, tokenizer: Path | None, preset_name: str) -> None:
    """Put a tokenizer in the workspace: the given file, or one trained on the cleaned corpus."""
    if tokenizer is not None:
        if not tokenizer.is_file():
            raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no file {path}. Check the name."),
                           path=str(tokenizer))
        given = _replacing_tokenizer(ws, tokenizer)
        if given is not None:
            atomic_write_bytes(ws.tokenizer_path, given)
    elif not ws.tokenizer_path.is_file():
        print("Training the tokenizer…", file=sys.stderr)
        train_bpe = _stage("lab.tokenizer", "train_bpe")

        text = ws.clean_text_path.read_text(encoding="utf-8")
        train_bpe([text], preset(TokenizerConfig, preset_name)).save(ws.tokenizer_path)


def _replacing_tokenizer(ws: Workspace, path: Path) -> bytes | None:
    """The bytes of the tokenizer file `path` once checked, or None when the workspace has it already.

    Checked before anything is copied: it must load as a tokenizer, and it may not replace a
    workspace tokenizer (or a model) of another vocabulary, which would turn its models' words into garbage.
    """
    from lab.tokenizer import BPETokenizer

    new = BPETokenizer.load(path)
    ours = _current_tokenizer(ws)
    meta = _checkpoint_meta(ws)
    if ours is not None and ours.same_vocabulary(new):
        return None
    if ours is not None or (meta is not None and meta.get("vocab_size") != new.vocab_size):
        raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} has another vocabulary than the tokenizer of the "
                                         "workspace {workspace}, whose models were trained with it; nothing was "
                                         "changed. Use another workspace (--workspace) to train with this "
                                         "tokenizer."), path=str(path), workspace=str(ws.root))
    return path.read_bytes()


def _current_tokenizer(ws: Workspace):
    from lab.tokenizer import BPETokenizer

    if not ws.tokenizer_path.is_file():
        return None
    try:
        return BPETokenizer.load(ws.tokenizer_path)
    except LabError:
        return None  # a damaged tokenizer protects nothing


def _checkpoint_meta(ws: Workspace) -> dict | None:
    if not ws.has_checkpoint("pretrain"):
        return None
    try:
        return json.loads((ws.checkpoint_dir("pretrain") / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _stage(module: str, name: str):
    """A function of another stage's module, or a LabError saying what to pass instead."""
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "This installation cannot make {what} ({reason}). "
                                         "Pass --corpus and --tokenizer files instead."),
                       what=module, reason=str(exc)) from exc


def sample_command(args: argparse.Namespace) -> int:
    from lab.commands import given_text
    from lab.jobs.pretrain import load_model, load_tokenizer
    from lab.sampling import check_options, generate_stream

    given_text(args.prompt, "--prompt")
    check_options(args.temperature, args.top_k, args.top_p, args.seed, args.max_new_tokens)
    ws = Workspace(args.workspace)
    model, _ = load_model(ws)
    tok = load_tokenizer(ws)
    if tok.vocab_size != model.vocab_size:  # another tokenizer: the ids would decode to garbage
        raise LabError(QT_TRANSLATE_NOOP("LabError", "The tokenizer of {path} has {tokens} tokens, but its model was "
                                         "trained with {model}: they do not belong together. Train the model again "
                                         "(pretrain --fresh), or use the workspace they came from."),
                       path=str(ws.root), tokens=tok.vocab_size, model=model.vocab_size)
    stop = tuple(i for i in (getattr(tok, "eot_id", None),) if i is not None)
    steps = generate_stream(model, tok.encode(args.prompt), args.max_new_tokens, args.temperature,
                            args.top_k or None, args.top_p, args.seed, stop)
    if args.json:
        rows = [{"id": s.token, "text": tok.decode([s.token]), "logprob": round(s.logprob, 4),
                 "top": [[i, tok.decode([i]), round(p, 4)] for i, p in s.top(5, "raw")]} for s in steps]
        text = tok.decode([r["id"] for r in rows if r["id"] not in stop])
        print(json.dumps({"prompt": args.prompt, "text": text, "tokens": rows}, ensure_ascii=False))
        return 0
    sys.stdout.write(args.prompt)
    ids, shown = [], ""
    for step in steps:
        if step.token in stop:
            break
        ids.append(step.token)
        text = tok.decode(ids)
        if not text.endswith("\ufffd"):  # wait for the rest of a character split across tokens
            sys.stdout.write(text[len(shown):])
            sys.stdout.flush()
            shown = text
    sys.stdout.write("\n")
    return 0
