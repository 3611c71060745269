"""The rules implementation of attribution ("rules", the default of CLAIMLEDGER_ATTRIBUTION):
who vouches for each sentence, and through whom, from the dependency parse.

Convention (the contract's `attributions[]`): `source_id` is the OUTERMOST source, the one the
text quotes directly (the outlet of a quoted article, the speaker of a lead-in), and `via` lists
the inner sources of the chain, outermost first. So "Reuters, citing sources: ..." is Reuters
via [unnamed sources], and "three of the sources said" inside a passage quoted from a Reuters
article is Reuters via [three of the sources]. `cue` is the attributing words; `start`/`end`
cover the attributed clause (the whole sentence for lead-in blocks).

Forms found from the parse, per sentence (`local_findings`):
- a speaker subject of a speech or cognition verb (data/speech_verbs.tsv): "X said/claims/
  admitted/warned that ...", "..., X said." (the verb is the root after the quote), passives
  with an agent, and the verb reached through xcomp/acl ("was quick to release a statement
  denying ...");
- a light verb with a speech noun: "gave an account", "issued a statement";
- "according to X", "per X", "as per the X report";
- hearsay: passive speech verbs without agent ("was said to", "is reported to"), hearsay
  adverbs ("reportedly"), report nouns with a content clause ("a rumor that", "reports that");
- an inline lead-in at the start of a line: "X: content", "X, citing Y: content";
- first-person cognition or speech ("I believe", "my take is") -> the author.
For a lead-in line it also says who would speak in what the line introduces (inline.py); the
attribution extractor then decides whether that follows as text (leadins.py) and hands the
block to its source (blocks.py), a speaker inside the block becoming the `via`.
"""
from __future__ import annotations

from typing import Optional

from ...contract import Source
from ..context import AUTHOR_ID, COMMENTER_ID, Context, SentenceUnit, Window
from .inline import (follow_interview, inline_lead_in, interview_answer, lead_source, name_the_speakers,
                     note_interviewee, speaker_labels)
from ..events.gazetteer import capital_of, find, is_country
from .interface import ATTRIBUTION, Attributed, SentenceAttribution
from .outlets import through_outlet
from ... import lexicon
from ...lexicon import speech_nouns, speech_verbs
from ..syntax import child, is_nickname, misparsed_speech_verb, noun_phrase, pobj, subject_by_climbing
from .cue_features import says_nothing
from .sources import SourceRegistry, clean_name
from .speakers import Memory, Speaker, remember_mentions, resolve

W = lexicon.words
# Links the subject of a speech verb is looked for through ("quick to release a statement denying").
_CLIMB = {"xcomp", "acl", "conj", "advcl", "pcomp", "acomp"}


@ATTRIBUTION.implementation("rules")
class RulesAttributor:
    """Attribution by rules over the dependency parse (the forms listed above). The speaker
    memory (for pronouns) lasts the document."""

    def __init__(self, ctx: Context, sources: SourceRegistry) -> None:
        self.ctx = ctx
        self.sources = sources
        self.memory = Memory()

    def window(self, window: Window) -> dict[str, SentenceAttribution]:
        reg, memory = self.sources, self.memory
        done: dict[str, list[Attributed]] = {}
        introduces: dict[str, Optional[Attributed]] = {}
        previous = None
        labels = speaker_labels(window.lines)
        if labels:
            name_the_speakers(window.sentences, reg)
        turn_of: dict[int, Source] = {}       # line -> the speaker its inline label gives the turn to
        for unit in window.sentences:
            memory.sentence_index += 1
            note_interviewee(unit, memory)
            follow_interview(unit, memory)
            done[unit.id] = [] if unit.section == "appeal" else local_findings(unit, reg, memory, labels)
            answer = interview_answer(unit, reg, memory)
            if answer is not None and not any(f.form == "inline" for f in done[unit.id]):
                done[unit.id].insert(0, answer)
            if previous is not None and not done.get(previous.id):
                after_quote = _postposed_speaker(unit, previous, reg, memory)
                if after_quote is not None:
                    done[previous.id] = [after_quote]
            previous = unit
            if unit.section == "comments":      # "I think" in a comment is the commenter, never the author
                for finding in done[unit.id]:
                    if finding.source.id == AUTHOR_ID:
                        finding.source = reg.special(COMMENTER_ID)
            inline = next((f for f in done[unit.id] if f.form == "inline"), None)
            if inline is not None:
                turn_of[unit.line.number] = inline.source
            for finding in done[unit.id]:      # "A: I doubt it." — the "I" of a speaker's turn is theirs
                if finding.source.id == AUTHOR_ID and unit.line.number in turn_of:
                    finding.source = turn_of[unit.line.number]
            remember_mentions(unit, reg, memory)
            for finding in done[unit.id]:      # the speaker, not the people they talk about
                if finding.source.id != AUTHOR_ID:
                    memory_note(memory, finding.source)
            if unit.model.kind == "lead_in":
                introduces[unit.id] = lead_source(unit, done[unit.id], reg, memory, labels)
        return {sentence_id: SentenceAttribution(found, introduces.get(sentence_id))
                for sentence_id, found in done.items()}


_CLOSED_QUOTE = ("?”", "!”", '?"', '!"', "?’", "!’")


def _postposed_speaker(unit: SentenceUnit, previous: SentenceUnit, reg: SourceRegistry, memory: Memory) -> Optional[Attributed]:
    """“Why should we negotiate?” the minister asked. — the parser ends the quoted question at
    its mark, so the speaker stands alone in the next sentence: the quote is theirs."""
    if previous.line.number != unit.line.number or not previous.text.rstrip().endswith(_CLOSED_QUOTE):
        return None
    root = unit.span.root
    if root.lemma_.lower() not in speech_verbs() or any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    subject = child(root, "nsubj")
    speaker = resolve(subject, reg, memory) if subject is not None else None
    if speaker is None or speaker.source.id == AUTHOR_ID:
        return None
    cue_start, cue_end = unit.offsets(root)
    return Attributed(speaker.source, root.text, cue_start, cue_end, previous.model.start, previous.model.end, "speech",
                      list(speaker.via))


def memory_note(memory: Memory, source: Source) -> None:
    if source.type in ("media", "think_tank", "military", "official", "organisation", "armed_group"):
        memory.note("group", source.name, source.type)
    if source.type in ("media", "think_tank"):
        memory.note("outlet", source.name, source.type)
    elif source.type in ("person", "official", "military", "armed_group") and " " in source.name:
        memory.note("person", source.name, source.type)


def local_findings(unit: SentenceUnit, reg: SourceRegistry, memory: Memory,
                   labels: frozenset[str] = frozenset()) -> list[Attributed]:
    span = unit.span
    found: list[Attributed] = []
    inline = inline_lead_in(unit, reg, memory, labels)
    if inline is not None:
        found.append(inline)
    verbs = speech_verbs()
    report_nouns, first_person = W("misparsed_report_nouns"), W("first_person")
    hearsay_adverbs, nouns = lexicon.hearsay_adverbs(), speech_nouns()
    for token in span:
        lower, pos = token.lower_, token.pos_     # read once: each read of a string attribute decodes it anew
        key = _verb_key(token, verbs) if pos in ("VERB", "AUX") else None
        if lower in report_nouns and _misparsed_reports(token, verbs):
            finding = _finding(unit, Speaker(reg.anonymous("unnamed reports"), hearsay=True), token,
                               token.head if token.dep_ != "ROOT" else token, "hearsay")
        elif key:
            finding = _speech_verb(unit, token, verbs[key], reg, memory)
        elif pos == "NOUN" and token.dep_ == "ROOT" and (subject := misparsed_speech_verb(token)) is not None:
            finding = _misparsed_speech(unit, token, subject, reg, memory)
        elif lower == "according" and any(c.lower_ == "to" for c in token.children):
            finding = _prepositional(unit, token, next(c for c in token.children if c.lower_ == "to"), reg, memory)
        elif lower == "per" and pos == "ADP":
            finding = _prepositional(unit, token, token, reg, memory)
        elif lower == "in" and token.dep_ == "prep" and _view_noun(token) is not None:
            finding = _in_the_view_of(unit, token, _view_noun(token), reg, memory)
        elif lower in hearsay_adverbs:
            finding = _finding(unit, Speaker(reg.anonymous("unnamed reports"), hearsay=True), token,
                               token.head, "hearsay")
        elif pos == "NOUN" and token.lemma_.lower() in nouns:
            finding = _speech_noun(unit, token, reg, memory)
        elif lower in first_person and token.dep_ == "poss" and token.head.lemma_.lower() in W("author_nouns"):
            finding = _finding(unit, Speaker(reg.special(AUTHOR_ID)), token.head, span.root, "author")
        else:
            continue
        if finding is None:
            continue
        same = next((f for f in found if f.source.id == finding.source.id), None)
        if same is not None and finding.via and not same.via:
            same.via = finding.via       # "Le Monde, quoting two diplomats, reports ..."
        if not _covered(found, finding):
            found.append(finding)
    chained = {s.id for f in found for s in f.via}
    return [f for f in found if f.source.id not in chained and not _hearsay_under_speaker(f, found)]


def _hearsay_under_speaker(finding: Attributed, found: list[Attributed]) -> bool:
    """"They are expected to attend a summit, the president said": the named speaker vouches
    for the clause, so the passive "expected" adds no anonymous source of its own."""
    return finding.form == "hearsay" and any(
        f.form in ("speech", "according", "per") and f.start <= finding.cue_start < f.end for f in found)


def _misparsed_reports(token, verbs) -> bool:
    """"reports state that ...", "reports say": the tagger often reads "reports" as the verb."""
    if token.lower_ not in W("misparsed_report_nouns") or token.pos_ != "VERB" or token.i + 1 >= len(token.doc):
        return False
    nxt = token.nbor(1)
    return nxt.lemma_.lower() in verbs and nxt.tag_ in ("VBP", "VB", "VBD")


def _misparsed_speech(unit, verb, subject, reg: SourceRegistry, memory: Memory) -> Optional[Attributed]:
    """The finding of a verb of saying the tagger read as a noun (syntax.misparsed_speech_verb):
    the compound before it speaks."""
    speaker = resolve(subject, reg, memory)
    if speaker is None and subject.pos_ == "NOUN" and subject.lemma_.lower() not in speech_nouns():
        speaker = Speaker(reg.get(noun_phrase(subject).text, "person"))    # as _plainly_speech names one
    if speaker is None or speaker.source.id == AUTHOR_ID:
        return None
    return _finding(unit, speaker, verb, verb, "speech")


def _verb_key(token, verbs) -> Optional[str]:
    lemma = token.lemma_.lower()
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    if particle and f"{lemma} {particle}" in verbs:
        return f"{lemma} {particle}"
    return lemma if lemma in verbs and " " not in lemma else None


def _speech_verb(unit, verb, entry, reg: SourceRegistry, memory: Memory) -> Optional[Attributed]:
    """X said/claims/admitted ...: the subject (found by climbing xcomp/acl) speaks."""
    passive = child(verb, "nsubjpass", "csubjpass")
    agent = child(verb, "agent")
    if passive is not None or (agent is None and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)):
        if agent is not None:
            agent_object = pobj(agent)
            speaker = resolve(agent_object, reg, memory) if agent_object is not None else None
            return _finding(unit, speaker, verb, verb, "speech") if speaker else None
        if entry["cognition"] == "1" and verb.lemma_ not in W("hearsay_cognition"):
            return None
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return None     # "The staff report will be published in March": a report still to come vouches for nothing
        if verb.lemma_ in W("naming_verbs"):     # "what was called the worst day" names, it does not report
            return None
        if not _has_content(verb, passive_form=True):
            return None
        return _finding(unit, Speaker(reg.anonymous("unnamed reports"), hearsay=True), verb, verb, "hearsay")
    subject = _subject(verb)
    group = _met_group(verb)
    if group is None and subject is None or not _has_content(verb, clause_only=entry["needs"] == "clause"):
        return None
    if group is not None:
        # a group the writer met speaks even without a title ("Freight agents we spoke to")
        speaker = resolve(group, reg, memory) or Speaker(reg.anonymous(noun_phrase(group).text))
        # (what they said is the sentence the parse built on "spoke", the group and all)
        return _finding(unit, speaker, verb, verb.sent.root, "speech")
    if subject.lower_ in W("distant_pronouns") and subject.head != verb:
        return None      # a pronoun reached by climbing is too far from its verb to trust
    if any(c.dep_ == "aux" and c.lower_ in lexicon.modals(sure=True) for c in verb.children):
        return None     # "Washington should say plainly ..." prescribes; nobody has said it
    if subject.lower_ == "that" and subject.dep_ == "nsubj" and subject.head.dep_ != "relcl":
        return None
    if says_nothing(verb):
        return None
    if is_nickname(noun_phrase(subject)) and _another_speaker(verb):
        return None     # "“Sleepy Joe” says ..., the governor told the crowd": the coiner speaks
    speaker = resolve(subject, reg, memory)
    if speaker is None and (_plainly_speech(verb, subject) or _estimating_noun(verb, subject)):
        # "Several cast members said Trump ...", "The tax commissioner says ...": a noun that
        # says something with a content clause is a speaker even without a title we know
        speaker = Speaker(reg.get(noun_phrase(subject).text, "person"))
    if speaker is None:
        return None
    if entry["needs"] == "doc" and not _is_document(subject):
        return None
    if speaker.source.id == AUTHOR_ID:
        return _finding(unit, speaker, verb, verb, "author")
    if entry["cognition"] == "1" and speaker.source.type in ("media", "survey"):
        return None
    finding = _finding(unit, speaker, verb, verb.head if verb.dep_ == "parataxis" else verb, "speech")
    written = noun_phrase(subject).text
    if finding is not None and clean_name(written).lower() not in {n.lower() for n in (speaker.source.name, *speaker.source.aliases)}:
        finding.surface = written      # "she" -> the person named before: the brief shows both
    if verb.lemma_ == "tell":
        _outlet(unit, finding, [c for c in verb.children if c.dep_ in ("dative", "dobj")], reg, memory)
    if verb.lemma_ in W("citing_verbs"):
        cited = child(verb, "dobj")
        inner = resolve(cited, reg, memory) if cited is not None and not _cited_place(cited) else None
        if inner is None:      # "citing security concerns", "citing Crimea" give a reason, not a source
            return None
        if inner.source.id != speaker.source.id:
            finding.via = [inner.source, *inner.via]
    return finding


def _estimating_noun(verb, subject) -> bool:
    """"Dock agents expect the backlog to double", "The cooperative expects a recovery": a common
    noun that is the subject of a verb of forecasting (data/forecast_estimative_verbs.txt) holds
    the forecast, titled or not (a document or data noun is left to _document)."""
    if subject.pos_ != "NOUN" or subject.dep_ != "nsubj" or subject.head.i != verb.i \
            or verb.lemma_.lower() not in lexicon.listed("forecast_estimative_verbs.txt"):
        return False     # (its own subject: one reached by climbing from a verb beside it is not)
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children):
        return False     # "X told me her firm expects ...": the speaker speaks for her firm (named())
    if any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children):
        return False     # "faster than most forecasts anticipated": a yardstick, not a view
    words = {subject.lemma_.lower(), subject.lower_}
    return not words & (set(speech_nouns()) | W("data_nouns") | W("forecast_documents")) \
        and subject.ent_type_ in ("", "NORP", "ORG")


def _met_group(verb):
    """"Traders we spoke to expect ...", "Energy lawyers I spoke to think ...": the parse reads
    "to" as the mark of an infinitive hung on "spoke" (or the verb as its complement), and climbs
    to the writer; the group the writer met is the speaker (the noun the relative clause of
    meeting hangs on, or the plural noun right before "I"/"we")."""
    if verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.lemma_.lower() in W("met_verbs"):
        met = verb.head
    else:     # (or the parse made "spoke" a clause before the verb: "Bankers I spoke to in Lagos think")
        met = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i
                    and c.lemma_.lower() in W("met_verbs")), None)
        if met is None or any(c.dep_ == "nsubj" for c in verb.children):
            return None
    subject = next((c for c in met.children if c.dep_ == "nsubj" and c.lower_ in W("first_person")), None)
    if subject is None:
        return None
    if met.dep_ == "relcl" and met.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return met.head     # (an adjective: "Most of the engineers I spoke to", resolved as a quantifier)
    group = next((c for c in met.children if c.dep_ == "nsubj" and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")), None)
    before = subject.nbor(-1) if subject.i > 0 else None
    # ("Most of the regional diplomats I spoke to think": the parse hangs "Most" on "spoke")
    return group or (before if before is not None and before.tag_ == "NNS" else None)


def _another_speaker(verb) -> bool:
    """Another verb of saying in the sentence with a subject of its own."""
    verbs = speech_verbs()
    return any(t.i != verb.i and t.lemma_.lower() in verbs and child(t, "nsubj") is not None for t in verb.sent)


def _cited_place(token) -> bool:
    """A place cited as a reason or an example ("citing Crimea"), not a state speaking through
    its capital or its name ("citing Moscow", "citing Germany")."""
    if token.pos_ != "PROPN" and token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    name = noun_phrase(token).text
    if is_country(name) or capital_of(name):
        return False
    return token.ent_type_ in ("GPE", "LOC", "FAC") or find(name, cities=True) is not None


def _plainly_speech(verb, subject) -> bool:
    """A common-noun subject of a verb of saying with a clause or a quote after it."""
    entry = speech_verbs().get(verb.lemma_.lower())
    if subject.pos_ != "NOUN" or entry is None or verb.lemma_.lower() in W("evidential_verbs") or entry["cognition"] == "1":
        return False
    if subject.lemma_.lower() in speech_nouns() or subject.ent_type_ not in ("", "NORP", "PERSON", "ORG"):
        return False
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"ccomp", "parataxis"}) or verb.dep_ == "parataxis"


def _subject(verb):
    """The subject of a verb, climbing xcomp/acl/conj links ("quick to release a statement
    denying": Pentagon) but never out of a content clause."""
    return subject_by_climbing(verb, ("nsubj", "csubj"), _climb_step, steps=4, fallback=_for_subject)


def _climb_step(token):
    """Up from a verb its subject is not on: through xcomp/acl/conj links, or a noun object."""
    return token.head if token.dep_ in _CLIMB or (token.dep_ == "dobj" and token.pos_ == "NOUN") else None


def _for_subject(token):
    """"for X to admit it": X; after a quotation, the speaker the parser hung inside it."""
    after_quote = _speaker_after_quote(token)
    if after_quote is not None:
        return after_quote
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                 for p in c.children if p.dep_ == "pobj"), None)


def _speaker_after_quote(verb):
    """"'We will never abandon the shoal,' the defence secretary, Antonio Reyes, said": when the
    parser hangs the speaker on the quotation (as an apposition of its last noun), the speaker
    is the noun standing between the closing quotation mark and the verb."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    close = next((t for t in reversed(doc[verb.sent.start: verb.i]) if t.tag_ == "''"), None)
    if close is None:
        return None
    between = [t for t in doc[close.i + 1: verb.i] if not t.is_punct]
    heads = [t for t in between if t.pos_ in ("NOUN", "PROPN") and t.head.i <= close.i]
    return heads[0] if heads and len(between) <= 8 else None


def _has_content(verb, passive_form: bool = False, clause_only: bool = False) -> bool:
    """A speech verb attributes only when it carries content: a clause, an object, a quote."""
    deps = {c.dep_ for c in verb.children}
    if verb.dep_ == "parataxis":      # "Ships were hit, the agency said, in the latest attack"
        return True
    if verb.lemma_ == "call" and not deps & {"oprd", "ccomp", "xcomp", "npadvmod", "attr"}:
        # "called supporters onto the streets", "is calling for a ceasefire": a demand, not a
        # claim about the world (but "calls it ‘a disaster’" is one)
        return False
    if deps & ({"ccomp", "xcomp", "parataxis"} if clause_only else {"ccomp", "xcomp", "parataxis", "oprd", "dobj", "dative", "advcl"}):
        return True
    if passive_form:
        return False
    if verb.sent.text[:1] in "“\"‘" and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return True      # “Not one step back!” shouted the governor.
    # "..., three of the sources said." / "He said:" — a verb at a clause edge before : or quote
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.text in (":", "“", '"', "‘") or verb.i == verb.sent.end - 2


def _is_document(token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in speech_nouns():
        return True
    return token.lower_ in W("document_pronouns") or lemma in W("data_nouns")


def _prepositional(unit, cue, prep, reg: SourceRegistry, memory: Memory) -> Optional[Attributed]:
    named = pobj(prep)
    if named is None:
        return None
    speaker = resolve(named, reg, memory)
    if speaker is None:
        return None
    head = cue.head if cue.head.pos_ in ("VERB", "AUX") else unit.span.root
    finding = _finding(unit, speaker, cue, head, "according" if cue.lower_ == "according" else "per")
    # "according to a report seen by Reuters", "per documents obtained by Politico"
    agents = [p for acl in named.subtree if acl.dep_ == "acl" and acl.lemma_.lower() in W("obtained_verbs")
              for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    _outlet(unit, finding, agents, reg, memory)
    return finding




def _view_noun(prep):
    noun = pobj(prep)
    return noun if noun is not None and noun.lemma_.lower() in W("view_nouns") else None


def _in_the_view_of(unit, prep, noun, reg: SourceRegistry, memory: Memory) -> Optional[Attributed]:
    """"In the assessment of the Kiel Institute, ...", "In Moscow's view, ...", "in his words"."""
    owner = child(noun, "poss")
    if owner is None:
        of = child(noun, "prep", where=lambda c: c.lower_ == "of")
        owner = pobj(of) if of is not None else None
    speaker = resolve(owner, reg, memory) if owner is not None else None
    if speaker is None or speaker.hearsay:
        return None
    head = prep.head if prep.head.pos_ in ("VERB", "AUX") else unit.span.root
    return _finding(unit, speaker, prep, head, "according")


def _speech_noun(unit, noun, reg: SourceRegistry, memory: Memory) -> Optional[Attributed]:
    """"gave an account", "released a statement" (the giver speaks); "a rumor that ...",
    "reports that ..." (hearsay with a content clause)."""
    role = speech_nouns()[noun.lemma_.lower()]["role"]
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in W("light_verbs") and role in ("utterance", "document"):
        subject = _subject(head)
        speaker = resolve(subject, reg, memory) if subject is not None else None
        if speaker is not None and speaker.source.id != AUTHOR_ID:
            return _finding(unit, speaker, noun, head, "speech")
        return None
    if role != "hearsay" or noun.dep_ in ("poss", "compound"):
        return None
    if noun.dep_ == "nsubj" and _verb_key(head, speech_verbs()):
        return None     # "reports say ..." is the speech verb's finding
    clause = child(noun, "acl", "relcl", "ccomp", where=_content_clause)
    if clause is None:
        return None
    speaker = resolve(noun, reg, memory)
    return _finding(unit, speaker, noun, noun, "hearsay") if speaker else None


def _content_clause(clause) -> bool:
    """"that Russia will begin ..." (content) rather than "that sound hopeless" (relative)."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that":
        return False
    return first.dep_ == "mark" or any(c.dep_.startswith("nsubj") and c.lower_ != "that" for c in clause.children)


def _finding(unit, speaker: Optional[Speaker], cue, clause_head, form: str) -> Optional[Attributed]:
    if speaker is None:
        return None
    cue_start, cue_end = unit.offsets(cue)
    left = min(clause_head.left_edge.i, cue.i)
    right = max(clause_head.right_edge.i, cue.i)
    doc = unit.span.doc
    left, right = max(left, unit.span.start), min(right, unit.span.end - 1)
    start, end = unit.offsets(doc[left: right + 1])
    return Attributed(speaker.source, cue.text, cue_start, cue_end, start, end, form, list(speaker.via))


def _covered(found: list[Attributed], new: Attributed) -> bool:
    """A second cue for the same speaker in the same clause adds nothing."""
    return any(f.source.id == new.source.id and f.start <= new.cue_start < f.end for f in found)


def _outlet(unit: SentenceUnit, finding: Optional[Attributed], hearers, reg: SourceRegistry, memory: Memory) -> None:
    """"an official told The Wall Street Journal", "a report seen by Reuters": the first hearer
    that is an outlet becomes the source (outlets.py)."""
    if finding is None:
        return
    for token in hearers:
        if not any(t.pos_ == "PROPN" for t in token.subtree):
            continue      # "told reporters": an audience, not an outlet the writer quotes
        outlet = resolve(token, reg, memory)
        if outlet is not None and through_outlet(finding, outlet.source, reg.ctx.document.text):
            return
