"""The RLHF page's runs: the class's run and sandbox runs, and earlier runs kept on the charts.

A sandbox run is its own run (`lab.jobs.ppo.SANDBOX_STAGE`, "ppo-sandbox": its own
checkpoint and metric history), so it never overwrites the class's PPO model that
Compare and the report show. When a new run starts from scratch, the run on the charts
is not wiped: its curves stay, in a new colour from `ui.palette` with a legend entry
("run 1: …"), so the learner sees the new run beside the old one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import palette

GHOSTED = (("reward_plot", "reward/rm", False), ("reward_plot", "reward/true", True))
MAX_GHOSTS = 4  # earlier runs kept on the charts; older ones are dropped from view


class EarlierRuns:
    """Copies the reward curves of the run on the charts into curves of their own before a fresh run."""

    def __init__(self, page) -> None:
        self.page = page
        self.count = 0  # earlier runs drawn so far
        self.kept: dict[str, tuple[list, list]] = {}  # ghost curve → its points, drawn again after a clear

    def keep(self, label: str) -> bool:
        """Keep the reward curves now on the charts as "run n: label"; False when there is nothing to keep."""
        plot = self.page.reward_plot
        if not len(plot.data("reward/rm")[0]) or self.count >= MAX_GHOSTS:
            return False
        contrast = self.page.ctx.theme.high_contrast
        colour = palette.rerun_colour(self.count, contrast)
        self.count += 1
        for _, key, right in GHOSTED:
            xs, ys = plot.data(key)
            ghost = f"{key}@{self.count}"
            plot.add_curve(ghost, self.name(key, label), colour if not right else palette.tint(colour, 0.35),
                           right=right, axis=False)
            self.kept[ghost] = (list(xs), list(ys))
        self.redraw()
        return True

    def redraw(self) -> None:
        """Draw the earlier runs again (the page clears every curve when it draws a run's history)."""
        plot = self.page.reward_plot
        for ghost, (xs, ys) in self.kept.items():
            if not len(plot.data(ghost)[0]):
                for x, y in zip(xs, ys, strict=True):
                    plot.append(ghost, x, y)

    def name(self, key: str, label: str) -> str:
        what = QCoreApplication.translate("RLHFPage", "reward model") if key == "reward/rm" else \
            QCoreApplication.translate("RLHFPage", "rubric")
        return QCoreApplication.translate("RLHFPage", "run {n} ({label}): {what}").format(
            n=self.count, label=label, what=what)
