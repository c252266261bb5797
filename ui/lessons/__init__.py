"""The lesson panel: the dock beside the pages, the index of lessons, the step player, and its parts.

`dock.LessonDock` is what the main window holds; it opens `index.LessonIndex` (every
lesson, with the learner's progress from `progress.LessonProgress`) or plays one lesson
in `player.LessonPlayer`, which shows a step with `views`, asks its questions with
`questions`, and frames the widgets a step names with `highlight.Highlighter`.
"""
