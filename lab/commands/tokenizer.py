"""`llm-lab tokenizer train` and `llm-lab tokenizer encode`: learn a BPE vocabulary, then use it.

`train` learns byte-level BPE on a corpus file and saves a standard `tokenizer.json`;
when the corpus cannot support the vocabulary asked for, it says how big it really got.
`encode` prints the ids and the token strings of a text (as JSON with `--json`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from lab.commands import add_config_args, config_from_args, given_text, tap
from lab.config import PRESET_NAMES, TokenizerConfig
from lab.errors import LabError
from lab.events import Artifact
from lab.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tokenizer", help="Train a BPE tokenizer on a corpus, or encode a text with one.")
    actions = p.add_subparsers(dest="tokenizer_action", metavar="ACTION", required=True)

    t = actions.add_parser("train", help="Learn byte-level BPE on a corpus file and save tokenizer.json.")
    t.add_argument("--corpus", type=Path, required=True, help="the (clean) corpus text file")
    t.add_argument("--out", type=Path, default=Path("tokenizer.json"), help="where to save the tokenizer")
    t.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="default vocabulary size")
    t.add_argument("--json", action="store_true", help="print the summary and first merges as JSON")
    t.add_argument("--quiet", action="store_true", help="no progress bar")
    add_config_args(t, TokenizerConfig)
    t.set_defaults(func=train_command)

    e = actions.add_parser("encode", help="Show the tokens of a text.")
    e.add_argument("--tokenizer", type=Path, required=True, help="a tokenizer.json")
    e.add_argument("--text", required=True)
    e.add_argument("--json", action="store_true", help="print ids and tokens as JSON")
    e.set_defaults(func=encode_command)


def train_command(args: argparse.Namespace) -> int:
    from lab.cli import drive
    from lab.jobs import tokenize
    from lab.jobs.clean import check_output

    check_corpus(args.corpus)
    check_output(args.out, [args.corpus])
    cfg = config_from_args(TokenizerConfig, args, args.preset)
    artifacts: dict = {}
    job = tap(tokenize.run(args.corpus, cfg, args.out),
              lambda e: artifacts.update({e.kind: e.data}) if isinstance(e, Artifact) else None)
    done = drive(job, quiet=args.quiet or args.json)
    if done is None or done.stopped:
        print("Stopped: no tokenizer was saved.", file=sys.stderr)
        return 1
    real, asked = int(done.summary["vocab_size"]), int(done.summary["vocab_size/requested"])
    if args.json:
        print(json.dumps({"path": str(args.out), **done.summary, "merges_first": artifacts["merges"]["merges"][:20],
                          "lengths": artifacts["lengths"]}, ensure_ascii=False, indent=2))
        return 0
    print(f"Saved a tokenizer of {real} tokens to {args.out} ({done.summary['time/seconds']:.1f} s).")
    if real < asked:
        print(f"Note: you asked for {asked}, but this corpus only has enough repeated pairs for {real}. "
              "Use more text, or a lower --min-frequency.")
    lengths = artifacts["lengths"]
    print(f"{lengths['chars']} characters → {lengths['bpe_tokens']} tokens "
          f"({lengths['chars_per_token']:.2f} characters per token).")
    return 0


def check_corpus(path: Path) -> None:
    """A LabError that says what to do when `--corpus` is a folder, a FIFO, a link loop or unreadable."""
    from lab.corpus.reading import path_problem

    if path.is_dir():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} is a folder, but the tokenizer learns from one "
                                         "corpus file. Clean the folder into one first: llm-lab corpus clean "
                                         "{path} --out clean.txt, then use --corpus clean.txt."), path=str(path))
    problem = path_problem(path)
    if problem and (path.exists() or os.path.islink(path)):  # a missing file keeps the job's own message
        raise problem


def encode_command(args: argparse.Namespace) -> int:
    from lab.tokenizer import BPETokenizer

    tok = BPETokenizer.load(args.tokenizer)
    ids = tok.encode(given_text(args.text, "--text"))
    tokens = [tok.token_str(i) for i in ids]
    if args.json:
        print(json.dumps({"text": args.text, "ids": ids, "tokens": tokens, "count": len(ids)}, ensure_ascii=False))
    else:
        print(" ".join(map(str, ids)))
        print(" | ".join(tokens))
        print(f"{len(args.text)} characters → {len(ids)} tokens")
    return 0
