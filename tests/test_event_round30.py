"""Issue 13, thirtieth round of event coding: the kinds of type error found in the first run of heldout22
(docs/events.md, "Round 30: heldout22 read") that recur in other read sets or are a class of words of the genre, each
fixed as a kind. Every sentence here is our own, none taken from a test set or an ACLED note.
- a release of people told by a spelled count or by 'who' after people just held is a release (RETREAT);
- a road closed or blocked (or 'it', a road told before) by people who are no state or force is a blockade (PROTEST);
- 'the accused' names defendants, no accusation; 'remand' holds people (COERCE); 'used batons / water cannon' is force;
- disputing another's account or version is a rejection; 'dismiss' also takes words said ('dismissed the remark');
- an animal's attack and an 'attack on the stability' of a place are no ASSAULT; people 'named suspects' are charged;
  a force's own teams sent are deployed (MOBILIZE), not relief."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-12-04"

_codes, _all = coders(PUBLISHED)


# -- releases ---------------------------------------------------------------------------------------------------------
def test_a_spelled_count_freed_is_a_release():
    got = _all("Police detained 58 hawkers at the depot on Wednesday. Thirty-one were freed on Thursday without charge.")
    assert coded_as_happened(got, "RETREAT") or coded_as_happened(got, "CONCEDE")


def test_who_after_people_just_held_is_released():
    got = _all("Officers detained 15 dockers at the gate, who were released after questioning on Friday.")
    assert coded_as_happened(got, "RETREAT") or coded_as_happened(got, "CONCEDE")


# -- blockades by people ----------------------------------------------------------------------------------------------
def test_a_road_closed_by_growers_is_a_blockade():
    got = _all("On Tuesday some 200 cane growers closed the mill road with tractors to press for late payments.")
    assert coded_as_happened(got, "PROTEST")
    assert not coded_as_happened(got, "COERCE")


def test_a_road_blocked_and_named_by_it_is_a_blockade():
    got = _all("Riot police cleared the highway at noon, after the villagers had blocked it since dawn with tractors.")
    assert coded_as_happened(got, "PROTEST")


def test_a_road_closed_by_the_authorities_stays_a_closure():
    got = _codes("The district authorities closed the mountain road to civilian traffic on Monday.")
    assert "PROTEST" not in got


# -- courts, defendants, crowd-control means -------------------------------------------------------------------------
def test_the_accused_names_defendants():
    got = _codes("The judge refused bail, saying the gravity of the charge outweighed the accused's age and health.")
    assert "ACCUSE" not in got


def test_an_accusation_stays():
    assert "ACCUSE" in _codes("The council accused the contractor of taking bribes.")


def test_a_remand_in_custody_is_coercion():
    got = _all("A magistrate remanded the nine in custody until March on Tuesday.")
    assert coded_as_happened(got, "COERCE")


def test_police_using_batons_is_force():
    got = _all("Police used water cannon and batons on Saturday to push the marchers off the bridge.")
    assert coded_as_happened(got, "ASSAULT") or coded_as_happened(got, "COERCE")


# -- rejections ------------------------------------------------------------------------------------------------------
def test_disputing_an_account_is_a_rejection():
    got = _all("Neighbours questioned the army's account on Sunday, saying the boy was unarmed.")
    assert coded_as_happened(got, "REJECT")
    got = _all("The union contested the company's version of the accident.")
    assert coded_as_happened(got, "REJECT")


def test_questioning_people_or_a_result_is_no_rejection():
    assert "REJECT" not in _codes("Detectives questioned two guards for six hours on Friday.")
    assert "REJECT" not in _codes("Lisbon questioned the vote count in a statement.")


def test_dismissing_words_said_is_a_rejection():
    got = _all("A minister called the strike a plot; the mayor dismissed the remark on Monday.")
    assert coded_as_happened(got, "REJECT")


def test_dismissing_an_official_is_no_rejection():
    assert "REJECT" not in _codes("The governor dismissed the police chief on Friday.")


# -- animals, figures of speech, suspects, teams ---------------------------------------------------------------------
def test_an_animal_attack_is_no_assault():
    assert "ASSAULT" not in _codes("A crocodile attacked and killed a fisherman at the landing on Monday evening.")
    assert "ASSAULT" not in _codes("A herder was mauled by a leopard near the reserve on Sunday.")


def test_men_attacking_stay_an_assault():
    assert "ASSAULT" in _codes("Armed men attacked and killed a fisherman at the landing on Monday evening.")


def test_an_attack_on_stability_is_figurative():
    got = _codes("Church leaders described the budget cuts as an attack on the hard-won stability of the district.")
    assert "ASSAULT" not in got


def test_people_named_suspects_are_charged():
    got = _all("On Friday police named three bouncers as suspects in the stabbing.")
    assert coded_as_happened(got, "COERCE")
    got = _all("Four others have been named suspects in the burning of the depot.")
    assert coded_as_happened(got, "COERCE")


def test_a_suspect_not_named_is_no_charge():
    assert not coded_as_happened(_all("Police have not named a suspect."), "COERCE")


def test_teams_of_a_force_are_deployed():
    got = _all("The gendarmerie sent two more teams to the plateau on Wednesday.")
    assert coded_as_happened(got, "MOBILIZE")
    assert not coded_as_happened(got, "AID")


def test_relief_teams_stay_aid():
    got = _all("The Red Cross sent two medical teams to the flooded district on Wednesday.")
    assert not coded_as_happened(got, "MOBILIZE")
