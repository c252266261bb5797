"""Web pages, PDFs, JSONL and Parquet files as corpus input; bad files skipped with their reason."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pypdf
import pytest
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from lab.corpus import CleanConfig
from lab.corpus.cleaner import for_real_text
from lab.errors import LabError
from lab.events import Artifact, Done
from lab.jobs.clean import run

PROSE = ("El tokenizador convierte el texto en una secuencia de números que el modelo puede leer. "
         "Cada número representa un trozo de palabra que aparece a menudo en el corpus de entrenamiento.")
PROSE_2 = ("La limpieza del corpus elimina las páginas repetidas, los menús de navegación y el texto que no es "
           "prosa, porque el modelo aprendería a repetirlos en lugar de aprender el idioma.")
NAV = "Anterior | Siguiente | Inicio"


def html_page(body: str, title: str = "Manual") -> str:
    return (f"<html><head><title>{title}</title><script>var x = 1;</script></head><body>"
            f"<nav><ul><li><a href='/'>Inicio</a></li><li><a href='/a'>Anterior</a></li>"
            f"<li><a href='/s'>Siguiente</a></li></ul></nav>"
            f"<article><h1>{title}</h1><p>{body}</p><p>{PROSE_2}</p></article>"
            f"<footer><p>{NAV}</p><p>© 2024 Todos los derechos reservados.</p></footer></body></html>")


def write_pdf(path: Path, text: str, password: str | None = None) -> None:
    """A one-page PDF whose page draws `text` (Helvetica), optionally encrypted."""
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(width=600, height=200)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 10 Tf 20 150 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if password:
        writer.encrypt(password)
    with path.open("wb") as f:
        writer.write(f)


def clean_all(source, out: Path | None, cfg: CleanConfig | None = None, **kw) -> tuple[dict, str]:
    """The statistics and the clean text of a finished cleaning job."""
    stats: dict = {}
    for event in run(source, out, cfg or for_real_text(), **kw):
        if isinstance(event, Artifact) and event.kind == "corpus_stats":
            stats = event.data
        assert not (isinstance(event, Done) and event.stopped)
    return stats, out.read_text(encoding="utf-8") if out is not None else ""


def test_a_web_page_gives_its_main_text_without_menus_or_markup(tmp_path):
    (tmp_path / "pagina.html").write_text(html_page(PROSE), encoding="utf-8")
    stats, text = clean_all(tmp_path / "pagina.html", tmp_path / "out.txt")
    assert PROSE in text and PROSE_2 in text
    assert "<" not in text and "Siguiente" not in text and "var x" not in text
    assert stats["kinds"] == {"html": 1}
    row = stats["read"][0]
    assert row["kind"] == "html" and row["encoding"] == "utf-8"
    assert row["chars_kept"] < row["chars_page"]  # extraction dropped the menu and footer
    assert any("Siguiente" in line or "reservados" in line for line in row["dropped"])


def test_a_web_page_in_windows_1252_is_decoded(tmp_path):
    (tmp_path / "vieja.htm").write_bytes(html_page(PROSE).encode("cp1252"))
    stats, text = clean_all(tmp_path / "vieja.htm", tmp_path / "out.txt")
    assert PROSE in text
    assert stats["read"][0]["encoding"] == "windows-1252"


def test_a_pdf_gives_the_text_of_its_pages(tmp_path):
    write_pdf(tmp_path / "apuntes.pdf", PROSE)
    stats, text = clean_all(tmp_path / "apuntes.pdf", tmp_path / "out.txt")
    assert "tokenizador convierte el texto" in text
    assert stats["read"][0]["kind"] == "pdf"


def test_jsonl_records_give_the_chosen_field(tmp_path):
    rows = [{"id": 1, "text": PROSE, "contenido": PROSE_2}, {"id": 2, "text": PROSE_2, "contenido": PROSE}]
    (tmp_path / "datos.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                                          encoding="utf-8")
    stats, text = clean_all(tmp_path / "datos.jsonl", tmp_path / "out.txt", CleanConfig())
    assert text.split("\n\n") == [PROSE, PROSE_2 + "\n"]
    assert stats["read"][0] | {"path": ""} == {"path": "", "kind": "jsonl", "encoding": "utf-8", "field": "text",
                                              "records": 2, "without_field": 0}
    _, text = clean_all(tmp_path / "datos.jsonl", tmp_path / "out2.txt", CleanConfig(), text_field="contenido")
    assert text.split("\n\n")[0] == PROSE_2


def test_parquet_gives_its_text_column(tmp_path):
    pq.write_table(pa.table({"text": [PROSE, PROSE_2], "url": ["a", "b"]}), tmp_path / "shard.parquet")
    stats, text = clean_all(tmp_path / "shard.parquet", tmp_path / "out.txt", CleanConfig())
    assert text.split("\n\n") == [PROSE, PROSE_2 + "\n"]
    assert stats["kinds"] == {"parquet": 1} and stats["read"][0]["records"] == 2


@pytest.mark.parametrize("name, make, reason", [
    ("cerrado.pdf", lambda p: write_pdf(p, PROSE, password="secreto"), "password-protected PDF"),
    ("vacia.html", lambda p: p.write_text("<html><head><script>var a = 1;</script></head><body>"
                                          "<img src='foto.png'></body></html>"), "no main text"),
    ("rota.parquet", lambda p: p.write_bytes(b"PAR1 esto no es un parquet PAR1"), "damaged Parquet"),
    ("sin_campo.jsonl", lambda p: p.write_text('{"contenido": "hola"}\n{"otro": 1}\n'), 'no text field "text"'),
])
def test_a_bad_file_in_a_folder_is_skipped_with_its_reason(tmp_path, name, make, reason):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bueno.txt").write_text(PROSE, encoding="utf-8")
    make(folder / name)
    stats, text = clean_all(folder, tmp_path / "out.txt")
    assert text == PROSE + "\n"
    assert [s["path"] for s in stats["skipped"]] == [str(folder / name)]
    assert reason in stats["skipped"][0]["reason"]
    with pytest.raises(LabError, match=reason):  # named on its own, it is an error
        clean_all(folder / name, tmp_path / "out2.txt")


def test_a_mixed_folder_cleans_into_prose_without_markup_or_repeated_navigation(tmp_path):
    folder = tmp_path / "mezcla"
    folder.mkdir()
    for i, body in enumerate((PROSE, PROSE_2 + " Tercera página del manual.")):
        (folder / f"p{i}.html").write_text(html_page(body, f"Capítulo {i}"), encoding="utf-8")
    write_pdf(folder / "apuntes.pdf", "Los apuntes del curso explican la atencion de varias cabezas.")
    (folder / "datos.jsonl").write_text(json.dumps({"text": f"{NAV}\nUn registro con texto propio."}) + "\n")
    (folder / "notas.md").write_text(f"# Notas\n\n{NAV}\nEl modelo aprende a predecir la siguiente palabra.\n")
    stats, text = clean_all(folder, tmp_path / "out.txt")
    assert stats["kinds"] == {"html": 2, "pdf": 1, "jsonl": 1, "text": 1}
    assert "<" not in text and "#" not in text
    assert text.count(NAV) <= 1  # the navigation line stays once at most
    assert text.count(PROSE_2) == 1  # the second page's copy of it went with the repeated lines
    assert "predecir la siguiente palabra" in text and "Un registro con texto propio" in text


def test_a_file_without_permission_in_a_folder_is_skipped(tmp_path, monkeypatch):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(PROSE, encoding="utf-8")
    locked = folder / "b.txt"
    locked.write_text(PROSE_2, encoding="utf-8")
    locked.chmod(0)
    real_access = os.access  # root reads anything: pretend to be a learner without the right
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == locked else real_access(p, mode))
    stats, text = clean_all(folder, tmp_path / "out.txt")
    assert text == PROSE + "\n"
    assert "permission" in stats["skipped"][0]["reason"]
    with pytest.raises(LabError, match="permission to read"):
        clean_all(locked, tmp_path / "out2.txt")


def test_a_fifo_and_a_symlink_loop_are_named_as_such(tmp_path):
    fifo, loop = tmp_path / "tubo.txt", tmp_path / "bucle.txt"
    os.mkfifo(fifo)
    loop.symlink_to(loop)
    with pytest.raises(LabError, match="FIFO"):
        run(fifo, tmp_path / "out.txt")
    with pytest.raises(LabError, match="loop"):
        run(loop, tmp_path / "out.txt")
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    stats, _ = clean_all(tmp_path, tmp_path / "out" / "clean.txt")
    reasons = {Path(s["path"]).name: s["reason"] for s in stats["skipped"]}
    assert "FIFO" in reasons["tubo.txt"] and "loop" in reasons["bucle.txt"]
