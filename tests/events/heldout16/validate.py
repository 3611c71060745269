"""stdlib check of gold/*.json: loads; anchor exact substring of its 1-based line and of no other line; action substring of anchor;
PLOVER types valid; every type has at least 3 required events; no trap shares a (line, type) pair with an event; dates well-formed and not after publication. Prints counts."""
import json, glob, os, re, collections
TYPES={'AGREE','ACCUSE','AID','ASSAULT','COERCE','CONCEDE','CONSULT','COOPERATE','MOBILIZE','PROTEST','REJECT','REQUEST','RETREAT','SANCTION','SUPPORT','THREATEN'}
FACT={'asserted','reported','denied','planned','threatened','hypothetical','negated'}
here=os.path.dirname(os.path.abspath(__file__)); bad=0
tot=collections.Counter(); per=collections.defaultdict(collections.Counter)
def err(*a):
    global bad; bad+=1; print('BAD',*a)
for fn in sorted(glob.glob(os.path.join(here,'gold','*.json'))):
    g=json.load(open(fn)); name=os.path.basename(fn); pub=g['document']['published']
    lines=open(os.path.join(here,g['document']['file'])).read().split('\n')
    for e in g['events']+g['event_traps']:
        L=lines[e['line']-1]
        if e['anchor'] not in L: err(name,'anchor not on its line',e)
        if sum(e['anchor'] in x for x in lines)!=1: err(name,'anchor not on exactly one line',e['anchor'])
        if 'action' in e and e['action'] not in e['anchor']: err(name,'action not in anchor',e)
        if 'date_precision' in e and e['date_precision'] not in ('day','week','month','year'): err(name,'date_precision',e)
        if e['plover'] not in TYPES or any(a not in TYPES for a in e.get('also',[])): err(name,'type',e)
    pairs={(e['line'],e['plover']) for e in g['events']}
    for t in g['event_traps']:
        if (t['line'],t['plover']) in pairs: err(name,'trap shares (line, type) with an event',t)
    for e in g['events']:
        if e['factuality'] not in FACT: err(name,'factuality',e)
        d=e.get('date')
        if d:
            if not re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?',d): err(name,'date format',e)
            if d[:len(d)]>pub[:len(d)]: err(name,'date after publication',e)
        for k in ('killed','injured','arrested'):
            if k in e and not isinstance(e[k],int): err(name,k,e)
    r=sum(not e.get('optional') for e in g['events'])
    print(name,'required',r,'optional',len(g['events'])-r,'traps',len(g['event_traps']))
    tot['required']+=r; tot['optional']+=len(g['events'])-r; tot['traps']+=len(g['event_traps'])
    for e in g['events']: per[e['plover']]['optional' if e.get('optional') else 'required']+=1
    for t in g['event_traps']: per[t['plover']]['traps']+=1
print('TOTAL',dict(tot),'errors',bad)
for t in sorted(TYPES): print(' ',t,'required',per[t]['required'],'optional',per[t]['optional'],'traps',per[t]['traps'])
low=[t for t in TYPES if per[t]['required']<3]
if low: err('types with fewer than 3 required events',low)
print('errors',bad)
