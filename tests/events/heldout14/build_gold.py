"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the fourteenth blind events test set), made BEFORE any tool ran on the text. "
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

# ---------------------------------------------------------------- 1. police media release, published Saturday 28 Nov 2026
def N(x): return '2026-11-%02d'%x
def D(x): return '2026-12-%02d'%x
build('release_enga_police.txt','police media release of the Enga Provincial Police Command (Royal Papua New Guinea Constabulary) on a tribal raid in the Tsak Valley, Wapenamanda District, and the security response','2026-11-28',[
 ('14 DEAD, 31 ARRESTED','ASSAULT','14 DEAD',dict(loc='Tsak Valley|Wapenamanda|Enga',killed=14,opt=True,note='headline restating the raid')),
 ('POLICE AND DEFENCE FORCE RESTORE ORDER IN TSAK VALLEY','COERCE','RESTORE ORDER',dict(actor='police|PNG Defence Force',loc='Tsak Valley',opt=True,note='headline; the 31 arrests restated')),
 ('armed men of the Aiyele clan attacked hamlets of the neighbouring Lyeimi clan','ASSAULT','attacked',dict(actor='Aiyele clan|armed men|Aiyele|Aiyele fighters',target='Lyeimi clan|Lyeimi|hamlets|Lyeimi hamlets',loc='Tsak Valley|Wapenamanda|Wapenamanda District|Enga',date=N(24),killed=14,injured=22,note='toll revised from nine (Wednesday) to fourteen; "before dawn on Tuesday 24 November"')),
 ('torched more than 60 houses and a primary school','ASSAULT','torched',dict(actor='attackers|Aiyele clan|armed men',target='houses|Lyeimi clan',loc='Tsak Valley',date=N(24),opt=True,note='part of the raid')),
 ('Two young women were abducted during the raid','ASSAULT','abducted',dict(actor='attackers|Aiyele clan|armed men',target='young women|women',loc='Tsak Valley|Wapenamanda',date=N(24),also=['COERCE'],note='passive; agent from context')),
 ('they were released unharmed on Thursday','CONCEDE','released',dict(actor='Aiyele clan|Aiyele elders|attackers',target='young women|women',date=N(26),also=['RETREAT'])),
 ('pastors of the Evangelical Lutheran Church negotiated with the Aiyele elders','CONSULT','negotiated',dict(actor='pastors|Evangelical Lutheran Church',target='Aiyele elders|Aiyele clan',note='mediation; undated (before the Thursday release)')),
 ('the killing of an Aiyele man at the Wapenamanda market on 15 November','ASSAULT','killing',dict(target='Aiyele man',loc='Wapenamanda|Wapenamanda market',date=N(15),killed=1,fact='reported',opt=True,note='background, the cause of the payback')),
 ('the February 2024 ambush near Wapenamanda','ASSAULT','ambush',dict(loc='Wapenamanda',date='2024-02',opt=True,note='history; "dozens" carries no count')),
 ('a mobile squad from Wabag exchanged fire with the attackers near the Lai River bridge','ASSAULT','exchanged fire',dict(actor='mobile squad|police|mobile squad from Wabag',target='attackers|Aiyele clan|armed men',loc='Lai River|Wapenamanda|Tsak Valley',date=N(24),injured=1,note='"On Tuesday afternoon"; one policeman wounded')),
 ('police arrested 31 men at checkpoints on the Highlands Highway','COERCE','arrested',dict(actor='police',target='men|suspects',loc='Highlands Highway|Wapenamanda|Wabag',arrested=31,note='"Between Wednesday and Thursday": no single day')),
 ('seized eleven firearms','COERCE','seized',dict(actor='police',loc='Highlands Highway',opt=True,note='seizure of weapons with the arrests')),
 ('Acting on a request from the Enga Provincial Government','REQUEST','request',dict(actor='Enga Provincial Government|provincial government',target='Police Commissioner|police',note='undated')),
 ('the Police Commissioner on Wednesday ordered two additional mobile squads','MOBILIZE','ordered',dict(actor='Police Commissioner|police',loc='Wapenamanda|Enga|Mount Hagen|Goroka',date=N(25))),
 ('the PNG Defence Force flew a company of 80 soldiers from Igam Barracks in Lae','MOBILIZE','flew',dict(actor='PNG Defence Force|PNGDF|Defence Force',loc='Wabag|Enga|Lae',date=N(26),note='the soldiers "arrived in Wabag on Thursday"')),
 ('declared the Tsak Valley and the surrounding wards a fight zone','COERCE','declared',dict(actor='Provincial Executive Council|Enga Provincial Government|provincial government',target='residents|clans',loc='Tsak Valley|Wapenamanda|Wapenamanda District',date=N(25),note='with a curfew; "from 6 p.m. on Wednesday"')),
 ('the carrying of bush knives and firearms in public is banned','COERCE','banned',dict(actor='Provincial Executive Council|Enga Provincial Government',loc='Wapenamanda District',date=N(25),opt=True,note='part of the fight-zone declaration')),
 ('about 200 Lyeimi youths blocked the Highlands Highway at Sopas','PROTEST','blocked',dict(actor='Lyeimi youths|youths|Lyeimi',target='police|government',loc='Sopas|Highlands Highway|Wabag',date=N(26))),
 ('to demand the arrest of the killers','REQUEST','demand',dict(actor='Lyeimi youths|youths',target='police',loc='Sopas',date=N(26),also=['PROTEST'])),
 ('police cleared the road with tear gas','COERCE','cleared',dict(actor='police',target='Lyeimi youths|youths|protesters',loc='Sopas|Highlands Highway',date=N(26),also=['ASSAULT'])),
 ('The Enga Governor condemned the massacre','ACCUSE','condemned',dict(actor='Enga Governor|Governor',target='Aiyele clan|attackers',date=N(25))),
 ('appealed to both clans to lay down their arms','REQUEST','appealed',dict(actor='Enga Governor|Governor',target='both clans|clans|Aiyele clan|Lyeimi clan',date=N(25))),
 ('the Minister for Police flew to Wabag on Thursday and met the Governor','CONSULT','met',dict(actor='Minister for Police',target='Governor|Enga Governor|Superintendent Kapi|Jonah Kapi',loc='Wabag',date=N(26))),
 ('Eight of the men arrested have been charged with wilful murder','ACCUSE','charged',dict(actor='police',target='men|suspects',opt=True,note='charges behind the remand')),
 ('the other 23 were released on bail by the Wabag District Court on Friday','CONCEDE','released',dict(actor='Wabag District Court|court',target='men|suspects',loc='Wabag',date=N(27),also=['RETREAT'])),
 ('Two officers of the Wapenamanda police station have been suspended','SANCTION','suspended',dict(actor='police|Enga Provincial Police Command|police command',target='officers|police officers',loc='Wapenamanda',also=['COERCE'],note='passive; undated')),
 ('they were ready to hand over the men responsible','CONCEDE','ready to hand over',dict(actor='Aiyele leaders|Aiyele clan',target='police',date=N(27),also=['AGREE'],opt=True,note='an offer sent through the diocese; the hand-over itself has not happened')),
 ('elders of both clans met police and the District Administrator at Wapenamanda station','CONSULT','met',dict(actor='elders|Aiyele elders|Lyeimi elders|clans',target='police|District Administrator',loc='Wapenamanda',date=N(27))),
 ('agreed to a 14-day ceasefire','AGREE','agreed',dict(actor='elders|clans|Aiyele clan|Lyeimi clan',target='Lyeimi clan|Aiyele clan|clans|police',loc='Wapenamanda',date=N(27))),
 ('Aiyele fighters have since withdrawn from the ridges above the valley','RETREAT','withdrawn',dict(actor='Aiyele fighters|Aiyele clan',loc='Tsak Valley',fact='reported',note='"village recorders told police"')),
 ('Superintendent Kapi warned that anyone seen carrying a gun','THREATEN','warned',dict(actor='Superintendent Kapi|Jonah Kapi|police',target='anyone carrying a gun|armed men|clans')),
 ('He rejected claims by a Lyeimi spokesman','REJECT','rejected',dict(actor='Superintendent Kapi|Jonah Kapi|police',target='Lyeimi spokesman|Lyeimi clan')),
 ('officers had stood by during the raid','ACCUSE','stood by',dict(actor='Lyeimi spokesman|Lyeimi clan',target='police|officers',fact='reported',opt=True,note='the claim Kapi rejects')),
 ('he accused unnamed politicians in Wabag','ACCUSE','accused',dict(actor='Superintendent Kapi|Jonah Kapi|police',target='politicians|unnamed politicians')),
 ('The Provincial Disaster Office and the PNG Red Cross Society delivered food','AID','delivered',dict(actor='Provincial Disaster Office|PNG Red Cross Society|Red Cross',target='displaced people',loc='Wapenamanda|Sirunki',date=N(26))),
 ('sent a surgical team to Wabag General Hospital','AID','sent',dict(actor='Enga Provincial Health Authority|Provincial Health Authority',target='wounded|Wabag General Hospital',loc='Wabag')),
 ('The Lyeimi spokesman has demanded K500,000 in compensation','REQUEST','demanded',dict(actor='Lyeimi spokesman|Lyeimi clan',target='Aiyele clan')),
 ('about 150 Lyeimi women marched to Wabag Police Station','PROTEST','marched',dict(actor='Lyeimi women|women',target='police',loc='Wabag',date=N(27))),
 ('the Defence Force company pulled back from the Tsak Valley to Wabag','RETREAT','pulled back',dict(actor='Defence Force|PNG Defence Force|PNGDF|Defence Force company',loc='Tsak Valley|Wabag',date=N(28))),
 ('to ask for the return of the stolen pigs','REQUEST','ask',dict(actor='Lyeimi women|women',target='police',loc='Wabag',date=N(27),also=['PROTEST'])),
],[
 ('will be arrested on the spot','COERCE','conditional arrest inside a warning'),
 ('We are at war with the gun runners','ASSAULT','figurative war'),
 ('No officer has fired on a civilian in this operation','ASSAULT','negated shooting'),
 ('none will be shot at by us unless they point a weapon at police','ASSAULT','conditional shooting'),
 ('Lyeimi fighters burned houses at Laiagam in retaliation on Wednesday night are false','ASSAULT','reported on social media and declared false'),
 ('compensation talks between the two clans are expected to begin in December','CONSULT','talks expected, not held'),
 ('a reconciliation ceremony is planned at Wapenamanda','AGREE','planned, not held'),
])

# ---------------------------------------------------------------- 2. court report, published Tuesday 1 Dec 2026
def O(x): return '2026-10-%02d'%x
build('court_nouakchott_kaedi.txt','court report from Nouakchott on the verdict in the trial over the October riots in Kaédi (Gorgol, Mauritania), with testimony, protests outside court and reactions','2026-12-01',[
 ('Nouakchott court jails 19 over Kaédi riots','COERCE','jails',dict(actor='Nouakchott court|court',target='rioters|defendants',loc='Nouakchott',opt=True,note='headline restating the sentences')),
 ('defence says clients were beaten','ACCUSE','says',dict(actor='defence|defence lawyers',target='police',opt=True,note='headline restating the accusation')),
 ('sentenced 19 people to prison terms','COERCE','sentenced',dict(actor='criminal chamber|Nouakchott-Ouest court|court',target='people|defendants|rioters',loc='Nouakchott',date=N(30),also=['SANCTION'])),
 ('who were released from Dar Naïm prison late on Monday night','CONCEDE','released',dict(actor='court|authorities|prison authorities',target='defendants|acquitted defendants',loc='Dar Naïm|Nouakchott',date=N(30),also=['RETREAT'],note='27 acquitted and released')),
 ('a crowd set fire to the police station and to two police vehicles that evening','ASSAULT','set fire',dict(actor='crowd|rioters|protesters',target='police station|police|officers',loc='Kaédi|Gorgol',date=O(9),injured=31,fact='reported',also=['PROTEST'],note='per the indictment; 31 officers injured in the same sentence')),
 ('police opened fire on the crowd, killing two young men','ASSAULT','opened fire',dict(actor='police',target='crowd|young men|protesters|rioters',loc='Kaédi|Gorgol',date=O(9),killed=2,fact='reported')),
 ('Prosecutors had charged the defendants with arson','ACCUSE','charged',dict(actor='Prosecutors|prosecution',target='defendants',opt=True,note='the charges behind the trial')),
 ('the public prosecutor, Sidi Mohamed Ould Bah, asked for ten-year sentences','REQUEST','asked',dict(actor='public prosecutor|prosecutor|Sidi Mohamed Ould Bah',target='court',loc='Nouakchott',date=N(24))),
 ('the court had turned down a defence application to release the defendants on bail','REJECT','turned down',dict(actor='court',target='defence|defence lawyers',loc='Nouakchott',date=N(18))),
 ('a defence application to release the defendants on bail','REQUEST','application',dict(actor='defence|defence lawyers',target='court',opt=True,note='the request behind the refusal')),
 ('Defence lawyers told the court that at least 14','ACCUSE','told the court',dict(actor='Defence lawyers|defence',target='police',loc='Nouakchott',note='accusation of beatings; undated')),
 ('at least 14 of their clients had been beaten during questioning','ASSAULT','beaten',dict(actor='police',target='clients|detainees|defendants',loc='Nouakchott',fact='reported',opt=True,note='alleged, denied in the next paragraph')),
 ('The lawyers walked out of the hearing on 25 November','PROTEST','walked out',dict(actor='lawyers|defence lawyers',target='court|presiding judge|judge',loc='Nouakchott',date=N(25))),
 ('the presiding judge refused to order medical examinations','REJECT','refused',dict(actor='presiding judge|judge|court',target='defence lawyers|lawyers|defence',loc='Nouakchott',date=N(25))),
 ('The prosecutor dismissed the torture allegations','REJECT','dismissed',dict(actor='prosecutor|public prosecutor',target='defence|defence lawyers')),
 ('the national police directorate said in a written statement','REJECT','said',dict(actor='national police directorate|police',target='defence|defence lawyers',opt=True,note='implicit denial')),
 ('A nurse from Kaédi regional hospital then testified that both young men had been shot in the back','ASSAULT','shot',dict(target='young men',loc='Kaédi',date=O(9),fact='reported',opt=True,note='restates the police shooting')),
 ("The fishmonger's family have filed a complaint for murder against three officers",'ACCUSE','filed a complaint',dict(actor="fishmonger's family|family",target='officers|three officers|police')),
 ('about 300 relatives and supporters chanted "Justice for Kaédi"','PROTEST','chanted',dict(actor='relatives|supporters|relatives and supporters',target='court|authorities|government',loc='Nouakchott',date=N(30))),
 ('police dispersed them with tear gas','COERCE','dispersed',dict(actor='police',target='relatives|supporters|protesters',loc='Nouakchott',date=N(30),also=['ASSAULT'])),
 ('detained eight people, among them a correspondent','COERCE','detained',dict(actor='police',target='people|protesters|correspondent',loc='Nouakchott',date=N(30),arrested=8)),
 ('who was freed two hours later','CONCEDE','freed',dict(actor='police',target='correspondent|journalist',loc='Nouakchott',date=N(30),also=['RETREAT'])),
 ('The opposition Tawassoul party called the verdict "a political judgment"','ACCUSE','called',dict(actor='Tawassoul|Tawassoul party|opposition',target='court|government|authorities',also=['REJECT'])),
 ('demanded a presidential pardon for all those convicted','REQUEST','demanded',dict(actor='Tawassoul|Tawassoul party|opposition',target='president')),
 ('the ruling El Insaf party welcomed it','SUPPORT','welcomed',dict(actor='El Insaf|El Insaf party|ruling party',target='court|verdict')),
 ('the government cut mobile internet in Gorgol region for nine days','COERCE','cut',dict(actor='government|Mauritania',target='residents|Gorgol',loc='Gorgol|Kaédi',date='2026-10')),
 ('imposed a night curfew on Kaédi','COERCE','imposed',dict(actor='government|Mauritania',target='residents|Kaédi',loc='Kaédi',date='2026-10')),
 ('sent two gendarmerie companies from Nouakchott','MOBILIZE','sent',dict(actor='government|Mauritania|gendarmerie',loc='Kaédi|Gorgol',date='2026-10')),
 ('The interior minister accused "agitators based abroad"','ACCUSE','accused',dict(actor='interior minister|Mauritania',target='agitators based abroad|agitators')),
 ("Senegal's foreign ministry denied that any of the rioters had crossed the river from Matam",'REJECT','denied',dict(actor="Senegal's foreign ministry|Senegal",target='interior minister|Mauritania')),
 ("Senegal's ambassador met the Mauritanian foreign minister in Nouakchott",'CONSULT','met',dict(actor="Senegal's ambassador|Senegal",target='Mauritanian foreign minister|Mauritania',loc='Nouakchott',date=N(4))),
 ('the two governments agreed to run joint patrols on the river','AGREE','agreed',dict(actor='Senegal|Mauritania',target='Mauritania|Senegal',loc='Nouakchott',date=N(4),also=['COOPERATE'])),
 ('The gendarmerie companies were withdrawn from Kaédi on 30 October','RETREAT','withdrawn',dict(actor='gendarmerie|government|Mauritania',loc='Kaédi',date=O(30),note='passive')),
 ('The curfew was lifted on 21 October','CONCEDE','lifted',dict(actor='authorities|government|interior minister',target='residents|Kaédi',loc='Kaédi',date=O(21),also=['RETREAT'])),
 ('the interior minister met imams and neighbourhood chiefs in Kaédi','CONSULT','met',dict(actor='interior minister',target='imams|neighbourhood chiefs',loc='Kaédi',date=O(19),note='"two days after" = 19 Oct')),
 ("agreed to open an inquiry into the fishmonger's death",'CONCEDE','agreed',dict(actor='interior minister',target='imams|neighbourhood chiefs|residents',loc='Kaédi',date=O(19),also=['AGREE'])),
 ('the expulsions along the river in 1989','COERCE','expulsions',dict(actor='Mauritania|authorities',target='black Mauritanians',loc='Senegal river',date='1989',opt=True,note='history')),
 ('Amnesty International and the UN human rights office in Nouakchott called on Monday','REQUEST','called',dict(actor='Amnesty International|UN human rights office|OHCHR',target='Mauritania|authorities|government',date=N(30))),
 ("the Senegalese Human Rights League sent a message of solidarity to the victims' families",'SUPPORT','sent a message of solidarity',dict(actor='Senegalese Human Rights League',target="victims' families|families")),
],[
 ('had not been ordered to shoot at anyone','ASSAULT','negated'),
 ('I would never have fired on children','ASSAULT','hypothetical'),
 ('no detainee had been mistreated at any stage','ASSAULT','denial of mistreatment'),
 ('none of the three has been suspended or questioned','SANCTION','negated suspension'),
 ('a presidential pardon for all those convicted','CONCEDE','requested pardon, not granted'),
 ('lawyers would boycott all hearings in Nouakchott on Wednesday and Thursday','PROTEST','announced boycott, not yet held'),
 ('a bombardment of the rights of the accused','ASSAULT','figurative bombardment'),
 ('said only that it "took note" of the verdict','SUPPORT','noting is neither support nor criticism'),
 ('unless the president intervenes','CONCEDE','hypothetical pardon'),
])

# ---------------------------------------------------------------- 3. radio bulletin, published Wednesday 2 Dec 2026
build('bulletin_juba_radio.txt','transcript of an evening radio news bulletin from Juba (South Sudan): cattle-camp raids around Akobo (Jonglei), a traders\' march in Bor, a row with Sudan over an air strike, robberies in Juba, a teachers\' strike ended, US sanctions, sport','2026-12-02',[
 ('Armed youths from the Greater Pibor Administrative Area attacked cattle camps near Akobo','ASSAULT','attacked',dict(actor='Armed youths|youths|Pibor youths|Murle youths|youths from the Greater Pibor Administrative Area',target='cattle camps|cattle keepers|herders',loc='Akobo|Jonglei|Jonglei State',date=N(30),killed=23,injured=12,fact='reported',note='per the county commissioner; twelve wounded in the next sentence')),
 ('eight children are missing, feared abducted','ASSAULT','abducted',dict(actor='Armed youths|youths',target='children',loc='Akobo',date=N(30),fact='reported',also=['COERCE'],opt=True,note='feared, not confirmed')),
 ('fought the camp guards for four hours','ASSAULT','fought',dict(actor='raiders|armed youths',target='camp guards',loc='Akobo',fact='reported',opt=True,note='restates the raid')),
 ('the army garrison in Akobo town stayed in its barracks','ACCUSE','stayed in its barracks',dict(actor='commissioner|Gatluak Both|Akobo county commissioner',target='army|army garrison|SSPDF',fact='reported',opt=True,note='implicit criticism')),
 ('He is calling on the national government to send troops','REQUEST','calling on',dict(actor='commissioner|Gatluak Both|Akobo county commissioner',target='national government|government|South Sudan')),
 ("a battalion of the South Sudan People's Defence Forces had been flown to Akobo",'MOBILIZE','flown',dict(actor="South Sudan People's Defence Forces|SSPDF|army",loc='Akobo',fact='reported',note='"said on Tuesday" dates only the statement')),
 ('its soldiers had beaten back a second attack on Tuesday night, killing nine raiders','ASSAULT','beaten back',dict(actor='soldiers|SSPDF|army',target='raiders|armed youths',loc='Akobo',date=D(1),killed=9,fact='reported',note='the raiders\' second attack is the same clash')),
 ('denied that youths from Pibor took part','REJECT','denied',dict(actor='Chief Administrator|Greater Pibor Administrative Area|GPAA',target='Akobo county commissioner|commissioner|Gatluak Both')),
 ('accused Lou Nuer armed groups of raiding Murle villages','ACCUSE','accused',dict(actor='Chief Administrator|Greater Pibor Administrative Area|GPAA',target='Lou Nuer armed groups|Lou Nuer')),
 ('raiding Murle villages near Gumuruk last month','ASSAULT','raiding',dict(actor='Lou Nuer armed groups|Lou Nuer',target='Murle villages|Murle',loc='Gumuruk|Greater Pibor Administrative Area',date='2026-11',killed=17,fact='reported',opt=True,note='alleged; "last month" = November')),
 ('UNMISS, says it is sheltering about 2,000 displaced people','AID','sheltering',dict(actor='UNMISS|UN mission',target='displaced people',loc='Akobo')),
 ('The mission condemned the attack','ACCUSE','condemned',dict(actor='UNMISS|UN mission|mission',target='attackers|armed youths|raiders')),
 ('urged community leaders to "break the cycle of revenge"','REQUEST','urged',dict(actor='UNMISS|UN mission|mission',target='community leaders')),
 ('it airdropped 40 tonnes of sorghum to Akobo on Tuesday','AID','airdropped',dict(actor='World Food Programme|WFP',target='Akobo|displaced people',loc='Akobo',date=D(1),fact='reported')),
 ('Médecins Sans Frontières evacuated seven of the wounded by air','AID','evacuated',dict(actor='Médecins Sans Frontières|MSF',target='wounded',loc='Lankien|Akobo',fact='reported')),
 ('The Jonglei governor warned on Wednesday','THREATEN','warned',dict(actor='Jonglei governor|governor',target='young men|youths|armed youths',loc='Akobo|Uror|Jonglei',date=D(2))),
 ('hundreds of traders closed their shops on Wednesday morning','PROTEST','closed their shops',dict(actor='traders',target='state government|county|governor',loc='Bor',date=D(2),opt=True,note='part of the same protest as the march')),
 ('marched to the state secretariat against new county taxes','PROTEST','marched',dict(actor='traders',target='state government|county|governor|Jonglei state government',loc='Bor',date=D(2))),
 ('Police fired tear gas when some marchers threw stones','COERCE','fired tear gas',dict(actor='Police',target='marchers|traders',loc='Bor',date=D(2),also=['ASSAULT'])),
 ('some marchers threw stones at the secretariat gate','ASSAULT','threw stones',dict(actor='marchers|traders',target='state secretariat|secretariat',loc='Bor',date=D(2),also=['PROTEST'],opt=True)),
 ('I saw four young men being pushed into a police pickup','COERCE','pushed into a police pickup',dict(actor='police',target='young men|marchers',loc='Bor',date=D(2),arrested=4,note='eyewitness account of arrests')),
 ('the governor met a delegation of the traders in the afternoon','CONSULT','met',dict(actor='governor|Jonglei governor',target='traders|delegation',loc='Bor',date=D(2),fact='reported')),
 ('has suspended the new taxes for a month','CONCEDE','suspended',dict(actor='governor|Jonglei governor',target='traders',loc='Bor',date=D(2),fact='reported')),
 ("The traders' chairman says that is not enough",'REJECT','not enough',dict(actor="traders' chairman|traders",target='governor|Jonglei governor')),
 ('the market will close again on Monday if the taxes are not scrapped','THREATEN','will close again',dict(actor="traders' chairman|traders",target='governor|state government')),
 ("The foreign ministry in Juba summoned Sudan's charge d'affaires",'ACCUSE','summoned',dict(actor='foreign ministry|South Sudan|South Sudanese foreign ministry',target="Sudan|Sudan's charge d'affaires",loc='Juba',date=D(2),also=['PROTEST'])),
 ('an air strike by a Sudanese military aircraft near Kiir Adem on Sunday that killed three herders','ASSAULT','air strike',dict(actor='Sudanese military aircraft|Sudan|Sudanese air force',target='herders',loc='Kiir Adem',date=N(29),killed=3,fact='reported',opt=True,note='alleged by Juba, denied by Sudan')),
 ('The Sudanese embassy rejected the accusation','REJECT','rejected',dict(actor='Sudanese embassy|Sudan',target='South Sudan|foreign ministry')),
 ('offered a joint investigation','AGREE','offered',dict(actor='Sudanese embassy|Sudan',target='South Sudan',note='an offer is AGREE by the earlier sets\' convention')),
 ('Police in Juba say they have arrested 15 suspects','COERCE','arrested',dict(actor='Police|police in Juba',target='suspects',loc='Juba|Gudele',arrested=15,fact='reported')),
 ('two nights of armed robberies in Gudele','ASSAULT','armed robberies',dict(target='residents',loc='Gudele|Juba',opt=True,note='criminal violence')),
 ('one of the suspects was handed over by Ugandan police at Nimule on Monday','COOPERATE','handed over',dict(actor='Ugandan police|Uganda',target='South Sudanese police|police in Juba|South Sudan',loc='Nimule',date=N(30),also=['COERCE'],note='passive')),
 ('have deployed extra night patrols in Gudele and Munuki','MOBILIZE','deployed',dict(actor='Police|police in Juba',loc='Gudele|Munuki|Juba',fact='reported')),
 ("Residents' leaders say the patrols came too late",'ACCUSE','came too late',dict(actor="Residents' leaders|residents",target='police',opt=True,note='criticism')),
 ('want the area police commander dismissed','REQUEST','want',dict(actor="Residents' leaders|residents",target='police|area police commander')),
 ('Teachers in Central Equatoria ended a three-week strike on Wednesday','CONCEDE','ended',dict(actor="Teachers|teachers' union",target='state government|Central Equatoria government',loc='Central Equatoria',date=D(2),also=['RETREAT'])),
 ('a three-week strike','PROTEST','strike',dict(actor='Teachers',target='state government',loc='Central Equatoria',opt=True,note='the strike now ended')),
 ('the state government agreed to pay four months of salary arrears','CONCEDE','agreed',dict(actor='state government|Central Equatoria government',target='Teachers|teachers\' union',loc='Central Equatoria',also=['AGREE'])),
 ('The United States Treasury on Tuesday sanctioned two South Sudanese businessmen','SANCTION','sanctioned',dict(actor='United States Treasury|US Treasury|United States',target='businessmen|South Sudanese businessmen',date=D(1))),
 ('it accuses of selling weapons to armed youths in Jonglei','ACCUSE','accuses',dict(actor='United States Treasury|United States',target='businessmen',opt=True,note='grounds of the sanction')),
 ('The government called the measure "unfriendly and uninformed"','ACCUSE','called',dict(actor='government|South Sudan',target='United States|US Treasury',also=['REJECT'])),
],[
 ('to send troops to the border of the two areas','MOBILIZE','requested deployment, not made'),
 ('A peace conference that church leaders had planned in Bor for next week has been postponed','CONSULT','planned, postponed'),
 ('would be disarmed by force','COERCE','conditional disarmament in a warning'),
 ('the market will close again on Monday','PROTEST','conditional closure in a threat'),
 ('has not carried out any operation','ASSAULT','denial'),
 ('the Bright Stars crushed Djibouti three-nil','ASSAULT','sports result'),
 ('a battle won with our hearts','ASSAULT','figurative battle'),
])

# ---------------------------------------------------------------- 4. monthly monitor digest, published Thursday 3 Dec 2026
build('monitor_cabo_delgado_nov.txt','monthly conflict-monitor digest in dated bullets on the insurgency in Cabo Delgado and Niassa (northern Mozambique), November 2026','2026-12-03',[
 ('at least 41 people died in insurgent-related violence in November','ASSAULT','died',dict(loc='Cabo Delgado|Niassa|Mozambique',date='2026-11',killed=41,opt=True,note='a monthly aggregate, not one event')),
 ('the March 2021 insurgent assault on Palma','ASSAULT','assault',dict(actor='insurgents',target='Palma',loc='Palma|Cabo Delgado',date='2021-03',opt=True,note='history')),
 ('moved south into Chiure and Ancuabe districts','MOBILIZE','moved',dict(actor='ISMP|Islamic State Mozambique Province|insurgents',loc='Chiure|Ancuabe',date='2026-11',opt=True,note='a monthly trend')),
 ('ISMP fighters ambushed a minibus on the N380 near Chai','ASSAULT','ambushed',dict(actor='ISMP fighters|ISMP|Islamic State Mozambique Province|insurgents',target='minibus|passengers',loc='Chai|Macomia|Macomia district|N380|Cabo Delgado',date=N(2),killed=5)),
 ('Rwandan troops and the Mozambican army (FADM) swept the bush around Mbau','ASSAULT','swept',dict(actor='Rwandan troops|Rwanda Defence Force|RDF|Mozambican army|FADM',target='insurgents|ISMP',loc='Mbau|Mocímboa da Praia|Cabo Delgado',killed=14,fact='reported',note='"4-5 Nov": no single day; toll per the RDF, three of the dead said to be fishermen')),
 ('ISMP units pulled back towards the Messalo river','RETREAT','pulled back',dict(actor='ISMP units|ISMP|insurgents',loc='Mbau|Mocímboa da Praia|Messalo',note='4-5 Nov item')),
 ('insurgents abducted eleven children from Meza','ASSAULT','abducted',dict(actor='insurgents|ISMP',target='children',loc='Meza|Ancuabe|Ancuabe district',date=N(7),also=['COERCE'])),
 ('burned its chapel','ASSAULT','burned',dict(actor='insurgents|ISMP',target='chapel',loc='Meza',date=N(7),opt=True,note='part of the raid')),
 ('police of the Rapid Intervention Unit (UIR) arrested 17 people in a night raid on a market','COERCE','arrested',dict(actor='Rapid Intervention Unit|UIR|police',target='people|traders',loc='Montepuez',date=N(10),arrested=17)),
 ('accusing them of selling food to insurgents','ACCUSE','accusing',dict(actor='Rapid Intervention Unit|UIR|police',target='people|traders',opt=True,note='grounds of the arrests')),
 ('12 were freed without charge on 13 Nov','CONCEDE','freed',dict(actor='police|UIR|Rapid Intervention Unit',target='people|detainees',loc='Montepuez',date=N(13),also=['RETREAT'])),
 ("about 400 residents marched to the district administrator's office",'PROTEST','marched',dict(actor='residents',target='district administrator|government',loc='Muidumbe|Muidumbe district',date=N(12))),
 ('to demand the return of the FADM company','REQUEST','demand',dict(actor='residents',target='district administrator|government|FADM',loc='Muidumbe',date=N(12),also=['PROTEST'])),
 ('the FADM company withdrawn from the district in October','RETREAT','withdrawn',dict(actor='FADM|Mozambican army',loc='Muidumbe',date='2026-10',opt=True,note='background')),
 ('The administrator met their representatives','CONSULT','met',dict(actor='administrator|district administrator',target='representatives|residents',loc='Muidumbe',date=N(12))),
 ('promised to forward the request to Maputo','AGREE','promised',dict(actor='administrator|district administrator',target='residents',loc='Muidumbe',date=N(12),opt=True,note='a promise')),
 ('ISMP fighters occupied Mazeze for several hours','ASSAULT','occupied',dict(actor='ISMP fighters|ISMP|insurgents',target='Mazeze',loc='Mazeze|Chiure|Chiure district',date=N(14))),
 ('looted the health post','ASSAULT','looted',dict(actor='ISMP fighters|ISMP',target='health post',loc='Mazeze',date=N(14),opt=True,note='part of the occupation')),
 ('left before local militia arrived','RETREAT','left',dict(actor='ISMP fighters|ISMP|insurgents',loc='Mazeze|Chiure',date=N(14))),
 ('militiamen of the Força Local killed two suspected collaborators in Ocua','ASSAULT','killed',dict(actor='Força Local|militiamen|local militia',target='suspected collaborators|collaborators',loc='Ocua|Chiure',date=N(15),killed=2)),
 ('Mozambique and Rwanda signed an agreement extending the Rwandan deployment','AGREE','signed',dict(actor='Mozambique|Rwanda',target='Rwanda|Mozambique',loc='Kigali',date=N(16))),
 ('the EU approved a further 20 million euros for the Rwandan contingent','AID','approved',dict(actor='EU|European Union',target='Rwandan contingent|Rwanda|Rwanda Defence Force',date=N(16),also=['SUPPORT'],note='military funding')),
 ('ISMP claimed to have killed "dozens of crusader soldiers" in an attack on an FADM position at Mucojo','ASSAULT','attack',dict(actor='ISMP|insurgents',target='FADM|FADM position|soldiers',loc='Mucojo|Macomia|Macomia district',date=N(18),killed=2,fact='reported',note='claim of "dozens"; the army\'s toll is two')),
 ('denied that the position had fallen','REJECT','denied',dict(actor='army|FADM',target='ISMP',date=N(18))),
 ("the Catholic bishops' conference called on the government to open talks",'REQUEST','called on',dict(actor="Catholic bishops' conference|Catholic bishops|bishops",target='government|Mozambique',loc='Maputo',date=N(19))),
 ('a government spokesperson rejected the call the next day','REJECT','rejected',dict(actor='government spokesperson|government|Mozambique',target="Catholic bishops' conference|bishops",loc='Maputo',date=N(20))),
 ('the provincial governor banned motorcycle taxis on the Mueda-Negomano road after dark','COERCE','banned',dict(actor='provincial governor|governor|Cabo Delgado governor',target='motorcycle taxis',loc='Mueda|Mueda-Negomano road|Cabo Delgado',date=N(20))),
 ('Tanzanian police handed eight suspected insurgents','COOPERATE','handed',dict(actor='Tanzanian police|Tanzania',target='Mozambican police|Mozambique',loc='Negomano|Negomano bridge',date=N(20),also=['COERCE'])),
 ('the two police commands agreed to run joint patrols on the Rovuma river','AGREE','agreed',dict(actor='Tanzanian police|Mozambican police|Tanzania|Mozambique',target='Mozambican police|Tanzanian police|Mozambique|Tanzania',loc='Negomano|Rovuma',date=N(20),also=['COOPERATE'])),
 ('arrested in Mtwara region','COERCE','arrested',dict(actor='Tanzanian police|Tanzania',target='suspected insurgents',loc='Mtwara',arrested=8,opt=True,note='earlier arrest in a participle')),
 ('about 300 Rwandan troops redeployed from Mocímboa da Praia to Macomia town','MOBILIZE','redeployed',dict(actor='Rwandan troops|Rwanda Defence Force|RDF|Rwanda',loc='Macomia|Macomia town',date=N(21))),
 ('the defence minister rejected a call by the opposition party Podemos','REJECT','rejected',dict(actor='defence minister|government|Mozambique',target='Podemos',loc='Maputo',date=N(23))),
 ('a call by the opposition party Podemos for a parliamentary inquiry','REQUEST','call',dict(actor='Podemos',target='government|assembly|defence minister',opt=True,note='the rejected request, undated')),
 ('killings of civilians by the Força Local','ASSAULT','killings',dict(actor='Força Local',target='civilians',fact='reported',opt=True,note='alleged killings, undated')),
 ('Podemos deputies walked out of the assembly','PROTEST','walked out',dict(actor='Podemos deputies|Podemos',target='defence minister|government|assembly',loc='Maputo',date=N(23))),
 ('The US Treasury on 24 Nov designated two ISMP financiers','SANCTION','designated',dict(actor='US Treasury|United States|Treasury',target='ISMP financiers|financiers|ISMP',date=N(24))),
 ('WFP resumed food distributions in Macomia','AID','resumed',dict(actor='WFP|World Food Programme',target='displaced people|residents',loc='Macomia',note='"25-27 Nov": no single day')),
 ('ISMP fighters raided a ranger camp in the Niassa Special Reserve on 26 Nov','ASSAULT','raided',dict(actor='ISMP fighters|ISMP|insurgents',target='ranger camp|rangers',loc='Niassa Special Reserve|Niassa',date=N(26),killed=1)),
 ('FADM soldiers and Força Local militiamen freed six hostages near Quiterajo, killing four insurgents','ASSAULT','killing',dict(actor='FADM soldiers|FADM|Força Local|militiamen',target='insurgents|ISMP',loc='Quiterajo|Macomia',date=N(28),killed=4,note='rescue operation; the killing is the ASSAULT')),
 ('insurgents released three elderly women abducted at Meza on 7 Nov','CONCEDE','released',dict(actor='insurgents|ISMP',target='elderly women|women',loc='Ancuabe|Ancuabe district|Meza',date=N(29),also=['RETREAT'])),
 ('ISMP posted a video threatening to attack','THREATEN','threatening',dict(actor='ISMP|Islamic State Mozambique Province',target='Christians|Christians and their protectors|Montepuez',loc='Montepuez',date=N(30))),
],[
 ('Four of the children escaped and reached Metoro on 9 Nov','CONCEDE','an escape, not a release'),
 ('"charm offensive" towards gas investors','ASSAULT','figurative offensive'),
 ('to open talks with the insurgents','CONSULT','requested talks, not held'),
 ('freed six hostages near Quiterajo','CONCEDE','a rescue by troops, not a release by the captors'),
 ('No aid convoy was attacked this month','ASSAULT','negated attack'),
 ('to attack "Christians and their protectors" in Montepuez','ASSAULT','content of a threat'),
 ('an attack near Palma would test that decision','ASSAULT','hypothetical attack'),
 ('The government has ruled out any talks with ISMP','CONSULT','talks ruled out'),
 ('an amnesty law is due before parliament in February','CONCEDE','planned amnesty'),
])

# ---------------------------------------------------------------- 5. observer mission preliminary statement, published Monday 30 Nov 2026
build('observer_gabon_local.txt','election-observer mission preliminary statement (African Union) on Gabon\'s local elections of 28 November 2026, numbered paragraphs','2026-11-30',[
 ('the Head of Mission met the Minister of the Interior','CONSULT','met',dict(actor='Head of Mission|African Union|AU mission|Mission',target='Minister of the Interior|ACER|party leaders|civil society organisations',loc='Libreville',note='"Before election day": no single day')),
 ('ACER struck two opposition candidates off the list in Mouila','SANCTION','struck',dict(actor='ACER|electoral authority',target='opposition candidates|candidates',loc='Mouila',date=N(20))),
 ('for alleged vote-buying','ACCUSE','alleged',dict(actor='ACER',target='opposition candidates|candidates',opt=True,note='grounds of the disqualification')),
 ('gendarmes dispersed an opposition rally in Oyem with tear gas','COERCE','dispersed',dict(actor='gendarmes|gendarmerie',target='opposition rally|opposition supporters|opposition',loc='Oyem|Woleu-Ntem',date=N(21),injured=3,also=['ASSAULT'])),
 ('the governor of Woleu-Ntem province banned all opposition gatherings for 72 hours','COERCE','banned',dict(actor='governor of Woleu-Ntem|governor',target='opposition',loc='Woleu-Ntem|Oyem',date=N(22),note='"the next day"')),
 ('police in Franceville detained 14 polling agents','COERCE','detained',dict(actor='police',target='polling agents|opposition coalition|opposition',loc='Franceville',date=N(25),arrested=14)),
 ('accusing them of preparing to disrupt the vote','ACCUSE','accusing',dict(actor='police',target='polling agents',opt=True,note='grounds of the detention')),
 ('ten were released without charge the next day','CONCEDE','released',dict(actor='police|authorities',target='polling agents',loc='Franceville',date=N(26),also=['RETREAT'])),
 ('After the Head of Mission raised the case','REQUEST','raised the case',dict(actor='Head of Mission|Mission|African Union',target='Minister of the Interior',opt=True,note='an intervention, undated')),
 ('the Minister of the Interior agreed on 27 November to release the remaining four on bail','CONCEDE','agreed',dict(actor='Minister of the Interior|government',target='polling agents|Head of Mission',date=N(27),also=['RETREAT'])),
 ('the Government deployed about 6,000 police officers and gendarmes','MOBILIZE','deployed',dict(actor='Government|Gabon',loc='Gabon',date=N(28))),
 ('Mobile internet was slowed nationwide','COERCE','slowed',dict(target='public|users',loc='Gabon',date=N(28),note='no agent stated')),
 ('about 30 young men stormed a polling station in the Ntchengue neighbourhood','ASSAULT','stormed',dict(actor='young men',target='polling station',loc='Ntchengue|Port-Gentil',date=N(28),injured=1,note='a police officer injured, later in the sentence')),
 ('seized two ballot boxes and set them alight','ASSAULT','set them alight',dict(actor='young men',target='ballot boxes',loc='Port-Gentil',date=N(28),opt=True,note='part of the storming')),
 ('Police arrested nine of the group overnight','COERCE','arrested',dict(actor='Police',target='young men|group',loc='Port-Gentil',arrested=9,note='"overnight" after polling day: no single day')),
 ('supporters of two rival candidates of the ruling party clashed outside the town hall','ASSAULT','clashed',dict(actor='supporters|ruling party supporters',target='supporters|ruling party supporters',loc='Lambaréné',date=N(28),injured=5,note='"the night of 28 to 29 November"; five injured, next clause')),
 ('Gendarmes fired warning shots','COERCE','fired warning shots',dict(actor='Gendarmes',target='supporters',loc='Lambaréné',opt=True,note='show of force')),
 ('arrested four people','COERCE','arrested',dict(actor='Gendarmes',target='people|supporters',loc='Lambaréné',arrested=4)),
 ('the opposition coalition withdrew its representatives from the results commissions','PROTEST','withdrew',dict(actor='opposition coalition|opposition',target='ACER',loc='Libreville|Mouila',date=N(29),also=['RETREAT'])),
 ('accusing ACER of altering tally sheets','ACCUSE','accusing',dict(actor='opposition coalition|opposition',target='ACER',date=N(29))),
 ('The coalition also called on its supporters to gather','REQUEST','called on',dict(actor='coalition|opposition coalition',target='supporters',opt=True,note='a call to a planned gathering')),
 ('ACER rejected the accusation on Sunday evening','REJECT','rejected',dict(actor='ACER',target='opposition coalition|coalition',date=N(29))),
 ('the Government spokesperson warned','THREATEN','warned',dict(actor='Government spokesperson|Government',target='opposition coalition|opposition|supporters')),
 ("The ruling party's secretary-general dismissed the opposition's claims",'REJECT','dismissed',dict(actor="ruling party's secretary-general|ruling party",target='opposition coalition|opposition')),
 ('accused the coalition of "preparing the ground for violence"','ACCUSE','accused',dict(actor="ruling party's secretary-general|ruling party",target='coalition|opposition coalition')),
 ('The ECCAS special envoy met the Head of State in Libreville on Monday morning','CONSULT','met',dict(actor='ECCAS special envoy|ECCAS',target='Head of State|Gabon',loc='Libreville',date=N(30))),
 ('was detained in Libreville on 27 November','COERCE','detained',dict(target='journalist',loc='Libreville',date=N(27),arrested=1,note='passive, no agent')),
 ('he was freed on 29 November','CONCEDE','freed',dict(target='journalist',loc='Libreville',date=N(29),also=['RETREAT'])),
 ('The European Union delegation and the French embassy called on 29 November for calm','REQUEST','called',dict(actor='European Union delegation|European Union|EU|French embassy|France',target='Gabon|parties|authorities',date=N(29))),
 ('praised the "peaceful and orderly" conduct of the vote','SUPPORT','praised',dict(actor='ECCAS|Economic Community of Central African States',target='Gabon|authorities')),
 ('the opposition coalition accused France of "complacency','ACCUSE','accused',dict(actor='opposition coalition|opposition',target='France')),
 ('The United States embassy welcomed the "largely peaceful" vote','SUPPORT','welcomed',dict(actor='United States embassy|United States|US embassy',target='Gabon|authorities')),
 ('the gendarmerie withdrew the armoured vehicles it had posted around ACER\'s headquarters','RETREAT','withdrew',dict(actor='gendarmerie',loc='Libreville|ACER headquarters',date=N(29))),
 ('the Mission calls on ACER to publish results','REQUEST','calls on',dict(actor='Mission|African Union|AU mission',target='ACER')),
 ('urges the authorities to drop the charges','REQUEST','urges',dict(actor='Mission|African Union|AU mission',target='authorities|Gabon')),
],[
 ('Candidates "attacked" one another\'s records','ASSAULT','figurative attack'),
 ('the Mission received no reports of violence against candidates','ASSAULT','negated violence'),
 ('no candidate was arrested during the campaign','COERCE','negated arrest'),
 ("gather in front of ACER's headquarters on Tuesday 1 December",'PROTEST','planned gathering'),
 ('would be met with "the full force of the law"','COERCE','conditional force inside a warning'),
 ('did not witness any act of violence against voters','ASSAULT','negated'),
 ('soldiers had fired on a crowd in Bitam','ASSAULT','unsubstantiated claim'),
 ('drop the charges against the four polling agents','CONCEDE','requested, not done'),
 ('the Mission stands ready to facilitate dialogue','CONSULT','conditional offer'),
])
