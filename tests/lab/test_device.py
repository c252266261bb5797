"""Device helpers: the warm-up, OpenMP's own wait policy, threads chosen from free cores, again while a job runs."""

import os
import subprocess
import sys

import pytest
import torch

from lab import device
from lab.device import ThreadChoice, choose_threads, follow_load, set_threads, thread_choice

FIRST_OPTIMIZER = """
import sys, torch
from lab.device import warm_up
{warm}
before = set(sys.modules)
torch.optim.AdamW([torch.zeros(2, requires_grad=True)], lr=1e-3)
print(len(set(sys.modules) - before))
"""


def modules_the_first_optimizer_imports(warm: bool) -> int:
    code = FIRST_OPTIMIZER.format(warm="warm_up()" if warm else "")
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def test_after_the_warm_up_the_first_optimizer_imports_nothing_more():
    assert modules_the_first_optimizer_imports(warm=False) > 100  # what a job would otherwise wait for
    assert modules_the_first_optimizer_imports(warm=True) == 0


def test_set_threads_reports_the_threads_in_use():
    assert set_threads(0) == torch.get_num_threads()


# --- threads on a shared machine ------------------------------------------------------

POLICY_WHEN_TORCH_LOADS = """
import builtins, os, runpy, sys
seen, real = [], builtins.__import__
def spy(name, *args, **kwargs):
    if name == "torch" and not seen:
        seen.append(os.environ.get("OMP_WAIT_POLICY", "unset"))
    return real(name, *args, **kwargs)
builtins.__import__ = spy
sys.argv = ["entry", *{argv!r}]
try:
    {start}
except SystemExit:
    pass
import torch  # what the entry point loads next, if it has not yet
print(seen[0])
"""

ENTRY_POINTS = {
    "the app and the command line": ("from ui.launcher import main; main(['pretrain', '--help'])", []),
    "the engine's command line": ("from lab.cli import main; main(['sample', '--help'])", []),
    "a DDP worker under torchrun": ("runpy.run_module('lab.commands.ddp_worker', run_name='__main__')", ["--help"]),
    "a benchmark": ("import bench.bench_model", []),
}


def wait_policy_when_torch_loads(start: str, argv: list[str]) -> str:
    code = POLICY_WHEN_TORCH_LOADS.format(start=start, argv=argv)
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "KMP_BLOCKTIME")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_no_entry_point_makes_openmp_wait_passively(entry):
    # passive waiting costs about 40 % of idle speed at the classroom's sizes; the thread count
    # (chosen from the free cores) is what keeps a busy laptop from collapsing
    start, argv = ENTRY_POINTS[entry]
    assert wait_policy_when_torch_loads(start, argv) == "unset"


def test_an_idle_machine_keeps_torchs_threads():
    assert choose_threads(4, cores=4, busy=0.0) == ThreadChoice(4, 4, 0.0, "free")
    assert choose_threads(2, cores=2, busy=None).threads == 2  # no way to know: as before


def test_a_busy_core_takes_its_share_of_the_threads():
    choice = choose_threads(2, cores=2, busy=1.0)
    assert (choice.threads, choice.source) == (1, "shared")
    assert choose_threads(4, cores=8, busy=4.0).threads == 2  # 8 logical cores, 4 physical: half are free


def test_a_crowded_machine_still_trains_on_one_thread():
    assert choose_threads(2, cores=2, busy=5.0).threads == 1


def test_a_little_load_elsewhere_changes_nothing():
    assert choose_threads(2, cores=2, busy=0.3) == ThreadChoice(2, 2, 0.3, "free")


def test_the_jobs_setting_and_omp_num_threads_decide_over_the_choice(monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    before = torch.get_num_threads()
    try:
        assert set_threads(1) == 1
        assert thread_choice().source == "setting"
        monkeypatch.setenv("OMP_NUM_THREADS", "1")
        assert set_threads(0) == 1
        assert thread_choice().source == "environment"
    finally:
        torch.set_num_threads(before)


def test_the_busy_share_leaves_out_this_processs_own_work(monkeypatch):
    looks = iter([(0.0, 1000, 2000, 300), (1.0, 1150, 2200, 400)])  # 1 s on 2 cores: 150 ticks busy, 100 ours
    monkeypatch.setattr(device, "_ticks", lambda: next(looks))
    monkeypatch.setattr(device, "usable_cores", lambda: 2)
    monkeypatch.setattr(device.time, "monotonic", lambda: 1.0)
    watch = device._LoadWatch()
    watch.mark()
    assert watch.busy_elsewhere() == pytest.approx(0.5)  # 50 of the 200 ticks were someone else's


@pytest.mark.skipif(not os.path.exists("/proc/stat"), reason="Linux only")
def test_the_busy_share_is_measured_on_linux():
    watch = device._LoadWatch()
    busy = watch.busy_elsewhere()  # no mark yet: a short fresh look
    assert 0.0 <= busy <= device.usable_cores()


def test_a_job_on_a_busy_machine_trains_on_the_free_cores(monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setattr(device, "FOLLOW_LOAD", True)
    monkeypatch.setattr(device, "_DEFAULT", 2)
    monkeypatch.setattr(device, "usable_cores", lambda: 2)
    monkeypatch.setattr(device._WATCH, "busy_elsewhere", lambda: 1.0)  # another program keeps a core busy
    before = torch.get_num_threads()
    try:
        assert set_threads(0) == 1
        assert thread_choice() == ThreadChoice(1, 2, 1.0, "shared")
        monkeypatch.setattr(device._WATCH, "busy_elsewhere", lambda: 0.0)  # it ended: the next job takes both
        assert set_threads(0) == 2
    finally:
        torch.set_num_threads(before)


def test_without_following_the_load_a_job_keeps_torchs_threads(monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setattr(device, "FOLLOW_LOAD", False)
    monkeypatch.setattr(device._WATCH, "busy_elsewhere", lambda: 1.0)
    assert set_threads(0) == torch.get_num_threads()


class FakeWatch:
    """The other programs' load as a test sets it, and how long ago the last look was."""

    def __init__(self, busy: float, age: float) -> None:
        self.busy, self.since = busy, age

    def busy_elsewhere(self, fresh_s: float = device.FRESH_S) -> float:
        self.since = 0.0
        return self.busy

    def age(self) -> float:
        return self.since


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setattr(device, "FOLLOW_LOAD", True)
    monkeypatch.setattr(device, "_DEFAULT", 2)
    monkeypatch.setattr(device, "usable_cores", lambda: 2)
    watch = FakeWatch(busy=0.0, age=0.0)
    monkeypatch.setattr(device, "_WATCH", watch)
    before = torch.get_num_threads()
    yield watch
    torch.set_num_threads(before)


def test_a_running_job_gives_a_core_back_when_another_program_starts_and_takes_it_back_after(two_cores):
    assert set_threads(0) == 2
    two_cores.busy, two_cores.since = 1.0, device.RECHOOSE_S  # a video call starts mid-run
    assert follow_load() == 1
    assert thread_choice().source == "shared"
    two_cores.busy, two_cores.since = 0.0, device.RECHOOSE_S  # it ended
    assert follow_load() == 2


def test_between_looks_a_running_job_keeps_its_threads(two_cores):
    assert set_threads(0) == 2
    two_cores.busy, two_cores.since = 1.0, device.RECHOOSE_S / 2
    assert follow_load() == 2


def test_a_running_job_keeps_the_threads_its_setting_asks_for(two_cores):
    assert set_threads(1) == 1
    two_cores.busy, two_cores.since = 0.0, device.RECHOOSE_S
    assert follow_load() == 1
    assert thread_choice().source == "setting"
