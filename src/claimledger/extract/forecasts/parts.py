"""Parse-tree helpers for the forecast rules: clauses, statements, conditions, horizons, who
forecasts. Not an extractor."""
from __future__ import annotations

import calendar
import re

from functools import lru_cache
from typing import Optional

from ... import probability
from ...due import due_window
from ... import lexicon
from ..attribution.cue_features import in_quote
from ..context import AUTHOR_ID, COMMENTER_ID, Context, SentenceUnit
from ..syntax import misparsed_speech_verb

W = lexicon.words

# Dependency labels that start a clause of their own.
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
LEADING_JUNK_DEPS = {"cc", "mark", "punct", "intj", "preconj"}


def clause_root(token):
    """The verb heading the clause a token belongs to."""
    node = token
    while True:
        head = node.head      # (spaCy makes a new Token at each .head: asked once a step)
        if head.i == node.i:
            return node
        if node.dep_ in CLAUSE_DEPS and node.pos_ in ("VERB", "AUX"):
            return node
        node = head           # a conjunct that is no verb belongs to its head's clause, as any word


def is_future_clause(root) -> bool:
    """A clause with a modal of futurity or "going to" on its verb (or on a verb it governs)."""
    strengths = lexicon.forecast_modal_strength()
    for tok in root.subtree:
        if clause_root(tok).i != root.i and tok.i != root.i:
            continue
        if tok.tag_ == "MD" and strengths.get(tok.lower_) in ("strong", "weak"):
            return True
        if tok.lower_ == "going" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            return True
    return False


@lru_cache(maxsize=1)
def conditional_marks() -> frozenset[str]:
    """The words that open a condition ("if", "unless", "provided", "as long as"; data/conditional_marks.txt)."""
    return frozenset(lexicon.listed("conditional_marks.txt"))


def condition_of(root) -> Optional[list]:
    """Tokens of the conditional clause ("if it goes on and overcommits"), mark included,
    attached to the forecast's clause or to the verb that governs it through an infinitive.
    A concessive "even if" is no condition."""
    marks = conditional_marks()
    node = root
    for _ in range(3):
        for child in node.children:
            if child.dep_ != "advcl":
                continue
            subtree = list(child.subtree)
            words = [t.lower_ for t in child.children if t.dep_ == "mark"]
            lead = " ".join(t.lower_ for t in subtree[:3])
            if lead.startswith("even "):
                continue
            if any(w in marks for w in words) or any(lead.startswith(m + " ") for m in marks if " " in m):
                return subtree
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            break
        node = node.head
    return _misparsed_condition(root, marks) or _inverted_condition(root, marks) or _hung_condition(root, marks) \
        or _supposition_phrase(root)


def _supposition_phrase(root) -> Optional[list]:
    """(round 20) "In the highly unlikely event that a court halts the deal, we would sell": "in" with
    a noun of supposition (data: supposition_nouns) that carries a that-clause, on the forecast's verb."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in W("supposition_nouns") and any(
                c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in noun.children):
            return list(prep.subtree)
    return None


def _hung_condition(root, marks) -> Optional[list]:
    """"output will rise next year once a new potline comes on stream", "talks will remain frozen as
    long as the law stays in force", "is remote while the treaty stands": a conditional clause
    after the forecast that the parse hangs on an adverb or marks with an advmod. "while" counts
    only with a verb of lasting (data: lasting_verbs: "while remittances stay strong"); elsewhere
    it contrasts or runs alongside ("while exports fall")."""
    doc = root.doc
    by_first = _marks_by_first_word(frozenset(marks | {"while"}))
    for tok in (t for t in root.subtree if t.i > root.i):
        for mark, words in by_first.get(tok.lower_, ()):
            if [t.lower_ for t in doc[tok.i: tok.i + len(words)]] != words:
                continue
            verb = next((t for t in doc[tok.i + len(words): min(tok.i + len(words) + 8, root.sent.end)]
                         if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX")), None)
            if verb is None or mark == "while" and verb.lemma_.lower() not in W("lasting_verbs"):
                continue
            return list(doc[tok.i: verb.right_edge.i + 1])
    return None


@lru_cache(maxsize=4)
def _marks_by_first_word(marks: frozenset[str]) -> dict[str, list[tuple[str, list[str]]]]:
    """The marks by their first word, longest first ("as long as" before "as"), so each token
    is tried only against the marks it can begin."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for mark in sorted(marks, key=len, reverse=True):
        out.setdefault(mark.split()[0], []).append((mark, mark.split()))
    return out


def _inverted_condition(root, marks) -> Optional[list]:
    """"Should the state court order his arrest, the police would ...": a condition put by
    inversion at the head of the sentence runs to the comma; every clause after it depends on it."""
    sent = root.sent
    first = sent[0]
    if first.tag_ != "MD" or first.lower_ not in marks or root.i <= first.i:
        return None
    comma = next((t for t in sent if t.text == "," and t.i < root.i), None)
    if comma is None or comma.i - first.i < 3:
        return None
    return list(root.doc[first.i: comma.i])


def _misparsed_condition(root, marks) -> Optional[list]:
    """"If the EU sanctions insurers, Russia will …": when the parser reads the if-clause's verb
    as a noun, the "if" hangs on the main verb as its mark; the condition is then the run from
    that mark to the comma before the main clause."""
    for child in root.children:
        if child.dep_ == "mark" and child.lower_ in marks and child.i < root.i:
            comma = next((t for t in root.doc[child.i + 1: root.i] if t.text == ","), None)
            if comma is not None and comma.i - child.i > 2:
                return list(root.doc[child.i: comma.i])
    return None


def condition_text(tokens: list) -> str:
    """A condition without its subordinator: "if it goes on" -> "it goes on"."""
    marks = conditional_marks()
    while tokens and (tokens[0].lower_ in marks or tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens_text(tokens)


def statement_tokens(root, strip_mark: bool = False) -> list:
    """The proposition of a clause: its subtree without independent conjuncts (they are
    forecasts of their own), leading conjunctions and discourse words, and the relativizer of a
    relative clause, whose antecedent noun phrase is put in front instead."""
    excluded: set[int] = set()
    for child in root.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and (own_clause(child) or finite_beside_modal(child)):
            excluded.update(t.i for t in child.subtree)
            excluded.update(t.i for t in root.children if t.dep_ == "cc" and t.i < child.i)
            # (and the comma before it: ", and expects to ...")
            excluded.update(t.i for t in root.children if t.dep_ == "punct" and t.i + 1 < len(t.doc)
                            and t.doc[t.i + 1].dep_ == "cc" and t.doc[t.i + 1].head.i == root.i and t.i + 2 >= child.left_edge.i)
        if child.dep_ == "punct" and child.text in (":", ";", "—", "–"):
            if child.i > root.i:
                excluded.update(t.i for t in root.subtree if t.i >= child.i)
            else:  # "In short: they'll need ..."
                excluded.update(t.i for t in root.subtree if t.i <= child.i)
        if child.dep_ == "xcomp" and child.i > root.i:
            # round 28: "X is expected to ease: the agency forecasts N ...": a colon on the infinitive ends
            # the claim too; what follows it, with a subject of its own, is a forecast of its own
            colon = next((c for c in child.children if c.dep_ == "punct" and c.text == ":" and c.i > child.i), None)
            if colon is not None and any(c.i > colon.i and c.dep_ in ("ccomp", "conj") and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in child.children):
                excluded.update(t.i for t in root.subtree if t.i >= colon.i)
        if child.dep_ == "advcl" and (" ".join(t.lower_ for t in list(child.subtree)[:2]) in W("concessive") or any(
                m.dep_ == "mark" and m.lower_ in W("reason_marks") | W("concessive_marks") for m in child.children)):
            excluded.update(t.i for t in child.subtree)  # "even if ...", "because ...": not part of the claim
        if child.dep_ in ("relcl", "acl") and own_relative(child):
            excluded.update(t.i for t in child.subtree)  # ", where negotiators will try ...": a forecast of its own
        if child.dep_ == "ccomp" and spliced(child):
            excluded.update(t.i for t in child.subtree)  # "The price will go up, [the students will march]"
        if _past_comparison(child):
            excluded.update(t.i for t in child.subtree)  # ", as in 2021": a precedent, not the forecast's time
    excluded.update(_stance_prefix(root))
    for aside in reported_asides(root):
        # "The navy, whose chief has said it will stay neutral, is not going to ...", "..., which
        # unions say will only raise prices": another voice's forecast, not this one's words
        excluded.update(t.i for t in aside.subtree)
        excluded.update(t.i for t in (aside.doc[aside.left_edge.i - 1], aside.doc[min(aside.right_edge.i + 1, len(aside.doc) - 1)])
                        if t.text == ",")
    for when in (root.subtree if "when" in root.sent.text.lower() else ()):
        if when.lower_ == "when" and when.head.i != root.i and dated_when(when.head):
            excluded.update(t.i for t in when.head.subtree)  # "on 9 February, [when it will also ...]": its own
    # in document order: a non-projective parse walks a subtree out of it
    tokens = sorted((t for t in root.subtree if t.i not in excluded), key=lambda t: t.i)
    if root.dep_ == "relcl" and _content_clause(root):
        tokens = [t for t in tokens if not (t.lower_ == "that" and t.head.i == root.i and t.i < root.i)]
    elif root.dep_ == "relcl":
        adverbial = any(t.tag_ == "WRB" and t.head.i == root.i for t in tokens)   # "where", "when": no antecedent
        tokens = [t for t in tokens if not ((t.lower_ in W("relativizers") or t.tag_ == "WRB") and t.head.i == root.i)]
        tokens = tokens if adverbial else _antecedent(root) + tokens
    while tokens and (tokens[0].dep_ in LEADING_JUNK_DEPS or tokens[0].lower_ in W("statement_openers")
                      and tokens[0].dep_ == "advmod"):
        if not strip_mark and tokens[0].dep_ == "mark" and tokens[0].lower_ not in ("that",):
            break
        tokens = tokens[1:]
    # a quotation ends the quoted claim: the speaker the parser hung inside it stays out
    # ("We will never abandon the shoal," the defence secretary, Antonio Reyes, said)
    # (only a quotation opened before the clause's first word: a word quoted inside it, 'output would
    # "stabilise" in 2027', is the source's word, not the end of the claim)
    opened = any(t.tag_ == "``" for t in root.doc[root.sent.start: tokens[0].i if tokens else root.i])
    closing = next((t for t in tokens if t.tag_ == "''" and t.i > root.i), None) if opened else None
    if closing is not None and any(t.i > closing.i and not t.is_punct for t in tokens):
        tokens = [t for t in tokens if t.i < closing.i]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _past_comparison(child) -> bool:
    """", as in 2021", ", as it did in 2022": a comparison with a past occasion."""
    if child.lower_ == "as" and child.dep_ == "prep" and child.i > child.head.i:
        return any(t.ent_type_ == "DATE" for t in child.subtree)
    return child.dep_ == "advcl" and child.tag_ == "VBD" and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in child.children)


def spliced(clause) -> bool:
    """A clause with its own subject and "will", before a comma, that the parse hangs as the
    complement of the modal clause after it ("The price will go up, the students will march"): a
    list of clauses, not a report (its head is no verb of saying or expecting)."""
    head = clause.head
    if clause.i > head.i or head.lemma_.lower() in lexicon.speech_verbs() or _estimative(head):
        return False
    comma = any(t.text in (",", ";") for t in clause.doc[clause.right_edge.i + 1: head.left_edge.i + 1]) or any(
        t.text in (",", ";") for t in clause.doc[clause.right_edge.i: head.i])
    strengths = lexicon.forecast_modal_strength()
    modal = lambda v: any(c.tag_ == "MD" and c.dep_ == "aux" and strengths.get(c.lower_) == "strong" for c in v.children)
    return comma and modal(clause) and modal(head) and own_clause(clause) and own_clause(head)


def across_a_semicolon(clause) -> bool:
    """A clause with a subject of its own that a semicolon parts from the clause the parse hangs
    it on ("The court is almost certain to rule this year; we expect the judges to back the
    government"): a semicolon joins independent clauses, so each says its own forecast, whatever
    the parse makes of the pair (a complement of "expect" here)."""
    head = clause.head
    # (a clausal subject counts: "Whoever wins will keep borrowing ...; that part is ...")
    if head.i == clause.i or not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    gap = clause.doc[clause.right_edge.i + 1: head.i] if clause.i < head.i else clause.doc[head.i + 1: clause.left_edge.i]
    return any(t.text == ";" for t in gap)


def finite_beside_modal(conj) -> bool:
    """"The ferry line will halt sailings from January ... and expects to restart them in April": a conjunct in a
    finite tense is not under its head's modal of futurity ("will", a reported "would": "said the lake
    would drop ... and was likely to stay low"), whose subject it shares; it says a forecast of its own
    (not beside "should", a recommendation: "think the tax should stay as it is, and expect ...")."""
    strengths = lexicon.forecast_modal_strength()
    return conj.dep_ == "conj" and conj.tag_ in ("VBZ", "VBP", "VBD") and any(
        c.dep_ == "aux" and c.tag_ == "MD" and strengths.get(c.lower_) in ("strong", "reported") for c in conj.head.children)


def before_a_colon(clause) -> bool:
    """A clause with a subject of its own that a colon parts from the clause after it, which the
    parse makes its head ("Our desk does not expect the curfew to end by Easter: raids are likely
    to go on"): the second explains the first, and each says its own forecast."""
    head = clause.head
    if head.i == clause.i or clause.i > head.i or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > clause.right_edge.i for c in head.children):
        return False
    return any(t.text == ":" for t in clause.doc[clause.right_edge.i + 1: head.i])


def in_gapped_contrast(token) -> bool:
    """Whether a token stands in a verbless, negated exception hung on its clause ("will tighten
    the rules for new contracts, [though probably not for existing ones]", "in March, [but not in
    April]"): a phrase or word with its own negator, opened by a contrast word of its own or by one
    just before it, and no verb of its own. What is rated there is the exception, not the clause."""
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if any(c.dep_ == "neg" for c in node.children) and opened_by_contrast(node):
            return True
        node = node.head
    return False


def opened_by_contrast(node) -> bool:
    """A contrast word of its own ("though ... not for existing ones"), or the conjunction just
    before it of the phrase it is joined to ("..., but not a vote")."""
    words = lexicon.words("gapped_contrast_words")
    return any(c.dep_ in ("cc", "mark") and c.lower_ in words and c.i < node.i for c in node.children) or (
        node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in words and c.i < node.i for c in node.head.children))


def own_clause(conj) -> bool:
    """Whether a conjoined verb is a clause of its own: it has its own subject ("X will rise, and
    Y won't fall"), its own modal ("will almost certainly fail and could escalate") or its own
    estimate ("is expected in the capital next week and is likely to press both governments")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") or c.tag_ == "MD" and c.dep_ in ("aux", "auxpass")
               for c in conj.children) or _rated_relative(conj) or _own_frame(conj) or second_infinitive(conj)


def second_infinitive(conj) -> bool:
    """"They expect Accra to seek a delay, and to win it", "I expect the cash to go abroad and the
    depots to hire few locals": a second to-infinitive under one verb of expecting (data:
    expecting_verbs), hung on the first infinitive or on the verb itself, is a second expectation."""
    if conj.dep_ != "conj" or conj.tag_ != "VB" or not _to_infinitive(conj):
        return False
    head = conj.head
    if head.dep_ in ("ccomp", "xcomp") and _to_infinitive(head):
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in W("expecting_verbs")


def _to_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_frame(conj) -> bool:
    """A conjoined verb that frames a forecast of its own: a verb of opinion or a commitment ("She
    plans to enter the ballot next year and thinks she will get in": two forecasts)."""
    lemma = conj.lemma_.lower()
    return conj.pos_ == "VERB" and conj.tag_ in ("VBZ", "VBP") and (
        lemma in lexicon.mapping("opinion_verbs") or lemma in W("commitment_verbs")
        # "puts it nearer 2033, and says a budget crisis will come": a verb of saying with its own clause
        or lemma in lexicon.speech_verbs() and any(c.dep_ == "ccomp" for c in conj.children)
        # round 20: "trimmed its forecast for 2028 to 1.1 per cent and now expects growth of 2 per cent in 2029"
        or lemma in W("expecting_verbs") and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in conj.children))


def own_relative(relcl) -> bool:
    """A relative clause with a subject and a modal of its own (not "that will ..."), e.g.
    "..., where negotiators will try to settle the tariff": a forecast of its own."""
    if relcl.dep_ != "relcl" or any(c.dep_ == "mark" for c in relcl.children):
        return False      # "a chance that Niger will leave": the noun's content, not a clause of its own
    if _rated_relative(relcl):
        return True       # "..., and one that is bound to trigger another round": its own estimate
    if non_restrictive(relcl) and any(c.tag_ == "MD" and c.dep_ == "aux" for c in relcl.children):
        return True       # "... from May, which should reduce crossings": a comment with its own forecast
    if non_restrictive(relcl) and relcl.lemma_.lower() in W("chance_setting_verbs") and any(
            c.dep_ == "nsubj" and c.lower_ not in W("relativizers") for c in relcl.children) \
            and relcl.head.lemma_.lower() not in set(lexicon.listed("probability_nouns.txt")) | W("likelihood_nouns_ahead"):
        # "the 2027 deficit, which the treasury puts at 3.4 per cent, would ...": another's figure ("a realistic
        # possibility, which we rate at 30 to 40 percent" numbers the possibility itself)
        return True
    if _reported_relative(relcl):
        return True       # "..., which farmers' unions say will only raise prices": the unions' forecast
    if non_restrictive(relcl) and relcl.lemma_.lower() in lexicon.listed("forecast_estimative_verbs.txt") and any(
            c.dep_ == "auxpass" for c in relcl.children) and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in relcl.children):
        return True       # "... after the budget, which is now expected on 20 April": the budget's own date (round 19)
    return any(c.dep_ == "nsubj" and c.lower_ not in W("relativizers") for c in relcl.children) and any(
        c.tag_ == "MD" for c in relcl.children)


def reported_asides(root) -> list:
    """The reported relative clauses inside a clause (below its root, see _reported_relative)."""
    return [t for t in root.subtree if t.i != root.i and t.dep_ == "relcl" and _reported_relative(t)]


def _reported_relative(relcl) -> bool:
    """A relative clause set off by a comma whose verb of saying has a subject of its own and a
    reported clause with a modal: "the ban, which farmers' unions say will only raise prices",
    "The navy, whose chief has said it will stay neutral, ...": another voice's forecast beside
    the sentence's own, not part of it."""
    start = relcl.left_edge.i
    if start == 0 or relcl.doc[start - 1].text != "," or relcl.lemma_.lower() not in lexicon.speech_verbs():
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ not in W("relativizers") for c in relcl.children):
        return False
    return any(c.dep_ == "ccomp" and any(g.tag_ == "MD" and g.dep_ == "aux" for g in c.children) for c in relcl.children)


def non_restrictive(relcl) -> bool:
    """A relative clause set off by a comma (", which should reduce crossings"): it comments on
    what came before instead of picking out the noun, so it can say something of its own."""
    if relcl.dep_ != "relcl":
        return False
    start = relcl.left_edge.i
    return start > 0 and relcl.doc[start - 1].text == "," and relcl.doc[start].lower_ in ("which", "who")


def _rated_relative(relcl) -> bool:
    """A relative clause whose predicate is an estimate taking an infinitive ("that is bound to
    trigger", "which is likely to collapse")."""
    heads = [relcl] + [c for c in relcl.children if c.dep_ == "acomp"]
    return any((probability.lookup(h.lower_ + " to") is not None or h.lower_ in W("schedule_adjectives")) and any(
        c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in h.children) for h in heads)


def borrowed_subject(root) -> list:
    """The subject a conjoined clause shares with the clause before it ("The talks will fail and
    [the talks] could escalate"): its tokens, or [] when the clause has its own."""
    if root.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return []
    head = root.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return list(subject.subtree) if subject is not None else []


def _stance_prefix(root) -> set[int]:
    """Words before the subject that frame rather than state ("In my view", "Mark my words,",
    "Either way,", a dateline): dropped from the statement unless they carry its time."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < root.i]
    if not subjects:
        return _dateline(root)
    subjects = [c for c in subjects if c.i > max(_dateline(root), default=-1)] or subjects
    first = min(t.i for t in subjects[0].subtree)
    dropped: set[int] = set()
    dropped.update(_dateline(root))
    for child in root.children:
        if child.i >= first or child.dep_ in ("aux", "auxpass", "neg", "mark", "cc", "punct"):
            continue
        tokens = list(child.subtree)
        if any(t.ent_type_ == "DATE" for t in tokens) or horizon_of(tokens):
            continue
        dropped.update(t.i for t in tokens)
    return dropped


def _dateline(root) -> set[int]:
    """A wire dateline opening the sentence ("ISTANBUL, March 4 (Reuters) -"): through the dash
    that follows a closing parenthesis within the first dozen tokens."""
    head = list(root.sent)[:14]
    for k, t in enumerate(head[1:], 1):
        if t.text in ("-", "—", "–") and head[k - 1].text == ")":
            return {x.i for x in head[: k + 1]}
    return set()


def _content_clause(relcl) -> bool:
    """A clause the parser called relative although its "that" is only a complementizer
    ("announcements that the US may leave Syria"): the verb already has the role "that" would fill."""
    that = [c for c in relcl.children if c.lower_ == "that"]
    if not that:
        return False
    if that[0].dep_ == "mark":
        return True
    return any(c.dep_ == that[0].dep_ and c.i != that[0].i for c in relcl.children)


def _antecedent(relcl) -> list:
    """The noun phrase a relative clause hangs on, climbing "of"-phrases ("a shockwave of
    anti-Israeli fervor that will ...")."""
    noun = relcl.head
    if non_restrictive(relcl) and noun.ent_type_ in ("DATE", "TIME"):
        return []       # "... from May, which should reduce crossings": "which" is the clause before, not May
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return [t for t in noun.subtree if t.i < relcl.i and not (t.i >= relcl.left_edge.i)]


def tokens_text(tokens: list, negate: bool = False) -> str:
    """Tokens as text with their original spacing; `negate` drops the negation ("won't
    resume" -> "will resume")."""
    if not tokens:
        return ""
    out = []
    for n, t in enumerate(tokens):  # callers give the order (a question turned into a statement reorders)
        if negate and t.dep_ == "neg":
            if out and not out[-1].endswith(" "):
                out[-1] += t.whitespace_  # "wo|n't resume" -> "will resume"
            continue
        if negate and t.dep_ == "det" and t.lower_ == "no":
            out.append("a" + t.whitespace_ if t.head.tag_ == "NN" else "")   # "there will be no deal" -> "a deal"
            continue
        word = t.text
        if n and (t.is_sent_start or t.tag_ == "MD") and t.pos_ != "PROPN" and t.text != "I":
            word = word.lower()  # "Will the US ..." -> "the US will ..."
        if negate and t.lower_ in lexicon.mapping("contractions") and t.tag_ == "MD":
            word = lexicon.mapping("contractions")[t.lower_]     # "wo|n't" -> "will", "ca|n't" -> "can"
        space = t.whitespace_
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if not space and following is not None and following.i > t.i + 1 and not following.is_punct:
            space = " "     # "By 2050[, Ioane says,] there": words left out between two kept ones
        out.append(word + space)
    text = "".join(out).strip()
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _horizon_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The listed horizon phrases by their first word, longest first (one dict lookup a token)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(lexicon.listed("horizon_phrases.txt"), key=len, reverse=True):
        words = tuple(p.split())
        by_first.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in by_first.items()}


def _date_entities(tokens: list):
    """The DATE entities that begin among the tokens, in text order (read off the tokens' IOB
    marks: no walk over every entity of the document)."""
    doc = tokens[0].doc
    for t in sorted((t for t in tokens if t.ent_iob_ == "B" and t.ent_type_ == "DATE"), key=lambda t: t.i):
        end = t.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        yield doc[t.i:end]


def horizon_of(tokens: list) -> Optional[str]:
    """A time horizon named in the tokens: a listed phrase ("sometime soon", "for generations")
    or a forward-looking DATE entity ("next week", "by 2025", "before the spring")."""
    if not tokens:
        return None
    doc = tokens[0].doc
    for ent in _date_entities(tokens):
        words = {t.lower_ for t in ent}
        k = ent.start - 1
        while k > 0 and doc[k].lower_ in W("articles"):     # "in [the] 2025-26 season"
            k -= 1
        before = doc[k].lower_ if k >= 0 and ent.start > 0 else ""
        if words & W("past_date_words") or _in_past_clause(ent.root):
            continue      # "the rate Japan accepted in July", "like the one imposed in 2023"
        lead = k if before in W("horizon_preps") else ent.start      # the date's first word, or its preposition
        if lead > 0 and doc[lead - 1].lower_ in W("comparison_marks") or _equative_yardstick(ent.root) \
                or lead != ent.start and lead > 0 and doc[lead - 1].lower_ == "as":
            # (round 27) "as dry as in 2018", "as in 2019": "as" + a preposition + the date is a yardstick
            # ("as early as next year", with no preposition between, is the horizon)
            continue      # "a smaller majority than in 2022", "higher than last year": the yardstick, not the horizon
        if words & W("future_date_words") or before in W("horizon_preps"):
            prefix = before if before in W("horizon_prefixes") else ""
            return (prefix + " " + ent.text).strip()
    lowered = [t.lower_ for t in tokens if t.doc == doc]
    phrases = _horizon_phrases()
    for i, word in enumerate(lowered):      # the first one in the text, the longest there
        for phrase in phrases.get(word, ()):
            if tuple(lowered[i: i + len(phrase)]) == phrase:
                return " ".join(phrase)
    return None


def _equative_yardstick(token) -> bool:
    """"a storm as strong as Freddy in 2023": a date hung on the adjective of an equative
    comparison ("as ... as" something else) dates the yardstick ("as early as next year", where
    the date is what "as" compares, is no yardstick)."""
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ == "as":
        return False
    adj = prep.head
    return adj.pos_ in ("ADJ", "ADV") and any(c.dep_ == "advmod" and c.lower_ == "as" for c in adj.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" and c.i < prep.i for c in adj.children)


def _in_past_clause(token) -> bool:
    """Whether the date hangs directly on a verb that narrates the past ("the rate Japan
    accepted in July", "like the one imposed in 2023"); a date on a noun ("a ceasefire before
    June") does not."""
    node = token
    while node.dep_ in ("pobj", "prep", "npadvmod") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if node.tag_ == "VBD" and _forecast_dated(node, token):
                return False    # "Staff projected growth of 4.3 per cent in 2027": the figure's year
            if node.tag_ == "VB" and node.dep_ == "xcomp" and node.head.pos_ == "ADJ" and node.head.dep_ == "acomp" \
                    and node.head.head.tag_ == "VBD":
                return True     # "which was due to reach the town in 2025": a timetable of the past
            return node.tag_ == "VBD" or node.tag_ == "VBN" and node.dep_ in ("acl", "relcl")
        if node.pos_ == "ADJ" and node.dep_ == "acomp" and node.head.tag_ == "VBD":
            return True     # "the pipeline, which was due in 2025, ...": a timetable of the past
    return False


def _forecast_dated(verb, date) -> bool:
    """A verb of forecasting told in the past whose object, a figure, comes before the date ("Bank
    staff projected inflation of about 15 per cent in December"): the date is when the figure is
    due, not when it was said ("forecast in July that ..." dates the saying: no object before it)."""
    return verb.lemma_.lower() in lexicon.listed("forecast_estimative_verbs.txt") and any(
        c.dep_ == "dobj" and c.i < date.i for c in verb.children)


def forecaster_of(ctx: Context, unit: SentenceUnit, root, attributed: Optional[list] = None) -> str:
    """Who makes the forecast (_voice_of), the document's own voice for an unowned report: "X is
    expected to ...", "X will reportedly ..." name nobody who expects it, and the writer who
    passes it on without a source stands behind it (the gold sets annotate these as the author's)."""
    by = _voice_of(ctx, unit, root, attributed)
    if by == AUTHOR_ID and all(a.source_id == AUTHOR_ID for a in ctx.attributions_of(unit.id)):
        # a line of a transcript's turn after the one its speaker's label opens ("Jane Roe: Good
        # afternoon." then "For the year we expect ..."): the speaker's "I" and "we", not the writer's
        by = _turn_speaker(ctx, unit) or by
    if by not in (AUTHOR_ID, COMMENTER_ID) and any(s.id == by and s.type == "anonymous" and s.name == _UNOWNED_REPORTS
                                                   for s in ctx.sources):
        return COMMENTER_ID if unit.section == "comments" else AUTHOR_ID
    return by


# How far back (in lines) a turn of a transcript is looked for; the speakers that make one.
_TURN_LINES = 12
_TURN_SPEAKERS = ("person", "official")


def _turn_speaker(ctx: Context, unit: SentenceUnit) -> Optional[str]:
    """The speaker whose turn a line without a label of its own continues: the last speaker's
    label ("Name:" opening a line, the attribution's "inline" form) on an earlier line of the same
    section, in a text that is a transcript (two named people or more take turns by labels that recur,
    each at least twice)."""
    labels = ctx._indexed("turn_labels", ctx.attributions, _label_line)
    labels.pop(None, None)
    count: dict[str, int] = {}
    for found in labels.values():
        count[found[0].source_id] = count.get(found[0].source_id, 0) + 1
    # a person named by a label that recurs ("Jane Roe:" twice or more), never a heading typed as
    # one ("Morning Note | Mongolia:", "LIVE | ...")
    turns = {s.id for s in ctx.sources if count.get(s.id, 0) >= 2 and s.type in _TURN_SPEAKERS
             and "|" not in s.name and len(s.name.split()) >= 2}
    if len(turns) < 2:
        return None
    line = unit.model.line
    for n in range(line - 1, max(0, line - _TURN_LINES) - 1, -1):
        here = ctx.sentences_on_line(n)
        if here and here[0].section != unit.section:
            return None
        if n in labels:
            speaker = labels[n][0].source_id
            return speaker if speaker in turns else None
    return None


def _label_line(attribution) -> Optional[int]:
    """The line a speaker's label opens ("Jane Roe:"), else None."""
    return attribution.line if attribution.cue.rstrip().endswith((":", "：")) and len(attribution.cue) <= 80 else None


# The source the attribution gives a report nobody owns (an agentless "is expected to", "reportedly").
_UNOWNED_REPORTS = "unnamed reports"


def _voice_of(ctx: Context, unit: SentenceUnit, root, attributed: Optional[list] = None) -> str:
    """Who makes the forecast: the voice of its clause. A source whose attributed span (from the
    attribution interface) holds the clause; the author (or commenter) when the sentence quotes
    someone but this clause lies outside what they said ("X said Y, and it is only a matter of
    time before ..." — the author's own hedge); else a known source that is the subject of the
    speech or estimative verb governing the clause, else author/commenter."""
    if unit.section == "comments" and _commenter_handle(ctx, unit):
        return "commenter"
    own = COMMENTER_ID if unit.section == "comments" else AUTHOR_ID
    # "The leaders agreed in October to open two crossings", asked by an interviewer: the plan is
    # the party's own, whoever reports it (when the attribution made the party a source)
    party = _voiced_by(ctx, root, climb=False) if binds_itself(root) else None
    if party is not None:
        return party
    if attributed:
        at = unit.offsets(root)[0]
        holding = [a for a in attributed if a.start <= at < a.end and (a.form != "speech" or _reported(root)
                                                                         or _estimative(root) or _own_cue(unit, root, a))
                   and not (a.form == "hearsay" and _beside_cue(unit, root, a)) and not _absolute_cue(unit, a)]
        if holding:
            quoted = [a for a in holding if a.source.id != AUTHOR_ID and a.form in ("speech", "according")]
            if quoted:
                # ""We do not expect violence," said the commander": the "we" inside the quotation is
                # the one quoted, not the writer
                holding = [a for a in holding if not (a.form == "author" and _quoted_cue(unit, a))] or holding
            # nested voices ("X told ... that A, and his allies have said B"): the innermost speaks
            inner = min(holding, key=lambda a: a.end - a.start)
            if inner.form == "lead_in" and inner.via and _under_cue(unit, root, inner):
                # inside a speaker's turn or a quoted block, a voice the sentence names itself
                # ("Reply (Minister): ... My officials expect X", "Analysts expect Y"): the block's
                # source reports it, the named voice forecasts (as "X said A expects B" does); not
                # the speaker's own clause beside it ("I suspect X, whatever the council says")
                return inner.via[0].id
            if inner.form in ("speech", "according") and inner.via:
                # "Reuters quoted the board as saying ...", "an official told the Journal ...": the
                # outlet vouches for the report, the voice it quotes makes the forecast
                return inner.via[-1].id
            return inner.source.id
        if all(a.form != "hearsay" or _beside_cue(unit, root, a) for a in attributed):
            # outside what the sentence quotes, the clause's own verb of expecting or intending may
            # still name its owner ("...; staff caution that ..." after "The authorities intend to");
            # a second that-clause is still the speaker's ("UNICEF has told partners that A, and that B")
            # (in a speaker's turn or a signed letter, what lies outside the voice it quotes is the
            # speaker's: "Reply (Minister): Officials anticipate X, and I expect Y")
            block = next((a.source.id for a in attributed if a.form == "lead_in"), None)
            return _voiced_by(ctx, root, climb=_second_that_clause(root)) or block or own
    by = ctx.source_of(unit.id)
    if by not in (AUTHOR_ID,) or not ctx.sources:
        return by
    return _voiced_by(ctx, root, climb=True) or by


def _own_cue(unit: SentenceUnit, root, found) -> bool:
    """The clause's own verb is the attribution's cue ("The port company has promised a second
    berth by June", "Dock workers have called a strike for 3 May"): what the verb says is the
    subject's own undertaking or call, whatever its object."""
    lemma = root.lemma_.lower()
    return (lemma in W("pledging_verbs") or _estimative(root)) and unit.offsets(root)[0] == found.cue_start


def _quoted_cue(unit: SentenceUnit, found) -> bool:
    """The finding's cue stands inside a double quotation."""
    cue = next((t for t in unit.span if unit.offsets(t)[0] == found.cue_start), None)
    return cue is not None and in_quote(cue)


def _absolute_cue(unit: SentenceUnit, found) -> bool:
    """An attribution whose cue is the participle of a "with" absolute ("with the river districts
    expected to receive most"): the noun is what is expected, nobody who expects."""
    cue = next((t for t in unit.span if unit.offsets(t)[0] == found.cue_start), None)
    return cue is not None and absolute_with(cue)


def _under_cue(unit: SentenceUnit, root, found) -> bool:
    """The clause is what the finding's cue introduces: the cue (a verb of saying or expecting in
    the sentence) is the clause's verb or governs it."""
    if found.cue_start < unit.model.start:
        return False
    cue = next((t for t in unit.span if unit.offsets(t)[0] == found.cue_start), None)
    if cue is None:
        return False
    node = root
    while node.i != cue.i:
        # a clause joined beside the cue's ("X expects A, and I suspect B"; "B; X has learned")
        # is the speaker's own: only complements lead up to the cue
        if (node.dep_ not in _COMPLEMENT_LINKS and not _speech_participle(node)) or node.head.i == node.i:
            return False
        node = node.head
    if root.i > cue.i:
        return True
    # a clause before its supposed cue across a semicolon or colon is a sentence of its own the parse
    # hung there ("No second vote is coming: the cabinet treats the matter as closed")
    return not any(t.text in (";", ":") for t in root.doc[root.i: cue.i])


def _speech_participle(node) -> bool:
    """'X said A, adding that B': a participle of saying hung on the cue goes on in the same voice."""
    return node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in lexicon.speech_verbs()


# The links by which a clause hangs under the verb that reports it ("said [it will]", "expect [X to]").
_COMPLEMENT_LINKS = ("ccomp", "xcomp", "dobj", "prep", "pobj", "pcomp")


def absolute_with(verb) -> bool:
    """"..., with the river districts expected to receive most of them", "with prices seen rising":
    a participle after "with" (the parse hangs it on the noun, or makes it a clause marked
    by "with") is a statement of its own beside the clause, and its noun says nothing."""
    if verb.tag_ not in ("VBN", "VBG", "VBD"):
        return False
    if verb.dep_ == "acl":
        return verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with"
    if verb.dep_ == "pcomp":
        return verb.head.lower_ == "with"
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ == "with" for c in verb.children)


def _voiced_by(ctx: Context, root, climb: bool) -> Optional[str]:
    """The subject of the clause's own verb of expecting or intending ("Pollsters expect X to win",
    "The authorities plan to complete ...") or, climbing, of a speech or estimative verb above it;
    a source only when the attribution interface made one."""
    node, entered = root, None
    while True:
        # an intention owns its own clause and the infinitive it governs, not a clause joined beside it
        intends = (_intending(node) or binds_itself(node)) and entered in (None, "xcomp")
        voicing = _estimative(node) or intends or node.i != root.i and node.lemma_.lower() in lexicon.speech_verbs() \
            or _revises_own_forecast(node)
        # ("with the river districts expected to receive most": the noun of an absolute expects nothing)
        subjects = [c for c in node.children if c.dep_ == "nsubj"] if voicing and not absolute_with(node) else []
        for subject in subjects:
            name = " ".join(t.text for t in subject.subtree).lower()
            # ("The Office of the Prime Minister, which manages refugee affairs," for the source "Office of
            # the Prime Minister": without its article and what is said of it between commas)
            aside = {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
            bare = " ".join(t.text for t in subject.subtree if t.i not in aside and not t.is_punct
                            and not (t.dep_ == "det" and t.head.i == subject.i)).lower()
            for source in ctx.sources:
                names = [source.name.lower()] + [a.lower() for a in source.aliases]
                if name in names or bare in names or subject.text.lower() in names or _names_head(source.name, subject):
                    return source.id
        if node.head.i == node.i or not climb:
            return None
        entered, node = node.dep_, node.head


def _revises_own_forecast(verb) -> bool:
    """(round 20) "The chamber trimmed its growth forecast for 2028 to 1.1 per cent": the subject owns the
    forecast it moves (data: forecast_revising_verbs with an object in forecast_documents)."""
    return verb.lemma_.lower() in W("forecast_revising_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in W("forecast_documents") for c in verb.children)


@lru_cache(maxsize=1)
def _intention_verbs() -> frozenset[str]:
    """Verbs whose subject states an intention (data/attribution_kinds.tsv, kind "intention":
    PolNeAR's intentions, Levin's want verbs): "plan", "intend", "aim"."""
    return frozenset(row["cue"] for row in lexicon.rows("attribution_kinds.tsv")
                     if row["kind"] == "intention" and " " not in row["cue"])


def _intending(verb) -> bool:
    """A verb of intending whose infinitive is the forecast ("The authorities intend [to unify the
    rates]"): its subject owns the plan."""
    return verb.lemma_.lower() in _intention_verbs() and any(c.dep_ == "xcomp" for c in verb.children)


def _second_that_clause(root) -> bool:
    """"... has told partners that the stock lasts until March, and [that a consignment will not
    arrive before April]": a clause joined with its own "that" to a reported clause."""
    # (the parse hangs it on the first clause or on the verb of saying itself)
    return root.dep_ == "conj" and (root.head.dep_ == "ccomp" or root.head.lemma_.lower() in lexicon.speech_verbs()) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children)


def binds_itself(verb) -> bool:
    """A verb by which a party binds itself to a plan or puts one on a date (data/words_forecast_plans.tsv:
    "has undertaken to", "agreed to", "has invited ... to", "has told donors to plan for", "now talks
    of"): its subject owns the plan (forecasts/undertakings.py)."""
    lemma = verb.lemma_.lower()
    if lemma in W("undertaking_verbs") or lemma in W("instructing_verbs"):
        return any(c.dep_ == "xcomp" for c in verb.children)
    return lemma in W("inviting_verbs") or lemma in W("timetable_talk_verbs")


def _beside_cue(unit: SentenceUnit, root, found) -> bool:
    """A clause joined as an independent conjunct to the clause of a hearsay cue ("X is expected
    to rule in November, and [its ruling will not end the dispute ...]"): the writer's own."""
    cue = next((t for t in unit.span if unit.offsets(t)[0] >= found.cue_start), None)
    if cue is None:
        return False
    cue_root = clause_root(cue)
    node = root
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.head.i == cue_root.i:
            return own_clause(node)
        node = node.head
    return False


def _estimative(verb) -> bool:
    """A verb of expecting or predicting whose complement is the forecast ("Pollsters expect
    [X to win]"): its subject is the forecaster."""
    return verb.lemma_.lower() in lexicon.listed("forecast_estimative_verbs.txt")


def _names_head(name: str, subject) -> bool:
    """A source registered from a longer phrase than the subject's own words ("Economists polled
    by the Wire" for "Economists", "Analysts at a Karachi brokerage")."""
    words = name.lower().split()
    return subject.tag_ == "NNS" and bool(words) and words[0] == subject.lower_


_REPORTED_DEPS = ("ccomp", "xcomp", "parataxis", "dobj", "advcl")


def _reported(root) -> bool:
    """Whether a clause is what a speech verb reports: on the way up to the sentence's root it
    passes through a verb of saying or thinking as its complement ("has said [his government
    will veto ...]"), not as a conjunct beside it ("has said ..., and [it is only a matter of
    time ...]": the writer's own addition)."""
    node = root
    while node.head.i != node.i:
        if node.dep_ in _REPORTED_DEPS and node.head.lemma_.lower() in lexicon.speech_verbs():
            return True
        if node.dep_ in ("relcl", "acl", "ccomp") and misparsed_speech_verb(node.head) is not None:
            return True     # "The IMF forecast that [the deficit will widen]": the parse made the verb a noun
        if node.dep_ == "conj" and node.head.lemma_.lower() in lexicon.speech_verbs() and (
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children) or node.head.head.i == node.head.i):
            # (a conjunct that shares the subject of a verb of thinking itself reported goes on up:
            # "said it anticipated selling X and [would lobby for more]" is what was said)
            return False
        node = node.head
    speech = [c for c in node.children if c.dep_ in ("parataxis", "advcl", "ccomp") and c.lemma_.lower() in lexicon.speech_verbs()]
    if any(c.dep_ == "parataxis" and _parenthetical(c) for c in speech):
        return True     # "By 2050, Ioane says, there will be ...": the speaker set between commas inside the clause
    return node.lemma_.lower() not in lexicon.speech_verbs() and not speech


def _parenthetical(verb) -> bool:
    """A speech verb set off by commas (or dashes) inside the clause it reports: "X, she said, will
    stay"; its subject is its only argument."""
    doc = verb.doc
    words = [t.i for t in verb.subtree if not t.is_punct]      # the parse hangs the commas on the verb
    left, right = words[0], words[-1]
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    return before in (",", "—", "–") and after in (",", "—", "–") and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _commenter_handle(ctx: Context, unit: SentenceUnit) -> bool:
    """"Carlos M.: The regime will collapse by Christmas": the name before the colon is the
    commenter signing the comment, not a source the comment quotes."""
    found = ctx.attributions_of(unit.id)
    return bool(found) and all(a.cue.rstrip().endswith((":", "：")) for a in found)


# --- which modal verbs look ahead -----------------------------------------------------------

def event_verb(verb, strength: str) -> bool:
    """Whether the modal's verb describes something that may happen (not a present state)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in W("perfect_auxiliaries") for c in children) and not (
            strength == "strong" and any(c.tag_ == "MD" and c.dep_ == "aux" for c in children)):
        return False  # "could have abandoned": the past ("will have forgotten" is a future perfect)
    if verb.lemma_.lower() in lexicon.listed("forecast_stative_verbs.txt") and not _dated_appearance(verb) \
            and not (strength == "strong" and _appearance_ahead(verb)):
        return False
    if verb.dep_ != "relcl" and any(c.tag_ in ("WRB", "WP") for c in children) and not dated_when(verb):
        return False  # "how and when a withdrawal may take place": an indirect question
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    if "whether" in marks or verb.dep_ == "ccomp" and "if" in marks:
        return False  # "asked whether the sanctions will be lifted": an indirect question
    if verb.dep_ == "advcl" and marks and not marks & W("concessive_marks"):
        return False  # a modal inside "if ...", "so that I may ...": a condition or a purpose
        # ("although Milei could still surprise his critics" states a possibility of its own)
    if strength == "reported" and verb.lemma_ == "be" and _classifies_any(verb):
        return False  # "any such lease would be an act of aggression": a verdict on a hypothetical
    if strength == "weak":
        if verb.lemma_ == "be" and not horizon_of(list(verb.subtree)):
            return False  # "it could be a threat": a possibility about the present
        if verb.tag_ == "VBG" and any(c.lemma_ == "be" and c.dep_ == "aux" for c in children):
            return False  # "may be pushing": present progressive
    return True


def dated_when(verb) -> bool:
    """"The board meets on 9 February, when it will also review the dividend": a "when"-clause
    after a comma that closes a date, with "also", says what else happens then (the parse hangs it
    on the verb as an adverbial clause): a forecast of its own, not an indirect question."""
    when = verb.left_edge
    if when.lower_ != "when" or when.head.i != verb.i or when.i < 2:
        return False
    comma, before = verb.doc[when.i - 1], verb.doc[when.i - 2]
    # "also" marks a second event on that date ("The hard part begins in February, when a team is due":
    # the clause says what the date brings, one forecast)
    return comma.text == "," and before.ent_type_ == "DATE" and any(
        c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children)


def _dated_appearance(verb) -> bool:
    """"The next letter will appear on 5 December": a verb of seeming used of a thing coming out,
    with a date ahead hung on it, is an event ("it may seem unrelated", "readers will remember
    the 2017 crisis" have none)."""
    return verb.lemma_.lower() == "appear" and any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
        and not any(t.lower_ in W("past_date_words") for t in c.subtree) for c in verb.children)


def _appearance_ahead(verb) -> bool:
    """(round 27) "the terraces at the minor grounds will look half empty", "the new towers will seem
    enormous from the river": under "will", a verb of seeming (data: seeming_ahead_verbs) with an
    adjective and a noun for subject says how a thing will look, a forecast. Not "this will sound
    odd", "it will seem strange that ..." (a pointer: how the text strikes the reader now), not
    "will remember", not "will look at" (no adjective)."""
    if verb.lemma_.lower() not in W("seeming_ahead_verbs") or not any(c.dep_ == "acomp" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def _classifies_any(verb) -> bool:
    """"any such lease would be an act of aggression", "any attack would be a declaration of
    war": a copula naming what a hypothetical "any X" would amount to, with no time of its own."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
    return (subject is not None and named and any(d.dep_ == "det" and d.lower_ == "any" for d in subject.children)
            and not horizon_of(list(verb.subtree)))


def no_longer(verb) -> bool:
    """Whether `verb` carries "no longer" (or "no more" as an adverb of time: "will no more run"): "The buyers
    no longer expect to close before autumn", "The plant will no longer take the eastern crude" (round 29).
    The parse hangs "no" as the negation of "longer", an adverb on the verb, so the verb has no negation of
    its own; such a verb is negated as by "not" (what was expected or done is now denied). "not ... any
    longer" carries a "not" of its own and needs nothing here."""
    return any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and c.i < verb.i
               and any(d.dep_ == "neg" and d.lower_ == "no" and d.i == c.i - 1 for d in c.children)
               for c in verb.children)


def negated_by_determiner(verb) -> bool:
    """"There will be no devaluation", "will have no effect", "Neither side will give way": a
    negative determiner on an argument of the verb, or "neither" before a pair ("Neither Kyiv nor
    Moscow will") (data: negative_determiners); "nothing in the coming year will force it to", "No
    one will vote for it": a subject that is a negative pronoun (data: negative_pronouns)."""
    negative = W("negative_determiners")
    return any(c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass") and any(
        d.dep_ in ("det", "preconj") and d.lower_ in negative for d in c.children) for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in W("negative_pronouns") or c.lower_ == "one" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def denied_object(verb) -> bool:
    """"the ruling will change nothing on the ground", "the talks will achieve nothing": a negative
    pronoun as the verb's object denies the clause as a negative subject does (data:
    negative_object_pronouns); not "will do nothing but delay it", "nothing short of", where an
    exception or a comparison after the pronoun names what does happen."""
    exceptions = W("negative_object_exceptions")
    return any(c.dep_ in ("dobj", "attr") and c.lower_ in W("negative_object_pronouns") and not any(
        d.lower_ in exceptions for d in c.subtree if d.i > c.i) and not (
        c.i + 1 < len(c.doc) and c.nbor(1).lower_ in exceptions) for c in verb.children)


def nor_inversion(verb) -> bool:
    """"Nor does she expect the Bank to act", "Nor will the talks resume": "nor" opening a clause
    whose auxiliary comes before its subject negates that clause (the inversion of a negative
    opening); "neither Kyiv nor Moscow will", where "nor" joins two subjects, is
    negated_by_determiner's."""
    nor = next((c for c in verb.children if c.lower_ == "nor" and c.dep_ in ("cc", "preconj", "advmod") and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if nor is None or subject is None:
        return False
    return any(c.dep_ in ("aux", "auxpass") and nor.i < c.i < subject.i for c in verb.children)


def complement_denied(verb) -> bool:
    """Whether the clause an estimate rates is itself negative ("think [the budget will not pass]",
    "expect [the talks not to resume]", "likely that [no deal will be reached]", "thinks [the ruling
    will change nothing]"): the estimate then rates the negative, so the forecast of the positive is
    its complement (Kent's table reads "we believe that not" at 0.30 beside "we believe" at 0.70). A
    negation about the time ("will not be signed until March") forecasts the event, later."""
    negs = [c for c in verb.children if c.dep_ == "neg"]
    if negs and not temporal_negation(verb):
        return True
    return not negs and (negated_by_determiner(verb) or denied_object(verb) or nor_inversion(verb))


def temporal_negation(verb) -> bool:
    """"will not be announced until next week": the negation is about the time; the event is
    forecast to happen, later (claimledger.probability.temporal_negation on the clause's text)."""
    negs = [c for c in verb.children if c.dep_ == "neg"]
    if not negs:
        return False
    modal = next((c for c in verb.children if c.tag_ == "MD"), None)
    phrase = f"{modal.lower_ if modal is not None else 'will'} not"
    rest = " ".join(t.lower_ for t in verb.subtree if t.i > negs[0].i)
    return probability.temporal_negation(phrase, rest)


def reported_in_the_past(verb, published: Optional[str]) -> bool:
    """A prediction the text reports from the past, not one it makes now: a backshifted clause
    ("would", a past tense) under a speech or belief verb in the pluperfect ("had predicted
    that the transition would end") or dated before publication ("promised in 2023 that
    inflation would fall", "warned last year that aid would be cut"); or such a verb framing
    the prediction itself ("had expected the diversions to end"). A present belief reported
    from last week ("admitted last week that he does not expect ...") is a forecast now."""
    reporting = set(lexicon.speech_verbs()) | set(lexicon.listed("forecast_reporting_verbs.txt"))
    if verb.lemma_.lower() in reporting and _said_in_the_past(verb, published) and not _expected_lately(verb, published):
        return True
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        entered = node.dep_
        node = node.head
        if node.lemma_.lower() in reporting:
            if node.tag_ == "VBD" and (_past_occasion(node, published)
                                       or entered != "conj" and _told_then(verb) and _dated_long_before(node, published)):
                return True    # "after the 2022 floods, when the then prime minister pledged that ... 'will be back'"
            return _backshifted(verb) and _said_in_the_past(node, published) and not _still_open(verb, node, published)
    return False


def proved_wrong(verb, unit: SentenceUnit) -> bool:
    """A prediction told in the past and denied by the very next words: "... said the shilling
    would fall below 150 by October. It did not.", "the agency had projected that exports would
    flatten; they did not", "our bulletin said the strike was expected to end; it did not, and
    ...". The writer reports a forecast that failed, not one that stands. Only a clause told
    in the past (a "would", a past tense or a past passive) and a bare denial with nothing after
    its "not" ("It did not attend" is a statement of its own)."""
    if not _told_as_past(verb):
        return False
    # (round 18) a denial the parse joins to the verb ("expected X by now, and it has not") is not the clause's
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i for t in c.subtree}
    last = max((t for t in verb.subtree if t.i not in joined), key=lambda t: t.i)
    end = unit.offsets(last)[1]
    after = unit.line.text[max(0, end - unit.line.start):][:_DENIAL_REACH]
    return _BARE_DENIAL.match(after) is not None or _outcome_told(verb, last)


def _outcome_told(verb, last) -> bool:
    """(round 18) "... said the river would lose half its traffic by October; it lost about a third":
    the next clause tells, in the past tense, how the same verb came out (a pronoun subject): the
    prediction is reported and settled, not standing."""
    doc = last.doc
    k = last.i + 1
    if k >= len(doc) or doc[k].text not in (";", ",", ".", ":", "—", "–"):
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in ("but", "and"):
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("it", "they", "he", "she", "we", "both", "neither"):
        return False
    nxt = doc[k + 1]
    return nxt.tag_ == "VBD" and nxt.lemma_.lower() == verb.lemma_.lower() or nxt.lemma_.lower() == "prove" \
        and nxt.tag_ == "VBD"


def _told_as_past(verb) -> bool:
    """"would fall", "was expected to end", "had projected that X would ..."."""
    node = verb
    for _ in range(3):
        if node.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUXILIARIES
                                              for c in node.children):
            return True
        if node.head.i == node.i:
            break
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break   # round 27: "X has pledged ..., and the mayor maintains that ...": a conjunct with its own subject keeps its own tense
        node = node.head
    return False


_PAST_AUXILIARIES = ("would", "was", "were", "had")
# "It did not.", "; they did not,", ". It was not:", "— it didn't." with at most two words before the
# auxiliary ("Twelve did not.")
_BARE_DENIAL = re.compile(r"[\s\W]{0,4}(?:but\s+)?(?:[\w-]+\s+){1,2}(?:(?:did|was|were|has|have|had|does|do)\s*(?:not|n[’']t)"
                          r"|(?:will|would)\s*(?:not|n[’']t)(?:\s+be)?)\s*[.;,:!—–)]",    # round 18: "It will not be."
                          re.IGNORECASE)
_DENIAL_REACH = 40


def _still_open(verb, reporting, published: Optional[str]) -> bool:
    """"Hidroelectrica warned last week that output would be down this winter": a warning told in
    the past tense but lately (not in the pluperfect, not months back) about a time still ahead
    of publication is the source's standing forecast, not a past prediction reported. A promise
    stays the promise made then ("promised last year that Georgia would join by 2030"); a year
    named back ("last year") is long before."""
    if (published is None
            or reporting.lemma_.lower() in W("commitment_verbs")
            or any(c.dep_ == "aux" and c.lower_ == "had" for c in reporting.children)
            or _dated_year_back(reporting) or _said_back_then(reporting) or _dated_long_before(reporting, published)):
        return False
    tokens = statement_tokens(verb)
    horizon = horizon_of(tokens)
    if horizon is None and not any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
        return not _dated_distantly(reporting)    # round 25: "told backers on Monday that she would carry the ward": a recent report naming no time is the source's standing view
    return due_window(horizon, published) is not None


def _expected_lately(verb, published: Optional[str]) -> bool:
    """(round 28) "The employers' federation said last week it expected talks to run on": the parse may hang
    the report's recent date on the verb of expecting itself. A verb of expecting in the simple past, dated
    lately (not in the pluperfect, not a season, months or a year back), whose own complement names no time,
    is the source's standing view, as a recent report of a "would" naming no time is (_still_open)."""
    if published is None or verb.tag_ != "VBD" or verb.lemma_.lower() not in W("expecting_verbs") \
            or any(c.dep_ == "aux" for c in verb.children) or _dated_year_back(verb) or _said_back_then(verb) \
            or _dated_long_before(verb, published) or _dated_distantly(verb):
        return False
    complement = [t for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for t in c.subtree]
    return bool(complement) and horizon_of(complement) is None and not any(
        t.ent_type_ in ("DATE", "TIME") for t in complement)


def _dated_distantly(verb) -> bool:
    """(round 25) "said last winter", "told me last spring": a season or longer named on the verb."""
    return any(t.lower_ in W("distant_dating_words") for c in verb.children
               if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree)


def _past_occasion(verb, published: Optional[str]) -> bool:
    """A speech verb told of a past occasion, quoted words and all: its speaker held the post
    "then" ("the then prime minister pledged"), or it is the "when" of a dated past event
    ("after the 2022 floods, when X pledged")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(m.lower_ == "then" and m.dep_ in ("amod", "advmod") for s in subjects for m in s.children):
        return True
    if verb.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" and c.tag_ == "WRB" for c in verb.children):
        event = verb.head
        return event.pos_ == "NOUN" and _dated_before_noun(event, published)
    return False


def _dated_before_noun(noun, published: Optional[str]) -> bool:
    """"the 2022 floods", "last year's floods": a noun dated before publication."""
    dates = [t for c in noun.children if c.dep_ in ("nummod", "compound", "amod", "poss") for t in c.subtree
             if t.ent_type_ == "DATE"]
    if {t.lower_ for t in dates} & W("past_date_words"):
        return True
    years = [int(t.text) for t in dates if t.text.isdigit() and len(t.text) == 4]
    return bool(years and published and max(years) < int(published[:4]))


def supposed(verb) -> bool:
    """A "would" under a belief that is itself only supposed, in the if-clause of a conditional
    ("If I thought a new decree would settle this, I would have signed it")."""
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lexicon.speech_verbs():
            return node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in conditional_marks() for c in node.children)
    return False


def unreal_condition(verb) -> bool:
    """A "would" under a condition the speaker holds contrary to fact: a past perfect ("if the
    talks had failed", "Had the elections gone ahead, Libya would by now be ..."), or the
    subjunctive "were" of a single subject ("If the currency were as good as gold, I would take
    it", "An EU referendum, if one were ever called, would be ..."). What would have been, or
    would be in a world the speaker does not expect, is no forecast, even in reported speech. Not
    "were to" ("were the talks to fail": a remote but open future), not a plural "were" (in
    reported speech a backshifted present: "if the rains were late, prices would rise"). In
    indirect speech ("said that the reserves would last even if transit were disrupted") a past
    form may be the speaker's present put back a tense, so only the inverted "Had X gone" counts
    there; a quotation keeps the speaker's own tenses."""
    indirect = _indirect_speech(verb)
    node = verb
    for _ in range(3):
        if any(c.dep_ == "advcl" and _unreal(c, inverted_only=indirect) for c in node.children):
            return True
        if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return False


def _indirect_speech(verb) -> bool:
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lexicon.speech_verbs():
            return not any(t.text in ('"', "“", "”") for t in verb.sent)
    return False


def inside_unreal(token) -> bool:
    """A word inside a condition held contrary to fact ("Had the elections planned for December
    2021 gone ahead, ..."): nothing said there is forecast."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and _unreal(node):
            return True
        node = node.head
    return False


def _unreal(clause, inverted_only: bool = False) -> bool:
    kids = list(clause.children)
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(t.lower_ == "to" and t.dep_ == "aux" for t in clause.subtree):
        return False
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    # "even if" concedes: what follows holds either way ("would last ... even if transit were disrupted")
    marked = any(c.dep_ == "mark" and c.lower_ == "if" for c in kids) and not any(
        c.dep_ == "advmod" and c.lower_ == "even" for c in kids)
    first = min(clause.subtree, key=lambda t: t.i)
    inverted = first.lower_ in ("had", "were") and first.head.i == clause.i and first.i < subject.i
    if not (marked or inverted) or inverted_only and not inverted:
        return False
    if any(a.lower_ == "had" for a in auxes) and clause.tag_ in ("VBN", "VBD", "VB"):
        return True         # "if X had gone", "Had X gone", "Had they let it float" (the tagger's VB)
    were = clause if clause.lower_ == "were" else next((a for a in auxes if a.lower_ == "were"), None)
    single = subject.tag_ in ("NN", "NNP") or subject.lower_ in W("singular_pronouns") \
        or subject.tag_ == "NNS" and subject.lower_ == subject.lemma_.lower()     # "the ZiG" tagged NNS
    return were is not None and (single or inverted)


def requirement(verb, passive: bool = True) -> bool:
    """A modal on "have to"/"need to" with a passive infinitive: a rule ("would have to be agreed
    by its board"), not a forecast. With `passive=False` any infinitive counts: after a supposed
    subject, "a rescue package would have to come from the Gulf" says what the supposition needs."""
    return verb.lemma_.lower() in W("requirement_verbs") and any(
        c.dep_ == "xcomp" and (not passive or any(g.dep_ == "auxpass" for g in c.children)) for c in verb.children)


def counterfactive(root) -> bool:
    """A clause its framing verb holds untrue or only wished for ("pretend it will never come"),
    or hopes for ("we hope that this pledge will be kept", "said she hoped the talks would resume"):
    a wish states what the speaker wants, not what they expect (the annotators of the forecast sets
    list hopes among the look-alikes)."""
    node = root
    while node.dep_ in ("ccomp", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in W("counterfactive_verbs") or node.pos_ == "VERB" and _wishing(node):
            return True
    return False


def _wishing(verb) -> bool:
    # the lemmatiser reads "hoped" as "hop": the inflected forms of the listed verbs count too
    return verb.lemma_.lower() in W("wishing_verbs") or verb.lower_ in _wishing_forms()


@lru_cache(maxsize=1)
def _wishing_forms() -> frozenset:
    """The listed wishing verbs with their inflections, made once (counterfactive asks per clause)."""
    return frozenset(f for w in W("wishing_verbs") for f in (w, w + "s", w + "es", w + "d", w + "ed", w.rstrip("e") + "ing"))


def _backshifted(verb) -> bool:
    return verb.tag_ in ("VBD",) or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "had", "'d", "’d")
                                        for c in verb.children)


def _said_in_the_past(verb, published: Optional[str]) -> bool:
    # "We assessed in June that ..." (written in November): a month a season or more back dates
    # the assessment as an earlier one, as a past year does
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) or _dated_before(verb, published) \
        or _said_back_then(verb) or verb.tag_ == "VBD" and _dated_months_back(verb, published) \
        or _said_when_then(verb, published)


def _said_back_then(verb) -> bool:
    """A speech verb told of a past occasion by a phrase such as "at the time" or "back then",
    on the verb or on its speaker ("Kyrgyz officials at the time predicted that ...")."""
    phrases = W("past_occasion_phrases")
    holders = [verb] + [c for c in verb.children if c.dep_ == "nsubj"]
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "advmod", "npadvmod") and child.i != verb.i:
                if " ".join(t.lower_ for t in child.subtree) in phrases:
                    return True
    return False


def _told_then(verb) -> bool:
    """A clause in the tense of a report (a modal, a past tense), not the writer's own present
    ("they reported ... and most diplomats expect ...", however the parse hangs it)."""
    return _backshifted(verb) or any(c.tag_ == "MD" and c.dep_ == "aux" for c in verb.children)


RECENT_MONTHS = 3   # a speech dated this many months back or more reports a past prediction


def _dated_long_before(verb, published: Optional[str]) -> bool:
    """"In 2022 a minister assured parliament that Svalbard ... will remain so", "In March they
    told us the seedlings would be here by June" (written in November): a speech verb in the past
    tense dated to an earlier year, or to a month named without a year that lies a season or more
    back, reports a prediction made then, whatever its tense ("said in September", written in
    November, is still the speaker's view)."""
    months = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "prep", "advmod"):
            continue
        dates = [t for t in child.subtree if t.ent_type_ == "DATE"]
        words = {t.lower_ for t in dates}
        years = [int(t.text) for t in dates if t.text.isdigit() and len(t.text) == 4]
        if years and published and max(years) < int(published[:4]):
            return True
        named = [months[w] for w in words if w in months]
        if not years and named and published and not words & W("future_date_words") \
                and (int(published[5:7]) - named[0]) % 12 >= RECENT_MONTHS:
            return True
    return False


def _said_when_then(verb, published: Optional[str]) -> bool:
    """"When the programme was agreed in 2023, the advisers forecast that ...": a "when" clause on
    the verb of saying, dated to a year before publication, dates the saying too."""
    if published is None:
        return False
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in clause.children):
            continue
        years = [int(t.text) for t in clause.subtree if t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4]
        if years and max(years) < int(published[:4]):
            return True
    return False


def _dated_months_back(verb, published: Optional[str]) -> bool:
    """"We assessed in June that ..." (written in November): a month named on the verb by "in" or
    "on", earlier in the publication's year by a season or more. ("called a deal by December 15"
    names the deal's time, not the call's.)"""
    if published is None:
        return False
    months = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in ("in", "on") or child.dep_ not in ("prep", "npadvmod"):
            continue
        if _forecast_dated(verb, child):
            continue    # "staff projected inflation of 9 per cent in March": the figure's month, not the saying's
        named = [months[t.lower_] for t in child.subtree if t.ent_type_ == "DATE" and t.lower_ in months]
        if named and not any(t.text.isdigit() and len(t.text) == 4 for t in child.subtree) \
                and 0 < int(published[5:7]) - named[0] and int(published[5:7]) - named[0] >= RECENT_MONTHS:
            return True
    return False


def _dated_year_back(verb) -> bool:
    """"last year", "a year ago" on the verb: a year or more back."""
    return any(t.ent_type_ == "DATE" and t.lower_ in ("year", "years") for c in verb.children
               if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree)


def _dated_before(verb, published: Optional[str]) -> bool:
    """A DATE on the speech verb itself that lies before the publication: a past year, "last
    year", "in 2021"."""
    for child in verb.children:
        tokens = list(child.subtree) if child.dep_ in ("npadvmod", "prep", "advmod") else []
        dates = [t for t in tokens if t.ent_type_ == "DATE"]
        if not dates:
            continue
        words = {t.lower_ for t in dates}
        if words & W("past_date_words"):
            return True
        years = [int(t.text) for t in dates if t.like_num and t.text.isdigit() and len(t.text) == 4]
        if years and published and max(years) < int(published[:4]):
            return True
    return False


def ultimatum(root) -> bool:
    """"Stop your escalations or we'll leave you hanging": a will-clause joined by "or" to an
    imperative is a threat put to someone, not a forecast. The parse does not always join them
    ("Stay away from our ports, or you will learn ...," a general said: the will-clause hangs on
    "said"), so a clause that opens right after "or" in a sentence or quotation that opens with
    an imperative is one too."""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        head = node.head
        if any(c.dep_ == "cc" and (c.lower_ == "or" or c.lower_ == "and" and _addressed(node)) for c in head.children) \
                and _imperative(head):
            return True     # "Stop ... or we'll leave you hanging", "Touch our people and you will regret it"
        node = head
    return _after_or_imperative(root)


def _after_or_imperative(root) -> bool:
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    start = subjects[0].left_edge.i if subjects else root.i
    before = [t for t in root.doc[root.sent.start:start] if not t.is_punct]
    if len(before) < 2 or not (before[-1].lower_ == "or" or before[-1].lower_ == "and" and _addressed(root)):
        return False
    opener = before[0]
    return opener.i < before[-1].i and opener.pos_ == "VERB" and _imperative(opener)


def _addressed(verb) -> bool:
    """A clause about the one addressed ("... and you will regret it"): after "and", an
    imperative makes it a threat or a promise to them, not a forecast."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in verb.children)


def _imperative(verb) -> bool:
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def backshifted_will(verb) -> bool:
    """"Analysts said the summit would almost certainly approve it": a "would" under a verb of
    saying or believing is the reported "will" (the sequence of tenses), a forecast told as the
    source's, not a hypothetical."""
    strengths = lexicon.forecast_modal_strength()
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and strengths.get(c.lower_) == "reported"
               for c in verb.children) and under_speech_verb(verb)


def under_speech_verb(verb) -> bool:
    """Whether a clause is reported under a verb of saying or believing ("said they would soon
    begin", "farmers fear that a failed harvest would push millions into hunger")."""
    return speech_verb_over(verb) is not None


def speech_verb_over(verb):
    """The nearest verb of saying or believing a clause is reported under, climbing complement
    clauses and conjuncts; None when there is none."""
    speech = set(lexicon.listed("forecast_reporting_verbs.txt")) | {
        lemma for lemma, row in lexicon.speech_verbs().items() if row["cognition"] == "1"}
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in speech:
            return node
    return None


def denied_by_subject(verb, some: bool = False) -> bool:
    """"Few in Lima expect it to pass", "no analyst expects ...": a subject that denies the
    estimate turns it into its negative. With `some`, only the subjects that leave a few
    holding it ("few": data partial_denying_subjects)."""
    denying = W("partial_denying_subjects") if some else W("denying_subjects")
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in denying or any(
                d.dep_ in ("det", "amod") and d.lower_ in (denying if some else denying | {"no"}) and d.i < subject.i
                for d in subject.children):
            return True
    return False


def tokens_in(span, start: int, end: int) -> list:
    """Tokens of a sentence span whose characters fall in [start, end) of the sentence text."""
    base = span.start_char
    return [t for t in span if t.idx - base >= start and t.idx - base + len(t) <= end]
