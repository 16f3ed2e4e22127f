"""The syndication stage: which other articles of the corpus share this one's body.

A corpus-level stage: its fit pass shingles every article's body (word 5-grams of the ``search``
normalization, boilerplate left out) and indexes the MinHash signatures in datasketch's LSH
Ensemble, which finds sets *contained* in others as well as near-duplicates; the per-document pass
looks each article up and keeps the candidates whose exact shingle overlap is large enough. Each
document gets ``syndication``: ``[{id, share, jaccard}]``, where ``share`` is the part of this
article's body found in the other one (a wire story run twice: both near 1; a briefing quoted at
length inside a longer article: high for the briefing, lower for the article).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from khabar import Document, body_view

_WORD = re.compile(r"[^\W_]+")


def _key(document: Document) -> str:
    digest = hashlib.blake2b(document.text.encode("utf-8"), digest_size=6).hexdigest()
    return f"{document.id}\x00{digest}"


class SyndicationStage:
    """Adds ``syndication``. See the module docstring."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self.shingles: dict[str, Any] = {}  # document key -> its shingles (sorted 64-bit hashes)
        self.signatures: dict[str, Any] = {}  # document key -> its MinHash
        self.index: Any = None

    def setup(self, registry: Any) -> None:
        self.fold = registry.normalizer("search").fold

    def shingle(self, document: Document) -> Any:
        """The article body's word n-grams, hashed to sorted unique 64-bit integers."""
        import numpy as np

        words = _WORD.findall(self.fold(body_view(document).text).lower())
        n = self.settings.shingle_words
        grams = {" ".join(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}
        hashes = [
            int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "little")
            for g in grams
        ]
        return np.unique(np.array(hashes, dtype=np.uint64))

    def fit(self, documents: Iterable[Document]) -> None:
        self.shingles = {}
        for document in documents:
            key = _key(document)
            shingles = self.shingle(document)
            if len(shingles) >= self.settings.min_shingles and key not in self.shingles:
                self.shingles[key] = shingles
        self._index()

    def save(self, path: Path) -> None:
        """Keep the shingles (the signatures and index are rebuilt from them, deterministically)."""
        import numpy as np

        keys = list(self.shingles)
        sizes = np.array([len(self.shingles[k]) for k in keys], dtype=np.int64)
        hashes = np.concatenate([self.shingles[k] for k in keys]) if keys else np.zeros(0, np.uint64)
        with open(path, "wb") as stream:
            np.savez(stream, keys=np.array(keys, dtype=str), sizes=sizes, hashes=hashes)

    def load(self, path: Path) -> None:
        import numpy as np

        try:
            with np.load(path, allow_pickle=False) as saved:
                keys, sizes, hashes = list(saved["keys"]), saved["sizes"], saved["hashes"]
        except (OSError, ValueError, KeyError) as exc:
            raise ValueError(f"{path}: not a saved syndication state ({exc})") from None
        bounds = np.concatenate([[0], np.cumsum(sizes)])
        self.shingles = {str(k): hashes[bounds[i] : bounds[i + 1]] for i, k in enumerate(keys)}
        self._index()

    def _index(self) -> None:
        from datasketch import MinHash, MinHashLSHEnsemble

        entries = []
        self.signatures = {}
        for key, shingles in self.shingles.items():
            signature = MinHash(num_perm=self.settings.permutations, seed=1)
            signature.update_batch(shingles.view("u1").reshape(-1, 8))
            self.signatures[key] = signature
            entries.append((key, signature, len(shingles)))
        self.index = MinHashLSHEnsemble(
            threshold=self.settings.min_share, num_perm=self.settings.permutations, num_part=16
        )
        if entries:
            self.index.index(entries)

    def process(self, document: Document) -> None:
        import numpy as np

        key = _key(document)
        shingles = self.shingles.get(key)
        if shingles is None or self.index is None:
            document.set("syndication", [])
            return
        found = []
        for other in self.index.query(self.signatures[key], len(shingles)):
            if other == key:
                continue
            theirs = self.shingles[other]
            common = len(np.intersect1d(shingles, theirs, assume_unique=True))
            share = common / len(shingles)
            if share >= self.settings.min_share:
                jaccard = common / (len(shingles) + len(theirs) - common)
                found.append(
                    {"id": other.split("\x00")[0], "share": round(share, 4), "jaccard": round(jaccard, 4)}
                )
        found.sort(key=lambda item: (-item["share"], item["id"]))
        document.set("syndication", found[: self.settings.max_matches])
