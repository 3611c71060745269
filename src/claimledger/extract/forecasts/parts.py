"""Parse-tree helpers for the forecast rules: clauses, statements, conditions, horizons, who
forecasts. Not an extractor."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicon
from ..context import Context, SentenceUnit

W = lexicon.words

# Dependency labels that start a clause of their own.
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
LEADING_JUNK_DEPS = {"cc", "mark", "punct", "intj", "preconj"}


def clause_root(token):
    """The verb heading the clause a token belongs to."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in CLAUSE_DEPS and node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ == "conj" and node.pos_ not in ("VERB", "AUX"):
            node = node.head
            continue
        node = node.head
    return node


def is_future_clause(root) -> bool:
    """A clause with a modal of futurity or "going to" on its verb (or on a verb it governs)."""
    strengths = lexicon.forecast_modal_strength()
    for tok in root.subtree:
        if clause_root(tok).i != root.i and tok.i != root.i:
            continue
        if tok.tag_ == "MD" and strengths.get(tok.lower_) in ("strong", "weak"):
            return True
        if tok.lower_ == "going" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            return True
    return False


@lru_cache(maxsize=1)
def _conditional_marks() -> frozenset[str]:
    return frozenset(lexicon.listed("conditional_marks.txt"))


def condition_of(root) -> Optional[list]:
    """Tokens of the conditional clause ("if it goes on and overcommits"), mark included,
    attached to the forecast's clause or to the verb that governs it through an infinitive.
    A concessive "even if" is no condition."""
    marks = _conditional_marks()
    node = root
    for _ in range(3):
        for child in node.children:
            if child.dep_ != "advcl":
                continue
            subtree = list(child.subtree)
            words = [t.lower_ for t in child.children if t.dep_ == "mark"]
            lead = " ".join(t.lower_ for t in subtree[:3])
            if lead.startswith("even "):
                continue
            if any(w in marks for w in words) or any(lead.startswith(m + " ") for m in marks if " " in m):
                return subtree
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            break
        node = node.head
    return _misparsed_condition(root, marks)


def _misparsed_condition(root, marks) -> Optional[list]:
    """"If the EU sanctions insurers, Russia will …": when the parser reads the if-clause's verb
    as a noun, the "if" hangs on the main verb as its mark; the condition is then the run from
    that mark to the comma before the main clause."""
    for child in root.children:
        if child.dep_ == "mark" and child.lower_ in marks and child.i < root.i:
            comma = next((t for t in root.doc[child.i + 1: root.i] if t.text == ","), None)
            if comma is not None and comma.i - child.i > 2:
                return list(root.doc[child.i: comma.i])
    return None


def condition_text(tokens: list) -> str:
    """A condition without its subordinator: "if it goes on" -> "it goes on"."""
    marks = _conditional_marks()
    while tokens and (tokens[0].lower_ in marks or tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens_text(tokens)


def statement_tokens(root, strip_mark: bool = False) -> list:
    """The proposition of a clause: its subtree without independent conjuncts (they are
    forecasts of their own), leading conjunctions and discourse words, and the relativizer of a
    relative clause, whose antecedent noun phrase is put in front instead."""
    excluded: set[int] = set()
    for child in root.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            excluded.update(t.i for t in child.subtree)
            excluded.update(t.i for t in root.children if t.dep_ == "cc" and t.i < child.i)
        if child.dep_ == "punct" and child.text in (":", ";", "—", "–"):
            if child.i > root.i:
                excluded.update(t.i for t in root.subtree if t.i >= child.i)
            else:  # "In short: they'll need ..."
                excluded.update(t.i for t in root.subtree if t.i <= child.i)
        if child.dep_ == "advcl" and (" ".join(t.lower_ for t in list(child.subtree)[:2]) in W("concessive") or any(
                m.dep_ == "mark" and m.lower_ in W("reason_marks") for m in child.children)):
            excluded.update(t.i for t in child.subtree)  # "even if ...", "because ...": not part of the claim
    excluded.update(_stance_prefix(root))
    tokens = [t for t in root.subtree if t.i not in excluded]
    if root.dep_ == "relcl" and _content_clause(root):
        tokens = [t for t in tokens if not (t.lower_ == "that" and t.head.i == root.i and t.i < root.i)]
    elif root.dep_ == "relcl":
        tokens = [t for t in tokens if not (t.lower_ in W("relativizers") and t.head.i == root.i)]
        tokens = _antecedent(root) + tokens
    while tokens and (tokens[0].dep_ in LEADING_JUNK_DEPS or tokens[0].lower_ in W("statement_openers")
                      and tokens[0].dep_ == "advmod"):
        if not strip_mark and tokens[0].dep_ == "mark" and tokens[0].lower_ not in ("that",):
            break
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _stance_prefix(root) -> set[int]:
    """Words before the subject that frame rather than state ("In my view", "Mark my words,",
    "Either way,", a dateline): dropped from the statement unless they carry its time."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < root.i]
    if not subjects:
        return _dateline(root)
    subjects = [c for c in subjects if c.i > max(_dateline(root), default=-1)] or subjects
    first = min(t.i for t in subjects[0].subtree)
    dropped: set[int] = set()
    dropped.update(_dateline(root))
    for child in root.children:
        if child.i >= first or child.dep_ in ("aux", "auxpass", "neg", "mark", "cc", "punct"):
            continue
        tokens = list(child.subtree)
        if any(t.ent_type_ == "DATE" for t in tokens) or horizon_of(tokens):
            continue
        dropped.update(t.i for t in tokens)
    return dropped


def _dateline(root) -> set[int]:
    """A wire dateline opening the sentence ("ISTANBUL, March 4 (Reuters) -"): through the dash
    that follows a closing parenthesis within the first dozen tokens."""
    head = list(root.sent)[:14]
    for k, t in enumerate(head[1:], 1):
        if t.text in ("-", "—", "–") and head[k - 1].text == ")":
            return {x.i for x in head[: k + 1]}
    return set()


def _content_clause(relcl) -> bool:
    """A clause the parser called relative although its "that" is only a complementizer
    ("announcements that the US may leave Syria"): the verb already has the role "that" would fill."""
    that = [c for c in relcl.children if c.lower_ == "that"]
    if not that:
        return False
    if that[0].dep_ == "mark":
        return True
    return any(c.dep_ == that[0].dep_ and c.i != that[0].i for c in relcl.children)


def _antecedent(relcl) -> list:
    """The noun phrase a relative clause hangs on, climbing "of"-phrases ("a shockwave of
    anti-Israeli fervor that will ...")."""
    noun = relcl.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return [t for t in noun.subtree if t.i < relcl.i and not (t.i >= relcl.left_edge.i)]


def tokens_text(tokens: list, negate: bool = False) -> str:
    """Tokens as text with their original spacing; `negate` drops the negation ("won't
    resume" -> "will resume")."""
    if not tokens:
        return ""
    out = []
    for n, t in enumerate(tokens):  # callers give the order (a question turned into a statement reorders)
        if negate and t.dep_ == "neg":
            if out and not out[-1].endswith(" "):
                out[-1] += t.whitespace_  # "wo|n't resume" -> "will resume"
            continue
        word = t.text
        if n and t.is_sent_start and t.pos_ != "PROPN" and t.text != "I":
            word = word.lower()  # "Will the US ..." -> "the US will ..."
        if negate and t.lower_ in lexicon.mapping("contractions") and t.tag_ == "MD":
            word = lexicon.mapping("contractions")[t.lower_]     # "wo|n't" -> "will", "ca|n't" -> "can"
        out.append(word + t.whitespace_)
    text = "".join(out).strip()
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _horizon_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(lexicon.listed("horizon_phrases.txt"), key=len, reverse=True))


def horizon_of(tokens: list) -> Optional[str]:
    """A time horizon named in the tokens: a listed phrase ("sometime soon", "for generations")
    or a forward-looking DATE entity ("next week", "by 2025", "before the spring")."""
    if not tokens:
        return None
    doc = tokens[0].doc
    ids = {t.i for t in tokens}
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.start not in ids:
            continue
        words = {t.lower_ for t in ent}
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if words & W("past_date_words"):
            continue
        if words & W("future_date_words") or before in W("horizon_preps"):
            prefix = before if before in W("horizon_prefixes") else ""
            return (prefix + " " + ent.text).strip()
    lowered = [t.lower_ for t in tokens if t.doc == doc]
    best: Optional[tuple[int, int, str]] = None
    for phrase in _horizon_phrases():
        n = len(phrase)
        for i in range(len(lowered) - n + 1):
            if tuple(lowered[i: i + n]) == phrase:
                key = (i, -n, " ".join(phrase))  # the first one in the text, the longest there
                best = key if best is None or key < best else best
                break
    return best[2] if best else None


def forecaster_of(ctx: Context, unit: SentenceUnit, root) -> str:
    """Who makes the forecast: the sentence's attributed source, else a known source that is
    the subject of the speech or estimative verb governing the clause, else author/commenter."""
    by = ctx.source_of(unit.id)
    if unit.section == "comments" and _commenter_handle(ctx, unit):
        return "commenter"
    if by not in ("author",) or not ctx.sources:
        return by
    node = root
    while node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        for subject in subjects:
            name = " ".join(t.text for t in subject.subtree).lower()
            for source in ctx.sources:
                names = [source.name.lower()] + [a.lower() for a in source.aliases]
                if name in names or subject.text.lower() in names:
                    return source.id
    return by


def _commenter_handle(ctx: Context, unit: SentenceUnit) -> bool:
    """"Carlos M.: The regime will collapse by Christmas": the name before the colon is the
    commenter signing the comment, not a source the comment quotes."""
    found = ctx.attributions_of(unit.id)
    return bool(found) and all(a.cue.rstrip().endswith((":", "：")) for a in found)


# --- which modal verbs look ahead -----------------------------------------------------------

def event_verb(verb, strength: str) -> bool:
    """Whether the modal's verb describes something that may happen (not a present state)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in W("perfect_auxiliaries") for c in children):
        return False  # "could have abandoned": the past
    if verb.lemma_.lower() in lexicon.listed("forecast_stative_verbs.txt"):
        return False
    if verb.dep_ != "relcl" and any(c.tag_ in ("WRB", "WP") for c in children):
        return False  # "how and when a withdrawal may take place": an indirect question
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    if "whether" in marks or verb.dep_ == "ccomp" and "if" in marks:
        return False  # "asked whether the sanctions will be lifted": an indirect question
    if verb.dep_ == "advcl" and marks:
        return False  # a modal inside "if ...", "so that I may ...": a condition or a purpose
    if strength == "weak":
        if verb.lemma_ == "be" and not horizon_of(list(verb.subtree)):
            return False  # "it could be a threat": a possibility about the present
        if verb.tag_ == "VBG" and any(c.lemma_ == "be" and c.dep_ == "aux" for c in children):
            return False  # "may be pushing": present progressive
    return True


def under_speech_verb(verb) -> bool:
    speech = set(lexicon.listed("forecast_reporting_verbs.txt"))
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in speech:
            return True
    return False
