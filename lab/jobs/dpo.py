"""DPO: direct preference optimisation, alignment from preference pairs without a reward model.

Rafailov et al. 2023 showed that the KL-regularised RLHF objective has a closed-form
optimum, so a policy can be trained on (prompt, chosen, rejected) pairs directly: the loss
−log σ(β·[log π/π_ref (chosen) − log π/π_ref (rejected)]) (`lab.losses.dpo_loss`) raises the
chosen answer's probability *relative to* the rejected one, measured against the frozen SFT
model. β·log π/π_ref is DPO's implicit reward.

The dashboard's lesson: `rewards/margins` rises, while `rewards/chosen` often falls too. The
loss only asks the chosen answer to gain on the rejected one; pushing the rejected answer
down is the cheaper way, and the probability mass both lose goes to other answers (Rafailov
et al. and later work, e.g. Pal et al. 2024, discuss this).

With `rpo_alpha` = α > 0 the loss is RPO's (Pang et al. 2024, "Iterative Reasoning
Preference Optimization"): DPO plus α times the chosen answers' negative log-likelihood per
token (`lab.losses.chosen_nll`), as TRL's `rpo_alpha` adds it (the paper weights the DPO
term instead; at α = 1 the two are the same loss). The SFT term keeps the chosen answers
likely, so the policy cannot win the margin by letting every answer it was shown fall. α = 1
is the paper's and TRL's value and the default; α = 0 is plain DPO; what each did on the
classroom preset is in the README ("alignment on the classroom preset").

The pairs are the reward model's: the world's, the learner's, and those on the SFT model's
own answers (`lab.sampled_pairs`, sampled here when the reward model has not done it for
this SFT model yet). Metrics every step: `loss/train`, `rewards/chosen`, `rewards/rejected`,
`rewards/margins`, `rewards/accuracy` (share of pairs with a positive margin), as TRL names
them, and `nll/chosen` (the SFT term, logged whatever α). Every `eval_every` steps the model
answers held-out probes at temperature 1: `reward/true` (the rubric), `reward/rm` (when a
reward model exists) and `kl/ref`, so DPO sits on the same reward-vs-KL chart as PPO. Where
we depart: no label smoothing, a constant learning rate, and pairs drawn at random with
replacement.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import torch

from lab import align, chat, rollout, sampled_pairs
from lab.config import DPOConfig, RunConfig, validate
from lab.errors import LabError
from lab.events import Job, Metrics, Progress, Sample
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs.rl_loop import AlignmentRun
from lab.losses import chosen_nll, dpo_loss
from lab.model import GPT
from lab.training import adamw
from lab.workspace import Workspace

STAGE = "dpo"
EVAL_PROMPTS = 24  # probes answered at each periodic evaluation
SUMMARY = ("loss/train", "rewards/margins", "rewards/accuracy", "reward/true", "reward/rm", "kl/ref")


def run(workspace: Workspace, cfg: DPOConfig, run_cfg: RunConfig = RunConfig(), *, resume: bool = True,
        setup: align.Setup | None = None, evaluate: bool = True) -> Job:
    """DPO on the workspace's preference pairs, from its SFT model (or on `setup`)."""
    for c in (cfg, run_cfg):
        validate(c)
    return DPORun(workspace, cfg, run_cfg, setup, evaluate).events(resume)


def encode_pairs(tokenizer, pairs, block_size: int) -> list[tuple[list[int], list[int], list[int]]]:
    """(prompt ids, chosen ids, rejected ids) per pair; answers end with <|end|>, all cut to the context."""
    out = []
    for p in pairs:
        prompt = chat.prompt_ids(tokenizer, p.prompt)[-(block_size // 2):]
        room = block_size - len(prompt)
        answers = [(tokenizer.encode(a) + [tokenizer.end_id])[:room] for a in (p.chosen, p.rejected)]
        out.append((prompt, *answers))
    return out


def sequence_logps(model: GPT, rows: list[tuple[list[int], list[int]]]) -> torch.Tensor:
    """(B,) log π(answer | prompt), summed over the answer's tokens, for (prompt, answer) rows."""
    ids, mask = rollout.pad_batch([r[0] for r in rows], [r[1] for r in rows])
    logp, _ = rollout.token_logprobs(model, ids)
    return (logp * mask.to(logp.device)).sum(dim=1)


class DPORun(AlignmentRun):
    """One DPO run: the pairs scored once by π_ref, then the DPO (+ RPO) loss on batches of them."""

    stage = STAGE
    summary_keys = SUMMARY

    def prepare(self) -> Iterator:
        if self.setup is None:
            yield from sampled_pairs.ensure(self.ws, self.run_cfg.seed)  # the same pairs as the reward model's
        s = self.setup = self.setup or align.load_setup(self.ws, need_reward=False)
        if not s.pairs:
            raise LabError(QT_TRANSLATE_NOOP("LabError", "There are no preference pairs to learn from. Generate the "
                                             "world's data on the Corpus page, or label pairs on the Preferences "
                                             "page."))
        self.model = self.policy = s.policy.eval()  # no dropout: π and π_ref are compared as functions
        self.pairs = encode_pairs(s.tokenizer, s.pairs, self.policy.cfg.block_size)
        self.optimizer = adamw(self.policy.parameters(), self.cfg.lr)
        self.rng = random.Random(self.run_cfg.seed)

    def started(self) -> Iterator:
        yield Progress(self.step, self.total, QT_TRANSLATE_NOOP("job", "Scoring the pairs with the SFT model"))
        self.ref_logps = self._reference_logps()

    @torch.no_grad()
    def _reference_logps(self) -> tuple[torch.Tensor, torch.Tensor]:
        """log π_ref of every chosen and rejected answer, computed once: the reference never changes."""
        ref = self.setup.ref
        chosen, rejected = [], []
        for start in range(0, len(self.pairs), 64):
            chunk = self.pairs[start:start + 64]
            chosen.append(sequence_logps(ref, [(p, c) for p, c, _ in chunk]).cpu())
            rejected.append(sequence_logps(ref, [(p, r) for p, _, r in chunk]).cpu())
        return torch.cat(chosen), torch.cat(rejected)

    def train_step(self) -> dict[str, float]:
        """L = −log σ(β·[log π/π_ref(chosen) − log π/π_ref(rejected)]) + α·NLL(chosen)."""
        batch = [self.rng.randrange(len(self.pairs)) for _ in range(self.cfg.batch_size)]
        rows = [(self.pairs[i][0], self.pairs[i][k]) for k in (1, 2) for i in batch]
        logps = sequence_logps(self.policy, rows).cpu()  # (2B,) chosen first, then rejected
        n, index = len(batch), torch.tensor(batch)
        loss, chosen, rejected = dpo_loss(logps[:n], logps[n:], self.ref_logps[0][index], self.ref_logps[1][index],
                                          self.cfg.beta)
        nll = chosen_nll(logps[:n], torch.tensor([len(self.pairs[i][1]) for i in batch], dtype=logps.dtype))
        loss = loss + self.cfg.rpo_alpha * nll  # RPO; α = 0 is plain DPO
        self.check_loss(float(loss.detach()))
        self.optimizer_step(loss)
        margins = chosen - rejected
        return {"loss/train": float(loss.detach()), "rewards/chosen": float(chosen.mean()),
                "rewards/rejected": float(rejected.mean()), "rewards/margins": float(margins.mean()),
                "rewards/accuracy": float((margins > 0).float().mean()),
                "logps/chosen": float(logps[:n].detach().mean()), "logps/rejected": float(logps[n:].detach().mean()),
                "nll/chosen": float(nll.detach())}

    def evaluate(self) -> Iterator:
        """Answers to held-out probes at temperature 1: their rubric and RM scores, and their KL to the SFT model."""
        s = self.setup
        prompts = [p.prompt for p in s.probes[:EVAL_PROMPTS]]
        scorer = rollout.rm_scorer(s.reward_model, s.tokenizer) if s.reward_model else (lambda p, a: [0.0] * len(a))
        ro = rollout.collect(self.policy, s.ref, s.tokenizer, prompts, scorer, rollout.judge_scorer(s.judge),
                             align.EVAL_TOKENS, 1.0, self.run_cfg.seed + self.step)
        values = {"reward/true": float(ro.true.mean()), "kl/ref": float(ro.kl().mean()),
                  "response/length": float(ro.lengths.mean())}
        if s.reward_model is not None:
            values["reward/rm"] = float(ro.rm.mean())
        self.check_loss(values["kl/ref"], drawn=False)
        yield self.record(Metrics(self.step, values))
        yield Sample(self.step, ro.prompts[0], ro.answers[0], STAGE)

