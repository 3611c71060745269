"""`claims check`: where every stored document stands on a claim a user types.

    result = check(engine, "The ministry said all five drones were destroyed")
    for answer in result.documents:   # related first, then every other document as unrelated
        answer.stance                  # agrees | disagrees | discusses | unrelated
        answer.evidence                # the sentences, sources and cues behind it

Fast on a large ledger because the expensive part only sees candidates: the full-text index
(FTS5 on SQLite, tsvector on PostgreSQL) names the sentences sharing the claim's content words,
best first; only the documents of the best CANDIDATE_SENTENCES of those are read and scored by
the stance model (stance_model.py). A document that shares no content word with the claim is
unrelated without being read. Prepared documents are kept in a per-process cache, so checking
many claims at once (`--from FILE`) reads each document once.
"""
from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from ..errors import InputError
from ..store import schema
from . import stance as stance_rules
from . import stance_model
from .similarity import stop_words

CANDIDATE_SENTENCES = 2_000   # best full-text matches read per claim
# At most this many documents are scored per claim; the rest are unrelated, "scored": false.
# On FNC-1 dev, 40 and 100 score the same (no headline there has more than ~10 related bodies);
# `claims check --candidates N` reads more on an archive where a story is told many times.
CANDIDATE_DOCUMENTS = 50
EVIDENCE = 3                  # sentences shown per related document
FLIP_COVERAGE = 0.5           # share of the claim's words a sentence needs before its negation counts
EXPLICIT_COVERAGE = 0.6       # ... before its source's explicit denial outweighs the model
MAX_TERMS = 24                # content words of a claim sent to the index
_CACHE_SIZE = 4_000
_NONE: tuple = ()             # shared by every unattributed sentence (never changed)


@dataclass
class Evidence:
    sentence_id: str
    line: int
    text: str
    source: Optional[str]          # who says it (None: the author)
    source_type: Optional[str]
    cue: Optional[str]             # the attribution cue, as stored
    voice: str                     # the source's stance toward the claim
    author: str                    # the author's stance toward it
    cues: list[stance_rules.StanceCue]
    coverage: float                # share of the claim's content words in the sentence

    def to_dict(self) -> dict:
        return {"sentence_id": self.sentence_id, "line": self.line, "text": self.text, "source": self.source,
                "source_type": self.source_type, "cue": self.cue, "voice": self.voice, "author": self.author,
                "cues": [c.to_dict() for c in self.cues], "coverage": round(self.coverage, 3)}


@dataclass
class DocumentAnswer:
    document_id: str
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    stance: str                    # agrees | disagrees | discusses | unrelated
    confidence: float              # the model's probability of that stance (1.0: not a candidate)
    evidence: list[Evidence] = field(default_factory=list)
    duplicate_of: Optional[str] = None
    scored: bool = True            # False: shares too little with the claim to be read at all

    def to_dict(self) -> dict:
        return {"document_id": self.document_id, "title": self.title, "url": self.url, "published": self.published,
                "stance": self.stance, "confidence": round(self.confidence, 3), "scored": self.scored,
                "duplicate_of": self.duplicate_of,
                "sentences": [e.to_dict() for e in self.evidence],
                "sources": sorted({e.source or "the author" for e in self.evidence}),
                "cues": [c.text for e in self.evidence for c in e.cues]}


@dataclass
class CheckResult:
    claim: str
    documents: list[DocumentAnswer]
    candidates: int                # documents the model scored
    seconds: float
    unrelated: Optional[int] = None   # when the unrelated documents are not listed: how many

    @property
    def related(self) -> list[DocumentAnswer]:
        return [d for d in self.documents if d.stance != "unrelated"]

    def counts(self) -> dict[str, int]:
        out = {label: 0 for label in stance_model.LABELS}
        for d in self.documents:
            out[d.stance] += 1
        if self.unrelated is not None:
            out["unrelated"] = self.unrelated
        return out

    def to_dict(self) -> dict:
        return {"claim": self.claim, "counts": self.counts(), "candidates": self.candidates,
                "documents": [d.to_dict() for d in self.documents]}


class _Cache:
    """Prepared documents by id (a stored document never changes: its id is its text's hash)."""

    def __init__(self, size: int = _CACHE_SIZE):
        self.size = size
        self.items: OrderedDict[str, stance_model.PreparedDocument] = OrderedDict()

    def get(self, key: str) -> Optional[stance_model.PreparedDocument]:
        item = self.items.get(key)
        if item is not None:
            self.items.move_to_end(key)
        return item

    def put(self, key: str, value: stance_model.PreparedDocument) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        while len(self.items) > self.size:
            self.items.popitem(last=False)


_prepared = _Cache()


def check(engine: Engine, claim_text: str, include_unrelated: bool = True, candidates: Optional[int] = None) -> CheckResult:
    started = time.perf_counter()
    claim_text = " ".join((claim_text or "").split())
    claim = stance_model.prepare_claim(claim_text)
    if not claim.stem_set:
        raise InputError("the claim has no content words to look for")
    ids = candidate_documents(engine, claim_text, documents=candidates)
    documents = _prepared_documents(engine, ids)
    model = stance_model.load_model()
    claim_voice = _claim_voice(claim_text)
    answers: dict[str, DocumentAnswer] = {}
    for doc, (label, confidence) in zip(documents, model.predict_documents(claim, documents)):
        view = doc.view
        answer = DocumentAnswer(view.id, view.title, view.url, view.published, label, confidence)
        if label != "unrelated":
            answer.evidence = evidence(claim, doc)
            answer.stance = _explicit_overrides(label, claim_voice, answer.evidence)
        answers[view.id] = answer
    out = [a for a in answers.values() if a.stance != "unrelated"]
    out.sort(key=lambda a: (_ORDER[a.stance], -a.confidence, a.published or "", a.document_id))
    if not include_unrelated:
        # Only how many: the table lists related documents, and reading 10k rows costs time.
        return CheckResult(claim_text, out, len(documents), time.perf_counter() - started,
                           unrelated=_count_documents(engine) - len(out))
    for document_id, title, url, published, duplicate_of in _all_documents(engine):
        original = answers.get(duplicate_of) if duplicate_of else None
        if document_id in answers and answers[document_id].stance != "unrelated":
            continue
        if original is not None and original.stance != "unrelated":
            # A near-duplicate copy stands where its original stands.
            out.append(DocumentAnswer(document_id, title, url, published, original.stance, original.confidence,
                                      original.evidence, duplicate_of=duplicate_of))
            continue
        scored = document_id in answers
        out.append(DocumentAnswer(document_id, title, url, published, "unrelated",
                                  answers[document_id].confidence if scored else 1.0, duplicate_of=duplicate_of,
                                  scored=scored))
    return CheckResult(claim_text, out, len(documents), time.perf_counter() - started)


def _claim_voice(claim_text: str) -> str:
    """What the claim itself does: most claims assert; "Moscow denies striking the pier" denies,
    and "The third-breast story is a hoax" disputes (its own words take a side)."""
    if any(c.stance == "disputes" for c in stance_rules.commentary(claim_text)):
        return "disputes"
    found = stance_rules.find_cues(claim_text)
    return found[0].stance if found else "asserts"


def _explicit_overrides(label: str, claim_voice: str, found: list[Evidence]) -> str:
    """A sentence that says nearly all the claim says and whose reporting cue denies, disputes
    or retracts it ("The ministry denied that …"), or that the author's own comment disputes
    ("…, but that is clearly not the case"), outweighs the model's "agrees": that is the
    sentence a fact-checker would quote. A claim that is itself a denial is left to the model."""
    if label != "agrees" or claim_voice in stance_rules.AGAINST:
        return label
    for e in found:
        if e.coverage >= EXPLICIT_COVERAGE and any(
                c.signal in ("attribution", "commentary") and c.stance in stance_rules.AGAINST for c in e.cues):
            return "disagrees"
    return label


_ORDER = {"disagrees": 0, "agrees": 1, "discusses": 2, "unrelated": 3}


def evidence(claim: stance_model.Claim, doc: stance_model.PreparedDocument, limit: int = EVIDENCE) -> list[Evidence]:
    """The sentences that cover the claim best, each with who says it and the stance cues."""
    sentences = doc.sentences
    n = max(1, len(claim.stem_set))
    scored = [(len(claim.stem_set & s.stem_set) / n, i) for i, s in enumerate(sentences)]
    chosen = sorted((x for x in scored if x[0] >= stance_model.COVERS), key=lambda x: (-x[0], x[1]))[:limit]
    out = []
    for coverage, i in sorted(chosen, key=lambda x: x[1]):
        view = sentences[i].view
        following = [sentences[i + 1].view.text] if i + 1 < len(sentences) and not sentences[i + 1].view.cues else []
        k = _main_attribution(view)
        cue = (view.cues[k] or None) if k is not None else None
        span = view.spans[k] if k is not None else None
        # Negation tells "says the opposite" only of a sentence that says mostly the same thing.
        against = claim.text if coverage >= FLIP_COVERAGE else None
        found = stance_rules.report_stance(view.text, cue, span, against, following)
        out.append(Evidence(view.id, view.line, view.text, view.sources[k] if k is not None else None,
                            view.source_types[k] if k is not None else None, cue, found.voice, found.author,
                            found.cues, coverage))
    return out


def _main_attribution(view: stance_model.SentenceView) -> Optional[int]:
    """Of a sentence's attributions, the one whose cue comes first ("The port authority
    confirmed that …, and said …": the authority's confirmation)."""
    if not view.cues:
        return None
    lower = view.text.lower()
    positions = [(lower.find(cue.lower()) if cue else -1, k) for k, cue in enumerate(view.cues)]
    found = [p for p in positions if p[0] >= 0]
    return min(found)[1] if found else 0


# --- reading the ledger ----------------------------------------------------------------------

def claim_terms(claim_text: str) -> list[str]:
    """The claim's content words as the index should look for them (no function words; each
    once, longest first so the most specific survive the cap)."""
    stop = stop_words()
    words = []
    for word, _, _ in stance_rules.words_with_offsets(claim_text):
        if word in stop or len(word) < 2 or not word.isalnum() or word in words:
            continue
        words.append(word)
    return sorted(words, key=len, reverse=True)[:MAX_TERMS]


def candidate_documents(engine: Engine, claim_text: str, sentences: int = CANDIDATE_SENTENCES,
                        documents: Optional[int] = None) -> list[str]:
    """Ids of the original documents whose sentences best match the claim's words, best first."""
    documents = documents or CANDIDATE_DOCUMENTS
    terms = claim_terms(claim_text)
    if not terms:
        return []
    finder = _FINDERS.get(engine.dialect.name, _candidates_like)
    scored: dict[str, float] = {}
    for document_id, score in finder(engine, terms, sentences):
        scored[document_id] = scored.get(document_id, 0.0) + score
    ranked = sorted(scored, key=lambda d: -scored[d])
    return ranked[:documents]


def _candidates_sqlite(engine: Engine, terms: list[str], limit: int) -> list[tuple[str, float]]:
    match = " OR ".join('"' + t.replace('"', "") + '"' for t in terms)
    sql = ("SELECT s.document_id, -m.rank AS score FROM ("
           "  SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH :match ORDER BY rank LIMIT :limit"
           ") m JOIN sentences s ON s.pk = m.rowid WHERE s.section = 'body'")
    with engine.connect() as conn:
        return [(r[0], float(r[1])) for r in conn.execute(text(sql), {"match": match, "limit": limit})]


def _candidates_postgres(engine: Engine, terms: list[str], limit: int) -> list[tuple[str, float]]:
    params = {f"t{i}": t for i, t in enumerate(terms)}
    query = " || ".join(f"plainto_tsquery('english', :t{i})" for i in range(len(terms)))
    sql = (f"WITH q AS (SELECT ({query}) AS query) "
           f"SELECT s.document_id, ts_rank(s.tsv, q.query) AS score FROM sentences s, q "
           f"WHERE s.tsv @@ q.query AND s.section = 'body' ORDER BY score DESC LIMIT :limit")
    params["limit"] = limit
    with engine.connect() as conn:
        return [(r[0], float(r[1])) for r in conn.execute(text(sql), params)]


def _candidates_like(engine: Engine, terms: list[str], limit: int) -> list[tuple[str, float]]:
    """Any other database: sentences containing any of the words, scored by how many."""
    from sqlalchemy import func, or_

    s = schema.sentences
    hits = [func.lower(s.c.text).like(f"%{t}%") for t in terms]
    query = select(s.c.document_id, s.c.text).where(or_(*hits), s.c.section == "body").limit(limit * 5)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    scored = [(r[0], float(sum(t in r[1].lower() for t in terms))) for r in rows]
    return sorted(scored, key=lambda x: -x[1])[:limit]


_FINDERS = {"sqlite": _candidates_sqlite, "postgresql": _candidates_postgres}


def _all_documents(engine: Engine) -> list[tuple]:
    """(id, title, url, published, duplicate_of) of every document, newest first (plain tuples:
    on a large ledger building a mapping per row costs more than the query)."""
    d = schema.documents
    query = select(d.c.id, d.c.title, d.c.url, d.c.published, d.c.duplicate_of).order_by(
        d.c.published.desc().nulls_last(), d.c.id)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


def _count_documents(engine: Engine) -> int:
    from sqlalchemy import func

    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.documents)).scalar() or 0)


def _prepared_documents(engine: Engine, ids: list[str]) -> list[stance_model.PreparedDocument]:
    missing = [i for i in ids if _prepared.get(_key(engine, i)) is None]
    if missing:
        for view in load_views(engine, missing):
            _prepared.put(_key(engine, view.id), stance_model.prepare_document(view))
    return [p for p in (_prepared.get(_key(engine, i)) for i in ids) if p is not None]


def _key(engine: Engine, document_id: str) -> str:
    return f"{engine.url}#{document_id}"


def load_views(engine: Engine, ids: list[str]) -> list[stance_model.DocumentView]:
    """The body sentences, attributions and sources of some documents, as the model sees them."""
    d, s, a, src = schema.documents, schema.sentences, schema.attributions, schema.sources
    views: dict[str, stance_model.DocumentView] = {}
    with engine.connect() as conn:
        for chunk in _chunks(ids, 500):
            for r in conn.execute(select(d.c.id, d.c.title, d.c.published, d.c.url).where(d.c.id.in_(chunk))):
                views[r.id] = stance_model.DocumentView(r.id, r.title, r.published, r.url, [])
            names = {(r.document_id, r.id): (r.name, r.type)
                     for r in conn.execute(select(src.c.document_id, src.c.id, src.c.name, src.c.type)
                                           .where(src.c.document_id.in_(chunk)))}
            attributed: dict[tuple[str, str], list] = {}
            for r in conn.execute(select(a.c.document_id, a.c.sentence_id, a.c.source_id, a.c.cue, a.c.start, a.c.end)
                                  .where(a.c.document_id.in_(chunk)).order_by(a.c.pk)):
                attributed.setdefault((r.document_id, r.sentence_id), []).append(r)
            query = (select(s.c.document_id, s.c.id, s.c.line, s.c.start, s.c.text, s.c.kind, s.c.certainty)
                     .where(s.c.document_id.in_(chunk), s.c.section == "body").order_by(s.c.document_id, s.c.pk))
            for document_id, sentence_id, line, start, text_, kind, certainty in conn.execute(query):
                found = attributed.get((document_id, sentence_id))
                if not found:   # most sentences: no attribution, nothing more to build
                    views[document_id].sentences.append(stance_model.SentenceView(
                        sentence_id, line, text_, kind, certainty, _NONE, _NONE, _NONE, start, _NONE))
                    continue
                who = [names.get((document_id, x.source_id), (x.source_id, None)) for x in found]
                views[document_id].sentences.append(stance_model.SentenceView(
                    sentence_id, line, text_, kind, certainty, [x.cue or "" for x in found], [w[0] for w in who],
                    [(max(0, (x.start or start) - start), max(0, (x.end or start) - start)) for x in found],
                    start, [w[1] for w in who]))
    return [views[i] for i in ids if i in views]


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start: start + size]
