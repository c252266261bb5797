"""A tiny alignment `Setup` for the RLHF tests: character tokenizer, random tiny GPTs, a two-line rubric."""

from __future__ import annotations

import copy

import torch
from posttrain_fakes import FACTS, CharTokenizer, pairs, probes, toy_judge

from lab.align import Setup
from lab.config import ModelConfig, preset
from lab.model import GPT
from lab.preferences import Pair

TINY = {"n_embd": 32, "n_layer": 1, "n_head": 2}


def prompts() -> list[str]:
    return [f"what is the {q}?" for q in FACTS]


def tiny_setup(seed: int = 0, policy_cls: type[GPT] = GPT, reward: bool = True) -> Setup:
    """Policy and frozen reference start equal (the "SFT model"); the reward model is another random GPT."""
    torch.manual_seed(seed)
    tok = CharTokenizer()
    cfg = preset(ModelConfig, "tiny", **TINY)
    policy = policy_cls(cfg, tok.vocab_size)
    ref = GPT(cfg, tok.vocab_size)
    ref.load_state_dict(policy.state_dict())
    rm = GPT(cfg, tok.vocab_size, scalar_head=True) if reward else None
    return Setup(tok, policy, ref.eval().requires_grad_(False), toy_judge, prompts(), probes(), rm,
                 [Pair(*p) for p in pairs()])


def clone(setup: Setup) -> Setup:
    return copy.deepcopy(setup)
