"""Event triggers of a sentence: verbs and nouns of the 16 PLOVER types (vocabulary.py), with the
particle or object their pattern asks for, and the senses a lemma alone cannot tell apart:
a labour strike (PROTEST) from an air strike (ASSAULT), a diplomatic protest (ACCUSE) from one
in the street, a campaign rally from a protest, civilians fleeing from forces retreating, deaths
by violence from deaths by accident or illness, a body "found dead" with gunshot wounds (an
assault whose author is unknown).

A noun names an event of its own only when something anchors it (a party, a count, a place or a
date, or a verb that makes it happen: "held a protest", "a clash broke out"); a bare noun
("the recent attacks") refers back to an event told elsewhere, and a noun that is the object of
another trigger ("condemned the attack", "launched an offensive") is that trigger's theme.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from ... import lexicon
from ..syntax import words_of
from . import handover, side_readings
from .vocabulary import TriggerPattern, nonevent_complements, party_kind, triggers, word_class
from .factuality import is_cue

_HAPPEN_VERBS = {"hold", "stage", "take", "occur", "erupt", "break", "happen", "continue", "carry", "conduct", "launch",
                 "organize", "organise", "mount", "resume", "report", "record", "see", "witness", "begin", "start",
                 "follow", "end", "spark", "trigger", "cause", "leave", "lead", "result", "kill", "wound", "injure", "claim", "hit",
                 "grant", "give", "declare", "announce", "issue", "reach", "impose", "order", "stage", "call",
                 "perform", "do", "engage", "join", "form"}
_DIPLOMATIC = {"diplomatic", "formal", "official", "strong", "strongly-worded", "written"}
_COMPLAINT_VERBS = {"lodge", "file", "issue", "deliver", "send", "register", "submit", "hand"}
_CAMPAIGN = {"campaign", "election", "electoral", "supporter", "party", "birthday", "victory", "anniversary"}
_CASUALTY_LEMMAS = {"die", "death", "casualty", "wound", "injure"}
_MAYBE_NATURAL = {"die", "death", "casualty"}
_PURPOSE_CODES = {"REQUEST", "PROTEST", "ACCUSE", "REJECT"}
# What a party can refuse by saying it would not do it ('would not lift the ban', 'no talks would be
# held', 'would not hand over its weapons'): concessions and cooperation. A negated deployment or attack
# ('would not send troops') stays a negated event of its own type.
_REFUSABLE = {"CONCEDE", "RETREAT", "CONSULT", "AGREE", "COOPERATE", "AID"}


@dataclass
class Trigger:
    token: object                  # spaCy Token
    pattern: TriggerPattern
    particle: object = None        # the particle / preposition token the pattern asked for
    code: str = ""
    mode: Optional[str] = None

    def __post_init__(self):
        self.code = self.code or self.pattern.code
        self.mode = self.mode if self.mode is not None else self.pattern.mode


def find(span, context=frozenset()) -> list[Trigger]:
    """The triggers of a sentence (a spaCy Span), in text order, at most one per token.
    `context`: lower-cased words of the sentence's paragraph (a body 'found dead' in one sentence,
    'gunshot wounds' in the next)."""
    found = [t for t in _candidates(span) if t is not None]
    taken = {t.token.i for t in found}
    refusals = list(_stated_refusals(span))
    refused = {t.token.i for t in refusals}
    found = [t for t in found if not (t.token.i in refused and t.code in _REFUSABLE)]
    taken = {t.token.i for t in found}
    found += [t for t in refusals if t.token.i not in taken]
    found += [t for t in _quoted_characterisations(span) if t.token.i not in taken]
    taken = {t.token.i for t in found}
    found += [t for t in _stated_threats(span) if t.token.i not in taken]
    taken = {t.token.i for t in found}
    found += [Trigger(tok, TriggerPattern(code, pos, tok.lemma_.lower(), None, frozenset(), "construction", mode), None, code, mode)
              for tok, code, pos, mode in side_readings.more_triggers(span, _conditioned, _stated_future)
              if tok.i not in taken]   # rounds 28 and 29

    found.sort(key=lambda t: t.token.i)
    verbs = {t.token.i: t for t in found if t.pattern.pos == "verb"}
    enacted = _enacted(found, verbs)
    out = []
    for t in found:
        tok = t.token
        if tok.i in enacted.values():
            continue           # "approved a package of sanctions": the approval is the sanction
        if t.pattern.pos == "noun" and tok.i in enacted:
            pass               # "approved the deployment of 300 troops": the deployment is the event
        elif t.pattern.pos == "noun":
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in verbs and (
                    verbs[tok.head.i].code == t.code or not _told_here(tok)) and not (
                    t.code == "PROTEST" and verbs[tok.head.i].code in ("COERCE", "ASSAULT")):
                continue       # "condemned the attack", "launched an offensive": the verb's theme
                               # (a protest broken up or attacked took place)
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i in verbs and any(
                    c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in tok.head.head.children):
                continue       # "froze 80 million dollars in development cooperation": what the sum was
                               # for, the verb's theme (the parse hangs the 'in' phrase on the verb)
            if not _anchored(tok) or tok.lemma_.lower() in word_class("standing_noun") and not _made_here(tok):
                continue
            if _target_of_other(tok, found):
                continue       # "a raid on a settlement": the place attacked, no agreement
            if tok.lemma_.lower() in word_class("unit_noun") and _unit_as_party(tok, verbs, t.code):
                continue       # "a naval patrol detained eleven shrimp fishers": the unit that acts, no deployment
            if tok.lemma_.lower() in word_class("standing_noun") and _agreed_by(tok, verbs):
                continue       # "the 2019 truce signed in Oslo", "signed a truce": the signing is the event
        if _refused(tok, verbs):
            continue           # "refused to apologise": the refusal is the event
        if tok.head.i in verbs and verbs[tok.head.i].code == "CONCEDE" and tok.head.i != tok.i and (
                getattr(_permits(tok.head), "i", None) == tok.i):
            continue           # "allowed a Swiss consul to visit the sailor": the permission is the event, the visit its content
        if t.code == "COERCE" and _released_were_held(tok, verbs):
            continue           # "freed eight of the 20 students detained during the sit-in": who was freed, told by
                               # their arrest (told before); the release is the event
        if t.code == "COERCE" and _arms_seized(tok):
            continue           # "the police seized a pistol": a find of the operation, no act on anyone
        if t.code == "ASSAULT" and (_noise_made(tok) or _stormed_out(tok)):
            continue           # "protested by beating pots", "stormed out of the hall": no one was hit
        if t.pattern.pos == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in word_class(
                "descriptive_participle") and not any(c.dep_ == "agent" for c in tok.children):
            continue           # "militias allied with the army", "a journalist accused of spying", "people cut off
                               # by the fighting": a description of the noun, no act the sentence tells
        if t.pattern.pos == "verb" and tok.dep_ == "relcl" and tok.head.dep_ == "attr" and (
                tok.head.lemma_.lower() in lexicon.words("kind_nouns")) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.head.children):
            continue           # round 26: "he was not a man who fought wars": the kind of man he was, no act told
        if t.pattern.pos == "noun" and t.code == "COERCE" and tok.dep_ == "nsubj" and tok.head.i in verbs and (
                verbs[tok.head.i].code == "ASSAULT"):
            continue           # round 26: "the crackdown on protests killed hundreds": one happening, told by its killing
        if t.pattern.pos == "verb" and _participle_read_as_verb(tok):
            continue           # "a herder from X accused of theft was stoned by a crowd": the parser made the
                               # participle the root and the passive its sister; it describes the man (round 21)
        if t.code == "SUPPORT" and t.pattern.pos == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBN" and (
                tok.head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "agent" for c in tok.children)):
            continue           # "the army, backed by allied militia, retook the town": the acting side's
                               # allies, named with it, no act of support of their own here (the gold sets code the
                               # act, with the backers at most among its actors)
        if t.pattern.pos == "verb" and tok.dep_ == "acl" and tok.lemma_.lower() in lexicon.words("attribution_verbs") and (
                ("noun", tok.head.lemma_.lower()) in triggers()):
            continue           # "a blast blamed on the rebels": names the blast's author, no accusation
        out.append(t)
    return _with_violent_context(out, span, context)


def _agreed_by(noun, verbs) -> bool:
    """Is the agreement noun what an AGREE trigger verb makes: its object or passive subject
    ('signed a truce', 'a ceasefire was agreed') or the noun its participle describes ('the truce
    signed in Oslo')? The agreement is then told once, by that verb."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in verbs and verbs[noun.head.i].code == "AGREE":
        return True
    return any(c.dep_ in ("acl", "relcl") and c.i in verbs and verbs[c.i].code == "AGREE" for c in noun.children)


def _enacted(found, verbs) -> dict[int, int]:
    """'the senate approved the deployment of 300 troops', 'ministers adopted a package of
    sanctions': an approval whose object (or the object's 'of' noun) is an event noun of another
    type enacts that event; the event noun is what happened, the approval no event beside it.
    Returns {noun token index: approving verb token index}."""
    out = {}
    approvals = lexicon.words("approval_verbs")
    for t in found:
        tok = t.token
        if t.pattern.pos != "noun":
            continue
        holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        verb = holder.head
        if holder.dep_ in ("dobj", "nsubjpass") and verb.i in verbs and verb.lemma_.lower() in approvals and (
                verbs[verb.i].code != t.code):
            out[tok.i] = verb.i
    return out


_MAKING_VERBS = {"sign", "reach", "agree", "broker", "seal", "conclude", "strike", "announce", "declare", "take", "hold",
                 "begin", "start", "open", "resume", "convene", "host", "negotiate", "hammer", "forge", "form", "ink",
                 "attend", "chair", "end", "extend", "renew", "restore", "revive", "impose", "reimpose", "re-impose", "enact", "order",
                 "deepen", "strengthen", "expand"}


def _made_here(noun) -> bool:
    """A treaty, truce, alliance or meeting is a standing thing that sentences mostly mention
    ('the Doha truce', 'withdrew from a treaty', 'a security council meeting'); it is an event
    here only when the sentence makes, holds or breaks it ('signed a treaty', 'talks were held',
    'a truce that took effect on Monday')."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj") and noun.head.lemma_.lower() in _MAKING_VERBS:
        return True
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in _MAKING_VERBS | {"agree"}:
        return True                   # "agreed on a ceasefire", "took part in talks"
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "nsubjpass") and noun.head.head.lemma_.lower() in _MAKING_VERBS:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.lemma_.lower() in _MAKING_VERBS | {"sign"}
               for c in noun.children) or any(c.dep_ == "nummod" for c in noun.children)


def _target_of_other(noun, found) -> bool:
    """Is the noun the object of "on"/"against" after another trigger ('a raid on a
    settlement', 'fired on the march')? Then it names what was hit, not an event of its own."""
    head = noun.head
    return (noun.dep_ == "pobj" and head.lower_ in ("on", "against") and
            any(t.token.i == head.head.i for t in found))


def _released_were_held(token, verbs) -> bool:
    """A past participle of custody ('arrested', 'detained') describing the people a release verb
    frees ('freed eight of the 20 students detained during the sit-in', 'released the men held on
    Monday'): the participle names them; the arrest is not a second act here."""
    if token.tag_ != "VBN" or token.dep_ != "acl":
        return False
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head           # "eight of the 20 students detained"
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in verbs and verbs[noun.head.i].code in ("CONCEDE", "RETREAT") and (
        verbs[noun.head.i].token.lemma_.lower() in lexicon.words("release_verbs"))


def _held_still(noun) -> bool:
    """'three remain in custody', 'he is still in detention': a noun of custody after 'in'
    on a verb of staying tells a state, not an act of detaining."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ("remain", "stay", "be", "sit", "languish")


def _unit_as_party(noun, verbs, code: str) -> bool:
    """'a naval patrol detained eleven shrimp fishers', 'intercepted by a coastguard patrol', 'turned back
    the other side's patrols', 'fired on a patrol': a noun that names a deployment and the unit
    deployed (data/event_word_classes.tsv unit_noun) is the unit when another act's trigger has it
    as its subject, agent or object; 'stepped up patrols' keeps the deployment."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.i in verbs and verbs[head.i].code != code:
        return True
    return noun.dep_ == "pobj" and (head.lower_ in ("on", "against", "at", "by") or head.lower_ in lexicon.words("beside_preps")) and (
        head.head.i in verbs and verbs[head.head.i].code != code)   # round 26: "a device detonated beside a police patrol"


def _told_here(noun) -> bool:
    """'condemned the attack on the home of a candidate in Nongoma that left one dead': an event
    the sentence itself tells (its place, its toll, a clause of its own), not one told elsewhere."""
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and child.pos_ == "VERB":
            return True
        if child.dep_ == "nummod":
            return True
    if any(t.lemma_.lower() in ("dead", "kill", "wound", "injure") for t in noun.subtree if t.i != noun.i):
        return True                 # "the raid on a farmhouse that left two dead"
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "at", "outside")
               for t in noun.subtree)


def _refused(token, verbs) -> bool:
    head = verbs.get(token.head.i)
    return token.dep_ == "xcomp" and head is not None and head.code == "REJECT"


def _lemmas(token) -> list[str]:
    """The token's lemma, and the de-inflected word where the lemmatizer stumbles ('staged' ->
    'stag')."""
    return list(_forms(token.lemma_.lower(), token.lower_))


@lru_cache(maxsize=4096)
def _forms(lemma: str, word: str) -> tuple[str, ...]:
    # asked of every noun and verb of every sentence: the same words come back (bounded cache)
    out = [lemma]
    for suffix, repl in (("took", "take"), ("taken", "take")):
        if word.endswith(suffix) and len(word) > len(suffix):
            out.append(word[: len(word) - len(suffix)] + repl)   # "retook", "retaken": a prefixed irregular verb
                                                                  # the lemmatizer leaves as it is
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            candidate = word[: len(word) - len(suffix)] + repl
            if candidate not in out:
                out.append(candidate)
    return tuple(out)


@lru_cache(maxsize=1)
def _known_words() -> frozenset:
    """Every trigger lemma, and each hyphenated one's last part: a token that cannot start a
    trigger is passed over at once."""
    out = set()
    for _pos, lemma in triggers():
        out.add(lemma)
        out.add(lemma.rsplit("-", 1)[-1])
    return frozenset(out)


def _candidates(span) -> Iterator[Optional[Trigger]]:
    lexicon = triggers()
    known = _known_words()
    doc = span.doc
    for token in span:
        tag = token.pos_
        if tag not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        # a word that cannot start a trigger is passed over before its tag is looked into
        lemma0, lower = token.lemma_.lower(), token.lower_
        if lower in ("aide", "aides"):
            continue           # "their aides spoke of a breakthrough": people, not aid (lemmatised 'aid')
        if lemma0 not in known and not any(l in known for l in _forms(lemma0, lower)[1:]):
            continue
        infinitive = tag == "ADJ" and _after_infinitive_to(token)
        if infinitive:
            tag = "VERB"       # "forced to shame-facedly beg China": the tagger's adjective is a verb
        if tag == "ADJ" and token.dep_ == "conj" and token.head.pos_ == "VERB" and lower.endswith("ed"):
            tag = "VERB"       # "was caught and almost lynched": a participle joined to a verb, tagged an adjective
        if tag not in ("VERB", "NOUN", "PROPN"):
            continue
        pos = "verb" if tag == "VERB" else "noun" if token.tag_ != "NNP" else None
        if token.lower_ in ("clash", "clashes", "strike", "strikes", "attack", "attacks") and tag == "PROPN":
            pos = "noun"       # sentence-initial capitals the tagger took for names
        if pos is None:
            continue
        lemmas = _lemmas(token)
        if token.i > span.start + 1 and doc[token.i - 1].text in ("-", "‐", "–"):
            compound = f"{token.nbor(-2).lower_}-{lemmas[0]}"
            if ("verb", compound) in lexicon or ("noun", compound) in lexicon:
                pos = pos if (pos, compound) in lexicon else ("verb" if ("verb", compound) in lexicon else "noun")
                lemmas = [compound]
            elif token.dep_ in ("amod", "compound") or pos == "noun":
                continue       # "Iran-backed", "Panama-flagged": a description, not an event
        relexed = lemmas[0].startswith("re-") and token.tag_ in ("VBD", "VBN")   # "re-captured": the tagger's adjective
        if pos == "noun" and token.dep_ == "compound" and lemmas[0] not in ("protest", "strike"):
            continue           # "strike weapons", "escalation spiral": a modifier
        if pos == "verb" and token.dep_ == "amod" and token.i < token.head.i and not infinitive and token.tag_ != "VBD" and not relexed:
            continue           # "a sanctioned tanker", "the besieged city": a description
        lemma = next((l for l in lemmas if (pos, l) in lexicon), None)
        if lemma is None:
            continue
        for pattern in lexicon[(pos, lemma)]:
            trigger = _match(token, pattern)
            if trigger is not None:
                yield trigger
                break


STATED_REFUSAL = "stated_refusal"     # TriggerPattern.requires of a refusal told as a negated 'would'
_REFUSAL = TriggerPattern("REJECT", "verb", "refuse", None, frozenset(), STATED_REFUSAL, None)
_SPEECH_VERBS = lexicon.words("refusal_speech_verbs")
_NO_ACT_VERBS = lexicon.words("refusal_non_acts")


def _stated_refusals(span) -> Iterator[Trigger]:
    """'the spokesman said the executive would not reverse the price rise', 'said it would not
    return to talks', 'said it would never negotiate with X': a party saying it would not do what
    it is asked or expected to is a refusal (PLOVER REJECT), though no refusal verb is used. Only a
    reported 'would not' with its own subject, in the content of a speech verb; never a verb that
    is itself a trigger ('would not send troops': a negated deployment), a passive ('would not be
    lectured') or 'will not' (a prediction as often as a refusal)."""
    for token in span:
        if stated_refusal(token):
            if _stays_passive(token) and _conditioned(token):
                # round 26: 'said Belgrade "would not stand by" if more Serbs were arrested': a warning of its response
                yield Trigger(token, _THREAT, None, "THREATEN", None)
                continue
            yield Trigger(token, _REFUSAL, None, "REJECT", None)


def _stays_passive(token) -> bool:
    """'stand by', 'sit idly by', 'remain silent': a verb of staying passive (word sets `inaction_verbs`,
    `inaction_words`)."""
    return token.lemma_.lower() in lexicon.words("inaction_verbs") and any(
        c.lower_ in lexicon.words("inaction_words") for c in token.children)


_THREAT = TriggerPattern("THREATEN", "verb", "say", None, frozenset(), "stated_threat", None)
_FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _stated_threats(span) -> Iterator[Trigger]:
    """'guard leaders said they would "burn the offices down" if the council certified the vote',
    'the trade office said Norland would block Ostria's bid "for as long as the embargo lasts"': a party
    saying it would use force or a sanction on a condition threatens (PLOVER THREATEN), though no
    verb of threat is used. Only a 'would'/'will' clause in the content of a speech verb, with its
    own subject, not negated, whose verb is a trigger of force or sanction (data/plover_triggers.tsv)
    or a measure against a party (data/words_events.tsv threatened_acts: block, veto, cut ...), set on a condition ('if', 'unless', 'as long as'). The act itself stays unasserted."""
    for token in span:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _SPEECH_VERBS:
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp" or not (_stated_future(clause) or _passive_for_anyone(clause)):
                continue
            codes = {p.code for p in triggers().get(("verb", clause.lemma_.lower()), ())}
            if (codes & _FORCEFUL or clause.lemma_.lower() in lexicon.words("threatened_acts")) and _conditioned(clause):
                yield Trigger(token, _THREAT, None, "THREATEN", None)
                break


def _passive_for_anyone(clause) -> bool:
    """Round 27: 'said that anyone who marches without a permit "will be arrested"': a passive 'will' / 'would' clause on
    anyone who does a thing; the speaker's side is its unnamed agent."""
    kids = list(clause.children)
    return (clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "neg" for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "’ll") for c in kids) and _conditioned(clause))


def _conditioned(clause) -> bool:
    """Is the clause set on a condition: an 'if' or 'unless' clause, or 'as long as'? Or (round 27) on anyone who does a
    thing ('said that anyone who marches without a permit "will be arrested"')?"""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (subject.lower_ in ("anyone", "anybody", "whoever") or any(
            g.dep_ == "det" and g.lower_ == "any" for g in subject.children)) and any(c.dep_ == "relcl" or c.dep_ == "acl" for c in subject.children):
        return True
    doc = clause.doc
    for t in clause.subtree:
        if t.dep_ == "mark" and t.lower_ in ("if", "unless"):
            return True
        if t.lower_ == "long" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].lower_ == "as" and doc[t.i + 1].lower_ == "as":
            return True
    return False


_CHARACTERISATION = TriggerPattern("ACCUSE", "verb", "call", None, frozenset(), None, None)
_DISMISSAL = TriggerPattern("REJECT", "verb", "dismiss", None, frozenset(), None, None)


def _quoted_characterisations(span) -> Iterator[Trigger]:
    """'the minister called the measures "unjustified and brutal"', 'which Vell called "a flagrant
    violation"', 'branded the vote "a farce"': a party naming another's act or text with a quoted
    term of blame accuses it (PLOVER ACCUSE: denounce, criticise); 'dismissed the step as
    "blackmail"' rejects it, and so does a label on another's charge ('called the allegations
    "unfounded"'). Praise (data words_events.tsv praise_words) told outright by a party is
    support ('called the result "a victory"'); praise in a description is nothing ('what it
    called a "principled position"'). Never the manner of a speech act already told ('rejected the
    offer, calling it "an insult"', 'condemned what he called ...': characterisation_heads), never
    an analyst's description."""
    if words_of(span).isdisjoint(lexicon.words("naming_verbs")):
        return          # no naming verb in the sentence: not walked
    for token in span:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in lexicon.words("naming_verbs"):
            continue
        quoted = _quote_after(token)
        if quoted is None:
            continue
        if lemma == "dismiss" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            continue
        if any(c.dep_ in ("dobj", "nsubj") and c.lower_ in ("itself", "themselves", "himself", "herself") for c in token.children):
            continue                    # "a collective calling itself 'X'": a name, no blame
        if any(c.dep_ in ("prt", "prep") and c.i == token.i + 1 and c.lower_ in ("for", "on", "upon", "off", "up", "in", "out")
               for c in token.children):
            continue                    # "called for", "called on", "called off": another act
        praised = bool({w.lower_ for w in quoted} & lexicon.words("praise_words"))
        if praised and not _told_outright(token):
            continue                    # 'what it called a "principled position"', 'calling it "a step"': a description
        if token.dep_ in ("conj", "advcl", "relcl", "ccomp", "xcomp") and (
                token.head.lemma_.lower() in lexicon.words("characterisation_heads")) or side_readings.label_of_a_request(token):
            continue
        if any(c.lower_ == "what" and c.i < token.i for c in token.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it", "they", "we") for c in token.children):
            continue                    # 'the essayist opens what she calls "the first round"', 'a feud over
                                        # what it calls its "ancestral right" to the valley': the actor's own
                                        # name for its own act or claim, no blame laid on another
        if token.dep_ == "pcomp" and any(c.lower_ == "what" and c.i < token.i for c in token.children):
            continue                    # 'rallied against what organisers called "collective suspicion"', 'part
                                        # of what one paper called "a bargain"': a free relative under a
                                        # preposition names the thing the sentence tells of, no act of blame
        if any(c.dep_ == "conj" and c.lemma_.lower() in lexicon.words("characterisation_heads") for c in token.children):
            continue                    # 'calling it payback ... and accusing the army of ...': one accusation,
                                        # told by the verb joined to the label (as 'accused ..., calling it ...')
        if token.tag_ == "VBG" and (token.dep_ == "acl" and token.head.lemma_.lower() in lexicon.words("unnamed_people") or any(
                c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words("unnamed_people") for c in token.children)):
            continue                    # round 26: 'the people calling this "a coup" are shouting': who they are, no
                                        # party's act of blame
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in lexicon.words("commentator_nouns"):
            continue
        if side_readings.naming_habit(token):
            continue                    # round 29: 'Locals call the boundary "the line that eats people"'
        if subject is not None and subject.lemma_.lower() in lexicon.words("sport_speakers"):
            continue                    # 'the coach called the derby "a war"': a sports page's label
        if praised:
            # 'the visiting premier called the referendum "a victory for democracy"': a party's
            # own verdict of praise on another's act, told as its act (PLOVER SUPPORT: praise, endorse)
            if subject is not None:
                yield Trigger(token, _PRAISE, None, "SUPPORT", None)
            continue
        if lemma == "dismiss" or _names_an_allegation(token):
            # 'called the allegations "completely unfounded"': the label answers a charge made against
            # the speaker, so it denies it (REJECT), as 'dismissed the claim as "fantasy"' does
            yield Trigger(token, _DISMISSAL, None, "REJECT", None)
            continue
        yield Trigger(token, _CHARACTERISATION, None, "ACCUSE", None)


_PRAISE = TriggerPattern("SUPPORT", "verb", "call", None, frozenset(), None, None)


def _told_outright(token) -> bool:
    """Is the naming verb the clause's own finite verb ('X called the result ...'), not a participle
    or relative clause describing something else ('calling it ...', 'what it called ...')?"""
    return token.dep_ in ("ROOT", "conj") and token.tag_ in ("VBD", "VBZ", "VBP")


def _names_an_allegation(token) -> bool:
    """Does the naming verb's object name a charge made by another party ('the allegations', 'these
    claims'; word class `allegation_nouns`)?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("allegation_nouns") for c in token.children)


def _names_with_label(token) -> bool:
    """'calls the mayor a coward', 'called the town "a second Srebrenica"': the verb's object is
    followed by the name it is given (a predicate noun, or quoted words right after the object),
    so 'call' names, it does not telephone."""
    if any(c.dep_ == "oprd" and c.lower_ not in lexicon.words("reflexive_pronouns") for c in token.children):
        return True            # (round 28: 'I called the colonel myself': an emphatic pronoun, no name given)
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    after = obj.right_edge.i + 1
    return after < token.sent.end and token.doc[after].text in ('"', "“")


def _quote_after(token):
    """The quoted words that open within five tokens after `token` (in its sentence), or None."""
    sent = token.sent
    marks = ('"', "“", "”")
    for i in range(token.i + 1, min(token.i + 7, sent.end)):
        if token.doc[i].text in marks[:2] and token.doc[i].text != "”":
            end = next((j for j in range(i + 1, sent.end) if token.doc[j].text in marks), None)
            return token.doc[i + 1:end] if end is not None and end > i + 1 else None
    return None


def stated_refusal(token) -> bool:
    """Is `token` the verb of a stated refusal (see _stated_refusals)? Its event is as factual as
    the saying: the negation is the refusal's content, not a denial that it happened."""
    if token.pos_ != "VERB":
        return False
    clause = token
    if token.dep_ == "conj" and token.head.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children):
        clause = token.head             # "said the community is at war with no one but would not hand over its weapons"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEECH_VERBS:
        return False
    if token.lemma_.lower() in _NO_ACT_VERBS:
        return False
    kids = list(token.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        # "said no talks would be held while ...": a passive whose subject is an event noun of what
        # is refused, with 'no' (the speaker refuses it)
        passive_subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        return (passive_subject is not None and any(c.dep_ == "aux" and c.lower_ == "would" for c in kids)
                and any(g.dep_ == "det" and g.lower_ == "no" for g in passive_subject.children)
                and any(p.code in _REFUSABLE for p in triggers().get(("noun", passive_subject.lemma_.lower()), ())))
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is None and clause is not token:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) or subject is None:
        return False
    if not (subject.lower_ in ("it", "we", "he", "she", "they", "i") or party_kind(subject.lemma_) is not None
            or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
        return False                    # "analysts said the deal would not last": a forecast, no one refuses
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" for c in kids)


def _after_infinitive_to(token) -> bool:
    """'to beg', 'to shame-facedly beg': the word after an infinitive 'to' and any adverbs."""
    i = token.i - 1
    doc = token.doc
    while i >= token.sent.start and (doc[i].pos_ == "ADV" or doc[i].tag_ == "HYPH" or doc[i].dep_ == "npadvmod"):
        i -= 1
    return i >= token.sent.start and doc[i].lower_ == "to"


def _match(token, pattern: TriggerPattern) -> Optional[Trigger]:
    particle = None
    if pattern.particle:
        particle = _particle(token, pattern.particle)
        if particle is None:
            return None
    if particle is not None and particle.dep_ == "prep" and particle.lower_ == "in" and not pattern.objects and any(
            c.dep_ == "dobj" and c.i < particle.i for c in token.children):
        return None            # "gave first aid to the injured in the square": 'give in' (yield) takes no object; this
                               # 'in' is the place of the act
    if _unfit_round22(token, pattern, particle) or _unfit_round23(token, pattern, particle):
        return None
    if side_readings.unfit(token, pattern, particle):
        return None            # rounds 28-29: a record's topic, the document's frame, a defence told by the attack, a
                               # medium, the chair giving the floor, a stage direction, an assessed outlook, ...
    if pattern.requires == "party" and not _has_party_object(token):
        return None
    if pattern.requires in ("purpose", "purpose_clause") and not _has_purpose(token, clause_only=pattern.requires == "purpose_clause"):
        return None
    if pattern.requires == "conditional_consequence" and not _warns_of_consequence(token):
        return None
    if pattern.requires == "stated_future" and not _stated_future(token):
        return None
    if pattern.requires == "sanction_listed" and not _sanction_listed(particle):
        return None
    if pattern.requires == "permitted_act" and _permits(token) is None:
        return None
    if pattern.requires == "offered_service" and not _offers_service(token):
        return None
    if pattern.code == "THREATEN" and pattern.lemma == "give" and any(
            t.pos_ == "VERB" and t.lemma_.lower() in ("leave", "quit", "depart", "exit") for t in token.subtree if t.i > token.i):
        return None            # "expelled two attachés and gave them a week to depart": the expulsion's term
    if pattern.objects and not (_object_lemmas(token, particle) & pattern.objects):
        return None
    if pattern.pos == "noun" and _described(token):
        return None
    if pattern.pos == "noun" and token.dep_ == "pobj" and token.head.lower_ in ("for", "of") and (
            token.head.head.lemma_.lower() in word_class("offence_frame")):
        return None            # "a complaint for theft", "an indictment for arson": the offence alleged, no act told
    if pattern.pos == "noun" and _on_whose_word(token):
        return None            # round 26: "met at the request of Serbia": on whose word the act told was done
    if pattern.pos == "noun" and pattern.lemma == "call" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lexicon.words("call_kind_compounds") for c in token.children):
        return None            # round 26: "granted it a port call", "a courtesy call": a visit, no appeal
    if pattern.pos == "noun" and token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.words("record_verbs") and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children) and not any(
            c.dep_ in ("prep", "acl", "relcl", "nummod") for c in token.children):
        return None            # round 26: "an NGO that had documented the Kirundo killings": the record's topic, told
                               # elsewhere ("documented the killing of two men by a crowd in X" tells it here)
    if pattern.pos == "noun" and _forbidden(token):
        return None            # "banned all rallies and marches": what is forbidden did not happen
    if pattern.pos == "noun" and pattern.lemma == "release" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("press", "news") for c in token.children):
        return None            # "handed out a press release at noon": a document, no one released
    if pattern.code == "AID" and pattern.lemma in lexicon.words("covert_backing_verbs") and _alleged_backing(token):
        return None            # round 24: 'accused traders of arming the insurgents': the charge, no aid given
    code, mode = pattern.code, pattern.mode
    lemma = pattern.lemma
    if lemma == "strike" and pattern.pos == "noun" and _sporting(token):
        return None            # "a late strike from the midfielder"
    if lemma == "strike" and code == "SANCTION":
        pass                   # "struck two candidates off the ballot": a disqualification, no blow and no stoppage
    elif lemma == "strike":
        code, mode = ("PROTEST", "strike-lim") if _labour_strike(token) else ("ASSAULT", _strike_mode(token))
        if code == "ASSAULT" and pattern.pos == "verb" and _accidental_cause(token):
            return None        # "an earthquake struck the region": a disaster, decided after the strike's sense
    elif code == "PROTEST" and pattern.pos == "noun" and lemma == "protest" and _diplomatic(token):
        code, mode = "ACCUSE", None
    elif code == "PROTEST" and lemma in ("rally", "march") and _campaign(token):
        return None
    elif code == "PROTEST" and pattern.pos == "verb" and lemma == "protest" and _diplomatic_protest(token):
        code, mode = "ACCUSE", None
    elif code == "SUPPORT" and lemma in ("thank", "welcome") and _courtesy(token):
        return None
    elif code in ("SANCTION", "COERCE") and lemma in ("close", "shut") and token.tag_ == "VBN" and not any(
            c.dep_ == "agent" for c in token.children) and (token.dep_ == "relcl" or any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)):
        return None            # "crossings that have been closed since the floods", "the weeks the building was
                               # closed for repairs": a state, no act the sentence tells
    elif code == "ASSAULT" and lemma == "go" and particle is not None and (
            any(c.dep_ == "pobj" for c in particle.children) or particle.i + 1 < len(token.doc) and token.doc[particle.i + 1].lower_ in (
                "the", "course", "script", "track")):
        return None            # "an operation that has gone off the rails": no blast
    elif code == "COERCE" and lemma in ("stop", "evict", "load") and (token.tag_ == "VBG" and token.dep_ in ("acl", "advcl") or not _by_state_or_agent(token)):
        return None            # "held a sit-in on the bridge, stopping lorries ...", "angry tenants evicted the agents":
                               # a crowd's act is part of its protest; only a state's organs coerce here (round 27:
                               # "soldiers loaded a neighbour onto a truck"; volunteers loading families onto buses do not)
    elif code == "COERCE" and lemma == "stop" and token.dep_ == "xcomp" and token.head.lemma_.lower() in ("try", "attempt", "seek"):
        return None            # "a guard who tried to stop the men from entering": an attempt
    elif code == "CONCEDE" and lemma == "hand" and not handover.people_handed(token):
        return None            # "handed over the keys": only people handed over are released or transferred
    elif code == "COOPERATE" and lemma == "hand" and not handover.transfer_with_giver(token):
        return None            # "handed him a letter", "handed the children to their aunt": no transfer between authorities;
                               # "the migrants were handed on to the coastguard": within one state, no giver named
    elif code in ("AID", "RETREAT", "CONCEDE") and lemma == "hand" and (
            handover.people_handed(token) or code == "RETREAT" and handover.goods_between_authorities(token)):
        # "the hostages were handed over to the Red Cross": a release (CONCEDE); "police handed over to
        # Greece a man wanted for ...": one state's organs transferring a suspect to another (COOPERATE)
        code, mode = handover.hand_over_code(token)
    elif code == "ASSAULT" and lemma == "launch" and _object_lemmas(token) & lexicon.words("rescue_operations"):
        code, mode = "MOBILIZE", None  # "launched a rescue operation": forces sent out to find people, no one attacked
    elif code == "COERCE" and pattern.pos == "noun" and _held_still(token):
        return None            # "three remain in custody": a state, not the act of detaining them
    elif code == "PROTEST" and lemma == "walk" and particle is not None and any(
            g.dep_ == "pobj" and _is_accord(g) for c in (token, particle) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children):
        return None            # "the militia walked out of the ceasefire accord": a pact left, no walkout
    elif code == "RETREAT" and lemma in ("leave", "depart", "quit", "exit") and token.dep_ in ("relcl", "acl", "xcomp") and (
            token.head.lemma_.lower() in ("hour", "day", "week", "month") and token.head.head.lemma_.lower() == "give"):
        return None            # "expelled an attaché and gave him two days to go": the expulsion's term, no pull-back
    elif code == "PROTEST" and lemma == "walk" and particle is not None and any(
            g.dep_ == "pobj" and g.lemma_.lower() in word_class("custody_place") for c in (token, particle)
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
        return None            # "the freed men walked out of the central prison": leaving custody, no walkout
    elif code == "COERCE" and lemma in ("intercept", "turn") and _by_armed_men(token):
        return None            # "masked gunmen intercepted a councillor's pickup and shot him": the ambush's first move
    elif code == "COOPERATE" and lemma in ("send", "transfer", "receive") and not handover.transfer_between_states(token):
        return None            # "sent the prisoners to a jail in the north": moved within the state, no transfer to another;
                               # round 27: only a state's force receives people handed across ("police received 96 nationals")
    elif code == "CONSULT" and lemma in ("send", "hand") and _object_lemmas(token) & _SOLIDARITY:
        code, mode = "SUPPORT", None   # "sent letters of solidarity to the striking nurses": what the letter says is the act
    elif code == "RETREAT" and lemma == "evacuate" and _evacuates_others(token):
        code, mode = "AID", None       # "blue helmets evacuated sixty medical staff": people taken to safety by another party
    elif code == "RETREAT" and lemma in ("free", "release", "rescue") and _rescued_by_force(token):
        return None            # "commandos freed two captives from a forest camp": a rescue by force, no
                               # release by the captors (the fighting is the act told)
    elif code == "REQUEST" and lemma == "want" and not any(
            c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and not any(g.dep_ in ("aux", "auxpass", "mark") for g in c.children) for c in token.children):
        return None            # only "want the police chief dismissed", "want the killers arrested": a demand; "want
                               # talks", "wanted to leave" are wishes
    elif code == "MOBILIZE" and lemma in ("deploy", "send", "dispatch") and _posts_relief(token):
        code, mode = "AID", None       # "the agency deployed two mobile clinics", "sent medical teams for the wounded":
                                       # relief workers sent to people in need, no forces (round 21 of issue 13)
    elif code == "MOBILIZE" and lemma == "deploy" and _posts_civilians(token):
        return None            # "posted 60 monitors across the provinces": a civilian mission, no forces
    elif code == "AID" and lemma == "shelter" and (token.dep_ in ("acl", "relcl", "amod") or not any(
            c.dep_ in ("dobj", "nsubjpass") for c in token.children)):
        return None            # "families sheltering with kin": where they stay, no one sheltered them; "a church
                               # sheltering the homeless": the place described, no agency's act
    elif code == "COERCE" and lemma == "clear" and _object_lemmas(token) & lexicon.words("cleared_places") and not (
            _by_state(token) or any(c.dep_ == "agent" for c in token.children) and _by_state_or_agent(token)):
        return None            # "farmers cleared the track of fallen trees": only a state's forces clearing a road disperse
    elif code == "REQUEST" and pattern.pos == "noun" and token.dep_ == "dobj" and any(
            p.code == "THREATEN" and lemma in p.objects for p in triggers().get(("verb", token.head.lemma_.lower()), ())):
        return None            # "gave the garrison an ultimatum": the verb's threat row tells the act once (round 21)
    elif code == "REQUEST" and lemma == "summon" and any(
            t.lemma_.lower() in word_class("diplomatic_person") for t in token.doc[token.i + 1:min(token.i + 6, token.sent.end)]):
        code, mode = "ACCUSE", None    # "summoned Guatemala's ambassador, and the army sent ...": a diplomat the parse
                                       # hung elsewhere is still the one summoned (the protest of the diplomat row)
    elif code == "COOPERATE" and lemma == "escort" and token.dep_ in ("acl", "amod"):
        return None            # "ambushed a supply convoy escorted by militia": the convoy described, the ambush is the act
    elif code == "COERCE" and lemma == "catch" and (particle is not None or any(c.dep_ == "prt" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ == "in" for c in token.children) and any(c.dep_ == "nsubjpass" for c in token.children) and not any(
            c.dep_ == "agent" for c in token.children)):
        return None            # "civilians caught in the crossfire", "caught up in the fighting": where they were, no arrest
    elif code == "COERCE" and lemma == "catch" and any(c.dep_ == "nsubjpass" and any(
            g.dep_ == "det" and g.lower_ in ("the", "these", "those") for g in c.children) for c in token.children):
        return None            # "the men were caught carrying a stolen phone": people told arrested before, what
                               # they held when caught; no new arrest
    elif code == "CONCEDE" and lemma == "concede" and any(c.dep_ in ("ccomp", "parataxis") for c in token.children):
        return None            # "no rifles had been handed in, he conceded", "conceded that the count was late": a verb
                               # of saying (admitting), no concession; "conceded defeat" stays (round 21 of issue 13)
    elif code == "COERCE" and lemma == "clear" and _object_lemmas(token) & lexicon.words("obstruction_nouns") and _by_crowd(token):
        code, mode = "CONCEDE", None   # "residents cleared the barricades after the tanker came": protesters lifting their
                                       # own blockade concede (as 'lifted the blockade'); police clearing them disperse (round 21)
    elif code == "CONSULT" and lemma == "call" and _object_lemmas(token) & _PROTEST_NOUNS:
        return None            # "the movement that called the march": a protest called, no phone call
    elif code == "CONSULT" and lemma == "call" and pattern.pos == "verb" and _names_with_label(token):
        return None            # 'the weekly calls the mayor "a coward"': a name given, no phone call
    elif code == "CONSULT" and lemma in ("hand", "deliver") and (token.dep_ in ("advcl", "xcomp") or token.dep_ == "conj" and _protest_note(token)) and (
            token.head.lemma_.lower() in word_class("diplomatic_act")):
        return None            # "summoned the envoy to hand him a note of protest": the summons' purpose, told by it;
                               # "summoned the chargé and passed her a protest note": the summons' complaint, told by it
    elif code == "SANCTION" and lemma == "suspend" and _suspends_its_own(token):
        return None            # "the bourse suspended trading until noon", "the airport suspended all flights":
                               # a party pausing its own work, no measure against another
    elif code == "CONSULT" and lemma == "visit" and _visits_a_place(token):
        return None            # "the minister visited the hospital", "on a visit to a field clinic": a place seen, no one consulted
    elif code == "REQUEST" and lemma == "call" and particle is not None and _object_lemmas(token, particle) & _CHANNELS:
        return None            # "a march called on social media": where it was called, no appeal to anyone
    elif code == "AID" and lemma == "fund" and _funding_level(token):
        return None            # "the winter plan is 30 per cent funded": how far an appeal is met, no act of giving
    elif code == "AID" and lemma == "arm" and pattern.pos == "verb" and not any(
            c.dep_ in ("dobj", "agent", "dative") or c.dep_ == "prep" and c.lower_ in ("by", "with") for c in token.children):
        return None            # "its police, though well armed": a description, no one armed them here
    elif code == "COERCE" and lemma == "extend" and _object_lemmas(token) & {"ban"} and _trade_ban(token):
        code, mode = "SANCTION", None   # "extended its ban on imports from X": a trade sanction
    elif code == "REQUEST" and lemma == "order" and _deploys(token):
        code, mode = "MOBILIZE", None
    elif code == "REQUEST" and lemma == "order" and _ordered_out(token) and _has_party_object(token):
        # round 25: "ordered the ambassador to leave within two days", "ordered foreign troops to quit the
        # country": an order to others to leave is an expulsion, as 'expelled' is: of diplomats a sanction,
        # of anyone else coercion (the leaving is the order's content, kept apart as not yet done)
        code, mode = ("SANCTION", "expel") if _object_lemmas(token) & word_class("diplomatic_person") else ("COERCE", None)
    elif code == "REQUEST" and pattern.pos == "verb" and token.tag_ in ("VBP", "VBG") and any(
            c.dep_ == "nsubj" and c.lower_ == "i" for c in token.children) and not any(
            c.dep_ == "aux" and c.lower_ in ("was", "had") for c in token.children):
        return None            # round 26: "I am asking for the market my mother worked in", "I ask the minister to ...":
                               # the writer's or speaker's own plea, made by the text itself, no act it reports
    elif code == "REQUEST" and lemma == "ask" and _anonymity(token):
        return None            # "who asked not to be named": a source's anonymity, no request
    elif code == "SANCTION" and lemma == "expel" and not _object_lemmas(token) & word_class("diplomatic_person"):
        code, mode = "COERCE", None     # expelling a journalist or a fishing boat is coercion; diplomats, a sanction
    elif code == "SANCTION" and lemma == "order" and not _ordered_out(token):
        return None            # "ordered the ambassador to attend": no expulsion
    elif code == "COERCE" and lemma in ("disperse", "scatter") and _dispersed_of_itself(token):
        return None            # "the crowd dispersed after two hours": it left, no one dispersed it
    elif code == "CONSULT" and lemma in ("meet", "meeting") and _object_lemmas(token) & word_class("demand_met_object"):
        return None            # "meeting a key demand of traders"
    elif code == "REQUEST" and pattern.pos == "noun" and token.dep_ == "dobj" and token.head.lemma_.lower() in ("meet", "satisfy", "fulfil", "fulfill"):
        return None
    elif code == "MOBILIZE" and lemma in ("mobilize", "mobilise") and _object_lemmas(token) and not any(
            party_kind(w) == "force" for w in _object_lemmas(token)) and _object_lemmas(token) & {"supporter", "voter", "member", "volunteer", "youth", "base"}:
        return None            # "mobilised thousands of supporters to register": a party's drive, no forces
    elif code == "SUPPORT" and pattern.particle is None and any(c.dep_ == "prt" and c.lower_ in ("away", "down", "off", "out")
                                                                for c in token.children):
        return None            # "backed away from a licence", "backed down": no support
    elif code == "CONSULT" and pattern.pos == "noun" and token.dep_ == "pobj" and token.head.lower_ == "for" and (
            token.head.head.lemma_.lower() in word_class("diplomatic_act") | {"withdraw"}):
        return None            # "recalled its ambassador for consultations": the recall's purpose
    elif code == "CONSULT" and lemma == "meeting" and any(
            c.dep_ == "compound" and c.lemma_.lower() in ("council", "cabinet", "board", "committee", "staff", "party", "caucus")
            for c in token.children):
        return None            # "a council meeting", "a cabinet meeting": one body's own business
    elif code == "REQUEST" and lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in token.subtree):
        return None            # "pleaded not guilty": a plea in court, no request
    elif code == "ACCUSE" and lemma == "charge" and pattern.pos == "verb" and any(
            p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in word_class("weapon") for g in p.children)
            for p in token.children):
        code, mode = "ASSAULT", None  # "charged the crowd with batons": a charge by force, not at law
    elif code == "ACCUSE" and lemma == "charge" and pattern.pos == "verb" and not any(
            c.dep_ == "ccomp" for c in token.children):
        code, mode = "COERCE", None   # "charged four men with arson", "were charged under the law": a legal
                                      # step against them, as an arrest is; "charged that ..." stays an accusation
    elif code == "ACCUSE" and lemma == "blame" and _blames_a_thing(token) and not side_readings.blames_people(token):
        return None            # "the fire service blamed a faulty cable": a cause, no one accused
    elif code == "THREATEN" and pattern.pos == "noun" and not _threat_made(token):
        return None            # "the gravest security threats", "the threat from Russia": a danger, no threat made
    elif code == "ASSAULT" and lemma in ("destroy", "damage", "gut", "hit", "strike", "batter", "ravage", "flatten") and (
            _accidental_cause(token)):
        return None            # "a fire at the market destroyed 300 shops": no attack unless someone set it
    if code == "PROTEST" and lemma == "occupy" and pattern.requires is None and _blocking(token, "OCCUPY", None)[0] != "PROTEST":
        return None            # only people of a place or trade occupying a site protest ('farmers occupied an estate');
                               # troops or a state occupying a town do not
    if code == "PROTEST" and pattern.requires == "purpose" and lemma in ("close", "shut", "occupy", "chain", "padlock") and (
            _by_state(token) or not _infinitive_purpose(token)):
        return None            # "the government closed the crossing after ...": a state's act, no protest
    if lemma in ("block", "blockade") and (pattern.pos == "verb" or token.dep_ == "dobj") or (
            lemma == "set" and code == "COERCE"):     # "set up roadblocks": by whom, as 'blocked'
        code, mode = _blocking(token, code, mode)   # a blockade noun: by who keeps or imposes it
    if pattern.pos == "noun" and token.dep_ == "pobj" and token.head.lower_ in ("on", "about") and (
            token.head.head.lemma_.lower() in lexicon.words("coverage_verbs")) and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children):
        return None            # "a blogger who wrote about the port arrests": the topic of the report
    if pattern.pos == "noun" and token.dep_ == "pobj" and token.head.lower_ in ("on", "about") and (
            token.head.head.pos_ == "NOUN" and token.head.head.lemma_.lower() in lexicon.words("topic_head_nouns")) and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children):
        return None            # "a ministry's silence on the evictions", "a debate about the shootings": the topic
                               # of words said or unsaid, no happening told here (round 21 of issue 13)
    if pattern.pos == "noun" and token.dep_ == "pobj" and token.head.lower_ in ("over", "for") and (
            token.head.head.lemma_.lower() in lexicon.words("sentencing_verbs")):
        return None            # "sentenced 19 people over the riots": the offence judged, no happening told here
    if pattern.pos == "noun" and token.dep_ == "pobj" and token.head.lower_ == "after" and any(
            c.dep_ in ("amod", "compound", "nummod") and c.ent_type_ in ("DATE", "TIME") or c.lower_.endswith(("-day", "-week", "-month", "-year"))
            for c in token.children) and token.head.head.lemma_.lower() in lexicon.words("resumption_verbs"):
        return None            # "reopened the clinic after a two-week halt": the gap in what resumed, no truce
    if code == "ASSAULT" and pattern.pos == "noun" and token.dep_ == "pobj" and token.head.lower_ == "of" and (
            token.head.head.lemma_.lower() in ("cessation", "end", "halt", "suspension", "pause", "resumption")):
        return None            # "a cessation of hostilities": the truce, not the fighting
    if code == "ASSAULT" and lemma in ("wound", "injure") and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(
            c.dep_ == "det" for c in token.children):
        return None            # "eleven of the wounded", "to fly the injured to hospital": the victims, no new act
    if lemma == "accuse" and token.tag_ == "VBN" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj") and any(
            c.dep_ == "det" for c in token.children) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None            # "the families of the accused", "a lawyer for the accused": the defendants, no accusation
    if code in ("ASSAULT", "COERCE", "MOBILIZE") and _joint(token):
        code, mode = "COOPERATE", None      # "a joint raid", "conducted a joint patrol": forces working together
    elif code == "ASSAULT" and _force_without_harm(token, lemma):
        code, mode = "COERCE", None         # "police raided the offices and seized computers"
    elif code == "ASSAULT" and lemma == "fire":
        code, mode = _firing(token, code, mode)
    elif code == "REQUEST" and lemma == "ask" and _asks_a_question(token):
        return None
    elif code == "REJECT" and lemma in ("refuse", "decline") and _declines_to_answer(token):
        return None
    elif code == "RETREAT" and lemma in ("flee", "evacuate", "leave", "abandon") and _displaced(token):
        return None
    elif code == "CONSULT" and lemma == "speak" and particle is not None and particle.lower_ == "by" and not _two_sides(token):
        return None            # "the witness spoke by telephone from a clinic": talking to the reporter, no one consulted
    elif code == "THREATEN" and lemma == "threaten" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("endangered_goods") for c in token.children):
        return None            # round 26: 'for "threatening social harmony"', 'threatens regional stability': endangers, no threat made
    elif code == "CONSULT" and lemma == "talk" and pattern.pos == "verb" and _talks_alone(token):
        return None            # round 26: "he talked about it on air only once": speech, no one consulted
    elif code == "CONSULT" and lemma == "brief" and token.dep_ in ("advcl", "nsubj", "csubj") and token.tag_ == "VBG" and (
            token.head.lemma_.lower() in lexicon.speech_verbs()):
        return None            # round 26: "Briefing the Council, the envoy said ...": the setting of the statement
    elif code == "ASSAULT" and pattern.pos == "verb" and _counted_victim(token):
        return None            # round 26: "she was the third journalist killed in Peru this year": a count the victim
                               # is placed in, her killing told elsewhere
    elif code == "CONSULT" and lemma == "broker" and _brokered_agreement(token):
        code, mode = "AGREE", None   # "the clans signed a truce, brokered by church leaders": the broker's part in it
    elif pattern.pos == "noun" and _defined(token):
        return None            # "every truce is a breather between wars": a definition, no pause that happened
    elif code == "PROTEST" and lemma == "erupt" and _another_event_erupted(token):
        return None
    return Trigger(token, pattern, particle, code, mode)


_PROTEST_NOUNS = frozenset({"march", "strike", "protest", "rally", "demonstration", "boycott", "sit-in", "shutdown", "walkout",
                            "stayaway", "vigil", "picket"})
_CHANNELS = frozenset({"media", "social", "television", "tv", "radio", "twitter", "facebook", "whatsapp", "telegram",
                       "tiktok", "instagram", "internet", "online", "website", "platform", "network"})


def _warns_of_consequence(token) -> bool:
    """'warned that any vessel entering the bay would be sunk', 'warned that the fund could freeze the
    loans if the reforms stalled', 'warned that it would strike again if ...': a warning whose content
    is a consequence (a modal clause) set on a condition ('if', 'unless') or on anyone who does a thing
    ('any official who ...', 'any new restriction'). A forecast ('warned that exports could fall') has
    no condition and is no threat."""
    modals = ("would", "will", "could", "might", "may", "'ll", "’ll")
    if _ultimatum(token) or _consequence_for_anyone(token, modals):
        return True                     # round 22: "warned firms to leave or bear the consequences"; "warned that anyone
                                        # found outside after dark 'will be detained'" (two clauses in the parse)
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.lemma_.lower() in lexicon.words("warned_force_verbs") and any(
                c.dep_ == "aux" and c.lower_ in modals for c in clause.children) and not any(c.dep_ == "neg" for c in clause.children):
            return True                 # round 26: 'warned that the party's youth "will defend the institutions"': force
                                        # announced in a warning
        if clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            deeper = next((v for v in clause.children if v.dep_ in ("advcl", "ccomp", "conj") and any(
                c.dep_ == "aux" and c.lower_ in modals for c in v.children)), None)
            if deeper is not None and any(c.dep_ == "nsubj" and any(g.dep_ == "det" and g.lower_ == "any" for g in c.children)
                                          for c in clause.children):
                return True             # "warned that any herder seen with a rifle after May would be arrested":
                                        # the parser takes the subject's participle for the clause's verb
        if not any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children) and not (
                clause.tag_ == "VBG" and _party_subject(clause)):
            continue                    # (a party 'weighing every option' if ...: the measure it holds in reserve)
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
               for c in clause.children):
            return True
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and any(g.dep_ == "det" and g.lower_ in ("any", "anyone") for g in subject.children) or (
                subject is not None and subject.lower_ in ("anyone", "anybody", "whoever")):
            return True
        if subject is not None and _punished_for_conduct(clause, subject):
            return True                 # round 27: 'warned that workers who "disturb order" will be prosecuted'
    return False


def _punished_for_conduct(clause, subject) -> bool:
    """Round 27: a punishment ('will be prosecuted', 'will be arrested') of people described by what they do ('workers
    who disturb order', 'those who block the road'): the relative clause is the condition a warning sets."""
    if not any(c.dep_ == "relcl" for c in subject.children):
        return False
    codes = {p.code for p in triggers().get(("verb", clause.lemma_.lower()), ())}
    return bool(codes & _FORCEFUL) or clause.lemma_.lower() in lexicon.words("punishment_verbs")


def _ultimatum(token) -> bool:
    """Round 22: 'warned oil firms to "leave the province or bear the consequences"': the act asked for,
    with 'or' and a consequence to face as its alternative, is an ultimatum (a threat)."""
    consequences = lexicon.words("consequence_nouns")
    return any(clause.dep_ == "xcomp" and any(
        alt.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in clause.children) and any(
            o.dep_ == "dobj" and o.lemma_.lower() in consequences for o in alt.children)
        for alt in clause.children) for clause in token.children)


def _consequence_for_anyone(token, modals) -> bool:
    """Round 22: 'warned that anyone seen outdoors after dark "will be arrested"': the parser hangs
    the person-clause ('anyone found ...') and the modal consequence as two clauses of the warning."""
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX")]
    anyone = any(any(s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in ("anyone", "anybody", "whoever") or any(
        g.dep_ == "det" and g.lower_ == "any" for g in s.children)) for s in c.children) for c in clauses)
    return anyone and any(any(a.dep_ == "aux" and a.lower_ in modals for a in c.children) for c in clauses)


def _party_subject(clause) -> bool:
    """Is the clause's subject a state, an organisation or a party ('Washington was weighing ...')?"""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ in ("GPE", "ORG", "NORP") or party_kind(subject.lemma_) is not None)


def _stated_future(token) -> bool:
    """'its foreign ministry said Belarus would respond symmetrically', 'said it would retaliate':
    a party's response announced in a reported 'would' or 'will' clause with its own subject (a
    state, a person, an organisation or a pronoun standing for one)."""
    if token.dep_ not in ("ccomp", "xcomp") or token.head.lemma_.lower() not in _SPEECH_VERBS | {"vow", "pledge", "promise"}:
        return False
    kids = list(token.children)
    if any(c.dep_ == "neg" for c in kids):
        return False
    if token.dep_ == "ccomp" and not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "’ll") for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if token.dep_ == "xcomp":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("it", "we", "he", "she", "they") or party_kind(subject.lemma_) is not None
                                    or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))


_SOLIDARITY = {"solidarity", "support", "condolence", "condolences", "sympathy"}


def _evacuates_others(token) -> bool:
    """'blue helmets evacuated sixty medical staff', 'the army evacuated 3,000 residents': the object
    names people whom the subject took away from danger (a relief act, PLOVER AID); 'the rebels
    evacuated the town' (a place left) and 'residents were evacuated' with no one named as doing
    it stay a withdrawal."""
    people = (word_class("person") | word_class("casualty_people")) - {
        "force", "troop", "soldier", "fighter", "rebel", "militant", "insurgent", "police"}
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for o in objects if o.like_num for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]     # "flew out four of the injured": the injured
    if _wounded_taken(token):
        return True
    if not objects or not any(o.lemma_.lower() in people or o.lower_ in people for o in objects):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() not in {o.lemma_.lower() for o in objects}


def _wounded_taken(token) -> bool:
    """'the wounded were evacuated', 'nine were hurt, six of whom were later evacuated': the hurt, carried
    away passively, are taken to care by someone else (AID), they do not withdraw (round 21 of issue 13)."""
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in word_class("casualty_people") or subject.lower_ in word_class("casualty_people"):
        return True
    whom = subject.like_num and any(g.lower_ == "whom" for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)
    return whom and token.head.lemma_.lower() in lexicon.words("injury_verbs")


def _rescued_by_force(token) -> bool:
    """'commandos freed two captives from a camp': captives (hostages, abductees) set free by an
    armed force in action, not let go by those who held them."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    forces = [subject, *subject.conjuncts]
    if not all(party_kind(f.lemma_) in ("force", "group") for f in forces) or not any(party_kind(f.lemma_) == "force" for f in forces):
        return False
    held = [c for c in token.children if c.dep_ == "dobj"]
    return any(h.lemma_.lower() in word_class("captives") for h in held)


def _posts_civilians(token) -> bool:
    """'the bloc posted 60 monitors', 'inspectors were deployed along the line': every one posted is
    an observer, monitor or inspector (no force among them: 'peacekeepers and monitors' stays)."""
    posted = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    posted += [j for c in posted for j in c.conjuncts]
    return bool(posted) and all(c.lemma_.lower() in word_class("civilian_mission") for c in posted)


def _posts_relief(token) -> bool:
    """Every one sent is a relief unit ('mobile clinics', 'ambulances'), or a team or unit that a word
    of relief qualifies ('medical teams') or that is sent for people in need ('two teams for survivors
    of the floods')."""
    posted = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    posted += [j for c in posted for j in c.conjuncts]
    needy = lexicon.words("relief_recipient_nouns")

    def relief(noun) -> bool:
        if noun.lemma_.lower() in lexicon.words("relief_units"):
            return True
        if noun.lemma_.lower() not in ("team", "unit"):
            return False
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lexicon.words("relief_modifiers") for c in noun.children):
            return True
        return any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in needy for g in p.children)
                   for p in (*noun.children, *token.children))
    return bool(posted) and all(relief(c) for c in posted)


def stated_response(token) -> bool:
    """Is `token` the verb of a response announced as a threat ('said it would retaliate')? Its
    event is as factual as the saying."""
    return token.lemma_.lower() in ("respond", "retaliate", "hit") and _stated_future(token)


def _participle_read_as_verb(tok) -> bool:
    """'A trader from Mbale accused of hoarding was beaten ...': a participle of description (accused,
    suspected, wanted, linked ...) with no auxiliary of its own, parsed as the verb of its noun, while a
    passive verb with its own 'was' and no subject is joined to it: the participle describes the
    passive's subject, it tells no act."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if not (is_cue(tok.lemma_.lower(), "allegation") or tok.lemma_.lower() in word_class("descriptive_participle")):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return any(c.dep_ in ("conj", "ccomp") and c.i > tok.i and c.tag_ == "VBN" and any(g.dep_ == "auxpass" for g in c.children)
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children)


def _is_accord(noun) -> bool:
    """A pact or agreement, or a pronoun whose sentence names one ('walked out of it')."""
    accords = {"agreement", "accord", "deal", "pact", "treaty", "truce", "ceasefire", "arrangement", "process"}
    if noun.lemma_.lower() in accords:
        return True
    return noun.lower_ in ("it", "them") and any(t.lemma_.lower() in accords for t in noun.sent if t.i < noun.i)


_PARTY_PREPS = frozenset({"to", "with", "from", "against", "between"})
_PARTY_ENTITIES = ("GPE", "ORG", "NORP", "PERSON")


def _suspends_its_own(token) -> bool:
    """'suspended trading until noon', 'the mine suspended production', 'flights were suspended at the
    airport': an activity of the actor's own (`own_activity_nouns`) suspended with no other party named (no
    'to', 'with', 'from' ... phrase, no state, people or organisation owning or qualifying it) is a pause, no
    sanction. 'suspended flights to Ostria', 'suspended cooperation with Vell', 'suspended the operations of foreign
    NGOs' stay sanctions."""
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() == "deployment" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and party_kind(g.lemma_) == "force" for g in c.children)
            for c in obj.children):
        return True             # round 27: "suspended the deployment of troops": its own forces held back, no
                                # sanction ("suspended the deployment of its workers to X" stays one)
    if obj is None or obj.lemma_.lower() not in lexicon.words("own_activity_nouns"):
        return False
    for head in (token, obj):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS:
                return False
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on") and any(
                    g.dep_ == "pobj" and (g.ent_type_ in _PARTY_ENTITIES or g.pos_ == "PROPN" or party_kind(g.lemma_) is not None)
                    for g in c.children):
                return False
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in _PARTY_ENTITIES for c in obj.children)


def _visits_a_place(token) -> bool:
    """'visited the regional hospital', 'visited the site of the blast', 'on a visit to a field clinic': the
    object (of the noun: what the visit is 'to') is a thing or a place no party stands for (a town or a country
    visited is a state visit, kept). A facility stays a place whoever it belongs to ('visited Tarvik's district
    hospital', 'a visit to the agency's camp': `visited_facilities`)."""
    if token.pos_ == "NOUN":
        to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    else:
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    facility = obj is not None and obj.lemma_.lower() in lexicon.words("visited_facilities")
    return obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ == "" and party_kind(obj.lemma_) is None and (facility or not any(
        c.ent_type_ in ("ORG", "PERSON", "NORP") for c in obj.children if c.dep_ in ("poss", "compound"))) and (
        obj.lemma_.lower() not in word_class("person"))


def _trade_ban(token) -> bool:
    """'extended its ban on imports of vegetables from X': a ban on trade."""
    for obj in token.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() == "ban":
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "on" and any(
                        g.lemma_.lower() in ("import", "export", "trade", "good", "product", "transit", "shipment")
                        for g in prep.children):
                    return True
    return False


def _ordered_out(token) -> bool:
    """'ordered 12 diplomats to leave the country', 'ordered the envoy out': an expulsion, told by
    the order (the leaving itself is the order's content, not yet done). The parse may hang the
    infinitive on the order as an adverbial clause ('by ordering three attachés to quit the country')."""
    return any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in ("leave", "quit", "depart", "exit") or
               c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in token.children)


_PERMITTED_VERBS = frozenset({"enter", "visit", "access", "return", "cross", "land", "dock", "leave", "see", "meet", "attend", "resume",
                              "open", "reopen", "operate", "pass", "go"})   # round 28: 'the government let the market open again'


def _permits(token):
    """'Ostria allowed a consular visit', 'Norland let a Swiss consul see the sailor', 'permitted the monitors
    to enter the camp': a party's past permission (the verb in the past, its subject a name or a
    party) of another's act, told by an event noun as its object or a verb as its complement.
    Returns the act permitted, None for no such permission ('the law allows police to hold ...')."""
    if token.tag_ not in ("VBD", "VBN"):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and not (subject.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or subject.pos_ == "PRON" or
                                    party_kind(subject.lemma_) in ("force", "authority", "group", "person", "crowd")):
        return None
    for c in token.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and (c.lemma_.lower() in _PERMITTED_VERBS or ("verb", c.lemma_.lower()) in triggers()):
            return c
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and (("noun", c.lemma_.lower()) in triggers() or c.lemma_.lower() in ("access", "entry")):
            return c
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.lemma_.lower() in _PERMITTED_VERBS:
            return c
    return None


def _alleged_backing(token) -> bool:
    """Round 24: financing or arming told as what someone is accused of ('accused traders of arming the insurgents',
    'men suspected of funding the militia') or, under a verb of saying, of a party's backing an armed or hostile
    group or a protest ('businessmen the agency says funded the militia', 'wrote that the protest was funded by
    charities'): the content of a charge, not aid provided. A party saying it funded a school repair keeps its aid."""
    node = token
    for _ in range(7):          # 'accused traders operating from the province of arming ...': up through the description
        if node.dep_ not in ("pcomp", "pobj", "prep", "dobj", "acl", "ccomp", "xcomp", "conj", "advcl") or node.head is node:
            break
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in lexicon.words("backing_allegation_verbs"):
            return True
        if node.pos_ == "VERB" and node.lemma_.lower() in ("say", "write", "tell", "add", "insist"):
            break
    else:
        return False
    if node is token or node.lemma_.lower() not in ("say", "write", "tell", "add", "insist"):
        return False
    beneficiaries = lexicon.words("covert_beneficiaries")
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in beneficiaries or c.ent_type_ == "ORG" and
                                                  party_kind(c.lemma_) not in ("authority",)):
            return True
    return False


def _offers_service(token) -> bool:
    """Round 24: 'offered to host fresh talks', 'offered to mediate over a dispute', 'offered to act as
    intermediaries', 'offered a joint investigation': a party's offer of a diplomatic service (data/event_word_classes.tsv
    offered_service, offered_service_noun). 'offered to act' counts only with its 'as' ('act as mediator');
    'offered to send' only with a mediator, envoy or observers sent; 'host', 'broker', 'facilitate' ... only with
    talks, a meeting, a deal (the noun class) as their object; an offer of goods or money is none."""
    for c in token.children:
        lemma = c.lemma_.lower()
        infinitive = c.dep_ == "xcomp" or c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        if infinitive and c.pos_ in ("VERB", "AUX") and lemma in word_class("offered_service"):   # 'offered on Friday to host'
            if lemma == "act" and not any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children):
                continue
            if lemma == "send" and not (_object_lemmas(c) & (word_class("civilian_mission") | {"envoy", "delegation", "negotiator", "team"})):
                continue
            if lemma not in ("mediate", "arbitrate", "act", "send") and not (_object_lemmas(c) & word_class("offered_service_noun")):
                continue            # 'offered to host a party for the staff': no talks offered
            return True
        if c.dep_ == "dobj" and lemma in word_class("offered_service_noun"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(         # the parser's 'to host talks': 'host' a compound of 'talks'
                o.dep_ == "pobj" and o.lemma_.lower() in word_class("offered_service_noun") and any(
                    g.dep_ == "compound" and g.lower_ in word_class("offered_service") for g in o.children) for o in c.children):
            return True
    return False


def _sanction_listed(particle) -> bool:
    """'added to its sanctions list', 'put on a blacklist', 'added to its list of smugglers under
    sanctions': the list the particle names is one of sanctioned people or firms (word class
    sanction_list in its phrase); 'added to the agenda' is no sanction."""
    if particle is None:
        return False
    listed = next((c for c in particle.children if c.dep_ == "pobj"), None)
    return listed is not None and any(t.lemma_.lower() in word_class("sanction_list") or t.lower_ in word_class("sanction_list")
                                      for t in listed.subtree)


def _on_whose_word(noun) -> bool:
    """'the Council met at the request of Serbia', 'troops deployed at the invitation of the government': a noun of
    the 'at the X of' frame (word set `auspice_nouns`) says on whose word another act was done; the request is its
    background, told as no act of its own (round 26)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lemma_.lower() in lexicon.words("auspice_nouns") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _talks_alone(token) -> bool:
    """'he talked about the kidnapping on air', 'she talks about her son': one speaker talking about a topic, with no
    partner ('with', 'to') and no plural or joined subject, is speech, not a consultation (round 26)."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in token.children):
        return False
    subject = _subject_of_clause(token)
    return subject is not None and subject.tag_ in ("NN", "NNP", "PRP") and subject.lower_ not in ("we", "they") and not any(
        c.dep_ == "conj" for c in subject.children)


def _counted_victim(token) -> bool:
    """'he was the third journalist killed in Ecuador this year', 'the fifth officer shot this month': a participle
    describing a predicate noun marked by an ordinal places the subject in a count; the act on the subject is told
    by another clause (round 26)."""
    if token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    noun = token.head
    return noun.dep_ == "attr" and any(c.ent_type_ == "ORDINAL" or c.lower_ in ("latest", "last") for c in noun.children)


def _two_sides(token) -> bool:
    """A call between two sides: a plural or joined subject ('the two ministers spoke by telephone',
    'A and B spoke'), or a partner after 'with' or 'to' ('spoke by phone with her counterpart')."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("we", "they") or
                                any(c.dep_ == "conj" for c in subject.children)):
        return True
    return any(t.dep_ == "prep" and t.lower_ in ("with", "to") and t.head.i in (token.i, *(c.i for c in token.subtree))
               and not any(o.dep_ == "pobj" and _own_staff(o) for o in t.children)
               for t in token.subtree)


def _own_staff(noun) -> bool:
    """Round 27, the text's own people: 'our staff', 'our correspondent', 'this newspaper', 'us'. A source who spoke
    to them spoke for the record, to the text itself (sourcing): no partner of a consultation."""
    if noun.lower_ == "us":
        return True
    return noun.lemma_.lower() in lexicon.words("own_staff_nouns") and any(
        c.dep_ == "poss" and c.lower_ == "our" or c.dep_ == "det" and c.lower_ == "this" for c in noun.children)


def _brokered_agreement(token) -> bool:
    """'a truce ... brokered by church leaders' (the parse hangs the participle on the date or the
    verb): a passive 'brokered' with its broker named and no object of its own, in a clause that
    names an agreement (word class standing_noun) before it, tells who brokered that agreement."""
    if not any(c.dep_ == "agent" for c in token.children) or any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(t.lemma_.lower() in word_class("standing_noun") and t.pos_ == "NOUN" for t in token.sent if t.i < token.i)


def _defined(noun) -> bool:
    """'Every truce is a breather between wars', 'a ceasefire is only a pause': an event noun
    as the predicate of 'be' whose subject is a kind (quantified by every/each/any/no, or an
    agreement word) says what such things are; nothing happened."""
    head = noun.head
    if noun.dep_ != "attr" or head.lemma_ != "be":
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    quantified = any(c.dep_ == "det" and c.lower_ in ("every", "each", "any", "no") for c in subject.children)
    return quantified or subject.lemma_.lower() in word_class("standing_noun")


def _dispersed_of_itself(token) -> bool:
    """'the crowd dispersed peacefully', 'they dispersed after the delegate promised ...': used
    intransitively, with a subject that is no force, the verb tells that the people left; no one
    dispersed them ('police dispersed the crowd' and 'the crowd was dispersed' stay coercion)."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and party_kind(subject.lemma_) != "force"


def _particle(token, word: str):
    """The particle or preposition `word` after the trigger ("fired on the convoy"); never a
    fronted "On Monday", a date's preposition ("called a strike for Thursday", "called up
    reservists on Tuesday") or a preposition after a particle of another phrasal verb
    ("called off", "called up")."""
    if any(c.dep_ == "prt" and c.lower_ != word for c in token.children):
        return None
    for child in token.rights:
        if child.dep_ in ("prt", "prep", "advmod", "dative") and child.lower_ == word:
            if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj"):
                return None
            return child
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt if nxt is not None and nxt.lower_ == word else None


def _state_of(noun) -> list:
    """'extended the state of emergency', 'the state of siege was lifted': the measure the 'of' names."""
    if noun.lemma_.lower() not in lexicon.words("state_of_nouns"):
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _object_lemmas(token, particle=None) -> set[str]:
    out = set()
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "dative", "amod", "compound", "npadvmod", "acomp", "oprd") or (
                child.dep_ == "dep" and child.pos_ == "NOUN") or (
                child.dep_ == "advmod" and child.i == token.i + 1) or (
                child.dep_ == "prep" and child.lower_ in ("on", "at", "with", "into", "of")):
            for c in [child, *child.conjuncts, *(g for g in child.children if g.dep_ in ("pobj", "compound")),
                      *_measured(child), *_state_of(child)]:
                out.update(_lemmas(c))
                out.add(c.lower_)
                if c.lower_ in ("those", "these") and any(g.tag_ == "VBN" and g.lemma_.lower() in lexicon.words("custody_participles")
                                                          for g in c.children):
                    out.add("detainee")       # "freed 40 of those detained": people held
            if child.dep_ in ("nsubjpass", "dobj") and child.like_num and (any(g.dep_ in ("det", "amod") for g in child.children) or (
                    child.dep_ == "nsubjpass" and child.pos_ == "NUM" and (child.i == child.sent.start or not any(
                        g.dep_ in ("prep", "compound") for g in child.children)))):
                out.add("person")             # "the 14 were released", "the other 12 were freed", "Nine were freed on
                                              # bail", "...; six were released on Friday": people counted before
            if child.dep_ in ("nsubjpass", "dobj") and child.like_num and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in p.children)
                    for p in child.children):
                out.add("person")             # round 22: "freed twenty-two of the thirty on bail": a share of
                                              # a count of people told before
    for child in token.children:
        if child.dep_ == "ccomp" and child.pos_ == "NOUN":    # "declared the attaché persona non grata": a small
            out.add(child.lemma_.lower())                   # clause the parse reads as a clause of its own
            out.update(g.lemma_.lower() for g in child.children if g.dep_ in ("dobj", "compound"))
    if any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in token.children):
        for p in token.children:        # "froze 80 million dollars in development cooperation", with the
            if p.dep_ == "prep" and p.lower_ == "in":   # 'in' phrase the parse hangs on the verb: what the sum is
                for c in p.children:
                    if c.dep_ == "pobj":
                        out.update((c.lemma_.lower(), c.lower_))
    if particle is not None:
        for c in particle.children:
            if c.dep_ == "pobj":
                out.update((c.lemma_.lower(), c.lower_))
    if token.dep_ == "conj" and token.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(
            c.dep_ == "auxpass" for c in token.head.children):
        for c in token.head.children:   # round 22: "Six were held overnight and released at dawn": the passive
            if c.dep_ == "nsubjpass":   # subject is the second verb's too (the parse reads it as active)
                out.update(_lemmas(c))
                out.add(c.lower_)
                if c.pos_ == "NUM":
                    out.add("person")
    if side_readings.people_released(token):
        out.add("person")             # round 30: "Thirty-one were freed", "detained 15, who were released"
    if token.dep_ in ("acl", "relcl", "amod") and not any(c.dep_ == "nsubj" for c in token.children):
        out.add(token.head.lemma_.lower())    # "the missiles fired at ...", "the letter delivered"; not the noun a
                                              # relative's subject stands for ('the union, which sent a letter')
    return out


def _measured(noun) -> list:
    """'20 tonnes of relief supplies', '50 million euros in aid', 'six trucks of quilts and tents':
    what an amount measures (every word of a list); 'two
    cargo aircraft carrying tents and food': what a vehicle carries."""
    return [h for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "worth")
            for g in p.children if g.dep_ == "pobj" for h in (g, *g.conjuncts, *side_readings.share_of(g))] + [
        g for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() == "carry"
        for g in a.children if g.dep_ == "dobj" for g in (g, *g.conjuncts)]


def _actor_like(noun) -> bool:
    return noun is not None and (noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or noun.pos_ == "PROPN" or party_kind(
        noun.lemma_) in ("force", "group", "authority", "crowd", "person"))


def _unfit_round23(token, pattern: TriggerPattern, particle) -> bool:
    """Round 23 of issue 13: uses of a trigger that tell no act of its type.
    - 'recognises the suffering of the herders', 'recognised the need for talks': a condition, a need or a
      merit acknowledged (data `acknowledged_conditions`) is no recognition of a party;
    - 'troops searched the settlement of Ondo Hill': a 'settlement' named by a proper noun after 'of', or
      compounded with one, is a place, no accord;
    - 'I ask the Secretary to state how many ...': the speaker's own 'ask' whose infinitive is a verb of telling
      (data `question_put_verbs`) puts a question, no request;
    - 'I withdraw it': one speaker taking back words pulls back no force."""
    lemma = pattern.lemma
    if pattern.code == "SUPPORT" and lemma in ("recognize", "recognise") and pattern.pos == "verb":
        return bool(_object_lemmas(token, particle) & lexicon.words("acknowledged_conditions"))
    if pattern.code == "AGREE" and lemma == "settlement" and pattern.pos == "noun":
        named = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        named += [c for c in token.children if c.dep_ == "compound"]
        return any(g.pos_ == "PROPN" for g in named)
    if pattern.code == "REQUEST" and lemma == "ask" and pattern.pos == "verb":
        kids = list(token.children)
        return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in kids) and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lexicon.words("question_put_verbs") for c in kids)
    if pattern.code == "RETREAT" and lemma == "withdraw" and pattern.pos == "verb":
        kids = list(token.children)
        return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in kids) and any(
            c.dep_ == "dobj" and c.lower_ in ("it", "that", "this") for c in kids)   # 'I withdraw it': a speaker takes
                                                                                     # back words; one person pulls back no force
    return False


def _unfit_round22(token, pattern: TriggerPattern, particle) -> bool:
    """Round 22 of issue 13: uses of a trigger that tell no act of its type.
    - 'attributed the slump to bad weather': blame needs a party after 'to' ('attributed it to a faction');
    - 'lost contact with the base': consultation is being, getting or keeping in contact (lemmas of
      `contact_heads`, or 'in');
    - 'Ask yourself why': a question put to oneself asks no one for anything; 'we asked the embassy', 'I called
      the colonel and asked him directly' (the speaker's own inquiry, nothing asked for; round 28 adds 'I' and
      a subject shared with a joined verb): no request;
    - 'treated twenty people': care given by a party named as the subject ('the medics treated ...'); the
      wounded 'were treated' in hospital is a toll, no act of relief."""
    lemma = pattern.lemma
    if pattern.code == "ACCUSE" and lemma == "attribute":     # ('a remnant of the Front', 'a cell of the group')
        named = [g for g in particle.children if g.dep_ == "pobj"] if particle is not None else []
        named += [n for g in named for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj"]
        return not any(_actor_like(g) for g in named)
    if pattern.code == "CONSULT" and lemma == "contact" and pattern.pos == "noun":
        head = token.head
        return not (head.lower_ == "in" or head.lemma_.lower() in lexicon.words("contact_heads"))
    if pattern.code == "REQUEST" and lemma == "ask" and pattern.pos == "verb":
        kids = list(token.children)
        if any(c.dep_ in ("dobj", "dative") and c.lower_ in lexicon.words("reflexive_pronouns") for c in kids):
            return True
        asked_for = any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ in ("for", "about", "to", "on")
                        for c in kids)
        subjects = kids + (list(token.head.children) if token.dep_ == "conj" else [])   # round 28: 'I called the colonel
        return not asked_for and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in subjects) and (    # and asked him
            token.dep_ != "xcomp")                                                        # directly': a question, no request
    if pattern.code == "ASSAULT" and pattern.pos == "verb" and lemma in ("kick", "punch", "slap", "whip", "club") and any(
            c.dep_ == "prt" for c in token.children):
        return True             # "kicked out the envoys", "whipped up anger", "kicked off the talks"
    if pattern.code == "AID" and lemma in ("fund", "finance", "bankroll") and (
            _object_lemmas(token, particle) & (word_class("protest_noun") | lexicon.words("unrest_nouns"))):
        return True             # "the strikers' resistance was financed by rival parties": who paid for a protest or
                                # for unrest is a charge about it (the read golds code such funding as an accusation)
    if pattern.code == "COERCE" and lemma == "remove" and pattern.pos == "verb":
        return not _by_state(token)
    if pattern.code == "AID" and lemma == "treat" and pattern.pos == "verb":
        return not any(c.dep_ == "nsubj" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in ("as", "like", "with") for c in token.children)
    return False


def _has_party_object(token) -> bool:
    """'warned Britain', 'pressed Kyiv' (a party) rather than 'warned that exports could fall'."""
    return any(c.dep_ in ("dobj", "nsubjpass", "dative") and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
               or c.pos_ == "PROPN" or party_kind(c.lemma_) in ("force", "group", "authority", "crowd"))
               for c in token.children)


def _has_purpose(token, clause_only: bool = False) -> bool:
    """'gathered to demand', 'assembled against the law', 'gathered in protest'; `clause_only`:
    only a clause of protest or demand ('blocked the road to protest', 'came out demanding'), as
    'blocked it for the third time' or 'came out against the plan' tell no protest."""
    for child in token.children:
        if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB":
            lexicon = triggers()
            if any(p.code in _PURPOSE_CODES for p in lexicon.get(("verb", child.lemma_.lower()), ())):
                return True
    if clause_only:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("against", "for"):
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lemma_.lower() in ("protest", "solidarity") for g in child.children):
            return True
    return False


def _forbidden(noun) -> bool:
    """'banned marches and open-air meetings', 'rallies were prohibited': the noun (or the first
    of its conjuncts) is what a verb of prohibition (word set `prohibition_verbs`) bans."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and (
        noun.head.lemma_.lower() in lexicon.words("prohibition_verbs"))


def _described(noun) -> bool:
    """'the corridor deal is far shakier': a noun described by a copula is a topic, not an event."""
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children)


def _anchored(noun) -> bool:
    """Does a noun trigger stand as an event of its own here (not a mention of one told elsewhere)?"""
    if any(c.dep_ in ("poss", "nummod") for c in noun.children):
        return True
    for child in noun.children:
        if child.dep_ in ("prep", "acl", "relcl", "compound", "amod"):
            if child.dep_ == "prep" and child.lower_ in ("by", "on", "against", "in", "near", "at", "between", "of", "with", "outside", "across"):
                return True
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                return True          # "an airstrike that killed", "a blast claimed by"
            if child.dep_ in ("compound", "amod") and (child.ent_type_ or child.pos_ == "PROPN"):
                return True          # "a US airstrike", "Israeli strikes"
            if child.dep_ == "compound" and child.lemma_.lower() in word_class("weapon") | {"air", "suicide", "car"}:
                return True          # "a drone strike", "a suicide bombing": a particular act
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _COMPLAINT_VERBS and noun.lemma_.lower() in word_class("offence_frame"):
        return True                  # "the widow lodged a complaint for theft": a complaint made, the act told here
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") and head.lemma_.lower() in _HAPPEN_VERBS:
        return True                  # "a protest was held", "clashes broke out", "killed in an attack"
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in lexicon.words("removal_verbs") and (
            not _told_before(noun)):
        return True                  # "police dispersed a student demonstration": it was there to disperse
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and head.lower_ in ("in", "during", "after", "amid", "following"):
        # "after the attack" refers back to an attack told before; "killed in the attack" tells its toll
        return not (head.lower_ in ("after", "following") and _told_before(noun))
    return noun.dep_ == "ROOT"       # a headline: "Clashes in Mogadishu"


def _told_before(noun) -> bool:
    """'the attack', 'this raid' with nothing of its own: a mention of an event told earlier."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children) and not any(
        c.dep_ in ("amod", "compound", "nummod", "prep", "acl", "relcl", "poss") for c in noun.children)

    return noun.dep_ == "ROOT"       # a headline: "Clashes in Mogadishu"


def _labour_strike(token) -> bool:
    """'teachers went on strike', 'a general strike', 'striking doctors'."""
    if token.pos_ == "VERB":
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        has_object = any(c.dep_ == "dobj" for c in token.children)
        return subject is not None and subject.lemma_.lower() in word_class("labour") and not has_object
    if any(c.lower_ in word_class("strike_sense") or c.lemma_.lower() in word_class("labour")
           for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")):
        return True
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in ("day", "hour", "week", "month") and any(
            g.like_num or g.tag_ == "HYPH" for g in c.children) for c in token.children):
        return True                 # "a three-day strike", "a 48-hour strike": a stoppage of work, timed
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("call", "declare", "stage") for c in token.children):
        return True                 # "shops shut for a strike called by bus owners": a stoppage called, as 'called a strike'
    head = token.head
    return token.dep_ in ("pobj", "dobj") and (head.lower_ == "on" and head.head.lemma_.lower() in ("go", "be", "remain")
                                               or head.lemma_.lower() in ("call", "declare", "end", "suspend", "stage", "begin", "join"))


def _strike_mode(token) -> Optional[str]:
    """'a drone strike' aerial, 'a missile strike' heavy-weapons (data/event_mode_cues.tsv), from
    the words that modify the strike; None when they do not say."""
    words = [c.text for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    return lexicon.mode_in("ASSAULT", " ".join(words + [token.text])) if words else None


_IDENTITY_VERBS = {"name", "identify", "quote", "publish", "use", "print", "give", "disclose", "reveal", "withhold"}


def _anonymity(ask) -> bool:
    """'who asked not to be named', 'who asked that his name not be printed', 'asked that he not
    be identified': a source asking to stay unnamed, the reporter's convention, no request of a party."""
    for c in ask.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote"):
            return True
        if c.dep_ == "ccomp" and c.lemma_.lower() in _IDENTITY_VERBS and any(g.dep_ == "neg" for g in c.children) and any(
                g.dep_ == "nsubjpass" and (g.lemma_.lower() in ("name", "identity") or g.pos_ == "PRON") for g in c.children):
            return True
    return False


_SHARE_WORDS = {"cent", "percent", "%", "pc"}


def _funding_level(token) -> bool:
    """'the appeal is 23% funded', 'the winter plan is 30 per cent funded': a share of an appeal met, the
    state of its funding that situation reports give, not a donor's act."""
    if token.dep_ == "acl" and token.head.lower_ in _SHARE_WORDS:
        return True
    return any(c.dep_ in ("npadvmod", "advmod") and c.lower_ in _SHARE_WORDS for c in token.children)


def _protest_note(verb) -> bool:
    """Is what the verb hands over a note or letter of protest ('passed her a note of protest')?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("note", "letter", "memorandum") and (any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.lemma_.lower() == "protest" for g in p.children) for p in c.children) or any(
        g.dep_ in ("compound", "amod") and g.lemma_.lower() == "protest" for g in c.children))   # 'a protest note' (round 21)
        for c in verb.children)


def _diplomatic(noun) -> bool:
    """'lodged a formal protest': a government's complaint (ACCUSE), not a demonstration; so is a
    note or letter of protest sent ('sent Norland a note of protest')."""
    if any(c.lemma_.lower() in _DIPLOMATIC for c in noun.children if c.dep_ == "amod"):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("note", "letter", "memorandum"):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _COMPLAINT_VERBS


def _campaign(token) -> bool:
    """'addressed a rally of his supporters', 'a campaign rally', 'told a rally in the capital',
    'faces a re-election battle ... a rally drew 20,000 supporters': no protest, unless the
    sentence says what the crowd was against or demanded."""
    words = {c.lemma_.lower() for c in token.subtree if c.i != token.i}
    sentence = {c.lemma_.lower() for c in token.sent} | {c.lower_ for c in token.sent}
    if any(w in sentence for w in ("against", "protest", "demand", "demanding", "denounce", "oppose", "condemn")):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in ("support", "solidarity", "defence", "defense")
                                                          for g in c.children) for c in token.children):
        return False                # "rallied in support of the state court": a demonstration for a cause
    if token.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in token.children):
        return False                # "supporters marched on the capital": a march on a seat of power is a protest
    if token.dep_ in ("dobj", "pobj", "dative") and token.head.lemma_.lower() in ("tell", "address", "speak", "addres"):
        return True
    if token.dep_ == "pobj" and token.head.head.lemma_.lower() in ("tell", "address", "speak"):
        return True
    return bool(words & _CAMPAIGN) or bool(sentence & word_class("campaign_word"))


def _diplomatic_protest(token) -> bool:
    """'summoned the envoy to protest the remarks', 'the Commission protested to China's trade
    ministry', 'the ministry protested against the seizure': a government's complaint (ACCUSE)."""
    if token.dep_ in ("advcl", "xcomp", "conj") and token.head.lemma_.lower() in word_class("diplomatic_act"):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and (party_kind(subject.lemma_) == "authority" or subject.ent_type_ == "GPE"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(party_kind(g.lemma_) == "authority" or g.ent_type_ in ("GPE", "ORG")
                                                             for g in c.children if g.dep_ == "pobj")
               for c in token.children)


def _blames_a_thing(token) -> bool:
    objects = [c for c in token.children if c.dep_ in ("dobj", "prep")]
    if not objects:
        return False
    words = [t for c in objects for t in c.subtree]
    return not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN" or party_kind(t.lemma_) for t in words)


def _threat_made(noun) -> bool:
    """A threat someone made: 'issued a threat', 'threats to close the border', 'a threat that
    ...', 'Moscow's threat', 'threats against the judges'."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in word_class("threat_made_verb"):
        return True
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("aux", "mark") and g.lower_ in ("to", "that")
                                                                            for g in c.children):
            return True         # "a threat to close the border", "the threat that it would strike"
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children):
            return True         # "a threat the secretary repeated on Wednesday"
        if c.dep_ == "poss" and (c.ent_type_ or c.pos_ == "PROPN" or party_kind(c.lemma_)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("against", "by"):
            return True
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("death", "bomb", "nuclear", "verbal", "explicit", "veiled"):
            return True
    return False


def _sporting(noun) -> bool:
    words = {t.lower_ for t in noun.sent} | {t.lemma_.lower() for t in noun.sent}
    return len(words & word_class("sport_cue")) >= 2 and not words & word_class("weapon") - {"round", "shot"}


def _accidental_cause(token) -> bool:
    """'a fire destroyed the market', 'river pollution destroyed their crops', 'vineyards flattened
    by a storm': damage with no one who caused it on purpose."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if subject is None and agent is not None:    # "vineyards flattened by a storm"
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and token.dep_ == "relcl":
        subject = token.head                     # "a cyclone that hit the coast"
    if subject is None or subject.lemma_.lower() not in word_class("accidental_fire"):
        return False
    words = {t.lemma_.lower() for t in token.sent if t.i != token.i}     # never the verb itself ('struck')
    return not words & {"arson", "arsonist", "attacker", "gunman", "militant", "set", "torch", "bomb", "shell", "strike"}


def _courtesy(token) -> bool:
    """'thank you', 'welcome back', 'corrections welcome': a courtesy of the page, no support."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")]
    if objects:
        return all(c.lower_ in ("you", "everyone", "all", "listeners", "readers") for c in objects)
    if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in token.children):
        return False            # "the move was welcomed by Tokyo"
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is None or not (subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or party_kind(subject.lemma_))


def _deploys(token) -> bool:
    """'ordered troops onto the streets', 'ordered the army into the province': a deployment
    (MOBILIZE); 'ordered troops to withdraw' stays a demand whose content is coded apart."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    for clause in (c for h in (token, *objects) for c in h.children
                   if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lexicon.words("reinforcing_verbs")):
        # "ordered patrols on the highway to be doubled": more forces out, a deployment (round 21)
        if any((party_kind(n.lemma_) == "force" or n.lemma_.lower() in lexicon.words("patrol_nouns"))
               for n in (*objects, *(g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")))):
            return True
    if not any(party_kind(c.lemma_) == "force" for c in objects):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False
    return any(c.dep_ in ("prep", "advmod") and c.lower_ in ("onto", "into", "to", "back", "across", "along", "out")
               for o in [token, *objects] for c in o.children)


def _blocking(token, code, mode):
    """Who blocks decides the type: 'students blockaded the building', 'truck drivers blocked the
    bridge' (a protest); 'police blocked the road', 'the authorities blocked access to a news
    site', 'the navy blockaded the port' (coercion)."""
    # the subject nearest the verb: an incident log's cells ('25 Feb | Bolivia, La Paz | Coca growers
    # blocked ...') may be parsed as subjects of the verb too
    subject = max((c for c in token.children if c.dep_ == "nsubj"), key=lambda c: (c.i < token.i, c.i if c.i < token.i else -c.i),
                  default=None)
    if subject is None and token.pos_ == "NOUN" and token.dep_ == "dobj":
        # "the insurgents kept up their blockade of the port", "the navy imposed a blockade": the noun's
        # party is who keeps or imposes it
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return code, mode
    subject = side_readings.past_the_vocative(subject)   # round 29: 'Minister, a citizens' collective has blocked ...'
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if member is not None and party_kind(member.lemma_) in ("person", "crowd"):
        subject = member            # "a crowd of residents barricaded the bridge"
    elif member is not None and subject.lemma_.lower() == "member" and member.lemma_.lower() in lexicon.words("civic_bodies") and any(
            c.dep_ in ("poss", "compound", "amod") and (c.lemma_.lower() in word_class("labour") | word_class("person") or party_kind(c.lemma_) in (
                "person", "crowd") or c.tag_ == "NNS" and c.dep_ == "poss") for c in member.children):
        return "PROTEST", "obstruct"    # "members of the fishermen's union blocked the port road": a trade's people (round 21)
    kind = party_kind(subject.lemma_)
    if subject.lemma_.lower() in ("member", "group") and any(
            c.dep_ in ("poss", "compound") and (c.lemma_.lower() in word_class("labour") or party_kind(c.lemma_) in ("person", "crowd"))
            for c in subject.children):
        kind = "crowd"              # "teachers' union members", "union members", "student groups": a trade's
                                    # or a community's people, no force
    if subject.lemma_.lower() == "member" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children) and (
            _civic_body_before(subject)):
        kind = "crowd"              # round 23: "the peasants' federation ..., and its members blocked the road"
    if kind in ("force", "authority", "group") or subject.ent_type_ in ("GPE", "ORG") and subject.tag_ != "NNS":
        return "COERCE", "restrict"     # (a plural common noun opening the sentence, 'Farmers', is no organisation)
    if kind in ("crowd", "person") or subject.lemma_.lower() in word_class("labour") or subject.tag_ in ("NNS", "NNPS"):
        return "PROTEST", "obstruct"    # "dock workers", "residents", "bus drivers"
    return code, mode


def _civic_body_before(subject) -> bool:
    """Round 23: is the nearest party noun before 'its members' / 'their members' in the sentence a civic body (a
    federation, a union, an association: data `civic_bodies`), which the possessive names? Plural nouns are
    passed over for 'its'."""
    singular = any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children)
    for t in reversed(list(subject.sent)[:subject.i - subject.sent.start]):
        if singular and t.tag_ in ("NNS", "NNPS"):
            continue                # 'its' names one body, not 'residents' or 'soldiers'
        if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in lexicon.words("civic_bodies") or party_kind(t.lemma_) is not None):
            return t.lemma_.lower() in lexicon.words("civic_bodies")
    return False


def _by_state(token) -> bool:
    """Is the verb's subject a state, an authority or a force ('Pakistan closed the crossing')?"""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and (party_kind(subject.lemma_) in ("force", "authority") or subject.ent_type_ == "GPE")


def _by_crowd(token) -> bool:
    """Is the verb's subject people who are no state, authority, force or armed group ('residents',
    'the strikers', 'villagers')?"""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ in ("GPE", "ORG") or subject.pos_ == "PRON":
        return False
    kind = party_kind(subject.lemma_)
    return kind == "crowd" or kind == "person" and subject.tag_ == "NNS" or (
        kind is None and subject.tag_ == "NNS" and subject.lemma_.lower() in word_class("person"))


def _by_armed_men(token) -> bool:
    """Is the verb's subject an armed group or armed men ('gunmen', 'armed men', 'bandits')? Their
    stopping a vehicle is part of their attack or abduction, not a state's coercion."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and (party_kind(subject.lemma_) == "group" or any(
        c.dep_ == "amod" and c.lower_ == "armed" for c in subject.children))


def _by_state_or_agent(token) -> bool:
    """_by_state, or a passive whose agent is a state, an authority or a force ('were evicted by
    police'), or a passive with no agent (a state's act told without its author: 'squatters were
    evicted')."""
    if _by_state(token):
        return True
    if any(c.dep_ == "nsubj" for c in token.children):
        return False
    agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return agent is None or party_kind(agent.lemma_) in ("force", "authority") or agent.ent_type_ == "GPE"


def _infinitive_purpose(token) -> bool:
    """'shut the town hall to denounce ...', 'chained the gates to demand ...'."""
    return any(c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in token.children)


def _joint(token) -> bool:
    """'a joint patrol', 'carried out a joint operation': the act named as done together."""
    nouns = [token] + [c for c in token.children if c.dep_ in ("dobj", "attr")]
    if token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in lexicon.words("joint_adverbs") for c in token.children):
        return True             # round 22: "their gunboats patrol jointly with our cutters"
    return any(c.dep_ == "amod" and c.lower_ in ("joint", "combined") for n in nouns for c in n.children)


def _force_without_harm(token, lemma: str) -> bool:
    """A raid, a search or a security operation that the sentence tells of no harm in (no
    casualty, weapon used or violence): coercion (COERCE), as in 'police raided the offices and
    seized computers', 'troops conducted a search operation and detained eleven'."""
    if lemma in ("carry", "conduct"):
        objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"} | {
            g.lemma_.lower() for c in token.children if c.dep_ == "prt" for g in c.children}
        objects |= {c.lemma_.lower() for c in token.children if c.dep_ == "dobj" for c in c.children if c.dep_ == "compound"}
        objects |= {g.lemma_.lower() for c in token.rights if c.dep_ == "dobj" for g in [c]}
        if not objects & {"raid", "operation", "search"} or objects & {"attack", "strike", "airstrike", "bombing", "shelling", "assault", "ambush", "massacre", "killing", "execution"}:
            return False
    elif lemma != "raid":
        return False
    raider = _subject_of_clause(token)
    if raider is not None and party_kind(raider.lemma_) == "group":
        return False            # "fighters raided three villages": an armed group's raid is an attack; a
                                # search by the state's forces is what tells of no harm
    told = [t for t in _sentence_and_next(token) if not _harm_denied(t)]
    words = {t.lemma_.lower() for t in told} | {t.lower_ for t in told}
    harm = word_class("casualty_word") | word_class("weapon") | word_class("violence_cue")
    return not (words & (harm - {"operation", "round", "stick", "stone", "rock", "shot"}))


def _subject_of_clause(verb):
    """The verb's subject, or that of the verb its participle or conjunct hangs on ('struck back,
    raiding two villages')."""
    for v in (verb, verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None):
        if v is None:
            continue
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _objects(token) -> list:
    """The things a verb acts on: its direct objects (the subject of a passive) and their conjuncts."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    out = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN"))
    return out


def _arms_seized(token) -> bool:
    """'Officers recovered two rifles and cartridges', 'weapons were confiscated': what a force finds
    in an operation or after a clash is no coercion of anyone (the clash or arrest told beside it
    is the event). Only when every thing seized is arms or kit: drugs, boats, land or a town seized
    stay coercion."""
    if token.lemma_.lower() not in lexicon.words("weapon_seizure_verbs"):
        return False
    things = _objects(token)
    arms = word_class("seized_arms")
    return bool(things) and all(t.lemma_.lower() in arms or t.lower_ in arms for t in things)


def _noise_made(token) -> bool:
    """'protested by beating pots', 'banging pans': beating what protesters make noise with
    hits no one."""
    things = _objects(token)
    noise = word_class("noise_makers")
    return bool(things) and all(t.lemma_.lower() in noise or t.lower_ in noise for t in things)


def _stormed_out(token) -> bool:
    """'stormed out of the meeting', 'stormed off': leaving in anger, no assault on a place."""
    if token.lemma_.lower() != "storm":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "off") for c in token.children) or (
        after is not None and after.lower_ in ("out", "off"))


def _harm_denied(token) -> bool:
    """'no one was hurt', 'nobody was injured', 'were not harmed': a casualty word the sentence
    says did not happen tells of no harm (the raid stays coercion); nor does a weapon that was
    seized or found ('seized 40 rifles', 'recovered explosives'), which no one used."""
    if token.dep_ in ("dobj", "nsubjpass", "conj") and token.head.lemma_.lower() in lexicon.words("weapon_seizure_verbs"):
        return True
    verb = token if token.pos_ in ("VERB", "AUX") or token.tag_ == "VBN" else None
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or c.lower_ == "one" and any(
                g.lower_ == "no" for g in c.children)):
            return True
    return False


def _sentence_and_next(token) -> list:
    """The trigger's sentence and the next one on the same line: 'troops raided the compound.
    A clash broke out and three were killed' tells of harm in the raid."""
    sent = token.sent
    doc = token.doc
    out = list(sent)
    if sent.end < len(doc):
        following = doc[sent.end].sent
        between = doc.text[sent.start_char:following.start_char]
        if "\n" not in between[len(between.rstrip()):]:
            out.extend(following)
    return out


def _firing(token, code, mode):
    """'fired a missile into the sea' (a launch, no target: MOBILIZE), 'fired into the air to
    disperse them', 'fired warning shots' (COERCE); fire on someone stays an assault."""
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    mods = {g.lower_ for c in token.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("amod", "compound")}
    heads = [token] + [c for c in token.children if c.dep_ == "dobj"]
    into = {g.lemma_.lower() for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("into", "over", "toward", "towards")
            for g in c.children if g.dep_ == "pobj"}
    into |= {g.lemma_.lower() for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "air"}     # "fired rounds in the air"
    targeted = any(c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "against") and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children) for h in heads for c in h.children)
    if targeted:
        return code, mode
    if "warning" in mods or "air" in into and not objects & {"missile", "rocket"}:
        return "COERCE", None
    if into & word_class("launch_sink") and objects & {"missile", "rocket", "projectile"}:
        return "MOBILIZE", None
    return code, mode


def _asks_a_question(token) -> bool:
    """'This brief asks who is behind the damage': asking a question is no REQUEST."""
    return any(c.dep_ == "ccomp" and token.doc[c.left_edge.i].lower_ in lexicon.words("wh_words") for c in token.children)


def _declines_to_answer(token) -> bool:
    """'declined to comment', 'refused to say': no rejection a coder would record."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in nonevent_complements() for c in token.children)


def _another_event_erupted(token) -> bool:
    """'Fighting erupted', 'a fierce battle has erupted': the subject names an event of another
    type, which its own noun codes; only protests and unrest erupting are a PROTEST."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    coded = {p.code for p in triggers().get(("noun", subject.lemma_.lower()), ())}
    return bool(coded) and "PROTEST" not in coded


def _displaced(token) -> bool:
    """'100,000 residents fled', 'families evacuated': civilians on the move are displaced;
    RETREAT is a force pulling back."""
    # the subject nearest before the verb ('Clashes in Tibu; families fled': the parse gives two)
    subject = max((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")),
                  key=lambda c: (c.i < token.i, c.i if c.i < token.i else -c.i), default=None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        subject = token.head            # "three suspects who had fled to the hills": the people the clause is about
    if subject is None and token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
        subject = token.head            # "forcing 3,000 residents to flee" (the parse makes 'flee' their clause)
    elif subject is None and token.dep_ in ("xcomp", "ccomp"):
        subject = next((c for c in token.head.children if c.dep_ == "dobj"), None)   # "forced families to leave"
    if subject is not None and (subject.like_num or subject.ent_type_ in ("CARDINAL", "ORDINAL") or subject.lower_ in ("first", "last")):
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and subject.tag_ == "NNS":
            return True                 # "thousands fled on foot", "hundreds left for the hills": a crowd counted
                                        # (a force would be named: 'hundreds of troops pulled back')
        subject = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else subject
    if subject is None:
        return False
    if subject.lemma_.lower() in lexicon.words("transport_vehicles"):
        return True                     # round 27: "the first of those flights had left the capital": a vehicle on
                                        # its way, no force pulling back
    return party_kind(subject.lemma_) in ("person", "crowd") or subject.ent_type_ == "NORP" and subject.tag_ == "NNPS"


def _with_violent_context(found: list[Trigger], span, context=frozenset()) -> list[Trigger]:
    """Deaths and wounds are assaults only where the sentence tells of violence; none when it
    names an accident, a disaster or an illness as the cause. A body found with the marks of
    violence ('found dead with gunshot wounds') is an assault whose author is unknown."""
    lemmas = words_of(span)
    nonviolent = bool(lemmas & word_class("nonviolent_cause"))
    # a body hidden or restrained ('found rolled up in a tarpaulin', 'inside a bag') was killed
    cues = (lemmas | set(context)) & (word_class("violence_cue") | word_class("concealed_body"))
    violent = bool(cues) or bool(lemmas & word_class("weapon") - {"fire", "shot", "round", "stick", "stone", "rock"}) or any(t.code == "ASSAULT" and t.token.lemma_.lower() not in _CASUALTY_LEMMAS for t in found)
    out = []
    for t in found:
        lemma = t.token.lemma_.lower()
        if t.code == "ASSAULT" and lemma in _CASUALTY_LEMMAS | {"kill"} and nonviolent and not cues:
            continue
        if t.code == "ASSAULT" and lemma in _MAYBE_NATURAL and not violent:
            continue           # "died", "deaths": violence only where the sentence tells of it
        out.append(t)
    if not any(t.code == "ASSAULT" for t in out) and cues:
        body = _found_dead(span)
        if body is not None:
            out.append(Trigger(body, TriggerPattern("ASSAULT", "verb", "find", None, frozenset(), None, None)))
    return sorted(out, key=lambda t: t.token.i)


def _found_dead(span):
    """'a man was found dead', 'the bodies of three fishermen were found on the shore': the verb 'find'."""
    for token in span:
        if token.lemma_.lower() != "find" or token.pos_ != "VERB":
            continue
        words = {c.lemma_.lower() for c in token.subtree}
        if words & {"dead", "body", "corpse", "remains", "lifeless", "beheaded", "murdered"}:
            if _bodies_told_before(token):
                continue
            return token
    return None


def _bodies_told_before(find) -> bool:
    """'police found their bodies', 'the bodies were found near the river' (no count, no 'of'): the
    bodies of people the text has already told were killed; the finding tells no new killing (round 21).
    'the bodies of three fishermen were found', 'a body was found' stay."""
    bodies = [c for c in find.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("body", "corpse", "remains")]
    return bool(bodies) and all(
        any(g.dep_ == "poss" and g.pos_ == "PRON" for g in b.children) or (
            any(g.dep_ == "det" and g.lower_ in ("the", "these", "those") for g in b.children)
            and not any(g.dep_ in ("prep", "nummod", "acl", "relcl") for g in b.children))
        for b in bodies)
