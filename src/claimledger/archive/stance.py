"""Stance: where a voice stands on what it reports, and where the author stands on it.

Three signals, each from a data file (loaded through `claimledger.lexicon`):
- the attribution cue (`stance_cues.tsv`): "denied" -> the voice denies; "confirmed" -> it
  confirms, and an author who writes "admitted" presents the content as fact, while "claimed"
  passes it on without endorsing it; a negated cue ("did not confirm", "declined to confirm")
  takes no side;
- the author's commentary (`stance_commentary.tsv`): "that is clearly not the case", footage
  that "tells a different story", "could not be independently verified" — in the sentence
  outside the attributed words, or in the author's own next sentence;
- negation (`negation_cues.txt`): a report whose content is negated where the claim's is not
  ("no ship suffered damage" against "a ship was damaged") says the opposite of the claim.

Everything here is plain string work over stored sentences and attribution cues (no spaCy), so
`claims check` can run it on thousands of sentences in well under a second.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from .. import lexicon

# The stance of a voice (or of the author) toward a claim.
STANCES = ("asserts", "confirms", "denies", "disputes", "retracts", "reports")
AGAINST = ("denies", "disputes", "retracts")
FOR = ("asserts", "confirms")

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# The same words read from the lower-cased text, "n't" split off ("didn't" -> "did", "n't").
_LOWER_WORD = re.compile(r"[a-z0-9]+(?=n't(?![a-z]))|n't(?![a-z])|[a-z0-9]+(?:'[a-z]+)?")
# Words between a negation and the cue it negates ("did not immediately confirm").
_NEGATION_REACH = 3
# Verbs that negate the cue after them ("declined to confirm", "refused to deny").
_REFUSALS = ("declined", "refused", "declines", "refuses", "declining", "refusing", "failed", "fails")


@dataclass(frozen=True)
class StanceCue:
    """A word or phrase that decided a stance, and where it stands (offsets into the text given)."""
    text: str
    signal: str          # attribution | commentary | negation | hedge
    stance: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "signal": self.signal, "stance": self.stance, "start": self.start, "end": self.end}


@dataclass
class Stance:
    voice: str                               # the source's stance (the author's when unattributed)
    author: str                              # the author's stance toward the claim
    cues: list[StanceCue] = field(default_factory=list)


# --- the word lists -------------------------------------------------------------------------

def _inflections(lemma: str) -> set[str]:
    """The forms a reporting verb takes in news text: deny -> denies, denied, denying."""
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing", lemma + "es"}
    if lemma.endswith("y") and len(lemma) > 3 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):   # admit -> admitted, regret -> regretted
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    irregular = {"say": {"said"}, "tell": {"told"}, "find": {"found"}, "show": {"shown"}, "write": {"wrote", "written"},
                 "think": {"thought"}, "withdraw": {"withdrew", "withdrawn"}, "prove": {"proven"},
                 "cast": {"cast", "casting"}}
    return forms | irregular.get(lemma, set())


@lru_cache(maxsize=1)
def cue_forms() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Word sequence (lower case) -> (lemma, voice stance, author stance). A phrase's first word
    is inflected ("ruled out", "walks back"); a one-word cue in all its forms."""
    forms: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for row in lexicon.rows("stance_cues.tsv"):
        words = row["cue"].lower().split()
        value = (row["cue"].lower(), row["voice"], row["author"])
        if words[0].endswith("ly") or words in (["according", "to"], ["citing"]):
            forms[tuple(words)] = value           # adverbs and fixed phrases do not inflect
            continue
        for form in _inflections(words[0]):
            forms[(form, *words[1:])] = value
    return forms


@lru_cache(maxsize=1)
def cue_first_words() -> frozenset[str]:
    """The words a cue can start with: most words of a sentence are none of them, and are
    passed over with one set lookup."""
    return frozenset(key[0] for key in cue_forms())


@lru_cache(maxsize=1)
def commentary_patterns() -> tuple[re.Pattern, tuple[str, ...], frozenset[str]]:
    """All commentary patterns as one alternation (one scan of a sentence), the stance of each
    branch in order, and the words one of which a sentence needs for any branch to match."""
    rows = lexicon.rows("stance_commentary.tsv")
    combined = "|".join(f"(?P<c{i}>{row['pattern']})" for i, row in enumerate(rows))
    needs = frozenset(word for row in rows for word in row["needs"].lower().split())
    return re.compile(combined, re.IGNORECASE), tuple(row["stance"] for row in rows), needs


@lru_cache(maxsize=1)
def negation_words() -> frozenset[str]:
    return frozenset(lexicon.listed("negation_cues.txt"))


# The cue families of the certainty model's table (data/certainty_features.tsv) that hedge a
# statement; boosters, cognition verbs ("think", "expect": often the attribution itself) and
# tendencies are left out.
_HEDGE_FEATURES = frozenset({"modal", "seeming", "estimate", "possibility", "evidential"})


@lru_cache(maxsize=1)
def hedge_words() -> frozenset[str]:
    """One-word hedges of the certainty table (may, might, apparently, reportedly, unconfirmed, …)
    as the word forms a sentence shows: a sentence full of them discusses a claim rather than
    stating it. The table lists verbs by lemma ("seem"); their regular forms are added here,
    because the stance rules read sentences as words, not tagged tokens."""
    out: set[str] = set()
    for row in lexicon.rows("certainty_features.tsv"):
        phrase = row["phrase"]
        if row["feature"] not in _HEDGE_FEATURES or " " in phrase:
            continue
        out.add(phrase)
        if row["feature"] == "seeming" and not _adverb(phrase):
            out.update(_verb_forms(phrase))
    return frozenset(out)


def _adverb(word: str) -> bool:
    """apparently, seemingly, ostensibly (not imply)."""
    return word.endswith("ly") and len(word) > 6


def _verb_forms(lemma: str) -> tuple[str, ...]:
    """Regular -s, -ed and -ing forms of an English verb (seem, appear, suggest, indicate, imply)."""
    if lemma.endswith("y"):
        return lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d", lemma[:-1] + "ing"
    return lemma + "s", lemma + "ed", lemma + "ing"


# --- finding cues ---------------------------------------------------------------------------

def lower_words(text: str) -> list[str]:
    """The words of words_with_offsets, without their offsets (quicker where none are needed)."""
    lower = text.lower().replace("’", "'")
    if len(lower) == len(text):
        return _LOWER_WORD.findall(lower)
    return [w for w, _, _ in words_with_offsets(text)]


def words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    """Lower-case words with their offsets; "didn't" gives "did" and "n't"."""
    lower = text.lower().replace("’", "'")
    if len(lower) == len(text):          # (a few letters change length when lower-cased)
        return [(m.group(0), *m.span()) for m in _LOWER_WORD.finditer(lower)]
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0).lower().replace("’", "'")
        if word.endswith("n't"):
            out.append((word[:-3], m.start(), m.end() - 3))
            out.append(("n't", m.end() - 3, m.end()))
        else:
            out.append((word, m.start(), m.end()))
    return out


def find_cues(text: str, words: Optional[list[tuple[str, int, int]]] = None) -> list[StanceCue]:
    """Reporting words of stance_cues.tsv in `text`, each with the stance it gives its voice;
    a cue under a negation or a refusal ("did not confirm", "declined to deny") reports only."""
    words = words if words is not None else words_with_offsets(text)
    found = []
    for index, size, voice in cue_matches([w for w, _, _ in words]):
        start, end = words[index][1], words[index + size - 1][2]
        found.append(StanceCue(text[start:end], "attribution", voice, start, end))
    return found


def cue_matches(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(first token, number of tokens, voice stance) of each reporting cue among lower-case tokens."""
    starts = cue_first_words()
    if starts.isdisjoint(tokens):
        return []
    forms = cue_forms()
    found, i = [], 0
    while i < len(tokens):
        if tokens[i] not in starts:
            i += 1
            continue
        for size in (3, 2, 1):
            key = tuple(tokens[i: i + size])
            if len(key) == size and key in forms:
                voice = forms[key][1]
                if voice != "reports" and _cue_negated(tokens, i):
                    voice = "reports"
                found.append((i, size, voice))
                i += size - 1
                break
        i += 1
    return found


def _cue_negated(tokens: list[str], index: int) -> bool:
    negations = negation_words()
    return any(w in negations or w in _REFUSALS for w in tokens[max(0, index - _NEGATION_REACH): index])


def author_stance_of_cue(cue_text: str) -> tuple[str, str]:
    """(voice stance, author stance) for a stored attribution cue ('denied', 'According',
    'Reuters, citing two port officials:'); an unknown reporting word asserts and reports."""
    forms = cue_forms()
    words = [w for w, _, _ in words_with_offsets(cue_text)]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            key = tuple(words[i: i + size])
            if key in forms:
                _lemma, voice, author = forms[key]
                return voice, author
    return "asserts", "reports"


# Where the author takes the word back inside an attributed stretch: "…, but that is clearly not
# the case", "…, which is hard to square with the images".
_AUTHOR_TURN = re.compile(r"(?:[,;:]|\s[—–-])\s*(?:which|but|yet|though|although|however|something|a claim|an assertion)\b"
                          r"|;\s", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def commentary(text: str, outside: Optional[tuple[int, int]] = None, cue_end: Optional[int] = None,
               words: Optional[list[tuple[str, int, int]]] = None, tokens: Optional[list[str]] = None) -> list[StanceCue]:
    """The author's commentary phrases in `text`. Inside `outside` (the attributed words) a
    phrase is the source's, not the author's — unless the author takes the word back after the
    reporting cue ("…, but that is clearly not the case"). Quoted words are never the author's."""
    pattern, stances, needs = commentary_patterns()
    if tokens is None:
        tokens = [w for w, _, _ in words] if words is not None else lower_words(text)
    if needs.isdisjoint(tokens):
        return []
    found = []
    quoted = None
    for m in pattern.finditer(text):
        if quoted is None:
            quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
        if any(a <= m.start() and m.end() <= b for a, b in quoted):
            continue
        if outside and outside[0] <= m.start() and m.end() <= outside[1]:
            turn_from = cue_end if cue_end is not None else outside[0]
            if not _AUTHOR_TURN.search(text, turn_from, m.start()):
                continue
        stance = stances[int(m.lastgroup[1:])]
        found.append(StanceCue(m.group(0), "commentary", stance, m.start(), m.end()))
    return found


def negations(text: str, words: Optional[list[tuple[str, int, int]]] = None) -> list[StanceCue]:
    negators = negation_words()
    words = words if words is not None else words_with_offsets(text)
    return [StanceCue(text[s:e], "negation", "denies", s, e) for w, s, e in words if w in negators]


# --- the stance of one report ---------------------------------------------------------------

def _flip(stance: str) -> str:
    """The stance toward a claim of a voice that says the opposite of it."""
    return {"asserts": "denies", "confirms": "denies", "denies": "asserts"}.get(stance, stance)


def report_stance(sentence: str, cue: Optional[str] = None, span: Optional[tuple[int, int]] = None,
                  claim: Optional[str] = None, following: Iterable[str] = ()) -> Stance:
    """The stance of a report (a stored sentence) toward `claim` (or toward its own content
    when no claim is given).

    `cue` is the stored attribution cue (None: the author speaks), `span` the attributed words'
    offsets within the sentence, `following` the author's own next sentence(s), where a comment
    on the report often stands ("Footage circulating on Telegram tells a different story")."""
    words = words_with_offsets(sentence)
    cues: list[StanceCue] = []
    if cue:
        voice, author = author_stance_of_cue(cue)
        at = sentence.find(cue)
        found = [c for c in find_cues(sentence, words) if at < 0 or c.start >= at]
        if found:
            # The cue found in the sentence carries its negation ("did not confirm").
            voice = found[0].stance
            cues.append(found[0])
        else:
            cues.append(StanceCue(cue, "attribution", voice, max(at, 0), max(at, 0) + len(cue)))
    else:
        voice, author = "asserts", "asserts"
        hearsay = [c for c in find_cues(sentence, words) if c.stance == "reports"]
        if hearsay:   # "reportedly", "allegedly": the author passes it on
            voice = author = "reports"
            cues.append(hearsay[0])
    attribution = [c for c in cues if c.signal == "attribution"]
    comments = commentary(sentence, outside=(span or (0, len(sentence))) if cue else None,
                          cue_end=attribution[0].end if attribution else None)
    if claim is not None:
        # The voice's words: after its cue, less the author's comment ("… but that is not the case").
        content = sentence[attribution[0].end:] if attribution else sentence
        shift = attribution[0].end if attribution else 0
        for c in comments:
            lo, hi = max(0, c.start - shift), max(0, c.end - shift)
            content = content[:lo] + " " * (hi - lo) + content[hi:]
        if len(negations(content)) % 2 != len(negations(claim)) % 2:
            flipped = _flip(voice)
            if flipped != voice:
                cues.extend(StanceCue(n.text, n.signal, n.stance, n.start + shift, n.end + shift)
                            for n in negations(content)[:1])
                voice = flipped
                if author == "asserts":
                    author = flipped
    offset = len(sentence) + 1
    for text in following:
        comments += [StanceCue(c.text, c.signal, c.stance, c.start + offset, c.end + offset) for c in commentary(text)]
        offset += len(text) + 1
    if comments:
        author = comments[0].stance
        cues.append(comments[0])
        if not cue:
            voice = author
    return Stance(voice, author, cues)
