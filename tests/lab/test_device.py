"""Device helpers: the warm-up leaves nothing for the first training step to import."""

import subprocess
import sys

import torch

from lab.device import set_threads

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
