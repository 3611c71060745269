"""Factuality of an event, from the parse (after FactBank's and TimeML's event modality,
Saurí & Pustejovsky 2009): asserted, reported, denied, planned, threatened, hypothetical or
negated. Going up from the trigger through the words that govern it, the first of these decides:

- negation of the trigger or of a verb it completes ('has not stormed', 'never attacked',
  'no attack'), a subject 'nobody' / 'no one', a zero count ('killed zero', 'no one was
  killed'): negated; governed by 'refuse', 'fail', 'decline': negated;
- the content of a denial ('denied that the army had targeted civilians'): denied;
- the content of a threat or a vow ('threatened to close the bridges'): threatened;
- a condition or its consequence ('if ...', 'would', 'could', 'might'), a question, the content
  of a request ('urged them to hold talks'): hypothetical;
- the future ('will', 'is to', 'about to', 'set to'), a plan, aim, goal or purpose ('its goal is
  to retake', 'in order to', 'an operation to arrest him'), the content of an agreement or promise ('agreed to withdraw'):
  planned;
- a habitual or generic mention, which tells of no one happening: generic ('militias routinely
  attack villages', 'each new strike', 'continued attacks', 'Russian planes deter Israeli
  strikes'); an event noun marked possible or future ('a possible strike'), or a means ('the only
  way to win is to destroy X'): hypothetical;
- otherwise the event is told as having happened: reported when someone other than the author
  tells it ('X said', 'according to'), asserted when the author does.
Word lists: data/event_factuality.tsv.
"""
from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from . import side_readings

_CLIMB = {"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass",
          "attr", "acomp", "csubj", "oprd", "appos", "amod", "compound", "npadvmod"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset]:
    out: dict[str, set] = {}
    for row in lexicon.rows("event_factuality.tsv"):
        out.setdefault(row["cue"], set()).update(w.strip().lower() for w in row["words"].split("|"))
    return {k: frozenset(v) for k, v in out.items()}


def is_cue(word: str, cue: str) -> bool:
    """Is `word` one of the cue words of kind `cue` (data/event_factuality.tsv)?"""
    return word in _words().get(cue, ())


def _is(word: str, cue: str) -> bool:
    return word in _words().get(cue, ())


def factuality(trigger, question: bool = False, attributed: bool = False, verbal: bool = False,
               protest: bool = False) -> str:
    """The factuality of the event whose trigger token is `trigger`; `question`: the sentence is a
    question; `attributed`: the sentence is attributed to a source other than the author;
    `verbal`: the event is a speech act (SUPPORT, ACCUSE, REQUEST ...); `protest`: the event is
    a PROTEST (whose purpose clause may tell the act it hangs on: 'blocked the road to protest')."""
    node = trigger
    via_conj = False
    in_phrase = False                   # climbed out of a prepositional phrase ('hurt in the clash')
    if trigger.head.lower_ == "to" and any(c.dep_ == "amod" and c.lower_ in lexicon.words("removal_verbs")
                                           for c in trigger.children):
        return _told(trigger, question, attributed)   # "to clear barricades", 'clear' parsed as an adjective
    if _inverted_condition(trigger):
        return "hypothetical"           # "had the sentry fired on the boat, the two navies would ..."
    if trigger.tag_ == "VBG" and trigger.dep_ == "csubj" and trigger.head.lemma_ == "be" and trigger.head.tag_ in ("VBZ", "VBP") and (
            trigger.left_edge.i == trigger.sent.start or trigger.doc[trigger.left_edge.i - 1].lower_ != ","):
        return "generic"                # "sending soldiers is necessary": a kind of act judged, no act told (round 21)
    if trigger.pos_ == "NOUN" and _dated_ahead(trigger):
        return "planned"                # "ordered both unions to a meeting in Kisumu next week": still to come
    for depth in range(10):
        verdict = _local(node, trigger, depth == 0, via_conj, in_phrase)
        if verdict is not None:
            return verdict
        if node.dep_ not in _CLIMB or node.head is node:
            break
        if depth == 0 and node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ == "mark" for c in node.children):
            break                       # "dispersed students protesting": the participle describes them
        via_conj = node.dep_ == "conj"
        in_phrase = in_phrase or node.dep_ == "pobj"
        if via_conj and node.tag_ in ("VBD", "VBZ", "VBP") and node.head.tag_ == "VB":
            break                       # "refused to apologise and accused X": a finite verb is no infinitive's sister
        if via_conj and (active_sister_of_passive(node) or (verbal or _is(node.lemma_.lower(), "reporting")) and (
                speech_sister_of_perfect(node))):
            # round 26: "denied that it had neglected his request and said it had extended the state of exception":
            # what the second verb of saying reports is told by the denier's second act, not denied
            break                       # "denied that any guard had been hurt and accused police of ...": the
                                        # accusation is the denier's second act, not part of what was denied
        if via_conj and main_clause_of_its_own(node):
            break                       # round 31: "we have not been able to verify it, and the police say ...": a main
                                        # clause with its own subject, joined to the sentence's, is no part of it
        if via_conj and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
            break                       # "said there would be no dialogue and that nine informers had been detained":
                                        # a second 'that' clause tells its own fact
        if _clause_before_semicolon(node):
            break                       # "X accused Y of ...; Y denied any role": the next clause is no frame of this one
        if _claim_disowned(node):
            return "denied"             # "rumours that militiamen looted shops were untrue", "saw no
                                        # proof of claims that troops had shot": a claim the text sets aside did not happen as told
        if _past_relative(node):
            break                       # "demanded consular access, which Minsk refused on Thursday": a relative clause
                                        # in the past tells its own fact, whatever frames the noun it describes
        child, node = node, node.head
        if via_conj and child.tag_ == "VBG" and node.tag_ == "VB" and node.dep_ in ("xcomp", "ccomp", "advcl") and (
                node.head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
            node = node.head            # "retaliated by ordering three attachés to quit the country and withdrawing its envoy": the
            continue                    # parse joins the gerund to the infinitive; it is the first gerund's sister
        if child.dep_ == "advcl" and child.tag_ == "VBG" and node.dep_ == "ccomp" and any(
                m.dep_ == "mark" and m.lower_ in ("while", "whilst") for m in child.children):
            node = node.head            # "promised that Serbia would never abandon them, while urging restraint": the
            continue                    # participle is the promiser's act, not part of what was promised or negated
        if verbal and child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > 0 and child.doc[child.i - 1].lower_ == "," and (
                node.dep_ == "ccomp" and _is(node.head.lemma_.lower(), "reporting")):
            node = node.head            # "told reporters there would be no pardon, rejecting a plea ...": the participle
            continue                    # after the comma is the speaker's own act, not part of what was said (round 21)
        if _removed(child, node):
            break                       # "fired tear gas to break up a march": the march was there to break up
        if protest and _protest_purpose(trigger, child, node):
            continue                    # "blocked the road to protest ...": the act was the protest
        verdict = _governor(node, child, via_conj, verbal, in_phrase, trigger)
        if verdict is not None:
            return verdict
    return _told(trigger, question, attributed)


def _dated_ahead(noun) -> bool:
    """An event noun dated by a time ahead of the telling: 'a meeting ... next week', 'talks next
    month', 'a vote tomorrow' (round 21 of issue 13)."""
    for c in noun.children:
        times = [c] if c.dep_ in ("npadvmod", "tmod") else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("on", "in") else []
        for t in times:
            if t.lower_ in _words().get("ahead_word", ()) or any(
                    m.dep_ in ("amod", "det") and m.lower_ in _words().get("ahead_modifier", ()) for m in t.children):
                return True
    return False


def _with_particle(verb) -> str:
    """A phrasal verb's lemma with its particle ('rule out'), as the cue lists write it."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else verb.lemma_.lower()


_INVERTING = ("had", "were", "should")


def _inverted_condition(trigger) -> bool:
    """A condition told by inversion ('Had the patrol opened fire, ...', 'Were the army to
    advance, ...', '..., or had a guard fired, both sides would ...'): the clause from
    'had', 'were' or 'should' (opening the sentence or after a comma or 'or') to the next comma,
    its subject right after the verb, with a modal of possibility later in the sentence. An event
    in that clause is a condition, not a fact."""
    sent = trigger.sent
    if sent.text.rstrip().endswith("?"):
        return False                    # "Had they fired?": a question, decided elsewhere
    doc = trigger.doc
    for opener in sent:
        if opener.i >= trigger.i:
            return False
        if opener.lower_ not in _INVERTING or opener.i + 1 >= sent.end:
            continue
        before = doc[opener.i - 1] if opener.i > sent.start else None
        if before is not None and before.lower_ not in (",", "or", "and", ";"):
            continue
        if doc[opener.i + 1].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"):
            continue                    # "..., had been ...": no subject between
        end = next((t.i for t in doc[opener.i:sent.end] if t.text == ","), sent.end)
        if not opener.i < trigger.i < end:
            continue
        if any(t.lower_ in ("would", "could", "might", "'d") for t in doc[end:sent.end]):
            return True
    return False


def _told(trigger, question: bool, attributed: bool) -> str:
    """What nothing governing the trigger decided: a question's event is hypothetical, a habit
    generic, else it happened, told by the author or by a source."""
    if question:
        return "hypothetical"
    if _generic(trigger):
        return "generic"
    return "reported" if attributed or _reported_inline(trigger) else "asserted"


def _removed(child, governor) -> bool:
    """'fired tear gas to break up a march by supporters', 'to scatter students who had marched
    on the ministry', 'to clear blockades set up by drivers': what is broken up, cleared or ended
    was there; an event in the object of such a verb happened, whatever the verb's own
    factuality (a purpose, an order)."""
    return child.dep_ in ("dobj", "nsubjpass") and governor.pos_ in ("VERB", "ADJ") and (
        governor.lemma_.lower() in lexicon.words("removal_verbs"))     # ('to clear blockades': 'clear' tagged an adjective)


_FRAMING_ONLY = ("set", "due", "poise", "expect", "mean", "target")   # plan words only in 'set to', 'due to' ...


def main_clause_of_its_own(conj) -> bool:
    """Is this conjunct a main clause of its own: a finite verb with its own subject, joined by ', and' / ', but' to the
    sentence's root ('We have not been able to verify it, and the police say ...')? Its own words tell its factuality;
    the first clause's negation or modal is not over it."""
    head = conj.head
    if head.dep_ != "ROOT" or conj.pos_ not in ("VERB", "AUX") or conj.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    between = conj.doc[head.i + 1: conj.i]
    return any(t.dep_ == "cc" and t.head.i == head.i and t.i > 0 and t.doc[t.i - 1].text == "," for t in between)


def active_sister_of_passive(conj) -> bool:
    """'... that any guard had been hurt and accused police officers of beating a man': the parser
    joins the second verb to the passive one of the subordinate clause. A participle with a direct
    object of its own and no auxiliary cannot share a passive's auxiliaries, so it is active: a
    verb of the main clause (its subject's second act), outside the clause it was hung on."""
    head = conj.head
    return (conj.tag_ in ("VBN", "VBD") and any(c.dep_ == "auxpass" for c in head.children)
            and any(c.dep_ == "dobj" for c in conj.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in conj.children))


def speech_sister_of_perfect(conj) -> bool:
    """'denied that the army had targeted civilians and accused the resistance of ...': a speech act
    (the event is verbal) joined without an auxiliary of its own to a perfect verb of the denied or
    reported clause is the main subject's second act; a deed there ('had attacked a convoy and
    killed three') still shares the clause."""
    head = conj.head
    if conj.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in conj.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children):
        return True
    return head.dep_ == "ccomp" and conj.i >= 2 and conj.doc[conj.i - 1].lower_ == "and" and conj.doc[conj.i - 2].text == ","
                                        # "denied that its men were involved, and accused X of ...": the comma closes
                                        # the denied clause; the speech act after it is the denier's own


def _past_relative(clause) -> bool:
    """'access, which Minsk refused', 'a robbery in which a guard was killed', 'a man who had been
    arrested last week': a relative clause in the past or perfect, on a noun that names someone or
    something particular (not 'anyone who attacked', 'any ship that entered')."""
    if clause.dep_ != "relcl":
        return False
    if not (clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were")
                                        for c in clause.children)):
        return False
    noun = clause.head
    if noun.lower_ in ("anyone", "anybody", "whoever", "those", "everyone", "anything") or any(
            c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in noun.children):
        return False
    node = noun
    for _ in range(8):                  # not inside a purpose ('set fire to a post to avenge a raid in which rangers
        if node.head is node:           # had seized their cattle'): a background reason a purpose names, which
            break                       # records of one happening leave out
        if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return False
        node = node.head
    return True


def _claim_disowned(clause) -> bool:
    """'rumours online that militiamen looted shops were untrue', 'saw no proof of
    claims that troops had shot a driver': the clause is the content of a report or claim (parsed as
    its relative clause) that the sentence calls false or finds nothing to support. A claim merely
    told ('claims that soldiers fired') is left to the reporting rules."""
    if clause.dep_ not in ("relcl", "acl") or not _is(clause.head.lemma_.lower(), "rumour_noun"):
        return False
    noun = clause.head
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") and _is(c.lemma_.lower(), "falsehood") for c in noun.head.children):
        return True                     # "rumours that ... were untrue"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "behind", "to"):
        return False
    support = prep.head
    if not _is(support.lemma_.lower(), "evidence_noun"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in support.children) or any(
        c.dep_ == "neg" for c in support.head.children) and support.dep_ in ("dobj", "attr")
                                        # "saw no proof of claims that", "did not find any evidence of reports that"


def _clause_before_semicolon(clause) -> bool:
    """'Rebels shot dead two guards; the group threatened more attacks', 'India accused Pakistan of
    ...; Islamabad denied any role', 'demanded an inquiry; Delhi has not replied': the parser
    often hangs a clause on the verb of the clause after a semicolon (as its ccomp or conj). A
    semicolon joins two statements; the later one neither reports, denies nor negates the
    earlier, so the climb stops there."""
    head = clause.head
    if head is clause or clause.i > head.i or clause.dep_ not in ("ccomp", "conj", "parataxis", "advcl"):
        return False
    end = clause.right_edge.i
    return any(t.text == ";" for t in clause.doc[end:head.i])   # (round 27: the parser may hang the ';' on the clause itself)


def _protest_purpose(trigger, clause, governor) -> bool:
    """'Residents blocked the road to protest the closure', 'burned tyres to demonstrate against
    ...', 'gathered to stage a sit-in': a protest verb, or a light verb of a protest noun, in the
    purpose clause of an act. The act was done as the protest, so the protest happened as the act
    did (the clause's goal is what was demanded, coded apart); 'police deployed to prevent a
    protest' has no protest verb and stays a purpose."""
    if clause.dep_ != "advcl" or clause.tag_ != "VB" or not any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children):
        return False
    lemma = governor.lemma_.lower()
    if governor.pos_ != "VERB" or _is(lemma, "plan") and (lemma not in _FRAMING_ONLY or clause.dep_ == "xcomp"):
        return False                    # "plans to protest"; but "set up barricades to protest" is no plan
    if clause.i == trigger.i:
        return clause.lemma_.lower() in lexicon.words("protest_act_verbs")
    return trigger.dep_ == "dobj" and trigger.head.i == clause.i and clause.lemma_.lower() in lexicon.words("protest_light_verbs")


def _local(node, trigger, is_trigger: bool, via_conj: bool, in_phrase: bool = False):
    """What the words attached to `node` say: negation first, then conditions and modals of
    possibility, then the future. `in_phrase`: the event is named in a prepositional phrase of
    `node`, whose 'nobody' subject counts its casualties, not the event ('no one was hurt in the
    clash': the clash happened)."""
    children = list(node.children)
    if not is_trigger and _is(node.lemma_.lower(), "knowledge"):
        children = [c for c in children if c.dep_ != "neg"]   # "who fired is not known": the shooting happened
    own_tense = via_conj and trigger.tag_ == "VBD" and node.tag_ != "VBD" and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "can", "do", "does") for c in children)
    for child in children:
        low = child.lower_
        if (child.dep_ == "neg" or (child.dep_ == "advmod" and _is(low, "negation"))) and not own_tense:
            return "negated"            # (not "said her state 'will not be pushed around' and urged X to ...": a past
                                        # verb joined to a negated future one is an act of its own)
        if child.dep_ == "det" and low == "no" and is_trigger:
            return "negated"            # "no attack was reported"
        own_clause = is_trigger or trigger.dep_ == "dobj" and trigger.head.i == node.i
        if child.dep_ in ("nsubj", "nsubjpass") and not in_phrase and not _own_subject(trigger, via_conj) and (_is(low, "nobody") or low in lexicon.words("no_one") or any(
                g.lower_ in ("no", "neither") and g.dep_ == "det" and own_clause or low == "one" and (
                    g.lower_ == "no" or g.lower_ == "not" and g.dep_ == "neg" and g.i < child.i)
                for g in child.children)):
            return "negated"            # "nobody was killed", "no one was hurt", "no government has recognised it",
                                        # "neither government gave up a single demand"; round 27: "not one of the
                                        # detainees has been charged" ('not' hung on the subject 'one')
        if is_trigger and child.dep_ in ("nsubj", "nsubjpass") and low in ("anyone", "anybody") and node.tag_ in ("VBD", "VBN") and not any(
                c.dep_ == "aux" for c in children):
            return "negated"            # "ended without a shot fired or anyone detained": 'anyone' with a past act is
                                        # the scope of a negation the parser lost
        if child.dep_ == "cc" and low in ("nor", "neither") and child.i == node.sent.start and child.i < node.i:
            return "negated"            # "Nor did Moscow send reinforcements" (inverted: 'nor' opens the clause)
        if is_trigger and child.dep_ in ("dobj", "nsubjpass") and any(
                g.lower_ in ("zero", "no") and g.dep_ in ("nummod", "det") for g in child.children):
            return "negated"            # "killed zero foreign soldiers"
    threat = is_trigger and _is(node.lemma_.lower(), "threat")
    for child in children:
        low = child.lower_
        if child.dep_ == "mark" and _is(low, "condition"):
            return "hypothetical"
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and _is(g.lower_, "condition") for g in child.children) and not threat:
            return "hypothetical"       # the consequence of "if ...", or "will surrender only if ..."; but "threatened a
                                        # strike if wages are not paid": the condition is the threat's content, made now
        if child.dep_ == "aux" and _is(low, "hypothetical_modal"):
            return "hypothetical"
        if is_trigger and child.dep_ == "amod" and _is(low, "irrealis_modifier"):
            return "hypothetical"       # "a possible strike", "future attacks"
        if is_trigger and child.dep_ == "amod" and _is(low, "planned_modifier"):
            return "planned"            # "before planned talks in Havana", "the proposed summit"
        if is_trigger and node.pos_ == "NOUN" and child.dep_ == "amod" and _is(low, "ahead_modifier") and not _told_in_past(node):
            return "planned"            # round 22: "the next general strike is called for 3 June"
        if is_trigger and node.pos_ == "NOUN" and child.dep_ == "acl" and child.tag_ == "VBN" and _is(low, "planned_modifier"):
            return "planned"            # "a summit with Seoul, planned for March, is now in doubt": the participle after
                                        # the noun says the same as the adjective before it
    for child in children:
        low = child.lower_
        if child.dep_ == "aux" and _is(low, "future_aux") and not via_conj:
            return "planned"
        if child.dep_ in ("aux", "auxpass") and low in ("is", "are", "was", "were") and node.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children):
            return "planned"            # "the army is to withdraw"
    return None


def _own_subject(trigger, via_conj: bool) -> bool:
    """Round 23: a verb joined to a clause whose subject is 'nobody' and with a subject of its own ('nobody was
    hurt, and four men were arrested') is not in the scope of that 'nobody'."""
    return via_conj and trigger.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)


def _governor(node, child, via_conj: bool, verbal: bool = False, in_phrase: bool = False, trigger=None):
    """What the word governing the event says of it ('denied that ...', 'threatened to ...').
    `in_phrase`: the event was reached through a prepositional phrase ('to begin talks in a letter
    delivered by ...'), whose act the purpose of a noun does not reach."""
    lemma = node.lemma_.lower()
    if via_conj and _is(lemma, "request") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and any(
            p.dep_ == "prep" and p.lower_ == "for" and p.i < child.i for p in node.children):
        return "hypothetical"           # "called for the raid on the camp to be examined", the infinitive parsed as
                                        # a sister of 'called': an infinitive is no finite verb's neighbour
    if via_conj:
        return None                     # "appealed ... and condemned": a neighbour, not a frame
    if lemma in ("have", "be") and child.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children):
        return "negated"                # "the rival factions have yet to sit down", "is yet to reply": not done
    if (_is(lemma, "negating") or _is(_with_particle(node), "negating")) and not (side_readings.refusing_food(node) or side_readings.refusing_work(node)) or lemma == "without" and child.dep_ in ("pcomp", "pobj") or (
            lemma == "short" and child.dep_ == "prep" and child.lower_ == "of"):
        return "negated"                # "without granting them recognition", "stopped short of calling for"
    if _is(lemma, "denial") and child.dep_ in ("ccomp", "xcomp", "dobj", "pcomp", "pobj"):
        return "denied"
    if _is(lemma, "threat"):
        return "threatened"
    if lemma == "call" and child.dep_ == "dobj" and child.lemma_.lower() in lexicon.words("called_protests") and not any(
            p.dep_ == "prep" and p.lower_ == "for" and any(g.ent_type_ in ("DATE", "TIME") for g in p.subtree)
            for p in [*child.children, *node.children]):
        return None                     # "the federation called a strike on 3 March": a protest called is one declared
                                        # ("called a second march for next Saturday" stays to come)
    if _is(lemma, "request") and (child.dep_ in ("ccomp", "xcomp", "dobj", "pobj", "pcomp") or
                                  child.dep_ == "prep" and child.lower_ == "for"):   # "called for her release"
        return "hypothetical"
    if _is(lemma, "request") and child.dep_ == "prep" and child.lower_ == "to" and trigger is not None and (
            trigger.head.i == child.i) and (trigger.tag_ == "VB" or any(c.dep_ == "dobj" and c.i < child.i for c in node.children)):
        return "hypothetical"           # 'urged both sides to "de-escalate"': the parser reads a quoted infinitive as the
                                        # object of a preposition 'to' (the verb even as a noun); after the person urged,
                                        # it is still what is asked for ('appealed to the UN' names who is asked)
    if node.pos_ == "NOUN" and lemma in lexicon.words("alleged_content_nouns") and child.dep_ in ("acl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
        return "hypothetical"           # "rejected accusations that it had moved tanks north": what an accusation says is
                                        # alleged, as with 'accused X of' (a relative 'the charges that he faces' has no mark)
    if _is(lemma, "request") and child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and (
            any(p.dep_ == "prep" and p.lower_ == "for" and p.i < child.i for p in node.children)
            or any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)):
        return "hypothetical"           # "called for the killings to be investigated": the parse's adverbial clause
                                        # is the infinitive of what is asked for
    if _is(lemma, "allegation") and child.dep_ == "prep" and child.lower_ == "with" and lemma == "charge":
        return "hypothetical"           # "were charged with funding banned rallies": a prosecutor's case,
                                        # whatever the voice; the charge is the act told (the gold sets never code
                                        # a charge's content as a happening)
    if lemma == "suspicion" and child.dep_ == "prep" and child.lower_ == "of":
        return "hypothetical"           # "held on suspicion of spying for a rival state": suspected, not told
    if _is(lemma, "allegation") and child.dep_ == "dobj" and trigger is not None and any(
            p.dep_ == "prep" and p.lower_ == "of" and trigger in p.subtree for p in child.children):
        child = next(p for p in child.children if p.dep_ == "prep" and p.lower_ == "of")
                                        # "accused the army of opening fire", the parse hanging 'of' on the accused
    if _is(lemma, "allegation") and child.dep_ == "prep" and child.lower_ == "of":
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):
            return "reported"           # "police are accused of beating a vendor": an act others report
        return "hypothetical"           # "accused Argentina of supplying weapons": alleged, not told as fact
    if _is(lemma, "command") and child.dep_ in ("xcomp", "ccomp"):
        return "hypothetical"           # "ordered the attaché to leave"; 'ordered the release' tells the act itself
    if _is(lemma, "hypothetical_frame"):
        return "hypothetical"
    if _is(lemma, "permission") and child.dep_ in ("xcomp", "acl") and child.tag_ == "VB":
        return "hypothetical"           # round 22: "is entitled to criticise the cabinet", "the right to protest": what
                                        # one may do, not what was done
    if lemma == "be" and child.dep_ in ("xcomp", "attr", "ccomp") and any(
            c.dep_ == "nsubj" and _is(c.lemma_.lower(), "means_subject") for c in node.children):
        return "hypothetical"           # "the only way to win is to destroy X": a means, not an act
    if lemma == "be" and child.dep_ in ("attr", "ccomp", "xcomp") and any(
            c.dep_ == "nsubj" and _is(c.lemma_.lower(), "hypothetical_frame") for c in node.children):
        return "hypothetical"           # "the danger is a miscalculation: a raid gone wrong": a feared event
    if _is(lemma, "postponement") and child.dep_ in ("nsubjpass", "dobj"):
        return "planned"                # "the summit was postponed to March": it has not taken place
    if _is(lemma, "cancellation") and child.dep_ in ("nsubjpass", "dobj"):
        return "negated"                # "the talks were cancelled"
    if child.dep_ == "prep" and _is(lemma, "rumour_noun") and node.dep_ == "nsubj" and any(
            c.dep_ in ("acomp", "attr") and _is(c.lemma_.lower(), "falsehood") for c in node.head.children):
        return "denied"                 # "reports of a grenade attack on a bus were false"
    if _is(lemma, "plan") and child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and any(
            c.dep_ == "xcomp" and _is(c.lemma_.lower(), "onset") for c in node.children):
        return "planned"                # "the peace conference is expected to open in May", "the hearing
                                        # is set to start on Monday": the event named as subject is still to come
    framing = lemma not in _FRAMING_ONLY   # only 'set to', 'due to' ...
    if _is(lemma, "plan") and (framing or child.dep_ == "xcomp") or (
            lemma == "be" and any(c.dep_ == "nsubj" and _is(c.lemma_.lower(), "plan") for c in node.children)):
        return "planned"                # "its goal is to retake", "plans to build"
    if _is(lemma, "agreement") and (child.dep_ in ("xcomp", "ccomp") or child.dep_ == "prep" and child.lower_ in ("to", "on")):
        return "planned"                # "agreed to withdraw", "agreed to a ceasefire"
    if _is(lemma, "accord_noun") and node.pos_ == "NOUN" and (
            child.dep_ == "acl" and child.tag_ in ("VBG", "VB") or child.dep_ == "prep" and child.lower_ in ("on", "for", "to")):
        return "planned"                # "a pact allowing more joint patrols", "a memorandum on sharing data": its terms
    if child.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children) and not child.tag_ == "VBG":
        if verbal and _is(lemma, "communication"):
            return None                 # "phoned Aliyev to express solidarity": said in the call
        if verbal and lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("speaking_turn_nouns")
                                              for c in node.children):
            return None                 # round 26: "took the floor again to deny this": said in that turn
        if verbal and child.lemma_.lower() in ("demand", "call", "protest", "denounce", "condemn", "ask", "appeal", "press") and (
                lemma in lexicon.words("protest_act_verbs") or lemma in ("march", "rally", "gather", "demonstrate", "assemble",
                                                                         "block", "blockade", "occupy", "strike")):
            return None                 # "marched through the city to demand better care", "marched to the ministry to
                                        # ask for their wages": the march made the demand
        return "planned"                # purpose: "(in order) to press both capitals"
    if not in_phrase and child.dep_ in ("acl", "relcl") and _is(lemma, "purpose_noun") and child.tag_ == "VB" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children) and not any(
            c.tag_ == "JJS" or c.dep_ in ("amod", "advmod") and _is(c.lower_, "ordinal") for c in node.children):
        return "planned"                # "an operation to arrest him", "troops to disperse the crowd"
    return None                         # ("the first country to recognise it" told that it did)


_PRESENT = ("VBZ", "VBP")


def _told_in_past(noun) -> bool:
    """Is the verb of the clause that names the noun in the past ('the next raid came a week later')?"""
    verb = _governing_verb(noun)
    return verb is not None and (verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in verb.children))


def _present_simple(verb) -> bool:
    """'attack', 'deters' (or 'do attack'): the simple present, which in a report's body tells
    what is usual rather than what happened (a headline's present is no body sentence's)."""
    if verb.tag_ in _PRESENT:
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in verb.children)


def _habitual_clause(verb) -> bool:
    """'militias routinely attack', 'they tend to strike at night', 'each day ... brings'."""
    if _present_simple(verb) and any(c.dep_ in ("advmod", "npadvmod") and _is(c.lower_, "habitual_adverb")
                                     for c in verb.children):
        return True
    if _over_occasions(verb):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "always" for c in verb.children) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True             # 'the league has "always opposed" violence': a standing position, no one act
    head = verb.head
    return verb.dep_ == "xcomp" and _is(head.lemma_.lower(), "habitual_verb") and _present_simple(head)


def _over_occasions(verb) -> bool:
    """'each time the army moved in', 'every flare-up ended in a meeting': the
    clause is said of every occasion of a kind (an occasion noun with 'each' or 'every' as its
    adverbial or subject), a habit in any tense, no one happening."""
    return any(c.dep_ in ("npadvmod", "advmod", "nsubj", "nsubjpass") and _is(c.lemma_.lower(), "occasion_noun")
               and any(d.dep_ == "det" and _is(d.lower_, "occasion_det") for d in c.children)
               for c in verb.children)


def _bare_plural(noun) -> bool:
    """'strikes', 'Israeli strikes', 'new attacks on bases': a plural with no determiner,
    possessor or count that would single out particular happenings."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children)


def _generic(trigger) -> bool:
    """Does the trigger tell of a kind of event or a habit rather than one happening?"""
    if trigger.pos_ in ("NOUN", "PROPN"):
        mods = [c for c in trigger.children if c.dep_ in ("det", "amod", "compound")]
        if any(c.dep_ == "det" and _is(c.lower_, "generic_det") for c in mods):
            return True                 # "each new strike", "any attack"
        if _bare_plural(trigger):
            if any(c.dep_ == "amod" and _is(c.lower_, "series_modifier") for c in mods):
                return True             # "continued attacks", "repeated raids"
            governor = _governing_verb(trigger)
            if governor is not None and _present_simple(governor) and not _is(governor.lemma_.lower(), "reporting"):
                return True             # "Russian planes deter Israeli strikes"
        if _counted_over_time(trigger) or _kind_of_response(trigger) or _kind_described(trigger):
            return True                 # round 22: "abductions dropped to a handful", "the usual pattern: roadblocks and detentions"
        governor = _governing_verb(trigger)
        return governor is not None and _over_occasions(governor)   # "every flare-up ended in a meeting"
    if _habitual_clause(trigger):
        return True
    if trigger.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ == "past" and not any(m.dep_ == "amod" or m.like_num for m in g.children)
            for g in c.children) for c in trigger.children):
        return True                     # "Qatar, which mediated for the rivals in the past": a record, no one happening
    if trigger.pos_ == "VERB" and _kind_described(trigger):
        return True                     # round 27: "the kind of help this paper has long asked for": what the kind is
    if trigger.pos_ == "VERB" and _over_past_occasions(trigger):
        return True                     # round 22: "have detained curfew breakers in earlier operations"
    if trigger.tag_ == "VBG" and trigger.dep_ == "pcomp":
        # "militias increase pressure by hammering US bases": the means of a habit
        governor = _governing_verb(trigger)
        return governor is not None and _present_simple(governor) and not _is(governor.lemma_.lower(), "reporting")
    return False


def _first_conjunct(noun):
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun


def _counted_over_time(noun) -> bool:
    """Round 22: 'abductions in the hills dropped to a handful', 'attacks rose':
    an event noun (or the first of a list of them) as the subject of a verb of a trend is a count
    of many happenings over time, no one of them."""
    head = _first_conjunct(noun)
    return head.dep_ == "nsubj" and head.head.pos_ == "VERB" and _is(head.head.lemma_.lower(), "trend_verb")


def _kind_of_response(noun) -> bool:
    """Round 22: 'the reply followed the usual pattern: troops, roadblocks and detentions': event
    nouns set beside a noun of a pattern or routine name a kind of act, not one happening."""
    head = _first_conjunct(noun)
    if head.dep_ in ("appos", "attr") and _is(head.head.lemma_.lower(), "pattern_noun"):
        return True
    doc = head.doc                      # "the usual pattern: troops, roadblocks ...", however the parse hangs the list
    return head.i >= 2 and doc[head.i - 1].text == ":" and _is(doc[head.i - 2].lemma_.lower(), "pattern_noun")


def _kind_described(trigger) -> bool:
    """Round 27, a kind description: 'that is the kind of quiet cooperation this paper has asked for', 'the sort of
    raid the unit was trained for'. An event noun that is the 'of' phrase of a noun of kind (kind_noun) names a
    kind of act, not one happening; a relative clause inside that phrase describes the kind (what someone asked
    for, trained for), and tells no act either."""
    node = trigger
    if trigger.pos_ == "VERB":
        if trigger.dep_ != "relcl":
            return False
        node = trigger.head
        if _is(node.lemma_.lower(), "kind_noun") and any(c.dep_ == "prep" and c.lower_ == "of" for c in node.children):
            return True                 # the clause hung on 'kind' itself
    for _ in range(4):                  # up through 'of' / 'across' phrases of the noun phrase only
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        prep = node.head
        if prep.lower_ == "of" and _is(prep.head.lemma_.lower(), "kind_noun"):
            return True
        if prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        node = prep.head
    return False


def _over_past_occasions(verb) -> bool:
    """Round 22: 'security forces have detained violators in earlier operations', 'police arrested
    strikers in past crackdowns': a plural phrase of past occasions ('in' or 'during' with 'earlier',
    'past', 'previous') on the act makes it a record over many occasions, no one happening."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]   # ('detained violators in earlier operations':
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(   # the parse may hang the phrase on the object)
        g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") and any(
            m.dep_ == "amod" and (_is(m.lower_, "past_occasion_modifier") or _is(m.lemma_.lower(), "past_occasion_modifier"))
            for m in g.children)
        for g in c.children) for h in holders for c in h.children)


def _governing_verb(token):
    """The verb whose argument or phrase the token is ('deter Israeli strikes', 'increase pressure
    by hammering'), within three steps."""
    node = token
    for _ in range(3):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _reported_inline(trigger) -> bool:
    """'X said Y attacked', 'Y attacked, X said', 'according to X'."""
    node = trigger
    for _ in range(6):
        if node.head is node:
            break
        if node.dep_ in ("ccomp", "parataxis") and _is(node.head.lemma_.lower(), "reporting"):
            return True
        node = node.head
    root = node
    return any(c.dep_ in ("ccomp", "parataxis", "advcl") and _is(c.lemma_.lower(), "reporting") for c in root.children) or any(
        t.lower_ == "according" for t in trigger.sent)
