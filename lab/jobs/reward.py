"""The reward model: the SFT transformer with a scalar head, trained on preference pairs.

It starts from the workspace's "sft" model, with a fresh scalar head
(`lab.reward_model`), and learns from (prompt, chosen, rejected) pairs with the
Bradley–Terry loss `−log σ(r_chosen − r_rejected)` (`lab.losses.bradley_terry_loss`):
it is never told how good an answer is, only which of two is better. With the
knowledge prior (the default; see `lab.reward_model`) the score also counts how likely
the SFT model finds the answer, and only the head trains.

The pairs are the rubric's and the learner's (`lab.preferences`), or a JSONL file.
A share of the facts (of the prompts, for pairs that name no fact) is held out: no
pair about them is trained on, and every
`eval_every` steps the model is measured on them: `eval/pair_accuracy` (share of
held-out pairs where the chosen answer scores higher), `reward/margin` (mean
r_chosen − r_rejected), `reward/chosen`, `reward/rejected`, `loss/val`, and
`pair_accuracy/<kind>` per kind of rejected answer (rude, wrong, …) when known; plus an
`Artifact("reward/scores")` with every held-out score, for the page's histogram.
`loss/train`, `lr` and `train/pair_accuracy` (over the last 20 batches) come every
step. The model is saved to stage "reward"; a stopped run resumes exactly (`lab.training_run`).
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path

import torch

from lab import posttrain_data, reward_model, sampled_pairs
from lab.config import RewardConfig, RunConfig, validate
from lab.data import check_fit, load_tokenizer, split_by_prompt
from lab.device import best_device
from lab.events import Artifact, Job, Metrics, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.losses import bradley_terry_loss
from lab.model import GPT
from lab.preferences import Pair, PreferenceStore, load_pairs
from lab.reward_model import accuracy_by_kind, load_start, use_prior
from lab.training import adamw
from lab.training_run import TrainingRun
from lab.workspace import Workspace

STAGE = reward_model.STAGE
SHOWN_SCORES = 400  # held-out scores sent to the histogram at most
READ_CHUNK = 64  # sequences per forward pass while the pairs are read once
READING = QT_TRANSLATE_NOOP("job", "The SFT model reads every answer once; then only the head learns")
RECENT = 20  # `train/pair_accuracy` is the mean over this many recent batches, so its curve reads


def pair_scores(model: GPT, tokenizer, pairs: Sequence[Pair], reads: dict | None = None
                ) -> tuple[torch.Tensor, torch.Tensor]:
    """(r_chosen, r_rejected), each (B,), in one forward pass over the 2B sequences; with `reads` (`read_all`),
    the frozen transformer's reads are looked up instead and only the head runs."""
    answers = [(p.prompt, p.chosen) for p in pairs] + [(p.prompt, p.rejected) for p in pairs]
    if reads is not None:
        r = reward_model.head_score(model, torch.stack([reads[a][0] for a in answers]),
                                    torch.stack([reads[a][1] for a in answers]))
    else:
        r = reward_model.scores(model, *_rows(tokenizer, answers))
    return r[: len(pairs)], r[len(pairs):]


def read_all(model: GPT, tokenizer, pairs: Sequence[Pair], message: str) -> Iterator[Progress]:
    """Read every (prompt, answer) of `pairs` once, when only the head learns: the transformer's hidden state and
    prior for an answer never change, and reading them was most of the run's time. Fixed order and chunks, so a
    resumed run reads the very same numbers; yields Progress, returns {(prompt, answer): (hidden, prior)}."""
    answers = list(dict.fromkeys((p.prompt, a) for p in pairs for a in (p.chosen, p.rejected)))
    reads: dict[tuple[str, str], tuple[torch.Tensor, torch.Tensor]] = {}
    for start in range(0, len(answers), READ_CHUNK):
        yield Progress(start, len(answers), message)
        chunk = answers[start:start + READ_CHUNK]
        with torch.no_grad():
            hidden, prior = reward_model.read(model, *_rows(tokenizer, chunk))
        reads.update(zip(chunk, zip(hidden, prior, strict=True), strict=True))
    return reads


def _rows(tokenizer, answers: Sequence[tuple[str, str]]) -> tuple[list[list[int]], list[int]]:
    """The token ids of each (prompt, answer) and the index where each answer starts."""
    return ([reward_model.sequence(tokenizer, q, a) for q, a in answers],
            [reward_model.answer_start(tokenizer, q) for q, _ in answers])


def run(workspace: Workspace, cfg: RewardConfig, run_cfg: RunConfig = RunConfig(), *,
        pairs_path: Path | str | None = None, pairs: Sequence[Pair] | None = None, tokenizer=None,
        resume: bool = True) -> Job:
    """Train the workspace's reward model (or continue a stopped run); pairs default to the rubric's and yours."""
    validate(cfg)
    validate(run_cfg)
    return RewardRun(workspace, cfg, run_cfg, pairs_path, pairs, tokenizer).events(resume)


class RewardRun(TrainingRun):
    """One reward-model run: preference pairs in, the Bradley–Terry loss, held-out pairs as the evaluation."""

    stage = STAGE
    opening = QT_TRANSLATE_NOOP("job", "Preparing the preference pairs")
    working = QT_TRANSLATE_NOOP("job", "Training the reward model")
    summary_keys = ("loss/train", "loss/val", "eval/pair_accuracy", "reward/margin")

    def __init__(self, ws: Workspace, cfg: RewardConfig, run_cfg: RunConfig, pairs_path=None, pairs=None,
                 tokenizer=None) -> None:
        super().__init__(ws, cfg, run_cfg)
        self.pairs_path, self.pairs, self.tokenizer = pairs_path, pairs, tokenizer
        self.scores: dict[str, list[float]] = {}
        self.recent: deque[float] = deque(maxlen=RECENT)  # pair accuracy of the last training batches

    def prepare(self) -> Iterator:
        self.model = load_start(self.ws, best_device(), self.cfg.layers)
        self.tokenizer = self.tokenizer or load_tokenizer(self.ws)
        check_fit(self.model, self.tokenizer)
        if self.pairs is None and self.pairs_path is None:
            yield from sampled_pairs.ensure(self.ws, self.run_cfg.seed)  # the human compares the SFT model's answers
        pairs = yield from self.read_data(self.pairs, self.pairs_path, load_pairs, self._rubric_and_yours, "pairs")
        self.train, self.held = split_by_prompt(pairs, self.cfg.held_out, self.run_cfg.seed)
        self.rng = random.Random(self.run_cfg.seed)
        self.optimizer = adamw(use_prior(self.model, self.cfg.knowledge_prior), self.cfg.lr)
        self.reads = None
        if self.cfg.knowledge_prior and self.model.cfg.dropout == 0:  # only the head trains; no dropout: same reads
            self.reads = yield from read_all(self.model, self.tokenizer, [*self.train, *self.held], READING)
        yield Artifact("reward/start", {"train": len(self.train), "held_out": len(self.held),
                                        "learner": sum(p.source != "rubric" for p in pairs)})

    def _rubric_and_yours(self) -> list[Pair]:
        """The default pairs: the rubric's, and the ones the learner labelled (`lab.preferences`)."""
        return PreferenceStore(self.ws).dataset(posttrain_data.rubric_pairs(self.ws))

    def train_step(self) -> dict[str, float]:
        """L = −log σ(r_chosen − r_rejected) over a batch of pairs (Bradley–Terry)."""
        lr = self.set_lr()
        batch = [self.train[self.rng.randrange(len(self.train))] for _ in range(self.cfg.batch_size)]
        self.model.train()
        chosen, rejected = pair_scores(self.model, self.tokenizer, batch, self.reads)
        loss = bradley_terry_loss(chosen, rejected)
        self.check_loss(loss.item())
        self.optimizer_step(loss)
        self.recent.append(float((chosen > rejected).float().mean()))
        return {"loss/train": loss.item(), "lr": lr, "train/pair_accuracy": sum(self.recent) / len(self.recent)}

    @torch.no_grad()
    def evaluate(self) -> Iterator:
        self.model.eval()
        chosen, rejected = [], []
        for start in range(0, len(self.held), self.cfg.batch_size):
            c, r = pair_scores(self.model, self.tokenizer, self.held[start:start + self.cfg.batch_size], self.reads)
            chosen.append(c.float().cpu())
            rejected.append(r.float().cpu())
        c, r = torch.cat(chosen), torch.cat(rejected)  # (N,) each
        values = {"loss/val": float(bradley_terry_loss(c, r)), "eval/pair_accuracy": float((c > r).float().mean()),
                  "reward/margin": float((c - r).mean()), "reward/chosen": float(c.mean()),
                  "reward/rejected": float(r.mean())}
        values.update(accuracy_by_kind(self.held, (c > r).tolist()))
        self.scores = {"chosen": [round(v, 4) for v in c.tolist()[:SHOWN_SCORES]],
                       "rejected": [round(v, 4) for v in r.tolist()[:SHOWN_SCORES]]}
        yield self.record(Metrics(self.step, values))
        yield Artifact("reward/scores", {"step": self.step, **self.scores})

    # --- what resuming needs ---------------------------------------------------------
    def resumes(self, meta: dict) -> bool:
        """A stopped run with the same head and size; another setting starts over from the SFT model."""
        same = meta.get(reward_model.PRIOR) == self.cfg.knowledge_prior and meta.get("model", {}).get(
            "n_layer") == self.model.cfg.n_layer
        return super().resumes(meta) and same

    def extra_meta(self) -> dict:
        return {"scores": self.scores, reward_model.PRIOR: self.cfg.knowledge_prior}

    def load_extra_meta(self, meta: dict) -> None:
        self.scores = meta.get("scores", {})

    def extra_state(self) -> dict[str, torch.Tensor]:
        return {"recent": torch.tensor(list(self.recent), dtype=torch.float64)}

    def load_extra_state(self, tensors: dict[str, torch.Tensor]) -> None:
        self.recent.extend(tensors.get("recent", torch.zeros(0)).tolist())
