"""Every word set claimledger uses, loaded from `claimledger/data/` (each file notes its source).

No module holds a word list of its own (segment, probability and every extractor ask here);
`resources` only knows how the data files are written.
- `words(name)`: a named set of the grouped word-set files (data/words_*.tsv: small classes
  such as "light_verbs" or "first_person", each introduced by a comment naming its source);
  `mapping(name)` for the sets that map a word to a value; `phrases(name)` for multi-word ones;
- `modals(*senses)`, `canonical_modal(form)`: the modal auxiliaries (data/modals.tsv);
- `listed(file)`, `rows(file)`, `archived_rows(zip, member)`, `regexes(file)`: the one-list-per-file data (hedges, speech
  verbs, PLOVER patterns, gap cues ...), as lines, table rows or compiled expressions;
- a few shaped tables several modules read (`speech_verbs`, `speech_nouns`, `gap_nouns` …).

Dependency labels, part-of-speech tags, entity labels and the contract's own vocabularies
(source types, PLOVER codes) are the code's, not words of English: they stay beside the code.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from .resources import archived_table as _archived_table
from .resources import patterns as _patterns
from .resources import table as _table
from .resources import word_list as _word_list

WORD_SET_FILES = ("words_grammar.tsv", "words_attribution.tsv", "words_sentence.tsv", "words_entities.tsv",
                  "words_events.tsv", "words_forecasts.tsv", "words_forecast_plans.tsv",
                  "words_forecast_turns.tsv", "words_event_readings.tsv",
                  "words_event_readings29.tsv")


def listed(name: str) -> tuple[str, ...]:
    """A one-entry-a-line data file, lower-cased, in file order."""
    return _word_list(name)


def rows(name: str) -> tuple[dict[str, str], ...]:
    """A TSV data file's rows, keyed by its header."""
    return _table(name)


def archived_rows(archive: str, member: str) -> tuple[dict[str, str], ...]:
    """The rows of one part of a large table kept as a zip of TSV files (data/towns1000_a-l.zip:
    one member a country)."""
    return _archived_table(archive, member)


def regexes(name: str) -> tuple[re.Pattern, ...]:
    """A data file of regular expressions, one a line, compiled case-insensitive."""
    return _patterns(name)


@lru_cache(maxsize=1)
def _word_sets() -> dict[str, dict[str, str]]:
    sets: dict[str, dict[str, str]] = {}
    for name in WORD_SET_FILES:
        for row in _table(name):
            sets.setdefault(row["set"], {})[row["word"]] = row["value"]
    return sets


def set_names() -> list[str]:
    return list(_word_sets())


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A named word set (data/words_*.tsv)."""
    return frozenset(_word_sets()[name])


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """A named set that maps each word to a value."""
    return dict(_word_sets()[name])


@lru_cache(maxsize=None)
def phrases(name: str) -> frozenset[tuple[str, ...]]:
    """A named set of phrases, each as its tuple of words."""
    return frozenset(tuple(p.split()) for p in _word_sets()[name])


# -- modal auxiliaries -----------------------------------------------------------------------
@lru_cache(maxsize=None)
def modals(*senses: str, sure: bool = False) -> frozenset[str]:
    """Modal forms with one of these senses (future, hypothetical, possibility, ability,
    obligation), or "lookalike" (forms that are also other words), or all with no argument;
    `sure` leaves out the spellings that are as often another auxiliary ("'d": had)."""
    found = set()
    for row in _table("modals.tsv"):
        if sure and row["also"]:
            continue
        if not senses or row["sense"] in senses or "lookalike" in senses and row["lookalike"] == "1":
            found.add(row["form"])
    return frozenset(found)


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    return {row["form"]: row["canonical"] for row in _table("modals.tsv")}


def canonical_modal(form: str) -> str:
    """'ll, wo, shall -> will; ca -> can; anything else unchanged."""
    return _canonical().get(form, form)


# -- shaped tables that several modules read ---------------------------------------------------
@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, dict[str, str]]:
    """Verbs of saying, writing and thinking (data/speech_verbs.tsv), by lemma."""
    return {row["lemma"]: row for row in _table("speech_verbs.tsv")}


@lru_cache(maxsize=1)
def speech_nouns() -> dict[str, dict[str, str]]:
    """Report, statement and rumour nouns (data/speech_nouns.tsv), by noun."""
    return {row["noun"]: row for row in _table("speech_nouns.tsv")}


@lru_cache(maxsize=1)
def hearsay_adverbs() -> frozenset[str]:
    return frozenset(_word_list("hearsay_adverbs.txt"))


@lru_cache(maxsize=1)
def person_roles() -> dict[str, dict[str, str]]:
    """Titles and role nouns of people (data/antecedent_roles.tsv), by word as written: "sen." ->
    {role: senator, ...}, "spokeswoman" -> {gender: f, ...}. Titles with a dot ("Hon.", "Gen.")
    end no sentence and are no part of a speaker's name."""
    return {row["word"]: row for row in _table("antecedent_roles.tsv")}


@lru_cache(maxsize=1)
def dotted_titles() -> frozenset[str]:
    """The titles of person_roles() written with a dot ("hon.", "mr.", "gen.")."""
    return frozenset(word for word in person_roles() if word.endswith("."))


@lru_cache(maxsize=1)
def source_titles() -> dict[str, str]:
    """Titles that type a speaker (data/source_titles.tsv): title -> source type."""
    return {row["title"].lower(): row["type"] for row in _table("source_titles.tsv")}


@lru_cache(maxsize=1)
def gap_nouns() -> dict[str, tuple[str, bool]]:
    """What a lead-in may introduce (data/gap_cues.tsv): noun -> (expected kind, is it visual)."""
    return {row["noun"]: (row["expected"], row["visual"] == "1") for row in _table("gap_cues.tsv")}


@lru_cache(maxsize=1)
def forecast_modal_strength() -> dict[str, str]:
    """How each modal reads as a forecast (data/modals.tsv): strong, weak, reported."""
    return {row["form"]: row["forecast"] for row in _table("modals.tsv") if row["forecast"]}


@lru_cache(maxsize=1)
def forecast_verb_frames() -> dict[tuple[str, str, str], dict[str, str]]:
    """Verb frames whose object is a forecast (data/forecast_verb_frames.tsv: "pencil in", "look
    for", a negated "rule out"), by (verb, particle or "-", polarity "pos"/"neg")."""
    return {(row["verb"], row["particle"], row["polarity"]): row for row in _table("forecast_verb_frames.tsv")}


@lru_cache(maxsize=1)
def event_mode_cues() -> tuple[tuple[str, re.Pattern, str], ...]:
    """The words that tell an event's PLOVER mode (data/event_mode_cues.tsv: the ACLED codebook's
    words per sub-event type), as (PLOVER code, compiled pattern, mode) in file order."""
    return tuple((row["code"], re.compile(r"\b(?:" + row["pattern"] + ")", re.IGNORECASE), row["mode"])
                 for row in _table("event_mode_cues.tsv"))


def mode_in(code: str, text: str):
    """The first mode of `code` whose cue `text` holds, or None."""
    return next((mode for cue_code, pattern, mode in event_mode_cues() if cue_code == code and pattern.search(text)), None)


def data_files() -> list[str]:
    """Every data file's name (for the checks that each notes its source)."""
    return sorted(p.name for p in files("claimledger").joinpath("data").iterdir() if p.is_file())
