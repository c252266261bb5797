"""`llm-lab export`: a stage's model as a Hugging Face GPT-2 folder, to take home or share.

    llm-lab export --workspace W --stage sft --out my-model
    python -c "from transformers import GPT2LMHeadModel; GPT2LMHeadModel.from_pretrained('my-model')"

The folder also holds the tokenizer (`PreTrainedTokenizerFast.from_pretrained`) and
`repeat_run.py`, which runs the stage again with the same settings and seed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lab.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    from lab.export import STAGE_JOBS

    p = sub.add_parser("export", help="Write a stage's model as a Hugging Face GPT-2 folder (weights + tokenizer).")
    p.add_argument("--workspace", help="workspace folder (default: the app's)")
    p.add_argument("--stage", default="pretrain", choices=tuple(STAGE_JOBS), help="which stage's model")
    p.add_argument("--out", type=Path, required=True, help="folder to write (created if missing)")
    p.set_defaults(func=export_command)


def export_command(args: argparse.Namespace) -> int:
    from lab.export import export_stage

    out = export_stage(Workspace(args.workspace), args.stage, args.out)
    print(f"exported {args.stage} to {out}", file=sys.stderr)
    return 0
