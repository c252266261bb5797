"""`llm-lab corpus generate` and `llm-lab corpus clean`: make the world's corpus, or clean your own.

`generate` writes the synthetic world's web corpus to `--out` and its SFT, preference
and probe sets as JSONL beside it. `clean` streams text files or folders through the
cleaning steps into `--out`, printing the statistics of each step (as JSON with
`--json`); every step can be switched off (`--no-dedupe-near`, `--min-chars 0`…).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lab.commands import add_config_args, config_from_args, tap
from lab.config import PRESET_NAMES, WorldConfig
from lab.corpus import CleanConfig
from lab.events import Artifact


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("corpus", help="Generate the synthetic world's corpus, or clean your own text.")
    actions = p.add_subparsers(dest="corpus_action", metavar="ACTION", required=True)

    g = actions.add_parser("generate", help="Write the world's web corpus and its SFT, preference and probe sets.")
    g.add_argument("--out", type=Path, required=True, help="the corpus file to write (JSONL sets go beside it)")
    g.add_argument("--preset", choices=PRESET_NAMES, default="classroom", help="size of the world")
    add_config_args(g, WorldConfig)
    g.set_defaults(func=generate_command)

    c = actions.add_parser("clean", help="Clean text files or folders into one corpus file.")
    c.add_argument("inputs", nargs="+", type=Path, help=".txt / .md files or folders")
    c.add_argument("--out", type=Path, required=True, help="the clean corpus file to write")
    c.add_argument("--json", action="store_true", help="print the statistics as JSON")
    c.add_argument("--quiet", action="store_true", help="no progress bar")
    add_config_args(c, CleanConfig)
    c.set_defaults(func=clean_command)


def generate_command(args: argparse.Namespace) -> int:
    from lab.world import generate

    cfg = config_from_args(WorldConfig, args, args.preset)
    world = generate(cfg)
    folder, name = (args.out, "raw.txt") if args.out.is_dir() else (args.out.parent, args.out.name)
    paths = world.write(folder, raw_name=name)
    counts = world.flaw_counts()
    print(f"Wrote {len(world.documents)} documents ({len(world.text.encode('utf-8')) / 1e6:.2f} MB) to {paths['raw']}")
    print("Flaws: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for key in ("sft", "preferences", "rl_prompts", "probes"):
        print(f"{key}: {len(getattr(world, key))} rows in {paths[key]}")
    return 0


def clean_command(args: argparse.Namespace) -> int:
    from lab.cli import drive
    from lab.corpus import clean

    cfg = config_from_args(CleanConfig, args)
    found: dict = {}
    job = tap(clean(list(args.inputs), cfg, args.out),
              lambda e: found.update(stats=e.data) if isinstance(e, Artifact) and e.kind == "corpus_stats" else None)
    done = drive(job, quiet=args.quiet)
    if done is None or done.stopped or "stats" not in found:
        print("Stopped: nothing was written.", file=sys.stderr)
        return 1
    stats = found["stats"]
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        print(format_stats(stats))
    return 0


def format_stats(stats: dict) -> str:
    """The per-step statistics as a small table."""
    lines = [f"{'step':<16}{'docs':>9}{'chars':>12}{'words':>11}{'removed':>9}{'changed':>9}"]
    for row in stats["steps"]:
        lines.append(f"{row['step']:<16}{row['docs']:>9}{row['chars']:>12}{row['words']:>11}"
                     f"{row['removed']:>9}{row['changed']:>9}")
    after = stats["languages"]["after"]
    total = sum(v["docs"] for v in after.values()) or 1
    lines.append("languages: " + ", ".join(f"{k} {100 * v['docs'] / total:.0f}%" for k, v in after.items()))
    lines.append(f"files: {stats['files']} ({', '.join(f'{k} {v}' for k, v in stats['encodings'].items())})"
                 + (f", skipped {len(stats['skipped'])}" if stats["skipped"] else ""))
    lines.append(f"written to {stats['output']}")
    return "\n".join(lines)
