"""The Home page: the pipeline's state from report.json, jumps, and "run everything"."""

import json

from lab import pipeline
from ui.pages.home import HomePage


def write_report(ws, stages):
    report = {"preset": "tiny", "seed": 1234, "stages": {s: {"wall_s": 2.0, "metrics": {}} for s in stages}}
    (ws.root / "report.json").write_text(json.dumps(report))


def test_cards_show_which_stages_are_done(ctx, qtbot):
    write_report(ctx.workspace, ["corpus", "tokenizer"])
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert "done in 2 s" in page.cards["tokenizer"].text()
    assert "not run yet" in page.cards["pretrain"].text()
    assert ctx.facts.get("pipeline.done_stages") == 2


def test_clicking_a_card_opens_its_page(ctx, qtbot):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.open_page) as blocker:
        page.cards["ppo"].click()
    assert blocker.args == ["rlhf"]


def test_every_card_opens_a_page_that_exists(window):
    window.load_pages()
    keys = {p.key for p in window.pages}
    home = window.show_page("home")
    for stage in pipeline.STAGES:
        home.cards[stage].click()
        assert window.stack.currentWidget().key in keys


def test_run_everything_skips_finished_stages_and_writes_the_report(ctx, qtbot):
    write_report(ctx.workspace, pipeline.STAGES)
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.preset.setCurrentText("tiny")
    page.run_button.click()
    with qtbot.waitSignal(page.handle.finished, timeout=60000):
        pass
    assert (ctx.workspace.root / "report.html").is_file()
    assert page.report_button.isEnabled()
    assert ctx.facts.get("pipeline.done") is True
