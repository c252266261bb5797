"""Finding repeated documents while streaming: exact (normalised hash) and near (MinHash).

Exact: two documents are the same when they match after ignoring case, punctuation and
spacing; we keep a 16-byte hash of each one seen.

Near: the Jaccard similarity of two documents' sets of word 3-grams ("shingles"),
estimated with MinHash: for each of `num_perm` random hash functions keep the smallest
hash over the document's shingles; two documents agree on a function with probability
equal to their Jaccard similarity. Locality-sensitive hashing (LSH) splits the signature
into bands, so only documents sharing a whole band are compared, and we never compare
every pair. The first document of a group is kept; later ones are dropped.
"""

from __future__ import annotations

import hashlib
import zlib

import numpy as np

from lab.corpus.steps import dedupe_key, dedupe_words

_MASK32 = np.uint64(0xFFFFFFFF)


class ExactDeduper:
    """Remembers a hash of every document it has seen; `is_duplicate` says whether it saw one like it."""

    def __init__(self) -> None:
        self.seen: set[bytes] = set()

    def is_duplicate(self, doc: str) -> bool:
        digest = hashlib.blake2b(dedupe_key(doc).encode("utf-8"), digest_size=16).digest()
        if digest in self.seen:
            return True
        self.seen.add(digest)
        return False


class NearDeduper:
    """MinHash + LSH over word 3-grams; a document within `threshold` Jaccard of an earlier one is a duplicate."""

    def __init__(self, threshold: float = 0.7, num_perm: int = 32, bands: int = 8, shingle: int = 3, seed: int = 0):
        assert num_perm % bands == 0
        self.threshold, self.bands, self.rows, self.shingle = threshold, bands, num_perm // bands, shingle
        rng = np.random.default_rng(seed)
        # Multiply-shift hashing: (a * x + b) mod 2^64, top 32 bits; odd `a` keep it a bijection.
        self.a = (rng.integers(1, 2**63, size=(num_perm, 1), dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
        self.b = rng.integers(0, 2**63, size=(num_perm, 1), dtype=np.uint64)
        self.mix = rng.integers(1, 2**63, size=shingle, dtype=np.uint64) | np.uint64(1)
        self.buckets: dict[int, int] = {}  # hash of (band number, band values) → first document with it
        self.signatures = bytearray()  # every kept document's signature, one after another
        self.count = 0

    def signature(self, doc: str) -> np.ndarray:
        """The MinHash signature of `doc`: `num_perm` uint32 values."""
        hashes = np.array([zlib.crc32(w.encode("utf-8")) for w in dedupe_words(doc)], dtype=np.uint64)
        k = min(self.shingle, len(hashes))
        if k == 0:
            hashes, k = np.zeros(1, dtype=np.uint64), 1
        n = len(hashes) - k + 1
        shingles = np.zeros(n, dtype=np.uint64)
        for i in range(k):  # a shingle's hash mixes its k word hashes (wrapping uint64 arithmetic)
            shingles = shingles * self.mix[i] + hashes[i:i + n]
        mixed = (self.a * shingles[None, :] + self.b) >> np.uint64(32)  # (num_perm, n)
        return (mixed.min(axis=1) & _MASK32).astype(np.uint32)

    def similarity(self, sig_a: np.ndarray, sig_b: np.ndarray) -> float:
        """Estimated Jaccard similarity: the share of hash functions on which the signatures agree."""
        return float(np.mean(sig_a == sig_b))

    def is_duplicate(self, doc: str) -> bool:
        sig = self.signature(doc)
        keys = [hash((i, sig[i * self.rows:(i + 1) * self.rows].tobytes())) for i in range(self.bands)]
        candidates = {self.buckets[k] for k in keys if k in self.buckets}
        for c in candidates:
            start = c * sig.nbytes  # a slice is a copy, so the bytearray stays free to grow
            other = np.frombuffer(self.signatures[start:start + sig.nbytes], dtype=np.uint32)
            if self.similarity(sig, other) >= self.threshold:
                return True
        index = self.count
        self.count += 1
        self.signatures += sig.tobytes()
        for key in keys:
            self.buckets.setdefault(key, index)
        return False
