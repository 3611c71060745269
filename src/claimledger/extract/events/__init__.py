"""Events: who did what to whom, where, when, how many.

    extractor.py   the `events` extractor (triggers -> actor, target, place, date, counts)
    coding.py      the EVENT_CODING interface (trigger -> PLOVER code) and its rules
    roles.py       actor and target from the parse
    setting.py     the place, date and counts that belong to an event
    places.py      the `places` extractor, with gazetteer.py (offline place names)
    quantities.py  the `quantities` extractor
    dates.py       dates resolved against the publication date
"""
