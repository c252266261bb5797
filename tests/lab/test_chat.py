import pytest
from hypothesis import given
from hypothesis import strategies as st
from posttrain_fakes import CharTokenizer

from lab import chat
from lab.errors import LabError
from lab.losses import IGNORE

CONVO = [{"role": "user", "content": "hi?"}, {"role": "assistant", "content": "ok."}]


def test_chat_text_round_trips():
    text = chat.render_text(CONVO)
    assert text == "<|user|>hi?<|end|><|assistant|>ok.<|end|>"
    assert chat.parse_text(text) == CONVO


@given(st.lists(st.tuples(st.sampled_from(["user", "assistant"]),
                          st.text(alphabet=st.characters(blacklist_characters="<>"), max_size=20)), max_size=6))
def test_any_conversation_round_trips_through_the_template(turns):
    messages = [{"role": r, "content": c} for r, c in turns]
    assert chat.parse_text(chat.render_text(messages)) == messages


def test_rendered_tokens_decode_to_the_template_text():
    tok = CharTokenizer()
    rendered = chat.render(CONVO, tok)
    assert tok.decode(rendered.ids) == chat.render_text(CONVO)


def test_mask_keeps_only_the_answer_and_its_end_token():
    tok = CharTokenizer()
    rendered = chat.render(CONVO, tok)
    trained = [i for i, m in zip(rendered.ids, rendered.mask, strict=True) if m]
    assert tok.decode(trained) == "ok.<|end|>"


def test_without_masking_every_token_is_trained():
    rendered = chat.render(CONVO, CharTokenizer(), mask=False)
    assert all(rendered.mask)


def test_training_example_ignores_prompt_targets():
    tok = CharTokenizer()
    inputs, targets = chat.render(CONVO, tok).example(block_size=64)
    assert len(inputs) == len(targets) == len(chat.render(CONVO, tok).ids) - 1
    counted = [t for t in targets if t != IGNORE]
    assert tok.decode(counted) == "ok.<|end|>"


def test_an_example_cut_before_the_answer_is_dropped():
    assert chat.render(CONVO, CharTokenizer()).example(block_size=4) is None


def test_system_message_joins_the_next_user_turn():
    messages = [{"role": "system", "content": "be kind"}, *CONVO]
    assert chat.render_text(messages).startswith("<|user|>be kind\nhi?<|end|>")


def test_prompt_ids_end_with_the_assistant_token():
    tok = CharTokenizer()
    ids = chat.prompt_ids(tok, "hi?")
    assert tok.decode(ids) == "<|user|>hi?<|end|><|assistant|>"


def test_answer_text_stops_at_the_end_token():
    tok = CharTokenizer()
    text, ended = chat.answer_text(tok, tok.encode("ok.") + [tok.end_id] + tok.encode("more"))
    assert (text, ended) == ("ok.", True)
    assert chat.answer_text(tok, tok.encode("ok")) == ("ok", False)


def test_malformed_lines_are_reported_by_number_and_skipped():
    good = chat.conversations_jsonl([CONVO]).strip()
    text = "\n".join([good, "{not json", "[1, 2]", '{"messages": []}',
                      '{"messages": [{"role": "robot", "content": "x"}]}',
                      '{"messages": [{"role": "user", "content": "only a question"}]}', "", good])
    loaded = chat.read_conversations(text)
    assert loaded.items == [CONVO, CONVO]
    assert [p.params["line"] for p in loaded.problems] == [2, 3, 4, 5, 6]
    assert "Line 2" in loaded.problems[0].message()


def test_a_file_without_one_usable_line_is_refused(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("nonsense\n", encoding="utf-8")
    with pytest.raises(LabError, match="No usable conversation"):
        chat.load_conversations(path)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(LabError, match="does not exist"):
        chat.load_conversations(tmp_path / "nope.jsonl")


def test_conversations_round_trip_through_jsonl(tmp_path):
    convos = [CONVO, [{"role": "user", "content": "¿Qué tal?"}, {"role": "assistant", "content": "Bien, ñ."}]]
    path = tmp_path / "c.jsonl"
    path.write_text(chat.conversations_jsonl(convos), encoding="utf-8")
    assert chat.load_conversations(path).items == convos
