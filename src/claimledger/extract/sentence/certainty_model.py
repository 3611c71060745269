"""The certainty model (not an extractor; the `certainty` extractor uses it): how committed a sentence is: a logistic combination of hedges, boosters, evidentials,
attribution and negation, calibrated on labelled sentences of the genre.

    value, cues = certainty(span)      # span: a parsed sentence (spaCy); value in [0, 1]

`value` is the model's probability that the sentence is a plain assertion rather than a hedged
one (corpus/certainty/: "hedged" = less than full commitment, by the writer or the voice it
reports). Each cue is a word or phrase that switched a feature on, with that feature's weight.

Features (each 0 or 1 for the sentence; words from data/certainty_features.tsv and
data/probability_phrases.tsv, verbs from data/speech_verbs.tsv):
- modal: an epistemic modal (may, might, could; would outside reported speech; not "could not"
  of ability, not the month May);
- estimate: a verbal probability phrase ("likely", "almost certainly", "a matter of time");
- seeming: seem, appear/suggest/indicate with a complement, "point to";
- cognition: believe, expect, estimate, fear ... framing a clause or an infinitive;
- evidential: reportedly, allegedly, "is said to", unconfirmed;
- weasel: vague attribution ("some analysts say", "critics argue", "it is widely believed");
- possibility: a noun or frame of possibility or doubt ("the risk that", "whether",
  "remains to be seen");
- conditional: an if/unless clause;  tendency: tend to, often, usually;
- booster: clearly, undoubtedly, in fact, no doubt;
- negation: not, never, no (a firm "will not" is no hedge: its weight is learned, not assumed);
- named_source: a speech verb with a specific speaker ("the ministry said");
- past: the main verb narrates the past.
Each feature is one input of the regression (INPUTS), with its own weight: our corpus alone is
too small to weigh a cue family seen a handful of times, so the weights are fitted on it together
with the train half of a public hedge corpus (the Szeged Uncertainty Corpus, Wikipedia part),
each corpus weighted equally and its classes balanced (scripts/fit_certainty.py).
Weights: data/certainty_weights.tsv; its card, data/certainty_weights.md, gives the data and
the figures.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from ... import probability
from ... import lexicon

FEATURES = ("modal", "estimate", "seeming", "cognition", "evidential", "weasel", "possibility", "conditional",
            "tendency", "booster", "negation", "named_source", "past")

HEDGES = ("modal", "estimate", "seeming", "cognition", "evidential", "possibility", "conditional", "tendency")
INPUTS = FEATURES

# Features that lower certainty are hedges, the others (by their weight's sign) raise it; the
# role a cue gets in the contract names the feature: "hedge:modal", "booster", "attribution" …
ROLE = {"modal": "hedge:modal", "estimate": "probability", "seeming": "hedge:seeming",
        "cognition": "hedge:cognition", "evidential": "evidential", "weasel": "attribution:vague",
        "possibility": "hedge:possibility", "conditional": "hedge:conditional", "tendency": "hedge:tendency",
        "booster": "booster", "negation": "negation", "named_source": "attribution:named", "past": "past"}



@lru_cache(maxsize=256)
def _modal_only(text: str) -> bool:
    """A probability-table entry that is only a modal or a tense ("will", "may", "won't"): the
    `modal` feature reads those, with its own guards."""
    key = text.lower().replace("’", "'")
    return key in lexicon.words("tense_only_phrases") or key in lexicon.modals()


@lru_cache(maxsize=1)
def _conditional_marks() -> frozenset[str]:
    return frozenset(m for m in lexicon.listed("conditional_marks.txt") if " " not in m)


@dataclass(frozen=True)
class Cue:
    """A word or phrase that switched a feature on: its first and last token (spaCy), and
    start/end as character offsets in the parsed text (for ordering)."""
    start: int
    end: int
    feature: str
    text: str
    first: object = None
    last: object = None


# --- lexicons ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First word -> [(words, feature, needs)], longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for row in lexicon.rows("certainty_features.tsv"):
        words = tuple(row["phrase"].lower().replace("’", "'").split())
        index.setdefault(words[0], []).append((words, row["feature"], row.get("needs", "")))
    for rows in index.values():
        rows.sort(key=lambda r: -len(r[0]))
    return index


@lru_cache(maxsize=1)
def _speech_verbs() -> dict[str, bool]:
    """lemma -> whether it states a belief (cognition) rather than an utterance."""
    return {lemma: row["cognition"] == "1" for lemma, row in lexicon.speech_verbs().items()}


@lru_cache(maxsize=None)
def _lexicon_verbs(feature: str) -> dict[str, str]:
    """One-word lexicon entries of a feature (the verbs among them are matched on lemmas) -> needs."""
    return {row["phrase"].lower(): row.get("needs", "") for row in lexicon.rows("certainty_features.tsv")
            if row["feature"] == feature and " " not in row["phrase"]}


def _distancing(tok) -> bool:
    """A distancing report ("alleged that", "claimed that", "accused … of"): evidential, not a
    plain attributed statement."""
    needs = _lexicon_verbs("evidential").get(tok.lemma_.lower())
    return needs is not None and _meets(tok, needs)


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return {row["feature"]: float(row["weight"]) for row in lexicon.rows("certainty_weights.tsv")}


@lru_cache(maxsize=1)
def baseline_words() -> frozenset[str]:
    return frozenset(lexicon.listed("hedge_baseline.txt"))


# --- cues -------------------------------------------------------------------------------------

def cues(span) -> list[Cue]:
    """Every cue of the sentence, lexical and syntactic; lexical cues never overlap."""
    found = _longest_first(_lexical(span) + _estimates(span))
    found += _syntactic(span)
    return sorted(found, key=lambda c: (c.start, c.end))


def _norm(token) -> str:
    return token.lower_.replace("’", "'")


def _lexical(span) -> list[Cue]:
    tokens = list(span)
    # each token's (form, lemma), read once: a phrase's words are compared at every start
    forms = [(_norm(t), t.lemma_.lower()) for t in tokens]
    index = _lexicon()
    out = []
    for i, tok in enumerate(tokens):
        lower, lemma = forms[i]
        if lower not in index and lemma not in index:
            continue
        # the form as written first, then its lemma ("suspected ... of" is evidential, "suspect" a
        # cognition hedge): a fixed order, where a set's would change with the hash seed
        for key in dict.fromkeys((lower, lemma)):
            for words, feature, needs in index.get(key, ()):
                n = len(words)
                if i + n > len(tokens):
                    continue
                run = tokens[i:i + n]
                if not all(w in form for w, form in zip(words, forms[i:i + n])):
                    continue
                if n == 1 and not _meets(tok, needs):
                    continue
                out.append(Cue(run[0].idx, run[-1].idx + len(run[-1]), feature,
                               span.doc[run[0].i: run[-1].i + 1].text, run[0], run[-1]))
                break
    return out


def _meets(tok, needs: str) -> bool:
    if needs == "md":
        if tok.tag_ != "MD":
            return False
        if tok.lower_ in ("could", "can") and any(c.dep_ == "neg" for c in tok.head.children):
            return False          # "rescuers could not reach the village": ability, not doubt
        if tok.lower_ == "would" and _under_speech_verb(tok.head):
            return False          # "the minister said the canal would remain open": reported future
        if tok.lower_ == "would" and _narrated_future(tok.head):
            return False          # "he would later become president": the past's future, told as fact
        return True
    if needs == "as":
        return _as_predicate(tok)
    if needs == "clause":
        return any(c.dep_ == "ccomp" for c in tok.children)
    if needs == "doxastic" and tok.tag_ == "VBN" and (tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)):
        return True               # "was widely considered the favourite", "Smith, regarded as a moderate, …"
    if needs in ("complement", "doxastic"):
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            return False          # "as expected"
        if any(c.dep_ in ("ccomp", "xcomp", "acomp", "oprd") for c in tok.children):
            return True
        if _as_predicate(tok):
            return True
        return tok.dep_ in ("ccomp", "parataxis") and tok.i > tok.head.i   # "…, analysts believe."
    if needs == "of":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if needs == "predicate":
        return tok.dep_ in ("acomp", "attr") or tok.head.lemma_ == "be"
    return True


def _as_predicate(tok) -> bool:
    """"regarded as the frontrunner", "view the deal as a trap": "as" after the verb, on the verb
    or on its object (the parser hangs it on either)."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i for h in heads for c in h.children)


def _narrated_future(verb) -> bool:
    """"would later", "would go on to": a narrative's future in the past, not a hypothesis."""
    if verb.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.words("narrative_sequence_adverbs") for c in verb.children)


def _under_speech_verb(verb) -> bool:
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in _speech_verbs():
            return True
    return False


def _estimates(span) -> list[Cue]:
    out = []
    base = span.start_char
    for found in probability.find(span.text):
        if _modal_only(found.text):
            continue          # modals are the `modal` feature, with their own guards
        chars = span.doc.char_span(base + found.start, base + found.end, alignment_mode="expand")
        if chars is not None and len(chars) == 1 and chars[0].dep_ in ("amod", "compound") \
                and chars[0].head.pos_ in ("NOUN", "PROPN"):
            continue          # "the worst possible time", "likely voters": not an estimate
        tokens = chars if chars is not None and len(chars) else None
        out.append(Cue(base + found.start, base + found.end, "estimate", found.text,
                       tokens[0] if tokens else None, tokens[-1] if tokens else None))
    return out


def _longest_first(found: list[Cue]) -> list[Cue]:
    kept: list[Cue] = []
    # longer first; at equal length the lexicon's reading (listed first) wins
    for cue in sorted(enumerate(found), key=lambda ic: (ic[1].start - ic[1].end, ic[0])):
        c = cue[1]
        if not any(k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return kept


def _syntactic(span) -> list[Cue]:
    out = []
    speech, marks, negations = _speech_verbs(), _conditional_marks(), lexicon.words("negations")
    cognition = _lexicon_verbs("cognition")
    for tok in span:
        dep, lower = tok.dep_, tok.lower_
        if dep == "mark" and lower in marks:
            out.append(_cue(tok, "conditional"))
        elif dep == "neg" or dep in ("det", "advmod") and lower in negations:
            out.append(_cue(tok, "negation"))
        lemma = tok.lemma_.lower()
        # (a ROOT tagged as a noun: the small parser reads "Some regard it as …" as a noun phrase)
        if (tok.pos_ == "VERB" or dep == "ROOT") and (lemma in speech or lemma in cognition):
            # the speaker is the active subject ("prices are expected" names no speaker)
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None:
                # "Some regard it as …": the parser can hang the quantifier on the verb
                subject = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i
                                and c.lower_ in lexicon.words("vague_quantifiers")), None)
            if subject is None or subject.lower_ in ("it",):
                continue
            if _vague(subject):
                out.append(_cue(subject, "weasel"))
            elif lemma in speech and not speech[lemma] and not _distancing(tok) \
                    and subject.lower_ not in lexicon.words("first_person"):
                out.append(_cue(tok, "named_source"))     # "alleged", "claimed" distance: no named source
        if lower == "according" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            named = tok.doc[tok.i + 2]
            out.append(_cue(tok, "weasel" if named.lower_ in lexicon.words("vague_quantifiers") else "named_source"))
    root = span.root
    if root.tag_ == "VBD" or root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                         for c in root.children):
        out.append(_cue(root, "past"))
    return out


def _vague(subject) -> bool:
    """"some analysts", "critics", "many": a speaker nobody could ask."""
    words = list(subject.subtree)
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words):
        return False
    vague = lexicon.words("vague_quantifiers")
    if subject.lower_ in vague:
        return True                                  # "many believe", "some say"
    dets = [c for c in subject.children if c.dep_ in ("det", "amod", "poss", "nummod")]
    if any(c.lower_ in vague for c in dets):
        return True
    definite = any(c.dep_ == "poss" or c.lower_ in lexicon.words("definite_determiners") for c in dets)
    return subject.tag_ == "NNS" and not definite and not any(t.lower_ in lexicon.words("articles") for t in words)


def _cue(tok, feature: str) -> Cue:
    return Cue(tok.idx, tok.idx + len(tok), feature, tok.text, tok, tok)


# --- the model --------------------------------------------------------------------------------

def feature_values(found: Iterable[Cue]) -> dict[str, float]:
    """The regression's inputs: 1 for each feature a cue switched on, else 0."""
    present = {c.feature for c in found}
    return {f: 1.0 if f in present else 0.0 for f in INPUTS}


def cue_weight(feature: str) -> float:
    """The weight a cue carries in the sum: its feature's weight (negative lowers certainty)."""
    return weights().get(feature, 0.0)


def score(values: dict[str, float], fitted: Optional[dict[str, float]] = None) -> float:
    w = fitted if fitted is not None else weights()
    z = w.get("bias", 0.0) + sum(w.get(f, 0.0) * v for f, v in values.items())
    return 1.0 / (1.0 + math.exp(-z))


def certainty(span) -> tuple[float, list[Cue]]:
    """The sentence's certainty in [0, 1] and the cues that set it."""
    found = cues(span)
    return round(score(feature_values(found)), 3), found


def baseline_hedged(text: str) -> int:
    """How many words of the 20-word hedge list the sentence holds (the baseline's score)."""
    words = [w.strip(".,;:!?\"'()“”‘’").lower() for w in text.split()]
    return sum(1 for w in words if w in baseline_words())
