"""Preference pairs on the SFT model's own answers, compared by the hidden human (as InstructGPT's labellers did).

The world's pairs reject made-up answers drawn at random. The SFT model's own guesses
are likelier *to it* than those, and the knowledge prior (`lab.reward_model`) scores an
answer by how likely the SFT model finds it: a reward model that saw only the world's
pairs ranked the model's own made-up facts above an honest "I don't know" about two
times in three, and RL then had little reason to abstain. So before the reward model
trains, the SFT model answers the RL practice prompts (`corpus/rl_prompts.jsonl`, never
a probe) `SAMPLES` times, and each made-up fact becomes a pair judged by the human
(`lab.world.chat.answer_pair`). The pairs go to `corpus/preferences_sampled.jsonl`
(TRL's `prompt`/`chosen`/`rejected`), each naming the SFT model it came from: a new SFT
model samples them again. The reward model and DPO read them beside the world's pairs
(`lab.posttrain_data.rubric_pairs`).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

from lab import align, posttrain_data
from lab.checkpoint import atomic_write_text
from lab.data import load_tokenizer
from lab.evaluate import answer
from lab.events import Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.preferences import PreferenceStore
from lab.training import mixed_seed
from lab.workspace import Workspace

# 8 answers per prompt: with 4, the reward model ranked the model's own guesses above "I don't know" on 22 % of its
# held-out sampled pairs on one seed (12 % with 8), and PPO went on hallucinating
SAMPLES = 8
TEMPERATURE = 0.7  # as PPO samples (see PPOConfig.temperature)
MAX_NEW_TOKENS = 24
CHUNK = 64  # prompts per batch, so the progress bar moves
MESSAGE = QT_TRANSLATE_NOOP("job", "The SFT model answers practice questions; the human compares its made-up facts")


def ensure(ws: Workspace, seed: int) -> Iterator[Progress]:
    """Sample and write the pairs unless the file already holds the current SFT model's, or the learner's labels
    replace the rubric's (then no rubric pair is read)."""
    from lab.world import chat  # the world loads only when pairs are sampled

    current = posttrain_data.sft_model_id(ws)
    if not current or posttrain_data.sampled_pairs_model(ws) == current or PreferenceStore(ws).replace:
        return
    tokenizer = load_tokenizer(ws)
    model = align.load_sft(ws).eval()
    prompts = align.training_prompts(ws)
    rng, rows, total = random.Random(seed), [], SAMPLES * len(prompts)
    for round_ in range(SAMPLES):
        for start in range(0, len(prompts), CHUNK):
            yield Progress(round_ * len(prompts) + start, total, MESSAGE)
            chunk = prompts[start:start + CHUNK]
            for a in answer(model, tokenizer, chunk, MAX_NEW_TOKENS, TEMPERATURE, mixed_seed(seed, round_) + start):
                pair = chat.answer_pair(a.prompt, a.text, rng)
                if pair is not None:
                    rows.append({**pair, "model": current})
    rows = rows or [{"model": current}]  # a model that made nothing up: remember it was asked
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    atomic_write_text(ws.corpus_dir / posttrain_data.SAMPLED_PAIRS, text)
    yield Progress(total, total, MESSAGE)
