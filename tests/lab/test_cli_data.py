"""`llm-lab corpus ...` and `llm-lab tokenizer ...`, run in-process through `lab.cli.main`."""

from __future__ import annotations

import json

import pytest

from lab.cli import main
from lab.tokenizer import BPETokenizer


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("world")
    assert main(["corpus", "generate", "--seed", "9", "--size-mb", "0.1", "--out", str(folder / "web.txt")]) == 0
    return folder


def _one_line_error(capsys, argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("llm-lab: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def test_generate_writes_the_corpus_and_the_chat_sets_beside_it(generated, capsys, tmp_path):
    assert sorted(p.name for p in generated.iterdir()) == ["preferences.jsonl", "probes.jsonl", "rl_prompts.jsonl",
                                                           "sft.jsonl", "web.txt"]
    assert 0.1e6 <= (generated / "web.txt").stat().st_size < 0.11e6
    probes = [json.loads(line) for line in (generated / "probes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all({"prompt", "answer", "lang", "held_out"} <= set(p) for p in probes)
    assert main(["corpus", "generate", "--seed", "9", "--size-mb", "0.1", "--out", str(tmp_path)]) == 0
    assert "documents" in capsys.readouterr().out
    assert (tmp_path / "raw.txt").read_bytes() == (generated / "web.txt").read_bytes()  # same seed, same bytes


def test_clean_prints_statistics_as_json(generated, capsys, tmp_path):
    out = tmp_path / "clean.txt"
    assert main(["corpus", "clean", str(generated / "web.txt"), "--out", str(out), "--json", "--quiet"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["steps"][0]["step"] == "input" and stats["kept_docs"] == len(out.read_text().split("\n\n"))
    assert stats["removed"]["dedupe_exact"] > 0 and stats["encodings"] == {"utf-8": 1}


def test_clean_steps_can_be_switched_off_from_the_command_line(generated, capsys, tmp_path):
    out = tmp_path / "clean.txt"
    argv = ["corpus", "clean", str(generated / "web.txt"), "--out", str(out), "--no-dedupe-exact", "--no-dedupe-near",
            "--no-strip-markup", "--min-chars", "0", "--quiet",
            "--no-filter-repetition", "--no-filter-quality", "--no-dedupe-lines"]  # on by default for own files
    assert main(argv) == 0
    table = capsys.readouterr().out
    assert "dedupe" not in table and "strip_markup" not in table and "filter_junk" in table
    assert out.read_text(encoding="utf-8") == (generated / "web.txt").read_text(encoding="utf-8")


def test_train_then_encode(generated, capsys, tmp_path):
    tok_path = tmp_path / "tokenizer.json"
    argv = ["tokenizer", "train", "--corpus", str(generated / "web.txt"), "--vocab-size", "400",
            "--out", str(tok_path), "--quiet"]
    assert main(argv) == 0
    assert "400 tokens" in capsys.readouterr().out
    assert main(["tokenizer", "encode", "--tokenizer", str(tok_path), "--text", "¿Qué dice el perro?", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    tok = BPETokenizer.load(tok_path)
    assert shown["ids"] == tok.encode("¿Qué dice el perro?") and len(shown["tokens"]) == shown["count"]
    assert "".join(shown["tokens"]).endswith(" dice el perro?")  # only "¿" splits into two byte tokens


def test_train_says_when_the_corpus_supports_fewer_tokens(generated, capsys, tmp_path):
    argv = ["tokenizer", "train", "--corpus", str(generated / "web.txt"), "--vocab-size", "60000",
            "--out", str(tmp_path / "t.json"), "--quiet"]
    assert main(argv) == 0
    assert "you asked for 60000" in capsys.readouterr().out


def test_bad_input_is_one_line_on_stderr_and_a_nonzero_exit(capsys, tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    out = str(tmp_path / "out.txt")
    assert "does not exist" in _one_line_error(capsys, ["corpus", "clean", str(tmp_path / "nope.txt"), "--out", out])
    assert "not a text file" in _one_line_error(capsys, ["corpus", "clean", str(tmp_path / "binary.txt"), "--out", out])
    assert "is empty" in _one_line_error(capsys, ["corpus", "clean", str(tmp_path / "empty.txt"), "--out", out])
    assert "between" in _one_line_error(capsys, ["corpus", "generate", "--size-mb", "0", "--out", out])
    assert "no corpus" in _one_line_error(capsys, ["tokenizer", "train", "--corpus", str(tmp_path / "nope.txt")])
    assert "Vocabulary size" in _one_line_error(
        capsys, ["tokenizer", "train", "--corpus", str(tmp_path / "binary.txt"), "--vocab-size", "100"])
    assert "no tokenizer" in _one_line_error(
        capsys, ["tokenizer", "encode", "--tokenizer", str(tmp_path / "t.json"), "--text", "hola"])
    assert not (tmp_path / "out.txt").exists()
