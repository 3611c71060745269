"""Issue 13, eighteenth round: places within 50 km on short incident notes that name no country, or
only the country people came from (every sentence here is our own, none taken from an ACLED note or
a test set; real towns only where the gazetteer must hold them).
- a town a name denotes alone (every place of the name a town of one country, of 10,000 or more,
  called by its own name) is a place in a locative slot even when the note names no country or
  another one ('held a sit-in in Tepelene', 'closed their stores in Kozani ... asylum seekers from
  Afghanistan');
- an event placed only at a first-level division takes the one town of the sentence inside it
  ('in the Bodaybo district of Irkutsk Oblast');
- a town abroad that has the name only as an alternate spelling is no namesake worth taking when
  the sentence's divisions say another country, nor over a town whose own name it is;
- an organisation named as where the act happened ('a sit-in at the X Fund HQ in Town') stands in
  the town that qualifies it, which is where the act happened (not a party's place elsewhere)."""
from __future__ import annotations

from event_support import place_of as _place

from claimledger.extract.events import geocode
from claimledger.extract.events.geocode import Resolved


# -- a town the name denotes alone ----------------------------------------------------------------
def test_a_town_of_one_country_is_placed_when_the_note_names_no_country():
    # NER reads the town as an organisation; no country is named, and the town has no namesake
    place = _place("On 3 June 2021, dozens of vendors held a sit-in in Tepelene over new stall fees.", "PROTEST")
    assert place is not None and place.name == "Tepelene" and place.country_code == "AL"


def test_residents_of_a_town_of_one_country_place_their_protest():
    place = _place("On 3 June 2021, residents of Techiman blocked the main road over power cuts.", "PROTEST")
    assert place is not None and place.name == "Techiman" and place.country_code == "GH"


def test_a_town_of_one_country_is_placed_when_the_note_names_where_migrants_came_from():
    place = _place("On 4 June 2021, shopkeepers closed their stores in Kozani to protest a new reception centre "
                   "for asylum seekers from Afghanistan.", "PROTEST")
    assert place is not None and place.name == "Kozani" and place.country_code == "GR"


def test_a_town_abroad_gives_way_to_the_division_that_qualifies_the_name():
    # 'Ituzaingo' is a town of one country (Argentina); the region after it says Chile
    place = _place("On 4 June 2021, neighbours banged pots in Ituzaingo (Antofagasta) over a spate of burglaries.", "PROTEST")
    assert place is not None and place.country_code == "CL"


def test_a_name_a_division_word_was_taken_off_is_no_town_of_its_own():
    assert not geocode._town_of_its_own("Green Zone")     # GeoNames' towns called Green are not meant


def test_a_town_of_one_country_stays_the_town_when_its_division_is_named_otherwise():
    # Tocopilla lies in Antofagasta; a report that names the neighbouring region still means the town
    place = _place("On 4 June 2021, miners blocked the main road in Tocopilla (Atacama) over layoffs.", "PROTEST")
    assert place is not None and place.name == "Tocopilla" and place.country_code == "CL"


def test_a_word_qualifying_a_noun_is_no_town_abroad():
    # 'Airport' is a town's name in GeoNames, but here it names a police station, in Mogadishu
    place = _place("On 4 June 2021, gunmen shot dead a policeman who worked at the Airport police station in Mogadishu.", "ASSAULT")
    assert place is not None and place.country_code == "SO"


def test_only_a_town_named_by_its_own_name_counts_as_one_of_its_own():
    assert geocode._town_of_its_own("Tepelene")
    assert not geocode._town_of_its_own("Bombay")       # an alternate name of a city, not its own
    assert not geocode._town_of_its_own("Victoria")     # towns and divisions of many countries


# -- a first-level division gives way to its town --------------------------------------------------
def test_an_event_placed_at_a_division_takes_the_town_of_the_sentence_inside_it():
    place = _place("On 4 June 2021, some 200 workers at a gold mine in the Bodaybo district of Irkutsk Oblast went on strike.", "PROTEST")
    assert place is not None and place.name == "Bodaybo" and place.country_code == "RU"


# -- namesakes abroad known by another name --------------------------------------------------------
def test_a_building_named_like_a_city_abroad_gives_way_to_the_town_of_the_sentence():
    # 'White House' is an alternate name of a city in Morocco; the division named says Belarus
    place = _place("On 4 June 2021, a dozen students held a picket by the White House in the centre of Minsk (Minsk).", "PROTEST")
    assert place is not None and place.country_code == "BY"


def test_an_alternate_spelling_is_no_own_name():
    bombay = next(p for p in geocode.lookup("Bombay") if p.kind == "city")
    assert not geocode.own_name(bombay, "Bombay") and geocode.own_name(bombay, "Mumbai")


def _town(name: str, country: str, population: int) -> Resolved:
    return Resolved(name, 0.0, 0.0, None, "place", country, population=population)


def test_a_town_whose_own_name_it_is_beats_a_larger_city_that_has_it_as_an_alternate_name():
    own, other = _town("Tarvo", "MW", 8_000), _town("Tarvoba", "CN", 70_000)
    assert geocode.choose([other, own], {"MW": 1, "CN": 1}, text="Tarvo") is own


def test_a_world_city_known_by_an_exonym_stays_the_city():
    # an exonym of a city twenty times larger than the small town of that name
    own, other = _town("Tarvo", "US", 8_000), _town("Tarvoba", "DE", 1_000_000)
    assert geocode.choose([other, own], {}, text="Tarvo") is other


# -- an organisation's premises in a town -----------------------------------------------------------
def test_a_sit_in_at_an_organisations_premises_is_in_the_town_that_qualifies_them():
    place = _place("On 3 June 2021, pensioners staged a sit-in at the Social Security Fund HQ in Kiffa (Guerou) over late payments.", "PROTEST")
    assert place is not None and place.name == "Kiffa" and place.country_code == "MR"


def test_the_offices_of_a_speaker_elsewhere_do_not_place_the_act():
    place = _place("On 3 June 2021, gunmen killed two guards in Kasungu, staff at the Reserve Bank offices in Lilongwe said.", "ASSAULT")
    assert place is not None and place.name == "Kasungu"
