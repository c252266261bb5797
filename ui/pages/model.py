"""The Model page: choose the GPT's shape and see what it costs, live.

The form edits a `ModelConfig`; every change redraws the block diagram with the tensor
shapes of that config and recomputes the engine's figures (parameters, FLOPs per
token, training memory). A config the engine refuses shows its reason in red, and
`model.valid` turns false, which keeps the Pretrain page from starting.

The chosen config is shared through the workspace (`state.json`, key `model`), so the
Pretrain page trains exactly this model and the choice survives a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lab import model as engine
from lab.config import ModelConfig, from_dict, to_dict
from lab.errors import LabError
from ui.context import AppContext
from ui.pages.base import Page
from ui.pages.workspace_info import batch_size, model_config, saved_model_config, vocab_size
from ui.palette import set_role
from ui.widgets.config_form import ConfigForm
from ui.widgets.model_diagram import BLOCK_PREFIX, DiagramRow, ModelDiagram


class ModelPage(Page):
    key = "model"
    FACTS = ("model.params", "model.n_layer", "model.n_head", "model.n_embd", "model.valid")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._error: LabError | None = None
        self._cfg: ModelConfig | None = None
        self.form = ConfigForm(ModelConfig, "classroom")
        self.form.set_value(model_config(ctx.workspace))
        self.diagram = ModelDiagram()
        self.saved_note = QLabel(objectName="model.saved_note", wordWrap=True)
        set_role(self.saved_note, "warning")
        self._build_layout()
        self.form.changed.connect(self._on_config_changed)
        ctx.runner.busy_changed.connect(self._on_busy_changed)
        self.retranslate()
        self._on_config_changed()

    def _build_layout(self) -> None:
        self.form_box = QGroupBox(objectName="model.form")
        form = QVBoxLayout(self.form_box)
        form.addWidget(self.form)
        form.addWidget(self.problem)  # right under the fields that caused it, not below the fold
        self.costs_box = QGroupBox(objectName="model.costs")
        costs = QFormLayout(self.costs_box)
        self.count_labels: dict[str, QLabel] = {}
        self.count_names: dict[str, QLabel] = {}
        for key in ("params", "flops", "memory", "vocab"):
            self.count_names[key] = QLabel()
            self.count_labels[key] = QLabel(objectName=f"model.{key}", wordWrap=True)
            costs.addRow(self.count_names[key], self.count_labels[key])
        left = QVBoxLayout()
        left.addWidget(self.form_box)
        left.addWidget(self.costs_box)
        left.addWidget(self.saved_note)
        left.addStretch(1)
        self.diagram_box = QGroupBox(objectName="model.architecture")
        QVBoxLayout(self.diagram_box).addWidget(self.diagram)
        row = QHBoxLayout(self)
        column = QWidget()
        column.setLayout(left)
        column.setMaximumWidth(440)
        row.addWidget(column)
        row.addWidget(self.diagram_box, 1)

    def title(self) -> str:
        return self.tr("Model")

    def config(self) -> ModelConfig | None:
        """The config on the form if the engine accepts it, else None."""
        return self._cfg if self._error is None else None

    # --- handlers --------------------------------------------------------------
    def _on_config_changed(self) -> None:
        vocab = vocab_size(self.ctx.workspace)
        try:
            cfg = self.form.value()
            self._cfg = cfg
            engine.check_config(cfg, vocab, batch_size(self.ctx.workspace))
            self._error = None
        except LabError as err:
            self._error = err
        if self._cfg is not None:
            self._show_costs(self._cfg, vocab)
            self._publish(self._cfg)
        self.show_problem(self._error or "")
        self._show_saved_note()

    def showEvent(self, event) -> None:
        """The vocabulary (a new tokenizer) or the batch size (Pretrain page) may have changed meanwhile."""
        self._on_config_changed()
        super().showEvent(event)

    def _on_busy_changed(self, name: str) -> None:
        """The shape of a model cannot change while a job trains it."""
        self.form.set_enabled_editing(not name)

    # --- drawing ---------------------------------------------------------------
    def _show_costs(self, cfg: ModelConfig, vocab: int) -> None:
        batch = batch_size(self.ctx.workspace)
        params = engine.count_params(cfg, vocab)
        memory = engine.training_memory(cfg, vocab, batch)
        self.count_labels["params"].setText(self.tr("{n} ({short})").format(
            n=QLocale().toString(params), short=short_number(params)))
        self.count_labels["flops"].setText(self.tr("{n} per token (forward and backward)").format(
            n=short_number(engine.flops_per_token(cfg, vocab))))
        self.count_labels["memory"].setText(self.tr(
            "{total} to train with batches of {batch}: weights {weights}, gradients {grads}, "
            "optimizer {opt}, activations {acts}").format(
            total=short_bytes(memory["total"]), batch=batch, weights=short_bytes(memory["weights"]),
            grads=short_bytes(memory["gradients"]), opt=short_bytes(memory["optimizer"]),
            acts=short_bytes(memory["activations"])))
        self.count_labels["vocab"].setText(self._vocab_text(vocab))
        self._show_diagram(cfg, vocab, batch)

    def _vocab_text(self, vocab: int) -> str:
        if self.ctx.workspace.tokenizer_path.exists():
            return self.tr("{n} tokens (your tokenizer)").format(n=vocab)
        return self.tr("{n} tokens (assumed: no tokenizer trained yet)").format(n=vocab)

    def _show_diagram(self, cfg: ModelConfig, vocab: int, batch: int) -> None:
        names = self._row_labels()
        rows = [DiagramRow(name, names.get(name.removeprefix(BLOCK_PREFIX), name), shape)
                for name, shape in engine.diagram(cfg, vocab, batch)]
        legend = self.tr("B = batch ({b}), T = context ({t}), C = width ({c}), heads = {h}, "
                         "V = vocabulary ({v})").format(b=batch, t=cfg.block_size, c=cfg.n_embd,
                                                        h=cfg.n_head, v=vocab)
        self.diagram.set_rows(rows, self.tr("× {n} blocks").format(n=cfg.n_layer), legend)

    def _show_saved_note(self) -> None:
        """A pretrained model of another shape stays as it is until the learner starts over."""
        saved = saved_model_config(self.ctx.workspace)
        differs = saved is not None and self._cfg is not None and not engine.same_shape(saved, self._cfg)
        self.saved_note.setVisible(differs)
        if differs:
            self.saved_note.setText(self.tr(
                "The pretrained model in this workspace has another shape ({shape}). This choice is trained "
                "when you press Start over on the Pretraining page; Continue goes on with the saved model.").format(
                shape=shape_text(saved)))

    def _publish(self, cfg: ModelConfig) -> None:
        facts = self.ctx.facts
        valid = self._error is None
        if valid and from_dict(ModelConfig, self.ctx.workspace.read_state().get("model", {})) != cfg:
            self.ctx.workspace.update_state(model=to_dict(cfg))
        facts.set("model.params", engine.count_params(cfg, vocab_size(self.ctx.workspace)))
        facts.set("model.n_layer", cfg.n_layer)
        facts.set("model.n_head", cfg.n_head)
        facts.set("model.n_embd", cfg.n_embd)
        facts.set("model.valid", valid)

    def _row_labels(self) -> dict[str, str]:
        return {
            "tokens": self.tr("Token ids"),
            "transformer.wte": self.tr("Token embedding"),
            "transformer.wpe": self.tr("Position embedding"),
            "wte + wpe": self.tr("Add: token + position"),
            "ln_1": self.tr("LayerNorm"),
            "attn.c_attn": self.tr("Attention: queries, keys, values"),
            "attn.q, attn.k, attn.v": self.tr("Attention: split into heads"),
            "attn.softmax(q·kᵀ/√hs)": self.tr("Attention weights (causal mask)"),
            "attn.weights·v": self.tr("Attention: weighted sum of values"),
            "attn.c_proj": self.tr("Attention: output projection"),
            "residual +": self.tr("Add (residual connection)"),
            "ln_2": self.tr("LayerNorm"),
            "mlp.c_fc": self.tr("MLP: widen ×4"),
            "mlp.gelu": self.tr("MLP: GELU"),
            "mlp.c_proj": self.tr("MLP: project back"),
            "transformer.ln_f": self.tr("Final LayerNorm"),
            "lm_head (wteᵀ)": self.tr("Logits (output layer, shares the token embedding)"),
            "softmax": self.tr("Softmax: probability of each next token"),
        }

    # --- language ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Shape of the model"))
        self.costs_box.setTitle(self.tr("What it costs"))
        self.diagram_box.setTitle(self.tr("Architecture: the tensors one batch goes through"))
        self.count_names["params"].setText(self.tr("Parameters"))
        self.count_names["flops"].setText(self.tr("FLOPs"))
        self.count_names["memory"].setText(self.tr("Memory"))
        self.count_names["vocab"].setText(self.tr("Vocabulary"))
        if self._cfg is not None:
            self._show_costs(self._cfg, vocab_size(self.ctx.workspace))
        self.show_problem(self._error or "")


def shape_text(cfg: ModelConfig) -> str:
    """A model's shape in words: "4 layers, 4 heads, width 128, context 128 tokens"."""
    return QCoreApplication.translate("ModelPage", "{layers} layers, {heads} heads, width {width}, context {context} "
                                      "tokens").format(layers=cfg.n_layer, heads=cfg.n_head, width=cfg.n_embd,
                                                       context=cfg.block_size)


def short_number(n: float) -> str:
    """1234567 → "1.2 M", in the learner's number format."""
    for size, unit in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= size:
            return f"{QLocale().toString(n / size, 'f', 1)} {unit}"
    return QLocale().toString(int(n))


def short_bytes(n: float) -> str:
    for size, unit in ((1e9, "GB"), (1e6, "MB"), (1e3, "kB")):
        if n >= size:
            return f"{QLocale().toString(n / size, 'f', 1)} {unit}"
    return f"{int(n)} B"
