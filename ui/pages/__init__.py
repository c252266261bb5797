"""The pages of the app, one per pipeline stage, in sidebar order.

Each entry is `(key, "module:Class")`; the class is imported only when the window
builds its pages, so the window can show before torch is imported.
"""

PAGES: list[tuple[str, str]] = [
    ("model", "ui.pages.model:ModelPage"),
]
