"""Parse-tree helpers every extractor shares (spaCy tokens and spans, English dependency labels).

- `child(token, *deps)`, `children(token, *deps)`, `has_child(...)`: a token's dependents by label;
- `pobj(prep)`, `prep_object(token, *words)`: the object of a preposition;
- `walk(token, step, steps)`: a token and the nodes a step function leads to (climbing heads);
- `subject_by_climbing(verb, ...)`: the subject of a verb, climbing the verbs it completes;
- `noun_phrase(token)`: a speaker's whole phrase; `name_phrase(token)`: the words naming a
  party, without determiners or counts;
- `trim_span(span, ...)`, `trim_tokens(tokens, ...)`: without leading or trailing words of a kind;
- `modal_lookalike(tokens)`: a modal's spelling the parse reads as something else;
- `misparsed_speech_verb(token)`: a verb of saying the parse reads as a noun ("The IMF forecast
  that ...");
- `words_of(span)`, `tags_of(span)`: the words (forms and lemmas) and tags a sentence holds;
- `text_of(span)`: a sentence's text, kept once made.
"""
from __future__ import annotations

from typing import Callable, Iterator, NamedTuple, Optional

from .. import lexicon


def child(token, *deps: str, where: Optional[Callable] = None):
    """The first dependent of `token` labelled with one of `deps` (and accepted by `where`), or None."""
    for c in token.children:
        if c.dep_ in deps and (where is None or where(c)):
            return c
    return None


def children(token, *deps: str) -> list:
    """The dependents of `token` labelled with one of `deps`, in order."""
    return [c for c in token.children if c.dep_ in deps]


def has_child(token, *deps: str, words=None) -> bool:
    """Whether `token` has a dependent labelled with one of `deps` (whose lower-case form is in
    `words`, when given)."""
    return any(c.dep_ in deps and (words is None or c.lower_ in words) for c in token.children)


def pobj(prep):
    """The object of a preposition ("on [the convoy]"), or None."""
    return child(prep, "pobj")


def prep_object(token, *words: str, deps: tuple[str, ...] = ("prep",)):
    """The object of the first preposition of `token` that is one of `words` ("talks [with] X")."""
    for c in token.children:
        if c.dep_ in deps and c.lower_ in words:
            return pobj(c)
    return None


def walk(token, step: Callable, steps: int) -> Iterator:
    """`token`, then what `step` leads to from it, and so on: at most `steps` nodes, ending
    where `step` returns None."""
    node = token
    for _ in range(steps):
        yield node
        node = step(node)
        if node is None:
            return


def climbing(labels) -> Callable:
    """A step for `walk`: up to the head through one of the dependency labels."""
    return lambda node: node.head if node.dep_ in labels and node.head is not node else None


def nearest_subject(verb, *deps: str):
    """The subject of a verb; of two, the one nearer the verb ("KYIV (AP) — The president said":
    the parser makes the dateline a second subject, farther away)."""
    found = children(verb, *deps)
    if len(found) < 2:
        return found[0] if found else None
    return min(found, key=lambda t: abs(verb.i - t.i))


def subject_by_climbing(verb, subject_deps: tuple[str, ...], step: Callable, steps: int,
                        fallback: Optional[Callable] = None):
    """The subject of a verb, or of the first verb reached from it by `step` that has one
    ("was quick to release a statement denying": the subject of "was"); `fallback(node)` may
    name a subject where the node has none ("for X to admit it")."""
    for node in walk(verb, step, steps):
        subject = nearest_subject(node, *subject_deps)
        if subject is None and fallback is not None:
            subject = fallback(node)
        if subject is not None:
            return subject
    return None


def noun_phrase(token):
    """The span of a token's noun phrase, without a trailing relative clause or apposition, nor a
    dateline glued to it ("Oct 28 - Georgia's ruling party"): how a speaker is named."""
    doc = token.doc
    left = token.left_edge.i
    for i in range(left, token.i):
        if doc[i].text in lexicon.words("name_breaks"):
            left = i + 1          # "KYIV, Ukraine (AP) — Ukraine's president": the dateline is no part
    while left < token.i and (doc[left].ent_type_ in ("DATE", "TIME") or doc[left].is_punct):
        left += 1
    right = token.i
    for c in token.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl") or c.text in (",", ":"):
            break
        right = c.right_edge.i
    return doc[left: right + 1]


def name_phrase(token):
    """The token with its left modifiers (compounds, adjectives, possessives), without
    determiners, counts or a misparsed preposition: how a party is named ('At least 14 sailors'
    -> 'sailors', 'the rebel fighters' -> 'rebel fighters')."""
    doc = token.doc
    excluded = set()
    left = token.i
    for c in token.lefts:
        if c.dep_ in ("nummod", "quantmod", "det", "predet"):
            excluded.update(t.i for t in c.subtree)
        elif c.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss", "punct", "case"):
            left = min(left, c.left_edge.i)
    not_name = lexicon.words("not_name_words")
    while left < token.i and (left in excluded or doc[left].dep_ in ("det", "punct", "cc")
                              or doc[left].pos_ in ("PRON", "ADV", "SCONJ", "DET", "ADP")
                              or doc[left].lower_ in not_name or doc[left].like_num):
        left += 1
    return doc[left: token.i + 1]


def trim_span(span, leading: Callable = lambda t: False, trailing: Callable = lambda t: False):
    """The span without the tokens `leading` accepts at its start and `trailing` at its end;
    None when nothing is left."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and leading(doc[start]):
        start += 1
    while end > start and trailing(doc[end - 1]):
        end -= 1
    return doc[start:end] if end > start else None


def trim_tokens(tokens: list, leading: Callable = lambda t: False, trailing: Callable = lambda t: False) -> list:
    """A list of tokens without those `leading` accepts at its start and `trailing` at its end."""
    start, end = 0, len(tokens)
    while start < end and leading(tokens[start]):
        start += 1
    while end > start and trailing(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def is_article(token) -> bool:
    return token.lower_ in lexicon.words("articles")


def is_possessive_ending(token) -> bool:
    """"'s", "’s" or a bare apostrophe after a plural ("the rebels' ")."""
    return token.text in ("'s", "’s", "'", "’")


def modal_lookalike(tokens) -> bool:
    """A modal's spelling that the parse reads as something else: the month ("in May"), a noun
    ("the will of the people"), a name. Only a modal (tag MD) hedges or predicts."""
    return len(tokens) == 1 and tokens[0].lower_ in lexicon.modals("lookalike") and tokens[0].tag_ != "MD"


def misparsed_speech_verb(token):
    """"The IMF forecast that ...", "The association projects that ...": the tagger reads a verb of
    saying as a noun, its subject as a compound of that noun and the content clause as a relative
    clause. Only when the noun is the sentence's root (no other word took the verb's place), a
    compound stands right before it and a "that" clause with a subject of its own follows it
    directly: the speaker's token, else None. ("The IMF's forecast that ... proved wrong" has a
    verb of its own and stays a noun.)"""
    if token.dep_ != "ROOT" or token.tag_ not in ("NN", "NNS") or token.i == 0 or token.i + 1 >= len(token.doc):
        return None
    lemma = token.lemma_.lower()
    if lemma not in lexicon.speech_verbs() or (token.tag_ == "NN" and token.lower_ != lemma):
        return None         # NN only for a past the same as the noun ("forecast"), NNS for "projects"
    speaker, mark = token.nbor(-1), token.nbor(1)
    if speaker.dep_ != "compound" or speaker.head.i != token.i or speaker.pos_ not in ("NOUN", "PROPN"):
        return None
    clause = mark.head
    if mark.lower_ != "that" or mark.dep_ != "mark" or clause.head.i != token.i or clause.dep_ not in ("relcl", "acl", "ccomp"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return speaker


def is_nickname(span) -> bool:
    """A mocking nickname standing for a person: a capitalised adjective before a given name
    ("Sleepy Joe", "Crooked Hillary", "Little Marco"), or a name in quotation marks."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or words[-1].pos_ != "PROPN":
        return False
    doc = span.doc
    quoted = span.start > 0 and doc[span.start - 1].text in ("“", '"') or any(t.text in ("“", "”", '"') for t in span)
    first = words[0]
    mocking = first.text[:1].isupper() and (first.pos_ == "ADJ" or first.dep_ == "amod"
                                             or first.lower_.endswith(("y", "’", "'")))
    return quoted or (mocking and first.ent_type_ != "NORP")


class _Held(NamedTuple):
    words: frozenset[str]
    tags: frozenset[str]


_HELD = "claimledger_held"


def _held(span) -> _Held:
    """The lower-case forms and lower-cased lemmas, and the tags, of a span's tokens, gathered in
    one pass and kept with its Doc (which lives for one window): several extractors ask whether
    a sentence holds a word at all before they walk its tokens."""
    key = (_HELD, span.start, span.end)
    held = span.doc.user_data.get(key)
    if held is None:
        words, tags = set(), set()
        for tok in span:
            words.add(tok.lower_)
            words.add(tok.lemma_.lower())
            tags.add(tok.tag_)
        held = span.doc.user_data[key] = _Held(frozenset(words), frozenset(tags))
    return held


def words_of(span) -> frozenset[str]:
    """The lower-case forms and lower-cased lemmas of the span's tokens."""
    return _held(span).words


def tags_of(span) -> frozenset[str]:
    """The fine-grained tags (tag_) of the span's tokens."""
    return _held(span).tags


_TEXT = "claimledger_text"


def text_of(span) -> str:
    """`span.text`, kept with its Doc: spaCy joins the text token by token at every call, and
    some rules ask for the same sentence's text once for each word they look at."""
    key = (_TEXT, span.start, span.end)
    text = span.doc.user_data.get(key)
    if text is None:
        text = span.doc.user_data[key] = span.text
    return text
