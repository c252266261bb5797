"""The world's post-training sets: SFT conversations, preference pairs, RL prompts and probes.

Which facts each set may mention (`lab.world.facts` splits them):

- SFT (`{"messages": [...]}`): every training phrasing of every *known* fact, answered
  politely, correctly and briefly in the question's language; and, for questions about
  `unknown_train` facts, what forum replies hold: mostly confident guesses (a wrong
  value, worded like a right answer), now and then an honest "I don't know"
  (`SFT_UNKNOWN`). So SFT teaches the format, and the model mostly guesses when it does
  not know (greedy decoding picks a guess): the hallucination preference tuning
  repairs. It still *samples* "I don't know" now and then, which is what lets PPO,
  GRPO, Best-of-N and offline RL find that the reward model prefers it.
- Preferences (`prompt`, `chosen`, `rejected`, `rejected_kind`): for known facts the
  correct answer beats a rude, wrong, other-language, rambling, needless "I don't
  know" or off-subject answer; for `unknown_train` facts an honest "I don't know" beats
  a confident guess (`"guess"`) and a true statement about another subject
  (`"other_fact"`, what a small model says most often when it does not know).
- RL prompts (`{"prompt"}`): questions PPO and GRPO practise on: known facts and every
  `unknown_train` question, so the policy meets questions it cannot answer.
- Probes: the evaluation only. Known facts asked in phrasings no training set uses
  (`phrasing.PROBE_QUESTIONS`), and `unknown_eval` facts that no training set or corpus
  mentions. `kind` says which: "known" or "unknown".
"""

from __future__ import annotations

import random

from lab.world import phrasing
from lab.world.facts import FACTS_BY_ID, KINDS, Fact, Value, facts_of_split, known_facts
from lab.world.rubric import ABSTAIN_SCORE, human_label, is_abstention, true_reward
from lab.world.web import RUDE, trainable_values

REJECTED_KINDS = ("rude", "wrong", "other_language", "rambling", "abstain", "other_fact")  # for known facts
GUESSES_PER_UNKNOWN = 5  # pairs (honest abstention, confident guess) per unknown_train fact, language and kind
# Pairs (right answer, needless "I don't know") per known fact and language. With one, the abstention-wins pairs
# outnumbered them (300 to 180) and PPO learned to abstain on known facts asked in new phrasings too.
NEEDLESS_ABSTAIN_PAIRS = 2
RAMBLE = {
    "es": ("Bueno, esa es una pregunta muy interesante y me alegra mucho que me la hagas, porque hay mucha "
           "gente que se la hace a menudo y no siempre encuentra a alguien que se la conteste con calma.",
           "Espero que esto te sirva de ayuda, y si tienes cualquier otra duda, aquí estaré para seguir "
           "hablando contigo todo el tiempo que haga falta."),
    "en": ("Well, that is a really interesting question and I am very glad that you asked it, because many "
           "people wonder about it quite often and do not always find someone who answers it calmly.",
           "I hope this helps you, and if you have any other doubt at all, I will be right here to keep "
           "talking with you for as long as you need."),
}
KNOWN_PROBES = {"capital": 3, "sound": 2, "colour": 2, "opposite": 2, "sum": 3, "word": 3}  # facts per kind
# SFT demonstrations per unknown_train fact (languages alternating): forum-like, mostly a confident guess, sometimes an
# honest "I don't know". The share of abstentions is what the SFT model samples on questions it cannot know:
# too low (4 abstentions in all, none guessing, before) and RL never meets one; too high and SFT already abstains
# (5 and 2: greedy SFT abstained on 12-41 % of the unknown probes, seeds 0-2; 6 and 2: 3-12 %, sampled 14-20 %).
SFT_UNKNOWN = {"guess": 6, "abstain": 2}
RL_KNOWN_PER_UNKNOWN = 2  # known-fact RL prompts per unknown_train one


# Answers state the fact straight away, without an opener ("Of course. …", "¡Claro! …"): with one, SFT and then
# preference tuning answered a known fact asked "Do you know…?" with the opener alone, a yes that says nothing.
def polite_answer(fact: Fact, lang: str, rng: random.Random) -> str:
    """A polite, correct, concise answer in `lang`."""
    return phrasing.statement(fact, lang, rng)


def sft_conversations(rng: random.Random) -> list[dict]:
    """Every training phrasing of every known fact, in both languages, with a good answer; for unknown_train
    facts, confident guesses and a few honest abstentions (`SFT_UNKNOWN`)."""
    convs = []
    for fact in known_facts():
        for lang in ("es", "en"):
            for q in phrasing.all_questions(fact, lang):
                convs.append(_conversation(q, polite_answer(fact, lang, rng)))
    for n, fact in enumerate(facts_of_split("unknown_train")):
        langs = ("es", "en") if n % 2 == 0 else ("en", "es")  # alternate, so both languages abstain as often
        for i in range(SFT_UNKNOWN["guess"]):
            lang = langs[i % 2]
            convs.append(_conversation(phrasing.question(fact, lang, rng), guess(fact, lang, rng)))
        for i in range(SFT_UNKNOWN["abstain"]):
            lang = langs[i % 2]
            convs.append(_conversation(phrasing.question(fact, lang, rng), phrasing.abstain(lang, rng)))
    rng.shuffle(convs)
    return convs


def _conversation(question: str, answer: str) -> dict:
    return {"messages": [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]}


def rejected_answer(fact: Fact, lang: str, kind: str, rng: random.Random) -> str:
    """A worse answer of the given `kind` (one of REJECTED_KINDS)."""
    if kind == "rude":
        return f"{rng.choice(RUDE[lang]['prefix'])} {phrasing.statement(fact, lang, rng)}"
    if kind == "wrong":
        return guess(fact, lang, rng)
    if kind == "other_fact":  # a true statement that answers another question
        return polite_answer(rng.choice(_same_kind(fact)), lang, rng)
    if kind == "other_language":
        other = "en" if lang == "es" else "es"
        return polite_answer(fact, other, rng)
    start, end = RAMBLE[lang]
    parts = [start, phrasing.statement(fact, lang, rng), end]
    if rng.random() < 0.5:
        parts.pop(rng.choice((0, 2)))
    return " ".join(parts)


def preference_pairs(rng: random.Random) -> list[dict]:
    """Known facts: one pair per kind of rejected answer; unknown_train facts: abstaining beats guessing."""
    pairs = []
    for fact in known_facts():
        for lang in ("es", "en"):
            for kind in REJECTED_KINDS + ("abstain",) * (NEEDLESS_ABSTAIN_PAIRS - 1):
                rejected = (phrasing.abstain(lang, rng) if kind == "abstain"
                            else rejected_answer(fact, lang, kind, rng))
                pairs.append(_pair(fact, lang, polite_answer(fact, lang, rng), rejected, kind, rng))
    for fact in facts_of_split("unknown_train"):
        for lang in ("es", "en"):
            # Many different wrong values, so that whichever a model favours, some pair rejects it.
            table = trainable_values(fact.kind)
            for value in rng.sample(table, min(GUESSES_PER_UNKNOWN, len(table))):
                rejected = guess(fact, lang, rng, value)
                pairs.append(_pair(fact, lang, phrasing.abstain(lang, rng), rejected, "guess", rng))
            # What a small model really does when it does not know: it states a fact it knows about another subject.
            for other in rng.sample(_same_kind(fact), min(GUESSES_PER_UNKNOWN, len(_same_kind(fact)))):
                pairs.append(_pair(fact, lang, phrasing.abstain(lang, rng), polite_answer(other, lang, rng),
                                   "other_fact", rng))
    rng.shuffle(pairs)
    return pairs


def _pair(fact: Fact, lang: str, chosen: str, rejected: str, kind: str, rng: random.Random) -> dict:
    return {"prompt": phrasing.question(fact, lang, rng), "chosen": chosen, "rejected": rejected,
            "rejected_kind": kind, "lang": lang, "fact_id": fact.id}


def _same_kind(fact: Fact) -> list[Fact]:
    return [f for f in known_facts() if f.kind == fact.kind and f.value != fact.value]


def guess(fact: Fact, lang: str, rng: random.Random, value: Value | None = None) -> str:
    """A confident answer, worded as the SFT answers are, with a value the training data could suggest."""
    if value is None or value == fact.value:
        value = phrasing.wrong_value(fact, rng, trainable_values(fact.kind))
    return phrasing.statement(fact, lang, rng, value)


def answer_pair(prompt: str, answer: str, rng: random.Random) -> dict | None:
    """What the human makes of a model's own `answer` to a training prompt: a pair, or None.

    A made-up fact loses to what the human would rather read: an honest "I don't know"
    for an `unknown_train` fact, the right answer for a known one; so does a needless "I
    don't know" to a known fact. The human's choice is drawn as every label is
    (`human_label`), so now and then it errs. Other answers (right ones, honest
    abstentions, off-subject ones) make no pair.
    """
    score = true_reward(prompt, answer)
    fact, lang = FACTS_BY_ID.get(score.fact_id), score.lang or "es"
    if fact is None or fact.split == "unknown_eval":  # never: the prompts are RL ones; the probes' facts stay out
        return None
    needless = fact.split == "known" and score.correctness == ABSTAIN_SCORE and is_abstention(answer)
    if score.correctness > -1.0 and not needless:
        return None
    better = phrasing.abstain(lang, rng) if fact.split == "unknown_train" else polite_answer(fact, lang, rng)
    chosen, rejected = (better, answer) if human_label(prompt, better, answer, rng) == 0 else (answer, better)
    return {"prompt": prompt, "chosen": chosen, "rejected": rejected, "rejected_kind": "sampled", "lang": lang,
            "fact_id": fact.id}


def rl_prompts(rng: random.Random) -> list[dict]:
    """Every unknown_train question and twice as many known-fact ones (training phrasings only)."""
    def questions(facts: list[Fact]) -> list[str]:
        return [q for f in facts for lang in ("es", "en") for q in phrasing.all_questions(f, lang)]

    unknown, known = questions(facts_of_split("unknown_train")), questions(known_facts())
    rows = unknown + rng.sample(known, min(len(known), RL_KNOWN_PER_UNKNOWN * len(unknown)))
    rng.shuffle(rows)
    return [{"prompt": q} for q in rows]


def probes(rng: random.Random) -> list[dict]:
    """Every unknown_eval fact and a few known ones per kind (in probe-only phrasings), in both languages.

    Known and unknown probes alternate, so the first probes of the list hold both.
    """
    unknown = [_probe(f, lang, rng) for f in facts_of_split("unknown_eval") for lang in ("es", "en")]
    known = []
    for kind in KINDS:
        for fact in rng.sample([f for f in known_facts() if f.kind == kind], KNOWN_PROBES[kind]):
            known += [_probe(fact, lang, rng) for lang in ("es", "en")]
    rng.shuffle(unknown)
    rng.shuffle(known)
    out = []
    for i in range(max(len(unknown), len(known))):
        out += [p[i] for p in (unknown, known) if i < len(p)]
    return out


def _probe(fact: Fact, lang: str, rng: random.Random) -> dict:
    if fact.held_out:  # unknown facts: any phrasing, training ones included (the fact itself was never seen)
        prompt = rng.choice(phrasing.all_questions(fact, lang) + phrasing.all_probe_questions(fact, lang))
    else:
        prompt = phrasing.probe_question(fact, lang, rng)
    return {"prompt": prompt, "answer": fact.answer(lang), "reference": phrasing.canonical(fact, lang),
            "lang": lang, "held_out": fact.held_out, "kind": "unknown" if fact.held_out else "known",
            "fact_id": fact.id, "fact_kind": fact.kind}
