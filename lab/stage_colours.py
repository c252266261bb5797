"""Each stage's colour, light and high contrast, and the report's inks: the data behind `ui.palette`, here
so the report can use it.

The light colours are the Tableau 10 hues, which stay apart for the common colour
blindnesses; the high-contrast ones are brighter versions of the same hues, readable on black.
"""

LIGHT = {
    "corpus": "#8c564b", "tokenizer": "#7f7f7f", "pretrain": "#1f77b4", "sft": "#2ca02c", "reward": "#bcbd22",
    "ppo": "#d62728", "dpo": "#9467bd", "grpo": "#e377c2", "bon": "#ff7f0e", "offline_rl": "#17becf",
}
HIGH_CONTRAST = {
    "corpus": "#e0a080", "tokenizer": "#d0d0d0", "pretrain": "#60b0ff", "sft": "#60e060", "reward": "#f0f040",
    "ppo": "#ff6060", "dpo": "#d0a0ff", "grpo": "#ff90e0", "bon": "#ffb040", "offline_rl": "#40f0ff",
}

# The report's own inks (the engine's twin of `ui.palette`; a test keeps colour literals in these two files)
REPORT = {"text": "#222222", "rule": "#cccccc", "neutral": "#888888", "heading": "#444444", "axis": "#888888",
          "grid": "#e4e4e4", "frame": "#bbbbbb"}
REPORT_CURVES = ("#1f77b4", "#d62728", "#2ca02c")  # the curves of one chart, in order
