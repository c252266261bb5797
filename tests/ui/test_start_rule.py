"""One rule for Start on every page whose job resumes: Start continues a stopped run and its
curves stay; Start after a finished run, and Start over, begin afresh on empty plots; and the
plots show what the job's history holds.

Each page runs a small fake of its job here (the real ones are tested on their own pages): it
records the `resume` it was given and keeps or clears the stage's history as the training-run
skeleton does (`lab.training_run`), values 10 + step for the saved run, 20 + step for a new one.
"""

import json
import shutil

import pytest
from posttrain_fakes import prepared_workspace

from lab.events import Done, Metrics, Progress
from lab.workspace import Workspace
from ui.context import AppContext
from ui.pages.dpo import DPOPage
from ui.pages.pretrain import PretrainPage
from ui.pages.reward import RewardPage
from ui.pages.rlhf import METHODS, RLHFPage
from ui.pages.sft import SFTPage

LONG = 30_000
# page: (its class, the job module whose `run` it calls, the method chosen on the RLHF page)
PAGES = {"sft": (SFTPage, "lab.jobs.sft", ""), "reward": (RewardPage, "lab.jobs.reward", ""),
         "dpo": (DPOPage, "lab.jobs.dpo", ""), "ppo": (RLHFPage, "lab.jobs.ppo", "ppo"),
         "grpo": (RLHFPage, "lab.jobs.grpo", "grpo"), "offline_rl": (RLHFPage, "lab.jobs.offline_rl", "offline_rl")}


@pytest.fixture(scope="module")
def ready_root(tmp_path_factory):
    return prepared_workspace(tmp_path_factory.mktemp("start_rule"), stages=("pretrain", "sft", "reward")).root


class FakeJob:
    """Stands for a stage's `run`: continues the saved history when it resumes, else starts a new one."""

    def __init__(self, stage: str, key: str, ignores_resume: bool = False) -> None:
        self.stage, self.key, self.ignores_resume = stage, key, ignores_resume
        self.resumes: list[bool] = []

    def run(self, ws, *_args, resume: bool = True, **_kwargs):
        self.resumes.append(resume)
        return self.events(ws, resume and not self.ignores_resume)

    def events(self, ws, resume):
        yield Progress(0, 2, "Training")
        if resume:
            first, value = saved_step(ws, self.stage) + 1, 10
        else:
            ws.clear_metrics(self.stage)
            first, value = 0, 20
        for step in range(first, first + 3):
            event = Metrics(step, {self.key: value + step})
            ws.append_metrics(self.stage, event)
            yield event
        set_saved(ws, self.stage, step=first + 2, finished=True)
        yield Done({})


def saved_step(ws, stage):
    return json.loads((ws.checkpoint_dir(stage) / "meta.json").read_text(encoding="utf-8"))["step"]


def set_saved(ws, stage, step, finished):
    """The stage's checkpoint as a run leaves it: stopped (`finished` False) or finished, at `step`."""
    folder = ws.checkpoint_dir(stage)
    if not folder.exists():
        shutil.copytree(ws.checkpoint_dir("sft"), folder)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    (folder / "meta.json").write_text(json.dumps({**meta, "step": step, "finished": finished}), encoding="utf-8")


def stopped_run(ws, stage, key):
    """A run stopped at step 2: its history 0, 1, 2 (values 10, 11, 12) and its checkpoint."""
    ws.clear_metrics(stage)
    for step in range(3):
        ws.append_metrics(stage, Metrics(step, {key: 10 + step}))
    set_saved(ws, stage, step=2, finished=False)


def page_over(ctx, qtbot, root, tmp_path, cls):
    shutil.copytree(root, tmp_path / "copy")
    page = cls(AppContext(ctx.runner, ctx.facts, Workspace(tmp_path / "copy"), ctx.theme))
    qtbot.addWidget(page)
    return page


def press(qtbot, page, button):
    button.click()
    assert page.handle is not None, page.problem.text()
    with qtbot.waitSignal(page.handle.finished, timeout=LONG):
        pass


def curve(page):
    """The points of the page's first declared curve, as (steps, values)."""
    c = page.CURVES[0]
    xs, ys = page.plots[c.plot].data(c.key)
    return list(xs), list(ys)


@pytest.mark.parametrize("name", list(PAGES))
def test_start_continues_a_stopped_run_and_begins_afresh_after_a_finished_one(
        name, ctx, qtbot, ready_root, tmp_path, monkeypatch):
    cls, module, method = PAGES[name]
    stage, key = name, cls.CURVES[0].key
    page = page_over(ctx, qtbot, ready_root, tmp_path, cls)
    ws = page.ctx.workspace
    if method:
        page.method.setCurrentIndex(METHODS.index(method))
    stopped_run(ws, stage, key)
    page.replay_history()
    assert curve(page) == ([0, 1, 2], [10, 11, 12])
    job = FakeJob(stage, key)
    monkeypatch.setattr(f"{module}.run", job.run)

    press(qtbot, page, page.controls.start_button)  # a stopped run: Start goes on, the curve with it
    assert job.resumes == [True]
    assert curve(page) == ([0, 1, 2, 3, 4, 5], [10, 11, 12, 13, 14, 15])

    press(qtbot, page, page.controls.start_button)  # a finished run: Start trains anew
    assert job.resumes == [True, False]
    assert curve(page) == ([0, 1, 2], [20, 21, 22])

    set_saved(ws, stage, step=2, finished=False)
    press(qtbot, page, page.controls.start_over_button)  # a stopped run forgotten
    assert job.resumes == [True, False, False]
    assert curve(page) == ([0, 1, 2], [20, 21, 22])
    assert curve(page) == ([e.step for e in ws.read_metrics(stage)], [e.values[key] for e in ws.read_metrics(stage)])


def test_a_stopped_run_the_job_trains_afresh_leaves_only_the_new_curve(ctx, qtbot, ready_root, tmp_path, monkeypatch):
    """SFT with the other prompt mask, a reward model with another head: the job starts afresh
    although Start asked it to go on, and the plots follow the job, not the page's guess."""
    page = page_over(ctx, qtbot, ready_root, tmp_path, SFTPage)
    ws = page.ctx.workspace
    stopped_run(ws, "sft", "loss/train")
    page.replay_history()
    job = FakeJob("sft", "loss/train", ignores_resume=True)
    monkeypatch.setattr("lab.jobs.sft.run", job.run)
    press(qtbot, page, page.controls.start_button)
    assert job.resumes == [True]
    assert curve(page) == ([0, 1, 2], [20, 21, 22])


def test_pretraining_goes_on_from_a_finished_model_and_start_over_forgets_it(
        ctx, qtbot, ready_root, tmp_path, monkeypatch):
    """Pretraining is the exception: its job continues a finished model too (more steps train on),
    so Start keeps the curves after a finished run; only Start over, which asks first, clears them."""
    from PySide6.QtWidgets import QMessageBox

    page = page_over(ctx, qtbot, ready_root, tmp_path, PretrainPage)
    ws = page.ctx.workspace
    stopped_run(ws, "pretrain", "loss/train")
    page.replay_history()
    job = FakeJob("pretrain", "loss/train")
    monkeypatch.setattr(PretrainPage, "_blocker", lambda _self: "")
    monkeypatch.setattr(PretrainPage, "_job", lambda _self, _m, _t, resume, _w: (lambda: job.run(ws, resume=resume),
                                                                                   None))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.update_state()
    press(qtbot, page, page.controls.start_button)
    press(qtbot, page, page.controls.start_button)  # finished: it goes on all the same
    assert job.resumes == [True, True]
    assert curve(page) == (list(range(9)), [10 + s for s in range(9)])
    press(qtbot, page, page.controls.start_over_button)
    assert job.resumes == [True, True, False]
    assert curve(page) == ([0, 1, 2], [20, 21, 22])
