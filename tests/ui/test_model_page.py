"""The Model page: the engine's figures for the chosen config, and refusals in plain words."""

import torch
from PySide6.QtCore import QLocale

from lab import model as engine
from lab.config import ModelConfig, preset, to_dict
from ui.pages.model import ModelPage
from ui.pages.workspace_info import model_config, vocab_size


def make_page(ctx, qtbot):
    page = ModelPage(ctx)
    qtbot.addWidget(page)
    return page


def set_shape(page, **values):
    for name, value in values.items():
        page.form.editor(name).setValue(value)


def test_counts_and_diagram_follow_the_form_and_match_the_engine(ctx, qtbot):
    page = make_page(ctx, qtbot)
    set_shape(page, n_layer=3, n_head=2, n_embd=96, block_size=64)
    cfg = preset(ModelConfig, "classroom", n_layer=3, n_head=2, n_embd=96, block_size=64)
    vocab = vocab_size(ctx.workspace)
    params = engine.count_params(cfg, vocab)
    assert QLocale().toString(params) in page.count_labels["params"].text()
    assert ctx.facts.get("model.params") == params
    assert (ctx.facts.get("model.n_layer"), ctx.facts.get("model.n_head"), ctx.facts.get("model.n_embd")) == (3, 2, 96)
    assert ctx.facts.get("model.valid") is True
    rows = page.diagram.rows()
    expected = engine.diagram(cfg, vocab, 16)
    assert [(r.name, r.shape) for r in rows] == expected
    assert (16, 64, vocab) in [r.shape for r in rows]


def test_the_chosen_config_is_kept_in_the_workspace_for_the_other_pages(ctx, qtbot):
    page = make_page(ctx, qtbot)
    set_shape(page, n_layer=5)
    assert model_config(ctx.workspace).n_layer == 5
    again = make_page(ctx, qtbot)
    assert again.form.value().n_layer == 5


def test_width_not_divisible_by_heads_shows_the_engine_reason_in_red(ctx, qtbot):
    page = make_page(ctx, qtbot)
    set_shape(page, n_head=3, n_embd=128)
    assert ctx.facts.get("model.valid") is False
    assert page.config() is None
    assert not page.problem.isHidden()
    assert "does not divide by 3 attention heads" in page.problem.text()
    assert page.problem.property("role") == "error"  # the application style sheet colours it
    set_shape(page, n_embd=129)
    assert ctx.facts.get("model.valid") is True
    assert page.problem.isHidden()


def test_a_model_too_big_for_memory_is_refused(ctx, qtbot):
    page = make_page(ctx, qtbot)
    set_shape(page, n_layer=48, n_head=64, n_embd=4096, block_size=4096)
    assert ctx.facts.get("model.valid") is False
    assert "GB of memory" in page.problem.text()


def test_the_reason_is_shown_in_spanish_when_the_app_speaks_spanish(window, qtbot):
    window.set_language("es")
    page = make_page(window.ctx, qtbot)
    set_shape(page, n_head=3, n_embd=128)
    assert "cabezas" in page.problem.text()
    assert page.count_names["params"].text() == "Parámetros"
    window.set_language("en")


def test_a_saved_model_of_another_shape_is_named_until_the_form_matches_it(ctx, qtbot):
    saved = preset(ModelConfig, "tiny")
    ctx.workspace.save_checkpoint("pretrain", {"w": torch.zeros(1)}, {"model": to_dict(saved)})
    page = make_page(ctx, qtbot)
    set_shape(page, n_layer=saved.n_layer + 1)
    assert not page.saved_note.isHidden()
    assert f"({saved.n_layer} layers, {saved.n_head} heads, width {saved.n_embd}" in page.saved_note.text()
    set_shape(page, n_layer=saved.n_layer, n_head=saved.n_head, n_embd=saved.n_embd, block_size=saved.block_size)
    assert page.saved_note.isHidden()


def test_a_problem_is_shown_under_the_fields_that_caused_it(qtbot, ctx):
    page = ModelPage(ctx)
    qtbot.addWidget(page)
    assert page.problem.parentWidget() is page.form_box
