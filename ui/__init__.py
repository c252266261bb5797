"""LLM Lab's desktop app: PySide6 + pyqtgraph over the `lab` engine. No math here."""
