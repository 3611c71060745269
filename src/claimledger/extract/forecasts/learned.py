"""The learned implementations of forecast detection: "model" and "both" of
CLAIMLEDGER_FORECAST_DETECTION.

The forecast head (claimledger.models, head "forecasts"; training/forecasts/) is a NER over the
parse's own tok2vec that marks the CUE of a forecast: the words that make a clause a prediction
("we look for", "the forwards are pricing", "I wouldn't bet against", "(about 60 percent)").
Its spans are in doc.spans["forecasts"]. A cue becomes a forecast here through the same code as
a rule forecast (rules.predicted): the owner from the attribution interface (the voice of the
clause; "author" for the author), the proposition, the condition, the horizon and due window,
the extent and the cue's offsets. What a cue adds is only which clause it speaks of and how sure:
- the clause: a verb the cue governs as its complement ("We assess with high confidence [that
  X will ...]", "bet against [X being ...]"), else the clause the cue stands in ("X will
  probably ...");
- the number: the existing scales first (a stated figure or odds in the cue or set a few words
  after it, "I'd put it at 55 percent": numbers.py; the probability phrase table on the cue,
  then on the rest of its clause, bare modals aside; the clause's own negated modal, "Mark my
  words: there will be no vote"; a modal in the cue), else the fallback band of
  data/forecast_cue_fallback.tsv chosen by the cue's polarity (a negator, or a word of doubt:
  the low band; measured on the training cues no scale reads, see that file). A negated reading
  is the rules': the statement in its positive form, the number flipped.
Not forecasts, as with the rules: a cue on a clause told in the past, a bare "should"/"must" of
advice, an embedded "whether" question, a cue with no clause of its own ("Call it one in ten.").

"model": the head's forecasts alone. "both": the rules' forecasts, plus each model cue that no
rule forecast of its sentence already covers (its cue or its extent). The model does not veto
rule forecasts (measured: see models/forecasts/MODEL_CARD.md). When the head is missing or was
trained against another pipeline, add_head warns once and both answer as the rules.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicon, probability
from ..context import Context, SentenceUnit, Window
from .detection import FORECAST_DETECTION, Predicted
from .numbers import PERCENT, odds_in, stated_probability
from .parts import clause_root, negated_by_determiner, statement_tokens
from .rules import Candidate, RulesDetector, epistemic_should, not_past, predicted

HEAD = "forecasts"          # the head's folder in claimledger/models and its doc.spans key
COMPLEMENT_DEPS = ("ccomp", "xcomp", "pcomp", "advcl", "acl", "relcl")
# Whether "both" drops a rule forecast the head marks no cue in: off, measured on the dev files
# (models/forecasts/MODEL_CARD.md: with it, found recall on the dev files fell from 0.65 to 0.37).
VETO = False
AFTER = 8                   # tokens after a cue in which the figure it sets may stand
MIN_WORDS = 2               # content words (not the cue's, not pronouns) a forecast's statement needs


@FORECAST_DETECTION.implementation("model")
class ModelDetector:
    """Forecasts from the cues the trained head marks, read by the rules' own parts."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def window(self, window: Window) -> list[Predicted]:
        return model_forecasts(self.ctx, window, [])


@FORECAST_DETECTION.implementation("both")
class BothDetector:
    """The rules' forecasts, and the model's where the rules found nothing in that place."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rules = RulesDetector(ctx)

    def window(self, window: Window) -> list[Predicted]:
        found = self.rules.window(window)
        if VETO:
            found = [p for p in found if _confirmed(p)]
        added = model_forecasts(self.ctx, window, found)
        return sorted(found + added, key=lambda p: (p.start, p.end))


def model_forecasts(ctx: Context, window: Window, known: list[Predicted]) -> list[Predicted]:
    """A forecast for each head cue of the window that `known` does not already cover."""
    out: list[Predicted] = []
    for unit in window.sentences:
        if unit.section == "appeal" or unit.asks:
            continue    # as the rules: a call to readers and an open question predict nothing
        mine = [p for p in known if p.unit.id == unit.id]
        for cue in cues_of(unit):
            a, b = unit.offsets(cue[0])[0], unit.offsets(cue[-1])[1]
            if any(_covers(p, a, b) for p in mine + out):
                continue
            candidate = candidate_of(cue)
            if candidate is None:
                continue
            found = predicted(ctx, window, unit, candidate)
            if found is None:
                continue    # a past prediction, an ultimatum, a due date already gone: as the rules
            if any(_same_clause(p, found) for p in mine + out):
                continue    # "Mark my words: there will be no vote": the rules' forecast already
            found.detector = "model"
            out.append(found)
    return out


def _confirmed(p: Predicted) -> bool:
    """Whether the head marks a cue inside a rule forecast's extent."""
    return any(p.start < b and a < p.end for a, b in
               ((p.unit.offsets(c[0])[0], p.unit.offsets(c[-1])[1]) for c in cues_of(p.unit)))


def _covers(p: Predicted, a: int, b: int) -> bool:
    """A cue inside (or across the edge of) a known forecast's extent or cue."""
    if p.cue is not None and p.cue[0] < b and p.cue[1] > a:
        return True
    return p.start < b and a < p.end


def _same_clause(p: Predicted, q: Predicted) -> bool:
    """Two forecasts sharing more than half of the shorter one's extent."""
    shared = min(p.end, q.end) - max(p.start, q.start)
    return shared > 0.5 * min(p.end - p.start, q.end - q.start)


def cues_of(unit: SentenceUnit) -> list:
    """The head's CUE spans inside the sentence (none when the head is not in the pipeline)."""
    doc = unit.span.doc
    if HEAD not in doc.spans:
        return []
    return [s for s in doc.spans[HEAD]
            if s.label_ == "CUE" and unit.span.start <= s.start and s.end <= unit.span.end]


def candidate_of(cue) -> Optional[Candidate]:
    """The clause a cue speaks of and its number, as a rules Candidate; None when the cue has
    no clause of its own to speak of ("Call it one in ten.", "Don't bet the farm on it": a
    number for the sentence before, which the rules read or the gold pairs elsewhere)."""
    if _bare_obligation(cue):
        return None
    root, statement = _clause(cue)
    if root is None:
        return None
    root = clause_root(root) if statement is None else root
    if not _ahead(root):
        return None     # "the three missiles were all repulsed": a cue on a told past is no forecast
    if any(c.dep_ == "mark" and c.lower_ in lexicon.words("question_marks") for c in root.children):
        return None     # "asked whether the premier would resign": a question reported, not a forecast
    inside = {t.i for t in cue}
    words = [t for t in (statement if statement is not None else statement_tokens(root))
             if t.i not in inside and not t.is_punct and t.pos_ != "PRON"]
    if len(words) < MIN_WORDS:
        return None
    entry, phrase, negated = _entry(cue, statement if statement is not None else statement_tokens(root))
    kind = "phrase" if entry.scale.split(":")[0] != "model" else "construction"
    return Candidate(kind, root, phrase, entry, negated=negated, statement=statement)


def _ahead(root) -> bool:
    """The clause does not tell the past: not a past tense, a perfect or a past passive."""
    return root.pos_ not in ("VERB", "AUX") or not_past(root)


def _bare_obligation(cue) -> bool:
    """A cue that is only "should"/"must" (and a negator): advice or duty ("Copenhagen should
    answer with more money"), unless the rules read it as an expectation ("stocks should last")."""
    words = [t for t in cue if not t.is_punct]
    if not words or any(t.tag_ != "MD" and t.dep_ != "neg" for t in words):
        return False
    modal = next((t for t in words if t.tag_ == "MD"), None)
    return modal is not None and modal.lower_ in lexicon.modals("obligation") and not epistemic_should(modal.head)


def _clause(cue):
    """(root, statement tokens or None for the root's own statement)."""
    inside = {t.i for t in cue}
    complements = sorted((t for t in cue.doc[cue.sent.start: cue.sent.end]
                          if t.i not in inside and t.head.i in inside and t.dep_ in COMPLEMENT_DEPS
                          and t.pos_ in ("VERB", "AUX") and t.i > cue.start), key=lambda t: t.i)
    if not complements:
        # "bet against [the incumbent being re-elected]": a preposition of the cue with a clause
        for prep in (t for t in cue if t.dep_ == "prep"):
            complements += [c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.i not in inside]
    if complements:
        verb = complements[0]
        tokens = sorted((t for t in verb.subtree if t.i not in inside), key=lambda t: t.i)
        if verb.dep_ == "xcomp":      # "X is likely to Y": the subject is the cue's head's
            subject = next((c for c in cue.root.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if cue.root.head.i not in inside else next((c for c in cue.root.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                tokens = sorted(set(tokens) | set(subject.subtree), key=lambda t: t.i)
        while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark" or tokens[0].lower_ in ("to", "that")):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        return verb, tokens or None
    after = [t for t in cue.doc[cue.end: cue.sent.end]]
    if after and after[0].text == ":":
        # "Base case (about 60 percent): the juntas hold ...": what follows the colon
        tokens = list(after[1:])
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens = tokens[:-1]
        return (tokens[0] if tokens else None), tokens or None
    before = [t for t in cue.doc[cue.sent.start: cue.start]]
    if before and before[-1].text == ":" and len(before) > 1:
        # "Oil averages below $65 a barrel: 40 percent.": what precedes the colon
        tokens = [t for t in before[:-1]]
        return max(tokens, key=lambda t: len(list(t.subtree))), tokens
    return cue.root, None


def _entry(cue, clause: list) -> tuple[probability.Entry, list, bool]:
    """The cue's number, the tokens it comes from and whether it is read negated (the statement
    then in its positive form, the number flipped, as the rules do with "won't"): a stated
    figure or odds in the cue, the phrase table on the cue, a probability phrase (not a bare
    modal) elsewhere in its clause, a modal's row; else the fallback band for the cue's polarity."""
    tokens = list(cue)
    stated = _percent(cue.text)
    if stated is not None:
        return stated, tokens, False
    for tok in cue:
        if tok.pos_ == "NOUN":
            stated = stated_probability(tok)
            if stated is not None:
                return stated[0], tokens, False
    doc = cue.doc
    odds = odds_in(doc, cue.start, cue.end)
    if odds is not None:
        return odds[0], tokens, False
    # "I'd put it at 55 percent", "I'd put that at no better than one chance in five": the figure
    # the cue's verb sets, a few words after it
    after = doc[cue.end: min(cue.end + AFTER, cue.sent.end)]
    m = PERCENT.search(after.text)
    if m and not any(t.pos_ in ("VERB", "AUX") for t in after if t.idx - after.start_char < m.start()):
        stated = _percent(m.group(0))
        if stated is not None:
            return stated, tokens, False
    odds = odds_in(doc, cue.end, after.end)
    if odds is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[cue.end: odds[1][0].i]):
        return odds[0], tokens, False
    negated = _negated(cue)
    whole = probability.reading(cue.text)
    if whole is not None:
        return whole, tokens, False
    hits = probability.find(cue.text)
    if hits:
        entry = max(hits, key=lambda h: h.end - h.start).entry
        return entry, tokens, negated and not _negative_phrase(entry)
    if clause:
        lo, hi = min(t.i for t in clause), max(t.i for t in clause) + 1
        span = doc[lo:hi]
        modals = lexicon.modals()
        for hit in probability.find(span.text):
            if hit.entry.phrase in modals:
                continue     # a bare modal of the clause: the cue says more than it
            words = [t for t in span if hit.start <= t.idx - span.start_char < hit.end]
            return hit.entry, tokens + words, False
    if clause:
        # "Mark my words: there will be no vote before 2030": the clause's own negated modal
        root = next((t for t in clause if t.head.i == t.i or t.head.i not in {c.i for c in clause}), None)
        modal = next((c for c in root.children if c.tag_ == "MD" and c.dep_ == "aux"), None) if root is not None else None
        if modal is not None and (any(c.dep_ == "neg" for c in root.children) or negated_by_determiner(root)):
            row = probability.lookup(lexicon.canonical_modal(modal.lower_))
            if row is not None and not _negative_phrase(row):
                return row, tokens + [modal], True
    modal = next((t for t in cue if t.tag_ == "MD"), None)
    if modal is not None:
        row = probability.lookup(lexicon.canonical_modal(modal.lower_))
        if row is not None:
            return row, tokens, negated and not _negative_phrase(row)
    if negated:     # the complement of the negative band, flipped back by the negation
        band = fallback(True)
        return probability.Entry(band.phrase, round(1 - band.probability, 4), round(1 - band.high, 4),
                                 round(1 - band.low, 4), band.source), tokens, True
    return fallback(_doubting(cue)), tokens, False


def _percent(text: str) -> Optional[probability.Entry]:
    """"about 60 percent", "15 to 20 percent": the stated figure (a range's middle) with its range."""
    m = PERCENT.search(text)
    if not m:
        return None
    a = float(m.group(1))
    b = float(m.group(2)) if m.group(2) else a
    if not (0 <= a <= 100 and 0 <= b <= 100):
        return None
    return probability.Entry(m.group(0), round((a + b) / 200, 4), min(a, b) / 100, max(a, b) / 100, "stated")


def _negative_phrase(entry: probability.Entry) -> bool:
    return entry.probability < 0.5 and entry.phrase.split()[-1] in ("not", "won't", "never")


def _negated(cue) -> bool:
    """A negator in the cue ("I wouldn't bet on", "I cannot see") that is not turned into a firm
    yes by a word of opposing ("I wouldn't bet against", "can't rule out")."""
    words = lexicon.listed("negation_cues.txt")
    negators = [t for t in cue if t.lower_ in words or t.dep_ == "neg"]
    return bool(negators) and not any(t.lower_ in fallback_table()["opposing_words"] for t in cue)


def _doubting(cue) -> bool:
    """A word of doubt in the cue ("we doubt", "few expect", "I'd be surprised if")."""
    doubt = lexicon.words("denying_subjects") | set(fallback_table()["doubt_words"])
    return any(t.lemma_.lower() in doubt or t.lower_ in doubt for t in cue)


@lru_cache(maxsize=1)
def fallback_table() -> dict:
    """The fallback bands (positive, negative) and the word lists of data/forecast_cue_fallback.tsv."""
    bands: dict = {"doubt_words": [], "opposing_words": []}
    for row in lexicon.rows("forecast_cue_fallback.tsv"):
        if row["kind"] == "band":
            bands[row["name"]] = probability.Entry(f"model cue ({row['name']})", float(row["probability"]),
                                                   float(row["low"]), float(row["high"]), "model:fallback")
        else:
            bands[row["kind"]].append(row["name"])
    return bands


def fallback(negative: bool) -> probability.Entry:
    return fallback_table()["negative" if negative else "positive"]
