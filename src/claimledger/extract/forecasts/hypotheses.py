"""Extractor `hypotheses`: a puzzle the text raises, the competing explanations it offers, the
evidence.

Reads: the body sentences. Writes: `doc.hypotheses` (a group is settled once no later line can
add to it) and `doc.offered_explanations` (the sentences offered as an alternative, which
forecasts reads).

- Puzzle: a question with an explanatory cue ("why ...?", "What does this mean?",
  data/hypothesis_questions.txt); back-to-back puzzle questions make one group.
- Alternatives: polar questions right after the puzzle ("Has X ...? Or have they ...?"); a
  hypothesis noun opened by an ordinal or "one/another" ("One popular theory is that ...", "one
  last potential explanation ...: it could ..."); the writer's own answer right after the
  question ("My take is this: ..."); a later sentence of the same paragraph that adds a
  possibility with a connective and a modal ("And some ... may be pushing for ...").
- An alternative joins the group whose question shares its topic words ("explanation for the
  announcements that the US may leave" -> "why is the US ... running from the region?"), else the
  latest group asked within a few lines, else a new group framed by the sentence before it.
- Evidence: sentences near the puzzle with an evidence cue ("such as", "for instance"); and the
  rest of an alternative's paragraph, rated as consistent with it (C), or as inconsistent (I)
  when it is an objection put as a question ("How would that work if ...?").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ...contract import Hypothesis, Rating, TextRef
from ... import lexicon
from ..context import Context, SentenceUnit, Window
from ..registry import extractor
from ..syntax import child, words_of
from .hypothesis_parts import evidence_tokens, ref_tokens, text_ref, verdict_on_evidence

RECENT_LINES = 3          # an alternative without a topic joins a question at most this far back
EVIDENCE_LINES = 2        # evidence cues count this many lines after a group's last item
# A question's explanations come within an article's length of it: older groups are settled at
# the next window, so a book-length input does not keep every group open (and scanned) to the end.
SETTLE_AFTER_LINES = 400
CONTENT_POS = {"NOUN", "PROPN", "VERB"}


@dataclass
class Group:
    question: TextRef
    line: int
    topic: set[str]
    alternatives: list[TextRef] = field(default_factory=list)
    evidence: list[TextRef] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    last_line: int = 0
    kind: str = "puzzle"      # puzzle (a why/what question), either (X or Y?), frame (a statement)


@lru_cache(maxsize=1)
def _lists():
    listed = lexicon.listed
    questions = tuple(tuple(q.split()) for q in listed("hypothesis_questions.txt"))
    return (questions, set(listed("hypothesis_nouns.txt")), set(listed("hypothesis_openers.txt")),
            set(listed("hypothesis_answer_nouns.txt")), tuple(listed("hypothesis_connectives.txt")),
            tuple(tuple(e.split()) for e in listed("evidence_cues.txt")))


@extractor("hypotheses", assigns=("doc.hypotheses", "doc.offered_explanations"))
class Hypotheses:
    """Puzzles, their competing explanations and the evidence cited."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.groups: list[Group] = []      # questions still open to explanations

    def window(self, window: Window) -> None:
        _window(self.ctx, self.groups, window)

    def finish(self) -> None:
        _settle(self.ctx, self.groups, before_line=None)


def _window(ctx: Context, groups: list[Group], window: Window) -> None:
    units = [u for u in window.sentences if u.section == "body"]
    if units:
        _settle(ctx, groups, before_line=units[0].model.line - SETTLE_AFTER_LINES)
    open_alt: Optional[tuple[Group, int, int]] = None   # (group, alternative index, line)
    previous: Optional[SentenceUnit] = None
    for i, unit in enumerate(units):
        line = unit.model.line
        if open_alt and open_alt[2] != line:
            open_alt = None
        if open_alt is not None and unit.asks:
            _elaboration(unit, open_alt)   # a question right after an explanation objects to it
            previous = unit
            continue
        options = _either_or(unit)
        if options and not _answers_puzzle(groups, line):
            group = Group(text_ref(unit, unit.span.start), line, _topic(unit.span), last_line=line, kind="either")
            group.alternatives = [ref_tokens(unit, o) for o in options]
            groups.append(group)
            previous = unit
            continue
        puzzle = _puzzle_start(unit)
        if puzzle is not None:
            if groups and groups[-1].last_line >= line - 1 and not groups[-1].alternatives and \
                    previous is not None and previous.asks and _puzzle_start(previous):
                groups[-1].question = text_ref(unit, puzzle)    # "what is going on? why ...?": the last one
                groups[-1].topic = _topic(unit.span[puzzle - unit.span.start:])
            else:
                groups.append(Group(text_ref(unit, puzzle), line, _topic(unit.span[puzzle - unit.span.start:]),
                                    last_line=line))
            previous = unit
            continue
        if groups and _back_reference(unit, groups[-1]):
            previous = unit
            continue
        alternative = _alternative(unit, previous, groups, open_alt)
        if alternative is not None:
            group, ref = alternative
            group.alternatives.append(ref)
            group.last_line = line
            # the rest of the paragraph argues for a stated explanation, not for a bare question
            polar = unit.asks
            open_alt = None if polar else (group, len(group.alternatives) - 1, line)
        elif open_alt is not None:
            _elaboration(unit, open_alt)
        elif groups:
            _cited_evidence(unit, groups[-1])
        previous = unit


def _settle(ctx: Context, groups: list[Group], before_line: Optional[int]) -> None:
    """Turn the oldest groups (all, when before_line is None) into Hypotheses, in the order asked."""
    while groups and (before_line is None or groups[0].last_line < before_line):
        group = groups.pop(0)
        if not group.alternatives:
            continue  # a question the text never answers is not a weighing of explanations
        ctx.hypotheses.append(Hypothesis(id=ctx.next_id("h"), question=group.question,
                                         alternatives=group.alternatives, evidence=group.evidence,
                                         ratings=group.ratings))
        ctx.offered_explanations.update(a.sentence_id for a in group.alternatives)


# --- puzzles ------------------------------------------------------------------------------

def _puzzle_start(unit: SentenceUnit) -> Optional[int]:
    """Token index where a puzzle starts: a question ("why is ...?") or a statement of one
    ("It remains unclear why ..."), or None."""
    question = unit.asks
    held = words_of(unit.span)
    words = None
    for cue in _lists()[0]:
        if not question and cue[0] not in ("it", "the"):
            continue
        if not held.issuperset(cue):
            continue    # a cue some of whose words the sentence lacks is not in it (most cues, most sentences)
        if words is None:
            words = [t.lower_ for t in unit.span]
        for k in range(len(words) - len(cue) + 1):
            if tuple(words[k: k + len(cue)]) == cue:
                return unit.span.start + k
    return None


def _topic(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens
            if t.pos_ in CONTENT_POS and t.is_alpha and (t.pos_ == "PROPN" or not t.is_stop)}


# --- alternatives -------------------------------------------------------------------------

def _alternative(unit: SentenceUnit, previous: Optional[SentenceUnit], groups: list[Group],
                 open_alt) -> Optional[tuple[Group, TextRef]]:
    line = unit.model.line
    recent = groups[-1] if groups and groups[-1].last_line >= line - RECENT_LINES else None
    # 1. polar questions right after the puzzle
    if _is_polar_question(unit) and _answers_puzzle(groups, line):
        return recent, text_ref(unit, unit.span.start)
    # 2. "one theory is that ...", "another explanation: ..."
    cue = _hypothesis_noun(unit)
    if cue is not None:
        group = _group_for(cue, unit, previous, groups, recent)
        return group, ref_tokens(unit, _alternative_tokens(unit, cue))
    # 2a. "Another is that ...", "The second, favoured by X, is that ...": the noun left out
    elided = _elided_opener(unit)
    if elided is not None and recent is not None and (_names_hypotheses(previous) or recent.alternatives and (
            previous is not None and recent.alternatives[-1].sentence_id == previous.id)):
        return recent, ref_tokens(unit, elided)
    # 2b. "Others argue that ...": a rival view put in someone else's mouth
    voiced = _voiced_view(unit)
    if voiced is not None and (recent is not None or groups):
        return (recent or groups[-1]), ref_tokens(unit, voiced)
    # 3. "My take is this: ..." after the question, unless it answers a why with a forecast
    if recent is not None and _own_answer(unit) and not (_asks_why(recent) and _forecast_answer(unit)):
        return recent, ref_tokens(unit, _alternative_tokens(unit, None))
    # 4. "And some ... may be pushing ...": a further possibility in the same paragraph
    if open_alt is not None and _added_possibility(unit):
        return open_alt[0], text_ref(unit, unit.span.start)
    return None


def _answers_puzzle(groups: list[Group], line: int) -> bool:
    """Whether a polar question on this line continues the latest puzzle's list of options."""
    if not groups or groups[-1].kind != "puzzle" or groups[-1].line < line - 1:
        return False
    last = groups[-1]
    return not last.alternatives or last.alternatives[-1].line >= line - 1


def _is_polar_question(unit: SentenceUnit) -> bool:
    if not unit.asks:
        return False
    toks = [t for t in unit.span if not t.is_punct]
    if toks and toks[0].lower_ == "or":
        toks = toks[1:]
    return bool(toks) and toks[0].pos_ in ("AUX", "VERB") and toks[0].tag_ in ("VBZ", "VBP", "VBD", "MD")


def _either_or(unit: SentenceUnit) -> Optional[list[list]]:
    """"Was it a provocation or an error?", "Did Iran order it, or did the militia act
    alone?": a polar question whose two conjuncts joined by "or" are the alternatives."""
    if not _is_polar_question(unit):
        return None
    for tok in unit.span:
        if tok.dep_ != "cc" or tok.lower_ != "or" or tok.i == unit.span.start:
            continue
        first = tok.head
        second = child(first, "conj", where=lambda c: c.i > tok.i)
        if second is None:
            continue
        second_ids = {t.i for t in second.subtree}
        if first.i == unit.span.root.i:  # clauses: the question up to "or", then the rest
            a = [t for t in unit.span if t.i < tok.i and not t.is_punct]
        else:
            a = [t for t in first.subtree if t.i not in second_ids and t.i < tok.i]
        b = [t for t in second.subtree if not t.is_punct]
        if b and second.i == max(second_ids) and first.i == unit.span.root.i:
            b = [t for t in unit.span if t.i > tok.i and not t.is_punct]
        while a and (a[-1].is_punct or a[-1].dep_ == "cc"):
            a = a[:-1]
        if a and b:
            return [a, b]
    return None


def _hypothesis_noun(unit: SentenceUnit, objects: bool = False):
    """A hypothesis noun with an opener ("one theory", "the second idea"). It offers an
    alternative, except a definite object ("points to the third reading"), which refers back to
    one already offered (what `objects` asks for)."""
    _q, nouns, openers, _a, _c, _e = _lists()
    if words_of(unit.span).isdisjoint(nouns):
        return None     # no hypothesis noun in the sentence: not walked
    for tok in unit.span:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        left = [c.lower_ for c in tok.children if c.i < tok.i and c.dep_ in ("det", "nummod", "amod", "advmod")]
        definite = any(c.dep_ == "det" and c.lower_ in lexicon.words("definite_determiners") for c in tok.children)
        ordinal = any(c.lower_ in lexicon.mapping("ordinals") for c in tok.children)
        # "points to the third reading", "the second explanation fits the evidence best": an
        # alternative already offered, named again to weigh evidence ("The second idea is that
        # ..." offers one)
        weighed = tok.head.lemma_.lower() in lexicon.listed("evidence_for_verbs.txt") + lexicon.listed(
            "evidence_against_verbs.txt")
        refers_back = definite and (tok.dep_ in ("dobj", "pobj") or ordinal and weighed and tok.dep_ == "nsubj")
        if any(w in openers for w in left) and tok.lower_ != "ones" and refers_back == objects:
            return tok
    return None


def _elided_opener(unit: SentenceUnit):
    """An opener standing for a hypothesis noun named just before ("Two explanations compete.
    The first is ...", "One reading is that ... Another is that ..."): the tokens of the copula's
    complement (the explanation), or None."""
    root = unit.span.root
    words = [t for t in unit.span if not t.is_punct]
    if root.lemma_ != "be" or len(words) < 4:
        return None
    opener = words[1] if words[0].lower_ == "the" else words[0]
    if opener.lower_ not in lexicon.words("elided_openers") or opener.i > root.i or \
            opener.nbor(1).lower_ in lexicon.words("partitive_preps"):
        return None     # "one of the ships is ..." names a thing, not an explanation
    clause = child(root, "ccomp", "attr", where=lambda c: c.i > root.i)
    if clause is None:
        return None
    body = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]
    while body and body[-1].is_punct:
        body = body[:-1]
    return body or None


def _names_hypotheses(unit: Optional[SentenceUnit]) -> bool:
    """Whether a sentence talks of explanations, theories, readings ("Two explanations compete")."""
    return unit is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() in _lists()[1] for t in unit.span)


def _back_reference(unit: SentenceUnit, group: Group) -> bool:
    """"The timing points to the third reading": evidence rated against the alternative it
    names by its ordinal; C unless the verb refutes (data/evidence_against_verbs.txt)."""
    if not group.alternatives or unit.model.line > group.last_line + EVIDENCE_LINES:
        return False
    noun = _hypothesis_noun(unit, objects=True)
    if noun is None:
        return False
    ordinals = {word: int(index) for word, index in lexicon.mapping("ordinals").items()}
    ordinal = next((ordinals[c.lower_] for c in noun.children if c.lower_ in ordinals), None)
    if ordinal is None or not -len(group.alternatives) <= ordinal < len(group.alternatives):
        return False
    index = ordinal % len(group.alternatives)
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else noun.head.head
    against = verb.lemma_.lower() in lexicon.listed("evidence_against_verbs.txt") or any(
        c.dep_ == "neg" for c in verb.children)
    words = [t.lower_ for t in unit.span]
    cited = next((unit.span.start + k for cue in _lists()[5] for k in range(len(words) - len(cue) + 1)
                  if tuple(words[k: k + len(cue)]) == cue and cue[0] in ("such", "for")), None)
    colon = next((t for t in unit.span if t.text == ":" and t.i > verb.i), None)
    if cited is not None:
        tokens = evidence_tokens(unit, cited, 2)
    elif colon is not None and colon.i + 1 < unit.span.end:   # "... fits the evidence best: [the denials grew louder]"
        tokens = [t for t in unit.span if t.i > colon.i and not (t.is_punct and t.i == unit.span.end - 1)]
    else:
        tokens = list(unit.span)
    group.evidence.append(ref_tokens(unit, tokens))
    group.ratings.append(Rating(evidence=len(group.evidence) - 1, alternative=index,
                                rating="I" if against else "C", cue=verb.text + " … " + noun.text))
    group.last_line = unit.model.line
    return True


def _voiced_view(unit: SentenceUnit) -> Optional[list]:
    """"Others argue the purge is a warning" -> the complement clause, or None."""
    voices, verbs = set(lexicon.listed("hypothesis_voices.txt")), set(lexicon.listed("hypothesis_voice_verbs.txt"))
    root = unit.span.root
    if root.lemma_.lower() not in verbs:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in voices for c in root.children):
        return None
    clause = child(root, "ccomp")
    if clause is None:
        return None
    return [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]


def _own_answer(unit: SentenceUnit) -> bool:
    answer_nouns = _lists()[3]
    return any(t.lemma_.lower() in answer_nouns and any(c.lower_ in ("my", "our") for c in t.children)
               for t in unit.span)


def _asks_why(group: Group) -> bool:
    """A puzzle put as "why ...?" asks for a cause."""
    return group.kind == "puzzle" and "why" in [w.lower() for w in group.question.text.split()[:4]]


def _forecast_answer(unit: SentenceUnit) -> bool:
    """"My take: the corridor will most likely survive the spring": a prediction, which says
    what will happen, not why something did; it is no explanation of a why-question."""
    return any(t.tag_ == "MD" and t.lower_ in lexicon.modals("future") for t in unit.span)


def _added_possibility(unit: SentenceUnit) -> bool:
    if unit.asks:
        return False
    connectives = _lists()[4]
    first = unit.span[0].lower_
    if not any(first == c.split()[0] for c in connectives):
        return False
    root = unit.span.root
    # "Or perhaps the strikes are aimed at ...": a hedging adverb right after the connective
    # offers a possibility as plainly as a weak modal does.
    if len(unit.span) > 2 and unit.span[1].lower_ in lexicon.words("hedge_openers"):
        return True
    return any(t.tag_ == "MD" and t.lower_ in lexicon.modals("possibility") and (
        t.head.i == root.i or t.head.dep_ in ("aux", "auxpass") and t.head.head.i == root.i) for t in unit.span)


def _alternative_tokens(unit: SentenceUnit, cue) -> list:
    """What the alternative says: after a colon, the "that"-clause of "X is that ...", or the
    rest of the sentence after the cue."""
    toks = list(unit.span)
    start_at = cue.i if cue is not None else toks[0].i
    colon = next((t for t in toks if t.text == ":" and t.i > start_at), None)
    if colon is not None and colon.i < toks[-1].i:
        body = [t for t in toks if t.i > colon.i]
    else:
        head = cue.head if cue is not None else unit.span.root
        clause = child(head, "ccomp", "xcomp", "attr", where=lambda c: c.i > start_at)
        body = list(clause.subtree) if clause is not None else [t for t in toks if t.i > start_at]
    while body and (body[0].is_punct or body[0].lower_ in lexicon.words("alternative_fillers")):
        body = body[1:]
    while body and body[-1].is_punct:
        body = body[:-1]
    return body or toks


def _group_for(cue, unit: SentenceUnit, previous: Optional[SentenceUnit], groups: list[Group],
               recent: Optional[Group]) -> Group:
    """The question an explanation answers: by topic ("explanation for X"), else the latest
    question within a few lines, else a new group framed by the sentence before."""
    topic = _topic(t for c in cue.children if c.dep_ == "prep" and c.lower_ in lexicon.words("explanation_preps")
                   for t in c.subtree)
    if topic:
        scored = [(len(topic & g.topic), -k, g) for k, g in enumerate(reversed(groups))]
        best = max(scored, key=lambda x: (x[0], x[1]), default=None)
        if best is not None and best[0] > 0:
            return best[2]
    if recent is not None:
        return recent
    frame = previous if previous is not None else unit
    group = Group(text_ref(frame, frame.span.start), frame.model.line, _topic(frame.span), last_line=unit.model.line,
                  kind="frame")
    groups.append(group)
    return group


# --- evidence -----------------------------------------------------------------------------

def _elaboration(unit: SentenceUnit, open_alt) -> None:
    """A sentence that develops an alternative in its own paragraph bears on it: an objection
    put as a question counts against it, anything else for it."""
    group, index, _line = open_alt
    objection = unit.asks
    group.evidence.append(text_ref(unit, unit.span.start))
    group.ratings.append(Rating(evidence=len(group.evidence) - 1, alternative=index,
                                rating="I" if objection else "C",
                                cue="objection in the same paragraph" if objection else "argued in the same paragraph"))


def _cited_evidence(unit: SentenceUnit, group: Group) -> None:
    line = unit.model.line
    if line > group.last_line + EVIDENCE_LINES:
        return
    words = [t.lower_ for t in unit.span]
    for cue in _lists()[5]:
        for k in range(len(words) - len(cue) + 1):
            if tuple(words[k: k + len(cue)]) == cue:
                if verdict_on_evidence(unit.span[k]):
                    return
                tokens = evidence_tokens(unit, unit.span.start + k, len(cue))
                group.evidence.append(ref_tokens(unit, tokens))
                group.last_line = line
                return
