"""Places resolved by the offline gazetteer; dates resolved against the publication date."""
from __future__ import annotations

import pytest

from claimledger import analyze
from claimledger.extract.events import gazetteer
from claimledger.extract.events.dates import is_duration, resolve


@pytest.mark.parametrize("name,lat,lon", [
    ("Khan Younis", 31.34, 34.31), ("Khan Yunis", 31.34, 34.31), ("Red Sea", 20.3, 38.5),
    ("the Red Sea", 20.3, 38.5), ("Bab el-Mandeb", 12.6, 43.3), ("Bab al Mandab", 12.6, 43.3),
    ("Golan heights", 33.0, 35.75), ("Kharkov", 49.98, 36.25), ("Strait of Hormuz", 26.6, 56.3),
    ("northern Gaza", 31.53, 34.49), ("Baghdad", 33.34, 44.40),
])
def test_gazetteer(name, lat, lon):
    place = gazetteer.find(name)
    assert place is not None, name
    assert abs(place.lat - lat) < 1 and abs(place.lon - lon) < 1


def test_gazetteer_refuses_non_places():
    assert gazetteer.find("resistance fighters") is None
    assert gazetteer.find("Israeli", cities=False) is None or gazetteer.find("Israeli", cities=False).kind != "country"


@pytest.mark.parametrize("text,expected", [
    ("yesterday", "2024-01-24"), ("today", "2024-01-25"), ("two days ago", "2024-01-23"),
    ("2 days ago", "2024-01-23"), ("on Wednesday", "2024-01-24"), ("last Thursday", "2024-01-18"),
    ("last month", "2023-12-01"), ("January 10th", "2024-01-10"), ("On January 10th", "2024-01-10"),
    ("10 January", "2024-01-10"), ("Dec. 28", "2023-12-28"), ("earlier in the week", "2024-01-22"),
    ("the day before yesterday", "2024-01-23"), ("three weeks ago", "2024-01-04"),
    ("March 3, 2023", "2023-03-03"), ("2023-11-07", "2023-11-07"),
    # a bare weekday that is the day of publication is that day (the wires' "on Thursday")
    ("on Thursday", "2024-01-25"), ("Thursday morning", "2024-01-25"),
])
def test_dates_resolve(text, expected):
    assert resolve(text, "2024-01-25") == expected  # 2024-01-25 is a Thursday


def test_without_publication_date_relative_dates_stay_open():
    assert resolve("yesterday", None) is None
    assert resolve("January 10th", None) is None  # which year is unknown
    assert resolve("March 3, 2023", None) == "2023-03-03"


def test_durations_are_not_dates():
    assert resolve("two-month", "2024-01-25") is None
    assert is_duration("the past few months") and is_duration("75 years")


def test_event_date_and_place_in_a_wire_report():
    text = "Israeli troops withdrew from Jenin on Monday after a raid. Houthi fighters attacked a tanker in the Gulf of Aden yesterday."
    a = analyze(text, published="2025-03-06")
    by_action = {e.action: e for e in a.events}
    assert by_action["withdrew"].date == "2025-03-03" and by_action["withdrew"].date_text == "Monday"
    assert by_action["withdrew"].location.name == "Janin"
    assert by_action["attacked"].date == "2025-03-05"
    assert abs(by_action["attacked"].location.lat - 12.0) < 1


def test_event_date_without_publication_keeps_text():
    a = analyze("Houthi fighters attacked a tanker in the Red Sea yesterday.")
    event = next(e for e in a.events if e.action == "attacked")
    assert event.date is None and event.date_text == "yesterday"


def test_seed_places_and_dates(seed_analysis):
    events = seed_analysis.events
    khan = [e for e in events if e.location and e.location.name.startswith("Khan")]
    assert khan and abs(khan[0].location.lat - 31.35) < 1 and abs(khan[0].location.lon - 34.30) < 1
    red = [e for e in events if e.location and e.location.name == "Red Sea"]
    assert red and abs(red[0].location.lat - 20.0) < 1.5 and abs(red[0].location.lon - 38.5) < 1
    line50 = [s for s in seed_analysis.sentences if s.line == 50 and "January 10th" in s.text]
    assert line50
    assert resolve("On January 10th", seed_analysis.document.published) == "2024-01-10"
    assert {e.date for e in events if e.date_text == "2 days ago"} == {"2024-01-23"}


# -- places qualified by their division (issue 13: like-named towns, names NER cuts) -------------
def _event_place(text: str):
    a = analyze(text)
    event = next(e for e in a.events if e.code == "ASSAULT" and e.factuality in ("asserted", "reported"))
    return event.location


@pytest.mark.parametrize("text, name, country, lat, lon", [
    # the division after the comma picks the Brazilian Sinop, not the Turkish one (NER calls it a person)
    ("On 14 March 2021, in Sinop, Mato Grosso, a shopkeeper was shot dead outside his store.", "Sinop", "BR", -11.86, -55.5),
    # NER cut the name in two: the whole capitalised name is the city
    ("On 2 March 2021, in Boa Vista, Roraima, a courier was shot dead.", "Boa Vista", "BR", 2.82, -60.67),
    # 'Chihuahua, Chihuahua': the city in the state of the same name
    ("Around 9 March 2021, in Chihuahua, Chihuahua, gunmen killed a lawyer in his office.", "Chihuahua", "MX", 28.64, -106.09),
])
def test_a_division_after_a_place_decides_the_namesake(text, name, country, lat, lon):
    place = _event_place(text)
    assert place.name == name and place.country_code == country
    assert abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5 and place.geo_precision == "place"


def test_a_town_unknown_in_its_division_falls_back_to_the_division_not_a_namesake_abroad():
    # 'Bassa' is a German town's alternate name; the text says the place is in Nigeria's Plateau state
    place = _event_place("On 11 March 2021, gunmen killed two farmers of Miango (Bassa LGA, Plateau).")
    assert place.country_code == "NG" and place.geo_precision == "region" and place.admin1 == "Plateau"


def test_a_division_named_as_a_person_is_still_a_place():
    place = _event_place("On 5 March 2021, near U Daung village, Maungdaw Township, Rakhine State, a landmine killed a fisherman.")
    assert place.country_code == "MM" and place.geo_precision == "region"


def _place_of(text: str, code: str):
    a = analyze(text)
    event = next(e for e in a.events if e.code == code and e.factuality in ("asserted", "reported"))
    return event.location


@pytest.mark.parametrize("text, code, name, country", [
    # a town NER left untagged, after 'in' and before its division
    ("On 9 March 2021, in Valledupar, Cesar, a crowd of bus conductors protested over late pay.",
     "PROTEST", "Valledupar", "CO"),
    # a town NER took for a person, with its division in brackets after it
    ("On 3 June 2021, farm labourers rallied at a hostel gate, Barnala (Punjab) over their wages.",
     "PROTEST", "Barnala", "IN"),
    # a town NER took for a group; the division (written with its article in GeoNames: 'El Beni') decides it
    ("On 12 July 2021, in Riberalta, Beni, shopkeepers staged a demonstration against a curfew.",
     "PROTEST", "Riberalta", "BO"),
])
def test_an_untagged_town_before_its_division_is_a_place(text, code, name, country):
    place = _place_of(text, code)
    assert place is not None and place.name == name and place.country_code == country


@pytest.mark.parametrize("text, code, name, country", [
    # a scene-setting locative fronted before the clause, whatever the parse hangs it on
    ("On 14 May 2021, in Los Teques, Miranda state, taxi drivers protested near a depot to demand spare parts.",
     "PROTEST", "Los Teques", "VE"),
    ("On 2 June 2021, on a bridge in the west of Medellin, hundreds of moto-taxi riders protested to demand relief.",
     "PROTEST", "Medellin", "CO"),
    # the division after the town is a state of Brazil, not the small Parana of Tocantins
    ("On 20 June 2021, in Cascavel, Parana, a shopkeeper was shot dead outside his store by two gunmen.",
     "ASSAULT", "Cascavel", "BR"),
])
def test_a_fronted_place_sets_the_scene(text, code, name, country):
    place = _place_of(text, code)
    assert place is not None and place.name == name and place.country_code == country


def test_a_lone_division_is_the_one_of_that_name_not_an_alternate_abroad():
    # Haiti's department is called 'Ouest'; Cameroon's West region only has it as an alternate name
    place = _place_of("On 1 March 2021, in Petit-Goave, Ouest department, a radio presenter was assaulted by soldiers.", "ASSAULT")
    assert place is not None and place.country_code == "HT"


def test_an_abbreviation_is_no_town():
    # 'AL' (a party's initials) is an alternate name of a Belgian town: never a place
    a = analyze("On 4 March 2021, a councillor of AL attacked a rally of traders in Netrokona town (Netrokona, Mymensingh).")
    assert all(e.location is None or e.location.country_code == "BD" for e in a.events)


def test_the_place_of_the_events_own_clause_beats_one_of_another_mention():
    place = _place_of("On 5 June 2021, about 30 students held a rally in Vitebsk in support of the strike in Brest.", "PROTEST")
    assert place is not None and place.country_code == "BY" and abs(place.lon - 30.2) < 0.5     # Vitebsk, not Brest (23.7 E)


def test_a_city_beats_its_like_named_province_unless_the_text_says_region():
    city = _place_of("On 9 June 2021, nurses protested in Sofia over unpaid overtime.", "PROTEST")
    assert city is not None and city.country_code == "BG" and city.geo_precision == "place"
    region = _place_of("On 9 June 2021, villagers rallied in a hamlet of the Vitebsk region against a quarry.", "PROTEST")
    assert region is not None and region.country_code == "BY" and region.geo_precision == "region"


@pytest.mark.parametrize("text, code, name", [
    # a locative phrase the parse hangs on the object of the event's verb
    ("On 12 June 2021, soldiers detained and beat a trade union organiser in Lodwar, Turkana county.", "ASSAULT", "Lodwar"),
    ("On 12 June 2021, soldiers detained and beat a trade union organiser in Lodwar, Turkana county.", "COERCE", "Lodwar"),
    # another event of the sentence holds the place: the protest it was told inside shares it
    ("On 3 July 2021, striking nurses were beaten by riot police at the county offices in Mombasa during their protest over unpaid allowances.",
     "PROTEST", "Mombasa"),
    # the paragraph names its scene once; a later sentence tells another act without a place
    ("On 9 July 2021, in Kisumu, traders demonstrated against new market levies. Later they blocked a highway with burning tyres.",
     "PROTEST", "Kisumu"),
])
def test_an_event_without_a_place_of_its_own_takes_its_scene(text, code, name):
    places = [e.location.name if e.location else None for e in analyze(text).events
              if e.code == code and e.factuality in ("asserted", "reported")]
    assert places and all(p == name for p in places)


def test_a_later_sentence_that_moves_away_keeps_no_scene():
    a = analyze("On 9 July 2021, in Kisumu, traders demonstrated against new market levies. "
                "Elsewhere, students boycotted classes over unpaid bursaries.")
    boycott = [e for e in a.events if e.action.startswith("boycott")]
    assert boycott and all(e.location is None for e in boycott)


def test_a_scene_of_only_a_country_is_no_scene():
    a = analyze("On 9 July 2021, Kenya saw a day of unrest. Students boycotted classes over unpaid bursaries.")
    assert all(e.location is None or e.location.geo_precision == "country" for e in a.events)


def test_a_present_comment_on_a_pattern_takes_no_scene():
    a = analyze("On 9 July 2021, in Kisumu, traders demonstrated against new market levies. "
                "Across the region, stalls are being raided week after week by county officers.")
    assert all(e.location is None for e in a.events if e.action.startswith("raided"))
    a = analyze("On 9 July 2021, in Kisumu, traders demonstrated against new market levies. "
                "Stalls are being raided week after week by county officers.")
    assert all(e.location is None for e in a.events if e.action.startswith("raided"))


@pytest.mark.parametrize("text, code, name, country", [
    # like-named towns: the one in the country and division of the other places of the sentence
    ("On 14 June 2021, gunmen shot dead a shopkeeper in Cardenas, near Comalcalco.", "ASSAULT", "Cardenas", "MX"),
    # a division shared by two countries: the one of the town it qualifies
    ("On 15 June 2021, soldiers raided a farm and killed two separatists near Bafoussam (Mifi, Ouest).", "ASSAULT", "Bafoussam", "CM"),
])
def test_a_namesake_is_the_one_beside_the_other_places_of_the_sentence(text, code, name, country):
    place = _place_of(text, code)
    assert place is not None and place.name == name and place.country_code == country


def test_a_division_qualifies_the_first_known_place_of_its_chain():
    # the village is unknown to the gazetteer: the town of the subdivision places the event, not the region
    place = _place_of("On 16 June 2021, soldiers clashed with separatists in Bokwai village, Buea subdivision (Fako, Sud-Ouest).", "ASSAULT")
    assert place is not None and place.name == "Buea" and place.geo_precision == "place"


@pytest.mark.parametrize("text, code, name", [
    ("On 5 June 2021, about 30 porters rallied at the general hospital of Larissa over overtime pay.", "PROTEST", "Larisa"),
    ("On 17 June 2021, farmers marched through the suburbs of the capital Bamako.", "PROTEST", "Bamako"),
])
def test_a_name_after_a_place_noun_is_a_town_whatever_ner_calls_it(text, code, name):
    place = _place_of(text, code)
    assert place is not None and place.name == name and place.geo_precision == "place"


def test_a_place_listed_after_its_country_never_gives_way_to_the_country():
    # a monitor's table cell lists country, division, town: the event is not moved up to the country
    a = analyze("12 Mar | Mali, Mopti, Djenne | militants | Militants shelled an army post. | 2 killed")
    placed = [e.location for e in a.events if e.code == "ASSAULT" and e.location is not None]
    assert placed and all(p.geo_precision != "country" for p in placed)


def test_a_state_abbreviation_after_a_town_decides_the_namesake():
    # Bilaspur is a town of several Indian states; '(HP)' says which, and makes the name NER took
    # for a group a place
    place = _place_of("On 6 June 2021, two groups of villagers clashed in Civil Lines, Bilaspur (HP) over a land dispute.", "PROTEST")
    assert place is not None and place.name == "Bilaspur" and place.admin1 == "Himachal Pradesh"


def test_an_abbreviation_alone_is_no_division():
    # 'AP' after a dateline is the wire service, not Andhra Pradesh
    a = analyze("NEW DELHI (AP) - Police fired tear gas at protesters on Monday.")
    assert all(e.location is None or e.location.admin1 != "Andhra Pradesh" for e in a.events)


def test_a_table_rows_date_cell_dates_its_events():
    text = ("Weekly incident log, 3-9 May 2027\n"
            "Format: date | location | actors | incident | casualties\n"
            "4 May | Kenya, Marsabit | raiders | Armed raiders attacked a cattle camp near the wells. | 3 killed\n"
            "6 May 2027 | Uganda, Kotido | army; raiders | Soldiers clashed with raiders on the Moroto road. | 2 killed\n")
    a = analyze(text, published="2027-05-10")
    dated = {e.line: e for e in a.events if e.code == "ASSAULT"}
    assert dated[3].date == "2027-05-04" and not dated[3].date_from_published
    assert dated[4].date == "2027-05-06" and dated[4].date_precision == "day"


@pytest.mark.parametrize("text, code, name, country", [
    # a division written with a slash is one name: it rules out the El Dorado of Arkansas
    ("A bus driver was robbed and beaten in El Dorado, Tunapuna/Piarco, on Tuesday night.",
     "ASSAULT", "Tunapuna/Piarco", "TT"),
    # a compound town name NER cut into two 'persons' is looked up whole, never by its first
    # word (Juazeiro, Bahia, 300 km away)
    ("Gunmen shot dead a shopkeeper in Juazeiro do Norte, Ceara, on Thursday.",
     "ASSAULT", "Juazeiro do Norte", "BR"),
    # a police force named after its state says the country: Nepal's Jaleshwar, not India's
    ("Police detained three smugglers after a chase in Jaleshwar on Monday, the Nepal Police said.",
     "COERCE", "Jaleshwar", "NP"),
])
def test_compound_names_and_the_country_an_organisation_names(text, code, name, country):
    place = _place_of(text, code)
    assert place is not None and place.name == name and place.country_code == country



def test_a_log_line_that_opens_with_its_date_dates_its_events():
    text = ("INCIDENT LOG, 2-8 MARCH 2026\n\n"
            "- 3 Mar, Chad (Lac): gunmen stormed a fishing camp near Bol and killed four fishermen.\n"
            "- 6 Mar, Chad (Salamat): police detained nine herders after a dispute over water.\n"
            "On Thursday, in a statement, the governor condemned the raid.\n")
    a = analyze(text, published="2026-03-09")
    dated = {(e.code, e.date) for e in a.events if e.factuality in ("asserted", "reported")}
    assert ("ASSAULT", "2026-03-03") in dated
    assert ("COERCE", "2026-03-06") in dated
    # prose opening with a preposition is no log date: the clause keeps its own
    assert not any(e.date == "2026-03-05" and e.code == "ASSAULT" for e in a.events if e.line == 4)


def test_a_wire_dateline_is_the_filing_day_not_the_event_date():
    text = ("Dockers strike in Mombasa\n\n"
            "MOMBASA, March 12, 2026 - Kenyan police fired tear gas on Wednesday at striking dock workers "
            "who had blocked the port gates.\n")
    a = analyze(text, published="2026-03-12")
    event = next(e for e in a.events if e.code == "COERCE" or (e.code == "ASSAULT" and e.action == "fired"))
    assert event.date == "2026-03-11" and event.date_precision == "day"


def test_a_demonym_inside_an_organisation_name_says_the_country():
    # 'Jaleshwar' is a town in India and in Nepal; the Nepali force the sentence names decides
    place = _place_of("Smugglers clashed with border guards in Jaleshwar on Friday, according to the "
                      "Nepali Armed Police Force.", "ASSAULT")
    assert place is not None and place.name == "Jaleshwar" and place.country_code == "NP"
