"""Which device torch computes on, and how many CPU threads it uses."""

from __future__ import annotations


def best_device() -> str:
    """`cuda` if present, else `mps` (Apple), else `cpu`."""
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def set_threads(threads: int) -> int:
    """Use `threads` CPU threads (0 = torch's default); returns the number in use."""
    import torch

    if threads > 0:
        torch.set_num_threads(threads)
    return torch.get_num_threads()


def device_name() -> str:
    """A short name for the status bar: `CPU`, `MPS` or `CUDA · <GPU name>`."""
    import torch

    device = best_device()
    if device == "cuda":
        return f"CUDA · {torch.cuda.get_device_name(0)}"
    return device.upper()
