"""Issue 13: false alarms pooled over the read sets (tests/events/dev, heldout, heldout2-heldout13), sorted
by kind, and the largest kinds that recur across sets fixed as rules of the genre (docs/events.md, "False
alarms across the read sets"). Every sentence here is our own, none taken from a test set or an ACLED note.
- a second row for one happening told in one sentence: a participle after a comma that spells out the
  act ('adopted sanctions ..., freezing their assets'), a passive participle naming who brought it about
  ('a truce brokered by church leaders'), an appositive that renames it ('..., the first direct talks in
  two decades'), 'one of the bloodiest ambushes ...' after the killing, raids named as the occasion of the
  arrests ('during raids'), and the terms an act was done under ('under an amnesty');
- told as happened but not: what an accusation says ('accusations that it was moving tanks'), what is urged
  in a quoted infinitive the parser reads as a preposition's object, a summit 'planned for June';
- a happening named again: 'The march ended ...' after the march was told;
- a visit to a facility ('visited the district hospital', 'on her visit to a refugee camp') consults no one;
- a party pausing its own work ('suspended all trading until noon') sanctions no one."""
from __future__ import annotations

from claimledger import analyze

from event_support import codes, codes_and_factuality

PUBLISHED = "2026-06-10"


def _codes(text: str) -> list[str]:
    return codes(text, PUBLISHED)


def _all(text: str) -> list[tuple[str, str]]:
    return codes_and_factuality(text, PUBLISHED)


# -- one happening, one row -----------------------------------------------------------------------------
def test_a_participle_that_spells_out_the_sanctions_is_no_second_sanction():
    assert _codes("The council adopted sanctions on six Ostrian generals, freezing their bank accounts and "
                  "banning them from travel.").count("SANCTION") == 1


def test_the_participle_hung_on_the_verb_above_the_act_is_folded_too():
    assert _codes("Vell answered on Friday by imposing sanctions on nine Ostrian officers, among them a general in "
                  "charge of the border guard, freezing their assets in Vell.").count("SANCTION") == 1


def test_a_participle_expelling_envoys_is_a_measure_of_its_own():
    assert _codes("Norland imposed sanctions on Ostria's navy on Friday, expelling two diplomats.").count("SANCTION") == 2


def test_a_truce_brokered_by_a_third_party_is_one_agreement():
    assert _codes("The two clans signed a truce on Friday brokered by church leaders.").count("AGREE") == 1


def test_an_appositive_renames_the_meeting():
    got = _codes("Georgia's president met Abkhaz negotiators in Sukhumi on Tuesday, the first direct talks in two "
                 "decades, and both delegations agreed to reopen the crossing.")
    assert got.count("CONSULT") == 1 and "AGREE" in got


def test_a_count_after_a_semicolon_stays_a_tally_of_its_own():
    assert _codes("Police dispersed the crowd with water cannon; 14 arrests.").count("COERCE") == 2


def test_one_of_the_bloodiest_ambushes_is_the_killing_told():
    assert _codes("Militia fighters killed forty-one mourners in Kalo district on October 3, the police reported, "
                  "one of the bloodiest ambushes of the decade.").count("ASSAULT") == 1


def test_raids_named_as_the_occasion_of_the_arrests_are_that_operation():
    assert _codes("Police said they detained four men and recovered 30 rifles looted from an army depot in 2024 "
                  "during raids in Osk on Monday.").count("COERCE") == 1


def test_the_amnesty_a_release_was_made_under_is_its_terms():
    got = _codes("The military government freed 2,000 detainees on Sunday under an amnesty declared for the king's "
                 "birthday.")
    assert len([c for c in got if c in ("CONCEDE", "RETREAT")]) == 1


def test_coming_under_attack_is_still_an_attack():
    assert "ASSAULT" in _codes("The convoy came under attack near the border.")


# -- told as happened, but not ----------------------------------------------------------------------------
def test_what_an_accusation_says_is_alleged():
    got = _all("Norland rejected accusations that it was moving tanks to the border.")
    assert ("REJECT", "asserted") in got
    assert not any(code == "MOBILIZE" and f in ("asserted", "reported") for code, f in got)
    assert "MOBILIZE" in _codes("Norland moved tanks to the border, officials said.")


def test_a_quoted_infinitive_after_urged_is_asked_for():
    got = _all('The UN said it "stands with both peoples" and urged the two rivals to "de-escalate and resolve the '
               'dispute by talks".')
    assert ("REQUEST", "asserted") in got
    assert not any(code == "RETREAT" and f in ("asserted", "reported") for code, f in got)


def test_a_summit_planned_for_a_later_month_has_not_met():
    got = _all("A summit of the three leaders, planned for June in Vell, has been put in doubt.")
    assert ("CONSULT", "planned") in got and "CONSULT" not in _codes(
        "A summit of the three leaders, planned for June in Vell, has been put in doubt.")


# -- a happening named again ------------------------------------------------------------------------------
def test_the_march_that_ended_is_the_march_told():
    events = [e for e in analyze("Dock workers marched to the port authority on Tuesday.\n"
                                 "The march ended without incident near the harbour gates.\n",
                                 published=PUBLISHED).events if e.factuality in ("asserted", "reported")]
    assert [(e.code, e.line) for e in events] == [("PROTEST", 1)]


def test_a_march_first_told_by_its_end_is_told():
    assert "PROTEST" in _codes("A march by dock workers ended near the harbour gates.")


# -- visits to places ---------------------------------------------------------------------------------------
def test_a_visit_to_a_facility_consults_no_one():
    assert "CONSULT" not in _codes("The minister thanked the nurses on her visit to a refugee camp.")
    got = _codes("The health minister visited Tarvik's district hospital on Monday and suspended its director.")
    assert "CONSULT" not in got and "COERCE" in got


def test_a_state_visit_is_still_a_consultation():
    assert "CONSULT" in _codes("The premier visited Beijing on Monday.")


# -- a pause of one's own work ------------------------------------------------------------------------------
def test_a_party_pausing_its_own_trading_sanctions_no_one():
    assert "SANCTION" not in _codes("The bourse in Kalo suspended all trading until noon after the blast.")
    assert "SANCTION" not in _codes("The airport operator suspended every flight out of Kalo within an hour.")


def test_flights_suspended_to_another_state_and_aid_cut_stay_sanctions():
    assert "SANCTION" in _codes("Norland suspended flights to Ostria on Monday.")
    assert "SANCTION" in _codes("A charity in Osk suspended its food distributions in three villages after "
                                "the looting.")
