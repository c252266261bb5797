"""`llm-lab corpus generate` and `llm-lab corpus clean`: make the world's corpus, or clean your own.

`generate` writes the synthetic world's web corpus to `--out` and its SFT, preference
and probe sets as JSONL beside it. `clean` streams text files or folders through the
cleaning steps into `--out`, printing the statistics of each step (as JSON with
`--json`); every step can be switched off (`--no-dedupe-near`, `--min-chars 0`…). The
steps of real web pipelines (repetition and quality filters, repeated lines across
documents) are on here, as the input is the learner's own text; `--text-field` names the
field of JSONL records and the column of Parquet shards that hold the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from lab.commands import add_config_args, config_from_args, tap
from lab.config import PRESET_NAMES, WorldConfig
from lab.corpus import CleanConfig
from lab.corpus.cleaner import REAL_TEXT_STEPS
from lab.corpus.formats import DEFAULT_TEXT_FIELD
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
    c.add_argument("inputs", nargs="+", type=Path,
                   help=".txt, .md, .html, .pdf, .jsonl or .parquet files, or folders of them")
    c.add_argument("--out", type=Path, required=True, help="the clean corpus file to write")
    c.add_argument("--text-field", default=DEFAULT_TEXT_FIELD,
                   help="the field of JSONL records / column of Parquet files with the text (default: text)")
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
    from lab.jobs.clean import run  # its first step refuses an --out that is a folder or an input
    cfg = config_from_args(CleanConfig, args)
    cfg = replace(cfg, **{k: True for k in REAL_TEXT_STEPS if getattr(args, k, None) is None})
    found: dict = {}
    job = tap(run(list(args.inputs), args.out, cfg, text_field=args.text_field),
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
    lines = [f"{'step':<18}{'docs':>9}{'chars':>12}{'words':>11}{'removed':>9}{'changed':>9}{'chars -':>9}"]
    total = max(1, stats["steps"][0]["chars"])
    for row in stats["steps"]:
        share = f"{100 * row.get('chars_removed', 0) / total:.1f}%"
        lines.append(f"{row['step']:<18}{row['docs']:>9}{row['chars']:>12}{row['words']:>11}"
                     f"{row['removed']:>9}{row['changed']:>9}{share:>9}")
    after = stats["languages"]["after"]
    total = sum(v["docs"] for v in after.values()) or 1
    lines.append("languages: " + ", ".join(f"{k} {100 * v['docs'] / total:.0f}%" for k, v in after.items()))
    kinds = ", ".join(f"{k} {v}" for k, v in stats.get("kinds", {}).items())
    lines.append(f"files: {stats['files']} ({kinds}; {', '.join(f'{k} {v}' for k, v in stats['encodings'].items())})")
    for row in stats.get("read", [])[:MAX_FILES_SHOWN]:
        lines.append(f"  {row['path']}: {row['kind']}, {row['encoding']}" + _note(row))
    for row in stats["skipped"]:
        lines.append(f"  skipped {row['path']}: {row['reason']}")
    for step, reasons in stats.get("reasons", {}).items():
        lines.append(f"{step}: " + ", ".join(f"{k} {v}" for k, v in reasons.items()))
    if stats.get("lines_removed"):
        lines.append(f"dedupe_lines: {stats['lines_removed']} repeated lines removed")
    lines.append(f"written to {stats['output']}")
    return "\n".join(lines)


MAX_FILES_SHOWN = 20


def _note(row: dict) -> str:
    """What a file's reader noted: the share of a web page extraction kept, or the records read."""
    if "chars_page" in row:
        return f", main text {row['chars_kept']} of {row['chars_page']} characters"
    if "records" in row:
        return f", {row['records']} records from field {row['field']!r}"
    return ""
