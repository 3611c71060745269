"""Attribution from the trained head (claimledger.models): its SOURCE / CUE / CONTENT spans
turned into findings per sentence, with the source resolved and the kind of attribution.

Reads: each sentence's spaCy span, whose Doc carries `doc.spans["attribution"]` (set by the
head during the parse), and the Doc's named entities and parse. Writes nothing itself: callers
get `LearnedFinding`s (offsets into document.text) and turn them into contract attributions.

- A CUE pairs with the SOURCE that is its subject, agent or "according to" object in the parse,
  else with the nearest SOURCE in the same sentence; a cue with no source is dropped (PolNeAR's
  source-less attributions are not claims anyone can be held to).
- The attributed clause is the CONTENT of that sentence (else the whole sentence). A sentence of
  the same line that holds only CONTENT (a quotation running on over several sentences, the
  speaker named once) is attributed to the speaker of the nearest attribution in that line, and
  a line that is all quotation to the last speaker of the line before.
- A pronoun or descriptor source is resolved to its named antecedent (antecedents.py); the
  surface form is kept (`surface`) so the brief can show both.
- The kind (speech, writing, belief, intention, poll, document) comes from the cue's lemma
  (data/attribution_kinds.tsv), overridden by a poll or document noun heading the source
  (data/attribution_source_kinds.tsv).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Optional

from ... import lexicon
from ...models import trained_elsewhere
from .antecedents import Antecedents
from ..syntax import is_nickname
from .cue_features import candidates, features, quote_open_at, says_nothing, speaker_of, speaker_span

SPANS_KEY = "attribution"
_QUOTES = "\"“”«»"     # not ‘’: the curly apostrophe of "Clinton’s" is the same mark


@lru_cache(maxsize=1)
def cue_table() -> Optional[dict]:
    """The trained cue classifier's weights (models/attribution/cues.json), or None."""
    import json

    from ...models import ATTRIBUTION, HEADS

    path = HEADS / ATTRIBUTION / "cues.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


@lru_cache(maxsize=8)
def fits_pipeline(pipeline: str) -> bool:
    """Whether the shipped cue weights were trained on this spaCy pipeline's parse; if not (or
    they are missing), one warning, and the model finds nothing (the rules answer alone)."""
    import logging

    log = logging.getLogger("claimledger")
    table = cue_table()
    if table is None:
        log.warning("claimledger: the attribution model is not installed; using the rules")
        return False
    other = trained_elsewhere(table["base"], pipeline)
    if other is not None:
        log.warning("claimledger: attribution model not used (trained on %s %s, the pipeline is %s %s); "
                    "using the rules", *other)
        return False
    return True


def cue_probability(token, table: dict) -> float:
    import math

    weights = table["weights"]
    score = table["bias"] + sum(weights.get(name, 0.0) * value for name, value in features(token).items())
    return 1.0 / (1.0 + math.exp(-score))


# the kinds of cue the lexicon lists that `both` accepts at the classifier's own threshold
LISTED_KINDS = ("intention", "poll", "writing")


@lru_cache(maxsize=1)
def cue_kinds() -> dict[str, str]:
    return {row["cue"]: row["kind"] for row in lexicon.rows("attribution_kinds.tsv")}


@lru_cache(maxsize=1)
def source_kinds() -> dict[str, str]:
    return {row["noun"]: row["kind"] for row in lexicon.rows("attribution_source_kinds.tsv")}


@dataclass
class LearnedFinding:
    sentence_index: int         # position of the sentence in the sequence given
    cue: str
    cue_start: int
    cue_end: int
    surface: str                # the source as written
    source_start: int
    source_end: int
    name: str                   # the resolved name (= surface when named or unresolved)
    form: str                   # named | pronoun | descriptor
    resolved: bool
    kind: str
    start: int                  # the attributed clause in this sentence
    end: int
    carried: bool = False       # content of a quotation whose speaker was named in another sentence
    score: Optional[float] = None       # the cue classifier's probability (None: from the head)
    referent_kind: str = ""             # a resolved source's kind (antecedents.py: person, media ...)
    source: Any = None                  # a Source already registered (an attribution the rules gave)
    listed: bool = False                # the cue's lemma is an intention, poll or writing cue in the lexicon
    cue_kind: str = ""                  # the lexicon's kind of the cue's word ("" when it lists none)
    source_entity: str = ""             # the entity label of the source's head word as written (PERSON ...)
    source_document: bool = False       # the source is a document or poll noun not of the author's own text


def listed_kind(cue_tokens) -> str:
    """The lexicon's kind of the cue's head word (data/attribution_kinds.tsv), "" when the
    lexicon does not list it ("Israel withdrew", "she grilled the CEO": the classifier's cue)."""
    root = cue_tokens.root if hasattr(cue_tokens, "root") else next(iter(cue_tokens), None)
    return cue_kinds().get(root.lemma_.lower(), "") if root is not None else ""


def names_a_document(source) -> bool:
    """Whether a source phrase is headed by a document or poll noun (data/attribution_source_kinds.tsv:
    "an internal email", "the leaked memo") that is not the author's own text ("this brief",
    "our analysis": data/words_attribution.tsv own_text_determiners)."""
    root = source.root
    if root.lemma_.lower() not in source_kinds() and root.lower_ not in source_kinds():
        return False
    own = lexicon.words("own_text_determiners")
    return not any(c.dep_ in ("det", "poss") and c.lower_ in own for c in root.children)


def kind_of(cue_tokens, source_tokens) -> str:
    """speech | writing | belief | intention | poll | document."""
    for token in reversed(list(source_tokens)):
        if token.pos_ in ("NOUN", "PROPN"):
            kind = source_kinds().get(token.lemma_.lower())
            if kind:
                return kind
            break
    kinds = cue_kinds()
    lemmas = [t.lemma_.lower() for t in cue_tokens if not t.is_punct]
    words = [t.lower_ for t in cue_tokens if not t.is_punct]
    for size in (3, 2):
        for i in range(len(lemmas) - size + 1):
            for seq in (lemmas, words):
                phrase = " ".join(seq[i:i + size])
                if phrase in kinds:
                    return kinds[phrase]
    for token in cue_tokens:
        if token.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and token.lemma_.lower() in kinds:
            return kinds[token.lemma_.lower()]
    for token in cue_tokens:
        if token.lemma_.lower() in kinds:
            return kinds[token.lemma_.lower()]
    return "speech"


def kind_for(unit, cue_start: int, cue_end: int, source) -> str:
    """The kind of an attribution found by any implementation: from its cue's words in the
    sentence and its source (a survey is a poll; a document noun heading its name, a document)."""
    if source.type == "survey":
        return "poll"
    last = source.name.split()[-1].lower() if source.name.split() else ""
    if source_kinds().get(last):
        return source_kinds()[last]
    doc, offset = unit.span.doc, unit.doc_offset
    cue = doc.char_span(cue_start - offset, cue_end - offset, alignment_mode="expand")
    if cue is None:
        return "speech"
    speaker = speaker_of(cue.root)
    return kind_of(cue, [speaker] if speaker is not None else [])


def source_form(tokens) -> str:
    """named (a proper noun in it) | pronoun (only pronouns) | descriptor."""
    words = [t for t in tokens if not t.is_punct]
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words):
        return "named"
    pronouns = lexicon.words("gendered_pronouns") | lexicon.words("group_pronouns") | lexicon.words("first_person")
    if words and all(t.pos_ == "PRON" or t.lower_ in pronouns for t in words):
        return "pronoun"
    return "descriptor"


def _quoted_whole(span) -> list:
    """[span] when the sentence is quotation (it opens with a quotation mark, or one opened
    before it in its line is still open), else []: the content of a quote running on."""
    # the Doc's quotation marks are indexed once (cue_features): Doc.text would rebuild the
    # line's string for every sentence
    return [span] if quote_open_at(span.doc, span.start_char) or span[0].text[:1] in "“\"" else []


def head_spans_present(doc) -> bool:
    """Whether the parse carries the attribution head's spans (models.add_attribution_head)."""
    return SPANS_KEY in doc.spans


def _spans_in(span, label: str) -> list:
    groups = span.doc.spans[SPANS_KEY] if SPANS_KEY in span.doc.spans else []
    return [s for s in groups if s.label_ == label and s.start >= span.start and s.end <= span.end]


def _not_reported(token) -> bool:
    """The conventions the rules keep, for the model too: a modal verb prescribes, nobody has
    spoken ("Washington should say ..."); "citing" a reason is no source ("citing security
    concerns"); silence ("said nothing") and a bare topic ("talking about X") are no claim."""
    if any(c.dep_ == "aux" and c.lower_ in lexicon.modals(sure=True) for c in token.children):
        return True
    if says_nothing(token) or names_a_topic(token):
        return True
    if token.lemma_.lower() in lexicon.words("citing_verbs"):
        cited = next((c for c in token.children if c.dep_ == "dobj"), None)
        return cited is None or not (cited.pos_ == "PROPN" or cited.ent_type_ in ("PERSON", "ORG", "NORP")
                                     or cited.lemma_.lower() in lexicon.speech_nouns())
    return False


def names_a_topic(verb) -> bool:
    """"Officials keep talking about 'stabilisation'", "she spoke on the economy": a verb of speech
    whose only complement is what it is about names a topic, not something said."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj", "dative", "advcl", "agent") for c in verb.children):
        return False
    return cue_kinds().get(verb.lemma_.lower()) == "speech" and any(
        c.dep_ == "prep" and c.lower_ in ("about", "on") for c in verb.children)


def _cue_phrase(token):
    """The cue as words: the verb with its particle ("pointed out"), "according to", "as per"."""
    doc = token.doc
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prt" or (token.lower_ in ("according", "as") and child.dep_ == "prep" and child.i == end):
            end = child.i + 1
    return doc[token.i: end]


def _link_score(cue, source) -> tuple:
    """Prefer the source the parse links to the cue: its subject ("X said"), the agent of a
    passive ("was told by X"), the object of "according to"/"per"; then the nearest."""
    verbs = {t.i for t in cue}
    heads = {t.head.i for t in cue}
    root = source.root
    linked = 0
    if root.head.i in verbs and root.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "npadvmod"):
        linked = 2
    elif root.head.head.i in verbs and root.head.dep_ in ("agent", "prep"):
        linked = 2
    elif root.head.i in heads and root.dep_.startswith("nsubj"):
        linked = 1
    distance = min(abs(source.start - cue.end), abs(cue.start - source.end))
    return (linked, -distance)


class LearnedAttribution:
    """Findings of the trained head, sentence by sentence, over one document."""

    def __init__(self, use_classifier: bool = True, use_head: bool = True) -> None:
        self.use_classifier = use_classifier
        self.use_head = use_head
        self.antecedents = Antecedents()
        self.last_line_speaker: Optional[LearnedFinding] = None
        self.last_line: Optional[int] = None

    def findings(self, sentences: list, offsets: list[int], lines: list[int],
                 probes: Optional[dict[tuple[int, int], Optional[str]]] = None,
                 given: Optional[dict[int, Optional["LearnedFinding"]]] = None) -> list[LearnedFinding]:
        """`sentences`: spaCy spans in document order; `offsets[i]`: where sentence i's Doc starts
        in document.text; `lines[i]`: its line number. `probes` (for measuring the resolver):
        (start, end) of sources in document.text, filled with what they resolve to. `given`:
        sentences already attributed (by the rules, in `both`): not scored again (the cost of
        the model is then only the sentences the rules leave), their attribution standing as
        the speaker of a quotation that runs on from them."""
        out: list[LearnedFinding] = []
        per_sentence: list[list[LearnedFinding]] = []
        given = given or {}
        for index, (span, offset) in enumerate(zip(sentences, offsets)):
            self.antecedents.next_sentence()
            if probes:
                self._probe(span, offset, probes)
            if index in given:
                per_sentence.append([given[index]] if given[index] is not None else [])
                self.antecedents.observe(span)
                continue
            found = self._sentence(index, span, offset, out)
            per_sentence.append(found)
            out.extend(found)
            speakers = []
            for f in found:
                tokens = span.doc.char_span(f.source_start - offset, f.source_end - offset, alignment_mode="expand")
                speakers.extend(t.i for t in tokens or ())
            self.antecedents.observe(span, speakers=tuple(speakers))
        out.extend(self._carried(sentences, offsets, lines, per_sentence))
        return out

    def _probe(self, span, offset: int, probes: dict) -> None:
        for (start, end) in probes:
            if not (offset + span.start_char <= start < offset + span.end_char):
                continue
            tokens = span.doc.char_span(start - offset, end - offset, alignment_mode="expand")
            if tokens is None:
                continue
            self.antecedents.observe(span, before=tokens.start)
            sources = _spans_in(span, "SOURCE")
            probes[(start, end)] = self.antecedents.resolve(
                list(tokens), quote_speaker=self._quote_speaker(span, tokens, sources, []))

    def _sentence(self, index: int, span, offset: int, earlier: list[LearnedFinding]) -> list[LearnedFinding]:
        pairs = []          # (cue tokens, source span, score)
        table = cue_table() if self.use_classifier else None
        if table is not None:
            for token in candidates(span):
                if _not_reported(token):
                    continue
                probability = cue_probability(token, table)
                if probability < table["threshold"]:
                    continue
                head = speaker_of(token)
                if head is not None:
                    pairs.append((_cue_phrase(token), speaker_span(head), round(probability, 3)))
        if self.use_head:
            sources = _spans_in(span, "SOURCE")
            for cue in _spans_in(span, "CUE") if sources else []:
                if any(c.start < cue.end and cue.start < c.end for c, _s, _p in pairs):
                    continue
                pairs.append((cue, max(sources, key=lambda s: _link_score(cue, s)), None))
        if any(not is_nickname(source) for _c, source, _p in pairs):
            # "“Sleepy Joe” says ..., the governor told the crowd": the coiner speaks, not the mocked
            pairs = [pair for pair in pairs if not is_nickname(pair[1])]
        if not pairs:
            return []
        contents = _spans_in(span, "CONTENT")
        start, end = (contents[0].start_char, contents[-1].end_char) if contents else (span.start_char, span.end_char)
        found = []
        seen = set()
        all_sources = [s for _c, s, _p in pairs]
        for cue, source, score in pairs:
            form = source_form(source)
            name, resolved, referent_kind = source.text, False, ""
            if form != "named":
                self.antecedents.observe(span, before=source.start)
                quote_speaker = self._quote_speaker(span, source, all_sources, earlier)
                target = self.antecedents.resolve(list(source), quote_speaker=quote_speaker)
                if target is not None:
                    name, resolved = target, True
                    referent_kind = self.antecedents.kind_of(target)
            if (name, cue.start) in seen:
                continue
            seen.add((name, cue.start))
            found.append(LearnedFinding(
                sentence_index=index, cue=cue.text, cue_start=offset + cue.start_char, cue_end=offset + cue.end_char,
                surface=source.text, source_start=offset + source.start_char, source_end=offset + source.end_char,
                name=name, form=form, resolved=resolved, kind=kind_of(cue, source),
                start=offset + min(start, cue.start_char), end=offset + max(end, cue.end_char),
                score=score, referent_kind=referent_kind,
                listed=any(cue_kinds().get(t.lemma_.lower()) in LISTED_KINDS for t in cue),
                cue_kind=listed_kind(cue), source_entity=source.root.ent_type_,
                source_document=names_a_document(source)))
        return found

    def _quote_speaker(self, span, source, sources, earlier: list[LearnedFinding]) -> Optional[str]:
        """Who says "I"/"we" inside a quotation: the other source of the sentence, else the
        speaker of the sentence before; None outside quotations (then it is the author)."""
        doc = span.doc
        before = doc[span.start: source.start].text
        if not any(q in before for q in _QUOTES) and not any(q in doc[source.end: span.end].text for q in _QUOTES):
            return None
        other = next((s for s in sources if s.start != source.start and source_form(s) == "named"), None)
        if other is not None:
            return other.text
        return earlier[-1].name if earlier else None

    def _carried(self, sentences, offsets, lines, per_sentence) -> list[LearnedFinding]:
        """Content-only sentences take the speaker of the nearest attribution of their line (a
        quotation running over sentences); a line that opens with a quotation mark and holds only
        content takes the last speaker of the line before."""
        out = []
        by_line: dict[int, list[int]] = {}
        for i, line in enumerate(lines):
            by_line.setdefault(line, []).append(i)
        previous_line_last: Optional[LearnedFinding] = None
        for line in sorted(by_line):
            members = by_line[line]
            attributed = [i for i in members if per_sentence[i]]
            for i in members:
                if per_sentence[i]:
                    continue
                span = sentences[i]
                contents = _spans_in(span, "CONTENT") or _quoted_whole(span)
                if not contents:
                    continue
                donor = None
                following = [j for j in attributed if j > i]
                if following and _quoted_whole(span):
                    # inside a quotation: the speaker named where it closes ("“A. B,” she said.")
                    donor = per_sentence[min(following)][0]
                elif attributed:
                    nearest = min(attributed, key=lambda j: (abs(j - i), j < i))
                    donor = per_sentence[nearest][0]
                elif previous_line_last is not None and span.text.lstrip()[:1] in _QUOTES:
                    donor = previous_line_last
                if donor is None:
                    continue
                offset = offsets[i]
                out.append(LearnedFinding(
                    sentence_index=i, cue=donor.cue, cue_start=donor.cue_start, cue_end=donor.cue_end,
                    surface=donor.surface, source_start=donor.source_start, source_end=donor.source_end,
                    name=donor.name, form=donor.form, resolved=donor.resolved, kind=donor.kind,
                    start=offset + contents[0].start_char, end=offset + contents[-1].end_char, carried=True,
                    score=donor.score, referent_kind=donor.referent_kind, source=donor.source,
                    listed=donor.listed, cue_kind=donor.cue_kind, source_entity=donor.source_entity,
                    source_document=donor.source_document))
            if attributed:
                previous_line_last = per_sentence[attributed[-1]][-1]
            elif not any(_spans_in(sentences[i], "CONTENT") or _quoted_whole(sentences[i]) for i in members):
                previous_line_last = None
        return out


def resolve_names(findings: Iterable[LearnedFinding]) -> list[str]:
    return [f.name for f in findings]
