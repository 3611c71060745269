"""stdlib check of gold/*.json: loads; anchor exact substring of its 1-based line; action substring of anchor; PLOVER types valid."""
import json, glob, os, collections
TYPES={'AGREE','ACCUSE','AID','ASSAULT','COERCE','CONCEDE','CONSULT','COOPERATE','MOBILIZE','PROTEST','REJECT','REQUEST','RETREAT','SANCTION','SUPPORT','THREATEN'}
here=os.path.dirname(os.path.abspath(__file__)); bad=0
tot=collections.Counter()
for fn in sorted(glob.glob(os.path.join(here,'gold','*.json'))):
    g=json.load(open(fn)); lines=open(os.path.join(here,g['document']['file'])).read().split('\n')
    for e in g['events']+g['event_traps']:
        L=lines[e['line']-1]
        ok=e['anchor'] in L and ('action' not in e or e['action'] in e['anchor']) and e['plover'] in TYPES and all(a in TYPES for a in e.get('also',[]))
        if not ok: bad+=1; print('BAD',os.path.basename(fn),e)
    r=sum(not e.get('optional') for e in g['events'])
    print(os.path.basename(fn),'required',r,'optional',len(g['events'])-r,'traps',len(g['event_traps']))
    tot['required']+=r; tot['optional']+=len(g['events'])-r; tot['traps']+=len(g['event_traps'])
print('TOTAL',dict(tot),'errors',bad)
