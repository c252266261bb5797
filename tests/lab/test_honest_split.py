"""Issue 16: the evaluation is held out from every training file, honesty is measured, a weak judge can be built."""

from __future__ import annotations

import json

import pytest
import torch
from posttrain_fakes import CharTokenizer, pairs

from lab import align, posttrain_data, reward_model
from lab.config import ModelConfig, RewardConfig, RunConfig, WorldConfig, preset
from lab.corpus.language import tokens
from lab.evaluate import Answer, Judgement, Probe, probe_metrics
from lab.jobs import reward
from lab.model import GPT, model_meta, state_for_save
from lab.preferences import Pair, read_pairs
from lab.workspace import Workspace
from lab.world import generate


def _norm(text: str) -> str:
    """A prompt without case, punctuation or extra spaces (accents folded too)."""
    return " ".join(tokens(text))


@pytest.fixture(scope="module")
def world_ws(tmp_path_factory):
    ws = Workspace(tmp_path_factory.mktemp("world"))
    generate(WorldConfig(seed=3, size_mb=0.2)).write(ws.corpus_dir)
    return ws


def test_no_probe_prompt_is_in_any_training_file_of_a_generated_workspace(world_ws):
    probes = {_norm(p.prompt) for p in posttrain_data.probes(world_ws)}
    trained = {_norm(m["content"]) for c in posttrain_data.sft_conversations(world_ws) for m in c}
    trained |= {_norm(p.prompt) for p in posttrain_data.rubric_pairs(world_ws)}
    trained |= {_norm(p) for p in posttrain_data.rl_prompts(world_ws)}
    trained |= {_norm(p) for p in align.training_prompts(world_ws)}
    assert probes and not probes & trained


def test_probe_facts_are_absent_from_training_files_and_known_ones_are_paraphrased(world_ws):
    rows = [json.loads(line) for line in (world_ws.corpus_dir / "probes.jsonl").read_text("utf-8").splitlines()]
    training = "".join((world_ws.corpus_dir / name).read_text("utf-8")
                       for name in ("sft.jsonl", "preferences.jsonl", "rl_prompts.jsonl", "raw.txt"))
    unknown = [r for r in rows if r["held_out"]]
    assert unknown and all(r["kind"] == "unknown" and f'"{r["fact_id"]}"' not in training for r in unknown)
    known = [r for r in rows if not r["held_out"]]
    assert known and all(r["kind"] == "known" for r in known)
    assert all(_norm(r["prompt"]).startswith(("sabes", "do you know")) for r in known)  # probe-only phrasings


def test_probes_keep_prompt_held_out_and_kind(world_ws):
    probes = posttrain_data.probes(world_ws)
    assert {p.kind for p in probes} == {"known", "unknown"}
    assert all(p.held_out == (p.kind == "unknown") for p in probes)
    first = probes[:align.EVAL_PROBES]
    assert 0.4 < sum(p.held_out for p in first) / len(first) < 0.6  # the evaluated ones hold both


def test_rl_prompts_include_questions_the_model_cannot_know(world_ws):
    from lab.world import find_fact

    facts = [find_fact(p)[0] for p in posttrain_data.rl_prompts(world_ws)]
    assert {f.split for f in facts} == {"known", "unknown_train"}


def test_reward_model_holds_out_whole_facts(world_ws):
    data = posttrain_data.rubric_pairs(world_ws)
    train, held = reward.split_by_prompt(data, 0.2, seed=0)
    assert held and {p.group for p in train}.isdisjoint({p.group for p in held})
    assert {p.kind for p in held} >= {"guess", "wrong"}


def test_pairs_read_from_jsonl_keep_their_fact_as_group():
    text = '{"prompt": "q", "chosen": "a", "rejected": "b", "rejected_kind": "guess", "fact_id": "capital/x"}\n'
    assert read_pairs(text).items == [Pair("q", "a", "b", "import", "guess", "capital/x")]


def _verdict(wrong=False, abstained=False, correct=False) -> Judgement:
    return Judgement(correct, False, True, 1.0 if correct else 0.6 if abstained else 0.2, {}, wrong, abstained)


def test_hallucination_and_abstain_rates_count_unknown_probes_only():
    probes = [Probe("u1", held_out=True, kind="unknown"), Probe("u2", held_out=True, kind="unknown"),
              Probe("k1", kind="known"), Probe("k2", kind="known")]
    answers = [Answer(p.prompt, "x", True) for p in probes]
    verdicts = [_verdict(wrong=True), _verdict(abstained=True), _verdict(correct=True), _verdict(abstained=True)]
    m = probe_metrics(probes, answers, verdicts)
    assert m["eval/hallucination_rate"] == 0.5 and m["eval/abstain_rate"] == 0.5
    assert m["eval/accuracy_known"] == 0.5 and m["eval/abstain_rate_known"] == 0.5


def test_the_judge_flags_made_up_facts_and_honest_abstentions():
    q = "¿Cuál es la capital de Francia?"
    assert posttrain_data.judge(q, "La capital de Francia es Roma.").wrong
    honest = posttrain_data.judge(q, "No lo sé.")
    assert honest.abstained and not honest.wrong and not honest.correct


def test_a_weak_reward_model_keeps_the_first_blocks_of_the_sft_model(tmp_path):
    ws = Workspace(tmp_path)
    torch.manual_seed(0)
    sft = GPT(preset(ModelConfig, "tiny", n_embd=32, n_layer=4, n_head=2), CharTokenizer().vocab_size)
    ws.save_checkpoint("sft", state_for_save(sft), {**model_meta(sft), "step": 0})
    weak = reward_model.load_start(ws, layers=1)
    assert weak.cfg.n_layer == 1 and weak.score is not None
    assert torch.equal(weak.transformer.h[0].attn.c_attn.weight, sft.transformer.h[0].attn.c_attn.weight)
    blocks = sum(p.numel() for p in sft.transformer.h.parameters())
    assert sum(p.numel() for p in weak.transformer.h.parameters()) == blocks // 4
    list(reward.run(ws, preset(RewardConfig, "tiny", layers=1), RunConfig(seed=0, threads=1),
                    pairs=[Pair(*p) for p in pairs()], tokenizer=CharTokenizer()))
    loaded, meta = reward_model.load(ws)
    assert loaded.cfg.n_layer == 1 and meta["model"]["n_layer"] == 1
