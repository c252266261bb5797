import math

import pytest
import torch
import torch.nn.functional as F  # noqa: N812

from lab import checkpoint
from lab.config import ModelConfig
from lab.errors import LabError
from lab.model import (
    GPT,
    check_config,
    count_params,
    diagram,
    flops_per_token,
    from_checkpoint,
    model_meta,
    same_shape,
    state_for_save,
    training_memory,
)

CFG = ModelConfig(n_layer=2, n_head=2, n_embd=32, block_size=24)
V = 50


pytestmark = pytest.mark.usefixtures("one_thread")


def make_model(cfg=CFG, vocab=V, seed=0, **kw) -> GPT:
    torch.manual_seed(seed)
    return GPT(cfg, vocab, **kw).eval()


def tokens(n, seed=1, vocab=V):
    return torch.randint(vocab, (2, n), generator=torch.Generator().manual_seed(seed))


def reference_logits(model: GPT, idx: torch.Tensor) -> torch.Tensor:
    """GPT-2's forward written out with plain ops, independently of the model's modules."""
    sd, cfg = model.state_dict(), model.cfg
    B, T = idx.shape  # noqa: N806
    nh, C = cfg.n_head, cfg.n_embd  # noqa: N806
    x = sd["transformer.wte.weight"][idx] + sd["transformer.wpe.weight"][:T]
    mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
    for i in range(cfg.n_layer):
        p = lambda name: sd[f"transformer.h.{i}.{name}"]  # noqa: E731, B023
        h = F.layer_norm(x, (C,), p("ln_1.weight"), p("ln_1.bias"))
        q, k, v = (h @ p("attn.c_attn.weight").T + p("attn.c_attn.bias")).split(C, dim=-1)
        q, k, v = (t.reshape(B, T, nh, C // nh).transpose(1, 2) for t in (q, k, v))
        att = (q @ k.transpose(-1, -2) / math.sqrt(C // nh)).masked_fill(~mask, float("-inf")).softmax(-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, C)
        x = x + y @ p("attn.c_proj.weight").T + p("attn.c_proj.bias")
        h = F.layer_norm(x, (C,), p("ln_2.weight"), p("ln_2.bias"))
        h = F.gelu(h @ p("mlp.c_fc.weight").T + p("mlp.c_fc.bias"), approximate="tanh")
        x = x + h @ p("mlp.c_proj.weight").T + p("mlp.c_proj.bias")
    x = F.layer_norm(x, (C,), sd["transformer.ln_f.weight"], sd["transformer.ln_f.bias"])
    return x @ sd["transformer.wte.weight"].T


def test_forward_matches_a_written_out_gpt2():
    model, idx = make_model(), tokens(10)
    with torch.no_grad():
        assert torch.allclose(model(idx).logits, reference_logits(model, idx), atol=1e-5)


def test_cached_generation_gives_the_same_logits_as_full_recomputation():
    model, idx = make_model(), tokens(CFG.block_size)
    with torch.no_grad():
        full = model(idx).logits  # (2, T, V)
        out = model(idx[:, :8], use_cache=True)
        pieces, past = [out.logits], out.past
        for t in range(8, CFG.block_size):
            out = model(idx[:, t:t + 1], past, use_cache=True)
            pieces.append(out.logits)
            past = out.past
    assert torch.allclose(torch.cat(pieces, dim=1), full, atol=1e-5)


def test_cache_accepts_several_new_tokens_at_once():
    model, idx = make_model(), tokens(12)
    with torch.no_grad():
        past = model(idx[:, :5], use_cache=True).past
        assert torch.allclose(model(idx[:, 5:], past).logits, model(idx).logits[:, 5:], atol=1e-5)


def test_changing_a_later_token_never_changes_earlier_logits():
    model, idx = make_model(), tokens(16)
    changed = idx.clone()
    changed[:, 10] = (changed[:, 10] + 1) % V
    with torch.no_grad():
        a, b = model(idx).logits, model(changed).logits
    assert torch.equal(a[:, :10], b[:, :10])
    assert not torch.allclose(a[:, 10:], b[:, 10:])


def test_attention_weights_are_causal_rows_of_probabilities_and_match_the_fast_path():
    model, idx = make_model(), tokens(9)
    with torch.no_grad():
        slow, fast = model(idx, return_attn=True), model(idx)
    assert torch.allclose(slow.logits, fast.logits, atol=1e-5)
    assert len(slow.attn) == CFG.n_layer
    for weights in slow.attn:
        assert weights.shape == (2, CFG.n_head, 9, 9)
        assert torch.allclose(weights.sum(-1), torch.ones(2, CFG.n_head, 9))
        assert torch.all(weights.triu(diagonal=1) == 0)


def test_output_layer_is_tied_to_the_token_embedding():
    model, idx = make_model(), tokens(5)
    with torch.no_grad():
        out = model(idx)
    assert torch.allclose(out.logits, out.hidden @ model.transformer.wte.weight.T)
    assert "lm_head.weight" not in model.state_dict()  # tied: saved once, as HF's transformer.wte.weight


def test_parameter_names_map_onto_hugging_face_gpt2():
    names = set(make_model().state_dict())
    for name in ("transformer.wte.weight", "transformer.wpe.weight", "transformer.h.1.ln_1.bias",
                 "transformer.h.0.attn.c_attn.weight", "transformer.h.0.attn.c_proj.bias",
                 "transformer.h.0.mlp.c_fc.weight", "transformer.h.0.mlp.c_proj.weight", "transformer.ln_f.weight"):
        assert name in names


def test_parameter_count_and_flops_per_token_match_hand_computation():
    cfg = ModelConfig(n_layer=2, n_head=2, n_embd=64, block_size=32)
    # wte 100·64 = 6400, wpe 32·64 = 2048, per block 12·64² + 13·64 = 49984, ln_f 128
    assert count_params(cfg, 100) == 6400 + 2048 + 2 * 49984 + 128 == 108544
    assert make_model(cfg, 100).num_params() == 108544
    assert count_params(cfg, 100, non_embedding=True) == 106496
    # 6·N + 12·L·C·T = 6·106496 + 12·2·64·32
    assert flops_per_token(cfg, 100) == 638976 + 49152 == 688128
    assert count_params(cfg, 100, scalar_head=True) == make_model(cfg, 100, scalar_head=True).num_params()


def test_training_memory_adds_up_and_grows_with_the_batch():
    one, eight = training_memory(CFG, V, 1), training_memory(CFG, V, 8)
    assert one["weights"] == 4 * count_params(CFG, V) and one["optimizer"] == 2 * one["weights"]
    assert one["total"] == sum(v for k, v in one.items() if k != "total")
    assert eight["activations"] == 8 * one["activations"]


def test_a_checkpoint_reloads_to_identical_logits(tmp_path):
    model, idx = make_model(), tokens(7)
    checkpoint.save(tmp_path, state_for_save(model), model_meta(model))
    again = from_checkpoint(*checkpoint.load(tmp_path)).eval()
    with torch.no_grad():
        assert torch.equal(model(idx).logits, again(idx).logits)


def test_scalar_head_gives_one_value_per_position_and_can_start_from_a_language_model(tmp_path):
    model = make_model()
    checkpoint.save(tmp_path, state_for_save(model), model_meta(model))
    reward = from_checkpoint(*checkpoint.load(tmp_path), scalar_head=True).eval()
    with torch.no_grad():
        out = reward(tokens(6), with_logits=False)
    assert out.values.shape == (2, 6) and out.logits is None
    assert torch.equal(reward.transformer.wte.weight, model.transformer.wte.weight)


def test_text_longer_than_the_context_is_refused():
    with pytest.raises(LabError, match="at most 24 tokens"):
        make_model()(tokens(25))


def test_width_that_does_not_divide_by_heads_is_refused_with_a_suggestion():
    with pytest.raises(LabError, match="such as 64"):
        check_config(ModelConfig(n_layer=2, n_head=4, n_embd=66), V)


def test_model_too_big_for_memory_is_refused():
    big = ModelConfig(n_layer=24, n_head=16, n_embd=1024, block_size=1024)
    with pytest.raises(LabError, match="GB of memory"):
        check_config(big, 50257, batch_size=8, memory_bytes=8 * 10**9)
    check_config(CFG, V, batch_size=8, memory_bytes=8 * 10**9)  # a small one passes


def test_diagram_lists_the_tensor_shapes_of_one_batch():
    rows = dict(diagram(CFG, V, batch=3, seq=10))
    assert rows["tokens"] == (3, 10)
    assert rows["transformer.h.*.attn.c_attn"] == (3, 10, 3 * CFG.n_embd)
    assert rows["transformer.h.*.attn.softmax(q·kᵀ/√hs)"] == (3, CFG.n_head, 10, 10)
    assert rows["lm_head (wteᵀ)"] == (3, 10, V)


def test_dropout_is_not_part_of_the_shape():
    from dataclasses import replace

    assert same_shape(CFG, replace(CFG, dropout=0.2))
    assert not same_shape(CFG, replace(CFG, n_layer=3))
