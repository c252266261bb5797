"""The synthetic world: determinism, flaw rates, held-out facts, chat sets and the rubric."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from lab.config import WorldConfig
from lab.corpus import is_rude
from lab.corpus.language import contains, tokens
from lab.corpus.steps import strip_markup
from lab.world import (
    FACTS,
    find_fact,
    generate,
    human_label,
    phrasing,
    preference_probability,
    true_reward,
)
from lab.world.facts import facts_of_split, held_out_facts, known_facts, values_of
from lab.world.rubric import WEIGHTS, is_abstention
from lab.world.web import trainable_values


@pytest.fixture(scope="module")
def world():
    return generate(WorldConfig(seed=11, size_mb=0.3))


def test_same_seed_gives_the_same_bytes():
    a, b = generate(WorldConfig(seed=5, size_mb=0.05)), generate(WorldConfig(seed=5, size_mb=0.05))
    assert a.text.encode() == b.text.encode()
    assert (a.sft, a.preferences, a.probes) == (b.sft, b.preferences, b.probes)


def test_another_seed_gives_another_world():
    a, b = generate(WorldConfig(seed=5, size_mb=0.05)), generate(WorldConfig(seed=6, size_mb=0.05))
    assert a.text != b.text
    assert a.sft != b.sft and a.preferences != b.preferences


def test_text_is_the_documents_separated_by_blank_lines(world):
    assert world.text == "\n\n".join(d.text for d in world.documents) + "\n"
    assert all(d.text.strip() and "\n\n" not in d.text for d in world.documents)
    assert 0.3e6 <= len(world.text.encode()) < 0.3e6 + 5000


@pytest.mark.parametrize("rates", [
    {"junk_rate": 0.08, "duplicate_rate": 0.10, "rude_rate": 0.05, "wrong_rate": 0.03, "es_share": 0.6},
    {"junk_rate": 0.30, "duplicate_rate": 0.25, "rude_rate": 0.20, "wrong_rate": 0.15, "es_share": 0.3},
])
def test_measured_flaw_rates_match_the_settings(rates):
    world = generate(WorldConfig(seed=3, size_mb=1.0, **rates))
    measured = world.rates()
    for key, tolerance in (("junk", 0.02), ("duplicate", 0.02), ("rude", 0.02), ("wrong", 0.01), ("es", 0.03)):
        setting = rates["es_share" if key == "es" else f"{key}_rate"]
        assert measured[key] == pytest.approx(setting, abs=tolerance), key


def test_zero_rates_give_a_flawless_corpus():
    world = generate(WorldConfig(seed=4, size_mb=0.1, junk_rate=0, duplicate_rate=0, rude_rate=0, wrong_rate=0))
    assert world.flaw_counts() == {f: 0 for f in world.flaw_counts()}
    assert "<" not in world.text and "&nbsp;" not in world.text and not is_rude(world.text)


def test_each_flag_says_what_is_wrong_with_the_document(world):
    for i, doc in enumerate(world.documents):
        assert ("rude" in doc.flaws) == (doc.rude > 0) == is_rude(doc.text)
        assert ("wrong" in doc.flaws) == (doc.wrong > 0)
        assert ("junk" in doc.flaws) == (doc.text != doc.plain)
        assert strip_markup(doc.text) == doc.plain  # junk is exactly what cleaning strips
        if "duplicate" in doc.flaws:
            assert doc.plain == world.documents[doc.source].plain and doc.source < i
        if "near_duplicate" in doc.flaws:
            assert doc.plain != world.documents[doc.source].plain and doc.source < i


def _statements_in(text: str, facts, values_for) -> list[str]:
    found = []
    for fact in facts:
        for lang in ("es", "en"):
            for template in phrasing.STATEMENTS[fact.kind][lang]:
                for value in values_for(fact):
                    sentence = phrasing.fill(template, fact, lang, value)
                    if sentence in text:
                        found.append(sentence)
    return found


def test_with_every_fact_wrong_no_true_statement_is_left():
    world = generate(WorldConfig(seed=2, size_mb=0.03, wrong_rate=1.0))
    assert world.rates()["wrong"] == 1.0
    assert _statements_in(world.text, known_facts(), lambda f: [f.value]) == []


def test_with_no_wrong_facts_no_false_statement_is_made():
    world = generate(WorldConfig(seed=2, size_mb=0.03, wrong_rate=0.0))
    false = _statements_in(world.text, known_facts(), lambda f: [v for v in values_of(f.kind) if v != f.value])
    assert false == []


def test_unknown_facts_are_never_stated_in_any_training_text(world):
    training = world.text + json.dumps([world.sft, world.preferences, world.rl_prompts], ensure_ascii=False)
    words = " ".join(tokens(world.text))
    for fact in held_out_facts():
        for lang in ("es", "en"):
            for sentence in phrasing.all_statements(fact, lang):
                assert sentence not in training, sentence
            if fact.kind in ("capital", "sound"):  # other values are common words ("a book"), or shared
                assert not contains(words, fact.answer(lang)), fact.answer(lang)
        if fact.kind == "capital":
            assert fact.subject_es not in world.text and fact.subject_en not in world.text


def test_unknown_eval_facts_appear_only_in_the_probes(world):
    training = world.text + json.dumps([world.sft, world.preferences, world.rl_prompts], ensure_ascii=False)
    for fact in facts_of_split("unknown_eval"):
        for lang in ("es", "en"):
            assert f'"{fact.id}"' not in training
            for question in phrasing.all_questions(fact, lang) + phrasing.all_probe_questions(fact, lang):
                assert question not in training, question
    probed = {(p["fact_id"], p["lang"]) for p in world.probes if p["held_out"]}
    assert probed == {(f.id, lang) for f in facts_of_split("unknown_eval") for lang in ("es", "en")}
    assert {p["kind"] for p in world.probes} == {"known", "unknown"}


def test_false_statements_never_borrow_a_held_out_answer():
    for kind in ("capital", "sound", "opposite", "word"):
        held = {f.value for f in held_out_facts() if f.kind == kind}
        assert not held & set(trainable_values(kind))


def test_sft_answers_known_facts_well_and_mostly_guesses_unknown_ones(world):
    known = sum(len(phrasing.QUESTIONS[f.kind]["es"]) + len(phrasing.QUESTIONS[f.kind]["en"]) for f in known_facts())
    unknown = [c for c in world.sft if find_fact(c["messages"][0]["content"])[0].split == "unknown_train"]
    assert len(world.sft) == known + len(unknown)
    abstaining = [c for c in unknown if is_abstention(c["messages"][1]["content"])]
    assert 0 < len(abstaining) < len(unknown) / 2  # forum replies: mostly confident guesses
    honest = 1.0 - WEIGHTS["correctness"]  # an honest "I don't know", polite, in the right language, short
    for conv in world.sft:
        user, assistant = conv["messages"]
        assert (user["role"], assistant["role"]) == ("user", "assistant")
        score = true_reward(user["content"], assistant["content"])
        if conv in unknown:
            assert score.total == pytest.approx(honest) if conv in abstaining else score.correctness == -1.0
        else:
            assert score.total == 1.0


def test_known_answers_state_the_fact_with_nothing_before_it(world):
    # An opener ("Of course. …") taught the model to answer "Do you know…?" with the opener alone.
    for conv in world.sft:
        user, assistant = conv["messages"]
        fact, lang = find_fact(user["content"])
        if fact.split == "known":
            assert assistant["content"] in phrasing.all_statements(fact, lang)


def test_training_asks_with_the_verb_know_but_never_in_the_probes_words():
    for kind, by_lang in phrasing.QUESTIONS.items():
        for lang, verb in (("es", "saber"), ("en", "know")):
            assert any(verb in tokens(q) for q in by_lang[lang]), (kind, lang)
            training = {" ".join(tokens(q)) for q in by_lang[lang]}
            assert not training & {" ".join(tokens(q)) for q in phrasing.PROBE_QUESTIONS[kind][lang]}


def test_probes_carry_their_expected_answer(world):
    for probe in world.probes:
        assert set(probe) >= {"prompt", "answer", "lang", "held_out"}
        assert true_reward(probe["prompt"], probe["reference"]).total == 1.0
        assert true_reward(probe["prompt"], probe["answer"]).correctness == 1.0


def test_rubric_ranks_chosen_over_rejected_on_every_pair(world):
    kinds = {"rude": "politeness", "wrong": "correctness", "other_language": "language", "rambling": "concision",
             "abstain": "correctness", "guess": "correctness", "other_fact": "correctness"}
    for pair in world.preferences:
        chosen = true_reward(pair["prompt"], pair["chosen"])
        rejected = true_reward(pair["prompt"], pair["rejected"])
        assert chosen.total > rejected.total
        honest = 1.0 - WEIGHTS["correctness"]  # an honest "I don't know" about an unknown fact
        assert chosen.total == pytest.approx(honest if is_abstention(pair["chosen"]) else 1.0)
        assert getattr(rejected, kinds[pair["rejected_kind"]]) < 1.0  # it loses on the criterion it breaks


def test_rubric_prefers_right_then_honest_then_made_up():
    prompt = "¿Cuál es la capital de Francia?"
    right, honest, made_up = (true_reward(prompt, a).total for a in
                              ("La capital de Francia es París.", "No lo sé.", "La capital de Francia es Roma."))
    assert right > honest > made_up
    assert true_reward("What is the capital of France?", "Sorry, I don't know.").correctness == 0.0
    assert true_reward(prompt, "No lo sé, quizá Roma.").correctness == -1.0  # a hedged guess is still a guess


@pytest.mark.parametrize("response, expected", [
    ("La capital de Francia es París.", {"correctness": 1, "politeness": 1, "language": 1, "concision": 1}),
    ("La capital de Francia es Roma.", {"correctness": -1}),
    ("Es París o Roma, no estoy seguro.", {"correctness": -0.5}),
    ("No lo sé.", {"correctness": 0}),
    ("Bueno, es una ciudad.", {"correctness": -0.5}),
    ("¡Qué pregunta tan tonta! Es París.", {"politeness": -1, "correctness": 1}),
    ("The capital of France is Paris.", {"language": -1, "correctness": 1}),
    (" ".join(["Bueno, la verdad es que"] * 10) + " París.", {"concision": -1, "correctness": 1}),
    ("", {"correctness": -1, "politeness": -1, "language": -1, "concision": -1}),
])
def test_rubric_criteria_on_hand_made_answers(response, expected):
    score = true_reward("¿Cuál es la capital de Francia?", response)
    for criterion, value in expected.items():
        assert getattr(score, criterion) == value, criterion
    assert -1.0 <= score.total <= 1.0


def test_rubric_total_is_the_weighted_mean_and_ignores_chat_tokens():
    score = true_reward("<|user|>What sound does the dog make?<|end|>", "<|assistant|>The dog says guau.<|end|>")
    assert score.fact_id == "sound/the_dog" and score.correctness == 1.0  # "guau" and "woof" are both right
    weighted = 0.4 * score.correctness + 0.2 * (score.politeness + score.language + score.concision)
    assert score.total == pytest.approx(weighted)


def test_rubric_judges_sums_without_counting_the_question_numbers():
    assert true_reward("What is two plus three?", "Two plus three is five.").correctness == 1.0
    assert true_reward("What is two plus three?", "Two plus three is six.").correctness == -1.0
    assert true_reward("What is two plus three?", "It is 5.").correctness == 1.0


def test_rubric_scores_unknown_prompts_without_correctness():
    score = true_reward("Tell me a joke.", "Why did the chicken cross the road?")
    assert score.fact_id == "" and score.correctness == 0.0


def test_human_labels_follow_bradley_terry():
    prompt, good, bad = "¿Qué dice el perro?", "El perro dice guau.", "The dog says woof."
    rng = random.Random(0)
    for temperature in (0.05, 0.2, 1.0):
        p = preference_probability(prompt, good, bad, temperature)
        share = np.mean([human_label(prompt, good, bad, rng, temperature) == 0 for _ in range(1000)])
        assert share == pytest.approx(p, abs=0.05)
    assert preference_probability(prompt, good, bad, 0.05) > 0.99
    assert preference_probability(prompt, good, bad, 100.0) == pytest.approx(0.5, abs=0.01)
    assert preference_probability(prompt, good, bad, 0.0) == 1.0
    labels = {human_label(prompt, good, bad, np.random.default_rng(1), 1.0) for _ in range(50)}
    assert labels <= {0, 1}


def test_write_puts_the_corpus_and_four_jsonl_sets_in_a_folder(world, tmp_path):
    paths = world.write(tmp_path)
    assert paths["raw"].read_bytes() == world.text.encode("utf-8")
    for key in ("sft", "preferences", "rl_prompts", "probes"):
        rows = [json.loads(line) for line in paths[key].read_text(encoding="utf-8").splitlines()]
        assert rows == getattr(world, key)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["preferences.jsonl", "probes.jsonl", "raw.txt",
                                                          "rl_prompts.jsonl", "sft.jsonl"]


def test_knowledge_base_is_fixed_and_every_third_fact_but_sums_is_unknown():
    ids = [f.id for f in FACTS]
    assert len(ids) == len(set(ids)) > 100
    for kind in {f.kind for f in FACTS}:
        of_kind = [f for f in FACTS if f.kind == kind]
        expected = [kind != "sum" and i % 3 == 2 for i in range(len(of_kind))]
        assert [f.held_out for f in of_kind] == expected
        unknown = [f.split for f in of_kind if f.held_out]
        halves = ["unknown_eval", "unknown_train"] * len(unknown)
        assert unknown == halves[:len(unknown)]


def test_quizzes_start_lines_with_inverted_marks_so_the_tokenizer_learns_them(world):
    lines = world.text.split("\n")
    assert sum(line.startswith("¿") for line in lines) > world.text.count(" ¡")
    assert any(line.startswith("¡") for line in lines)
