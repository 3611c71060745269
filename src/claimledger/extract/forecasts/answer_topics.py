"""(round 29) Answers that name their topic first.

- **a pointer to the question answered**: "On the first: not before 2028.", "As to the second, yes.": after a
  turn of two questions, the answer takes them in order and says which it answers; "On the first" points to
  the first question of the turn before, and the words after the pointer are the answer (a short verbless
  answer is read as any other);
- **a restriction before a yes or no**: "For the retail side, yes.", "In Europe, no.": the answer is the yes
  or the no (the restriction narrows what it answers, as a condition does), read at that word.

Only a pointer of a few words (a preposition, then a determiner, an ordinal, an adjective or a noun) closed
by a colon or a comma; a restriction only before a bare yes or no (data: answer_pointers, ordinal_pointers),
and not a bare singular noun ("On paper, yes", "In theory, no": a hedge on the answer, read by answers.py).
"""
from __future__ import annotations

from ... import lexicon

W = lexicon.words
_POINTER_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PRON")


def stripped(tokens: list) -> list:
    """The answer's tokens after a leading topic pointer or restriction, or the tokens as they are."""
    words = [t for t in tokens if not (t.is_space)]
    if len(words) < 3 or words[0].lower_ not in W("answer_pointers"):
        return tokens
    for k, t in enumerate(words[1:7], start=1):
        if t.text == ":" or t.text == "," and k + 1 < len(words) and words[k + 1].lower_ in lexicon.mapping("opening_answers"):
            if k < 2 or not all(w.pos_ in _POINTER_TAGS for w in words[1:k]):
                return tokens
            if not any(w.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or w.lower_ in W("ordinal_pointers") for w in words[1:k]):
                return tokens
            if k == 2 and words[1].tag_ == "NN":
                return tokens   # "On paper, yes", "In theory, no": a bare singular noun is a manner of answering, a hedge, no topic
            return words[k + 1:]
        if t.is_punct:
            return tokens
    return tokens
