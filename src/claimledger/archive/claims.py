"""Claim status across documents: the same claim reported by several documents, grouped; each
report with the stance of its source and of the author toward the claim; each group with its
first report, its reports by date and a status, counted by independent origin.

A claim is a body sentence of an original document (near-duplicate copies have none) whose
kind states something or takes a side on it (reported, assertion, opinion) — or, where a sentence carries several voices
("a drone reportedly hit a ship, and the ministry claimed that all five drones were
destroyed"), the words attributed to each. What is compared is its content: newsroom
boilerplate ("on condition of anonymity", "declined to comment"; data/claim_boilerplate.txt) is
cut first and never compared; less the source's name and the reporting cue too, what is left
must have MIN_WORDS content words. Reports are embedded (similarity.py); pairs from different
documents at or above the threshold that also share MIN_SHARED content words outside the
frame are linked, and linked claims form a group (connected components). So a group never forms
on a sourcing formula, or on "the ministry said" alone.

Origin: who the claim rests on, read from the attribution chain (the source, then `via`, outer
to inner: "Reuters ← three of the sources"). The innermost source that can be told apart from
others is the origin: two outlets that both cite Reuters rest on Reuters; two outlets quoting the
same minister rest on the minister; "Reuters ← unnamed officials" rests on Reuters, because
anonymous sources cannot be told apart. A sentence with no attribution rests on its document's
outlet (the URL's host) or, without a URL, on the document itself (named by its title).

Stance (stance.py): what the voice does with the claim (asserts, confirms, denies, disputes,
retracts, or reports it without endorsing) from its cue and negation, and what the author does
(from the cue and the author's commentary). Status, from the stances of independent origins:
retracted (a voice retracts it), denied by its subject (a voice named in the claim denies it),
contested (some origin denies or disputes it, or the author does), else uncontested.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

import numpy as np
from sqlalchemy import select

from .. import lexicon
from ..store import schema
from ..store.rows import fold
from . import similarity
from . import stance as stance_rules

MIN_WORDS = 4            # content words a claim keeps after boilerplate and frame are cut
MIN_SHARED = 2           # content words two linked claims must share
# Opinions count: "X claims …, but that is clearly not the case" is the author disputing a claim.
CLAIM_KINDS = ("reported", "assertion", "opinion")
MAX_CLAIMS = 20_000       # newest first; bounds time and memory on very large archives
_BLOCK = 256              # rows of the similarity matrix computed at once (bounded memory)
_OWN_VOICE = ("author", "commenter")
_ANONYMOUS = ("anonymous",)
STATUSES = ("uncontested", "contested", "denied by its subject", "retracted")


@dataclass
class Claim:
    document_id: str
    sentence_id: str
    text: str                              # the words of the report (the sentence, or one voice's part)
    source: Optional[str]
    origin: str                            # origin key: source:NAME, outlet:HOST or document:ID
    title: Optional[str]
    published: Optional[str]
    origin_label: str = ""                 # the origin as a reader knows it
    line: Optional[int] = None
    cue: Optional[str] = None              # attribution cue as stored (None: the author's own)
    source_type: Optional[str] = None
    url: Optional[str] = None
    compared: str = ""                     # what is embedded: the text less newsroom boilerplate
    content: str = ""                      # what it claims: that, less its source's name and cue
    span: Optional[tuple[int, int]] = None  # the attributed words within `text`
    following: Optional[str] = None        # the author's next sentence (its comment on this one)
    voice: str = "asserts"                 # stance of the source toward the group's claim
    author: str = "asserts"                # stance of the author toward it
    cues: list = field(default_factory=list)

    def __post_init__(self):
        if not self.compared:
            self.compared = without_boilerplate(self.text)
        if not self.content:
            self.content = content_of(self.text, self.source, self.cue)
        if not self.origin_label:
            self.origin_label = self.origin.split(":", 1)[-1]

    def to_dict(self) -> dict:
        return {"document_id": self.document_id, "sentence_id": self.sentence_id, "line": self.line,
                "text": self.text, "source": self.source, "source_type": self.source_type, "origin": self.origin,
                "origin_label": self.origin_label, "title": self.title, "url": self.url,
                "published": self.published, "cue": self.cue, "stance": self.voice, "voice": self.voice,
                "author": self.author, "cues": [c.to_dict() for c in self.cues]}


@dataclass
class ClaimGroup:
    claims: list[Claim] = field(default_factory=list)

    @property
    def origins(self) -> list[str]:
        return sorted({c.origin for c in self.claims})

    @property
    def origin_labels(self) -> list[str]:
        labels = {c.origin: c.origin_label for c in self.claims}
        return [labels[o] for o in self.origins]

    @property
    def documents(self) -> list[str]:
        return sorted({c.document_id for c in self.claims})

    @property
    def first(self) -> Claim:
        """The earliest-published report (undated reports last)."""
        return min(self.claims, key=lambda c: (c.published or "9999", c.document_id, c.line or 0))

    @property
    def text(self) -> str:
        """The earliest-published wording stands for the group."""
        return self.first.text

    @property
    def id(self) -> str:
        """DOCUMENT:SENTENCE of the first report: the handle a user rates the claim by."""
        return f"{self.first.document_id}:{self.first.sentence_id}"

    def timeline(self) -> list[Claim]:
        return sorted(self.claims, key=lambda c: (c.published or "9999", c.document_id, c.line or 0))

    def stances_by_origin(self) -> dict[str, list[str]]:
        """Stance -> the independent origins that take it (a voice's stance; the author's when
        the author disputes what a source says)."""
        out: dict[str, set[str]] = defaultdict(set)
        for c in self.claims:
            out[c.voice].add(c.origin_label or c.origin)
            if c.author in stance_rules.AGAINST and c.author != c.voice:
                out[c.author].add(f"author of {c.title or c.document_id}")
        return {s: sorted(out[s]) for s in stance_rules.STANCES if out.get(s)}

    @property
    def status(self) -> str:
        voices = [c.voice for c in self.claims]
        if "retracts" in voices:
            return "retracted"
        subject = _content_words(" ".join(c.content for c in self.claims if c.voice in stance_rules.FOR) or self.text)
        for c in self.claims:
            if c.voice == "denies" and c.source and _content_words(c.source) & subject:
                return "denied by its subject"
        if any(c.voice in stance_rules.AGAINST or c.author in stance_rules.AGAINST for c in self.claims):
            return "contested"
        return "uncontested"

    def to_dict(self) -> dict:
        first = self.first
        return {"id": self.id, "text": self.text, "status": self.status, "origins": self.origins,
                "origin_labels": self.origin_labels, "documents": self.documents,
                "first_report": {"document_id": first.document_id, "sentence_id": first.sentence_id,
                                 "published": first.published, "source": first.source,
                                 "origin_label": first.origin_label},
                "stances": self.stances_by_origin(),
                "claims": [c.to_dict() for c in self.timeline()]}


# --- reading claims from the ledger ---------------------------------------------------------

@lru_cache(maxsize=1)
def boilerplate() -> tuple[re.Pattern, ...]:
    return lexicon.regexes("claim_boilerplate.txt")


def without_boilerplate(text: str) -> str:
    for pattern in boilerplate():
        text = pattern.sub(" ", text)
    return _tidy(text)


def content_of(text: str, source: Optional[str] = None, cue: Optional[str] = None) -> str:
    """What a report claims: the text less newsroom boilerplate, its source's name and its cue."""
    text = without_boilerplate(text)
    for part in (source, cue):
        if part and len(part) > 1:
            text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return _tidy(text)


def _tidy(text: str) -> str:
    """Spaces and the commas left orphaned where words were cut."""
    text = re.sub(r"\s+([,;:.])", r"\1", " ".join(text.split()))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    return text.lstrip(" ,;:")


def _content_words(text: str) -> set[str]:
    return set(similarity.content_stems(text))


def load_claims(engine, limit: int = MAX_CLAIMS) -> list[Claim]:
    s, d, a, src = schema.sentences, schema.documents, schema.attributions, schema.sources
    query = (select(s.c.document_id, s.c.id, s.c.text, s.c.kind, s.c.line, s.c.start, d.c.url, d.c.title,
                    d.c.published)
             .join(d, d.c.id == s.c.document_id)
             .where(d.c.duplicate_of.is_(None), s.c.section == "body", s.c.kind.in_(CLAIM_KINDS))
             .order_by(d.c.published.desc().nulls_last(), s.c.document_id, s.c.line).limit(limit))
    with engine.connect() as conn:
        rows = [r for r in conn.execute(query) if len(r.text.split()) >= MIN_WORDS]
        documents = {r.document_id for r in rows}
        names, types, anonymous = {}, {}, set()
        for r in conn.execute(select(src.c.document_id, src.c.id, src.c.name, src.c.type)):
            if r.document_id in documents:
                names[(r.document_id, r.id)] = r.name
                types[(r.document_id, r.id)] = r.type
                if r.type in _ANONYMOUS:
                    anonymous.add((r.document_id, r.id))
        chains: dict[tuple[str, str], list] = defaultdict(list)
        for r in conn.execute(select(a.c.document_id, a.c.sentence_id, a.c.source_id, a.c.via, a.c.cue, a.c.start,
                                     a.c.end).order_by(a.c.pk)):
            if r.document_id in documents:
                chains[(r.document_id, r.sentence_id)].append(r)
    claims = []
    for r in rows:
        attributions = [x for x in chains.get((r.document_id, r.id), []) if x.source_id not in _OWN_VOICE]
        if not attributions:
            claims.append(_claim(r, r.text, None, None, names, types, anonymous))
            continue
        for x in attributions:
            # Several voices in one sentence: each voice's words are its own report.
            text = r.text
            span = None
            if x.start is not None and x.end is not None:
                lo, hi = max(0, x.start - r.start), min(len(r.text), x.end - r.start)
                if hi - lo >= 10:
                    span = (lo, hi)
                    if len(attributions) > 1:
                        text, span = r.text[lo:hi], (0, hi - lo)
            claims.append(_claim(r, text, x, span, names, types, anonymous))
    return [c for c in claims if len(similarity.content_stems(c.content)) >= MIN_WORDS]


def _claim(r, text: str, attribution, span, names, types, anonymous) -> Claim:
    document_id = r.document_id
    if attribution is None:
        source_id, via, cue = None, [], None
    else:
        source_id, via, cue = attribution.source_id, attribution.via or [], attribution.cue
    chain = [x for x in [source_id, *via] if x and x not in _OWN_VOICE and (document_id, x) in names]
    named = [x for x in chain if (document_id, x) not in anonymous]
    root = (named or chain or [None])[-1]
    if root:
        origin, label = f"source:{fold(names[(document_id, root)])}", names[(document_id, root)]
    else:
        origin, label = _outlet(document_id, r.url, r.title)
    source = names.get((document_id, source_id))
    return Claim(document_id, r.id, text, source, origin, r.title, r.published, origin_label=label, line=r.line,
                 cue=cue, source_type=types.get((document_id, source_id)), url=r.url,
                 compared=without_boilerplate(text), content=content_of(text, source, cue), span=span)


def _outlet(document_id: str, url: Optional[str], title: Optional[str] = None) -> tuple[str, str]:
    """(origin key, readable label) of a document's own reporting."""
    host = urlsplit(url).hostname if url else None
    if host:
        host = host[4:] if host.startswith("www.") else host
        return "outlet:" + host, host
    return "document:" + document_id, f"«{title}»" if title else f"document {document_id}"


# --- grouping -------------------------------------------------------------------------------

def group(claims: list[Claim], method: Optional[str] = None, threshold: Optional[float] = None) -> list[ClaimGroup]:
    """Groups of claims (two or more documents) that say the same thing, most origins first."""
    if len(claims) < 2:
        return []
    method = similarity.resolve_method(method)
    threshold = similarity.THRESHOLDS[method] if threshold is None else threshold
    vectors = similarity.METHODS[method]([c.compared for c in claims])
    document_codes = {d: n for n, d in enumerate(sorted({c.document_id for c in claims}))}
    documents = np.array([document_codes[c.document_id] for c in claims])
    words = [frozenset(similarity.content_stems(c.content)) for c in claims]
    links_i, links_j = [], []
    for start in range(0, len(claims), _BLOCK):
        rows, cols = _similar_pairs(vectors[start: start + _BLOCK] @ vectors.T, threshold)
        rows = rows + start
        keep = (rows < cols) & (documents[rows] != documents[cols])   # across documents only
        rows, cols = rows[keep], cols[keep]
        shared = np.array([len(words[i] & words[j]) >= MIN_SHARED for i, j in zip(rows, cols)], dtype=bool)
        links_i.append(rows[shared] if len(rows) else rows)
        links_j.append(cols[shared] if len(cols) else cols)
    labels = _components(len(claims), np.concatenate(links_i), np.concatenate(links_j))
    members: dict[int, list[Claim]] = defaultdict(list)
    for label, claim in zip(labels, claims):
        members[int(label)].append(claim)
    groups = [ClaimGroup(_merge_origins(m)) for m in members.values() if len({c.document_id for c in m}) > 1]
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


def _merge_origins(claims: list[Claim]) -> list[Claim]:
    """Within one claim, a source named shorter in one report and fuller in another ("the air
    force", "Ukraine's air force") is one origin: the shorter name's words end the fuller one's."""
    keys = sorted({c.origin for c in claims if c.origin.startswith("source:")}, key=len, reverse=True)
    canonical: dict[str, str] = {}
    for key in keys:
        words = _name_words(key)
        for fuller in keys:
            if fuller != key and len(_name_words(fuller)) > len(words) and _name_words(fuller)[-len(words):] == words:
                canonical[key] = canonical.get(fuller, fuller)
                break
    if canonical:
        labels = {c.origin: c.origin_label for c in claims}
        for c in claims:
            if c.origin in canonical:
                c.origin = canonical[c.origin]
                c.origin_label = labels[c.origin]
    return claims


def _name_words(key: str) -> list[str]:
    words = re.findall(r"\w+", key.split(":", 1)[1].replace("'s ", " "))
    return [w for w in words if w not in ("the", "s")] or words


# --- stances --------------------------------------------------------------------------------

def attach_stances(engine, groups: list[ClaimGroup]) -> None:
    """Each report's stance toward its group's claim (the first report's content), with the
    author's next sentence read for commentary on it."""
    _attach_following(engine, [c for g in groups for c in g.claims])
    for g in groups:
        claim = g.first.content
        for c in g.claims:
            found = stance_rules.report_stance(c.text, c.cue, c.span, None if c is g.first else claim,
                                               [c.following] if c.following else [])
            c.voice, c.author, c.cues = found.voice, found.author, found.cues


def _attach_following(engine, claims: list[Claim]) -> None:
    """The next body sentence of each claim's document when the author says it (no attribution)."""
    if not claims:
        return
    s, a = schema.sentences, schema.attributions
    documents = sorted({c.document_id for c in claims})
    following: dict[tuple[str, str], str] = {}
    with engine.connect() as conn:
        for start in range(0, len(documents), 500):
            chunk = documents[start: start + 500]
            attributed = {(r.document_id, r.sentence_id) for r in conn.execute(
                select(a.c.document_id, a.c.sentence_id).where(a.c.document_id.in_(chunk),
                                                               a.c.source_id.not_in(_OWN_VOICE)))}
            previous = None
            for r in conn.execute(select(s.c.document_id, s.c.id, s.c.text, s.c.line)
                                  .where(s.c.document_id.in_(chunk), s.c.section == "body")
                                  .order_by(s.c.document_id, s.c.pk)):
                if previous is not None and previous[0] == r.document_id and (r.document_id, r.id) not in attributed:
                    following[(previous[0], previous[1])] = r.text
                previous = (r.document_id, r.id)
    for c in claims:
        c.following = following.get((c.document_id, c.sentence_id))


def corroborate(engine, min_origins: int = 2, method: Optional[str] = None, threshold: Optional[float] = None,
                limit: int = MAX_CLAIMS) -> list[ClaimGroup]:
    groups = [g for g in group(load_claims(engine, limit), method, threshold) if len(g.origins) >= min_origins]
    attach_stances(engine, groups)
    return groups


def find_group(groups: list[ClaimGroup], claim_id: str) -> Optional[ClaimGroup]:
    """The group holding the report DOCUMENT:SENTENCE (or whose id it is)."""
    for g in groups:
        if g.id == claim_id or any(f"{c.document_id}:{c.sentence_id}" == claim_id for c in g.claims):
            return g
    return None
