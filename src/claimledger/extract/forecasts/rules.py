"""The rules implementation of forecast detection ("rules", the default of
CLAIMLEDGER_FORECAST_DETECTION): statements about the future, who makes them, how sure, by
when, on what condition.

A sentence is a forecast when the parse shows a future marker in one of its clauses:
- a modal of futurity ("will", "'ll", "won't") or of possibility ("may", "might", "could") on an
  event verb; "would" only under a speech verb ("said they would soon begin") because elsewhere
  it is hypothetical;
- a construction from the probability table that takes an infinitive ("going to", "set to",
  "stands to", "likely to", "poised to");
- a frame whose complement is the prediction ("it is unlikely that ...", "there's always the
  chance that ...", "officials expect the talks to resume");
- a polar question answered by a probability phrase ("Will X happen? Most likely not.");
- a comparative correlative ("The longer it goes, the larger the storms that will ...");
- a phrase that points ahead by itself ("a matter of time", "on the brink of", "vulnerable to",
  the `ahead` rows of the probability table), or an estimate said of an event ("a runoff looked
  increasingly probable", "a price spike is near-certain");
- a likelihood noun rated by an adjective ("the risk of a famine ... is high", "a slim chance");
- "would" with an estimate ("would probably drain"), a modal with its adverb ("could well");
- a weighted scenario ("Base case (about 60%): the juntas hold the capitals ...").
Not forecasts: a prediction reported from the past ("had predicted that the transition would
end", "promised in 2023 that inflation would fall"), an ultimatum ("Stop lecturing us or we'll
stop paying"). A second, weaker modal in its own conjunct ("will almost certainly fail, and
could escalate") is a forecast of its own. "will not ... until" is about time: the event will
happen, later (claimledger.probability.temporal_negation).

The statement is the proposition in its positive form ("won't resume" -> "will resume"); the
probability (from data/probability_phrases.tsv via `claimledger.probability`) is that of the
statement, so a negated phrase carries a low number. One forecast per independent clause.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Iterator, Optional

from ... import probability
from ...due import due_window
from ... import lexicon
from ..attribution.cue_features import in_quote
from ..context import Context, SentenceUnit, Window
from ..syntax import modal_lookalike, tags_of, trim_tokens, words_of
from .detection import FORECAST_DETECTION, Predicted
from .candidate import PRIORITY, Candidate
from .finder import Finder
from .numbers import PERCENT, bracketed_probability, is_percent, odds_in, proposition, quantity_in, stated_probability
from . import answers, calendar_lists, commitments, endorsements, verdicts, copular_calls, exceptions, judged_frames, market_views, plan_frames, present_calls, refinements, seeing_frames, stated_frames, timing, weighted_items, weighted_lists
from . import ceilings, declined, frame_conjuncts, gapped_events, turn_answers
from . import held_expectations, relative_ratings, scenario_headings, talk_steps, withheld
from . import arrival_calls, gapped_figures, labelled_guesses, gapped_ratings, listed_expectations, projected_figures, second_complements, shared_frames, shown_figures, undertakings, whatever_happens
from .parts import (absolute_with, no_longer, across_a_semicolon, before_a_colon, finite_beside_modal, backshifted_will, borrowed_subject, clause_root, dated_when, in_gapped_contrast, condition_of, condition_text, counterfactive, denied_by_subject, event_verb,
                    forecaster_of, horizon_of, spliced, tokens_in, is_future_clause, negated_by_determiner, denied_object, nor_inversion, complement_denied, own_clause, own_relative, non_restrictive, reported_asides,
                    proved_wrong, reported_in_the_past, requirement, second_infinitive, speech_verb_over, statement_tokens, supposed, temporal_negation, tokens_text, unreal_condition, inside_unreal,
                    ultimatum, under_speech_verb)
from .proposition import proposition as hedge_free
from .rating_frames import rated_object

W = lexicon.words
modal_strength = lexicon.forecast_modal_strength


@FORECAST_DETECTION.implementation("rules")
class RulesDetector:
    """Forecasts from modals, probability phrases, estimative verbs and answered questions."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def window(self, window: Window) -> list[Predicted]:
        """The forecasts of the window's sentences, in order."""
        chosen = _rate_the_one_before(list(_chosen(window.sentences, self.ctx.document.published)), window.sentences)
        # "..., but not a vote of no confidence": an exception hung on a forecast is one of its own
        found = exceptions.with_exceptions([p for p in (predicted(self.ctx, window, unit, c, question)
                                                        for unit, c, question in chosen) if p is not None])
        # "We expect prices to come down, probably in February": a hedged detail is a forecast of its own
        found = refinements.with_refinements(found)
        # "We think a short walkout is likely, and a general strike unlikely": a gapped second rating (round 21)
        found = gapped_ratings.with_gapped_ratings(found)
        # "3. The port opens in 2027. ... Confidence: 70 per cent.": the item's weight is its call's number
        found = weighted_items.weigh(window.sentences, found, weighted_items.item_weights(window.sentences))
        # "The minister says X will happen. I don't believe that.": a view of the forecast before it
        found = endorsements.endorsed(self.ctx, window, found)
        # "The bank projects X. We are sceptical.", "..., and so do I": a verdict naming no verb of believing (round 24)
        return verdicts.judged(self.ctx, window, found)


def _rate_the_one_before(chosen: list, units: list[SentenceUnit]) -> list:
    """"There is also a chance that the talks produce a deal. I would put that at one in four.":
    a rating of "that"/"it" in the sentence right after a forecast is that forecast's number, not
    a forecast of its own. (After a question, "A downgrade this year? I'd put that at one in
    five", in a new paragraph, or in another voice — a quotation after the writer's sentence,
    "Analysts said a deal is likely. 'I'd put it at 70 percent,' said X" — it stays a forecast.)"""
    position = {id(u): i for i, u in enumerate(units)}
    out: list = []
    for unit, c, question in chosen:
        before = out[-1] if out else None
        if before is not None and before[0] is unit and before[2] is None and _semicolon_between(before[1], c) \
                and not (before[1].kind == "reported" or _in_anothers_voice(before[1].root)) \
                and (c.rates_before and _pronoun_rating(c) or _odds_of_a_pronoun(c) or _demonstrative_rated(c)):
            # "X is the least likely path; we put it at no more than 15 percent", "We do not expect
            # X; the odds of that are remote": the clause before the semicolon is what "it" numbers
            before[1].entry, before[1].figure_of_positive = c.entry, True
            continue
        if (c.rates_before or _pronoun_given_odds(c, unit)) and _opens_its_sentence(c) and before is not None \
                and before[1].kind != "reported" and not _in_anothers_voice(before[1].root) \
                and not _rates_a_conditional(before[1]) \
                and position.get(id(before[0])) == position.get(id(unit), -1) - 1 \
                and before[0].line.number == unit.line.number and before[2] is None \
                and _quoted(before[0]) == _quoted(unit) and _in_quotes(before[1]) == _in_quotes(c):
            before[1].entry, before[1].figure_of_positive = c.entry, True
            continue
        out.append((unit, c, question))
    return out


def _rates_a_conditional(c: Candidate) -> bool:
    """(round 27) "If the court rules as it did last time, thousands of farms will lose their
    permits. I put that result at about even.": the forecast before holds under an open condition
    (its number is the chance given the condition); a rating after it numbers the outcome itself,
    condition and all, a forecast of its own beside the conditional."""
    return bool(c.condition if c.condition is not None else condition_of(c.root))


def _in_anothers_voice(root) -> bool:
    """(round 26) A clause reported under another's verb of saying ("The port authority told reporters
    the berth opens in May"): a rating of "that" after it is the writer's verdict, a forecast
    of its own, whatever the reported clause's kind. Not the writer's own "I think" or "we expect"."""
    speech = speech_verb_over(root)
    if speech is None:
        return False
    subject = next((c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in W("first_person")


def _pronoun_given_odds(c: Candidate, unit: SentenceUnit) -> bool:
    """(round 20) "I'd call that a coin toss.", "I give it just one chance in three.": a sentence that only
    gives odds to a bare "it"/"that" (the object or indirect object of its verb) rates the forecast
    of the sentence before, as "put that at" does (rates_before). (After another voice's reported
    forecast, "The envoy told us the deal would close in May. We would put this at one in five.",
    the writer's rating is a forecast of its own: the caller checks the kind of the one before.)"""
    if c.entry is None or c.kind not in ("phrase", "stated"):
        return False
    pronoun = next((k for k in c.root.children if k.dep_ in ("dobj", "dative") and k.lower_ in ("it", "that", "this")),
                   None)
    if pronoun is None:
        return False
    phrase = {t.i for p in c.phrase_tokens for t in p.subtree} | {p.i for p in c.phrase_tokens}
    rest = [t for t in unit.span if not t.is_punct and t.i not in phrase and t.i != c.root.i and t.i != pronoun.i
            and not (t.head.i == c.root.i and t.dep_ in ("nsubj", "aux", "advmod", "neg", "intj"))]
    return not rest


def _opens_its_sentence(c: Candidate) -> bool:
    """"I would put that at one in four.": the rating is the sentence. ("A snap election call is the
    talk of Tokyo, though insiders put it at 30 percent": "it" has its noun in its own sentence.)"""
    sent = c.root.sent
    verb = next((t for t in c.phrase_tokens if t.pos_ == "VERB"), None) or c.root
    return all(t.i >= verb.i or t.dep_ in ("nsubj", "aux", "neg", "advmod", "punct", "cc", "intj") or t.pos_ == "ADV"
               for t in sent if t.i < verb.i)


def _pronoun_rating(c: Candidate) -> bool:
    """A rating of a bare "it"/"that" ("we put it at 15 percent"), not of a noun that names its
    own matter ("we put that risk at one in four" rates the risk just named, a forecast of its own)."""
    obj = next((k for k in c.root.subtree if k.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in ("it", "that", "this")


def _demonstrative_rated(c: Candidate) -> bool:
    """"...; that part is as close to certain as anything in this column", "...; that much is almost
    certain": a probability said of a bare demonstrative ("that", "this", "that part", "that much")
    as the subject of "be" rates what the clause before the semicolon says."""
    if c.entry is None or c.root.lemma_ != "be" or c.kind not in ("phrase", "estimate", "construction"):
        return False
    subject = next((k for k in c.root.children if k.dep_ == "nsubj"), None)
    if subject is None or any(k.dep_ in ("xcomp", "ccomp") and k.i > c.root.i for k in c.root.children) \
            or any(k.dep_ == "prep" for k in subject.children):
        return False    # "that part of the deal is unlikely to matter": a matter of its own
    if subject.lower_ in ("that", "this"):
        return True
    return subject.lower_ in W("demonstrative_portions") and any(
        d.dep_ in ("det", "amod", "advmod") and d.lower_ in ("that", "this") for d in subject.children)


def _odds_of_a_pronoun(c: Candidate) -> bool:
    """"the odds of that are remote", "the chance of it is slim": a probability noun whose event
    is a bare pronoun, so the figure is for what the text has just said."""
    nouns = lexicon.listed("probability_nouns.txt")
    return any(t.dep_ == "pobj" and t.lower_ in ("that", "it", "this") and t.head.lower_ == "of"
               and (t.head.head.lemma_.lower() in nouns or t.head.head.lower_ in nouns) for t in c.root.subtree)


def _semicolon_between(a: Candidate, b: Candidate) -> bool:
    doc = b.root.doc
    return any(t.text == ";" for t in doc[min(a.root.i, b.root.i): max(a.root.i, b.root.i)])


def _in_quotes(c: Candidate) -> bool:
    """A candidate whose words stand inside a quotation ('one told me a framework "could be in
    place by the summit"'): a rating outside it ("I would put that at one in four") is the
    writer's own forecast beside the quoted one, not its number."""
    return in_quote(c.phrase_tokens[0] if c.phrase_tokens else c.root)


def _quoted(unit: SentenceUnit) -> bool:
    """A sentence that opens a quotation (another voice than the writer's narration)."""
    return unit.text.lstrip()[:1] in ('"', "“", "'", "‘")


def _chosen(units: list[SentenceUnit], published: Optional[str] = None) -> Iterator[tuple[SentenceUnit, Candidate, Optional[SentenceUnit]]]:
    """(sentence, its forecast candidate, the question it answers or None), clause by clause."""
    answered: set[int] = set()
    taken: set[int] = set()     # answers that point to the first of a turn's two questions (round 29)
    replies: dict[int, Candidate] = {}
    weights = weighted_items.item_weights(units)
    calendar, listed = _calendar_items(units, published)
    for i, unit in enumerate(units):
        if i in replies and unit.section != "appeal":
            # "Will they enter without asking? I doubt it; ..., and I expect them to stay careful."
            for candidate in _after_the_answer(unit, replies[i], published):
                yield unit, candidate, None
        if unit.section == "appeal" or i in answered:
            continue
        for item in calendar.get(i, []):    # "Key dates | 10 December: the budget session closes | ..."
            yield unit, item, None
        answer = units[i + 1] if i + 1 < len(units) else None
        weight = _scenario_weight(unit)
        if weight is not None and _told_in_full(unit):
            # "Our central scenario (about 55 per cent) is a slow recovery ...": a sentence with a verb of
            # its own is the scenario it weighs, not a heading of the sentence after it
            first = weight[1][0].i
            opened = max((t.i for t in unit.span if t.text == "(" and t.i < first), default=first)
            closed = min((t.i for t in unit.span if t.text == ")" and t.i > first), default=weight[1][-1].i)
            statement = [t for t in unit.span if not opened <= t.i <= closed]
            yield unit, Candidate("stated", unit.span.root, weight[1], weight[0], statement=_trim(statement)), None
            continue
        if weight is not None and answer is not None and answer.line.number == unit.line.number:
            answered.add(i + 1)     # "Scenario 2: Escalation (roughly 30%). If X, Y ..." -> Y at 0.3
            heading = unit if _weighted_heading(unit) else None
            yield answer, Candidate("stated", answer.span.root, weight[1], weight[0], heading=heading), None
            continue
        if weight is not None:
            # round 29: "Scenario B: a caretaker cabinet, then fresh elections (probability 40 per cent)." alone
            # on its line: the heading is the forecast (scenario_headings.py)
            heading_call = scenario_headings.alone_on_its_line(units, i, weight)
            if heading_call is not None:
                yield unit, heading_call, None
                continue
        run = weighted_lists.calls(unit)
        if run:     # "Bottom line: 90 percent that X, 55 percent that Y, and roughly 2-to-1 against Z."
            for call in run:
                yield unit, call, None
            continue
        labelled = _labelled_scenario(unit) or _scorecard_line(unit)
        if labelled is not None:    # "Base case (about 60%): the juntas hold the capitals ..."; "Runoff needed: 90 percent."
            yield unit, labelled, None
            continue
        reply = answers.reply_index(units, i)
        candidates = answers.question_answered(unit, units[reply] if reply is not None else None)
        if not candidates and unit.asks and reply is not None and i > 0 and units[i - 1].line.number == unit.line.number:
            # "My neighbour says the toll goes up in March. Is he right?" | "Probably." (round 19)
            claims = _best_per_clause(_candidates(units[i - 1], published))
            if claims:
                candidates = answers.verdict_on_the_claim(unit, units[reply], claims[-1])
        if not candidates and unit.asks and reply is not None:
            # round 28: "Will X? The governor thought it probably would." (turn_answers.py)
            candidates = turn_answers.reported_echo(unit, units[reply])
        if not candidates and unit.asks:
            # round 29: "ANALYST: Will X? And what about Y?" | "CEO: On the first: not before 2029." (answer_topics.py)
            pointed = answers.first_of_two(units, i)
            if pointed is not None:
                candidates = answers.question_answered(unit, units[pointed])
                if candidates:
                    reply = pointed
                    taken.add(pointed)     # the second question of the turn does not take this answer too
            # round 28: "JOURNALIST: Will X? <more of the turn>." | "MINISTER: Yes." (turn_answers.py)
            later = turn_answers.reply_after_the_turn(units, i) if not candidates else None
            if later is not None:
                candidates = answers.question_answered(unit, units[later])
                if candidates:
                    reply = later
        if candidates and reply in taken and i > 0 and units[i - 1].asks and units[i - 1].line.number == unit.line.number:
            candidates = []     # round 29: the answer points to the turn's first question, not to this one
        if candidates:
            answered.add(reply)
            replies[reply] = candidates[0]
            yield units[reply], candidates[0], unit
            continue
        if unit.asks:
            continue  # an open question predicts nothing by itself
        found = [c for c in _candidates(unit, published) if c.root.i not in listed.get(id(unit.span.doc), ())]
        if not found:
            denial = answers.bare_denial(unit)      # "No reform this decade."
            found = [denial] if denial is not None else []
        if not found and i in weights:     # "1. Germany's coalition survives the year. ... 75 percent."
            call = weighted_items.weighted_call(unit, weights[i])
            found = [call] if call is not None else []
        emitted: list[Candidate] = []
        # round 28: "I believe X will ..., and that Y will ...": the second clause is read at the frame
        for candidate in frame_conjuncts.reframed(_best_per_clause(found)):
            # "My bet is that X, and that Y": Y is a call of the same frame (second_complements.py)
            more = candidate.also + second_complements.of(candidate, found)
            # "X will open in 2029 and reach N within a year", "..., before easing to N in 2029": a further
            # event under the same modal or frame (shared_frames.py, round 22)
            shared = shared_frames.of(candidate, found + more + emitted)
            # "projects a surplus of 0.4% in 2027 and debt falling to 90% by the close of 2029": a further
            # figure with the verb left out (gapped_figures.py, round 23)
            shared += gapped_figures.of(candidate, found + more + emitted + shared)
            # round 28: "expect X to be launched by A and the sea trials in B" (gapped_events.py)
            shared += gapped_events.of(candidate, found + more + emitted + shared)
            emitted += shared
            if shared:
                own = candidate.statement if candidate.statement is not None \
                    else borrowed_subject(candidate.root) + statement_tokens(candidate.root)
                candidate.statement = shared_frames.trimmed(candidate, shared, own) or own
            yield unit, candidate, None
            for further in more + shared:
                yield unit, further, None


def _told_in_full(unit: SentenceUnit) -> bool:
    """A sentence whose root is a finite verb with a subject ("Our central scenario (55%) is a
    slow recovery"), not a heading ("Scenario 1: Managed friction (about 55%).")."""
    root = unit.span.root
    finite = root.pos_ in ("VERB", "AUX") and (root.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(
        c.tag_ == "MD" for c in root.children))
    return finite and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _after_the_answer(unit: SentenceUnit, answer: Candidate, published: Optional[str]) -> list[Candidate]:
    """The forecasts an answer goes on to make after a semicolon that closes its answering words
    ("I doubt it; they have been careful so far, and I expect them to stay careful"): clauses of
    their own, read as any sentence's (only for a sentence that answers a question, and only when
    it has a semicolon)."""
    words = [t for t in answer.phrase_tokens if t.doc is unit.span.doc]
    if len(words) == 1 and words[0].lower_ in lexicon.mapping("opening_answers"):
        # "Short answer: no, and nobody there expects it to": after a bare yes or no, what the
        # answer goes on to say is read as any sentence's
        return [c for c in _best_per_clause(_candidates(unit, published)) if c.root.i > words[0].i]
    if not words or not any(t.text == ";" for t in unit.span):
        return []
    semicolon = next((t for t in unit.span if t.text == ";" and t.i > max(w.i for w in words)), None)
    if semicolon is None:
        return []
    return [c for c in _best_per_clause(_candidates(unit, published)) if c.root.i > semicolon.i]


def _calendar_items(units: list[SentenceUnit], published: Optional[str]) -> tuple[dict[int, list[Candidate]], dict[int, set[int]]]:
    """The date-first calendar items of each line (calendar_lists.py), by the index of the
    sentence each opens in (a line's sentences share one Doc; the parser may cut an item in two),
    and the tokens they cover per Doc (no other reading is taken from them)."""
    by_unit: dict[int, list[Candidate]] = {}
    covered: dict[int, set[int]] = {}
    seen: set[int] = set()
    for unit in units:
        doc = unit.span.doc
        if id(doc) in seen:
            continue
        seen.add(id(doc))
        for item in calendar_lists.items(doc, published):
            first = item.statement[0].i
            where = next((k for k, u in enumerate(units) if u.span.doc is doc and u.span.start <= first < u.span.end), None)
            if where is None:
                continue
            by_unit.setdefault(where, []).append(item)
            covered.setdefault(id(doc), set()).update(t.i for t in item.statement)
    return by_unit, covered


# --- finding candidates -------------------------------------------------------------------

def _candidates(unit: SentenceUnit, published: Optional[str] = None, prefilter: bool = True) -> list[Candidate]:
    """What the finders (FINDERS, in their order) find in the sentence. A finder whose cue words
    or tags (declared beside its code: finder.py) the sentence lacks could find nothing there: not
    run, unless `prefilter` is off (tests/test_forecast_prefilter.py compares the two)."""
    words, tags = words_of(unit.span), tags_of(unit.span)
    found: list[Candidate] = []
    for finder in FINDERS:
        if not prefilter or finder.could_find(words, tags):
            found += finder(unit, published)
    return found


def _timetable_candidates(unit: SentenceUnit, published: Optional[str]) -> list[Candidate]:
    """"NATO defence ministers meet in Brussels on Thursday", "Armenia votes on June 7", "The
    finance bill goes to parliament in April", "The central bank's next rate decision is on May
    26": an event in the simple present put on a date ahead (a DATE after "on", "in", "at" in the
    verb's own clause) is on the timetable, read as "on the calendar" (0.90: surer than a reported
    schedule; under a verb of forewarning, "expected to"). Only the events a calendar
    lists (data: timetable_verbs; "the mandate expires on 7 February" is a term, not a forecast);
    not in a headline (line 1, where the present narrates), not a habit ("every February")."""
    span = unit.span
    if unit.line.number <= 1 or not unit.text.rstrip().endswith((".", '."', ".”")):
        return []
    out = []
    for verb in span:
        # "WFP warns that funding runs out in March": under a verb of forewarning any event in
        # the present with a date ahead is foretold, terms that lapse included
        forewarned = verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in W("forewarning_verbs") or _said_now(verb.head))
        if verb.tag_ not in ("VBZ", "VBP"):
            continue
        # "..., the rail bill, which goes before parliament in January": a comment clause of its own
        independent = verb.dep_ in ("ROOT", "conj") or across_a_semicolon(verb) or verb.dep_ == "relcl" and non_restrictive(verb)
        if not independent and not forewarned or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        # (round 28) "the dredging crew mobilises on 9 February": the parse may take the subject for a compound
        if lemma not in W("timetable_verbs") and not forewarned or not any(
                c.dep_ in ("nsubj", "expl") or c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                for c in verb.children):
            continue
        own = [t for t in verb.subtree if clause_root(t).i == verb.i]
        # "We're back on December 9": the parse may hang the date on the verb's particle-like adverb
        dated = [t for t in own if t.ent_type_ == "DATE" and t.head.dep_ == "prep" and t.head.lower_ in W("timetable_preps")
                 and (t.head.head.i == verb.i or t.head.head.dep_ == "advmod" and t.head.head.head.i == verb.i)
                 or t.ent_type_ == "DATE" and t.dep_ == "npadvmod" and t.head.i == verb.i]
        # "a runoff follows in April if nobody wins half the vote": a rule of procedure, not a date set
        # (under a warning the condition is the forecast's own: "funding runs out in March unless ...")
        ruled = not forewarned and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                                       for c in verb.children)
        if not dated or ruled or _habitual(verb) or any(t.lower_ in W("habitual_determiners") | W("past_date_words") for t in own) \
                or lemma == "be" and not any(c.dep_ == "prep" and c.i > verb.i for c in verb.children) \
                or lemma == "be" and _sign_off(verb):
            continue
        date = next((e for e in span.doc.ents if e.start <= dated[0].i < e.end), None)
        prep = span.doc[date.start - 1].lower_ + " " if date is not None and date.start > 0 else ""
        if date is None or due_window(prep + date.text, published) is None and not (
                dated[0].dep_ == "npadvmod" and due_window(date.text, published) is not None):
            continue    # "in a good month", "on Tuesdays": no date ahead ("ends next year": no preposition)
        reading = probability.lookup("expected to" if forewarned else "on the calendar")
        out.append(Candidate("construction", clause_root(verb), [verb], reading, statement=statement_tokens(verb)))
    return out


def _after_a_colon(clause) -> bool:
    """(round 28) A clause with a subject of its own right after a colon, hung by the parse as the complement
    or conjunct of a clause before the colon that is no verb of saying or expecting ("Tourism is expected to
    ease: the airport operator forecasts fewer passengers"): each clause says its own forecast (as
    parts.before_a_colon for the mirror parse)."""
    head = clause.head
    if head.i == clause.i or clause.i < head.i or clause.dep_ not in ("ccomp", "conj") \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if head.lemma_.lower() in lexicon.speech_verbs() or head.lemma_.lower() in _estimative_verbs():
        return False    # "The minister said: ..." — what a verb of saying introduces is its content
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].text == ":"


def _sign_off(verb) -> bool:
    """(round 28) "That's all from the night desk", "That is it for now": a copula that says only "all"
    or "it" of a bare "that"/"this" closes a bulletin; no event is put on the calendar."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("that", "this") and any(
        c.i > verb.i and c.dep_ in ("dep", "attr", "acomp", "dobj", "npadvmod") and c.lower_ in W("signoff_complements")
        for c in verb.children)


# the verb (a VBZ or VBP), or the verb of forewarning or of saying in the present it is the
# complement of (in the same sentence)
_TIMETABLE_FINDER = Finder("timetable", _timetable_candidates,
                           lambda: W("timetable_verbs") | W("forewarning_verbs") | frozenset(lexicon.speech_verbs()),
                           tags=("VBZ", "VBP"), reads_unit=True, dated=True)


def _said_now(verb) -> bool:
    """"The ministry says the subsidy ends next year", "Your rivals keep telling us it ends next
    year": a verb of saying in the present, whose clause in the simple present with a date ahead
    reports what the speaker holds is to come (read as a forewarning)."""
    if verb.lemma_.lower() not in lexicon.speech_verbs():
        return False
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ROOT", "conj") and (
        verb.head.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def _futurate_candidates(unit: SentenceUnit, published: Optional[str]) -> list[Candidate]:
    """"The president is visiting Nairobi next month", "We're not signing anything on Friday":
    the present progressive with a date wholly ahead of publication in its own clause is an
    arrangement, read as "scheduled to" ("this week", which may be under way, is not enough:
    "protesters are marching this week" narrates). Not in a headline, not under a modal."""
    span = unit.span
    if unit.line.number <= 1 or published is None:
        return []
    base = date.fromisoformat(published[:10])
    out = []
    for verb in span:
        if verb.tag_ != "VBG" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
            continue
        aux = [c for c in verb.children if c.dep_ == "aux"]
        if not any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux) or any(a.tag_ == "MD" for a in aux):
            continue
        own = [t for t in verb.subtree if clause_root(t).i == verb.i]
        own_ids = {t.i for t in own}
        dates = [e for e in span.doc.ents if e.label_ == "DATE" and e.root.i in own_ids]
        ahead = None
        for ent in dates:
            prep = span.doc[ent.start - 1].lower_ + " " if ent.start > 0 and span.doc[ent.start - 1].dep_ == "prep" else ""
            window = due_window(prep + ent.text, published)
            if window is not None and window.start is not None and window.start > base:
                ahead = ent
                break
        if ahead is None or _habitual(verb):
            continue
        negs = [c for c in verb.children if c.dep_ == "neg"]
        out.append(Candidate("construction", clause_root(verb), [*aux, verb], probability.lookup("scheduled to"),
                             negated=bool(negs) or negated_by_determiner(verb), statement=statement_tokens(verb)))
    return out


_FUTURATE_FINDER = Finder("futurate", _futurate_candidates, tags=("VBG",), reads_unit=True, dated=True)


# --- the frames of analysts and commentators ------------------------------------------------

def _frame_candidates(span) -> list[Candidate]:
    """"We pencil in $6.1bn", "We look for a further 300bp of easing", "Brace for a strike",
    "We cannot rule out a direct assault", "A cholera outbreak cannot be excluded", "I wouldn't
    bet against another round of protests", "I can't see Delhi reviving it": a verb frame of the
    table (data/forecast_verb_frames.tsv) whose object is the forecast, read at its row for the
    frame's polarity. Frames the table keeps to the forecaster's own voice ("look for", "bet on")
    need "I"/"we", a command to the reader, or "you can"; none is told in the past."""
    frames = lexicon.forecast_verb_frames()
    out = []
    for tok in span:
        if not (tok.pos_ == "VERB" or _command_read_as_noun(tok)) or tok.dep_ in ("amod", "compound"):
            continue
        lemma = tok.lemma_.lower()
        particle = next((c for c in tok.children if c.dep_ in ("prt", "prep") and (
            (lemma, c.lower_, "pos") in frames or (lemma, c.lower_, "neg") in frames)), None)
        if particle is None:    # "We look for [the dinar to weaken]": a for-to clause, its "for" a mark
            particle = next((m for c in tok.children if c.dep_ in ("advcl", "ccomp") and c.i > tok.i
                             for m in c.children if m.dep_ == "mark" and m.i == tok.i + 1
                             and ((lemma, m.lower_, "pos") in frames or (lemma, m.lower_, "neg") in frames)), None)
        key = particle.lower_ if particle is not None else "-"
        negs = [c for c in tok.children if c.dep_ == "neg"]
        negated = bool(negs) or denied_by_subject(tok) or no_longer(tok)    # round 29: "no longer expect"
        row = frames.get((lemma, key, "neg" if negated else "pos"))
        if row is None or _told_in_the_past(tok):
            continue
        if row["who"] == "first" and not _own_voice(tok) or row["who"] == "market" and not _market_subject(tok):
            continue
        statement = _frame_object(tok, particle)
        if not statement:
            continue
        modals = [c for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"]
        passive = [c for c in tok.children if c.dep_ == "auxpass"]
        phrase = sorted([tok, *negs, *modals, *passive] + ([particle] if particle is not None else []), key=lambda t: t.i)
        entry = probability.Entry(_phrase_text(None, phrase).lower(), float(row["probability"]), float(row["low"]),
                                  float(row["high"]), "est")
        out.append(Candidate("phrase", clause_root(tok), phrase, entry, statement=statement))
    return out


_FRAME_FINDER = Finder("frame", _frame_candidates,
                       lambda: frozenset(lemma for lemma, _particle, _polarity in lexicon.forecast_verb_frames()))


def _set_at_candidates(span, published: Optional[str] = None) -> list[Candidate]:
    """"I'd put that at one in five", "I'd put it at 55 percent", "we put its effective strength
    by then at somewhere between 2,800 and 3,200": a verb that sets a value (data:
    chance_setting_verbs) on its object, with "at" and the value after it, not told in the past.
    A chance ("one in five", "55 percent") is the object's stated probability; any other value
    is a point estimate, read as "we estimate". ("put the odds of X at ..." is a stated chance
    of X, read by the probability nouns.)"""
    nouns = lexicon.listed("probability_nouns.txt")
    out = []
    setting = W("chance_setting_verbs")
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in setting:
            continue
        # "We put ..." is present or past by its form alone; the tagger's guess of past is no evidence
        unmarked = verb.lower_ == verb.lemma_.lower() and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if _dated_past(verb) if unmarked else _told_in_the_past(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "at one in five", or a bound: "I'd put a return to fighting below one in ten"
        # (round 20: not the "at" of "at least", "at most": "the odds of a cut by at least two banks ... at 35 per cent")
        after = [t for t in verb.subtree if t.lower_ in _SET_AT and t.i > verb.i and (obj is None or t.i > obj.i)
                 and not (t.lower_ == "at" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in _AT_IDIOMS)]
        # the value's preposition hangs on the verb ("the chance of X changing [over the next two years] at
        # one in four": "over" belongs to the event)
        at = next((t for t in after if t.head.i == verb.i), None) or next((t for t in after if t.lower_ == "at"),
                                                                         after[0] if after else None)
        if at is None:
            continue
        pointing = obj is not None and _demonstrative(obj)
        if obj is not None and (obj.lemma_.lower() in nouns or obj.lower_ in nouns) and not pointing:
            # "We put the chance of a coup before 2027 at one in four": the chance of what, at what
            # (round 26) the first "at" that holds a chance: "we set the odds on any downgrade at one of the
            # agencies at 20%" ("at one of the agencies" is part of the event)
            for place in [at] + [t for t in after if t.i != at.i]:
                found = _chance_set_at(span, verb, obj, place)
                if found:
                    out.extend(found)
                    break
            continue
        if obj is None and not (verb.dep_ == "relcl" or any(c.dep_ == "nsubj" for c in verb.children)):
            continue
        end = max(t.i for t in at.subtree) + 1 if any(True for _ in at.children) else min(at.i + 8, verb.sent.end)
        rated = _noun_phrase_head(verb.head) if verb.dep_ == "relcl" and obj is not None and obj.tag_ == "WDT" \
            else obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
        stated = odds_in(span.doc, at.i + 1, end) or _percent_after(span.doc, at.i + 1, end, rated) \
            or _even_set_at(span.doc, at.i + 1, end)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        command = _rating_command(verb, subject, obj)
        if stated is None and command:
            # round 28: "I'll believe it when I see it; put it at 30 per cent.": the writer's own rating of
            # what "it" stands for, a percentage whatever label the model gave it
            stated = _labelled_percent_after(span.doc, at.i + 1, end)
        if stated is None and not any(t.like_num for t in span.doc[at.i + 1: end]):
            continue
        if stated is not None:
            entry, phrase = stated
        else:
            entry, phrase = probability.lookup("we estimate"), [verb]
        own = subject is not None and subject.lower_ in W("first_person") or command
        # "the 2027 deficit, which the ministry puts at 3.4 per cent": the date is on the noun "which" stands for
        antecedent = [t for t in _noun_phrase_head(verb.head).subtree if t.i < verb.left_edge.i and not t.is_punct] \
            if verb.dep_ == "relcl" and obj is not None and obj.tag_ == "WDT" else []
        # "puts it nearer 2033": a year as the value is a date estimate, its own horizon
        # ("the 2027 deficit, which ...": a year on the noun dates what is put at the figure)
        this_year = int(published[:4]) if published else 0
        dated = any(t.like_num and len(t.text) == 4 and t.text.isdigit() and t.text[:2] == "20" and int(t.text) >= this_year
                    for t in [*span.doc[at.i + 1: end], *antecedent])
        if not own and not horizon_of(list(verb.subtree) + antecedent) and not dated \
                and not any(c.tag_ == "MD" for c in verb.children):
            continue    # "Its own pollsters put it at 44 percent": a reading of today, not a forecast
        if stated is None and not own:
            # "the ministry puts the 2027 deficit at 3.4 per cent", "Soares puts it nearer 2033": another's
            # figure reported, read as a point forecast (surer of the direction than of the number)
            entry = probability.lookup("a point estimate")
        if obj is not None and obj.pos_ != "PRON" and not pointing:
            statement = sorted(obj.subtree, key=lambda t: t.i)
        else:   # "I'd put that at one in five", "we put that risk at one in four": the whole clause, which names what it rates
            # (from the semicolon before it: a clause the parse hangs on "put" from there is its own)
            cut = max((t.i for t in verb.sent if t.text == ";" and t.i < verb.i), default=-1)
            statement = _trim(sorted((t for t in verb.subtree if cut < t.i < end), key=lambda t: t.i))
        if antecedent:
            statement = sorted(antecedent + [t for t in verb.subtree if t.i < end], key=lambda t: t.i)
        elif stated is None:
            statement = _trim([t for t in sorted(verb.subtree, key=lambda t: t.i) if t.i > verb.i and t.i < end])
        out.append(Candidate("stated" if stated else "estimate", clause_root(verb), phrase, entry, statement=statement,
                             rates_before=obj is not None and (obj.lower_ in ("that", "it", "this") or pointing)))
    return out


def _compared_figure_candidates(span) -> list[Candidate]:
    """(round 27) "Our forecast is a shade lower, at 2.1 per cent", "The fund's estimate is lower
    still, at 1.9%": a forecast's noun (data: compared_figure_nouns) as the subject of a present "be"
    with a comparative, and its figure set off by "at": the figure is the forecast, compared with one
    named before, read as a point estimate. Not a past estimate ("was higher, at"), not a figure of
    now ("inflation is higher, at 3%": no forecast's noun)."""
    out = []
    for noun in span:
        if noun.dep_ != "nsubj" or noun.lemma_.lower() not in W("compared_figure_nouns"):
            continue
        copula = noun.head
        if copula.lemma_ != "be" or copula.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "neg" for c in copula.children):
            continue
        if not any(c.dep_ == "acomp" and c.tag_ in ("JJR", "RBR") for c in copula.children):
            continue
        at = next((c for c in copula.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > noun.i), None)
        if at is None or not any(t.like_num for t in at.subtree):
            continue
        keep = [t for t in copula.subtree if not any(
            a.dep_ in ("advcl", "ccomp", "conj", "parataxis") and a.head.i == copula.i for a in [t, *t.ancestors])]
        statement = _trim(sorted(keep, key=lambda t: t.i))
        out.append(Candidate("estimate", clause_root(copula), [noun, copula], probability.lookup("a point estimate"),
                             statement=statement))
    return out


_COMPARED_FIGURE_FINDER = Finder("compared_figure", _compared_figure_candidates, lambda: W("compared_figure_nouns"))


def _even_set_at(doc, lo: int, hi: int) -> Optional[tuple[probability.Entry, list]]:
    """(round 27) "I put that result at about even", "I'd put it at roughly even": an even chance
    set "at" a degree (data: likelihood_degrees whose last word is in even_chance_words), the
    whole value up to the clause's end ("at even money on the day" is a longer phrase, left)."""
    words = [t for t in doc[lo:hi] if not t.is_punct]
    degree = " ".join(t.lower_ for t in words)
    if not words or words[-1].lower_ not in W("even_chance_words"):
        return None
    degrees = lexicon.mapping("likelihood_degrees")
    entry = probability.lookup(degrees[degree]) if degree in degrees else None
    return (entry, words) if entry is not None else None


_SET_AT_FINDER = Finder("set_at", _set_at_candidates, lambda: W("chance_setting_verbs"), dated=True)


def _given_percent_candidates(span) -> list[Candidate]:
    """(round 20) "We give it perhaps 15 percent.", "We'd give that 30 per cent at most": a verb that
    gives a chance (data: chance_giving_verbs) to a bare "it"/"that" as a bare percentage (no
    "chance" noun, which the stated finder reads). It rates the forecast of the sentence before
    (rules._rate_the_one_before) or, when there is none, stands as a forecast of its own."""
    out = []
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in W("chance_giving_verbs") or not not_past(verb):
            continue
        pronoun = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.lower_ in ("it", "that", "this")), None)
        if pronoun is None or any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in lexicon.listed("probability_nouns.txt")
                                  for c in verb.children):
            continue
        end = max(t.i for t in verb.subtree) + 1
        stated = _percent_after(span.doc, pronoun.i + 1, end, pronoun)
        if stated is None:
            continue
        entry, phrase = stated
        statement = _trim([t for t in sorted(verb.subtree, key=lambda t: t.i)])
        out.append(Candidate("stated", clause_root(verb), phrase, entry, statement=statement, rates_before=True))
    return out


_GIVEN_PERCENT_FINDER = Finder("given_percent", _given_percent_candidates, lambda: W("chance_giving_verbs"))


def _standing_percent_candidates(span) -> list[Candidate]:
    """(round 30) A forecaster's standing on a question in a forecasting tournament's or a panel's
    report: "writes the series leader, ettore_b, who is at 9%", "I'm at 15% and will go lower",
    "Top forecaster Ana Ruiz sits at 45%": a verb of standing (data: standing_verbs) with "at" and
    a bare percentage that closes the clause, whose subject is a forecaster: the writer ("I", "we"),
    a person or a handle ("kirkuk_mike"), or "who" standing for one. The figure is the forecaster's
    chance on the question in hand. Not a share or a level ("inflation is at 3%", "Labour is at 30% in
    the polls", "we are at 30% of capacity": no person, or words after the figure)."""
    out = []
    for at in span:
        if at.lower_ != "at" or at.dep_ != "prep" or at.head.lemma_.lower() not in W("standing_verbs"):
            continue
        verb = at.head
        figure = [t for t in at.subtree if t.i > at.i]
        if not figure or not all(t.ent_type_ == "PERCENT" for t in figure):
            continue
        after = span.doc[figure[-1].i + 1] if figure[-1].i + 1 < len(span.doc) else None
        if after is not None and not (after.is_punct or after.lower_ in ("and", "but")):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.tag_ == "WP":
            # "writes pietrasanta_q, fourth on the leaderboard, who is at 30%": the parse may not hang the
            # clause on its antecedent; the forecaster is then the nearest one named before "who"
            # ("the current leader, ana_k, who is at 35%": the clause on "leader", the handle its apposition)
            named = [verb.head, *(c for c in verb.head.children if c.dep_ == "appos")] if verb.dep_ == "relcl" \
                else list(span.doc[max(span.start, subject.i - 8): subject.i])[::-1]
            if not any(_forecaster(t) for t in named if t.lower_ not in W("first_person")):
                continue
        elif not _forecaster(subject):
            continue
        stated = _labelled_percent_after(span.doc, figure[0].i, figure[-1].i + 1)
        if stated is None:
            continue
        entry, phrase = stated
        statement = [t for t in sorted(verb.subtree, key=lambda t: t.i) if t.i <= figure[-1].i and (
            t.i >= subject.i if subject.tag_ == "WP" else True) and not (t.dep_ == "conj" or t.i > figure[-1].i)]
        statement = _trim([t for t in statement if t.i >= subject.left_edge.i])
        out.append(Candidate("stated", clause_root(verb), phrase, entry, statement=statement))
    return out


def _forecaster(noun) -> bool:
    """Whether a subject names one who forecasts: the writer, a person, a handle ("ettore_b")."""
    return noun.lower_ in W("first_person") or noun.ent_type_ == "PERSON" or "_" in noun.text.strip("_")


_STANDING_PERCENT_FINDER = Finder("standing_percent", _standing_percent_candidates, lambda: frozenset({"%", "percent", "cent"}))


def _noun_phrase_head(noun):
    """The noun a relative clause's "which" stands for when the parse hangs the clause on the
    last noun of a prepositional phrase: "a border war in 2027, which we put at 15 per cent" rates
    the war in 2027, not the year."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.tag_ == "CD":
        noun = noun.head.head
    return noun


def _weighted_subject_candidates(span) -> list[Candidate]:
    """"A darker scenario, at roughly one in five, adds a banking crisis to the slump": an outcome
    noun (data: outcome_nouns) as subject, weighed by "at" and a chance set off beside it; the
    clause it is the subject of is the forecast, at that chance."""
    out = []
    for noun in span:
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() not in W("outcome_nouns"):
            continue
        at = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > noun.i), None)
        if at is None or not any(t.is_punct and t.text == "," for t in noun.doc[noun.i: at.i]):
            continue     # set off by commas: "the path at home" is no weight
        stated = _chance_at(span, at, noun)
        verb = noun.head
        if stated is None or verb.pos_ not in ("VERB", "AUX") or _told_in_the_past(verb):
            continue
        value = {t.i for t in at.subtree}
        value |= {i for i in (min(value) - 1, max(value) + 1) if noun.doc[i].text == ","}     # its commas too
        # "..., and would push prices up": a verb joined to it is a forecast of its own
        value |= {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        statement = _trim([t for t in sorted(verb.subtree, key=lambda t: t.i) if t.i not in value])
        out.append(Candidate("stated", clause_root(verb), stated[1], stated[0], statement=statement))
    return out


_WEIGHTED_SUBJECT_FINDER = Finder("weighted_subject", _weighted_subject_candidates, lambda: W("outcome_nouns"))


def _demonstrative(noun) -> bool:
    """"that risk", "this scenario": a noun that points back at what the text has just said."""
    return any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


_SET_AT = ("at", "below", "under", "above", "over", "around", "near", "nearer", "closer")
_AT_IDIOMS = ("least", "most", "best", "worst", "last", "first")


def _chance_set_at(span, verb, noun, at) -> list[Candidate]:
    """"I'd put the odds of a deal at roughly even", "we put the chance of a new round before
    mid-2027 at one in three": the event after "of" at the stated chance, with the verb's own
    time phrase ("before mid-2027") as part of what is rated."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    event = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
    if event is None:
        # (round 20) "I now put the chance that the mayor resigns before Easter at 20 per cent": the event in
        # a that-clause on the noun
        event = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if event is None:
        return _bare_odds_set_at(span, verb, noun, at)
    stated = _chance_at(span, at, noun)
    if stated is None:
        return []
    entry, phrase = stated
    gaps = [t for t in span.doc[at.i: verb.sent.end] if t.dep_ == "conj" and t.lower_ == "of" and t.head.i in (verb.i, at.i)]
    stop = gaps[0].i if gaps else verb.sent.end     # a gapped second phrase's words are its own
    timed = [t for c in verb.children if c.dep_ == "prep" and c.i != at.i and c.i < stop for t in c.subtree]
    value = {t.i for t in at.subtree}       # the parse may hang "at one in four" inside the event
    value |= set(range(at.i, max(t.i for t in phrase) + 1))     # (round 26) "at well under 5%", "at" left alone
    statement = sorted([t for t in [*event.subtree, *timed] if t.i not in value], key=lambda t: t.i)
    main = Candidate("stated", clause_root(verb), phrase, entry, statement=statement)
    # "..., and of talks resuming at about one in three": a second event and its chance, the verb
    # and the noun left out; a forecast of its own
    # (read off the words, "of" to the next "at": the parse scatters a gapped phrase)
    doc = span.doc
    for gapped in gaps:
        at2 = next((t for t in doc[gapped.i + 1: verb.sent.end] if t.lower_ == "at"), None)
        stated2 = _chance_at(span, at2, noun) if at2 is not None and at2.i > gapped.i + 1 else None
        if stated2 is not None:
            main.also.append(Candidate("stated", clause_root(verb), stated2[1], stated2[0],
                                       statement=_trim([t for t in doc[gapped.i + 1: at2.i] if t.text != ","])))
    return [main]


def _bare_odds_set_at(span, verb, noun, at) -> list[Candidate]:
    """(round 26) "Once the vote is over, we'd set the odds nearer one in five for spring": the chance
    noun names no event (no "of", no that-clause, nothing but its article); what it rates is the
    matter in hand, so the setting clause is the forecast at that chance, and a sentence that only
    rates the forecast before it gives that forecast its number (rates_before)."""
    if any(c.dep_ not in ("det", "poss") for c in noun.children):
        return []
    stated = _chance_at(span, at, noun)
    if stated is None:
        return []
    entry, phrase = stated
    statement = _trim(sorted(verb.subtree, key=lambda t: t.i))
    return [Candidate("stated", clause_root(verb), phrase, entry, statement=statement, rates_before=True)]


def _chance_at(span, at, noun):
    """The chance after "at": odds, a percentage, an even chance ("roughly even") or none at all
    ("close to zero"); (entry, tokens) or None."""
    end = max(t.i for t in at.subtree) + 1
    if end == at.i + 1:
        # (round 26) "at well under 5%": the parse may leave "at" on its own as an adverb; its value is
        # the words after it, to the next punctuation
        end = next((t.i for t in span.doc[at.i + 1: at.sent.end] if t.text in (",", ";", ":", ".", "(", ")")), at.sent.end)
    stated = odds_in(span.doc, at.i + 1, end) or _percent_after(span.doc, at.i + 1, end, noun)
    if stated is None:
        even = next((t for t in span.doc[at.i + 1: end] if t.lower_ in W("even_chance_words")), None)
        stated = (probability.lookup("even chance"), [even]) if even is not None else None
    if stated is None:
        nil = next((t for t in span.doc[at.i + 1: end] if t.lower_ in W("nil_chance_words")), None)
        stated = (probability.lookup("zero chance"), list(span.doc[at.i + 1: nil.i + 1])) if nil is not None else None
    return stated


def _dated_past(verb) -> bool:
    """A clause dated to the past by a date word ("last year", "in 2019" before publication)."""
    return any(t.lower_ in W("past_date_words") for t in verb.subtree)


def _rating_command(verb, subject, obj) -> bool:
    """(round 28) "...; put it at 30 per cent.", "Call it one in four.": a command to the reader, with no
    subject and no modal, that sets a bare "it"/"that" at a value is the writer's own rating."""
    return subject is None and verb.tag_ == "VB" and obj is not None and obj.lower_ in ("it", "that", "this") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.dep_ in ("ROOT", "conj")


def _labelled_percent_after(doc, lo: int, hi: int):
    """A percentage among tokens lo..hi whatever its entity label (numbers.is_percent), as a stated chance."""
    for ent in doc.ents:
        if lo <= ent.start and ent.end <= hi and is_percent(ent):
            values = [float(t.text) for t in ent if t.like_num and t.text.replace(".", "", 1).isdigit()]
            if values and all(0 <= v <= 100 for v in values):
                low, high = min(values) / 100, max(values) / 100
                return probability.Entry(ent.text, round((low + high) / 2, 4), low, high, "stated"), list(ent)
    return None


def _percent_after(doc, lo: int, hi: int, rated=None):
    """The first percentage among tokens lo..hi as a stated probability ("at 55 percent"); one the
    model gave no entity only when what is rated (`rated`, a noun) is no measure (data:
    figure_nouns), whose percentage would be its value."""
    event = rated is not None and rated.lemma_.lower() not in W("figure_nouns") and rated.lower_ not in W("figure_nouns")
    for ent in doc.ents:
        if (ent.label_ == "PERCENT" or event and is_percent(ent)) and lo <= ent.start and ent.end <= hi:
            values = [float(t.text) for t in ent if t.like_num and t.text.replace(".", "", 1).isdigit()]
            if values and all(0 <= v <= 100 for v in values):
                low, high = min(values) / 100, max(values) / 100
                return probability.Entry(ent.text, round((low + high) / 2, 4), low, high, "stated"), list(ent)
    # "at around 15 per cent": the model often gives a percentage after a preposition no entity
    if not event:
        return None
    span = doc[lo:hi] if hi > lo else None
    m = PERCENT.search(span.text) if span is not None else None
    found = span.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
    if found is not None:
        a = float(m.group(1))
        b = float(m.group(2)) if m.group(2) else a
        if 0 <= a <= 100 and 0 <= b <= 100:
            low, high = min(a, b) / 100, max(a, b) / 100
            return probability.Entry(found.text, round((low + high) / 2, 4), low, high, "stated"), list(found)
    return None


def _command_read_as_noun(tok) -> bool:
    """"Brace for a strike": a command opening the sentence that the tagger reads as a noun
    (the root, first word, with a preposition after it)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.i == tok.sent.start and tok.tag_ == "NN" and any(
        c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children)


def _told_in_the_past(verb) -> bool:
    """"Analysts pencilled in a cut", "had ruled out": a frame in the narrated past (a passive in
    the present, "cannot be ruled out", and a present perfect, "Markets have priced in a runoff",
    are not)."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _market_subject(verb) -> bool:
    """"Markets price ...", "The forward curve is discounting ...": a market (data: market_nouns)
    as the subject."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in W("market_nouns") for c in verb.children)


def _own_voice(verb) -> bool:
    """The forecaster speaking for themselves ("we look for", "I'd bet on"), a command to the
    reader ("Brace for a strike", "Don't count on it") or "you can count on"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return (verb.tag_ == "VB" or _command_read_as_noun(verb)) and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return subject.lower_ in W("first_person") or subject.lower_ == "you" and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _frame_object(verb, particle) -> list:
    """What a frame forecasts: its object with what follows it in the verb's clause ("a further
    300bp of easing over the first half of 2027"); a gerund clause ("can't see [Delhi reviving
    it]"); the subject of a passive ("[A cholera outbreak] cannot be excluded"); in a cleft
    ("What I can't rule out is [an accident at sea]") what the copula names."""
    if verb.dep_ == "csubj" and any(c.tag_ == "WP" for c in verb.children):
        named = next((c for c in verb.head.children if c.dep_ in ("attr", "acomp", "xcomp", "ccomp") and c.i > verb.i), None)
        return sorted(named.subtree, key=lambda t: t.i) if named is not None else []
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return _trim(sorted(passive.subtree, key=lambda t: t.i))
    if verb.lemma_.lower() in W("seeing_verbs"):
        gerund = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj") and c.tag_ == "VBG"), None)
        return statement_tokens(gerund) if gerund is not None else []
    skip = {particle.i} if particle is not None else set()
    if particle is not None and particle.dep_ == "mark":
        return statement_tokens(particle.head, strip_mark=True)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "ccomp") or c.i in skip]
    if not objects:
        return []
    start = min(o.left_edge.i if o.i not in skip else o.i + 1 for o in objects)
    return _trim([t for t in sorted(verb.subtree, key=lambda t: t.i) if t.i >= start and t.i not in skip
                  and t.dep_ != "punct" or t.i >= start and t.is_punct and t.text in "-/'’"])


def _opinion_candidates(span) -> list[Candidate]:
    """"My hunch is that it slips to mid-2027", "My honest read is that Nusantara ends up as a
    sort of Putrajaya-lite", "Our base case is a current-account deficit of about 3 percent",
    "Our call is for futures to trade down": a forecaster's own call, named by an opinion noun
    (data: opinion_nouns) as the subject of "is"; what the copula names is the forecast."""
    nouns = lexicon.mapping("opinion_nouns")
    out = []
    for noun in span:
        if noun.dep_ != "nsubj":
            continue
        lemma = noun.lemma_.lower()
        if lemma not in nouns or noun.head.lemma_ != "be" or not not_past(noun.head):
            continue
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("poss", "det", "compound", "amod")}
        # "The base case is ...": a base case is the writer's own even under "the"
        owned = modifiers & W("opinion_owners") or lemma == "case" and "the" in modifiers
        if not owned or lemma == "case" and not modifiers & W("base_case_words"):
            continue
        copula = noun.head
        named = next((c for c in copula.children if c.i > copula.i and c.dep_ in ("ccomp", "attr", "acomp")), None)
        if named is None:
            for_phrase = next((c for c in copula.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            named = for_phrase
        if named is None:
            continue
        if named.dep_ == "acomp" and all(c.dep_ in ("advmod", "punct") for c in named.children):
            continue    # round 18: "Our own expectation is less comfortable": a word on the view, not the call
        if named.pos_ in ("VERB", "AUX"):
            statement = statement_tokens(named, strip_mark=True)
        else:
            statement = _trim([t for t in sorted(named.subtree, key=lambda t: t.i) if t.i != named.i or named.dep_ != "prep"])
        if not statement:
            continue
        if lemma in W("estimates_ahead") and horizon_of(statement) is None:
            continue    # "Our estimate is that 40 percent of households are poor": a measure of today
        entry = probability.lookup(nouns[lemma])
        phrase = sorted([t for t in noun.subtree if t.i <= noun.i] + [copula], key=lambda t: t.i)
        out.append(Candidate("phrase", clause_root(copula), phrase, entry, statement=statement))
    return out


_OPINION_FINDER = Finder("opinion", _opinion_candidates, lambda: frozenset(lexicon.mapping("opinion_nouns")))


def _scenario_assumption_candidates(span) -> list[Candidate]:
    """"Our central scenario assumes that Brent averages $65 a barrel in 2027", "Our base case
    envisages two more cuts": what a forecaster's own scenario assumes or sees is that scenario's
    forecast, read as "our base case is". The scenario must be owned ("our", "my") or the central
    one ("the base case"), its verb in the present (data: scenario_nouns, assuming_verbs)."""
    out = []
    for noun in span:
        if noun.dep_ != "nsubj" or noun.lemma_.lower() not in W("scenario_nouns") | {"baseline"}:
            continue
        verb = noun.head
        if verb.lemma_.lower() not in W("assuming_verbs") or verb.tag_ not in ("VBZ", "VBP"):
            continue
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("poss", "det", "amod", "compound")}
        if not modifiers & (W("opinion_owners") | W("base_case_words")) or any(c.dep_ == "neg" for c in verb.children):
            continue
        content = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj") and c.i > verb.i), None)
        if content is None:
            continue
        statement = statement_tokens(content, strip_mark=True) if content.dep_ == "ccomp" else sorted(
            content.subtree, key=lambda t: t.i)
        phrase = sorted([t for t in noun.subtree if t.i <= noun.i] + [verb], key=lambda t: t.i)
        out.append(Candidate("phrase", clause_root(verb), phrase, probability.lookup("our base case is"), statement=statement))
    return out


_SCENARIO_ASSUMPTION_FINDER = Finder("scenario_assumption", _scenario_assumption_candidates,
                                     lambda: W("scenario_nouns") | {"baseline"})


def _set_forecast_candidates(span) -> list[Candidate]:
    """"We keep our 12-month USD/EGP forecast at 54.00", "we raise our growth estimate to 4
    percent": a forecaster's own forecast (a forecast noun with "my"/"our") set by a verb in the
    present with the value it is set at; read as "we estimate"."""
    out = []
    for noun in span:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in W("forecast_nouns"):
            continue
        verb = noun.head
        # "We're holding full-year guidance of 1.9 to 2.1 million tonnes": our own by the subject, valued by "of"
        # (not "we set a target of 5 percent": a goal, no forecast)
        goal = noun.lemma_.lower() == "target"
        owned = any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children) or not goal and any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children)
        valued = any(c.dep_ == "prep" and c.lower_ in ("at", "to") for c in list(verb.children) + list(noun.children)) \
            or not goal and any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree)
                                for c in noun.children)
        if not owned or not valued or verb.pos_ != "VERB" or _told_in_the_past(verb):
            continue
        statement = _trim(sorted((t for t in verb.subtree if t.i >= noun.left_edge.i), key=lambda t: t.i))
        out.append(Candidate("estimate", clause_root(verb), [verb], probability.lookup("we estimate"),
                             statement=statement))
    return out


_SET_FORECAST_FINDER = Finder("set_forecast", _set_forecast_candidates, lambda: W("forecast_nouns"))


def _cleft_candidates(span) -> list[Candidate]:
    """"What Moscow will not do is fire a shot": a will-clause clefted around "do"; the forecast
    is its subject with the modal and what the copula names ("Moscow will not fire a shot"); "What
    there won't be is a second referendum" -> "there won't be a second referendum"."""
    strengths = modal_strength()
    out = []
    for do in span:
        # "What there won't be is a second referendum": an existential will-clause clefted the same way
        existential = do.lemma_ == "be" and any(c.dep_ == "expl" for c in do.children)
        if do.lemma_ != "do" and not existential or do.dep_ != "csubj" or not any(c.tag_ == "WP" for c in do.children):
            continue
        modal = next((c for c in do.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        subject = next((c for c in do.children if c.dep_ in ("nsubj", "expl")), None)
        named = next((c for c in do.head.children if c.dep_ in ("xcomp", "attr", "ccomp") and c.i > do.head.i), None)
        if modal is None or subject is None or named is None or strengths.get(modal.lower_) not in ("strong", "weak"):
            continue
        negs = [c for c in do.children if c.dep_ == "neg"]
        rest = [t for t in sorted(named.subtree, key=lambda t: t.i) if not (t.is_punct and t.i == span.end - 1)]
        statement = sorted(subject.subtree, key=lambda t: t.i) + [modal, *negs] + ([do] if existential else []) + rest
        out.append(Candidate(strengths[modal.lower_], clause_root(do.head), [modal, *negs], negated=bool(negs),
                             statement=statement))
    return out + _expecting_clefts(span)


# a cleft's "What" (a WP) is a child of its verb, so in the same sentence
_CLEFT_FINDER = Finder("cleft", _cleft_candidates, tags=("WP",))


def _expecting_clefts(span) -> list[Candidate]:
    """"What I anticipate is noise rather than obstruction", "What markets expect is a cut in
    March": a verb of expecting clefted around "is"; what the copula names is the forecast, read at
    the verb's row. Not told in the past ("What we expected was a cut"), not negated."""
    verbs = _estimative_verbs()
    out = []
    for verb in span:
        if verb.dep_ != "csubj" or verb.lemma_.lower() not in verbs or not any(c.tag_ == "WP" for c in verb.children):
            continue
        copula = verb.head
        if verb.tag_ in ("VBD", "VBN") or copula.tag_ == "VBD" or any(c.dep_ == "neg" for c in verb.children):
            continue
        named = next((c for c in copula.children if c.dep_ in ("attr", "xcomp", "ccomp", "acomp") and c.i > copula.i), None)
        if named is None or any(t.text == ":" for t in span.doc[named.i: span.end]):
            continue    # "What I expect now is pressure on price: they will want discounts": the colon spells it out
        lemma = verb.lemma_.lower()
        entry = probability.lookup(lemma) or probability.lookup("we " + lemma) or probability.lookup("expected to")
        statement = [t for t in sorted(named.subtree, key=lambda t: t.i) if not (t.is_punct and t.i == span.end - 1)]
        out.append(Candidate("estimate", clause_root(copula), [verb], entry, statement=statement))
    return out


def _scenario_opening_candidates(span) -> list[Candidate]:
    """"In a less likely scenario, a fight over water spills over into ...", "In our base case,
    the juntas hold the capitals": a clause opened by the scenario it belongs to is that
    scenario's forecast, weighted by the opening's probability phrase if it has one."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 5 or words[0].lower_ not in ("in", "under") or words[0].dep_ != "prep":
        return []
    noun = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    root = words[0].head
    if noun is None or noun.lemma_.lower() not in W("scenario_nouns") or root.pos_ not in ("VERB", "AUX") \
            or not not_past(root):
        return []
    opening = sorted(words[0].subtree, key=lambda t: t.i)
    text = span.doc[opening[0].i: opening[-1].i + 1].text
    hits = probability.find(text)
    entry, phrase = None, [noun]
    if hits:
        entry = hits[0].entry
        base = opening[0].idx
        phrase = [t for t in opening if t.idx - base >= hits[0].start and t.idx - base + len(t) <= hits[0].end] or [noun]
    inside = {t.i for t in opening}
    statement = [t for t in statement_tokens(root) if t.i not in inside]
    while statement and statement[0].is_punct:
        statement = statement[1:]
    return [Candidate("phrase" if entry else "construction", clause_root(root), phrase, entry, statement=statement)]


_SCENARIO_OPENING_FINDER = Finder("scenario_opening", _scenario_opening_candidates)


def _stated_candidates(span) -> list[Candidate]:
    """"a 30 percent chance that ...", "the odds of a default are one in four"."""
    out = []
    for tok in span:
        if tok.pos_ != "NOUN":
            continue
        stated = stated_probability(tok)
        about = (proposition(tok) or _carried_by(tok)) if stated else None
        if about is None:
            continue
        entry, tokens = stated
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in W("chance_giving_verbs") and tok.head.tag_ == "VBD":
            continue    # round 20: "Last spring I gave a 60 per cent chance that ...": a past call, told as history
        if about.pos_ in ("VERB", "AUX"):
            statement = statement_tokens(about, strip_mark=True)
            attached = {t.i for t in tok.head.subtree} if about.i == tok.head.head.i else set()
            statement = _trim([t for t in statement if t.i not in attached])
        else:
            statement = list(about.subtree)
        out.append(Candidate("stated", clause_root(tok), tokens, entry, statement=statement))
    return out


_STATED_FINDER = Finder("stated", _stated_candidates, lambda: frozenset(lexicon.listed("probability_nouns.txt")))


def _carried_by(noun):
    """The clause a stated chance rides on ("Paredes wins, [with] about a 65 percent chance";
    "the talks will fail, with a probability of 70 percent"), not told in the past; or what a
    forecaster gives the chance to ("I'd give a Gulf-brokered deal ... one chance in three")."""
    given = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if given is not None and given.lemma_.lower() in W("chance_giving_verbs"):
        objects = [c for c in given.children if c.dep_ in ("dobj", "dative") and c.i < noun.i]
        if objects and not_past(given):
            return objects[0]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in W("chance_carrying_preps"):
        return None
    clause = prep.head
    return clause if clause.pos_ in ("VERB", "AUX") and not_past(clause) else None


def _modal_candidates(span) -> list[Candidate]:
    strengths = modal_strength()
    out = []
    for tok in span:
        if tok.tag_ != "MD" or tok.dep_ not in ("aux", "auxpass") or _cut_by_colon(tok):
            continue  # an elliptical modal ("If they could, they would") has no event to predict
        strength = strengths.get(tok.lower_)
        verb = tok.head
        if strength is None and tok.lower_ in W("epistemic_modals") and epistemic_should(verb):
            strength = "strong"     # "stocks should last until March": an expectation, read at its own row
        if strength is None and tok.lower_ == "can" and _rated_ability(tok, verb):
            strength = "weak"       # "a promise he can probably keep": the adverb rates the outcome
        if strength is None and any(c.dep_ == "neg" for c in verb.children) and _bounded_denial(tok, verb):
            strength = "weak"       # round 27: "the line cannot open before 2029": read below as a firm denial
        if strength is None or verb.i == tok.i or not event_verb(verb, strength):
            continue
        estimate = _modal_estimate(tok, verb, strength)
        consequence = strength == "reported" and not estimate and (
            _supposed_event_consequence(tok, verb) or _open_condition_consequence(verb))
        if strength == "reported" and not under_speech_verb(verb) and not estimate and not consequence \
                and not _in_a_view(verb) and not _in_a_scenario(verb):
            continue  # a bare hypothetical "would"; "would probably drain" is an estimate
        if strength == "reported" and supposed(verb):
            continue  # "If I thought a new decree would settle this, I would have signed it": a supposition
        if requirement(verb):
            continue  # "any change would have to be agreed by its board": a rule, not a forecast
        if strength in ("reported", "weak") and (unreal_condition(verb) or _superlative_relative(verb)):
            continue  # "Had the elections gone ahead, it would now ..."; "the finest stage they could wish for"
        if strength == "reported" and not estimate and _evaluation(verb) and (
                not under_speech_verb(verb) or _supposed_subject_phrase(verb)):
            continue  # "A strike in the dry season would be a disaster": a verdict on a supposed event
        if _habitual(verb) or _generic(verb) or _declaration(verb) or _tag(verb):
            continue  # "will, as a rule, rise"; "Anyone who ... will tell you"; "I won't pretend"; "you'll see"
        if strength == "reported" and _checked_against_now(verb):
            continue  # "you told us it would be running at full rate by now": a past forecast checked today
        if strength == "weak" and _disclaimer(verb):
            continue  # "actual results may differ materially": a notice's caveat on its own figures
        if strength == "weak" and tok.lower_ in ("may", "might") and verb.lemma_.lower() in W("suggestion_verbs") \
                and any(c.dep_ == "xcomp" for c in verb.children):
            continue  # round 20: "Officials may wish to raise the issue ...": a polite suggestion, not a forecast
        negs = [c for c in verb.children if c.dep_ == "neg"]
        temporal = bool(negs) and temporal_negation(verb)
        negated = (bool(negs) or negated_by_determiner(verb) or denied_object(verb) or nor_inversion(verb)
                   or no_longer(verb)) and not temporal     # round 29: "will no longer take"
        if negs and verb.lemma_.lower() in W("litotes_verbs") and (any(
                c.dep_ == "xcomp" and c.i > verb.i for c in verb.children) or all(
                c.dep_ in ("aux", "neg", "nsubj", "punct", "advmod") for c in verb.children)):
            # round 18: "would not hesitate to pause": a firm intention, not a denial; round 20: the same with
            # its infinitive left to the question before ("Will they act before the vote? Most think they would not hesitate.")
            negated, negs = False, []
        bounded = strength == "weak" and negated and not estimate and _bounded_denial(tok, verb)
        if strength == "weak" and negated and not estimate and not bounded:
            continue  # "could not", "may not": ability or doubt about the present, rarely a forecast
        if strength == "weak" and _list_frame(span, verb):
            continue  # "We see three ways the next eighteen months could unfold:": the list after it forecasts
        phrase = sorted([tok] + negs + estimate, key=lambda t: t.i)
        supposition = _supposed_subject(verb) if strength == "reported" or strength == "weak" and _beside_would(verb) \
            else None
        opinion = _held_as_opinion(verb) if strength == "strong" and not estimate else None
        if opinion is not None:
            # "I suspect the next escalation will come at sea", "Turnout will be big, I think", "I don't
            # think the truce will hold": the verb of opinion, not the "will", says how sure
            opinion_verb, entry, denied = opinion
            held = [c for c in opinion_verb.children if c.dep_ in ("aux", "neg") and c.i < opinion_verb.i] + [opinion_verb]
            if _reason_to(opinion_verb) is not None:    # "no reason to think"
                held += [opinion_verb.head] + [c for c in opinion_verb.head.children if c.dep_ == "det"]
            elif negated != denied and entry is not None and entry.probability > 0.5:
                # "I don't think they will go that far", "I think the budget will not pass before the
                # autumn": a view held against the event reads lower than the complement of the view
                entry = probability.lookup("opinion denied") or entry
            out.append(Candidate("phrase", clause_root(verb), sorted(held, key=lambda t: t.i), entry,
                                 negated=negated != denied, condition=supposition, supposed=bool(supposition)))
            continue
        if estimate:
            entry = probability.reading(_phrase_text(None, phrase)) or probability.reading(_phrase_text(None, estimate))
            out.append(Candidate("phrase", clause_root(verb), phrase, entry, negated=negated,
                                 condition=supposition, supposed=bool(supposition)))
        else:
            # "the envoy said Brazil would not support another extension": the reported "will not",
            # as firm as the source's own words (a bare "would not" reads as the complement of "would")
            firm_no = probability.lookup("will not") if (
                strength == "reported" and negated and under_speech_verb(verb) or bounded) else None
            if firm_no is None and strength == "reported" and not negated and not temporal and _told(verb):
                # "the commission said it would publish the results by Thursday": the source's "will", told
                firm_no = probability.lookup("said would")
            if firm_no is None and strength == "strong" and not negated and not temporal and _on_an_open_condition(verb) \
                    and tok.lower_ not in W("epistemic_modals"):     # round 30: "should ... unless" stays at "should"
                # "WFP says it will resume distributions from January if the group frees the staff":
                # a "will" that waits on an open condition is read a step under a plain "will"
                firm_no = probability.lookup("will on a condition")
            if firm_no is None and strength == "strong" and tok.lower_ in ("will", "'ll") and not negated and not temporal \
                    and _approximate_percentage(verb):
                # round 20: "wages will rise by about 4.5 per cent": a rounded figure is a point
                # estimate, surer of the direction than of the number
                firm_no = probability.lookup("a point estimate")
            if firm_no is None and strength == "strong" and tok.lower_ in ("will", "'ll") and not negated and not temporal \
                    and _on_a_day(verb):
                # round 30: "The next decision will be announced on 28 January", "the Council will publish its
                # report on 15 December": a "will" put on a named day is a date set, read as the timetable's
                firm_no = probability.lookup("on the calendar")
            if firm_no is None and strength == "strong" and tok.lower_ in ("will", "'ll") and not negated and not temporal \
                    and _said_now_by_another(verb):
                # round 30: "Banks say deposit rates will fall again": another party's "will", passed on
                firm_no = probability.lookup("says will")
            out.append(Candidate(strength, clause_root(verb), phrase, firm_no, negated=negated, temporal=temporal,
                                 condition=supposition, supposed=bool(supposition)))
    return out


def _bounded_denial(modal, verb) -> bool:
    """(round 27) "the new line cannot open before 2029", "the treaty could not take effect before
    next spring at the earliest": a denied ability with a bound ahead (data: bounding_preps, a
    horizon in the "before" phrase, or "at the earliest") denies the event before that bound, a
    forecast as firm as "will not". Not "may not"/"might not" (doubt), not a denial with no bound
    ("we could not agree"), not "until" (the event comes later: "cannot start until March")."""
    if modal.lower_ not in W("ability_modals") or verb.lemma_.lower() in lexicon.speech_verbs():
        return False    # "we cannot comment before Friday": a refusal to say, not an event denied
    bound = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in W("bounding_preps")]
    if any(horizon_of(list(b.subtree)) for b in bound):
        return True
    words = [t.lower_ for t in verb.subtree if t.i > verb.i]
    return any(words[k: k + 3] == ["at", "the", "earliest"] for k in range(len(words)))


def _approximate_percentage(verb) -> bool:
    """(round 20) A percentage after an approximator (data: figure_approximators: "about", "around",
    "roughly") in the verb's own clause: "will expand by around 4 per cent", "will land at about 9%"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in W("first_person"):
        return False    # "We will keep the weight at about 30 per cent": an intention, as firm as the "will"
    own = [t for t in verb.subtree if clause_root(t).i == verb.i]
    for t in own:
        if t.lower_ not in W("figure_approximators") or t.i + 2 >= len(t.doc):
            continue
        number, unit = t.doc[t.i + 1], t.doc[t.i + 2]
        if number.like_num and (unit.text == "%" or unit.lower_ in ("percent", "per", "pc")):
            return True
    return False


_MODAL_FINDER = Finder("modal", _modal_candidates, tags=("MD",))


def _in_a_scenario(verb) -> bool:
    """"Scenario 1: Grinding adjustment (probability 55 percent). ... Homicides would fall again, and
    inflation would stay under 3 percent": a "would" in a later sentence of a paragraph that a
    scenario opens (a label "Scenario 2:" at its head, or "In this branch", "In our base case", "Under
    that scenario" before it; data: scenario_nouns) is that scenario's consequent, a forecast on
    its condition. The paragraph is the parsed line; a "would" in the opening sentence itself is
    read by the rules for that sentence."""
    doc, first = verb.doc, verb.sent.start
    if first == 0:
        return False
    head = [t for t in doc[:min(first, 6)] if not t.is_punct]
    if head and head[0].lemma_.lower() == "scenario" and (
            any(t.text == ":" for t in doc[:min(first, 8)]) or len(head) > 1 and head[1].like_num):
        return True     # "Scenario 1: ...", "Scenario 3, rejection (10 percent or less)."
    nouns = W("scenario_nouns")
    return any(t.lower_ in ("in", "under") and t.i + 2 < first and doc[t.i + 1].lower_ in ("this", "that", "our", "the")
               and doc[t.i + 2].lemma_.lower() in nouns for t in doc[:first])


def _on_an_open_condition(verb) -> bool:
    """Whether a "will" waits on a condition that may not be met: an if- or unless-clause of its own
    (data: open_condition_marks), not a "once" or "as long as" that takes the condition as coming."""
    condition = condition_of(verb)
    return bool(condition) and condition[0].lower_ in W("open_condition_marks")


def _superlative_relative(verb) -> bool:
    """"the finest stage they could wish for", "the last thing Moscow would want", "the only deal
    it could get": a modal in a relative clause on a noun picked out by a superlative or "only"
    measures the noun against what is conceivable; it does not say what will happen."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in W("extreme_picking_words")) for c in noun.children) \
        or any(c.dep_ in ("amod", "advmod", "det") and c.lower_ == "only" for c in noun.children)


def _elliptical_will_candidates(unit: SentenceUnit) -> list[Candidate]:
    """"In January the government promised to close every chapter by the end of this year. It
    won't: ...", "If the Americans put in real equity, it would change a great deal. They won't.":
    a bare "will"/"won't" whose verb is left out answers what was just said, a forecast of it by
    whoever speaks. The statement is the clause as written ("It won't"). Not a question, not a
    first person ("We won't." promises or refuses), not the text's first sentence (nothing to
    answer), not an elliptical modal of ability or supposition ("If they could, they would")."""
    span, out = unit.span, []
    if unit.asks or unit.span.start == 0 and unit.line.number <= 1:
        return []
    strengths = modal_strength()
    for tok in span:
        if tok.tag_ != "MD" or tok.dep_ in ("aux", "auxpass") and not _cut_by_colon(tok) and not _stranded(tok) \
                or strengths.get(tok.lower_) != "strong":
            continue
        kids = list(tok.children)
        subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if _cut_by_colon(tok):      # "It won't: parliament rises ...", the parse hanging "won't" on the verb after the colon
            subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        inverted = _inverted_denial(tok, subject)
        if subject is None or subject.lower_ in W("first_person") or subject.i > tok.i and not inverted:
            continue
        if any(c.dep_ in ("xcomp", "ccomp", "dobj", "acomp", "attr", "advcl") and c.i > tok.i
               and not any(t.text in (":", ";") for t in tok.doc[tok.i + 1: c.left_edge.i])
               and not _reason_after_comma(c) for c in kids):
            continue    # a verb the parse hung on the modal, not a reason after a colon: not an ellipsis
        negs = [c for c in kids if c.dep_ == "neg"]
        said = sorted(list(subject.subtree) + [tok] + negs, key=lambda t: t.i)
        if inverted:    # round 24: "..., and neither will its successor": the opener is part of what is said
            said = sorted(said + [tok.doc[tok.i - 1]], key=lambda t: t.i)
        # "Nobody has touched anything, and nobody will.": a negative subject denies the bare "will"
        # as it denies a full clause (negated_by_determiner reads the modal's own subject here)
        denied = bool(negs) or negated_by_determiner(tok) or inverted
        opinion = _held_as_opinion(tok) if tok.dep_ == "ccomp" else None
        if opinion is not None and (opinion[1] is not None and opinion[1].phrase in W("negative_estimates")
                                    or denied != opinion[2]):
            # "Astana has promised compensation. Few analysts believe it will.", "Nobody thinks it
            # will", "I don't think it will": the bare "will" held as a view against it reads at the
            # view, as a full clause does (a view for it, "I believe it will", "I suspect this one
            # will, just", is annotated both above and below a plain "will": it stays a "will")
            opinion_verb, entry, held_denied = opinion
            held = [c for c in opinion_verb.children if c.dep_ in ("aux", "neg") and c.i < opinion_verb.i] + [opinion_verb]
            if denied != held_denied and entry is not None and entry.probability > 0.5:
                entry = probability.lookup("opinion denied") or entry
            said = sorted(list(subject.subtree) + [tok] + negs, key=lambda t: t.i)
            out.append(Candidate("phrase", tok, sorted(held, key=lambda t: t.i), entry, negated=denied != held_denied,
                                 statement=said))
            continue
        out.append(Candidate("strong", tok, [tok] + negs, negated=denied, statement=said))
    return out


def _stranded(tok) -> bool:
    """(round 24) A bare modal the parse made the auxiliary of a word that is no verb ("I can say plainly
    that it will not.": "will" hung on "that"): nothing follows it in its clause but a negation."""
    head = tok.head
    if head is tok or head.pos_ in ("VERB", "AUX") or head.i > tok.i and head.pos_ not in ("SCONJ", "PRON"):
        return False
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].dep_ == "neg":
        k += 1
    return k >= len(doc) or doc[k].is_punct


def _inverted_denial(tok, subject) -> bool:
    """(round 24) "..., and neither will its successor", "Nor will the Fund.": a bare modal after "neither"
    or "nor", its subject after it and nothing else: the clause before denied again of a second subject."""
    doc = tok.doc
    if subject is None or subject.i < tok.i or tok.i == 0 or doc[tok.i - 1].lower_ not in W("so_inversion_openers") \
            or doc[tok.i - 1].lower_ == "so" or subject.lower_.rstrip(".") in W("first_person"):
        return False    # "Nor will I.": a refusal, not a forecast
    end = subject.right_edge.i + 1
    return end >= len(doc) or doc[end].is_punct


def _reason_after_comma(child) -> bool:
    """(round 24) "They will, a stall at a time, because rents pay": an adverbial clause set off by a comma
    and opened by a subordinator is a reason or a condition, and a noun phrase set off by a comma a
    manner or a measure ("a street at a time"), not what the modal governs."""
    if child.left_edge.i == 0 or child.doc[child.left_edge.i - 1].text != ",":
        return False
    if child.dep_ == "advcl":
        return child.left_edge.pos_ == "SCONJ"
    return child.pos_ in ("NOUN", "PROPN", "NUM") and child.dep_ in ("attr", "dobj")


_ELLIPTICAL_WILL_FINDER = Finder("elliptical_will", _elliptical_will_candidates, tags=("MD",), reads_unit=True)


def _cut_by_colon(modal) -> bool:
    """A modal the parse hangs on a verb after a colon or semicolon ("It won't: parliament
    rises in two weeks"): the modal's own verb was left out."""
    return modal.dep_ in ("aux", "auxpass") and modal.head.i > modal.i and any(
        t.text in (":", ";") for t in modal.doc[modal.i + 1: modal.head.i])


def _held_as_opinion(verb):
    """(opinion verb, its reading, whether it is negated) when a will-clause is held as an opinion
    (data: opinion_verbs): its complement ("We think the talks will collapse", "I don't think the
    truce will hold", "The truce will hold, we think") or with the opinion put inside it ("Beijing, I
    suspect, will offer a port"); else None. Not a past opinion ("I thought it would fail" has no
    "will"), not a question."""
    readings = lexicon.mapping("opinion_verbs")
    candidates = [c for c in verb.children if c.dep_ in ("parataxis", "advcl") and c.i != verb.i]
    if verb.dep_ == "ccomp":
        candidates.append(verb.head)
    for opinion in candidates:
        row = readings.get(opinion.lemma_.lower())
        if row is None or opinion.pos_ != "VERB" or opinion.tag_ in ("VBD", "VBN", "VBG") or row == "likely":
            continue
        if opinion.i != verb.head.i and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in opinion.children):
            continue    # a clause of its own, not an inserted "I think"
        reason = _reason_to(opinion)
        if reason is not None:      # "I have no reason to think it will slip again"
            return opinion, reason, False
        holder = opinion.head if opinion.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in opinion.children) else opinion
        if not any(c.dep_ == "nsubj" for c in holder.children):
            continue    # ("She plans to enter again and thinks she will get in": the subject of the verb before)
        entry = probability.lookup(row)
        if entry is None:
            continue
        if denied_by_subject(opinion) and not denied_by_subject(opinion, some=True):
            # "nobody thinks the protests will stop": the view denied outright, as "nobody expects"
            return opinion, probability.lookup("expectation denied"), False
        if denied_by_subject(opinion, some=True) and entry.probability > 0.5:
            # "Few analysts believe it will": a view most of them hold against the event
            return opinion, probability.lookup("opinion denied") or entry, False
        return opinion, entry, any(c.dep_ == "neg" for c in opinion.children)
    return None


def _reason_to(opinion):
    """"no reason to think", "every reason to believe": a verb of opinion as the infinitive of
    "reason" with "no" or "every" is read at that phrase's row (data/probability_phrases.tsv)."""
    noun = opinion.head
    if opinion.dep_ not in ("acl", "relcl") or noun.lemma_.lower() != "reason":
        return None
    det = next((c.lower_ for c in noun.children if c.dep_ == "det" and c.lower_ in ("no", "every")), None)
    return probability.lookup(f"{det} reason to {opinion.lemma_.lower()}") if det else None


def _evaluation(verb) -> bool:
    """"A strike at the port would be a disaster", "pricing near 9% would be a good result",
    "the cut would look premature": a hypothetical "would" on a copula whose complement judges
    the supposed event (data: evaluative_predicates) says what it would be worth, not that it
    will happen."""
    if verb.lemma_.lower() not in ("be", "look", "seem"):
        return False
    judged = W("evaluative_predicates")
    for c in verb.children:
        if c.dep_ in ("attr", "acomp") and (c.lemma_.lower() in judged or any(
                m.dep_ == "amod" and m.lemma_.lower() in judged for m in c.children)):
            return True
    return False


def _supposed_subject_phrase(verb) -> bool:
    """A subject that names an event not yet real: "a ceasefire", "any deal", a gerund ("pricing
    near 9%"); "the summit" is one on the calendar."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None:
        return False
    return subject.tag_ == "VBG" or subject.dep_ == "csubj" or any(
        d.dep_ == "det" and d.lower_ in ("a", "an", "any") for d in subject.children)


def _habitual(verb) -> bool:
    """"Remittances will, as a rule, rise ahead of Ramadan", "Every year they tell us next year
    will be better": a marker of habit (data: habitual_markers) in the clause or in the clause of
    the verb of saying it hangs on makes the "will" a habit, not a forecast of one event."""
    clauses = [verb]
    node = verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lexicon.speech_verbs():
            clauses.append(node)
            break
    bounded = W("bounded_after_habit")
    # round 18: "a forecast, as the Governor likes to say, will always be wrong": a maxim (data: maxim_frames)
    sent = verb.sent
    opening = max((t.i for t in sent if t.i < verb.i and t.text in (":", ";")), default=sent.start - 1) + 1
    before = " " + " ".join(t.lower_ for t in verb.doc[opening:verb.i]) + " "
    if " as " in before and any(f" {frame} " in before for frame in W("maxim_frames")):
        return True
    for clause in clauses:
        words = " " + " ".join(t.lower_ for t in clause.subtree if clause_root(t).i == clause.i) + " "
        for marker in W("habitual_markers"):
            at = words.find(f" {marker} ")
            # "will rise in every year of this Government's term", "every year until 2030": a run of
            # years ahead, each foretold; not a habit
            if at >= 0 and words[at + len(marker) + 2:].split(" ", 1)[0] not in bounded:
                return True
    return False


def _tag(verb) -> bool:
    """"..., you'll see", "you will find": a bare clause to the reader with nothing it says
    will happen, a tag that vouches for the claim beside it."""
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "advcl") and c.i > verb.i for c in verb.children)


def _generic(verb) -> bool:
    """"Anyone who has spent a polar night there will tell you ...", "any farmer will tell you":
    a generic subject, or a verb of saying told to a generic "you", states what is always so."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lower_ in W("generic_subjects")
                                or any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in subject.children)
                                and verb.lemma_.lower() in lexicon.speech_verbs()):
        return True
    return verb.lemma_.lower() in lexicon.speech_verbs() and any(
        c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in verb.children)


def _declaration(verb) -> bool:
    """"I won't pretend otherwise", "we will not speculate": a speaker on how they speak now; also
    "I will be brief", "I'll be honest with you" (data: candour_adjectives), "I will now hand you
    over to ..." (turn_taking_verbs) and "so I'll own it" (admission_verbs, a bare pronoun as the
    object), none with a date: a step of the talk, not a forecast."""
    holder = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    if not any(c.dep_ == "nsubj" and c.lower_ in W("first_person") for c in holder.children):
        return False    # ("I am going to pretend ...": the subject is on "going")
    lemma = verb.lemma_.lower()
    if lemma in W("declarative_verbs") or talk_steps.puts_numbers_on_it(verb):   # round 29: "I'll put figures on that"
        return True
    if lemma in ("be", "keep"):    # "I will be brief", "I will keep my remarks short"
        shown = any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in W("candour_adjectives") for c in verb.children)
    elif lemma in W("talk_move_verbs"):
        shown = _about_the_talk(verb) or _further_in_the_talk(verb)
    elif lemma in W("talk_leaving_verbs"):
        shown = _left_to_others(verb)
    elif lemma in W("disbelief_verbs"):
        # round 18: "we will believe in the new ferry when we see it": disbelief now, not a forecast
        shown = any(c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" or m.dep_ == "mark"
                                              and m.lower_ == "when" for m in c.children) for c in verb.children)
    elif lemma in W("turn_taking_verbs"):
        shown = True
    elif lemma in W("admission_verbs"):
        shown = any(c.dep_ in ("dobj", "ccomp") and c.lower_ in ("it", "that", "this") for c in verb.children)
    else:
        return False
    return shown and horizon_of(list(verb.subtree)) is None


def _further_in_the_talk(verb) -> bool:
    """"I'll go further.", "I would go further than that": a step up in what the speaker says (data:
    talk_advances), with no place or object to go to (round 18)."""
    return any(c.dep_ == "advmod" and c.lower_ in W("talk_advances") for c in verb.children) and not any(
        c.dep_ in ("dobj", "pobj", "xcomp", "ccomp") for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ != "than" for c in verb.children)


def _left_to_others(verb) -> bool:
    """"I'll leave the promises to the politicians", "we will leave that to the lawyers": the speaker
    hands a topic to others instead of speaking on it (data: talk_leaving_verbs; round 18); an object
    and "to" with a person or group, no date."""
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    others = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return any(c.dep_ == "dobj" for c in verb.children) and others is not None and (
        others.tag_ in ("NNS", "NNPS") or others.lower_ in ("others", "experts", "them", "you"))


def _about_the_talk(verb) -> bool:
    """Whether a verb of moving through the talk has the talk as its object: "stay out of [that
    one]", "come to [why]", "come back to [this]", "stick my [neck] out" (data: talk_referents; "one"
    counts with a demonstrative before it). The object of its prepositions, or the idiom's "neck" as
    its own; not "come back to Kabul", not "get that done" (a thing to do, not a part of the talk)."""
    referents = W("talk_referents")
    near = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "neck"]
    # "come back to this": the parse may hang the preposition on "back" or "out"
    preps = [c for c in verb.children if c.dep_ == "prep"] + [
        g for c in verb.children if c.dep_ in ("advmod", "prt") for g in c.children if g.dep_ == "prep"]
    while preps:
        prep = preps.pop()
        for c in prep.children:
            if c.dep_ == "prep":
                preps.append(c)     # "out of that one": "of" under "out"
            elif c.dep_ in ("pobj", "pcomp", "advmod"):
                near.append(c)
    return any(c.lower_ in referents or c.lower_ == "one" and any(
        d.dep_ == "det" and d.lower_ in ("that", "this") for d in c.children) for c in near)


def _in_a_view(verb) -> bool:
    """"The deficit would, in our view, come closer to 5 per cent", "would in the Bank's view be
    larger": a "would" put in someone's view (data: view_nouns) is their forecast."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in W("view_nouns") and any(p.dep_ == "poss" for p in g.children)
        for g in c.children) for c in verb.children)


def _checked_against_now(verb) -> bool:
    """A "would" whose time is the present ("would be running at 1.2 million tonnes by now"; data:
    present_time_phrases): told from the past, it is checked against today, not forecast."""
    words = [t.lower_ for t in verb.subtree]
    return any(tuple(words[i: i + len(p)]) == p for p in lexicon.phrases("present_time_phrases")
               for i in range(len(words)))


def _disclaimer(verb) -> bool:
    """"actual results may differ materially", "All figures are provisional and may be revised":
    the caveat a notice puts on its own figures (data: disclaimer_verbs, disclaimer_subjects), with
    no date, is boilerplate, not a forecast."""
    if verb.lemma_.lower() not in W("disclaimer_verbs"):
        return False
    words = [t.lower_ for t in verb.subtree]
    if any(words[i: i + 2] == ["without", "notice"] for i in range(len(words) - 1)):
        return True     # "quotes and opinions may change without notice": a notice's caveat, whatever it is about
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":     # "are provisional and may be revised"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in W("disclaimer_subjects") \
        and horizon_of(list(verb.subtree)) is None


def _list_frame(span, verb) -> bool:
    """A possibility before a colon that counts what it announces ("three ways the next months
    could unfold:", "several things could happen next:") introduces the scenarios listed after
    it; it predicts nothing itself ("The talks could collapse: ..." does)."""
    clause = verb.head if verb.dep_ == "relcl" else verb
    # the colon closes the verb's own words ("could happen next:"); the parse may hang the list on the verb
    colon = any(t.text == ":" for t in verb.doc[verb.i + 1: min(verb.i + 4, span.end)])
    if not colon:
        return False
    counted = clause if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # the frame counts what it announces: "three ways", "several things"
    return counted is not None and any(c.dep_ == "nummod" or c.lower_ in W("counting_determiners")
                                       for c in counted.children)


def _told(verb) -> bool:
    """Whether a clause is reported under a verb of saying ("said", "told", "announced"; data:
    speech_verbs, not those of belief): indirect speech, whose "would" is the source's "will"."""
    saying = {lemma for lemma, row in lexicon.speech_verbs().items() if row["cognition"] != "1"}
    node = verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in saying:
            return True
    return False


def _on_a_day(verb) -> bool:
    """(round 30) Whether a verb's own clause puts it on a named day ("will be announced on 28 January
    2027", "will next appear on 6 January", "will be held on Thursday, 3 December"): a DATE with a
    number after "on" (data: day_preps) hung on the verb, read to the day. Over the read forecast sets 29 of 30 such
    "will" forecasts were annotated in range at 0.90, 19 at 0.85."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in W("day_preps"):
            continue
        date = [t for t in prep.subtree if t.ent_type_ == "DATE" and t.i > prep.i]
        if not any(t.like_num for t in date):     # "on Thursday" alone may be any Thursday
            continue
        ent = next((e for e in verb.doc.ents if e.start <= date[0].i < e.end), None)
        window = due_window(f"{prep.lower_} {ent.text}", "2000-01-01", keep_past=True) if ent is not None else None
        if window is not None and window.precision == "day":
            return True
    return False


def _no_sign_of(root) -> bool:
    """(round 30) Whether a clause is what "no sign", "no evidence", "no indication" is of ("We see no
    sign that it intends to restore them", "There is no evidence that parliament will pass the
    amendments"): a that-clause on a noun of evidence (data: evidence_nouns) denied by "no"."""
    if root is None or root.dep_ not in ("acl", "ccomp") or root.head.lemma_.lower() not in W("evidence_nouns"):
        return False
    noun = root.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in root.children)


def _said_now_by_another(verb) -> bool:
    """(round 30) Whether a clause is told under a present-tense verb of saying (data:
    hearsay_present_verbs: "Banks say deposit rates will fall", "the port authority now says the
    vessel will arrive in May", "which the government says will be completed by 2029") whose
    subject is not the writer ("we say"): another party's claim passed on. Not "has said" nor
    "said": the source's word told as news, read as before."""
    node = verb
    while node.dep_ in ("ccomp", "conj", "relcl") and node.head.i != node.i:
        node = node.head
        if node.tag_ not in ("VBZ", "VBP") and node.pos_ in ("VERB", "AUX"):
            if node.lemma_.lower() in lexicon.speech_verbs():
                return False
            continue
        if node.lemma_.lower() in W("hearsay_present_verbs"):
            return node.tag_ in ("VBZ", "VBP") and not any(
                c.dep_ == "aux" or c.dep_ == "nsubj" and c.lower_ in W("first_person") for c in node.children)
        if node.lemma_.lower() in lexicon.speech_verbs():
            return False
    return False


def _at_a_level(verb) -> bool:
    """(round 30) "Hull rates should be flat", "Market impact should be limited", "The ones that sell to
    South Africa should be fine": "be" (or a passive) with an adjective of level or outcome (data:
    level_adjectives), which says how a thing will stand, not how a party ought to act ("should be
    transparent", "should be careful" are no such adjectives)."""
    if verb.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lower_ in W("level_adjectives") for c in verb.children)
    # a passive only bare ("should be limited."; "should be limited to two terms" is a rule)
    return verb.tag_ == "VBN" and verb.lower_ in W("level_adjectives") and any(
        c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children) and all(
        c.dep_ in ("nsubjpass", "aux", "auxpass", "punct", "advmod", "neg") for c in verb.children)


def epistemic_should(verb) -> bool:
    """"Operations in Batken should remain viable", "stocks should last until March": "should"
    on a verb of outcome (data: outcome_verbs) whose subject is a thing, not a party told what to
    do ("clients should plan", "the government should remain neutral"), nor a passive rule
    ("should be held accountable"), is an expectation, not an obligation."""
    level = _at_a_level(verb)
    if any(c.dep_ == "auxpass" for c in verb.children) and not level:
        # "the second phase should be finished by 2028": a work's completion put on a date is
        # expected; any other passive with "should" is a rule ("should be held accountable")
        return verb.lemma_.lower() in W("completion_verbs") and horizon_of(list(verb.subtree)) is not None
    if _contest_result(verb):
        # round 27: "Chile should make the final", "the incumbent should win the runoff": a result, not advice
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.lemma_.lower() not in W("agent_nouns")
    # any verb, when the clause says by when ("trucks should be moving again by the weekend",
    # "that should cap prices through the first half"): advice rarely carries a deadline on a thing
    timed = verb.lemma_.lower() not in W("outcome_verbs") and horizon_of(list(verb.subtree)) is not None
    if verb.lemma_.lower() not in W("outcome_verbs") and not timed and not level:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" or level and c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ == "which" and non_restrictive(verb):
        return True     # "..., which should reduce crossings by spring": "which" is what came before, a thing
    if subject is not None and subject.lower_ in W("pronoun_outcome_subjects"):
        # "Both should soften next year": a pronoun of things, on the verb used without an object
        return timed or not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lemma_.lower() in W("agent_nouns"):
        return False
    if timed and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) and _agentive(subject):
        return False    # "Exporters should hedge their exposure this quarter": a party told what to do
        # ("Remittances should keep the balance comfortable through 2027": a thing, an expectation)
    return subject.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and not any(
        c.dep_ == "nsubj" and c.lower_ in ("we", "you") for c in verb.children)


def _contest_result(verb) -> bool:
    """(round 27) A result of a contest, which no one can be told to bring about: a verb of winning
    (data: winning_verbs: "should win the runoff", "should qualify") or reaching a stage of a contest
    (data: contest_stages: "should reach the final", "should make the second round"). Not "should
    win back trust" (a particle: something to be done), not "should reach a deal" (no stage)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    if lemma in W("winning_verbs"):
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return lemma in W("stage_reaching_verbs") and obj is not None and (
        obj.lemma_.lower() in W("contest_stages") or obj.lower_.split("-")[-1].rstrip("s") in W("contest_stages"))


def _agentive(noun) -> bool:
    """A noun for people who can be told what to do: listed agents, named parties, and nouns of
    the doer ("exporters", "investors", "economists", "politicians", "residents")."""
    lemma = noun.lemma_.lower()
    return lemma in W("agent_nouns") or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
        or lemma.endswith(tuple(W("doer_suffixes")))


def _supposed_event_consequence(modal, verb) -> bool:
    """"A dry July would sharpen disputes", "a blockade would invite a response": a "would" whose
    subject is an event or state put as a supposition (an indefinite noun phrase: "a", "an",
    "any", "such", "another") states what follows if it comes, a conditional forecast in the
    writer's own voice with no if-clause. Not a person's refusal ("a spokesman would not
    comment"), not a perfect ("a deal would have been possible": counterfactual), not inside a
    relative clause ("a law that would ban ...": a description of the law)."""
    if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if verb.lemma_.lower() in lexicon.speech_verbs():
        return False
    if requirement(verb, passive=False):
        return False  # "a rescue package would have to come from the Gulf": what the supposition needs
    subject = _supposing_subject(verb)
    # the parser tags some such subjects PROPN ("A dry July") or ADJ ("A weaker rouble")
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return not _supposition_rejected(verb) and not _after_advice(verb)


def _after_advice(verb) -> bool:
    """"Policymakers should not treat each incident as an accident. A common registry ... would
    make boarding decisions faster": after a sentence of advice (a deontic "should"/"must"), a
    "would" on a supposed measure argues for the measure; it does not forecast."""
    start = verb.sent.start
    if start == 0:
        return False
    before = verb.doc[start - 1].sent
    return any(t.tag_ == "MD" and t.lower_ in W("advice_modals") and not epistemic_should(t.head) for t in before)


def _open_condition_consequence(verb) -> bool:
    """"Should the talks fail, the strike would spread to the railways", "if the rains fail, prices
    would double": a "would" under an open condition (its verb in the present, or put by "should")
    is what the writer expects if it comes. A remote or counterfactual one ("if Russia invaded",
    "if I were", "if I thought ..., I would have signed") is not, nor a perfect "would have"."""
    if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if verb.lemma_.lower() in lexicon.speech_verbs() or supposed(verb):
        return False
    condition = condition_of(verb)
    if not condition:
        return False
    if condition[0].tag_ == "MD":
        return True     # inverted "Should X, ..."
    verbs = [t for t in condition if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    return bool(verbs) and verbs[0].tag_ in ("VBZ", "VBP") and not _supposition_rejected(verb)


def _supposed_subject(verb) -> Optional[list]:
    """The subject put as a supposition ("A dry July", "Such a clash", "any attempt to clear the
    road by force"): the condition of the "would" on it, when no if-clause gives one."""
    if condition_of(verb) is not None:
        return None
    subject = _supposing_subject(verb)
    if subject is None:
        return None
    return sorted(subject.subtree, key=lambda t: t.i)


def _supposing_subject(verb):
    """The verb's subject (a conjunct's, its head's) when it is put as a supposition: a thing, not
    a party, with a supposing determiner ("a", "such", "any"); else None."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() in W("agent_nouns") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    if not any(d.dep_ in ("det", "predet") and d.lower_ in W("supposing_determiners") for d in subject.children):
        return None
    return subject


def _beside_would(verb) -> bool:
    """"A fresh round of shooting would unsettle investors and could push premiums higher": a
    possibility joined to a "would" shares its supposition."""
    return verb.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.head.children)


def _supposition_rejected(verb) -> bool:
    """"A collapse in gold prices would weaken the juntas' finances, but we do not expect such a
    collapse this year": the writer rules the supposition out later in the sentence (a negated
    verb of expecting, or a low probability phrase), so its consequence is no forecast."""
    verbs = _estimative_verbs()
    later = [t for t in verb.sent if t.i > verb.i]
    if any(t.lemma_.lower() in verbs and (any(c.dep_ == "neg" for c in t.children) or denied_by_subject(t))
           for t in later):
        return True
    if not later:
        return False
    rest = verb.doc[later[0].i: later[-1].i + 1].text
    return any(p.entry.probability <= 0.3 for p in probability.find(rest))


def _rated_ability(modal, verb) -> bool:
    """"can probably keep", "can almost certainly hold": an ability rated by a probability
    adverb after the modal is an estimate of the outcome; a perception ("you can probably see
    the harbour from here") or a state is not."""
    if verb.lemma_.lower() in W("perception_verbs") or any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.i > modal.i and probability.lookup(c.lower_) is not None
               and c.lower_ not in W("tense_only_phrases") for c in verb.children)


def _modal_estimate(modal, verb, strength: str) -> list:
    """The adverb that makes a modal an estimate where the modal alone would not say how likely:
    "would probably", "would almost certainly", "could well", "may well" (the compound's
    reading is in claimledger.probability). A "will", or a "would" of reported speech, keeps its
    adverb as a phrase of its own ("said it would almost certainly retake": "almost certainly")."""
    if strength == "strong" or strength == "reported" and under_speech_verb(verb):
        return []
    for child in verb.children:
        if child.dep_ != "advmod" or child.i < modal.i:
            continue
        words = sorted([child] + [c for c in child.children if c.lower_ in W("phrase_modifiers")], key=lambda t: t.i)
        text = " ".join(t.lower_ for t in words)
        bare = probability.lookup(text) is not None and text not in W("tense_only_phrases")
        if probability.lookup(f"{modal.lower_} {text}") or bare and (strength == "reported" or modal.lower_ == "can"):
            return words
    return []


def _phrase_candidates(unit: SentenceUnit) -> list[Candidate]:
    """Probability phrases that are not bare modals: adverbs ("almost certainly"), frames
    ("unlikely that", "always the chance that") and infinitive constructions ("stands to")."""
    span, out = unit.span, []
    for found in probability.find(unit.text):
        tokens = tokens_in(span, found.start, found.end)
        # a modal inside a possessive frame is the frame's own ("my money would be on", round 18)
        if not tokens or any(t.tag_ == "MD" for t in tokens) and tokens[0].lower_ not in ("my", "our") \
                or modal_lookalike(tokens):
            continue
        head = _phrase_head(tokens)
        if head.pos_ == "ADV" and head.head.pos_ in ("NOUN", "PROPN", "PRON") and head.head.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "...: a naval base leased from Somaliland, perhaps, or a corridor deal": it rates one option, not the clause
        if in_gapped_contrast(head):
            continue  # "..., though probably not for existing ones": it rates the exception, not the clause
        entry = found.entry
        supposed = _supposed_event(head)
        if supposed is not None:
            # round 20: "In the highly unlikely event that a court halts the deal, we would sell": the word rates
            # the supposition (a forecast of its own); the main clause is read by its own words
            if not_past(supposed):
                out.append(Candidate("phrase", supposed, tokens, entry, statement=statement_tokens(supposed, strip_mark=True)))
            continue
        entry, tokens = _with_degree(head, tokens, entry)
        kind = "construction" if entry.phrase.endswith(" to") or entry.ahead and head.pos_ == "VERB" else "phrase"
        if _narrated_past(head) if kind == "construction" else entry.ahead and _narrated_past(clause_root(head)):
            continue  # "The vote was scheduled to take place last week", "the convoy was on its way": then
        if entry.phrase in W("intent_constructions") and _agent_subject(head):
            continue  # "Iran threatens to close the strait": a threat made, not an outcome foreseen
        root = clause_root(head)
        supposition = entry.phrase.endswith(" if")      # "I'd be astonished if Beijing let ...": the if-clause is rated
        complement = _complement(head, supposition)
        if supposition and complement is None:
            continue
        declared = complement if complement is not None else next((c for c in head.children if c.dep_ == "xcomp"), None)
        if declared is not None and _declaration(declared):
            continue  # "I am not going to pretend the history is a happy one": how the speaker speaks
        if complement is None and entry.phrase.endswith(" are") and root.dep_ == "ccomp" and root.head.i > root.i:
            complement = root.head   # "Chances are the next incident will look ...": the parse hangs the frame below
        copula_neg = [c for c in head.head.children if c.dep_ == "neg"] if head.dep_ == "acomp" else []
        copula_neg += [c for c in head.children if c.dep_ == "neg" and c.i < head.i and c.i not in {t.i for t in tokens}]
        if (supposition or entry.ahead) and copula_neg and probability.lookup("not " + entry.phrase):
            # "I would not be surprised to see ...": the negated frame has a reading of its own
            entry, tokens = probability.lookup("not " + entry.phrase), sorted(tokens + copula_neg, key=lambda t: t.i)
        target = complement if complement is not None else root
        own_clause = [t for t in target.subtree if clause_root(t).i == target.i]
        future = (is_future_clause(target) or bool(horizon_of(own_clause)) or _takes_infinitive(head)
                  or backshifted_will(target)     # "said it would almost certainly", the modal leaves the adverb to us
                  or complement is not None and not_past(complement)
                  or condition_of(root) is not None and not_past(root)    # "If X, a standoff becomes likely"
                  or entry.ahead                                           # "a matter of time", "on the brink of"
                  or _likelihood_of_event(head)                            # "stands little chance of forming"
                  or _chance_held(head)                                    # "the opposition has no chance" (round 18)
                  or complement is None and _estimate_of_event(head))      # "a price spike is near-certain"
        rated = rated_object(head, tokens) if complement is None else None   # "we consider X a remote prospect"
        if rated is None and complement is None:
            rated = _pronoun_given_chance(head)     # (round 26) "Frankly, we give it a fifty-fifty chance."
        if not future and kind == "phrase" and not rated:
            continue  # "it certainly is a sign": a judgement of the present, not a forecast
        statement = statement_tokens(complement, strip_mark=True) if complement is not None else rated or None
        inside = {t.i for t in tokens}
        negated = entry.phrase.split()[-1] in ("not", "won't") or any(
            c.dep_ == "neg" and c.i not in inside for c in head.children) or (   # "not impossible" is its own reading
            negated_by_determiner(root))     # "Neither side is going to break through", "No deal is likely"
        if supposition and complement is not None and any(c.dep_ == "neg" for c in complement.children):
            negated = not negated   # "I'll be surprised if it isn't renewed": the phrase rates "it is renewed" from below
            if negated and probability.lookup(entry.phrase + " not") is not None:
                # (a reading of its own, not the flipped 0.90 of "surprised if": data/probability_phrases.tsv)
                entry = probability.lookup(entry.phrase + " not")
        elif complement is not None and not supposition and complement_denied(complement):
            negated = not negated   # "a handful think the budget will not pass": the phrase rates the negative
        out.append(Candidate(kind, root, tokens, entry, negated=negated, statement=statement,
                             condition=[] if supposition else None))     # the if-clause is the forecast, not its condition
    return out


_PHRASE_FINDER = Finder("phrase", _phrase_candidates, reads_unit=True)


def _pronoun_given_chance(head) -> Optional[list]:
    """(round 26) "Frankly, we give it a fifty-fifty chance.", "I'd give it an even chance": a chance
    phrase that is the object of a verb that gives a chance (data: chance_giving_verbs), given to a
    bare "it"/"that"/"this", not told in the past. The giving clause is what is rated (the caller's
    rules._rate_the_one_before makes it the number of the forecast before it when it only rates that
    one; after another voice's forecast it stands as the writer's own). None otherwise ("the new
    rules give small parties a fair chance" gives a noun, not a pronoun, and is left alone)."""
    verb = head.head
    if head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in W("chance_giving_verbs") \
            or not not_past(verb):
        return None
    pronoun = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < head.i
                    and c.lower_ in ("it", "that", "this")), None)
    if pronoun is None:
        return None
    # the parse may hang a clause before a semicolon on the giving verb: its words are not the rating's
    start = max([t.i + 1 for t in verb.subtree if t.i < verb.i and t.text in (";", ":")], default=verb.left_edge.i)
    return _trim([t for t in sorted(verb.subtree, key=lambda t: t.i) if t.i >= start])


def _supposed_event(head):
    """(round 20) The that-clause of "in the highly unlikely event that ...":
    a probability adjective on a noun of supposition (data: supposition_nouns) that is the object of
    "in" and carries the clause; None otherwise."""
    noun = head.head
    if head.pos_ != "ADJ" or head.dep_ != "amod" or noun.lemma_.lower() not in W("supposition_nouns") \
            or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _with_degree(head, tokens: list, entry: probability.Entry) -> tuple[probability.Entry, list]:
    """"would very probably renew": a degree word just before a rated adverb the table lists
    alone, read as the compound (claimledger.probability.reading: an intensifier halves the
    distance to the nearer extreme). Only for a firm reading (at least 0.6, at most 0.3): "very
    possibly" says "quite likely", not "even less likely"."""
    if head.pos_ != "ADV" or 0.3 < entry.probability < 0.6:
        return entry, tokens
    degree = next((c for c in head.children if c.dep_ == "advmod" and c.i == tokens[0].i - 1
                   and c.lower_ in W("phrase_modifiers")), None)
    composed = probability.reading(f"{degree.lower_} {entry.phrase}") if degree is not None else None
    return (composed, [degree] + tokens) if composed is not None else (entry, tokens)


def _narrated_past(head) -> bool:
    """A construction told in the narrated past ("the vote was scheduled to take place", "talks
    were set to resume"), not under a verb of saying ("said talks were expected to resume")."""
    copula = head.head if head.dep_ in ("acomp", "attr") else head
    past = copula.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in copula.children)
    # a future horizon keeps the journalist's future-in-past ("was set to meet next week")
    return past and not under_speech_verb(copula) and not horizon_of(list(copula.subtree))


def _agent_subject(head) -> bool:
    """A subject that acts (a named party, a pronoun, an organisation): "threatens to" is then
    its threat; a force or a condition ("tension with Armenia threatens to delay") foretells."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.pos_ in ("PROPN", "PRON")
                                    or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                    or subject.lemma_.lower() in W("agent_nouns"))


def _estimate_of_event(head) -> bool:
    """An estimate predicated of an event ("a runoff looked increasingly probable", "the plan is
    not impossible", "a price spike is near-certain"): the event's coming is what is rated. Not
    a pronoun's ("it is likely"), nor a past judgement outside reported speech. A rated outcome
    noun stands for its adjective ("a deal is the most probable outcome")."""
    if head.dep_ == "amod" and head.head.dep_ == "attr" and head.head.lemma_.lower() in W("outcome_nouns"):
        head = head.head
    if head.dep_ == "amod" and head.head.dep_ == "nsubj" and head.head.lemma_.lower() in W("outcome_nouns"):
        # "The likeliest outcome of the talks is a short extension": the rated outcome is the subject,
        # the event its predicate noun (the order reversed from "a deal is the most probable outcome")
        copula = head.head.head
        named = next((c for c in copula.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
        return copula.lemma_ == "be" and named is not None and (copula.tag_ != "VBD" or under_speech_verb(copula))
    if head.pos_ not in ("ADJ", "NOUN") or head.dep_ not in ("acomp", "attr"):
        return False
    copula = head.head
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subject is not None and subject.dep_ == "csubj" and subject.tag_ == "VBG":
        return copula.tag_ != "VBD"     # "S&P moving first is a long shot": a gerund clause names the event
    # (round 27) "A play-off is possible": the tagger may read a hyphened noun as an adjective; an
    # adjective with an article of its own as the subject is a noun
    misread = subject is not None and subject.pos_ == "ADJ" and any(
        c.dep_ == "det" and c.lower_ in W("articles") for c in subject.children)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") and not misread or subject.lower_ in W("denying_subjects"):
        return False    # "None of this is certain": a remark on the argument, not an estimate of an event
    return copula.tag_ != "VBD" or under_speech_verb(copula)


def _chance_held(head) -> bool:
    """(round 18) "The opposition has no chance under this leader", "they stand little chance against
    him": a likelihood noun that a subject has or stands, in the present, rates that subject's
    success ahead (what it has a chance of goes unsaid)."""
    verb = head.head
    return (head.pos_ == "NOUN" and head.lemma_.lower() in W("likelihood_nouns_ahead") and head.dep_ == "dobj"
            and verb.lemma_.lower() in ("have", "stand") and verb.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "nsubj" for c in verb.children))


def _likelihood_of_event(head) -> bool:
    """A likelihood noun with what it is the likelihood of ("little chance of forming a
    government"): that event is ahead, unless it is told in the past."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in W("likelihood_nouns_ahead"):
        return False
    about = proposition(head)
    return about is not None and (about.pos_ not in ("VERB", "AUX") or not_past(about))


def _rated_likelihood_candidates(span) -> list[Candidate]:
    """"the risk of a famine ... in the coming months is high", "a slim chance of a deal": a
    likelihood noun with a rating adjective forecasts what its "of"-phrase or clause names."""
    degrees = lexicon.mapping("likelihood_degrees")
    out = []
    for noun in span:
        if not {noun.lemma_.lower(), noun.lower_} & W("likelihood_nouns_ahead") or noun.pos_ != "NOUN":
            continue        # "odds" is lemmatised "odd"
        rating = [c for c in noun.children if c.dep_ == "amod" and c.lower_ in degrees]
        if not rating and noun.dep_ in ("nsubj", "nsubjpass"):
            rating = [c for c in noun.head.children if c.dep_ in ("acomp", "attr") and c.lower_ in degrees]
        if not rating and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # round 23: "the chances of X are, on my reckoning, roughly even": the tagger reads the predicate as an
            # adverb; only as the clause's last word ("even higher" compares)
            rating = [c for c in noun.head.children if c.dep_ == "advmod" and c.i > noun.head.i and c.lower_ in degrees
                      and c.lower_ in W("even_chance_words") and c.i + 1 < len(c.doc) and c.doc[c.i + 1].is_punct]
        if not rating:
            continue
        degree = " ".join(t.lower_ for t in [*[m for m in rating[0].children if m.dep_ == "advmod"], rating[0]])
        entry = probability.lookup(degrees.get(degree, degrees[rating[0].lower_]))
        about = proposition(noun)
        if entry is None or about is None:
            continue
        if about.pos_ in ("VERB", "AUX") and not not_past(about):
            continue
        statement = statement_tokens(about, strip_mark=True) if about.pos_ in ("VERB", "AUX") else list(about.subtree)
        # "the risk of a famine [in the coming months]": the noun's other phrases say when
        statement += [t for c in noun.children if c.dep_ == "prep" and c.i > about.i for t in c.subtree]
        statement.sort(key=lambda t: t.i)
        tokens = sorted([noun, *rating], key=lambda t: t.i)
        out.append(Candidate("phrase", clause_root(noun), tokens, entry, statement=statement))
    return out


_RATED_LIKELIHOOD_FINDER = Finder("rated_likelihood", _rated_likelihood_candidates, lambda: W("likelihood_nouns_ahead"))


# the label's words may be split by one comma, a case and its name ("Downside, a split cabinet (25%):", round 19)
_LABELLED = re.compile(r"^\W*(?:[^\W\d][\w'’-]*(?:,(?=\s+[^\W\d]))?\s+){0,7}[^\W\d][\w'’-]*\s*"
                       r"(?:\(([^()]{1,40})\)|,\s*((?:about\s+|roughly\s+|around\s+)?\d{1,3}\s*(?:%|percent|per\s+cent)))"
                       r"\s*(?::|\bis\b)\s*(?=\w)", re.IGNORECASE)


def _labelled_scenario(unit: SentenceUnit) -> Optional[Candidate]:
    """"Base case (about 60%): the juntas hold the capitals ...": a label of a few words, a
    weight in brackets (a percentage or a probability phrase) or after a comma ("Bear case, 25
    percent: Red Sea shipping stays disrupted"), a colon (or "is": "Our central
    case (probability around 60 percent) is an uneasy calm"), and the scenario it weighs, which
    is the forecast."""
    m = _LABELLED.match(unit.text)
    if m is None:
        return None
    group = 1 if m.group(1) is not None else 2     # "Base case (about 60%):" or "Base case, 60 percent:"
    weight = _bracket_weight(unit, m.start(group), m.end(group))
    body = [t for t in unit.span if t.idx - unit.span.start_char >= m.end() and not (t.is_punct and t.i == unit.span.end - 1)]
    if weight is None or not body:
        return None
    entry, phrase = weight
    root = min(body, key=_depth)
    return Candidate("stated", clause_root(root), phrase, entry, statement=body)


_SCORECARD = re.compile(r"^\W*(?P<event>[^:]{3,120}?)\s*[:,]\s*(?P<weight>[^:,]{1,30}?)\W*$")


def _scorecard_line(unit: SentenceUnit) -> Optional[Candidate]:
    """"Runoff needed: 90 percent.", "Nuclear restart passes: 60 percent.", "Turnout above 65
    percent: likelier than not.", "Taipei: Lin, 55 percent.": a forecaster's scorecard, an event
    and, after a colon (or a last comma), its weight and nothing else (a percentage, odds or a
    probability phrase, data/probability_phrases.tsv). The event before it is the forecast; a
    figure after a bare measure ("Unemployment: 7 percent") is a reading, not a call."""
    text = unit.text
    if ":" not in text:
        return None
    m = _SCORECARD.match(text)
    if m is None:
        return None
    weight = _bracket_weight(unit, m.start("weight"), m.end("weight"))
    if weight is None:
        return None
    entry, phrase = weight
    covered = " ".join(t.text for t in phrase)
    rest = re.sub(r"[\W_]+", " ", text[m.start("weight"):m.end("weight")]).strip().lower()
    if rest not in (re.sub(r"[\W_]+", " ", covered).strip().lower(), re.sub(r"[\W_]+", " ", entry.phrase).strip().lower()) \
            and not rest.endswith(re.sub(r"[\W_]+", " ", covered).strip().lower()):
        return None     # the weight is all there is after the colon
    event = [t for t in unit.span if t.idx - unit.span.start_char < m.end("event") and not t.is_punct
             or t.idx - unit.span.start_char < m.end("event") and t.text in "-/'’%"]
    while event and event[0].text in "-–•*":
        event = event[1:]
    if not event:
        return None
    # a bare figure after a measure ("Unemployment: 7 percent") is a reading; an event or a contender is a call
    if entry.scale == "stated" and not any(t.pos_ in ("VERB", "AUX", "PROPN") for t in event):
        return None
    return Candidate("stated", clause_root(min(event, key=_depth)), phrase, entry, statement=event)


def _bracket_weight(unit: SentenceUnit, start: int, end: int) -> Optional[tuple[probability.Entry, list]]:
    """The weight inside the brackets (characters start..end of the sentence): "about 60%",
    "roughly 30 percent", "likely"."""
    inside = tokens_in(unit.span, start, end)
    for tok in inside:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.like_num and nxt is not None and nxt.text in W("scenario_percent"):
            try:
                value = float(tok.text.replace(",", "")) / 100
            except ValueError:
                return None
            if 0 <= value <= 1:
                return probability.Entry(f"{tok.text}{nxt.text}", value, value, value, "stated"), [tok, nxt]
    found = probability.find(unit.text[start:end])
    if found:
        hit = found[0]
        return hit.entry, tokens_in(unit.span, start + hit.start, start + hit.end)
    if inside:          # "about one in four"
        return odds_in(inside[0].doc, inside[0].i, inside[-1].i + 1)
    return None


def _estimate_candidates(span) -> list[Candidate]:
    """"Officials expect the talks to resume", "we do not expect such a collapse this year"."""
    verbs = _estimative_verbs()
    warning = W("warning_verbs")
    out = []
    for tok in span:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs | warning or tok.dep_ in ("amod", "acl"):
            continue
        seconds: list = []      # a second infinitive's verbs: expectations of their own
        listed: list = []       # round 18: further items of a list of expectations (listed_expectations.py)
        per_date: list = []     # the other dates' figures of a point forecast: forecasts of their own
        # a clause the parse hangs on the verb from across a semicolon is not what is expected
        # (round 28: nor one before a colon, "X is expected to fall: the operator forecasts N in 2027")
        complement = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and not across_a_semicolon(c)
                      and not before_a_colon(c)]
        # "We hold our guidance, although I now expect us to land lower": the parse may hang the clause
        # before on the verb too; what is expected follows it
        complement.sort(key=lambda c: c.i < tok.i)
        passive_subject = _passive_with_agent(tok) if not complement else None
        if passive_subject is not None:
            # "Gold prices are projected by most traders to stay close to current levels": with its agent
            # between, the parse hangs the infinitive as an adverbial clause
            complement = passive_subject[1]
        if tok.lemma_.lower() in warning:
            # "warned of more heavy rain in the coming days": a named danger with its horizon
            # ("warned that ..." is a speech verb's complement, read by the modal rules)
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       and any(g.dep_ == "pobj" for g in c.children)), None)
            statement = _trim(sorted((t for t in tok.subtree if of is not None and t.i > of.i), key=lambda t: t.i))
            if not statement or tok.tag_ == "VBN" or not horizon_of(statement):
                continue
        elif complement and passive_subject is not None:
            statement = passive_subject[0] + statement_tokens(complement[0], strip_mark=True)
        elif complement:
            statement = statement_tokens(complement[0], strip_mark=True)
            # "expect Accra to seek a delay, and to win it": the second infinitive is an expectation of its own
            seconds = [c for k in (tok, complement[0]) for c in k.children if second_infinitive(c)]
            # round 18: "expect exports to hold ..., wheat to dominate ..., and rates to firm ...": a list
            listed = [(v, w) for v, w in listed_expectations.items(complement[0], tok)
                      if tok.lemma_.lower() in W("expecting_verbs") and all(v.i != s.i for s in seconds)]
            if listed:
                cut = listed[0][1][0].i
                statement = [t for t in statement if t.i < cut]
                while statement and (statement[-1].is_punct or statement[-1].lower_ == "and"):
                    statement.pop()
        elif any(c.dep_ == "dobj" for c in tok.children) and (horizon_of(list(tok.subtree)) or _expected_event(tok)):
            # in text order (a non-projective parse yields the subtree out of it); "below-average" keeps its hyphen
            # a clause of its own joined to the verb ("..., and partners must plan for ...") is not expected
            joined = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
            joined |= {c.i for c in tok.children if c.dep_ == "cc" and joined}
            statement = _trim(sorted((t for t in tok.subtree if t.i > tok.i and t.i not in joined), key=lambda t: t.i))
        else:
            continue
        lemma = tok.lemma_.lower()
        # the table lists some verbs in the analysts' first person ("we doubt", "we believe")
        entry = probability.lookup(lemma) or probability.lookup("we " + lemma) or probability.lookup("expected to")
        degree = next((probability.lookup(f"{c.lower_} {lemma}") for c in tok.children if c.dep_ == "advmod"
                       and probability.lookup(f"{c.lower_} {lemma}") is not None), None)
        if degree is not None:      # "I fully expect it to uphold the award"
            entry = degree
        elif lemma in W("point_estimate_verbs") and quantity_in(statement):
            # "we forecast real growth of 3.8% in 2027", "the bank projects a deficit of $2bn": a
            # point forecast of a figure is surer of the direction than of the number
            entry = probability.lookup("a point estimate")
            dated = _figures_by_date(statement)
            if dated:
                # "projected inflation of about 15 per cent in December and of 12 to 13 per cent by June":
                # a figure for each date, each its own forecast
                statement = dated[0]
                per_date = [Candidate("estimate", tok, [tok], entry, statement=part, shared_phrase=True)
                            for part in dated[1:]]
        negated = any(c.dep_ == "neg" for c in tok.children) or denied_by_subject(tok) or nor_inversion(tok) \
            or no_longer(tok)    # round 29: "The buyers no longer expect to close before autumn"
        if negated and lemma in W("expecting_verbs") and not denied_by_subject(tok, some=True):
            # "we do not expect it to soften", "nobody in the chamber expects it to pass": an
            # expectation denied outright is far below the complement of "expected" (0.25); "few
            # expect" (some do) keeps that complement
            entry = probability.lookup("expectation denied")
        elif complement and complement_denied(complement[0]):
            negated = True      # "expect the talks not to resume": the expectation is of the negative
        out.append(Candidate("estimate", clause_root(tok), [tok], entry, negated=negated, statement=statement))
        out[-1].also = per_date
        if complement and tok.lemma_.lower() not in warning:
            out.extend(Candidate("estimate", second, [tok], entry, negated=negated, statement=statement_tokens(second),
                                 shared_phrase=True) for second in seconds)
            out.extend(Candidate("estimate", v, [tok], entry, negated=negated, statement=w, shared_phrase=True)
                       for v, w in listed)
    return out


def _passive_with_agent(tok) -> Optional[tuple[list, list]]:
    """"Gold prices, which support export earnings, are projected by most traders to stay ...": a
    passive verb of estimating with its "by" agent and an infinitive after it; (the subject's words
    without a relative clause, [the infinitive's verb]) or None."""
    if not any(c.dep_ == "auxpass" for c in tok.children) or not any(c.dep_ == "agent" for c in tok.children):
        return None
    infinitive = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                       and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if infinitive is None or subject is None:
        return None
    clause = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t for t in subject.subtree if t.i not in clause and not (t.is_punct and t.i > subject.i)]
    return words, [infinitive]


_ESTIMATE_FINDER = Finder("estimate", _estimate_candidates, lambda: _estimative_verbs() | W("warning_verbs"))


def _figures_by_date(statement: list) -> list[list]:
    """A point forecast that gives a figure for each of several dates ("inflation of about 15 per
    cent in December and of 12 to 13 per cent by the end of June", "growth of 3% in 2027 and 3.5%
    in 2028"), cut after each date: one part a date, each with a figure of its own; [] for one date."""
    doc = statement[0].doc if statement else None
    dates = [e for e in (doc.ents if doc is not None else ()) if e.label_ == "DATE" and e.start > 0
             and doc[e.start - 1].lower_ in W("horizon_preps") | W("timetable_preps")
             and statement[0].i <= e.start and e.end - 1 <= statement[-1].i]
    if len(dates) < 2:
        return []
    parts, start = [], statement[0].i
    for k, ent in enumerate(dates):
        end = ent.end if k < len(dates) - 1 else statement[-1].i + 1
        part = [t for t in statement if start <= t.i < end]
        if not any(t.like_num and not (ent.start <= t.i < ent.end) and not t.ent_type_ == "DATE" for t in part):
            return []       # a date without a figure of its own: one forecast
        parts.append(part)
        start = ent.end
    parts[1:] = [_trim([t for t in p if not (t.dep_ == "cc" or t.is_punct) or t.i > p[0].i + 1]) for p in parts[1:]]
    return [p for p in parts if p]


def _expected_event(verb) -> bool:
    """"Police expect crowds of at least 100,000", "Expect more of the same", "Don't expect a
    windfall": a verb of expecting (data: expecting_verbs) in the present, under a modal or as a
    command, whose object is a noun phrase (not "what we expect", not a bare "it")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "I don't expect anything like March 2019": an indefinite pronoun with what it is like
    named = obj is not None and (obj.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or obj.lower_ in ("anything", "something")
                                 and any(c.dep_ == "prep" for c in obj.children))
    return (verb.lemma_.lower() in W("expecting_verbs") and named
            and not _told_in_the_past(verb) and verb.tag_ != "VBN")


def _scheduled_candidates(span) -> list[Candidate]:
    """"Congress is due to debate a bill next week", "the vote is due in February": an event
    put on a timetable, read as "scheduled to". The causal "due to the rain" (a noun after "to")
    and a past timetable ("payment was due last month") are not forecasts."""
    out = []
    for tok in span:
        apposed = _due_apposition(tok)
        if apposed is not None:
            out.append(apposed)
            continue
        if tok.lower_ not in W("schedule_adjectives") or tok.pos_ != "ADJ" or tok.dep_ != "acomp":
            continue
        copula = tok.head
        timed = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(g.lower_ == "to" for g in c.children)
                    for c in tok.children)
        horizon = horizon_of([t for t in copula.subtree if t.i > tok.i])   # "is due [in February]" hangs on the copula
        # "our results are due on 24 February": a calendar date after "on"
        horizon = horizon or any(p.dep_ == "prep" and p.lower_ in W("timetable_preps") and p.i > tok.i
                                 and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in p.children)
                                 for p in [*tok.children, *copula.children])
        if not (timed or horizon) or _narrated_past(tok):
            continue
        out.append(Candidate("construction", clause_root(copula), [tok], probability.lookup("scheduled to"),
                             statement=statement_tokens(copula)))
    return out


def _due_apposition(tok) -> Optional[Candidate]:
    """"before the election, due by mid-2028, ...": an event noun with its timetable set off by
    commas is a schedule of its own, read as "scheduled to" whatever the sentence around it says
    (the parse may hang "due" on another noun: the noun right before the comma is the event's).
    Only with a date after the timetable's preposition ("due by mid-2028", "due in June"), only
    after a comma; "the payment, due last month," is past (horizon_of finds no time ahead)."""
    if tok.lower_ not in W("schedule_adjectives") or tok.pos_ != "ADJ" or tok.dep_ == "acomp" or tok.i < 2:
        return None
    doc = tok.doc
    comma, noun = doc[tok.i - 1], doc[tok.i - 2]
    if comma.text != "," or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    timetable = []
    for t in doc[tok.i + 1: tok.sent.end]:
        if t.is_punct:
            break
        timetable.append(t)
    # round 23: "The donor conference, due to meet on 14 January, is expected to ...": an infinitive with its date
    # (not "due to the storm": a noun after "to" is a cause)
    infinitive = len(timetable) > 1 and timetable[0].lower_ == "to" and timetable[1].tag_ == "VB"
    if not timetable or timetable[0].lower_ not in W("timetable_preps") | {"by", "before"} and not infinitive \
            or not any(t.ent_type_ == "DATE" for t in timetable) or horizon_of(timetable[2:] if infinitive else timetable) is None \
            and not (infinitive and any(t.lower_ in W("timetable_preps") and t.dep_ == "prep" for t in timetable[2:])):
        return None
    clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if infinitive and clause is not None and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.speech_verbs():
        return None     # "X says its winter plan, due to be published on 2 February, will ask ...": part of what X says
    event = [t for t in noun.subtree if t.i <= noun.i]
    return Candidate("construction", tok, [tok], probability.lookup("scheduled to"), statement=event + [comma, tok] + timetable)


_SCHEDULED_FINDER = Finder("scheduled", _scheduled_candidates, lambda: W("schedule_adjectives"))


def _risking_candidates(span) -> list[Candidate]:
    """"A prolonged outage on the Turkish section risks pushing buyers back to liquefied gas":
    "risks" (the tagger often reads it as a plural noun) right before a gerund, in the present,
    puts the gerund's event at risk of happening; read as "at risk of". "The risks facing ..."
    (no gerund next, or a determiner before) is the noun."""
    out = []
    toks = list(span)
    for k, tok in enumerate(toks[1:-1], start=1):
        if tok.lower_ not in W("risking_verbs") or toks[k - 1].pos_ in ("DET", "ADP") or toks[k + 1].tag_ != "VBG":
            continue
        gerund = toks[k + 1]
        start = max((j + 1 for j in range(k) if toks[j].text in (",", ";", ":") or toks[j].dep_ == "cc"), default=0)
        subject = toks[start:k]
        statement = _trim(subject + [tok] + sorted(gerund.subtree, key=lambda t: t.i))
        # "A prolonged outage risks ...": an indefinite subject is a supposed event (the parse may hang its article anywhere)
        supposition = bool(subject) and subject[0].lower_ in W("supposing_determiners")
        out.append(Candidate("construction", clause_root(tok), [tok], probability.lookup("at risk of"),
                             statement=statement, condition=subject if supposition else None,
                             supposed=bool(supposition)))
    return out


_RISKING_FINDER = Finder("risking", _risking_candidates, lambda: W("risking_verbs"))


def _mistagged_estimate_candidates(span) -> list[Candidate]:
    """"The Kyrgyz central bank forecasts growth of 7 percent this year": the tagger reads a
    third-person estimative verb after a noun as a plural noun ("forecasts", "projects",
    "expects"), and a plural subject's bare verb as a singular noun when the sentence is left
    with no finite verb ("Planners at the ministry project a deficit of 4 percent for 2027"). Taken as the verb when a noun stands before it, a noun phrase follows it, and
    what follows up to the clause's end has a horizon; "the bank's forecasts of growth" (a
    preposition or a verb next) stays a noun."""
    verbs = _estimative_verbs()
    out = []
    toks = list(span)
    for k, tok in enumerate(toks[1:-1], start=1):
        bare = False
        if tok.tag_ == "NNS" or tok.tag_ == "VBZ" and tok.dep_ == "compound":
            # (round 30: "The World Bank projects growth of 2.1 per cent in 2027": the verb's tag right, the
            # parse's role a noun's, with no finite verb left in the clause)
            lemma = tok.lower_[:-1] if tok.lower_.endswith("s") else ""
        elif tok.tag_ == "NN" and tok.lower_ in verbs:
            lemma, bare = tok.lower_, True
        else:
            continue
        if lemma not in verbs:
            continue
        before, after = toks[k - 1], toks[k + 1]
        if before.text == ")":
            # "The National Statistics Office (NSO) projects ...": the body's name is before its initials
            opened = next((j for j in range(k - 2, 0, -1) if toks[j].text == "("), None)
            before = toks[opened - 1] if opened is not None and k - opened <= 4 else before
        if before.pos_ not in ("NOUN", "PROPN"):
            continue
        if after.pos_ not in ("DET", "NOUN", "ADJ", "NUM", "PROPN") and not _mistagged_object(before, after, toks, k):
            continue
        rest = []
        for t in toks[k + 1:]:
            if t.text in (";", ",", ":") or t.is_sent_end and t.is_punct:
                break
            rest.append(t)
        # "Economists at the national bank project inflation of 8 percent in December": the plural
        # subject's verb read as a noun, in a clause left with no finite verb (a clause after a comma,
        # ", as tariffs feed through", has its own)
        if bare and any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in toks[:k] + rest):
            continue
        if not horizon_of(rest):
            continue
        point = lemma.rstrip("s") in W("point_estimate_verbs") and quantity_in(rest)
        reading = "a point estimate" if point else "expected to"
        root = clause_root(tok)
        if root.i > tok.i and any(t.text == ";" for t in toks[k:root.i - toks[0].i]):
            # "The bank forecasts growth of 7 percent this year; we think 5 percent is more realistic": the
            # parse hangs the verbless words on the verb after the semicolon, but they are a clause of their own
            root = tok
        out.append(Candidate("estimate", root, [tok], probability.lookup(reading), statement=rest))
        if point:
            # "Staff project growth of 4.3 percent in 2027 and inflation of 5 to 6 percent by end-2027":
            # a figure for each date, each its own forecast (as _estimate_candidates)
            dated = _figures_by_date(rest)
            if dated:
                out[-1].statement = dated[0]
                out[-1].also = [Candidate("estimate", root, [tok], out[-1].entry, statement=part,
                                          shared_phrase=True) for part in dated[1:]]
    return out


def _mistagged_object(before, after, toks: list, k: int) -> bool:
    """After a forecasting body ("the Committee projects", "the exporters' association projects", data:
    forecaster_nouns, forecasting_bodies, or a name), what the tagger then takes for the verb is the
    object: a noun read as a verb ("projects [headline] inflation to stay ...", "projects [shipments]
    down 4 percent") or a pronoun with its participle ("projects [it] falling to single digits"). After
    any other noun the plural stays a noun ("infrastructure projects need funding by 2027")."""
    bodies = W("forecaster_nouns") | W("forecasting_bodies")
    if not (before.lemma_.lower() in bodies or before.ent_type_ in ("ORG", "PERSON", "NORP")):
        return False
    if after.pos_ == "PRON":
        return k + 2 < len(toks) and toks[k + 2].tag_ == "VBG"
    # a verb of its own ("the bank's forecasts show", "the committee projects are") is an auxiliary or
    # a known verb of showing; a mistagged noun is a content word the parse could not place
    return after.pos_ == "VERB" and after.tag_ in ("VBZ", "VBP") and after.lemma_.lower() not in W("showing_verbs")


# a plural noun is read as its verb without the "s" ("forecasts"), a singular as itself
_MISTAGGED_ESTIMATE_FINDER = Finder("mistagged_estimate", _mistagged_estimate_candidates,
                                    lambda: _estimative_verbs() | {verb + "s" for verb in _estimative_verbs()})


def _correlative_candidates(span) -> list[Candidate]:
    """"The longer it goes, the larger the storms ...": the first half is the condition."""
    toks = list(span)
    if len(toks) < 6 or toks[0].lower_ != "the" or toks[1].tag_ not in ("JJR", "RBR"):
        return []
    for i in range(2, len(toks) - 2):
        if toks[i].text == "," and toks[i + 1].lower_ == "the" and toks[i + 2].tag_ in ("JJR", "RBR"):
            rest = [t for t in toks[i + 1:] if not t.is_punct or t.i < toks[-1].i]
            condition = toks[:i]
            entry = None
            for t in rest:
                if t.tag_ == "MD" and probability.lookup(t.lower_):
                    entry = probability.lookup(t.lower_)
                    break
            return [Candidate("correlative", toks[0].sent.root, toks[:2], entry, statement=rest, condition=condition)]
    return []


_CORRELATIVE_FINDER = Finder("correlative", _correlative_candidates, lambda: frozenset({"the"}))


_WEIGHTED_HEADING = re.compile(r"^\W*(?:[^\W\d][\w'’-]*\s+){0,5}[^\W\d][\w'’-]*\s*\((?:[a-z]+\s+){0,2}"
                               r"\d{1,3}\s*(?:%|percent|per\s+cent)\)\W*$", re.IGNORECASE)


def _weighted_heading(unit: SentenceUnit) -> bool:
    """"Contained insurgency (probability 55 percent).": a sentence that is only a scenario's
    name of a few words and its weight in brackets; the sentence after it describes it."""
    return bool(_WEIGHTED_HEADING.match(unit.text))


def _scenario_weight(unit: SentenceUnit) -> Optional[tuple[probability.Entry, list]]:
    """A scenario heading with its stated weight ("Scenario 1: Managed friction (our base case,
    about 55%)."): the entry for that percentage and its tokens, or None. The sentence after
    it on the same line describes the scenario, so that is the forecast."""
    words = list(islice((t for t in unit.span if not t.is_punct), 4))     # (not a walk of the whole sentence)
    if not any(t.lemma_.lower() == "scenario" for t in words) and not _weighted_heading(unit):
        return None
    for tok in unit.span:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.like_num and nxt is not None and nxt.text in W("scenario_percent") and tok.i < unit.span.end - 1:
            if not _weight_marked(unit.span, tok):
                continue    # "Downside scenario: Should Brent average $50, ... the kwanza, which has lost about 8%"
            try:
                value = float(tok.text.replace(",", "")) / 100
            except ValueError:
                return None
            if 0 <= value <= 1:
                entry = probability.Entry(f"{tok.text}{nxt.text}", value, value, value, "stated")
                return entry, [tok, nxt]
    return None


def _weight_marked(span, number) -> bool:
    """A percentage that weighs the scenario, not a figure of its story: in brackets ("(roughly
    30%)", "(our base case, about 55%)") or beside a probability noun ("probability 55 percent")."""
    nouns = lexicon.listed("probability_nouns.txt")
    doc = span.doc
    before = doc[span.start:number.i]
    bracketed = any(t.text == "(" for t in before) and not any(t.text == ")" for t in doc[
        max((t.i for t in before if t.text == "("), default=span.start):number.i])
    near = doc[max(span.start, number.i - 3): min(span.end, number.i + 4)]
    return bracketed or any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in near)


# --- the finders, in the order they run (the order of the output) ---------------------------

FINDERS: tuple[Finder, ...] = (
    relative_ratings.FINDER,      # round 29: "Should X, which we consider highly unlikely, ..." (first: the rating's own reading)
    _MODAL_FINDER, _ELLIPTICAL_WILL_FINDER, _OPINION_FINDER, _PHRASE_FINDER, _ESTIMATE_FINDER,
    market_views.FINDER, present_calls.FINDER, commitments.FINDER, timing.FINDER,
    _SCHEDULED_FINDER, _RISKING_FINDER, _MISTAGGED_ESTIMATE_FINDER, _CORRELATIVE_FINDER, _STATED_FINDER,
    _RATED_LIKELIHOOD_FINDER, _SCENARIO_OPENING_FINDER, _FRAME_FINDER, _SET_AT_FINDER, _SET_FORECAST_FINDER,
    _SCENARIO_ASSUMPTION_FINDER, _CLEFT_FINDER, _WEIGHTED_SUBJECT_FINDER,
    copular_calls.FINDER, seeing_frames.FINDER, stated_frames.FINDER, judged_frames.FINDER, plan_frames.FINDER,
    _TIMETABLE_FINDER, _FUTURATE_FINDER, undertakings.FINDER, projected_figures.FINDER, shown_figures.FINDER, shown_figures.REVISED_FINDER,
    whatever_happens.FINDER, _GIVEN_PERCENT_FINDER, _STANDING_PERCENT_FINDER, arrival_calls.FINDER, labelled_guesses.FINDER, _COMPARED_FIGURE_FINDER,
    held_expectations.FINDER,     # round 29: "expectations of another rate cut before the autumn"
)


# --- filters and helpers ------------------------------------------------------------------

@lru_cache(maxsize=1)
def _estimative_verbs() -> frozenset[str]:
    """The verbs of estimating and expecting (data/forecast_estimative_verbs.txt)."""
    return frozenset(lexicon.listed("forecast_estimative_verbs.txt"))


HEAD_POS_ORDER = ("NOUN", "ADJ", "VERB", "ADV")


def _phrase_head(tokens):
    """The content word of a phrase: "chance" in "always the chance", "likely" in "most
    likely not", "stands" in "stands to"."""
    for pos in HEAD_POS_ORDER:
        for t in tokens:
            if t.pos_ == pos and t.lower_ not in W("phrase_modifiers"):
                return t
    return tokens[0]


def not_past(verb) -> bool:
    """"a chance that the mediators walk away" looks ahead; "likely that Iran supplied" does not."""
    return verb.tag_ not in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lemma_ == "have" or c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in verb.children)


def _takes_infinitive(head) -> bool:
    if any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in head.children):
        return True
    # (round 28) 'calls the bill "most unlikely" to pass': a quoted rating closed before its infinitive, which
    # the parse then hangs on the copula; only quotation marks stand between the rating and the "to"
    if head.dep_ != "acomp":
        return False
    return any(c.dep_ == "xcomp" and c.i > head.i and any(g.lower_ == "to" and g.dep_ == "aux" and all(
        t.is_quote for t in head.doc[head.i + 1: g.i]) for g in c.children) for c in head.head.children)


def _complement(head, supposition: bool = False):
    """The clause a frame talks about: "unlikely [that the truce holds]", "the chance [that US
    may end up ...]", for a frame of surprise its if-clause ("astonished [if Beijing let ...]");
    None when the phrase sits inside the proposition itself."""
    hosts = [head]
    if head.dep_ in ("acomp", "attr") or head.pos_ == "NOUN":
        hosts.append(head.head)
    if head.dep_ == "compound" and head.head.dep_ == "nsubj":
        hosts.append(head.head.head)     # "our base case is ...": the copula after the noun the phrase names
    deps = ("ccomp", "acl", "advcl") if supposition else ("ccomp", "acl")
    for host in hosts:
        for child in host.children:
            if child.pos_ not in ("VERB", "AUX") or child.i <= head.i:
                continue
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            if child.dep_ in deps and (not supposition or "if" in marks):
                return child
            if not supposition and child.dep_ == "advcl" and "that" in marks:
                return child    # "we think it unlikely that the government will ...": a that-clause parsed as advcl
            if not supposition and child.dep_ == "advcl" and "for" in marks and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and host.lemma_ == "be":
                return child    # "Our base case is for rates to hold": a for-to clause is the frame's proposition
    return None


def _best_per_clause(candidates: list[Candidate]) -> list[Candidate]:
    """One forecast per independent clause: the most explicit one; clauses nested inside a
    chosen clause (a relative clause, a complement) give way to it."""
    ranked = sorted(candidates, key=lambda c: (-PRIORITY[c.kind], _depth(c.root)))
    chosen: list[Candidate] = []
    for c in ranked:
        if any(_same_or_nested(c.root, k.root) for k in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.root.i)


def _saying_conjunct(conj) -> bool:
    """(round 27) "The regulator judges X unlikely this season, but added that it could not rule out Y
    later", "predicted that X would ..., and said Y would ...": a conjoined verb of saying with a
    clause of its own says a second thing under the shared subject, a forecast beside the first."""
    return conj.pos_ == "VERB" and conj.tag_ in ("VBD", "VBZ", "VBP") and conj.lemma_.lower() in lexicon.speech_verbs() \
        and any(c.dep_ == "ccomp" for c in conj.children)


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _same_or_nested(a, b) -> bool:
    """Whether clause a lies inside clause b or b inside a (independent conjuncts do not)."""
    if a.i == b.i:
        return True
    for x, y in ((a, b), (b, a)):
        node = x
        while node.head.i != node.i:
            if node.dep_ == "conj" and node.head.i == y.i and own_clause(node):
                break  # "X will rise, and Y won't fall", "will fail and could escalate": two forecasts
            if node.dep_ == "advcl" and node.head.i == y.i and any(
                    c.dep_ == "mark" and c.lower_ == "because" for c in node.children) and any(
                    t.tag_ == "MD" or t.dep_ == "acomp" and t.lower_ in W("pointer_ratings") for t in node.subtree):
                break  # round 27: "Our forecast is higher, at 4.3%, because X is unlikely to ...": a reason forecast in its own words
            if node.dep_ == "conj" and node.head.i == y.i and _saying_conjunct(node) and any(
                    c.dep_ == "ccomp" and c.left_edge.i <= x.i <= c.right_edge.i for c in node.children):
                break  # round 27: "X judges A unlikely, but added that it could not rule out B": a second thing said
            if node.dep_ in ("advcl", "relcl") and dated_when(node):
                break  # "meets on 9 February, when it will also review the dividend": two forecasts
            if node.lower_ in W("schedule_adjectives") and node.dep_ != "acomp" and node.i > 0 and node.doc[node.i - 1].text == ",":
                break  # "My odds that it is gone before the election, due by mid-2028, are ...": a schedule of its own
            if second_infinitive(node):
                break  # "expect Accra to seek a delay, and to win it": two expectations
            if node.dep_ in ("acl", "ccomp", "relcl") and node.head.lemma_.lower() in W("supposition_nouns") \
                    and node.head.dep_ == "pobj" and node.head.head.lower_ == "in":
                break  # round 20: "In the improbable event that X, we would Y": the supposition and the consequence
            if listed_expectations.is_item(node, W("expecting_verbs")):
                break  # "expect exports to hold, wheat to dominate, and rates to firm": three expectations
            if node.dep_ == "ccomp" and node.i < node.head.i and any(
                    t.lower_ in W("concessive_marks") and t.dep_ == "mark" for t in node.doc[node.i + 1: node.head.i]):
                break  # "We hold our guidance, although I now expect ...": the parse hangs the clause before on "expect"
            if node.dep_ == "conj" and own_clause(node) and (node.left_edge.lower_ == "that" or any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in node.children)):
                break  # "We judge that X will keep ..., and that Y will fail": a second judgement
            if node.dep_ == "ccomp" and spliced(node):
                break  # "The price will go up on October 1, the students will march": a list of forecasts
            if node.pos_ in ("VERB", "AUX") and across_a_semicolon(node):
                break  # "X is almost certain to fall; we expect Y to ...": two clauses, two forecasts
            if node.head.i == y.i and finite_beside_modal(node):
                break  # "will halt sailings ... and expects to restart them in April": a finite conjunct is
                       # no longer under the modal, a forecast of its own beside it
            if node.pos_ in ("VERB", "AUX") and _after_a_colon(node):
                break  # round 28: "X is expected to ease: the agency forecasts N": the parse hangs the second on the first
            if node.pos_ in ("VERB", "AUX") and before_a_colon(node):
                break  # "We do not expect X before Easter: raids are likely to go on": two forecasts
            if node.dep_ in ("relcl", "acl") and own_relative(node):
                break  # "in Washington, where negotiators will try to settle": a forecast of its own
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in W("concessive_marks") for c in node.children):
                break  # "..., although Milei could still surprise his critics": a possibility of its own
            if absolute_with(node):
                break  # "... will return in 2027, with the capital expected to take most": an absolute, a forecast of its own
            if node.dep_ == "relcl" and judged_frames.appositive_verdict(node):
                break  # round 21: "..., a goal our analysts consider ambitious": a verdict beside the forecast it judges
            if node.dep_ in ("relcl", "conj") and relative_ratings.rates_its_head(node):
                break  # round 29: "Should X, which we consider highly unlikely, Y would ...": a rating beside the forecast
            node = node.head
            if node.i == y.i:
                return True
    return False


# --- building the contract item -----------------------------------------------------------

def predicted(ctx: Context, window: Window, unit: SentenceUnit, c: Candidate,
               question: Optional[SentenceUnit] = None) -> Optional[Predicted]:
    published = ctx.document.published
    if question is None and (ultimatum(c.root) or reported_in_the_past(c.root, published) or counterfactive(c.root)
                             or inside_unreal(c.phrase_tokens[0] if c.phrase_tokens else c.root)
                             or proved_wrong(c.root, unit) or declined.declined(c.root)
                             or withheld.withheld(c.root)):     # round 29: "she would not say how big the issue would be"
        return None      # "Stop ... or we'll leave you hanging"; "had predicted that X would"; "pretend it will never come"; "... would fall. It did not."
    if question is None and c.shared_phrase and c.phrase_tokens and c.phrase_tokens[0].pos_ == "VERB" and (
            reported_in_the_past(c.phrase_tokens[0], published) or proved_wrong(c.phrase_tokens[0], unit)):
        return None      # round 18: "A year ago the Bank expected X to ... and Y to ...": the second item is as past as the verb
    borrowed = borrowed_subject(c.root) if c.statement is None else []
    statement = c.statement if c.statement is not None else borrowed + statement_tokens(c.root)
    label_end = max((a.cue_end for a in window.attributed.get(unit.id, ()) if a.form == "inline"
                     and a.cue.rstrip().endswith((":", "：")) and a.cue_start <= unit.model.start + 1), default=None)
    if label_end is not None:
        # "Rear-Admiral X (Commander, ...): The first ship will deploy ...": the parse may take the
        # speaker's label into the clause; it is who speaks, not what is forecast
        # (only the sentence's own words: an answer's statement may come from the question before it)
        own = unit.span
        spoken = [t for t in statement if not (t.doc is own.doc and own.start <= t.i < own.end)
                  or unit.offsets(t)[0] >= label_end]
        statement = spoken or statement     # (a parse that put all of it in the label: left as it was)
    condition = c.condition if c.condition is not None else condition_of(c.root)
    if condition and question is None and not c.supposed:
        cond_ids = {t.i for t in condition}
        statement = _trim([t for t in statement if t.i not in cond_ids])
    drop_neg = c.negated and c.kind in ("strong", "phrase", "construction", "estimate")
    entry = c.entry
    phrase_tokens = c.phrase_tokens
    bracket = bracketed_probability(statement + phrase_tokens) if c.kind != "stated" and not c.negated else None
    if bracket is not None:     # "We expect the talks to fail (80-90%)": the writer's own figure
        entry, phrase_tokens = bracket
        inside = {t.i for t in phrase_tokens}
        statement = _trim([t for t in statement if t.i not in inside])
    text = tokens_text(statement, negate=drop_neg)
    if not text:
        return None
    entry = ceilings.capped(entry, phrase_tokens)     # round 28: "at no better than two in five"
    phrase_text = _phrase_text(unit, phrase_tokens)
    if entry is None and c.phrase_tokens and c.kind in ("strong", "weak", "reported"):
        modal = lexicon.canonical_modal(c.phrase_tokens[0].lower_)   # "'ll", "shall" are listed as "will"
        entry = probability.lookup(modal) if c.temporal else (probability.lookup(phrase_text) or probability.lookup(modal))
    if entry is not None and entry.phrase in W("schedule_readings") and _schedule_reset(phrase_tokens):
        # "The census, postponed twice, is now scheduled for September 2027": a date set again
        entry = probability.lookup("schedule reset") or entry
    if entry is not None and not c.negated and _no_sign_of(c.root):
        # round 30: "We see no sign that it intends to restore them": the clause is doubted, read low
        entry = probability.lookup("no sign that") or entry
    p = entry.probability if entry else None
    flipped = p is not None and c.negated and entry.phrase.split()[-1] not in ("not", "won't") and \
        entry.phrase not in W("negative_estimates") and not c.figure_of_positive
    if flipped:
        p = round(1.0 - p, 4)
    horizon = horizon_of(statement + (condition or []))
    if _due_before(horizon, published):
        return None      # "would end with elections by early 2022", written later: a past prediction
    tokens = statement + ([] if c.shared_phrase else c.phrase_tokens) + (phrase_tokens if bracket else []) + (condition or [])
    # "said India would facilitate the trade and would not use the approval as leverage": the second
    # conjunct's statement borrows "India", but its words on the page start at its own verb (the
    # first conjunct's words are the first forecast's)
    lent = {t.i for t in borrowed}
    if c.statement is not None and c.phrase_tokens:
        # "The state firm expects costs to fall in 2026 and intends to sell a stake in 2027": a
        # frame's statement names the subject its verb shares with the conjunct before it, but its
        # words on the page start at its own verb (as a bare conjunct's above)
        verb = next((t.head if t.dep_ in ("aux", "auxpass") else t for t in c.phrase_tokens), None)
        lent.update(t.i for t in borrowed_subject(verb))
    for aside in reported_asides(c.root):
        if aside.right_edge.i < c.root.i and any(t.i < aside.left_edge.i for t in statement):
            # "The navy, whose chief has said it will stay neutral, is not going to act": the
            # words on the page start after the aside, which is another voice's forecast
            lent.update(t.i for t in tokens if t.i <= aside.right_edge.i)
    start, end = _extent(unit, question or c.heading, [t for t in tokens if t.i not in lent] or tokens)
    cue = None
    if phrase_tokens:
        cue = unit.offsets(phrase_tokens[0])[0], unit.offsets(phrase_tokens[-1])[1]
    hedge = [t for t in c.phrase_tokens if not (c.temporal and t.dep_ == "neg")]   # "not ... until" stays
    low, high, scale = _range(entry, flipped)
    # an answer is the answerer's forecast: the voice of the answer's words, not of the question asked
    # (and a second forecast under one verb, "expect X to A, and to B", is that verb's subject's)
    voice = c.phrase_tokens[0] if (c.kind == "answer" or c.shared_phrase) and c.phrase_tokens else c.root
    return Predicted(unit=unit, by=forecaster_of(ctx, unit, voice, window.attributed.get(unit.id)), statement=text,
                     phrase=phrase_text or None, probability=p, horizon=horizon,
                     condition=condition_text(condition) if condition else None, start=start, end=end, cue=cue,
                     proposition=hedge_free(statement, hedge, negate=drop_neg) or text, scale=scale,
                     probability_low=low, probability_high=high)


def _schedule_reset(phrase_tokens: list) -> bool:
    """Whether a schedule is told as set again: a marker of a changed date (data: reset_markers,
    "now") just before its phrase ("is now scheduled for", "are now slated to")."""
    if not phrase_tokens:
        return False
    first = phrase_tokens[0]
    return any(t.lower_ in W("reset_markers") for t in first.doc[max(first.sent.start, first.i - 2): first.i])


def _range(entry: Optional[probability.Entry], flipped: bool) -> tuple[Optional[float], Optional[float], Optional[str]]:
    """The range and scale of the number; a flipped (negated) reading flips the range too."""
    if entry is None:
        return None, None, None
    if flipped:
        return round(1 - entry.high, 4), round(1 - entry.low, 4), f"{entry.scale}:negated"
    return entry.low, entry.high, entry.scale


def _due_before(horizon: Optional[str], published: Optional[str]) -> bool:
    """A horizon wholly before the publication date."""
    if not horizon or not published:
        return False
    window = due_window(horizon, published, keep_past=True)
    return window is not None and window.end.isoformat() < published


def _trim(tokens: list) -> list:
    """Drop the punctuation and conjunctions left at the edges once a condition is cut out."""
    return trim_tokens(tokens, leading=lambda t: t.is_punct or t.dep_ == "cc", trailing=lambda t: t.is_punct)


def _phrase_text(unit: SentenceUnit, tokens: list) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    ordered = sorted(tokens, key=lambda t: t.i)
    return doc[ordered[0].i: ordered[-1].i + 1].text if len(ordered) == ordered[-1].i - ordered[0].i + 1 \
        else " ".join(t.text for t in ordered)


def _extent(unit: SentenceUnit, question: Optional[SentenceUnit], tokens: list) -> tuple[int, int]:
    """Absolute offsets covering the statement, the phrase and the condition; a question that
    the answer resolves is included ("Will X? Most likely not")."""
    own = [t for t in tokens if t.doc == unit.span.doc]
    starts = [unit.offsets(t)[0] for t in own] or [unit.model.start]
    ends = [unit.offsets(t)[1] for t in own] or [unit.model.end]
    start, end = min(starts), max(ends)
    if question is not None:
        start = min(start, question.model.start)
    return start, end


