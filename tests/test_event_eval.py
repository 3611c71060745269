"""`claimledger eval`'s event fields: the CAMEO->PLOVER crosswalk, the ACLED type map and actor
matching, the PETRARCH record reader, the keyword baseline and the per-field arithmetic, on
small records written here (no ACLED data is part of the repository)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from claimledger.evaluate import acled, baseline, petrarch
from claimledger.geo import distance_km
from claimledger.evaluate.event_fields import (UNSET, EventView, FieldScores, GoldEvent, date_matches,
                                               pair_events, score_fields, score_record_types)


@pytest.mark.parametrize("cameo, plover", [
    ("010", None), ("020", "REQUEST"), ("0871", "RETREAT"), ("080", "CONCEDE"), ("0841", "RETREAT"),
    ("163", "COERCE"), ("1712", "ASSAULT"), ("190", "ASSAULT"), ("191", "COERCE"), ("111", "ACCUSE"),
    ("100", "REQUEST"), ("064", "COOPERATE"), ("903", None),
])
def test_cameo_crosswalk(cameo, plover):
    assert petrarch.plover_of(cameo) == plover


@pytest.mark.parametrize("event_type, sub, plover", [
    ("Battles", "Armed clash", "ASSAULT"), ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    ("Riots", "Mob violence", "PROTEST"), ("Protests", "Peaceful protest", "PROTEST"),
    ("Strategic developments", "Arrests", "COERCE"), ("Strategic developments", "Agreement", "AGREE"),
    ("Strategic developments", "Looting/property destruction", None), ("Remote violence", "", "ASSAULT"),
])
def test_acled_types(event_type, sub, plover):
    assert acled.plover_type(event_type, sub) == plover


@pytest.mark.parametrize("names, kind, gold, right", [
    (("Al Shabaab",), "ORG", "Al Shabaab ;; ", True),
    (("Nigerian troops",), None, "Military Forces of Nigeria (2015-) ;; ", True),
    (("police",), None, "Military Forces of Brazil (2019-) Military Police ;; ", True),
    (("gunmen",), None, "Unidentified Armed Group (Mexico) ;; ", True),
    (("Bipul Chakraborty",), "PERSON", "Civilians (Bangladesh) ;; ", True),
    (("police",), None, "Protesters (India) ;; Health Workers (India)", False),
    (("doctors",), None, "Protesters (India) ;; Health Workers (India)", True),
    (("Kenya",), "GPE", "Al Shabaab ;; ", False),
    # a demonym names the state of "Military Forces of X"; a short form is the initials of the name
    (("French Operation Barkhane",), None, "Military Forces of France (2017-) ;; ", True),
    (("French Operation Barkhane",), None, "Military Forces of Mali (2012-) ;; ", False),
    (("BSF",), "ORG", "Police Forces of India (2014-) Border Security Force ;; ", True),
    (("BSF",), "ORG", "Military Forces of India (2014-) ;; ", False),
    # an irregular plural is read as the lemma the category lists hold (round 9)
    (("armed herdsmen",), None, "Tarel Communal Militia (Vell) ;; ", True),
    (("clan militiamen",), None, "Osk Clan Militia (Vell) ;; ", True),
    (("delivery men",), None, "Protesters (Vell) ;; ", True),
])
def test_acled_actor_matching(names, kind, gold, right):
    view = EventView(code="ASSAULT", actor=names, actor_type=kind)
    assert acled.actor_matches(view, "actor", gold) is right


# Three records invented for this loader test (ids X1-X3, our own wording): ACLED's column layout,
# none of its rows. The real export is read from a local path (CLAIMLEDGER_ACLED), never committed.
_CSV = ("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,"
        "country,location,latitude,longitude,notes,fatalities\n"
        'X1,2021-06-12,1,Battles,Armed clash,Al Shabaab,,Military Forces of Somalia (2017-),,Somalia,Baidoa,3.11,43.65,'
        '"On 12 June 2021, Al Shabaab attacked soldiers in Baidoa, killing 3.",3\n'
        'X2,2021-06-12,1,Protests,Peaceful protest,Protesters (Chile),,,,Chile,Santiago,-33.45,-70.66,'
        '"On 12 June 2021, teachers protested in Santiago.",0\n'
        'X3,2021-06-12,1,Strategic developments,Looting/property destruction,Rioters (Chile),,,,Chile,Santiago,0,0,'
        '"Shops were looted.",0\n')


def test_acled_evaluate_counts(tmp_path):
    path = tmp_path / "sample.csv"
    path.write_text(_CSV, encoding="utf-8")
    records = acled.load(str(path))
    assert [r.id for r in records] == ["X1", "X2"]      # looting has no PLOVER type

    def perfect(text, published):
        if "attacked" in text:
            return [EventView(code="ASSAULT", actor=("Al Shabaab",), target=("soldiers",), place="Baidoa",
                              lat=3.1, lon=43.6, date="2021-06-12", killed=3),
                    EventView(code="THREATEN", actor=("Al Shabaab",))]          # out of ACLED's scope: no FP
        return [EventView(code="PROTEST", actor=("teachers",), place="Santiago", lat=-33.4, lon=-70.6, date="2021-06-12"),
                EventView(code="COERCE", factuality="hypothetical")]          # not happened: ignored

    def silent(text, published):
        return []

    scores = acled.evaluate(str(path), {"perfect": perfect, "silent": silent})
    good, none = scores["perfect"], scores["silent"]
    assert (good["type"].tp, good["type"].fp, good["type"].fn) == (2, 0, 0)
    assert good["actor"].recall == 1.0 and good["target"].recall == 1.0 and good["place_50km"].recall == 1.0
    assert good["date"].precision == 1.0 and good["fatalities"].accuracy == 1.0
    assert none["type"].recall == 0.0 and none["fatalities"].accuracy == 0.5   # the 0-toll protest is right


def test_an_act_the_records_sub_type_tells_is_no_false_positive_but_counts_when_strict(tmp_path):
    # invented record X4: a protest "with intervention" (police dispersed it); the coder's COERCE
    # for the dispersal is told by the sub-type itself, an ASSAULT is not
    path = tmp_path / "sample.csv"
    path.write_text(_CSV.split("\n")[0] + "\n" +
                    'X4,2021-06-12,1,Protests,Protest with intervention,Protesters (Chile),,Police Forces of Chile,,Chile,'
                    'Santiago,-33.45,-70.66,"On 12 June 2021, police dispersed a march of teachers in Santiago.",0\n',
                    encoding="utf-8")
    (record,) = acled.load(str(path))
    assert record.codes == {"PROTEST"} and record.also == {"COERCE"}

    def coder(text, published):
        return [EventView(code="PROTEST", actor=("teachers",)), EventView(code="COERCE", actor=("police",)),
                EventView(code="ASSAULT", actor=("police",))]

    got = acled.evaluate(str(path), {"coder": coder})["coder"]
    assert (got["type"].tp, got["type"].fp, got["type"].fn) == (1, 1, 0)                 # the ASSAULT only
    assert (got["type_strict"].tp, got["type_strict"].fp, got["type_strict"].fn) == (1, 2, 0)
    assert acled.also_told("Peaceful protest") == frozenset()


def test_acled_bad_input_is_one_clear_error(tmp_path):
    from claimledger.errors import InputError

    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError):
        acled.load(str(path))
    with pytest.raises(InputError):
        acled.load(str(tmp_path / "missing.csv"))


_XML = """<Sentences>
<!-- a comment with <Sentence> inside is skipped -->
<Sentence date="19950104" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="173"></EventCoding>
<Text>Arnor police arrested two Gondor diplomats.</Text>
</Sentence>
<Sentence date="19950104" id="T-2" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>The weather was fine.</Text>
</Sentence>
<Sentence date="19950104" id="T-3" category="SYNSET" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="903"></EventCoding>
<Text>A test code with no PLOVER type.</Text>
</Sentence>
</Sentences>"""


def test_petrarch_records_and_actor_codes(tmp_path):
    records_file = tmp_path / "records.xml"
    records_file.write_text(_XML, encoding="utf-8")
    (tmp_path / "PETR.Validate.actors.txt").write_text("ARNOR_ [ARN]\n+ARNORIAN\nGONDOR [GON]\n", encoding="utf-8")
    records = petrarch.load(str(records_file))
    assert [(r.id, r.codes, r.published) for r in records] == [("T-1", {"COERCE"}, "1995-01-04"), ("T-2", set(), "1995-01-04")]

    def system(text, published):
        if "arrested" in text:
            return [EventView(code="COERCE", actor=("Arnor police",), target=("Gondor diplomats",))]
        return [EventView(code="CONSULT")]        # an event where the coders saw none

    s = petrarch.evaluate(str(records_file), {"s": system})["s"]
    assert (s["type"].tp, s["type"].fp, s["type"].fn) == (1, 1, 0)
    assert s["actor"].tp == 1 and s["target"].tp == 1


def test_baseline_reads_number_words_dates_and_places():
    views = baseline.events("Gunmen killed twenty-four villagers near Baidoa on Tuesday.\nProtesters marched in Nairobi.",
                            "2025-04-07")
    assert [(v.code, v.line) for v in views] == [("ASSAULT", 1), ("PROTEST", 2)]
    assert views[0].killed == 24 and views[0].date == "2025-04-01" and views[0].place == "Baidoa"


def test_field_arithmetic():
    fs = FieldScores()
    gold = GoldEvent(codes=("ASSAULT",), actor="gunmen", target=UNSET, place="Baidoa", date=None, killed=0)
    score_fields(gold, EventView(code="ASSAULT", actor=("gunmen",), place="Mogadishu", date="2025-01-01", killed=2), fs)
    assert (fs["actor"].tp, fs["place"].fp, fs["place"].fn) == (1, 1, 1)
    assert fs["date"].fp == 1 and fs["date"].fn == 0           # a date where the text gives none
    assert fs["fatalities"].fp == 1 and fs["fatalities"].accuracy == 0.0
    score_record_types({"ASSAULT"}, [EventView(code="ASSAULT"), EventView(code="ASSAULT")], fs)
    assert fs["one_row"].accuracy == 0.0                      # two rows for one happening
    assert date_matches("2025-01-15", "2025-01") and date_matches("2025-01-17", "2025-01-13", 6)
    assert 40 < distance_km(2.04, 45.34, 2.4, 45.34) < 41


def test_eval_without_anything_to_score_is_one_line():
    import os

    # with no argument `eval` scores PolNeAR where $CLAIMLEDGER_POLNEAR names a copy: not here
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLEDGER_POLNEAR"}
    proc = subprocess.run([sys.executable, "-m", "claimledger", "eval"], capture_output=True, text=True, env=env)
    assert proc.returncode != 0 and "nothing to score" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "claimledger", "eval", "--acled", "/nonexistent.csv"],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "ACLED file not found" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_eval_of_gold_files_without_events_prints_no_event_field_table():
    """A forecasts-only gold set annotates no events: the per-part table, and no empty
    'events by field' table (it used to fail on the empty set of systems)."""
    from pathlib import Path

    gold = sorted((Path(__file__).parent / "forecasts" / "heldout3" / "gold").glob("*.json"))[:1]
    proc = subprocess.run([sys.executable, "-m", "claimledger", "eval", *map(str, gold)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "forecasts.found" in proc.stdout and "events by field" not in proc.stdout


def test_place_names_fold_apostrophes_of_transliteration():
    from claimledger.evaluate.event_fields import fold

    assert fold("Debre Mark’os") == fold("Debre Markos") == "debre markos"
    assert fold("the Côte d'Ivoire") == fold("Cote dIvoire")
    assert fold("Hamas’s fighters") == "hamas s fighters"        # a possessive stays apart


def _gold(code, start, optional=False, factuality=None):
    return GoldEvent(codes=(code,), line=1, anchor_start=start, actor=UNSET, target=UNSET, place=UNSET,
                     date=UNSET, killed=UNSET, factuality=factuality, optional=optional)


def test_an_optional_gold_row_never_takes_the_event_a_required_row_needs():
    # the optional restatement stands first and nearest, but the system's one ASSAULT is the
    # required row's: a found event is a true positive, not a miss plus a forgiven extra
    golds = [_gold("ASSAULT", 0, optional=True), _gold("ASSAULT", 40)]
    view = EventView(code="ASSAULT", line=1, start=5)
    assert pair_events(golds, [view]) == [None, view]


def test_pairing_finds_the_most_pairs_and_keeps_each_to_its_own_telling():
    # A (COERCE, also ASSAULT) could take either event; taking its nearest would leave B none
    a = GoldEvent(codes=("COERCE", "ASSAULT"), line=1, anchor_start=10, actor=UNSET, target=UNSET, place=UNSET,
                  date=UNSET, killed=UNSET)
    b = _gold("COERCE", 14)
    coerce, assault = EventView(code="COERCE", line=1, start=11), EventView(code="ASSAULT", line=1, start=90)
    assert pair_events([a, b], [coerce, assault]) == [assault, coerce]
    # a happened row prefers a happened event over a nearer planned one; a planned row takes the planned one
    happened, planned = _gold("PROTEST", 0), _gold("PROTEST", 30, factuality="planned")
    told = EventView(code="PROTEST", line=1, start=40)
    plan = EventView(code="PROTEST", line=1, start=1, factuality="planned")
    assert pair_events([happened, planned], [plan, told]) == [told, plan]
