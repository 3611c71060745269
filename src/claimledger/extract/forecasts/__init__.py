"""Forecasts and hypotheses: what the text says about the future, and the explanations it weighs.

    extractor.py    the `forecasts` extractor
    detection.py    the FORECAST_DETECTION interface; rules.py its rules, with parts.py
                    (clauses, statements, conditions, horizons) and numbers.py (stated odds);
                    each finder of candidates declares its cue words beside its code (finder.py)
    hypotheses.py   the `hypotheses` extractor, with hypothesis_parts.py
"""
