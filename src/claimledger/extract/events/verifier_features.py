"""What the event verifier (verifier.py) sees of one event the rules emitted: a sparse bag of
named features, each 1.0 unless said otherwise.

The features describe the event as the rules built it (type, mode, factuality, whether an actor,
a target, an instrument, a place, a toll were found) and the parse around its trigger (lemma,
part of speech, dependency, head, negation, modal, question and quotation marks, where in the
sentence and the line it stands), plus a hashed bag of the lemmas next to the trigger, alone and
crossed with the type. The rules already decided the type; the verifier only learns which of
these combinations the gold tends to reject ('support' as a noun in a title-like clause, a
PROTEST with no crowd), so the features are built around the type: most come both plain and
crossed with it.

Training (training/event_verifier/) and run time call the same `features`, so what the weights
were fitted on is exactly what they score.
"""
from __future__ import annotations

import zlib

from .vocabulary import party_kind

# The window of lemmas around the trigger, and the hash space its words (and word x type) fall
# in: 2^14 buckets keeps the weights file small with few collisions at this vocabulary size.
WINDOW = 3
BUCKETS = 1 << 14
_QUOTES = "\"“”«»"
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"}


def _hashed(prefix: str, text: str) -> str:
    # crc32, not hash(): Python salts str hashes per process, the weights must be stable
    return f"{prefix}#{zlib.crc32(text.encode('utf-8')) % BUCKETS}"


def _bucket(n: int, edges=(0, 1, 2, 4, 8)) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _party(prefix: str, token) -> dict[str, float]:
    """An actor or target token as the rules found it: absent, or its entity label, word class
    and the kind of party the lexicon gives its lemma (force, crowd, authority ...)."""
    if token is None:
        return {f"{prefix}=none": 1.0}
    return {f"{prefix}=found": 1.0, f"{prefix}_ent={token.ent_type_ or '-'}": 1.0, f"{prefix}_pos={token.pos_}": 1.0,
            f"{prefix}_kind={party_kind(token.lemma_) or '-'}": 1.0}


def features(draft, event, span) -> dict[str, float]:
    """Features of one emitted event: `draft` is the extractor's Draft (trigger token, actor and
    target tokens, instruments, factuality), `event` the contract Event built from it, `span`
    the sentence's spaCy Span. (What the document told before, a second row of a type on one
    line, the other types of the sentence, were tried as features too: no better out of fold,
    so left out; so were the layout's: where in the sentence and the line the trigger stands, the
sentence's length and certainty, which describe the genre more than the event and measured a
little worse out of fold.)"""
    token, code = draft.token, draft.code
    lemma = token.lemma_.lower()
    head = token.head
    children = list(token.children)
    f: dict[str, float] = {"bias_code=" + code: 1.0}
    plain = {
        "mode=" + (draft.mode or "-"),
        "fact=" + draft.factuality,
        "pos=" + token.pos_, "tag=" + token.tag_, "dep=" + token.dep_,
        "head_pos=" + head.pos_, "head_dep=" + head.dep_,
        "root" if token.dep_ == "ROOT" else "not_root",
        "in_clause" if token.dep_ in _CLAUSES else "main_clause",
        "negated" if any(c.dep_ == "neg" for c in children) or any(c.dep_ == "neg" for c in head.children) else "not_negated",
        "modal" if any(c.tag_ == "MD" for c in (*children, *head.children)) else "no_modal",
        "question" if span.text.rstrip().endswith("?") else "statement",
        "quoted" if any(q in span.text for q in _QUOTES) else "unquoted",
        "instrument" if draft.instruments else "no_instrument",
        "toll" if any(q.kind in ("killed", "wounded") for q in event.quantities) else "no_toll",
        "place" if event.location is not None else "no_place",
        "date_in_text" if event.date_text else "no_date_in_text",
        "merged" if draft.merged else "single",
        "attributed" if event.source_id not in (None, "author") else "author",
        "particle" if draft.particle is not None else "no_particle",
        "actor_entity" if event.actor else "no_actor_entity",
        "target_entity" if event.target else "no_target_entity",
        "capitalised" if token.text[:1].isupper() and token.i > span.start else "lower",
    }
    for name in plain:
        f[name] = 1.0
        f[name + "|" + code] = 1.0
    for prefix, party in (("actor", draft.actor), ("target", draft.target)):
        for name in _party(prefix, party):
            f[name] = 1.0
            f[name + "|" + code] = 1.0
    if draft.actor is not None:
        gap = "actor_gap=" + _bucket(abs(draft.actor.i - token.i), (1, 2, 4, 8))
        f[gap] = f[gap + "|" + code] = 1.0
        f["actor_after" if draft.actor.i > token.i else "actor_before"] = 1.0
    # the trigger word itself, and with its type: where most of the gold's judgement lies
    f["lemma=" + lemma] = 1.0
    f["lemma|code=" + lemma + "|" + code] = 1.0
    f["lemma|pos|code=" + lemma + "|" + token.pos_ + "|" + code] = 1.0
    f["head_lemma|code=" + head.lemma_.lower() + "|" + code] = 1.0
    for child in children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass", "prep", "agent", "amod", "compound", "poss"):
            f[_hashed("child", child.dep_ + "=" + child.lemma_.lower() + "|" + code)] = 1.0
    doc = span.doc
    for i in range(max(span.start, token.i - WINDOW), min(span.end, token.i + WINDOW + 1)):
        if i == token.i or doc[i].is_punct:
            continue
        word = doc[i].lemma_.lower()
        side = "L" if i < token.i else "R"
        f[_hashed("win", side + word)] = 1.0
        f[_hashed("win_code", side + word + "|" + code)] = 1.0
    return f
