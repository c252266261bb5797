"""`report.html`: the pipeline's results as one page a teacher can hand out.

It holds, for every stage, its time, its final numbers and its training curves (inline
SVG, no scripts, no files beside it), and the same held-out questions answered by
every model stage. The numbers come from `report.json` and the workspace's metric
history; nothing is drawn that the runs did not measure.
"""

from __future__ import annotations

import html
import math
from typing import Any

from lab.checkpoint import atomic_write_text
from lab.workspace import Workspace

CURVES = {
    "pretrain": ("loss/train", "loss/val"),
    "sft": ("loss/train", "loss/val"),
    "reward": ("loss/train", "eval/pair_accuracy"),
    "ppo": ("reward/rm", "reward/true", "kl/ref"),
    "dpo": ("rewards/chosen", "rewards/rejected", "rewards/margins"),
    "grpo": ("reward/rm", "reward/true", "kl/ref"),
    "offline_rl": ("loss/train",),
}
COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c")
TEXT = {
    "es": {"title": "LLM Lab: informe del pipeline", "preset": "Preajuste", "seed": "Semilla",
           "total": "Tiempo total", "stage": "Etapa", "time": "Tiempo", "metric": "Métrica", "value": "Valor",
           "samples": "Las mismas preguntas en cada etapa", "question": "Pregunta", "step": "paso"},
    "en": {"title": "LLM Lab: pipeline report", "preset": "Preset", "seed": "Seed",
           "total": "Total time", "stage": "Stage", "time": "Time", "metric": "Metric", "value": "Value",
           "samples": "The same questions at every stage", "question": "Question", "step": "step"},
}


def write_html(ws: Workspace, report: dict[str, Any], lang: str = "es") -> str:
    """Write `<workspace>/report.html` and return its text."""
    from lab.pipeline import LABELS, MODEL_STAGES
    from lab.stage_eval import sample_answers, sample_prompts

    t = TEXT.get(lang, TEXT["en"])
    parts = [f"<h1>{t['title']}</h1>",
             f"<p>{t['preset']}: <b>{_e(report.get('preset'))}</b> · {t['seed']}: {_e(report.get('seed'))} · "
             f"{t['total']}: {report.get('total_wall_s', 0.0):.0f} s</p>"]
    for stage, entry in report.get("stages", {}).items():
        parts.append(f"<h2>{_e(LABELS.get(stage, stage))}</h2><p>{t['time']}: {entry['wall_s']:.1f} s</p>")
        parts.append(_table(entry.get("metrics", {}), t))
        history = ws.read_metrics(stage)
        for key in CURVES.get(stage, ()):
            points = [(m.step, m.values[key]) for m in history if key in m.values]
            if len(points) > 1:
                parts.append(_svg(key, points, t))
    prompts = sample_prompts(ws)
    answers = {s: sample_answers(ws, s, prompts) for s in MODEL_STAGES if s in report.get("stages", {})}
    if prompts and answers:
        parts.append(_samples(prompts, answers, LABELS, t))
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>LLM Lab</title><style>"
            "body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
            "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
            "text-align:left;vertical-align:top}svg{margin:4px 8px 4px 0}</style></head><body>"
            + "\n".join(parts) + "</body></html>")
    atomic_write_text(ws.root / "report.html", page)
    return page


def _e(value: Any) -> str:
    return html.escape(str(value))


def _table(metrics: dict[str, float], t: dict[str, str]) -> str:
    rows = "".join(f"<tr><td>{_e(k)}</td><td>{v:.4g}</td></tr>" for k, v in sorted(metrics.items()))
    return f"<table><tr><th>{t['metric']}</th><th>{t['value']}</th></tr>{rows}</table>"


def _svg(name: str, points: list[tuple[int, float]], t: dict[str, str], w: int = 300, h: int = 160) -> str:
    """A small line chart of `points` with its range written on the axes."""
    finite = [(x, y) for x, y in points if math.isfinite(y)]
    xs, ys = [p[0] for p in finite], [p[1] for p in finite]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    sx = (w - 50) / max(1e-9, x1 - x0)
    sy = (h - 40) / max(1e-9, y1 - y0)
    path = " ".join(f"{40 + (x - x0) * sx:.1f},{h - 20 - (y - y0) * sy:.1f}" for x, y in finite)
    return (f"<svg width='{w}' height='{h}' xmlns='http://www.w3.org/2000/svg'>"
            f"<rect x='40' y='10' width='{w - 50}' height='{h - 30}' fill='none' stroke='#ccc'/>"
            f"<polyline points='{path}' fill='none' stroke='{COLORS[0]}' stroke-width='1.5'/>"
            f"<text x='45' y='24' font-size='11'>{_e(name)}</text>"
            f"<text x='2' y='18' font-size='9'>{y1:.3g}</text><text x='2' y='{h - 20}' font-size='9'>{y0:.3g}</text>"
            f"<text x='40' y='{h - 5}' font-size='9'>{t['step']} {x0}</text>"
            f"<text x='{w - 60}' y='{h - 5}' font-size='9'>{x1}</text></svg>")


def _samples(prompts: list[str], answers: dict[str, list[str] | None], labels: dict, t: dict[str, str]) -> str:
    stages = [s for s, a in answers.items() if a is not None]
    head = "".join(f"<th>{_e(labels.get(s, s))}</th>" for s in stages)
    rows = "".join(
        f"<tr><td>{_e(p)}</td>" + "".join(f"<td>{_e(answers[s][i])}</td>" for s in stages) + "</tr>"
        for i, p in enumerate(prompts))
    return f"<h2>{t['samples']}</h2><table><tr><th>{t['question']}</th>{head}</tr>{rows}</table>"
