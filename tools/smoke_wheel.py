"""Build the wheel, install it into a fresh environment outside the checkout, and try it from another folder.

    python -m tools.smoke_wheel            # what `make smoke` (part of `make test`) runs
    python -m tools.smoke_wheel --venv DIR # where the test environment lives (default: ~/.cache/llm-lab/)

This is what a teacher's `pip install .`, `pipx install .` or `uv tool install .` gets: a
wheel built in isolation from pyproject.toml, so it holds only what the build puts in it.
The installed app is then asked, from an empty folder and with no path into the checkout,
whether Spanish shows, whether all the lessons are listed in both languages, whether the
Home page offers the bundled stages and every one installs, and whether `llm-lab shots` renders.

The environment is kept between runs, so a second run installs nothing but the new wheel;
torch goes in first, pinned to the CPU build (`TORCH`), as the README tells users to do.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TORCH = "torch==2.13.0"  # the same pin and index as the Makefile: a CPU build, never a CUDA one by surprise
TORCH_INDEX = os.environ.get("TORCH_INDEX", "https://download.pytorch.org/whl/cpu")
LESSONS = 14
STAGE = "offline_rl"  # the last stage: installing it installs every bundled stage
DEFAULT_VENV = Path.home() / ".cache" / "llm-lab" / f"smoke-venv-py{sys.version_info[0]}.{sys.version_info[1]}"


def run(*cmd: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, check=True)


def build_wheel(out: Path) -> Path:
    """The wheel, built in an isolated environment exactly as pip, pipx and uv build it."""
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)  # no stale modules from an earlier build
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", out, ROOT)
    (wheel,) = out.glob("llm_lab-*.whl")
    return wheel


@contextmanager
def one_run_at_a_time(venv: Path) -> Iterator[None]:
    """Holds a lock beside `venv`: two checkouts testing at once would pip-install into it together."""
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / f"{venv.name}.lock", "w") as lock:
        try:
            import fcntl
        except ImportError:  # Windows, where `make` does not run this anyway
            yield
            return
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def install(wheel: Path, venv: Path) -> Path:
    """`wheel` installed into `venv` (made if missing) with its dependencies; returns its Python."""
    python = venv_python(venv)
    if not python.exists():
        run(sys.executable, "-m", "venv", "--clear", venv)
    run(python, "-m", "pip", "install", "--quiet", "--retries", "0", "--extra-index-url", TORCH_INDEX, TORCH)
    run(python, "-m", "pip", "install", "--quiet", wheel)
    # The same version number is "already installed" after the first run: put this build in.
    run(python, "-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", wheel)
    return python


def smoke(python: Path) -> None:
    """Run the checks below with the installed app, in an empty folder, the checkout out of reach."""
    with tempfile.TemporaryDirectory(prefix="llm-lab-smoke-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env.update(QT_QPA_PLATFORM="offscreen", OMP_NUM_THREADS=env.get("OMP_NUM_THREADS", "1"))
        # -I: neither this script's folder nor the current one goes on sys.path.
        run(python, "-I", Path(__file__).resolve(), "--inside", cwd=Path(tmp), env=env)
        llm_lab = python.parent / ("llm-lab.exe" if os.name == "nt" else "llm-lab")
        run(llm_lab, "assets", "install", "--workspace", Path(tmp, "ws"), "--stage", STAGE, cwd=Path(tmp), env=env)
        run(llm_lab, "shots", "--out", Path(tmp, "shots"), "--lang", "es", "--workspace", Path(tmp, "ws"),
            cwd=Path(tmp), env=env)
        shots = sorted(Path(tmp, "shots").glob("*.png"))
        assert len(shots) > 10 and all(p.stat().st_size > 10_000 for p in shots), shots
        print(f"smoke: {len(shots)} pages rendered over every bundled stage", flush=True)


# --- inside the installed environment ----------------------------------------------------

def check_installed() -> None:
    """The installed app, not the checkout: Spanish, every lesson in both languages, the bundle."""
    import lab
    from lab import bundle
    from lab.lesson_format import LANGS, load_all

    assert ROOT not in Path(lab.__file__).resolve().parents, f"lab imported from the checkout: {lab.__file__}"
    titles = {lang: [lesson.title for lesson in load_all(lang)] for lang in LANGS}
    assert all(len(t) == LESSONS for t in titles.values()), {k: len(v) for k, v in titles.items()}
    manifest = bundle.DEFAULT_BUNDLE / bundle.MANIFEST
    assert manifest.is_file(), f"no bundled stages in {bundle.DEFAULT_BUNDLE}"
    stages = json.loads(manifest.read_text(encoding="utf-8"))["stages"]
    check_window(len(stages))
    print(f"smoke: lab from {Path(lab.__file__).parent}; {LESSONS} lessons in {', '.join(LANGS)}; "
          f"bundle {bundle.DEFAULT_BUNDLE}", flush=True)


def check_window(bundled_stages: int) -> None:
    """The window in Spanish, then English: its menus and the Lessons menu follow; Home offers the bundle."""
    from PySide6.QtCore import QSettings

    from ui.app import application, build_window
    from ui.translations import Translations

    folder = Path(tempfile.mkdtemp(prefix="llm-lab-smoke-"))
    window = build_window(folder / "ws", "es", QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    assert Translations.installed_language == "es", "the Spanish translation did not load"
    seen = {}
    for lang in ("es", "en"):
        window.set_language(lang)
        application().processEvents()  # the widgets retranslate on the LanguageChange event
        menus = [a.text() for a in window.menuBar().actions()]
        lessons = [a.text() for a in window.lesson_dock.menu.actions() if a.text()[:1].isdigit()]
        assert len(lessons) == LESSONS, (lang, lessons)
        seen[lang] = (menus, lessons)
    assert seen["es"][0] != seen["en"][0] and seen["es"][1] != seen["en"][1], seen
    window.load_pages()
    offered = window.show_page("home").bundle_stage.count()
    assert offered == bundled_stages, f"Home offers {offered} of the {bundled_stages} bundled stages"
    print(f"smoke: menus in Spanish {seen['es'][0]}, in English {seen['en'][0]}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.smoke_wheel", description=__doc__.split("\n")[0])
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="the test environment (kept between runs)")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inside:
        check_installed()
        return 0
    wheel = build_wheel(ROOT / "build" / "wheel")
    with one_run_at_a_time(args.venv.resolve()):
        smoke(install(wheel, args.venv.resolve()))
    print(f"smoke: {wheel.name} passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
