"""Take a model home: a stage's checkpoint as a Hugging Face GPT-2 folder, plus a script to repeat its run.

`export_stage(ws, stage, out)` writes into `out`:

    config.json              a `GPT2Config` (model_type "gpt2")
    model.safetensors        the weights under GPT-2's names, `Conv1D` layout
    tokenizer.json           the workspace's byte-level BPE, as it is
    tokenizer_config.json    so `PreTrainedTokenizerFast.from_pretrained(out)` finds it
    special_tokens_map.json
    repeat_run.py            the stage's settings and seed, run again with the `lab` API

so `transformers.GPT2LMHeadModel.from_pretrained(out)` gives the same logits as ours.
Our parameter names already are GPT-2's; only its `Conv1D` layers store their weights
transposed ((in, out) instead of nn.Linear's (out, in)). Our LayerNorms use eps 1e-5,
the MLP uses the tanh GELU (GPT-2's "gelu_new"), the output layer is tied to `wte`, and
the position table has `block_size` rows. A reward model's scalar head (`score`) has no
place in GPT2LMHeadModel and is left out. `transformers` is not needed to export.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from lab.checkpoint import atomic_write_bytes, atomic_write_text
from lab.errors import LabError
from lab.i18n import QT_TRANSLATE_NOOP
from lab.stages import NAMES, STAGES, missing_model
from lab.tokenizer import EOT, SPECIAL_TOKENS
from lab.workspace import Workspace

LAYER_NORM_EPS = 1e-5  # torch.nn.LayerNorm's default, which lab.model uses
CONV1D = ("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")

# stage → (module in lab.jobs, config class in lab.config): what repeat_run.py calls, for every stage from
# pretraining on (the registry's rows; corpus and tokenizer have no model to export)
STAGE_JOBS = {s.name: (s.job, s.config.__name__) for s in STAGES[NAMES.index("pretrain"):]}
STAGE_KINDS = {s.name: s.kind for s in STAGES}


def hf_config(meta: dict[str, Any]) -> dict[str, Any]:
    """The `GPT2Config` of a checkpoint's meta, as the dict `config.json` holds."""
    m = meta["model"]
    return {
        "architectures": ["GPT2LMHeadModel"], "model_type": "gpt2",
        "vocab_size": int(meta["vocab_size"]), "n_positions": m["block_size"], "n_ctx": m["block_size"],
        "n_embd": m["n_embd"], "n_layer": m["n_layer"], "n_head": m["n_head"], "n_inner": None,
        "activation_function": "gelu_new", "layer_norm_epsilon": LAYER_NORM_EPS,
        "resid_pdrop": m.get("dropout", 0.0), "embd_pdrop": m.get("dropout", 0.0), "attn_pdrop": m.get("dropout", 0.0),
        "initializer_range": 0.02, "scale_attn_weights": True, "use_cache": True,
        "bos_token_id": 0, "eos_token_id": 0, "tie_word_embeddings": True, "torch_dtype": "float32",
    }


def hf_state(tensors: dict) -> dict:
    """Our state dict under GPT-2's layout: Conv1D weights transposed, the scalar head left out."""
    out = {}
    for name, t in tensors.items():
        if not name.startswith("transformer."):
            continue  # `score.weight` (reward/value head) and any non-model entry
        out[name] = t.t().contiguous() if name.endswith(CONV1D) else t.contiguous()  # (out, in) → (in, out)
    return out


def export_stage(ws: Workspace, stage: str, out: Path | str) -> Path:
    """Write `stage`'s checkpoint in `ws` as a Hugging Face GPT-2 folder `out`; returns `out`."""
    from safetensors.torch import save as st_save

    if not ws.has_checkpoint(stage):
        raise missing_model(ws, stage)
    if not ws.tokenizer_path.is_file():
        raise LabError(QT_TRANSLATE_NOOP("LabError", "There is no tokenizer at {path}. Train one first."),
                       path=str(ws.tokenizer_path))
    tensors, meta = ws.load_checkpoint(stage)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    write_tokenizer(ws.tokenizer_path, out, int(meta["model"]["block_size"]))
    atomic_write_bytes(out / "model.safetensors", st_save(hf_state(tensors), metadata={"format": "pt"}))
    _write_json(out / "config.json", hf_config(meta))
    atomic_write_text(out / "repeat_run.py", repeat_script(stage, meta))
    return out


def write_tokenizer(tokenizer_path: Path, out: Path, max_length: int) -> None:
    """Copy `tokenizer.json` and add the two small files `PreTrainedTokenizerFast` reads beside it."""
    try:
        kind = json.loads(Path(tokenizer_path).read_text(encoding="utf-8")).get("type")
    except (OSError, ValueError) as exc:
        raise LabError(QT_TRANSLATE_NOOP("LabError", "{path} is not a tokenizer file ({reason}). "
                                         "Train the tokenizer again."), path=str(tokenizer_path),
                       reason=str(exc)) from exc
    if kind == "char":
        raise LabError(QT_TRANSLATE_NOOP("LabError", "Only a BPE tokenizer can be exported for Hugging Face, and "
                                         "this workspace has a character tokenizer. Train a BPE tokenizer first."))
    shutil.copyfile(tokenizer_path, out / "tokenizer.json")
    specials = {"bos_token": EOT, "eos_token": EOT, "unk_token": EOT, "pad_token": EOT,
                "additional_special_tokens": list(SPECIAL_TOKENS[1:])}
    _write_json(out / "special_tokens_map.json", specials)
    _write_json(out / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": max_length,
        "add_prefix_space": False, "clean_up_tokenization_spaces": False, **specials})


def _write_json(path: Path, data: dict) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def repeat_script(stage: str, meta: dict[str, Any]) -> str:
    """A Python script that runs `stage` again with the checkpoint's model, settings and seed."""
    module, cls = STAGE_JOBS.get(stage, ("pretrain", "PretrainConfig"))
    train = meta.get("train", meta.get("config", {}))
    if stage == "pretrain":
        call = (f"{module}.run(ws, from_dict(ModelConfig, MODEL), from_dict({cls}, SETTINGS), "
                "RunConfig(seed=SEED), resume=False)")
    else:  # a repeat is a new run, never the continuation of one stopped in that workspace
        fresh = ", resume=False" if STAGE_KINDS.get(stage) else ""  # Best-of-N trains nothing: nothing resumes
        call = f"{module}.run(ws, from_dict({cls}, SETTINGS), RunConfig(seed=SEED){fresh})"
    return _SCRIPT.format(stage=stage, module=module, cls=cls, model=repr(meta.get("model", {})),
                          settings=repr(train), seed=int(meta.get("seed", 1234)), call=call)


_SCRIPT = '''"""Repeat the LLM Lab `{stage}` run that made this model: same model, settings and seed.

    python repeat_run.py WORKSPACE

Needs LLM Lab installed (`pip install llm-lab`). The earlier stages (corpus, tokenizer and,
after pretraining, the stages before `{stage}`) must already be in WORKSPACE; make them with
`llm-lab pipeline --workspace WORKSPACE`. The new checkpoint is saved in WORKSPACE.
"""

import sys

from lab.cli import drive
from lab.config import {cls}, ModelConfig, RunConfig, from_dict  # noqa: F401
from lab.jobs import {module}
from lab.workspace import Workspace

STAGE = "{stage}"
MODEL = {model}
SETTINGS = {settings}
SEED = {seed}


def main() -> None:
    ws = Workspace(sys.argv[1] if len(sys.argv) > 1 else "workspace")
    done = drive({call})
    if done is not None:
        print(STAGE, "done:", done.summary)


if __name__ == "__main__":
    main()
'''
