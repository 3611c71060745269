"""A guess given under a label of the writer's own (round 27): "My guess: somewhere around 40
seats.", "Our estimate: a little under 2 per cent.", "My bet: about 300 by the summer." A columnist
answers a figure someone else has put forward (or a question the paragraph raises) with a label,
a colon and a verbless figure of their own. The label says how sure (data: guess_labels maps the
label's noun to a reading of data/probability_phrases.tsv, "my guess is" for a guess); the figure
after the colon is the forecast.

Only a label that opens its sentence, a first-person possessive (data: guess_label_owners) and a
listed noun, and a verbless remainder that holds a number ("My guess: the bill passes" is a clause,
left to the rules that read clauses; "My guess: no." is an answer, left to answers.py).
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root

W = lexicon.words


def candidates(span) -> list[Candidate]:
    words = [t for t in span if not t.is_space]
    if len(words) < 4 or words[0].lower_ not in W("guess_label_owners") or words[2].text != ":":
        return []
    labels = lexicon.mapping("guess_labels")
    noun = words[1]
    if noun.lower_ not in labels:
        return []
    rest = [t for t in words[3:] if not (t.is_punct and t.text in ".!;")]
    if not rest or not any(t.like_num for t in rest):
        return []
    # verbless: no finite verb but inside a clause of a noun of the remainder ("..., most of them
    # growers who meant to retire soon" is still a figure with a comment on it)
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
           and not any(a.dep_ in ("relcl", "acl") for a in [t, *t.ancestors]) for t in rest):
        return []
    entry = probability.lookup(labels[noun.lower_])
    if entry is None:
        return []
    inside = {t.i for t in rest}
    head = next((t for t in rest if t.head.i not in inside or t.head.i == t.i), rest[0])
    return [Candidate("phrase", clause_root(head), [words[0], noun], entry, statement=rest)]


FINDER = Finder("labelled_guess", candidates, lambda: frozenset(lexicon.mapping("guess_labels")))
