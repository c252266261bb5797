"""The samples pretraining writes are kept in the workspace, so any page can show them again."""

from lab import samples_log
from lab.events import Sample


def test_pretraining_keeps_every_sample_it_yields(tiny_pipeline):
    ws, _ = tiny_pipeline
    kept = samples_log.read(ws, "pretrain")
    assert kept and all(s.text for s in kept)
    assert kept[0].step == 0 and kept[-1].step > 0


def test_a_line_cut_short_is_skipped_and_only_the_newest_are_read(tmp_path):
    from lab.workspace import Workspace

    ws = Workspace(tmp_path)
    for step in range(5):
        samples_log.append(ws, "pretrain", Sample(step, "El ", f"texto {step}", "es"))
    with samples_log.path(ws, "pretrain").open("a", encoding="utf-8") as f:
        f.write('{"step": 9, "pro')
    assert [s.step for s in samples_log.read(ws, "pretrain", kept=3)] == [2, 3, 4]
    samples_log.clear(ws, "pretrain")
    assert samples_log.read(ws, "pretrain") == []
