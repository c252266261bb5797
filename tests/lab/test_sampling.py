import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from lab.config import ModelConfig
from lab.errors import LabError
from lab.model import GPT
from lab.sampling import (
    apply_temperature,
    entropy,
    generate,
    generate_stream,
    next_token_probabilities,
    probabilities,
    top_k_filter,
    top_p_filter,
)

CFG = ModelConfig(n_layer=2, n_head=2, n_embd=32, block_size=16)


pytestmark = pytest.mark.usefixtures("one_thread")


class ByteTokenizer:
    """A stand-in tokenizer: one token per UTF-8 byte, plus an end-of-text token."""

    vocab_size, eot_id = 257, 256

    def encode(self, text):
        return list(text.encode("utf-8"))

    def decode(self, ids):
        return bytes(i for i in ids if i < 256).decode("utf-8", errors="replace")


def make_model(seed=0) -> GPT:
    torch.manual_seed(seed)
    return GPT(CFG, ByteTokenizer.vocab_size).eval()


def kept(logits):
    return int(torch.isfinite(logits).sum())


def test_temperature_zero_is_greedy():
    model, prompt = make_model(), [72, 101, 108]
    steps = list(generate_stream(model, prompt, 10, temperature=0))
    ids = list(prompt)
    with torch.no_grad():
        for _ in range(10):  # greedy by recomputing the whole text each time
            ids.append(int(model(torch.tensor([ids])).logits[0, -1].argmax()))
    assert [s.token for s in steps] == ids[len(prompt):]


def test_temperature_towards_zero_approaches_greedy():
    logits = torch.tensor([1.0, 3.0, 2.9, -1.0])
    _, cold, _ = probabilities(logits, temperature=1e-3)
    _, greedy, _ = probabilities(logits, temperature=0)
    assert torch.equal(greedy, torch.tensor([0.0, 1.0, 0.0, 0.0]))
    assert torch.allclose(cold, greedy, atol=1e-6)


def test_temperature_scales_logits_and_refuses_negative_values():
    assert torch.equal(apply_temperature(torch.tensor([2.0, 4.0]), 2.0), torch.tensor([1.0, 2.0]))
    with pytest.raises(LabError, match="cannot be negative"):
        apply_temperature(torch.tensor([1.0]), -0.5)


def test_top_k_keeps_exactly_k_even_with_ties():
    logits = torch.tensor([1.0, 5.0, 1.0, 1.0, 3.0, 1.0])
    assert kept(top_k_filter(logits, 3)) == 3
    assert torch.isfinite(top_k_filter(logits, 2))[[1, 4]].all()
    assert torch.equal(top_k_filter(logits, 0), logits) and torch.equal(top_k_filter(logits, 99), logits)


def test_top_p_keeps_the_smallest_set_whose_mass_reaches_p():
    logits = torch.tensor([0.15, 0.5, 0.05, 0.3]).log()  # sorted: 0.5, 0.3, 0.15, 0.05
    keep = lambda p: torch.isfinite(top_p_filter(logits, p)).nonzero().flatten().tolist()  # noqa: E731
    assert keep(0.4) == [1]  # 0.5 alone reaches 0.4
    assert keep(0.5) == [1]  # … and exactly 0.5
    assert keep(0.8) == [1, 3]  # 0.5 + 0.3 = 0.8
    assert keep(0.81) == [0, 1, 3]  # needs 0.15 more
    assert keep(0.96) == [0, 1, 2, 3]
    assert keep(0.0) == [1]  # the best token always stays


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-5, 5), min_size=2, max_size=12), st.floats(0.01, 0.99))
def test_top_p_set_reaches_p_and_is_minimal(values, p):
    logits = torch.tensor(values)
    probs = logits.softmax(-1)
    kept_probs = probs[torch.isfinite(top_p_filter(logits, p))].sort(descending=True).values
    assert kept_probs.sum() >= p - 1e-5
    assert kept_probs[:-1].sum() < p + 1e-5  # without its least likely member, it would fall short


def test_filters_combine_temperature_then_top_k_then_top_p():
    logits = torch.tensor([4.0, 3.0, 2.0, 1.0, 0.0])
    raw, tempered, filtered = probabilities(logits, temperature=2.0, top_k=3, top_p=0.5)
    assert torch.allclose(raw, logits.softmax(-1)) and torch.allclose(tempered, (logits / 2).softmax(-1))
    top3 = (logits[:3] / 2).softmax(-1)  # 0.506, 0.307, 0.186: 0.506 alone reaches 0.5
    assert top3[0] > 0.5
    assert torch.equal(filtered, torch.tensor([1.0, 0.0, 0.0, 0.0, 0.0]))


def test_entropy_in_bits():
    assert entropy(torch.full((8,), 1 / 8)).item() == pytest.approx(3.0)
    assert entropy(torch.tensor([1.0, 0.0, 0.0])).item() == 0.0
    assert entropy(torch.full((4,), 0.25), base=math.e).item() == pytest.approx(math.log(4))


def test_same_seed_same_text_and_another_seed_another_text():
    model, tok = make_model(), ByteTokenizer()
    a = generate(model, tok, "Hola", 20, temperature=1.0, seed=3)
    assert a == generate(model, tok, "Hola", 20, temperature=1.0, seed=3)
    assert a != generate(model, tok, "Hola", 20, temperature=1.0, seed=4)


def test_each_step_reports_its_distributions_and_log_probability():
    steps = list(generate_stream(make_model(), [1, 2, 3], 4, temperature=0.7, top_k=5, seed=0))
    for step in steps:
        for probs in (step.raw, step.tempered, step.filtered):
            assert probs.shape == (257,) and probs.sum().item() == pytest.approx(1.0, abs=1e-5)
        assert int((step.filtered > 0).sum()) == 5
        assert step.logprob == pytest.approx(math.log(step.raw[step.token].item()), abs=1e-5)
        assert step.top(3)[0][1] == pytest.approx(step.filtered.max().item())


def test_generation_stops_after_a_stop_token():
    model = make_model()
    first = next(generate_stream(model, [5, 6], 1, temperature=0)).token
    steps = list(generate_stream(model, [5, 6], 10, temperature=0, stop_ids=(first,)))
    assert [s.token for s in steps] == [first]


def test_generation_runs_past_the_context_by_rebuilding_the_cache():
    model = make_model()
    steps = list(generate_stream(model, [1, 2, 3], 3 * CFG.block_size, temperature=0))
    assert len(steps) == 3 * CFG.block_size
    ids = [1, 2, 3] + [s.token for s in steps]
    with torch.no_grad():  # up to the first rebuild the cache sees exactly the full text
        for i in range(CFG.block_size - 3):
            assert steps[i].token == int(model(torch.tensor([ids[: 3 + i]])).logits[0, -1].argmax())


def test_next_token_probabilities_match_the_first_generated_step():
    model = make_model()
    raw, _, filtered = next_token_probabilities(model, [7, 8, 9], temperature=0.5, top_p=0.9)
    step = next(generate_stream(model, [7, 8, 9], 1, temperature=0.5, top_p=0.9, seed=0))
    assert torch.equal(raw, step.raw) and torch.equal(filtered, step.filtered)


def test_empty_prompt_is_refused():
    with pytest.raises(LabError, match="empty"):
        list(generate_stream(make_model(), [], 3))


def test_generation_leaves_the_model_in_its_training_mode():
    model = make_model().train()
    list(generate_stream(model, [1], 3, temperature=0))
    assert model.training
