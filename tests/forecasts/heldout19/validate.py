"""Stdlib check of gold/*.json (copied from heldout17, plus ISO due_by and non-empty by checks): loads; every text/phrase/condition/horizon an exact substring of its 1-based line; probabilities ordered; due_by an ISO date."""
import json, glob, os, sys, datetime
bad = 0
for g in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold', '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    lines = open(os.path.join(os.path.dirname(g), '..', d['document']['file']), encoding='utf-8').read().split('\n')
    for f in d['forecasts']:
        line = lines[f['line'] - 1]
        for k in ('text', 'phrase', 'condition', 'horizon'):
            if k in f and f[k] not in line:
                bad += 1; print('MISMATCH', os.path.basename(g), f['line'], k, repr(f[k]))
        assert 0 <= f['probability_min'] <= f['probability_max'] <= 1, f
        assert bool(f.get('conditional')) == ('condition' in f) or f.get('conditional'), f
        if 'due_by' in f: datetime.date.fromisoformat(f['due_by'])
        assert f.get('by'), f
    print(os.path.basename(g), len(d['forecasts']), 'ok' if not bad else '')
sys.exit(1 if bad else 0)
