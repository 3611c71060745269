"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the tenth blind events test set), made BEFORE any tool ran on the text. "
"Events by 1-based line; 'anchor' is an exact substring of the line and 'action' a substring of the anchor. 'factuality' follows the contract "
"(asserted, reported, denied, planned, threatened, hypothetical, negated). 'optional' events (the content of a threat, request or goal; a mention of an "
"earlier happening in passing; genuinely ambiguous mentions) are neither required nor false alarms when found. 'also' lists other PLOVER types a careful "
"coder could defend. 'date' is ISO (YYYY-MM-DD, YYYY-MM or YYYY with date_precision; for date_precision 'week' the date is the Monday of that week) "
"where the text fixes it; absent or null means not given. "
"'killed'/'injured'/'arrested' counts only where the text states them (revised figures: the latest one). Releases, amnesties, lifted curfews and "
"resignations also accept RETREAT, as in the dev gold. 'traps' are (line, type) pairs where a HAPPENED event of that type would be wrong (figurative "
"attacks, sports results, accidents, hypotheticals, denials, negations, plans not carried out, refused talks, conditional threats, requested releases).")
KEYS=dict(actor='actor',target='target',loc='location',fact='factuality',also='also',killed='killed',injured='injured',arrested='arrested',opt='optional',note='note')
def build(fname,genre,pub,evs,traps):
    lines=open(os.path.join(here,fname)).read().split('\n')
    def find(anchor,line=None):
        if line: assert anchor in lines[line-1],(fname,anchor); return line
        hits=[i+1 for i,L in enumerate(lines) if anchor in L]
        assert len(hits)==1,(fname,anchor,hits); return hits[0]
    out=[]
    for e in evs:
        anchor,pl,action=e[0],e[1],e[2]; kw=e[3] if len(e)>3 else {}
        assert action is None or action in anchor,(fname,anchor,action)
        d={'line':find(anchor,kw.get('line')),'anchor':anchor,'plover':pl}
        if action: d['action']=action
        for k,v in kw.items():
            if k=='line': continue
            if k=='date':
                d['date']=v; d['date_precision']={10:'day',7:'month',4:'year'}[len(v)]; continue
            if k=='week':
                d['date']=v; d['date_precision']='week'; continue
            d[KEYS[k]]=v
        d.setdefault('factuality','asserted')
        out.append(d)
    tr=[{'line':find(a),'anchor':a,'plover':p,'why':w} for a,p,w in traps]
    ev_pairs={(d['line'],d['plover']) for d in out}
    for t in tr: assert (t['line'],t['plover']) not in ev_pairs,(fname,t)
    g={'about':ABOUT.format(f=fname,g=genre),'document':{'file':fname,'published':pub},'events':out,'event_traps':tr}
    os.makedirs(os.path.join(here,'gold'),exist_ok=True)
    json.dump(g,open(os.path.join(here,'gold',fname.replace('.txt','.json')),'w'),indent=1,ensure_ascii=False)

def D(x): return '2026-11-%02d'%x
# ---------------------------------------------------------------- 1. wire, published Wednesday 18 Nov 2026
Su,Mo,Tu,We=D(15),D(16),D(17),D(18)
build('wire_logone_herders.txt','wire story on herder-farmer clashes around Béboto in Logone Oriental province (southern Chad) and their aftermath','2026-11-18',[
 ('At least 42 people were killed in two days of clashes between herders and farmers','ASSAULT','clashes',dict(actor='herders|farmers',target='farmers|herders',loc='Béboto|Logone Oriental|Chad',killed=42,injured=51,fact='reported',note='toll revised from twenty-seven (Monday) to 42 (Wednesday); 51 wounded; "two days" (Sunday and Monday): no single day')),
 ('a farmer who tried to drive the animals off was stabbed to death','ASSAULT','stabbed',dict(actor='herders|herder',target='farmer',loc='Béboto',date=Su,killed=1,fact='reported',note='passive; the attacker is not named')),
 ('farmers from surrounding villages had armed themselves','MOBILIZE','armed themselves',dict(actor='farmers',loc='Béboto',date=Su,opt=True,note='arming before the attack; part of it')),
 ("attacked a herders' camp on the road to Doba",'ASSAULT','attacked',dict(actor='farmers',target="herders' camp|herders",loc='Béboto|Doba|Logone Oriental',date=Su,killed=9,fact='reported',note='"Within hours" of the Sunday morning killing')),
 ('Herders on horseback and motorcycles struck back overnight into Monday','ASSAULT','struck back',dict(actor='Herders',target='villages|farmers|villagers',loc='Béboto|Logone Oriental',date=Mo,fact='reported',note='raided two villages, burned granaries and huts')),
 ('shot at anyone who ran','ASSAULT','shot at',dict(actor='herders|Herders',target='villagers|farmers',loc='Béboto',date=Mo,opt=True,fact='reported',note='a witness restating the raid')),
 ('it had sent two companies of soldiers from Moundou to the area on Monday','MOBILIZE','sent',dict(actor='army|Chadian army|soldiers|Chad',loc='Béboto|Logone Oriental|Moundou',date=Mo)),
 ('soldiers exchanged fire with armed herders near Bébédjia','ASSAULT','exchanged fire',dict(actor='soldiers|army|Chad',target='armed herders|herders',loc='Bébédjia|Logone Oriental',date=Tu,killed=3,fact='reported')),
 ('seized about a dozen rifles','COERCE','seized',dict(actor='soldiers|army',target='armed herders|herders',loc='Bébédjia',date=Tu,opt=True,fact='reported',note='part of the same operation')),
 ('imposed a dusk-to-dawn curfew in the departments of Kouh-Est and Pendé','COERCE','imposed',dict(actor='Governor Saleh|Abdelkerim Mahamat Saleh|governor|provincial governor',target='residents|Kouh-Est|Pendé',loc='Kouh-Est|Pendé|Logone Oriental',note='day not fixed')),
 ('banned the carrying of weapons','COERCE','banned',dict(actor='Governor Saleh|Abdelkerim Mahamat Saleh|governor|provincial governor',target='residents|herders|farmers',loc='Logone Oriental')),
 ('Police in Doba arrested 28 people on Tuesday','COERCE','arrested',dict(actor='Police',target='people|village chief|herder leaders|suspects',loc='Doba',date=Tu,arrested=28,fact='reported')),
 ('accused of inciting the violence','ACCUSE','accused',dict(actor="public prosecutor's office|Police",target='village chief|herder leaders',loc='Doba',opt=True,note='the charge behind the arrests')),
 ('Six more suspects who had fled into Cameroon were handed over to Chadian police at the border','COOPERATE','handed over',dict(actor='Cameroon|Cameroonian authorities',target='Chad|Chadian police',date=We,also=['COERCE'],note='passive; Cameroon implied as the giver')),
 ('The Minister of Public Security flew to Doba on Tuesday','CONSULT','flew',dict(actor='Minister of Public Security|government|Chad',target='Doba|provincial authorities',loc='Doba',date=Tu,opt=True,note='ministerial visit; type arguable')),
 ('condemned the killings as "unacceptable"','ACCUSE','condemned',dict(actor='Minister of Public Security|government|Chad',target='those responsible|attackers|herders|farmers',loc='Doba',date=Tu)),
 ('promising that those responsible would be punished','THREATEN','promising',dict(actor='Minister of Public Security|government',target='those responsible',date=Tu,opt=True,note='promise of punishment; type arguable')),
 ("Farmers' representatives accused the authorities of protecting the herders",'ACCUSE','accused',dict(actor="Farmers' representatives|farmers",target='authorities|government|army|soldiers')),
 ('The army denied this','REJECT','denied',dict(actor='army',target="Farmers' representatives|farmers")),
 ("several hundred young people marched on the governor's office on Tuesday afternoon",'PROTEST','marched',dict(actor='young people|protesters|marchers',target="governor|governor's office|authorities",loc='Doba',date=Tu)),
 ('demanding the disarmament of herders and compensation','REQUEST','demanding',dict(actor='young people|protesters|marchers',target='governor|authorities|government',loc='Doba',date=Tu,also=['PROTEST'])),
 ('Police fired tear gas','COERCE','fired tear gas',dict(actor='Police',target='marchers|young people|protesters',loc='Doba',date=Tu,injured=6,also=['ASSAULT'],note='place and day carried from the march; six treated in hospital')),
 ('some of the marchers began throwing stones at the building','ASSAULT','throwing stones',dict(actor='marchers|young people|protesters',target="building|governor's office",loc='Doba',date=Tu,also=['PROTEST'],opt=True,note='part of the march turning violent')),
 ("herder leaders met in Goré on Tuesday",'CONSULT','met',dict(actor="Traditional chiefs|farmers' leaders|herder leaders|prefect",target="herder leaders|farmers' leaders|Traditional chiefs",loc='Goré',date=Tu)),
 ('agreed to set up a joint compensation committee','AGREE','agreed',dict(actor="Traditional chiefs|farmers' leaders|herder leaders",target="herder leaders|farmers' leaders|Traditional chiefs",loc='Goré',date=Tu)),
 ('gunmen on motorcycles attacked a cattle camp near Goré overnight','ASSAULT','attacked',dict(actor='gunmen|gunmen on motorcycles',target='cattle camp|herders',loc='Goré',date=We,killed=2,fact='reported',note='"overnight" before a Wednesday wire = night into 18 Nov')),
 ('Herder leaders warned','THREATEN','warned',dict(actor='Herder leaders|herders',target='authorities|government|farmers')),
 ('The World Food Programme began distributing food','AID','distributing',dict(actor='World Food Programme|WFP',target='displaced people',loc='Béboto',date=Tu)),
 ('it had sent a surgical team to the Doba hospital','AID','sent',dict(actor='Médecins Sans Frontières|MSF',target='Doba hospital|wounded',loc='Doba')),
 ('The UN resident coordinator in Chad urged the authorities','REQUEST','urged',dict(actor='UN resident coordinator|UN|United Nations',target='authorities|Chad|government')),
 ('called on both communities to show restraint','REQUEST','called on',dict(actor='UN resident coordinator|UN|United Nations',target='both communities|herders|farmers',opt=True,note='second request in the same statement')),
 ('The opposition Transformers party blamed','ACCUSE','blamed',dict(actor='Transformers|opposition',target='government|Chad')),
 ('called for a parliamentary inquiry','REQUEST','called for',dict(actor='Transformers|opposition',target='government|National Assembly|parliament')),
 ('a government spokesman dismissed the call','REJECT','dismissed',dict(actor='government spokesman|government|Chad',target='Transformers|opposition')),
 ('Fourteen people died in a similar clash near Goré in 2024','ASSAULT','clash',dict(loc='Goré',date='2024',killed=14,opt=True,note='background')),
],[
 ('the disarmament of herders','COERCE','disarmament demanded, not done'),
 ('The committee is due to hold its first session in Doba next week','CONSULT','meeting planned for next week'),
 ('"defend our animals by any means"','ASSAULT','conditional violence in a warning'),
 ('no one was ever arrested for those killings','COERCE','negated arrests'),
 ('"war between communities"','ASSAULT','a war denied, figurative'),
 ('the army would not be used to disarm the herders','COERCE','negated disarmament by the army'),
 ('keep herds north of the Pendé river until the harvest is over','RETREAT','pledged movement of herds, not yet carried out'),
])

# ---------------------------------------------------------------- 2. daily conflict-monitor brief, published Tuesday 1 Dec 2026 (covers to 06:00 Tuesday)
Sa,Su,Mo,Tu=D(28),D(29),D(30),'2026-12-01'
build('sitrep_south_southeast_asia.txt','daily conflict-monitor brief for South and Southeast Asia, 23 one-line items (Myanmar: Sagaing, Magway, Rakhine, Kachin, Mandalay; India: Manipur; Bangladesh: Chittagong Hill Tracts; Philippines: Maguindanao del Sur, Basilan; Indonesia: Papua; humanitarian; coming up)','2026-12-01',[
 ('Military aircraft bombed a village tract in Ye-U township','ASSAULT','bombed',dict(actor='Military aircraft|military|Myanmar military|Tatmadaw|junta',target='village tract|civilians|villagers',loc='Ye-U|Sagaing|Myanmar',date=Mo,killed=11,injured=20,fact='reported')),
 ('it had captured a police station in Depayin township on Sunday','ASSAULT','captured',dict(actor="People's Defence Force|PDF|People's Defence Force battalion",target='police station|police|policemen',loc='Depayin|Sagaing|Myanmar',date=Su,also=['COERCE'],fact='reported')),
 ('taken seven policemen prisoner','COERCE','taken',dict(actor="People's Defence Force|PDF",target='policemen|police',loc='Depayin',date=Su,arrested=7,also=['ASSAULT'],opt=True,fact='reported',note='part of the capture')),
 ('Troops torched around 60 houses in two villages of Gangaw township','ASSAULT','torched',dict(actor='Troops|military|Myanmar military|junta',target='houses|villages|villagers',loc='Gangaw|Magway|Myanmar',date=Mo,fact='reported')),
 ('after clashing with local defence forces nearby','ASSAULT','clashing',dict(actor='Troops|military',target='local defence forces',loc='Gangaw|Magway',date=Mo,opt=True,fact='reported',note='the clash before the burning, in passing')),
 ('The Arakan Army said it shelled navy positions near Sittwe port on Monday night','ASSAULT','shelled',dict(actor='Arakan Army|AA',target='navy positions|navy|Myanmar navy|military|sailors',loc='Sittwe|Rakhine|Myanmar',date=Mo,injured=2,fact='reported')),
 ('accused the group of targeting civilian areas','ACCUSE','accused',dict(actor='state media|military|Myanmar military|military government',target='Arakan Army|AA')),
 ('The Arakan Army detained 43 Rohingya men in Buthidaung township on Sunday','COERCE','detained',dict(actor='Arakan Army|AA',target='Rohingya men|Rohingya',loc='Buthidaung|Rakhine|Myanmar',date=Su,arrested=43,fact='reported')),
 ('accusing them of links to an armed Rohingya group','ACCUSE','accusing',dict(actor='Arakan Army|AA',target='Rohingya men|Rohingya',opt=True,note='the charge behind the detentions')),
 ('Fighting between the Kachin Independence Army and the military around Bhamo','ASSAULT','Fighting',dict(actor='Kachin Independence Army|KIA|military|Myanmar military',target='military|Myanmar military|Kachin Independence Army|KIA',loc='Bhamo|Kachin|Myanmar',note='"entered its fourth day": day not fixed')),
 ('artillery fire killed four civilians in the town on Monday','ASSAULT','artillery fire',dict(target='civilians',loc='Bhamo|Kachin',date=Mo,killed=4,fact='reported',note='place carried from the previous sentence; firer not named')),
 ('extended martial law in Singu township for a further 90 days','COERCE','extended',dict(actor='military authorities|military|Myanmar military|junta',target='residents|Singu',loc='Singu|Mandalay|Myanmar',fact='reported',note='"state media reported on Monday": the date is of the reporting')),
 ("China's special envoy for Asian affairs met the military government's foreign minister in Naypyitaw on Monday",'CONSULT','met',dict(actor="China|China's special envoy|special envoy",target="Myanmar|military government|foreign minister",loc='Naypyitaw',date=Mo,fact='reported')),
 ('urged an end to fighting near the Chinese border','REQUEST','urged',dict(actor="China|China's special envoy",target='Myanmar|military government',date=Mo,fact='reported')),
 ('Suspected militants fired on a police commando patrol near Moirang','ASSAULT','fired on',dict(actor='Suspected militants|militants',target='police commando patrol|commandos|police',loc='Moirang|Bishnupur|Manipur|India',date=Mo,injured=2)),
 ('security forces have begun a search operation','MOBILIZE','search operation',dict(actor='security forces',loc='Moirang|Bishnupur',also=['COERCE'],opt=True,note='follow-up operation; type arguable')),
 ('A 24-hour shutdown called by Kuki-Zo civil society groups closed markets','PROTEST','shutdown',dict(actor='Kuki-Zo civil society groups|Kuki-Zo groups',target='authorities|government|police',loc='Kangpokpi|Manipur|India',date=Mo)),
 ('the arrest of a village volunteer last week','COERCE','arrest',dict(target='village volunteer',loc='Manipur',week=D(23),opt=True,note='the arrest behind the shutdown, in passing')),
 ('Police said they arrested three people','COERCE','arrested',dict(actor='Police',target='people|suspects',loc='Jiribam|Manipur|India',date=Su,arrested=3,fact='reported',note='"during raids in Jiribam on Sunday": day and place at the end of the line')),
 ('ten more companies of central armed police forces had been flown into the state','MOBILIZE','flown',dict(actor='Union home ministry|India|central armed police forces',loc='Manipur|Moreh|Jiribam',fact='reported',note='day not given')),
 ('Clashes between Bengali settlers and Indigenous Pahari residents in Dighinala','ASSAULT','Clashes',dict(actor='Bengali settlers|Pahari residents',target='Pahari residents|Bengali settlers',loc='Dighinala|Khagrachari|Chittagong Hill Tracts|Bangladesh',date=Su,killed=1,injured=15)),
 ('the local administration banned all gatherings in the upazila','COERCE','banned',dict(actor='local administration|authorities',target='residents|gatherings',loc='Dighinala|Khagrachari',note='day not fixed')),
 ('Pahari student groups blockaded the Khagrachari-Dighinala road on Monday','PROTEST','blockaded',dict(actor='Pahari student groups|students',target='authorities|government|local administration',loc='Khagrachari|Dighinala|Chittagong Hill Tracts',date=Mo)),
 ('demanding the arrest of those responsible','REQUEST','demanding',dict(actor='Pahari student groups|students',target='authorities|government|police',loc='Khagrachari|Dighinala',date=Mo,also=['PROTEST'])),
 ('Army troops clashed with a Dawlah Islamiyah group in Datu Saudi Ampatuan','ASSAULT','clashed',dict(actor='Army troops|army|Philippine army|6th Infantry Division',target='Dawlah Islamiyah|militants',loc='Datu Saudi Ampatuan|Maguindanao del Sur|Mindanao|Philippines',date=Mo,killed=3,injured=1)),
 ('A clan feud flared in Shariff Saydona Mustapha on Sunday','ASSAULT','flared',dict(actor='families|clans',target='families|clans',loc='Shariff Saydona Mustapha|Maguindanao del Sur|Mindanao',date=Su,killed=4)),
 ('the two families signed a truce on Monday','AGREE','signed a truce',dict(actor='families|two families|clans',target='families|two families|clans',loc='Shariff Saydona Mustapha|Maguindanao del Sur',date=Mo,note='brokered by MILF commanders and the mayor')),
 ('Police arrested a suspected Abu Sayyaf sub-leader','COERCE','arrested',dict(actor='Police',target='Abu Sayyaf sub-leader|Abu Sayyaf',loc='Sumisip|Basilan|Philippines',date=Mo,arrested=1)),
 ('a 2019 kidnapping','ASSAULT','kidnapping',dict(actor='Abu Sayyaf',date='2019',also=['COERCE'],opt=True,note='background')),
 ('said it shot dead two construction workers in Ilaga','ASSAULT','shot dead',dict(actor='West Papua National Liberation Army|TPNPB',target='construction workers|workers',loc='Ilaga|Puncak|Papua|Indonesia',date=Su,killed=2,fact='reported')),
 ('accusing them of spying for the military','ACCUSE','accusing',dict(actor='West Papua National Liberation Army|TPNPB',target='construction workers|workers|military',opt=True,note='the justification given for the killing')),
 ('police confirmed the deaths and blamed the group','ACCUSE','blamed',dict(actor='police|Indonesian police',target='West Papua National Liberation Army|TPNPB')),
 ('About 200 additional troops were flown to Dekai, Yahukimo, on Monday','MOBILIZE','flown',dict(actor='troops|Indonesian military|TNI|Indonesia',loc='Dekai|Yahukimo|Papua',date=Mo)),
 ('unidentified attackers set fire to a school there on Saturday night','ASSAULT','set fire',dict(actor='unidentified attackers|attackers',target='school',loc='Dekai|Yahukimo|Papua',date=Sa,note='"there" carries Dekai')),
 ('Police in Jayapura briefly detained 12 students','COERCE','detained',dict(actor='Police',target='students',loc='Jayapura|Papua',date=Mo,arrested=12)),
 ('during a march on Monday','PROTEST','march',dict(actor='students',target='government|Indonesia|military|troops',loc='Jayapura|Papua',date=Mo)),
 ('demanding the withdrawal of non-organic troops','REQUEST','demanding',dict(actor='students',target='government|Indonesia|military',loc='Jayapura',date=Mo,also=['PROTEST'])),
 ('all were released in the evening','CONCEDE','released',dict(actor='Police',target='students',loc='Jayapura',date=Mo,also=['RETREAT'])),
 ('The World Food Programme resumed food distributions to displaced people around Sittwe on Monday','AID','resumed',dict(actor='World Food Programme|WFP',target='displaced people',loc='Sittwe|Rakhine|Myanmar',date=Mo)),
 ('UNHCR delivered shelter kits to 1,800 displaced families in Kangpokpi','AID','delivered',dict(actor='UNHCR',target='displaced families',loc='Kangpokpi|Manipur|India',note='day not fixed')),
 ('The UN special envoy on Myanmar called on all parties','REQUEST','called on',dict(actor='UN special envoy|UN|United Nations',target='all parties|military government|Myanmar military|armed groups')),
 ('the military government rejected the call on Monday','REJECT','rejected',dict(actor='military government|Myanmar military|Myanmar|junta',target='UN special envoy|UN|United Nations',date=Mo)),
],[
 ('the arrest of those responsible',"COERCE",'arrests demanded, not made'),
 ('the withdrawal of non-organic troops from the highlands','RETREAT','withdrawal demanded, not done'),
 ('agree a humanitarian pause during the December rice harvest','AGREE','pause requested and rejected'),
 ('has called a 48-hour blockade of national highways in Manipur from Thursday','PROTEST','blockade announced for Thursday'),
 ('Thai and Myanmar officials are due to meet in Mae Sot on Wednesday','CONSULT','meeting planned for Wednesday'),
 ('the military has not commented','REJECT','no comment is not a rejection'),
 ('The AA has not responded to requests for comment','REJECT','no reply is not a rejection'),
])

# ---------------------------------------------------------------- 3. report, published Thursday 8 Oct 2026 (election Sunday 4 Oct)
def O(x): return '2026-10-%02d'%x
Su,Mo,Tu,We=O(4),O(5),O(6),O(7)
build('report_peru_local_elections.txt','news report on violence after Peru\'s regional and municipal elections (Huancané, Azángaro and Ilave in Puno; Chota and Cutervo in Cajamarca; Huari in Áncash; Andahuaylas in Apurímac)','2026-10-08',[
 ('Supporters of a defeated mayoral candidate set fire to the offices of the special electoral court in Huancané','PROTEST','set fire',dict(actor='Supporters of a defeated mayoral candidate|supporters|crowd|protesters',target='special electoral court|electoral court|electoral office',loc='Huancané|Puno|Peru',date=Tu,also=['ASSAULT'],note='destructive protest: PROTEST with also ASSAULT (arson)')),
 ('Several hundred people had gathered outside the building since Monday','PROTEST','gathered',dict(actor='people|supporters|protesters',target='special electoral court|electoral court|winning slate',loc='Huancané|Puno',date=Mo,note='"since Monday": carries its first day')),
 ('accusing the winning slate of buying votes','ACCUSE','accusing',dict(actor='people|supporters|protesters',target='winning slate|winning candidate',loc='Huancané')),
 ('the crowd forced the door','ASSAULT','forced the door',dict(actor='crowd|protesters',target='electoral court|electoral office',loc='Huancané',date=Tu,opt=True,fact='reported',note='part of the arson attack')),
 ('the handful of officers guarding the office withdrew','RETREAT','withdrew',dict(actor='officers|police',loc='Huancané',date=Tu,fact='reported',note='day and place carried from the Tuesday-night fire')),
 ('Wilber Quispe Mamani, was shot and wounded outside his home on Monday evening','ASSAULT','shot and wounded',dict(actor='two men on a motorcycle|gunmen',target='Wilber Quispe Mamani|Quispe|candidate',loc='Azángaro|Puno',date=Mo,injured=1,fact='reported')),
 ('police had arrested a suspect in the shooting','COERCE','arrested',dict(actor='police',target='suspect|former municipal employee',loc='Azángaro|Puno',arrested=1,fact='reported',note='"said on Wednesday that police had arrested": the date is of the saying')),
 ('who was later charged with attempted murder','COERCE','charged',dict(actor='prosecutors|authorities',target='suspect|former municipal employee',opt=True,note='second step of the same case')),
 ('a crowd burned the ballots from four voting tables','PROTEST','burned',dict(actor='crowd',target='ballots|voting tables|ONPE',loc='Ilave|El Collao|Puno',date=Su,also=['ASSAULT'],fact='reported',note='"On election day" = Sunday 4 Oct')),
 ('held two ONPE staff and a police officer for about six hours on Tuesday','ASSAULT','held',dict(actor='rondas campesinas|peasant patrols|rondas',target='ONPE staff|ONPE|police officer',loc='Chota|Cajamarca',date=Tu,also=['COERCE'],note='hostage-taking by a non-state group: ASSAULT with also COERCE')),
 ('accusing them of tampering with ballot boxes','ACCUSE','accusing',dict(actor='rondas campesinas|peasant patrols|rondas',target='ONPE staff|ONPE|police officer',opt=True,note='the charge behind the holding')),
 ('The three were handed over unharmed to a Catholic priest and the provincial prosecutor on Tuesday evening','CONCEDE','handed over',dict(actor='rondas campesinas|peasant patrols|rondas',target='ONPE staff|police officer|ONPE',loc='Chota|Cajamarca',date=Tu,also=['RETREAT'],fact='reported')),
 ('it had sent 400 police reinforcements to Puno and Cajamarca','MOBILIZE','sent',dict(actor='Interior Ministry|police|Peru|government',loc='Puno|Cajamarca',note='"said on Wednesday it had sent": the date is of the saying')),
 ('The government declared a 30-day state of emergency','COERCE','declared',dict(actor='government|Peru',target='Huancané|Chota|residents',loc='Huancané|Chota',note='day not fixed')),
 ('Police arrested 19 people in Huancané on Wednesday','COERCE','arrested',dict(actor='Police',target='people|suspects',loc='Huancané|Puno',date=We,arrested=19)),
 ('residents blocked the road to San Marcos with rocks and burning tyres for a second day on Wednesday','PROTEST','blocked',dict(actor='residents|protesters',target='electoral court|JNE|authorities',loc='Huari|Áncash|San Marcos',date=We)),
 ('demanding a recount','REQUEST','demanding',dict(actor='residents|protesters',target='electoral court|JNE|authorities',loc='Huari|Áncash',date=We,also=['PROTEST'])),
 ('protesters had stoned his house and injured his nephew','ASSAULT','stoned',dict(actor='protesters|residents',target="outgoing mayor|mayor|nephew|mayor's house",loc='Huari|Áncash',injured=1,also=['PROTEST'],fact='reported',note='day not fixed')),
 ('supporters of the runner-up occupied the provincial municipality on Tuesday','PROTEST','occupied',dict(actor='supporters of the runner-up|supporters',target='provincial municipality|electoral court',loc='Andahuaylas|Apurímac',date=Tu)),
 ('refused to leave until contested tally sheets were reviewed','REQUEST','refused to leave',dict(actor='supporters of the runner-up|supporters',target='electoral court',loc='Andahuaylas',date=Tu,also=['REJECT','PROTEST'],opt=True,note='the occupiers\' condition, part of the occupation')),
 ('They left the building peacefully on Wednesday','RETREAT','left',dict(actor='supporters of the runner-up|supporters',loc='Andahuaylas|Apurímac',date=We,also=['CONCEDE'])),
 ('the electoral court agreed to review the sheets in public','CONCEDE','agreed',dict(actor='electoral court|special electoral court',target='supporters of the runner-up|supporters',loc='Andahuaylas|Apurímac',also=['AGREE'],note='day not fixed ("after")')),
 ('attacks on at least six polling stations on election day','ASSAULT','attacks',dict(target='polling stations',loc='Peru',date=Su,opt=True,fact='reported',note='aggregate in a tally; overlaps the single incidents')),
 ('called on candidates to "accept the results','REQUEST','called on',dict(actor="Ombudsman's Office|Defensoría del Pueblo|Ombudsman",target='candidates')),
 ('The prime minister condemned the burning of the Huancané office','ACCUSE','condemned',dict(actor='prime minister|government|Peru',target='Supporters|crowd|those responsible|protesters')),
 ('denied any role in the fire','REJECT','denied',dict(actor='Néstor Condori Apaza|Condori|defeated Huancané candidate',target='police|government|prime minister|authorities',note='denial of an implied accusation')),
 ('accused the police of provoking the crowd','ACCUSE','accused',dict(actor='Néstor Condori Apaza|Condori|defeated Huancané candidate',target='police')),
 ('urging his supporters to stay calm','REQUEST','urging',dict(actor='Néstor Condori Apaza|Condori|defeated Huancané candidate',target='supporters')),
 ('The National Elections Jury (JNE) on Wednesday rejected 112 of the 140 requests','REJECT','rejected',dict(actor='National Elections Jury|JNE',target='requests|candidates|parties',date=We)),
 ('requests to annul local results filed across the country','REQUEST','filed',dict(actor='candidates|parties',target='National Elections Jury|JNE',opt=True,note='the requests behind the rejection')),
 ('The JNE suspended the proclamation of results','COERCE','suspended',dict(actor='JNE|National Elections Jury',target='Huancané|Chota',loc='Huancané|Chota',opt=True,note='administrative suspension; type arguable')),
 ('The electoral court in Puno asked the armed forces to guard its offices','REQUEST','asked',dict(actor='electoral court in Puno|electoral court|special electoral court',target='armed forces|army',loc='Puno|Juliaca')),
 ('rondas leaders said they would "take justice into our own hands"','THREATEN','said they would',dict(actor='rondas leaders|rondas campesinas|rondas',target='JNE|National Elections Jury|court',loc='Cutervo|Cajamarca')),
 ('gave the court 72 hours to order a recount','REQUEST','gave the court 72 hours',dict(actor='rondas leaders|rondas campesinas|rondas',target='JNE|National Elections Jury|court',loc='Cutervo|Cajamarca',also=['THREATEN'])),
 ("A regional lawmaker's call for the army to take over the count",'REQUEST','call',dict(actor='regional lawmaker|lawmaker',target='army|armed forces|government',opt=True,note='nominalised request; its rejection is required')),
 ('was dismissed by the defence minister','REJECT','dismissed',dict(actor='defence minister|government|Peru',target='regional lawmaker|lawmaker')),
 ('praised the work of the electoral bodies','SUPPORT','praised',dict(actor="Organization of American States|OAS|observation mission",target='electoral bodies|JNE|ONPE|Peru',date=We)),
 ('urged prosecutors to investigate the attack on Quispe','REQUEST','urged',dict(actor="Organization of American States|OAS|observation mission",target='prosecutors|Peru|authorities',date=We)),
 ('crowds set fire to electoral offices in at least three provinces after the municipal vote','PROTEST','set fire',dict(actor='crowds',target='electoral offices',loc='Peru',date='2022',also=['ASSAULT'],opt=True,note='background')),
 ("the prosecutors' request to hold nine of the Huancané suspects",'REQUEST','request',dict(actor='prosecutors',target='judge|court',opt=True,note='the request behind the pending ruling')),
],[
 ('"take justice into our own hands"','ASSAULT','conditional violence in a threat'),
 ('the armed forces would not intervene in an electoral dispute','MOBILIZE','negated intervention'),
 ('"a war over the canon"','ASSAULT','figurative war'),
 ('the fight over those budgets','ASSAULT','figurative fight'),
 ('A judge in Puno is due to rule on Friday','COERCE','detention ruling due on Friday'),
 ('until guarantees of security are restored','CONCEDE','condition for resuming, not done'),
 ('Police said they were investigating whether the attack was linked to the count','ACCUSE','an investigation, not an accusation'),
])

# ---------------------------------------------------------------- 4. diplomatic news report, published Friday 27 Nov 2026
Mo,Tu,We,Th=D(23),D(24),D(25),D(26)
build('crisis_hungary_ukraine.txt','diplomatic news report on a Hungary-Ukraine spy row over Zakarpattia (expulsions, a recalled ambassador, entry bans and sanctions, a summoned envoy, a detained couple, a rally in Berehove, a vandalised centre in Uzhhorod, EU, Slovak, Polish and Russian reactions)','2026-11-27',[
 ('Ukraine expelled two Hungarian diplomats on Thursday','SANCTION','expelled',dict(actor='Ukraine|Kyiv',target='Hungary|Hungarian diplomats|Budapest',date=Th,also=['COERCE'])),
 ('over what it called a military intelligence network','ACCUSE','called',dict(actor='Ukraine|Kyiv',target='Hungary|Hungarian diplomats',opt=True,note='the charge behind the expulsion')),
 ('ordering two Ukrainian diplomats to leave','SANCTION','ordering',dict(actor='Hungary|Budapest',target='Ukraine|Ukrainian diplomats|Kyiv',date=Th,also=['COERCE'],note='"within hours" of the Thursday expulsion')),
 ('recalling its ambassador from Kyiv for consultations','SANCTION','recalling',dict(actor='Hungary|Budapest',target='Ukraine|Kyiv',date=Th)),
 ('it had detained a former army officer and his wife in Berehove','COERCE','detained',dict(actor='SBU|Ukraine|security service',target='former army officer|wife|couple',loc='Berehove|Zakarpattia|Ukraine',arrested=2,fact='reported',note='"said last week it had detained": the date is of the saying')),
 ('on suspicion of passing information on air-defence positions','ACCUSE','suspicion',dict(actor='SBU|Ukraine',target='former army officer|couple|Hungary|Hungarian military intelligence',opt=True,note='the charge behind the detention')),
 ('On Monday the SBU published what it said were intercepted messages','ACCUSE','published',dict(actor='SBU|Ukraine',target='couple|Hungary|Hungarian embassy',date=Mo,opt=True,note='same act as naming the diplomats')),
 ('named two diplomats at the Hungarian embassy in Kyiv','ACCUSE','named',dict(actor='SBU|Ukraine',target='Hungarian diplomats|Hungary|Hungarian embassy',date=Mo)),
 ('Hungary\'s foreign ministry called the allegations "a crude fabrication"','REJECT','called',dict(actor="Hungary|Hungary's foreign ministry|Budapest",target='Ukraine|SBU|Kyiv',also=['ACCUSE'])),
 ("on Tuesday summoned Ukraine's ambassador in Budapest",'ACCUSE','summoned',dict(actor="Hungary|Hungary's foreign ministry|Budapest",target="Ukraine|Ukraine's ambassador|Kyiv",date=Tu,also=['PROTEST'])),
 ('On Wednesday Budapest barred entry to three officers','SANCTION','barred entry',dict(actor='Budapest|Hungary',target="Ukrainian officers|Ukraine|military intelligence officers|drone unit commander",date=We)),
 ('Kyiv retaliated on Thursday by imposing sanctions on four Hungarian officials','SANCTION','imposing sanctions',dict(actor='Kyiv|Ukraine',target='Hungarian officials|Hungary|deputy state secretary',date=Th)),
 ('Ukrainian border guards on Wednesday turned back 14 Hungarian lorries','COERCE','turned back',dict(actor='Ukrainian border guards|Ukraine',target='Hungarian lorries|Hungary',loc='Záhony-Chop|Záhony|Chop',date=We,also=['SANCTION','REJECT'])),
 ('Budapest called the move "petty harassment"','ACCUSE','called',dict(actor='Budapest|Hungary',target='Ukraine|Ukrainian border guards|Kyiv')),
 ('about 2,000 ethnic Hungarians rallied on Wednesday evening','PROTEST','rallied',dict(actor='ethnic Hungarians|Hungarians|organisers',target='Ukraine|Ukrainian authorities|SBU|Kyiv',loc='Berehove|Zakarpattia',date=We)),
 ('The windows of a Hungarian cultural centre in Uzhhorod were smashed overnight into Tuesday','ASSAULT','smashed',dict(target='Hungarian cultural centre',loc='Uzhhorod|Zakarpattia',date=Tu,note='passive, no actor')),
 ('placed the former officer in custody for 60 days','COERCE','in custody',dict(actor='court|Uzhhorod court',target='former officer|former army officer',loc='Uzhhorod',date=We)),
 ('released his wife, who also holds Hungarian citizenship, under house arrest','CONCEDE','released',dict(actor='court|Uzhhorod court',target='wife',loc='Uzhhorod',date=We,also=['RETREAT','COERCE'],note='release from custody into house arrest')),
 ('On Thursday Ukraine allowed a Hungarian consul to visit her','CONCEDE','allowed',dict(actor='Ukraine|Kyiv',target='Hungary|Hungarian consul',loc='Uzhhorod',date=Th,also=['AGREE'],fact='reported')),
 ("Hungary's foreign ministry said Budapest would block the opening",'THREATEN','would block',dict(actor="Hungary|Budapest|Hungary's foreign ministry",target='Ukraine|Kyiv')),
 ('rejected what he called "blackmail"','REJECT','rejected',dict(actor="Oleksandr Hnatiuk|Kyiv|Ukraine|Kyiv's foreign ministry",target='Hungary|Budapest',also=['ACCUSE'])),
 ("Ukraine's foreign minister and the EU's foreign policy chief spoke by telephone on Thursday",'CONSULT','spoke by telephone',dict(actor="Ukraine|Ukraine's foreign minister",target="EU|European Union|EU's foreign policy chief",date=Th)),
 ('it "stands firmly with Ukraine\'s sovereignty"','SUPPORT','stands firmly with',dict(actor='EU|European Union',target='Ukraine|Kyiv',date=Th,note='"afterwards": same day as the call')),
 ('urged both neighbours to "de-escalate','REQUEST','urged',dict(actor='EU|European Union',target='Hungary|Ukraine',date=Th)),
 ("Slovakia's government backed Hungary",'SUPPORT','backed',dict(actor="Slovakia|Slovakia's government",target='Hungary|Budapest')),
 ('joined Hungary in asking the OSCE to send monitors','REQUEST','asking',dict(actor='Slovakia|Hungary',target='OSCE')),
 ('Poland offered to host a meeting of the two foreign ministers','AGREE','offered',dict(actor='Poland',target='Hungary|Ukraine',note='offer to host talks (PLOVER AGREE covers offers)')),
 ('Kyiv accepted the offer on Thursday','AGREE','accepted',dict(actor='Kyiv|Ukraine',target='Poland',date=Th)),
 ('said it was "not the time for photo opportunities"','REJECT','said',dict(actor='Zsolt Bérczi|Hungary|Hungarian government|Budapest',target='Poland|Ukraine')),
 ('Hungarian police on Tuesday handed over to Ukraine a man wanted in Lviv','COOPERATE','handed over',dict(actor='Hungarian police|Hungary',target='Ukraine',date=Tu,also=['COERCE'],fact='reported')),
 ("Russia's foreign ministry spokeswoman accused Kyiv",'ACCUSE','accused',dict(actor="Russia|Russia's foreign ministry",target='Kyiv|Ukraine')),
 ('Ukraine expelled a Hungarian consul from Berehove in 2018','SANCTION','expelled',dict(actor='Ukraine',target='Hungary|Hungarian consul',loc='Berehove',date='2018',opt=True,note='background')),
],[
 ('"a threat to national security"','THREATEN','a label in a justification, not a threat made'),
 ('Police did not intervene','COERCE','negated force'),
 ('block the opening of the next cluster','SANCTION','conditional block in a threat'),
 ('send monitors to Zakarpattia','MOBILIZE','monitors requested, not sent'),
 ('a meeting of the two foreign ministers in Rzeszów','CONSULT','meeting offered, not held'),
 ('"diplomatic war between neighbours"','ASSAULT','figurative war'),
 ("The speaker of Ukraine's parliament warned",'THREATEN','a caution about consequences, not a threat'),
 ('a cut in electricity exports to Ukraine was "not on the table"','SANCTION','negated sanction'),
 ('NATO ambassadors are expected to discuss the dispute in Brussels on Monday','CONSULT','meeting planned for Monday'),
])

# ---------------------------------------------------------------- 5. op-ed, published Monday 16 Nov 2026
Tu,Th,Fr,Sa,Su=D(10),D(12),D(13),D(14),D(15)
build('oped_tripoli.txt','op-ed on militia fighting in Tripoli (Libya): Radaa against a government brigade, an arrest and release, a ceasefire and pull-backs, LNA moves to Sirte, a Sharara oilfield shutdown, a Martyrs\' Square protest, a grenade attack, UN, Turkish, Egyptian, EU and Italian reactions; figurative battles, hostages, weapons and wars, hypotheticals, negations, planned talks','2026-11-16',[
 ('fought a brigade loyal to the Government of National Unity in Souq al-Juma','ASSAULT','fought',dict(actor='Radaa|Radaa force',target='brigade|Government of National Unity|GNU|government brigade',loc='Souq al-Juma|Tripoli|Libya',date=Tu,killed=14,injured=52,note='"Last Tuesday (10 November)"; 14 killed, 52 wounded by the health ministry\'s count')),
 ('the civil aviation authority had suspended all flights at Mitiga','COERCE','suspended',dict(actor='civil aviation authority',target='flights|Mitiga',loc='Mitiga|Tripoli',date=Tu,opt=True,note='safety measure; type arguable')),
 ('the arrest at the airport that morning of a former deputy finance minister by Radaa gunmen','COERCE','arrest',dict(actor='Radaa|Radaa gunmen',target='former deputy finance minister',loc='Mitiga|Tripoli',date=Tu,arrested=1,fact='reported',note='"that morning" = Tuesday 10 Nov')),
 ('who accused him of diverting letters of credit','ACCUSE','accused',dict(actor='Radaa|Radaa gunmen',target='former deputy finance minister',opt=True,note='the charge behind the arrest')),
 ('He was released unharmed two days later','CONCEDE','released',dict(actor='Radaa',target='former deputy finance minister',loc='Tripoli',date=Th,also=['RETREAT'])),
 ('the prime minister denounced "outlaw groups','ACCUSE','denounced',dict(actor='prime minister|Government of National Unity|GNU|Tripoli government',target='Radaa|outlaw groups|militias')),
 ('ordered Radaa to hand the airport to the regular police within 48 hours','REQUEST','ordered',dict(actor='interior ministry|Government of National Unity|GNU|government',target='Radaa',loc='Mitiga|Tripoli',also=['THREATEN','COERCE'],note='order with a deadline')),
 ('Radaa refused','REJECT','refused',dict(actor='Radaa',target='interior ministry|government|Government of National Unity')),
 ('a delegation of notables from Misrata and Zintan brokered a ceasefire','AGREE','brokered a ceasefire',dict(actor='notables|elders|Radaa|Government of National Unity',target='Radaa|Government of National Unity|government brigade',loc='Tripoli',date=Th)),
 ('Radaa pulled its armoured vehicles back from the airport road on Friday','RETREAT','pulled',dict(actor='Radaa',loc='airport road|Mitiga|Tripoli',date=Fr)),
 ('the government brigade withdrew to its barracks in Tajoura','RETREAT','withdrew',dict(actor='government brigade|Government of National Unity|GNU',loc='Tajoura|Tripoli',date=Fr,note='same sentence as the Friday pull-back')),
 ('The same elders brokered a similar truce in May 2025','AGREE','brokered',dict(actor='elders|notables',loc='Tripoli',date='2025-05',opt=True,note='background')),
 ('moved two armoured battalions from Benghazi to Sirte on Saturday','MOBILIZE','moved',dict(actor='Libyan National Army|LNA',loc='Sirte|Benghazi',date=Sa)),
 ('the eastern-based parliament accused the Tripoli government','ACCUSE','accused',dict(actor='eastern-based parliament|House of Representatives',target='Tripoli government|Government of National Unity|GNU')),
 ('tribal groups in the Fezzan shut down the Sharara oilfield','PROTEST','shut down',dict(actor='tribal groups',target='central bank|Central Bank of Libya|government',loc='Sharara|Fezzan|Libya',date=Sa,also=['COERCE'])),
 ('demanding that the central bank release salaries','REQUEST','demanding',dict(actor='tribal groups',target='central bank|Central Bank of Libya',loc='Sharara|Fezzan',date=Sa,also=['PROTEST'])),
 ("several hundred people demonstrated in Martyrs' Square",'PROTEST','demonstrated',dict(actor='people|protesters|demonstrators',target='militias|government|Government of National Unity',loc="Martyrs' Square|Tripoli",date=Su)),
 ('demanded the resignation of the government','REQUEST','demanded',dict(actor='people|protesters|demonstrators',target='government|Government of National Unity',loc="Martyrs' Square|Tripoli",date=Su,also=['PROTEST'])),
 ('Gunmen in civilian clothes fired into the air to disperse them','COERCE','fired into the air',dict(actor='Gunmen in civilian clothes|gunmen',target='protesters|demonstrators',loc="Martyrs' Square|Tripoli",date=Su,also=['ASSAULT'],fact='reported')),
 ('two protesters were detained','COERCE','detained',dict(actor='Gunmen in civilian clothes|gunmen',target='protesters',loc="Martyrs' Square|Tripoli",date=Su,arrested=2,fact='reported')),
 ('a rocket-propelled grenade hit the empty offices of the Audit Bureau','ASSAULT','hit',dict(target='Audit Bureau|offices',loc='Tripoli',date=Sa,killed=0,injured=0,note='"causing damage but no casualties"; attacker not named')),
 ('Radaa said it arrested four men in Abu Salim the next morning','COERCE','arrested',dict(actor='Radaa',target='men|suspects',loc='Abu Salim|Tripoli',date=Su,arrested=4,fact='reported')),
 ('accused them of the attack','ACCUSE','accused',dict(actor='Radaa',target='men|suspects',opt=True,note='the charge behind the arrests')),
 ('The UN mission has called on all sides to "refrain from any provocation"','REQUEST','called on',dict(actor='UN mission|UNSMIL|United Nations',target='all sides|militias|Radaa|government')),
 ('urged the presidential council to convene talks on a unified budget','REQUEST','urged',dict(actor='UN mission|UNSMIL|United Nations',target='presidential council')),
 ('The Security Council held closed consultations on Libya on Thursday','CONSULT','held closed consultations',dict(actor='Security Council|UN Security Council',target='Libya',date=Th)),
 ('on Friday reaffirmed its support for the Government of National Unity','SUPPORT','reaffirmed its support',dict(actor='Turkey|Ankara',target='Government of National Unity|GNU|Tripoli government',date=Fr)),
 ('Egypt called for the withdrawal of "all foreign forces"','REQUEST','called for',dict(actor='Egypt',target='foreign forces|Turkey')),
 ('whose drones saved Tripoli in 2019 and 2020','ASSAULT','saved',dict(actor='Turkey',loc='Tripoli',opt=True,note='background, drone strikes of 2019-2020')),
 ('The EU on Friday added a Zawiya militia commander to its list of human smugglers under sanctions','SANCTION','added',dict(actor='EU|European Union',target='Zawiya militia commander|militia commander',date=Fr)),
 ("Italy delivered eight ambulances to Tripoli's Central Hospital the same day",'AID','delivered',dict(actor='Italy',target='Central Hospital|Tripoli|Libya',loc='Tripoli',date=Fr)),
 ('the Italian and Libyan coast guards held their first joint search-and-rescue exercise on Sunday','MOBILIZE','held',dict(actor='Italian coast guard|Libyan coast guard|Italy|Libya',target='Libyan coast guard|Italian coast guard|Libya|Italy',loc='Tripoli',date=Su,also=['COOPERATE'])),
 ('The 2020 ceasefire signed in Geneva','AGREE','signed',dict(loc='Geneva',date='2020',opt=True,note='background')),
],[
 ('The real battle for Tripoli is being fought in the vaults of the central bank','ASSAULT','figurative battle'),
 ('"outlaw groups that hold the capital hostage"','ASSAULT','figurative hostage-taking'),
 ('If the LNA were to march on Tripoli again','ASSAULT','hypothetical assault'),
 ('The LNA has not moved a single tank west of Sirte','MOBILIZE','negated deployment'),
 ('the oil is already a weapon','ASSAULT','figurative weapon'),
 ('Ankara will not be withdrawing its advisers any time soon','RETREAT','negated withdrawal'),
 ('The militias do not need to storm ministries','ASSAULT','negated, figurative storming'),
 ('a war of attrition','ASSAULT','figurative war'),
 ('A new round of UN-led talks on the budget is planned for December in Tunis','CONSULT','talks planned for December'),
 ('the next round of fighting will not wait','ASSAULT','hypothetical fighting'),
])
