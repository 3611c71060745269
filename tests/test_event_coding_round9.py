"""Issue 13, ninth round of event coding: actors and riots in monitor-note phrasing (read on the
ACLED dev sample by kind; no note's wording, place or date kept). People named with what they are
'of' or 'from' ('workers of a textile mill protested', 'nurses of the X Hospital staged a sit-in')
are the actor, not the mill, the hospital or a fronted place; a bracketed place after them locates
them and does not name them; 'members/factions of' a force or armed organisation name that body; a
protest 'by driving vans' tells its means, not its author; a protest noun whose light verb the
parse left without a subject takes the people before it; a plural pronoun ('They threw stones',
'their sit-in') stands for the plural subject before it in the paragraph; an 'involving' clause
names a battle's sides and clashes 'reported between' A and B keep them; a group of armed men (or
men who open fire) is an armed group, not a crowd, while a group of people of a trade or an origin,
or party members, who attack or stone riot (PLOVER PROTEST, mode riot), and so do people who
'turned violent'; 'a march of farmers' is the farmers'; a place after a comma behind a body's name
or parsed as a second subject locates the people and does not name them. A participle the tagger
called an adjective ('was caught and almost lynched') is a verb; a lynching with no one named is a
riot; triggers the tables lacked (burned alive, sprayed bullets, picked up activists, set ablaze, a
crowd blocking soldiers); 'men armed with machetes' are described, not armed by anyone, and are an
armed group. Gendarmes attacked with bricks and bottles by no one named, or gendarmes wounded after a
crowd's protest in the paragraph (by no one named, no other assault in the sentence), were hurt by a
crowd: its riot; rounds fired 'in the air' are crowd control, as 'into the air'.
Own invented sentences; one document analysed once, each line one behaviour."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line

TEXT = "\n".join([
    "On 9 March 2023, workers of a textile mill protested in Kodra demanding back pay.",                                # 1
    "On 12 June 2022, in Vell, Oster, nurses of the Saint Anselm General Hospital staged a demonstration demanding masks.",  # 2
    "On 12 June 2022, in Vell, Oster, drivers from the district of Nova Terra protested to demand fuel subsidies.",     # 3
    "On 3 March 2021, some 200 Dravo shopkeepers (Vell, Oster) marched against a new levy.",                           # 4
    "On 12 June 2022, bakers and owners of small bakeries protested by driving vans in Vell.",                           # 5
    "On 3 March 2021, in Vell, café owners and their staff did a motorcade over the new rents.",                        # 6
    "On 3 March 2021, five members of the Norland coast guard clashed with smugglers near Kodra.",                     # 7
    "Around 3 March 2021, gun battles were reported between two factions of the Vell Brigade near Kodra.",             # 8
    "On 3 March 2021, a three-hour gunfight involving Harn militiamen against border guards took place near Kodra.",   # 9
    "On 3 March 2021, fishermen impounded a trawler at the Vell jetty. Coast guards came to collect it. The fishermen refused to hand it over. They threw stones at the guards.", # 10
    "On 3 March 2021, miners were beaten by guards at the pit gate in Harn during their sit-in over pensions.",        # 11
    "On 3 March 2021, in Kodra, Oster, a group of masked armed men opened fire on a toll gate.",                       # 12
    "On 3 March 2021, a group of scrap collectors threw stones at a traffic warden in Kodra.",                         # 13
    "On 3 March 2021, in Kodra, Harnese fishmongers clashed with municipal guards who tried to clear their stalls.",   # 14
    "On 3 March 2021, young VPP party members attacked a rival campaign office in Kodra.",                             # 15
    "On 3 March 2021, in Vell, Oster, a shopkeeper was shot dead in Nova district by two men on a scooter.",           # 16
    "Norland expelled a Vesterian attaché it accused of spying.",                                                      # 17
    "In 2021 Harnese coast guard crews were said to have beaten Vellan divers near the reef.",                         # 18
    "Volunteers allied with the army ambushed a rebel column near Osk.",                                               # 19
    "One person was killed and four others wounded in Tarel on Sunday.",                                               # 20
    "On 3 March 2021, dozens of football fans turned violent outside the stadium in Vell.",                            # 21
    "On 3 March 2021, police broke up a march of farmers in Vell.",                                                    # 22
    "On 3 March 2021, members of the Dock Workers' Union, Oster, staged a protest in Vell.",                            # 23
    "On 3 March 2021, families from the barrio Las Flores protested to demand electricity.",                           # 24
    "Norland's foreign minister, Ana Levi, condemned the attack.",                                                     # 25
    "On 3 March 2021, a suspected burglar was caught and almost lynched in Barrio Sur.",                               # 26
    "On 4 June 2021, soldiers lynched a suspected informer in Dravo.",                                                 # 27
    "On 2 May 2022, a suspected thief was burned alive by a mob in Dravo.",                                            # 28
    "On 2 May 2022, gunmen sprayed bullets at a church in Dravo.",                                                     # 29
    "On 2 May 2022, police picked up three activists in Dravo.",                                                       # 30
    "The taxi picked up two passengers in Dravo.",                                                                     # 31
    "On 2 May 2022, suspected herders set ablaze five houses in Dravo.",                                               # 32
    "On 3 March 2021, about 200 residents of Dravo blocked soldiers from entering the market.",                        # 33
    "On 2 May 2022, a group of men armed with machetes attacked a village near Dravo.",                                # 34
    "Norland armed the rebels with rifles.",                                                                           # 35
    "On 3 March 2021, about 500 fans gathered outside the stadium in Dravo. The gendarmes were attacked with bricks and bottles.", # 36
    "On 3 March 2021, market women marched in Dravo over new fees. Three gendarmes were wounded.",                     # 37
    "On 6 June 2022, nurses marched in Dravo. Two soldiers were later killed in an ambush near the town.",            # 38
    "Officials said six gendarmes were injured by stones and petrol bombs.",                                           # 39
    "On 3 March 2021, gendarmes fired rounds in the air to scatter the marchers in Dravo.",                            # 40
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2024-05-20")


def happened(events, line):
    """(code, mode, actor, target) of a line's events told as happened, in text order."""
    return [(e.code, e.mode, actor, target) for e, actor, target in events.get(line, [])
            if e.factuality in ("asserted", "reported")]


@pytest.mark.parametrize("line, code, actor", [
    (1, "PROTEST", "workers"),              # the verb hung on the mill: the workers of it protest
    (2, "PROTEST", "nurses"),               # not the hospital they work at, not the fronted place
    (3, "PROTEST", "drivers"),              # 'drivers from the district of Nova Terra'
    (4, "PROTEST", "Dravo shopkeepers"),    # the bracketed place locates them, it does not name them
    (5, "PROTEST", "bakers"),               # 'by driving vans' is the means, not the author
    (6, "PROTEST", "café owners"),          # the stager of the motorcade, left without a subject
])
def test_people_named_with_what_they_are_of_are_the_actor(events, line, code, actor):
    assert [(c, a) for c, _, a, _ in happened(events, line) if c == code] == [(code, actor)]


def test_members_of_a_force_name_the_force(events):
    assert happened(events, 7) == [("ASSAULT", None, "Norland coast guard", "smugglers")]


def test_factions_of_a_group_and_clashes_reported_between_them(events):
    assert happened(events, 8) == [("ASSAULT", None, "Vell Brigade", None)]


def test_an_involving_clause_names_the_sides(events):
    assert happened(events, 9) == [("ASSAULT", "firearms", "Harn militiamen", "border guards")]


def test_they_stands_for_the_plural_subject_before_it(events):
    assert happened(events, 10)[-1] == ("ASSAULT", None, "fishermen", "guards")


def test_their_demonstration_is_the_workers(events):
    assert [(c, a) for c, _, a, _ in happened(events, 11) if c == "PROTEST"] == [("PROTEST", "miners")]


def test_a_group_of_armed_men_is_no_crowd(events):
    assert [c for c, *_ in happened(events, 12)] == ["ASSAULT"]


@pytest.mark.parametrize("line, actor", [
    (13, "group"),                          # a group of collectors throwing stones
    (14, "Harnese fishmongers"),            # people of a trade, of an origin
    (15, "young VPP party members"),        # party members attacking an office
])
def test_ordinary_people_who_beat_or_stone_riot(events, line, actor):
    assert [(c, m, a) for c, m, a, _ in happened(events, line)][0] == ("PROTEST", "riot", actor)


def test_victims_before_a_passive_are_not_the_shooters(events):
    assert happened(events, 16) == [("ASSAULT", "firearms", "men", "shopkeeper")]


def test_a_pronoun_subject_keeps_the_left_scan_off_its_object(events):
    assert [a for c, _, a, _ in happened(events, 17) if c == "ACCUSE"] != ["Vesterian attaché"]


@pytest.mark.parametrize("line", [18, 19])
def test_crews_of_a_force_and_unqualified_volunteers_stay_armed(events, line):
    assert [c for c, *_ in happened(events, line)] == ["ASSAULT"]


def test_others_wounded_are_no_crowd(events):
    assert "PROTEST" not in [c for c, *_ in happened(events, 20)]


def test_people_who_turned_violent_riot(events):
    assert happened(events, 21) == [("PROTEST", "riot", "football fans", None)]


def test_a_march_of_farmers_is_the_farmers(events):
    assert happened(events, 22) == [("COERCE", "restrict", "police", None), ("PROTEST", "demo", "farmers", None)]


@pytest.mark.parametrize("line, actor", [
    (23, "Dock Workers' Union"),            # not 'Oster', the place after the comma
    (24, "families"),                       # not 'Las Flores', the second subject the parse made
])
def test_a_place_beside_the_people_does_not_name_them(events, line, actor):
    assert [a for c, _, a, _ in happened(events, line) if c == "PROTEST"] == [actor]


def test_a_person_named_in_apposition_still_names_the_speaker(events):
    assert [a for c, _, a, _ in happened(events, 25)] == ["Ana Levi"]


@pytest.mark.parametrize("line, expected", [
    (26, [("PROTEST", "riot", None, "suspected burglar")]),                       # a lynching, no one named: a crowd's act
    (27, [("ASSAULT", "beat", "soldiers", "suspected informer")]),  # soldiers who lynch stay an armed force
    (28, [("PROTEST", "riot", "mob", "suspected thief")]),          # burned alive by a mob
    (29, [("ASSAULT", "firearms", "gunmen", None)]),
    (30, [("COERCE", "arrest", "police", "activists")]),
    (31, []),                                                        # passengers picked up by a taxi: no arrest
    (32, [("ASSAULT", "destroy", "suspected herders", "houses")]),
    (33, [("PROTEST", "obstruct", "residents", "soldiers")]),
    (34, [("ASSAULT", None, "group", "village")]),                   # men armed with machetes: no AID, no riot
    (35, [("AID", "military", "Norland", "rebels")]),
])
def test_acts_in_words_the_tables_lacked(events, line, expected):
    assert happened(events, line) == expected


def test_thrown_bottles_and_rocks_are_a_riot(events):
    assert happened(events, 36)[0] == ("PROTEST", "riot", None, "gendarmes")


def test_police_injured_after_a_protest_were_hurt_by_its_crowd(events):
    assert happened(events, 37) == [("PROTEST", "demo", "market women", None), ("PROTEST", "riot", "market women", "gendarmes")]


@pytest.mark.parametrize("line", [38, 39])
def test_killings_and_bombs_stay_assaults(events, line):
    assert [c for c, *_ in happened(events, line)][-1] == "ASSAULT"


def test_shots_in_the_air_are_crowd_control(events):
    assert [c for c, *_ in happened(events, 40)] == ["COERCE"]
