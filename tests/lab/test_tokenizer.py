"""Byte-level BPE and the character tokenizer: round trips, special tokens, files, the lessons' numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tokenizers import Tokenizer

from lab.config import TokenizerConfig, WorldConfig
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Progress, StopRequested
from lab.jobs import tokenize
from lab.tokenizer import (
    ASSISTANT_ID,
    END_ID,
    EOT_ID,
    MIN_VOCAB,
    SPECIAL_TOKENS,
    USER_ID,
    BPETokenizer,
    CharTokenizer,
    growth,
    language_price,
    train_bpe,
)
from lab.world import generate

HARD_TEXTS = [
    "¿Cuál es la capital de España? ¡Madrid! Ñandú, pingüino, acción.",
    "emoji 😀👍🏽 and a family 👨‍👩‍👧 and flags 🇪🇸",
    "CJK: 漢字かなカナ한국어 and Arabic: مرحبا",
    "controls: \x00\x01\x1b[0m\r\n\t\x7f and a combining e\u0301 and NBSP\xa0here",
    "   leading and trailing spaces   \n\n\n",
    "<|user|>hola<|end|><|assistant|>¿qué tal?<|end|><|endoftext|>",
    "",
]


@pytest.fixture(scope="module")
def world():
    return generate(WorldConfig(seed=31, size_mb=0.2))


@pytest.fixture(scope="module")
def bpe(world):
    return train_bpe(world.text.split("\n\n"), TokenizerConfig(vocab_size=700))


@pytest.fixture(scope="module")
def char(world):
    return CharTokenizer.train([world.text])


@pytest.mark.parametrize("text", HARD_TEXTS)
def test_hard_texts_round_trip(bpe, char, text):
    assert bpe.decode(bpe.encode(text)) == text
    assert char.decode(char.encode(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_round_trips(bpe, char, text):
    assert bpe.decode(bpe.encode(text)) == text
    assert char.decode(char.encode(text)) == text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=50))
def test_token_bytes_spell_the_text(bpe, text):
    assert b"".join(bpe.token_bytes(i) for i in bpe.encode(text)) == text.encode("utf-8")


def test_special_tokens_have_fixed_low_ids_and_are_never_split(bpe, char):
    assert (EOT_ID, USER_ID, ASSISTANT_ID, END_ID) == (0, 1, 2, 3)
    for tok in (bpe, char):
        assert (tok.eot_id, tok.user_id, tok.assistant_id, tok.end_id) == (0, 1, 2, 3)
        for token_id, token in enumerate(SPECIAL_TOKENS):
            assert tok.encode(token) == [token_id]
            assert tok.token_str(token_id) == token
        ids = tok.encode("<|user|>¿Qué dice el perro?<|end|><|assistant|>El perro dice guau.<|end|>")
        assert ids[0] == USER_ID and ids[-1] == END_ID and ids.count(END_ID) == 2 and ids.count(ASSISTANT_ID) == 1


def test_learned_tokens_make_text_shorter_than_bytes(bpe, world):
    sentence = "La capital de Francia es París."
    assert len(bpe.encode(sentence)) < len(sentence.encode("utf-8")) / 2
    assert bpe.vocab_size == 700
    assert " capital" in bpe.tokens("La capital de Francia")  # a whole word, with its space


def test_saved_file_loads_with_plain_tokenizers_and_encodes_the_same(bpe, tmp_path):
    path = bpe.save(tmp_path / "tokenizer.json")
    plain = Tokenizer.from_file(str(path))
    loaded = BPETokenizer.load(path)
    for text in HARD_TEXTS:
        assert plain.encode(text).ids == bpe.encode(text) == loaded.encode(text)
    assert json.loads(path.read_text())["model"]["type"] == "BPE"


def test_loading_a_missing_or_broken_file_is_a_clear_error(tmp_path):
    with pytest.raises(LabError, match="no tokenizer"):
        BPETokenizer.load(tmp_path / "missing.json")
    (tmp_path / "broken.json").write_text("{not json")
    with pytest.raises(LabError, match="not a tokenizer file"):
        BPETokenizer.load(tmp_path / "broken.json")


def test_vocabulary_below_bytes_and_specials_is_refused():
    with pytest.raises(LabError, match="Vocabulary size must be between 260"):
        train_bpe(["hola mundo"], TokenizerConfig(vocab_size=259))


def test_vocabulary_larger_than_the_corpus_supports_stops_at_the_real_size():
    tok = train_bpe(["hola hola mundo mundo"] * 3, TokenizerConfig(vocab_size=5000))
    assert MIN_VOCAB < tok.vocab_size < 300
    assert tok.decode(tok.encode("hola, mundo nuevo")) == "hola, mundo nuevo"


@pytest.mark.parametrize("texts", [[], [""], ["", "  \n "]])
def test_an_empty_corpus_is_refused(texts):
    with pytest.raises(LabError, match="corpus is empty"):
        train_bpe(texts, TokenizerConfig(vocab_size=300))


def test_merges_are_in_order_and_make_the_ids_after_the_bytes(bpe):
    vocab = bpe.hf.get_vocab()
    assert len(bpe.merges) == bpe.vocab_size - MIN_VOCAB
    assert all(vocab[a + b] == MIN_VOCAB + rank for rank, (a, b) in enumerate(bpe.merges))


def test_tokens_get_fewer_as_the_vocabulary_grows(bpe):
    steps = growth(bpe, "¿Cuál es la capital de Francia? The capital of France is Paris.")
    sizes = [s["vocab_size"] for s in steps]
    assert sizes[0] == MIN_VOCAB and sizes[-1] == bpe.vocab_size and sizes == sorted(sizes)
    counts = [len(s["tokens"]) for s in steps]
    assert counts[0] == len("¿Cuál es la capital de Francia? The capital of France is Paris.".encode())
    assert counts == sorted(counts, reverse=True) and counts[-1] < counts[0] / 2
    assert steps[-1]["ids"] == bpe.encode("¿Cuál es la capital de Francia? The capital of France is Paris.")


def test_character_tokenizer_falls_back_to_bytes_for_unseen_characters(char, tmp_path):
    assert len(char.encode("perro")) == 5
    assert len(char.encode("😀")) == 4  # never seen in the world: its four UTF-8 bytes
    loaded = CharTokenizer.load(char.save(tmp_path / "chars.json"))
    assert loaded.encode("¿Qué dice el perro? 😀") == char.encode("¿Qué dice el perro? 😀")
    assert loaded.vocab_size == char.vocab_size


def test_the_language_a_tokenizer_saw_less_pays_more_tokens(world):
    rows = language_price(world, mixes=(0.1, 0.9), vocab_size=600, train_chars=100_000)
    mostly_en, mostly_es = rows
    assert mostly_es["es_chars_per_token"] > mostly_en["es_chars_per_token"]
    assert mostly_en["en_chars_per_token"] > mostly_es["en_chars_per_token"]
    assert mostly_es["es_tokens"] < mostly_en["es_tokens"]


# --- the job -----------------------------------------------------------------------------
def test_tokenize_job_saves_the_tokenizer_and_reports_for_the_page(world, tmp_path):
    corpus = tmp_path / "clean.txt"
    corpus.write_text(world.text, encoding="utf-8")
    events = list(tokenize.run(corpus, TokenizerConfig(vocab_size=5000), tmp_path / "tokenizer.json"))
    assert isinstance(events[0], Progress) and isinstance(events[-1], Done)
    assert [e.path for e in events if isinstance(e, Checkpoint)] == [str(tmp_path / "tokenizer.json")]
    art = {e.kind: e.data for e in events if isinstance(e, Artifact)}
    assert set(art) == {"merges", "growth", "language_price", "lengths", "token_frequencies"}
    tok = BPETokenizer.load(tmp_path / "tokenizer.json")
    done = events[-1].summary
    assert done["vocab_size"] == tok.vocab_size < done["vocab_size/requested"] == 5000  # the world is small
    first = art["merges"]["merges"][0]
    assert tok.token_str(first["id"]) == first["left"] + first["right"] == first["token"]
    freq = art["token_frequencies"]
    assert len(freq["counts"]) == tok.vocab_size and sum(freq["counts"]) == freq["total"]
    assert freq["total"] == art["lengths"]["bpe_tokens"] < art["lengths"]["chars"] == art["lengths"]["char_tokens"]
    assert freq["top"][0]["count"] == max(freq["counts"])
    assert art["language_price"]["es"]["docs"] > art["language_price"]["en"]["docs"] > 0


def test_tokenize_job_refuses_bad_corpora_before_it_starts(tmp_path):
    with pytest.raises(LabError, match="no corpus"):
        tokenize.run(tmp_path / "missing.txt")
    (tmp_path / "empty.txt").write_text("\n  \n")
    with pytest.raises(LabError, match="corpus is empty"):
        tokenize.run(tmp_path / "empty.txt")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(LabError, match="not a text file"):
        tokenize.run(tmp_path / "binary.txt")
    with pytest.raises(LabError, match="Vocabulary size"):
        tokenize.run(tmp_path / "binary.txt", TokenizerConfig(vocab_size=10))
    (tmp_path / "late.txt").write_bytes(b"Un texto normal.\n\n" * 5000 + b"\x00\x01 binario")
    with pytest.raises(LabError, match="not a text file"):  # past the first 64 KB: found while training
        list(tokenize.run(tmp_path / "late.txt", TokenizerConfig(vocab_size=300), tmp_path / "t.json"))
    assert not (tmp_path / "t.json").exists()


def test_tokenize_job_stopped_saves_nothing(world, tmp_path):
    corpus = tmp_path / "clean.txt"
    corpus.write_text(world.text, encoding="utf-8")
    job = tokenize.run(corpus, TokenizerConfig(vocab_size=600), tmp_path / "tokenizer.json")
    assert isinstance(next(job), Progress)
    assert job.throw(StopRequested()) == Done({}, stopped=True)
    assert not (tmp_path / "tokenizer.json").exists()
