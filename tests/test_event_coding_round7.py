"""Issue 13, seventh round of event coding: type errors by kind on the read event sets. A clause
after a semicolon neither denies, threatens nor negates the one before it; a protest that police
break up, scatter or clear happened; a raid whose sentence says no one was hurt, or only that
weapons were seized, stays coercion; a sports report and a quoted characterisation ('"an attack on
the economy"') are no attacks; civilians forced to flee are displaced, not retreating; a meeting
named in a phrase of the verb that tells it ('met ... for talks') or as the occasion of another act
('signed ... at a meeting') is no second event; the terms of a pact are planned; an approval of a
measure named by an event noun is that measure; a march on a seat of power is a protest; a title
restates the story; a participle after 'those', a copula's 'the deadliest attack' and a definite
event noun in a phrase name happenings told before; a subject with 'neither' negates; jets named
as the instrument make a strike material; union members blocking a road protest; triggers the
tables lacked.
Own invented sentences; one document analysed once, each line one behaviour."""
from __future__ import annotations

import pytest

from claimledger import analyze
from event_helpers import events_by_line, factualities, happened_codes

TEXT = "\n".join([
    "Lakeland accused Norvia of arming the rebels; Norvia denied any role.",                                  # 1
    "Rebels shot dead three guards at a mine; the group threatened more attacks.",                            # 2
    "Ostrava summoned the Norvian ambassador and demanded an inquiry; Norvia has not replied.",              # 3
    "Soldiers raided a depot in Osk and seized rifles, the army said; no one was hurt.",                      # 4
    "Police fired tear gas on Monday to break up a march by opposition supporters in Vell.",                  # 5
    "Riot police dispersed a student demonstration over fees in Osk.",                                        # 6
    "Police fired rubber bullets to scatter hundreds of opposition supporters who had marched on the election board in Vell.",  # 7
    "The visitors attacked for 90 minutes but lost the derby 2-1 to the home side.",                          # 8
    'The party said the opposition had launched "an all-out assault on the institutions of the state" with its petitions.',  # 9
    "Gangs burned dozens of houses in Solino, forcing about 3,000 residents to flee.",                        # 10
    "The foreign ministers of Arland and Norland met in Vell for a new round of talks on their border deal.",  # 11
    "Arland and Norland signed a memorandum on fishing quotas at a meeting in Osk.",                          # 12
    "Arland and Norland signed a defence pact allowing more joint patrols in the Gulf of Vell.",              # 13
    "Arland's senate approved the deployment of 300 troops to a regional force.",                             # 14
    "Union ministers approved a new package of sanctions on Norland.",                                        # 15
    "Thousands of supporters of the jailed leader marched on the capital last month.",                        # 16
    "The presidency said it had freed 40 of those detained after questioning.",                               # 17
    "The Fund disbursed $2 billion to Norland.",                                                              # 18
    "The rebels handed back two towns to the army under a ceasefire.",                                        # 19
    "The court threw out 31 of the opposition's 40 petitions on Monday.",                                     # 20
    "Riot police cleared a barricade on the airport road and detained a city councillor.",                   # 21
    "Authorities throttled mobile internet across the country for a third day.",                              # 22
    "Arland's foreign minister telephoned her Norland counterpart.",                                          # 23
    "Arland and Norland resumed rail freight services across the border.",                                    # 24
    "Tolvia announced export controls on drone parts to three Arland firms.",                                 # 25
    "Osk summoned the Vell high commissioner twice.",                                                          # 26
    "Arland announced $45 million in humanitarian assistance for Norland.",                                   # 27
    "Arland jets struck rebel positions in northern Norland.",                                                # 28
    "Union members blocked the port road in Vell.",                                                            # 29
    "Neither government gave up a single demand.",                                                             # 30
    "Residents set up barricades in Delmas to protest against the council's failure to curb gang violence.",  # 31
    "Police used tear gas on Tuesday to clear blockades set up by transport workers on the highway.",         # 32
    "17 Oct | Norland, Osk | rebels; militia | Clashes between the two armed groups in rural Osk; families fled. | at least 5 killed",  # 33
    "15 Oct | Norland, Vell | rebels; army | Rebels shelled army positions; fighting continued into the night. | no casualties",  # 34
    "Striking nurses in Vell ended a 30-day walkout after the government agreed to pay arrears.",             # 35
])


@pytest.fixture(scope="module")
def events():
    return events_by_line(TEXT, published="2024-05-20")


def _actors(events, line, code) -> set:
    return {actor for e, actor, _ in events.get(line, []) if e.code == code}


def test_a_denial_after_a_semicolon_does_not_deny_the_accusation_before_it(events):
    assert happened_codes(events, 1) == ["ACCUSE", "REJECT"]


def test_a_threat_after_a_semicolon_does_not_make_the_killing_a_threat(events):
    assert happened_codes(events, 2) == ["ASSAULT", "THREATEN"]


def test_a_negation_after_a_semicolon_does_not_negate_the_demand(events):
    assert happened_codes(events, 3) == ["ACCUSE", "REQUEST"]


def test_a_raid_where_no_one_was_hurt_and_rifles_were_seized_is_coercion(events):
    assert happened_codes(events, 4) == ["COERCE"]


def test_a_march_police_broke_up_happened_and_is_the_supporters(events):
    assert happened_codes(events, 5) == ["ASSAULT", "PROTEST"]
    assert _actors(events, 5, "PROTEST") == {"opposition supporters"}


def test_a_dispersed_demonstration_happened_and_is_not_the_police(events):
    assert happened_codes(events, 6) == ["COERCE", "PROTEST"]
    assert _actors(events, 6, "PROTEST") == {None}


def test_a_march_in_the_object_of_a_scattering_happened(events):
    assert happened_codes(events, 7) == ["ASSAULT", "PROTEST"]


def test_a_sports_report_has_no_attack(events):
    assert happened_codes(events, 8) == []


def test_a_quoted_characterisation_is_no_assault(events):
    assert happened_codes(events, 9) == []


def test_residents_forced_to_flee_are_displaced_not_retreating(events):
    assert happened_codes(events, 10) == ["ASSAULT"]


def test_talks_named_in_a_phrase_of_met_are_the_same_meeting(events):
    assert happened_codes(events, 11) == ["CONSULT"]


def test_a_meeting_that_is_the_occasion_of_a_signing_is_no_second_event(events):
    assert happened_codes(events, 12) == ["AGREE"]


def test_the_terms_of_a_pact_are_planned(events):
    assert happened_codes(events, 13) == ["AGREE"]
    assert factualities(events, 13, "COOPERATE") == {"planned"}


def test_approving_a_deployment_is_the_deployment(events):
    assert happened_codes(events, 14) == ["MOBILIZE"]


def test_approving_a_package_of_sanctions_is_the_sanctions_not_aid(events):
    assert happened_codes(events, 15) == ["SANCTION"]


def test_supporters_marching_on_the_capital_protest(events):
    assert happened_codes(events, 16) == ["PROTEST"]


def test_freeing_some_of_those_detained_is_a_release(events):
    assert happened_codes(events, 17) == ["RETREAT"]


@pytest.mark.parametrize("line, codes", [
    (18, ["AID"]),                  # disbursed
    (19, ["RETREAT"]),              # handed back territory
    (20, ["REJECT"]),               # threw out petitions
    (21, ["COERCE", "COERCE"]),     # cleared a barricade; detained a councillor
    (22, ["COERCE"]),               # throttled the internet
    (23, ["CONSULT"]),              # telephoned
    (24, ["COOPERATE"]),            # resumed services
    (25, ["SANCTION"]),             # export controls
    (26, ["ACCUSE"]),               # summoned a high commissioner
    (27, ["AID"]),                  # announced assistance
])
def test_triggers_the_tables_lacked(events, line, codes):
    assert happened_codes(events, line) == codes


def test_jets_named_as_the_instrument_make_a_strike_material(events):
    assert happened_codes(events, 28) == ["ASSAULT"]


def test_union_members_blocking_a_road_protest(events):
    assert happened_codes(events, 29) == ["PROTEST"]


def test_a_subject_with_neither_negates_its_clause(events):
    assert happened_codes(events, 30) == []


def test_barricades_set_up_to_protest_are_the_protest(events):
    assert happened_codes(events, 31) == ["PROTEST"]


def test_blockades_police_cleared_happened(events):
    assert happened_codes(events, 32) == ["ASSAULT", "PROTEST"]
    assert _actors(events, 32, "PROTEST") == {"transport workers"}


def test_families_who_fled_clashes_are_displaced(events):
    assert happened_codes(events, 33) == ["ASSAULT"]


def test_fighting_that_continued_is_the_shelling_told_before_it(events):
    assert happened_codes(events, 34) == ["ASSAULT"]


def test_ending_a_walkout_is_a_retreat_from_it(events):
    assert happened_codes(events, 35) == ["AGREE", "RETREAT"]


def _codes_by_line(text: str) -> dict[int, list[str]]:
    analysis = analyze(text, published="2024-05-20")
    out: dict[int, list[str]] = {}
    for ev in analysis.events:
        if ev.factuality in ("asserted", "reported"):
            out.setdefault(ev.line, []).append(ev.code)
    return {line: sorted(codes) for line, codes in out.items()}


def test_a_title_restates_the_story_and_tells_no_event():
    text = ("Police break up opposition march in Vell; two dead\n\n"
            "VELL - Police fired tear gas to break up a march by opposition supporters on Monday.\n"
            "Two people were killed.")
    codes = _codes_by_line(text)
    assert 1 not in codes
    assert codes[3] == ["COERCE", "PROTEST"]     # the tear gas is the break-up's means: one COERCE


def test_a_one_sentence_lead_set_apart_is_no_title():
    # Wire copy pasted with a blank line between paragraphs: its first paragraph, told in the past,
    # is the lead, and its events count; a standfirst in the present set apart the same way is a title.
    lead = ("Gunmen killed twelve villagers in Vell on Sunday, officials said.\n\n"
            "The army said it had sent reinforcements to the district.\n\n"
            "Residents said the attackers arrived on motorbikes.")
    assert _codes_by_line(lead)[1] == ["ASSAULT"]
    passive = ("Twelve villagers were killed in an attack on Vell on Sunday.\n\n"
               "The army said it had sent reinforcements.\n\n"
               "Residents fled to Osk.")
    assert _codes_by_line(passive)[1] == ["ASSAULT"]
    standfirst = ("Vell's rebels are talking again. Nobody should mistake that for peace.\n\n"
                  "Rebels attacked an army post near Osk on Monday, killing three soldiers.\n\n"
                  "The talks resumed on Tuesday.")
    assert 1 not in _codes_by_line(standfirst)


def test_a_first_line_that_is_a_sentence_of_the_body_is_no_title():
    text = ("Police fired tear gas at a march in Vell.\n"
            "Two people were killed.\n"
            "The army was deployed.")
    assert _codes_by_line(text)[1] == ["ASSAULT", "PROTEST"]


def test_happenings_named_again_are_not_told_twice():
    text = ("Farmers blocked roads across Osk on Monday.\n"
            "Officials said nobody had been hurt in the unrest so far.\n"
            "A court ordered the release of 12 of those detained.\n"
            "Gunmen ambushed a police patrol near Vell, killing six officers. It was the deadliest attack on the police this year.")
    codes = _codes_by_line(text)
    assert codes[1] == ["PROTEST"]
    assert 2 not in codes
    assert codes[3] == ["RETREAT"]
    assert codes[4] == ["ASSAULT"]
