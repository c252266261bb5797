"""One colour per stage of the course, in a light and a high-contrast variant.

Home's diagram, the sidebar, the charts that put stages side by side (Compare) and the
report take a stage's colour from here (the report through `lab.stage_colours`, the
same table), so a stage looks the same everywhere.
Each variant also has a soft tint for a card's background and a text colour for it.
"""

from __future__ import annotations

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
}
BOLD_ROLES = ("error", "ok")  # an error or a success reads at a glance
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
    return "\n".join(rules)
