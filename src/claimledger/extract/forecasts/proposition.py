"""Forecast parts (not an extractor; the rules detector uses it): what would have to happen for a forecast to come true: its statement without the hedge.

    proposition(statement_tokens, hedge_tokens)
    # "A full closure of the sea lanes this year is unlikely"      -> "A full closure of the sea lanes this year will happen"
    # "Russia is very unlikely to regain control of the Black Sea"  -> "Russia will regain control of the Black Sea"
    # "the corridor will most likely survive the spring"            -> "the corridor will survive the spring"
    # "it is only a matter of time before others join him"         -> "others will join him"
    # "inflation is on the brink of becoming a political problem"   -> "inflation will become a political problem"
    # "the currency is vulnerable to another sharp fall"            -> "the currency will see another sharp fall"
    # "exports could fall by a third"                               -> "exports will fall by a third"

The words that say how likely (the forecast's phrase, estimative adverbs and their degree words)
go; a modal of possibility becomes "will"; a likelihood frame becomes the event it rates. The
statement itself (with its original wording) stays beside it in the contract, so "came true"
is asked of the proposition, not of "is unlikely".
Works on spaCy tokens; pure (no state).
"""
from __future__ import annotations

from typing import Iterable

from ... import probability

POSSIBILITY_MODALS = {"may", "might", "could", "would", "should", "can", "ca", "must", "shall"}
DEGREE_WORDS = {"almost", "most", "very", "highly", "extremely", "nearly", "quite", "fairly", "increasingly",
                "all", "but", "only", "just", "still", "well", "so", "more", "less", "rather"}
# Frames whose infinitive is the event: "X is likely / set / poised / bound / expected to V".
# The phrase table says which phrases these are (a phrase ending in "to").
_EVENT_NOUN_VERB = "see"      # "vulnerable to a fall" -> "will see a fall"


def proposition(tokens: list, hedge: Iterable = (), negate: bool = False) -> str:
    """The statement's tokens (in their order) as a proposition without its hedge; `negate`:
    the statement in its positive form ("won't resume" -> "will resume", "there will be no
    deal" -> "there will be a deal"), its probability being that of the positive."""
    if not tokens:
        return ""
    if negate:
        tokens = [t for t in tokens if t.dep_ != "neg"]
    tokens = _without_label(tokens)
    hedge_ids = {t.i for t in hedge}
    frame = _frame(tokens, hedge_ids)
    if frame is not None:
        return frame
    drop = hedge_ids | _estimative_adverbs(tokens)
    words = []
    for n, t in enumerate(tokens):
        if n and t.is_sent_start and t.pos_ != "PROPN" and t.text != "I" and words:
            words.append((t.text.lower(), t.whitespace_))      # "Will the US ..." -> "the US will ..."
            continue
        if t.tag_ == "MD" and t.lower_ in POSSIBILITY_MODALS:
            words.append(("will", t.whitespace_))     # the modal of the phrase too: "could well" -> "will"
        elif t.tag_ == "MD" and t.i in drop:
            words.append(("will" if t.lower_ == "wo" else t.text, t.whitespace_ or " "))   # "will" itself stays
        elif negate and t.dep_ == "det" and t.lower_ == "no":
            words.append(("a" if t.head.tag_ == "NN" else "", t.whitespace_))
        elif t.i not in drop:
            words.append((t.text, t.whitespace_))
    return _join(words)


def _without_label(tokens: list) -> list:
    """"My take: the corridor will survive" -> "the corridor will survive": a short verbless
    label before a colon frames the statement, it is not part of it."""
    colon = next((k for k, t in enumerate(tokens[:6]) if t.text == ":"), None)
    if colon is None or colon + 1 >= len(tokens) or any(t.pos_ in ("VERB", "AUX") for t in tokens[:colon]):
        return tokens
    return tokens[colon + 1:]


def _estimative_adverbs(tokens: list) -> set[int]:
    """Adverbs that rate the likelihood ("probably", "almost certainly", "most likely") with
    their degree words; "well" after a modal ("could well")."""
    out: set[int] = set()
    for t in tokens:
        if t.dep_ != "advmod":
            continue
        if probability.lookup(t.lower_) is not None and t.pos_ == "ADV" or t.lower_ == "well" and any(
                c.tag_ == "MD" for c in t.head.children if c.i < t.i):
            out.add(t.i)
            out.update(c.i for c in t.children if c.lower_ in DEGREE_WORDS)
    for t in tokens:           # "most likely" read as ADJ + ADV by the tagger, "likely" as an adverb
        if t.lower_ in ("likely",) and t.dep_ in ("advmod",):
            out.add(t.i)
            out.update(c.i for c in t.children if c.lower_ in DEGREE_WORDS)
    return out


def _frame(tokens: list, hedge_ids: set[int]) -> str | None:
    """A likelihood frame rewritten as its event, or None when the statement has none."""
    by_i = {t.i: t for t in tokens}
    # the content word of the phrase ("brink" in "on the brink of", "set" in "set to"), and any
    # likelihood word outside it
    content = [t for t in tokens if t.i in hedge_ids and t.pos_ in ("NOUN", "ADJ", "VERB")]
    heads = sorted(content, key=_depth)[:1] + [t for t in tokens if t.i not in hedge_ids and _rates_likelihood(t)]
    for t in heads:
        if t.tag_ == "MD" or t.pos_ in ("ADV", "PART", "DET", "ADP"):
            continue              # a modal or an adverb rates the clause it stands in: no frame
        subject = _subject_of_frame(t)
        if subject is None or subject.i not in by_i:
            continue
        subject_text = _span_text([x for x in subject.subtree if x.i in by_i])
        event = _infinitive(t) or _gerund_or_clause(t)
        if event is not None:
            if event.dep_ == "advcl" and any(c.dep_ == "mark" for c in event.children):
                # "it is a matter of time before others join him": the clause is all
                return _join(_verb_phrase(event, by_i, will=True))
            return _join([(subject_text, " "), ("will", " ")] + _verb_phrase(event, by_i))
        if subject.lower_ in ("it", "there"):
            continue
        noun = _noun_object(t)
        if noun is not None:
            rest = [x for x in tokens if x.i > t.i and x.i not in {y.i for y in noun.subtree} and x.i not in hedge_ids
                    and not x.is_punct and x.head.i in {t.i, t.head.i} | {y.i for y in noun.subtree}]
            obj = [x for x in noun.head.subtree if x.i >= noun.i or x.head.i == noun.i] if noun.dep_ == "pobj" else list(noun.subtree)
            words = [(subject_text, " "), ("will", " "), (_EVENT_NOUN_VERB, " "), (_span_text(obj), " ")]
            words += [(x.text, x.whitespace_) for x in rest if x.i > max(y.i for y in obj)]
            return _join(words)
        if t.dep_ in ("acomp", "attr") and subject.lower_ not in ("it", "this", "that", "there"):
            tail = [x for x in tokens if x.i > t.i and not x.is_punct and x.i not in hedge_ids and x.head.i == t.head.i
                    and x.dep_ not in ("cc", "conj")]
            return _join([(subject_text, " "), ("will", " "), ("happen", " ")] + [(x.text, " ") for x in tail])
    return None


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _rates_likelihood(token) -> bool:
    entry = probability.lookup(token.lower_)
    return entry is not None and token.pos_ in ("ADJ", "NOUN") and token.dep_ in ("acomp", "attr", "ROOT", "conj")


def _subject_of_frame(token):
    """The subject the likelihood is said of: of the copula the frame hangs on."""
    head = token.head if token.dep_ in ("acomp", "attr", "pobj", "prep", "amod") else token
    if token.dep_ == "pobj":
        head = token.head.head
    for node in (head, head.head):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                return c
    return None


def _infinitive(token):
    """The verb of "likely to V", "poised to V", "set to V", "stands to get exposed"."""
    for c in list(token.children) + list(token.head.children):
        if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and any(
                g.lower_ == "to" and g.dep_ == "aux" for g in c.children):
            return c
    return None


def _gerund_or_clause(token):
    """"on the brink of becoming X" (a gerund), "a matter of time before others join him" (a
    clause, on the frame or on its copula)."""
    for node in list(token.subtree) + list(token.head.children):
        if node.dep_ == "pcomp" and node.tag_ == "VBG":
            return node
        if node.dep_ == "advcl" and any(c.lower_ in ("before", "until", "till") and c.dep_ == "mark" for c in node.children):
            return node
    return None


def _noun_object(token):
    """The noun after "vulnerable to", "at risk of", "on the brink of"."""
    for node in token.subtree:
        if node.dep_ == "pobj" and node.pos_ in ("NOUN", "PROPN") and node.head.lower_ in ("to", "of"):
            return node
    return None


def _verb_phrase(verb, allowed: dict, will: bool = False) -> list[tuple[str, str]]:
    """The event verb in its base form with what follows it, without the marker ("to",
    "before"); `will`: the clause's own subject first, then "will" ("before others join him" ->
    "others will join him")."""
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    skip = {c.i for c in verb.children if c.dep_ in ("aux", "mark") and c.lower_ in ("to", "before", "until", "till")}
    words: list[tuple[str, str]] = []
    if subject and will:
        sub = list(subject[0].subtree)
        words += [(x.text, x.whitespace_ or " ") for x in sub]
        skip |= {x.i for x in sub}
    if will:
        words.append(("will", " "))
    for x in sorted(verb.subtree, key=lambda t: t.i):
        if x.i in skip or x.i < verb.i and x.dep_ in ("mark", "nsubj", "nsubjpass", "expl"):
            continue
        if x.i == verb.i:
            words.append((verb.lemma_ if verb.tag_ in ("VBG", "VBZ", "VBP", "VBD") else verb.text, verb.whitespace_ or " "))
        else:
            words.append((x.text, x.whitespace_))
    return words


def _span_text(tokens: list) -> str:
    return _join([(t.text, t.whitespace_) for t in sorted(tokens, key=lambda t: t.i)])


def _join(words: list[tuple[str, str]]) -> str:
    text = "".join(w + s for w, s in words)
    return " ".join(text.replace(" ,", ",").split()).strip(" ,;:")
