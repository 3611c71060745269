"""Attribution forms, each with several sentences of our own (wire, think-tank, newsletter)."""
from __future__ import annotations

import pytest

from attribution_helpers import assert_offsets, run, sources_of, third_party


@pytest.mark.parametrize("text, name, type_", [
    ("The defence minister said on Monday that the brigade had withdrawn.", "defence minister", "official"),
    ("Hezbollah claimed that its fighters had downed a drone over the border.", "Hezbollah", "armed_group"),
    ("The talks will resume next week, a senior diplomat said.", "senior diplomat", "official"),
    ("“We will not retreat,” the regional commander told reporters.", "regional commander", "military"),
    ("Kremlin spokesman Dmitry Peskov denied that troops were massing near the border.", "Dmitry Peskov", "official"),
    ("The Washington Post reported that the shipment had been delayed twice.", "The Washington Post", "media"),
    ("Two cargo ships were hit off Yemen, the British maritime agency said, in the latest attack.", "agency", "media"),
])
def test_speech_verb_with_content(text, name, type_):
    analysis = run(text)
    found = third_party(analysis, 1)
    assert found, f"no attribution in {text!r}"
    assert any(name.lower() in n.lower() or n.lower() in name.lower() for n, _t, _v in found), found
    if type_ != "media" or "agency" not in name:
        assert any(t == type_ for _n, t, _v in found), found
    assert all(s.kind == "reported" for s in analysis.sentences)
    assert_offsets(analysis)


@pytest.mark.parametrize("text, name", [
    ("According to the Kyiv Independent, three drones struck the fuel depot overnight.", "Kyiv Independent"),
    ("According to a statement from the Kremlin, the meeting lasted two hours.", "Kremlin"),
    ("Per Pentagon figures, US troops have come under fire more than 150 times since October.", "Pentagon"),
    ("Prices have doubled since January, as per the World Food Programme.", "World Food Programme"),
])
def test_according_to_and_per(text, name):
    found = third_party(run(text), 1)
    assert any(name in n for n, _t, _v in found), found


@pytest.mark.parametrize("text, name", [
    ("ISW's latest assessment found that Russian forces had advanced near the river.", "Institute for the Study of War"),
    ("A new Amnesty report says the strikes on the market were indiscriminate.", "Amnesty International"),
    ("The CNN article states that the memo was delivered on Tuesday.", "CNN"),
])
def test_document_owner_speaks(text, name):
    found = third_party(run(text), 1)
    assert any(n == name for n, _t, _v in found), found


@pytest.mark.parametrize("text", [
    "The convoy was reported to have been struck near the border crossing.",
    "Two senior commanders are said to have defected to the rebels last week.",
    "The minister reportedly resigned after the vote on Sunday.",
    "There is a rumour that the general has been placed under house arrest.",
    "Reports say the airport was closed to civilian traffic overnight.",
    "It is claimed that the ceasefire was violated twice before dawn.",
])
def test_hearsay_is_anonymous_never_the_author(text):
    analysis = run(text)
    found = sources_of(analysis, 1)
    assert found and all(t == "anonymous" for _n, t, _v in found), found
    assert analysis.sentences[0].kind == "reported"


@pytest.mark.parametrize("text", [
    "The port was closed for three days after the storm.",
    "Washington should say plainly what it would do, and mean it.",
    "Army engineers are citing security concerns to keep the bridge closed.",
])
def test_no_attribution_without_a_speaker_and_content(text):
    assert third_party(run(text), 1) == []


def test_refusals_are_intentions_for_the_model_not_for_the_rules(monkeypatch):
    """PolNeAR's definition of attribution takes in intentions and refusals; the rules keep to
    claims about the world, the default (rules + model) follows PolNeAR."""
    text = "Opposition leaders refused to recognise the result and called supporters onto the streets."
    monkeypatch.setenv("CLAIMLEDGER_ATTRIBUTION", "rules")
    assert third_party(run(text), 1) == []
    monkeypatch.setenv("CLAIMLEDGER_ATTRIBUTION", "both")
    assert [n for n, _t, _v in third_party(run(text), 1)][:1] == ["Opposition leaders"]


def test_lead_in_attributes_the_next_line():
    text = ("The Guardian this morning:\n"
            "The deal collapsed late on Friday after a dispute over the prisoner list.\n"
            "That matters more than it seems.\n")
    analysis = run(text)
    assert [n for n, _t, _v in third_party(analysis, 2)] == ["The Guardian"]
    assert third_party(analysis, 3) == []     # the author moves on


def test_inline_lead_in_with_citing_is_a_chain():
    analysis = run("Reuters, citing two port officials: At least 14 sailors were injured. One vessel was towed back.\n")
    found = third_party(analysis, 1)
    assert len(found) == 2     # both sentences of the quoted line
    assert all(n == "Reuters" and v == ["two port officials"] for n, _t, v in found), found


def test_transcript_speaker_label_owns_the_rest_of_its_line():
    # the parser makes "Musa Bello:" a sentence of its own; the answer after it is his, and so
    # are the forecasts in it, with the label as the cue (the label recurs: speakers take turns)
    text = ("The Harbour Hour, episode 41: what next for the Lagos ports\n"
            "HOST: Will congestion ease this year?\n"
            "Musa Bello: Honestly, no. The new terminal won't open before 2028. Freight rates will keep climbing.\n"
            "HOST: And the naira?\n"
            "BELLO: It will probably weaken further.\n")
    analysis = run(text)
    found = third_party(analysis, 3)
    assert len(found) >= 2 and all(n == "Musa Bello" for n, _t, _v in found), found
    label = text.index("Musa Bello:")
    cues = [a for a in analysis.attributions if a.line == 3]
    assert cues and all(a.cue == "Musa Bello:" and a.start >= label for a in cues)
    names = {s.id: s.name for s in analysis.sources}
    owners = {names.get(f.by, f.by) for f in analysis.forecasts if f.line == 3}
    assert owners == {"Musa Bello"}, owners
    assert {n for n, _t, _v in third_party(analysis, 5)} == {"Musa Bello"}     # "BELLO:" is the same man


def test_a_label_in_capitals_is_the_person_the_transcript_names():
    text = ("The Frontline Brief, episode 12\n"
            "HANNAH: Welcome back. I'm Hannah Ostrowski, and with me is Davit Melikyan. Will the treaty be signed?\n"
            "DAVIT: Not this year. It will be signed in 2027, I think.\n"
            "HANNAH: I'm less sure. The referendum will fail.\n")
    analysis = run(text)
    names = {s.id: (s.name, s.type) for s in analysis.sources}
    assert {names[a.source_id] for a in analysis.attributions if a.line == 4} == {("Hannah Ostrowski", "person")}
    assert {names[f.by][0] for f in analysis.forecasts if f.line == 4} == {"Hannah Ostrowski"}


def test_the_answers_of_a_q_and_a_are_the_interviewee_named_in_the_standfirst():
    text = ("Grain, rain and rupees: a Q&A on the monsoon\n"
            "Meera Nair has advised three finance ministries on food stocks. She spoke to us from Chennai.\n"
            "Q: Will India curb rice exports again this year?\n"
            "A: I doubt it. Stocks are at a record and the rains look normal.\n"
            "Q: And wheat?\n"
            "A: Wheat is tighter. I'd expect imports of at least a million tonnes by March.\n")
    analysis = run(text)
    names = {s.id: s.name for s in analysis.sources}
    answers = [a for a in analysis.attributions if a.line in (4, 6)]
    # the label, and the "I doubt" of her own turn, are hers
    assert answers and all(names[a.source_id] == "Meera Nair" for a in answers)
    assert {a.cue for a in answers} == {"A:", "doubt"}
    assert all(text[a.start:a.end].startswith(("A:", "Stocks", "Wheat", "I'd")) for a in answers)
    owners = {names.get(f.by, f.by) for f in analysis.forecasts if f.line in (4, 6)}
    assert owners == {"Meera Nair"}, owners
    assert third_party(analysis, 3) == []      # the questions stay the publication's


def test_an_answer_label_without_a_named_interviewee_is_no_one():
    text = ("Option A or option B?\n"
            "A: the bypass road. It will open next year.\n"
            "B: the bridge. It is still unfunded.\n")
    assert third_party(run(text), 2) == []


def test_an_interview_without_labels_gives_the_line_after_a_question_to_the_interviewee():
    text = ("Interview: the new front line is water\n"
            "(Edited transcript. Interview conducted in Quetta on 3 May with Farah Jamil Baloch, a former irrigation secretary.)\n"
            "The canal has been dry since March. Will it flow again this year?\n"
            "Not this year. I expect the first water by next spring, if the barrage is repaired.\n"
            "And the farmers?\n"
            "They will leave. Many already have.\n")
    analysis = run(text)
    names = {s.id: s.name for s in analysis.sources}
    for line in (4, 6):
        found = [a for a in analysis.attributions if a.line == line]
        assert found and all(names[a.source_id] == "Farah Jamil Baloch" for a in found), (line, found)
    # the cue is the question it answers (the question's sentence, not the line's statement)
    assert any(a.cue == "Will it flow again this year?" for a in analysis.attributions if a.line == 4)
    answer = next(a for a in analysis.attributions if a.line == 4)
    assert text[answer.start:answer.end] == "Not this year."
    owners = {names.get(f.by, f.by) for f in analysis.forecasts if f.line in (4, 6)}
    assert owners == {"Farah Jamil Baloch"}, owners
    assert third_party(analysis, 3) == [] and third_party(analysis, 5) == []


def test_a_rhetorical_question_in_an_op_ed_hands_nobody_the_next_line():
    text = ("The barrage nobody wants to fund\n"
            "By Farah Jamil Baloch\n"
            "Who will pay for the repairs?\n"
            "Not the province. The money will have to come from Islamabad.\n")
    assert third_party(run(text), 4) == []


def test_a_topic_label_is_no_speaker():
    # a liveblog's "Markets:" opens one line; the traders who told us are the forecasters
    text = ("Election night, live\n"
            "Markets:\n"
            "18:05 - Markets: The sol is expected to open weaker on Monday, traders in Lima told us.\n"
            "18:20 - Politics: The count resumes at dawn.\n")
    names = {n for n, _t, _v in third_party(run(text), 3)}
    assert "Markets" not in names and any("traders" in n for n in names), names


def test_a_line_ending_in_a_colon_is_no_speaker_label():
    # "Analysts put it this way:" introduces the next line; it does not own its own line
    found = third_party(run("The outlook, in one sentence:\nPrices will rise.\n"), 1)
    assert found == []


def test_speaker_inside_a_quoted_article_is_the_via():
    text = ("The Times of Israel article states:\n"
            "Negotiators said the framework was agreed, three officials familiar with the talks said.\n")
    found = third_party(run(text), 2)
    assert found and found[0][0] == "The Times of Israel"
    assert found[0][2], "the inner speaker must be in via"


def test_quoted_by_an_outlet_is_outermost():
    found = third_party(run("Witnesses quoted by the BBC described fighters going from house to house.\n"), 1)
    assert found == [("BBC", "media", ["Witnesses"])]


def test_pronouns_refer_to_the_person_last_named():
    text = ("There is a sharp new essay by Anatol Lieven in the Quincy Institute's journal.\n"
            "He argues that the war has settled into a stalemate neither side can break.\n")
    found = third_party(run(text), 2)
    assert found and found[0][0] == "Anatol Lieven"


def test_sources_merge_across_surface_forms():
    text = ("Al-Jazeera reported that the hospital had lost power.\n"
            "An Al Jazeera correspondent later said the generators had been restored.\n"
            "CNN's report says the convoy reached the crossing. CNN added that aid was still blocked.\n")
    analysis = run(text)
    names = [s.name for s in analysis.sources]
    assert names.count("Al Jazeera") == 1 and names.count("CNN") == 1
    cnn = next(s for s in analysis.sources if s.name == "CNN")
    assert sum(1 for a in analysis.attributions if a.source_id == cnn.id) == 2


def test_author_voice_and_comments():
    text = ("I believe the ceasefire will collapse within a month.\n"
            "My take is simple: nobody wants to pay for reconstruction.\n"
            "Thanks for reading! Subscribe to support my work.\n"
            "Comments\n"
            "Great piece. I think you are too pessimistic.\n")
    analysis = run(text)
    author = [a for a in analysis.attributions if a.source_id == "author"]
    assert {a.line for a in author} == {1, 2}
    assert any(s.id == "author" and s.type == "author" for s in analysis.sources)
    comment = [s for s in analysis.sentences if s.section == "comments"]
    assert comment and all(a.source_id != "author" for a in analysis.attributions if a.line == 5)


def test_apposition_names_the_spokesman_and_the_body_types_him():
    text = ("A spokesman for the Houthi movement, Mohammed Abdulsalam, said the ships were bound for Israeli ports.\n"
            "\"Our operations will continue,\" he told Al Masirah television.\n")
    analysis = run(text)
    assert third_party(analysis, 1)[0][:2] == ("Mohammed Abdulsalam", "armed_group")
    assert third_party(analysis, 2)[0][0] == "Mohammed Abdulsalam"


def test_unnamed_diplomats_are_anonymous():
    text = "A senior EU diplomat, who asked not to be named, said Brussels would freeze the talks.\n"
    assert third_party(run(text), 1)[0][1] == "anonymous"


def test_a_labelled_definite_description_merges_with_the_body_it_describes():
    text = ("The Institute for the Study of War said on Friday that Russian forces had advanced.\n"
            "The Washington-based institute added that the gains were small.\n"
            "The Russian army, however, claimed that the town had fallen.\n")
    analysis = run(text)
    isw = [n for n, _t, _v in third_party(analysis, 2)]
    assert isw == ["Institute for the Study of War"]
    assert third_party(analysis, 3)[0][0] != "Institute for the Study of War"


@pytest.mark.parametrize("text, name", [
    ("“Why should we negotiate with people who shell our cities?” the mayor asked reporters.\n", "mayor"),
    ("“This is a catastrophe!” the regional governor told local television.\n", "regional governor"),
])
def test_a_speaker_after_a_quoted_question_or_exclamation(text, name):
    analysis = run(text)
    first = analysis.sentences[0]
    found = [a for a in analysis.attributions if a.sentence_id == first.id]
    assert found, [s.text for s in analysis.sentences]
    assert name in next(s.name for s in analysis.sources if s.id == found[0].source_id)


@pytest.mark.parametrize("text", [
    "Sixty-two percent of Ukrainians said the war should continue until all territory is regained.",
    "Six in 10 respondents say sanctions have not changed Moscow's course.",
])
def test_poll_shares_speak_as_a_survey(text):
    found = third_party(run(text), 1)
    assert found and found[0][1] == "survey", found


def test_a_place_or_date_as_a_phrase_is_no_speaker_even_when_only_typed():
    """named(register=False) types a phrase without registering it; a place or a date must come
    back as no speaker (it once built a Source of type 'nonspeaker', which the contract refuses)."""
    from claimledger.extract.attribution.speakers import named
    from claimledger.parse import load_pipeline
    from claimledger.settings import get_settings

    nlp = load_pipeline(get_settings().pipeline)
    for text, words in (("The Black Sea said nothing.", 3), ("Last Tuesday claimed three lives.", 2)):
        doc = nlp(text)
        span = doc[0:words]
        assert named(span, span.root, reg=None, register=False) is None
