"""Issue 13 event coding (extract/events/: extractor.py and its parts): factuality, literal vs figurative
violence, triggers of every kind, actor-like roles with instruments apart, one row per
happening, casualty counts in number words, geocoding with ISO code and precision, dates with
precision. One document analysed once; each line tests one behaviour."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line, killed



TEXT = "\n".join([
    "Jihadist fighters ambushed an army convoy near Gao on Tuesday, killing twenty-four soldiers.",      # 1
    "In all, one hundred and twelve people were killed in Sinaloa in January as cartel factions fought.",  # 2
    "Gunmen attacked the village and killed thirty-seven civilians.",                                    # 3
    "The Africa Corps has not stormed Kidal since November.",                                           # 4
    "No one was killed in the district last week.",                                                      # 5
    "Such strikes would kill cooks and chemists, not the capos.",                                        # 6
    "The garrison will surrender only if its ammunition runs out.",                                     # 7
    "The president's adviser attacked the prime minister on television for losing control.",           # 8
    "The captain addressed a campaign rally in Ouagadougou, hammering his critics for an hour.",        # 9
    "Residents clashed with soldiers outside the governor's office.",                                    # 10
    "Police beat up two journalists in Mogadishu.",                                                      # 11
    "The defence minister resigned on Friday.",                                                          # 12
    "Bamako refused to apologise. The spokesman declined to comment.",                                  # 13
    "Kenya's defence ministry said al-Shabaab fighters attacked a police post in Mandera.",             # 14
    "A missile hit a power plant near Odesa.",                                                           # 15
    "Texas deployed National Guard troops to Eagle Pass.",                                               # 16
    "Oil brokers in London said Wagner fighters seized the town.",                                       # 17
    "Teachers went on strike in Lagos. A drone strike hit a convoy in Jilib.",                          # 18
    "In August 2010 the Zetas massacred seventy-two migrants in Tamaulipas.",                            # 19
    "Officials describe the border as facing grave security threats.",                                   # 20
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2025-02-14")


def test_one_row_per_happening_with_its_toll_in_number_words(events):
    rows = [e for e, _, _ in events[1] if e.code == "ASSAULT"]
    assert len(rows) == 1 and killed(rows[0]) == [24]
    assert rows[0].date == "2025-02-11" and rows[0].date_precision == "day"
    assert [killed(e) for e, _, _ in events[2] if e.code == "ASSAULT"][0] == [112]
    assert [e for e, _, _ in events[2]][0].date_precision == "month"
    assert [killed(e) for e, _, _ in events[3] if e.code == "ASSAULT"] == [[37]]


@pytest.mark.parametrize("line, factuality", [(4, "negated"), (5, "negated"), (6, "hypothetical"), (7, "hypothetical")])
def test_factuality(events, line, factuality):
    assert {e.factuality for e, _, _ in events[line]} == {factuality}


def test_zero_count_is_a_toll_of_zero(events):
    assert killed(events[5][0][0]) == [0]


def test_verbal_attacks_are_accusations_and_rallies_no_protests(events):
    assert [e.code for e, _, _ in events[8]] == ["ACCUSE"]
    assert "ASSAULT" not in {e.code for e, _, _ in events.get(9, [])}
    assert "PROTEST" not in {e.code for e, _, _ in events.get(9, [])}


def test_crowds_clashing_is_a_riot_and_beat_up_an_assault(events):
    (riot, actor, target), = events[10]
    assert riot.code == "PROTEST" and riot.mode == "riot" and actor == "Residents"
    (beating, actor, target), = events[11]
    assert beating.code == "ASSAULT" and beating.mode == "beat" and target == "journalists"


def test_resignation_and_refusal(events):
    assert [(e.code, e.mode) for e, _, _ in events[12]] == [("RETREAT", "resign")]
    assert [e.code for e, _, _ in events[13]] == ["REJECT"]     # no CONCEDE for what was refused; no 'declined to comment'


def test_the_reporting_country_is_not_the_perpetrator(events):
    (attack, actor, target), = [x for x in events[14] if x[0].code == "ASSAULT"]
    assert actor is not None and "shabaab" in actor.lower() and attack.factuality == "reported"
    assert attack.location.name == "Mandera" and attack.location.country_code == "KE"


def test_weapons_are_instruments_not_actors(events):
    (hit, actor, target), = events[15]
    assert actor is None and hit.instruments == ["missile"]


def test_us_state_and_small_city(events):
    (deploy, actor, _), = events[16]
    assert deploy.code == "MOBILIZE" and deploy.location.name == "Eagle Pass"
    assert deploy.location.country_code == "US" and deploy.location.admin1 == "Texas" and deploy.location.geo_precision == "place"


def test_a_group_name_and_a_city_named_for_another_reason_are_no_places(events):
    for ev, _, _ in events.get(17, []):
        assert ev.location is None or ev.location.name not in ("London", "Wagner")


def test_labour_strike_and_air_strike(events):
    codes = [(e.code, e.mode) for e, _, _ in events[18]]
    assert ("PROTEST", "strike-lim") in codes and any(c == "ASSAULT" for c, _ in codes)


def test_month_precision_of_a_past_date(events):
    (massacre, actor, _), = events[19]
    assert massacre.date == "2010-08-01" and massacre.date_precision == "month" and killed(massacre) == [72]
    assert massacre.location.admin1 == "Tamaulipas" and massacre.location.geo_precision == "region"


def test_security_threats_are_no_threat(events):
    assert 20 not in events


def test_every_event_is_dated_or_marked_undated(events):
    for rows in events.values():
        for ev, _, _ in rows:
            assert ev.date is not None or ev.date_precision == "undated"
            assert ev.date_precision in ("day", "week", "month", "year", "undated")
