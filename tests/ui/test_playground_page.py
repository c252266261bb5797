"""The Playground over a tiny pretrained model: bars, filters, clicks, attention, greedy generation."""

import re
import shutil

import pytest
import torch
from PySide6.QtCore import QSettings, Qt

from lab import sampling
from lab.cli import drive
from lab.config import ModelConfig, PretrainConfig, preset
from lab.jobs import pretrain
from lab.jobs.prepare import run as prepare
from lab.model import causal_mask
from lab.workspace import Workspace
from ui.pages.playground import PlaygroundPage

PROMPT = "La capital de Francia es"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A workspace with a tiny world, tokenizer and a tiny model pretrained for a few steps."""
    root = tmp_path_factory.mktemp("trained")
    ws = Workspace(root)
    drive(prepare(ws, "tiny"), quiet=True)
    model_cfg = preset(ModelConfig, "tiny", block_size=32)
    drive(pretrain.run(ws, model_cfg, preset(PretrainConfig, "tiny", max_steps=20, eval_every=20)), quiet=True)
    return root


@pytest.fixture
def page(qtbot, tmp_path, trained):
    from ui.app import build_window

    shutil.copytree(trained, tmp_path / "ws")
    win = build_window(tmp_path / "ws", "en", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    page = PlaygroundPage(win.ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.prompt.setPlainText(PROMPT)
    page._prompt_timer.stop()
    page._on_prompt_edited()
    return page


def engine_logits(page):
    """The next-token logits computed here, straight from the model, not through the page."""
    model, ids = page.session.model, page.session.tokenizer.encode(page.prompt.toPlainText())
    with torch.no_grad():
        return model(torch.tensor([ids])).logits[0, -1]


def test_moving_the_temperature_slider_redraws_the_bars_with_the_engines_probabilities(page):
    before = [b.tempered for b in page.bars.bars()]
    page.controls.temperature_slider.setValue(40)  # 0.40
    assert page.ctx.facts.get("playground.temperature") == pytest.approx(0.4)
    raw, tempered, filtered = sampling.probabilities(engine_logits(page), 0.4)
    bars = page.bars.bars()
    assert len(bars) == 20
    assert [b.token_id for b in bars] == raw.topk(20).indices.tolist()
    for b in bars:
        assert b.raw == pytest.approx(float(raw[b.token_id]), rel=1e-4, abs=1e-7)
        assert b.tempered == pytest.approx(float(tempered[b.token_id]), rel=1e-4, abs=1e-7)
        assert b.filtered == pytest.approx(float(filtered[b.token_id]), rel=1e-4, abs=1e-7)
    assert [b.tempered for b in bars] != before
    assert page.ctx.facts.get("playground.entropy") == pytest.approx(float(sampling.entropy(filtered)), abs=1e-3)


def test_top_k_leaves_exactly_k_filtered_bars_and_draws_the_cut(page):
    page.controls.top_k_slider.setValue(5)
    bars = page.bars.bars()
    assert sum(b.filtered > 0 for b in bars) == 5
    assert all(b.filtered > 0 for b in bars[:5])
    assert page.bars.cut_row() == 5
    assert sum(b.filtered for b in bars[:5]) == pytest.approx(1.0, abs=1e-5)
    assert page.ctx.facts.get("playground.top_k") == 5


def test_top_p_keeps_what_the_engine_keeps(page):
    page.controls.top_p_slider.setValue(30)
    filtered = sampling.probabilities(engine_logits(page), 1.0, None, 0.3)[2]
    kept = int((filtered > 0).sum())
    assert sum(b.filtered > 0 for b in page.bars.bars()) == min(kept, 20)
    assert page.ctx.facts.get("playground.top_p") == pytest.approx(0.3)


def test_clicking_a_bar_appends_that_token(page, qtbot):
    third = page.bars.bars()[2]
    qtbot.mouseClick(page.bars, Qt.MouseButton.LeftButton, pos=page.bars.row_rect(2).center().toPoint())
    added = page.session.added
    assert [c.token for c in added] == [third.token_id] and added[0].picked
    assert page.output.plain_text() == PROMPT + third.text
    assert page.ctx.facts.get("playground.steps") == 1
    page.step_button.click()
    assert len(page.session.added) == 2 and page.ctx.facts.get("playground.steps") == 2


def test_the_attention_map_has_one_row_and_column_per_token_and_hides_the_future(page):
    n = len(page.session.tokenizer.encode(PROMPT))
    assert page.attention.map.shape() == (n, n)
    assert page.attention.layer.count() == 2 and page.attention.head.count() == 2
    page.attention.head.setCurrentIndex(1)
    weights = page.attention.map._weights
    assert (weights[~causal_mask(n, n).numpy()] == 0).all()
    assert weights.sum(axis=1) == pytest.approx([1.0] * n, abs=1e-5)
    page.step_button.click()
    assert page.attention.map.shape() == (n + 1, n + 1)


def test_generating_at_temperature_zero_is_greedy(page, qtbot):
    page.controls.set_temperature(0.0)
    page.length.setValue(8)
    page.generate_button.click()
    qtbot.waitUntil(lambda: not page.is_generating(), timeout=10_000)
    ids = page.session.tokenizer.encode(PROMPT)
    greedy = [s.token for s in sampling.generate_stream(page.session.model, ids, 8, temperature=0.0)]
    assert [c.token for c in page.session.added] == greedy
    assert page.ctx.facts.get("playground.generations") == 1


def test_without_a_pretrained_model_the_page_says_to_pretrain_first(window, qtbot):
    page = PlaygroundPage(window.ctx)
    qtbot.addWidget(page)
    assert "Pretrain" in page.status.text()
    assert not page.step_button.isEnabled() and not page.generate_button.isEnabled()
    assert page.bars.bars() == []


def test_generate_samples_again_from_the_prompt_instead_of_continuing(page, qtbot):
    page.controls.set_temperature(0.0)
    page.length.setValue(5)
    for _ in range(2):
        page.generate_button.click()
        qtbot.waitUntil(lambda: not page.is_generating(), timeout=10_000)
    assert len(page.session.added) == 5  # the second press started over from the prompt
    assert page.ctx.facts.get("playground.generations") == 2


def test_one_kept_token_is_said_in_the_singular(page):
    page.controls.set_top_k(1)
    assert page.entropy_label.text().startswith("1 token can be drawn")
    page.controls.set_top_k(3)
    assert page.entropy_label.text().startswith("3 tokens can be drawn")


def test_numbers_follow_the_language(page, qapp):
    from ui.translations import Translations

    Translations(qapp).use("es")
    page.controls.set_temperature(0.75)
    assert page.controls._values[0].text() == "0,75"
    assert re.fullmatch(r"\d+ tokens? pueden? salir · entropía \d+,\d\d bits \(.*\)", page.entropy_label.text())
    page.controls.set_top_k(1)
    assert page.entropy_label.text().startswith("1 token puede salir · entropía 0,00 bits")
    Translations(qapp).use("en")
    page.controls.set_temperature(0.5)
    assert page.controls._values[0].text() == "0.50"
