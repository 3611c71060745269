"""Issue 13, fourth round of event coding (precision on PLOVER-style prose, ACLED-style notes):
raids without harm are coercion, joint operations cooperation, launches into the sea a show of
force, shots into the air coercion; a state's protest is an accusation; phrasal verbs and dated
prepositions ('called up', 'called off', 'for Thursday'); standing treaties and truces only when
made; courtesy, sports, accidents, dangers and descriptions are no events; who blocks decides
protest or coercion; an order's content is not yet done; two conjoined acts stay two; a
planted device's author is the actor. Own invented sentences; one document analysed once, each
line one behaviour, every event's offsets checked by events_by_line."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line, happened_codes, killed

TEXT = "\n".join([
    "Police in Marlow raided the offices of a weekly paper on Friday and seized its laptops.",          # 1
    "Soldiers raided a farm near Tessin and killed four suspected smugglers.",                         # 2
    "Danish and Swedish coast guards carried out a joint patrol off Gedser on Monday.",                # 3
    "The northern republic fired two cruise missiles into the sea on Sunday.",                         # 4
    "Guards fired shots into the air as the crowd pushed towards the palace gates.",                   # 5
    "Norland summoned the Vesterian envoy on Tuesday to protest remarks by its premier.",              # 6
    "Norland called up 20,000 reservists on Tuesday.",                                                 # 7
    "Dock unions called a general strike for next Thursday.",                                          # 8
    "The opposition leader called off a planned march in Corvan.",                                     # 9
    "Shelling resumed near Brask in the third breach of the Alder truce this month.",                  # 10
    "Q: Minister, thank you.",                                                                         # 11
    "A late strike from the midfielder gave the home team a 2-1 win in the cup final.",                # 12
    "A fire at the textile market destroyed 200 stalls on Sunday; the fire service blamed a faulty cable.",  # 13
    "The minister called organised smuggling one of the gravest security threats facing the coast.",  # 14
    "Farmers blocked the main road into Dunmore for a second day.",                                    # 15
    "Police blocked the road to the governor's residence.",                                            # 16
    "The junta ordered the foreign military attache to leave the country within 72 hours.",           # 17
    "The government stripped 40 critics of their citizenship and expelled them to a neighbouring state.",  # 18
    "Five guards were killed when a mine planted by the Ridge Front hit their truck.",                  # 19
    "A court in Varna sentenced a former mayor to six years in prison.",                                # 20
    "Volunteers allied with the army ambushed a rebel column near Osk.",                               # 21
    "Norland flew 300 tonnes of rice into Port Avel on Monday for flood-hit districts.",              # 22
    "The coast guard rescued 80 people from a sinking ferry south of Osk.",                            # 23
    "The defence ministry flew another 900 troops into Brask on Tuesday.",                             # 24
    "Thousands of bus drivers walked off the job across Vesteria on Monday.",                          # 25
    "The government lifted its suspension of two opposition radio stations.",                         # 26
    "4 May | Tessin | Ridge Front | Ridge Front fighters attacked a border post; barracks partly burned. | 6 guards killed, 3 wounded",  # 27
    "12 May | Osk | unidentified gunmen | Night raid on a hamlet; granary torched. | 9 killed",      # 28
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2026-05-11")


def _all(events, line) -> dict[str, str]:
    return {e.code: e.factuality for e, _, _ in events.get(line, [])}


def test_a_raid_without_harm_is_coercion(events):
    assert "ASSAULT" not in happened_codes(events, 1)
    assert "COERCE" in happened_codes(events, 1)


def test_a_raid_with_deaths_stays_an_assault(events):
    assert "ASSAULT" in happened_codes(events, 2)


def test_a_joint_patrol_is_cooperation(events):
    assert happened_codes(events, 3) == ["COOPERATE"]


def test_missiles_fired_into_the_sea_are_a_show_of_force(events):
    assert happened_codes(events, 4) == ["MOBILIZE"]


def test_shots_into_the_air_are_coercion(events):
    assert "ASSAULT" not in happened_codes(events, 5)
    assert "COERCE" in happened_codes(events, 5)


def test_a_state_that_protests_accuses(events):
    assert "PROTEST" not in happened_codes(events, 6)
    assert "ACCUSE" in happened_codes(events, 6)


def test_called_up_reservists_is_mobilisation_not_a_request(events):
    assert happened_codes(events, 7) == ["MOBILIZE"]


def test_a_strike_called_for_a_date_is_no_request(events):
    codes = _all(events, 8)
    assert "REQUEST" not in codes
    assert "PROTEST" in codes


def test_calling_off_a_march_is_a_retreat(events):
    assert "RETREAT" in happened_codes(events, 9)
    assert "REQUEST" not in _all(events, 9)


def test_a_truce_only_mentioned_is_no_event(events):
    assert "RETREAT" not in _all(events, 10) and "AGREE" not in _all(events, 10)


@pytest.mark.parametrize("line", [11, 12, 13, 14])
def test_courtesy_sport_accident_and_danger_are_no_events(events, line):
    assert happened_codes(events, line) == []


def test_who_blocks_decides_protest_or_coercion(events):
    assert happened_codes(events, 15) == ["PROTEST"]
    assert happened_codes(events, 16) == ["COERCE"]


def test_what_an_order_demands_has_not_happened(events):
    assert "RETREAT" not in happened_codes(events, 17)


def test_two_conjoined_acts_stay_two_events(events):
    assert happened_codes(events, 18).count("COERCE") == 2


def test_the_planter_of_a_device_is_the_actor(events):
    assert any(e.code == "ASSAULT" and actor and "Ridge Front" in actor for e, actor, _ in events[19])


def test_a_sentence_to_prison_is_coercion(events):
    assert happened_codes(events, 20) == ["COERCE"]


def test_a_descriptive_participle_is_no_alliance(events):
    assert "COOPERATE" not in happened_codes(events, 21)
    assert "ASSAULT" in happened_codes(events, 21)


@pytest.mark.parametrize("line, code", [(22, "AID"), (23, "AID"), (24, "MOBILIZE"), (25, "PROTEST"), (26, "CONCEDE")])
def test_transfers_deployments_walkouts_and_concessions_are_found(events, line, code):
    assert code in happened_codes(events, line)


def test_a_telegraphic_toll_cell_is_the_attacks_toll_not_an_act_of_its_own(events):
    # "| 6 guards killed, 3 wounded": the parser makes the dead the subject; they attacked no one
    (attack,) = [e for e, _, _ in events[27]]
    assert attack.code == "ASSAULT" and attack.action.startswith("attack")
    assert killed(attack) == [6.0]


def test_a_later_toll_goes_to_the_first_violent_act_of_the_paragraph(events):
    # the raid is the happening; the torching told after it is part of it, not the toll's owner
    raid = next(e for e, _, _ in events[28] if e.action.startswith("raid"))
    assert killed(raid) == [9.0]
    assert all(killed(e) == [] for e, _, _ in events[28] if e is not raid)
