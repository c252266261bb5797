import math

import pytest
import torch
from posttrain_fakes import CharTokenizer, conversations, pairs, probes, tiny_workspace, toy_judge

from lab import reward_model
from lab.config import ModelConfig, RewardConfig, RunConfig, SFTConfig, preset
from lab.errors import LabError
from lab.events import Artifact, Done, Metrics
from lab.jobs import reward, sft
from lab.losses import bradley_terry_loss
from lab.model import GPT
from lab.preferences import Pair


def test_bradley_terry_loss_matches_hand_computation():
    chosen, rejected = torch.tensor([2.0, 0.0, -1.0]), torch.tensor([1.0, 0.0, 1.0])
    by_hand = -(math.log(1 / (1 + math.exp(-1))) + math.log(0.5) + math.log(1 / (1 + math.exp(2)))) / 3
    assert bradley_terry_loss(chosen, rejected).item() == pytest.approx(by_hand, rel=1e-6)


def test_bradley_terry_loss_depends_only_on_the_difference():
    c, r = torch.tensor([0.3, -2.0]), torch.tensor([1.1, 0.5])
    assert bradley_terry_loss(c + 7.0, r + 7.0).item() == pytest.approx(bradley_terry_loss(c, r).item())


def test_score_reads_the_head_at_the_last_token_whatever_the_padding():
    torch.manual_seed(0)
    tok = CharTokenizer()
    model = GPT(preset(ModelConfig, "tiny", n_embd=32, n_layer=1, n_head=2), tok.vocab_size, scalar_head=True)
    alone = reward_model.score(model, tok, "hi?", "ok.")
    batch = reward_model.score_batch(model, tok, ["hi?", "a much longer question here?"], ["ok.", "fine."])
    assert batch[0] == pytest.approx(alone, abs=1e-5)


def test_split_by_prompt_keeps_held_out_prompts_apart():
    data = [Pair(*p) for p in pairs()]
    train, held = reward.split_by_prompt(data, 0.25, seed=0)
    assert held and train and not {p.prompt for p in train} & {p.prompt for p in held}
    assert len(train) + len(held) == len(data)


def test_one_prompt_is_not_enough_to_hold_some_out():
    with pytest.raises(LabError, match="at least two different prompts"):
        reward.split_by_prompt([Pair("q", "a", "b")], 0.2, 0)


def sft_workspace(tmp_path):
    ws = tiny_workspace(tmp_path)
    list(sft.run(ws, preset(SFTConfig, "tiny", max_steps=2), RunConfig(threads=1), conversations=conversations(),
                 probes=probes(), judge=toy_judge, tokenizer=CharTokenizer()))
    return ws


def test_reward_job_runs_on_the_tiny_preset(tmp_path):
    ws = sft_workspace(tmp_path)
    events = list(reward.run(ws, preset(RewardConfig, "tiny"), RunConfig(seed=0, threads=1),
                             pairs=[Pair(*p) for p in pairs()], tokenizer=CharTokenizer()))
    metrics = [e for e in events if isinstance(e, Metrics)]
    evals = [m for m in metrics if "eval/pair_accuracy" in m.values]
    assert evals[0].step == 0 and evals[-1].step == 10
    assert {"reward/margin", "reward/chosen", "reward/rejected", "loss/val"} <= set(evals[-1].values)
    assert any("loss/train" in m.values for m in metrics)
    scores = [e for e in events if isinstance(e, Artifact) and e.kind == "reward/scores"]
    assert scores and len(scores[-1].data["chosen"]) == len(scores[-1].data["rejected"]) > 0
    assert isinstance(events[-1], Done)
    model, meta = reward_model.load(ws)
    assert meta["scalar_head"] is True and model.score is not None


def test_reward_model_learns_to_rank_the_training_pairs(tmp_path):
    ws = sft_workspace(tmp_path)
    data = [Pair(*p) for p in pairs()]
    list(reward.run(ws, preset(RewardConfig, "tiny", max_steps=40, lr=3e-3, held_out=0.25, knowledge_prior=False),
                    RunConfig(seed=0, threads=1), pairs=data, tokenizer=CharTokenizer()))
    model, _ = reward_model.load(ws)
    tok = CharTokenizer()
    chosen = reward_model.score_batch(model, tok, [p.prompt for p in data], [p.chosen for p in data])
    rejected = reward_model.score_batch(model, tok, [p.prompt for p in data], [p.rejected for p in data])
    assert sum(c > r for c, r in zip(chosen, rejected, strict=True)) / len(data) >= 0.75


def test_reward_without_an_sft_model_says_to_run_sft_first(tmp_path):
    ws = tiny_workspace(tmp_path)
    with pytest.raises(LabError, match="no SFT model yet.*llm-lab sft"):
        list(reward.run(ws, preset(RewardConfig, "tiny"), pairs=[Pair(*p) for p in pairs()],
                        tokenizer=CharTokenizer()))


def test_pairs_file_with_bad_lines_is_used_and_reported(tmp_path):
    from lab.preferences import pairs_jsonl

    ws = sft_workspace(tmp_path)
    path = tmp_path / "pairs.jsonl"
    path.write_text(pairs_jsonl([Pair(*p) for p in pairs()]) + '{"prompt": "q", "chosen": "x", "rejected": "x"}\n',
                    encoding="utf-8")
    events = list(reward.run(ws, preset(RewardConfig, "tiny", max_steps=2), RunConfig(threads=1), pairs_path=path,
                             tokenizer=CharTokenizer()))
    data = next(e for e in events if isinstance(e, Artifact) and e.kind == "reward/data")
    assert data.data["pairs"] == 8 and "identical" in data.data["problems"][0]


def test_cli_reward_trains_on_a_pairs_file(tmp_path, capsys):
    from posttrain_fakes import prepared_workspace

    from lab.cli import main
    from lab.preferences import pairs_jsonl

    ws = prepared_workspace(tmp_path / "ws", stages=("pretrain", "sft"))
    path = tmp_path / "pairs.jsonl"
    path.write_text(pairs_jsonl([Pair(*p) for p in pairs()]) + "oops\n", encoding="utf-8")
    code = main(["reward", "--workspace", str(ws.root), "--preset", "tiny", "--pairs", str(path),
                 "--max-steps", "2", "--threads", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == 0 and "skipped: Line 9" in err and "eval/pair_accuracy" in err
    assert ws.has_checkpoint("reward")


def test_accuracy_by_kind_counts_each_kind_of_rejected_answer():
    held = [Pair("q", "a", "b", kind="rude"), Pair("q", "a", "c", kind="wrong"), Pair("q", "a", "d", kind="wrong"),
            Pair("q", "a", "e")]
    assert reward_model.accuracy_by_kind(held, [True, True, False, True]) == {
        "pair_accuracy/rude": 1.0, "pair_accuracy/wrong": 0.5}


def test_the_knowledge_prior_adds_the_mean_log_probability_of_the_answer():
    torch.manual_seed(0)
    tok = CharTokenizer()
    model = GPT(preset(ModelConfig, "tiny", n_embd=32, n_layer=1, n_head=2), tok.vocab_size, scalar_head=True).eval()
    head_only = reward_model.score(model, tok, "hi?", "ok.")
    model.knowledge_prior = True
    ids = reward_model.sequence(tok, "hi?", "ok.")
    start = reward_model.answer_start(tok, "hi?")
    with torch.no_grad():
        logp = model(torch.tensor([ids])).logits[0].log_softmax(-1)
    by_hand = sum(float(logp[t - 1, ids[t]]) for t in range(start, len(ids))) / (len(ids) - start)
    assert reward_model.score(model, tok, "hi?", "ok.") == pytest.approx(head_only + by_hand, abs=1e-5)


def test_scoring_without_the_prior_reads_the_head_alone_of_a_model_trained_with_it():
    torch.manual_seed(0)
    tok = CharTokenizer()
    model = GPT(preset(ModelConfig, "tiny", n_embd=32, n_layer=1, n_head=2), tok.vocab_size, scalar_head=True).eval()
    head_only = reward_model.score_batch(model, tok, ["hi?", "and you?"], ["ok.", "fine."])
    model.knowledge_prior = True
    assert reward_model.score_batch(model, tok, ["hi?", "and you?"], ["ok.", "fine."], prior=False) == head_only


@pytest.mark.parametrize("prior", [True, False])
def test_with_the_prior_only_the_head_trains(tmp_path, prior):
    ws = sft_workspace(tmp_path)
    sft_weights, _ = ws.load_checkpoint("sft")
    list(reward.run(ws, preset(RewardConfig, "tiny", max_steps=3, knowledge_prior=prior), RunConfig(threads=1),
                    pairs=[Pair(*p) for p in pairs()], tokenizer=CharTokenizer()))
    rm_weights, meta = ws.load_checkpoint("reward")
    body = "transformer.h.0.mlp.c_fc.weight"
    assert torch.equal(rm_weights[body], sft_weights[body]) is prior
    assert meta["knowledge_prior"] is prior and reward_model.load(ws)[0].knowledge_prior is prior


def test_frozen_reads_score_and_teach_the_head_as_a_full_pass_does():
    torch.manual_seed(0)
    tok = CharTokenizer()
    model = GPT(preset(ModelConfig, "tiny", n_embd=32, n_layer=1, n_head=2), tok.vocab_size, scalar_head=True)
    reward_model.use_prior(model, True)
    batch = [Pair(*p) for p in pairs()][:3]
    job = reward.read_all(model, tok, batch, "reading")
    while True:
        try:
            next(job)
        except StopIteration as end:
            reads = end.value
            break
    full, cached = reward.pair_scores(model, tok, batch), reward.pair_scores(model, tok, batch, reads)
    for a, b in zip(full, cached, strict=True):
        assert torch.allclose(a, b, atol=1e-5)
    grads = []
    for c, r in (full, cached):
        model.zero_grad()
        bradley_terry_loss(c, r).backward()
        grads.append(model.score.weight.grad.clone())
    assert torch.allclose(*grads, atol=1e-5)
    answers = {tuple(reward_model.sequence(tok, p.prompt, a)) for p in batch for a in (p.chosen, p.rejected)}
    assert len(reads) == len(answers)
