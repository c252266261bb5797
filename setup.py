"""Packaging beyond what pyproject.toml can say: data folders mapped into packages, translations compiled.

- `lessons/` and `assets/` stay at the top of the checkout, where authors edit them; they
  become the packages `lab.lessons` and `lab.assets`, so the wheel carries them and the app
  reads them through `importlib.resources` (lab/resources.py).
- The build compiles `ui/i18n/*.ts` into `.qm` itself, with the `lrelease` that ships in
  PySide6 (a build requirement), so a wheel has Spanish whether or not `make` ran. An
  editable install compiles them into the checkout instead.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = Path("ui", "i18n")


def lrelease() -> str:
    """The `lrelease` binary inside the PySide6 package of the build environment."""
    try:
        import PySide6
    except ImportError as err:
        raise SystemExit("Building LLM Lab needs PySide6 (a build requirement) to compile the translations.") from err
    found = shutil.which("lrelease", path=str(Path(PySide6.__file__).parent))
    if not found:
        raise SystemExit("PySide6 has no lrelease: the translations cannot be compiled.")
    return found


def compile_translations(out: Path) -> list[Path]:
    """Every `ui/i18n/*.ts` compiled into `out/ui/i18n/*.qm`; a missing translation fails the build."""
    sources = sorted((ROOT / TRANSLATIONS).glob("*.ts"))
    if not sources:
        raise SystemExit(f"No translations found in {ROOT / TRANSLATIONS}.")
    (out / TRANSLATIONS).mkdir(parents=True, exist_ok=True)
    tool, compiled = lrelease(), []
    for ts in sources:
        qm = out / TRANSLATIONS / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


class BuildWithTranslations(build_py):
    """build_py, then the compiled translations beside the modules of `ui`."""

    def run(self) -> None:
        super().run()
        # An editable install reads ui/ from the checkout: compile there.
        self._qm = compile_translations(ROOT if self.editable_mode else Path(self.build_lib))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *(str(p) for p in getattr(self, "_qm", []))]


setup(
    packages=[*find_packages(include=["lab", "lab.*", "ui", "ui.*"]), "lab.lessons", "lab.assets"],
    package_dir={"lab.lessons": "lessons", "lab.assets": "assets"},
    # Every file, so what authors add later (a picture, a new language) ships too.
    package_data={"lab.lessons": ["*", "*/*"], "lab.assets": ["*", "*/*"]},
    cmdclass={"build_py": BuildWithTranslations},
)
