"""Marking engine text for translation without importing Qt.

The engine's user-facing words (config help, error messages) are written in English
and wrapped in `QT_TRANSLATE_NOOP(context, text)`. The function returns the text as
it is; Qt's `lupdate` finds the calls by name and the app translates them with
`QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return `text` unchanged; it only marks it for lupdate."""
    return text
