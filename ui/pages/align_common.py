"""What the RLHF, DPO, Best-of-N and Compare pages share: the methods' names as the learner reads them.

Their run controls are the job-page scaffold's (`ui.pages.job_page.RunControls`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lab.stages import STAGES


def method_names() -> dict[str, str]:
    """Each stage's name as the learner reads it: the registry's label, shorter where these pages say so."""
    return {**{row.name: QCoreApplication.translate("stage", row.label) for row in STAGES},
            "pretrain": QCoreApplication.translate("AlignPages", "Base model"),
            "sft": QCoreApplication.translate("AlignPages", "SFT"),
            "ppo": QCoreApplication.translate("AlignPages", "PPO"),
            "dpo": QCoreApplication.translate("AlignPages", "DPO"),
            "grpo": QCoreApplication.translate("AlignPages", "GRPO"),
            "offline_rl": QCoreApplication.translate("AlignPages", "Offline RL"),
            "bon": QCoreApplication.translate("AlignPages", "Best-of-N")}
