"""Corroboration: claims that say the same thing across documents, grouped, each group counted
by independent origin.

A claim is a body sentence of an original document (near-duplicate copies have none) whose
kind states something (reported, assertion, or unlabelled) and that has at least MIN_WORDS
words. Claims are embedded (similarity.py), pairs from different documents at or above the
threshold are linked, and linked claims form a group (union-find).

Origin: who the claim rests on, read from the attribution chain (the source, then `via`, outer
to inner: "Reuters ← three of the sources"). The innermost source that can be told apart from
others is the origin: two outlets that both cite Reuters rest on Reuters; two outlets quoting the
same minister rest on the minister; "Reuters ← unnamed officials" rests on Reuters, because
anonymous sources cannot be told apart. A sentence with no attribution rests on its document's
outlet (the URL's host) or, without a URL, on the document itself.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import urlsplit

import numpy as np
from sqlalchemy import select

from ..store import schema
from ..store.rows import fold
from . import similarity

MIN_WORDS = 6
CLAIM_KINDS = ("reported", "assertion")
MAX_CLAIMS = 20_000       # newest first; bounds time and memory on very large archives
_BLOCK = 256              # rows of the similarity matrix computed at once (bounded memory)
_OWN_VOICE = ("author", "commenter")
_ANONYMOUS = ("anonymous",)


@dataclass
class Claim:
    document_id: str
    sentence_id: str
    text: str
    source: Optional[str]
    origin: str
    title: Optional[str]
    published: Optional[str]


@dataclass
class ClaimGroup:
    claims: list[Claim] = field(default_factory=list)

    @property
    def origins(self) -> list[str]:
        return sorted({c.origin for c in self.claims})

    @property
    def documents(self) -> list[str]:
        return sorted({c.document_id for c in self.claims})

    @property
    def text(self) -> str:
        """The earliest-published wording stands for the group."""
        return min(self.claims, key=lambda c: (c.published or "9999", c.document_id)).text

    def to_dict(self) -> dict:
        return {"text": self.text, "origins": self.origins, "documents": self.documents,
                "claims": [c.__dict__ for c in self.claims]}


def load_claims(engine, limit: int = MAX_CLAIMS) -> list[Claim]:
    s, d, a, src = schema.sentences, schema.documents, schema.attributions, schema.sources
    query = (select(s.c.document_id, s.c.id, s.c.text, s.c.kind, d.c.url, d.c.title, d.c.published)
             .join(d, d.c.id == s.c.document_id)
             .where(d.c.duplicate_of.is_(None), s.c.section == "body", s.c.kind.in_(CLAIM_KINDS))
             .order_by(d.c.published.desc().nulls_last(), s.c.document_id, s.c.line).limit(limit))
    with engine.connect() as conn:
        rows = [r for r in conn.execute(query) if len(r.text.split()) >= MIN_WORDS]
        documents = {r.document_id for r in rows}
        names, anonymous = {}, set()
        for r in conn.execute(select(src.c.document_id, src.c.id, src.c.name, src.c.type)):
            if r.document_id in documents:
                names[(r.document_id, r.id)] = r.name
                if r.type in _ANONYMOUS:
                    anonymous.add((r.document_id, r.id))
        chains = {}
        for r in conn.execute(select(a.c.document_id, a.c.sentence_id, a.c.source_id, a.c.via)):
            if r.document_id in documents:
                chains[(r.document_id, r.sentence_id)] = (r.source_id, r.via or [])
    claims = []
    for r in rows:
        source_id, via = chains.get((r.document_id, r.id), (None, []))
        chain = [x for x in [source_id, *via] if x and x not in _OWN_VOICE and (r.document_id, x) in names]
        named = [x for x in chain if (r.document_id, x) not in anonymous]
        root = (named or chain or [None])[-1]
        origin = f"source:{fold(names[(r.document_id, root)])}" if root else _outlet(r.document_id, r.url)
        claims.append(Claim(r.document_id, r.id, r.text, names.get((r.document_id, source_id)), origin,
                            r.title, r.published))
    return claims


def _outlet(document_id: str, url: Optional[str]) -> str:
    host = urlsplit(url).hostname if url else None
    if host:
        return "outlet:" + (host[4:] if host.startswith("www.") else host)
    return "document:" + document_id


def group(claims: list[Claim], method: Optional[str] = None, threshold: Optional[float] = None) -> list[ClaimGroup]:
    """Groups of claims (two or more documents) that say the same thing, most origins first."""
    if len(claims) < 2:
        return []
    method = similarity.resolve_method(method)
    threshold = similarity.THRESHOLDS[method] if threshold is None else threshold
    vectors = similarity.METHODS[method]([c.text for c in claims])
    document_codes = {d: n for n, d in enumerate(sorted({c.document_id for c in claims}))}
    documents = np.array([document_codes[c.document_id] for c in claims])
    links_i, links_j = [], []
    for start in range(0, len(claims), _BLOCK):
        rows, cols = _similar_pairs(vectors[start: start + _BLOCK] @ vectors.T, threshold)
        rows = rows + start
        keep = (rows < cols) & (documents[rows] != documents[cols])   # across documents only
        links_i.append(rows[keep])
        links_j.append(cols[keep])
    labels = _components(len(claims), np.concatenate(links_i), np.concatenate(links_j))
    members: dict[int, list[Claim]] = defaultdict(list)
    for label, claim in zip(labels, claims):
        members[int(label)].append(claim)
    groups = [ClaimGroup(m) for m in members.values() if len({c.document_id for c in m}) > 1]
    groups.sort(key=lambda g: (-len(g.origins), -len(g.documents), g.text))
    return groups


def _components(count: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Connected components of the links (a claim linked to a claim linked to a third: one group)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(count, count))
    return connected_components(graph, directed=False)[1]


def _similar_pairs(block, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of the cells at or above the threshold; a sparse block stays sparse."""
    if hasattr(block, "tocoo"):
        coo = block.tocoo()
        keep = coo.data >= threshold
        return coo.row[keep], coo.col[keep]
    return np.nonzero(np.asarray(block) >= threshold)


def corroborate(engine, min_origins: int = 2, method: Optional[str] = None, threshold: Optional[float] = None,
                limit: int = MAX_CLAIMS) -> list[ClaimGroup]:
    return [g for g in group(load_claims(engine, limit), method, threshold) if len(g.origins) >= min_origins]
