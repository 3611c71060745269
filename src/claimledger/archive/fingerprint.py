"""Duplicate detection: exact (the ledger's sha256 of the normalised text) and near-duplicate
(the same wire story reprinted under another headline, with the outlet's boilerplate around it):
MinHash over word 5-shingles with datasketch's LSH index, then the estimated Jaccard
similarity checked against the threshold.

Signatures live in the table `archive_minhash` (one row per original document), so the index
is rebuilt at the start of each ingest without re-reading any text; a document stored by a run
that was killed before its signature was written is fingerprinted again from its text.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

import numpy as np
from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, MetaData, String, Table, insert, select
from sqlalchemy.engine import Engine

from ..store.schema import documents

NUM_PERM = 128
SHINGLE = 5
DEFAULT_THRESHOLD = 0.6
SCHEME = "affine32"   # datasketch >= 2: 32-bit values, stored as 4 bytes each
_WORD = re.compile(r"\w+")

archive_metadata = MetaData()
minhashes = Table(
    "archive_minhash", archive_metadata,
    Column("document_id", String(16), ForeignKey(documents.c.id, ondelete="CASCADE"), primary_key=True),
    Column("num_perm", Integer, nullable=False),
    Column("hashvalues", LargeBinary, nullable=False),   # NUM_PERM uint32, little-endian
)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word n-grams of the case-folded words: punctuation, spacing and case do not count."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i: i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> bytes:
    """The MinHash of a text as bytes (pickles cheaply between processes, stores as a blob)."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=num_perm, scheme=SCHEME)
    grams = shingles(text)
    if grams:
        minhash.update_batch(list(grams))
    return minhash.hashvalues.astype("<u4").tobytes()


def _minhash(blob: bytes):
    from datasketch import LeanMinHash, MinHash

    values = np.frombuffer(blob, dtype="<u4").astype(np.uint32)
    return LeanMinHash(MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.mean(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4")))


class NearDuplicateIndex:
    """Originals' signatures in an LSH index; `find(sig)` names the most similar one above the
    threshold, or None."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM):
        from datasketch import MinHashLSH

        if not 0.0 < threshold <= 1.0:
            raise ValueError("near-duplicate threshold must be in (0, 1]")
        self.threshold = threshold
        self.num_perm = num_perm
        # LSH bands tuned a little below the threshold, so candidates are not missed; the
        # estimated similarity below makes the decision.
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - 0.1), num_perm=num_perm)
        self._signatures: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, document_id: str, blob: bytes) -> None:
        if document_id in self._signatures:
            return
        self._signatures[document_id] = blob
        self._lsh.insert(document_id, _minhash(blob))

    def remove(self, document_id: str) -> None:
        if self._signatures.pop(document_id, None) is not None:
            self._lsh.remove(document_id)

    def find(self, blob: bytes) -> Optional[tuple[str, float]]:
        best: Optional[tuple[str, float]] = None
        for candidate in self._lsh.query(_minhash(blob)):
            score = similarity(blob, self._signatures[candidate])
            if score >= self.threshold and (best is None or score > best[1] or (score == best[1] and candidate < best[0])):
                best = (candidate, score)
        return best


def ensure_table(engine: Engine) -> None:
    archive_metadata.create_all(engine)


def load_index(engine: Engine, threshold: float = DEFAULT_THRESHOLD) -> NearDuplicateIndex:
    """The index of every original document in the ledger (signatures back-filled if missing)."""
    from ..contract import Analysis
    from ..store import schema

    ensure_table(engine)
    index = NearDuplicateIndex(threshold)
    d = schema.documents
    with engine.connect() as conn:
        for document_id, blob in conn.execute(select(minhashes.c.document_id, minhashes.c.hashvalues)
                                              .where(minhashes.c.num_perm == NUM_PERM)):
            index.add(document_id, blob)
        missing = conn.execute(select(d.c.id, d.c.analysis).where(d.c.duplicate_of.is_(None))
                               .where(d.c.id.not_in(select(minhashes.c.document_id)))).all()
    for document_id, analysis_json in missing:
        blob = signature(Analysis.model_validate_json(analysis_json).document.text)
        save_signature(engine, document_id, blob)
        index.add(document_id, blob)
    return index


def save_signature(engine: Engine, document_id: str, blob: bytes) -> None:
    with engine.begin() as conn:
        exists = conn.execute(select(minhashes.c.document_id).where(minhashes.c.document_id == document_id)).first()
        if not exists:
            conn.execute(insert(minhashes), [{"document_id": document_id, "num_perm": NUM_PERM, "hashvalues": blob}])


def pairs_scores(texts: Iterable[tuple[str, str]]) -> list[float]:
    """Estimated similarity of each (a, b) pair of texts (for measuring the method)."""
    return [similarity(signature(a), signature(b)) for a, b in texts]
