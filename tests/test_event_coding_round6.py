"""Issue 13, sixth round of event coding: false positives by kind on the read event sets. A toll
cell whose count the parser made subject and object is the attack's toll; an arrest count with
no author beside an arrest is that arrest's count; steps of one security operation ('raided ...
and seized', 'dispersed ... and arrested', 'used tear gas to disperse') are one event; 'no X has',
an opening 'Nor did', 'without V-ing' and 'stopped short of' negate; 'planned talks' are planned;
the deed a praise or a blame is for is no event of its own; an agentless 'accused of' is no
accusation; imposed sanctions, asset freezes and travel bans are SANCTION; in an incident log
the blocker nearest the verb decides PROTEST or COERCE.
Own invented sentences; one document analysed once, each line one behaviour."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line, factualities, happened_codes

TEXT = "\n".join([
    "12 May | Norland, Osk | rebels; army | Army clashed with a rebel unit near Osk. | 4 rebels killed, 1 soldier wounded",  # 1
    "13 May | Norland, Vell | rebels; police | Car bomb went off outside a police post. | 3 police officers killed",          # 2
    "14 May | Norland, Brask | army; civilians | Soldiers arrested 9 men at a roadblock. | 9 detained",                         # 3
    "Police raided the offices of a weekly in Vell and seized its computers.",                                             # 4
    "Riot police used tear gas to disperse a march of nurses in Osk.",                                                     # 5
    "The coast guard seized a trawler off Brask and detained its crew.",                                                   # 6
    "No neighbouring government has recognised the breakaway republic.",                                                   # 7
    "Nor did Vesteria send the troops its generals wanted.",                                                               # 8
    "The observers stopped short of calling for a new vote.",                                                              # 9
    "Norland hosted rebel envoys in Osk without granting them recognition.",                                               # 10
    "Vesteria freed ten prisoners before planned talks in Vell.",                                                          # 11
    "The minister praised Arland for hosting a regional summit.",                                                          # 12
    "Each side blamed the other for starting the shelling.",                                                               # 13
    "Guards arrested a former judge accused of taking bribes.",                                                            # 14
    "Norland imposed a travel ban and an asset freeze on six generals.",                                                   # 15
    "16 May | Arland, Kello | farmers | Cane farmers blocked the main highway into Kello.",                                 # 16
    "Soldiers blocked the road to the border post.",                                                                       # 17
    "Vesteria accused Norland of shelling a border village.",                                                              # 18
    "The army imposed a curfew in Brask.",                                                                                 # 19
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2024-05-20")


def test_toll_cell_parsed_as_subject_and_object_is_the_clash_toll(events):
    assert happened_codes(events, 1) == ["ASSAULT"]


def test_toll_cell_with_count_on_the_verb_is_the_bombing_toll(events):
    assert happened_codes(events, 2) == ["ASSAULT"]


def test_arrest_count_cell_is_the_arrest_told_before(events):
    assert happened_codes(events, 3) == ["COERCE"]


def test_raid_and_seizure_are_one_operation(events):
    assert happened_codes(events, 4) == ["COERCE"]


def test_tear_gas_used_to_disperse_is_one_dispersal(events):
    assert happened_codes(events, 5).count("COERCE") == 1 and "ASSAULT" not in happened_codes(events, 5)


def test_seizure_and_detention_joined_are_one_operation(events):
    assert happened_codes(events, 6) == ["COERCE"]


def test_subject_with_no_negates(events):
    assert factualities(events, 7, "SUPPORT") == {"negated"}


def test_opening_nor_negates(events):
    assert factualities(events, 8, "MOBILIZE") == {"negated"}


def test_stopped_short_of_negates(events):
    assert "REQUEST" not in happened_codes(events, 9)


def test_without_negates(events):
    assert "SUPPORT" not in happened_codes(events, 10)
    assert "CONSULT" in happened_codes(events, 10)


def test_planned_talks_are_planned(events):
    assert factualities(events, 11, "CONSULT") == {"planned"}
    assert "RETREAT" in happened_codes(events, 11)


def test_deed_praised_for_is_no_event(events):
    assert happened_codes(events, 12) == ["SUPPORT"]


def test_deed_blamed_for_is_no_event(events):
    assert "ASSAULT" not in happened_codes(events, 13)


def test_agentless_accused_of_is_no_accusation(events):
    assert "ACCUSE" not in happened_codes(events, 14)
    assert "COERCE" in happened_codes(events, 14)


def test_imposed_travel_bans_and_asset_freezes_are_sanctions(events):
    assert happened_codes(events, 15) == ["SANCTION"]


def test_blockers_nearest_the_verb_decide_protest(events):
    assert happened_codes(events, 16) == ["PROTEST"]


def test_soldiers_blocking_stay_coercion(events):
    assert happened_codes(events, 17) == ["COERCE"]


def test_accuser_named_stays_an_accusation(events):
    assert "ACCUSE" in happened_codes(events, 18)


def test_imposed_curfew_stays_coercion(events):
    assert happened_codes(events, 19) == ["COERCE"]
