"""What the Playground computes, checked without a GUI on a small random model."""

import math

import pytest
import torch

from lab import playground, sampling
from lab.config import ModelConfig, preset
from lab.events import Done, Sample
from lab.model import GPT
from lab.tokenizer import CharTokenizer

TEXT = "the cat says meow. el gato dice miau."


@pytest.fixture
def session():
    torch.manual_seed(0)
    tok = CharTokenizer.train([TEXT])
    model = GPT(preset(ModelConfig, "tiny", block_size=16), tok.vocab_size).eval()
    s = playground.Session(model, tok)
    s.set_prompt("the cat")
    return s


def test_next_token_view_shows_the_samplers_probabilities_best_first(session):
    logits = session.logits()
    view = playground.next_token_view(logits, 0.7, 5, None, n=8)
    raw, tempered, filtered = sampling.probabilities(logits, 0.7, 5, None)
    assert view.ids == raw.topk(8).indices.tolist()
    assert view.tempered == pytest.approx(tempered[view.ids].tolist())
    assert view.filtered == pytest.approx(filtered[view.ids].tolist())
    assert view.kept == 5 and sum(p > 0 for p in view.filtered) == 5
    assert view.cumulative[-1] <= 1.0 + 1e-6 and view.cumulative == sorted(view.cumulative)


def test_the_logits_are_those_of_a_plain_forward_pass(session):
    with torch.no_grad():
        expected = session.model(torch.tensor([session.ids])).logits[0, -1]
    assert torch.allclose(session.logits(), expected, atol=1e-6)


def test_attention_maps_are_causal_and_rows_sum_to_one(session):
    maps, mask, labels = session.attention()
    n = len(session.ids)
    assert maps.shape == (2, 2, n, n) and labels == list("the cat")
    assert (maps[..., ~mask] == 0).all()
    assert torch.allclose(maps.sum(-1), torch.ones(2, 2, n), atol=1e-5)


def test_a_step_at_temperature_zero_takes_the_most_likely_token_and_undo_takes_it_back(session):
    best = int(session.logits().argmax())
    chosen = session.step(0.0, None, None)
    assert chosen.token == best and not chosen.picked and session.ids[-1] == best
    session.undo()
    assert session.ids == session.prompt_ids


def test_a_picked_token_carries_the_models_probability(session):
    raw = sampling.probabilities(session.logits())[0]
    chosen = session.choose(7)
    assert chosen.picked and chosen.probability == pytest.approx(float(raw[7]))


def test_entropy_grows_with_temperature(session):
    tempered, filtered = playground.entropy_by_temperature(session.logits(), [0.1, 1.0, 3.0], top_k=3)
    assert tempered == sorted(tempered) and filtered == sorted(filtered)
    assert filtered[-1] <= math.log2(3) + 1e-6  # top-k = 3: three tokens at most


def test_the_sample_grid_draws_n_continuations_per_temperature(session):
    events = list(playground.sample_grid(session.model, session.tokenizer, "the", [0.0, 1.0], 2, max_new_tokens=4))
    samples = [e for e in events if isinstance(e, Sample)]
    assert [s.tag for s in samples] == ["0", "0", "1", "1"]
    assert samples[0].text == samples[1].text  # temperature 0: the same greedy text every time
    assert isinstance(events[-1], Done)
