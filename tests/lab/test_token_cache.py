"""The workspace's corpus is encoded once per corpus and tokenizer; later runs read the ids back."""

import pytest
import torch

from lab import data, token_cache
from lab.token_cache import CACHE_FILE, encoded_corpus
from lab.workspace import Workspace


class Bytes:
    """A tokenizer that counts its calls: one id per UTF-8 byte."""

    vocab_size = 256

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, text: str) -> list[int]:
        self.calls += 1
        return list(text.encode("utf-8"))

    def decode(self, ids) -> str:
        return bytes(ids).decode("utf-8", errors="replace")


@pytest.fixture
def ws(tmp_path):
    ws = Workspace(tmp_path / "ws")
    ws.tokenizer_path.write_text('{"a tokenizer": 1}')
    return ws


def test_the_second_run_reads_the_ids_instead_of_encoding(ws):
    tok = Bytes()
    first = encoded_corpus(ws, "el gato dice miau", tok)
    again = encoded_corpus(ws, "el gato dice miau", tok)
    assert torch.equal(first, data.encode("el gato dice miau", Bytes())) and torch.equal(again, first)
    assert tok.calls == 1


def test_another_corpus_or_tokenizer_encodes_again(ws):
    tok = Bytes()
    encoded_corpus(ws, "el gato dice miau", tok)
    assert encoded_corpus(ws, "the cat says meow", tok).tolist() == list(b"the cat says meow")
    ws.tokenizer_path.write_text('{"another tokenizer": 2}')
    encoded_corpus(ws, "the cat says meow", tok)
    assert tok.calls == 3


def test_a_damaged_cache_is_encoded_again(ws):
    tok = Bytes()
    encoded_corpus(ws, "el gato", tok)
    (ws.root / CACHE_FILE).write_bytes(b"not safetensors")
    assert encoded_corpus(ws, "el gato", tok).tolist() == list(b"el gato")
    assert tok.calls == 2


def test_pretraining_on_the_workspaces_corpus_uses_the_cache(ws, monkeypatch):
    seen = []
    monkeypatch.setattr(token_cache, "encoded_corpus", lambda w, text, tok: seen.append(text) or data.encode(text, tok))
    from lab.config import ModelConfig, PretrainConfig
    from lab.jobs import pretrain

    ws.clean_text_path.write_text("the cat sat on the mat. " * 100, encoding="utf-8")
    monkeypatch.setattr(pretrain, "load_tokenizer", lambda _ws: Bytes())
    job = pretrain.run(ws, ModelConfig(n_layer=1, n_head=1, n_embd=8, block_size=8),
                       PretrainConfig(max_steps=1, batch_size=2, eval_every=1, warmup_steps=0))
    list(job)
    assert seen == ["the cat sat on the mat. " * 100]
