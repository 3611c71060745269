"""Documents take their title from a headline first line (issue 17: file-name titles were given
although line 1 was the headline), never from the opening sentence of the body."""
from __future__ import annotations

import pytest

from claimledger.ingest import _title_of, load


@pytest.mark.parametrize("text, title", [
    ("Weekly brief: Sahel and Sudan\nIn Mali, JNIM militants ambushed a military convoy near Boni on Monday.\n",
     "Weekly brief: Sahel and Sudan"),
    ("Why did the grain deal collapse?\nThe corridor carried 33 million tonnes before Russia walked out in July.\n",
     "Why did the grain deal collapse?"),
    ("The Strait Is Quiet. Don't Get Used to It.\nShipping through the strait has recovered.\n",
     "The Strait Is Quiet. Don't Get Used to It."),
    ("Outlook: The Sahel After the Juntas\nKey judgments\n", "Outlook: The Sahel After the Juntas"),
    ("Talks resume\n\nNegotiators met in Geneva on Tuesday.\n", "Talks resume"),
    ("# A Markdown heading\nbody\n", "A Markdown heading"),
    # the body's first sentence is not a title
    ("The Pentagon will never admit it, but the US could lose this war of attrition.\nNobody wants to talk.\n", None),
    ("Will the coalition survive the budget vote? Almost certainly not.\nIf the unions strike, it falls.\n", None),
    ("The CNN article states:\nThe strikes hit three depots overnight, the network reported.\n", None),
    ("Key takeaways, 14 February 2025.\nOn 12 February, Azerbaijani forces seized two villages.\n", None),
])
def test_headline_first_lines(text, title):
    assert _title_of(text) == title


def test_a_file_gets_its_headline_not_its_file_name(tmp_path):
    path = tmp_path / "events_oped_2025.txt"
    path.write_text("Why the Baltic is the next flashpoint\nLast Thursday, Finnish police detained the crew of a tanker "
                    "suspected of dragging its anchor across a power cable.\n", encoding="utf-8")
    assert load(str(path)).title == "Why the Baltic is the next flashpoint"
    body_only = tmp_path / "body_only.txt"
    body_only.write_text("Finnish police detained the crew of a tanker on Thursday, the coast guard said.\n", encoding="utf-8")
    assert load(str(body_only)).title == "body only"   # no headline: the file name still names it
