"""Stdlib check of heldout22's gold/*.json (adapted from heldout17): every file loads; every
text/phrase/condition/horizon is an exact substring of its 1-based line; probabilities ordered in [0, 1];
a condition only with conditional; due_by an ISO date on or after the publication date."""
import datetime, json, glob, os, sys
bad = 0
for g in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold', '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    lines = open(os.path.join(os.path.dirname(g), '..', d['document']['file']), encoding='utf-8').read().split('\n')
    published = datetime.date.fromisoformat(d['document']['published'])
    for f in d['forecasts']:
        line = lines[f['line'] - 1]
        for k in ('text', 'phrase', 'condition', 'horizon'):
            if k in f and f[k] not in line:
                bad += 1; print('MISMATCH', os.path.basename(g), f['line'], k, repr(f[k]))
        assert 0 <= f['probability_min'] <= f['probability_max'] <= 1, f
        assert bool(f.get('conditional')) == ('condition' in f), f
        if 'due_by' in f and datetime.date.fromisoformat(f['due_by']) < published:
            bad += 1; print('DUE BEFORE PUBLICATION', os.path.basename(g), f['line'], f['due_by'])
    print(os.path.basename(g), len(d['forecasts']), 'ok' if not bad else '')
sys.exit(1 if bad else 0)
