"""A forecast endorsed or rejected in a clause of its own: "The minister says the bridge will
open in March. I don't believe that."; "The regulator expects prices to fall, and I expect that
too"; "The army insists the offensive will be over by Christmas. We agree." The clause holds
nothing but a first-person subject, a verb of holding a view (data/words_forecasts.tsv,
endorsing_verbs) and at most a pronoun pointing back ("it", "that", "that one"), with "too" or
a reason or a setting after it; it makes the forecast before it in the same paragraph, made in
another voice, a forecast of the endorser too, at the verb's reading ("believe" as "we believe",
"doubt" as "we doubt"; "agree" takes the claim at its own number; a negation flips it).

Not an endorsement: a verb with a clause of its own ("I believe the bridge will open" is an
opinion forecast, read by the rules), an object that is a noun ("I believe the minister"), a
forecast before it in the endorser's own voice, or one in another paragraph."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ... import lexicon, probability
from ..context import Context, Window
from .detection import Predicted
from .parts import forecaster_of

_POINTING = ("it", "that", "this", "so", "one")
_AFTER = ("too", "also", "either", "fully", "entirely")


W = lexicon.words


def _endorsing_clause(verb) -> bool:
    """A verb of holding a view with a first-person subject and no more than a pointing pronoun."""
    if _rightness(verb) is not None:
        return True     # round 18: "We fear she is right."
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in W("endorsing_verbs"):
        return False
    idiom = lexicon.mapping("endorsing_idioms").get(verb.lemma_.lower())
    after = " " + " ".join(t.lower_ for t in verb.subtree if t.i > verb.i) + " "
    if idiom is not None and not any(f" {words} " in after for words in idiom.split("|")):
        return False    # "I would take that at face value" endorses; "I would take that deal" does not
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subject) != 1 or subject[0].lower_ not in W("first_person") and not _others_doubt(verb, subject[0]):
        return False
    # a view held now: "I believe", "I don't believe", "I'd agree"; not "I have been buying"
    if verb.tag_ not in ("VBP", "VB") or any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do"
                                              and c.lower_ not in ("would", "'d") for c in verb.children):
        return False
    # an object pointing back, except for "agree", which takes none ("We agree."); "..., which we doubt"
    if verb.lemma_.lower() != "agree" and not any(c.dep_ in ("dobj", "advmod") and c.lower_ in _POINTING
                                                   for c in verb.children) and not _which_back(verb) \
            and _person_object(verb) is None:
        return False
    own = _own_start(verb).i
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.i < own:
            continue        # round 21: "X said she will go; we take her at her word": the clause before the semicolon
        if c.dep_ in ("ccomp", "xcomp", "attr", "oprd", "dative"):
            return False        # "I believe the bridge will open": a view of its own, not of the one before
        if c.dep_ == "dobj" and c.lower_ == "which" and _which_back(verb):
            continue
        if c.dep_ == "dobj" and c.lower_ in W("endorsed_persons") and _person_object(verb) is not None:
            continue
        if c.dep_ == "dobj" and not (c.lower_ in _POINTING or c.lower_ == "one" and any(
                d.lower_ in ("that", "this") for d in c.children)):
            return False        # "I believe the minister"
        if c.dep_ == "advmod" and c.lower_ not in _AFTER and c.lower_ not in ("not", "n't", "never"):
            return False
    return True


def _own_start(verb):
    """The first word of the verb's own clause: after a semicolon the parse hangs the clause before
    it on the verb ("The envoy says she will resign; we take her at her word")."""
    semis = [t.i for t in verb.subtree if t.text == ";" and t.i < verb.i]
    first = min((t.i for t in verb.subtree if not semis or t.i > max(semis)), default=verb.i)
    return verb.doc[first]


def _person_object(verb):
    """(round 21) "I believe him", "we take her at her word": the object a pronoun for a person
    (data: endorsed_persons), whom the clause believes; the caller asks that a forecast in another
    voice stands before it in the paragraph (the person's claim). Not "I believe the minister" (a
    noun names someone not pointed back to) and not a verb outside believing ("I told him")."""
    if verb.lemma_.lower() not in ("believe", "take"):
        return None
    person = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in W("endorsed_persons")), None)
    if person is None and verb.lemma_.lower() == "take":
        # (round 28) "The port board says it will hold the fees ...; we take it at its word": an
        # institution's "it" taken at "its word" is believed as a person is
        person = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it" and any(
            t.lower_ == "its" and t.head.lower_ == "word" for t in verb.subtree if t.i > c.i)), None)
    return person


def anothers_claim(claim: Predicted) -> bool:
    """(round 21) A claim told under a verb of saying or forecasting with a subject not in the first person ("She has
    told donors she will step down; we take her at her word"): another's forecast, even where the
    attribution gave the sentence to the writer or the speaker of the turn."""
    speech = set(lexicon.listed("forecast_reporting_verbs.txt")) | set(lexicon.speech_verbs()) \
        | set(lexicon.listed("forecast_estimative_verbs.txt"))      # "the bank projects that ..., and we agree"
    unit = claim.unit
    at = claim.cue[0] if claim.cue else claim.start
    return any(t.lemma_.lower() in speech and t.pos_ == "VERB" and unit.offsets(t)[0] < at and any(
        c.dep_ == "nsubj" and c.lower_ not in W("first_person") for c in t.children) for t in unit.span)


# --- round 18: a verdict on the forecaster, a third party's doubt, a doubt in a relative clause ---

def _rightness(verb) -> Optional[bool]:
    """"We fear she is right", "I suspect they are wrong": a first-person verb of opinion (data:
    rightness_verbs) over a clause that says only that a person (a pronoun) is right or wrong;
    True for right, False for wrong, None for anything else."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.mapping("rightness_verbs") or verb.tag_ not in ("VBP", "VB"):
        return None
    kids = list(verb.children)
    subject = [c for c in kids if c.dep_ == "nsubj"]
    if len(subject) != 1 or subject[0].lower_ not in W("first_person") or any(c.dep_ == "neg" for c in kids):
        return None
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or clause.lemma_ != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    who = [c for c in clause.children if c.dep_ == "nsubj"]
    verdict = [c for c in clause.children if c.dep_ == "acomp"]
    if len(who) != 1 or who[0].lower_ not in ("he", "she", "they") or len(verdict) != 1:
        return None
    if clause.right_edge.i > verdict[0].right_edge.i or any(c.dep_ == "prep" for c in verdict[0].children):
        return None     # "she is right about the price": a view of the present, not of the forecast
    word = verdict[0].lower_
    return True if word == "right" else False if word == "wrong" else None


def _others_doubt(verb, subject) -> bool:
    """"Brokers we spoke to doubt it", "Most traders doubt that": a named group's doubt of the claim
    before it (only "doubt", whose object points back; a noun subject, not a pronoun)."""
    return verb.lemma_.lower() == "doubt" and subject.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "dobj" and c.lower_ in _POINTING for c in verb.children)


def _which_back(verb) -> bool:
    """"..., which we doubt": a relative clause after a comma whose object points back to the clause."""
    return verb.dep_ == "relcl" and verb.i >= 2 and any(c.dep_ == "dobj" and c.lower_ == "which" and c.i < verb.i
                                                        and verb.doc[c.i - 1].text == "," for c in verb.children)


def _value(verb, claim: Predicted) -> Optional[tuple[float, float, float, str]]:
    right = _rightness(verb)
    if right is not None:
        entry = probability.lookup(lexicon.mapping("rightness_verbs")[verb.lemma_.lower()])
        if entry is None:
            return None
        p, low, high = entry.probability, entry.low, entry.high
        low, high = (low if low is not None else p), (high if high is not None else p)
        if right:       # endorsing the claim: the endorser's belief in it
            return p, low, high, entry.source
        return round(1 - p, 4), round(1 - high, 4), round(1 - low, 4), f"{entry.source}:negated"
    key = lexicon.mapping("endorsing_verbs").get(verb.lemma_.lower())
    if _person_object(verb) is not None:
        key = "="       # round 21: believing the forecaster is taking the claim at its own number
    if key == "=":      # "we agree": the claim at its own number
        if claim.probability is None:
            return None
        p, low, high = claim.probability, claim.probability_low, claim.probability_high
        scale = claim.scale or "est"
    else:
        entry = probability.lookup(key) if key else None
        if entry is None:
            return None
        p, low, high, scale = entry.probability, entry.low, entry.high, entry.source
    if any(c.dep_ == "neg" for c in verb.children):
        return round(1 - p, 4), round(1 - (high if high is not None else p), 4), \
            round(1 - (low if low is not None else p), 4), f"{scale}:negated"
    return p, low, high, scale


def endorsed(ctx: Context, window: Window, found: list[Predicted]) -> list[Predicted]:
    """The window's forecasts with each endorsement added after the forecast it endorses."""
    if not found:
        return found
    out = list(found)
    for unit in window.sentences:
        for verb in unit.span:
            if not _endorsing_clause(verb):
                continue
            start = unit.offsets(_own_start(verb))[0]
            end = unit.offsets(verb)[1]
            if _rightness(verb) is not None:
                end = unit.offsets(verb.right_edge)[1]
                if verb.right_edge.is_punct:
                    end = unit.offsets(verb.right_edge.doc[verb.right_edge.i - 1])[1]
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "advmod") and c.i > verb.i), None)
            if obj is not None:
                end = max(end, unit.offsets(obj.right_edge)[1])
            if _person_object(verb) is not None and verb.lemma_.lower() == "take":
                # "we take her [at her word]": the idiom is the phrase
                word = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
                if word is not None:
                    end = max(end, unit.offsets(word.right_edge)[1])
            # read already ("I doubt it" answering a question): a forecast's cue in the clause (its
            # extent may run over it: a weighted call's reaches its weight, a conjunct's the "and ...")
            if any(a < end and b > start for a, b in (p.cue or (p.start, p.end) for p in out)):
                continue
            before = [p for p in out if p.start < start and p.unit.line.number == unit.line.number]
            if not before:
                continue
            claim = max(before, key=lambda p: p.start)
            by = forecaster_of(ctx, unit, verb, window.attributed.get(unit.id))
            value = _value(verb, claim)
            if value is None or claim.by == by and not anothers_claim(claim):
                continue        # one's own forecast restated, or no reading
            p, low, high, scale = value
            phrase = ctx.document.text[start:end]
            # after the forecast it endorses (the output keeps the finders' order)
            out.insert(out.index(claim) + 1, replace(
                claim, unit=unit, by=by, start=start, end=end, phrase=phrase, cue=(start, end), probability=p,
                probability_low=low, probability_high=high, scale=scale, condition=None))
    return out
