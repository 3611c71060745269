"""A document's stance toward a claim: agrees, disagrees, discusses or unrelated.

The document is what the ledger stores of it (sentences with their kind and certainty, and the
attributions with their cues); the claim is a sentence a user types. `features(claim, doc)`
turns the pair into numbers anyone can read (how much of the claim the document covers, in
its best sentences and overall; how many denying, disputing, confirming and hedging cues stand
in the sentences that cover the claim; negation on either side; what kind of sentences they
are), and a gradient-boosted tree model trained on FNC-1 development pairs
(`scripts/train_stance.py`, model card in `models/stance/`) maps them to the four labels. The
model is stored as plain JSON (trees as arrays), read without pickle, so it loads under any
scikit-learn version or none.

Without the model file the rules answer: no shared content -> unrelated; a denying or disputing
cue in a sentence that covers the claim -> disagrees; a confirming cue or an unhedged
statement of it -> agrees; else discusses.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Optional, Sequence

import numpy as np

from . import stance as stance_rules
from .. import lexicon
from .similarity import content_stem, content_stems, stem

LABELS = ("agrees", "disagrees", "discusses", "unrelated")
MODEL_FILE = "stance_model.json"
# A sentence covers the claim when this share of the claim's content words is in it.
COVERS = 0.25
TOP_SENTENCES = 3


@dataclass
class SentenceView:
    """A stored sentence as the stance model sees it."""
    id: str
    line: int
    text: str
    kind: str = "assertion"
    certainty: Optional[float] = None
    # One entry per attribution of the sentence, in the same order in each list:
    cues: list[str] = field(default_factory=list)          # the attribution cue ("" if none stored)
    sources: list[str] = field(default_factory=list)       # the source's name
    spans: list[tuple[int, int]] = field(default_factory=list)   # attributed words, offsets in text
    start: int = 0                                         # offset of the sentence in the document
    source_types: list[Optional[str]] = field(default_factory=list)


@dataclass
class DocumentView:
    id: str
    title: Optional[str]
    published: Optional[str]
    url: Optional[str]
    sentences: list[SentenceView]


def view_of_analysis(analysis) -> DocumentView:
    """A DocumentView from a contract.Analysis (training, tests)."""
    sources = {s.id: s for s in analysis.sources}
    by_sentence: dict[str, list] = {}
    for a in analysis.attributions:
        by_sentence.setdefault(a.sentence_id, []).append(a)
    sentences = []
    for s in analysis.sentences:
        if s.section != "body":
            continue
        attributions = by_sentence.get(s.id, [])
        sentences.append(SentenceView(
            s.id, s.line, s.text, s.kind, s.certainty, [a.cue or "" for a in attributions],
            [sources[a.source_id].name if a.source_id in sources else a.source_id for a in attributions],
            [(max(0, a.start - s.start), max(0, a.end - s.start)) for a in attributions], s.start,
            [sources[a.source_id].type if a.source_id in sources else None for a in attributions]))
    d = analysis.document
    return DocumentView(d.id, d.title, d.published, d.url, sentences)


# --- features -------------------------------------------------------------------------------

@dataclass
class Claim:
    """A claim's words, prepared once for many documents."""
    text: str
    stems: list[str]
    stem_set: frozenset
    bigrams: frozenset
    names: frozenset            # stems of capitalised words after the first (names, places)
    numbers: frozenset
    negated: int
    cue_stances: dict[str, int]
    roles: dict[str, int]       # stance words by role (stance_words.tsv)
    refutes: int                # commentary against in the claim itself ("… is a hoax")
    question: bool


def prepare_claim(text: str) -> Claim:
    stems = content_stems(text)
    words = stance_rules.words_with_offsets(text)
    tokens = text.split()
    names = frozenset(s for t in tokens[1:] for s in content_stems(t) if t[:1].isupper())
    cue_counts = _count(c.stance for c in stance_rules.find_cues(text, words))
    refutes = sum(1 for c in stance_rules.commentary(text) if c.stance == "disputes")
    roles_of = stance_words()
    roles = _count(roles_of[w] for w, _, _ in words if w in roles_of)
    return Claim(text, stems, frozenset(stems), frozenset(zip(stems, stems[1:])), names,
                 frozenset(s for s in stems if s.isdigit()), len(stance_rules.negations(text, words)),
                 cue_counts, roles, refutes, text.rstrip().endswith("?"))


def _count(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


@lru_cache(maxsize=1)
def stance_words() -> dict[str, str]:
    """word -> refutes | hedges | vouches (stance_words.tsv)."""
    return {row["word"].lower(): row["role"] for row in lexicon.rows("stance_words.tsv")}


ROLES = ("refutes", "hedges", "vouches")
NEAR = 6    # words either side of a claim word that count as "near" it


@dataclass
class PreparedSentence:
    """What the model reads of one sentence, computed once whatever the claim."""
    view: SentenceView
    stems: list[str]
    stem_set: frozenset
    bigrams: frozenset
    tokens: list[str]                       # lower-case words, in order
    token_stems: list[str]                  # the stem of each token ("" for function words)
    voice: dict[str, int]                   # reporting cues by the stance they give
    comment: dict[str, int]                 # commentary phrases by stance
    roles: dict[str, int]                   # stance words by role
    role_at: list[tuple[int, str]]          # (token index, role) of each stance word
    negation_at: list[int]                  # token indexes of negations
    hedges: int


@dataclass
class PreparedDocument:
    view: DocumentView
    sentences: list[PreparedSentence]
    stems: frozenset
    bigrams: frozenset
    lead: frozenset
    title: frozenset
    totals: dict[str, float]


def prepare_document(doc: DocumentView) -> PreparedDocument:
    roles_of = stance_words()
    negators = stance_rules.negation_words()
    hedging = stance_rules.hedge_words()
    sentences = []
    for view in doc.sentences:
        tokens = stance_rules.lower_words(view.text)
        token_stems = [content_stem(w) for w in tokens]
        stems = [t for t in token_stems if t]
        role_at = [(i, roles_of[w]) for i, w in enumerate(tokens) if w in roles_of]
        sentences.append(PreparedSentence(
            view, stems, frozenset(stems), frozenset(zip(stems, stems[1:])), tokens, token_stems,
            _count(voice for _, _, voice in stance_rules.cue_matches(tokens)),
            _count(c.stance for c in stance_rules.commentary(view.text, tokens=tokens)),
            _count(r for _, r in role_at), role_at,
            [i for i, w in enumerate(tokens) if w in negators], sum(1 for w in tokens if w in hedging)))
    totals: dict[str, float] = {}
    for s in sentences:
        for group, counts in (("voice", s.voice), ("comment", s.comment), ("role", s.roles)):
            for key, value in counts.items():
                totals[f"{group}_{key}"] = totals.get(f"{group}_{key}", 0) + value
        totals["negations"] = totals.get("negations", 0) + len(s.negation_at)
        totals["hedges"] = totals.get("hedges", 0) + s.hedges
        totals["questions"] = totals.get("questions", 0) + s.view.text.rstrip().endswith("?")
    title = doc.title or ""
    return PreparedDocument(
        doc, sentences, frozenset(x for s in sentences for x in s.stems),
        frozenset(b for s in sentences for b in s.bigrams), frozenset(x for s in sentences[:3] for x in s.stems),
        frozenset(content_stems(title)), totals)


def _names() -> tuple[str, ...]:
    names = ["cover_doc", "cover_max", "cover_top", "cover_lead", "cover_title", "bigram_doc", "bigram_max",
             "names_doc", "numbers_missing", "claim_words", "doc_sentences", "covering_sentences", "covering_share",
             "first_cover_position", "best_position"]
    for region in ("top", "best", "doc"):
        names += [f"{region}_voice_{s}" for s in stance_rules.STANCES]
        names += [f"{region}_comment_{s}" for s in ("disputes", "confirms", "reports")]
        names += [f"{region}_role_{r}" for r in ROLES]
        names += [f"{region}_negations", f"{region}_hedges"]
    names += [f"near_{r}" for r in ROLES] + ["near_negations", "negation_mismatch", "best_negation_mismatch"]
    names += ["top_attributed", "top_certainty", "best_certainty", "doc_certainty", "doc_questions"]
    names += [f"top_kind_{k}" for k in KINDS] + [f"best_kind_{k}" for k in KINDS]
    names += ["claim_negated", "claim_refutes", "claim_hedges", "claim_vouches", "claim_denies", "claim_reports",
              "claim_question", "claim_refutes_x_doc_refutes", "claim_refutes_x_top_refutes",
              "claim_refutes_x_near_refutes"]
    return tuple(names)


KINDS = ("reported", "assertion", "opinion", "speculation", "question", "prediction")
BASE_NAMES: tuple[str, ...] = _names()
# The lexical model's probabilities join the readable features (stacking).
LEXICAL_NAMES = tuple(f"lexical_{label}" for label in LABELS)
FEATURE_NAMES: tuple[str, ...] = BASE_NAMES + LEXICAL_NAMES


def base_features(claim: Claim, doc: PreparedDocument) -> np.ndarray:
    """The numbers of BASE_NAMES for one (claim, document) pair."""
    sentences = doc.sentences
    n = max(1, len(sentences))
    claim_n = max(1, len(claim.stem_set))
    coverage = [len(claim.stem_set & s.stem_set) / claim_n for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: -coverage[i])
    top = [i for i in order[:TOP_SENTENCES] if coverage[i] > 0]
    best = top[:1]
    covering = [i for i in range(len(sentences)) if coverage[i] >= COVERS]
    first = covering[0] if covering else None
    claim_parity = claim.negated % 2
    values = [
        len(claim.stem_set & doc.stems) / claim_n,
        coverage[order[0]] if order else 0.0,
        sum(coverage[i] for i in top) / TOP_SENTENCES,
        len(claim.stem_set & doc.lead) / claim_n,
        len(claim.stem_set & doc.title) / claim_n,
        len(claim.bigrams & doc.bigrams) / max(1, len(claim.bigrams)),
        max((len(claim.bigrams & sentences[i].bigrams) / max(1, len(claim.bigrams)) for i in top), default=0.0),
        len(claim.names & doc.stems) / len(claim.names) if claim.names else -1.0,
        len(claim.numbers - doc.stems) / len(claim.numbers) if claim.numbers else -1.0,
        float(len(claim.stem_set)),
        math.log1p(len(sentences)),
        float(len(covering)),
        len(covering) / n,
        first / n if first is not None else 1.0,
        best[0] / n if best else 1.0,
    ]
    for region in (top, best, None):
        values += _region(sentences, region, n)
    near = {r: 0 for r in ROLES}
    near_negations = 0
    for i in top:
        s = sentences[i]
        anchors = [k for k, t in enumerate(s.token_stems) if t and t in claim.stem_set]
        for k, role in s.role_at:
            if any(abs(k - a) <= NEAR for a in anchors):
                near[role] += 1
        near_negations += sum(1 for k in s.negation_at if any(0 < a - k <= NEAR or 0 <= k - a <= NEAR for a in anchors))
    values += [near[r] for r in ROLES] + [float(near_negations)]
    values.append(sum(1 for i in top if len(sentences[i].negation_at) % 2 != claim_parity) / len(top) if top else 0.0)
    values.append(float(len(sentences[best[0]].negation_at) % 2 != claim_parity) if best else 0.0)
    certainty = lambda idx: [sentences[i].view.certainty for i in idx if sentences[i].view.certainty is not None]  # noqa: E731
    top_c, best_c, doc_c = certainty(top), certainty(best), certainty(range(len(sentences)))
    values += [
        sum(1 for i in top if sentences[i].view.cues) / max(1, len(top)),
        sum(top_c) / len(top_c) if top_c else 0.5,
        best_c[0] if best_c else 0.5,
        sum(doc_c) / len(doc_c) if doc_c else 0.5,
        doc.totals.get("questions", 0) / n,
    ]
    top_kinds = _count(sentences[i].view.kind for i in top)
    best_kinds = _count(sentences[i].view.kind for i in best)
    values += [top_kinds.get(k, 0) for k in KINDS] + [best_kinds.get(k, 0) for k in KINDS]
    claim_refutes = claim.roles.get("refutes", 0) + claim.refutes
    top_refutes = sum(sentences[i].roles.get("refutes", 0) + sentences[i].comment.get("disputes", 0) for i in top)
    doc_refutes = (doc.totals.get("role_refutes", 0) + doc.totals.get("comment_disputes", 0)) / n
    values += [
        float(claim_parity), float(claim_refutes), float(claim.roles.get("hedges", 0)),
        float(claim.roles.get("vouches", 0)), float(claim.cue_stances.get("denies", 0)),
        float(claim.cue_stances.get("reports", 0)), float(claim.question),
        float(claim_refutes > 0) * doc_refutes, float(claim_refutes > 0) * top_refutes,
        float(claim_refutes > 0) * near["refutes"],
    ]
    return np.asarray(values, dtype=np.float64)


def _region(sentences: list[PreparedSentence], indexes: Optional[list[int]], n: int) -> list[float]:
    """Cue counts over some sentences (None: the whole document, as a share per sentence)."""
    chosen = sentences if indexes is None else [sentences[i] for i in indexes]
    scale = 1.0 / n if indexes is None else 1.0
    voice: dict[str, int] = {}
    comment: dict[str, int] = {}
    roles: dict[str, int] = {}
    negations = hedges = 0
    for s in chosen:
        for target, counts in ((voice, s.voice), (comment, s.comment), (roles, s.roles)):
            for key, value in counts.items():
                target[key] = target.get(key, 0) + value
        negations += len(s.negation_at)
        hedges += s.hedges
    return ([voice.get(s, 0) * scale for s in stance_rules.STANCES]
            + [comment.get(s, 0) * scale for s in ("disputes", "confirms", "reports")]
            + [roles.get(r, 0) * scale for r in ROLES] + [negations * scale, hedges * scale])


# --- the lexical part -----------------------------------------------------------------------

CONTEXT_LEAD = 2    # the document's first sentences are always read (they carry its verdict)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']+")


def context_text(claim: Claim, doc: PreparedDocument) -> str:
    """What a document says around a claim, for the lexical model: its first sentences and the
    ones that cover the claim best, less the claim's own words and less capitalised words inside
    a sentence (names of people and places say which story it is, not where it stands)."""
    n = max(1, len(claim.stem_set))
    coverage = [len(claim.stem_set & s.stem_set) / n for s in doc.sentences]
    best = sorted(range(len(coverage)), key=lambda i: -coverage[i])[:TOP_SENTENCES]
    chosen = sorted(set(i for i in best if coverage[i] > 0) | set(range(min(CONTEXT_LEAD, len(coverage)))))
    words = []
    for i in chosen:
        for m in _TOKEN.finditer(doc.sentences[i].view.text):
            word = m.group(0)
            if m.start() > 0 and word[0].isupper():
                continue
            lower = word.lower()
            if stem(lower) in claim.stem_set:
                continue
            words.append(lower)
    return " ".join(words)


def lexical_terms(text: str) -> list[str]:
    """Words and word pairs of a context text (the analyzer the lexical model is trained with)."""
    words = text.split()
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class LexicalModel:
    """Multinomial logistic regression over TF-IDF of context_text (sublinear tf, l2-normalised),
    read from JSON: vocabulary, idf, coefficients, intercepts."""

    def __init__(self, data: dict):
        self.labels = tuple(data["labels"])
        if self.labels != LABELS:
            raise ValueError(f"the lexical model's labels {self.labels} are not {LABELS}")
        self.index = {term: i for i, term in enumerate(data["vocabulary"])}
        self.idf = np.asarray(data["idf"], dtype=np.float64)
        self.coef = np.asarray(data["coef"], dtype=np.float64)          # labels x terms
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)

    def probabilities(self, text: str) -> np.ndarray:
        counts: dict[int, int] = {}
        for term in lexical_terms(text):
            i = self.index.get(term)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        raw = self.intercept.copy()
        if counts:
            ids = np.fromiter(counts, dtype=np.int64)
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * self.idf[ids]
            weights /= np.linalg.norm(weights)
            raw += self.coef[:, ids] @ weights
        raw -= raw.max()
        expo = np.exp(raw)
        return expo / expo.sum()


def features(claim: Claim, doc: PreparedDocument, lexical: Optional["LexicalModel"]) -> np.ndarray:
    """The numbers of FEATURE_NAMES for one pair (the lexical part uniform without a model)."""
    extra = (lexical.probabilities(context_text(claim, doc)) if lexical is not None
             else np.full(len(LABELS), 1.0 / len(LABELS)))
    return np.concatenate([base_features(claim, doc), extra])


# --- the model ------------------------------------------------------------------------------

class TreeModel:
    """Gradient-boosted trees read from JSON: raw score = init + rate * sum of tree values, one
    score per label, softmax to probabilities; `weights` (tuned on development folds) scale the
    probabilities before the arg-max, trading a little precision for recall on rare labels."""

    def __init__(self, data: dict):
        if tuple(data["features"]) != FEATURE_NAMES:
            raise ValueError("the stance model was trained on other features; retrain it (make train-stance)")
        self.labels = tuple(data["labels"])
        self.init = np.asarray(data["init"], dtype=np.float64)
        self.rate = float(data["learning_rate"])
        self.weights = np.asarray(data.get("weights", [1.0] * len(self.labels)), dtype=np.float64)
        # trees[stage][label] = (feature, threshold, left, right, value) arrays
        self.trees = [[tuple(np.asarray(part) for part in tree) for tree in stage] for stage in data["trees"]]
        self.lexical = LexicalModel(data["lexical"]) if data.get("lexical") else None
        self.card = data.get("card", {})

    def raw(self, X: np.ndarray) -> np.ndarray:
        X = np.atleast_2d(X)
        scores = np.tile(self.init, (len(X), 1))
        rows = np.arange(len(X))
        for stage in self.trees:
            for k, (feature, threshold, left, right, value) in enumerate(stage):
                node = np.zeros(len(X), dtype=np.int64)
                while True:
                    inner = left[node] >= 0
                    if not inner.any():
                        break
                    go_left = X[rows, np.where(inner, feature[node], 0)] <= threshold[node]
                    node = np.where(inner, np.where(go_left, left[node], right[node]), node)
                scores[:, k] += self.rate * value[node]
        return scores

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        raw = self.raw(X)
        raw -= raw.max(axis=1, keepdims=True)
        expo = np.exp(raw)
        return expo / expo.sum(axis=1, keepdims=True)

    def predict_many(self, X: np.ndarray) -> list[tuple[str, float]]:
        probabilities = self.probabilities(X)
        chosen = (probabilities * self.weights).argmax(axis=1)
        return [(self.labels[k], float(probabilities[i, k])) for i, k in enumerate(chosen)]

    def predict(self, claim: Claim, doc: PreparedDocument) -> tuple[str, float]:
        return self.predict_many(features(claim, doc, self.lexical)[None, :])[0]

    def predict_documents(self, claim: Claim, docs: Sequence[PreparedDocument]) -> list[tuple[str, float]]:
        if not docs:
            return []
        return self.predict_many(np.vstack([features(claim, d, self.lexical) for d in docs]))


class RuleModel:
    """The answer without a trained model (and the floor the trained one must beat)."""
    card = {"model": "rules"}

    def predict(self, claim: Claim, doc: PreparedDocument) -> tuple[str, float]:
        return rule_stance(claim, doc), 1.0

    def predict_documents(self, claim: Claim, docs: Sequence[PreparedDocument]) -> list[tuple[str, float]]:
        return [self.predict(claim, d) for d in docs]


def rule_stance(claim: Claim, doc: PreparedDocument) -> str:
    n = max(1, len(claim.stem_set))
    covering = [s for s in doc.sentences if len(claim.stem_set & s.stem_set) / n >= 0.5]
    if not covering:
        return "unrelated"
    against = sum(s.voice.get("denies", 0) + s.voice.get("disputes", 0) + s.comment.get("disputes", 0)
                  + s.roles.get("refutes", 0) for s in covering)
    claim_against = claim.roles.get("refutes", 0) + claim.refutes
    hedged = sum(s.hedges + s.roles.get("hedges", 0) + s.voice.get("reports", 0) for s in covering)
    if against and not claim_against:
        return "disagrees"
    if hedged >= len(covering):
        return "discusses"
    return "agrees"


def model_path():
    return files("claimledger").joinpath("models", "stance", MODEL_FILE)


@lru_cache(maxsize=1)
def load_model():
    """The shipped tree model, or the rules if the file is absent (a source checkout before
    `make train-stance`)."""
    path = model_path()
    if not path.is_file():
        return RuleModel()
    return TreeModel(json.loads(path.read_text(encoding="utf-8")))


def export_lexical(vectorizer, regression) -> dict:
    """A fitted TfidfVectorizer (analyzer=lexical_terms, sublinear_tf, l2) and LogisticRegression
    as the JSON LexicalModel reads."""
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {"labels": [_LABEL_OF[c] for c in regression.classes_], "vocabulary": vocabulary,
            "idf": [round(float(x), 6) for x in vectorizer.idf_],
            "coef": [[round(float(x), 6) for x in row] for row in regression.coef_],
            "intercept": [float(x) for x in regression.intercept_]}


def export_gradient_boosting(model, weights: Sequence[float], card: dict, sample: np.ndarray,
                             lexical: Optional[dict] = None) -> dict:
    """A fitted sklearn GradientBoostingClassifier (multi-class) as the JSON TreeModel reads.
    The initial scores are recovered from the model's own decision function on `sample`, so
    they match whatever prior scikit-learn used."""
    trees = []
    for stage in model.estimators_:
        trees.append([[t.tree_.feature.tolist(), t.tree_.threshold.tolist(), t.tree_.children_left.tolist(),
                       t.tree_.children_right.tolist(), t.tree_.value[:, 0, 0].tolist()] for t in stage])
    data = {"labels": [_LABEL_OF[c] for c in model.classes_], "features": list(FEATURE_NAMES),
            "learning_rate": model.learning_rate, "init": [0.0] * len(model.classes_), "weights": list(weights),
            "trees": trees, "lexical": lexical, "card": card}
    probe = TreeModel(data)
    data["init"] = (model.decision_function(sample[:1]) - probe.raw(sample[:1]))[0].tolist()
    return data


# FNC-1's labels (agree, …) and the ledger's (agrees, …).
_LABEL_OF = {"agree": "agrees", "disagree": "disagrees", "discuss": "discusses", "unrelated": "unrelated",
             "agrees": "agrees", "disagrees": "disagrees", "discusses": "discusses"}
FNC_LABEL = {"agrees": "agree", "disagrees": "disagree", "discusses": "discuss", "unrelated": "unrelated"}
