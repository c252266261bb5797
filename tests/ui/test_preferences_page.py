"""The Preferences page: keys 1/2, the rubric's verdict, a session that survives, files in and out."""

import pytest
from PySide6.QtCore import Qt

from lab.preferences import Candidate, PreferenceStore, pairs_jsonl, read_pairs
from lab.workspace import Workspace
from ui.context import AppContext
from ui.pages.preferences import PreferencesPage


def make_page(ctx, qtbot, ws=None):
    if ws is not None:
        ctx = AppContext(ctx.runner, ctx.facts, ws, ctx.theme)
    page = PreferencesPage(ctx)
    qtbot.addWidget(page)
    return page


def test_keys_one_and_two_label_the_pair_and_reveal_the_rubric(ctx, qtbot):
    page = make_page(ctx, qtbot)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    first = page.candidate
    qtbot.keyClick(page, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: ctx.facts.get("preferences.labelled") == 1, timeout=5000)
    labels = PreferenceStore(ctx.workspace).labels()
    assert labels[0].prompt == first.prompt and labels[0].choice == "1"
    assert "The rubric" in page.verdict.text() and "correctness" in page.verdict.text()
    assert page.candidate != first
    qtbot.keyClick(page, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: ctx.facts.get("preferences.labelled") == 2, timeout=5000)
    assert ctx.facts.get("preferences.agreement") is not None


def test_world_pairs_agree_with_the_rubric_when_you_pick_its_choice(ctx, qtbot):
    from lab import posttrain_data

    page = make_page(ctx, qtbot)
    for _ in range(4):
        c = page.candidate
        better = posttrain_data.rubric_total(c.prompt, c.first) >= posttrain_data.rubric_total(c.prompt, c.second)
        page.choose("1" if better else "2")
    assert ctx.facts.get("preferences.agreement") == 1.0
    assert "4 of 4" in page.agreement_label.text()
    assert [p.source for p in page.table.pairs()[:4]] == ["learner"] * 4


def test_tie_and_skip_add_no_pair(ctx, qtbot):
    page = make_page(ctx, qtbot)
    before = len(page.table.pairs())
    page.choose("tie")
    page.choose("skip")
    assert len(page.table.pairs()) == before
    assert [lab.choice for lab in PreferenceStore(ctx.workspace).labels()] == ["tie", "skip"]


def test_a_label_session_survives_closing_the_page(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.choose("1")
    shown = page.candidate
    again = make_page(ctx, qtbot, Workspace(ctx.workspace.root))
    assert len(again.store.labels()) == 1
    assert again.candidate == shown  # the session goes on where it stopped


def test_identical_answers_are_refused_with_a_reason(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.candidate = Candidate("q", "same", "same", "model")
    page.choose("1")
    assert "identical" in page.problem.text()
    assert PreferenceStore(ctx.workspace).labels() == []


def test_only_my_labels_replace_the_rubric_pairs(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.choose("2")
    page.replace_box.setChecked(True)
    assert [p.source for p in page.table.pairs()] == ["learner"]
    assert ctx.facts.get("preferences.replace") is True and ctx.facts.get("preferences.pairs") == 1


def test_export_then_import_round_trips_and_bad_lines_are_reported(ctx, qtbot, tmp_path):
    page = make_page(ctx, qtbot)
    page.replace_box.setChecked(True)
    page.choose("1")
    out = tmp_path / "out.jsonl"
    page.export_file(out)
    assert read_pairs(out.read_text(encoding="utf-8")).items[0].chosen == page.table.pairs()[0].chosen
    bad = tmp_path / "in.jsonl"
    bad.write_text(pairs_jsonl(read_pairs(out.read_text(encoding="utf-8")).items) + "not json\n", encoding="utf-8")
    page.import_file(bad)
    assert "1 pairs imported" in page.report.text() and "Line 2" in page.report.text()
    assert sorted(p.source for p in page.table.pairs()) == ["import", "learner"]


def test_model_pairs_need_an_sft_model(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.source.setCurrentIndex(1)
    assert "no SFT model" in page.problem.text()
    assert not page.choose_buttons[0].isEnabled()


@pytest.mark.parametrize("stage", ["sft"])
def test_model_pairs_are_two_sampled_answers(ctx, qtbot, tmp_path, stage):
    from posttrain_fakes import prepared_workspace

    page = make_page(ctx, qtbot, prepared_workspace(tmp_path / "ws", stages=(stage,)))
    page.source.setCurrentIndex(1)
    assert page.candidate is not None and page.candidate.origin == "model", page.problem.text()
    assert page.candidate.first != page.candidate.second
    page.choose("1")
    assert page.store.labels()[0].origin == "model"
