"""Merging reports into events, ACLED's coding of an event, and what a place says about its
country: the rules on hand-made reports (no extractor involved), and the migration that gives
events stored before issue 14 the new columns."""
from __future__ import annotations

import random

import pytest

from claimledger.acled import actor_type, code_event, event_mode, event_types, interaction
from claimledger.archive.event_merge import MergedEvent, merge, one_per_report
from claimledger.archive.events import EventFilter, counts
from claimledger.contract import Location
from claimledger.geo import country, place_facts

KHAN_YOUNIS = dict(location="Khan Younis", lat=31.34, lon=34.31, country_code="PS", geo_precision="place")
RAFAH = dict(location="Rafah", lat=31.29, lon=34.25, country_code="PS", geo_precision="place")
KHARKIV = dict(location="Kharkiv", lat=49.98, lon=36.25, country_code="UA", geo_precision="place")
_pk = iter(range(1, 10_000))


def report(document="d1", sentence="s1", code="ASSAULT", published="2024-01-10", **fields) -> dict:
    row = {"pk": next(_pk), "document_id": document, "id": f"ev{next(_pk)}", "sentence_id": sentence, "code": code,
           "published": published, "factuality": "asserted", "url": f"https://{document}.example/a", "title": document}
    row.update(fields)
    return row


def groups(reports) -> set[frozenset]:
    return {frozenset(r["id"] for r in e.reports) for e in merge(reports)}


# -- merging ------------------------------------------------------------------------------------
def test_two_outlets_one_strike_merge_with_both_tolls():
    wire = report("wire", date="2024-01-08", fatalities_low=24, fatalities_high=24, actor="Israel", **KHAN_YOUNIS)
    column = report("column", published="2024-01-12", date="2024-01-08", fatalities_low=31, fatalities_high=31,
                    actor="Israeli jets", **KHAN_YOUNIS)
    [event] = merge([wire, column])
    assert (event.mentions, event.articles, event.sources) == (2, 2, 2)
    assert [t.text for t in event.tolls] == ["24", "31"] and event.contested and event.fatalities == 24
    assert (event.first_report, event.last_report) == ("2024-01-10", "2024-01-12")


@pytest.mark.parametrize("change, why", [
    ({"date": "2024-01-12"}, "four days later"),
    (RAFAH, "another town, 8 km away"),
    (KHARKIV, "another country"),
    ({"code": "PROTEST"}, "another type"),
    ({"factuality": "planned"}, "a plan is not a happening"),
    ({"factuality": "generic"}, "a generic mention ('each new strike') is not one happening"),
])
def test_different_happenings_are_not_merged(change, why):
    first = report("wire", date="2024-01-08", actor="Israel", target="school", **KHAN_YOUNIS)
    second = report("column", published="2024-01-13",
                    **{**dict(date="2024-01-08", actor="Israel", target="school", **KHAN_YOUNIS), **change})
    assert len(merge([first, second])) == 2, why


def test_a_week_precise_date_and_a_region_still_meet():
    day = report("wire", date="2024-01-08", **KHAN_YOUNIS)
    week = report("column", published="2024-01-14", date="2024-01-10", date_precision="week",
                  location="Gaza Strip", lat=31.4, lon=34.4, geo_precision="region")
    assert len(merge([day, week])) == 1


BORNO = dict(location="Borno", lat=11.7, lon=13.09, country_code="NG", geo_precision="region")
MOGADISHU = dict(location="Mogadishu", lat=2.04, lon=45.34, country_code="SO", geo_precision="place")


def test_two_reports_that_only_share_a_region_stay_apart():
    # ACLED keeps one event per day and location: a region holds many happenings of a day
    first = report("a", date="2020-04-28", actor="Boko Haram", **BORNO)
    second = report("b", published="2020-04-29", date="2020-04-28", actor="Boko Haram", **BORNO)
    assert len(merge([first, second])) == 2


def test_a_day_apart_in_one_city_needs_the_same_parties():
    first = report("a", date="2020-05-04", actor="Al Shabaab militants", **MOGADISHU)
    second = report("b", published="2020-05-06", date="2020-05-05", actor="Al Shabaab militants", **MOGADISHU)
    assert len(merge([first, second])) == 2         # two grenade attacks in two districts of one city
    second["target"] = first["target"] = "police station"
    assert len(merge([first, second])) == 1         # an overnight attack told a day later


def test_one_sentence_is_one_happening_and_a_headline_joins_its_lede():
    noun = report("wire", "s2", action="strike", **KHAN_YOUNIS)
    verb = report("wire", "s2", action="killed", date="2024-01-08", fatalities_low=24, fatalities_high=24, target="people")
    headline = report("wire", "s1", action="kills", target="people", fatalities_low=24, fatalities_high=24)
    other = report("wire", "s5", action="shelled", date="2024-01-08", target="market", **KHARKIV)
    assert groups([noun, verb, headline, other]) == {frozenset({noun["id"], verb["id"], headline["id"]}),
                                                      frozenset({other["id"]})}


def test_an_undated_report_needs_place_and_parties():
    dated = report("wire", date="2024-01-08", actor="Israel", target="school", **KHAN_YOUNIS)
    vague = report("column", published="2024-01-12", actor="Israel", target="school", **KHAN_YOUNIS)
    unplaced = report("blog", published="2024-01-12", actor="Israel", target="school")
    assert groups([dated, vague, unplaced]) == {frozenset({dated["id"], vague["id"]}), frozenset({unplaced["id"]})}
    # an undated report tells of the week before its publication, not of two months earlier
    months = report("monthly", published="2024-03-08", actor="Israel", target="school", **KHAN_YOUNIS)
    assert len(merge([dated, months])) == 2
    # a report dated after the other was published cannot be what it reported
    late = report("late", published="2024-01-20", date="2024-01-15", actor="Israel", target="school", **KHAN_YOUNIS)
    assert len(merge([vague, late])) == 2


def test_a_group_never_takes_in_a_report_that_contradicts_a_member():
    a = report("a", date="2024-01-08", actor="Israel", target="school", **KHAN_YOUNIS)
    b = report("b", published="2024-01-09", actor="Israel", target="school", **KHAN_YOUNIS)       # undated
    c = report("c", published="2024-01-15", date="2024-01-14", actor="Israel", target="school", **KHAN_YOUNIS)
    found = groups([a, b, c])
    assert not any({a["id"], c["id"]} <= g for g in found)


def test_merging_does_not_depend_on_ingest_order():
    rows = [report(f"doc{i % 4}", f"s{i}", date=f"2024-01-{8 + i % 3:02d}", actor=("Israel", "Hamas")[i % 2],
                   target="school", **(KHAN_YOUNIS if i % 3 else RAFAH)) for i in range(12)]
    expected = groups(rows)
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert groups(shuffled) == expected


def test_denied_reports_stay_with_their_event_but_only_happened_ones_count():
    said = report("wire", date="2024-01-08", fatalities_low=5, fatalities_high=5, actor="army", target="village",
                  **KHAN_YOUNIS)
    denied = report("ministry", published="2024-01-11", date="2024-01-08", factuality="denied", fatalities_low=0,
                    fatalities_high=0, actor="army", target="village", **KHAN_YOUNIS)
    [event] = merge([said, denied])
    assert event.happened and event.factuality == "asserted" and event.fatalities == 5
    planned = one_per_report([report("x", factuality="planned", date="2024-01-09", **KHAN_YOUNIS)])
    table = counts([event, *planned], by="type")
    assert table.cells == {("2024-01-08", "ASSAULT"): 1} and table.not_happened == 1
    wanted = EventFilter.parse(factuality="denied")
    assert wanted.accepts(event) and not EventFilter.parse(factuality="planned").accepts(event)


def test_counts_choose_a_period_and_fill_gaps():
    events = one_per_report([report(f"d{i}", date=day, **KHAN_YOUNIS)
                             for i, day in enumerate(["2024-01-03", "2024-03-20", "2024-03-21", None])])
    table = counts(events, by="country")
    assert table.period == "week" and table.undated == 1
    assert table.periods[0] == "2024-01-01" and table.periods[-1] == "2024-03-18" and len(table.periods) == 12
    assert table.cells[("2024-03-18", "unknown")] == 2       # no country name stored on these rows


# -- ACLED coding --------------------------------------------------------------------------------
@pytest.mark.parametrize("name, entity_type, where, expected", [
    ("Sudanese army", None, "SD", 1), ("Russian forces", None, "UA", 8), ("Russia", "state", "UA", 8),
    ("Ukraine", "state", "UA", 1), ("the IDF", None, "LB", 8), ("police", None, None, 1),
    ("rebels", None, "CD", 2), ("M23", "group", "CD", 2), ("gunmen", None, "NG", 3),
    ("ethnic militia", None, "NG", 4), ("rioters", None, "KE", 5), ("protesters", None, "KE", 6),
    ("civilians", None, "PS", 7), ("UN peacekeepers", None, "CD", 8), ("Wagner", None, "ML", 8),
    ("Syrian Democratic Forces", "organisation", "SY", None), ("Houthis", "group", "YE", None),
    ("Joe Biden", "person", "US", None), ("the drone", "group", None, None),
])
def test_actor_types(name, entity_type, where, expected):
    assert actor_type(name, entity_type, where) == expected


def test_interaction_codes_follow_acled():
    assert interaction(1, 7, True) == "17" and interaction(7, 1, True) == "17"
    assert interaction(2, None, False) == "20"          # one-sided: the second digit is 0
    assert interaction(2, None, True) is None           # a second actor whose type nobody knows
    assert interaction(None, 1, True) is None


@pytest.mark.parametrize("code, mode, inter1, inter2, expected", [
    ("ASSAULT", "aerial", 1, None, ("Political violence", "Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "heavy-weapons", 8, 7, ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", None, 3, 7, ("Political violence", "Violence against civilians", "Attack")),
    ("ASSAULT", None, 1, 2, ("Political violence", "Battles", "Armed clash")),
    ("ASSAULT", None, None, None, ("Political violence", None, None)),
    ("ASSAULT", "occupy", 2, 1, ("Political violence", "Battles", "Non-state actor overtakes territory")),
    ("ASSAULT", "disrupted", 1, None, ("Strategic developments", "Strategic developments", "Disrupted weapons use")),
    ("PROTEST", None, 6, None, ("Demonstrations", "Protests", "Peaceful protest")),
    ("PROTEST", "riot", 5, None, ("Demonstrations", "Riots", "Violent demonstration")),
    ("COERCE", "arrest", 1, 6, ("Strategic developments", "Strategic developments", "Arrests")),
    ("AGREE", None, 1, 2, ("Strategic developments", "Strategic developments", "Agreement")),
    ("REJECT", None, 1, None, (None, None, None)),        # words, not an ACLED event
    ("CONSULT", "visit", 1, 1, (None, None, None)),
])
def test_crosswalk(code, mode, inter1, inter2, expected):
    assert event_types(code, mode, inter1, inter2) == expected


@pytest.mark.parametrize("action, sentence, expected", [
    ("shelled", "Russian forces shelled a market in Kharkiv.", "heavy-weapons"),
    ("shot", "Air defences shot down three drones over the city.", "disrupted"),
    ("strike", "A drone strike hit the market.", "aerial"),
    ("killed", "Gunmen opened fire on worshippers, killing 12.", "firearms"),
    ("attacked", "Fighters attacked the base.", None),
])
def test_mode_from_the_words_when_the_extractor_gave_none(action, sentence, expected):
    assert event_mode("ASSAULT", None, action, [], sentence) == expected
    assert event_mode("ASSAULT", "beat", action, [], sentence) == "beat"     # the extractor's mode wins


def test_an_air_strike_on_civilians_is_coded_as_acled_would():
    event = MergedEvent([report("wire", date="2024-01-08", action="struck", actor="Russian forces", target="civilians",
                                sentence_text="Russian forces struck civilians with a missile.", **KHARKIV)])
    coding = code_event(event)
    assert (coding.event_type, coding.sub_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (coding.inter1, coding.inter2, coding.interaction) == (8, 7, "78")
    assert coding.civilian_targeting == "Civilian targeting"


# -- places ---------------------------------------------------------------------------------------
def test_place_facts_from_the_geonames_id_point_or_gazetteer():
    el_fasher = place_facts(Location(name="El Fasher", lat=13.62793, lon=25.34936, geonames_id=379555))
    assert (el_fasher["country"], el_fasher["country_code"], el_fasher["geo_precision"]) == ("Sudan", "SD", "place")
    by_point = place_facts(Location(name="Al Fashir", lat=13.62793, lon=25.34936))
    assert by_point["country_code"] == "SD"
    nigeria = place_facts(Location(name="Nigeria", lat=9.05785, lon=7.49508, geonames_id=2328926))
    assert (nigeria["country_code"], nigeria["geo_precision"]) == ("NG", "country")
    sea = place_facts(Location(name="Red Sea", lat=20.27, lon=38.51))
    assert sea["country_code"] is None and sea["geo_precision"] is None
    near = place_facts(Location(name="Somewhere", lat=13.63, lon=25.35))      # near a city is not at it
    assert near["country_code"] is None
    houston = place_facts(Location(name="Houston", lat=29.76328, lon=-95.36327, geonames_id=4699066))
    assert houston["admin1"] == "Texas"
    own = place_facts(Location(name="El Fasher", lat=13.6, lon=25.3, geonames_id=379555, admin1="North Darfur",
                               geo_precision="district"))
    assert own["admin1"] == "North Darfur" and own["geo_precision"] == "district"   # the extractor's values win


def test_country_lookup():
    assert country("SDN") == country("sd") == country("Sudan")
    assert country("Sudan").isonumeric == 729 and country("Atlantis") is None


# -- the migration --------------------------------------------------------------------------------
def test_migration_0006_fills_events_stored_before_it(ledger_url):
    from sqlalchemy import create_engine, insert, inspect, select

    from claimledger import analyze
    from claimledger.store import migrations, schema
    from claimledger.store.rows import rows_for

    analysis = analyze("KHARTOUM, June 9 (Newswire) - A drone strike on a market in El Fasher killed 12 people "
                       "on Sunday, local officials said.", published="2025-06-09")
    engine = create_engine(ledger_url)
    try:
        migrations.upgrade(engine, "0005")
        old = {c["name"] for c in inspect(engine).get_columns("events")}
        assert "factuality" not in old
        tables = rows_for(analysis)
        with engine.begin() as conn:
            conn.execute(insert(schema.documents), tables[schema.documents])
            conn.execute(insert(schema.events), [{k: v for k, v in row.items() if k in old} for row in tables[schema.events]])
        migrations.upgrade(engine)
        with engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(select(schema.events))]
    finally:
        engine.dispose()
    # filled from the stored analysis: "local officials said" makes the strike reported
    assert rows and {r["id"]: r["factuality"] for r in rows} == {e.id: e.factuality for e in analysis.events}
    assert all(r["factuality"] == "reported" and r["start"] is not None for r in rows)
    located = [r for r in rows if r["location"]]
    assert located and located[0]["country_code"] == "SD" and located[0]["geo_precision"] == "place"
    assert all(r["attribution"] for r in rows)
