"""One source of truth: the workspace says which stages are done; Home, sidebar and pages agree."""

import json

from PySide6.QtWidgets import QPushButton

from lab import stage_status
from lab.events import Done
from ui.state import stage_watch


def test_a_stage_counts_as_done_when_its_page_left_its_result(tmp_path):
    from lab.workspace import Workspace

    ws = Workspace(tmp_path)
    assert not stage_status.read(ws)["corpus"].done
    ws.clean_text_path.write_text("hola")
    (ws.root / "report.json").write_text(json.dumps({"stages": {"tokenizer": {
        "wall_s": 3.0, "bundled": True, "metrics": {"tokenizer/chars_per_token": 3.9}}}}))
    status = stage_status.read(ws)
    assert status["corpus"].done and status["corpus"].wall_s is None
    assert status["tokenizer"].bundled and status["tokenizer"].value == 3.9
    assert not status["pretrain"].done


def test_the_sidebar_and_home_follow_a_stage_finished_on_its_page_with_its_time(window, qtbot):
    window.load_pages()
    row = next(i for i, p in enumerate(window.pages) if p.key == "tokenizer")
    item = window.sidebar.item(row)
    assert not item.icon().isNull() and item.toolTip() == "Not run yet"
    home_row = next(i for i, p in enumerate(window.pages) if p.key == "home")
    assert window.sidebar.item(home_row).toolTip() == ""  # no stage, no status

    def tokenizer_job():
        window.ctx.workspace.tokenizer_path.write_text("{}")
        yield Done({})

    handle = window.ctx.runner.start("Training the tokenizer", tokenizer_job)
    with qtbot.waitSignal(handle.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: item.toolTip() == "Done")
    watch = stage_watch(window.ctx)
    assert watch.done("tokenizer") and watch.status["tokenizer"].wall_s is not None  # the job's time, recorded
    home = next(p for p in window.pages if p.key == "home")
    assert "·" in home.findChild(QPushButton, "home.stage.tokenizer").text()  # "done · 0 s"


def test_a_stage_run_on_its_page_shows_its_time_and_headline_metric(tmp_path):
    from lab.workspace import Workspace

    ws = Workspace(tmp_path)
    ws.clean_text_path.write_text("hola")
    ws.update_state(corpus={"cleaned": True, "stats": {"steps": [{"docs": 10}, {"docs": 7}]}})
    stage_status.record_page_run(ws, "corpus", 12.5)
    corpus = stage_status.read(ws)["corpus"]
    assert (corpus.wall_s, corpus.value) == (12.5, 7.0)
    ws.tokenizer_path.write_text("{}")
    (ws.root / "tokenizer_report.json").write_text(json.dumps({
        "tokenizer_mtime_ns": ws.tokenizer_path.stat().st_mtime_ns,
        "artifacts": {"lengths": {"chars_per_token": 3.5}}}))
    assert stage_status.read(ws)["tokenizer"].value == 3.5
    assert stage_status.read(ws)["tokenizer"].wall_s is None  # never recorded


def test_a_recorded_time_goes_stale_when_the_result_is_written_again(tmp_path):
    import os

    from lab.workspace import Workspace

    ws = Workspace(tmp_path)
    ws.clean_text_path.write_text("hola")
    stage_status.record_page_run(ws, "corpus", 3.0)
    os.utime(ws.clean_text_path, ns=(1, 1))  # another result, e.g. copied in by hand
    assert stage_status.read(ws)["corpus"].wall_s is None
