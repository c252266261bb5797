"""The Reward page: the no-SFT banner, a real tiny run with its histogram, and the score box."""

import pytest
from posttrain_fakes import prepared_workspace

from lab.config import RewardConfig, preset
from ui.context import AppContext
from ui.pages.reward import RewardPage

TINY = preset(RewardConfig, "tiny", max_steps=4, eval_every=2)


@pytest.fixture(scope="module")
def sft_root(tmp_path_factory):
    return prepared_workspace(tmp_path_factory.mktemp("reward"), stages=("pretrain", "sft")).root


def make_page(ctx, qtbot, root=None, tmp_path=None):
    if root is not None:
        import shutil

        from lab.workspace import Workspace

        shutil.copytree(root, tmp_path / "copy")
        ctx = AppContext(ctx.runner, ctx.facts, Workspace(tmp_path / "copy"), ctx.theme)
    page = RewardPage(ctx)
    qtbot.addWidget(page)
    return page


def test_without_an_sft_model_the_page_says_to_run_sft(ctx, qtbot):
    page = make_page(ctx, qtbot)
    assert page.banner.isVisibleTo(page) and not page.controls.start_button.isEnabled()
    assert ctx.facts.get("reward.has_sft") is False


def test_the_score_box_shows_the_rubric_even_without_a_reward_model(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.score_prompt.setCurrentText("What is the capital of France?")
    page.score_response.setPlainText("The capital of France is Paris.")
    page.score_button.click()
    assert "correctness</td><td align='right'>1.00" in page.breakdown.text()
    assert "No reward model" in page.rm_score.text()
    assert ctx.facts.get("reward.scored") == 1


def test_a_tiny_run_draws_accuracy_and_the_histogram_then_scores_answers(ctx, qtbot, sft_root, tmp_path):
    page = make_page(ctx, qtbot, sft_root, tmp_path)
    assert "from the rubric" in page.data_info.text()
    page.form.set_value(TINY)
    page.controls.start_button.click()
    assert page.handle is not None, page.problem.text()
    with qtbot.waitSignal(page.handle.finished, timeout=120_000):
        pass
    assert ctx.facts.get("reward.done") is True and ctx.facts.get("reward.step") == 4
    assert 0.0 <= ctx.facts.get("reward.accuracy") <= 1.0
    assert list(page.accuracy_plot.data("eval/pair_accuracy")[0]) == [0, 2, 4]
    chosen, rejected = page.histogram.scores()
    assert chosen and len(chosen) == len(rejected)
    assert "wrong fact" in page.kinds.text() and "rude" in page.kinds.text()
    page.score_prompt.setCurrentText("What is the capital of France?")
    page.score_response.setPlainText("Paris.")
    page.score_button.click()
    assert page.rm_score.text().startswith("Reward model:")
    again = make_page(ctx, qtbot, page.ctx.workspace.root, tmp_path / "again")
    assert again.histogram.scores() == (chosen, rejected)  # drawn again from the saved model


def test_start_over_trains_a_new_run_and_start_goes_on_with_a_stopped_one(ctx, qtbot, sft_root, tmp_path):
    import json

    page = make_page(ctx, qtbot, sft_root, tmp_path)
    page.form.set_value(TINY)
    page.controls.start_button.click()
    with qtbot.waitSignal(page.handle.finished, timeout=120_000):
        pass
    assert not page.continues_saved_run()  # a finished run: Start would train anew
    page.controls.start_over_button.click()
    assert page.handle is not None, page.problem.text()
    with qtbot.waitSignal(page.handle.finished, timeout=120_000):
        pass
    assert list(page.accuracy_plot.data("eval/pair_accuracy")[0]) == [0, 2, 4]  # one curve, not two
    meta_path = page.ctx.workspace.checkpoint_dir("reward") / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps({**meta, "finished": False}), encoding="utf-8")  # as a Stop leaves it
    assert page.continues_saved_run()


def test_the_data_line_counts_pairs_on_the_sft_models_own_answers(ctx, qtbot, sft_root, tmp_path):
    import json

    from lab import posttrain_data

    page = make_page(ctx, qtbot, sft_root, tmp_path)
    ws = page.ctx.workspace
    row = {"prompt": "What is the capital of Zorbia?", "chosen": "I don't know.", "rejected": "It is Paris.",
           "rejected_kind": "sampled", "fact_id": "", "model": posttrain_data.sft_model_id(ws)}
    (ws.corpus_dir / posttrain_data.SAMPLED_PAIRS).write_text(json.dumps(row) + "\n", "utf-8")
    page.update_state()
    assert "1 of the rubric's compare the SFT model's own answers" in page.data_info.text()


def test_in_a_short_window_the_rubrics_verdict_is_whole_and_scrolls(ctx, qtbot):
    page = make_page(ctx, qtbot)
    page.resize(1020, 690)  # the page inside a 1280x730 window beside the sidebar
    page.show()
    page.score_prompt.setCurrentText("What is the capital of France?")
    page.score_response.setPlainText("The capital of France is Paris.")
    page.score_button.click()
    qtbot.waitUntil(lambda: page.breakdown.height() > 0)
    assert page.breakdown.height() >= page.breakdown.sizeHint().height()
