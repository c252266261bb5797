"""The real-pipeline cleaning steps, the outputs `corpus clean` refuses, and the encodings it repairs."""

from __future__ import annotations

import errno
import io
import json
import os

import pytest

from lab import cli
from lab.corpus import CleanConfig, clean_text, decode_bytes
from lab.corpus.cleaner import for_real_text
from lab.corpus.repetition import LineDeduper, quality_reason, repetition_reason
from lab.errors import LabError
from lab.jobs import clean as clean_job

SENTENCE = "El modelo aprende a predecir la siguiente palabra del texto."
WORDS = ("la red neuronal calcula una distribución de probabilidad sobre el vocabulario completo cada vez que "
         "lee un token nuevo y el optimizador ajusta sus pesos para que la palabra correcta sea más probable en "
         "el futuro durante todo el entrenamiento").split()


# --- the steps ---------------------------------------------------------------------------
def test_a_document_of_one_repeated_line_is_removed_by_the_repetition_filter():
    assert repetition_reason("\n".join([SENTENCE] * 6)) == "dup_lines"
    assert repetition_reason(" ".join([SENTENCE] * 6)) is not None  # repeated n-grams in one line
    assert repetition_reason(" ".join(WORDS)) is None
    out, stats = clean_text("\n".join([SENTENCE] * 6) + "\n\n" + " ".join(WORDS), for_real_text())
    assert out == " ".join(WORDS) + "\n"
    assert stats["reasons"]["filter_repetition"] == {"dup_lines": 1}


def test_quality_rules_drop_lists_and_text_without_common_words():
    assert quality_reason(" ".join(WORDS)) is None
    assert quality_reason("\n".join(f"- elemento número {i}" for i in range(6))) == "bullets"
    assert quality_reason(" ".join(["Xyzzy", "Plugh", "Frobozz", "Quux"] * 6)) == "stop_words"
    assert quality_reason("a b c d e f") == "word_length"


def test_lines_repeated_across_documents_are_removed_after_their_first_copy():
    dedupe = LineDeduper()
    assert dedupe.remove_seen("Inicio | Foro\nPrimera página con texto.") == "Inicio | Foro\nPrimera página con texto."
    assert dedupe.remove_seen("Inicio | Foro\nSegunda página.\nSegunda página.") == "Segunda página.\nSegunda página."
    assert dedupe.lines_removed == 1
    text = "Menú principal\nUno.\n\nMenú principal\nDos.\n\nMENÚ principal!\nTres."
    out, stats = clean_text(text, CleanConfig(dedupe_lines=True, min_chars=0))
    assert out == "Menú principal\nUno.\n\nDos.\n\nTres.\n"
    assert stats["lines_removed"] == 2
    row = [s for s in stats["steps"] if s["step"] == "dedupe_lines"][0]
    assert row["changed"] == 2 and row["chars_removed"] == len("Menú principal\n") + len("MENÚ principal!\n")


def test_the_world_keeps_its_repeated_facts_by_default():
    text = "La capital de Francia es París.\nHola.\n\nLa capital de Francia es París.\nAdiós."
    assert clean_text(text, CleanConfig(min_chars=0))[0] == text + "\n"


# --- encodings -------------------------------------------------------------------------
def test_japanese_utf16_without_a_mark_is_read_as_utf16():
    text = "日本語のテキストです。\n言語モデルは次の単語を予測します。\nこれは三行目です。"
    for encoding in ("utf-16-le", "utf-16-be"):
        decoded, found = decode_bytes(text.encode(encoding))
        assert (decoded, found) == (text, encoding)


def test_a_line_mixing_utf8_and_cp1252_is_repaired_character_by_character():
    data = "camión ".encode() + "canción".encode("cp1252") + " año".encode()
    assert decode_bytes(data) == ("camión canción año", "mixed")


# --- outputs ---------------------------------------------------------------------------
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path):
    notes = tmp_path / "notas.txt"
    notes.write_text(SENTENCE, encoding="utf-8")
    with pytest.raises(LabError, match="also an input"):
        clean_job.run([notes], notes)
    assert notes.read_text(encoding="utf-8") == SENTENCE


def test_an_output_inside_an_input_folder_is_not_read_as_input(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Una limpieza anterior que no es entrada.", encoding="utf-8")
    list(clean_job.run([tmp_path], tmp_path / "clean.txt"))
    assert (tmp_path / "clean.txt").read_text(encoding="utf-8") == SENTENCE + "\n"


def test_an_output_that_is_a_folder_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    with pytest.raises(LabError, match="is a folder. Give a file name"):
        clean_job.run(tmp_path / "a.txt", tmp_path)


def test_a_read_only_output_folder_gives_a_message(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")

    def refuse(**_kw):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(clean_job.tempfile, "mkstemp", refuse)  # root may write anywhere
    with pytest.raises(LabError, match="could not be written.*folder you can write in"):
        list(clean_job.run(tmp_path / "a.txt", tmp_path / "out" / "clean.txt"))


def test_a_full_disk_gives_a_message_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "clean.txt").write_text("lo que había", encoding="utf-8")

    class FullDisk(io.StringIO):
        def flush(self):
            raise OSError(errno.ENOSPC, "No space left on device")

    real_open = io.open
    monkeypatch.setattr(clean_job.io, "open", lambda fd, *a, **k: (os.close(fd), FullDisk())[1]
                        if isinstance(fd, int) else real_open(fd, *a, **k))
    with pytest.raises(LabError, match="disk is full"):
        list(clean_job.run(tmp_path / "a.txt", out / "clean.txt"))
    assert os.listdir(out) == ["clean.txt"]
    assert (out / "clean.txt").read_text(encoding="utf-8") == "lo que había"


# --- the command line ------------------------------------------------------------------
def test_clean_json_lists_each_file_its_kind_encoding_and_step_shares(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes("\n".join([SENTENCE] * 4).encode("cp1252") + b"\n\n" +
                                     " ".join(WORDS).encode("cp1252"))
    (tmp_path / "b.jsonl").write_text(json.dumps({"cuerpo": "Otro texto distinto del primero."}) + "\n")
    assert cli.main(["corpus", "clean", str(tmp_path), "--out", str(tmp_path / "o" / "c.txt"), "--json",
                     "--quiet", "--text-field", "cuerpo"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["encoding"]) for r in stats["read"]] == [("text", "windows-1252"), ("jsonl", "utf-8")]
    assert stats["text_field"] == "cuerpo"
    assert stats["removed"]["filter_repetition"] == 1 and "dedupe_lines" in stats["removed"]
    assert all("chars_removed" in row for row in stats["steps"])


def test_tokenizer_train_on_a_folder_says_to_clean_it_first(tmp_path, capsys):
    assert cli.main(["tokenizer", "train", "--corpus", str(tmp_path), "--out", str(tmp_path / "t.json")]) != 0
    assert "corpus clean" in capsys.readouterr().err


# --- the statistics a bundle carries ----------------------------------------------------------
def test_a_packed_workspace_carries_its_cleaning_statistics(tmp_path):
    from lab.config import WorldConfig, preset
    from lab.corpus.stats import with_corpus_stats
    from lab.workspace import Workspace
    from lab.world import generate

    ws = Workspace(tmp_path / "ws")
    world = generate(preset(WorldConfig, "tiny", size_mb=0.02))
    world.write(ws.corpus_dir)
    list(clean_job.run(ws.corpus_dir / "raw.txt", ws.clean_text_path))
    state = with_corpus_stats(ws, {"other": 1})
    entry = state["corpus"]
    assert state["other"] == 1 and entry["source"] == "world" and entry["cleaned"] is True
    assert entry["documents"] == len(world.documents) == entry["stats"]["steps"][0]["docs"]
    assert entry["stats"]["steps"][-1]["docs"] == len(ws.clean_text_path.read_text(encoding="utf-8").split("\n\n"))
    assert with_corpus_stats(ws, state) is state  # statistics already there: kept as they are


# --- pretraining prompts ----------------------------------------------------------------------
def test_pretraining_prompts_come_from_the_learners_corpus():
    from lab.corpus.prompts import sample_prompts
    from lab.jobs.pretrain import PROMPTS

    manual = "\n".join(f"El sistema {w} arranca los servicios con la orden que indica el manual." for w in
                       ("Debian", "nuevo", "viejo", "local", "remoto", "básico"))
    prompts = sample_prompts(manual, PROMPTS)
    assert len(prompts) == 2 and all(tag == "es" for tag, _ in prompts)
    assert all(prompt in manual and "The cat" not in prompt for _, prompt in prompts)
    world = "La capital de Francia es París.\nThe cat says meow and sleeps all day long in the sun."
    assert sample_prompts(world, PROMPTS) == PROMPTS  # the world's corpus has its own fixed prompts
