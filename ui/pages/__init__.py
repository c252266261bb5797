"""The pages of the app, one per pipeline stage, in sidebar order.

Each entry is `(key, "module:Class")`; the class is imported only when the window
builds its pages, so the window can show before torch is imported.

Beside a page `x.py`, two kinds of helper file, named by what they hold:
- `x_parts.py`: widgets of that page too big to build inline (panels, tables, banners);
- `x_data.py`: what the page reads and keeps, with no widgets: its saved state, the
  jobs it starts, the numbers its charts draw (testable without a window).
Job pages share one scaffold, `ui.pages.job_page.JobPage` (see docs/ARCHITECTURE.md).
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
