"""Issue 13: kinds of wording a learned verifier weighted against (docs/events.md, "Verifier-pointed
kinds checked on the read sets"), counted on the even read sets and fixed only where a rule of the genre
removes clearly more false alarms than right events. Every sentence here is our own, none taken from a
test set or an ACLED note.
- 'call' coded ACCUSE inside a free relative under a preposition ('marched against what organisers
  called "a witch hunt"'): the label names the thing the sentence tells of; no party blames another."""
from __future__ import annotations

from event_support import codes

PUBLISHED = "2026-06-10"


def _codes(text: str) -> list[str]:
    return codes(text, PUBLISHED)


def test_a_label_in_a_free_relative_under_a_preposition_accuses_no_one():
    assert "ACCUSE" not in _codes('About 3,000 fishermen marched in Velmora on Tuesday against what organisers '
                                  'called "a witch hunt" by the coast guard.')


def test_a_party_calling_a_measure_a_term_of_blame_still_accuses():
    assert "ACCUSE" in _codes('The Ostrian foreign ministry called the new tariffs "economic blackmail" on Tuesday.')
