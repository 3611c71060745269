"""Issue 13, fourteenth round of event coding: type precision and places on short incident notes
(ACLED-style sample D read by kind; every sentence here is our own, none taken from D or from a
test set).
- an act named by a noun in the phrase that gives a protest's reason ('over the killing of',
  'in reaction to the murder of', 'after the arrest of') is the protest's grievance, told
  in passing: no event of its own;
- a report's chain of places, specific to general ('in Barangay X, Town, Province', 'X village
  (Town, Province)'): the town inside the chain is a place whatever NER called it (a person, an
  organisation, a conjunct), and the names that qualify it decide its country over a larger
  namesake abroad;
- 'the X area of Town', 'the X community of Town': a part of a town named after it is placed in
  the town, not looked up by its own name (a namesake elsewhere)."""
from __future__ import annotations


from event_support import codes as _codes, happened as _events, place_of as _place


# -- a protest's grievance ------------------------------------------------------------------------
def test_the_killing_a_riot_is_over_is_no_second_event():
    codes = _codes("On 2 May 2021, students torched two buses in Tarvo over the killing of a classmate.")
    assert codes.count("PROTEST") == 1
    assert "ASSAULT" not in codes


def test_an_act_a_protest_reacts_to_is_its_reason():
    codes = _codes("On 2 May 2021, traders blocked roads in Tarvo in reaction to the murder of a shop owner the day before.")
    assert "PROTEST" in codes and "ASSAULT" not in codes


def test_an_arrest_a_march_follows_is_its_reason():
    codes = _codes("On 2 May 2021, dockers marched in Tarvo after the arrest of their union leader.")
    assert "PROTEST" in codes and "COERCE" not in codes


def test_an_act_told_with_a_verb_of_its_own_stays_an_event():
    # the grievance rule reads nouns in the reason's phrase only: a clause that tells the act keeps it
    codes = _codes("On 2 May 2021, soldiers shot dead a teacher in Tarvo. Hundreds of people marched there the next day.")
    assert "ASSAULT" in codes and "PROTEST" in codes


def test_an_attack_after_another_attack_is_no_grievance():
    # only a protest's reason is read as a grievance: violence answering violence stays two acts
    codes = _codes("On 2 May 2021, militants stormed an army post near Gao, and soldiers later shelled their camp after the raid.")
    assert codes.count("ASSAULT") >= 1


# -- a report's chain of places -------------------------------------------------------------------
def test_the_town_between_a_village_and_its_province_places_the_event():
    place = _place("On 5 May 2020, gunmen shot a shopkeeper in Barangay Pilar, Calamba, Laguna.", "ASSAULT")
    assert place is not None and place.name == "Calamba" and place.country_code == "PH"


def test_the_chain_decides_a_small_town_against_a_large_namesake_abroad():
    place = _place("On 5 May 2020, gunmen shot a shopkeeper in Barangay Pilar, Matalam, Cotabato.", "ASSAULT")
    assert place is not None and place.name == "Matalam" and place.country_code == "PH"


def test_a_district_town_in_brackets_taken_for_a_person():
    place = _place("On 5 May 2020, soldiers clashed with militants in Tolo village (Rutshuru, Nord-Kivu).", "ASSAULT")
    assert place is not None and place.name == "Rutshuru"


def test_a_name_after_a_comma_outside_a_chain_stays_a_person():
    # 'in Nairobi, Ruto said': no chain continues past the speaker
    place = _place("On 4 May 2020, Kenyan police arrested two men in Nairobi, Ruto said.", "COERCE")
    assert place is not None and place.name == "Nairobi"


# -- a part of a town named after it --------------------------------------------------------------
def test_a_part_of_a_town_is_placed_in_the_town():
    place = _place("On 5 May 2020, vendors protested in the Nima area of Accra.", "PROTEST")
    assert place is not None and place.country_code == "GH"


def test_a_community_of_a_town_is_placed_in_the_town():
    place = _place("On 5 May 2020, market women demonstrated in the Kotobabi community of Accra over stall fees.", "PROTEST")
    assert place is not None and place.country_code == "GH"


def test_a_chain_places_its_town_when_the_document_names_no_country():
    # the town NER read as a person, in a chain whose other names say no country: a town of one country only
    place = _place("On 9 June 2021, a vendor was shot dead by gunmen in Barangay Tabuc, Escalante, Negros Occidental.", "ASSAULT")
    assert place is not None and place.name == "Escalante" and place.country_code == "PH"


def test_a_chain_town_far_from_the_next_name_is_not_read_as_that_town():
    # Escalante (Negros) is some 300 km from Davao: the chain contradicts the namesake
    place = _place("On 9 June 2021, a vendor was shot dead by gunmen in Barangay Tabuc, Escalante, Davao.", "ASSAULT")
    assert place is None or place.name != "Escalante"


def test_the_towns_a_road_is_named_after_are_not_where_the_blockade_was():
    text = ("On 9 June 2021, some 500 farmers blocked the Lucknow-Kanpur highway and pelted stones at police "
            "at Tarvo village (Unnao, Uttar Pradesh).")
    places = [e.location.name for e in _events(text) if e.code == "PROTEST" and e.location]
    assert places and "Lucknow" not in places


def test_a_town_named_beside_its_road_is_the_place():
    # the town named on its own (near Kisumu) is kept, the road named after it is not read as a place
    place = _place("On 9 June 2021, truckers blocked the Kisumu-Busia highway for six hours near Kisumu.", "PROTEST")
    assert place is not None and place.name == "Kisumu"


# -- a person's record ----------------------------------------------------------------------------
def test_a_victims_earlier_detention_is_background():
    codes = _codes("On 7 June 2021, a trader was shot dead by two gunmen on a motorbike in Tarvo. "
                   "The trader had previously been detained for theft.")
    assert "ASSAULT" in codes and "COERCE" not in codes


def test_an_arrest_told_as_before_is_background():
    codes = _codes("On 7 June 2021, a trader was shot dead by gunmen in Tarvo. Police said the man had once been detained on fraud charges.")
    assert "COERCE" not in codes


def test_a_past_perfect_arrest_with_its_day_is_told():
    assert "COERCE" in _codes("On 7 June 2021, police said 31 members of the party had been arrested on Friday in Tarvo.")
