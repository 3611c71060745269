"""What is on its way, told in the present progressive of a verb of arriving (round 23): "The cold
snap is coming", "Cheaper credit is coming, but slowly", "Investment is coming back, slowly", "No such
offer is coming from the Commission", "The old tariffs are not coming back". Columns, headings and
quoted officials announce an arrival or a return, or deny one, without a date: the verb of arriving
in the progressive is the writer's or the speaker's forecast, a little below a plain "will" (no date
holds it: data/probability_phrases.tsv "an arrival on its way"; denied, at "will not"). The futurate reader (rules._futurate_candidates) needs a date ahead; this
one needs none, because "come" in the progressive names what is to arrive (data: arriving_verbs).

Not a movement under way or a habit ("Migrants are still coming across the border every day", "are
coming in faster than planned": an adverb of now, of frequency, or a comparison), not a verb with
another particle ("prices are coming down": a trend now), not an idiom of a state now ("things are
coming to a head", data: arrival_idioms), not in the first or second person ("I am
coming to that": the talk's own course), not a clause inside a noun's ("no sign that more is
coming": what the noun says is left to the rules that read it), not in the past, not under a modal.
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, negated_by_determiner, statement_tokens

W = lexicon.words

_CLAUSES = ("ROOT", "conj", "ccomp", "advcl", "parataxis")


def candidates(span) -> list[Candidate]:
    out = []
    for verb in span:
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in W("arriving_verbs") or verb.dep_ not in _CLAUSES:
            continue
        kids = list(verb.children)
        aux = [c for c in kids if c.dep_ == "aux"]
        if not any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux) or any(a.tag_ == "MD" for a in aux):
            continue
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in W("first_person") or subject.lower_ == "you":
            continue
        if any(c.dep_ == "prt" and c.lower_ not in W("arriving_particles")
               or c.dep_ in ("advmod", "prep") and c.i == verb.i + 1 and c.lower_ in W("trend_particles") and not any(
                   k.dep_ == "pobj" for k in c.children) for c in kids):
            continue    # "prices are coming down": a trend now
        if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in W("arrival_under_way") for c in kids) \
                or any(t.lower_ in ("than", "every") for t in verb.subtree):
            continue    # "are still coming", "every day", "faster than planned": under way, a habit, a comparison
        if _in_a_nouns_clause(verb) or _idiom(verb):
            continue
        if any(c.dep_ in ("ccomp", "conj", "advcl", "parataxis") and c.i < subject.i for c in kids):
            continue    # the parse hung the sentence's earlier clauses on the verb: its clause is not its own
        negated = any(c.dep_ == "neg" for c in kids) or negated_by_determiner(verb)
        # the clause from its subject on (the parse may hang the sentence's earlier clauses on the verb)
        statement = [t for t in statement_tokens(verb) if t.i >= subject.left_edge.i]
        # as explicit as a "will" (the rank of the modal's candidates among a sentence's clauses)
        reading = probability.lookup("will" if negated else "an arrival on its way")
        out.append(Candidate("strong", clause_root(verb), [*aux, verb], reading,
                             negated=negated, statement=statement))
    return out


def _idiom(verb) -> bool:
    """"coming to a head", "coming home to roost" (data: arrival_idioms): a state now."""
    after = tuple(t.lower_ for t in verb.doc[verb.i + 1: verb.i + 4])
    return any(after[:len(p)] == p for p in lexicon.phrases("arrival_idioms"))


def _in_a_nouns_clause(verb) -> bool:
    """"no sign that more is coming": a clause that says what a noun holds."""
    node = verb
    while node.dep_ in ("ccomp", "conj", "advcl") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return True
    return node.dep_ in ("acl", "relcl")


FINDER = Finder("arrival_calls", candidates, lambda: W("arriving_verbs"), tags=("VBG",))
