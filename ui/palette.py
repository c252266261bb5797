"""Every colour of the app, by meaning, each with a light and a high-contrast variant.

- Stages: one colour each (the data is `lab.stage_colours`, which the report reads too), so a
  stage looks the same on Home, in the sidebar, on Compare and in the report.
- Series: what a curve stands for ("train", "validation", "kl"…), the same on every page.
- Text roles: what a label says ("error", "muted"…); a widget names its role with
  `set_role(widget, "error")` (a dynamic property) and the one style sheet (`app_stylesheet`)
  colours it: each styled widget carries the rules that select on its properties
  (`sheet_for`), and high contrast gives every styled widget the other variant's rules
  (`apply_theme`). Nothing rewrites style sheets with regular expressions.
- Drawings: the colours of the hand-painted widgets (the model diagram, token chips…).

This is the only file of the app with colour literals (a test checks); the engine's twin is
`lab/stage_colours.py`, which the report reads because the engine never imports the app.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from lab.stage_colours import HIGH_CONTRAST, LIGHT

NEUTRAL = {"light": "#607d8b", "contrast": "#ffffff"}
# the stage of the class's model a page shows; rerun colours for runs beside it (e.g. the PPO sandbox)
RERUN = ("#e6550d", "#31a354", "#756bb1", "#636363")
RERUN_CONTRAST = ("#ffa040", "#80ff80", "#c0a0ff", "#ffffff")


@dataclass(frozen=True)
class CardColours:
    """A stage card: border in the stage's colour, a soft background, readable text."""

    border: str
    background: str
    text: str


def stage_colour(stage: str, high_contrast: bool = False) -> str:
    colours = HIGH_CONTRAST if high_contrast else LIGHT
    return colours.get(stage, NEUTRAL["contrast" if high_contrast else "light"])


def rerun_colour(index: int, high_contrast: bool = False) -> str:
    """The colour of the `index`-th extra run drawn beside the main one (0 is the first re-run)."""
    colours = RERUN_CONTRAST if high_contrast else RERUN
    return colours[index % len(colours)]


def card_colours(stage: str, state: str, high_contrast: bool = False) -> CardColours:
    """Colours for a stage card in `state` ("todo", "running", "done")."""
    colour = stage_colour(stage, high_contrast)
    if high_contrast:  # black cards: the stage's colour on the border, white text
        return CardColours(colour if state != "todo" else "#808080", "#000000", "#ffffff")
    if state == "todo":
        return CardColours("#b0b0b0", "#f4f4f4", "#404040")
    return CardColours(colour, tint(colour, 0.85 if state == "done" else 0.7), "#111111")


def tint(colour: str, amount: float) -> str:
    """`colour` mixed with white: 0 keeps it, 1 is white."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


# --- text roles: what a label says, not how it looks -----------------------------------------
# A widget names its role (`widget.setProperty("role", "error")`) and the application style sheet
# (`app_stylesheet`) colours it; high contrast swaps the whole sheet, never a widget's own.
TEXT_ROLES = {  # role: (light, high contrast)
    "error": ("#c62828", "#ff8a80"),
    "warning": ("#e65100", "#ffab40"),
    "ok": ("#2e7d32", "#b9f6ca"),
    "muted": ("#546e7a", "#cfd8dc"),
    "note": ("#555555", "#dddddd"),
    "model": ("#455a64", "#d7dee1"),
    "mismatch": ("#e65100", "#ffab40"),
}
BOLD_ROLES = ("error", "ok", "mismatch")  # an error or a success reads at a glance
BANNERS = {  # role: (background, border, text) light; high contrast draws them on black
    "banner": ("#fff8e1", "#ffb300", "#111111"),
    "alert": ("#ffebee", "#e57373", "#b71c1c"),
}
BANNER_CONTRAST = ("#000000", "#ffd600", "#ffffff")


def text_colour(role: str, high_contrast: bool = False) -> str:
    """The colour of text in `role` ("error", "muted"…)."""
    return TEXT_ROLES[role][1 if high_contrast else 0]


def app_stylesheet(high_contrast: bool = False) -> str:
    """The one application style sheet: a rule per role, in the light or high-contrast variant."""
    rules = []
    for role, colours in TEXT_ROLES.items():
        weight = " font-weight: bold;" if role in BOLD_ROLES else ""
        rules.append(f'QLabel[role="{role}"] {{ color: {colours[1 if high_contrast else 0]};{weight} }}')
    for role, (background, border, text) in BANNERS.items():
        if high_contrast:
            background, border, text = BANNER_CONTRAST
        rules.append(f'QLabel[role="{role}"], QFrame[role="{role}"] {{ background: {background}; color: {text}; '
                     f'border: 1px solid {border}; border-radius: 4px; padding: 6px; }}')
        rules.append(f'QFrame[role="{role}"] QLabel {{ color: {text}; border: none; padding: 0; }}')
    frozen_background, frozen_text = FROZEN
    rules += [
        f'QLabel[role="frozen"] {{ background: {frozen_background}; color: {frozen_text}; font-weight: bold; '
        'padding: 1px 8px; }',
        'QLabel[role="waiting"] { color: palette(dark); font-style: italic; }',
        f'QFrame[role="action"] {{ border-left: 4px solid {LESSON_ACCENT}; }}',
    ]
    rules.append('QLabel[role="answer"] { border: 1px solid palette(mid); border-radius: 5px; padding: 6px; }')
    for state, (border, fill) in ANSWER_STATES.items():
        rules.append(f'QLabel[role="answer_{state}"] {{ border: 2px solid {border}; border-radius: 5px; padding: 5px; '
                     f'background: {fill}; }}')
    return "\n".join(rules + card_rules(high_contrast))


CARD_BORDER = {"running": 4, "done": 3, "todo": 1}  # pixels: the running stage stands out


def card_rules(high_contrast: bool) -> list[str]:
    """Home's stage cards: a rule per stage and state (`stage` and `state` properties of the card)."""
    rules = []
    for stage in (*LIGHT, ""):
        for state, width in CARD_BORDER.items():
            c = card_colours(stage, state, high_contrast)
            card = f'QPushButton[stage="{stage}"][state="{state}"]'
            rules.append(f"{card} {{ background: {c.background}; color: {c.text}; border: {width}px solid {c.border}; "
                         "border-radius: 8px; }")
            rules.append(f"{card} QLabel {{ background: transparent; border: none; color: {c.text}; }}")
    return rules


# --- series: what a curve stands for -------------------------------------------------------
# Light: the Tableau 10 hues (apart for the common colour blindnesses); high contrast: bright
# versions readable on black. Plots pass the light one; `ui.widgets.plot_style` swaps it.
SERIES = {
    "train": ("#1f77b4", "#56b4e9"), "validation": ("#d62728", "#ff6060"), "lr": ("#2ca02c", "#60e060"),
    "kl": ("#d62728", "#ff6060"), "entropy": ("#9467bd", "#d0a0ff"), "loss": ("#8c564b", "#e0a080"),
    "reward_model": ("#1f77b4", "#56b4e9"), "rubric": ("#2ca02c", "#60e060"),
    "chosen": ("#2ca02c", "#60e060"), "rejected": ("#d62728", "#ff6060"), "margin": ("#1f77b4", "#56b4e9"),
    "accuracy": ("#9467bd", "#d0a0ff"), "format": ("#2ca02c", "#60e060"), "correct": ("#1f77b4", "#56b4e9"),
    "rude": ("#d62728", "#ff6060"), "language": ("#9467bd", "#d0a0ff"), "true_reward": ("#ff7f0e", "#ffb040"),
    "earlier": ("#9e9e9e", "#d0d0d0"), "spanish": ("#d62728", "#ff6060"), "english": ("#1f77b4", "#56b4e9"),
    "lengths": ("#64b5f6", "#90caf9"), "frontier": ("#2ca02c", "#60e060"), "budget": ("#1f77b4", "#56b4e9"),
    "famous": ("#d62728", "#ff6060"), "yours": ("#ff7f0e", "#ffb040"), "spike": ("#d50000", "#ff5050"),
    "before": ("#9e9e9e", "#d0d0d0"), "after": ("#2ca02c", "#60e060"), "count": ("#e57373", "#ff9090"),
    "grid": ("#bdbdbd", "#808080"), "annotation": ("#757575", "#c0c0c0"), "label": ("#222222", "#ffffff"),
    "unknown": ("#333333", "#ffffff"), "raw": ("#b0bec5", "#d0d0d0"), "tempered": ("#ffb74d", "#ffb040"),
    "filtered": ("#1e88e5", "#56b4e9"), "cut": ("#d32f2f", "#ff6060"),
}
CYCLE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")  # unnamed curves
# High contrast for plots: the Okabe-Ito colours, by the hue each stands for (see plot_style).
CONTRAST_HUES = ((0, "#d55e00"), (30, "#e69f00"), (55, "#f0e442"), (130, "#009e73"), (210, "#56b4e9"),
                 (290, "#cc79a7"))
CONTRAST_SPARE = "#0072b2"  # dark blue only when every hue is taken
CONTRAST_GREYS = ("#ffffff", "#b0b0b0")  # a dark grey, a light grey on black
PLOT_BLACK = "#000000"


def series(role: str, high_contrast: bool = False) -> str:
    """The colour of a curve that stands for `role` ("train", "kl"…)."""
    return SERIES[role][1 if high_contrast else 0]


# --- the window in high contrast -------------------------------------------------------------
WINDOW_CONTRAST = {"window": "#000000", "text": "#ffffff", "highlight": "#ffd600", "button": "#1c1c1c",
                   "disabled": "#9e9e9e", "field": "#2e2e2e"}  # fields need a fill: the style outlines them black
FROZEN = ("#ffd600", "#000000")  # the "frozen" badge: background, text (the same in both themes)
LESSON_ACCENT = "#ff8f00"  # the lesson's action frame and the highlight around the control it names
ANSWER_STATES = {"chosen": ("#1565c0", "rgba(21,101,192,0.12)"), "right": ("#2e7d32", "rgba(46,125,50,0.16)"),
                 "wrong": ("#c62828", "rgba(198,40,40,0.12)")}  # a quiz answer: border, fill
ON_LIGHT = "#111111"  # text on a light fill the app draws itself (chips, bands), in either theme
PAPER, INK = "#ffffff", "#000000"  # the page of a rich-text view, and its text


# --- drawings: the hand-painted widgets ------------------------------------------------------
MODEL_DIAGRAM = {
    "embed": "#e3f2fd", "norm": "#f1f8e9", "attn": "#fff3e0", "mlp": "#f3e5f5", "add": "#eceff1", "out": "#fce4ec",
    "border": "#90a4ae", "name": "#0d47a1", "text": "#212121", "block": "#546e7a", "block_text": "#37474f",
    "arrow": "#78909c", "residual": "#ef6c00", "legend": "#455a64",
}
TOKEN_PASTELS = ("#fde2a7", "#c8e6c9", "#bbdefb", "#f8bbd0", "#d1c4e9", "#ffe0b2", "#b2ebf2", "#dcedc8",
                 "#f0f4c3", "#ffccbc", "#cfd8dc", "#e1bee7")
TOKEN_CHIP = {"id": "#555555", "selected": "#333333"}
CORPUS_FLAWS = {"junk": ("#ffcc80", "#fff3e0"), "duplicate": ("#90caf9", "#e3f2fd"),
                "rude": ("#ef9a9a", "#ffebee"), "wrong": ("#ce93d8", "#f3e5f5")}  # flaw: (tag, paragraph tint)
CORPUS_TEXT = {"count": "#555555", "empty": "#777777"}
ATTENTION = {"mask": "#cfd8dc", "axis": "#607d8b", "grid": "#90a4ae", "text": "#263238"}
TEMPERATURE = {"bar": "#1e88e5", "text": "#263238", "grid": "#cfd8dc", "axis": "#455a64",
               "tempered": "#90a4ae", "filtered": "#1e88e5", "marker": "#d32f2f"}
PROBABILITY_BANDS = ((0.5, "#a5d6a7"), (0.2, "#e6ee9c"), (0.05, "#ffcc80"), (0.0, "#ef9a9a"))  # (from p, fill)
CHAT_TEMPLATE = {"trained": "#c8e6c9", "trained_border": "#2e7d32", "masked": "#eeeeee", "masked_text": "#9e9e9e"}
WORKERS = {"background": "#eceff1", "border": "#b0bec5", "divider": "#78909c"}
PREFERENCE_SOURCES = {"learner": "#e3f2fd", "import": "#f3e5f5"}
BEST_PICK = "#fff3c4"
SCORES = {"chosen": "#2e7d32", "rejected": "#c62828"}


STYLED = ("role", "stage", "state")  # the dynamic properties the style sheet selects on
_theme = {"high_contrast": False}  # the variant `set_property` styles with; `apply_theme` switches it
# The widgets given a styled property, so high contrast restyles them and nothing else: walking
# QApplication.allWidgets() also wraps Qt's own inner widgets, which Qt may delete while the walk
# restyles another one, and a wrapper of those does not know it (a crash, not an exception).
_styled: weakref.WeakSet = weakref.WeakSet()


def set_role(widget, role: str) -> None:
    """Give `widget` the text role `role` ("" for none); see `set_property`."""
    set_property(widget, "role", role)


def set_property(widget, name: str, value: str) -> None:
    """Set a dynamic property the style sheet selects on, and give `widget` the rules that match it now.

    The rules are the application style sheet's (`app_stylesheet`), but a widget carries only its
    own: a sheet on the whole application would change the size of every combo box and spin box
    (Qt's style-sheet style measures them otherwise), and the window would no longer fit."""
    if (widget.property(name) or "") == value:
        return
    widget.setProperty(name, value)
    _styled.add(widget)
    _style(widget, _theme["high_contrast"])


def apply_theme(high_contrast: bool) -> None:
    """Switch every styled widget to the light or the high-contrast rules."""
    from shiboken6 import isValid

    _theme["high_contrast"] = high_contrast
    for widget in list(_styled):
        if isValid(widget) and any(widget.property(name) for name in STYLED):  # made here: Qt tells when deleted
            _style(widget, high_contrast)


def sheet_for(widget, high_contrast: bool) -> str:
    """The rules of the application style sheet that select on `widget`'s properties."""
    keys = [f'[{name}="{widget.property(name)}"]' for name in STYLED if widget.property(name)]
    if not keys:
        return ""
    return "\n".join(rule for rule in app_stylesheet(high_contrast).splitlines()
                     if any(rule.split("{")[0].count(key) for key in keys) and _selects(rule, widget))


def _selects(rule: str, widget) -> bool:
    """A card's rule names its stage and its state: both must be the widget's."""
    selector = rule.split("{")[0]
    return all(f'[{name}="{widget.property(name)}"]' in selector for name in STYLED if f"[{name}=" in selector)


def _style(widget, high_contrast: bool) -> None:
    widget.setStyleSheet(sheet_for(widget, high_contrast))  # setting a sheet re-polishes the widget and its children
