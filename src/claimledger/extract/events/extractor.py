"""Extractor `events`: events coded to the 16 PLOVER types with their mode, factuality, actor,
target, instruments, place (geocoded with country, ISO code, first-level division and precision),
date (with precision, an undated mark, a publication-date fallback), casualty counts (number
words of every form), the source that reports them and that source's certainty.

Reads: `window.places` (geocode Mentions), `window.quantities` and `window.casualties` (the
sentence's tolls: quantities.py with tolls.py), `doc.entity_index` (the parties' entities), `doc.attributions` (the reporting source), `sentence.certainty`, `sentence.layout`
(questions and appeals assert no event). Writes: `doc.events` with an `event:<CODE>` cue; at the
end it re-points each event's parties at the entities they were merged into.

Per sentence: triggers and their codes from the implementation CLAIMLEDGER_EVENT_CODING names
(coding.py; "rules": plover_rules.py over triggers.py) -> parties (parties.py: actor-like phrases,
instruments apart, riots) -> literal or figurative (kinetic.py) -> factuality (factuality.py;
every event stays, marked asserted, reported, denied, planned, threatened, hypothetical or
negated) -> one event per happening (triggers of one type bound in one clause are one event;
a paragraph's later toll or continuation belongs to the event told before) -> casualties
(tolls.py: the document's quantities that count the killed and wounded), place (geocode.py),
date (dating.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ... import lexicon
from ...contract import HAPPENED, Event
from ..context import AUTHOR_ID, Context, Window
from ..entities.extractor import entity_for
from ..registry import extractor
from . import geocode, side_readings
from .coding import EVENT_CODING
from .verifier import EVENT_VERIFIER
from .dates import dates_in
from .dating import event_date
from .checked import claims_found_false, listed_under_lead_in, retracted
from .factuality import factuality, is_cue, main_clause_of_its_own
from .kinetic import recode
from .parties import armed_party, parties
from .vocabulary import party_kind, triggers, word_class
from .setting import date_of, dateline_place, place_of, row_date, scope_of
from . import readings
from .retold import mention_of, retold
from .tolls import Casualty
from .triggers import stated_refusal, stated_response

# Verbal events are the speech act itself: a sentence attributed to their speaker tells that the
# speaker spoke (the author asserts it); only material events inside someone's report are 'reported'.
_VERBAL = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "CONSULT"}
_VIOLENT = {"ASSAULT"}
_MERGE_DEPS = {"advcl", "conj", "xcomp", "relcl", "acl", "prep", "pobj", "dobj", "pcomp", "nsubj", "nsubjpass", "ccomp"}


@dataclass
class Draft:
    token: object
    code: str
    mode: Optional[str]
    particle: object
    actor: object
    target: object
    instruments: list[str]
    factuality: str
    scope: set[int]
    casualties: list[Casualty] = field(default_factory=list)
    merged: list = field(default_factory=list)     # tokens of triggers folded into this one
    forceful: bool = False                          # a dispersal whose means (an assault) was folded in


@extractor("events", requires=("window.places", "window.quantities", "window.casualties", "doc.entity_index", "doc.attributions",
                              "sentence.certainty", "sentence.layout"), assigns=("doc.events",))
class Events:
    """PLOVER events with factuality, parties, instruments, place, date, counts and reporting source."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.coder = EVENT_CODING.chosen(ctx.settings)(ctx)
        self.verifier = EVENT_VERIFIER.chosen(ctx.settings)(ctx)
        self.title = _UNREAD
        self.story_place = None     # the place the story's last placed line set, carried on (see _carry_the_story_place)
        self.told_in_document: set[str] = set()   # codes of the happenings told so far in the whole document
        self.told_words: set[str] = set()         # and the words that told them ('attack', 'ambush')
        self.mentions: list = []                  # what the document told, for the pass over it at the end (retold.py)
        self.pleas: set[int] = set()              # lines where the text's own plea was told (readings.own_plea)

    def window(self, window: Window) -> None:
        ctx = self.ctx
        published = ctx.document.published
        body = [u for u in window.sentences if u.section == "body"]
        # a paragraph's (a line's) first violent event: the happening a later toll, claimant or
        # continuation belongs to ('Gunmen raided a village; houses torched. | 11 killed': the raid)
        first_violent: dict[int, Event] = {}
        grievances: dict[int, set[str]] = {}     # per line: the codes of acts a protest was against
        protests: dict[int, Draft] = {}          # per line: the first protest (not by a force or an armed group)
        scenes: dict[int, object] = {}           # per line: the place its first sentence with a place set
        coerced: set[int] = set()                # lines with an arrest or dispersal told with its author
        if self.title is _UNREAD:
            title_line, by_layout_only = _title_line(ctx.document.text)   # once per document: it reads only its opening lines
            if by_layout_only and _tells_the_past([u for u in body if u.model.line == title_line]):
                title_line = None
            self.title = title_line
        title = self.title
        told_codes: set[str] = set()             # codes of the happenings told so far
        for unit in body:
            presupposed = _presupposed(unit.span) if unit.model.kind == "question" else None
            if (unit.model.kind in ("question", "appeal") and presupposed is None) or unit.model.line == title or _section_heading(unit.text):
                continue
            if readings.section_heading(unit.span, _line_text(ctx.document.text, unit.model.line)):
                continue
            if _numbered_heading(_line_text(ctx.document.text, unit.model.line), unit.span):
                continue
            quantities = window.quantities.get(unit.id, [])
            attributed = ctx.source_of(unit.id) not in (None, AUTHOR_ID)
            drafts = [d for d in _drafts(self.coder.triggers(unit.span), attributed) if not _topic_label(d.token, unit.span)]
            if presupposed is not None:     # round 23: only what a factive question takes as known ('Is she aware that ...?')
                drafts = [d for d in drafts if d.token.i in presupposed]
            line = unit.model.line
            _set_aside(drafts, line in claims_found_false(ctx.document.text))   # round 22: claims found false, retractions
            _asked_or_agreed(drafts, listed_under_lead_in(ctx.document.text).get(line))   # round 23: items of a lead-in
            _claimed_by_a_post(drafts)
            drafts = [d for d in drafts if not _grievance_retold(d, grievances.get(line, ())) and not _protest_grievance(d, drafts)
                      and not _on_the_record(d)
                      and not _judged_deed(d.token) and not _unclaimed_accusation(d) and not _those_affected(d.token)
                      and not _characterised(d.token) and not _time_reference(d.token)]
            first_of_paragraph = not ctx.document.text[ctx.document.text.rfind("\n", 0, unit.model.start) + 1:unit.model.start].strip()
            drafts = [d for d in drafts if not readings.own_courtesy(d, attributed) and not readings.time_setting(d)
                      and not readings.talk_as_rumour(d) and not readings.legal_appeal(d)
                      and not readings.demonstrative_mention(d, first_of_paragraph) and not self._plea_told(d, attributed, line)]
            earlier_here = first_violent.get(line)
            drafts = [d for d in drafts if not _cause_retold(d, self.told_in_document | told_codes, self.told_words)
                      and not _act_retold(d, self.told_words)]
            for d in [d for d in drafts if _referred_back(d, told_codes, earlier_here, drafts)]:
                drafts.remove(d)
                if earlier_here is not None and earlier_here.actor is None and d.actor is not None and _claimed_act(d.token):
                    earlier_here.actor = entity_for(ctx, unit, d.actor, demonym_as_state=True)
            _riot_of_the_protest(drafts, protests.get(line))
            _thrown_by_a_crowd(drafts)
            _riot_of_one_act(drafts)
            drafts = [d for d in drafts if not _setting_meeting(d, drafts) and not _terms_of_the_act(d, drafts)]
            drafts = _one_per_happening(drafts)
            drafts = _label_in_accusation(drafts)
            drafts = _conditional_threats(drafts)
            drafts = _abuse_alleged(drafts)
            drafts = [d for d in drafts if not _arrest_count(d, drafts, line in coerced)]
            for d in drafts:
                if d.code == "PROTEST" and d.factuality in HAPPENED:
                    grievances.setdefault(line, set()).update(_grievance_codes(d.token))
                    if d.actor is None or party_kind(d.actor.lemma_) not in ("force", "authority", "group"):
                        protests.setdefault(line, d)
            found = window.casualties.get(unit.id, [])
            earlier = first_violent.get(unit.model.line)
            drafts, toll_only = _tolls_of_one_happening(drafts, earlier is not None, found)
            places = window.places.get(unit.id, [])
            dates = dates_in(unit, published)
            if earlier is not None:
                drafts, went_on = _same_happening_goes_on(ctx, unit, drafts, earlier, places, dates, found)
                toll_only = toll_only or went_on
            if earlier is not None and earlier.actor is None:
                claimant = _claimant(unit.span)
                if claimant is not None:     # "... JNIM claimed responsibility.": the author of the act told before
                    earlier.actor = entity_for(ctx, unit, claimant, demonym_as_state=True)
            for draft in drafts:
                if draft.actor is None and draft.code in _VIOLENT:
                    draft.actor = _device_author(unit.span)   # "a mine laid by the Ridge Front struck the lorry"
            _share_casualties(drafts, found)
            if (toll_only or not drafts) and found and earlier is not None:
                _add_later_toll(earlier, [c for c in found if not any(c.anchor in d.scope for d in drafts)], unit)
            others = {d.token.i for d in drafts}
            told = []
            for draft in drafts:
                forceful = draft.forceful
                event = _event(ctx, unit, draft, places, dates, quantities, others - {draft.token.i}, published)
                if event.actor is None and draft.actor is not None and draft.actor.lower_ in _PLURAL_PRONOUNS:
                    event.actor = _antecedent_entity(ctx, body, draft.actor)   # "They threw stones ...", "their protest"
                if event.factuality in HAPPENED and not self.verifier.keep(draft, event, unit.span):
                    continue     # the learned verifier's second look rejects it (verifier.py): as if never found
                unit.cue(event.start, event.end, f"event:{event.code}", ctx.document.text[event.start:event.end])
                ctx.events.append(event)
                told.append(event)
                self.mentions.append(mention_of(event, draft.token, event.factuality in HAPPENED))
                if event.factuality in HAPPENED:
                    told_codes.add(event.code)
                    self.told_in_document.add(event.code)
                    self.told_words.update(_word_family(t) for t in (draft.token, *draft.merged))
                if event.code in _VIOLENT or event.mode == "riot" or forceful:
                    first_violent.setdefault(unit.model.line, event)
                if event.code == "COERCE" and event.actor is not None and event.factuality in HAPPENED:
                    coerced.add(unit.model.line)
            _set_the_scene(told, drafts, places, unit, scenes)
            self.story_place = _carry_the_story_place(told, drafts, places, unit, self.story_place)

    def _plea_told(self, draft, attributed: bool, line: int) -> bool:
        """An item of the text's own plea after the first on its line ('We ask the President ... We ask the
        company ...'): one request, told by its first row (readings.own_plea)."""
        if not readings.own_plea(draft, attributed):
            return False
        if line in self.pleas:
            return True
        self.pleas.add(line)
        return False

    def finish(self) -> None:
        index = self.ctx.entity_index
        told_again = retold(self.mentions, index.find,
                            lambda i: index.records[i].name if i in index.records else None)   # a happening the document told before, told again: counted once

        def merged_parties(event):   # events may name entities merged after they were found
            if event.id in told_again:
                return None
            event.actor = index.find(event.actor)
            event.target = index.find(event.target)
            return event

        self.ctx.adjust("events", merged_parties)


_SCENE_BREAKS = lexicon.words("scene_breaks")
_TITLE_MAX_WORDS = 25
_TITLE_LOOKS_AT = 4096
_UNREAD = object()


def _title_line(text: str) -> tuple[Optional[int], bool]:
    """The line number of the document's title, if it has one: a short first line set apart
    by a blank line, or one that does not end as a sentence does, over a body of further lines
    ('Police break up opposition march; three dead' above a wire story). A title restates the
    story's lead (or frames an essay) and tells no happening of its own; coding it would count
    the lead's events twice. A one-line note, or a first line that is a sentence of the body,
    is no title. The flag says the line is a title by its layout alone (set apart, but ending as
    a sentence does): a one-sentence lead of a story whose paragraphs are set apart looks the
    same, and the caller tells them apart by their grammar (_tells_the_past)."""
    lines = text[:_TITLE_LOOKS_AT].split("\n", 8)     # the opening lines decide; never the whole of a long input
    first = lines[0].strip() if lines else ""
    if not first or sum(1 for ln in lines[1:] if ln.strip()) < 2 or len(first.split()) > _TITLE_MAX_WORDS or "|" in first:
        return None, False              # (a table row's cells are a record, not a title)
    set_apart = len(lines) > 1 and not lines[1].strip()
    sentence_end = re.search(r"[.!?…][\"'”’)\]]*(\s|$)", first) is not None
    if not sentence_end:
        return 1, False
    return (1, True) if set_apart else (None, False)


_HEADING_MAX_WORDS = 5


def _section_heading(text: str) -> bool:
    """'COORDINATION', 'HUMANITARIAN ACCESS': a short line in capitals that is no sentence titles
    the section of a report below it (situation reports, briefs) and tells no happening, though
    its word may be an event noun ('coordination' is COOPERATE in a sentence). A label that opens
    a line ('RED SEA:', 'ZIMBABWE -') is the scene of what follows on it, and is read."""
    text = text.strip()
    words = text.split()
    return (0 < len(words) <= _HEADING_MAX_WORDS and text.isupper() and text[-1] not in ".!?\"'”’:-–—"
            and not any(ch.isdigit() for ch in text))


_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+([A-Z][^.!?:;]*)$")
_NUMBERED_MAX_WORDS = 8


def _line_text(text: str, line: int) -> str:
    return _lines_of(text)[line - 1] if 0 < line <= len(_lines_of(text)) else ""


@lru_cache(maxsize=4)
def _lines_of(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n"))


def _numbered_heading(line_text: str, span) -> bool:
    """'5. Mass arrests', '4. The killing of a fisherman': a numbered line of a few words with no
    finite verb and no closing stop titles the section of a report below it (NGO and inquiry
    reports, newsletters); the happening its noun names is told in the section's sentences. A
    numbered item that tells news ('2. Gunmen killed 12 in Borno') has a finite verb and is read."""
    match = _NUMBERED.match(line_text)
    if match is None or len(match.group(1).split()) > _NUMBERED_MAX_WORDS:
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)


def _tells_the_past(units) -> bool:
    """A first paragraph told in the past tense is the story's lead, not its title: headlines and
    standfirsts tell news in the present ('Police break up march', 'Diplomats are talking
    again'), a lead in the past ('Gunmen killed twelve villagers on Sunday, officials said')."""
    for unit in units:
        root = unit.span.root
        if root.tag_ == "VBD" or (root.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)):
            return True
    return False


def _set_the_scene(events: list[Event], drafts: list[Draft], places, unit, scenes: dict) -> None:
    """Wire and monitor notes name the place once and tell further acts without it. An event with
    no place of its own takes the place another event of its sentence has ('nurses were
    beaten by police in Mombasa during their protest': the protest too); in a later sentence of
    the paragraph that names no place and does not move away ('Elsewhere, ...', 'across the
    country'), the place the paragraph's scene was set in: that of its first event with a place,
    or the first place its first sentence names when that sentence told no event. Only an act
    told as happened, in the past: a present clause is comment on a pattern ('markets are being
    hit week after week'), not a further act of the scene. A country stands for no scene (it is
    too wide to say where an act was)."""
    line = unit.model.line
    placed = [e.location for e in events if e.location is not None and e.location.geo_precision != "country"]
    if placed:
        for event in events:
            if event.location is None:
                event.location = placed[0].model_copy()
    if line not in scenes:
        if placed:
            scenes[line] = placed[0]
        elif places:
            first = next((m for m in places if m.candidates[0].precision != "country"), None)
            if first is not None:
                scenes[line] = geocode.location(first)
            else:
                scenes[line] = None              # the paragraph's first place is a country: no scene
        return
    scene = scenes[line]
    if scene is None or places or any(t.lower_ in _SCENE_BREAKS for t in unit.span):
        return
    for event, draft in zip(events, drafts):
        if event.location is None and event.factuality in HAPPENED and _told_in_the_past(draft.token):
            event.location = scene.model_copy()


_LOCATIVE = lexicon.words("locative_preps")


def _carry_the_story_place(events: list[Event], drafts: list[Draft], places, unit, carried):
    """A story names the place once and tells the acts that follow without it ('ULAANBAATAR -
    Thousands rallied ... | Police said 37 people had been detained'). An event with no place
    in a line (a sentence) that names no place at all (no place entity, geocoded or not) and does
    not move away ('Elsewhere, ...') takes the place the story was last set in: a wire's dateline
    city, or the place of the last sentence whose events had one. Only an act told as happened,
    in the past, as for a paragraph's scene. A sentence that names a place and sets none of its
    events there (a country only, a name the gazetteer lacks), or names another country, ends the
    carried place. Returns the
    place carried on after this sentence, with the code of the act that set it (None: a dateline)."""
    if not places:
        dateline = dateline_place(unit) if unit.model.start == unit.line.start else None
        if dateline is not None:
            _set_there(events, drafts, dateline, None)   # the dateline's own sentence: its acts have no other place
            return dateline, None
        if carried is not None and not _names_a_place(unit.span):
            if any(t.lower_ in _SCENE_BREAKS for t in unit.span) or _another_country(unit.span, carried[0]):
                return None
            _set_there(events, drafts, *carried)
            return carried
    placed = next((e for e in events if e.location is not None and e.location.geo_precision != "country"), None)
    return (placed.location, placed.code) if placed is not None else None


def _set_there(events: list[Event], drafts: list[Draft], place, code) -> None:
    """Set the carried place on the past, happened acts with none; never on an act of the code of
    the one that set it (the same happening retold: 'A drone strike hit the market ... | the drone
    struck shortly after ten'), whose place is for the merge of records to decide."""
    for event, draft in zip(events, drafts):
        if event.location is None and event.code != code and event.factuality in HAPPENED and _told_in_the_past(draft.token):
            event.location = place.model_copy()


def _another_country(span, place) -> bool:
    """A sentence about another country than the carried place's ('The government of Sierra
    Leone lifted ...' in a digest after a line on Nairobi, by its name, a demonym or a body named
    after its state) has moved away: a digest's next item, a reaction abroad."""
    return any(code != place.country_code for code in geocode.context_countries(span.ents))


def _names_a_place(span) -> bool:
    """Does a sentence name a place, known to the gazetteer or not: a place entity, or a proper
    name NER left untagged governed by a locative preposition ('near Sadda', 'deployed to
    Kurram')? A building or a square (FAC: 'the Government Palace') stands inside the story's town
    and moves nowhere."""
    if any(e.label_ in ("GPE", "LOC") for e in span.ents):
        return True
    return any(t.pos_ == "PROPN" and not t.ent_type_ and t.head.lower_ in _LOCATIVE for t in span)


def _told_in_the_past(token) -> bool:
    """Is the clause of an event told in the past ('blocked', 'was tortured', 'have been
    arrested' counts, 'are being hit' and 'attack' do not)?"""
    verb = token
    if verb.pos_ not in ("VERB", "AUX") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head                        # 'staged a sit-in', 'took part in the protest'
    if verb.pos_ not in ("VERB", "AUX"):
        return True                             # a verbless line of a note ('Protest in X.')
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(t in ("VBZ", "VBP", "MD") for t in tags) and not any(c.lower_ in ("has", "have") for c in verb.children if c.dep_ == "aux"):
        return False
    return any(t in ("VBD", "VBN") for t in tags)


def _drafts(triggers, attributed: bool) -> list[Draft]:
    out = []
    for trigger in triggers:
        who = parties(trigger)
        code = recode(trigger.token, trigger.code, who.actor, who.target, armed=bool(who.instruments))
        if code is None:
            continue
        if code == "PROTEST" and trigger.token.lemma_.lower() == "march" and armed_party(who.actor):
            continue        # "communal militias marched to the village and attacked": fighters moving, no protest
        mode = trigger.mode if code == trigger.code else None
        if who.riot and code == "ASSAULT":
            code, mode = "PROTEST", "riot"
        told = trigger.token.head if (code in ("REJECT", "THREATEN") and stated_refusal(trigger.token) or
                                      code == "THREATEN" and stated_response(trigger.token)) else trigger.token
        fact = factuality(told, attributed=attributed and code not in _VERBAL, verbal=code in _VERBAL,
                          protest=code == "PROTEST")   # a stated refusal is as factual as its saying
        if code == "AGREE" and side_readings.conditional_offer(trigger.token):
            fact = side_readings.offer_factuality(trigger.token, factuality)   # round 28: 'will host them if they want'
        if code in ("REJECT", "THREATEN") and side_readings.said_outright(trigger.token, code):
            fact = "asserted"       # round 29: 'we will review the visas if ...', 'the Government will not declare one'
        out.append(Draft(trigger.token, code, mode, trigger.particle, who.actor, who.target, who.instruments, fact,
                         scope_of(trigger.token)))
    return out


def _set_aside(drafts: list[Draft], found_false: bool) -> None:
    """Round 22: an act inside a claim a fact-check's verdict calls false ('CLAIM 6: "Guards burned a
    vendor" / VERDICT: FALSE'), or in what an earlier version of the text said and a correction takes
    back, did not happen as told (checked.py)."""
    for d in drafts:
        if d.factuality in HAPPENED and (found_false or retracted(d.token)):
            d.factuality = "denied"


_FACTIVE_ADJECTIVES = ("aware", "conscious", "unaware")
_FACTIVE_VERBS = ("know", "realise", "realize", "accept", "regret", "acknowledge")


def _presupposed(span) -> Optional[set[int]]:
    """Round 23: a question whose main predicate is factive ('Is the Secretary aware that farmers blocked the
    road?', 'Does the government know that ...?', 'Does she accept that ...?') asks about the knowing, not about
    what is known: the 'that' clause is told as fact. The token indices of that clause; None for any other question."""
    root = span.root
    heads = [root] + [c for c in root.children if c.dep_ == "acomp"]
    factive = [h for h in heads if h.lemma_.lower() in _FACTIVE_ADJECTIVES or h.pos_ == "VERB" and h.lemma_.lower() in _FACTIVE_VERBS]
    for head in factive:
        for c in head.children:
            if c.dep_ in ("ccomp", "advcl", "prep") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or (
                    c.dep_ == "prep" and c.lower_ == "of"):
                return {t.i for t in c.subtree}
            if c.dep_ == "ccomp" and not any(t.tag_ in ("WDT", "WP", "WRB") or t.lower_ in ("whether", "if") for t in c.subtree):
                return {t.i for t in c.subtree}     # 'that' left out; not 'how many ...', 'whether ...': asked, not known
    return None


def _claimed_by_a_post(drafts: list[Draft]) -> None:
    """Round 23: 'a clip forwarded on messaging apps claims guards beat a trader': an act inside what a post, a clip
    or a rumour 'claims' or 'alleges' (data `unverified_media`) is a claim no one stands behind, not told as
    happened ('hypothetical'); a person, a group or a ministry that claims an act keeps it reported."""
    media = lexicon.words("unverified_media")
    for d in drafts:
        if d.factuality not in HAPPENED:
            continue
        sent = d.token.sent
        own = next((a for a in [d.token, *d.token.ancestors] if a.dep_ == "conj" and main_clause_of_its_own(a)), None)
        first = own.left_edge.i if own is not None else sent.start   # round 31: 'a video ... claims ..., and the police
        for k in range(first, d.token.i):          # say ...': a main clause of its own is no part of the claim
            # by the words: the parse often takes 'claims' after a noun for a noun
            word = sent.doc[k]
            if word.lower_ not in ("claims", "claimed", "alleges", "alleged") or word.tag_ == "VBN":
                continue
            if any(sent.doc[m].lemma_.lower() in media and sent.doc[m].pos_ == "NOUN" for m in range(max(sent.start, k - 8), k)):
                d.factuality = "hypothetical"
                break


def _asked_or_agreed(drafts: list[Draft], told: Optional[str]) -> None:
    """Round 23: the items a lead-in line lists ('The authorities should:' / '- free the detainees';
    'The parties agreed:' / '(a) to withdraw their units') are acts asked for or planned, not done
    (checked.listed_under_lead_in)."""
    if told is None:
        return
    for d in drafts:
        if d.factuality in HAPPENED:
            d.factuality = told


def _label_in_accusation(drafts: list[Draft]) -> list[Draft]:
    """Round 22: 'The premier called the riot "urban terrorism" and accused the opposition of staging it':
    a quoted label ('call', 'brand') and an accusation joined by 'and' in one sentence are one charge by one
    speaker, one row (the accusation's, with the label's speaker where the parse gives the accusation none)."""
    out = list(drafts)
    for label in drafts:
        if label.code != "ACCUSE" or label.token.lemma_.lower() not in lexicon.words("naming_verbs"):
            continue
        accusation = next((d for d in out if d is not label and d.code == "ACCUSE" and d.factuality == label.factuality
                           and d.token.lemma_.lower() == "accuse" and d.token.sent == label.token.sent
                           and d.token.i > label.token.i and d.token.doc[d.token.i - 1].lower_ == "and"), None)
        if accusation is None or label not in out:
            continue
        if label.actor is not None and not any(c.dep_ == "nsubj" for c in accusation.token.children):
            accusation.actor = label.actor
        accusation.merged.append(label.token)
        out.remove(label)
    return out


_THREATENED_ACTS = {"PROTEST", "COERCE", "ASSAULT", "SANCTION", "RETREAT"}


def _conditional_threats(drafts: list[Draft]) -> list[Draft]:
    """Round 22: 'unless our chief is freed by Easter, we will shut every bridge', 'the unions would call a
    strike if talks failed': a party's own act of pressure (a protest, a sanction, force, a walk-out) announced
    in a 'will' or 'would' clause set on a condition ('if', 'unless') is a threat made now (THREATEN); the act
    stays hypothetical beside it. Only where the party speaks in its own words, 'we' or 'I' as the subject: an
    analyst's 'if X attacks, Y will strike back' is a forecast, and a reported 'said it would send troops if
    asked' may be an offer (the read golds code the reported form both as a threat made and as one to come)."""
    if any(d.code == "THREATEN" and d.factuality in HAPPENED for d in drafts):
        return drafts
    out = list(drafts)
    for d in drafts:
        if d.code not in _THREATENED_ACTS or d.factuality != "hypothetical":
            continue
        verb = d.token
        for _ in range(2):
            if verb.pos_ == "VERB" or verb.dep_ not in ("dobj", "xcomp", "pobj", "prep") or verb.head is verb:
                break
            verb = verb.head
        kids = list(verb.children)
        if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "’ll", "shall") for c in kids):
            continue
        if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in kids):
            continue
        if any(c.dep_ == "neg" for c in kids):
            continue
        subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("we", "i"):
            continue
        out.append(Draft(verb, "THREATEN", None, None, subject, None, [], "asserted", scope_of(verb)))
        break
    return out


def _abuse_alleged(drafts: list[Draft]) -> list[Draft]:
    """Round 22: 'Nairobi's foreign ministry says Ugandan guards beat two of the prisoners', 'an aid group said
    four porters were beaten with sticks': an organisation or a state that tells of another side's forces
    using violence, or of its own people beaten, makes an accusation (ACCUSE by the speaker), beside the act it
    reports. Only a speaker of `allegation_speakers` or named as an organisation, place or people (not
    witnesses, a family or the police telling of an attack), and only beatings and abuse (`beating_verbs`) by
    another side's force (named with its people or country) or told in the passive: the source of a wire's
    shelling or air strike ('..., a relief charity reported') reports, the read golds code no accusation there."""
    if any(d.code == "ACCUSE" for d in drafts):
        return drafts
    out = list(drafts)
    for d in drafts:
        if d.code != "ASSAULT" or d.factuality != "reported" or d.token.pos_ != "VERB" or any(
                c.dep_ == "prt" for c in d.token.children):
            continue                    # ('the army had beaten back a raid': repelled, no beating)
        clause, speech = d.token, None
        for _ in range(3):
            if clause.dep_ == "ccomp" and is_cue(clause.head.lemma_.lower(), "reporting"):
                speech = clause.head
                break
            if clause.dep_ not in ("conj", "xcomp") or clause.head is clause:
                break
            clause = clause.head
        if speech is None:
            continue
        # the subject nearest the verb (a speaker's label, 'DAILY NEWS:', may parse as a subject too)
        speaker = max((c for c in speech.children if c.dep_ == "nsubj"), key=lambda c: (c.i < speech.i, c.i), default=None)
        if speaker is None or party_kind(speaker.lemma_) == "force" or not (
                speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.lemma_.lower() in lexicon.words("allegation_speakers")):
            continue
        if d.token.lemma_.lower() not in lexicon.words("beating_verbs"):
            continue                    # (a wire's source of a shelling or a bombing, 'a rescue group said', accuses no one)
        agent = d.actor
        if agent is not None and agent.dep_ in ("amod", "compound") and party_kind(agent.head.lemma_) == "force":
            agent = agent.head          # the parties name the side by its people ('Malaysian' of 'Malaysian officers')
        passive_beating = agent is None and any(c.dep_ == "auxpass" for c in d.token.children)
        foreign_force = agent is not None and party_kind(agent.lemma_) == "force" and any(
            c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE") or c.text[:1].isupper() and c.i > c.sent.start)
            and c.lower_ not in speaker.text.lower()
            for c in agent.children)       # "Malaysian officers", "Thai troops": another side's forces, not the speaker's own
        if not (passive_beating or foreign_force):
            continue
        out.append(Draft(speech, "ACCUSE", None, None, speaker, agent, [], factuality(speech, verbal=True), scope_of(speech)))
        break
    return out


def _judged_deed(token) -> bool:
    """'praised Fiji for hosting a security dialogue', 'thanked them for pressing Caracas', 'blamed
    the other for starting the shooting', 'praised Uruguay's role in mediating the dispute': the
    deed a praise or a blame is for is the reason of that speech act, a happening the sentence
    presupposes and does not tell (the praise or the blame is the event)."""
    node = token
    if node.dep_ in ("dobj", "pobj") and node.head.tag_ == "VBG":
        node = node.head
    if node.tag_ != "VBG" or node.dep_ != "pcomp" or node.head.lower_ not in ("for", "in"):
        return False
    head = node.head.head
    if head.lemma_.lower() in ("role", "part") and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head
    return head.lemma_.lower() in lexicon.words("judgement_verbs")


def _unclaimed_accusation(draft: Draft) -> bool:
    """'a general accused of plotting a coup', 'crews were accused of assaulting fishermen': an
    agentless passive of 'accuse' names who is suspected, not an accusation anyone made in the
    story ('a firm it accused of ...' and 'X accused Y of ...' have the accuser and stay)."""
    t = draft.token
    return draft.code == "ACCUSE" and t.lemma_.lower() == "accuse" and t.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "agent") or c.dep_ == "prep" and c.lower_ == "by" for c in t.children) and (
        t.dep_ == "acl" or any(c.dep_ == "auxpass" for c in t.children))


def _those_affected(token) -> bool:
    """'freed 40 of those detained', 'the release of the arrested', 'those wounded were taken to
    hospital': a participle standing for the people an act befell names them; the act itself
    is told elsewhere (or not at all), not here."""
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "relcl") and token.head.lower_ in ("those", "these") and not any(
        c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _time_reference(token) -> bool:
    """'the first aid to enter since the fighting began', 'after the clashes started': a definite event
    noun that begins in a temporal clause ('since', 'after', 'when' ... 'began') dates another act by
    an event told elsewhere; it tells no new one."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                                   for c in token.children):
        return False
    verb = token.head
    return verb.lemma_.lower() in ("begin", "start", "erupt", "break") and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "when", "until") for c in verb.children)


def _characterised(token) -> bool:
    """'It was the deadliest attack on the police this year', 'This was a massacre': an event noun
    that a copula predicates of a pronoun classes the happening already told; it tells none. So
    does the label a naming verb gives something ('are calling this an invasion', 'called the
    deployment an occupation')."""
    if token.pos_ == "NOUN" and token.dep_ == "oprd" and token.head.lemma_.lower() in lexicon.words("naming_verbs"):
        return True
    if token.pos_ != "NOUN" or token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("it", "this", "that")


def _claimed_act(token) -> bool:
    """'The group claimed the attack', 'X claimed responsibility for the bombing': the act is the
    object of a claim."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in lexicon.words("claim_verbs"):
        return True
    return token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in lexicon.words("responsibility_nouns")


def _referred_back(draft: Draft, told_codes: set[str], earlier_violent, drafts: list[Draft]) -> bool:
    """A definite event noun with nothing of its own ('killed in the unrest', 'detained during
    the clashes') after a happening of its type was told, or an act claimed ('the group claimed
    the attack') after the paragraph told a violent one, or fighting that 'continued' after an
    attack of its sentence or paragraph, names that happening again: no second event (a claim
    gives the first its author)."""
    token = draft.token
    if token.pos_ != "NOUN":
        return False
    if _claimed_act(token) and draft.code in _VIOLENT and earlier_violent is not None:
        return True
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicon.words("continuation_verbs") and (
            draft.code in told_codes or any(d is not draft and d.code == draft.code and d.token.i < token.i for d in drafts)):
        return True                     # "shelled naval positions; fighting continued into the night"
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in token.children)
    bare = not any(c.dep_ in ("amod", "compound", "nummod", "prep", "acl", "relcl", "poss") for c in token.children)
    return definite and bare and token.dep_ == "pobj" and draft.code in told_codes


_CAUSE_PREPS = {"over", "for", "about", "into"}


def _word_family(token) -> str:
    """A trigger's lemma without a gerund's '-ing' ('killing' -> 'kill'), so the noun meets its verb."""
    lemma = token.lemma_.lower()
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 5 else lemma


def _act_retold(draft: Draft, words: set[str]) -> bool:
    """'the judge freed on bail the twelve men charged with looting' after 'Twelve men were charged
    with ...': a past participle describing definite people or things by an act the document told
    before by the same word, with no time of its own, names that act again to say who they are.
    (The verb of an 'after' clause was tried too and dropped: a digest's 'after their defence chiefs
    met' is often a new meeting.)"""
    token = draft.token
    if token.pos_ != "VERB" or token.dep_ != "acl" or token.tag_ != "VBN" or _word_family(token) not in words:
        return False
    people = token.head
    if people.dep_ in ("dobj", "nsubjpass") and people.head.pos_ == "VERB" and people.head.lemma_.lower() in lexicon.words(
            "release_verbs"):
        return True             # "rebels freed two nurses kidnapped at a clinic in March" after the kidnapping
                                # was told: who was freed, named by the act told before, whatever its date
    if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") or c.dep_ == "poss" for c in token.head.children)


def _cause_retold(draft: Draft, told: set[str], words: set[str] = frozenset()) -> bool:
    """'lodged a complaint about the attack at the lorry park', 'detained three suspects for
    Sunday's massacre', 'suspended a weekly paper over its coverage of the ambush', 'condolences for
    the month's raids': a definite or possessive event noun that is the cause or topic of another act (an
    'over', 'for', 'about', 'into' phrase, or 'of' after a word of reporting; also the label of
    'about what it termed the raid'), the subject of a verb that sets it in order ('The raid
    preceded a curfew' after 'raided': sequence_verbs, by the same word only), or what a removal
    verb clears or ends ('police dismantled the blockade'), with no toll, clause
    or place of its own, after the document told a happening of its type (for a cause or a topic: by
    the same word, or named by its day, 'Sunday's massacre'). It names that happening again; the
    sentence's own act is the complaint, the arrest or the suspension."""
    token = draft.token
    if token.pos_ != "NOUN" or draft.code not in told:
        return False
    prep = token.head
    role = token.dep_
    if role in ("oprd", "dobj") and prep.dep_ == "pcomp" and prep.lemma_.lower() in lexicon.words("naming_verbs"):
        role, prep = "pobj", prep.head  # "a complaint about what it termed the raid on its post": the
                                        # label names the shelling told before, as 'over the shelling' would
    ending = prep.lemma_.lower() in lexicon.words("ending_verbs")
    if role == "nsubj" and (ending or prep.lemma_.lower() in lexicon.words("sequence_verbs")):
        if _word_family(token) not in words and not (ending and any(
                c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in ("week", "month", "year"))
                for c in token.children)):
            return False                # "The raid preceded a curfew" after 'raided': the raid told,
                                        # now set in order; a noun of another word tells its own happening.
                                        # "The march ended outside parliament" after 'marched', "last year's
                                        # protests ended when ...": how a happening told (or dated before) came
                                        # to an end, no new one
    elif role in ("dobj", "nsubjpass"):
        if not (token.head.pos_ in ("VERB", "ADJ") and token.head.lemma_.lower() in lexicon.words("removal_verbs")):
            return False                # "dismantled the blockade", "to clear the picket lines": the
                                        # blockade the document told, now removed (the clearing is the act)
    elif role != "pobj" or not (prep.lower_ in _CAUSE_PREPS or prep.lower_ == "of" and (
            prep.head.lemma_.lower() in word_class("reporting_noun") | lexicon.words("coverage_nouns")) or prep.lower_ == "to" and (
            prep.head.lemma_.lower() in lexicon.words("response_verbs"))):   # "officers responded to the market attack" (round 21)
        return False
    elif _word_family(token) not in words and not any(
            c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in ("week", "day", "month", "weekend"))
            for c in token.children):
        return False                    # "a complaint about the murder of a night watchman" after a raid: another
                                        # happening, unless its word told one before or a day names it ("Sunday's massacre")
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
               for c in token.children):
        return False                    # "arrested over a killing in Lagos": an act not told before
    if any(c.dep_ == "nummod" for c in token.children):
        return False                    # "over the two attacks": counted here
    return not any(t.lemma_.lower() in ("dead", "kill", "die", "wound", "injure") or t.ent_type_ in ("GPE", "LOC", "FAC") and (
        t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "at", "outside")) for t in token.subtree if t.i != token.i)


def _grievance_codes(token) -> set[str]:
    """The codes of the acts a protest is against ('protested against the arrest of an editor',
    'a sit-in over the killing of a student'): event nouns in its 'against'/'over' phrase."""
    out = set()
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("against", "over"):
            for t in prep.subtree:
                if t.pos_ == "NOUN":
                    out.update(p.code for p in triggers().get(("noun", t.lemma_.lower()), ()) if p.code in ("COERCE", "ASSAULT"))
    return out


def _on_the_record(draft: Draft) -> bool:
    """'The victim had previously been jailed for fraud', 'he had been arrested before':
    a past-perfect arrest with an adverb of earlier times and no date of its own is the person's
    record, background to the act the text reports ('31 of its members had been arrested on
    Friday' tells one and stays)."""
    token = draft.token
    if draft.code != "COERCE" or token.tag_ != "VBN":
        return False
    children = list(token.children)
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in children) or not any(c.dep_ == "auxpass" for c in children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.words("past_record_adverbs") for c in children)


def _protest_grievance(draft: Draft, drafts: list[Draft]) -> bool:
    """'a strike over the killing of a driver', 'traders marched against the attacks on shops',
    'residents burned tyres in reaction to the assassination of a trader': an act named by a noun
    in the phrase that gives a protest's reason is what the protest answers, told in passing; the
    sentence reports the protest (and a grievance told with a verb of its own stays an event)."""
    token = draft.token
    if draft.code not in ("ASSAULT", "COERCE") or token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in lexicon.words("grievance_preps"):
        anchor = prep.head
    elif (prep.lower_ in ("to", "for", "at", "against") and prep.head.lemma_.lower() in lexicon.words("grievance_reply_nouns")
          and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in"):
        anchor = prep.head.head.head          # 'in reaction to the X': the phrase hangs on the protest
    else:
        return False
    near = {anchor.i, anchor.head.i, anchor.head.head.i}
    return any(d is not draft and d.code == "PROTEST" and d.factuality in HAPPENED and (
        d.token.i in near or d.token.head.i == anchor.i) for d in drafts)


def _grievance_retold(draft: Draft, codes) -> bool:
    """'Journalists protested against the arrest of their editor. He was arrested on Friday
    ...', '... the detention is said to be ...': a later sentence of the paragraph that tells, with
    no author (or only the victim's possessive), the act the protest was
    against retells the protest's grievance, a happening the note is not about (the protest is)."""
    return draft.code in codes and (draft.actor is None or draft.actor.dep_ == "poss" and draft.actor.pos_ == "PRON") and (
        draft.factuality in HAPPENED)       # 'He was arrested ...', 'his detention is said to be ...'


def _riot_of_the_protest(drafts: list[Draft], protest: Optional[Draft]) -> None:
    """'Dock workers marched over unpaid wages. Two cars were set alight.', '... They threw
    stones at the centre': violence told after a crowd's protest in the same paragraph, with no
    author or with the crowd as a pronoun, is the protesters' riot (PLOVER PROTEST, mode riot)."""
    if protest is None:
        return
    for d in drafts:
        if d.code != "ASSAULT" or d.factuality not in HAPPENED:
            continue
        if d.actor is None and d.target is not None and _verb_lemmas(d.token) & word_class("property_damage") and (
                party_kind(d.target.lemma_) not in ("person", "crowd", "force") and d.target.tag_ != "NNS" or d.target.lemma_.lower() in word_class("property_damage_object")):
            d.code, d.mode = "PROTEST", "riot"
        elif d.actor is not None and d.actor.pos_ == "PRON" and d.actor.lower_ in ("they", "them"):
            d.code, d.mode = "PROTEST", "riot"
        elif d.actor is None and d.target is not None and party_kind(d.target.lemma_) == "force" and not d.instruments and (
                d.token.lemma_.lower() in lexicon.words("injury_verbs")) and not any(
                o is not d and o.code == "ASSAULT" and o.token.sent == d.token.sent for o in drafts):
            d.code, d.mode = "PROTEST", "riot"   # "... Three gendarmes were wounded": hurt by the crowd of the protest
            d.actor = protest.actor


def _riot_of_one_act(drafts: list[Draft]) -> None:
    """'Fishermen armed with shotguns raided a market, wrecking stalls and killing five': a participle or
    a joined verb that tells more of an assault by the same actor is that one act, an assault
    like its head, though the crowd test alone would have made the killing a riot (a head
    itself a riot makes the participle one already). The reverse too (round 27): damage to property
    joined to a crowd's riot by the same crowd ('threw stones ... and set fire to two cars') is that riot."""
    heads = {d.token.i: d for d in drafts if d.code == "ASSAULT" and d.factuality in HAPPENED}
    for d in drafts:
        if d.code != "PROTEST" or d.mode != "riot" or d.token.dep_ not in ("advcl", "conj") or d.actor is None:
            continue
        node, head = d.token, None
        for _ in range(3):          # 'raided a market, wrecking stalls and killing five': up the chain of participles
            if node.dep_ not in ("advcl", "conj") or node.head is node:
                break
            node = node.head
            head = heads.get(node.i)
            if head is not None:
                break
        if head is not None and head.actor is not None and head.actor.i == d.actor.i:
            d.code, d.mode = "ASSAULT", head.mode
    riots = {d.token.i: d for d in drafts if d.code == "PROTEST" and d.mode == "riot" and d.factuality in HAPPENED}
    for d in drafts:
        head = riots.get(d.token.head.i) if d.token.dep_ == "conj" else None
        if head is not None and d.code == "ASSAULT" and d.mode in ("destroy", None) and d.factuality == head.factuality and (
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in d.token.children)) and (
                d.actor is None or head.actor is not None and d.actor.i == head.actor.i) and not _hurts_people(d):
            d.code, d.mode = "PROTEST", "riot"   # round 27: "part of the crowd threw stones at police lines and set
                                                 # fire to two cars": the crowd's damage is its riot, one happening


def _hurts_people(draft: Draft) -> bool:
    """A killing or wounding: harm to people, not to property (which stays an act of its own)."""
    return draft.token.lemma_.lower() in _CASUALTY_WORDS or bool(draft.casualties)


_CASUALTY_WORDS = frozenset({"kill", "wound", "injure", "shoot", "stab", "beat", "murder", "hurt"})


def _thrown_by_a_crowd(drafts: list[Draft]) -> None:
    """'Gendarmes were attacked with bricks and bottles', 'a bus was pelted with stones': violence by no
    one named whose only instruments are things a crowd throws is a riot (ACLED mob violence;
    PLOVER PROTEST, mode riot); a firearm or an explosive in the clause keeps it an assault."""
    for d in drafts:
        if d.code != "ASSAULT" or d.actor is not None:
            continue
        thrown = [g for c in d.token.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]   # every thing named, 'stones and dynamite'
        words = {w.lower() for i in d.instruments for w in i.split()} | {g.lower_ for g in thrown}
        if not words:
            continue
        lemmas = {w[:-1] if w.endswith("s") else w for w in words}
        plural = any(w.endswith("s") for w in words)    # a crowd throws many ('stones'); 'killed with a rock' is one hand
        if plural and lemmas <= lexicon.words("crowd_missiles"):
            d.code, d.mode = "PROTEST", "riot"


def _verb_lemmas(token) -> set[str]:
    """The lemma, and the verb under a participle the tagger called an adjective ('a kiosk
    wrecked': 'wrecked' -> 'wreck')."""
    word = token.lower_
    return {token.lemma_.lower()} | ({word[:-2], word[:-1]} if token.pos_ == "ADJ" and word.endswith("ed") else set())


def _topic_label(token, sent) -> bool:
    """"First, the strike." / "Third, the talks.": a sentence with no verb whose event noun is
    definite names a happening the text tells elsewhere, as a heading of what follows; it reports
    nothing itself (a verbless headline such as "Deadly clashes in Tripoli" has no article and stays)."""
    if token.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
    bare = not any(t.pos_ == "NUM" or t.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for t in sent)
    return definite and bare


def _linked(a, b) -> bool:
    """Is trigger b bound to trigger a in one clause ('ambushed ..., killing', 'struck back and
    killed', 'killed in a raid', 'an airstrike that killed')? b is under a within three steps."""
    node = b
    for _ in range(3):
        if node.dep_ not in _MERGE_DEPS or node.head is node:
            return False
        if node.dep_ in ("conj", "advcl", "ccomp") and node.i > node.head.i and not is_cue(node.lemma_.lower(), "reporting") and any(
                t.text == ";" for t in node.doc[node.head.i + 1:node.left_edge.i]):
            return False        # "police detained an MP; supporters gathered ... until officers dispersed them":
                                # a semicolon ends the clause, whatever the parser hung on it (not a report of the
                                # same act: "air strikes killed 11; the military said it had targeted fighters")
        node = node.head
        if node.i == a.i:
            return True
    return False


def _named_in_phrase(verb, noun) -> bool:
    """'met in Vell for a new round of talks', 'met in Osk, their first formal talks in two
    years': an event noun of the verb's own type, reached from the verb through prepositions,
    nouns and appositions only (no clause of its own), names the happening the verb tells."""
    if verb.pos_ != "VERB" or noun.pos_ != "NOUN":
        return False
    node = noun
    for _ in range(6):
        if node.head is node or node.dep_ not in ("pobj", "prep", "appos", "npadvmod", "dobj", "conj"):
            return False
        node = node.head
        if node.i == verb.i:
            return True
        if node.pos_ not in ("NOUN", "PROPN", "ADP", "NUM"):
            return False
    return False


def _retold_in_clause(a, b) -> bool:
    """A second telling of a's happening inside a's own sentence (false alarms pooled over the read
    sets: the largest kind, a second row for one happening), whatever depth the parse puts it at:
    - an elaborating participle after a comma, with no subject of its own, under the act or under the
      verb whose object names it ('adopted sanctions on six generals, freezing their bank accounts');
    - an appositive noun that renames the clause's act ('met the rebels' envoys on Friday, the first such
      meeting in a year');
    - a noun in a 'during' phrase, the occasion of the act told ('arrested five men ... during raids').
    Callers ask it only of triggers of one type and factuality."""
    if b.tag_ == "VBG" and b.dep_ in ("advcl", "acl", "conj", "xcomp") and b.i > 0 and b.doc[b.i - 1].text == "," and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in b.children):
        over = a if a.pos_ == "VERB" else _verb_of_object(a)
        # (the parser often hangs the participle higher, on the verb the act's clause sits in: 'answered by
        # imposing sanctions ..., freezing their assets'); a participle whose object is an envoy tells a measure of
        # its own ('imposed sanctions, expelling two diplomats')
        if over is not None and b.i > a.i and (any(t.i == over.i for t in b.ancestors) or any(
                t.i == b.head.i for t in over.ancestors)) and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in word_class("diplomatic_person") for c in b.children):
            return True
    if b.pos_ == "NOUN" and a.pos_ == "VERB" and b.i > a.i:
        if b.dep_ == "appos" and any(t.i == a.i for t in b.ancestors) and b.left_edge.i > 0 and (
                b.doc[b.left_edge.i - 1].text == ",") and not any(c.dep_ == "nummod" for c in b.children):
            return True                 # (not '...; 6 arrests': a count after a semicolon is a tally of its own)
        if b.dep_ == "pobj" and b.head.lower_ == "during" and any(t.i == a.i for t in b.ancestors):
            return True
        one = b.head.head if b.dep_ == "pobj" and b.head.lower_ == "of" else None
        if one is not None and one.lower_ == "one" and one.i > 0 and b.doc[one.i - 1].text == "," and any(
                c.tag_ == "JJS" for c in b.children):
            return True                 # "shot nine herders on Monday, one of the worst ambushes in years"
    return False


def _verb_of_object(noun):
    """The verb whose object a noun is, also through 'of' ('approved a package of sanctions'); None if none."""
    node = noun
    for _ in range(3):
        if node.dep_ in ("dobj", "nsubjpass") and node.head.pos_ == "VERB":
            return node.head
        if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head is node.head:
            return None
        node = node.head.head
    return None


def _terms_of_the_act(draft: Draft, drafts: list[Draft]) -> bool:
    """'freed 2,000 detainees under an amnesty', 'handed the suspect over under an extradition request filed
    last year', 'withdrew its troops under the truce': a non-violent event noun in an 'under' phrase of another act
    of the sentence is the terms that act was done on, told (or told before) as a standing measure; the act is
    the sentence's happening. ('under fire', 'under attack': violence going on, kept.)"""
    token = draft.token
    if draft.code in _VIOLENT or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "under":
        return False
    verb = token.head.head              # (the parser may hang the phrase on a reporting verb above the act)
    around = {t.i for t in verb.subtree} - {t.i for t in token.subtree}
    return any(d is not draft and d.token.i in around for d in drafts)


def _setting_meeting(draft: Draft, drafts: list[Draft]) -> bool:
    """'signed a memorandum at a meeting in Osk', 'announced the aid at a summit': a meeting
    named as the place of another act told in its clause is where that act was done; the act is
    the event the sentence tells ('during a visit by X' tells the visit too: a journey made, and
    'brokered a ceasefire at talks in Kunming' the talks: a negotiation, no venue)."""
    token = draft.token
    if draft.code != "CONSULT" or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "at":
        return False
    if token.lemma_.lower() in ("talk", "talks", "negotiation", "negotiations"):
        return False
    verb = token.head.head
    return any(d is not draft and d.code != "CONSULT" and d.token.i == verb.i for d in drafts)


def _operation_phase(a: Draft, b: Draft) -> bool:
    """'raided the offices and seized computers', 'seized a boat and detained its crew', 'dispersed
    them and arrested a dozen': coercive verbs joined where one is a step of a security operation
    (a raid, a seizure, a dispersal) tell that one operation, not two measures."""
    steps = lexicon.words("operation_step_verbs")
    if any(t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in (a.token, b.token)):
        return False            # "troops scattered a sit-in, and later the mayor banned all marches":
                                # a verb with a subject of its own tells another party's act
    return a.code == b.code == "COERCE" and (a.token.lemma_.lower() in steps or b.token.lemma_.lower() in steps)


def _two_acts(a: Draft, b: Draft) -> bool:
    """'stripped 135 critics of their citizenship and expelled them', 'froze assets and banned
    flights': two conjoined verbs of a non-violent type, each with an object of its own, are two
    acts (violent verbs so joined tell one happening: 'struck back and killed three')."""
    if a.code == b.code == "COERCE" and a.token.pos_ == b.token.pos_ == "VERB" and _clearance_and_arrest(a, b):
        return True             # "cleared the square with batons and detained six": the gold sets code
                                # the square cleared and the people held as two acts
    if a.code in _VIOLENT or a.token.pos_ != "VERB" or b.token.pos_ != "VERB" or _operation_phase(a, b):
        return False
    if a.actor is not None and b.actor is not None and a.actor.i != b.actor.i and a.actor.lower_ != b.actor.lower_ and (
            "PRON" not in (a.actor.pos_, b.actor.pos_)) and not (_by_agent(a.token) or _by_agent(b.token)):
        return True             # "X expelled an attaché, and Y replied by ordering one of X's to go": each side's own act
    if any(x.token.dep_ == "conj" and x.token.head.i == y.token.i and any(c.dep_ == "nsubj" for c in x.token.children)
           and any(c.dep_ == "nsubjpass" for c in y.token.children) for x, y in ((a, b), (b, a))):
        return True             # round 22: "ferries have been halted since Friday, and the reserve bank froze two
                                # brokers' funds": a passive act and a party's own act after it are two
    if a.code != "PROTEST" and any(side_readings.passive_clause_after_an_act(x.token, y.token) for x, y in ((a, b), (b, a))):
        return True             # round 28: "agents detained 3,000 people in raids, and most were deported within hours"
    if a.code == b.code == "SUPPORT" and a.token.pos_ == b.token.pos_ == "VERB":
        return False            # round 27: "said they supported the dialogue and welcomed the hotline agreement": one
                                # speaker's stance told by two verbs, one happening
    if a.code == b.code == "PROTEST" and a.mode == b.mode == "riot" and (
            a.actor is None or b.actor is None or a.actor.i == b.actor.i):
        return False            # round 27: "part of the crowd threw stones ... and set fire to two cars": one
                                # crowd's riot, one happening
    if a.code == b.code == "PROTEST" and "riot" not in (a.mode, b.mode):
        return False            # "market women blocked junctions and burned tyres": one crowd's acts of one protest (a riot's
                                # torching beside a blockade stays two acts)
    if not (a.token.dep_ == "conj" and a.token.head.i == b.token.i or b.token.dep_ == "conj" and b.token.head.i == a.token.i or
            a.code != "PROTEST" and any(side_readings.joined_through_a_chain(x.token, y.token) for x, y in ((a, b), (b, a))) or
            any(_listed_as_clause(x.token, y.token) for x, y in ((a, b), (b, a))) or
            any(x.token.dep_ == "conj" and x.token.tag_ in ("VBD", "VBG") and x.token.head.tag_ == "VB" and x.token.head.head.i == y.token.i
                for x, y in ((a, b), (b, a)))):
        return False            # (also "ordered two diplomats to leave ... and closed its crossings", "by ordering three
                                # attachés to quit the country and withdrawing its envoy": the parser joins the finite
                                # verb or the gerund to the infinitive; it is the subject's second act)
    return all(any(c.dep_ == "dobj" for c in t.children) for t in (a.token, b.token))


def _listed_as_clause(verb, head) -> bool:
    """'cut the phone network for a week, imposed a curfew and flew in troops': a finite verb of a
    list that the parser hung on the first as an adverbial clause, with no conjunction ('after',
    'when') of its own, is the next item of the list."""
    return (verb.dep_ == "advcl" and verb.head.i == head.i and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > head.i
            and not any(c.dep_ in ("mark", "advmod", "nsubj", "nsubjpass", "aux") for c in verb.children)
            and verb.doc[verb.i - 1].text == ",")


def _clearance_and_arrest(a: Draft, b: Draft) -> bool:
    """One verb clears a road or a square of a crowd ('cleared the highway'), the other holds people
    ('detained six', 'arrested a student'). A dispersal and arrests ('dispersed them and arrested a
    dozen') stay one operation (operation_step_verbs; the read gold sets split both ways there)."""
    removal = lexicon.words("dispersal_verbs") - lexicon.words("operation_step_verbs")
    held = lexicon.words("arrest_count_verbs")
    la, lb = a.token.lemma_.lower(), b.token.lemma_.lower()
    return la in removal and lb in held or lb in removal and la in held


def _by_agent(verb) -> bool:
    """'the clans signed a pact last week brokered by the bishop': a passive participle with its 'by' agent and no auxiliary
    describes the act it hangs on (here, who brought the truce about); it is no second party's own act."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and any(c.dep_ == "agent" for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _dispersal_means(drafts: list[Draft]) -> list[Draft]:
    """'Police used tear gas to disperse the crowd', 'dispersed them with tear gas', 'fired into
    the air to disperse': force used to break up a crowd, bound in one clause to the dispersal,
    is the dispersal's means: one COERCE event (PLOVER crowd control), not an assault beside it."""
    dispersals = [d for d in drafts if d.code == "COERCE" and d.token.lemma_.lower() in lexicon.words("dispersal_verbs")]
    out = []
    for d in drafts:
        home = next((c for c in dispersals if d.code == "ASSAULT" and d.factuality == c.factuality and (
            _linked(c.token, d.token) or _linked(d.token, c.token)) and (
            d.actor is None or c.actor is None or d.actor.i == c.actor.i)), None)
        if home is None:
            out.append(d)
            continue
        home.actor = home.actor or d.actor
        _absorb(home, d)
        home.merged.append(d.token)
        home.forceful = True
    return out


def _arrest_count(draft: Draft, drafts: list[Draft], earlier_coerce: bool) -> bool:
    """'... Security forces arrested 12 men. | 12 detained', '... | 3 injured, 40 arrested': an
    arrest verb (a noun, '6 arrests', stays: gold sets code it apart) with no one making it and no one named as held, beside an arrest or dispersal told
    with its author (in the sentence or earlier in the paragraph), is that operation's count."""
    if draft.code != "COERCE" or draft.factuality not in HAPPENED or draft.actor is not None or draft.target is not None:
        return False
    if draft.token.pos_ != "VERB" or draft.token.lemma_.lower() not in lexicon.words("arrest_count_verbs"):
        return False
    return earlier_coerce or any(d is not draft and d.code == "COERCE" and d.actor is not None for d in drafts)


def _absorb(home: Draft, draft: Draft) -> None:
    """One happening told twice: the event kept takes the other telling's instruments and scope."""
    home.instruments.extend(i for i in draft.instruments if i not in home.instruments)
    home.scope |= draft.scope


def _one_per_happening(drafts: list[Draft]) -> list[Draft]:
    drafts = _dispersal_means(drafts)
    out: list[Draft] = []
    for draft in drafts:
        home = next((d for d in out if d.code == draft.code and d.factuality == draft.factuality and (
            _linked(d.token, draft.token) or _linked(draft.token, d.token) or _named_in_phrase(d.token, draft.token)
            or _named_in_phrase(draft.token, d.token) or _retold_in_clause(d.token, draft.token)
            or _retold_in_clause(draft.token, d.token)
            or d.code == "PROTEST" and any(_linked(m, draft.token) for m in d.merged)) and not _two_acts(d, draft)), None)
        # (a protest's acts bound to one already folded into it: "market women protesting ... blocked junctions and burned tyres")
        if home is None:
            out.append(draft)
            continue
        victim = next((d.target for d in (home, draft) if d.actor is None and d.target is not None), None)
        fighter = next((d for d in (home, draft) if d.actor is not None), None)
        if victim is not None and fighter is not None and fighter.actor.i == victim.i and fighter.target is not None:
            # "a suspect died after a shootout with police": the other side killed him
            home.actor, home.target = fighter.target, victim
        else:
            home.actor = home.actor or draft.actor
            home.target = home.target or draft.target
        home.mode = home.mode or draft.mode
        _absorb(home, draft)
        if draft.token.pos_ == "VERB" and home.token.pos_ != "VERB":
            # "Protests erupted": the verb tells the event, the noun names it
            home.merged.append(home.token)
            home.token, home.particle = draft.token, draft.particle
        else:
            home.merged.append(draft.token)
    return out


_CASUALTY_TRIGGERS = lexicon.words("toll_only_triggers")
_ANOTHER = lexicon.words("another_happening_modifiers")


def _toll_only(draft: Draft, found: list[Casualty] = ()) -> bool:
    """'14 militants were killed in the fight', 'one man died': a count of the dead, no new act.
    So is a telegraphic toll whose dead the parser made the subject ('| 14 soldiers killed, 9
    wounded' in an incident log), or subject and object ('| 3 rebels killed, 1 soldier wounded'
    parsed as the soldier killing the rebels): the subject is the count itself, not an attacker."""
    return (draft.code in _VIOLENT and draft.factuality in HAPPENED
            and (draft.actor is None or _counted(draft.actor, found) and (draft.target is None or _counted(draft.target, found)))
            and draft.token.lemma_.lower() in _CASUALTY_TRIGGERS and not _told_as_another(draft))


def _tolls_of_one_happening(drafts: list[Draft], earlier: bool, found: list[Casualty] = ()) -> tuple[list[Draft], bool]:
    """A sentence's deaths with no author belong to the violent event beside them, or to the one
    the paragraph told just before: one event per happening, its toll counted once. Returns the
    drafts left and whether some were folded into the earlier event."""
    violent = [d for d in drafts if (d.code in _VIOLENT or d.mode == "riot") and not _toll_only(d, found)]
    kept, folded = [], False
    for draft in drafts:
        if _toll_only(draft, found) and (violent or earlier):
            if violent:
                violent[0].scope |= draft.scope
                violent[0].target = violent[0].target or draft.target
            else:
                folded = True
            continue
        kept.append(draft)
    return kept, folded


def _same_happening_goes_on(ctx, unit, drafts: list[Draft], earlier: Event, places, dates,
                            found: list[Casualty]) -> tuple[list[Draft], bool]:
    """'Rebels stormed an army post ... After an hour of fighting the rebels withdrew and said
    they had shot two guards.': a violent act by the same actor (or by no one named,
    against no one or only against the dead it counts: 'A clash broke out and 3 suspects were
    killed.') in a later sentence of the paragraph, with no place or date of its own, is the same
    happening going on; its toll goes to the event already told. So is a crowd's violence told by its
    harm alone ('The ministry said 14 officers and 9 protesters were injured' after the stones were told:
    round 27)."""
    kept, went_on = [], False
    for draft in drafts:
        if ((draft.code in _VIOLENT or draft.mode == "riot") and draft.factuality in HAPPENED and earlier.factuality in HAPPENED
                and not _told_as_another(draft) and not any(m.root_i in draft.scope for m in places) and not any(d.token_end - 1 in draft.scope for d in dates)):
            actor = entity_for(ctx, unit, draft.actor, demonym_as_state=True) if draft.actor is not None else None
            if actor is None and (draft.target is None or _counted(draft.target, found)) or actor is not None and (
                    actor == earlier.actor or earlier.actor is None and _claimed(draft.token)):
                went_on = True
                continue
        kept.append(draft)
    return kept, went_on


def _told_as_another(draft: Draft) -> bool:
    """'Another attack', 'a second blast', 'a separate raid': a new happening, not the one told."""
    return any(c.lower_ in _ANOTHER for t in (draft.token, *draft.merged) for c in t.children if c.dep_ in ("det", "amod"))


def _claimed(token) -> bool:
    """'Al Shabaab claimed to have killed two soldiers', 'they claimed they killed five': the act
    told is claimed by its author (who the claimant rule makes the actor of the event told)."""
    return token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in lexicon.words("claim_verbs")


def _counted(target, found: list[Casualty]) -> bool:
    """Is the target the casualties a count of the sentence counts ('3 suspects were killed')?"""
    # the count may hang off the verb rather than the noun ('| 2 police officers killed'): a
    # number phrase just before the noun's own words counts it too
    return any(target.left_edge.i <= c.first <= target.right_edge.i or c.first < target.left_edge.i <= c.last + 1
               for c in found)


def _claimant(span):
    """Who a sentence says carried out the act told before it: 'JNIM claimed responsibility',
    'Al Shabaab claimed the attack', 'Al Shabaab claimed to have killed two soldiers', 'a
    private security contractor is the suspected attacker', 'the device was planted by JNIM militants'."""
    suspect = _suspect_named(span)
    if suspect is not None:
        return suspect
    for token in span:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in lexicon.words("claim_verbs"):
            if any(c.dep_ == "dobj" and (c.lemma_.lower() in lexicon.words("responsibility_nouns") or
                                         ("noun", c.lemma_.lower()) in triggers()) for c in token.children):
                return _actor_subject(token)
        if lemma == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in lexicon.words("perpetrator_nouns") for c in token.children):
            return _actor_subject(token)
        if lemma in lexicon.words("responsible_adjectives") and token.dep_ == "acomp":
            node = token.head                   # "Al Shabaab are believed to be responsible."
            while node.dep_ == "xcomp" and node.head is not node:
                node = node.head
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ != "PRON" and (subject.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
                                                                   or subject.pos_ == "PROPN" or party_kind(subject.lemma_) in ("force", "group")):
                return subject
        if token.pos_ == "VERB" and lemma in lexicon.words("claim_verbs") and any(
                c.dep_ in ("xcomp", "ccomp") and ("verb", c.lemma_.lower()) in triggers() for c in token.children):
            return _actor_subject(token)        # "Al Shabaab claimed to have killed two soldiers"
        if token.pos_ == "VERB" and lemma in lexicon.words("device_agent_verbs") and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in word_class("planted_device") for c in token.children):
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is not None and (by.ent_type_ in ("ORG", "NORP", "GPE") or by.pos_ == "PROPN" or
                                   party_kind(by.lemma_) in ("force", "group")):
                return by                       # "The device was planted by ISWAP fighters.
    return None


def _device_author(span):
    """Who planted the device that went off in this sentence: 'a mine laid by Ridge Front
    fighters struck the lorry'."""
    for token in span:
        if token.lemma_.lower() not in lexicon.words("device_agent_verbs") or token.dep_ != "acl":
            continue
        if token.head.lemma_.lower() not in word_class("planted_device"):
            continue
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None and (by.ent_type_ in ("ORG", "NORP", "GPE") or by.pos_ == "PROPN" or
                               party_kind(by.lemma_) in ("force", "group")):
            return by
    return None


def _suspect_named(span):
    """A sentence that only names the suspect of the act told before it: 'The Ridge Front
    suspected.', 'Ridge Front blamed.'"""
    words = [t for t in span if not t.is_punct]
    if len(words) > 6 or not words or words[-1].lower_ not in ("suspected", "blamed"):
        return None
    named = [t for t in words[:-1] if t.ent_type_ in ("ORG", "NORP", "PERSON") or t.pos_ == "PROPN"]
    return named[-1] if named else None


def _actor_subject(verb):
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject if subject.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or subject.pos_ == "PROPN" or (
        party_kind(subject.lemma_) in ("force", "group", "authority")) else None


def _share_casualties(drafts: list[Draft], found: list[Casualty]) -> None:
    """Each count goes to the violent event whose clause holds its casualty word, else to the
    sentence's first violent event."""
    violent = [d for d in drafts if d.code in _VIOLENT or d.mode == "riot"]
    if not violent:
        return
    for c in found:
        home = next((d for d in violent if c.anchor in d.scope), violent[0])
        home.casualties.append(c)


def _killed(found: list[Casualty]) -> list[Casualty]:
    killed = [c for c in found if c.kind == "killed"]
    coded = [c for c in killed if c.coded]
    if coded:
        return coded[:1]           # ACLED-style notes: the coder's own figure
    summary = [c for c in killed if c.summary]
    return summary[:1] if summary and len(summary) < len(killed) and _only_summaries_after(killed) else killed


def _only_summaries_after(killed: list[Casualty]) -> bool:
    first_summary = next(i for i, c in enumerate(killed) if c.summary)
    return all(c.summary for c in killed[first_summary:])


_PLURAL_PRONOUNS = {"they", "them", "their"}


def _antecedent_entity(ctx, units, pronoun):
    """'The fishermen refused. They threw stones at the guards', 'miners were beaten ... during
    their sit-in': a plural pronoun stands for the nearest plural subject before it in the
    paragraph (a people, crowd, group or force noun), the one the note's sentences are about."""
    doc = pronoun.doc
    for i in range(pronoun.i - 1, -1, -1):
        token = doc[i]
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
            continue
        token = _through_count(token)
        if token.tag_ != "NNS" and party_kind(token.lemma_) not in ("crowd", "group", "force"):
            continue
        if party_kind(token.lemma_) in ("abstract", "instrument") or token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
            continue
        unit = next((u for u in units if u.span.doc is doc and u.span.start <= i < u.span.end), None)
        return entity_for(ctx, unit, token, demonym_as_state=True) if unit is not None else None
    return None


def _through_count(token):
    """'dozens of residents' -> residents."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and (token.like_num or token.ent_type_ == "CARDINAL" or party_kind(token.lemma_) == "abstract"):
        return next((c for c in of.children if c.dep_ == "pobj"), token)
    return token


def _add_later_toll(event: Event, found: list[Casualty], unit) -> None:
    """A toll told in a later sentence of the same paragraph ('1 soldier was killed.', '3
    fatalities.'): a total replaces the event's count, a further group adds to it."""
    killed = _killed(found)
    if not killed:
        return
    has = [q for q in event.quantities if q.kind == "killed"]
    if has and any(c.summary for c in killed):
        event.quantities[:] = [q for q in event.quantities if q.kind != "killed"]
    event.quantities.extend(c.quantity for c in killed)


def _event(ctx, unit, draft: Draft, places, dates, quantities, others, published) -> Event:
    token = draft.token
    actor = entity_for(ctx, unit, draft.actor, demonym_as_state=True) if draft.actor is not None else None
    target = entity_for(ctx, unit, draft.target, demonym_as_state=True) if draft.target is not None else None
    if target == actor:
        target = None
    mention = place_of(unit, draft, places, others)
    told = date_of(dates, draft, others)
    row = row_date(unit, dates, published)
    if row is not None and (told is None or row.start <= told.start < row.end):
        told = row      # the row's date cell, whole ('1 Mar 2026', where NER took only '2026')
    when = event_date(told, published, draft.factuality in HAPPENED)
    start, end = unit.offsets(token)
    particle = draft.particle
    action = token.text + (" " + particle.text if particle is not None and particle.i == token.i + 1 else "")
    tolls = [c.quantity for c in _killed(draft.casualties)]
    tolls += [c.quantity for c in draft.casualties if c.kind == "wounded"]
    other = [q for q, last, _ in quantities if last in draft.scope and q.kind not in ("killed", "wounded")]
    return Event(
        id=ctx.next_id("ev"), sentence_id=unit.id, code=draft.code, action=action, actor=actor, target=target,
        location=geocode.location(mention) if mention is not None else None,
        date=when.date, date_text=when.text, date_precision=when.precision, date_from_published=when.from_published,
        quantities=tolls + other, source_id=ctx.source_of(unit.id), certainty=unit.model.certainty,
        start=start, end=end, line=unit.model.line, factuality=draft.factuality, mode=draft.mode,
        instruments=list(dict.fromkeys(draft.instruments)))
