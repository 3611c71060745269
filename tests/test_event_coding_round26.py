"""Issue 13, twenty-sixth round of event coding: the kinds of false alarm found in the first run of heldout18
(docs/events.md, "Round 26: heldout18 read"), each fixed as a kind. Every sentence here is our own, none taken from a
test set or an ACLED note.
- speech and sourcing words: a newspaper's page labelling a measure, unnamed people 'calling this "a coup"', one
  speaker who 'talked about it on air', 'Briefing the Council, the envoy said': no event;
- a noun mention that is no act of its own: 'at the request of' a party (the background of the act told), a unit
  beside which a bomb went off, 'a port call', an event noun a group 'documented';
- wrong types of known triggers: access denied is a restriction (COERCE), an accreditation withdrawn a sanction;
- told as planned: a meeting 'pencilled in' for a later month;
- a participle placing a victim in a count ('the fourth reporter killed this year'): no new killing."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-06-10"

_codes, _all = coders(PUBLISHED)


def test_a_front_page_label_is_no_accusation():
    assert "ACCUSE" not in _codes('The weekly\'s front page called the curfew "a steady hand".')


def test_a_party_label_of_blame_stays_an_accusation():
    assert "ACCUSE" in _codes('The opposition called the curfew "a war on the poor".')


def test_unnamed_people_calling_it_a_name_is_no_accusation():
    got = _codes('Nothing of the kind happened, and the people calling this "a putsch" are only shouting.')
    assert "ACCUSE" not in got


def test_talking_about_it_alone_is_no_consultation():
    assert "CONSULT" not in _codes("The singer spoke rarely of the abduction and talked about it on radio only twice.")


def test_two_sides_talking_stay_a_consultation():
    assert "CONSULT" in _codes("The two governors talked about the grazing routes on Monday.")
    assert "CONSULT" in _codes("The mayor talked with the strikers about their pay on Monday.")


def test_a_briefing_that_frames_a_statement_is_no_consultation():
    got = _codes("Briefing the assembly, the envoy said that a bomb had exploded near the depot on Friday.")
    assert "CONSULT" not in got and "ASSAULT" in got


def test_at_the_request_of_is_no_request():
    got = _codes("The council met on Tuesday at the request of Ruritania to discuss the dam.")
    assert "REQUEST" not in got and "CONSULT" in got


def test_a_request_made_stays_a_request():
    assert "REQUEST" in _codes("Ruritania requested an urgent session of the council on Tuesday.")


def test_a_unit_beside_a_blast_is_no_deployment():
    got = _codes("A roadside bomb went off beside a border police patrol near Vesk on Friday, wounding one officer.")
    assert "MOBILIZE" not in got and "ASSAULT" in got


def test_a_port_call_is_no_appeal():
    assert "REQUEST" not in _codes('The navy granted the survey ship a port call "for fuel and water" on Sunday.')


def test_killings_a_group_documented_are_told_elsewhere():
    got = _codes("The ministry shut a charity that had documented the Oster killings.")
    assert "ASSAULT" not in got


def test_a_killing_documented_with_its_details_is_told_here():
    got = _codes("The monitors documented the killing of two herders by a crowd in Marn district on 3 June.")
    assert coded_as_happened([(c, "asserted") for c in got], "ASSAULT") or "PROTEST" in got


def test_access_denied_is_a_restriction():
    got = _codes("Defence lawyers had been denied access to the detainees for two days.")
    assert "COERCE" in got and "REJECT" not in got


def test_a_denial_of_a_claim_stays_a_rejection():
    assert "REJECT" in _codes("The ministry denied that the detainees had been beaten.")


def test_an_accreditation_withdrawn_is_a_sanction():
    got = _codes("The government withdrew the accreditation of a Danish aid group on Monday.")
    assert "SANCTION" in got and "RETREAT" not in got


def test_troops_withdrawn_stay_a_retreat():
    assert "RETREAT" in _codes("The army withdrew two battalions from the border on Monday.")


def test_a_meeting_pencilled_in_is_planned():
    got = _all("A meeting of the two defence ministers is pencilled in for late July.")
    assert not coded_as_happened(got, "CONSULT")


def test_a_victim_placed_in_a_count_is_no_new_killing():
    assert "ASSAULT" not in _codes("Ramos was the fourth reporter killed in the province this year.")


def test_a_killing_told_outright_stays():
    assert "ASSAULT" in _codes("Gunmen killed a fourth reporter in the province on Sunday.")


# second batch: riot, endanger, kinds of person, a crackdown's killing, diplomatic recalls, warnings

def test_two_assailants_are_no_riot():
    got = _all("On Friday night a union organiser, Lena Varo, was stabbed in the leg by two men on a motorbike.")
    assert coded_as_happened(got, "ASSAULT") and not coded_as_happened(got, "PROTEST")


def test_threatening_an_abstract_good_is_no_threat():
    assert "THREATEN" not in _codes('The decree lets a board close any paper for "threatening national unity".')


def test_threatening_a_party_stays_a_threat():
    assert "THREATEN" in _codes("The militia threatened the village headman on Sunday.")


def test_the_kind_of_man_is_no_act():
    assert "ASSAULT" not in _codes("He was not a man who fought battles, his brother said on Monday.")


def test_a_crackdown_that_killed_is_one_happening():
    got = _codes("In 2009 the crackdown on the marches killed dozens and drove thousands abroad.")
    assert "ASSAULT" in got and "COERCE" not in got


def test_a_charge_d_affaires_recalled_is_a_sanction():
    assert "SANCTION" in _codes("Ruritania recalled its chargé d'affaires from Vell on Friday for consultations.")


def test_a_warning_that_its_own_side_will_use_force_threatens():
    assert "THREATEN" in _codes('The party chief warned on Monday that its militia "will defend the revolution".')


def test_a_warning_of_a_forecast_is_no_threat():
    assert "THREATEN" not in _codes("The central bank warned on Monday that prices would rise.")


def test_not_standing_by_on_a_condition_threatens():
    got = _all('The envoy said Vell "would not stand by" if more of its citizens were detained.')
    assert coded_as_happened(got, "THREATEN") and not coded_as_happened(got, "REJECT")


def test_not_standing_by_a_pledge_stays_a_refusal():
    got = _all("The minister said the government would not stand by its earlier offer.")
    assert not coded_as_happened(got, "THREATEN")


# third batch: a denial made in a speaking turn, the writer's own plea, a threat posted

def test_a_denial_made_on_taking_the_floor_is_told():
    got = _all("The delegate of Vell then took the floor to deny the charge, calling it a fabrication.")
    assert coded_as_happened(got, "REJECT")


def test_the_writers_own_plea_is_no_reported_request():
    assert "REQUEST" not in _codes("I am asking only for the clinic my father built.")


def test_a_plea_made_in_the_past_stays_a_request():
    assert "REQUEST" in _codes("Last week I asked the governor to reopen the clinic.")


def test_a_threat_posted_is_a_threat():
    assert "THREATEN" in _codes("In May the cartel posted a threat on the mayor's door.")


# fourth batch: a hand-over after a passive arrest, an offer to share intelligence, a report joined to a denial

def test_arrested_by_police_then_handed_over_is_a_transfer():
    got = _codes("The smuggler? He was arrested by Ruritanian police on Friday and handed over to our side at the ford.")
    assert "COOPERATE" in got and "CONCEDE" not in got


def test_captives_seized_by_gunmen_and_passed_on_are_no_transfer():
    got = _codes("The engineer was seized by gunmen on Monday and handed over to a rival band.")
    assert "COOPERATE" not in got and "CONCEDE" not in got


def test_an_offer_to_share_intelligence_is_an_agreement():
    assert "AGREE" in _codes("Vell's interior ministry offered on Friday to share intelligence on the smuggling ring.")


def test_a_report_joined_to_a_denial_is_not_denied():
    got = _all("The ministry denied that it had ignored the warnings and said on Monday it had extended the curfew by a week.")
    assert coded_as_happened(got, "COERCE")


def test_a_deed_inside_the_denial_stays_denied():
    got = _all("The army denied that it had shelled the market.")
    assert not coded_as_happened(got, "ASSAULT")


def test_threatening_a_security_minister_stays_a_threat():
    assert "THREATEN" in _codes("Masked men left a note threatening the regional security chief on Tuesday.")
