import pytest
import torch
from posttrain_fakes import CharTokenizer, conversations, probes, tiny_workspace, toy_judge

from lab import chat
from lab.config import ModelConfig, RunConfig, SFTConfig, preset
from lab.errors import LabError
from lab.events import Checkpoint, Done, Metrics, Sample, StopRequested
from lab.jobs import sft
from lab.losses import IGNORE, masked_lm_loss
from lab.model import GPT
from lab.workspace import Workspace


def test_masked_loss_ignores_prompt_targets():
    torch.manual_seed(0)
    logits = torch.randn(2, 5, 7)
    targets = torch.randint(0, 7, (2, 5))
    mask = torch.tensor([[0, 0, 1, 1, 0], [0, 1, 1, 1, 1]])
    other = torch.where(mask.bool(), targets, torch.randint(0, 7, (2, 5)))  # only masked targets change
    assert masked_lm_loss(logits, targets, mask) == masked_lm_loss(logits, other, mask)


def test_masked_loss_is_the_mean_over_kept_positions():
    logits = torch.log(torch.tensor([[[0.5, 0.5], [0.25, 0.75], [0.9, 0.1]]]))
    targets = torch.tensor([[0, 1, IGNORE]])
    mask = torch.tensor([[0, 1, 0]])
    assert masked_lm_loss(logits, targets, mask).item() == pytest.approx(-torch.log(torch.tensor(0.75)).item())


def test_sft_loss_does_not_change_when_only_the_question_changes():
    tok = CharTokenizer()
    torch.manual_seed(0)
    model = GPT(preset(ModelConfig, "tiny", n_embd=32, n_layer=1, n_head=2), tok.vocab_size).eval()
    a = chat.render([{"role": "user", "content": "abc?"}, {"role": "assistant", "content": "ok."}], tok)
    b = chat.render([{"role": "user", "content": "xyz?"}, {"role": "assistant", "content": "ok."}], tok)
    (xa, ya), (_, yb) = a.example(64), b.example(64)
    assert ya == yb  # same trained targets: question tokens are all IGNORE
    x, y = sft.collate([(xa, ya)], tok.end_id)
    _, y2 = sft.collate([(xa, yb)], tok.end_id)
    assert sft.sft_loss(model, x, y) == sft.sft_loss(model, x, y2)


def run_tiny(ws, **overrides):
    cfg = preset(SFTConfig, "tiny", **overrides)
    return list(sft.run(ws, cfg, RunConfig(seed=1, threads=1), conversations=conversations(), probes=probes(),
                        judge=toy_judge, tokenizer=CharTokenizer()))


def test_sft_job_runs_on_the_tiny_preset_and_saves_its_model(tmp_path):
    ws = tiny_workspace(tmp_path)
    events = run_tiny(ws)
    metrics = [e for e in events if isinstance(e, Metrics)]
    assert metrics[0].step == 0 and "eval/format_rate" in metrics[0].values  # the base model, measured first
    assert any("loss/train" in m.values for m in metrics)
    assert {"eval/accuracy", "eval/rude_rate", "eval/language_match", "eval/true_reward", "loss/val"} <= \
        set(metrics[-1].values)
    assert any(isinstance(e, Sample) for e in events)
    assert isinstance(events[-1], Done) and events[-1].summary["step"] == 20
    assert ws.has_checkpoint("sft")
    assert len(ws.read_metrics("sft")) == len(metrics)
    assert set(ws.read_state()["sft"]) == {"masked", "base"}
    model, meta = sft.load_model(ws)
    assert meta["mask_prompt"] is True and meta["step"] == 20


def test_sft_loss_falls_on_the_tiny_preset(tmp_path):
    ws = tiny_workspace(tmp_path)
    losses = [e.values["loss/train"] for e in run_tiny(ws, max_steps=60, lr=3e-3)
              if isinstance(e, Metrics) and "loss/train" in e.values]
    assert sum(losses[-10:]) / 10 < sum(losses[:10]) / 10


def test_unmasked_run_is_kept_beside_the_masked_one(tmp_path):
    ws = tiny_workspace(tmp_path)
    run_tiny(ws)
    run_tiny(ws, mask_prompt=False)
    assert set(ws.read_state()["sft"]) == {"masked", "unmasked", "base"}


def test_sft_without_a_pretrained_model_says_to_pretrain_first(tmp_path):
    with pytest.raises(LabError, match="no pretrained model yet.*llm-lab pretrain"):
        run_tiny(Workspace(tmp_path))


def test_stop_saves_the_model_and_ends_cleanly(tmp_path):
    ws = tiny_workspace(tmp_path)
    job = sft.run(ws, preset(SFTConfig, "tiny"), RunConfig(threads=1), conversations=conversations(),
                  probes=probes(), judge=toy_judge, tokenizer=CharTokenizer())
    while not (isinstance(event := next(job), Metrics) and "loss/train" in event.values):
        pass
    rest = [job.throw(StopRequested()), *job]
    assert isinstance(rest[0], Checkpoint)
    assert isinstance(rest[-1], Done) and rest[-1].stopped
    assert ws.load_checkpoint("sft")[1]["finished"] is False


def test_learner_jsonl_with_bad_lines_trains_on_the_good_ones(tmp_path):
    ws = tiny_workspace(tmp_path)
    path = tmp_path / "mine.jsonl"
    path.write_text(chat.conversations_jsonl(conversations()) + "{broken\n", encoding="utf-8")
    events = list(sft.run(ws, preset(SFTConfig, "tiny", max_steps=2), RunConfig(threads=1), data_path=path,
                          probes=probes(), judge=toy_judge, tokenizer=CharTokenizer()))
    data = next(e for e in events if getattr(e, "kind", "") == "sft/data")
    assert data.data["conversations"] == 16 and "Line 17" in data.data["problems"][0]


def test_a_tokenizer_of_another_size_is_refused(tmp_path):
    ws = tiny_workspace(tmp_path)
    tok = CharTokenizer()
    tok.vocab_size += 1
    with pytest.raises(LabError, match="not the one the pretrained model"):
        list(sft.run(ws, preset(SFTConfig, "tiny"), conversations=conversations(), probes=probes(),
                     judge=toy_judge, tokenizer=tok))


def test_cli_sft_reports_skipped_lines_and_trains_on_the_rest(tmp_path, capsys):
    from posttrain_fakes import prepared_workspace

    from lab.cli import main

    ws = prepared_workspace(tmp_path / "ws")
    path = tmp_path / "mine.jsonl"
    path.write_text(chat.conversations_jsonl(conversations()) + "{broken\n", encoding="utf-8")
    code = main(["sft", "--workspace", str(ws.root), "--preset", "tiny", "--data", str(path), "--no-mask-prompt",
                 "--max-steps", "2", "--threads", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == 0 and "skipped: Line 17" in err and "done: step 2" in err
    assert ws.load_checkpoint("sft")[1]["mask_prompt"] is False


def test_cli_sft_without_a_pretrained_model_exits_with_the_reason(tmp_path, capsys):
    from lab.cli import main

    assert main(["sft", "--workspace", str(tmp_path), "--preset", "tiny", "--quiet"]) == 2
    assert "no pretrained model yet" in capsys.readouterr().err
