"""Where and when an event happened: the place and the date that belong to it (`draft`: an event
being built, with its trigger `token`, `scope`, `actor`, `target`, `code` and `merged` triggers).

A place or date counts for an event when it sits in the event's clause (the trigger's subtree,
and for a noun the clause of its verb) and no other event of the sentence governs it first (an
event that governs this one shares its setting: 'On 28 April, forces arrested and beat ...').
A place must be where something happens, never a party ('strikes on Israel'), never one that
qualifies a person or a report ('sources in Mopti', 'brokers in London'); a date of a report
('the governor said on Wednesday') dates the saying, unless it is fronted to set the scene
('On 5 May, it was reported that ...').
"""
from __future__ import annotations

import re

from ... import lexicon
from ...geo import distance_km
from .dates import DateMention, is_duration, is_temporal, resolve
from .factuality import is_cue
from .gazetteer import place_key
from .vocabulary import party_kind, word_class

_LOCATIVE = lexicon.words("locative_preps")
# how exact a geocoded place is: the lower, the more exact
_PRECISION_RANK = {"place": 0, "district": 1, "region": 2, "country": 3}
_NOT_WHERE = lexicon.words("not_locative_preps")
_SETTLEMENT_WORDS = lexicon.words("settlement_nouns") | lexicon.words("place_suffix_nouns")


# a wire's dateline: 'PESHAWAR, Pakistan, Nov 17 -', 'NAIROBI, Nov 3 (Reuters) -', 'LA PAZ -': the
# city in capitals at the start of a line, a country, the filing day, the wire, then a dash
_DATELINE_PLACE = re.compile(r"^\s*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})(?:,\s*[A-Z][A-Za-z .'’-]+?)?"
                             r"(?:,\s*[^-–—,]{3,30}?)?(?:\s*\([^)]*\))?\s+[-–—]+\s")


def dateline_place(unit):
    """The city of a wire's dateline, when this sentence opens its line with one: the place the
    story's acts are set in unless they name their own (geocode.location; `mention` as written)."""
    line = unit.line
    found = _DATELINE_PLACE.match(line.text)
    if found is None or len(found.group(1)) < 3 or unit.model.start > line.start + found.end():
        return None                     # (only the sentence the dateline opens)
    return _dateline_location(found.group(1), line.start + found.start(1))


def _dateline_location(name: str, start: int):
    from . import geocode
    best = geocode.choose(geocode.lookup(name), {})
    if best is None or best.precision != "place" or best.kind != "city":
        return None
    return geocode.location(geocode.Mention(text=name, start=start, end=start + len(name), token_start=-1,
                                            token_end=-1, candidates=(best,)))


def scope_of(trigger) -> set[int]:
    """Token indices that belong to an event: the trigger's subtree, and for a noun that is an
    object or subject, the clause of its verb as well."""
    scope = {t.i for t in trigger.subtree}
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and head.pos_ in ("VERB", "AUX", "ADP"):
        scope |= {t.i for t in head.subtree}
    return scope


def place_of(unit, draft, places, others):
    """The place the event's clause puts it in; else a place the sentence puts an act in (never
    one that only qualifies a noun: 'brokers in London', 'analysts in Dakar'); never a party.
    A first-level division gives way to a town of the sentence inside it (`_town_in_the_region`)."""
    found = _place_of(unit, draft, places, others)
    if found is not None and found.candidates[0].kind == "admin1":
        return _town_in_the_region(found, unit, draft, places, others) or found
    return found


_REGION_TOWN_KM = 250        # a division's GeoNames point to a town inside it, when the town's division is not coded
_AWAY_PREPS = ("from", "to", "towards", "toward")


def _town_in_the_region(region, unit, draft, places, others):
    """'in the Tarvo district of Oster', 'in a village (Tarvo LGA, Oster)', 'Kell ward, Tarvo
    township, Oster': an event placed only at a first-level division, whose sentence also names a
    town inside that division (GeoNames' division of the town, or near the division's point
    when it has none), is placed at the town: the division's point lies mostly 50-300 km from where
    it happened, a district named after its town, or the town itself, rarely. Never a town where
    people came from or went, one hung on a party, nor one another event of the sentence owns."""

    doc = unit.span.doc
    here = region.candidates[0]
    parties_ = {t.i for t in (draft.actor, draft.target) if t is not None and draft.code != "ASSAULT"}
    towns = []
    for m in places:
        best = m.candidates[0]
        if m is region or best.kind != "city" or best.precision != "place" or best.country_code != here.country_code:
            continue
        if best.admin1 and here.admin1_code:
            if place_key(best.admin1) != place_key(here.name):
                continue
        elif distance_km(best.lat, best.lon, here.lat, here.lon) > _REGION_TOWN_KM:
            continue
        root = _root(m, doc)
        if m.root_i in parties_ or _owned_elsewhere(doc[m.root_i], draft.token, others):
            continue
        if root.dep_ == "pobj" and root.head.lower_ in _AWAY_PREPS:
            continue
        towns.append(m)
    if len({(round(m.candidates[0].lat, 1), round(m.candidates[0].lon, 1)) for m in towns}) != 1:
        return None                      # none, or two towns of the division: which one is a guess
    return towns[0]


def _place_of(unit, draft, places, others):
    doc = unit.span.doc
    parties_ = {t.i for t in (draft.actor, draft.target) if t is not None and draft.code != "ASSAULT"}
    usable = [m for m in places if not _owned_elsewhere(doc[m.root_i], draft.token, others)]
    inside = [m for m in usable if m.root_i in draft.scope and m.root_i not in parties_ and _where(m, doc, draft)]
    scene = _scene(unit) if usable else set()     # (it only picks among the usable places)
    fronted = [m for m in usable if m.token_start in scene and m.root_i in scene and m.root_i not in parties_]
    if inside:
        inside = _own_clause(inside, doc, draft)
        best = _qualified(min(inside, key=lambda m: (_clauses_between(doc[m.root_i], draft.token),
                                                     _PRECISION_RANK.get(m.candidates[0].precision, 2),
                                                     _of_a_wider_area(m, doc), m.start)), usable)
        # 'In Iquique, Tarapaca, stranded travellers rallied to demand help at the frontier posts of
        # Chile': a country deep in the clause says less than the town fronted as the scene, when
        # that town is in it
        here = best.candidates[0]
        finer = [m for m in fronted if m is not best and m.candidates[0].precision in ("place", "district", "region")
                 and m.candidates[0].country_code and m.candidates[0].country_code == here.country_code]
        if here.precision == "country" and finer:
            return _qualified(finer[0], usable)
        return best
    if fronted:
        return _qualified(_at_the_scene(fronted, doc), usable)
    on_party = [m for m in usable if m.root_i in draft.scope and m.candidates[0].precision != "country" and _on_a_participant(m, doc, draft)]
    if on_party:
        return _qualified(on_party[0], usable)
    outside = [m for m in usable if m.root_i not in parties_ and _verbal_locative(m, doc)]
    if outside:
        return _qualified(outside[0], usable)
    # the parse broke the clause ('the army's units retook Vell (Oster province) on Friday'):
    # a place of the sentence that qualifies no person or report, the most specific first
    rest = [m for m in usable if m.root_i not in parties_ and not _qualifies_a_party(m, doc, draft)
            and m.candidates[0].precision != "country"
            and _root(m, doc).dep_ in ("pobj", "appos", "npadvmod", "conj", "dobj")]
    if rest:
        return _qualified(min(rest, key=lambda m: (_PRECISION_RANK.get(m.candidates[0].precision, 2), m.start)), usable)
    return _the_only_place(usable, doc, draft, parties_)


def _of_a_wider_area(mention, doc) -> bool:
    """'on a track in the hills of Oster, near Tarvo': a name that only says which area a common
    noun is of ('the hills of', 'the valley of') tells less of where it happened than one a
    locative preposition governs; not a settlement's own name ('the town of Tarvo')."""
    root = _root(mention, doc)
    while root.dep_ in ("compound", "appos") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.pos_ == "NOUN" and noun.lower_ not in _SETTLEMENT_WORDS


def _at_the_scene(fronted, doc):
    """The place a fronted scene puts the act in: the first one a locative preposition governs
    ('on a track in the hills of Oster, near Tarvo': Tarvo, not the region a noun is 'of'); else
    the first named."""
    for m in fronted:
        root = _root(m, doc)
        while root.dep_ in ("compound", "appos", "conj") and root.head.i != root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in _SCENE_PREPS:
            return m
    return fronted[0]


def _the_only_place(usable, doc, draft, parties_):
    """'went on strike in Tarvo city demanding ...', 'residents of Tarvo demonstrated', parsed with
    the town under a word the rules above do not read: when the sentence names one place only (a
    town, with the divisions that qualify it), hung on no named person or organisation, no report
    and no speaker of the act ('a spokesman in Tarvo said'), nor telling where people came from,
    the act told in it happened there."""
    starts = {m.start for m in usable}
    # the divisions that qualify a known place stand for it; those of a village the gazetteer
    # lacks ('X village (Tarvo, Oster)') are the chain's only names
    own = [m for m in usable if m.root_i not in parties_ and m.qualifies not in starts
           and m.candidates[0].precision != "country"]
    if not any(m.candidates[0].precision == "place" for m in own):
        return None                                # a region alone says too little of where it happened
    points = {(round(m.candidates[0].lat, 1), round(m.candidates[0].lon, 1)) for m in own}
    chains = {m.qualifies for m in own}
    if len(points) != 1 and (len(chains) != 1 or None in chains):
        return None
    mention = min(own, key=lambda m: (_PRECISION_RANK.get(m.candidates[0].precision, 2), m.start))
    root = _root(mention, doc)
    holder = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("from", "to", "towards", "toward"):
        return None                                # where people came from or went, not where it happened
    if holder.lower_ in word_class("reporting_noun") or holder.ent_type_ in ("PERSON", "ORG"):
        return None
    verbs = {draft.token.i, *(t.i for t in draft.merged)}
    if holder.dep_ in ("nsubj", "nsubjpass") and holder.head.i not in verbs and holder.head.i in {t.i for t in draft.token.ancestors}:
        return None                                # 'a spokesman in X said ... had attacked': the speaker's place
    return _qualified(mention, usable)



_SCENE_PREPS = lexicon.words("scene_preps")


def _scene(unit) -> set[int]:
    """The tokens of a locative phrase fronted to set the scene of the whole sentence, after at
    most a date or an adverb: 'On 6 May, in Los Teques, Miranda state, drivers protested ...',
    'Near the border town of X, troops ...'. The chunks between commas that follow it and are
    only names ('Miranda state') qualify it. Read from the words and commas, not the parse (which
    often hangs such a phrase on the subject)."""
    tokens = list(unit.span)
    chunks, current = [], []
    for t in tokens:
        if t.text in (",", ";", ":"):
            chunks.append(current)
            current = []
            if len(chunks) > 6:
                break
        else:
            current.append(t)
    else:
        chunks.append(current)
    scene: set[int] = set()
    opened = False
    pending: set[int] = set()        # 'at the toll booth,' naming no place: the scene only if names follow
    for n, chunk in enumerate(chunks[:6]):
        if not chunk:
            break
        first = chunk[0]
        if not opened:
            # an opening date or adverb ('On 6 May', 'Around 30 April', 'Overnight') may come first
            if n == 0 and (any(t.ent_type_ in ("DATE", "TIME") for t in chunk) or (len(chunk) == 1 and chunk[0].pos_ == "ADV")):
                continue
            verbless = not any(t.pos_ in ("VERB", "AUX") and t.is_lower and len(t) > 2 for t in chunk)
            if first.lower_ in _SCENE_PREPS and any(t.pos_ == "PROPN" and not t.ent_type_ in ("DATE", "TIME") for t in chunk) and verbless:
                opened = True
                scene |= {t.i for t in chunk} | pending
                continue
            # 'On 3 June, at the toll booth, Tarvo Avenue in Kell, Oster state, traders marched': a
            # fronted phrase that names no place opens the scene when a chunk of names follows it
            if first.lower_ in _SCENE_PREPS and verbless and not pending and len(chunk) <= 6 and not any(
                    t.ent_type_ in ("DATE", "TIME") for t in chunk):
                pending = {t.i for t in chunk}
                continue
            if pending and _names_and_places(chunk):
                opened = True
                scene |= pending | {t.i for t in chunk}
                continue
            # 'On 5 May, Tarvo, Oster state, residents burned tyres': a bare name between commas
            # right after the opening date, with its division after it, is the scene as well
            if n == 1 and len(chunks) > 3 and chunks[0] and _names_only(chunk) and _names_only(chunks[2]) and chunks[3]:
                opened = True
                scene |= {t.i for t in chunk}
                continue
            break
        if all(t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in _SETTLEMENT_WORDS or t.is_punct or t.lower_ in ("of", "de", "do", "da", "del")
               for t in chunk):
            scene |= {t.i for t in chunk}            # 'Miranda state', 'Distrito Nacional'
            continue
        if (first.lower_ in _SCENE_PREPS and _names_and_places(chunk[1:])) or _names_and_places(chunk):
            scene |= {t.i for t in chunk}            # a second locative phrase: '..., near Tarvo, ...'
            continue                                 # or names: '..., Kell and Vell villages, ...'

        break
    return scene


def _names_and_places(chunk) -> bool:
    """A chunk of names, perhaps joined by a locative preposition ('Tarvo Road in Kell', 'the Kell
    bridge'), with no verb and no date: it goes on a fronted scene."""
    return bool(chunk) and len(chunk) <= 8 and any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in chunk) and all(
        (t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in _SETTLEMENT_WORDS or t.lower_ in _SCENE_PREPS
         or t.lower_ in ("of", "de", "do", "da", "del", "the", "and") or t.is_punct)
        and t.ent_type_ not in ("DATE", "TIME", "CARDINAL") for t in chunk)


def _names_only(chunk) -> bool:
    return bool(chunk) and len(chunk) <= 5 and all(
        (t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in _SETTLEMENT_WORDS or t.lower_ in ("of", "de", "do", "da", "del"))
        and t.ent_type_ not in ("DATE", "TIME", "CARDINAL") for t in chunk)


def _own_clause(inside, doc, draft):
    """'a rally in Vitebsk in support of the strike in Brest': when two mentions of the
    happening were folded into one event, a place hung on the other mention ('the protest in
    Brest') gives way to one of the event's own clause."""
    merged = {t.i for t in draft.merged} - {draft.token.i}
    if not merged:
        return inside

    def first_trigger(mention):
        node = _root(mention, doc)
        for _ in range(12):
            if node.i == draft.token.i or node.i in merged:
                return node.i
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    own = [m for m in inside if first_trigger(m) not in merged]
    return own or inside


def _qualified(mention, usable):
    """A division that qualifies a place ('in Rawson (Chubut)', 'Acapulco, Guerrero') stands for
    that place: the event is where the more exact one is."""
    for _ in range(3):
        owner = next((m for m in usable if mention.qualifies is not None and m.start == mention.qualifies), None)
        if owner is None or _PRECISION_RANK.get(owner.candidates[0].precision, 2) > _PRECISION_RANK.get(mention.candidates[0].precision, 2):
            break                                   # 'Myanmar, Rakhine, Sittwe': never up to the country
        mention = owner
    return mention


# an incident log's line that opens with its date: '- 14 Nov, Mali (Mopti): ...', '3 March: ...',
# 'Tue 4 Nov - ...' (a bullet may come first; the date is followed by a comma, colon or dash)
_LOG_LEAD = re.compile(r"^\s*(?:[-–—•*·]\s+)?(?P<date>[^,:;|()\[\]]{2,30}?)\s*(?:[,:;|]|\s[-–—]\s)")
_DAY = re.compile(r"\d|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b", re.I)
_PROSE_OPENERS = _LOCATIVE | _SCENE_PREPS      # 'On Thursday, ...' opens prose, not a log line


def row_date(unit, dates, published):
    """'12 Oct | Mali, Mopti | militia | Militiamen stormed a hamlet ... | 7 killed': in a table row
    of an incident log whose first cell is a date, that cell dates every event of the row that
    names no date of its own (a row is one incident, its date column the when of it). The same
    for a log line that opens with a bare date ('- 14 Nov, Mali (Mopti): militiamen stormed ...'):
    a day, not a phrase of prose ('On Tuesday, ...' stays the clause's own date)."""
    line = unit.line
    cells = line.text.split("|")
    if len(cells) >= 3:
        first = cells[0].strip()
    else:
        lead = _LOG_LEAD.match(line.text)
        first = lead.group("date").strip() if lead else ""
        if not _DAY.search(first) or first.split()[0].lower() in _PROSE_OPENERS:
            return None
    if not first or len(first.split()) > 4 or not is_temporal(first):
        return None
    start = line.start + line.text.index(first)
    told = next((d for d in dates if d.start == start), None)
    if told is not None:
        return told
    resolved = resolve(first, published)
    return DateMention(first, start, start + len(first), -1, -1, resolved) if resolved else None


def date_of(dates, draft, others):
    """A date of the event's clause; else one of a clause governing it that is no report
    ('the governor said on Wednesday' dates the saying, not the attack)."""
    doc = draft.token.doc
    usable = [d for d in dates if not is_duration(d.text) and is_temporal(d.text)
              and not _owned_elsewhere(doc[d.token_end - 1], draft.token, others)]
    usable = [_with_day(d, doc) for d in usable]
    inside = [d for d in usable if d.token_end - 1 in draft.scope]
    if inside:
        return min(inside, key=lambda d: _clauses_between(doc[d.token_end - 1], draft.token))
    ancestors = {t.i: t for t in draft.token.ancestors}
    for d in usable:
        head = doc[d.token_end - 1]
        for _ in range(4):
            head = head.head
            if head.i in ancestors:
                if not _is_reporting(head) or d.token_end - 1 < _subject_start(head):
                    return d          # a fronted date ('On 5 May, it was reported that ...') sets the scene
                break
            if head.head.i == head.i:
                break
    return None


def _with_day(mention, doc):
    """'Around 4 May 2020', where NER took only 'May 2020': the day number before it belongs to it."""
    import dataclasses
    import re

    before = doc[mention.token_start - 1] if mention.token_start > 0 else None
    if before is not None and re.fullmatch(r"\d{1,2}", before.text) and re.fullmatch(r"[A-Za-z]+\.? \d{4}", mention.text):
        from .dates import resolve

        text = f"{before.text} {mention.text}"
        return dataclasses.replace(mention, text=text, token_start=mention.token_start - 1, date=resolve(text, None))
    return mention


def _subject_start(verb) -> int:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject.left_edge.i if subject is not None else verb.i


def _is_reporting(token) -> bool:
    return is_cue(token.lemma_.lower(), "reporting")


def _root(mention, doc):
    return doc[mention.token_start: mention.token_end].root


def _where(mention, doc, draft) -> bool:
    root = _climb(_root(mention, doc), draft)
    if draft.target is not None and mention.token_start <= draft.target.i < mention.token_end:
        return True                                # "shelled El Fasher": the town shelled is where
    if root.dep_ in ("dobj", "nsubjpass") and mention.candidates[0].precision != "country":
        return True
    if root.dep_ != "pobj":
        return root.dep_ in ("npadvmod",)
    prep = root.head.lower_
    holder = root.head.head
    participants = {t.i for t in (draft.actor, draft.target) if t is not None}
    if holder.pos_ in ("NOUN", "PROPN") and holder.i != draft.token.i and holder.i not in participants and (
            party_kind(holder.lemma_) is not None or holder.lower_ in word_class("reporting_noun") or holder.ent_type_ in ("PERSON", "ORG")
    ) and not _a_premises(holder):
        return False                               # "sources in Mopti", "analysts in Dakar", a party elsewhere
    if prep == "of":
        return mention.candidates[0].precision != "country"
    if prep == "to":
        return draft.code in ("MOBILIZE", "RETREAT", "ASSAULT", "CONSULT")
    return prep in _LOCATIVE and prep not in _NOT_WHERE


def _a_premises(holder) -> bool:
    """'a sit-in at the Pension Fund's offices in Tarvo', 'picketed outside the Supreme Court in
    Tarvo': an organisation named as where the act happened (the object of a locative preposition)
    stands in the town that qualifies it, which is where the act happened too."""
    prep = holder.head if holder.dep_ == "pobj" else None
    return (holder.ent_type_ == "ORG" and party_kind(holder.lemma_) is None and prep is not None
            and prep.lower_ in _LOCATIVE and prep.lower_ not in _NOT_WHERE and prep.lower_ != "to")


def _on_a_participant(mention, doc, draft) -> bool:
    """'soldiers detained and beat a union organiser in Lodwar', 'gunmen robbed a trader in Kitui':
    a locative phrase hung on the subject or object of the event's own verb (the parse attaches
    it to the noun) still tells where the event happened, when nothing else of the clause does;
    never one on a reporting noun ('sources in Mopti said')."""
    root = _climb(_root(mention, doc), draft)
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE or root.head.lower_ in _NOT_WHERE | {"of", "from", "to"}:
        return False
    holder = root.head.head
    if holder.pos_ not in ("NOUN", "PROPN") or holder.lower_ in word_class("reporting_noun"):
        return False
    while holder.dep_ in ("appos", "compound") and holder.head.i != holder.i:
        holder = holder.head                   # 'a KUPPET (teachers' union) organiser in Lodwar'
    verbs = {draft.token.i, *(t.i for t in draft.merged)}
    verbs |= {t.head.i for t in (draft.token, *draft.merged) if t.dep_ == "conj"}
    verbs |= {c.i for t in (draft.token, *draft.merged) for c in t.children if c.dep_ == "conj"}
    return holder.dep_ in ("dobj", "nsubj", "nsubjpass") and holder.head.i in verbs


def _climb(root, draft):
    """From a name to the phrase it stands in ('Lodwar' -> 'in Lodwar, Turkana county')."""
    while root.dep_ in ("compound", "appos", "conj", "nmod") and root.head.i != root.i and root.head.i != draft.token.i:
        root = root.head
    return root


def _verbal_locative(mention, doc) -> bool:
    root = _root(mention, doc)
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE - {"of", "from", "to"} and root.head.head.pos_ in ("VERB", "AUX")


def _owned_elsewhere(token, trigger, others) -> bool:
    """Does a place or date belong to another event of the sentence ('who died yesterday' inside
    the clause of 'attacked')? Not when that event governs this one ('On 28 April, forces
    arrested and beat ...': the date of 'arrested' dates 'beat' too)."""
    governors = {t.i for t in trigger.ancestors}
    node = token
    for _ in range(15):
        if node.i == trigger.i:
            return False
        if node.i in others and node.i not in governors:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _clauses_between(token, trigger) -> int:
    count = 0
    node = token
    for _ in range(12):
        if node.i == trigger.i or node.head.i == node.i:
            break
        node = node.head
        if node.i != trigger.i and node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            count += 1
    return count


def _qualifies_a_party(mention, doc, draft) -> bool:
    root = _root(mention, doc)
    if root.dep_ != "pobj":
        return False
    holder = root.head.head
    participants = {t.i for t in (draft.actor, draft.target) if t is not None}
    return holder.pos_ in ("NOUN", "PROPN") and holder.i not in participants and (
        holder.lemma_.lower() not in word_class("force_target"))
