"""Keep the Qt translation sources in step with the code.

    python -m tools.i18n update        # lupdate over lab/ and ui/ into ui/i18n/*.ts
    python -m tools.i18n fill FILE     # add Spanish translations from {"Context": {"source": "texto"}}
    python -m tools.i18n check         # list messages without translation; exit 1 if any

English sources are their own translation: `update` fills `llm_lab_en.ts` with them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "ui" / "i18n"
LANGS = ("es", "en")


def ts_path(lang: str) -> Path:
    return I18N / f"llm_lab_{lang}.ts"


def sources() -> list[str]:
    files = sorted(p for d in ("lab", "ui") for p in (ROOT / d).rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(target: Path, lang: str) -> None:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(exe), *sources(), "-no-obsolete", "-locations", "none", "-target-language", lang,
                    "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def set_translation(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    translation.text = text
    translation.attrib.pop("type", None)


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        lupdate(ts_path(lang), lang)
    tree = ET.parse(ts_path("en"))
    for _, message in messages(tree):
        set_translation(message, message.findtext("source"))
    write(tree, ts_path("en"))
    write(ET.parse(ts_path("es")), ts_path("es"))  # the same layout as `fill` writes, so diffs stay small


def fill(mapping_file: Path) -> int:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    tree = ET.parse(ts_path("es"))
    count = 0
    for context, message in messages(tree):
        text = mapping.get(context, {}).get(message.findtext("source"))
        if text:
            set_translation(message, text)
            count += 1
    write(tree, ts_path("es"))
    return count


def unfinished(lang: str) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path(lang))
    return [(ctx, m.findtext("source")) for ctx, m in messages(tree)
            if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "")]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "fill":
        print(f"filled {fill(Path(argv[1]))} messages")
    missing = [(lang, ctx, src) for lang in LANGS for ctx, src in unfinished(lang)]
    for lang, ctx, src in missing:
        print(f"{lang}: [{ctx}] {src}")
    return 1 if missing and command == "check" else 0


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `... check | head` ends quietly
    sys.exit(main(sys.argv[1:]))
