"""The Corpus page over a temporary workspace, with the real jobs on the real runner."""

from pathlib import Path

import pytest

from lab.config import WorldConfig, preset
from lab.corpus import CleanConfig, clean_text, split_documents
from lab.world import generate
from ui.pages.corpus import CorpusPage

JOB_TIMEOUT_MS = 60_000
SIZE_MB = 0.02


@pytest.fixture
def page(ctx, qtbot):
    page = CorpusPage(ctx)
    qtbot.addWidget(page)
    return page


def run(qtbot, page, action):
    """Press a button (or call `action`) and wait until the page's job has finished."""
    action()
    assert page.handle is not None and page._job, page.banner.text()
    with qtbot.waitSignal(page.handle.finished, timeout=JOB_TIMEOUT_MS):
        pass


def generate_world(qtbot, page, **rates):
    page.world_form.editor("size_mb").setValue(SIZE_MB)
    for name, value in rates.items():
        page.world_form.editor(name).setValue(value)
    run(qtbot, page, page.generate_button.click)


def world_of(page, **rates) -> "object":
    return generate(preset(WorldConfig, "tiny", size_mb=SIZE_MB, **rates))


def test_generate_writes_the_world_and_previews_its_flaws(qtbot, page, ctx):
    generate_world(qtbot, page, junk_rate=0.5)
    world = world_of(page, junk_rate=0.5)
    raw = ctx.workspace.corpus_dir / "raw.txt"
    assert raw.read_text(encoding="utf-8") == world.text
    shown = page.preview.documents()
    assert [d.text for d in shown] == [d.text for d in world.documents[:len(shown)]]
    assert [d.flaws for d in shown] == [d.flaws for d in world.documents[:len(shown)]]
    assert any("junk" in d.flaws for d in shown)
    assert "markup junk" in page.preview.browser.toHtml()
    assert ctx.facts.get("corpus.documents") == len(world.documents)
    assert ctx.facts.get("corpus.characters") == len(world.text)
    assert ctx.facts.get("corpus.cleaned") is False


def test_clean_writes_the_clean_text_and_draws_before_and_after(qtbot, page, ctx):
    generate_world(qtbot, page)
    run(qtbot, page, page.clean_button.click)
    raw = (ctx.workspace.corpus_dir / "raw.txt").read_text(encoding="utf-8")
    expected, report = clean_text(raw, CleanConfig())
    assert ctx.workspace.clean_text_path.read_text(encoding="utf-8") == expected
    first, last = report["steps"][0], report["steps"][-1]
    groups = {g.label: (g.before, g.after) for g in page.chart.groups()}
    assert groups["Characters"] == (first["chars"], last["chars"])
    assert groups["Words"] == (first["words"], last["words"])
    assert groups["Documents"] == (first["docs"], last["docs"])
    assert 0 < groups["Spanish"][0] < 100
    dups = report["removed"]["dedupe_exact"] + report["removed"]["dedupe_near"]
    assert dups > 0
    assert dict(page.steps_chart.values())["Exact dup."] == report["removed"]["dedupe_exact"]
    assert ctx.facts.get("corpus.cleaned") is True
    assert ctx.facts.get("corpus.documents") == last["docs"] == len(split_documents(expected))
    assert ctx.facts.get("corpus.characters") == last["chars"]
    assert ctx.facts.get("corpus.duplicates_removed") == dups
    junk = next(s for s in report["steps"] if s["step"] == "strip_markup")["changed"]
    assert ctx.facts.get("corpus.junk_removed") == junk > 0


def test_switching_a_cleaning_step_off_changes_what_is_removed(qtbot, page, ctx):
    generate_world(qtbot, page)
    page.clean_form.editor("dedupe_exact").setChecked(False)
    page.clean_form.editor("dedupe_near").setChecked(False)
    run(qtbot, page, page.clean_button.click)
    assert ctx.facts.get("corpus.duplicates_removed") == 0
    assert "Exact dup." not in dict(page.steps_chart.values())


def test_a_restart_shows_the_same_corpus(qtbot, page, ctx):
    generate_world(qtbot, page, junk_rate=0.3)
    run(qtbot, page, page.clean_button.click)
    ctx.facts.set("corpus.cleaned", None)
    again = CorpusPage(ctx)
    qtbot.addWidget(again)
    assert again.preview_which.currentIndex() == 0  # a restart opens on the raw corpus and its flaws
    page.preview_which.setCurrentIndex(0)
    assert again.preview.documents() == page.preview.documents()
    assert any(d.flaws for d in again.preview.documents())
    again.preview_which.setCurrentIndex(1)
    page.preview_which.setCurrentIndex(1)
    assert again.preview.documents() == page.preview.documents()
    assert again.preview.documents()[0].text in again.ctx.workspace.clean_text_path.read_text(encoding="utf-8")
    assert again.chart.groups() == page.chart.groups()
    assert again.world_form.value().junk_rate == pytest.approx(0.3)
    assert ctx.facts.get("corpus.cleaned") is True


def write_bad_files(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return {"is empty": empty, "not a text file": binary, "does not exist": tmp_path / "missing.txt"}


def test_bad_files_show_a_message_and_keep_the_learners_corpus(qtbot, page, ctx, tmp_path):
    generate_world(qtbot, page)
    run(qtbot, page, page.clean_button.click)
    clean_before = ctx.workspace.clean_text_path.read_bytes()
    state_before = ctx.workspace.read_state()
    shown_before = page.preview.documents()
    for words, path in write_bad_files(tmp_path).items():
        page.banner.hide()
        run(qtbot, page, lambda path=path: page.open_paths([str(path)]))
        assert page.banner.isVisibleTo(page) and words in page.banner.text(), page.banner.text()
        assert ctx.workspace.clean_text_path.read_bytes() == clean_before
        assert ctx.workspace.read_state() == state_before
        assert page.preview.documents() == shown_before
        assert ctx.facts.get("corpus.cleaned") is True
    assert not ctx.runner.is_busy()


def test_own_files_in_another_encoding_are_read_and_cleaned(qtbot, page, ctx, tmp_path):
    text = "La canción del niño es muy bonita y todos la cantan en el pueblo.\n\n" * 3
    text += "Una segunda historia: el pájaro vuela sobre el río cuando sale el sol."
    legacy = tmp_path / "canciones.txt"
    legacy.write_bytes(text.encode("cp1252"))
    run(qtbot, page, lambda: page.open_paths([str(legacy)]))
    assert not page.banner.isVisibleTo(page), page.banner.text()
    assert page.preview.documents()[0].text.startswith("La canción del niño")
    assert ctx.facts.get("corpus.documents") == 4
    assert ctx.workspace.read_state()["corpus"]["paths"] == [str(legacy)]
    run(qtbot, page, page.clean_button.click)
    cleaned = ctx.workspace.clean_text_path.read_text(encoding="utf-8")
    assert "canción" in cleaned and "pájaro" in cleaned
    assert ctx.facts.get("corpus.duplicates_removed") == 2  # the song was there three times


def test_clean_without_a_corpus_says_what_to_do(page, ctx):
    page.clean_button.click()
    assert page.banner.isVisibleTo(page)
    assert "Generate the world" in page.banner.text()
    assert not ctx.workspace.clean_text_path.exists()


def test_the_page_speaks_spanish(qtbot, window, page):
    window.set_language("es")
    qtbot.waitUntil(lambda: page.generate_button.text() == "Generar el mundo", timeout=2000)
    assert page.clean_button.text() == "Limpiar el corpus"
    window.set_language("en")


# --- real corpora: dropped folders, file kinds, each step, finished workspaces -------------
def write_mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mezcla"
    folder.mkdir()
    page_html = ("<html><body><nav><a href='/'>Inicio</a> | <a href='/s'>Siguiente</a></nav><article><p>{}</p>"
                 "</article><footer>Todos los derechos reservados.</footer></body></html>")
    prose = ["El tokenizador convierte el texto en números que el modelo puede leer y aprender de ellos.",
             "La limpieza del corpus quita los menús y las páginas repetidas antes de entrenar el modelo."]
    for i, text in enumerate(prose):
        (folder / f"p{i}.html").write_text(page_html.format(text), encoding="utf-8")
    (folder / "datos.jsonl").write_text('{"cuerpo": "Un registro del conjunto de datos con su propio texto."}\n',
                                        encoding="utf-8")
    (folder / "viejo.txt").write_bytes("Una canción antigua guardada en Windows hace muchos años.".encode("cp1252"))
    return folder


def drop(page, paths: list[Path]) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


def test_a_dropped_folder_lists_each_file_with_its_type_and_encoding(qtbot, page, ctx, tmp_path):
    folder = write_mixed_folder(tmp_path)
    page.text_field.setText("cuerpo")
    run(qtbot, page, lambda: drop(page, [folder]))
    assert not page.banner.isVisibleTo(page), page.banner.text()
    rows = {name: (kind, encoding) for name, kind, encoding, _ in page.files_table.rows()}
    assert rows == {"datos.jsonl": ("JSONL", "utf-8"), "p0.html": ("web page", "utf-8"),
                    "p1.html": ("web page", "utf-8"), "viejo.txt": ("text", "windows-1252")}
    notes = {name: note for name, _, _, note in page.files_table.rows()}
    assert notes["p0.html"].startswith("main text ") and "“cuerpo”" in notes["datos.jsonl"]
    assert ctx.workspace.read_state()["corpus"]["text_field"] == "cuerpo"
    assert page.clean_form.value().dedupe_lines  # the steps of web pipelines come on for the learner's files
    run(qtbot, page, page.clean_button.click)
    cleaned = ctx.workspace.clean_text_path.read_text(encoding="utf-8")
    assert "Un registro del conjunto" in cleaned and "canción antigua" in cleaned and "<" not in cleaned
    assert "Siguiente" not in cleaned


def test_each_step_shows_its_share_and_examples_before_and_after(qtbot, page, ctx, tmp_path):
    text = "\n\n".join(["Menú | Foro | Contacto\nPrimera página con texto de verdad sobre modelos.",
                        "Menú | Foro | Contacto\nSegunda página con otro texto sobre tokenizadores.",
                        "Una frase repetida.\nUna frase repetida.\nUna frase repetida.\nOtra línea."])
    (tmp_path / "web.txt").write_text(text, encoding="utf-8")
    run(qtbot, page, lambda: page.open_paths([str(tmp_path / "web.txt")]))
    page.clean_form.editor("strip_markup").setChecked(False)  # leave the menu to the line dedupe
    run(qtbot, page, page.clean_button.click)
    view = page.steps_view
    assert view.steps()[-1] == "dedupe_lines" and "filter_repetition" in view.steps()
    view.select("filter_repetition")
    assert "Una frase repetida." in view.examples_html() and "removed" in view.examples_html()
    view.select("dedupe_lines")
    assert "Segunda página" in view.examples_html() and "Repeated lines" in view.examples_html()
    row = view.steps().index("dedupe_lines")
    assert view.table.item(row, 4).text().endswith("%") and view.table.item(row, 4).text() != "0.0 %"


def test_a_finished_workspace_shows_its_cleaning_statistics(qtbot, ctx, tmp_path):
    from lab.jobs.clean import run as clean_run

    world = generate(preset(WorldConfig, "classroom", size_mb=SIZE_MB))
    world.write(ctx.workspace.corpus_dir)
    list(clean_run(ctx.workspace.corpus_dir / "raw.txt", ctx.workspace.clean_text_path))
    page = CorpusPage(ctx)  # no state: as after `assets install` of an old bundle, or the pipeline
    qtbot.addWidget(page)
    page.show()
    assert page.handle is not None
    with qtbot.waitSignal(page.handle.finished, timeout=JOB_TIMEOUT_MS):
        pass
    groups = {g.label: (g.before, g.after) for g in page.chart.groups()}
    assert groups["Documents"][0] == len(world.documents) > groups["Documents"][1]
    assert f"{len(world.documents):,}" in page.summary.text() and "After cleaning" in page.summary.text()


def test_errors_show_next_to_the_button_that_caused_them(qtbot, page, tmp_path):
    page.clean_button.click()
    assert page.banner.parent() is page.clean_box and page.banner.isVisibleTo(page)
    (tmp_path / "vacio.txt").write_bytes(b"")
    run(qtbot, page, lambda: page.open_paths([str(tmp_path / "vacio.txt")]))
    assert page.banner.parent() is page.files_box and "is empty" in page.banner.text()


def test_the_before_after_legend_sits_above_the_plot_not_over_the_bars(qtbot, page):
    assert page.chart.plot.getPlotItem().legend is None
    assert "before" in page.chart.legend_text() and "after" in page.chart.legend_text()


def test_web_pages_show_what_extraction_left_out_as_a_first_step(qtbot, page, tmp_path):
    folder = write_mixed_folder(tmp_path)
    run(qtbot, page, lambda: page.open_paths([str(folder)]))
    run(qtbot, page, page.clean_button.click)
    view = page.steps_view
    assert view.steps()[0] == "extract"
    view.select("extract")
    assert "reservados" in view.examples_html() or "Siguiente" in view.examples_html()
    assert view.table.item(0, 1).text() == "2" and view.table.item(0, 4).text() != "0.0 %"
