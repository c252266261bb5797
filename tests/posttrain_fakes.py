"""Small hand-made stand-ins for the post-training tests (SFT, preferences, reward model).

`CharTokenizer` is a character tokenizer with the chat special tokens, `toy_judge` a
two-line rubric, and `tiny_workspace` a workspace holding a tiny random "pretrained"
GPT and that tokenizer, so each job runs end to end in seconds.
"""

from __future__ import annotations

from lab.evaluate import Judgement, Probe

ALPHABET = " abcdefghijklmnopqrstuvwxyzáéíóúñ¿?¡!.,ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'"
SPECIALS = ("<|endoftext|>", "<|user|>", "<|assistant|>", "<|end|>")


class CharTokenizer:
    """One token per character of ALPHABET (others become '?'), plus the four special tokens."""

    def __init__(self) -> None:
        self.eot_id, self.user_id, self.assistant_id, self.end_id = range(4)
        self._ids = {c: i + len(SPECIALS) for i, c in enumerate(ALPHABET)}
        self._chars = {i: c for c, i in self._ids.items()}
        self.vocab_size = len(SPECIALS) + len(ALPHABET)

    def encode(self, text: str) -> list[int]:
        return [self._ids.get(c, self._ids["?"]) for c in text]

    def decode(self, ids: list[int]) -> str:
        return "".join(self._chars.get(i, SPECIALS[i] if i < len(SPECIALS) else "") for i in ids)


FACTS = {"capital of france": "paris", "capital of spain": "madrid", "cat says": "meow", "dog says": "woof"}


def conversations() -> list[list[dict]]:
    out = []
    for q, a in FACTS.items():
        out.append([{"role": "user", "content": f"what is the {q}?"}, {"role": "assistant", "content": f"{a}."}])
    return out * 4


def probes() -> list[Probe]:
    return [Probe(f"what is the {q}?", "en", (a,)) for q, a in FACTS.items()]


def toy_judge(prompt: str, answer: str) -> Judgement:
    """Correct when the answer names the fact; rude when it says 'stupid'; English always matches."""
    expected = next((a for q, a in FACTS.items() if q in prompt), "")
    correct = bool(expected) and expected in answer.lower()
    rude = "stupid" in answer.lower()
    total = float(correct) - float(rude)
    return Judgement(correct, rude, True, total, {"correctness": float(correct), "politeness": -float(rude)})


def pairs() -> list[tuple[str, str, str]]:
    """(prompt, chosen, rejected): the right answer over a rude or wrong one."""
    out = []
    for q, a in FACTS.items():
        out.append((f"what is the {q}?", f"{a}.", "you are stupid."))
        out.append((f"what is the {q}?", f"{a}.", "i do not know, maybe lima."))
    return out


def tiny_workspace(root, seed: int = 0):
    """A workspace holding a tiny random GPT as its "pretrained" model, sized for CharTokenizer."""
    import torch

    from lab.config import ModelConfig, preset
    from lab.model import GPT, model_meta, state_for_save
    from lab.workspace import Workspace

    torch.manual_seed(seed)
    ws = Workspace(root)
    model = GPT(preset(ModelConfig, "tiny", n_embd=32, n_layer=1, n_head=2), CharTokenizer().vocab_size)
    ws.save_checkpoint("pretrain", state_for_save(model), {**model_meta(model), "step": 0})
    return ws


def prepared_workspace(root, stages=("pretrain",)):
    """A workspace with a real tiny BPE tokenizer (trained on the world's chat sets) and random tiny
    models saved as `stages`; the world's SFT, preference and probe sets come from `lab.posttrain_data`."""
    import torch

    from lab import posttrain_data
    from lab.config import ModelConfig, TokenizerConfig, preset
    from lab.model import GPT, model_meta, state_for_save
    from lab.tokenizer import train_bpe
    from lab.workspace import Workspace

    ws = Workspace(root)
    texts = [m["content"] for c in posttrain_data.sft_conversations() for m in c]
    texts += [p.rejected for p in posttrain_data.rubric_pairs()]
    tokenizer = train_bpe(texts, preset(TokenizerConfig, "tiny"))
    tokenizer.save(ws.tokenizer_path)
    torch.manual_seed(0)
    model = GPT(preset(ModelConfig, "tiny"), tokenizer.vocab_size)
    for stage in stages:
        ws.save_checkpoint(stage, state_for_save(model), {**model_meta(model), "step": 0, "finished": True})
    return ws
