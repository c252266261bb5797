"""Issue 16: preference pairs on the SFT model's own answers, compared by the hidden human."""

from __future__ import annotations

import json
import random
import shutil

from lab import posttrain_data, sampled_pairs
from lab.corpus.language import tokens
from lab.events import Progress
from lab.workspace import Workspace
from lab.world import chat, phrasing
from lab.world.facts import facts_of_split, known_facts
from lab.world.rubric import is_abstention


def _unknown_question():
    fact = facts_of_split("unknown_train")[0]
    return fact, phrasing.question(fact, "en", random.Random(0))


def test_a_made_up_fact_loses_to_an_honest_i_dont_know():
    fact, prompt = _unknown_question()
    made_up = chat.guess(fact, "en", random.Random(1))
    pair = chat.answer_pair(prompt, made_up, random.Random(2))
    assert pair["rejected"] == made_up and is_abstention(pair["chosen"])
    assert pair["fact_id"] == fact.id and pair["rejected_kind"] == "sampled"


def test_a_wrong_answer_to_a_known_fact_loses_to_the_right_one():
    fact = known_facts()[0]
    prompt = phrasing.question(fact, "es", random.Random(0))
    wrong = chat.rejected_answer(fact, "es", "wrong", random.Random(1))
    pair = chat.answer_pair(prompt, wrong, random.Random(2))
    assert pair["rejected"] == wrong and fact.answer("es") in pair["chosen"]


def test_a_needless_i_dont_know_to_a_known_fact_loses_to_the_right_answer():
    fact = known_facts()[0]
    prompt = phrasing.question(fact, "en", random.Random(0))
    pair = chat.answer_pair(prompt, "I don't know.", random.Random(2))
    assert pair["rejected"] == "I don't know." and fact.answer("en") in pair["chosen"]


def test_right_answers_and_honest_abstentions_make_no_pair():
    fact = known_facts()[0]
    prompt = phrasing.question(fact, "en", random.Random(0))
    assert chat.answer_pair(prompt, chat.polite_answer(fact, "en", random.Random(1)), random.Random(2)) is None
    assert chat.answer_pair(_unknown_question()[1], "I don't know.", random.Random(2)) is None


def test_the_reward_stage_wrote_pairs_of_the_current_sft_model_and_none_asks_a_probe(tiny_pipeline):
    ws, _ = tiny_pipeline
    rows = [json.loads(line) for line in (ws.corpus_dir / posttrain_data.SAMPLED_PAIRS).read_text("utf-8").splitlines()]
    assert rows and {r["model"] for r in rows} == {posttrain_data.sft_model_id(ws)}
    probes = {" ".join(tokens(p.prompt)) for p in posttrain_data.probes(ws)}
    assert not probes & {" ".join(tokens(r["prompt"])) for r in rows if "prompt" in r}
    held_out = {f.id for f in facts_of_split("unknown_eval")}
    assert not held_out & {r.get("fact_id") for r in rows}
    pairs = posttrain_data.sampled_pairs(ws)
    assert len(pairs) == sum("prompt" in r for r in rows) and all(p.kind == "sampled" for p in pairs)
    assert all(p in posttrain_data.rubric_pairs(ws) for p in pairs)


def test_a_new_sft_model_samples_again_and_older_pairs_are_not_read(tiny_pipeline, tmp_path):
    source, _ = tiny_pipeline
    ws = Workspace(shutil.copytree(source.root, tmp_path / "ws"))
    assert list(sampled_pairs.ensure(ws, seed=3)) == []  # the current model's pairs are there: nothing to do
    meta = ws.root / "checkpoints" / "sft" / "meta.json"
    meta.write_text(meta.read_text("utf-8") + " ", "utf-8")  # another SFT model, as far as the fingerprint goes
    assert posttrain_data.sampled_pairs(ws) == []
    events = list(sampled_pairs.ensure(ws, seed=3))
    assert events and all(isinstance(e, Progress) for e in events) and events[-1].fraction == 1.0
    assert posttrain_data.sampled_pairs_model(ws) == posttrain_data.sft_model_id(ws)


def test_dpo_samples_the_pairs_when_the_reward_model_has_not(tiny_pipeline, tmp_path):
    from lab.config import DPOConfig, RunConfig, preset
    from lab.jobs import dpo

    source, _ = tiny_pipeline
    ws = Workspace(shutil.copytree(source.root, tmp_path / "ws"))
    (ws.corpus_dir / posttrain_data.SAMPLED_PAIRS).unlink()
    events = list(dpo.run(ws, preset(DPOConfig, "tiny"), RunConfig(seed=3), resume=False))
    assert any(isinstance(e, Progress) and e.message == sampled_pairs.MESSAGE for e in events)
    assert posttrain_data.sampled_pairs_model(ws) == posttrain_data.sft_model_id(ws)


def test_nothing_is_sampled_when_the_learners_labels_replace_the_rubrics(tiny_pipeline, tmp_path):
    from lab.preferences import PreferenceStore

    source, _ = tiny_pipeline
    ws = Workspace(shutil.copytree(source.root, tmp_path / "ws"))
    (ws.corpus_dir / posttrain_data.SAMPLED_PAIRS).unlink()
    PreferenceStore(ws).set_replace(True)
    assert list(sampled_pairs.ensure(ws, seed=3)) == []
    assert not (ws.corpus_dir / posttrain_data.SAMPLED_PAIRS).exists()
