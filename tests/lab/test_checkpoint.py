"""Checkpoints survive a full disk: the previous one stays whole, and the learner reads why."""

import errno
import os

import pytest
import torch

from lab import checkpoint
from lab.errors import LabError


class _FullDisk:
    """Stands in for `os.fdopen`: lets `room` files be written, then fails like a full disk."""

    def __init__(self, room: int) -> None:
        self.room, self.real = room, os.fdopen

    def __call__(self, fd, mode):
        if self.room == 0:
            os.close(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= 1
        return self.real(fd, mode)


@pytest.mark.parametrize("room", [0, 1])  # the disk fills while writing the weights, or the metadata
def test_a_full_disk_keeps_the_previous_checkpoint_whole(tmp_path, monkeypatch, room):
    folder = tmp_path / "ckpt"
    checkpoint.save(folder, {"w": torch.zeros(3)}, {"step": 1})
    monkeypatch.setattr(checkpoint.os, "fdopen", _FullDisk(room))

    with pytest.raises(LabError, match="disk is full"):
        checkpoint.save(folder, {"w": torch.ones(3)}, {"step": 2})
    tensors, meta = checkpoint.load(folder)
    assert meta == {"step": 1} and torch.equal(tensors["w"], torch.zeros(3))
    assert sorted(p.name for p in folder.iterdir()) == ["meta.json", "model.safetensors"]
