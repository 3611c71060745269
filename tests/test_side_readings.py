"""The dispatch of side_readings.more_triggers (its module docstring): each construction declares the tag and lemmas
a token must have for it to fire, and a token is offered only to the rows it fits. The gate is a speed-up only: here
every construction is run on every token of invented sentences and of the read events sets' texts (rounds 28-29 read
heldout20-21), and must find nothing on a token its row's gate rules out."""
from __future__ import annotations

import glob

import pytest

from claimledger.extract.events import side_readings, triggers
from claimledger.parse import load_pipeline
from claimledger.settings import get_settings

# one or more sentences per construction, our own wording, in the genre of the readings' docstrings
SENTENCES = [
    "Riot officers drove the protesters back towards the square with batons.",
    "Four men were taken for questioning on Monday night.",
    "The opposition delegation walked out of the session in protest.",
    "Customs and the coastguard conducted a joint inspection of the vessel.",
    "Masked men swore to burn the warehouses if the strikers were sacked.",
    "The deputy said her party would file a complaint against the governor if no answer came.",
    "The ministry thanked the envoy and said there was nothing to negotiate.",
    "The curfew imposed in the district in May was lifted for two days by order.",
    'A union leader said the evictions were "a war on the poor".',
    "If both parties wish to meet, Valmora will host them.",
    "The patrol came under fire near the ford.",
    "The army rushed two battalions of troops to the border.",
    "A first contingent of 80 officers arrived on Friday.",
    "The detainees have been refusing food for twelve days.",
    "The police dismissed reports that officers had beaten the driver.",
    'The governor said there would be "no negotiation under threats".',
    "The council says no one from its wards took part.",
    "The group claimed the two blasts and said there would be more.",
    "Border guards picked them up at the crossing.",
    "The lawyers filed an urgent petition at the court seeking access to the prisoners.",
    "Some have asked for a curfew. The government will not impose one.",
    "If the junta does not free them, we will cut our aid.",
    "We welcome the offer made on Monday by the minister to receive a delegation.",
    "The drivers' association called a 24-hour shutdown of the province.",
]


def _docs():
    nlp = load_pipeline(get_settings().pipeline)
    texts = SENTENCES + [open(p, encoding="utf-8").read()
                         for s in ("dev", "heldout20", "heldout21") for p in sorted(glob.glob(f"tests/events/{s}/*.txt"))]
    return list(nlp.pipe(texts))


@pytest.fixture(scope="module")
def docs():
    return _docs()


def test_every_gate_is_a_test_its_reading_makes(docs):
    fired = set()
    rows = [c for group in side_readings.CONSTRUCTIONS.values() for c in group]
    for doc in docs:
        for token in doc:
            for row in rows:
                found = row(token, triggers._conditioned, triggers._stated_future)
                if found:
                    fired.add(row.read.__name__)
                    assert row.fits(token.pos_, token.tag_, token.lemma_.lower()), (
                        f"{row.read.__name__} fires on {token.text!r} ({token.pos_} {token.tag_} {token.lemma_}) "
                        f"in {token.sent.text!r}, which its gate rules out")
    # the invented sentences reach most readings, so the check above is not empty
    assert len(fired) >= len(rows) // 2, sorted(fired)


def test_offered_keeps_the_order_of_the_table():
    group = side_readings.CONSTRUCTIONS[29]
    offered = side_readings._offered("VERB", "VBD", "reject")[1]
    assert [c.read for c in offered] == [c.read for c in group if c.fits("VERB", "VBD", "reject")]
    assert offered[0].read is side_readings.refusing_food
    assert side_readings._offered("DET", "DT", "the") == ()      # most tokens: no reading at all
