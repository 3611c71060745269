"""Forecasts made by answering a question: "Will the US leave soon? Most likely not." (the
statement is the question's, the number the answer's opening words), a reader's question
reported with "asks whether" ("Short answer: probably"), and the elliptical answers of
interviews and podcasts that take their forecast from the question ("Will the alliance hold?
On paper, yes.", "Any chance ECOWAS lifts the sanctions this year? Slim to none.", "When will
the dams be finished? Not before 2032.", "Actual traffic? Not before 2028, I'd say.").

An elliptical answer is a short verbless fragment at the start of the answer (after a speaker
label): a probability phrase, a denial with a time or an opinion tag ("Not this decade", "No,
in our judgement"), or a polarity word after a qualifier ("On paper, yes", "Officially,
nobody"). The question must look ahead: a modal, "going to", a likelihood noun ("any chance"),
or a date ahead; or be verbless (a bare noun phrase asked about) when the answer names a time
or a probability itself. Word sets: data/words_forecasts.tsv (denying_answers, opinion_tags,
answer_polarity, likelihood_nouns_ahead).
"""
from __future__ import annotations

from typing import Optional

from ... import lexicon, probability
from ..context import SentenceUnit
from ..syntax import words_of
from . import answer_topics
from .candidate import Candidate
from .numbers import PERCENT, odds_in
from .parts import horizon_of, is_future_clause, statement_tokens, tokens_in

W = lexicon.words
modal_strength = lexicon.forecast_modal_strength


def reply_index(units: list[SentenceUnit], i: int) -> Optional[int]:
    """The index of the sentence that answers units[i]: the next one, or the one after a bare
    speaker label the segmenter cut off on its own ("GUEST:" | "On paper, yes.")."""
    j = i + 1
    if j + 1 < len(units) and _signature(units[j]) and units[i].asks:
        j += 1      # a reader's question signed "(Olga, Vilnius)": the answer is the sentence after the signature
    if j + 1 < len(units) and _bare_label(units[j]) and units[j + 1].line.number == units[j].line.number:
        j += 1
    return j if j < len(units) else None


def _bare_label(unit: SentenceUnit) -> bool:
    """A sentence that is only a speaker label ("GUEST:", "JB:", "Q:")."""
    text = unit.text.strip()
    return text.endswith(":") and 0 < len(text.split()) <= 3 and not _after_label(unit.span)


def _signature(unit: SentenceUnit) -> bool:
    """A sentence that is only a letter's signature in brackets, a name and perhaps a place
    ("(Olga, Vilnius)", "(Ben, Brisbane)", "(A reader in Leeds)"): it stands between a mailbag's
    question and the columnist's answer and says nothing itself."""
    text = unit.text.strip()
    words = [t for t in unit.span if not t.is_punct]
    return text.startswith("(") and text.endswith(")") and 0 < len(words) <= 6 \
        and any(t.pos_ == "PROPN" for t in words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


def question_answered(question: SentenceUnit, answer: Optional[SentenceUnit]) -> list[Candidate]:
    """"Will the US leave soon? Most likely not." -> statement from the question, phrase and
    probability from the answer's opening words."""
    if answer is None or answer.section != question.section or answer.asks:
        return []   # "Will X? Will Y?": a second question answers nothing
    if not question.asks:
        return _reader_question_answered(question, answer)
    first = next((t for t in _after_label(question.span) if not t.is_punct), None)
    # (round 30) after a list's number the tagger may take "Will" for a name; its role as auxiliary says it is the modal
    modal = first is not None and (first.tag_ == "MD" or first.dep_ == "aux" and first.lower_ in modal_strength())
    if first is None or not (modal and modal_strength().get(first.lower_) in ("strong", "reported", "weak")
                             or first.lower_ in ("is", "are") and _has_going_to(question.span)):
        return elliptical_answer(question, answer)
    opening = _after_label(answer.span)
    asked_words = [t for t in _after_label(question.span) if not (t.is_punct and t.text == "?")]
    echo = _modal_echo(asked_words, _after_label(answer.span, punct=True))
    if echo is not None:
        return elliptical_answer(question, answer)   # "Could it stall? It could, if ...": no sentence of its own
    start = opening[0].idx - answer.span.start_char if opening else 0
    rated = _rates_the_question(answer, opening) or _percent_answer(answer)
    hits = [] if rated is not None else [p for p in probability.find(answer.text) if start <= p.start <= start + 3]
    denial = _denying_answer(answer) if not hits and rated is None else None
    if not hits and denial is None and rated is None:
        return elliptical_answer(question, answer)
    if rated is not None:
        pass    # "Will we need another rescue? I'd call that unlikely.": the writer's rating of the question
    elif not hits and modal_strength().get(first.lower_) == "weak":
        pass    # "Could the treaty collapse outright? Not this year, in our view."
    elif modal_strength().get(first.lower_) == "weak":
        # "Could it fail? Possibly.", "Could a new operator lower prices? Perhaps a little, but ...": a
        # verbless hedge answers the question at its own reading (round 19: no finder read the bare hedge)
        fragment = _fragment(opening)
        if fragment and not any(t.tag_ == "MD" or t.pos_ in ("VERB", "AUX") for t in fragment):
            return elliptical_answer(question, answer)
        return []   # "Could it stall? It could.": the modal echoed grants a possibility; the writer's number follows
    verb = first.head if modal else question.span.root
    asked = _after_label(question.span)
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= asked[0].i]   # not the "Q" of "Q:"
    body = [t for t in asked if not (t.is_punct and t.text in "?")]
    if subject and modal:
        subj = list(subject[0].subtree)
        rest = [t for t in body if t.i != first.i and t.i not in {x.i for x in subj}]
        statement = subj + [first] + rest  # tokens_text lower-cases a moved sentence-initial word
    else:
        statement = body
    if rated is not None:
        return [Candidate("answer", verb, rated[1], rated[0], statement=statement)]
    if denial is not None:
        return [Candidate("answer", verb, denial[1], denial[0], statement=statement)]
    found = hits[0]
    tokens = tokens_in(answer.span, found.start, found.end)
    return [Candidate("answer", verb, tokens, found.entry, statement=statement)]


def verdict_on_the_claim(question: SentenceUnit, answer: Optional[SentenceUnit], claim: Candidate) -> list[Candidate]:
    """"My neighbour says the toll goes up again in March. Is he right? (Pat, Sligo)" | "Probably.":
    a question that asks only whether the claim just before it holds (data: verdict_questions, "is
    he right", "is that realistic"), answered by a short verbless rating, rates that claim: the
    claim's words are the statement, the answer's opening words the phrase, and the one who answers
    the forecaster (round 19). The claim stays its speaker's forecast as well."""
    if answer is None or answer.asks or not question.asks or answer.section != question.section:
        return []
    asked = tuple(t.lower_ for t in _after_label(question.span) if not t.is_punct)
    agreeing = asked in lexicon.phrases("agreement_questions")
    if asked not in lexicon.phrases("verdict_questions") and not agreeing:
        return []
    opening = _after_label(answer.span)
    if agreeing and _opening_polarity(_after_label(answer.span, punct=True)) is None:
        return []   # round 29: "Do you agree?" | "For the retail side, yes." (a bare yes or no only)
    fragment = _fragment(opening)
    if not fragment:
        return []
    rated = _rating_of(answer, fragment, opening)
    if rated is None:
        return []
    entry, tokens, _polar = rated
    statement = claim.statement if claim.statement else statement_tokens(claim.root)
    return [Candidate("answer", claim.root, tokens, entry, statement=list(statement))]


def _rates_the_question(answer: SentenceUnit, opening: list):
    """"Will we have to raise the rate next year? I'd call that unlikely.", "... I would put that at
    one in five.": an answer that opens with the writer rating a pronoun for what was just asked
    ("I'd call that", "I would put it", "we rate that"; data: rating_verbs and "put") gives the
    question its number (a probability phrase or odds after the pronoun). (entry, phrase tokens)
    or None."""
    words = [t for t in opening if not t.is_punct]
    if len(words) < 4 or words[0].lower_ not in W("first_person"):
        return None
    k = 1
    if words[k].tag_ == "MD":
        k += 1
    verb = words[k]
    if verb.lemma_.lower() not in W("rating_verbs") | {"put"} or k + 1 >= len(words) \
            or words[k + 1].lower_ not in ("that", "it", "this"):
        return None
    base = answer.span.start_char
    after = words[k + 1].idx + len(words[k + 1]) - base
    hits = [p for p in probability.find(answer.text) if p.start >= after]
    if hits:
        return hits[0].entry, tokens_in(answer.span, hits[0].start, hits[0].end)
    odds = odds_in(answer.span.doc, words[k + 1].i + 1, answer.span.end)
    return (odds[0], odds[1]) if odds is not None else None


def bare_denial(unit: SentenceUnit) -> Optional[Candidate]:
    """"No reform this decade.", "Not in 2027 in Mali or Niger.": a commentator's verbless call, a
    denial that opens a short sentence with no verb and names a time ahead, is a firm forecast that
    the thing named does not happen then (read at the row data: denying_answers gives the denial).
    Not "No comment." nor "Not yet." (no time), nor a sentence with a verb of its own."""
    words = [t for t in _after_label(unit.span) if not t.is_punct]
    if not 2 <= len(words) <= 9 or words[0].lower_ not in lexicon.mapping("denying_answers") or unit.asks:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if horizon_of(words[1:]) is None:
        return None
    entry = probability.lookup(lexicon.mapping("denying_answers")[words[0].lower_])
    if entry is None:
        return None
    return Candidate("answer", unit.span.root, [words[0]], entry, statement=words[1:])


def elliptical_answer(question: SentenceUnit, answer: SentenceUnit) -> list[Candidate]:
    """"Is the alliance going to hold? On paper, yes.", "Any chance ECOWAS lifts the sanctions
    this year? Slim to none.", "When will the dams be finished? Not before 2032.", "Actual
    traffic? Not before 2028, I'd say.": a short verbless answer that rates what a look-ahead
    question asks. The statement is the question's words; the answer's opening words are the
    phrase (and the cue, so the forecaster is the one who answers)."""
    opening = [t for t in _after_label(answer.span)]
    asked = [t for t in _after_label(question.span) if not (t.is_punct and t.text == "?")]
    pieces = _after_label(answer.span, punct=True)
    firm = _opening_polarity(pieces) or _modal_echo(asked, pieces) or _held_view(pieces) or _later_than_said(pieces)
    if firm is not None and asked and _asks_ahead(asked):
        # "Will the strike spread? Yes, in stages."; "Could the plan collapse? It could, if ...": the
        # answer's first word or its echoed modal answers the question, what follows says how
        root = next((t for t in asked if t.dep_ == "ROOT"), asked[0])
        entry, tokens, condition = firm
        return [Candidate("answer", root, tokens, entry, statement=asked, condition=condition)]
    fragment = _fragment(opening)
    if not fragment:
        return []
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in asked)
    if not asked or not (_asks_ahead(asked) or verbless):
        return []
    rated = _rating_of(answer, fragment, opening) or _echo_or_time(asked, fragment)
    if rated is None:
        return []
    entry, tokens, polar = rated
    if polar and verbless and not _asks_ahead(asked) and horizon_of(fragment) is None:
        return []   # "Sanctions? Officially, nobody.": a bare noun asked about needs a time or a number in the answer
    root = next((t for t in asked if t.dep_ == "ROOT"), asked[0])
    return [Candidate("answer", root, tokens, entry, statement=asked)]


def _opening_polarity(opening: list):
    """"Yes, in batches, each one traded for something", "No, and nobody there expects it to": a
    bare yes or no that opens the answer and is closed by a comma or a full stop is the firm
    answer (data: opening_answers, the row it is read at), whatever the rest adds about how or
    why. Not "Yes, but ..." (a reservation that may take the yes back) nor "Yes and no".
    (entry, phrase tokens, None) or None."""
    if len(opening) < 1 or opening[0].lower_ not in lexicon.mapping("opening_answers"):
        return None
    after = opening[1] if len(opening) > 1 else None
    if after is not None and after.text not in (",", ".", ";", "!"):
        return None
    if after is not None and after.text == "," and len(opening) > 2 and opening[2].lower_ in W("concessive_marks") | {"but"}:
        return None
    entry = probability.lookup(lexicon.mapping("opening_answers")[opening[0].lower_])
    return (entry, [opening[0]], None) if entry is not None else None


def _held_view(opening: list):
    """(round 24) "Will the vote go ahead? I think so." / "Few in the capital think so." / "I don't think
    so." / "Most analysts expect not.": an answer that is only a subject, a verb of opinion (data:
    opinion_verbs, not those read as "likely") and "so" or "not" standing for the question's clause.
    Read as the opinion; denied (by "not", a negated verb, or a subject such as "few" or "nobody":
    data denying_subjects) at "opinion denied". (entry, phrase tokens, None) or None."""
    words = [t for t in opening if not t.is_punct]
    if not 2 <= len(words) <= 7 or words[-1].lower_ not in ("so", "not"):
        return None
    if len(words) < len(opening) and opening[-1].text not in (".", "!") or any(t.text in (",", ";", ":") for t in opening):
        return None
    verb = words[-2]
    row = lexicon.mapping("opinion_verbs").get(verb.lemma_.lower())
    if row is None or row == "likely" or verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ", "VB"):
        return None
    before = words[:-2]
    negs = [t for t in before if t.lower_ in ("not", "n't")]
    if any(t.pos_ in ("VERB",) for t in before) or not before:
        return None
    aux = [t for t in before if t.pos_ == "AUX"]
    if any(t.lemma_.lower() != "do" for t in aux):
        return None     # "I would think so": a view under a supposition, left
    subject = [t for t in before if t not in aux and t not in negs]
    if not subject or not (subject[0].lower_ in W("first_person") and len(subject) == 1
                           or any(t.pos_ in ("NOUN", "PROPN") or t.lower_ in W("denying_subjects") for t in subject)):
        return None
    denied = bool(negs) != (words[-1].lower_ == "not") or subject[0].lower_ in W("denying_subjects")
    entry = probability.lookup("opinion denied" if denied else row)
    return (entry, list(words), None) if entry is not None else None


def _later_than_said(opening: list):
    """(round 24) "When will the crossings open? Later than they say.": an answer that is only a
    comparative of time against another's forecast (forecasts/verdicts.than_said) affirms the event at
    that time, read as a plain "will". (entry, phrase tokens, None) or None."""
    from .verdicts import than_said
    words = [t for t in opening if not t.is_punct]
    if not words or len(words) > 7:
        return None
    last = than_said(words[0])
    entry = probability.lookup("will")
    if last is None or last.i != words[-1].i or entry is None:
        return None
    return entry, list(words), None


def _modal_echo(asked: list, opening: list):
    """"Could the whole plan collapse? It could, if the loan is not renewed."; "Will they sign?
    They will, eventually.": an answer that repeats the question's modal after a pronoun and stops
    (no verb of its own) affirms the question at that modal's reading, its if-clause the condition.
    (entry, phrase tokens, condition tokens or None) or None."""
    if len(opening) < 2 or opening[0].tag_ != "PRP" or opening[1].tag_ != "MD":
        return None
    modal = opening[1]
    if modal_strength().get(modal.lower_) not in ("strong", "weak") \
            or not any(t.tag_ == "MD" and lexicon.canonical_modal(t.lower_) == lexicon.canonical_modal(modal.lower_) for t in asked):
        return None
    k = 2
    phrase = [modal]
    if k < len(opening) and opening[k].dep_ == "neg":
        phrase.append(opening[k])
        k += 1
    if k < len(opening) and opening[k].text not in (",", ".", ";", "!"):
        return None     # "It could take years": a sentence of its own, read by its own words
    entry = probability.lookup(" ".join(t.lower_ for t in phrase)) or probability.lookup(modal.lower_)
    if entry is None or len(phrase) > 1:
        return None     # "It won't, ...": a denial is read by the sentence's own words
    condition = None
    if k + 1 < len(opening) and opening[k].text == "," and opening[k + 1].lower_ in ("if", "unless"):
        clause = opening[k + 1].head
        condition = [t for t in clause.subtree if t.i >= opening[k + 1].i]
    if condition is None and modal_strength().get(modal.lower_) == "weak":
        return None     # a bare "It could." grants a possibility only; the writer's number, if any, follows it
    return entry, phrase, condition


def _percent_answer(answer: SentenceUnit) -> Optional[tuple[probability.Entry, list]]:
    """(round 26) "Will the ferry run again before June? Crowd forecast: 35%, down from 41%.", "Q: Will
    the deal close this year? A: About 60%.": an answer that opens (after a label) with a bare
    percentage, closed by the sentence's end, a comma or a bracket, gives the question's chance.
    Not a percentage with words of its own after it ("2.8% is what the regulator projects")."""
    opening = _after_label(answer.span, punct=True)
    words = [t for t in opening if not t.is_punct or t.text == "%"]
    if not words:
        return None
    doc = answer.span.doc
    ent = next((e for e in doc.ents if e.label_ == "PERCENT" and e.start <= words[0].i < e.end), None)
    if ent is None and len(words) > 1:
        ent = next((e for e in doc.ents if e.label_ == "PERCENT" and e.start == words[1].i), None)
    if ent is None or ent.end > answer.span.end:
        return None
    if ent.end < answer.span.end and doc[ent.end].text not in (",", ".", ";", "(", "!"):
        return None
    m = PERCENT.search(ent.text)
    if m is None:
        return None
    a = float(m.group(1))
    b = float(m.group(2)) if m.group(2) else a
    if not (0 <= a <= 100 and 0 <= b <= 100):
        return None
    return probability.Entry(ent.text, round((a + b) / 200, 4), min(a, b) / 100, max(a, b) / 100, "stated"), list(ent)


def _fragment(opening: list) -> list:
    """The answer's opening words up to the end of its second comma-separated piece ("On paper,
    yes", "Not before 2028"), when that stretch has no finite verb and is short; else []."""
    pieces, out = 0, []
    for t in opening:
        if t.text in (".", ";", "!", "?", ":"):
            break
        if t.text == ",":
            pieces += 1
            if pieces == 2 or t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "but" and out \
                    and out[0].lower_ not in lexicon.mapping("opening_answers") | lexicon.mapping("answer_polarity"):
                # "Perhaps a little, but fuel is most of the cost": after a hedge the reservation is a clause of
                # its own (round 19); "Yes, but not before ..." may take the yes back
                break
        out.append(t)
    words = [t for t in out if not t.is_punct]
    if not words or len(words) > 7 or any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in words[:1]):
        return []
    return out


def _asks_ahead(asked: list) -> bool:
    """A question about what is to come: a modal of the future or of possibility, "going to",
    a likelihood noun or adjective ("any chance", "Is it likely that ..."), or a date ahead."""
    lowered = [t.lower_ for t in asked]
    return (any(t.tag_ == "MD" and modal_strength().get(t.lower_) in ("strong", "reported", "weak") for t in asked)
            or any(a == "going" and b == "to" for a, b in zip(lowered, lowered[1:]))
            or any(t.lemma_.lower() in W("likelihood_nouns_ahead") for t in asked)
            # "Is it likely that the frigates slip again?", "How likely is a deal?" (not "Does that make
            # boarding less likely?", which asks about the present)
            or any(t.lower_ in W("likelihood_adjectives") and t.dep_ == "acomp" and t.head.lemma_ == "be" for t in asked)
            or horizon_of(asked) is not None
            or _asks_what_becomes(asked))


def _asks_what_becomes(asked: list) -> bool:
    """"Does any of it turn into an actual mine?", "Does that survive the next change of
    government?", "When do they actually show up?": a question in the simple present ("do" and a
    verb) about a change (data: outcome_verbs, becoming_verbs), or asking when something happens,
    asks what is to come; "Does he speak French?" does not."""
    do = next((t for t in asked if t.lemma_ == "do" and t.tag_ in ("VBZ", "VBP") and t.dep_ == "aux"), None)
    if do is None or any(c.dep_ == "neg" for c in do.head.children):
        return False
    verb = do.head
    lemma = verb.lemma_.lower()
    changing = lemma in W("outcome_verbs") and lemma not in W("lasting_verbs") or lemma in W("becoming_verbs")
    return changing or lemma == "survive" or any(t.lower_ == "when" and t.i < do.i for t in asked)


def _rating_of(answer: SentenceUnit, fragment: list, opening: list):
    """(entry, phrase tokens, whether it is a bare polarity word) for an elliptical answer's
    fragment: a probability phrase at its start ("Slim to none", "One in five"), a denial with a
    time or an opinion tag ("Not before 2028", "Not this decade, I'd say"), or a polarity word
    after a qualifier ("On paper, yes", "In the long run, yes", "Officially, nobody"); None else."""
    if any(t.lemma_.lower() in W("wishing_verbs") for t in fragment):
        return None     # "I hope the answer is yes": a wish, no rating
    base = answer.span.start_char
    start = fragment[0].idx - base
    end = fragment[-1].idx + len(fragment[-1]) - base
    # "Slim to none"; "One, probably, in the far south": the rating may follow what it rates
    hits = [p for p in probability.find(answer.text) if start <= p.start and p.end <= end
            and (p.start <= start + 3 or len([t for t in fragment if not t.is_punct]) <= 4)]
    if hits:
        return hits[0].entry, tokens_in(answer.span, hits[0].start, hits[0].end), False
    odds = odds_in(answer.span.doc, fragment[0].i, fragment[-1].i + 1)    # "One in five."
    if odds is not None and odds[1][0].i == fragment[0].i:
        return odds[0], odds[1], False
    denial = _denying_answer(answer)
    if denial is not None:
        return denial[0], denial[1], False
    words = [t for t in fragment if not t.is_punct]
    lowered = [t.lower_ for t in words]
    degree = next((d for d in W("degree_answers") if lowered[:len(d.split())] == d.split()), None)
    if degree is not None:
        # "Will that push people back to cash? A little, at first.": a yes by degree
        entry = probability.lookup("qualified yes")
        return (entry, words[:len(degree.split())], False) if entry is not None else None
    surprise = _surprise_answer(words)
    if surprise is not None:
        return surprise
    polarity = lexicon.mapping("answer_polarity")
    said = [t for t in words if t.lower_ in polarity]
    if len(said) != 1 or said[0].i != words[-1].i:
        return None     # "yes" closes the fragment: "On paper, yes"; "Yes and no" is no answer
    qualified = len(words) > 1
    entry = probability.lookup(polarity[said[0].lower_] if qualified else said[0].lower_ + " answer")
    if entry is None:
        return None
    return entry, [said[0]], True


def _echo_or_time(asked: list, fragment: list):
    """"Does that survive the next change of government? — It survives": an answer that repeats
    the question's verb in the simple present affirms it; "When do they actually show up? — The
    drones, next year": an answer to "when" that names a time ahead. Both are plain statements
    of what will happen, read as "will"; (entry, phrase tokens, False) or None."""
    do = next((t for t in asked if t.lemma_ == "do" and t.tag_ in ("VBZ", "VBP") and t.dep_ == "aux"), None)
    if do is None:
        return None
    entry = probability.lookup("will")
    echoed = next((t for t in fragment if t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() == do.head.lemma_.lower()
                   and not any(c.dep_ == "neg" for c in t.children)), None)
    if echoed is not None and echoed.lemma_.lower() not in ("be", "have", "do"):
        return entry, [echoed], False
    if any(t.lower_ == "when" and t.i < do.i for t in asked) and not any(t.pos_ in ("VERB", "AUX") for t in fragment):
        words = [t for t in fragment if not t.is_punct]
        when = horizon_of(words)
        if when is not None:
            return entry, words, False
    return None


def _surprise_answer(words: list):
    """"First ore before 2029? I'd be amazed.": a bare "I'd be surprised/amazed/astonished" answers
    the question with the reading of "<word> if" (the question is the if-clause left out)."""
    lowered = [t.lower_ for t in words]
    if len(lowered) < 3 or lowered[0] not in W("first_person") or lowered[1] not in ("'d", "’d", "would") \
            or lowered[2] != "be" or len(lowered) > 5:
        return None
    entry = probability.lookup(f"{lowered[-1]} if")
    return (entry, words, False) if entry is not None else None


def _reader_question_answered(question: SentenceUnit, answer: SentenceUnit) -> list[Candidate]:
    """"Peter in Mombasa asks whether the concession will survive the court challenge. Short
    answer: probably.": a question reported with "asks whether/if" (data: question_marks and
    "if"), its clause looking ahead, answered at the start of the next sentence by a probability
    phrase; the answer rates the asked clause."""
    if words_of(question.span).isdisjoint(W("asking_verbs")):
        return []       # no verb of asking: not walked
    asked = next((c for t in question.span if t.lemma_.lower() in W("asking_verbs") for c in t.children
                  if c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in W("question_marks") | {"if"}
                                                          for m in c.children)), None)
    # "asks whether the navy would intervene if the rebels took the port": the reported question's
    # "would" asks what is to come (under an asking verb it is the reader's "will")
    if asked is None or not (is_future_clause(asked) or any(c.tag_ == "MD" and c.lower_ == "would" for c in asked.children)):
        return []
    opening = _after_label(answer.span)
    fragment = _fragment(opening)     # "Short answer: probably.", "Short term, yes."
    rated = _opening_polarity(_after_label(answer.span, punct=True)) \
        or (_rating_of(answer, fragment, opening) if fragment else None)     # "Short answer: no, and ..."
    if rated is None:
        return []
    entry, tokens, _ = rated
    return [Candidate("answer", asked, tokens, entry, statement=statement_tokens(asked, strip_mark=True))]


def _after_label(span, punct: bool = False, keep_topic: bool = False) -> list:
    """The words of a transcript line after its speaker label ("Q:", "A:", "JB:", "Short
    answer:"): a colon among the first four words, only names or short words before it."""
    tokens = list(span)
    # (round 30) a list's number before a numbered question ("2. Will the deficit be below 3%? Community: 64%.")
    if len(tokens) > 2 and tokens[0].text.isdigit() and len(tokens[0].text) <= 2 and tokens[1].text in (".", ")"):
        tokens = tokens[2:]
    # a committee transcript's label with the speaker's post in brackets, the bracket closed with
    # the colon in one token: "Vice-Admiral X (Commander, Royal Canadian Navy): Very likely."
    bracketed = next((k for k, t in enumerate(tokens[:32]) if t.text == "):"), None)
    if bracketed is not None and any(t.text == "(" for t in tokens[:bracketed]):
        tokens = tokens[bracketed + 1:]
    for _ in range(2):      # "A: Short answer: probably"
        colon = next((k for k, t in enumerate(tokens[:5]) if t.text == ":"), None)
        # (a name in capitals, "MARIYAM SHAREEF:", the tagger may read as a verb and a preposition)
        if colon is None or not tokens[:colon] or not all(
                t.is_alpha and (t.pos_ in ("PROPN", "NOUN", "ADJ", "X", "PRON") or t.is_upper and len(t.text) > 1)
                for t in tokens[:colon]):
            break
        tokens = tokens[colon + 1:]
    if not keep_topic:
        tokens = answer_topics.stripped(tokens)     # round 29: "On the first: not before 2029.", "For X, yes."
    # the bold or italics of a printed Q&A ("**Will it open on time?**") are no words of the turn
    # (with `punct`, the commas and full stops stay: where a short answer's pieces end)
    return [t for t in tokens if not (t.is_punct and not t.text.strip("*_")) or punct and t.text in (",", ".", ";", "!")]


def _denying_answer(answer: SentenceUnit) -> Optional[tuple[probability.Entry, list]]:
    """"Not this year, in our view", "No, in our judgement": an answer that opens with a denial
    and says whose view it is (data: denying_answers, opinion_tags) is a firm estimate of the
    negative, read at the row the denial maps to."""
    words = [t for t in _after_label(answer.span) if not t.is_punct]
    denials = lexicon.mapping("denying_answers")
    if not words or words[0].lower_ not in denials:
        return None
    text = " ".join(t.lower_ for t in words)
    # "Not this year, I'm fairly confident"; "Not before 2028": a denial with its time is an estimate too
    if not any(f" {tag} " in f" {text} " for tag in W("opinion_tags")) and not horizon_of(words[1:6]):
        return None
    entry = probability.lookup(denials[words[0].lower_])
    return (entry, [words[0]]) if entry is not None else None


def _has_going_to(span) -> bool:
    toks = list(span)
    return any(a.lower_ == "going" and b.lower_ == "to" for a, b in zip(toks, toks[1:]))


def first_of_two(units: list[SentenceUnit], i: int) -> Optional[int]:
    """(round 29) The index of the answer to units[i] when units[i] opens a turn of two questions and the
    answer after them points to the first ("On the first: ..."; answer_topics.py); None otherwise."""
    if i + 2 >= len(units) or not units[i].asks or not units[i + 1].asks:
        return None
    if units[i + 1].line.number != units[i].line.number or units[i + 2].line.number == units[i].line.number:
        return None
    opening = [t for t in _after_label(units[i + 2].span, punct=True, keep_topic=True) if not t.is_space]
    if len(opening) < 3 or opening[0].lower_ not in W("answer_pointers"):
        return None
    head = [t.lower_ for t in opening[1:4]]
    return i + 2 if any(w in W("ordinal_pointers") and w in ("first", "former") for w in head) else None
