"""claimledger.proposition: a forecast's statement without its hedge, the event a likelihood
frame rates, a modal of possibility read as "will"."""
import pytest

from claimledger.extract.forecasts.proposition import proposition


@pytest.fixture(scope="module")
def nlp():
    from claimledger.parse import load_pipeline
    from claimledger.settings import get_settings

    return load_pipeline(get_settings().pipeline)


@pytest.mark.parametrize("text, phrase, expected", [
    ("A full closure of the sea lanes this year is unlikely.", "unlikely",
     "A full closure of the sea lanes this year will happen"),
    ("Russia is very unlikely to regain control of the western Black Sea in 2025.", "very unlikely",
     "Russia will regain control of the western Black Sea in 2025"),
    ("The corridor will most likely survive the spring.", "most likely", "The corridor will survive the spring"),
    ("It is only a matter of time before others join him.", "a matter of time", "others will join him"),
    ("A second bout of inflation is on the brink of becoming a political problem.", "on the brink of",
     "A second bout of inflation will become a political problem"),
    ("The currency is vulnerable to another sharp fall in the coming months.", "vulnerable to",
     "The currency will see another sharp fall in the coming months"),
    ("Exports could fall by nearly a third in March.", "could", "Exports will fall by nearly a third in March"),
    ("The kwacha is set to weaken further whoever wins.", "set to", "The kwacha will weaken further whoever wins"),
    ("Qatar could well redirect cargoes to Asia.", "could well", "Qatar will redirect cargoes to Asia"),
    ("A cold, windless January would probably drain storage faster than ministers expect.", "probably",
     "A cold, windless January will drain storage faster than ministers expect"),
    ("A price spike is near-certain.", "near-certain", "A price spike will happen"),
    ("The government's position is vulnerable to collapse in the coming months.", "vulnerable to",
     "The government's position will collapse in the coming months"),
])
def test_propositions(nlp, text, phrase, expected):
    doc = nlp(text)
    start = text.lower().find(phrase)
    hedge = [t for t in doc if t.idx >= start and t.idx + len(t) <= start + len(phrase)]
    tokens = [t for t in doc if not (t.is_punct and t.i == len(doc) - 1)]
    assert proposition(tokens, hedge) == expected


def test_plain_statement_stays(nlp):
    doc = nlp("The talks will resume next week")
    assert proposition(list(doc), [doc[2]]) == "The talks will resume next week"
    assert proposition([], []) == ""


def test_a_label_before_a_colon_is_dropped(nlp):
    doc = nlp("My take: the corridor will most likely survive the spring")
    hedge = [t for t in doc if t.text in ("most", "likely")]
    assert proposition(list(doc), hedge) == "the corridor will survive the spring"
