"""One palette: colours live in ui/palette.py (and its engine twin lab/stage_colours.py), by meaning."""

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

from ui import palette

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
PALETTE_FILES = {Path("ui/palette.py"), Path("lab/stage_colours.py")}  # the app's palette and the report's twin


def test_no_colour_literal_outside_the_palette():
    found = []
    for folder in ("ui", "lab"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if relative in PALETTE_FILES:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found += [f"{relative}:{number}: {match}" for match in HEX.findall(line)]
    assert found == []


def test_every_role_and_series_has_a_light_and_a_high_contrast_colour():
    for table in (palette.TEXT_ROLES, palette.SERIES):
        for role, (light, contrast) in table.items():
            assert HEX.fullmatch(light) and HEX.fullmatch(contrast), role
            assert light != contrast, role  # high contrast must change something
    assert palette.series("train") != palette.series("train", high_contrast=True)


def test_the_style_sheet_colours_a_role_in_each_theme(window):
    theme = window.ctx.theme
    label = QLabel("error", window)
    palette.set_role(label, "error")
    label.ensurePolished()
    assert label.palette().color(label.foregroundRole()).name() == palette.text_colour("error")
    theme.set_high_contrast(True)
    try:
        label.ensurePolished()
        assert label.palette().color(label.foregroundRole()).name() == palette.text_colour("error", True)
    finally:
        theme.set_high_contrast(False)
    assert label.styleSheet() == palette.sheet_for(label, False)  # the style sheet's rule for its role, no other
    assert all('role="error"' in rule for rule in label.styleSheet().splitlines())


def test_a_role_styles_only_its_widget_so_the_window_keeps_its_size(window):
    from PySide6.QtWidgets import QApplication

    assert QApplication.instance().styleSheet() == ""  # a sheet on the whole app would resize every combo box
