"""A weak judge for a strong model, on the learner's own models (issue 16, item 4).

The book's claim: "un modelo débil puede juzgar a un modelo más fuerte". A reward model
that keeps only the first `LAYERS` of the SFT model's blocks (1 of 4 on the classroom
preset: a quarter of the policy's block parameters) is trained like the class's
(`lab.jobs.reward`, with `RewardConfig.layers`) and saved apart, as stage `reward_weak`,
so the class's reward model is never replaced. Best-of-N then picks among the SFT
model's answers to the held-out probes with it. The pipeline runs this right after
Best-of-N; its numbers (`weak/true_reward`, `weak/pair_accuracy`, `weak/block_share`)
join Best-of-N's in `report.json` and the report, beside the SFT model's true reward.
`python -m bench align --weak` measures PPO with a weak judge too.
"""

from __future__ import annotations

from dataclasses import replace

from lab import align, reward_model
from lab.config import BestOfNConfig, RewardConfig, RunConfig, preset, with_values
from lab.events import Done, Job, Metrics, Progress, StopRequested
from lab.i18n import QT_TRANSLATE_NOOP
from lab.jobs.best_of_n import evaluate_picks, sample_probes
from lab.jobs.reward import RewardRun
from lab.workspace import Workspace

STAGE = "reward_weak"
LAYERS = 1
MESSAGE = QT_TRANSLATE_NOOP("job", "Best-of-N with a weak judge (a reward model with fewer blocks)")


def run(ws: Workspace, preset_name: str, run_cfg: RunConfig) -> Job:
    """Train the weak reward model, then Best-of-N with it; one Metrics event with the `weak/*` numbers."""
    cfg = with_values(preset(RewardConfig, preset_name), layers=LAYERS)
    weak_run = RewardRun(ws, cfg, run_cfg)
    weak_run.stage = STAGE
    accuracy = float("nan")
    for event in weak_run.events(resume=False):
        if isinstance(event, Done) and event.stopped:
            yield event
            return
        if isinstance(event, Metrics):  # its own history only: Best-of-N's numbers in the report stay Best-of-N's
            accuracy = event.values.get("eval/pair_accuracy", accuracy)
        elif isinstance(event, Progress):
            yield event
    try:
        values = yield from _best_of_n(ws, preset(BestOfNConfig, preset_name), run_cfg)
    except StopRequested:
        yield Done({}, stopped=True)
        return
    yield Metrics(0, {**values, "weak/pair_accuracy": accuracy})


def _best_of_n(ws: Workspace, cfg: BestOfNConfig, run_cfg: RunConfig):
    judge_model, _ = reward_model.load(ws, stage=STAGE)
    setup = replace(align.load_setup(ws, need_reward=False), reward_model=judge_model)
    candidates: list = []
    yield from sample_probes(setup, setup.probes, cfg, cfg.n, run_cfg.seed, candidates, MESSAGE)
    picked = evaluate_picks(setup.probes, candidates, cfg.n, setup.judge)
    return {"weak/true_reward": picked["eval/true_reward"], "weak/block_share": LAYERS / setup.policy.cfg.n_layer}

