"""`report.html`: the pipeline's results as one page a teacher can hand out.

It opens with one line per stage (its colour, time and headline number), then, for every
stage, its named final numbers and its training curves (inline SVG, no scripts, no files
beside it), and the same held-out questions answered by every model stage. Everything is
in the report's language: stage and metric names come from the app's translations
(`lab.report_text`), numbers use that language's separators, and the charts' ranges are
honest (`lab.report_svg`). The numbers come from `report.json` and the workspace's metric
history; nothing is drawn that the runs did not measure.
"""

from __future__ import annotations

import html
import math
from typing import Any

from lab.checkpoint import atomic_write_text
from lab.i18n import QT_TRANSLATE_NOOP
from lab.report_svg import chart
from lab.report_text import duration, number, translator
from lab.stage_colours import LIGHT, REPORT, REPORT_CURVES
from lab.stage_status import COUNTS, HEADLINE, METRIC_NAMES, SHARES
from lab.stages import LABELS, MODEL_STAGES, STAGES
from lab.workspace import Workspace

CHARTS = {s.name: s.curves for s in STAGES if s.curves}  # per stage: (chart title, metrics drawn on it)
CURVE_COLOURS = REPORT_CURVES
WORDS = {
    "title": QT_TRANSLATE_NOOP("report", "LLM Lab: pipeline report"),
    "preset": QT_TRANSLATE_NOOP("report", "Preset"), "seed": QT_TRANSLATE_NOOP("report", "Seed"),
    "total": QT_TRANSLATE_NOOP("report", "Total time"), "stage": QT_TRANSLATE_NOOP("report", "Stage"),
    "time": QT_TRANSLATE_NOOP("report", "Time"), "result": QT_TRANSLATE_NOOP("report", "Result"),
    "metric": QT_TRANSLATE_NOOP("report", "Measure"), "value": QT_TRANSLATE_NOOP("report", "Value"),
    "bundled": QT_TRANSLATE_NOOP("report", "trained in advance (bundled)"),
    "samples": QT_TRANSLATE_NOOP("report", "The same questions at every stage"),
    "question": QT_TRANSLATE_NOOP("report", "Question"), "step": QT_TRANSLATE_NOOP("report", "step"),
    "summary": QT_TRANSLATE_NOOP("report", "The stages at a glance"),
}
STYLE = (f"body{{font-family:sans-serif;max-width:1040px;margin:2em auto;color:{REPORT['text']};line-height:1.4}}"
         f"table{{border-collapse:collapse;margin:.5em 0}}td,th{{border:1px solid {REPORT['rule']};padding:4px 10px;"
         "text-align:left;vertical-align:top}td.n{text-align:right}svg{margin:6px 12px 6px 0}"
         "h2{border-left:10px solid var(--c);padding-left:8px;margin-top:1.6em}"
         ".dot{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px}"
         "@media print{h2{break-before:auto}svg{break-inside:avoid}}")


def write_html(ws: Workspace, report: dict[str, Any], lang: str = "es") -> str:
    """Write `<workspace>/report.html` in `lang` ("es" or "en") and return its text."""
    from lab.stage_eval import sample_answers, sample_prompts

    say = translator(lang)

    def w(key: str) -> str:
        return html.escape(say("report", WORDS[key]))

    stages = report.get("stages", {})
    names = {s: say("stage", LABELS.get(s, s)) for s in stages}
    parts = [f"<h1>{w('title')}</h1>",
             f"<p>{w('preset')}: <b>{_e(report.get('preset'))}</b> · {w('seed')}: {_e(report.get('seed'))} · "
             f"{w('total')}: {duration(report.get('total_wall_s', 0.0), lang)}</p>",
             _summary(stages, names, lang, w, say)]
    for stage, entry in stages.items():
        parts.append(f"<h2 style='--c:{LIGHT.get(stage, REPORT['neutral'])}'>{_e(names[stage])}</h2>"
                     f"<p>{w('time')}: {duration(entry['wall_s'], lang)}"
                     + (f" · {w('bundled')}" if entry.get("bundled") else "") + "</p>")
        parts.append(_table(entry.get("metrics", {}), lang, w, say))
        parts.extend(_charts(ws, stage, lang, say))
    prompts = sample_prompts(ws)
    answers = {s: sample_answers(ws, s, prompts) for s in MODEL_STAGES if s in stages}
    if prompts and answers:
        parts.append(_samples(prompts, answers, names, w))
    page = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{w('title')}</title>"
            f"<style>{STYLE}</style></head><body>" + "\n".join(parts) + "</body></html>")
    atomic_write_text(ws.root / "report.html", page)
    return page


def _e(value: Any) -> str:
    return html.escape(str(value))


def value_text(key: str, value: float, lang: str) -> str:
    if key in SHARES:
        return f"{number(100 * value, lang, 0)} %"
    return number(value, lang, 0) if key in COUNTS else number(value, lang)


def _summary(stages: dict, names: dict, lang: str, w, say) -> str:
    rows = []
    for stage, entry in stages.items():
        key = HEADLINE.get(stage, "")
        value = entry.get("metrics", {}).get(key)
        result = (f"{_e(say('metric', METRIC_NAMES[key]))}: {value_text(key, value, lang)}"
                  if value is not None and key in METRIC_NAMES else "")
        rows.append(f"<tr><td><span class='dot' style='background:{LIGHT.get(stage, REPORT['neutral'])}'></span>"
                    f"{_e(names[stage])}</td><td class='n'>{duration(entry['wall_s'], lang)}</td>"
                    f"<td>{result}</td></tr>")
    return (f"<h2 style='--c:{REPORT['heading']}'>{w('summary')}</h2><table><tr><th>{w('stage')}</th>"
            f"<th>{w('time')}</th><th>{w('result')}</th></tr>{''.join(rows)}</table>")


def _table(metrics: dict[str, float], lang: str, w, say) -> str:
    """The stage's final numbers that have a name a learner can read, in a fixed order."""
    rows = "".join(f"<tr><td>{_e(say('metric', name))}</td><td class='n'>{value_text(k, metrics[k], lang)}</td></tr>"
                   for k, name in METRIC_NAMES.items() if k in metrics and math.isfinite(metrics[k]))
    return f"<table><tr><th>{w('metric')}</th><th>{w('value')}</th></tr>{rows}</table>" if rows else ""


def _charts(ws: Workspace, stage: str, lang: str, say) -> list[str]:
    history = ws.read_metrics(stage)
    out = []
    for title, keys in CHARTS.get(stage, ()):
        curves = []
        for key, colour in zip(keys, CURVE_COLOURS, strict=False):
            points = [(m.step, m.values[key]) for m in history if key in m.values and math.isfinite(m.values[key])]
            if len(points) > 1:
                curves.append((say("metric", METRIC_NAMES.get(key, key)), colour, points))
        if curves:
            share = all(k in SHARES for k in keys)
            out.append(chart(say("report", title), curves, lang, say("report", WORDS["step"]), share))
    return out


def _samples(prompts: list[str], answers: dict[str, list[str] | None], names: dict, w) -> str:
    stages = [s for s, a in answers.items() if a is not None]
    head = "".join(f"<th>{_e(names[s])}</th>" for s in stages)
    rows = "".join(
        f"<tr><td>{_e(p)}</td>" + "".join(f"<td>{_e(answers[s][i])}</td>" for s in stages) + "</tr>"
        for i, p in enumerate(prompts))
    return (f"<h2 style='--c:{REPORT['heading']}'>{w('samples')}</h2><table><tr><th>{w('question')}</th>{head}</tr>"
            f"{rows}</table>")
