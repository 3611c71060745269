"""Issue 13, twenty-fourth round of event coding: fixes for kinds of error that recur in the FIRST runs of several
blind sets (heldout9-heldout17 each scored on the code of the commit that added it, before any round read it; the
census is in docs/events.md, "Round 24"). Every sentence here is our own, none taken from a test set or an ACLED note.
- an offer of a diplomatic service ('offered to host fresh talks', 'offered to mediate over a dispute', 'offered to
  act as intermediaries', 'offered a joint investigation') is an offer made: AGREE told as happened, the meeting offered still planned;
  an offer of goods, money or a party is none, and a negated or conditional offer is not told as happened;
- a hand-over of suspects between states told with the people after the receiver ('handed over to Estonia three
  citizens wanted for fraud', 'to their Ugandan counterparts five traders arrested with forged
  permits') or in the passive
  with the giving force as agent ('two of the suspects were handed over by Rwandan police') is legal cooperation (COOPERATE),
  while hostages handed to the Red Cross stay a release;
- financing or arming told as the content of a charge ('accused traders of arming the insurgents', 'businessmen
  the agency says funded the militia', 'wrote that the protest was funded by charities') is no aid given (no AID);
  a party saying it funded a school repair keeps its aid."""
from __future__ import annotations

from event_support import codes, codes_and_factuality, coded_as_happened

PUBLISHED = "2026-05-06"


def _codes(text: str) -> list[str]:
    return codes(text, PUBLISHED)


def _all(text: str) -> list[tuple[str, str]]:
    return codes_and_factuality(text, PUBLISHED)


# -- offers of a diplomatic service ------------------------------------------------------------------------
def test_an_offer_to_host_talks_is_an_offer_made():
    got = _all("Iceland offered on Friday to host fresh talks for the feuding neighbours in Reykjavik.")
    assert coded_as_happened(got, "AGREE")
    assert not coded_as_happened(got, "CONSULT")        # the talks themselves are only offered


def test_an_offer_to_host_a_meeting_is_an_offer_made():
    got = _all("Austria offered last week to host a meeting for both defence chiefs in Vienna.")
    assert coded_as_happened(got, "AGREE") and not coded_as_happened(got, "CONSULT")


def test_an_offer_to_mediate_or_to_act_as_go_between():
    assert "AGREE" in _codes("The archbishop offered to mediate over the pension dispute.")
    assert "AGREE" in _codes("Village elders offered to act as intermediaries for the kidnappers.")
    assert "AGREE" in _codes("The bishops' council offered to send an envoy to the mine.")
    assert "AGREE" in _codes("Egypt offered to broker a ceasefire between the factions.")


def test_an_offer_of_an_investigation():
    assert "AGREE" in _codes("Ghana offered a joint investigation into the shooting at the border post.")


def test_offers_of_goods_money_or_a_party_are_no_agreement():
    assert "AGREE" not in _codes("The firm offered to pay each family 500 dollars.")
    assert "AGREE" not in _codes("Officials said the company offered to host a party for its staff.")
    assert "AGREE" not in _codes("Turkey offered to send food and tents to the camps.")
    assert "AGREE" not in _codes("The elders offered to act quickly.")
    assert "AGREE" not in _codes("The firm offered last week to host a party for its staff.")


def test_offered_support_stays_support():
    got = _codes("Qatar offered its full support to the transitional council.")
    assert "SUPPORT" in got and "AGREE" not in got


def test_a_negated_or_conditional_offer_is_not_told_as_happened():
    assert not coded_as_happened(_all("Kenya did not offer to mediate."), "AGREE")
    assert not coded_as_happened(_all("Brazil would offer to host the summit if asked."), "AGREE")


# -- hand-overs of suspects with a shifted object or a passive agent ----------------------------------------
def test_suspects_named_after_the_receiving_state_are_transferred():
    assert "COOPERATE" in _codes("Finnish border police on Thursday handed over to Estonia three Estonian citizens wanted "
                                 "for a tax fraud in Tartu.")
    assert "COOPERATE" in _codes("A French frigate last week handed over to Djibouti seven suspected pirates seized "
                                 "during a raid on a fishing dhow.")


def test_suspects_handed_to_counterparts_are_transferred():
    assert "COOPERATE" in _codes("Kenyan police handed over to their Ugandan counterparts five traders arrested "
                                 "with forged permits.")


def test_a_suspect_handed_over_by_a_foreign_police_force():
    assert "COOPERATE" in _codes("Two of the suspects were handed over by Rwandan police at Gatuna on Friday.")


def test_hostages_handed_to_the_red_cross_stay_a_release():
    got = _codes("The militia handed the hostages over to the Red Cross.")
    assert "CONCEDE" in got and "COOPERATE" not in got


# -- financing or arming alleged -----------------------------------------------------------------------------
def test_arming_that_someone_is_accused_of_is_no_aid():
    text = ("A ministry spokeswoman accused traders operating from the neighbouring province of arming the "
            "insurgents, and parliament debated the matter.")
    assert "AID" not in _codes(text)
    assert "AID" not in _codes("The minister accused Ruritania of arming the separatists.")


def test_financing_a_militia_under_a_verb_of_saying_is_an_allegation():
    assert "AID" not in _codes("Regulators froze the assets of four businessmen the agency says funded the Ridge Front.")
    assert "AID" not in _codes("A senator wrote in a post that the porters' protest was funded by foreign charities.")


def test_aid_a_party_says_it_gave_stays_aid():
    assert "AID" in _codes("Japan said it had funded the repair of the school in Gulu.")
    assert "AID" in _codes("The EU funded the construction of three clinics in Bor.")
