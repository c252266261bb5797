"""Compare's answers: each token with the probability its model gave it, whole characters only."""


def test_tokens_that_split_a_character_are_shown_joined():
    from lab.compare import whole_characters

    class Bytes:
        def decode(self, ids):
            return bytes(ids).decode("utf-8", errors="replace")

    ids = list("¡Hola".encode())  # "¡" is two bytes
    pieces = whole_characters(Bytes(), ids, [0.5, 0.5, 1.0, 1.0, 1.0, 1.0])
    assert pieces[0] == ("¡", 0.25) and "".join(t for t, _ in pieces) == "¡Hola"


class Chars:
    def decode(self, ids):
        return "".join(chr(65 + i) for i in ids)


def test_token_probabilities_past_the_window_are_read_as_generation_reads_them():
    """An answer that runs past the model's window (Best-of-N's pick, re-encoded from its text, can) gets the
    probability each token had with the `block_size − 1` tokens before it, not an error."""
    import torch

    from lab.compare import token_probs
    from lab.config import ModelConfig
    from lab.model import GPT

    torch.manual_seed(0)
    model = GPT(ModelConfig(n_layer=1, n_head=2, n_embd=16, block_size=8), 20).eval()
    context, new = [1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11]
    seq = context + new
    with torch.no_grad():
        expected = [float(model(torch.tensor([seq[max(0, i - 7):i]])).logits[0, -1].softmax(-1)[seq[i]])
                    for i in range(len(context), len(seq))]
        short_expected = float(model(torch.tensor([[1, 2, 3]])).logits[0, -1].softmax(-1)[4])
    got = [p for _, p in token_probs(model, Chars(), context, new)]
    assert torch.allclose(torch.tensor(got), torch.tensor(expected), atol=1e-6)
    short = [p for _, p in token_probs(model, Chars(), [1, 2], [3, 4])]  # all in the window: one pass, same rule
    assert abs(short[1] - short_expected) < 1e-6


def _judge(prompt, text):
    from lab.evaluate import Judgement

    return Judgement(correct=False, rude=False, language_ok=True, total=0.0, wrong=text.startswith("Made up"),
                     abstained=text == "I don't know.")


def test_the_showcase_is_an_unknown_fact_the_sft_model_makes_up_and_most_aligned_models_decline():
    from lab.compare import showcase
    from lab.evaluate import Probe

    probes = [Probe("Capital of Ireland?", "en", kind="known"), Probe("¿Capital de Kenia?", "es", held_out=True),
              Probe("Capital of Kenya?", "en", held_out=True), Probe("Capital of Peru?", "en", held_out=True),
              Probe("Capital of Chad?", "en", held_out=True), Probe("Capital of Mali?", "en", held_out=True)]
    said = {("sft", "Capital of Ireland?"): "Made up.", ("ppo", "Capital of Ireland?"): "I don't know.",
            ("grpo", "Capital of Ireland?"): "I don't know.",
            ("sft", "¿Capital de Kenia?"): "Made up.", ("dpo", "¿Capital de Kenia?"): "I don't know.",
            ("sft", "Capital of Kenya?"): "Made up.", ("ppo", "Capital of Kenya?"): "Made up too.",
            ("sft", "Capital of Peru?"): "Made up.", ("grpo", "Capital of Peru?"): "I don't know.",
            ("sft", "Capital of Chad?"): "Made up.", ("ppo", "Capital of Chad?"): "I don't know.",
            ("grpo", "Capital of Chad?"): "I don't know.",
            ("sft", "Capital of Mali?"): "I don't know.", ("ppo", "Capital of Mali?"): "I don't know.",
            ("grpo", "Capital of Mali?"): "I don't know."}
    asked = []

    def answer(stage, prompt):
        asked.append((stage, prompt))
        return None if stage == "dpo" else said.get((stage, prompt), "Something else.")  # DPO is not trained

    assert showcase(probes, "en", answer, _judge) == "Capital of Chad?"  # two aligned models decline, Peru one
    assert ("sft", "Capital of Ireland?") not in asked  # a known fact is no showcase
    assert ("ppo", "Capital of Mali?") not in asked  # the SFT model already declines
    assert showcase(probes, "es", answer, _judge) is None  # the only Spanish guess is declined by no trained model
