"""The SFT page: the no-base banner, the masked template, a real tiny run, before/after, bad files."""

import shutil

import pytest
from posttrain_fakes import prepared_workspace

from lab import chat
from lab.config import SFTConfig, preset
from lab.workspace import Workspace
from ui.context import AppContext
from ui.pages.sft import SFTPage

TINY = preset(SFTConfig, "tiny", max_steps=6, eval_every=3, eval_probes=2, max_new_tokens=4)


@pytest.fixture(scope="module")
def base_ws(tmp_path_factory):
    return prepared_workspace(tmp_path_factory.mktemp("sft_base")).root


def page_over(ctx, qtbot, root=None, tmp_path=None):
    if root is not None:
        shutil.copytree(root, tmp_path / "copy")
        ctx = AppContext(ctx.runner, ctx.facts, Workspace(tmp_path / "copy"), ctx.theme)
    page = SFTPage(ctx)
    qtbot.addWidget(page)
    return page


def test_without_a_pretrained_model_the_page_offers_to_pretrain(ctx, qtbot):
    page = page_over(ctx, qtbot)
    assert page.banner.isVisibleTo(page)
    assert not page.controls.start_button.isEnabled()
    assert page.banner.buttons["sft.quick_pretrain"].isEnabled()
    assert ctx.facts.get("sft.has_base") is False


def test_the_mask_switch_greys_out_the_question_tokens(ctx, qtbot, base_ws, tmp_path):
    page = page_over(ctx, qtbot, base_ws, tmp_path)
    trained, total = page.template.counts()
    assert 0 < trained < total
    page.mask.setChecked(False)
    trained, total = page.template.counts()
    assert trained == total
    assert ctx.facts.get("sft.masked") is False


def test_a_tiny_run_draws_its_curves_and_publishes_its_facts(ctx, qtbot, base_ws, tmp_path):
    page = page_over(ctx, qtbot, base_ws, tmp_path)
    page.form.set_value(TINY)
    page.controls.start_button.click()
    assert page.handle is not None, page.problem.text()
    with qtbot.waitSignal(page.handle.finished, timeout=120_000):
        pass
    assert ctx.facts.get("sft.done") is True and ctx.facts.get("sft.step") == 6
    assert ctx.facts.get("sft.format_rate") is not None
    xs, _ = page.eval_plot.data("eval/format_rate")
    assert list(xs) == [0, 3, 6]  # the base model first, then every 3 steps
    assert len(page.loss_plot.data("loss/train")[0]) == 6
    assert page.runs.table.item(0, 1).text() != "–"  # the masked run's format rate
    assert page.ctx.workspace.has_checkpoint("sft")


def test_before_and_after_asks_both_models(ctx, qtbot, tmp_path):
    ws = prepared_workspace(tmp_path / "ws", stages=("pretrain", "sft"))
    page = page_over(AppContext(ctx.runner, ctx.facts, ws, ctx.theme), qtbot)
    page.compare.prompt.setCurrentText("¿Cuál es la capital de Francia?")
    page.compare.ask_button.click()
    assert page.compare.base_answer.toPlainText().startswith("¿Cuál es la capital de Francia?")
    assert page.compare.sft_answer.toPlainText()
    assert "Rubric" in page.compare.sft_score.text()
    assert ctx.facts.get("sft.compared") == 1


def test_a_file_with_bad_lines_reports_them_by_number(ctx, qtbot, tmp_path):
    page = page_over(ctx, qtbot)
    path = tmp_path / "mine.jsonl"
    convo = [{"role": "user", "content": "hola"}, {"role": "assistant", "content": "¡Hola!"}]
    path.write_text(chat.conversations_jsonl([convo]) + "{oops\n", encoding="utf-8")
    page.load_file(path)
    assert page.source.currentIndex() == 1
    assert "1 conversations" in page.data_info.text() and "Line 2" in page.data_info.text()
    assert page.conversations() == [convo]
