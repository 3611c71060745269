"""(round 29) "no longer" negates its verb: "The buyers no longer expect to close before autumn", "The plant will
no longer take the eastern crude". The parse hangs "no" as the negation of "longer", an adverb on the
verb, so the verb has no negation of its own to find; a verb with such an adverb is negated as by "not"
(a change of view or of practice: what was expected or done is now denied). Also "not ... any longer"
and "not any more" carry a "not" of their own and need nothing here."""
from __future__ import annotations


def ceased(verb) -> bool:
    """Whether `verb` carries "no longer" (or "no more" as an adverb of time: "will no more run")."""
    return any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and c.i < verb.i
               and any(d.dep_ == "neg" and d.lower_ == "no" and d.i == c.i - 1 for d in c.children)
               for c in verb.children)
