"""Commands never destroy the learner's files: inputs are not overwritten, a wrong tokenizer does
not replace the workspace's own, and bad options are explained before anything runs."""

import threading

import pytest

from lab.cli import main
from lab.config import TokenizerConfig
from lab.events import Progress, StopRequested
from lab.jobs import tokenize
from lab.tokenizer import MAX_WORD_CHARS, BPETokenizer, bound_words, train_bpe
from lab.workspace import Workspace

TEXT = "el gato come pescado. the cat eats fish. " * 50


@pytest.fixture(scope="module")
def tokenizers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tok")
    a = train_bpe([TEXT], TokenizerConfig(vocab_size=300, min_frequency=2)).save(folder / "a.json")
    b = train_bpe([TEXT.upper()], TokenizerConfig(vocab_size=300, min_frequency=2)).save(folder / "b.json")
    return a, b


def test_a_png_given_as_tokenizer_leaves_the_workspace_tokenizer(tmp_path, tokenizers, capsys):
    ws = Workspace(tmp_path / "w")
    ws.tokenizer_path.write_bytes(tokenizers[0].read_bytes())
    (ws.corpus_dir / "clean.txt").write_text(TEXT)
    png = tmp_path / "cat.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert main(["pretrain", "--workspace", str(ws.root), "--tokenizer", str(png), "--quiet"]) == 2
    assert "not a tokenizer" in capsys.readouterr().err
    assert ws.tokenizer_path.read_bytes() == tokenizers[0].read_bytes()


def test_a_tokenizer_of_another_vocabulary_is_refused(tmp_path, tokenizers, capsys):
    ws = Workspace(tmp_path / "w")
    ws.tokenizer_path.write_bytes(tokenizers[0].read_bytes())
    (ws.corpus_dir / "clean.txt").write_text(TEXT)
    assert main(["pretrain", "--workspace", str(ws.root), "--tokenizer", str(tokenizers[1]), "--quiet"]) == 2
    assert "another vocabulary" in capsys.readouterr().err
    assert ws.tokenizer_path.read_bytes() == tokenizers[0].read_bytes()


def test_corpus_clean_refuses_to_write_over_its_input(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Mis notas, escritas a mano durante un año entero.\n" * 5)
    before = notes.read_bytes()
    assert main(["corpus", "clean", str(notes), "--out", str(notes), "--quiet"]) == 2
    assert "also an input" in capsys.readouterr().err
    assert notes.read_bytes() == before


def test_tokenizer_train_refuses_to_write_over_the_corpus_or_into_a_folder(tmp_path, capsys):
    corpus = tmp_path / "c.txt"
    corpus.write_text(TEXT)
    assert main(["tokenizer", "train", "--corpus", str(corpus), "--out", str(corpus), "--quiet"]) == 2
    assert "also an input" in capsys.readouterr().err
    assert corpus.read_text() == TEXT
    assert main(["tokenizer", "train", "--corpus", str(corpus), "--out", str(tmp_path), "--quiet"]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_tokenizer_train_into_a_read_only_folder_is_explained(tmp_path, capsys, monkeypatch):
    import errno

    from lab import checkpoint

    corpus = tmp_path / "c.txt"
    corpus.write_text(TEXT)

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(checkpoint.tempfile, "mkstemp", denied)  # as in a read-only folder, even for root
    code = main(["tokenizer", "train", "--corpus", str(corpus), "--out", str(tmp_path / "t.json"), "--quiet",
                 "--vocab-size", "300"])
    assert code == 2 and "Could not write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.txt"]


@pytest.mark.parametrize("option, value, words", [
    ("--temperature", "nan", "temperature"), ("--temperature", "-1", "temperature"), ("--top-k", "-5", "top-k"),
    ("--top-p", "0", "top-p"), ("--seed", str(2**70), "seed"), ("--max-new-tokens", "-3", "new tokens"),
])
def test_sample_options_are_checked_before_anything_runs(tmp_path, capsys, option, value, words):
    assert main(["sample", "--workspace", str(tmp_path), "--prompt", "hola", option, value]) == 2
    assert words in capsys.readouterr().err


def test_text_that_is_not_utf8_is_explained(tmp_path, tokenizers, capsys):
    bad = b"caf\xe9".decode("utf-8", errors="surrogateescape")  # what Python makes of such an argument
    assert main(["tokenizer", "encode", "--tokenizer", str(tokenizers[0]), "--text", bad]) == 2
    assert "not valid UTF-8" in capsys.readouterr().err
    assert main(["sample", "--workspace", str(tmp_path), "--prompt", bad]) == 2
    assert "not valid UTF-8" in capsys.readouterr().err


def test_a_huge_word_is_cut_before_training(tmp_path):
    word = "a" * 5000
    assert max(len(w) for w in bound_words(f"hola {word} mundo").split()) == MAX_WORD_CHARS
    assert bound_words("hola mundo") == "hola mundo"
    corpus = tmp_path / "c.txt"
    corpus.write_text(("x" * 200_000 + "\n\n" + TEXT + "\n\n") * 2)
    events = list(tokenize.run(corpus, TokenizerConfig(vocab_size=300), tmp_path / "t.json"))
    assert events[-1].summary["vocab_size"] >= 260
    tok = BPETokenizer.load(tmp_path / "t.json")
    assert max(len(tok.token_bytes(i)) for i in range(tok.vocab_size)) <= MAX_WORD_CHARS + 1  # a space and the cut word


def test_stop_leaves_no_training_thread_behind(tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text(("y" * 100_000 + "\n\n" + TEXT + "\n\n") * 20)
    job = tokenize.run(corpus, TokenizerConfig(vocab_size=2000), tmp_path / "t.json")
    assert isinstance(next(job), Progress)
    done = job.throw(StopRequested())
    assert done.stopped and not (tmp_path / "t.json").exists()
    assert not [t for t in threading.enumerate() if t.name == tokenize.TRAINER_THREAD]
