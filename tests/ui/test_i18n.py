"""Every string the learner reads exists in Spanish and English."""

import xml.etree.ElementTree as ET

from tools import i18n


def keys(path):
    return {(ctx, m.findtext("source")) for ctx, m in i18n.messages(ET.parse(path))}


def test_translation_files_list_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    i18n.lupdate(fresh, "es")
    missing = keys(fresh) - keys(i18n.ts_path("es"))
    assert not missing, f"run `python -m tools.i18n update` and translate: {sorted(missing)[:10]}"


def test_no_string_is_left_untranslated():
    for lang in i18n.LANGS:
        assert i18n.unfinished(lang) == [], f"{lang}: {i18n.unfinished(lang)[:10]}"


def test_translations_keep_their_placeholders():
    tree = ET.parse(i18n.ts_path("es"))
    for ctx, message in i18n.messages(tree):
        source, text = message.findtext("source"), message.findtext("translation")
        for name in ("{" + part.split("}")[0] + "}" for part in source.split("{")[1:]):
            assert name in text, f"[{ctx}] {source!r} → {text!r} lost {name}"
