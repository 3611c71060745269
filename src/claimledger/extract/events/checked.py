"""Round 22 of issue 13: what a text sets aside as untrue by its layout or its own correction.

- A fact-check quotes each claim on a line of its own ('CLAIM 3: "Troops burned the market."')
  and gives its verdict below it ('VERDICT: FALSE.'). An act told inside a claim whose verdict
  calls it false did not happen as told: denied, as 'rumours that ... were untrue' is.
- A correction repeats what the text first said ('the 09:10 post first claimed guards had
  used live rounds', 'a previous edition stated ...'): what an earlier version
  said and the correction takes back is denied.
Word lists: data/words_events.tsv (checked_claim_labels, checked_verdict_labels, checked_false_verdicts,
retracted_text_nouns, retraction_adverbs)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ... import lexicon

_LABEL = re.compile(r"^\W*([A-Za-z][A-Za-z ]{0,20}?)\s*(?:#?\d{1,2})?\s*[:|–—-]\s*(.*)$")


def _label(line: str) -> tuple[str, str]:
    """('claim', rest) for 'CLAIM 4: "..."'; ('', line) when the line opens with no label."""
    m = _LABEL.match(line)
    if m is None:
        return "", line
    return m.group(1).strip().lower(), m.group(2)


@lru_cache(maxsize=8)
def claims_found_false(text: str) -> frozenset[int]:
    """Line numbers (1-based) of the claims a fact-check quotes and its verdict calls false: a line
    opening with a claim label, whose verdict (a verdict label on the same line after the claim, or
    on the next line with text) opens with a word of falsehood ('FALSE', 'FABRICATED'); a claim
    found misleading, unproven or partly true keeps its acts."""
    lines = text.split("\n")
    out = set()
    claim_labels = lexicon.words("checked_claim_labels")
    verdict_labels = lexicon.words("checked_verdict_labels")
    false_words = lexicon.words("checked_false_verdicts")
    for i, line in enumerate(lines):
        label, rest = _label(line)
        if label not in claim_labels:
            continue
        verdict = None
        inline = re.search(r"\b(" + "|".join(re.escape(v) for v in sorted(verdict_labels)) + r")\s*:\s*(.*)$", rest, re.I)
        if inline is not None:
            verdict = inline.group(2)
        else:
            after = next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")
            v_label, v_rest = _label(after)
            if v_label in verdict_labels:
                verdict = v_rest
        if verdict is None:
            continue
        first = re.findall(r"[A-Za-z]+(?:[ -](?:on fire))?", verdict)
        if first and first[0].lower() in false_words:
            out.add(i + 1)
    return frozenset(out)


def retracted(trigger) -> bool:
    """Is the trigger in what an earlier version of the text said, which a correction takes back?
    The content clause of a verb of saying whose subject is the text itself ('entry', 'version',
    'story') with 'originally', 'earlier', 'wrongly' on the verb or 'earlier', 'original' on that
    noun ('the 09:10 post originally claimed guards had ...', 'a previous edition stated ...')."""
    node = trigger
    for _ in range(6):
        if node.head is node:
            return False
        if node.dep_ == "ccomp":
            verb = node.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"
                            and c.lemma_.lower() in lexicon.words("retracted_text_nouns")), None)
            if subject is None:
                return False
            adverbs = lexicon.words("retraction_adverbs")
            return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children) or any(
                c.dep_ == "amod" and c.lower_ in adverbs for c in subject.children)
        node = node.head
    return False


# Round 23: what a line ending in a colon lists below it.
_ITEM = re.compile(r"^\s*(?:[-•*–—]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\(?\d{1,2}[.)])\s+\S")
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+\S")
_WORD = re.compile(r"[a-z]+")


def _dictionary_forms(word: str) -> Iterator[str]:
    """The forms a plain verb's dictionary form may take once its ending is cut ('calls', 'urged',
    'agreed' -> 'call', 'urge', 'agree'), to meet the lead-in lists, which hold dictionary forms only;
    the word itself comes first. The lead-in line is read as text, not as a parse."""
    for stem in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("ed") else None,
                 word[:-1] if word.endswith("d") else None, word[:-3] if word.endswith("ies") else None):
        if stem:
            yield stem
    if word.endswith("ies"):
        yield word[:-3] + "y"


@lru_cache(maxsize=8)
def listed_under_lead_in(text: str) -> dict[int, str]:
    """Line numbers (1-based) of the items a lead-in line lists, with how their acts are told: a line
    ending in a colon whose words hold a verb of asking ('calls on the government to:') makes the items
    below it 'hypothetical' (what is asked for), one with a verb of agreeing or deciding ('The two
    sides agreed:') makes them 'planned'. Items are the lines that open with a dash, a bullet or a
    letter or number in brackets ('(a)', 'b)', '- '), up to the first line with text that is no item."""
    lines = text.split("\n")
    asked = lexicon.words("lead_in_request_verbs")
    decided = lexicon.words("lead_in_decision_verbs")
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not line.rstrip().endswith(":"):
            continue
        numbered = _NUMBERED.match(line) is not None     # '8. The Commission agreed:': its items are lettered, and the
                                                          # next numbered paragraph is no item of it
        words = [w for w in _WORD.findall(line.lower())]
        stems = {s for w in words for s in _dictionary_forms(w)}
        told = "hypothetical" if stems & asked else "planned" if stems & decided else None
        if told is None:
            continue
        for j in range(i + 1, len(lines)):
            if not lines[j].strip():
                continue
            if not _ITEM.match(lines[j]) or numbered and _NUMBERED.match(lines[j]):
                break
            out[j + 1] = told
    return out
