"""A list of expectations under one verb of expecting: "We expect exports to hold at 3 million
tonnes, [maize prices to dip], and [freight rates to firm into spring]"; "The ministry expects the
central bank to hold rates and [the currency to weaken only slowly]". Each further subject with its
own to-infinitive is an expectation of its own, at the verb's reading. The small parser often
hangs such an item as a relative clause of the noun before it ("wheat to dominate"), an adverbial
clause or a complement of the first infinitive, so the item is found by its words rather than by
its arc: after a comma or "and" inside what is expected, a noun phrase with no verb in it, then
"to" and a bare verb. Not "time to adjust" (no comma or "and" before the noun), not "..., making it
hard for firms to borrow" (a verb between the comma and "to"), not "allow banks, insurers and funds to
lend" (a list of nouns under another verb)."""
from __future__ import annotations

_SEPARATORS = (",", "and", ";")
_NOMINAL = ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM", "ADP", "CCONJ", "PART", "PUNCT", "ADV")


def items(first, scope=None) -> list[tuple[object, list]]:
    """The further (verb, statement tokens) of a list whose first item is the infinitive `first`,
    looked for in the subtree of `scope` (the verb of expecting; default: `first`)."""
    doc = first.doc
    out = []
    inside = sorted((scope if scope is not None else first).subtree, key=lambda t: t.i)
    if not inside:
        return out
    for verb in inside:
        if verb.i <= first.i or verb.tag_ != "VB" or verb.i < 2:
            continue
        to = doc[verb.i - 1]
        if to.lower_ != "to" or to.head.i != verb.i:
            continue
        start = _item_start(doc, first.i, to.i)
        if start is None or _in_noun_list(doc[to.i - 1]):
            continue
        end = verb.right_edge.i
        words = [t for t in doc[start:end + 1]]
        while words and (words[-1].is_punct or words[-1].lower_ in _SEPARATORS):
            words.pop()
        if words:
            out.append((verb, words))
    return out


def _item_start(doc, first_i: int, to_i: int):
    """The first word of the item's subject: right after the nearest comma or "and" before "to",
    with only a noun phrase between (a noun in it, no verb), and not right after the first verb."""
    j = to_i - 1
    has_noun = False
    while j > first_i:
        tok = doc[j]
        if tok.text in (",", ";") or tok.lower_ == "and" and tok.dep_ == "cc":
            k = j + 1
            if k < len(doc) and doc[k].lower_ == "and":
                k += 1
            if k < to_i and doc[k].lower_ == "not":
                return None     # round 27: "to need a fortnight, not a month, to decide": a contrast, not a second subject
            return k if has_noun and k < to_i else None
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN" or tok.pos_ not in _NOMINAL + ("VERB",):
            return None
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            has_noun = True
        j -= 1
    return None


def is_item(node, expecting: frozenset) -> bool:
    """Whether `node` is a further item of a list of expectations (the verb of expecting above it
    lists it after its first infinitive): a clause of its own, not nested in the first item."""
    if node.tag_ != "VB" or node.i < 1 or node.doc[node.i - 1].lower_ != "to":
        return False
    anc = node.head
    while True:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in expecting:
            first = next((c for c in anc.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                          and c.i > anc.i), None)
            return first is not None and first.i != node.i and any(v.i == node.i for v, _w in items(first, anc))
        if anc.head.i == anc.i:
            return False
        anc = anc.head


def _in_noun_list(noun) -> bool:
    """"allow banks, insurers and funds to lend": the noun before "to" closes a list of nouns that
    one verb governs; the infinitive is that verb's, not a further expectation."""
    if noun.dep_ != "conj" or noun.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    # "miners to cut output, and the bank to hold rates": another noun of the list has its own infinitive
    members = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
    doc = noun.doc
    return not any(m.i != noun.i and m.i + 2 < len(doc) and doc[m.i + 1].lower_ == "to" and doc[m.i + 2].tag_ == "VB"
                   for m in members)
