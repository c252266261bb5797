"""Each stage's colour, light and high contrast: the data behind `ui.palette`, here so the report can use it.

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
