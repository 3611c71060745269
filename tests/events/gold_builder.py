"""Writes a blind events set's gold/*.json from its hand annotation (the set's build_gold.py).

A writer lists each event as (anchor, PLOVER type, action word, {field: value}) and each trap as
(anchor, type, why); this finds the 1-based line of every anchor (it must stand on one line only,
or name its line), fills in the date precision from the date's length, defaults factuality to
"asserted", and refuses a trap that sits on an event's (line, type). Stdlib only: the writers of
blind sets never install the package, and never see how the tool works.
"""
import json
import os

# the short keys writers use in the annotation, and the gold format's field for each
FIELDS = dict(actor="actor", target="target", loc="location", fact="factuality", also="also", killed="killed",
              injured="injured", arrested="arrested", opt="optional", note="note")
PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}

# How the blind sets since heldout8 were annotated: the "about" of each of their gold files
# ({ordinal} is the set's, {f} the file, {g} its genre)
GUIDELINES = (
    'Hand annotation of {f} ({g}, written for the {ordinal} blind events test set), made BEFORE any tool '
    "ran on the text. Events by 1-based line; 'anchor' is an exact substring of the line and 'action' a "
    "substring of the anchor. 'factuality' follows the contract (asserted, reported, denied, planned, "
    "threatened, hypothetical, negated). 'optional' events (the content of a threat, request or goal; a "
    'mention of an earlier happening in passing; genuinely ambiguous mentions) are neither required nor '
    "false alarms when found. 'also' lists other PLOVER types a careful coder could defend. 'date' is ISO"
    " (YYYY-MM-DD, YYYY-MM or YYYY with date_precision; for date_precision 'week' the date is the Monday "
    "of that week) where the text fixes it; absent or null means not given. 'killed'/'injured'/'arrested'"
    ' counts only where the text states them (revised figures: the latest one). Releases, amnesties, '
    "lifted curfews and resignations also accept RETREAT, as in the dev gold. 'traps' are (line, type) "
    'pairs where a HAPPENED event of that type would be wrong (figurative attacks, sports results, '
    'accidents, hypotheticals, denials, negations, plans not carried out, refused talks, conditional '
    'threats, requested releases).'
)


# Questions the read gold sets answered both ways, settled for every set written from now on
# (the first four for heldout18 and later, the rest for heldout25 and later; earlier sets stay as
# committed). Each follows the PLOVER crosswalk from CAMEO (src/claimledger/data/cameo_plover.tsv)
# and puts the other defensible type in 'also', which the scorer accepts as well. Counts for the first
# four are what the read sets (dev, heldout-heldout14, corpus/events/train, tests/commentary) did on
# 2026-12-04.
SCHEME_DECISIONS = (
    "- Charged with a crime (by police or prosecutors): COERCE (CAMEO 173 'arrest, detain, or charge "
    "with legal action'), also ACCUSE. The sets had ACCUSE 18, COERCE 7, both 3.",
    "- Aid, funding or budget support suspended, cut or frozen: SANCTION (CAMEO 162 'reduce or stop "
    "material aid'). The sets agreed (12 of 12).",
    "- Crowd violence: a riot (a crowd fighting police, looting, torching) is PROTEST (CAMEO 145 'protest "
    "violently, riot'), also ASSAULT where people are hurt; a crowd beating or lynching a named person "
    "is ASSAULT, also PROTEST.",
    "- An offer (to host talks, to mediate, to send aid, to restore flights): AGREE (CAMEO 03 'express "
    "intent to cooperate'), also the type of what is offered (CONSULT for talks or mediation, AID for "
    "aid, COOPERATE for joint work). The sets spread offers over AGREE, AID, CONSULT, COOPERATE and "
    "CONCEDE (AGREE 11 of about 45). An offer refused or not taken up is still an offer made.",
    # Added 2026-12-05 for heldout25 and later, from the conventions rounds 30-31 found split; counts
    # are what the read sets dev, heldout-heldout23 did (texts and gold grepped).
    "- A party's 'will (would) strike / march / block ... if (unless) ...', with or without a verb of "
    "threat: THREATEN, factuality asserted (CAMEO 13); the act threatened is a trap, or an optional row "
    "with factuality 'threatened' (never both). The sets had asserted 7, 'threatened' 5, nothing 2 "
    "without a verb; 18, 2, 0 with 'threatened' or 'warned'.",
    "- Telling a court or committee that another party did harm, or describing its act in condemning "
    "words ('described the raid as \"piracy\"'): ACCUSE (CAMEO 11), the harm an optional reported "
    "row. The sets had ACCUSE 3, nothing 1 and ACCUSE 3, nothing 3. A label ('whom the army described "
    "as rebels') accuses no one (nothing 4, ACCUSE 1).",
    "- Medical care by a named relief body or medics ('volunteers treated 30 people at the scene'): AID "
    "(CAMEO 073); by a hospital: optional AID; 'N were treated in hospital': a casualty figure, no "
    "event. The sets had AID 5 of 5, 1 of 2 and nothing 9 of 10.",
    "- A crowd stoning or pelting police, troops, vehicles or buildings: PROTEST (CAMEO 145), also "
    "ASSAULT, as crowd violence above; stones between rival groups or at one named person: ASSAULT, "
    "also PROTEST. The sets had PROTEST 8, ASSAULT 5 for the first.",
    "- An act a named party says happened and another denies in the next sentence: an optional row "
    "with factuality 'reported', the denial REJECT; an act only rumoured by anonymous posts is a trap. "
    "The sets had the act coded 5 (4 optional), uncoded 3; rumours trapped 2 of 2.",
)


def guidelines(ordinal):
    """The "about" of a set written to the guidelines above ("sixteenth"), for gold_builder."""
    return GUIDELINES.replace("{ordinal}", ordinal)


def gold_builder(here, about, default_factuality="asserted", folder="gold"):
    """build(file name, genre, publication date, events, traps) writing here/<folder>/<file>.json
    (folder: "gold", or "second_reader" for an independent second reading of the same texts); about
    is the set's description with {f} for the file and {g} for its genre. heldout5-heldout7 left an
    unmarked event without a factuality (the scorer reads that as asserted): default_factuality=None
    rebuilds them as committed."""
    def build(fname, genre, pub, evs, traps):
        with open(os.path.join(here, fname), encoding="utf-8") as text:
            lines = text.read().split("\n")

        def find(anchor, line=None):
            if line:
                assert anchor in lines[line - 1], (fname, anchor)
                return line
            hits = [number for number, text in enumerate(lines, 1) if anchor in text]
            assert len(hits) == 1, (fname, anchor, hits)
            return hits[0]

        events = []
        for event in evs:
            anchor, plover, action = event[:3]
            fields = event[3] if len(event) > 3 else {}
            assert action is None or action in anchor, (fname, anchor, action)
            row = {"line": find(anchor, fields.get("line")), "anchor": anchor, "plover": plover}
            if action:
                row["action"] = action
            for key, value in fields.items():
                if key == "line":
                    continue
                if key == "date":
                    row["date"], row["date_precision"] = value, PRECISION_BY_LENGTH[len(value)]
                elif key == "week":  # a week is dated by its Monday
                    row["date"], row["date_precision"] = value, "week"
                else:
                    row[FIELDS[key]] = value
            if default_factuality:
                row.setdefault("factuality", default_factuality)
            events.append(row)
        trap_rows = [{"line": find(anchor), "anchor": anchor, "plover": plover, "why": why}
                     for anchor, plover, why in traps]
        events_at = {(row["line"], row["plover"]) for row in events}
        for trap in trap_rows:
            assert (trap["line"], trap["plover"]) not in events_at, (fname, trap)
        gold = {"about": about.format(f=fname, g=genre), "document": {"file": fname, "published": pub},
                "events": events, "event_traps": trap_rows}
        os.makedirs(os.path.join(here, folder), exist_ok=True)
        with open(os.path.join(here, folder, fname.replace(".txt", ".json")), "w", encoding="utf-8") as out:
            json.dump(gold, out, indent=1, ensure_ascii=False)
    return build
