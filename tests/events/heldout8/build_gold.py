"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the eighth blind events test set), made BEFORE any tool ran on the text. "
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

# ---------------------------------------------------------------- 1. wire, published Saturday 14 Nov 2026
We,Th,Fr,Sa=D(11),D(12),D(13),D(14)
build('wire_suwayda.txt','wire story on Druze-Bedouin clashes in Suwayda province (Syria) and their aftermath','2026-11-14',[
 ('Fighting between Druze gunmen and Bedouin tribal fighters','ASSAULT','Fighting',dict(actor='Druze gunmen|Bedouin tribal fighters|Druze|Bedouin',target='Bedouin tribal fighters|Druze gunmen|Bedouin|Druze',loc='Suwayda',date=Th,killed=23,injured=61,fact='reported',note='multi-day fighting dated from its start ("since Thursday"); toll revised from fourteen to 23; 61 wounded')),
 ('a vegetable trader from the village of al-Mazraa was kidnapped','ASSAULT','kidnapped',dict(actor='Bedouin clan',target='vegetable trader|trader',loc='Damascus-Suwayda highway|al-Mazraa|Suwayda',date=We,also=['COERCE'],fact='asserted',note='passive; the actor is only the relatives\' attribution')),
 ('his relatives blamed a Bedouin clan','ACCUSE','blamed',dict(actor="relatives|trader's family",target='Bedouin clan',loc='Laja|Suwayda',fact='asserted')),
 ("gunmen from the trader's family seized two Bedouin men in retaliation",'ASSAULT','seized',dict(actor="gunmen|trader's family|Druze gunmen",target='two Bedouin men|Bedouin men',loc='Suwayda|al-Mazraa',date=Th,also=['COERCE'],fact='asserted')),
 ('trading mortar and machine-gun fire around the villages of al-Mazraa, Walgha and Thaala','ASSAULT','trading mortar and machine-gun fire',dict(actor='armed men|Druze gunmen|Bedouin tribal fighters',target='armed men|Bedouin tribal fighters|Druze gunmen',loc='al-Mazraa|Walgha|Thaala',date=Th,fact='reported')),
 ('a mortar round hit a house in Walgha','ASSAULT','hit',dict(target='house|civilians|women',loc='Walgha',killed=5,fact='reported',note='four women and a nine-year-old boy; day not fixed')),
 ('it had deployed army and General Security units','MOBILIZE','deployed',dict(actor="Syria's interior ministry|interior ministry|Syria|Syrian army|government",loc='Suwayda',fact='asserted',note='"said on Friday it had deployed": the date is of the saying')),
 ('Druze armed factions refused to let the troops enter Suwayda city','REJECT','refused',dict(actor='Druze armed factions|Druze factions',target='troops|government|Syrian army',loc='Suwayda',fact='asserted')),
 ('a government convoy came under fire near the village of Umm al-Zaytoun','ASSAULT','came under fire',dict(target='government convoy|soldiers|Syrian army|government',loc='Umm al-Zaytoun',date=Fr,killed=3,injured=5,fact='reported',note='passive, attacker not named (ministry blames "outlaw groups")')),
 ('The ministry blamed "outlaw groups" for the ambush','ACCUSE','blamed',dict(actor='interior ministry|Syria|government',target='outlaw groups',fact='asserted')),
 ('denied that his fighters had fired on the convoy','REJECT','denied',dict(actor='Rayan Hamdan|Druze factions',target='interior ministry|government',fact='asserted')),
 ('accused tribal fighters travelling with the troops of looting homes in Thaala','ACCUSE','accused',dict(actor='Rayan Hamdan|Druze factions',target='tribal fighters|Bedouin tribal fighters',loc='Thaala',fact='asserted')),
 ('looting homes in Thaala','ASSAULT','looting',dict(actor='tribal fighters|Bedouin tribal fighters',target='homes',loc='Thaala',opt=True,fact='reported',note='content of the accusation')),
 ("Israeli aircraft struck what Israel's military described as a column of government tanks",'ASSAULT','struck',dict(actor='Israel|Israeli aircraft|Israeli military',target='government tanks|Syrian army|Syria',loc='Busra al-Harir|Daraa',date=Sa,injured=2,fact='asserted',note='"Overnight" before a Saturday wire = night into 14 Nov; two soldiers wounded per the next line')),
 ("Syria's foreign ministry condemned the strike on Saturday",'ACCUSE','condemned',dict(actor="Syria|Syria's foreign ministry",target='Israel',date=Sa,fact='asserted')),
 ('warned that it would strike again if armoured columns kept moving south','THREATEN','warned',dict(actor="Israel|Israel's military",target='Syria|Syrian forces',fact='asserted')),
 ('Bedouin clan leaders in the Daraa countryside issued a call to arms on Friday','MOBILIZE','issued a call to arms',dict(actor='Bedouin clan leaders|Bedouin clans',loc='Daraa',date=Fr,fact='asserted')),
 ('hundreds of tribal fighters drove in pickup trucks towards the western edge of Suwayda province','MOBILIZE','drove',dict(actor='tribal fighters|Bedouin tribal fighters',loc='Suwayda',opt=True,fact='reported',note='the movement that follows the call to arms; same mobilisation')),
 ('Druze religious mediators and Bedouin elders met in the town of Shahba','CONSULT','met',dict(actor='Druze religious mediators|Bedouin elders|mediators',target='Bedouin elders|Druze religious mediators',loc='Shahba',date=Fr,fact='asserted')),
 ('agreed to a ceasefire and an exchange of the people held by both sides','AGREE','agreed',dict(actor='Druze religious mediators|Bedouin elders|mediators',target='Bedouin elders|Druze religious mediators',loc='Shahba',date=Fr,fact='asserted')),
 ('The vegetable trader and the two Bedouin men were handed over','CONCEDE','handed over',dict(actor='Druze gunmen|Bedouin clan|both sides',target='Syrian Arab Red Crescent|vegetable trader|Bedouin men',loc='Shahba',date=Sa,also=['RETREAT'],fact='reported',note='exchange of hostages = release')),
 ('Government troops also pulled back from the outskirts of Shahba','RETREAT','pulled back',dict(actor='Government troops|Syrian army|government',loc='Shahba',date=Sa,also=['CONCEDE'],fact='reported')),
 ('mortar rounds fell on Thaala at dawn on Saturday','ASSAULT','fell on',dict(target='Thaala|children',loc='Thaala',date=Sa,injured=2,fact='asserted')),
 ('gunfire was heard in the east of Suwayda city','ASSAULT','gunfire',dict(loc='Suwayda',date=Sa,opt=True,fact='asserted',note='vague; no actor or target')),
 ('A Red Crescent convoy of 14 lorries carrying flour and medicines reached Suwayda city','AID','reached',dict(actor='Red Crescent|Syrian Arab Red Crescent',target='Suwayda city|residents',loc='Suwayda',date=Fr,fact='asserted')),
 ('appealed for blood donations','REQUEST','appealed',dict(actor='Lina Azzam|Suwayda health directorate',loc='Suwayda',fact='asserted')),
 ('security forces had arrested nine men in the town of Izraa','COERCE','arrested',dict(actor='security forces|interior ministry|Syria',target='nine men|men|suspects',loc='Izraa',arrested=9,fact='reported')),
 ('imposed a curfew on Suwayda city','COERCE','imposed',dict(actor='interior ministry|Syria|government',target='Suwayda city|residents',loc='Suwayda',date=Sa,fact='asserted',note='curfew from 6 p.m. on Saturday')),
 ('closed the Damascus-Suwayda highway to civilian traffic','COERCE','closed',dict(actor='interior ministry|Syria|government',loc='Damascus-Suwayda highway|Suwayda',fact='asserted')),
 ('its border guards had shot dead four men trying to smuggle weapons and drugs','ASSAULT','shot dead',dict(actor="Jordan|Jordan's army|border guards",target='four men|smugglers',loc='Suwayda|Jordan',date=Sa,killed=4,fact='reported',note='"overnight" = night into 14 Nov')),
 ('would "not hand over its weapons to anyone"','REJECT','not hand over',dict(actor='Fawwaz Abu Saab|Druze|Druze community',target='government|Damascus',date=Fr,fact='asserted')),
 ('Damascus has repeatedly demanded that the Druze factions disarm','REQUEST','demanded',dict(actor='Damascus|government|Syria',target='Druze factions',opt=True,note='standing demand, background')),
 ('a demand they have rejected','REJECT','rejected',dict(actor='Druze factions',target='Damascus|government',opt=True,note='standing refusal, background')),
 ('weeks of clashes between Druze groups, Bedouin tribes and government forces','ASSAULT','clashes',dict(actor='Druze groups|Bedouin tribes|government forces',loc='Suwayda',date='2025',opt=True,note='background, summer 2025; "hundreds" killed, no number')),
],[
 ('it would strike again','ASSAULT','threatened strike, not carried out'),
 ('"is at war with no one"','ASSAULT','negated / figurative war'),
 ('hand over its weapons to anyone','RETREAT','disarmament refused'),
 ('disarm and join the state security forces','RETREAT','disarmament demanded, not done'),
 ('"no plans" for a military operation','ASSAULT','negated plan of attack'),
 ('talks with Druze leaders would resume in Damascus next week','CONSULT','talks planned for next week'),
])

# ---------------------------------------------------------------- 2. weekly regional round-up, published Saturday 28 Nov 2026 (week Sat 21 - Fri 27 Nov)
Sa,Su,Mo,Tu,We,Th,Fr=[D(x) for x in range(21,28)]
build('roundup_southern_africa.txt','weekly Southern Africa security round-up, 23 one-line items','2026-11-28',[
 ('Gunmen shot dead seven people at a tavern in Philippi East','ASSAULT','shot dead',dict(actor='Gunmen|extortion gangs',target='people|tavern patrons',loc='Philippi East|Cape Town',date=Sa,killed=7,fact='asserted')),
 ('police linked the attack to a feud between extortion gangs','ACCUSE','linked',dict(actor='police',target='extortion gangs',loc='Cape Town',opt=True)),
 ('arrested two suspects on Tuesday','COERCE','arrested',dict(actor='police',target='suspects',loc='Cape Town|Philippi East',date=Tu,arrested=2,fact='asserted')),
 ('The army deployed 600 soldiers to the Cape Flats','MOBILIZE','deployed',dict(actor='army|South Africa|South African army',loc='Cape Flats|Cape Town',date=Mo,fact='asserted')),
 ('at the request of the Western Cape provincial government','REQUEST','request',dict(actor='Western Cape provincial government|Western Cape',target='army|South Africa|national government',opt=True,note='earlier request in passing')),
 ('Kidnappers on Thursday released a seven-year-old boy','CONCEDE','released',dict(actor='Kidnappers',target='boy',loc='Gqeberha',date=Th,also=['RETREAT'],fact='asserted')),
 ('who had been abducted outside his school in Gqeberha on Monday','ASSAULT','abducted',dict(actor='Kidnappers',target='boy|seven-year-old boy',loc='Gqeberha',date=Mo,also=['COERCE'],fact='asserted')),
 ('South African police handed over to Zimbabwe on Tuesday two men','COOPERATE','handed over',dict(actor='South African police|South Africa',target='Zimbabwe',date=Tu,also=['COERCE'],fact='asserted',note='extradition/hand-over of suspects')),
 ('a cash-in-transit robbery in Bulawayo in which a guard was killed in August','ASSAULT','robbery',dict(target='guard',loc='Bulawayo',date='2026-08',killed=1,opt=True,note='earlier crime in passing')),
 ("Eight people were killed in a gunfight between rival famo music gangs in Mohale's Hoek district",'ASSAULT','gunfight',dict(actor='famo music gangs|gangs',target='famo music gangs|gangs',loc="Mohale's Hoek",date=Su,killed=8,fact='asserted')),
 ('the government imposed a dusk-to-dawn curfew in the district on Monday','COERCE','imposed',dict(actor='government|Lesotho',loc="Mohale's Hoek",date=Mo,fact='asserted')),
 ('Twenty-three gang members handed in their weapons','RETREAT','handed in their weapons',dict(actor='gang members',target='police',loc="Mohale's Hoek",date=Fr,also=['CONCEDE'],fact='reported',note='disarmament under amnesty')),
 ('Police fired rubber bullets at pro-democracy demonstrators in Manzini','ASSAULT','fired rubber bullets',dict(actor='Police|Eswatini',target='pro-democracy demonstrators|demonstrators',loc='Manzini',date=Th,injured=5,also=['COERCE'],fact='asserted')),
 ('pro-democracy demonstrators in Manzini on Thursday','PROTEST','demonstrators',dict(actor='pro-democracy demonstrators|banned opposition movement',target='government|Eswatini',loc='Manzini',date=Th,fact='asserted',note='the march itself')),
 ('31 of its members had been arrested','COERCE','arrested',dict(actor='Police',target='opposition movement members|members',loc='Manzini',arrested=31,fact='reported')),
 ('The government rejected a Commonwealth call for a national dialogue','REJECT','rejected',dict(actor='government|Eswatini',target='Commonwealth',fact='asserted')),
 ('a Commonwealth call for a national dialogue','REQUEST','call',dict(actor='Commonwealth',target='Eswatini|government',opt=True,note='earlier request')),
 ('Police detained an opposition MP in Kasama on Tuesday','COERCE','detained',dict(actor='Police|Zambia',target='opposition MP',loc='Kasama',date=Tu,arrested=1,fact='asserted')),
 ('about 200 of his supporters gathered outside the police station','PROTEST','gathered',dict(actor='supporters',target='Police',loc='Kasama',date=Tu,fact='asserted')),
 ('demanding his release','REQUEST','demanding',dict(actor='supporters',target='Police',loc='Kasama',date=Tu,also=['PROTEST'],fact='asserted')),
 ('officers dispersed them with tear gas','COERCE','dispersed',dict(actor='officers|Police',target='supporters',loc='Kasama',date=Tu,also=['ASSAULT'],fact='asserted')),
 ('set fire to a police post on Monday','PROTEST','set fire',dict(actor='Residents of Makanjira|residents',target='police post|police',loc='Makanjira|Mangochi',date=Mo,also=['ASSAULT'],fact='asserted')),
 ('a man held there on suspicion of theft died in a cell','ASSAULT','died',dict(target='man|detainee',loc='Makanjira|Mangochi',opt=True,fact='asserted',note='death in custody, cause not stated; ambiguous')),
 ('fourteen people had been arrested','COERCE','arrested',dict(actor='police',target='people|residents',loc='Makanjira|Mangochi',arrested=14,fact='reported')),
 ('The government asked the World Food Programme for emergency maize','REQUEST','asked',dict(actor='government|Malawi',target='World Food Programme|WFP',fact='asserted')),
 ("The ruling party's youth league on Sunday endorsed a proposal",'SUPPORT','endorsed',dict(actor="ruling party's youth league|youth league|ruling party",target='president|term extension',loc='Zimbabwe',date=Su,fact='asserted')),
 ('Taxi drivers in Luanda began a three-day strike','PROTEST','strike',dict(actor='Taxi drivers',target='government|diesel price rise',loc='Luanda',date=Tu,fact='asserted')),
 ('four people were killed in clashes','ASSAULT','clashes',dict(loc='Luanda',killed=4,fact='reported',note='parties to the clashes not named')),
 ('52 were arrested for looting shops in the Cazenga district','COERCE','arrested',dict(actor='police',target='looters|people',loc='Cazenga|Luanda',arrested=52,fact='reported')),
 ('looting shops in the Cazenga district','PROTEST','looting',dict(loc='Cazenga|Luanda',also=['ASSAULT'],opt=True,fact='reported',note='riot looting during the strike')),
 ('the government cut the increase by half','CONCEDE','cut',dict(actor='government|Angola',target='Taxi drivers',loc='Luanda',date=We,also=['RETREAT'],fact='asserted')),
 ("the taxi drivers' association called off the last day of the strike",'CONCEDE','called off',dict(actor="taxi drivers' association|Taxi drivers",target='government',loc='Luanda',date=We,also=['RETREAT'],fact='asserted')),
 ("Namibia summoned Botswana's high commissioner on Wednesday",'ACCUSE','summoned',dict(actor='Namibia',target="Botswana|Botswana's high commissioner",date=We,also=['PROTEST'],fact='asserted')),
 ('Botswana Defence Force soldiers shot dead two Namibian fishermen','ASSAULT','shot dead',dict(actor='Botswana Defence Force|soldiers|Botswana',target='Namibian fishermen|fishermen',loc='Chobe River|Impalila Island',killed=2,fact='asserted')),
 ('Gaborone said the men had been poaching and had fired first','ACCUSE','said',dict(actor='Botswana|Gaborone',target='Namibian fishermen|fishermen',opt=True,note='counter-account, implicit blame')),
 ("The two countries' defence ministers met in Kasane on Friday",'CONSULT','met',dict(actor='Namibia|Botswana|defence ministers',target='Botswana|Namibia',loc='Kasane',date=Fr,fact='asserted')),
 ('agreed to set up a joint inquiry into the shooting','AGREE','agreed',dict(actor='Namibia|Botswana|defence ministers',target='Botswana|Namibia',loc='Kasane',date=Fr,also=['COOPERATE'],fact='asserted')),
 ('to resume joint patrols on the river','COOPERATE','resume',dict(actor='Namibia|Botswana',loc='Chobe River',opt=True,fact='planned',note='content of the agreement')),
 ('Three artisanal miners and a soldier were killed near Kolwezi','ASSAULT','killed',dict(actor='troops|soldiers|artisanal miners',target='artisanal miners|miners|soldier',loc='Kolwezi|Lualaba',date=We,killed=4,fact='asserted')),
 ('troops evicted thousands of diggers from an industrial cobalt concession','COERCE','evicted',dict(actor='troops|soldiers|DR Congo',target='diggers|artisanal miners',loc='Kolwezi|Lualaba',date=We,fact='asserted')),
 ('the miners fought back with stones and machetes','ASSAULT','fought back',dict(actor='miners|artisanal miners',target='troops',loc='Kolwezi|Lualaba',date=We,also=['PROTEST'],opt=True,note='part of the same clash')),
 ('The authorities expelled a French journalist from Moroni on Sunday','COERCE','expelled',dict(actor='authorities|Comoros',target='French journalist|journalist',loc='Moroni',date=Su,also=['SANCTION'],fact='asserted')),
 ('for "undermining national unity"','ACCUSE','undermining',dict(actor='authorities|Comoros',target='French journalist',opt=True,note='the charge behind the expulsion')),
 ('France\'s foreign ministry said it "deplored" the decision','ACCUSE','deplored',dict(actor="France|France's foreign ministry",target='Comoros|authorities',fact='asserted')),
 ('India handed over a refitted patrol vessel to the Seychelles Coast Guard','AID','handed over',dict(actor='India',target='Seychelles Coast Guard|Seychelles',loc='Port Victoria',date=Th,also=['COOPERATE'],fact='asserted')),
 ('pledged to train 40 officers next year','AID','pledged',dict(actor='India',target='Seychelles Coast Guard|Seychelles',opt=True,fact='planned',also=['COOPERATE'])),
 ('Botswana on Monday extended its ban on imports of fresh vegetables from South Africa','SANCTION','extended its ban',dict(actor='Botswana',target='South Africa',date=Mo,fact='asserted')),
 ('Pretoria called the ban a breach of the SACU customs union agreement','ACCUSE','called',dict(actor='South Africa|Pretoria',target='Botswana',fact='asserted')),
 ('asked for urgent talks','REQUEST','asked',dict(actor='South Africa|Pretoria',target='Botswana',fact='asserted')),
 ('held an extraordinary virtual summit on Wednesday','CONSULT','summit',dict(actor='SADC Organ Troika|SADC',date=We,fact='asserted')),
 ("called on Eswatini's government to release political prisoners",'REQUEST','called on',dict(actor='SADC Organ Troika|SADC',target="Eswatini|Eswatini's government",date=We,fact='asserted')),
],[
 ('no arrests had been made','COERCE','negated arrests'),
 ('a national dialogue','CONSULT','dialogue requested and rejected; none held'),
 ('would begin distributions in Nsanje and Chikwawa in December','AID','aid planned for December'),
 ('a grenade attack on a bus in Blantyre','ASSAULT','reported attack that did not happen (tyre burst)'),
 ('would challenge any constitutional amendment in court','ACCUSE','planned legal challenge'),
 ('urgent talks','CONSULT','talks requested, not held'),
 ('release political prisoners','CONCEDE','release requested, not done'),
 ('Namibia crushed Zimbabwe 48-10','ASSAULT','sports result'),
])

# ---------------------------------------------------------------- 3. diplomatic crisis report, published Friday 20 Nov 2026
Su,Mo,Tu,We,Th,Fr=[D(x) for x in range(15,21)]
build('crisis_lithuania_belarus.txt','diplomatic crisis report: Lithuania-Belarus balloon row: expulsions, border closure, impounded lorries, EU sanctions and aid, requests, refusals, a prisoner release and eased US sanctions','2026-11-20',[
 ('ordered two Belarusian diplomats to leave the country within five days','SANCTION','ordered',dict(actor='Lithuania',target='Belarus|Belarusian diplomats',loc='Vilnius',date=Th,fact='asserted')),
 ('closed its two remaining border crossings with Belarus for a month','SANCTION','closed',dict(actor='Lithuania',target='Belarus',loc='Lithuania-Belarus border',date=Th,also=['COERCE'],fact='asserted')),
 ('The foreign ministry called the balloon flights "a hybrid attack"','ACCUSE','called',dict(actor='Lithuania|Lithuanian foreign ministry|foreign ministry',target='Belarus|Minsk',fact='asserted')),
 ("summoned Belarus's charge d'affaires, Dmitry Karpovich",'ACCUSE','summoned',dict(actor='Lithuania|Lithuanian foreign ministry|foreign ministry',target="Belarus|Dmitry Karpovich|Belarus's charge d'affaires",loc='Vilnius',also=['PROTEST'],fact='asserted')),
 ('Minsk rejected the accusation as "an absurd provocation"','REJECT','rejected',dict(actor='Belarus|Minsk',target='Lithuania',fact='asserted')),
 ('Belarus would respond "symmetrically"','THREATEN','would respond',dict(actor='Belarus|Belarusian foreign ministry',target='Lithuania',date=Fr,fact='asserted')),
 ('declared a Lithuanian consul in Grodno persona non grata','SANCTION','declared',dict(actor='Belarus|Belarusian foreign ministry',target='Lithuania|Lithuanian consul',loc='Grodno',date=Fr,fact='asserted')),
 ('would be held in "guarded parking lots"','COERCE','held',dict(actor='Belarus|Belarusian foreign ministry',target='Lithuanian lorries|Lithuania|Lithuanian drivers',loc='Belarus',also=['SANCTION'],fact='asserted',note='impounding of the stranded lorries, announced as in force')),
 ('said its drivers had been "taken hostage"','ACCUSE','said',dict(actor="Linava|hauliers' association",target='Belarus|Minsk',opt=True,note='figurative accusation')),
 ('asked the European Commission to compensate companies for lost income','REQUEST','asked',dict(actor="Linava|Lithuanian hauliers' association",target='European Commission|EU',fact='asserted')),
 ('Vilnius had asked Poland and Latvia to coordinate border measures','REQUEST','asked',dict(actor='Lithuania|Vilnius|Rasa Jankauskiene',target='Poland|Latvia',fact='asserted')),
 ('Warsaw had agreed on Wednesday to tighten checks on lorries at the Kuznica crossing','AGREE','agreed',dict(actor='Poland|Warsaw',target='Lithuania|Vilnius',loc='Kuznica',date=We,also=['COOPERATE'],fact='reported')),
 ('Latvia declined to close its own crossings','REJECT','declined',dict(actor='Latvia',target='Lithuania|Vilnius',fact='asserted')),
 ('Latvian police handed over to Lithuania on Tuesday a man','COOPERATE','handed over',dict(actor='Latvian police|Latvia',target='Lithuania',date=Tu,also=['COERCE'],fact='asserted')),
 ('who had been arrested in Daugavpils last week','COERCE','arrested',dict(actor='Latvian police|Latvia',target='man|suspected organiser',loc='Daugavpils',week=D(9),arrested=1,opt=True,note='arrest told in passing')),
 ('EU ambassadors on Wednesday approved sanctions on 14 Belarusian officials and three companies','SANCTION','approved sanctions',dict(actor='EU|EU ambassadors|European Union',target='Belarusian officials|Belarus',date=We,fact='asserted')),
 ('Brussels "stands fully with Lithuania"','SUPPORT','stands fully with',dict(actor='European Commission|EU|Brussels',target='Lithuania',fact='asserted')),
 ('announced 30 million euros from an EU border fund','AID','announced',dict(actor='European Commission|EU|Brussels',target='Lithuania|Vilnius',fact='asserted')),
 ("At Lithuania's request",'REQUEST','request',dict(actor='Lithuania',target='NATO',opt=True,note='request behind the meeting')),
 ('NATO ambassadors discussed the balloon incursions','CONSULT','discussed',dict(actor='NATO|NATO ambassadors|North Atlantic Council',loc='Brussels',date=Th,fact='asserted')),
 ('Belarusian and Russian troops began joint exercises near Ashmyany on Monday','MOBILIZE','began joint exercises',dict(actor='Belarus|Russia|Belarusian troops|Russian troops',loc='Ashmyany',date=Mo,also=['COOPERATE'],fact='reported')),
 ('it had detained a Lithuanian citizen in Smarhon','COERCE','detained',dict(actor="Belarus|Belarus's KGB|KGB",target='Lithuanian citizen|Lithuania',loc='Smarhon',arrested=1,fact='reported')),
 ('on suspicion of spying','ACCUSE','suspicion',dict(actor="Belarus|Belarus's KGB|KGB",target='Lithuanian citizen',loc='Smarhon',opt=True)),
 ('Vilnius called the arrest "hostage diplomacy"','ACCUSE','called',dict(actor='Lithuania|Vilnius',target='Belarus|Minsk',fact='asserted')),
 ('demanded consular access','REQUEST','demanded',dict(actor='Lithuania|Vilnius',target='Belarus|Minsk',fact='asserted')),
 ('which Minsk refused on Thursday','REJECT','refused',dict(actor='Belarus|Minsk',target='Lithuania|Vilnius',date=Th,fact='asserted')),
 ('Belarus freed 14 political prisoners on Monday','CONCEDE','freed',dict(actor='Belarus',target='political prisoners|United States',loc='Medininkai|Minsk',date=Mo,also=['RETREAT'],fact='asserted')),
 ('talks in Minsk on Sunday between its president and a U.S. special envoy','CONSULT','talks',dict(actor="Belarus|Belarus's president|United States|Mark Ellison",target='United States|Mark Ellison|Belarus',loc='Minsk',date=Su,fact='asserted')),
 ('the U.S. Treasury lifted sanctions on two Belarusian potash-trading companies','CONCEDE','lifted sanctions',dict(actor='United States|U.S. Treasury',target='Belarus|Belarusian potash-trading companies',date=Tu,also=['RETREAT'],fact='asserted')),
 ('a move Lithuania\'s foreign minister called "premature"','ACCUSE','called',dict(actor="Lithuania|Lithuania's foreign minister",target='United States',opt=True,note='mild criticism')),
 ('Belarusian potash remains barred from transit through the Lithuanian port of Klaipeda','SANCTION','barred',dict(actor='Lithuania',target='Belarus',loc='Klaipeda',opt=True,note='standing ban, background')),
 ('Vilnius said it would not lift that ban','REJECT','would not lift',dict(actor='Lithuania|Vilnius',target='Belarus|United States',fact='asserted')),
 ('Vilnius said no talks would be held while the balloons kept coming','REJECT','no talks would be held',dict(actor='Lithuania|Vilnius',target='Belarus|Viktar Ramanchuk',fact='asserted',note='refusal of the proposed border-service meeting')),
 ('seized about 19,000 packs of cigarettes','COERCE','seized',dict(actor='Lithuanian border guards|border guards',loc='Salcininkai',date=We,opt=True,note='seizure of contraband')),
 ('arrested two men near Eisiskes','COERCE','arrested',dict(actor='Lithuanian border guards|border guards',target='two men|smugglers',loc='Eisiskes|Salcininkai',date=We,arrested=2,fact='asserted')),
 ('protested outside the government building in Vilnius on Wednesday','PROTEST','protested',dict(actor='hauliers|relatives of stranded drivers',target='government|Lithuania',loc='Vilnius',date=We,fact='asserted')),
 ('demanding that the crossings stay open','REQUEST','demanding',dict(actor='hauliers|relatives of stranded drivers',target='government|Lithuania',loc='Vilnius',date=We,also=['PROTEST'],fact='asserted')),
 ("Russia's foreign ministry accused Lithuania",'ACCUSE','accused',dict(actor="Russia|Russia's foreign ministry",target='Lithuania',fact='asserted')),
 ('warned that any new restriction on rail transit to Kaliningrad','THREATEN','warned',dict(actor="Russia|Russia's foreign ministry",target='Lithuania',loc='Kaliningrad',fact='asserted')),
 ('Lithuania first shut the crossings for almost a month in October 2025','SANCTION','shut',dict(actor='Lithuania',target='Belarus',date='2025-10',opt=True,note='background')),
],[
 ('"a hybrid attack"','ASSAULT','figurative attack'),
 ('"taken hostage"','ASSAULT','figurative hostage-taking'),
 ('close its own crossings','SANCTION','closure declined'),
 ('would send two counter-drone teams to the border from next week','MOBILIZE','deployment planned for next week'),
 ("had not raised the army's readiness level",'MOBILIZE','negated mobilisation'),
 ('"no direct military threat"','THREATEN','negated threat'),
 ('would allow the army to shoot down balloons and drones','ASSAULT','bill: hypothetical future use of force'),
 ('lift that ban','CONCEDE','lifting refused'),
 ("a meeting of the two countries' border services",'CONSULT','proposed meeting, refused'),
 ('"waging an economic war"','ASSAULT','figurative war'),
 ('any new restriction on rail transit to Kaliningrad','SANCTION','hypothetical restriction in a threat'),
])

# ---------------------------------------------------------------- 4. local press, published Monday 9 Nov 2026
Th,Fr,Sa,Su=D(5),D(6),D(7),D(8)
build('local_souss_protests.txt','local-press report: hospital and water protests in the Souss-Massa region of Morocco (Agadir, Inezgane, Ait Melloul, Tiznit, Biougra/Chtouka Ait Baha): riots, tear gas, arrests, charges, releases, suspensions, talks, a refused dialogue','2026-11-09',[
 ('Several thousand people marched through the centre of Agadir','PROTEST','marched',dict(actor='people|protesters|Souss Dignité',target='regional hospital|government|health ministry',loc='Agadir',date=Sa,fact='asserted')),
 ('to demand better care at the regional hospital','REQUEST','demand',dict(actor='people|protesters|Souss Dignité',target='government|health ministry|regional hospital',loc='Agadir',date=Sa,also=['PROTEST'],fact='asserted')),
 ('read out a list of 12 demands','REQUEST','read out',dict(actor='organisers|Souss Dignité',target='government|wilaya',loc='Agadir',date=Sa,opt=True,note='restates the march\'s demands')),
 ('dozens of youths threw stones at police near the central market','PROTEST','threw stones',dict(actor='youths',target='police',loc='Inezgane',date=Sa,injured=30,also=['ASSAULT'],fact='reported',note='riot; 23 security-force members and 7 civilians injured (next line)')),
 ('set fire to a police van and two parked cars','ASSAULT','set fire',dict(actor='youths',target='police van|cars|police',loc='Inezgane',date=Sa,also=['PROTEST'],opt=True,fact='reported',note='part of the same riot')),
 ('41 people were arrested in Inezgane and neighbouring Aït Melloul','COERCE','arrested',dict(actor='police|security forces|interior ministry',target='people|youths|protesters',loc='Inezgane|Aït Melloul',arrested=41,fact='reported',note='day not fixed (Saturday night or after)')),
 ('Reinforcements from the Auxiliary Forces were sent to Agadir from Marrakesh','MOBILIZE','were sent',dict(actor='Auxiliary Forces|interior ministry|Morocco',loc='Agadir',date=Su,fact='reported')),
 ('police in Aït Melloul fired tear gas','COERCE','fired tear gas',dict(actor='police',target='crowd|protesters',loc='Aït Melloul',date=Su,also=['ASSAULT'],fact='asserted')),
 ('a crowd that had blocked National Road 1 with burning tyres','PROTEST','blocked',dict(actor='crowd|protesters',loc='Aït Melloul|National Road 1',date=Su,fact='asserted')),
 ('Police withdrew from the centre of Inezgane','RETREAT','withdrew',dict(actor='Police',loc='Inezgane',date=Su,fact='asserted')),
 ('at the request of local notables','REQUEST','request',dict(actor='local notables|notables',target='Police',loc='Inezgane',date=Su,opt=True)),
 ('prosecutors in Inezgane charged 29 of the 41 detainees','COERCE','charged',dict(actor='prosecutors',target='detainees|youths',loc='Inezgane',date=Su,fact='asserted')),
 ('the other 12, all minors, were released into the care of their parents','CONCEDE','released',dict(actor='prosecutors',target='minors|detainees',loc='Inezgane',date=Su,also=['RETREAT'],fact='asserted')),
 ('suspended its director and two heads of department','CONCEDE','suspended',dict(actor='health minister|health ministry|government',target='hospital director|regional hospital',loc='Agadir',date=Su,also=['COERCE'],fact='asserted',note='disciplinary step that meets a protest demand')),
 ('pending an inquiry into the maternity deaths','ACCUSE','inquiry',dict(actor='health minister|health ministry',target='regional hospital|hospital staff',loc='Agadir',date=Su,also=['COERCE'],opt=True,note='investigation')),
 ('He also announced 400 million dirhams to renovate the maternity ward','CONCEDE','announced',dict(actor='health minister|government',target='regional hospital|protesters',loc='Agadir',also=['AID','AGREE'],opt=True,note='spending pledge; type arguable')),
 ('Souss Dignité called the suspensions "a smokescreen"','REJECT','called',dict(actor='Souss Dignité',target='health minister|government',also=['ACCUSE'],fact='asserted')),
 ('accused the ministry of "scapegoating" staff for the deaths','ACCUSE','accused',dict(actor="doctors' union",target='health ministry|ministry',fact='asserted')),
 ('hundreds of residents held a sit-in outside the offices of the water utility','PROTEST','sit-in',dict(actor='residents',target='water utility',loc='Tiznit',date=Th,fact='asserted',note='Thursday and Friday; dated from its start')),
 ("The utility's regional director met a delegation of the protesters on Friday",'CONSULT','met',dict(actor="water utility|utility's regional director",target='protesters|residents',loc='Tiznit',date=Fr,fact='asserted')),
 ('promised water tankers','CONCEDE','promised',dict(actor="water utility|utility's regional director",target='protesters|residents',loc='Tiznit',date=Fr,also=['AGREE'],fact='asserted',note='promise that meets the protest demand')),
 ('twelve tankers reached the old medina on Sunday','AID','reached',dict(actor='water utility',target='residents|old medina',loc='Tiznit',date=Su,fact='reported')),
 ('about 500 farm workers, most of them women, blocked the road','PROTEST','blocked',dict(actor='farm workers',target='farm owners|agricultural export zone',loc='Biougra|Chtouka Aït Baha',date=Fr,fact='asserted')),
 ('Gendarmes cleared the road by force on Saturday morning','COERCE','cleared',dict(actor='Gendarmes|Royal Gendarmerie',target='farm workers',loc='Biougra',date=Sa,also=['ASSAULT'],fact='asserted')),
 ('detained 14 people','COERCE','detained',dict(actor='Gendarmes|Royal Gendarmerie',target='farm workers|people',loc='Biougra',date=Sa,arrested=14,fact='asserted')),
 ('a local rights group said several women had been beaten with batons','ACCUSE','said',dict(actor='local rights group|rights group',target='Gendarmes|Royal Gendarmerie',loc='Biougra',fact='asserted')),
 ('several women had been beaten with batons','ASSAULT','beaten',dict(actor='Gendarmes',target='women|farm workers',loc='Biougra',date=Sa,also=['COERCE'],opt=True,fact='reported',note='alleged and disputed')),
 ('the Royal Gendarmerie said officers had used "only the force necessary"','REJECT','said',dict(actor='Royal Gendarmerie',target='local rights group|rights group',loc='Biougra',fact='asserted',note='denial of excessive force')),
 ('The 14 were released without charge on Sunday','CONCEDE','released',dict(actor='Gendarmes|Royal Gendarmerie|authorities',target='farm workers|detainees',loc='Biougra',date=Su,also=['RETREAT'],fact='asserted')),
 ('the provincial governor met farm owners and union representatives','CONSULT','met',dict(actor='provincial governor|governor',target='farm owners|union representatives',loc='Biougra|Chtouka Aït Baha',fact='asserted')),
 ('who agreed to hire safer buses','AGREE','agreed',dict(actor='farm owners',target='farm workers|union representatives|provincial governor',loc='Biougra|Chtouka Aït Baha',also=['CONCEDE'],fact='asserted')),
 ('The interior ministry accused "parties abroad"','ACCUSE','accused',dict(actor='interior ministry|Morocco',target='parties abroad',fact='asserted')),
 ('warned that any attack on public property would be met with','THREATEN','warned',dict(actor='interior ministry|Morocco',target='protesters|youths',fact='asserted')),
 ('invited the collective to a dialogue with the regional council','REQUEST','invited',dict(actor='government|Youssef Bennani',target='Souss Dignité',opt=True,note='invitation / offer of talks, refused')),
 ('Souss Dignité refused','REJECT','refused',dict(actor='Souss Dignité',target='government|Youssef Bennani',fact='asserted')),
 ('voiced support for the protesters\' "legitimate demands"','SUPPORT','voiced support',dict(actor='Party of Progress and Socialism',target='protesters|Souss Dignité',fact='asserted')),
 ('asked for the health minister to appear before parliament','REQUEST','asked',dict(actor='Party of Progress and Socialism',target='health minister|parliament',fact='asserted')),
 ('youth protests swept Moroccan cities','PROTEST','protests',dict(actor='youth|protesters',loc='Morocco',date='2025',opt=True,note='background, autumn 2025')),
 ('gendarmes shot dead protesters trying to storm their post in Lqliaa','ASSAULT','shot dead',dict(actor='gendarmes',target='protesters',loc='Lqliaa',date='2025',opt=True,note='background, autumn 2025; no number given')),
],[
 ('the deaths of three women in its maternity ward','ASSAULT','deaths in hospital care, no violence'),
 ('the night there passed without arrests','COERCE','negated arrests'),
 ('called a second march in Agadir for next Saturday','PROTEST','march planned for next Saturday'),
 ('would strike for 48 hours from Wednesday','PROTEST','strike planned for Wednesday'),
 ('a bus carrying workers to the greenhouses overturned, killing two','ASSAULT','road accident'),
 ('any attack on public property','ASSAULT','hypothetical attack in a warning'),
 ('a dialogue with the regional council','CONSULT','invitation refused; no dialogue held'),
 ('"a battle for dignity"','ASSAULT','figurative battle'),
])

# ---------------------------------------------------------------- 5. analysis, published Wednesday 25 Nov 2026
Th,Fr,Sa,Su,Mo,Tu=[D(x) for x in range(19,25)]
build('analysis_bosnia.txt','analysis on the Republika Srpska challenge to the Bosnian state court: annulment, stand-off, visits, sanctions, EUFOR reinforcement, rally, boycott, a grenade attack; figurative wars and attacks, hypotheticals, negations, planned talks','2026-11-25',[
 ("assembly's vote last Thursday (19 November) to withdraw the entity's consent to the state court",'REJECT',"withdraw the entity's consent",dict(actor='Republika Srpska assembly|Republika Srpska|Banja Luka',target="state court|prosecutor's office|Bosnia and Herzegovina|Bosnia",date=Th,fact='asserted')),
 ('the Dayton peace agreement of 1995','AGREE','agreement',dict(date='1995',opt=True,note='background')),
 ('annulled the decision','REJECT','annulled',dict(actor='High Representative|Klaus Reinhardt',target='Republika Srpska assembly|Republika Srpska',date=Th,also=['COERCE'],fact='asserted',note='"Within hours" of the Thursday vote')),
 ('warned that any official who implemented it would be removed from office','THREATEN','warned',dict(actor='High Representative|Klaus Reinhardt',target='Republika Srpska officials|Republika Srpska',date=Th,fact='asserted')),
 ('Banja Luka dismissed the annulment as "legally void"','REJECT','dismissed',dict(actor='Banja Luka|Republika Srpska',target='High Representative|Klaus Reinhardt',fact='asserted')),
 ("the entity's police stopped agents of the state investigation agency, SIPA",'COERCE','stopped',dict(actor='Republika Srpska police|entity police|Republika Srpska',target='SIPA|state investigation agency',loc='Banja Luka',date=Fr,also=['REJECT'],fact='asserted')),
 ('Lukic was indicted in September','COERCE','indicted',dict(actor='state prosecutor|Bosnia',target='Dragan Lukic|Lukic',date='2026-09',opt=True,note='background')),
 ('a charge he calls a political vendetta','REJECT','calls',dict(actor='Dragan Lukic|Lukic',target='state prosecutor',also=['ACCUSE'],opt=True,note='standing rejection, undated')),
 ("Serbia's president received Lukic in Belgrade on Sunday",'CONSULT','received',dict(actor="Serbia|Serbia's president",target='Dragan Lukic|Lukic|Republika Srpska',loc='Belgrade',date=Su,fact='asserted')),
 ('promised that Serbia would "never abandon" the Serbs of Bosnia','SUPPORT','promised',dict(actor="Serbia|Serbia's president",target='Serbs of Bosnia|Republika Srpska|Lukic',loc='Belgrade',date=Su,fact='asserted')),
 ('urging restraint','REQUEST','urging',dict(actor="Serbia|Serbia's president",target='Dragan Lukic|Lukic|Republika Srpska',loc='Belgrade',date=Su,fact='asserted')),
 ('flying to Banja Luka on Monday','CONSULT','flying',dict(actor="Hungary|Hungary's foreign minister",target='Dragan Lukic|Lukic|Republika Srpska',loc='Banja Luka',date=Mo,opt=True,note='visit whose point is the declaration of support')),
 ('to declare his government\'s "full support" for Lukic','SUPPORT','declare',dict(actor="Hungary|Hungary's foreign minister",target='Dragan Lukic|Lukic|Republika Srpska',loc='Banja Luka',date=Mo,fact='asserted')),
 ('Budapest has blocked every proposal for EU sanctions','REJECT','blocked',dict(actor='Hungary|Budapest',target='EU|European Union',opt=True,note='standing vetoes since 2025, background')),
 ('the United States imposed visa bans on five Republika Srpska officials','SANCTION','imposed',dict(actor='United States|Washington',target='Republika Srpska officials|Republika Srpska',date=Mo,fact='asserted')),
 ('Britain froze the assets of two of them','SANCTION','froze',dict(actor='Britain|London|United Kingdom',target='Republika Srpska officials|Republika Srpska',fact='asserted',note='day not fixed')),
 ('flew in 300 troops from its reserve on Tuesday','MOBILIZE','flew in',dict(actor='EUFOR',loc='Bosnia|Bosnia and Herzegovina',date=Tu,fact='asserted')),
 ('stepped up patrols around the Brcko district','MOBILIZE','stepped up patrols',dict(actor='EUFOR',loc='Brcko',date=Tu,opt=True)),
 ('Lukic called the reinforcement "an occupation"','ACCUSE','called',dict(actor='Dragan Lukic|Lukic',target='EUFOR',fact='asserted')),
 ('demanded that the foreign troops leave the country','REQUEST','demanded',dict(actor='Dragan Lukic|Lukic',target='EUFOR|foreign troops',fact='asserted')),
 ('several thousand people rallied outside the presidency building on Sunday','PROTEST','rallied',dict(actor='people|protesters',target='Republika Srpska|Lukic',loc='Sarajevo',date=Su,also=['SUPPORT'],fact='asserted')),
 ('the main Bosniak parties asked the High Representative to remove Lukic from office','REQUEST','asked',dict(actor='Bosniak parties',target='High Representative|Klaus Reinhardt',loc='Sarajevo',fact='asserted')),
 ("Bosnian Croat leaders boycotted Tuesday's session of the state presidency",'PROTEST','boycotted',dict(actor='Bosnian Croat leaders|Croat leaders',target='state presidency',loc='Sarajevo',date=Tu,also=['REJECT'],fact='asserted')),
 ('complaining that the crisis was being used to delay electoral reform','ACCUSE','complaining',dict(actor='Bosnian Croat leaders|Croat leaders',opt=True)),
 ("unknown attackers threw a hand grenade at the office of a Bosniak returnees' association in Prijedor",'ASSAULT','threw a hand grenade',dict(actor='unknown attackers',target="Bosniak returnees' association|office",loc='Prijedor',date=Sa,killed=0,injured=0,fact='asserted',note='"nobody was hurt"')),
 ('Republika Srpska police arrested a suspect on Monday','COERCE','arrested',dict(actor='Republika Srpska police',target='suspect',loc='Prijedor',date=Mo,arrested=1,fact='asserted')),
 ('the state security minister condemned the attack','ACCUSE','condemned',dict(actor='state security minister|Bosnia',target='unknown attackers',fact='asserted')),
 ("suspended all cooperation with the state prosecutor's office",'SANCTION','suspended',dict(actor='Republika Srpska government|Republika Srpska',target="state prosecutor's office",date=Mo,also=['REJECT'],fact='asserted')),
 ('warned on Tuesday that Brussels could suspend pre-accession funds','THREATEN','warned',dict(actor="EU|EU's enlargement commissioner|Brussels",target='Republika Srpska',date=Tu,fact='asserted')),
 ("Russia's ambassador in Sarajevo accused the West",'ACCUSE','accused',dict(actor="Russia|Russia's ambassador",target='West',loc='Sarajevo',fact='asserted')),
 ('said Moscow would block any attempt to give EUFOR a stronger mandate','THREATEN','said',dict(actor="Russia|Russia's ambassador|Moscow",target='West|UN Security Council',also=['REJECT'],opt=True,note='announced veto; arguable')),
 ('A meeting of party leaders convened by the U.S. and EU ambassadors in Sarajevo on Monday','CONSULT','meeting',dict(actor='party leaders|U.S. ambassador|EU ambassador',loc='Sarajevo',date=Mo,fact='asserted')),
 ("Lukic's party walked out",'REJECT','walked out',dict(actor="Lukic's party",target='party leaders|U.S. and EU ambassadors',loc='Sarajevo',date=Mo,also=['PROTEST'],fact='asserted')),
 ('Lukic has threatened to call a referendum on secession','THREATEN','threatened',dict(actor='Dragan Lukic|Lukic',target='High Representative|Bosnia',fact='asserted')),
 ('the last war killed some 100,000 people','ASSAULT','war',dict(date='1992',killed=100000,opt=True,note='background: the 1992-1995 war')),
],[
 ("Bosnia's war of laws",'ASSAULT','figurative war (headline)'),
 ('the boldest attack yet on the institutions','ASSAULT','figurative attack'),
 ('would be removed from office','COERCE','conditional removal in a warning'),
 ('without a shot fired','ASSAULT','negated shooting'),
 ('anyone detained','COERCE','negated detention'),
 ('"attacking the constitutional order"','ASSAULT','name of a criminal charge'),
 ('proposal for EU sanctions on Bosnian Serb officials','SANCTION','sanctions blocked, never adopted'),
 ('the foreign troops leave the country','RETREAT','withdrawal demanded, not done'),
 ('remove Lukic from office','COERCE','removal requested, not done'),
 ('could suspend pre-accession funds','SANCTION','conditional sanction in a warning'),
 ('"a hybrid war against the Serbs"','ASSAULT','figurative war'),
 ('Another round is planned for 2 December in Brussels','CONSULT','talks planned for 2 December'),
 ('would be no match for EUFOR','ASSAULT','hypothetical fighting'),
 ('None of the main actors wants a shooting war','ASSAULT','negated / hypothetical war'),
 ('a SIPA raid gone wrong','COERCE','hypothetical raid'),
 ('step back from the brink','RETREAT','figurative step back'),
])
