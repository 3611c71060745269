"""Issue 13, eighth round of event coding: type errors by kind on heldout6 (first read). Sanctions
told by their measure (visa restrictions imposed, budget support frozen, imports suspended,
diplomats ordered to leave); states of emergency decreed or extended; a crowd that dispersed of
itself was dispersed by no one; an active verb the parser joined to a denied passive is no part of
the denial; a violent noun qualified as of words or politics ('a rhetorical offensive') is no
attack; 'aides' are people, not aid; triggers the tables lacked (initialled a protocol, stopped
work, rangers sent); a party saying it would not do a thing refuses it; people of a place or trade
occupying a site protest; a quoted term of blame for another's act accuses ('called the measures
"brutal"'), 'dismissed as "blackmail"' rejects.
Own invented sentences; one document analysed once, each line one behaviour."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line, factualities, happened_codes

TEXT = "\n".join([
    "Norland imposed visa restrictions on 40 Arland officials.",                                                   # 1
    "The Union responded by freezing 20 million euros of budget support to Norland.",                              # 2
    "Osk suspended imports of Norland beef and ordered 8 Norland diplomats to leave the country.",                  # 3
    "The government decreed a 30-day state of emergency in two provinces.",                                         # 4
    "The cabinet extended emergency rule in the border districts for another three months.",                        # 5
    "Several hundred people gathered outside the embassy in Osk, chanting slogans; the crowd dispersed after an hour.",  # 6
    "Police dispersed the crowd with batons.",                                                                      # 7
    "Strike organisers denied that any guard had been hurt and accused police officers of beating an old man in Tarel.",  # 8
    "Vell has been fighting a quieter battle with Osk.",                                                            # 9
    "The president has kept up his rhetorical offensive.",                                                          # 10
    "Their aides spoke of a breakthrough.",                                                                          # 11
    "The foreign ministers met in Osk and initialled a protocol on fishing rights.",                                # 12
    "Nurses in Vell stopped work for two hours on Monday over unpaid wages.",                                       # 13
    "About 400 additional rangers were sent to Tarel on Tuesday.",                                                   # 14
    "Osk ordered the Norland ambassador to attend a meeting at the ministry.",                                      # 15
    "A spokesman said the ministry would not reverse the fuel price rise, but offered to meet union leaders.",      # 16
    "Norland said it would not return to the border talks.",                                                        # 17
    "Analysts said the deal would not last.",                                                                       # 18
    "Vell's president said his government would not send troops to the border.",                               # 19
    "Protesters in Vell occupied the offices of the state power company for several hours.",                        # 20
    "Landless farmers occupied a cattle estate in Tarel district.",                                                 # 21
    "Norland troops occupied the town of Osk in March.",                                                             # 22
    'The foreign minister called the measures "unjustified and brutal" on Monday.',                                # 23
    'Osk detained a Vell envoy, which Vell called "a flagrant violation of the treaty".',                          # 24
    'Osk welcomed what it called Vell\'s "principled position".',                                                   # 25
    'The Union froze budget support to Osk, a step the Osk government dismissed as "blackmail".',                  # 26
    'Vell rejected the offer, calling it "an insult".',                                                              # 27
    'Analysts called the dispute "a war of attrition".',                                                             # 28
    "The junta's chief denied that the army had bombed villages and accused the rebels of hiding in schools.",    # 29
    "Osk denied that its troops had attacked a convoy and killed three drivers.",                                  # 30
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2024-05-20")


@pytest.mark.parametrize("line, codes", [
    (1, ["SANCTION"]),                  # visa restrictions imposed: a sanction, not a curfew-like restriction
    (2, ["SANCTION"]),                  # budget support frozen
    (3, ["SANCTION", "SANCTION"]),      # imports suspended; diplomats ordered to leave (an expulsion)
])
def test_sanctions_told_by_their_measure(events, line, codes):
    assert happened_codes(events, line) == codes


def test_the_leaving_diplomats_were_ordered_to_do_is_not_yet_done(events):
    assert factualities(events, 3, "RETREAT") == {"hypothetical"}


@pytest.mark.parametrize("line", [4, 5])
def test_a_state_of_emergency_decreed_or_extended_is_coercion(events, line):
    assert happened_codes(events, line) == ["COERCE"]


def test_a_crowd_that_dispersed_of_itself_was_dispersed_by_no_one(events):
    assert happened_codes(events, 6) == []


def test_police_dispersing_a_crowd_stays_coercion(events):
    assert happened_codes(events, 7) == ["COERCE"]


def test_an_accusation_joined_to_a_denied_passive_is_not_denied(events):
    assert happened_codes(events, 8) == ["ACCUSE", "REJECT"]
    assert {a for e, a, _ in events[8] if e.code == "ACCUSE"} == {"Strike organisers"}
    assert factualities(events, 8, "ASSAULT") == {"hypothetical"}   # what they were accused of stays alleged


@pytest.mark.parametrize("line", [9, 10])
def test_a_battle_or_offensive_of_words_or_politics_is_no_attack(events, line):
    assert happened_codes(events, line) == []


def test_aides_are_people_not_aid(events):
    assert happened_codes(events, 11) == []


@pytest.mark.parametrize("line, codes", [
    (12, ["AGREE", "CONSULT"]),     # initialled a protocol
    (13, ["PROTEST"]),              # stopped work over wages: a strike
    (14, ["MOBILIZE"]),             # rangers sent
])
def test_triggers_the_tables_lacked(events, line, codes):
    assert happened_codes(events, line) == codes


def test_an_order_to_attend_is_no_expulsion(events):
    assert "SANCTION" not in happened_codes(events, 15)


@pytest.mark.parametrize("line", [16, 17])
def test_saying_one_would_not_act_is_a_refusal(events, line):
    assert "REJECT" in happened_codes(events, line)


def test_the_refusal_is_of_the_party_that_would_not_act(events):
    assert {a for e, a, _ in events[16] if e.code == "REJECT"} == {"ministry"}


def test_a_forecast_that_something_would_not_happen_is_no_refusal(events):
    assert happened_codes(events, 18) == []


def test_a_negated_deployment_stays_a_negated_deployment(events):
    assert happened_codes(events, 19) == []
    assert factualities(events, 19, "MOBILIZE") == {"negated"}


@pytest.mark.parametrize("line", [20, 21])
def test_people_occupying_a_site_protest(events, line):
    assert happened_codes(events, line) == ["PROTEST"]


def test_troops_occupying_a_town_is_no_protest(events):
    assert "PROTEST" not in happened_codes(events, 22)


def test_a_quoted_term_of_blame_accuses(events):
    assert happened_codes(events, 23) == ["ACCUSE"]
    assert {(a, t) for e, a, t in events[23] if e.code == "ACCUSE"} == {("foreign minister", "measures")}


def test_a_quoted_term_of_blame_in_a_relative_clause_accuses(events):
    assert happened_codes(events, 24) == ["ACCUSE", "COERCE"]


def test_a_quoted_term_of_praise_is_no_accusation(events):
    assert happened_codes(events, 25) == ["SUPPORT"]


def test_dismissed_as_a_quoted_term_rejects(events):
    assert happened_codes(events, 26) == ["REJECT", "SANCTION"]


def test_the_manner_of_a_rejection_is_no_second_event(events):
    assert happened_codes(events, 27) == ["REJECT"]


def test_an_analysts_description_is_no_accusation(events):
    assert happened_codes(events, 28) == []


def test_an_accusation_joined_to_a_denied_perfect_is_the_deniers(events):
    assert happened_codes(events, 29) == ["ACCUSE", "REJECT"]
    assert {a for e, a, _ in events[29] if e.code == "ACCUSE"} == {"junta's chief"}
    assert factualities(events, 29, "ASSAULT") == {"denied"}


def test_a_deed_joined_to_a_denied_perfect_stays_denied(events):
    assert happened_codes(events, 30) == ["REJECT"]
    assert factualities(events, 30, "ASSAULT") == {"denied"}
