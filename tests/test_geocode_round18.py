"""Issue 13, eighteenth round: places within 50 km on short incident notes that name no country, or
only the country people came from (every sentence here is our own, none taken from an ACLED note or
a test set; real towns only where the gazetteer must hold them).
- a town a name denotes alone (every place of the name a town of one country, of 10,000 or more,
  called by its own name) is a place in a locative slot even when the note names no country or
  another one ('held a sit-in in Tepelene', 'a hotel in Kozani ... migrants from Afghanistan');
- an event placed only at a first-level division takes the one town of the sentence inside it
  ('in the Aldan district of Yakutia');
- a town abroad that has the name only as an alternate spelling is no namesake worth taking when
  the sentence's divisions say another country, nor over a town whose own name it is."""
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
    place = _place("On 4 June 2021, residents rallied outside a hotel in Kozani against the arrival of "
                   "200 migrants from Afghanistan.", "PROTEST")
    assert place is not None and place.name == "Kozani" and place.country_code == "GR"


def test_a_word_qualifying_a_noun_is_no_town_abroad():
    # 'Airport' is a town's name in GeoNames, but here it names a police station, in Mogadishu
    place = _place("On 4 June 2021, gunmen shot dead a policeman who worked at the Airport police station in Mogadishu.", "ASSAULT")
    assert place is not None and place.country_code == "SO"


def test_only_a_town_named_by_its_own_name_counts_as_one_of_its_own():
    assert geocode._town_of_its_own("Tepelene")
    assert not geocode._town_of_its_own("Moria")        # an alternate name of a city, not its own
    assert not geocode._town_of_its_own("Victoria")     # towns and divisions of many countries


# -- a first-level division gives way to its town --------------------------------------------------
def test_an_event_placed_at_a_division_takes_the_town_of_the_sentence_inside_it():
    place = _place("On 4 June 2021, some 200 workers at a gold mine in the Aldan district of Yakutia went on strike.", "PROTEST")
    assert place is not None and place.name == "Aldan" and place.country_code == "RU"


def test_a_division_without_a_town_of_the_sentence_stays_the_place():
    place = _place("On 4 June 2021, some 300 drivers protested in the Oymyakon district of Yakutia over fuel prices.", "PROTEST")
    assert place is not None and place.country_code == "RU" and place.geo_precision == "region"


# -- namesakes abroad known by another name --------------------------------------------------------
def test_a_building_named_like_a_city_abroad_gives_way_to_the_town_of_the_sentence():
    place = _place("On 4 June 2021, activists protested near the White House in central Minsk (Minsk).", "PROTEST")
    assert place is not None and place.country_code == "BY"


def _town(name: str, country: str, population: int) -> Resolved:
    return Resolved(name, 0.0, 0.0, None, "place", country, population=population)


def test_a_town_whose_own_name_it_is_beats_a_larger_city_that_has_it_as_an_alternate_name():
    own, other = _town("Tarvo", "MW", 8_000), _town("Tarvoba", "CN", 70_000)
    assert geocode.choose([other, own], {"MW": 1, "CN": 1}, text="Tarvo") is own


def test_a_world_city_known_by_an_exonym_stays_the_city():
    # an exonym of a city twenty times larger than the small town of that name
    own, other = _town("Tarvo", "US", 8_000), _town("Tarvoba", "DE", 1_000_000)
    assert geocode.choose([other, own], {}, text="Tarvo") is other
