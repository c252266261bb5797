"""The Compare page: a first answer on open, questions grouped by what the models know, scores explained."""

import shutil

import pytest
from posttrain_fakes import prepared_workspace
from PySide6.QtCore import Qt

from lab.evaluate import Probe
from lab.workspace import Workspace
from ui.context import AppContext
from ui.pages.compare import ComparePage
from ui.pages.compare_parts import chosen_prompt, fill_grouped

LONG = 180_000

pytestmark = pytest.mark.usefixtures("one_thread")


@pytest.fixture(scope="module")
def ready_root(tmp_path_factory):
    return prepared_workspace(tmp_path_factory.mktemp("compare"), stages=("pretrain", "sft", "reward")).root


def test_opening_answers_a_known_question_when_no_model_declines_an_unknown_one(ctx, qtbot, ready_root, tmp_path):
    shutil.copytree(ready_root, tmp_path / "copy")
    page = ComparePage(AppContext(ctx.runner, ctx.facts, Workspace(tmp_path / "copy"), ctx.theme))
    qtbot.addWidget(page)
    page.show()
    assert page.handle is not None  # nobody pressed Ask
    with qtbot.waitSignal(page.handle.finished, timeout=LONG):
        pass
    assert not page.results["sft"]["missing"] and page.results["sft"]["text"]
    assert chosen_prompt(page.prompt)[1] == "known"  # no aligned model here, so no unknown fact to show off
    assert page.question_note.text().startswith("A fact the models were taught")
    assert "plain text" in page.table.item(0, 0).text()  # the base model's row says how it answered
    assert "Rubric" in page.scored_on.text() and "Reward model" in page.scored_on.text()
    assert page.ctx.facts.get("compare.asked") is None  # the lesson waits for the learner's own question
    page.ask_button.click()
    with qtbot.waitSignal(page.handle.finished, timeout=LONG):
        pass
    assert page.ctx.facts.get("compare.asked") == 1


def test_questions_are_grouped_under_headings_that_cannot_be_chosen(qtbot):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox(editable=True)
    qtbot.addWidget(combo)
    probes = [Probe("What is the capital of Kenya?", "en", held_out=True),
              Probe("¿Cuál es la capital de Irlanda?", "es"), Probe("What is the capital of Ireland?", "en")]
    fill_grouped(combo, probes, "en")
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0].startswith("Known facts") and texts[3].startswith("Unknown facts")
    assert texts[1] == "What is the capital of Ireland?"  # the app's language first
    assert not combo.model().item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert chosen_prompt(combo) == ("What is the capital of Ireland?", "known")
    combo.setCurrentIndex(4)
    assert chosen_prompt(combo) == ("What is the capital of Kenya?", "unknown")
    combo.setEditText("My own question")
    assert chosen_prompt(combo) == ("My own question", "")


def test_paraphrased_questions_get_their_own_group_when_the_probes_say_so():
    from dataclasses import dataclass

    from ui.pages.compare_parts import group_of

    @dataclass
    class KindProbe:
        prompt: str
        lang: str = "en"
        held_out: bool = False
        kind: str = ""

    assert group_of(KindProbe("Name the capital of Ireland.", kind="paraphrase")) == "paraphrase"
    assert group_of(KindProbe("What is the capital of Ireland?", kind="capital")) == "known"
    assert group_of(KindProbe("What is the capital of Kenya?", held_out=True)) == "unknown"


def test_opening_asks_the_unknown_fact_the_sft_model_makes_up_when_the_workspace_has_one(
        ctx, qtbot, ready_root, tmp_path, monkeypatch):
    from lab import compare, posttrain_data

    shutil.copytree(ready_root, tmp_path / "copy")
    ws = Workspace(tmp_path / "copy")
    unknown = [p.prompt for p in posttrain_data.probes(ws) if p.group == "unknown"][-1]
    monkeypatch.setattr(compare, "showcase_in", lambda _ws, _lang: unknown)  # as if SFT guessed and PPO declined
    page = ComparePage(AppContext(ctx.runner, ctx.facts, ws, ctx.theme))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.handle.finished, timeout=LONG):
        pass
    assert chosen_prompt(page.prompt) == (unknown, "unknown")
    assert page.question_note.text().startswith("No training text states this fact")
    assert not page.results["sft"]["missing"]
