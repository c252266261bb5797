"""Nobody in: one run per workspace (a stale lock recovered), and a workspace that is a file,
or a history full of garbage, is explained or read past instead of a traceback."""

import json
import subprocess
import sys

import pytest

from lab.cli import main
from lab.errors import LabError
from lab.events import Metrics
from lab.workspace import LOCK, Workspace, lock


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(folder, pid):
    import socket

    folder.mkdir(parents=True, exist_ok=True)
    (folder / LOCK).write_text(json.dumps({"pid": pid, "host": socket.gethostname(),
                                           "command": "llm-lab pretrain", "started": "2026-01-02 03:04:05"}))


def test_a_second_run_is_refused_with_who_holds_the_workspace(tmp_path, capsys):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        write_lock(tmp_path, other.pid)
        with pytest.raises(LabError) as err:
            with lock(tmp_path):
                pass
        assert str(other.pid) in str(err.value) and "llm-lab pretrain" in str(err.value)
        assert "2026-01-02 03:04:05" in str(err.value)
        assert main(["sft", "--workspace", str(tmp_path)]) == 2
        assert f"process {other.pid}" in capsys.readouterr().err
    finally:
        other.kill()
        other.wait()


def test_a_lock_left_by_a_dead_run_is_taken_over_and_released(tmp_path):
    write_lock(tmp_path, dead_pid())
    with lock(tmp_path) as root:
        held = json.loads((root / LOCK).read_text())
        import os

        assert held["pid"] == os.getpid()
        with lock(tmp_path):  # the same process (the app, then its job) may take it again
            pass
        assert (root / LOCK).exists()
    assert not (tmp_path / LOCK).exists()


def test_a_workspace_that_is_a_file_is_explained(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("mine")
    with pytest.raises(LabError, match="is a file"):
        Workspace(path)
    assert main(["pretrain", "--workspace", str(path)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert path.read_text() == "mine"


@pytest.mark.parametrize("garbage", [b"\xff\xfe not utf-8\n", b"[1, 2]\n", b'{"step": "ten", "loss": 1}\n',
                                     b'{"step": 3, "loss": null}\n', b'{"step": 4, "loss": 1e400}\n', b"null\n",
                                     b'{"step": 1.5, "loss": 1}\n'])
def test_garbage_in_the_history_is_skipped(tmp_path, garbage):
    ws = Workspace(tmp_path)
    ws.append_metrics("pretrain", Metrics(1, {"loss": 2.0}))
    with ws.metrics_path("pretrain").open("ab") as f:
        f.write(garbage)
    ws.append_metrics("pretrain", Metrics(2, {"loss": 1.5}))
    assert [(m.step, m.values) for m in ws.read_metrics("pretrain")] == [(1, {"loss": 2.0}), (2, {"loss": 1.5})]


def test_a_file_system_error_no_command_foresaw_is_a_sentence(capsys):
    import argparse
    import errno

    def denied(args):
        raise PermissionError(errno.EACCES, "Permission denied", "/srv/class/out")

    parser = argparse.ArgumentParser()
    parser.set_defaults(func=denied)
    assert main([], parser=parser) == 2
    err = capsys.readouterr().err
    assert "/srv/class/out" in err and "Permission denied" in err and "Traceback" not in err
