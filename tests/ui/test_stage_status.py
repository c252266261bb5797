"""One source of truth: the workspace says which stages are done; Home, sidebar and pages agree."""

import json

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


def test_the_sidebar_marks_stage_pages_and_follows_a_finished_job(window, qtbot):
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
    assert stage_watch(window.ctx).done("tokenizer")
