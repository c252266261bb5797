"""The Home page: the pipeline's state read from the workspace, jumps, and "run everything"."""

import json

from lab import pipeline
from lab.events import Done
from ui import palette
from ui.pages.home import HomePage


def write_report(ws, stages, metrics=None):
    report = {"preset": "tiny", "seed": 1234,
              "stages": {s: {"wall_s": 2.0, "metrics": metrics or {}} for s in stages}}
    (ws.root / "report.json").write_text(json.dumps(report))


def test_cards_show_which_stages_are_done(ctx, qtbot):
    write_report(ctx.workspace, ["corpus", "tokenizer"])
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert "done · 2 s" in page.cards["tokenizer"].text()
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


def test_cards_show_the_time_and_the_headline_number(ctx, qtbot):
    write_report(ctx.workspace, ["corpus", "tokenizer", "pretrain", "sft"],
                 {"eval/accuracy": 0.435, "loss/val": 0.6582, "corpus/documents_clean": 7380.0})
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert "correct answers: 44 %" in page.cards["sft"].text()
    assert "validation loss: 0.66" in page.cards["pretrain"].text()
    assert "documents after cleaning: 7,380" in page.cards["corpus"].text()


def test_a_stage_finished_on_its_own_page_shows_done_when_its_job_ends(ctx, qtbot):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert "not run yet" in page.cards["tokenizer"].text()

    def train_tokenizer():
        ctx.workspace.tokenizer_path.write_text("{}")
        yield Done({})

    handle = ctx.runner.start("Training the tokenizer", train_tokenizer)
    with qtbot.waitSignal(handle.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: "✓" in page.cards["tokenizer"].text())
    assert ctx.facts.get("stage.tokenizer.done") is True
    assert ctx.facts.get("pipeline.done_stages") == 1


def test_cards_take_their_stage_colour_and_stay_readable_in_high_contrast(ctx, qtbot):
    write_report(ctx.workspace, ["corpus"])
    page = HomePage(ctx)
    qtbot.addWidget(page)
    card = page.cards["corpus"]
    assert (card.property("stage"), card.property("state")) == ("corpus", "done")
    selector = 'QPushButton[stage="corpus"][state="done"] {'
    rule = next(r for r in card.styleSheet().splitlines() if r.startswith(selector))
    assert palette.stage_colour("corpus") in rule
    ctx.theme.set_high_contrast(True)
    try:
        rule = next(r for r in card.styleSheet().splitlines() if r.startswith(selector))
        contrast = palette.card_colours("corpus", "done", high_contrast=True)
        assert f"background: {contrast.background}" in rule and f"color: {contrast.text}" in rule
        assert palette.stage_colour("corpus", high_contrast=True) in rule
        card.ensurePolished()
        assert card.label.palette().color(card.label.foregroundRole()).name() == contrast.text  # white on black
    finally:
        ctx.theme.set_high_contrast(False)


def test_open_report_shows_it_inside_the_app_when_no_browser_opens_it(ctx, qtbot):
    from lab.report import write_html

    write_report(ctx.workspace, ["corpus"], {"corpus/documents_clean": 10.0})
    write_html(ctx.workspace, json.loads((ctx.workspace.root / "report.json").read_text()), "en")
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.open_url = lambda url: False  # no browser on this machine
    page.report_button.click()
    assert page.report_dialog is not None and page.report_dialog.isVisible()
    assert "documents after cleaning" in page.report_dialog.browser.toPlainText()
    page.report_dialog.close()
    page.open_url = lambda url: True
    page.report_button.click()
    assert page.report_dialog is None
