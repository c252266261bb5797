"""The report's charts: inline SVG line charts with honest ranges, readable on paper.

Honest means the y axis always includes zero (a loss that went from 0.70 to 0.66 looks
like the small change it is), shares run from 0 to 100 %, the ticks are round numbers
written in the report's language, and the legend sits under the plot, never on the data.
"""

from __future__ import annotations

import html
import math

from lab.report_text import number
from lab.stage_colours import REPORT

W, H = 520, 250
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 28, 62  # margins: tick labels left, step axis and legend below


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) covering [lo, hi]."""
    span = hi - lo if hi > lo else abs(hi) or 1.0
    raw = span / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(lo / step) * step
    ticks, value = [], first
    while value < hi + step * 0.999:
        ticks.append(round(value, 12))
        value += step
    return ticks


def y_range(values: list[float], share: bool) -> tuple[float, float]:
    if share:
        return 0.0, 1.0
    return min(0.0, min(values)), max(0.0, max(values))


def chart(title: str, curves: list[tuple[str, str, list[tuple[int, float]]]], lang: str, step_word: str,
          share: bool = False) -> str:
    """One chart; `curves` are (legend name, colour, [(step, value)]) with at least two finite points."""
    points = [(x, y) for _, _, pts in curves for x, y in pts if math.isfinite(y)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1 = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
    ticks = nice_ticks(*y_range(ys, share))
    y0, y1 = ticks[0], ticks[-1]
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM

    def px(x: float) -> float:
        return LEFT + (x - x0) / (x1 - x0) * pw

    def py(y: float) -> float:
        return TOP + ph - (y - y0) / (y1 - y0) * ph

    parts = [f"<svg width='{W}' height='{H}' viewBox='0 0 {W} {H}' xmlns='http://www.w3.org/2000/svg' "
             f"font-family='sans-serif'>",
             f"<text x='{LEFT}' y='16' font-size='13' font-weight='bold'>{html.escape(title)}</text>"]
    for t in ticks:
        label = f"{number(100 * t, lang, 0)} %" if share else number(t, lang, _decimals(ticks))
        stroke = REPORT["axis"] if t == 0 else REPORT["grid"]
        parts.append(f"<line x1='{LEFT}' x2='{W - RIGHT}' y1='{py(t):.1f}' y2='{py(t):.1f}' stroke='{stroke}'/>"
                     f"<text x='{LEFT - 6}' y='{py(t) + 4:.1f}' font-size='11' text-anchor='end'>{label}</text>")
    for x in (x0, x1):
        parts.append(f"<text x='{px(x):.1f}' y='{TOP + ph + 16}' font-size='11' text-anchor='middle'>"
                     f"{number(x, lang, 0)}</text>")
    parts.append(f"<text x='{LEFT + pw / 2:.1f}' y='{TOP + ph + 16}' font-size='11' text-anchor='middle'>"
                 f"{html.escape(step_word)}</text>")
    for i, (name, colour, pts) in enumerate(curves):
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts if math.isfinite(y))
        parts.append(f"<polyline points='{path}' fill='none' stroke='{colour}' stroke-width='2'/>")
        lx = LEFT + i * (pw / max(1, len(curves)))
        parts.append(f"<line x1='{lx:.1f}' x2='{lx + 18:.1f}' y1='{H - 14}' y2='{H - 14}' stroke='{colour}' "
                     f"stroke-width='3'/><text x='{lx + 24:.1f}' y='{H - 10}' font-size='11'>"
                     f"{html.escape(name)}</text>")
    frame = REPORT["frame"]
    parts.append(f"<rect x='{LEFT}' y='{TOP}' width='{pw}' height='{ph}' fill='none' stroke='{frame}'/></svg>")
    return "".join(parts)


def _decimals(ticks: list[float]) -> int:
    step = abs(ticks[1] - ticks[0]) if len(ticks) > 1 else 1.0
    return max(0, -int(math.floor(math.log10(step)))) if step < 1 else 0
