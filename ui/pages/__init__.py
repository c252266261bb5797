"""The pages of the app, one per pipeline stage, in sidebar order.

Each entry is `(key, "module:Class")`; the class is imported only when the window
builds its pages, so the window can show before torch is imported.
"""

PAGES: list[tuple[str, str]] = [
    ("home", "ui.pages.home:HomePage"),
    ("corpus", "ui.pages.corpus:CorpusPage"),
    ("tokenizer", "ui.pages.tokenizer:TokenizerPage"),
    ("model", "ui.pages.model:ModelPage"),
    ("pretrain", "ui.pages.pretrain:PretrainPage"),
    ("playground", "ui.pages.playground:PlaygroundPage"),
    ("sft", "ui.pages.sft:SFTPage"),
    ("preferences", "ui.pages.preferences:PreferencesPage"),
    ("reward", "ui.pages.reward:RewardPage"),
    ("rlhf", "ui.pages.rlhf:RLHFPage"),
    ("dpo", "ui.pages.dpo:DPOPage"),
    ("bon", "ui.pages.best_of_n:BestOfNPage"),
    ("compare", "ui.pages.compare:ComparePage"),
    ("scale", "ui.pages.scale:ScalePage"),
]
