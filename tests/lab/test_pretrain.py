import json
import math
import random

import pytest
import torch

from lab import data
from lab.cli import main
from lab.config import ModelConfig, PretrainConfig, RunConfig, preset
from lab.errors import LabError
from lab.events import Artifact, Checkpoint, Done, Metrics, Progress, Sample, StopRequested
from lab.jobs import pretrain
from lab.training import lr_at
from lab.workspace import Workspace


class ByteTokenizer:
    """A stand-in tokenizer: one token per UTF-8 byte, plus an end-of-text token."""

    vocab_size, eot_id = 257, 256

    def encode(self, text):
        return list(text.encode("utf-8"))

    def decode(self, ids):
        return bytes(i for i in ids if i < 256).decode("utf-8", errors="replace")



class BatchByteTokenizer(ByteTokenizer):
    """The same tokens, also offered a batch at a time, as the BPE tokenizer does."""

    def __init__(self):
        self.batch_sizes = []

    def encode_batch(self, texts):
        self.batch_sizes.append(len(texts))
        return [self.encode(t) for t in texts]


def world_like_text(n=300, seed=0):
    rng = random.Random(seed)
    facts = ["La capital de Francia es París.", "The capital of France is Paris.", "El gato dice miau.",
             "The cat says meow.", "El perro dice guau.", "The dog says woof.", "La nieve es blanca."]
    return "\n".join(rng.choice(facts) for _ in range(n))


TEXT = world_like_text()
MODEL = preset(ModelConfig, "tiny", block_size=32)


pytestmark = pytest.mark.usefixtures("one_thread")


def train_cfg(**kw):
    return preset(PretrainConfig, "tiny", **{"max_steps": 30, "eval_every": 10, "checkpoint_every": 1000, **kw})


def job(ws, cfg, **kw):
    return pretrain.run(ws, MODEL, cfg, RunConfig(seed=1, threads=1), text=TEXT, tokenizer=ByteTokenizer(), **kw)


def metric(events, key):
    return [(e.step, e.values[key]) for e in events if isinstance(e, Metrics) and key in e.values]


def test_loss_falls_on_the_tiny_preset(tmp_path):
    events = list(job(Workspace(tmp_path), preset(PretrainConfig, "tiny")))  # 200 steps
    val = metric(events, "loss/val")
    assert val[0][0] == 0 and val[0][1] == pytest.approx(math.log(257), abs=0.3)  # a guess at random
    assert val[-1] == (200, pytest.approx(val[-1][1])) and val[-1][1] < 1.5
    assert metric(events, "bpb/val")[-1][1] < 1.5 / math.log(2)


def test_a_run_reports_metrics_progress_samples_checkpoints_and_done(tmp_path):
    events = list(job(Workspace(tmp_path), train_cfg(checkpoint_every=20)))
    assert isinstance(events[-1], Done) and not events[-1].stopped and events[-1].summary["step"] == 30
    train = [e for e in events if isinstance(e, Metrics) and "loss/train" in e.values]
    assert [e.step for e in train] == list(range(1, 31))
    assert set(train[0].values) == {"loss/train", "lr", "grad/norm", "throughput/tokens_per_s"}
    assert [e.step for e in events if isinstance(e, Checkpoint)] == [20, 30]
    assert {(s.step, s.tag) for s in events if isinstance(s, Sample)} >= {(0, "es"), (0, "en"), (30, "es")}
    assert any(isinstance(e, Progress) and e.done == 30 and e.eta_s is not None for e in events)
    assert any(isinstance(e, Artifact) and e.data["params"] > 0 for e in events)


def test_stop_mid_run_saves_and_resume_continues_the_step_count(tmp_path):
    ws = Workspace(tmp_path / "stopped")
    run = job(ws, train_cfg())
    for event in run:
        if isinstance(event, Metrics) and event.step == 12:
            break
    after_stop = [run.throw(StopRequested()), *run]
    assert isinstance(after_stop[0], Checkpoint) and after_stop[0].step == 12
    assert isinstance(after_stop[-1], Done) and after_stop[-1].stopped
    assert ws.load_checkpoint("pretrain")[1]["step"] == 12

    resumed = list(job(ws, train_cfg()))
    assert metric(resumed, "loss/train")[0][0] == 13
    history = [m.step for m in ws.read_metrics("pretrain") if "loss/train" in m.values]
    assert history == list(range(1, 31))  # one history, no gap, no repeat

    straight = Workspace(tmp_path / "straight")
    list(job(straight, train_cfg()))
    a, b = ws.load_checkpoint("pretrain")[0], straight.load_checkpoint("pretrain")[0]
    assert all(torch.equal(a[k], b[k]) for k in a)  # the same weights as a run never stopped


def test_fresh_start_clears_the_history(tmp_path):
    ws = Workspace(tmp_path)
    list(job(ws, train_cfg(max_steps=5)))
    events = list(job(ws, train_cfg(max_steps=5), resume=False))
    assert metric(events, "loss/train")[0][0] == 1
    assert [m.step for m in ws.read_metrics("pretrain") if "loss/train" in m.values] == [1, 2, 3, 4, 5]


def test_too_high_learning_rate_stops_with_advice(tmp_path):
    with pytest.raises(LabError, match="learning rate 10.0 is too high. Try 0.003 or lower") as err:
        list(job(Workspace(tmp_path), train_cfg(lr=10.0, warmup_steps=0)))
    assert "step" in err.value.params


def test_the_exploding_loss_is_reported_before_the_advice(tmp_path):
    events = []
    with pytest.raises(LabError):
        for event in job(Workspace(tmp_path), train_cfg(lr=10.0, warmup_steps=0)):
            events.append(event)
    last = [e for e in events if isinstance(e, Metrics)][-1]
    loss = last.values["loss/train"]
    assert not math.isfinite(loss) or loss > 3 * math.log(256)  # the chart gets the spike that stopped it


def test_resuming_with_another_shape_is_refused(tmp_path):
    ws = Workspace(tmp_path)
    list(job(ws, train_cfg(max_steps=2)))
    other = preset(ModelConfig, "tiny", block_size=32, n_embd=32)
    with pytest.raises(LabError, match="Start over"):
        list(pretrain.run(ws, other, train_cfg(), text=TEXT, tokenizer=ByteTokenizer()))


def test_learning_rate_warms_up_then_decays_to_a_tenth():
    cfg = PretrainConfig(max_steps=1000, warmup_steps=100, lr=1e-3)
    assert lr_at(0, cfg) == pytest.approx(1e-3 / 101)
    assert lr_at(99, cfg) == pytest.approx(1e-3 * 100 / 101)
    assert lr_at(100, cfg) == pytest.approx(1e-3)
    assert lr_at(550, cfg) == pytest.approx(0.55e-3)  # halfway down the cosine
    assert lr_at(1000, cfg) == pytest.approx(1e-4)


def test_job_reads_corpus_from_the_workspace_and_the_model_loads_back(tmp_path):
    ws = Workspace(tmp_path)
    with pytest.raises(LabError, match="no cleaned corpus"):
        list(pretrain.run(ws, MODEL, train_cfg(), tokenizer=ByteTokenizer()))
    ws.clean_text_path.write_text(TEXT, encoding="utf-8")
    list(pretrain.run(ws, MODEL, train_cfg(max_steps=3), tokenizer=ByteTokenizer()))
    model, meta = pretrain.load_model(ws)
    assert meta["step"] == 3 and not model.training and model.vocab_size == 257


def test_missing_tokenizer_is_explained(tmp_path):
    with pytest.raises(LabError, match="no tokenizer"):
        list(pretrain.run(Workspace(tmp_path), MODEL, train_cfg(), text=TEXT))


def test_a_failing_compiler_falls_back_to_plain_pytorch(tmp_path, monkeypatch):
    def no_compiler(fn):
        def compiled(*args, **kwargs):
            raise RuntimeError("no C++ compiler found")
        return compiled

    monkeypatch.setattr(torch, "compile", no_compiler)
    events = list(job(Workspace(tmp_path), train_cfg(max_steps=3, compile=True)))
    assert isinstance(events[-1], Done) and [s for s, _ in metric(events, "loss/train")] == [1, 2, 3]
    assert any(isinstance(e, Progress) and e.message == "Compiling the model" for e in events)


def test_sample_command_prints_each_token_with_its_probability(tmp_path, monkeypatch, capsys):
    list(job(Workspace(tmp_path), train_cfg(max_steps=3)))
    monkeypatch.setattr(pretrain, "load_tokenizer", lambda ws: ByteTokenizer())
    argv = ["sample", "--workspace", str(tmp_path), "--prompt", "La", "--seed", "1", "--max-new-tokens", "5"]
    assert main([*argv, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["prompt"] == "La" and 1 <= len(out["tokens"]) <= 5
    assert all(len(t["top"]) == 5 and t["logprob"] <= 0 for t in out["tokens"])
    assert main(argv) == 0
    assert capsys.readouterr().out.startswith("La")


def test_batches_are_windows_with_targets_shifted_by_one():
    stream = torch.arange(100)
    x, y = data.random_batch(stream, 4, 8, torch.Generator().manual_seed(0))
    assert x.shape == y.shape == (4, 8)
    assert torch.equal(y, x + 1)
    val = data.fixed_batches(stream, 3, 8, 2)
    assert [b[0].shape for b in val] == [(3, 8), (3, 8)] and torch.equal(val[0][1], val[0][0] + 1)


def test_split_holds_out_the_end_and_refuses_a_too_short_corpus():
    tok = ByteTokenizer()
    split = data.split_tokens(data.encode("ab" * 100, tok), tok, block_size=8)
    assert len(split.train) == 180 and len(split.val) == 20 and split.val_bytes_per_token == 1.0
    with pytest.raises(LabError, match="only 12 tokens"):
        data.split_tokens(data.encode("a" * 12, tok), tok, block_size=8)


def test_bits_per_byte_converts_nats_per_token():
    assert data.bits_per_byte(math.log(2), 1.0) == pytest.approx(1.0)
    assert data.bits_per_byte(2 * math.log(2), 4.0) == pytest.approx(0.5)


def test_batched_encoding_gives_the_stream_of_encoding_the_text_at_once(monkeypatch):
    monkeypatch.setattr(data, "ENCODE_GROUP", 3)
    text = "\n\n".join(f"documento {i}: ¿qué tal?" for i in range(10)) + "\n\nfin"
    tok = BatchByteTokenizer()
    assert data.encode(text, tok).tolist() == ByteTokenizer().encode(text)
    assert tok.batch_sizes == [3, 3, 3, 2]
