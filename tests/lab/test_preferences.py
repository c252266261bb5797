import pytest

from lab import preferences as prefs
from lab.errors import LabError
from lab.preferences import Candidate, Label, Pair, PreferenceStore
from lab.workspace import Workspace


def longer_is_better(prompt, answer):
    return float(len(answer))


def test_identical_answers_are_rejected_with_a_reason():
    with pytest.raises(LabError, match="identical"):
        prefs.make_pair("q", "same answer", " same answer ")


def test_labels_round_trip_through_jsonl(tmp_path):
    pairs = [Pair("¿Qué tal?", "Bien, gracias.", "¡Cállate!"), Pair("2+2?", "Four.", "Five.")]
    path = tmp_path / "out.jsonl"
    prefs.export_pairs(pairs, path)
    loaded = prefs.load_pairs(path, source="rubric")
    assert loaded.items == pairs and loaded.problems == []


def test_malformed_pair_lines_are_reported_by_number_and_skipped():
    text = '{"prompt": "q", "chosen": "a", "rejected": "b"}\nnot json\n{"prompt": "q"}\n' \
           '{"prompt": "q", "chosen": "a", "rejected": "a"}\n'
    loaded = prefs.read_pairs(text)
    assert [p.chosen for p in loaded.items] == ["a"]
    assert [p.params["line"] for p in loaded.problems] == [2, 3, 4]
    assert "identical" in loaded.problems[2].message()


def test_a_choice_becomes_a_pair_with_the_chosen_first():
    c = Candidate("q", "short", "much longer")
    label = prefs.decide(c, "2", longer_is_better)
    assert label.rubric == "2"
    assert label.pair() == Pair("q", "much longer", "short", "learner")
    assert prefs.decide(c, "tie", longer_is_better).pair() is None
    assert prefs.decide(c, "skip", longer_is_better).pair() is None


def test_choosing_between_identical_answers_is_refused():
    with pytest.raises(LabError, match="identical"):
        prefs.decide(Candidate("q", "x", "x"), "1", longer_is_better)


def test_agreement_counts_only_answers_both_picked():
    labels = [Label("q", "a", "b", "1", "1"), Label("q", "a", "b", "2", "1"), Label("q", "a", "b", "tie", "1"),
              Label("q", "a", "b", "1", "tie"), Label("q", "a", "b", "2", "2")]
    result = prefs.agreement(labels)
    assert (result.agree, result.compared) == (2, 3)
    assert result.rate == pytest.approx(2 / 3)
    assert prefs.agreement([]).rate is None


def test_a_label_session_survives_a_restart(tmp_path):
    store = PreferenceStore(Workspace(tmp_path))
    store.add(Label("q", "a", "b", "1", "1"))
    store.add(Label("q2", "c", "d", "skip", "2", "model"))
    again = PreferenceStore(Workspace(tmp_path))
    assert [lab.choice for lab in again.labels()] == ["1", "skip"]
    assert again.learner_pairs() == [Pair("q", "a", "b", "learner")]
    assert again.undo().choice == "skip" and len(again.labels()) == 1


def test_a_line_cut_by_a_crash_loses_only_itself(tmp_path):
    store = PreferenceStore(Workspace(tmp_path))
    store.add(Label("q", "a", "b", "1", "1"))
    with store.labels_path.open("a", encoding="utf-8") as f:
        f.write('{"prompt": "q", "fir')
    assert len(store.labels()) == 1


def test_learner_labels_join_or_replace_the_rubric_pairs(tmp_path):
    store = PreferenceStore(Workspace(tmp_path))
    rubric = [Pair("r", "good", "bad")]
    store.add(Label("q", "a", "b", "2", "1"))
    assert [p.source for p in store.dataset(rubric)] == ["rubric", "learner"]
    store.set_replace(True)
    assert PreferenceStore(Workspace(tmp_path)).dataset(rubric) == [Pair("q", "b", "a", "learner")]


def test_imported_pairs_are_kept_in_the_workspace(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"prompt": "q", "chosen": "a", "rejected": "b"}\nbroken\n', encoding="utf-8")
    store = PreferenceStore(Workspace(tmp_path / "ws"))
    loaded = store.import_file(path)
    assert len(loaded.problems) == 1
    assert PreferenceStore(Workspace(tmp_path / "ws")).imported() == [Pair("q", "a", "b", "import")]


def test_shuffled_candidates_put_the_better_answer_on_both_sides():
    pairs = [Pair(f"q{i}", "good", "bad") for i in range(40)]
    firsts = {c.first for c in prefs.shuffled_candidates(pairs, seed=3)}
    assert firsts == {"good", "bad"}


def test_the_kind_of_rejected_answer_survives_import_and_export():
    text = '{"prompt": "q", "chosen": "a", "rejected": "b", "rejected_kind": "rude"}\n'
    pair = prefs.read_pairs(text).items[0]
    assert pair.kind == "rude"
    assert prefs.read_pairs(prefs.pairs_jsonl([pair])).items[0].kind == "rude"
