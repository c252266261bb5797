"""Compare's answers: each token with the probability its model gave it, whole characters only."""


def test_tokens_that_split_a_character_are_shown_joined():
    from lab.compare import whole_characters

    class Bytes:
        def decode(self, ids):
            return bytes(ids).decode("utf-8", errors="replace")

    ids = list("¡Hola".encode())  # "¡" is two bytes
    pieces = whole_characters(Bytes(), ids, [0.5, 0.5, 1.0, 1.0, 1.0, 1.0])
    assert pieces[0] == ("¡", 0.25) and "".join(t for t, _ in pieces) == "¡Hola"
