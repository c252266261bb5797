"""Where the files the app reads at run time live: lessons, bundled stages, the icon.

They ship inside the installed package, read through `importlib.resources`, so a wheel
installed anywhere (pip, pipx, uv) finds them. The folders stay where authors edit
them, `lessons/` and `assets/` at the top of the checkout: setup.py maps them onto the
packages `lab.lessons` and `lab.assets`, so the wheel holds them under `lab/` and an
editable install (`make setup`) reads the checkout's folders directly.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def package_dir(package: str, checkout_folder: str) -> Path:
    """The folder of the data package `package` (e.g. "lab.lessons").

    Installed packages are always folders on disk (wheels install unpacked), so the
    `importlib.resources` traversable is a real path. A checkout whose editable install
    predates the mapping (before `make setup` ran again) has no such package yet; it
    reads `checkout_folder` beside `lab/`, which is the same folder.
    """
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        return CHECKOUT / checkout_folder


def lessons_dir() -> Path:
    """`lessons/`: one folder per language of lesson files."""
    return package_dir("lab.lessons", "lessons")


def assets_dir() -> Path:
    """`assets/`: the bundled classroom stages (`classroom/`) and the app's icon."""
    return package_dir("lab.assets", "assets")


def icon_path() -> Path:
    """The app's icon, an SVG drawn for LLM Lab."""
    return assets_dir() / "icon.svg"
