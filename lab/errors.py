"""Errors the learner can act on.

A `LabError` carries an English message template (marked for translation) and its
parameters, so the CLI prints it in English and the app shows it in the learner's
language: `translate("LabError", err.template).format(**err.params)`.
Write raises as `LabError(QT_TRANSLATE_NOOP("LabError", "…{x}…"), x=...)`.
"""

from __future__ import annotations

CONTEXT = "LabError"


class InContext(str):
    """A message parameter translated in `context` rather than "config": `InContext("stage", label)`."""

    context: str

    def __new__(cls, context: str, text: str) -> InContext:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __reduce__(self):  # errors cross process queues (DDP workers): pickle both parts
        return InContext, (self.context, str(self))


class LabError(Exception):
    """A problem with the learner's input or settings, with a message that says what to do."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, translate=None) -> str:
        """The message, translated by `translate(context, text)` when given."""
        if translate is None:
            return self.template.format(**self.params)
        # String parameters may be field labels ("Learning rate"), which live in context "config",
        # or an `InContext` text that names its own context (a stage's name lives in "stage").
        params = {k: translate(getattr(v, "context", "config"), v) if isinstance(v, str) else v
                  for k, v in self.params.items()}
        return translate(CONTEXT, self.template).format(**params)



def file_error(exc: OSError) -> LabError:
    """A file-system error the learner can fix (a missing file, no permission, a full disk), as a LabError."""
    from lab.i18n import QT_TRANSLATE_NOOP

    return LabError(QT_TRANSLATE_NOOP("LabError", "Could not use {path} ({reason}). Check the name, that it is a "
                                      "file or a folder as the command expects, that you may read and write it, "
                                      "and that the disk has room."),
                    path=str(exc.filename or "?"), reason=exc.strerror or str(exc))
