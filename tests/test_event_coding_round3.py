"""Issue 13, third round of event coding: a crowd's violence (counted or unnamed groups, people of
a place or trade, party members) is a riot unless guns or bombs are used; an attack on a value
is no event; the purpose of a noun ('an operation to arrest him') is planned; tolls of kin
('his brother'), of a conjoined clause with its own subject, and a later sentence's toll on the
happening told before unless it is 'another' one. Own sentences; one document analysed once,
each line one behaviour, every event's offsets checked by events_by_line."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line, killed

TEXT = "\n".join([
    "Two groups clashed over a land dispute near Kisumu on Monday.",                                   # 1
    "Members of the ruling party clashed with opposition supporters in Lusaka.",                       # 2
    "Two suspected thieves were beaten to death by community members in Soweto.",                      # 3
    "Market porters attacked the tax collectors outside the stadium in Douala.",                      # 4
    "Four men opened fire on a bus near Garissa.",                                                     # 5
    "Two armed groups clashed near the border.",                                                       # 6
    "His detention is an attack on press freedom, the union said.",                                    # 7
    "A smuggler exchanged fire with police during an operation to arrest him.",                        # 8
    "Ghana was the first country to recognise the new government.",                                    # 9
    "A herder and his son were shot dead by gunmen near Makurdi.",                                      # 10
    "Two lorries were burned and dozens of soldiers killed in the ambush.",                            # 11
    "Police raided a house in Kano. A clash broke out and three suspects were killed.",                # 12
    "Gunmen attacked a village near Jos. Another attack on a market killed five people.",              # 13
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2025-03-10")


def _codes(events, line) -> list[tuple[str, str]]:
    return [(e.code, e.mode) for e, _, _ in events[line] if e.factuality in ("asserted", "reported")]


@pytest.mark.parametrize("line, action", [(1, "clashed"), (2, "clashed"), (3, "beaten"), (4, "attacked")])
def test_a_crowds_violence_is_a_riot(events, line, action):
    rows = [e for e, _, _ in events[line] if e.action == action]
    assert [(e.code, e.mode) for e in rows] == [("PROTEST", "riot")]
    assert TEXT.split("\n")[line - 1][rows[0].start - sum(len(t) + 1 for t in TEXT.split("\n")[:line - 1]):].startswith(action)
    assert "ASSAULT" not in {c for c, _ in _codes(events, line)}


def test_beaten_to_death_by_a_crowd_keeps_its_toll(events):
    assert [killed(e) for e, _, _ in events[3]] == [[2]]


@pytest.mark.parametrize("line", [5, 6])
def test_guns_or_an_armed_group_stay_an_assault(events, line):
    assert [c for c, _ in _codes(events, line)] == ["ASSAULT"]


def test_an_attack_on_a_value_is_no_event(events):
    assert "ASSAULT" not in {e.code for e, _, _ in events.get(7, [])}


def test_the_purpose_of_a_noun_is_planned_and_a_smuggler_is_an_actor(events):
    by_code = {e.code: (e, actor) for e, actor, _ in events[8]}
    assert by_code["COERCE"][0].factuality == "planned"
    assert by_code["ASSAULT"][0].factuality == "asserted" and by_code["ASSAULT"][1] == "smuggler"


def test_the_first_to_act_did_act(events):
    assert [(e.code, e.factuality) for e, _, _ in events[9]] == [("SUPPORT", "asserted")]


def test_kin_with_a_possessive_count_one_each(events):
    assert [sum(killed(e)) for e, _, _ in events[10] if e.code == "ASSAULT"] == [2]


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_count(events):
    assert all(2 not in killed(e) for e, _, _ in events[11])


def test_a_later_toll_of_the_dead_goes_to_the_happening_told(events):
    rows = [e for e, _, _ in events[12] if e.code == "ASSAULT"]
    assert len(rows) == 1 and rows[0].action == "raided" and killed(rows[0]) == [3]


def test_another_attack_is_a_happening_of_its_own(events):
    rows = [e for e, _, _ in events[13] if e.code == "ASSAULT"]
    assert len(rows) == 2 and killed(rows[0]) == [] and killed(rows[1]) == [5]


ACTORS = "\n".join([
    "A roadside bomb hit a military convoy near Afgooye. Al Shabaab fighters claimed to have killed five troops.",  # 1
    "An army vehicle struck a mine near Banh. The device was planted by JNIM militants.",                            # 2
    "A child was killed in a mortar attack on a village near Baidoa. Al Shabaab is believed to be responsible.",      # 3
    "Clashes broke out between police and protesters in Harare.",                                                    # 4
    "Fighting erupted between the army and rebels near Beni.",                                                      # 5
    "On 2 March, in Puerto Cabezas, North Caribbean Coast, fishermen protested against a fuel ban.",                 # 6
    "On 3 March, Imbonerakure beat a teacher in Gitega.",                                                            # 7
    "Six people were killed and scores injured when gunmen fired on a bus near Mandera.",                          # 8
    "Indonesian police arrested a student in Makassar.",                                                              # 9
    "KDF jets struck a camp in Gedo.",                                                                               # 10
])


@pytest.fixture(scope="module")
def actors():
    return events_by_line(ACTORS, published="2025-03-10")


def test_who_claims_to_have_killed_is_the_actor_of_the_blast_told(actors):
    rows = [(e, actor) for e, actor, _ in actors[1] if e.code == "ASSAULT"]
    assert len(rows) == 1 and "Shabaab" in rows[0][1] and killed(rows[0][0]) == [5]


def test_who_planted_the_device_is_the_actor(actors):
    assert ["JNIM" in (actor or "") for e, actor, _ in actors[2] if e.code == "ASSAULT"] == [True]


def test_who_is_believed_responsible_is_the_actor(actors):
    assert ["Shabaab" in (actor or "") for e, actor, _ in actors[3] if e.code == "ASSAULT"] == [True]


@pytest.mark.parametrize("line, actor, target", [(4, "police", "protesters"), (5, "army", "rebels")])
def test_the_sides_of_a_clash_that_broke_out(actors, line, actor, target):
    assert [(e.code, a, t) for e, a, t in actors[line]] == [("ASSAULT", actor, target)]


def test_people_protest_not_the_region_named_before_them(actors):
    assert [(e.code, a) for e, a, _ in actors[6]] == [("PROTEST", "fishermen")]


def test_a_name_the_tagger_took_for_a_noun_acts(actors):
    assert [a for e, a, _ in actors[7] if e.code == "ASSAULT"] == ["Imbonerakure"]


def test_a_count_is_no_actor(actors):
    assert "scores" not in {a for _, a, _ in actors[8]}


def test_a_force_named_by_its_demonym_or_acronym_is_its_state_or_force(actors):
    assert [a for e, a, _ in actors[9] if e.code == "COERCE"] == ["Indonesia"]
    assert [a for e, a, _ in actors[10] if e.code == "ASSAULT"] == ["Kenya Defence Forces"]


def test_the_scorer_reads_a_gold_demonym_as_its_state():
    from claimledger.evaluate.event_fields import names_overlap

    assert names_overlap(("Thailand",), "Thai troops|troops")
    assert names_overlap(("South Sudan",), "South Sudanese soldiers")
    assert not names_overlap(("Thailand",), "Cambodian troops")


FRONTED = "\n".join([
    "On 12 March, on the edge of Sittwe Town, Sittwe Township, Rakhine State, Myanmar soldiers of battalion 217 detained and beat a fisherman.",  # 1
    "Clashes between police and protesters in the capital killed three people.",                                          # 2
    "On 4 May, near Kyaukse village, Thabeikkyin Township, Mandalay Region, a landmine injured a farmer.",               # 3
])


@pytest.fixture(scope="module")
def fronted():
    return events_by_line(FRONTED, published="2025-03-10")


def test_a_subject_the_parse_hung_on_a_fronted_phrase_acts_for_both_verbs(fronted):
    assert {(e.code, a) for e, a, _ in fronted[1]} == {("COERCE", "Myanmar"), ("ASSAULT", "Myanmar")}


def test_a_clash_that_killed_is_one_assault_by_its_sides(fronted):
    assert [(e.code, a, t, killed(e)) for e, a, t in fronted[2]] == [("ASSAULT", "police", "protesters", [3])]


def test_a_place_is_no_actor(fronted):
    assert [(e.code, a) for e, a, _ in fronted[3]] == [("ASSAULT", None)]
