"""The Playground page and its parts (sliders, text, attention tab)."""

from ui.pages.playground.page import PlaygroundPage

__all__ = ["PlaygroundPage"]
