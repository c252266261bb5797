"""Best-of-N: sample N answers, let the reward model pick the best. No weights change.

The simplest way to use a reward model (Stiennon et al. 2020; Nakano et al. 2021,
WebGPT): the SFT model samples N answers to a prompt and the reward model's favourite
is returned, a better answer in its eyes for N times the cost. Its distance from the SFT
model has a closed form, KL(best-of-N ‖ SFT) = log N − (N − 1)/N nats per answer
(Stiennon et al. 2020, appendix; an upper bound, Beirami et al. 2024), so Best-of-N sits
on the same reward-vs-KL chart as PPO and DPO without sampling the KL.

The job samples `n_max` answers per held-out probe once; for N = 1, 2, 4, … n_max the
first N give `reward/rm`, `reward/true` and `kl/ref` at step N, and the picks at N = `n`
are evaluated like a trained model's answers (`eval/*`); results in `results/bon.json`
(`lab.bon_results`). The answers are *not* offline RL's experiences: a stage trained on
the evaluation probes would be scored on its homework.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import torch

from lab import align, chat, rollout
from lab.bon_results import STAGE, Candidate, example, load_results, publish  # noqa: F401 (load_results: ui)
from lab.config import BestOfNConfig, RunConfig, validate
from lab.device import follow_load, set_threads
from lab.evaluate import Answer, Judgement, Probe, probe_metrics
from lab.events import Artifact, Done, Job, Metrics, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs.rl_loop import reward_setup
from lab.model import GPT
from lab.reward_model import score_batch
from lab.workspace import Workspace

PROBES_PER_CALL = 4  # probes sampled together (N answers each), between two progress reports
SAMPLING = QT_TRANSLATE_NOOP("job", "Sampling N answers per question")


def analytic_kl(n: int) -> float:
    """KL(best-of-n ‖ base) = log n − (n − 1)/n nats per answer; 0 at n = 1."""
    return math.log(n) - (n - 1) / n


def n_values(n_max: int) -> list[int]:
    """1, 2, 4, … up to n_max (and n_max itself)."""
    return [2**i for i in range(n_max.bit_length()) if 2**i < n_max] + [n_max]


def sample_candidates(policy: GPT, tokenizer, reward_model: GPT, judge, prompts: Sequence[str], n: int,
                      temperature: float, max_new_tokens: int, seed: int) -> list[list[Candidate]]:
    """N scored answers to each prompt (sampled together, prompts of equal length in one batch)."""
    repeated = [p for p in prompts for _ in range(n)]
    _, rows = rollout.sample(policy, tokenizer, repeated, max_new_tokens, temperature, seed)
    texts, ended = zip(*(chat.answer_text(tokenizer, r) for r in rows), strict=True)
    scores = score_batch(reward_model, tokenizer, repeated, texts)
    flat = [Candidate(t, e, s, float(judge(p, t).total)) for p, t, e, s in zip(repeated, texts, ended, scores,
                                                                                strict=True)]
    return [flat[i * n:(i + 1) * n] for i in range(len(prompts))]


def pick(candidates: Sequence[Candidate], n: int | None = None) -> int:
    """Index of the reward model's favourite among the first `n` candidates (ties: the first)."""
    first = list(candidates)[: n or len(candidates)]
    return max(range(len(first)), key=lambda i: first[i].rm)


def best_of_n(policy: GPT, tokenizer, reward_model: GPT, judge, prompt: str, n: int,
              temperature: float = BestOfNConfig.temperature,
              max_new_tokens: int = align.EVAL_TOKENS, seed: int = 0) -> tuple[list[Candidate], int]:
    """The N answers to one prompt and the index of the one Best-of-N returns."""
    candidates = sample_candidates(policy, tokenizer, reward_model, judge, [prompt], n, temperature,
                                   max_new_tokens, seed)[0]
    return candidates, pick(candidates)


def sample_job(ws: Workspace, prompt: str, n: int, temperature: float = 1.0, seed: int = 0) -> Job:
    """N scored answers to one prompt from the workspace's SFT model: `Artifact("bon/candidates")`."""
    yield Progress(0, 1, SAMPLING)
    align.check_prompts([prompt])
    setup = align.load_setup(ws, need_reward=True)
    candidates, best = best_of_n(setup.policy.eval(), setup.tokenizer, setup.reward_model, setup.judge, prompt, n,
                                 temperature, seed=seed)
    yield Artifact(f"{STAGE}/candidates", example(prompt, candidates, best))
    yield Done({"n": float(n)})


def run(workspace: Workspace, cfg: BestOfNConfig, run_cfg: RunConfig = RunConfig(), *,
        setup: align.Setup | None = None, evaluate: bool = True) -> Job:
    """Best-of-N on the workspace's SFT model and reward model (or on `setup`)."""
    for c in (cfg, run_cfg):
        validate(c)
    return _job(workspace, cfg, run_cfg, setup, evaluate)


def _job(ws: Workspace, cfg: BestOfNConfig, run_cfg: RunConfig, setup: align.Setup | None, evaluate: bool) -> Job:
    set_threads(run_cfg.threads)
    yield Progress(0, 1, QT_TRANSLATE_NOOP("job", "Loading the models"))
    setup = reward_setup(ws, setup)
    probes = setup.probes[: cfg.prompts or None]
    align.check_prompts([p.prompt for p in probes])
    candidates: list[list[Candidate]] = []
    try:
        yield from sample_probes(setup, probes, cfg, cfg.n_max, run_cfg.seed, candidates, SAMPLING)
    except StopRequested:
        yield Done({"prompts": float(len(candidates))}, stopped=True)
        return
    yield from _report(ws, cfg, probes, candidates, setup.judge if evaluate else None)


def sample_probes(setup: align.Setup, probes: Sequence[Probe], cfg: BestOfNConfig, n: int, seed: int,
                  into: list[list[Candidate]], message: str) -> Iterator[Progress]:
    """`n` scored answers to every probe, appended to `into` a few probes at a time (kept there on a Stop)."""
    for start in range(0, len(probes), PROBES_PER_CALL):
        yield Progress(start, len(probes), message)
        chunk = [p.prompt for p in probes[start:start + PROBES_PER_CALL]]
        into += sample_candidates(setup.policy.eval(), setup.tokenizer, setup.reward_model, setup.judge, chunk, n,
                                  cfg.temperature, cfg.max_new_tokens, seed + start)
        follow_load()  # between chunks: give a core back to a program that started since


def _report(ws: Workspace, cfg: BestOfNConfig, probes: Sequence[Probe], candidates: list[list[Candidate]],
            judge) -> Job:
    """Rewards of the picks for every N, the evaluation at `cfg.n` (when a judge is given), the results file."""
    ws.clear_metrics(STAGE)
    summary: dict[str, float] = {}
    events = []
    for n in n_values(cfg.n_max):
        picks = [c[pick(c, n)] for c in candidates]
        events.append(Metrics(n, {"reward/rm": _mean([c.rm for c in picks]),
                                  "reward/true": _mean([c.true for c in picks]), "kl/ref": analytic_kl(n)}))
        summary.update({f"{k}@{n}": v for k, v in events[-1].values.items()})
    if judge is not None:
        n = min(cfg.n, cfg.n_max)
        events.append(Metrics(n, evaluate_picks(probes, candidates, n, judge)))
        summary.update(events[-1].values)
    examples = [(p.prompt, c, pick(c, cfg.n)) for p, c in zip(probes, candidates, strict=True)]
    yield from publish(ws, cfg, n_values(cfg.n_max), events, summary, examples)


def evaluate_picks(probes: Sequence[Probe], candidates: Sequence[Sequence[Candidate]], n: int,
                   judge) -> dict[str, float]:
    """The shared `eval/*` metrics of `lab.evaluate`, on the Best-of-n picks, with the analytic `eval/kl_ref`."""
    picks = [c[pick(c, n)] for c in candidates]
    answers = [Answer(p.prompt, c.text, c.ended) for p, c in zip(probes, picks, strict=True)]
    verdicts: list[Judgement] = [judge(a.prompt, a.text) for a in answers]
    return {**probe_metrics(probes, answers, verdicts), "eval/rm_reward": _mean([c.rm for c in picks]),
            "eval/kl_ref": analytic_kl(n)}


def _mean(xs: Sequence[float]) -> float:
    return float(torch.tensor(xs, dtype=torch.float64).mean()) if xs else 0.0
