"""The Corpus page: make or open the text the model will learn from, look at it, clean it.

The learner generates the synthetic bilingual world (its flaws highlighted in the
preview) or opens (or drops on the page) their own files or folders: text, web pages,
PDFs, JSONL, Parquet, listed with their types and encodings; then switches cleaning steps
on or off and cleans. Every long step is a job on the runner: generating writes the world
into the workspace's corpus folder, opening reads the files once to check and count them,
and cleaning writes `clean.txt` (what the tokenizer and pretraining read) only when it
succeeds. A chart compares the corpus before and after cleaning, and the *Each step* tab
shows what every step removed, with examples. An error shows under the button that
caused it. What the page holds is kept in `state.json` (see `corpus_data`), so a restart
shows the same corpus; a workspace cleaned elsewhere (the pipeline, a bundle) gets its
statistics counted again when the page is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from lab.config import WorldConfig
from lab.corpus import CleanConfig, clean
from lab.corpus.cleaner import for_real_text
from lab.corpus.stats import trimmed
from lab.errors import LabError
from lab.events import Artifact, Progress
from lab.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.pages import corpus_data as store
from ui.pages.corpus_layout import CorpusLayout
from ui.pages.job_page import JobPage
from ui.widgets.corpus_preview import PreviewDoc
from ui.widgets.stats_chart import Group

LEFT_WIDTH = 400
RESULTS = {"generate": "world", "open": "corpus_stats", "clean": "corpus_stats", "restats": "corpus_stats"}
JOB_NAMES = {"generate": QT_TRANSLATE_NOOP("job", "Generating the world"),
             "open": QT_TRANSLATE_NOOP("job", "Reading your files"),
             "clean": QT_TRANSLATE_NOOP("job", "Cleaning the corpus"),
             "restats": QT_TRANSLATE_NOOP("job", "Counting the cleaning statistics")}
FILE_PATTERNS = "*.txt *.md *.html *.htm *.pdf *.jsonl *.parquet"


class CorpusPage(CorpusLayout, JobPage):
    key = stage = "corpus"
    RUN_FACTS = ()
    FACTS = ("corpus.documents", "corpus.characters", "corpus.cleaned", "corpus.duplicates_removed",
             "corpus.junk_removed")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._job = ""  # "generate", "open" or "clean" while one of ours runs
        self._failed = False
        self._pending: list[str] = []  # the files being opened, kept only if they read well
        self._artifacts: dict[str, dict] = {}
        self._state = store.load_state(ctx.workspace)
        self._raw_docs: list[PreviewDoc] = []
        self._world_cfg: WorldConfig | None = None
        self._clean_cfg: CleanConfig | None = None
        self._build()
        self.problem = self.banner  # placed under the button of the job it is about
        ctx.runner.busy_changed.connect(self._on_busy_changed)
        self._restore()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Corpus")

    # --- dropping files on the page ----------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = _local_paths(event.mimeData())
        if paths and not self.ctx.runner.is_busy():
            event.acceptProposedAction()
            self.open_paths(paths)

    # --- what the workspace already holds --------------------------------------------
    def _restore(self) -> None:
        state, ws = self._state, self.ctx.workspace
        world = store.stored_config(state, "world", WorldConfig, store.default_world())
        self.world_form.set_value(world)
        self.clean_form.set_value(store.stored_config(state, "clean", CleanConfig, CleanConfig()))
        raw = ws.corpus_dir / store.RAW_NAME
        self.text_field.setText(state.get("text_field", "text"))
        if state.get("source") == "files":
            self._raw_docs = self._safe(lambda: store.files_preview(state.get("paths", []), self._text_field())) or []
        elif raw.is_file():
            state.setdefault("source", "world")  # made by the pipeline or a bundle: the world
            docs = self._safe(lambda: store.world_preview(world, raw))
            self._raw_docs = docs or [PreviewDoc(t) for t in store.file_head_docs(raw)]
        if ws.clean_text_path.is_file() and "cleaned" not in state:
            state["cleaned"] = True  # cleaned outside the app (the command line)
        self._redraw()

    def _safe(self, read):
        """A preview read from disk, or None if the files changed since (moved, deleted)."""
        try:
            return read()
        except (LabError, OSError):
            return None

    # --- handlers: buttons ------------------------------------------------------------
    def _on_generate(self) -> None:
        try:
            cfg = self.world_form.value()
        except LabError as err:
            return self._show_banner(err, "generate")
        folder = self.ctx.workspace.corpus_dir
        self._world_cfg = cfg
        self._start("generate", lambda: store.generate_job(cfg, folder))

    def _on_open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open text files"), "",
            self.tr("Text, web pages, PDF and datasets ({patterns})").format(patterns=FILE_PATTERNS))
        if paths:
            self.open_paths(paths)

    def _on_open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of text files"))
        if folder:
            self.open_paths([folder])

    def open_paths(self, paths: list[str]) -> None:
        """Read the learner's files once (a job) to check and count them; keep them only if that works."""
        self._pending = [str(p) for p in paths]
        sources, field = [Path(p) for p in self._pending], self._text_field()
        self._start("open", lambda: clean(sources, cfg=store.NO_STEPS, out_path=None, text_field=field))

    def _text_field(self) -> str:
        return self.text_field.text().strip() or "text"

    def _on_clean(self) -> None:
        source = self._clean_source()
        if source is None:
            return self._show_banner(self.tr("There is no corpus yet. Generate the world or open your own files "
                                             "first."), "clean")
        try:
            cfg = self.clean_form.value()
        except LabError as err:
            return self._show_banner(err, "clean")
        self._clean_cfg = cfg
        out, field = self.ctx.workspace.clean_text_path, self._state.get("text_field", "text")
        self._start("clean", lambda: clean(source, cfg=cfg, out_path=out, text_field=field))

    def _clean_source(self) -> Path | list[Path] | None:
        if self._state.get("source") == "files" and self._state.get("paths"):
            return [Path(p) for p in self._state["paths"]]
        raw = self.ctx.workspace.corpus_dir / store.RAW_NAME
        return raw if raw.is_file() else None

    # --- running a job -------------------------------------------------------------------
    def _start(self, job: str, factory) -> None:
        if self.run_job(factory, name=JOB_NAMES[job], near=self._button_of(job)) is None:
            return
        self._job, self._failed, self._artifacts = job, False, {}
        self.progress.setValue(0)
        self.progress.show()

    def on_progress(self, event: Progress) -> None:
        self.progress.setValue(int(1000 * event.fraction))

    def on_artifact(self, event: Artifact) -> None:
        self._artifacts[event.kind] = dict(event.data)

    def on_failed(self, message: str) -> None:
        self._failed = True
        self._show_banner(message, self._job)

    def on_finished(self, _stopped: bool) -> None:
        """Keep a job's result once its files are written, which its result Artifact tells.

        Without it (an error, or Stop before the end) the job wrote nothing over what the
        learner had; with it, a Stop that came just after the writing changes nothing.
        """
        job, self._job = self._job, ""
        self.progress.hide()
        if self._failed or RESULTS[job] not in self._artifacts:
            return
        {"generate": self._on_generated, "open": self._on_opened, "clean": self._on_cleaned,
         "restats": self._on_restats}[job]()

    def _on_theme_changed(self) -> None:
        self._left.setFixedWidth(int(LEFT_WIDTH * (1 + (self.ctx.theme.scale - 1) / 2)))

    def update_state(self, *_) -> None:
        busy = self.ctx.runner.is_busy()
        for button in (self.generate_button, self.open_files_button, self.open_folder_button, self.clean_button):
            button.setEnabled(not busy)

    def _on_busy_changed(self, name: str) -> None:
        if not name and not self._job:  # another page's job (a bundle, the pipeline) may have made a corpus
            self.reload()

    # --- handlers: results -------------------------------------------------------------
    def _on_generated(self) -> None:
        world = self._artifacts.get("world", {})
        self._raw_docs = [PreviewDoc(d["text"], frozenset(d["flaws"])) for d in world.get("preview", [])]
        self._commit(source="world", paths=[], world=store.config_dict(self._world_cfg),
                     documents=world.get("documents", 0), characters=world.get("characters", 0))

    def _on_opened(self) -> None:
        stats = self._artifacts.get("corpus_stats", {})
        before = store.totals(stats, "before")
        field = self._text_field()
        self._raw_docs = self._safe(lambda: store.files_preview(self._pending, field)) or []
        self.clean_form.set_value(for_real_text(self._safe(self.clean_form.value)))  # web pipelines' steps on
        self._commit(source="files", paths=self._pending, documents=int(before["docs"]),
                     characters=int(before["chars"]), files=stats.get("files", 0), skipped=stats.get("skipped", []),
                     encodings=stats.get("encodings", {}), read=stats.get("read", []), text_field=field)

    def _commit(self, **values) -> None:
        """A new raw corpus: remember it; its old cleaning statistics no longer apply."""
        self._state = store.save_state(self.ctx.workspace, **values, cleaned=False, stats={})
        self.preview_which.setCurrentIndex(0)
        self._redraw()

    def _on_cleaned(self) -> None:
        stats = trimmed(self._artifacts.get("corpus_stats", {}))
        self._state = store.save_state(self.ctx.workspace, cleaned=True, stats=stats,
                                       clean=store.config_dict(self._clean_cfg))
        self.preview_which.setCurrentIndex(1)
        self._redraw()

    def _on_restats(self) -> None:
        """Statistics counted again from the workspace's files (a bundle or a command line that kept none)."""
        stats = trimmed(self._artifacts.get("corpus_stats", {}))
        before = store.totals(stats, "before")
        self._state = store.save_state(self.ctx.workspace, cleaned=True, stats=stats, documents=int(before["docs"]),
                                       characters=int(before["chars"]))
        self._redraw()

    def reload(self) -> None:
        """Show the workspace's corpus again if its files or state changed behind the page's back."""
        seen = store.fingerprint(self.ctx.workspace)
        if seen != self._seen:
            self._state = store.load_state(self.ctx.workspace)
            self._restore()
        if self.isVisible():
            self._restats()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._restats()

    def _restats(self) -> None:
        job = store.restats_job(self.ctx.workspace, self._state)
        if job is not None and not self.ctx.runner.is_busy() and not self._job:
            self._start("restats", job)

    def _redraw(self) -> None:
        self._seen = store.fingerprint(self.ctx.workspace)
        self._show_preview()
        self._show_stats()
        self._publish()

    def _on_preview_which(self, _index: int) -> None:
        self._show_preview()

    # --- drawing -------------------------------------------------------------------------
    def _show_preview(self) -> None:
        if self.preview_which.currentIndex() == 1:
            path = self.ctx.workspace.clean_text_path
            docs = [PreviewDoc(t) for t in store.file_head_docs(path)]
            total = store.totals(self._state.get("stats", {}), "after")["docs"] or len(docs)
            self.preview.set_documents(docs, int(total))
        else:
            self.preview.set_documents(self._raw_docs, int(self._state.get("documents") or len(self._raw_docs)))

    def _show_stats(self) -> None:
        stats = self._state.get("stats") or {}
        names = self._step_names()
        self.steps_view.set_stats(stats, names)
        self.files_table.set_files(self._state.get("read", []) if self._state.get("source") == "files" else [],
                                   self._state.get("skipped", []) if self._state.get("source") == "files" else [])
        if not stats:
            self.chart.set_groups([])
            self.steps_chart.set_values([])
        else:
            before, after = store.totals(stats, "before"), store.totals(stats, "after")
            self.chart.set_groups([
                Group(self.tr("Characters"), before["chars"], after["chars"]),
                Group(self.tr("Words"), before["words"], after["words"]),
                Group(self.tr("Documents"), before["docs"], after["docs"]),
                Group(self.tr("Spanish"), *(store.language_share(stats, w, "es") for w in ("before", "after")), "%"),
                Group(self.tr("English"), *(store.language_share(stats, w, "en") for w in ("before", "after")), "%"),
            ])
            self.steps_chart.set_values([(names.get(step, step), n) for step, n in store.step_effects(stats)])
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        state, loc = self._state, QLocale()
        if not state.get("source") and not self._raw_docs:
            return self.tr("No corpus yet.")
        what = self.tr("Your files") if state.get("source") == "files" else self.tr("The world")
        text = self.tr("{what}: {docs} documents, {chars} characters.").format(
            what=what, docs=loc.toString(int(state.get("documents") or 0)),
            chars=loc.toString(int(state.get("characters") or 0)))
        stats = state.get("stats") or {}
        if state.get("cleaned") and stats:
            after = store.totals(stats, "after")
            text += " " + self.tr("After cleaning: {docs} documents, {chars} characters; {dups} duplicates "
                                  "removed, junk taken out of {junk}.").format(
                docs=loc.toString(int(after["docs"])), chars=loc.toString(int(after["chars"])),
                dups=store.duplicates_removed(stats), junk=store.junk_removed(stats))
        elif state.get("source"):
            text += " " + self.tr("Not cleaned yet: the tokenizer and pretraining read only the clean text.")
        return text

    def _show_banner(self, error: LabError | str, job: str = "clean") -> None:
        """The message, placed right under the button of the job that caused it, and scrolled into view."""
        self.show_problem(error, near=self._button_of(job))

    def _button_of(self, job: str) -> QWidget:
        return {"generate": self.generate_button, "open": self.open_files_button}.get(job, self.clean_button)

    def _publish(self) -> None:
        state, facts = self._state, self.ctx.facts
        stats = state.get("stats") or {}
        cleaned = bool(state.get("cleaned") and self.ctx.workspace.clean_text_path.is_file())
        docs, chars = state.get("documents") or 0, state.get("characters") or 0
        if cleaned and stats:
            after = store.totals(stats, "after")
            docs, chars = after["docs"], after["chars"]
        facts.set("corpus.documents", int(docs))
        facts.set("corpus.characters", int(chars))
        facts.set("corpus.cleaned", cleaned)
        facts.set("corpus.duplicates_removed", store.duplicates_removed(stats) if cleaned else 0)
        facts.set("corpus.junk_removed", store.junk_removed(stats) if cleaned else 0)

    # --- language --------------------------------------------------------------------------

    def _step_names(self) -> dict[str, str]:
        return {"extract": self.tr("Main text of web pages"),
                "normalize": self.tr("Normalised"), "strip_markup": self.tr("Markup"), "filter_junk": self.tr("Junk"),
                "filter_length": self.tr("Too short"), "filter_language": self.tr("Language"),
                "filter_rude": self.tr("Rude"), "dedupe_exact": self.tr("Exact dup."),
                "dedupe_near": self.tr("Near dup."), "filter_repetition": self.tr("Repetitive"),
                "filter_quality": self.tr("Quality"), "dedupe_lines": self.tr("Repeated lines")}

    def retranslate(self) -> None:
        self.world_box.setTitle(self.tr("Synthetic world"))
        self.generate_button.setText(self.tr("Generate the world"))
        self.generate_button.setToolTip(self.tr("Write a web-like corpus in Spanish and English, with the flaws "
                                                "of a real scraped web."))
        self.files_box.setTitle(self.tr("Your own text"))
        self.open_files_button.setText(self.tr("Open files…"))
        self.open_folder_button.setText(self.tr("Open folder…"))
        self.drop_hint.setText(self.tr("Or drop files or a folder on this page: text, Markdown, web pages (.html), "
                                       "PDF, JSONL and Parquet."))
        self.text_field_label.setText(self.tr("Text field (JSONL, Parquet)"))
        self.text_field.setToolTip(self.tr("The field of each JSONL record, or the Parquet column, that holds the "
                                           "text. FineWeb's is \"text\"."))
        self.tabs.setTabText(0, self.tr("Preview"))
        self.tabs.setTabText(1, self.tr("Each step"))
        self.clean_box.setTitle(self.tr("Cleaning"))
        self.clean_button.setText(self.tr("Clean the corpus"))
        self.preview_title.setText(self.tr("<b>Preview</b>"))
        self.preview_which.setItemText(0, self.tr("Before cleaning"))
        self.preview_which.setItemText(1, self.tr("After cleaning"))
        self.chart.set_title(self.tr("Before and after cleaning"))
        self.chart.set_names(self.tr("before"), self.tr("after"))
        self.steps_chart.set_title(self.tr("Documents each step removed or changed"))
        self._show_stats()


def _local_paths(mime) -> list[str]:
    """The local files and folders of a drag (web links and the like are left out)."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
