"""Issue 13, fifteenth round of event coding: kinds of type and place errors on short incident
notes (ACLED-style sample C read by kind; every sentence here is our own, none taken from C or
from a test set).
- a body found hidden or restrained ('rolled up in a tarpaulin', 'inside a bag') is a killing by no
  one named, as one found with gunshot wounds already was;
- people 'taken (as) hostages' or 'held hostage' were abducted (ASSAULT);
- arms and kit a force seizes in an operation or a clash are no coercion of anyone;
- beating pots or pans hits no one; storming out of a hall is no assault;
- a town NER took for a date (a town named like a feast day) is tested as a name NER took
  for a person;
- a country deep in the clause ('to demand help at the frontier posts of Chile') gives way
  to the town fronted as the scene, when that town is in it."""
from __future__ import annotations

from spacy.tokens import Span

from claimledger.extract.events import geocode
from claimledger.parse import load_pipeline
from claimledger.settings import Settings

from event_support import codes as _codes, place_of as _place


# -- bodies found hidden or restrained -------------------------------------------------------------
def test_a_body_found_inside_a_bag_is_a_killing():
    assert "ASSAULT" in _codes("On 2 May 2021, in Tarvo, a woman was found dead, stuffed in a sack beside a canal. 1 fatality.")


def test_a_body_wrapped_in_the_next_sentence_is_a_killing():
    assert "ASSAULT" in _codes("On 2 May 2021, a man was found dead near the bus station of Tarvo. "
                               "His corpse had been rolled up in a tarpaulin and tied.")


def test_a_death_told_with_a_hidden_body_is_a_killing():
    assert "ASSAULT" in _codes("On 2 May 2021, a driver was found dead on the Tarvo road, wrapped in plastic bags.")


def test_a_body_found_with_no_mark_of_violence_is_still_no_event():
    assert "ASSAULT" not in _codes("On 2 May 2021, an elderly man was found dead in his home in Tarvo.")


# -- hostages ---------------------------------------------------------------------------------------
def test_workers_taken_as_hostages_were_abducted():
    assert "ASSAULT" in _codes("On 3 May 2021, labourers of a ranch were taken as hostages by gunmen near Tarvo.")


def test_taking_people_hostage_is_an_abduction():
    assert "ASSAULT" in _codes("Gunmen took three engineers hostage on the Tarvo road on Monday.")


def test_held_hostage_is_an_abduction():
    assert "ASSAULT" in _codes("The bus passengers were held hostage for two days by a gang.")


def test_holding_a_town_is_no_abduction():
    assert "ASSAULT" not in _codes("The rebels held the town for two days.")


# -- arms seized ------------------------------------------------------------------------------------
def test_a_pistol_seized_after_a_shootout_is_no_coercion():
    codes = _codes("On 3 May 2021, police raided a hideout in Tarvo and exchanged fire with its occupants, wounding one. "
                   "Officers seized two handguns and several radios.")
    assert "ASSAULT" in codes and "COERCE" not in codes


def test_weapons_confiscated_are_no_coercion():
    assert "COERCE" not in _codes("Soldiers confiscated rifles and ammunition in Tarvo on Monday.")


def test_drugs_seized_stay_coercion():
    assert "COERCE" in _codes("Customs officers seized two tonnes of cocaine at the port of Tarvo on Monday.")


def test_a_boat_seized_stays_coercion():
    assert "COERCE" in _codes("The navy seized a fishing boat off Tarvo on Monday.")


# -- noise and anger ----------------------------------------------------------------------------------
def test_beating_pans_is_a_protest_not_an_assault():
    codes = _codes("On 1 May 2021, hundreds of farm workers protested by beating steel plates and pans on their balconies.")
    assert "PROTEST" in codes and "ASSAULT" not in codes


def test_banging_pots_hits_no_one():
    assert "ASSAULT" not in _codes("Residents banged pots in the streets of Tarvo on Friday night.")


def test_beating_a_man_stays_an_assault():
    assert "ASSAULT" in _codes("Soldiers beat a man in the streets of Tarvo on Friday night.")


def test_storming_out_of_a_hall_is_no_assault():
    codes = _codes("Dozens of patients stormed out of the clinic and protested in its yard.")
    assert "PROTEST" in codes and "ASSAULT" not in codes


def test_storming_a_post_stays_an_assault():
    assert "ASSAULT" in _codes("Militants stormed an army post near Tarvo on Monday.")


# -- a town read as a date ------------------------------------------------------------------------------
def _with_label(text: str, word: str, label: str):
    nlp = load_pipeline(Settings().pipeline)
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if e.end <= start or e.start > start] + [Span(doc, start, start + 1, label=label)]
    return next(e for e in doc.ents if e.start == start)


def test_a_proper_noun_read_as_a_date_is_tested_as_a_name():
    ent = _with_label("Residents protested in Resistencia on Monday.", "Resistencia", "DATE")
    assert geocode._named_like_a_date(ent)


def test_a_month_or_weekday_stays_a_date():
    assert not geocode._named_like_a_date(_with_label("Residents protested in Tarvo on Monday.", "Monday", "DATE"))
    assert not geocode._named_like_a_date(_with_label("Residents protested in Tarvo in May.", "May", "DATE"))


# -- the scene over a country deep in the clause -------------------------------------------------------
def test_the_fronted_town_beats_a_country_deep_in_the_clause():
    place = _place("On 3 May 2021, in Iquique, Tarapaca, stranded travellers rallied to demand help "
                   "at the frontier post on the road to Peru.", "PROTEST")
    assert place is not None and place.name == "Iquique"


def test_a_town_in_the_clause_still_beats_a_wider_scene():
    # only a country in the clause gives way: a town there is more exact than the scene
    place = _place("On 3 May 2021, in Kenya, dock workers marched in Mombasa against unpaid wages.", "PROTEST")
    assert place is not None and place.name == "Mombasa"


def test_the_fronted_town_beats_its_own_country_deep_in_the_clause():
    # the example of docs/events.md and setting.place_of: the country named in the clause is the town's own
    place = _place("On 3 May 2021, in Iquique, Tarapaca, stranded travellers rallied to demand help "
                   "at the frontier posts of Chile.", "PROTEST")
    assert place is not None and place.name == "Iquique"
