"""The rules implementation of forecast detection ("rules", the default of
CLAIMLEDGER_FORECAST_DETECTION): statements about the future, who makes them, how sure, by
when, on what condition.

A sentence is a forecast when the parse shows a future marker in one of its clauses:
- a modal of futurity ("will", "'ll", "won't") or of possibility ("may", "might", "could") on an
  event verb; "would" only under a speech verb ("said they would soon begin") because elsewhere
  it is hypothetical;
- a construction from the probability table that takes an infinitive ("going to", "set to",
  "stands to", "likely to", "poised to");
- a frame whose complement is the prediction ("it is unlikely that ...", "there's always the
  chance that ...", "officials expect the talks to resume");
- a polar question answered by a probability phrase ("Will X happen? Most likely not.");
- a comparative correlative ("The longer it goes, the larger the storms that will ...").

The statement is the proposition in its positive form ("won't resume" -> "will resume"); the
probability (from data/probability_phrases.tsv via `claimledger.probability`) is that of the
statement, so a negated phrase carries a low number. One forecast per independent clause.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from ... import probability
from ... import lexicon
from ..context import Context, SentenceUnit, Window
from ..syntax import modal_lookalike, trim_tokens
from .detection import FORECAST_DETECTION, Predicted
from .numbers import proposition, stated_probability
from .parts import (clause_root, condition_of, condition_text, event_verb, forecaster_of, horizon_of, is_future_clause,
                    statement_tokens, tokens_text, under_speech_verb)

W = lexicon.words
modal_strength = lexicon.forecast_modal_strength

# Clause-level priority: an explicit probability phrase beats a construction, which beats a
# bare modal of futurity, which beats a mere possibility.
PRIORITY = {"stated": 6, "answer": 5, "phrase": 4, "construction": 3, "estimate": 3, "correlative": 3, "strong": 2,
            "reported": 2, "weak": 1}




@dataclass
class Candidate:
    kind: str                       # a key of PRIORITY
    root: object                    # the clause root token (spaCy)
    phrase_tokens: list = field(default_factory=list)
    entry: Optional[probability.Entry] = None
    negated: bool = False
    statement: Optional[list] = None  # token list; default: statement_tokens(root)
    condition: Optional[list] = None


@FORECAST_DETECTION.implementation("rules")
class RulesDetector:
    """Forecasts from modals, probability phrases, estimative verbs and answered questions."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def window(self, window: Window) -> list[Predicted]:
        """The forecasts of the window's sentences, in order."""
        chosen = list(_chosen(window.sentences))
        return [p for p in (_predicted(self.ctx, unit, c, question) for unit, c, question in chosen) if p is not None]


def _chosen(units: list[SentenceUnit]) -> Iterator[tuple[SentenceUnit, Candidate, Optional[SentenceUnit]]]:
    """(sentence, its forecast candidate, the question it answers or None), clause by clause."""
    answered: set[int] = set()
    for i, unit in enumerate(units):
        if unit.section == "appeal" or i in answered:
            continue
        answer = units[i + 1] if i + 1 < len(units) else None
        weight = _scenario_weight(unit)
        if weight is not None and answer is not None and answer.line.number == unit.line.number:
            answered.add(i + 1)     # "Scenario 2: Escalation (roughly 30%). If X, Y ..." -> Y at 0.3
            yield answer, Candidate("stated", answer.span.root, weight[1], weight[0]), None
            continue
        candidates = _question_answered(unit, answer)
        if candidates:
            answered.add(i + 1)
            yield answer, candidates[0], unit
            continue
        if unit.text.rstrip().endswith("?"):
            continue  # an open question predicts nothing by itself
        for candidate in _best_per_clause(_candidates(unit)):
            yield unit, candidate, None


# --- finding candidates -------------------------------------------------------------------

def _candidates(unit: SentenceUnit) -> list[Candidate]:
    span = unit.span
    found: list[Candidate] = []
    found += _modal_candidates(span)
    found += _phrase_candidates(unit)
    found += _estimate_candidates(span)
    found += _correlative_candidates(span)
    found += _stated_candidates(span)
    return found


def _stated_candidates(span) -> list[Candidate]:
    """"a 30 percent chance that ...", "the odds of a default are one in four"."""
    out = []
    for tok in span:
        if tok.pos_ != "NOUN":
            continue
        stated = stated_probability(tok)
        about = proposition(tok) if stated else None
        if about is None:
            continue
        entry, tokens = stated
        if about.pos_ in ("VERB", "AUX"):
            statement = statement_tokens(about, strip_mark=True)
        else:
            statement = list(about.subtree)
        out.append(Candidate("stated", clause_root(tok), tokens, entry, statement=statement))
    return out


def _modal_candidates(span) -> list[Candidate]:
    strengths = modal_strength()
    out = []
    for tok in span:
        if tok.tag_ != "MD" or tok.dep_ not in ("aux", "auxpass"):
            continue  # an elliptical modal ("If they could, they would") has no event to predict
        strength = strengths.get(tok.lower_)
        verb = tok.head
        if strength is None or verb.i == tok.i or not event_verb(verb, strength):
            continue
        if strength == "reported" and not under_speech_verb(verb):
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        if strength == "weak" and negated:
            continue  # "could not", "may not": ability or doubt about the present, rarely a forecast
        phrase = [tok] + [c for c in verb.children if c.dep_ == "neg"]
        out.append(Candidate(strength, clause_root(verb), phrase, negated=negated))
    return out


def _phrase_candidates(unit: SentenceUnit) -> list[Candidate]:
    """Probability phrases that are not bare modals: adverbs ("almost certainly"), frames
    ("unlikely that", "always the chance that") and infinitive constructions ("stands to")."""
    span, out = unit.span, []
    for found in probability.find(unit.text):
        tokens = _tokens_in(span, found.start, found.end)
        if not tokens or any(t.tag_ == "MD" for t in tokens) or modal_lookalike(tokens):
            continue
        head = _phrase_head(tokens)
        kind = "construction" if found.entry.phrase.endswith(" to") else "phrase"
        root = clause_root(head)
        complement = _complement(head)
        target = complement if complement is not None else root
        own_clause = [t for t in target.subtree if clause_root(t).i == target.i]
        future = (is_future_clause(target) or bool(horizon_of(own_clause)) or _takes_infinitive(head)
                  or complement is not None and _not_past(complement)
                  or condition_of(root) is not None and _not_past(root))   # "If X, a standoff becomes likely"
        if not future and kind == "phrase":
            continue  # "it certainly is a sign": a judgement of the present, not a forecast
        statement = statement_tokens(complement, strip_mark=True) if complement is not None else None
        negated = found.entry.phrase.split()[-1] in ("not", "won't") or any(
            c.dep_ == "neg" for c in head.children)
        out.append(Candidate(kind, root, tokens, found.entry, negated=negated, statement=statement))
    return out


def _estimate_candidates(span) -> list[Candidate]:
    """"Officials expect the talks to resume", "we do not expect such a collapse this year"."""
    verbs = set(lexicon.listed("forecast_estimative_verbs.txt"))
    out = []
    for tok in span:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or tok.dep_ in ("amod", "acl"):
            continue
        complement = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        if complement:
            statement = statement_tokens(complement[0], strip_mark=True)
        elif any(c.dep_ == "dobj" for c in tok.children) and horizon_of(list(tok.subtree)):
            statement = [t for t in tok.subtree if t.i > tok.i and not t.is_punct]
        else:
            continue
        lemma = tok.lemma_.lower()
        # the table lists some verbs in the analysts' first person ("we doubt", "we believe")
        entry = probability.lookup(lemma) or probability.lookup("we " + lemma) or probability.lookup("expected to")
        negated = any(c.dep_ == "neg" for c in tok.children)
        out.append(Candidate("estimate", clause_root(tok), [tok], entry, negated=negated, statement=statement))
    return out


def _correlative_candidates(span) -> list[Candidate]:
    """"The longer it goes, the larger the storms ...": the first half is the condition."""
    toks = list(span)
    if len(toks) < 6 or toks[0].lower_ != "the" or toks[1].tag_ not in ("JJR", "RBR"):
        return []
    for i in range(2, len(toks) - 2):
        if toks[i].text == "," and toks[i + 1].lower_ == "the" and toks[i + 2].tag_ in ("JJR", "RBR"):
            rest = [t for t in toks[i + 1:] if not t.is_punct or t.i < toks[-1].i]
            condition = toks[:i]
            entry = None
            for t in rest:
                if t.tag_ == "MD" and probability.lookup(t.lower_):
                    entry = probability.lookup(t.lower_)
                    break
            return [Candidate("correlative", toks[0].sent.root, toks[:2], entry, statement=rest, condition=condition)]
    return []


def _question_answered(question: SentenceUnit, answer: Optional[SentenceUnit]) -> list[Candidate]:
    """"Will the US leave soon? Most likely not." -> statement from the question, phrase and
    probability from the answer's opening words."""
    if answer is None or not question.text.rstrip().endswith("?") or answer.section != question.section:
        return []
    first = next((t for t in question.span if not t.is_punct), None)
    if first is None or not (first.tag_ == "MD" and modal_strength().get(first.lower_) in ("strong", "reported")
                             or first.lower_ in ("is", "are") and _has_going_to(question.span)):
        return []
    hits = [p for p in probability.find(answer.text) if p.start <= 3]
    if not hits:
        return []
    found = hits[0]
    verb = first.head if first.tag_ == "MD" else question.span.root
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    body = [t for t in question.span if not (t.is_punct and t.text in "?")]
    if subject and first.tag_ == "MD":
        subj = list(subject[0].subtree)
        rest = [t for t in body if t.i != first.i and t.i not in {x.i for x in subj}]
        statement = subj + [first] + rest  # tokens_text lower-cases a moved sentence-initial word
    else:
        statement = body
    tokens = _tokens_in(answer.span, found.start, found.end)
    return [Candidate("answer", verb, tokens, found.entry, statement=statement)]


def _scenario_weight(unit: SentenceUnit) -> Optional[tuple[probability.Entry, list]]:
    """A scenario heading with its stated weight ("Scenario 1: Managed friction (our base case,
    about 55%)."): the entry for that percentage and its tokens, or None. The sentence after
    it on the same line describes the scenario, so that is the forecast."""
    words = [t for t in unit.span if not t.is_punct][:4]
    if not any(t.lemma_.lower() == "scenario" for t in words):
        return None
    for tok in unit.span:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.like_num and nxt is not None and nxt.text in W("scenario_percent") and tok.i < unit.span.end - 1:
            try:
                value = float(tok.text.replace(",", "")) / 100
            except ValueError:
                return None
            if 0 <= value <= 1:
                entry = probability.Entry(f"{tok.text}{nxt.text}", value, value, value, "stated")
                return entry, [tok, nxt]
    return None


# --- filters and helpers ------------------------------------------------------------------

def _has_going_to(span) -> bool:
    toks = list(span)
    return any(a.lower_ == "going" and b.lower_ == "to" for a, b in zip(toks, toks[1:]))


def _tokens_in(span, start: int, end: int) -> list:
    """Tokens of a sentence span whose characters fall in [start, end) of the sentence text."""
    base = span.start_char
    return [t for t in span if t.idx - base >= start and t.idx - base + len(t) <= end]


HEAD_POS_ORDER = ("NOUN", "ADJ", "VERB", "ADV")


def _phrase_head(tokens):
    """The content word of a phrase: "chance" in "always the chance", "likely" in "most
    likely not", "stands" in "stands to"."""
    for pos in HEAD_POS_ORDER:
        for t in tokens:
            if t.pos_ == pos and t.lower_ not in W("phrase_modifiers"):
                return t
    return tokens[0]


def _not_past(verb) -> bool:
    """"a chance that the mediators walk away" looks ahead; "likely that Iran supplied" does not."""
    return verb.tag_ not in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lemma_ == "have" or c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in verb.children)


def _takes_infinitive(head) -> bool:
    return any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in head.children)


def _complement(head):
    """The clause a frame talks about: "unlikely [that the truce holds]", "the chance [that US
    may end up ...]"; None when the phrase sits inside the proposition itself."""
    hosts = [head]
    if head.dep_ in ("acomp", "attr") or head.pos_ == "NOUN":
        hosts.append(head.head)
    for host in hosts:
        for child in host.children:
            if child.dep_ in ("ccomp", "acl") and child.pos_ in ("VERB", "AUX") and child.i > head.i:
                return child
    return None


def _best_per_clause(candidates: list[Candidate]) -> list[Candidate]:
    """One forecast per independent clause: the most explicit one; clauses nested inside a
    chosen clause (a relative clause, a complement) give way to it."""
    ranked = sorted(candidates, key=lambda c: (-PRIORITY[c.kind], _depth(c.root)))
    chosen: list[Candidate] = []
    for c in ranked:
        if any(_same_or_nested(c.root, k.root) for k in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.root.i)


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _same_or_nested(a, b) -> bool:
    """Whether clause a lies inside clause b or b inside a (independent conjuncts do not)."""
    if a.i == b.i:
        return True
    for x, y in ((a, b), (b, a)):
        node = x
        while node.head.i != node.i:
            if node.dep_ == "conj" and node.head.i == y.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                break  # "X will rise, and Y won't fall": two forecasts
            node = node.head
            if node.i == y.i:
                return True
    return False


# --- building the contract item -----------------------------------------------------------

def _predicted(ctx: Context, unit: SentenceUnit, c: Candidate, question: Optional[SentenceUnit] = None) -> Optional[Predicted]:
    statement = c.statement if c.statement is not None else statement_tokens(c.root)
    condition = c.condition if c.condition is not None else condition_of(c.root)
    if condition and question is None:
        cond_ids = {t.i for t in condition}
        statement = _trim([t for t in statement if t.i not in cond_ids])
    drop_neg = c.negated and c.kind in ("strong", "phrase", "construction", "estimate")
    text = tokens_text(statement, negate=drop_neg)
    if not text:
        return None
    entry = c.entry
    phrase_text = _phrase_text(unit, c.phrase_tokens)
    if entry is None and c.phrase_tokens and c.kind in ("strong", "weak", "reported"):
        entry = probability.lookup(phrase_text) or probability.lookup(
            lexicon.canonical_modal(c.phrase_tokens[0].lower_))   # "'ll", "shall" are listed as "will"
    p = entry.probability if entry else None
    if p is not None and c.negated and entry.phrase.split()[-1] not in ("not", "won't") and \
            entry.phrase not in W("negative_estimates"):
        p = round(1.0 - p, 4)
    tokens = statement + c.phrase_tokens + (condition or [])
    start, end = _extent(unit, question, tokens)
    horizon = horizon_of(statement + (condition or []))
    cue = None
    if c.phrase_tokens:
        cue = unit.offsets(c.phrase_tokens[0])[0], unit.offsets(c.phrase_tokens[-1])[1]
    return Predicted(unit=unit, by=forecaster_of(ctx, unit, c.root), statement=text, phrase=phrase_text or None,
                     probability=p, horizon=horizon, condition=condition_text(condition) if condition else None,
                     start=start, end=end, cue=cue)


def _trim(tokens: list) -> list:
    """Drop the punctuation and conjunctions left at the edges once a condition is cut out."""
    return trim_tokens(tokens, leading=lambda t: t.is_punct or t.dep_ == "cc", trailing=lambda t: t.is_punct)


def _phrase_text(unit: SentenceUnit, tokens: list) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    ordered = sorted(tokens, key=lambda t: t.i)
    return doc[ordered[0].i: ordered[-1].i + 1].text if len(ordered) == ordered[-1].i - ordered[0].i + 1 \
        else " ".join(t.text for t in ordered)


def _extent(unit: SentenceUnit, question: Optional[SentenceUnit], tokens: list) -> tuple[int, int]:
    """Absolute offsets covering the statement, the phrase and the condition; a question that
    the answer resolves is included ("Will X? Most likely not")."""
    own = [t for t in tokens if t.doc == unit.span.doc]
    starts = [unit.offsets(t)[0] for t in own] or [unit.model.start]
    ends = [unit.offsets(t)[1] for t in own] or [unit.model.end]
    start, end = min(starts), max(ends)
    if question is not None:
        start = min(start, question.model.start)
    return start, end


