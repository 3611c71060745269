"""Stdlib check of heldout24's gold/*.json (adapted from heldout21, itself from heldout17): every file loads; every
text/phrase/condition/horizon is an exact substring of its 1-based line; probabilities ordered in [0, 1];
a condition only with conditional; due_by an ISO date on or after the publication date."""
import datetime, glob, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = total = 0
for g in sorted(glob.glob(os.path.join(here, 'gold', '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    lines = open(os.path.join(here, d['document']['file']), encoding='utf-8').read().split('\n')
    published = datetime.date.fromisoformat(d['document']['published'])
    for f in d['forecasts']:
        line = lines[f['line'] - 1]
        for k in ('text', 'phrase', 'condition', 'horizon'):
            if k in f and f[k] not in line:
                bad += 1; print('MISMATCH', os.path.basename(g), f['line'], k, repr(f[k]))
        assert 0 <= f['probability_min'] <= f['probability_max'] <= 1, f
        assert ('condition' in f) == bool(f.get('conditional')), f
        if 'due_by' in f:
            assert datetime.date.fromisoformat(f['due_by']) >= published, f
    total += len(d['forecasts'])
    print(os.path.basename(g), len(d['forecasts']), 'ok' if not bad else '')
print('total', total)
sys.exit(1 if bad else 0)
