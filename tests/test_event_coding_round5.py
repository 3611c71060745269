"""Issue 13, fifth round of event coding (ACLED-style notes): a protest told through the act done
as protest or a light verb of a protest noun ('blocked the road to protest', 'performed a
pot-banging protest', 'did a motorcade', 'took to the streets', 'chanted', 'banged pots',
'formed a human chain') happened, and only what it demands is a goal; a fire fight one side
engaged in; who protested when the parse misreads the subject ('local residents protested'
parsed as a participle, 'driving examiners' as a gerund with its object, 'tens of locals');
damage by pollution or weather is no attack; a curfew only mentioned is no event; 'one was killed
and another injured' counts victims; violence deaths; 'are accused of beating' is reported and the
accused are the actor; 'opened fire' makes men an armed group, no crowd; violence after a
crowd's protest with no author (or 'they') is the protesters' riot; the arrest a protest was
against, retold after it, is the protest's grievance, no event of the note.
Own invented sentences; one document analysed once, each line one behaviour."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line, factualities

TEXT = "\n".join([
    "On 3 June, cane growers blocked the N4 highway with burning logs to protest against late payments.",   # 1
    "On 3 June, about 80 shop owners performed a noisy street protest in Vell to demand lower rents.",     # 2
    "On 4 June, taxi owners did a motorcade through Arlen to demand fuel subsidies.",                      # 3
    "On 4 June, hundreds of porters came out on the streets of Dunmore demanding unpaid wages.",           # 4
    "On 5 June, a small group of veterans gathered and chanted slogans outside the ministry in Osk.",      # 5
    "On 5 June, tenants banged pots and pans on their balconies in Brask.",                                # 6
    "On 6 June, nurses took out a procession and then linked arms in a human chain outside the clinic in Vell.",  # 7
    "On 6 June, residents of a slum gathered on the main avenue to stage a sit-in to demand water.",       # 8
    "Police were sent to the square to prevent a protest.",                                                # 9
    "On 7 June, the army engaged in a fire fight with rebels near Tessin.",                                # 10
    "On 8 June 2021, local fishermen protested in Gedser, demanding a new jetty.",                         # 11
    "On 8 June 2021, driving examiners held a protest in Arlen, demanding that test centres reopen.",     # 12
    "On 9 June 2021, tens of farmers blocked a bridge as a protest near Osk.",                              # 13
    "The porters will block the port road to protest the new levy.",                                       # 14
    "On 3 June, growers protested outside the water board after river pollution destroyed their orchards.",  # 15
    "On 3 June, growers in Osk demanded aid after a storm flattened their vineyards.",                    # 16
    "On 4 June, a band of youths beat up two men accused of breaking the night curfew in Brask.",          # 17
    "On 5 June, a riot broke out in the jail, in which one inmate was killed and a second hurt.",         # 18
    "On 6 June, gang violence in the harbour district caused at least four deaths.",                       # 19
    "On 6 June, traffic police are accused of beating a street vendor in Vell.",                           # 20
    "Norland accused Vesteria of shelling the border post.",                                               # 21
    "On 7 June, two men in a van opened fire, wounding a shopkeeper in Arlen.",                            # 22
    "On 8 June, dock workers marched over unpaid wages. Two cars were set alight and a kiosk wrecked.",   # 23
    "On 8 June, villagers demonstrated in Kello against a new landfill. They threw stones at the site office.",   # 24
    "On 9 June, reporters protested in Vell against the arrest of their editor. He was arrested last week in a tax case.",  # 25
    "On 9 June, police arrested the editor of a weekly in Vell.",                                          # 26
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2021-06-20")


def _happened(events, line) -> list[str]:
    return sorted({e.code for e, _, _ in events.get(line, []) if e.factuality in ("asserted", "reported")})


def _actors(events, line, code) -> set:
    return {a for e, a, _ in events.get(line, []) if e.code == code}


def test_an_act_done_to_protest_is_a_protest_that_happened(events):
    assert factualities(events, 1, "PROTEST") == {"asserted"}


@pytest.mark.parametrize("line", [2, 3, 4, 5, 6, 7, 8])
def test_protest_told_by_light_verb_or_act_happened(events, line):
    assert "PROTEST" in _happened(events, line)


def test_the_demand_of_the_purpose_clause_stays_a_goal(events):
    assert factualities(events, 2, "REQUEST") == {"planned"}
    assert factualities(events, 8, "REQUEST") == {"planned"}


def test_a_protest_the_police_went_to_prevent_did_not_happen(events):
    assert "PROTEST" not in _happened(events, 9)


def test_a_planned_blockade_to_protest_stays_planned(events):
    assert "PROTEST" not in _happened(events, 14)


def test_a_fire_fight_is_an_assault_by_the_side_that_engaged(events):
    assert "ASSAULT" in _happened(events, 10)
    assert any(a and "army" in a for a in _actors(events, 10, "ASSAULT"))


@pytest.mark.parametrize("line, who", [(11, "fishermen"), (12, "examiners"), (13, "farmers")])
def test_the_protesters_are_the_actor_despite_the_parse(events, line, who):
    assert any(a and who in a for a in _actors(events, line, "PROTEST"))


@pytest.mark.parametrize("line", [15, 16])
def test_damage_by_pollution_or_weather_is_no_attack(events, line):
    assert "ASSAULT" not in _happened(events, line)


def test_a_curfew_only_mentioned_is_no_coercion(events):
    assert "COERCE" not in _happened(events, 17)


def test_killed_and_another_injured_in_a_riot_is_its_toll(events):
    assert _happened(events, 18) == ["PROTEST"]


def test_deaths_caused_by_violence_are_an_assault(events):
    assert "ASSAULT" in _happened(events, 19)


def test_an_act_someone_is_accused_of_is_reported(events):
    assert factualities(events, 20, "ASSAULT") == {"reported"}


def test_the_accused_is_the_actor_of_what_they_are_accused_of(events):
    assert any(a and "Vesteria" in a for a in _actors(events, 21, "ASSAULT"))


def test_men_who_opened_fire_are_no_crowd(events):
    assert _happened(events, 22) == ["ASSAULT"]


@pytest.mark.parametrize("line", [23, 24])
def test_violence_after_a_crowds_protest_is_its_riot(events, line):
    assert _happened(events, line) == ["PROTEST"]


def test_the_arrest_a_protest_was_against_is_no_event_of_the_note(events):
    assert "COERCE" not in _happened(events, 25)
    assert "COERCE" in _happened(events, 26)
