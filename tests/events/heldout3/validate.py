#!/usr/bin/env python3
"""Validate the gold files of this folder (stdlib only) and print counts.

Checks: every gold file loads as JSON; its text exists; every event/trap line is in range;
every 'anchor' is an exact substring of its 1-based line; every 'action' is a substring of its
anchor; PLOVER types, 'also' types, factuality and date formats are valid.
Prints counts per file and per PLOVER type (required / optional / traps).
"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PLOVER = ['AGREE', 'ACCUSE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE',
          'MOBILIZE', 'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN']
FACT = {'asserted', 'reported', 'denied', 'planned', 'threatened', 'hypothetical', 'negated'}
PREC = {'day': r'^\d{4}-\d{2}-\d{2}$', 'week': r'^\d{4}-\d{2}-\d{2}$', 'month': r'^\d{4}-\d{2}$', 'year': r'^\d{4}$'}


def main():
    errors = []
    per_type = collections.defaultdict(lambda: [0, 0, 0])
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, 'gold', '*.json'))):
        name = os.path.basename(path)
        try:
            g = json.load(open(path, encoding='utf-8'))
        except Exception as exc:  # noqa
            errors.append(f'{name}: not JSON ({exc})'); continue
        txt = os.path.join(HERE, g['document']['file'])
        if not os.path.exists(txt):
            errors.append(f'{name}: missing text {txt}'); continue
        lines = open(txt, encoding='utf-8').read().split('\n')
        if not re.match(r'^2026-\d{2}-\d{2}$', g['document'].get('published', '')):
            errors.append(f'{name}: published not a 2026 ISO date')
        req = opt = 0
        for e in g['events']:
            where = f"{name} line {e['line']} {e['anchor']!r}"
            if not 1 <= e['line'] <= len(lines):
                errors.append(f'{where}: line out of range'); continue
            if e['anchor'] not in lines[e['line'] - 1]:
                errors.append(f'{where}: anchor not in line')
            if e.get('action') and e['action'] not in e['anchor']:
                errors.append(f'{where}: action not in anchor')
            if e['plover'] not in PLOVER:
                errors.append(f'{where}: bad plover {e["plover"]}')
            for a in e.get('also', []):
                if a not in PLOVER:
                    errors.append(f'{where}: bad also {a}')
            if e.get('factuality') not in FACT:
                errors.append(f'{where}: bad factuality')
            if e.get('date'):
                p = e.get('date_precision')
                if p not in PREC or not re.match(PREC[p], e['date']):
                    errors.append(f'{where}: bad date/precision')
            for k in ('killed', 'wounded'):
                if k in e and not isinstance(e[k], int):
                    errors.append(f'{where}: {k} not int')
            if e.get('optional'):
                opt += 1; per_type[e['plover']][1] += 1
            else:
                req += 1; per_type[e['plover']][0] += 1
        for t in g.get('event_traps', []):
            where = f"{name} trap line {t['line']} {t['anchor']!r}"
            if not 1 <= t['line'] <= len(lines) or t['anchor'] not in lines[t['line'] - 1]:
                errors.append(f'{where}: anchor not in line')
            if t['plover'] not in PLOVER:
                errors.append(f'{where}: bad plover')
            per_type[t['plover']][2] += 1
        rows.append((g['document']['file'], g['document']['published'], len(lines) - (1 if lines[-1] == '' else 0),
                     req, opt, len(g.get('event_traps', []))))
    print(f"{'file':24} {'published':10} lines required optional traps")
    for r in rows:
        print(f'{r[0]:24} {r[1]:10} {r[2]:5} {r[3]:8} {r[4]:8} {r[5]:5}')
    print(f"{'TOTAL':35} {sum(r[2] for r in rows):5} {sum(r[3] for r in rows):8} {sum(r[4] for r in rows):8} {sum(r[5] for r in rows):5}")
    print(f"\n{'PLOVER':10} required optional traps")
    for p in PLOVER:
        r, o, t = per_type[p]
        print(f'{p:10} {r:8} {o:8} {t:5}' + ('   <6 required!' if r < 6 else ''))
    if errors:
        print('\nERRORS:'); print('\n'.join(errors)); sys.exit(1)
    print('\nOK: all anchors and actions found')


if __name__ == '__main__':
    main()
