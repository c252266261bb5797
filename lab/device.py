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


def warm_up() -> None:
    """Import what the first training step needs, ahead of it.

    Building the first optimizer imports about 800 of torch's modules (about a second, all
    of it holding Python's lock); done here, early, the first job starts without that wait.
    """
    import torch

    torch.optim.AdamW([torch.zeros(1, requires_grad=True)])
