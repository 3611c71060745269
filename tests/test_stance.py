"""Stance of a report toward a claim, from its attribution cue, the author's commentary and
negation; the word lists are data files with their source noted."""
from __future__ import annotations

from importlib.resources import files

import pytest

from claimledger.archive import stance
from claimledger.archive.claims import content_of, without_boilerplate


@pytest.mark.parametrize("name", ["stance_cues.tsv", "stance_commentary.tsv", "negation_cues.txt", "stance_words.tsv",
                                  "claim_boilerplate.txt", "claim_ratings.tsv"])
def test_word_lists_are_data_files_that_name_their_source(name):
    text = files("claimledger").joinpath("data", name).read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert header and any(word in " ".join(header) for word in ("Compiled", "compiled", "After", "Standard"))


@pytest.mark.parametrize("cue, voice, author", [
    ("denied", "denies", "reports"),
    ("rejected", "denies", "reports"),
    ("confirmed", "confirms", "asserts"),
    ("admitted", "confirms", "asserts"),
    ("retracted", "retracts", "reports"),
    ("walked back", "retracts", "reports"),
    ("disputed", "disputes", "reports"),
    ("claimed", "asserts", "reports"),
    ("According", "asserts", "reports"),
    ("Reuters, citing two port officials:", "asserts", "reports"),
    ("quipped", "asserts", "reports"),          # unknown reporting word: asserts, passed on
])
def test_attribution_cue_gives_the_voice_and_author_stance(cue, voice, author):
    assert stance.author_stance_of_cue(cue) == (voice, author)


def test_a_negated_or_refused_cue_takes_no_side():
    for sentence in ("The ministry did not confirm that the pier was hit.",
                     "The ministry declined to deny that the pier was hit."):
        found = stance.find_cues(sentence)
        assert [c.stance for c in found] == ["reports"], sentence


def test_denial_of_the_claim_is_denies_with_the_cue_shown():
    sentence = "The Pentagon released a statement denying that such a thing is actually being planned."
    result = stance.report_stance(sentence, cue="denying", span=(0, len(sentence)))
    assert result.voice == "denies" and result.author == "reports"
    assert result.cues[0].text == "denying" and sentence[result.cues[0].start:result.cues[0].end] == "denying"


def test_author_commentary_after_the_cue_disputes_what_the_source_says():
    sentence = "The US claims these are long-planned talks about withdrawal, but that is clearly not the case."
    result = stance.report_stance(sentence, cue="claims", span=(0, len(sentence)))
    assert result.voice == "asserts" and result.author == "disputes"
    assert any(c.signal == "commentary" and c.text == "not the case" for c in result.cues)


def test_commentary_in_the_next_sentence_counts_and_quoted_words_do_not():
    claimed = "The Russian Defence Ministry claimed that all five drones were destroyed."
    result = stance.report_stance(claimed, cue="claimed", span=(0, len(claimed)),
                                  following=["Footage circulating on Telegram tells a different story:"])
    assert result.author == "disputes" and result.cues[-1].text == "tells a different story"
    quoted = 'The minister said the reports were "not the case at all" and promised an inquiry.'
    assert stance.report_stance(quoted, cue="said", span=(0, len(quoted))).author == "reports"


def test_source_words_are_not_the_authors_comment():
    sentence = "Reuters reported that the video was a hoax."
    result = stance.report_stance(sentence, cue="reported", span=(0, len(sentence)))
    assert result.author == "reports" and result.voice == "asserts"


def test_negation_against_the_claim_turns_an_assertion_into_a_denial():
    claim = "A drone strike damaged the grain pier at Izmail."
    sentence = "The ministry said no drone damaged the grain pier at Izmail."
    assert stance.report_stance(sentence, cue="said", claim=claim).voice == "denies"
    same = "The ministry said a drone damaged the grain pier at Izmail."
    assert stance.report_stance(same, cue="said", claim=claim).voice == "asserts"


def test_unattributed_hearsay_is_reported_without_endorsing():
    result = stance.report_stance("A naval drone reportedly hit a patrol ship near Sevastopol.")
    assert result.voice == "reports" and result.author == "reports" and result.cues[0].text == "reportedly"


def test_boilerplate_is_cut_before_claims_are_compared():
    a = "A senior official, who spoke on condition of anonymity, said the cabinet would vote on Sunday."
    assert "anonymity" not in without_boilerplate(a)
    assert content_of(a, "A senior official", "said").split() == ["the", "cabinet", "would", "vote", "on", "Sunday."]
    b = "The spokesman declined to comment on the report."
    assert "comment" not in without_boilerplate(b)
