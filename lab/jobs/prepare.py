"""Everything pretraining needs, in one job: the world's corpus, cleaned, and a tokenizer.

The Pretrain page offers it when the workspace lacks a cleaned corpus or a tokenizer,
so a learner who jumps straight to pretraining is never stuck. It chains the same
engine steps the Corpus and Tokenizer pages run one by one, with one preset for all:
generate the synthetic world (`lab.world`), clean its web text (`lab.jobs.clean`) and
train the byte-level BPE tokenizer on the clean text (`lab.tokenizer.train_bpe`). Steps whose
result is already in the workspace are skipped. `pretrain_first` goes one step further
for the SFT page: the same, then a short pretraining, so SFT has a base model.
"""

from __future__ import annotations

from lab.config import ModelConfig, PretrainConfig, TokenizerConfig, WorldConfig, from_dict, preset
from lab.events import Done, Job, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from lab.workspace import Workspace

STEPS = 3
QUICK_PRETRAIN_STEPS = 300


def run(ws: Workspace, preset_name: str = "classroom") -> Job:
    """Generate, clean and tokenize with the `preset_name` settings; skips what already exists."""
    from lab import world
    from lab.jobs import clean

    if not ws.clean_text_path.is_file():
        yield Progress(0, STEPS, QT_TRANSLATE_NOOP("job", "Generating the world"))
        raw = world.generate(preset(WorldConfig, preset_name)).write(ws.corpus_dir)["raw"]
        yield Progress(1, STEPS, QT_TRANSLATE_NOOP("job", "Cleaning the corpus"))
        for event in clean.run(raw, ws.clean_text_path):
            if isinstance(event, Done):
                break
    if not ws.tokenizer_path.is_file():
        yield Progress(2, STEPS, QT_TRANSLATE_NOOP("job", "Training the tokenizer"))
        _train_tokenizer(ws, preset(TokenizerConfig, preset_name))
    yield Progress(STEPS, STEPS, QT_TRANSLATE_NOOP("job", "Ready to pretrain"))
    yield Done({})


def _train_tokenizer(ws: Workspace, cfg: TokenizerConfig) -> None:
    from lab.corpus.reading import split_documents
    from lab.tokenizer import train_bpe

    text = ws.clean_text_path.read_text(encoding="utf-8")
    train_bpe(split_documents(text), cfg).save(ws.tokenizer_path)


def pretrain_first(ws: Workspace, max_steps: int = QUICK_PRETRAIN_STEPS) -> Job:
    """A short pretraining so SFT has a base model: prepares the corpus and tokenizer first if needed."""
    from lab.jobs import pretrain

    if not ws.clean_text_path.is_file() or not ws.tokenizer_path.is_file():
        yield from run(ws)
    stored = ws.read_state().get("model")
    model_cfg = from_dict(ModelConfig, stored) if isinstance(stored, dict) else preset(ModelConfig, "classroom")
    train_cfg = preset(PretrainConfig, "classroom", max_steps=max_steps, compile=False,
                       warmup_steps=min(100, max_steps // 10))
    yield from pretrain.run(ws, model_cfg, train_cfg, resume=False)
