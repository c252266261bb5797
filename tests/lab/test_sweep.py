"""The scaling sweep: the ladder of models, equal budgets, a tiny live run and its saved results."""

import pytest

from lab.config import SweepConfig, preset
from lab.errors import LabError
from lab.events import Artifact, Done, Metrics, StopRequested
from lab.jobs import sweep
from lab.workspace import Workspace

TEXT = "La capital de Francia es París. The capital of France is Paris. El gato dice miau. " * 200


def test_ladder_grows_in_width_and_depth_with_heads_that_divide_the_width():
    cfg = preset(SweepConfig, "classroom", min_width=16)
    shapes = sweep.ladder(cfg)
    widths = [s.n_embd for s in shapes]
    assert widths == sorted(set(widths)) and widths[0] == 16 and widths[-1] == 128
    assert [s.n_layer for s in shapes] == sorted(s.n_layer for s in shapes)
    assert min(s.n_layer for s in shapes) == 2  # one block cannot copy earlier text: a kink in the law
    assert all(s.n_embd % s.n_head == 0 for s in shapes)


def test_non_embedding_parameters_leave_out_both_tables():
    shape = sweep.ladder(preset(SweepConfig, "tiny"))[-1]  # 2 blocks, width 32
    assert sweep.non_embedding_params(shape, 256) == 2 * (12 * 32 * 32 + 13 * 32) + 2 * 32


def test_same_tokens_mode_gives_every_model_the_same_tokens():
    models = sweep.plan(preset(SweepConfig, "classroom"))
    assert len({m.tokens for m in models}) == 1
    assert [m.params for m in models] == sorted(m.params for m in models)


def test_same_budget_mode_gives_every_model_about_the_same_flops():
    models = sweep.plan(preset(SweepConfig, "classroom", same_budget=True))
    budget = models[len(models) // 2].flops
    for m in models:
        assert m.flops == pytest.approx(budget, rel=max(0.02, 1 / m.steps))
    assert models[0].tokens > models[-1].tokens  # small models read more


def test_tiny_sweep_reports_every_model_fits_a_law_and_saves_it(tmp_path):
    ws = Workspace(tmp_path)
    events = list(sweep.run(ws, preset(SweepConfig, "tiny"), text=TEXT))
    points = [e.data for e in events if isinstance(e, Artifact) and e.kind == "sweep/point"]
    assert len(points) == 4
    assert [p["params"] for p in points] == sorted(p["params"] for p in points)
    assert any(isinstance(e, Metrics) and "loss/train" in e.values for e in events)
    fit = next(e.data for e in events if isinstance(e, Artifact) and e.kind == "sweep/fit")
    done = events[-1]
    assert isinstance(done, Done) and not done.stopped
    assert done.summary["sweep/alpha"] == fit["alpha"]
    assert done.summary["flops/total"] == pytest.approx(sum(p["flops"] for p in points))
    saved = sweep.load_results(ws)
    assert len(saved["points"]) == 4 and saved["fit"]["alpha"] == fit["alpha"]
    assert len(saved["curves"]) == 4


def test_stopping_keeps_the_models_already_trained(tmp_path):
    ws = Workspace(tmp_path)
    job = sweep.run(ws, preset(SweepConfig, "tiny"), text=TEXT)
    for event in job:
        if isinstance(event, Artifact) and event.kind == "sweep/point":
            break
    done = job.throw(StopRequested())
    rest = [done, *job]
    assert isinstance(rest[-1], Done) and rest[-1].stopped
    assert len(sweep.load_results(ws)["points"]) == 1


def test_too_little_text_is_a_clear_error(tmp_path):
    with pytest.raises(LabError, match="too few"):
        list(sweep.run(Workspace(tmp_path), preset(SweepConfig, "tiny"), text="abc"))
