"""The job runner against small fake jobs: order, batching, pause, stop, errors."""

import threading

import pytest

from lab.errors import LabError
from lab.events import Checkpoint, Done, Metrics, StopRequested
from ui.runner import JobRunner


def counting_job(n, gate=None):
    for step in range(n):
        if gate is not None:
            gate.wait()
        yield Metrics(step, {"loss/train": 1.0 / (step + 1)})
    yield Done({"steps": n})


def saving_job(progress):
    step = 0
    try:
        while True:
            progress.append(step)
            yield Metrics(step, {"x": float(step)})
            step += 1
    except StopRequested:
        yield Checkpoint(step, "saved")
        yield Done(stopped=True)


def collect(handle):
    seen, batches = [], []
    handle.events.connect(lambda batch: (batches.append(len(batch)), seen.extend(batch)))
    return seen, batches


def test_events_arrive_in_order_and_batched(qtbot):
    runner = JobRunner()
    handle = runner.start("count", lambda: counting_job(500))
    seen, batches = collect(handle)
    with qtbot.waitSignal(handle.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [False]
    assert [e.step for e in seen[:-1]] == list(range(500))
    assert isinstance(seen[-1], Done)
    assert len(batches) < 500  # many events share one UI update
    assert not runner.is_busy()


def test_pause_holds_the_job_between_steps_and_resume_continues(qtbot):
    runner = JobRunner()
    gate = threading.Event()
    handle = runner.start("count", lambda: counting_job(50, gate))
    seen, _ = collect(handle)
    runner.pause()
    gate.set()
    qtbot.wait(200)
    assert runner.is_paused()
    assert len(seen) <= 1  # at most the step that was already under way
    runner.resume()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert len(seen) == 51


def test_a_job_that_runs_elsewhere_is_paused_through_its_switch(qtbot):
    runner = JobRunner()
    switched = []
    gate = threading.Event()
    handle = runner.start("workers", lambda: counting_job(10**9, gate), pause_with=switched.append)
    seen, _ = collect(handle)
    runner.pause()
    assert runner.is_paused() and switched == [True]
    gate.set()
    qtbot.waitUntil(lambda: len(seen) > 20, timeout=5000)  # the thread still passes on what arrives
    runner.stop()  # a stop also resumes, so the workers can reach their stop
    assert switched == [True, False]
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert not runner.is_paused()


def test_stop_lets_the_job_save_before_it_ends(qtbot):
    runner = JobRunner()
    progress = []
    handle = runner.start("endless", lambda: saving_job(progress))
    seen, _ = collect(handle)
    qtbot.waitUntil(lambda: len(progress) > 10, timeout=5000)
    runner.stop()
    with qtbot.waitSignal(handle.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]
    assert isinstance(seen[-2], Checkpoint) and isinstance(seen[-1], Done) and seen[-1].stopped


def test_stop_works_on_a_job_that_does_not_catch_it(qtbot):
    runner = JobRunner()
    handle = runner.start("count", lambda: counting_job(10**9))
    qtbot.wait(50)
    runner.stop()
    with qtbot.waitSignal(handle.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [True]


def test_a_job_error_becomes_a_message_and_the_runner_is_free_again(qtbot):
    def broken():
        yield Metrics(0, {"x": 1.0})
        raise ZeroDivisionError("division by zero")

    runner = JobRunner()
    handle = runner.start("broken", broken)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert "ZeroDivisionError" not in blocker.args[0] and "ZeroDivisionError" in handle.details
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)


def test_a_lab_error_reaches_the_learner_as_its_sentence(qtbot):
    def bad_input():
        raise LabError("The file {path} is empty.", path="a.txt")
        yield

    runner = JobRunner()
    handle = runner.start("bad", bad_input)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["The file a.txt is empty."]


def test_a_second_job_is_refused_while_one_runs(qtbot):
    runner = JobRunner()
    gate = threading.Event()
    handle = runner.start("first", lambda: counting_job(3, gate))
    with pytest.raises(LabError, match="first is still running"):
        runner.start("second", lambda: counting_job(3))
    gate.set()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
