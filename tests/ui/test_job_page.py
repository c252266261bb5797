"""The job-page scaffold: a tiny page made here runs a fake job through it, so what every job page
inherits (run controls, named handlers, declared curves and facts, replay, busy state, problems
next to their control) is tested once, apart from any real training."""

import threading

import pytest
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lab.errors import LabError
from lab.events import Artifact, Done, Metrics, Progress, Sample
from ui.pages.job_page import Curve, JobPage
from ui.state import Facts

LONG = 10_000


class DemoPage(JobPage):
    key = stage = "demo"
    job_name = "Demo"
    CURVES = (Curve("loss_plot", "loss/train", "#1f77b4"), Curve("loss_plot", "loss/val", "#d62728", points=True))
    METRIC_FACTS = (("loss/train", "demo.loss"),)
    FACTS = ("demo.samples",)

    def __init__(self, ctx, job):
        super().__init__(ctx)
        self.job, self.seen = job, []
        self.make_controls(start_over=True, pause=True)
        self.controls.start_button.clicked.connect(lambda: self.run_job(self.job))
        self.loss_plot = self.make_plot("loss_plot")
        self.other = QPushButton("other")
        row = QHBoxLayout()
        row.addWidget(self.other)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.controls)
        layout.addWidget(self.loss_plot)

    def title(self):
        return "Demo"

    def on_sample(self, event):
        self.seen.append(("sample", event.text))
        self.ctx.facts.add("demo.samples")

    def on_artifact(self, event):
        self.seen.append(("artifact", event.kind))


def three_steps(gate=None):
    def job():
        for step in (1, 2, 3):
            if gate is not None:
                gate.wait(5)
            yield Metrics(step, {"loss/train": 4.0 - step})
        yield Metrics(3, {"loss/val": 1.5})
        yield Progress(3, 3, "Training")
        yield Sample(3, "hola", "mundo")
        yield Artifact("demo/thing", {"x": 1})
        yield Done({"loss/train": 1.0})
    return job


def test_a_run_draws_the_declared_curves_and_publishes_the_declared_facts(ctx, qtbot):
    page = DemoPage(ctx, three_steps())
    qtbot.addWidget(page)
    page.controls.start_button.click()
    assert page.handle is not None and ctx.facts.get("demo.running") is True
    assert not page.controls.start_button.isEnabled() and page.controls.stop_button.isEnabled()
    with qtbot.waitSignal(page.handle.finished, timeout=LONG):
        pass
    assert list(page.loss_plot.data("loss/train")[1]) == [3.0, 2.0, 1.0]
    assert list(page.loss_plot.data("loss/val")[1]) == [1.5]
    assert ctx.facts.get("demo.step") == 3 and ctx.facts.get("demo.loss") == 1.0
    assert ctx.facts.get("demo.done") is True and ctx.facts.get("demo.running") is False
    assert page.seen == [("sample", "mundo"), ("artifact", "demo/thing")]
    assert page.controls.progress.value() == 3 and "3 of 3" in page.controls.status.text()
    assert page.handle is None and page.controls.start_button.isEnabled()


def test_pause_and_stop_act_on_the_page_run(ctx, qtbot):
    gate = threading.Event()
    page = DemoPage(ctx, three_steps(gate))
    qtbot.addWidget(page)
    page.controls.start_button.click()
    page.controls.pause_button.click()
    assert ctx.runner.is_paused() and page.controls.pause_button.text() == "Resume"
    page.controls.pause_button.click()
    assert not ctx.runner.is_paused() and page.controls.pause_button.text() == "Pause"
    with qtbot.waitSignal(page.handle.finished, timeout=LONG) as blocker:
        page.controls.stop_button.click()
        gate.set()
    assert blocker.args == [True]
    assert ctx.facts.get("demo.done") is False
    assert "Stopped" in page.controls.status.text()  # a page with Start over goes on from there
    page.controls.start_over_button.click()  # not wired on this page: only enabled again
    assert page.controls.start_over_button.isEnabled()


def test_the_saved_history_is_replayed_on_the_declared_curves(ctx, qtbot):
    ctx.workspace.write_metrics("demo", [Metrics(1, {"loss/train": 2.0}), Metrics(2, {"loss/train": 1.0})])
    page = DemoPage(ctx, three_steps())
    qtbot.addWidget(page)
    assert page.replay_history() and list(page.loss_plot.data("loss/train")[1]) == [2.0, 1.0]
    assert ctx.facts.get("demo.step") == 2


def test_a_problem_shows_under_the_control_that_caused_it_then_goes_back(ctx, qtbot):
    page = DemoPage(ctx, three_steps())
    qtbot.addWidget(page)
    home = page.controls.rows.indexOf(page.problem)
    page.show_problem(LabError("That value is too big."), near=page.other)
    outer = page.layout()
    assert outer.indexOf(page.problem) == 1  # under the row holding the button, not beside it
    assert page.problem.text() == "That value is too big." and not page.problem.isHidden()
    page.show_problem("Something else.")
    assert page.controls.rows.indexOf(page.problem) == home
    page.show_problem("")
    assert page.problem.isHidden()


def test_a_job_that_cannot_start_says_why_next_to_its_button(ctx, qtbot):
    page = DemoPage(ctx, three_steps())
    qtbot.addWidget(page)
    busy = ctx.runner.start("other", three_steps(threading.Event()))
    assert page.run_job(three_steps(), near=page.other) is None
    assert page.layout().indexOf(page.problem) == 1 and page.problem.text()
    ctx.runner.stop()
    qtbot.waitSignal(busy.finished, timeout=LONG)


def test_publishing_an_undeclared_fact_is_an_error_in_tests(qapp):
    facts = Facts()
    facts.declare("Demo", ["demo.known"])
    facts.set("demo.known", 1)
    with pytest.raises(KeyError, match="demo.unknown"):
        facts.set("demo.unknown", 1)
    assert facts.declared() == {"demo.known": ["Demo"]}


def test_every_page_declares_what_it_publishes(window, qtbot):
    """Building every page publishes its first facts; strict facts (conftest) would have raised."""
    window.load_pages()
    declared = window.ctx.facts.declared()
    assert set(window.ctx.facts.snapshot()) <= set(declared)
    assert {"pretrain.step", "sft.loss", "reward.accuracy", "ppo.kl", "bon.n", "sweep.done"} <= set(declared)


def test_a_widget_outside_any_layout_leaves_the_problem_where_it_is(ctx, qtbot):
    page = DemoPage(ctx, three_steps())
    qtbot.addWidget(page)
    loose = QWidget()
    qtbot.addWidget(loose)
    home = page.controls.rows.indexOf(page.problem)
    page.show_problem("Look here.", near=loose)
    assert page.controls.rows.indexOf(page.problem) == home


class ResultPage(DemoPage):
    RESULT_KEY = "loss/val"

    def on_result(self, values):
        self.seen.append(("result", dict(values)))


def test_the_final_evaluation_reaches_on_result_live_and_from_the_history(ctx, qtbot):
    page = ResultPage(ctx, three_steps())
    qtbot.addWidget(page)
    page.on_done(Done({"loss/val": 1.25}))
    page.on_done(Done({"loss/train": 1.0}))  # no final evaluation in it: nothing to show
    ctx.workspace.write_metrics("demo", [Metrics(1, {"loss/train": 2.0}), Metrics(2, {"loss/val": 1.5})])
    page.replay_history()
    assert [v for kind, v in page.seen if kind == "result"] == [{"loss/val": 1.25}, {"loss/val": 1.5}]


def test_a_missing_model_banner_shows_until_the_page_can_start_and_its_buttons_go_to_the_pages(
        window, qtbot, monkeypatch):
    window.load_pages()
    page = window.show_page("rlhf")
    banner = page.banner
    assert banner.isVisibleTo(page) and not page.controls.start_button.isEnabled()  # no SFT model yet
    assert banner.buttons["rlhf.goto_sft"].text() == "Go to SFT"
    window.set_language("es")
    qtbot.waitUntil(lambda: banner.buttons["rlhf.goto_sft"].text() == "Ir a SFT", timeout=2000)
    assert banner.buttons["rlhf.goto_reward"].text() == "Ir al modelo de recompensa"
    banner.buttons["rlhf.goto_sft"].click()
    assert window.pages[window.stack.currentIndex()].key == "sft"
    monkeypatch.setattr(type(page), "can_start", lambda _self: True)
    page.update_state()
    assert not banner.isVisibleTo(page) and page.controls.start_button.isEnabled()
