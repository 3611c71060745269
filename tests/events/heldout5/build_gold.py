"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the fifth blind events test set), made BEFORE any tool ran on the text. "
"Events by 1-based line; 'anchor' is an exact substring of the line and 'action' a substring of the anchor. 'factuality' follows the contract "
"(asserted, reported, denied, planned, threatened, hypothetical, negated). 'optional' events (the content of a threat, request or goal; a mention of an "
"earlier happening in passing; genuinely ambiguous mentions) are neither required nor false alarms when found. 'also' lists other PLOVER types a careful "
"coder could defend. 'date' is ISO (YYYY-MM-DD, YYYY-MM or YYYY with date_precision) where the text fixes it; absent or null means not given. "
"'killed'/'injured'/'arrested' counts only where the text states them (revised figures: the latest one). Releases, amnesties, lifted curfews and "
"resignations also accept RETREAT, as in the dev gold. 'traps' are (line, type) pairs where a HAPPENED event of that type would be wrong (figurative "
"attacks, sports results, hypotheticals, denials, negations, plans not carried out, refused talks, campaign rallies, zero counts).")
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
        d={'line':find(anchor,kw.get('line')),'anchor':anchor,'plover':pl}
        if action: d['action']=action
        for k,v in kw.items():
            if k=='line': continue
            if k=='date':
                d['date']=v; d['date_precision']={10:'day',7:'month',4:'year'}[len(v)]; continue
            d[KEYS[k]]=v
        out.append(d)
    tr=[{'line':find(a),'anchor':a,'plover':p,'why':w} for a,p,w in traps]
    g={'about':ABOUT.format(f=fname,g=genre),'document':{'file':fname,'published':pub},'events':out,'event_traps':tr}
    json.dump(g,open(os.path.join(here,'gold',fname.replace('.txt','.json')),'w'),indent=1,ensure_ascii=False)

T='2026-11-24'; M='2026-11-23'
build('wire_abidjan.txt','wire story on post-election unrest in Abidjan','2026-11-24',[
 ('fired tear gas and water cannon','COERCE','fired',dict(actor='Ivorian security forces|security forces',target='opposition supporters|march',loc='Abidjan|Yopougon',date=T,also=['ASSAULT'],fact='asserted')),
 ('a march by several thousand opposition supporters','PROTEST','march',dict(actor='opposition supporters',loc='Abidjan|Yopougon',date=T,fact='asserted')),
 ('at least three people were killed','ASSAULT','killed',dict(loc='Abidjan|Yopougon',date=T,killed=3,fact='reported')),
 ('protesting against provisional results','PROTEST','protesting',dict(actor='marchers',opt=True,note='restates the march of line 3')),
 ('had arrested 112 people','COERCE','arrested',dict(actor='Police',target='people',loc='Abidjan',date=T,arrested=112,fact='reported')),
 ('had seized machetes and petrol bombs','COERCE','seized',dict(actor='Police',loc='Abidjan',opt=True,fact='reported')),
 ('set fire to a police post','PROTEST','set fire',dict(actor='crowd',target='police post|police',loc='Abobo',also=['ASSAULT'],fact='reported')),
 ('ransacked a town hall annexe','PROTEST','ransacked',dict(actor='crowd',target='town hall annexe',loc='Abobo',also=['ASSAULT'],fact='reported')),
 ('accused the government','ACCUSE','accused',dict(actor='Mariam Kouadio|Opposition spokeswoman',target='government',fact='asserted')),
 ('demanded the release of everyone detained','REQUEST','demanded',dict(actor='Mariam Kouadio|Opposition spokeswoman',target='government',fact='asserted')),
 ('rejected the charge','REJECT','rejected',dict(actor='Jean-Baptiste Ehui|Interior Minister',target='Mariam Kouadio|opposition',fact='asserted')),
 ('would stay on the streets','PROTEST','stay on the streets',dict(actor='opposition coalition|supporters',fact='planned',opt=True)),
 ('imposed a 9 p.m. to 6 a.m. curfew','COERCE','imposed',dict(actor='government',loc='Abidjan',date=T,fact='asserted')),
 ('a mediation team','CONSULT','mediation',dict(actor='ECOWAS',loc='Abidjan',fact='planned',opt=True)),
 ('called on all sides to show restraint','REQUEST','called on',dict(actor='France|United States',fact='asserted')),
 ('said the opposition had launched','ACCUSE','said',dict(actor='Adama Toure|Ruling party secretary-general',target='opposition',opt=True,note='figurative accusation; the assault itself is a trap')),
 ('broke up a sit-in','COERCE','broke up',dict(actor='gendarmes',target='sit-in|protesters',loc='Man',fact='reported')),
 ('a sit-in outside the prefecture','PROTEST','sit-in',dict(target='prefecture',loc='Man',fact='reported')),
 ('detained a local opposition organiser','COERCE','detained',dict(actor='gendarmes',target='opposition organiser',loc='Man',arrested=1,fact='reported')),
 ('threw out 31 of the opposition','REJECT','threw out',dict(actor='Constitutional Council',target='opposition',date=M,fact='asserted')),
 ('would boycott the opening of parliament','THREATEN','would boycott',dict(actor='Opposition leaders',target='Constitutional Council|council',fact='threatened')),
 ('some 3,000 people were killed','ASSAULT','killed',dict(killed=3000,date='2010',opt=True,note='background, 2010-11 crisis')),
 ('had freed 40 of those detained','CONCEDE','freed',dict(actor='presidency',target='detained',date=T,also=['RETREAT'],fact='asserted')),
 ('invited opposition leaders to a dialogue','REQUEST','invited',dict(actor='presidency',target='opposition leaders',date=T,fact='asserted')),
],[
 ('"waging war on its own citizens"','ASSAULT','figurative war in an accusation'),
 ('no protester had been hit by police gunfire','ASSAULT','denied harm (the three killed are coded on line 3)'),
 ('its aim is to force a full recount','COERCE','a goal, not an act'),
 ('"an all-out assault on the institutions of the republic"','ASSAULT','figurative assault'),
 ('boycott the opening of parliament unless','PROTEST','conditional boycott not carried out'),
 ('a dialogue at the presidential palace on Saturday','CONSULT','talks offered for a later date, not held'),
 ('would attend only if the talks were broadcast live','CONSULT','conditional attendance; no talks held'),
])

build('digest_world_nov26.txt','daily world news digest, 30 one-line items','2026-11-26',[
 ('Russian drones struck an energy facility','ASSAULT','struck',dict(actor='Russia|Russian drones',target='energy facility',loc='Kharkiv')),
 ('Israeli air strikes killed 11 people','ASSAULT','air strikes',dict(actor='Israel|Israeli',target='people',loc='Khan Younis',killed=11)),
 ('Iran accused Germany','ACCUSE','accused',dict(actor='Iran',target='Germany')),
 ("Berlin's foreign minister criticised a wave of executions",'ACCUSE','criticised',dict(actor="Germany|Berlin's foreign minister",target='Iran',opt=True)),
 ('sentenced a French researcher','COERCE','sentenced',dict(actor='Moscow court|Russia',target='French researcher',loc='Moscow')),
 ('which Paris called absurd','REJECT','called',dict(actor='France|Paris',target='Russia|Moscow court',opt=True,also=['ACCUSE'])),
 ('approved a 19th package of sanctions on Russia','SANCTION','approved',dict(actor='EU|EU foreign ministers',target='Russia',also=['AGREE'])),
 ('Ethiopia and Eritrea traded accusations','ACCUSE','traded accusations',dict(actor='Ethiopia|Eritrea',target='Eritrea|Ethiopia',loc='Zalambessa')),
 ('troop build-ups near Zalambessa','MOBILIZE','troop build-ups',dict(actor='Ethiopia|Eritrea',loc='Zalambessa',opt=True,note='content of the accusations')),
 ('shelled a displacement camp','ASSAULT','shelled',dict(actor='Rapid Support Forces|RSF',target='displacement camp',loc='El Obeid',killed=9)),
 ('arrested 23 people','COERCE','arrested',dict(actor='Kenyan police',target='people',loc='Nairobi',arrested=23)),
 ('a march against femicide','PROTEST','march',dict(loc='Nairobi')),
 ('called off a planned nationwide strike','CONCEDE','called off',dict(actor='Nigerian unions',also=['RETREAT'])),
 ('the government agreed to raise the minimum wage','AGREE','agreed',dict(actor='Nigerian government|government',target='Nigerian unions|unions',also=['CONCEDE'])),
 ('met in Doha for a fresh round of talks','CONSULT','met',dict(actor='Congo|Rwanda',target='Rwanda|Congo',loc='Doha')),
 ('announced export controls on rare-earth magnets','SANCTION','export controls',dict(actor='China',target='Japanese defence contractors|Japan')),
 ('lodged a formal protest with Beijing','ACCUSE','lodged a formal protest',dict(actor='Japan',target='China|Beijing',also=['PROTEST','REJECT'])),
 ('fired two short-range ballistic missiles','THREATEN','fired',dict(actor='North Korea',also=['MOBILIZE'])),
 ('signed a defence cooperation pact','AGREE','signed',dict(actor='Philippines|Australia',target='Australia|Philippines',also=['COOPERATE'])),
 ('Vietnam pardoned 3,200 prisoners','CONCEDE','pardoned',dict(actor='Vietnam',target='prisoners',also=['RETREAT'])),
 ('police fired tear gas at students','COERCE','fired tear gas',dict(actor='Indonesian police',target='students',loc='Jakarta',also=['ASSAULT'])),
 ('students protesting outside parliament','PROTEST','protesting',dict(actor='students',target='parliament',loc='Jakarta')),
 ('Tens of thousands marched to parliament','PROTEST','marched',dict(target='parliament',loc='Wellington')),
 ('Treasury sanctioned five Mexican nationals','SANCTION','sanctioned',dict(actor='U.S. Treasury|United States',target='Mexican nationals')),
 ('Canada expelled two Indian diplomats','SANCTION','expelled',dict(actor='Canada',target='Indian diplomats|India',also=['COERCE'])),
 ('an alleged intimidation campaign','COERCE','intimidation',dict(actor='India',target='Sikh activists',opt=True,note='alleged grounds')),
 ('Venezuela accused Washington','ACCUSE','accused',dict(actor='Venezuela',target='United States|Washington')),
 ('a U.S. carrier group sailed into the southern Caribbean','MOBILIZE','sailed',dict(actor='United States|U.S.',loc='Caribbean',opt=True)),
 ('Chilean truckers blocked main highways','PROTEST','blocked',dict(actor='Chilean truckers',loc='Chile')),
 ('demanding cheaper diesel','REQUEST','demanding',dict(actor='Chilean truckers',also=['PROTEST'])),
 ('The IMF disbursed $2 billion to Argentina','AID','disbursed',dict(actor='IMF',target='Argentina')),
 ("Italy's opposition accused the government",'ACCUSE','accused',dict(actor="Italy's opposition",target='government|Italy')),
 ('Britain pledged 150 million pounds in military aid','AID','pledged',dict(actor='Britain',target='Ukraine',also=['SUPPORT'])),
 ('dumped manure outside prefectures','PROTEST','dumped manure',dict(actor='French farmers',target='prefectures',loc='France')),
 ('charged three men with spying for China','COERCE','charged',dict(actor='German prosecutors',target='three men')),
 ('defence ministers met in Vilnius','CONSULT','met',dict(actor='Poland|Lithuania',target='Lithuania|Poland',loc='Vilnius')),
 ('agreed to hold joint exercises','AGREE','agreed',dict(actor='Poland|Lithuania',target='Lithuania|Poland',also=['COOPERATE'])),
 ('Turkish jets struck PKK positions','ASSAULT','struck',dict(actor='Turkey|Turkish jets',target='PKK',loc='northern Iraq')),
],[
 ('neither side reported any shooting','ASSAULT','negated: no shooting'),
 ('Kaizer Chiefs attacked for 90 minutes','ASSAULT','sports: football match'),
 ('"studying countermeasures"','SANCTION','countermeasures only under study'),
 ('could impose sanctions on Iranian officials','SANCTION','hypothetical sanctions'),
 ('an arson attack','ASSAULT','the arson is the condition of a hypothetical; not reported as happened in this item'),
 ('preparing an invasion','ASSAULT','alleged plan, not an event'),
 ('"an assault on press freedom"','ASSAULT','figurative assault'),
 ('joint exercises in the Suwalki gap next spring','MOBILIZE','planned exercises'),
])

def D(x): return '2026-11-%02d'%x
build('monitor_incidents_nov.txt','conflict-monitor weekly incident log, 31 incident lines','2026-11-23',[
 ('JNIM fighters ambushed an army convoy','ASSAULT','ambushed',dict(actor='JNIM',target='army convoy|army',loc='Macina',date=D(14),killed=12)),
 ('the army said it killed 20 assailants','ASSAULT','killed',dict(actor='army',target='JNIM|assailants',loc='Macina',date=D(14),killed=20,fact='reported')),
 ('raided a market in Fada','ASSAULT','raided',dict(actor='ISSP',target='traders',loc="Fada N'Gourma",date=D(15),killed=8)),
 ('abducting four','ASSAULT','abducting',dict(actor='ISSP',loc="Fada N'Gourma",date=D(15),also=['COERCE'])),
 ('A drone strike attributed to the Nigerien army','ASSAULT','drone strike',dict(actor='Nigerien army',target='wedding gathering',loc='Ayorou',date=D(16),killed=17)),
 ('arrested 30 men in Kaya','COERCE','arrested',dict(actor='Volunteers for the Defence of the Homeland|VDP',target='men',loc='Kaya',date=D(18),arrested=30)),
 ('captured the town of Kirumba','ASSAULT','captured',dict(actor='M23',target='FARDC|Wazalendo',loc='Kirumba',date=D(14))),
 ('attacked a displacement site near Djugu','ASSAULT','attacked',dict(actor='CODECO',target='civilians|displacement site',loc='Djugu',date=D(15),killed=22,injured=9)),
 ('The FARDC retook Kamanyola','ASSAULT','retook',dict(actor='FARDC',target='M23',loc='Kamanyola',date=D(17),opt=True,note='taken without a fight')),
 ('rebels withdrew overnight','RETREAT','withdrew',dict(actor='M23|rebels',loc='Kamanyola',date=D(17))),
 ('Police detained 11 members','COERCE','detained',dict(actor='Police',target='CNL youth wing|CNL',loc='Cibitoke',date=D(19),arrested=11)),
 ('overran a military base at Sabiid','ASSAULT','overran',dict(actor='Al-Shabaab',target='military base|army',loc='Sabiid',date=D(15),killed=7)),
 ('A car bomb outside a hotel','ASSAULT','car bomb',dict(actor='al-Shabaab',target='hotel',loc='Mogadishu',date=D(16),killed=5,injured=14)),
 ('Fano militias and the federal army clashed','ASSAULT','clashed',dict(actor='Fano|federal army',target='federal army|Fano',loc='Debre Markos',date=D(18))),
 ('RSF forces shelled Tawila','ASSAULT','shelled',dict(actor='RSF',target='Tawila',loc='Tawila',date=D(20),killed=6)),
 ('A military air strike on a monastery','ASSAULT','air strike',dict(actor='military|junta',target='monastery',loc='Kyunhla',date=D(14),killed=13)),
 ('it had seized a navy outpost','ASSAULT','seized',dict(actor='Arakan Army',target='navy outpost|junta',loc='Kyaukphyu',date=D(16),fact='reported')),
 ('the junta denied the post had fallen','REJECT','denied',dict(actor='junta',target='Arakan Army',date=D(16),opt=True)),
 ('handed back two towns to the junta','RETREAT','handed back',dict(actor='MNDAA',target='junta',loc='Shan State',date=D(17),also=['CONCEDE'])),
 ('China-brokered ceasefire','AGREE','ceasefire',dict(actor='MNDAA|junta',opt=True,note='earlier ceasefire mentioned in passing')),
 ('resistance forces shelled an empty police station','ASSAULT','shelled',dict(actor='resistance forces',target='police station',loc='Madaya',date=D(19),killed=0,note='attack happened with no casualties: killed is zero, not empty')),
 ('EMC dissidents attacked a police station','ASSAULT','attacked',dict(actor='EMC dissidents|EMC',target='police station|police',loc='Suarez',date=D(15),injured=3)),
 ('ELN fighters kidnapped two oil workers','ASSAULT','kidnapped',dict(actor='ELN',target='oil workers',loc='Tibu',date=D(17),also=['COERCE'])),
 ('signed an agreement on the destruction of weapons','AGREE','signed',dict(actor='government|Comuneros del Sur',target='Comuneros del Sur|government',loc='Bogota',date=D(18))),
 ('gangs burned dozens of houses in Solino','ASSAULT','burned',dict(actor='Viv Ansanm',target='houses|residents',loc='Solino',date=D(14))),
 ('Gang Suppression Force officers killed 9','ASSAULT','killed',dict(actor='Gang Suppression Force',target='gang members',loc='Petite-Riviere',date=D(16),killed=9)),
 ('Residents set up barricades in Delmas','PROTEST','barricades',dict(actor='Residents',target='transitional council',loc='Delmas',date=D(20))),
 ('Gunmen killed a municipal police chief','ASSAULT','killed',dict(actor='Gunmen',target='municipal police chief',loc='Culiacan',date=D(15),killed=2)),
 ('The army arrested 14 suspected members','COERCE','arrested',dict(actor='army',target='CJNG',loc='Apatzingan',date=D(17),arrested=14)),
 ('blocked the Mexico City-Acapulco highway','PROTEST','blocked',dict(actor="Teachers' union members",loc='Guerrero',date=D(19))),
 ('demanding unpaid wages','REQUEST','demanding',dict(actor="Teachers' union members",date=D(19),opt=True)),
 ('TPNPB rebels shot dead two soldiers','ASSAULT','shot dead',dict(actor='TPNPB',target='soldiers',loc='Intan Jaya',date=D(16),killed=2)),
 ('the group threatened further attacks','THREATEN','threatened',dict(actor='TPNPB',target='migrant workers',date=D(16))),
 ('sent 400 additional troops','MOBILIZE','sent',dict(actor='Indonesian military',loc='Nduga',date=D(18))),
 ('Government troops clashed with BIFF fighters','ASSAULT','clashed',dict(actor='Government troops',target='BIFF',loc='Datu Hoffer',date=D(15),killed=4)),
 ('Six Dawlah Islamiyah members surrendered','RETREAT','surrendered',dict(actor='Dawlah Islamiyah',target='army',loc='Butig',date=D(19),also=['CONCEDE'])),
],[
 ('Reported clashes between FLA rebels and the army','ASSAULT','unconfirmed, and denied by the FLA'),
 ('accusing them of planning attacks','ASSAULT','alleged plan'),
])

build('oped_south_asia.txt','op-ed/analysis on South Asian diplomacy','2026-11-09',[
 ('foreign secretaries met in Muscat','CONSULT','met',dict(date='2026-11',actor='India|Pakistan',target='Pakistan|India',loc='Muscat',fact='asserted')),
 ('agreed to restore the 2003 ceasefire hotline','AGREE','agreed',dict(date='2026-11',actor='India|Pakistan',target='Pakistan|India',fact='asserted',also=['COOPERATE'])),
 ('exchanged fire along the Line of Control','ASSAULT','exchanged fire',dict(actor='India|Pakistan',target='Pakistan|India',loc='Poonch',date='2026-10-04',killed=4,fact='asserted')),
 ('New Delhi accused Islamabad','ACCUSE','accused',dict(actor='India|New Delhi',target='Pakistan|Islamabad',fact='asserted')),
 ('the August attack on pilgrims in Reasi','ASSAULT','attack',dict(target='pilgrims',loc='Reasi',date='2026-08',opt=True,note='earlier attack in passing')),
 ('Islamabad denied any role','REJECT','denied',dict(actor='Pakistan|Islamabad',target='India|New Delhi',fact='asserted')),
 ('has quietly lifted sanctions on two Pakistani missile firms','CONCEDE','lifted',dict(actor='United States|Washington',target='Pakistani missile firms|Pakistan',also=['RETREAT','AID'],fact='asserted')),
 ('lobbying Gulf states for labour deals','REQUEST','lobbying',dict(actor='Bangladesh|Dhaka',target='Gulf states',opt=True)),
 ('sign a power-purchase agreement with Nepal','AGREE','sign',dict(actor='Bangladesh|Dhaka',target='Nepal',date='2026-10',also=['COOPERATE'],fact='asserted')),
 ('let the electricity flow across its grid','COOPERATE','let',dict(actor='India|New Delhi',target='Bangladesh|Nepal',opt=True)),
 ('India has suspended visa processing','SANCTION','suspended',dict(actor='India',target='Bangladesh',fact='asserted')),
 ('a teenager was killed by Border Security Force guards','ASSAULT','killed',dict(actor='Border Security Force|India',target='teenager',loc='Lalmonirhat',date='2026-09',killed=1,fact='asserted')),
 ('Dhaka summoned the Indian high commissioner','ACCUSE','summoned',dict(actor='Bangladesh|Dhaka',target='India|Indian high commissioner',also=['PROTEST'],fact='asserted')),
 ('demanded an independent inquiry','REQUEST','demanded',dict(actor='Bangladesh|Dhaka',target='India|Delhi',fact='asserted')),
 ('Beijing pledged $1.4 billion in credit to Sri Lanka','AID','pledged',dict(actor='China|Beijing',target='Sri Lanka',date='2026-10',fact='asserted')),
 ('sent a research vessel to Hambantota','MOBILIZE','sent',dict(actor='China|Beijing',loc='Hambantota',fact='asserted',opt=True,note='a research vessel; deployment reading is arguable')),
 ('despite Indian objections','ACCUSE','objections',dict(actor='India',target='China',opt=True)),
 ('the moratorium it declared last year','SANCTION','moratorium',dict(actor='Sri Lanka|Colombo',opt=True,note='earlier measure in passing')),
 ('hosted a Chinese trade delegation','CONSULT','hosted',dict(actor='Taliban|Taliban government',target='China|Chinese trade delegation',loc='Kabul',fact='asserted')),
 ('promised security for Chinese-run copper mines','SUPPORT','promised',dict(actor='Taliban|Taliban government',target='China',opt=True,also=['AGREE'])),
 ('continued air strikes on what it calls militant hideouts','ASSAULT','air strikes',dict(actor='Pakistan',target='militant hideouts',loc='Khost',date='2026-10-28',killed=19,fact='asserted')),
 ('The Taliban warned of "consequences"','THREATEN','warned',dict(actor='Taliban',target='Pakistan',fact='asserted')),
 ('massed fighters near Torkham','MOBILIZE','massed',dict(actor='Taliban',loc='Torkham',fact='asserted')),
],[
 ('Hawks on both sides will call Muscat a surrender','CONCEDE','figurative/hypothetical surrender; denied by the writer'),
 ('on the offensive in a different sense','ASSAULT','figurative offensive'),
 ('Delhi has not replied','REJECT','no reply is not a rejection'),
 ('will not allow military vessels to dock','REJECT','conditional policy statement, no request refused in the text'),
 ('no shots were fired there','ASSAULT','negated'),
 ('a single attack like Reasi could push both armies back','ASSAULT','hypothetical'),
 ('to stop a border skirmish from becoming a war','ASSAULT','goal/hypothetical war'),
])

Tu='2026-11-17'; Mo='2026-11-16'
build('protest_bolivia.txt','protest-movement report (Bolivia fuel protests)','2026-11-18',[
 ('used tear gas on Tuesday to clear blockades','COERCE','used tear gas',dict(actor='Bolivian police|police',target='transport workers|neighbourhood groups|blockades',loc='El Alto',date=Tu,also=['ASSAULT'],fact='asserted')),
 ('blockades set up by transport workers','PROTEST','blockades',dict(actor='transport workers|neighbourhood groups',loc='El Alto',date=Tu,fact='asserted')),
 ('58 people were arrested','COERCE','arrested',dict(actor='police|Interior Ministry',loc='El Alto',date=Tu,arrested=58,fact='reported')),
 ('11 police officers were injured by stones and dynamite charges','ASSAULT','injured',dict(actor='protesters',target='police officers',loc='El Alto',date=Tu,injured=11,fact='reported')),
 ('at least 20 demonstrators were hurt','ASSAULT','hurt',dict(actor='police',target='demonstrators',loc='El Alto',date=Tu,injured=20,fact='reported')),
 ('The protesters are demanding','REQUEST','demanding',dict(actor='protesters',target='government|Rodrigo Arce Villca',fact='asserted',also=['PROTEST'])),
 ('a 35 per cent rise in petrol prices decreed on November 1','SANCTION','decreed',dict(actor='government',date='2026-11-01',opt=True,note='policy measure in passing; arguable PLOVER reading')),
 ('several thousand people marched to the main square','PROTEST','marched',dict(loc='Cochabamba',date=Tu,fact='asserted')),
 ('parked their vehicles across the bridges','PROTEST','parked',dict(actor='truck drivers',loc='Cochabamba',date=Tu,fact='asserted')),
 ('occupied the offices of the state oil company YPFB','PROTEST','occupied',dict(actor='Protesters',target='YPFB',loc='Santa Cruz',fact='asserted')),
 ('accused the government of "starving the highlands"','ACCUSE','accused',dict(actor='Felipa Mamani|Transport union leader',target='government',fact='asserted')),
 ('would call an indefinite general strike from Monday if talks failed','THREATEN','would call',dict(actor='Felipa Mamani|unions',target='government',fact='threatened')),
 ('the executive would not reverse the price rise','REJECT','would not reverse',dict(actor='Tomas Quiroga|government',target='protesters|unions',fact='asserted')),
 ('offered to meet union leaders on Thursday','CONSULT','offered to meet',dict(actor='Tomas Quiroga|government',target='union leaders',fact='planned',opt=True)),
 ('said on Monday that the blockades were','ACCUSE','said',dict(actor='Arce Villca|President',target='protesters|blockades',date=Mo,opt=True,note='figurative accusation; the attack itself is a trap')),
 ('received 17 complaints of excessive force','ACCUSE','complaints',dict(target='police',opt=True)),
 ('called on police to release the detained minors','REQUEST','called on',dict(actor='ombudsman|ombudsman\'s office',target='police',fact='asserted')),
 ('a court in El Alto ordered the release of 22','CONCEDE','ordered the release',dict(actor='court',target='detained',loc='El Alto',date=Tu,also=['RETREAT'],fact='reported')),
 ('The Catholic bishops\' conference offered to mediate','REQUEST','offered',dict(actor="Catholic bishops' conference",opt=True,note='offer of mediation only')),
 ('urged both sides to resolve their differences','REQUEST','urged',dict(actor='United Nations|United Nations office',fact='asserted')),
 ('filed a motion to censure Economy Minister','ACCUSE','filed a motion',dict(actor='Opposition senators',target='Lucia Paredes|Economy Minister',fact='asserted')),
 ('left 36 people dead','ASSAULT','left 36 people dead',dict(killed=36,date='2019',opt=True,note='background, 2019 crisis')),
 ('miners staged a brief march in support','SUPPORT','march',dict(actor='miners',target='government',loc='Potosi',also=['PROTEST'],opt=True,note='pro-government march: protest coding arguable')),
 ('would increase diesel shipments','AID','increase',dict(actor='Argentina',target='Bolivia',date='2026-12',fact='planned',opt=True)),
 ('The army deployed troops to guard fuel depots','MOBILIZE','deployed',dict(actor='army',loc='La Paz|Santa Cruz',date=Tu,fact='asserted')),
],[
 ('indefinite general strike from Monday','PROTEST','conditional strike, not yet called'),
 ('before leaving peacefully','ASSAULT','no violence'),
 ('"an attack on the economy of every Bolivian family"','ASSAULT','figurative attack'),
 ('no one had been killed in the unrest','ASSAULT','zero count: killed must not be above 0'),
 ('might extend the blockades to the border crossings','PROTEST','possible future plan'),
 ('offered to mediate','CONSULT','an offer only'),
])
