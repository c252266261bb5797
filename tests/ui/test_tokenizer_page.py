"""The Tokenizer page: training through the runner, token chips, details, growth, the language price."""

import re
from collections import Counter

import pytest
from PySide6.QtCore import QLocale, Qt

from lab.config import TokenizerConfig, WorldConfig, preset
from lab.corpus import clean_text, split_documents
from lab.tokenizer import BPETokenizer, train_bpe
from lab.world import generate
from ui.pages import tokenizer_data as store
from ui.pages.tokenizer import TokenizerPage
from ui.widgets.token_chips import MAX_CHIPS, Token, TokenChips

JOB_TIMEOUT_MS = 120_000
TEXT = "Hola, ¿qué tal? The capital of France is Paris."


def wait_job(qtbot, page):
    assert page.handle is not None, page.banner.text()
    with qtbot.waitSignal(page.handle.finished, timeout=JOB_TIMEOUT_MS):
        pass


@pytest.fixture
def clean_corpus(ctx):
    world = generate(preset(WorldConfig, "tiny", size_mb=0.05))
    text, _ = clean_text(world.text)
    ctx.workspace.clean_text_path.write_text(text, encoding="utf-8")
    return text


@pytest.fixture
def trained(qtbot, ctx, clean_corpus):
    """A page that has trained a 400-token tokenizer and measured the language price."""
    page = TokenizerPage(ctx)
    qtbot.addWidget(page)
    page.vocab_slider.setValue(store.VOCAB_SIZES.index(400))
    page.train_button.click()
    wait_job(qtbot, page)
    assert page._job == "price", page.banner.text()
    wait_job(qtbot, page)
    return page


def show_text(qtbot, page, text):
    page.text.setPlainText(text)
    qtbot.waitUntil(lambda: not page._text_timer.isActive(), timeout=2000)


def test_training_saves_the_tokenizer_and_shows_its_merges(trained, ctx):
    tok = BPETokenizer.load(ctx.workspace.tokenizer_path)
    assert tok.vocab_size == 400
    left, right = tok.merges[0]
    first = trained.merges.item(0).text()
    assert first.startswith("1. ") and f"(id {tok.hf.token_to_id(left + right)})" in first
    assert ctx.facts.get("tokenizer.trained") is True
    assert ctx.facts.get("tokenizer.vocab_size") == 400
    assert ctx.workspace.read_state()["tokenizer"]["vocab_size"] == 400


def test_chips_show_the_engine_ids_and_a_click_shows_id_bytes_and_frequency(qtbot, trained, ctx, clean_corpus):
    tok = BPETokenizer.load(ctx.workspace.tokenizer_path)
    show_text(qtbot, trained, TEXT)
    ids = tok.encode(TEXT)
    assert [c.token.id for c in trained.chips.chips()] == ids
    assert ctx.facts.get("tokenizer.text_tokens") == len(ids)
    counts = Counter(i for doc in tok.encode_batch(split_documents(clean_corpus)) for i in doc)
    chip = max(trained.chips.chips(), key=lambda c: counts[c.token.id])
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    detail = trained.detail.text()
    assert f"Token {chip.token.id} " in detail
    assert tok.token_bytes(chip.token.id).hex(" ").upper() in detail
    assert f"used {QLocale().toString(counts[chip.token.id])} times as a token" in detail


def test_growth_rows_cut_the_text_with_ever_larger_vocabularies(qtbot, trained, ctx):
    tok = BPETokenizer.load(ctx.workspace.tokenizer_path)
    show_text(qtbot, trained, TEXT)
    rows = trained.growth.rows()
    sizes = [size for size, _ in rows]
    assert sizes == [260, 300, 400]
    assert [t.id for t in rows[-1][1]] == tok.encode(TEXT)
    assert len(rows[0][1]) == len(TEXT.encode("utf-8"))  # 260 tokens: bytes only
    lengths = dict(trained.lengths.values())
    assert lengths == {"Characters": len(TEXT), "Bytes": len(TEXT.encode("utf-8")), "BPE tokens": len(tok.encode(TEXT))}


def test_the_language_price_is_drawn_for_each_mix(trained):
    for lang in ("es", "en"):
        x, y = trained.price.data(lang)
        assert list(x) == pytest.approx([100 * m for m in store.PRICE_MIXES])
        assert all(v > 1 for v in y)
    es, en = trained.price.data("es")[1], trained.price.data("en")[1]
    assert es[-1] > es[0] and en[0] > en[-1]  # the language seen more is the cheaper one
    assert "characters per token" in trained.price_note.text()


def test_a_restart_loads_the_tokenizer_and_its_report(qtbot, trained, ctx):
    ctx.facts.set("tokenizer.trained", None)
    again = TokenizerPage(ctx)
    qtbot.addWidget(again)
    qtbot.wait(50)
    assert not ctx.runner.is_busy()  # the saved report is used, nothing is measured again
    assert ctx.facts.get("tokenizer.trained") is True
    assert again.merges.count() == trained.merges.count()
    assert again.price.data("es")[1].tolist() == trained.price.data("es")[1].tolist()
    assert again.vocab_slider.value() == store.VOCAB_SIZES.index(400)


def test_training_without_a_corpus_says_what_to_do(qtbot, ctx):
    page = TokenizerPage(ctx)
    qtbot.addWidget(page)
    page.train_button.click()
    wait_job(qtbot, page)
    assert page.banner.isVisibleTo(page)
    assert "There is no corpus" in page.banner.text()
    assert not ctx.workspace.tokenizer_path.exists()
    assert ctx.facts.get("tokenizer.trained") is False


def test_token_chips_show_spaces_and_stop_at_a_limit(qtbot):
    chips = TokenChips()
    qtbot.addWidget(chips)
    chips.set_tokens([Token(7, " de"), Token(8, "\n")])
    texts = [re.sub("<[^>]+>", " ", c.text()) for c in chips.chips()]
    assert "·de" in texts[0] and "7" in texts[0] and "⏎" in texts[1]
    chips.set_tokens([Token(i, "a") for i in range(MAX_CHIPS + 10)])
    assert len(chips.chips()) == MAX_CHIPS
    assert len(chips.tokens()) == MAX_CHIPS + 10


def test_a_tokenizer_trained_elsewhere_is_loaded_and_measured(qtbot, ctx, clean_corpus):
    train_bpe(split_documents(clean_corpus), TokenizerConfig(vocab_size=300)).save(ctx.workspace.tokenizer_path)
    page = TokenizerPage(ctx)
    qtbot.addWidget(page)
    assert ctx.facts.get("tokenizer.vocab_size") == 300
    assert not ctx.runner.is_busy()  # measured when the learner looks at the page, not before
    page.show()
    qtbot.waitUntil(lambda: "token_frequencies" in page._report, timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "price_by_mix" in page._report, timeout=JOB_TIMEOUT_MS)  # then the language price
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=JOB_TIMEOUT_MS)
    assert len(page.price.data("es")[0]) == len(store.PRICE_MIXES)
    show_text(qtbot, page, TEXT)
    qtbot.mouseClick(page.chips.chips()[0], Qt.MouseButton.LeftButton)
    assert "times as a token in a sample of the corpus" in page.detail.text()
    assert store.load_report(ctx.workspace)["token_frequencies"]["total"] > 0
    page._report["token_frequencies"]["counts"][page._detail_id] = 0  # «ño»: only ever inside «año», «niño»…
    page._show_detail()
    assert "never used on its own" in page.detail.text() and " 0 " not in page.detail.text()


def test_a_tokenizer_made_by_another_job_shows_when_that_job_ends(qtbot, ctx, clean_corpus):
    from lab.events import Done

    page = TokenizerPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page._tok is None

    def pipeline_like_job():
        train_bpe(split_documents(clean_corpus), TokenizerConfig(vocab_size=300)).save(ctx.workspace.tokenizer_path)
        yield Done({})

    handle = ctx.runner.start("Whole pipeline", pipeline_like_job)
    with qtbot.waitSignal(handle.finished, timeout=JOB_TIMEOUT_MS):
        pass
    qtbot.waitUntil(lambda: page._tok is not None, timeout=5000)
    assert "300 tokens" in page.summary.text()
    qtbot.waitUntil(lambda: "price_by_mix" in page._report, timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=JOB_TIMEOUT_MS)
