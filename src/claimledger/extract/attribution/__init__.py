"""Attribution: who vouches for each sentence, and through whom.

    interface.py   what any implementation reports (Attributed, SentenceAttribution) and the
                   ATTRIBUTION capability implementations register on
    extractor.py   the `attribution` extractor: implementation -> lead-ins -> blocks -> contract
    rules.py       the rules implementation ("rules"), with speakers.py (who a phrase is),
                   inline.py (lead-in speakers) and sources.py (the document's sources)
    leadins.py     what a lead-in line introduces and whether it follows as text
    blocks.py      quoted blocks handed to the lead-in's source
    outlets.py     chains through an outlet ("told Reuters")
"""
from .interface import ATTRIBUTION, Attributed, Attributor, SentenceAttribution

__all__ = ["ATTRIBUTION", "Attributed", "Attributor", "SentenceAttribution"]
