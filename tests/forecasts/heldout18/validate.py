"""Stdlib check of gold/*.json (adapted from heldout17's validate.py): every file loads; its document exists;
every text/phrase/condition/horizon is an exact substring of its 1-based line; probabilities are ordered in
[0, 1]; a condition goes with conditional; due_by is an ISO date not before publication. Prints the
counts per file and the total. Does not import claimledger."""
import json, glob, os, sys, datetime
here = os.path.dirname(os.path.abspath(__file__))
bad = total = 0
for g in sorted(glob.glob(os.path.join(here, 'gold', '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    lines = open(os.path.join(here, d['document']['file']), encoding='utf-8').read().split('\n')
    published = datetime.date.fromisoformat(d['document']['published'])
    n_bad = 0
    for f in d['forecasts']:
        line = lines[f['line'] - 1]
        for k in ('text', 'phrase', 'condition', 'horizon'):
            if k in f and f[k] not in line:
                n_bad += 1; print('MISMATCH', os.path.basename(g), f['line'], k, repr(f[k]))
        if not 0 <= f['probability_min'] <= f['probability_max'] <= 1:
            n_bad += 1; print('PROBABILITY', os.path.basename(g), f['line'], repr(f['text']))
        if bool(f.get('conditional')) != ('condition' in f):
            n_bad += 1; print('CONDITION', os.path.basename(g), f['line'], repr(f['text']))
        if 'due_by' in f and datetime.date.fromisoformat(f['due_by']) < published:
            n_bad += 1; print('DUE_BY', os.path.basename(g), f['line'], f['due_by'])
    bad += n_bad; total += len(d['forecasts'])
    print(os.path.basename(g), len(d['forecasts']), 'ok' if not n_bad else 'BAD')
print('total', total)
sys.exit(1 if bad else 0)
