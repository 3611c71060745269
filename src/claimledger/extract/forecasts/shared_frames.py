"""A further event told under the first clause's modal, hedge or frame (round 22): "The smelter will
open in 2029 [and reach full output within eighteen months]"; "We expect the bank to cut in March
[and then hold for the rest of the year]"; "The deficit will peak next year [before easing to 3% in
2029]"; "They expect to decide in the second half of the year, [with first output around 2030]".
The writer names two events and says how sure once: the second is a verb conjunct with no modal or
frame of its own, or an absolute ("before" + a participle, "with" + a noun and what is said of it)
hung on the first clause. The rules read only the clause that carries the modal or the frame; the
conjunct is a forecast of its own, in the same voice and at the same reading ("then" keeps it).

Only a conjunct that names its own time or figure (a date, a number, "thereafter": data
shared_frame_times), so that it is a further event and not a second verb of the same one ("will
meet and agree"). Not a conjunct with a modal, an auxiliary or a hedge of its own (a finder or the
refinements read those: "and probably ..."), one told in the past or the perfect, one with a
subject of its own in the present (a clause of its own), one a finder has read already, a verb of
saying or expecting (a frame of its own); not "after" + a participle (what came before the forecast:
"will slow next year after growing 3% this year"); not inside a quotation the frame is not in.
"""
from __future__ import annotations

from ... import lexicon, probability
from ..attribution.cue_features import in_quote
from ..syntax import trim_tokens
from .candidate import Candidate
from .parts import statement_tokens

W = lexicon.words

_TIMED = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL")
_JOINING = ("and", "then", "but")
_BARE = ("VB", "VBP", "VBZ")


def of(candidate: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The further events the candidate's frame covers in a conjunct or an absolute ([] for most)."""
    root = candidate.root
    if candidate.kind in ("answer", "correlative", "stated") or candidate.negated \
            or any(t.lower_ == "would" for t in candidate.phrase_tokens) \
            or any(c.dep_ == "neg" for c in root.children) or root.tag_ == "VBD":
        return []
    read = {c.root.i for c in found} | {t.i for c in found for t in c.phrase_tokens}
    out: list[Candidate] = []
    for head, words in [*_conjuncts(root, read, candidate.phrase_tokens), *_absolutes(candidate, read)]:
        if in_quote(head) != in_quote(root):
            continue
        out.append(Candidate(candidate.kind, head, [*candidate.phrase_tokens], candidate.entry,
                             statement=words, shared_phrase=True))
        read.add(head.i)
    return out


def trimmed(candidate: Candidate, further: list[Candidate], statement: list) -> list:
    """The first forecast's words without the conjuncts and absolutes read as forecasts of their own
    (and the comma or "and" before each)."""
    taken = {t.i for f in further for t in (f.statement or ())}
    return trim_tokens([t for t in statement if t.i not in taken],
                       trailing=lambda t: t.is_punct or t.dep_ == "cc" or t.lower_ in _JOINING)


def _conjuncts(root, read: set[int], phrase_tokens=()):
    """Verb conjuncts of the clause's head (and of those conjuncts: "come, restate and then ask")."""
    stack = [root]
    if any(p.i == root.i for p in phrase_tokens):
        # "analysts expect the bank to raise rates in May and then hold": the frame's complement
        stack += [k for k in root.children if k.dep_ in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX")]
    while stack:
        verb = stack.pop()
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.i > verb.i and conj.pos_ in ("NOUN", "PROPN") and verb.i == root.i \
                    and any(c.dep_ == "auxpass" for c in root.children):
                # "bids will be opened in May and the licences granted by October": the parse hangs the
                # gapped passive on the noun
                done = next((k for k in conj.children if k.dep_ == "acl" and k.tag_ == "VBN"), None)
                if done is not None and done.i not in read and not any(k.dep_ in ("aux", "auxpass") for k in done.children) \
                        and _timed(done):
                    cc = [t for t in verb.children if t.dep_ == "cc" and verb.i < t.i < conj.i]
                    words = [t for t in conj.subtree if not t.is_punct or t.i < conj.right_edge.i]
                    yield done, sorted({*words, *cc[-1:]}, key=lambda t: t.i)
                continue
            if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
                continue
            stack.append(conj)
            if conj.i in read or not _bare(conj, root) or not _timed(conj):
                continue
            if not any(c.dep_ == "cc" and c.lower_ == "and" and verb.i < c.i < conj.i for c in verb.children) \
                    and not any(c.lower_ == "then" for c in conj.children):
                continue    # "would slip but remain above N": the same event qualified, not a further one
            if conj.lemma_.lower() in lexicon.speech_verbs() or conj.lemma_.lower() in lexicon.listed("forecast_estimative_verbs.txt"):
                continue    # "and expects ...": a frame of its own
            words = _own_words(conj)
            cc = [t for t in verb.children if t.dep_ == "cc" and t.i < conj.i and t.i > verb.i]
            yield conj, sorted({*words, *cc[-1:]}, key=lambda t: t.i)


def _bare(conj, root) -> bool:
    """No auxiliary, modal, hedge or subject of its own, not in the past or the perfect."""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in conj.children):
        return False
    if any(c.dep_ == "advmod" and probability.find(c.text) for c in conj.children if c.i < conj.i):
        return False    # "and probably ...": the refinements read it
    if conj.pos_ == "AUX" or any(c.dep_ in ("nsubj", "csubj", "expl") for c in conj.children):
        return False    # "..., and the bank meets in June", "and that is what ...": a clause of its own
    if conj.tag_ in _BARE:
        return True
    # "the site will be cleared in March and the foundations laid by June": a gapped passive
    return conj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children)


def _timed(head) -> bool:
    """A date, a figure or a time adverb in the event's own words."""
    return _timed_words(_own_words(head))


def _timed_words(words) -> bool:
    return any(t.ent_type_ in _TIMED or t.lower_ in W("shared_frame_times") or _year(t) for t in words)


def _year(t) -> bool:
    """A bare year the tagger left without an entity ("around 2031")."""
    return t.dep_ == "pobj" and t.text.isdigit() and len(t.text) == 4 and t.text[:2] in ("19", "20")


def _own_words(head) -> list:
    """The head's words without its own verb conjuncts (read on their own) and trailing punctuation."""
    excluded = {t.i for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    excluded |= {c.i for c in head.children if c.dep_ == "cc" and any(
        k.dep_ == "conj" and k.i > c.i and k.pos_ in ("VERB", "AUX") for k in head.children)}
    def edge(t) -> bool:
        return t.is_punct or t.dep_ == "cc"

    return trim_tokens([t for t in statement_tokens(head) if t.i not in excluded], leading=edge, trailing=edge)


def _absolutes(candidate: Candidate, read: set[int]):
    """"before easing to 3% in 2029", "with first output around 2030" on the clause's head, its frame, or an
    infinitive or adverbial clause between them ("expect to decide in May, with ..."; "will fall as X
    winds down, before picking up in ...")."""
    root = candidate.root
    markers = W("shared_frame_markers")
    heads = _clause_heads([root, *[t for t in candidate.phrase_tokens if t.pos_ == "VERB"]])
    for head in heads:
        for child in head.children:
            if child.lower_ not in markers or child.dep_ not in ("prep", "mark"):
                continue
            if child.lower_ == "before":
                if child.i < root.i:
                    continue
                event = next((k for k in child.children if k.dep_ in ("pcomp", "pobj") and k.tag_ == "VBG"), None)
            else:
                event = next((k for k in child.children if k.dep_ == "pobj" and k.pos_ in ("NOUN", "PROPN")), None)
                if event is not None and any(k.tag_ == "VBN" for k in child.subtree):
                    continue    # "with prices seen rising": read by the rules (parts.absolute_with)
            if event is None or event.i in read or any(k.dep_ == "neg" for k in event.children):
                continue
            if event.tag_ == "VBG" and any(k.dep_ in ("aux", "nsubj") for k in event.children):
                continue
            words = trim_tokens(sorted(child.subtree, key=lambda t: t.i), trailing=lambda t: t.is_punct)
            if not _timed_words(words):
                continue
            if child.lower_ == "with" and (not _dated(words) or any(t.lower_ == "than" for t in words)):
                continue    # "with inflation at 3%": a figure of now, not a further event
            if any(t.i in read for t in words):
                continue
            yield event, words


def _clause_heads(starts: list) -> list:
    """The heads and, below them, their infinitives and adverbial clauses (not another clause's)."""
    out: list = []
    stack = list(starts)
    while stack:
        t = stack.pop()
        if any(t.i == o.i for o in out):
            continue
        out.append(t)
        stack += [k for k in t.children if k.dep_ in ("xcomp", "advcl") and k.pos_ in ("VERB", "AUX")]
    return out


def _dated(words) -> bool:
    """A time of the event's own: a date that is the object of a preposition or an adverbial noun ("around
    2031", "next year"), not a word inside a name ("a look at the summer programme", "the mid-year
    review")."""
    for t in words:
        if t.lower_ in W("shared_frame_times"):
            return True
        if t.ent_type_ not in ("DATE", "TIME") and not _year(t):
            continue
        top = t
        while top.head.i != top.i and top.head.ent_type_ in ("DATE", "TIME") and top.head in words:
            top = top.head
        if top.dep_ in ("pobj", "npadvmod"):
            return True
    return False
