"""Reading the learner's text in any encoding, cleaning it, and the statistics of each step."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from lab.config import WorldConfig
from lab.corpus import (
    CleanConfig,
    Cleaner,
    clean,
    clean_text,
    decode_bytes,
    detect_language,
    read_text,
    split_documents,
)
from lab.corpus.dedupe import NearDeduper
from lab.corpus.steps import is_junk, normalize, strip_markup
from lab.errors import LabError
from lab.events import Artifact, Done, Progress, StopRequested
from lab.world import generate

SPANISH = "El niño comió piñas en Cádiz.\n¿Qué tal? ¡Olé! «Citas» y acentos: áéíóú ÁÉÍÓÚ ü Ñ."


def _events(job) -> dict:
    """The events of a finished job, grouped by type (artifacts by kind)."""
    out: dict = {"progress": [], "artifacts": {}, "done": None}
    for event in job:
        if isinstance(event, Progress):
            out["progress"].append(event)
        elif isinstance(event, Artifact):
            out["artifacts"][event.kind] = event.data
        elif isinstance(event, Done):
            out["done"] = event
    return out


# --- encodings ----------------------------------------------------------------------
@pytest.mark.parametrize("encoding, prefix, expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
    ("cp1252", b"", "windows-1252"),
    ("latin-1", b"", "windows-1252"),
])
def test_each_encoding_reads_back_the_same_text(tmp_path, encoding, prefix, expected):
    text = SPANISH + ("\nPrecio: 50 € — ¡barato!" if encoding == "cp1252" else "")
    path = tmp_path / "texto.txt"
    path.write_bytes(prefix + text.replace("\n", "\r\n").encode(encoding))
    assert read_text(path) == text
    assert decode_bytes(path.read_bytes())[1] == expected
    report = _events(clean(path, CleanConfig(min_chars=0), tmp_path / "out.txt"))["artifacts"]["corpus_stats"]
    assert report["encodings"] == {expected: 1}


def test_a_file_mixing_encodings_is_read_line_by_line():
    data = "Línea en UTF-8: camión\n".encode() + "Línea en Latin-1: canción\n".encode("cp1252")
    text, encoding = decode_bytes(data)
    assert text == "Línea en UTF-8: camión\nLínea en Latin-1: canción"
    assert encoding == "mixed"


@pytest.mark.parametrize("data, kind", [
    (b"hola\x00\x01\x02\x00\xff" * 50, "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04" + bytes(range(40)), "ZIP"),
])
def test_a_binary_file_is_refused_with_what_to_do(tmp_path, data, kind):
    path = tmp_path / "datos.txt"
    path.write_bytes(data)
    with pytest.raises(LabError, match=f"not a text file.*{kind}.*Save it as plain text"):
        read_text(path)
    with pytest.raises(LabError, match="not a text file"):
        clean(path, out_path=tmp_path / "out.txt")
    assert not (tmp_path / "out.txt").exists()


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "vacio.txt").write_bytes(b"")
    with pytest.raises(LabError, match="is empty"):
        clean(tmp_path / "vacio.txt", out_path=tmp_path / "out.txt")
    (tmp_path / "blanco.txt").write_text("  \n\n \t\n")
    with pytest.raises(LabError, match="no text to clean"):
        list(clean(tmp_path / "blanco.txt", out_path=tmp_path / "out.txt"))
    assert not (tmp_path / "out.txt").exists()


def test_a_missing_path_is_refused(tmp_path):
    with pytest.raises(LabError, match="does not exist"):
        clean(tmp_path / "no-such-file.txt", out_path=tmp_path / "out.txt")
    with pytest.raises(LabError, match=r"has no files LLM Lab can read"):
        clean(tmp_path, out_path=tmp_path / "out.txt")


def test_a_folder_of_ten_thousand_small_files_works_with_progress(tmp_path):
    folder = tmp_path / "notas"
    subs = [folder / f"parte{k}" for k in range(10)]
    for sub in subs:
        sub.mkdir(parents=True)
    for i in range(10_000):
        (subs[i % 10] / f"nota{i:05d}.txt").write_bytes(f"Nota {i}: el perro {i} dice guau y el gato miau.".encode())
    (folder / "vacia.txt").write_bytes(b"")
    (folder / "rota.txt").write_bytes(b"\x00\x01binario\x00" * 20)
    (folder / "imagen.png").write_bytes(b"\x89PNG no es texto")
    events = _events(clean(folder, CleanConfig(dedupe_near=False), tmp_path / "out.txt"))
    stats = events["artifacts"]["corpus_stats"]
    assert stats["files"] == 10_000 and stats["kept_docs"] == 10_000
    assert {s["path"].rsplit("/", 1)[-1] for s in stats["skipped"]} == {"vacia.txt", "rota.txt"}
    done = [p.done for p in events["progress"]]
    assert 10 < len(done) < 400 and done == sorted(done) and done[-1] == events["progress"][-1].total
    assert len(split_documents((tmp_path / "out.txt").read_text())) == 10_000


def test_an_overlong_line_is_cut_without_losing_words(tmp_path):
    words = [f"palabra{i}" for i in range(300_000)]  # about 3 MB on one line
    (tmp_path / "largo.txt").write_text(" ".join(words))
    cfg = CleanConfig(dedupe_exact=False, dedupe_near=False)
    _events(clean(tmp_path / "largo.txt", cfg, tmp_path / "out.txt"))
    assert (tmp_path / "out.txt").read_text().split() == words


# --- nothing is lost on error or stop -------------------------------------------------
def test_a_failed_or_stopped_clean_keeps_the_previous_output(tmp_path):
    out = tmp_path / "clean.txt"
    out.write_text("lo que ya tenía")
    broken = tmp_path / "roto.txt"
    broken.write_bytes(("Un texto normal y corriente de prueba.\n\n" * 3000).encode() + b"\x00 binario")
    with pytest.raises(LabError, match="not a text file"):
        list(clean(broken, out_path=out))  # the NUL byte is past the first 64 KB: found while streaming
    good = tmp_path / "bueno.txt"
    good.write_text("\n\n".join(f"Documento número {i} de la prueba." for i in range(1000)))
    job = clean(good, out_path=out)
    assert isinstance(next(job), Progress)
    assert job.throw(StopRequested()) == Done({"docs/in": 1.0}, stopped=True)
    assert out.read_text() == "lo que ya tenía"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bueno.txt", "clean.txt", "roto.txt"]  # no temp file


# --- the steps -------------------------------------------------------------------------
@pytest.mark.parametrize("dirty, clean_", [
    ("<p>Hola <b>mundo</b></p>", "Hola mundo"),
    ("Sal &amp; pimienta&nbsp;negra", "Sal & pimienta negra"),
    ("Antes<script>var x = 1;</script> después", "Antes después"),
    ("Texto\nUsamos cookies para mejorar tu experiencia. Aceptar\n© 2024 Todos los derechos reservados.", "Texto"),
    ("Inicio | Foro | Contacto\nTexto", "Texto"),
    ("## Título con [un enlace](https://x.org) y **negrita**", "Título con un enlace y negrita"),
    ("Si a < b y c > d, entonces nada cambia.", "Si a < b y c > d, entonces nada cambia."),
    ("Me comí unas cookies de chocolate.", "Me comí unas cookies de chocolate."),
])
def test_strip_markup(dirty, clean_):
    assert strip_markup(dirty) == clean_


def test_normalize_composes_accents_and_tidies_spaces():
    decomposed = "cafe\u0301  con\tleche \u200b\nsegunda   línea  "
    assert normalize(decomposed) == "café con leche\nsegunda línea"
    assert normalize("Ya está limpio.\nOtra línea.") == "Ya está limpio.\nOtra línea."


@pytest.mark.parametrize("text, lang", [
    ("El perro de mi vecina dice guau todas las mañanas.", "es"),
    ("The dog next door says woof every morning.", "en"),
    ("Der Hund ist groß und die Katze ist klein.", "other"),
    ("12345 !!! ###", "other"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_junk_filter_drops_symbols_and_keeps_prose():
    assert is_junk("$$$ 123 456 !!! ### %%% 789")
    assert is_junk("aGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8gd29ybGQgaGVsbG8=" * 3)
    assert not is_junk("Una frase normal, con comas y un número: 42.")


def test_near_duplicates_are_found_and_different_documents_are_not():
    dedupe = NearDeduper(threshold=0.7)
    base = "La capital de Francia es París y la de Italia es Roma, dijo Ana a su amigo Luis ayer por la tarde."
    assert not dedupe.is_duplicate(base)
    assert dedupe.is_duplicate(base.replace("amigo", "amgio"))
    assert dedupe.is_duplicate(base + " Gracias por leer.")
    assert not dedupe.is_duplicate("El perro dice guau, el gato dice miau y la vaca dice mu en la granja de Pablo.")


# --- the pipeline on the world ---------------------------------------------------------------
def test_cleaning_the_world_removes_what_its_statistics_claim():
    world = generate(WorldConfig(seed=21, size_mb=0.3))
    out, stats = clean_text(world.text)
    kept = split_documents(out)
    originals = [d.plain for d in world.documents if not d.flaws & {"duplicate", "near_duplicate"}]
    n_dups = len(world.documents) - len(originals)
    removed = stats["removed"]
    assert removed["dedupe_exact"] + removed["dedupe_near"] == pytest.approx(n_dups, abs=0.02 * len(world.documents))
    assert stats["steps"][0]["docs"] == len(world.documents)
    assert [s for s in stats["steps"] if s["step"] == "strip_markup"][0]["changed"] == world.flaw_counts()["junk"]
    assert set(kept) <= {d.plain for d in world.documents}  # nothing but whole, markup-free pages
    assert len(set(originals) - set(kept)) <= 0.01 * len(originals)
    assert "<" not in out and "cookies" not in out and "©" not in out


def test_cleaning_clean_text_changes_nothing():
    world = generate(WorldConfig(seed=22, size_mb=0.1, junk_rate=0, duplicate_rate=0))
    out, stats = clean_text(world.text)
    assert out == world.text
    assert all(s["removed"] == 0 and s["changed"] == 0 for s in stats["steps"])


def test_statistics_add_up_from_step_to_step():
    text = "Hola, esto es un documento.\n\n<p>Otro documento con marcas.</p>\n\nHola, esto es un documento.\n\n$$$ %%%"
    _, stats = clean_text(text)
    steps = stats["steps"]
    for before, after in zip(steps, steps[1:], strict=False):
        assert after["docs"] == before["docs"] - after["removed"]
    assert stats["removed"] == {"normalize": 0, "strip_markup": 0, "filter_junk": 1, "filter_length": 0,
                                "dedupe_exact": 1, "dedupe_near": 0}
    assert stats["languages"]["after"]["es"]["docs"] == 2


def test_each_step_can_be_switched_off():
    text = "<b>Hola</b>, esto es un documento.\n\n<b>Hola</b>, esto es un documento."
    out, stats = clean_text(text, CleanConfig(strip_markup=False, dedupe_exact=False, dedupe_near=False))
    assert out == text + "\n"
    assert [s["step"] for s in stats["steps"]] == ["input", "normalize", "filter_junk", "filter_length"]
    cleaner = Cleaner(CleanConfig(filter_rude=True, filter_language=True, min_chars=30))
    assert cleaner.process("Cállate, tonto, nadie te ha preguntado nada.") is None
    assert cleaner.process("Der Hund ist groß und die Katze ist klein.") is None
    assert cleaner.process("Muy corto.") is None
    assert cleaner.report()["removed"]["filter_rude"] == 1


def test_the_job_writes_the_same_text_as_clean_text(tmp_path):
    world = generate(WorldConfig(seed=23, size_mb=0.05))
    (tmp_path / "raw.txt").write_text(world.text, encoding="utf-8")
    events = _events(clean(tmp_path / "raw.txt", out_path=tmp_path / "clean.txt"))
    assert (tmp_path / "clean.txt").read_text(encoding="utf-8") == clean_text(world.text)[0]
    summary = events["done"].summary
    assert summary["docs/in"] == len(world.documents) and summary["docs/out"] < summary["docs/in"]
    assert Path(events["artifacts"]["corpus_stats"]["output"]) == tmp_path / "clean.txt"
