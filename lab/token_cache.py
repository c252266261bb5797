"""The workspace's corpus as token ids, encoded once and kept beside it.

Encoding a classroom corpus takes about a second, every time pretraining starts, for
the same ids as last time. The stream is kept in `cache/pretrain-tokens.safetensors`
under a key made of the corpus's and the tokenizer file's bytes: change either and the
next run encodes again. A damaged or foreign cache file is ignored and rewritten.
"""

from __future__ import annotations

import hashlib

from torch import Tensor

from lab import checkpoint, data
from lab.data import TextTokenizer
from lab.workspace import Workspace

CACHE_FILE = "cache/pretrain-tokens.safetensors"


def encoded_corpus(ws: Workspace, text: str, tokenizer: TextTokenizer) -> Tensor:
    """`data.encode(text, tokenizer)` for the workspace's own corpus and tokenizer, from the cache when it fits."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file, save

    key = _key(text, ws.tokenizer_path.read_bytes())
    path = ws.root / CACHE_FILE
    try:
        cached = load_file(str(path))
        if _key_tensor_matches(cached.get("key"), key):
            return cached["ids"]
    except (OSError, SafetensorError, KeyError):
        pass  # no cache yet, or one this cannot read: encode
    ids = data.encode(text, tokenizer)
    path.parent.mkdir(parents=True, exist_ok=True)
    checkpoint.atomic_write_bytes(path, save({"ids": ids.contiguous(), "key": _key_tensor(key)}))
    return ids


def _key(text: str, tokenizer_bytes: bytes) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    h.update(text.encode("utf-8"))
    h.update(b"\0tokenizer\0")
    h.update(tokenizer_bytes)
    return h.digest()


def _key_tensor(key: bytes) -> Tensor:
    import torch

    return torch.frombuffer(bytearray(key), dtype=torch.uint8)


def _key_tensor_matches(stored: Tensor | None, key: bytes) -> bool:
    return stored is not None and bytes(stored.tolist()) == key
