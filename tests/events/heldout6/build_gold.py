"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the sixth blind events test set), made BEFORE any tool ran on the text. "
"Events by 1-based line; 'anchor' is an exact substring of the line and 'action' a substring of the anchor. 'factuality' follows the contract "
"(asserted, reported, denied, planned, threatened, hypothetical, negated). 'optional' events (the content of a threat, request or goal; a mention of an "
"earlier happening in passing; genuinely ambiguous mentions) are neither required nor false alarms when found. 'also' lists other PLOVER types a careful "
"coder could defend. 'date' is ISO (YYYY-MM-DD, YYYY-MM or YYYY with date_precision; for date_precision 'week' the date is the Monday of that week) "
"where the text fixes it; absent or null means not given. "
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
            if k=='week':
                d['date']=v; d['date_precision']='week'; continue
            d[KEYS[k]]=v
        out.append(d)
    tr=[{'line':find(a),'anchor':a,'plover':p,'why':w} for a,p,w in traps]
    # no trap may share a (line, type) pair with an event
    ev_pairs={(d['line'],d['plover']) for d in out}
    for t in tr: assert (t['line'],t['plover']) not in ev_pairs,(fname,t)
    g={'about':ABOUT.format(f=fname,g=genre),'document':{'file':fname,'published':pub},'events':out,'event_traps':tr}
    json.dump(g,open(os.path.join(here,'gold',fname.replace('.txt','.json')),'w'),indent=1,ensure_ascii=False)

def D(x): return '2026-11-%02d'%x

# ---------------------------------------------------------------- 1. wire, published Thursday 12 Nov 2026
Tu,We,Th=D(10),D(11),D(12)
build('wire_narathiwat.txt','wire story on an insurgent attack in Narathiwat (southern Thailand) and its aftermath','2026-11-12',[
 ('detonated a roadside bomb and then opened fire on a paramilitary ranger outpost','ASSAULT','detonated',dict(actor='Insurgents',target='ranger outpost|rangers',loc="Rueso|Narathiwat",date=Tu,killed=5,injured=9,fact='reported')),
 ('sprayed the compound with rifle fire','ASSAULT','sprayed',dict(actor='gunmen',target='compound|outpost',loc='Rueso',date=Tu,opt=True,note='restates the attack of line 3')),
 ('Police arrested two men','COERCE','arrested',dict(actor='Police',target='two men|suspects',loc='Bacho',date=We,arrested=2,fact='reported')),
 ('seized a pistol and bomb-making materials','COERCE','seized',dict(actor='Police',loc='Bacho',date=We,opt=True,fact='reported')),
 ('A third suspect was shot dead in a gunfight with troops','ASSAULT','shot dead',dict(actor='troops',target='suspect',loc='Sungai Padi',date=Th,killed=1,fact='reported')),
 ('Relatives disputed that account','REJECT','disputed',dict(actor='Relatives',target='police|troops|Anuchit Saengthong',also=['ACCUSE'],fact='asserted')),
 ('The army blamed the Barisan Revolusi Nasional','ACCUSE','blamed',dict(actor='army',target='Barisan Revolusi Nasional|BRN',fact='asserted')),
 ('denied involvement','REJECT','denied',dict(actor='BRN|BRN spokesman',target='army',fact='asserted')),
 ('accused the army of "collective punishment"','ACCUSE','accused',dict(actor='BRN|BRN spokesman',target='army',fact='asserted')),
 ('night-time house searches','COERCE','house searches',dict(actor='army',target='villagers',opt=True,fact='reported',note='content of the accusation')),
 ('a village defence volunteer was shot and wounded','ASSAULT','shot and wounded',dict(actor='two men|gunmen',target='village defence volunteer',loc='Bannang Sata|Yala',date=We,injured=1,fact='reported')),
 ('condemned the "cowardly" attack','ACCUSE','condemned',dict(actor='Pichai Rattanawong|Defence Minister',target='insurgents|attackers',loc='Rueso',date=We,fact='asserted')),
 ('promised compensation to the families of the dead','AID','promised',dict(actor='Pichai Rattanawong|Defence Minister',target='families',date=We,fact='planned',opt=True)),
 ('About 600 additional rangers and two armoured infantry companies were sent','MOBILIZE','were sent',dict(actor='army|Thailand',loc='Rueso|Bacho',date=We,fact='reported')),
 ('extended emergency rule in the three provinces','COERCE','extended',dict(actor='cabinet|government|Thailand',loc='Pattani|Yala|Narathiwat',fact='asserted')),
 ('a bombing at a market in Yala killed seven people','ASSAULT','bombing',dict(loc='Yala',date='2026-03',killed=7,opt=True,note='earlier attack in passing')),
 ('would step up patrols on its side of the border','MOBILIZE','step up patrols',dict(actor='Malaysia',loc='Kelantan',fact='planned',opt=True)),
 ('a round of talks in Kuala Lumpur broke down in June','CONSULT','talks',dict(actor='Thailand|Bangkok|BRN',target='BRN|Thailand',loc='Kuala Lumpur',date='2026-06',opt=True,note='background')),
 ('had invited both delegations','REQUEST','invited',dict(actor='Rahim Othman|Malaysia',target='Thailand|BRN',date=We,fact='asserted')),
 ('Sakda Wongprasert said','ACCUSE','said',dict(actor='Sakda Wongprasert|Opposition lawmaker',target='government',opt=True,note='figurative accusation; the war itself is a trap')),
 ('He demanded that the army publish its inquiry','REQUEST','demanded',dict(actor='Sakda Wongprasert|Opposition lawmaker',target='army',fact='asserted')),
 ('a raid in Cho-airong district last year in which two teenagers died','ASSAULT','raid',dict(actor='army',loc='Cho-airong',date='2025',killed=2,opt=True,note='earlier event in passing')),
 ('troops had detained at least 40 people','COERCE','detained',dict(actor='troops',target='people',loc='Rueso|Bacho',arrested=40,fact='reported')),
 ('several hundred villagers from Sungai Padi gathered outside the district office','PROTEST','gathered',dict(actor='villagers',target='district office|authorities',loc='Sungai Padi',date=Th,fact='asserted')),
 ('to demand an independent inquiry','REQUEST','demand',dict(actor='villagers',target='authorities',loc='Sungai Padi',date=Th,also=['PROTEST'],fact='asserted')),
 ("The provincial governor met the villagers' representatives",'CONSULT','met',dict(actor='provincial governor|governor',target="villagers' representatives|villagers",loc='Sungai Padi',date=Th,fact='asserted')),
 ('agreed to set up a fact-finding committee','AGREE','agreed',dict(actor='provincial governor|governor',target='villagers',loc='Sungai Padi',date=Th,also=['CONCEDE'],fact='asserted')),
 ('Leaflets found near the outpost threatened','THREATEN','threatened',dict(actor='insurgents',target='troops|army',loc='Rueso',fact='threatened')),
],[
 ('resume the dialogue in Kuala Lumpur next month','CONSULT','talks proposed for next month, not held'),
 ('the BRN had not yet responded','REJECT','no reply is not a rejection'),
 ('"a war on the wrong enemy"','ASSAULT','figurative war'),
 ('none had been mistreated','ASSAULT','denied/negated harm'),
 ('the crowd dispersed peacefully','COERCE','the crowd left on its own; no dispersal by force'),
 ('strike "every camp built on our land"','ASSAULT','threatened attack, not carried out'),
 ('unless troops withdraw from the villages','RETREAT','condition of a threat; no withdrawal'),
])

# ---------------------------------------------------------------- 2. regional weekly round-up, published Saturday 21 Nov 2026 (covers Sat 14 - Fri 20 Nov)
Sa,Su,Mo,Tu,We,Th,Fr=D(14),D(15),D(16),D(17),D(18),D(19),D(20)
build('roundup_latam_nov.txt','regional weekly round-up, Latin America, 22 items','2026-11-21',[
 ('Gunmen stormed a fish market','ASSAULT','stormed',dict(actor='Gunmen',target='fish market|people',loc='Guayaquil|Isla Trinitaria',date=Su,killed=6,fact='reported')),
 ('the government blamed a faction of the Los Lobos gang','ACCUSE','blamed',dict(actor='government|Ecuador',target='Los Lobos',fact='asserted')),
 ('decreed a 60-day state of emergency','COERCE','decreed',dict(actor='government|Ecuador',loc='Guayas|El Oro',date=Mo,fact='asserted')),
 ('deployed 3,000 soldiers','MOBILIZE','deployed',dict(actor='government|Ecuador',loc='Guayaquil',date=Mo,fact='asserted')),
 ('soldiers arrested 27 suspected gang members','COERCE','arrested',dict(actor='soldiers|Ecuadorian army',target='gang members',loc='Duran',date=We,arrested=27,fact='reported')),
 ('seized 1.2 tonnes of cocaine','COERCE','seized',dict(actor='soldiers',loc='Duran',date=We,opt=True)),
 ('blocked the Panamericana Sur highway near Ica','PROTEST','blocked',dict(actor='farmers|rice and cotton farmers',loc='Ica',date=Mo,fact='asserted',note='Monday to Wednesday; date is the start')),
 ('to demand debt relief','REQUEST','demand',dict(actor='farmers',target='government|Peru',also=['PROTEST'],fact='asserted')),
 ('police cleared the road with tear gas','COERCE','cleared',dict(actor='police',target='farmers',loc='Ica',date=We,injured=14,also=['ASSAULT'],fact='asserted')),
 ('detained nine','COERCE','detained',dict(actor='police',target='farmers',loc='Ica',date=We,arrested=9,fact='asserted')),
 ('staged a one-day strike','PROTEST','strike',dict(actor='Bus and minivan operators|transport operators',loc='Lima',date=Th,fact='asserted')),
 ('extortion gangs shot dead two drivers','ASSAULT','shot dead',dict(actor='extortion gangs',target='drivers',loc='San Juan de Lurigancho|Lima',week=Mo,killed=2,fact='asserted')),
 ('Police fired tear gas at university students','COERCE','fired tear gas',dict(actor='Police',target='university students|students',loc='Tegucigalpa',date=Tu,also=['ASSAULT'],fact='asserted')),
 ('students who marched in Tegucigalpa','PROTEST','marched',dict(actor='university students|students',target='security law|government',loc='Tegucigalpa',date=Tu,fact='asserted')),
 ('31 students were arrested','COERCE','arrested',dict(actor='Police',target='students',loc='Tegucigalpa',date=Tu,arrested=31,fact='reported')),
 ('extended for another 45 days a partial state of exception','COERCE','extended',dict(actor='government|Honduras',loc='Honduras',date=Fr,fact='asserted')),
 ('opposition deputies called','ACCUSE','called',dict(actor='opposition deputies',target='government',opt=True,note='figurative accusation; the war itself is a trap')),
 ('ended a nine-day road blockade','CONCEDE','ended',dict(actor='Indigenous authorities from Totonicapan|Indigenous authorities',loc='Totonicapan',date=Th,also=['RETREAT'],fact='asserted')),
 ('a nine-day road blockade','PROTEST','blockade',dict(actor='Indigenous authorities',loc='Totonicapan',opt=True,note='the blockade over the preceding nine days')),
 ('the government agreed to suspend a mining exploration licence','AGREE','agreed',dict(actor='government|Guatemala',target='Indigenous authorities',loc='Totonicapan',date=Th,also=['CONCEDE','RETREAT'],fact='asserted')),
 ('stripped 18 exiled critics of their Nicaraguan nationality','COERCE','stripped',dict(actor='Authorities|Nicaragua',target='exiled critics|critics',date=Tu,fact='reported')),
 ('confiscated their properties','COERCE','confiscated',dict(actor='Authorities|Nicaragua',target='exiled critics',date=Tu,opt=True)),
 ('imposing visa restrictions on 250 Nicaraguan officials','SANCTION','imposing',dict(actor='United States|Washington',target='Nicaraguan officials|Nicaragua',date=We,fact='asserted')),
 ('held a general strike','PROTEST','general strike',dict(actor='CGT|unions',target='government|labour reform',loc='Argentina|Buenos Aires',date=We,fact='asserted')),
 ('police used water cannon to disperse a group','COERCE','used water cannon',dict(actor='police',target='group|protesters',loc='Avellaneda',date=We,also=['ASSAULT'],fact='asserted')),
 ('tried to block the Pueyrredon bridge','PROTEST','tried to block',dict(actor='group|protesters',loc='Avellaneda',date=We,fact='asserted')),
 ('gunmen fired at least ten shots at a police station','ASSAULT','fired',dict(actor='gunmen',target='police station|police',loc='Rosario|Empalme Graneros',date=Fr,killed=0,injured=0,fact='asserted',note='attack happened with no casualties')),
 ('left a note threatening the provincial security minister','THREATEN','threatening',dict(actor='gunmen',target='provincial security minister',loc='Rosario',date=Fr,fact='asserted')),
 ('An arson attack destroyed three forestry lorries','ASSAULT','arson attack',dict(actor='radical Mapuche group',target='forestry lorries',loc='Ercilla|Araucania',date=Mo,fact='asserted')),
 ('local officials blamed a radical Mapuche group','ACCUSE','blamed',dict(actor='local officials',target='radical Mapuche group|Mapuche group',loc='Ercilla',fact='asserted')),
 ('police arrested two men on Tuesday','COERCE','arrested',dict(actor='police',target='two men',loc='Ercilla',date=Tu,arrested=2,fact='asserted')),
 ('Federal police raided illegal gold-mining camps','COERCE','raided',dict(actor='Federal police|Brazil',target='gold miners|gold-mining camps',loc='Roraima',date=Tu,arrested=12,fact='asserted',note='the arrest of 12 is part of this raid')),
 ('destroying 40 dredges','COERCE','destroying',dict(actor='Federal police',loc='Roraima',date=Tu,also=['ASSAULT'],opt=True)),
 ("Guyana's government said on Thursday",'ACCUSE','said',dict(actor='Guyana',target='Venezuela|Venezuelan soldiers',date=Th,fact='asserted')),
 ('Venezuelan soldiers had fired on a Guyana Defence Force patrol boat','ASSAULT','fired on',dict(actor='Venezuelan soldiers|Venezuela',target='Guyana Defence Force|Guyana',loc='Cuyuni|Eteringbang',fact='reported',opt=True,note='alleged by Guyana, denied by Caracas')),
 ('Caracas denied any shooting had taken place','REJECT','denied',dict(actor='Venezuela|Caracas',target='Guyana',fact='asserted')),
 ('Landless farmers occupied a soy estate','PROTEST','occupied',dict(actor='Landless farmers',target='soy estate',loc='Yasy Canay|Canindeyu',date=Sa,fact='asserted')),
 ('riot police evicted them on Wednesday, arresting 19','COERCE','evicted',dict(actor='riot police|police',target='landless farmers',loc='Yasy Canay|Canindeyu',date=We,arrested=19,fact='asserted')),
 ('Authorities detained at least a dozen people','COERCE','detained',dict(actor='Authorities|Cuba',target='people|residents',loc='Santiago de Cuba',date=Su,arrested=12,fact='reported')),
 ('residents banged pots and pans in the streets','PROTEST','banged pots and pans',dict(actor='residents',target='government|power cuts',loc='Santiago de Cuba',date=Su,fact='reported')),
 ('to demand the release of political prisoners','REQUEST','demand',dict(actor='opposition',target='government|Venezuela',opt=True,note='content of the planned march')),
 ('the interior minister warned on Thursday','THREATEN','warned',dict(actor='interior minister|Venezuela',target='opposition',loc='Caracas',date=Th,fact='asserted')),
 ('Foreign ministers of the Mercosur bloc met in Montevideo','CONSULT','met',dict(actor='Mercosur|Mercosur foreign ministers',loc='Montevideo',date=Th,fact='asserted')),
 ('agreed to set up a joint task force','AGREE','agreed',dict(actor='Mercosur|Mercosur foreign ministers',loc='Montevideo',date=Th,also=['COOPERATE'],fact='asserted')),
],[
 ('Reports of a prison riot in Machala','ASSAULT','reported riot turned out to be an inmate transfer; no one hurt'),
 ('"a declaration of war on the poor"','ASSAULT','figurative war'),
 ('called a march in Caracas for 28 November','PROTEST','march planned for a later date'),
 ('River Plate stormed past Boca Juniors','ASSAULT','sports: football result'),
 ('due to hold talks on migration controls','CONSULT','talks planned for next week'),
])

# ---------------------------------------------------------------- 3. op-ed / analysis, published Monday 16 Nov 2026
build('oped_south_caucasus.txt','analysis/op-ed on the Armenia-Azerbaijan peace protocol, Russia, Iran, Turkey and Georgia','2026-11-16',[
 ('the foreign ministers of Armenia and Azerbaijan met in Tbilisi','CONSULT','met',dict(actor='Armenia|Azerbaijan',target='Azerbaijan|Armenia',loc='Tbilisi',date=D(12),fact='asserted')),
 ('initialled a protocol on the delimitation of their border','AGREE','initialled',dict(actor='Armenia|Azerbaijan',target='Azerbaijan|Armenia',loc='Tbilisi',date=D(12),fact='asserted')),
 ('Nationalist deputies in Yerevan accused the government','ACCUSE','accused',dict(actor='Nationalist deputies',target='Armenian government|government|Armenia',loc='Yerevan',date=D(12),fact='asserted')),
 ('an Armenian conscript was shot dead near Sotk','ASSAULT','shot dead',dict(target='Armenian conscript|Armenia',loc='Sotk|Gegharkunik',date='2026-11-03',killed=1,fact='asserted')),
 ('Baku denied that its troops had fired','REJECT','denied',dict(actor='Azerbaijan|Baku',target='Armenia',fact='asserted')),
 ('formally asked Russia to withdraw its border guards','REQUEST','asked',dict(actor='Armenia|Yerevan',target='Russia',loc='Agarak',date='2026-11-06',fact='asserted')),
 ('withdraw its border guards from the Agarak crossing','RETREAT','withdraw',dict(actor='Russia',loc='Agarak',fact='planned',opt=True,note='content of the request; not yet happened')),
 ('signed a contract with France for 24 more Caesar howitzers','AGREE','signed',dict(actor='Armenia|Yerevan',target='France',week='2026-11-09',also=['COOPERATE'],fact='asserted')),
 ("The Russian foreign ministry summoned Armenia's ambassador",'ACCUSE','summoned',dict(actor='Russia|Russian foreign ministry',target='Armenia',date='2026-11-09',also=['PROTEST'],fact='asserted')),
 ('warned of "consequences','THREATEN','warned',dict(actor='Russia|Russian foreign ministry',target='Armenia',date='2026-11-09',fact='asserted')),
 ('pouring scorn on the Armenian prime minister','ACCUSE','pouring scorn',dict(actor='Russian state television|Russia',target='Armenian prime minister',opt=True,note='media campaign; arguable')),
 ('its foreign minister visited Yerevan','CONSULT','visited',dict(actor='Iran|Iranian foreign minister',target='Armenia',loc='Yerevan',date='2026-11-11',fact='asserted')),
 ('warned against any "geopolitical change"','THREATEN','warned',dict(actor='Iran',date='2026-11-11',also=['ACCUSE'],opt=True,note='warning without a stated consequence')),
 ('called Armenia\'s constitution "the main obstacle to peace"','ACCUSE','called',dict(actor="Azerbaijan's president|Azerbaijan",target='Armenia',loc='Ganja',date='2026-11-10',fact='asserted')),
 ('repeated his demand that Yerevan delete','REQUEST','repeated his demand',dict(actor="Azerbaijan's president|Azerbaijan",target='Armenia|Yerevan',loc='Ganja',date='2026-11-10',fact='asserted')),
 ('Police in Baku detained four journalists','COERCE','detained',dict(actor='Police|Azerbaijan',target='journalists',loc='Baku',date='2026-11-02',arrested=4,fact='asserted')),
 ('a court in Sumgait sentenced an opposition activist','COERCE','sentenced',dict(actor='court|Azerbaijan',target='opposition activist',loc='Sumgait',date=D(13),fact='asserted')),
 ('facing nightly protests on Rustaveli Avenue','PROTEST','protests',dict(actor='protesters',target='Georgian government|government',loc='Tbilisi|Rustaveli Avenue',opt=True,note='ongoing protests; the Saturday protest is only implied')),
 ('riot police again used water cannon and pepper spray','COERCE','used water cannon',dict(actor='riot police|Georgia',target='protesters',loc='Tbilisi|Rustaveli Avenue',date=D(14),also=['ASSAULT'],fact='asserted')),
 ('23 people were detained','COERCE','detained',dict(actor='police|interior ministry|Georgia',target='people|protesters',loc='Tbilisi',date=D(14),arrested=23,fact='reported')),
 ('freezing 30 million euros of budget support to Georgia','SANCTION','freezing',dict(actor='European Union|EU',target='Georgia',fact='asserted')),
 ('the Georgian government dismissed as "blackmail"','REJECT','dismissed',dict(actor='Georgian government|Georgia',target='European Union|EU',also=['ACCUSE'],fact='asserted')),
 ('held a fifth round of normalisation talks in Kars','CONSULT','talks',dict(actor='Turkey|Armenia',target='Armenia|Turkey',loc='Kars',date='2026-11-04',fact='asserted')),
 ('agreed to open the Margara crossing','AGREE','agreed',dict(actor='Turkey|Armenia',target='Armenia|Turkey',loc='Margara|Kars',date='2026-11-04',also=['COOPERATE'],fact='asserted')),
 ('Washington has offered to host the signing','REQUEST','offered',dict(actor='United States|Washington',opt=True,note='offer only')),
 ('Brussels has pledged 300 million euros','AID','pledged',dict(actor='European Union|Brussels',target='Armenia|Azerbaijan',opt=True,note='pledge conditional on a treaty not yet signed')),
],[
 ('"capitulation"','CONCEDE','figurative surrender in an accusation'),
 ('fighting a quieter battle with Moscow','ASSAULT','figurative battle'),
 ('no troops have moved from the Russian base at Gyumri','MOBILIZE','negated deployment'),
 ('Gazprom has not raised the price','SANCTION','negated economic measure'),
 ('rhetorical offensive','ASSAULT','figurative offensive'),
 ('due to meet in Abu Dhabi in January','CONSULT','planned meeting'),
 ("A sniper's bullet near Tegh",'ASSAULT','hypothetical'),
 ('a Russian decision to cut gas supplies in midwinter','SANCTION','hypothetical'),
 ('"has not fired a single shot"','ASSAULT','negated/denied shooting'),
 ('won the battle for headlines','ASSAULT','figurative battle'),
])

# ---------------------------------------------------------------- 4. diplomatic / economic coercion report, published Thursday 5 Nov 2026
We,Tu,Mo,Th=D(4),D(3),D(2),D(5)
build('coercion_algeria_france.txt','diplomatic and economic-coercion report (Algeria-France row: import ban, expulsions, slots, talks offers, aid)','2026-11-05',[
 ('suspended imports of French wheat','SANCTION','suspended',dict(actor='Algeria',target='France',date=We,fact='asserted')),
 ('ordered 12 French diplomats and consular staff to leave the country','SANCTION','ordered',dict(actor='Algeria',target='French diplomats|France',loc='Algeria|Algiers',date=We,also=['COERCE'],fact='asserted')),
 ("Paris endorsed Morocco's autonomy plan",'SUPPORT','endorsed',dict(actor='France|Paris',target='Morocco',opt=True,note='background')),
 ("France's detention last week of an Algerian consular official in Lyon",'COERCE','detention',dict(actor='France',target='Algerian consular official',loc='Lyon',week='2026-10-26',arrested=1,fact='asserted')),
 ('which it called "a flagrant violation of the Vienna Convention"','ACCUSE','called',dict(actor='Algeria|Algerian foreign ministry',target='France',fact='asserted')),
 ('called the measures "unjustified and brutal"','ACCUSE','called',dict(actor='Claire Delmas-Royer|France',target='Algeria',date=We,also=['REJECT'],fact='asserted')),
 ('would respond "in a strictly reciprocal way"','THREATEN','would respond',dict(actor='Claire Delmas-Royer|France|Paris',target='Algeria',date=We,fact='threatened')),
 ('France ordered 12 Algerian diplomats to leave French territory','SANCTION','ordered',dict(actor='France',target='Algerian diplomats|Algeria',date=We,also=['COERCE'],fact='asserted')),
 ('recalled for consultations in September','SANCTION','recalled',dict(actor='France',target='Algeria',date='2026-09',also=['REJECT'],opt=True,note='background')),
 ('French farm unions accused the government','ACCUSE','accused',dict(actor='French farm unions',target='French government|government|France',fact='asserted')),
 ('asked Paris to seek compensation','REQUEST','asked',dict(actor='French farm unions',target='France|Paris',fact='asserted')),
 ('requested "urgent clarification" from Algiers','REQUEST','requested',dict(actor='European Commission|Commission|EU',target='Algeria|Algiers',fact='asserted')),
 ('landing slots at Algiers airport would be cut by half','SANCTION','cut',dict(actor='Algeria',target='French airlines|France',loc='Algiers',date=We,fact='asserted',note='measure announced on Wednesday, in force from 1 December')),
 ('Algerian officials have hinted','THREATEN','hinted',dict(actor='Algerian officials|Algeria',target='French companies|France',fact='threatened',opt=True)),
 ('urged both sides to "lower the temperature"','REQUEST','urged',dict(actor='Italy',target='Algeria|France',fact='asserted')),
 ('offered to host talks','REQUEST','offered',dict(actor='Italy',target='Algeria|France',opt=True,note='offer of mediation only')),
 ("Algeria's foreign minister rejected the offer",'REJECT','rejected',dict(actor="Algeria|Algeria's foreign minister",target='Italy',date=Th,fact='asserted')),
 ('saying there was "nothing to mediate"','ACCUSE','saying',dict(actor='Algeria',target='France',opt=True)),
 ('Morocco welcomed what it called France\'s "principled position"','SUPPORT','welcomed',dict(actor='Morocco',target='France',fact='asserted')),
 ('would buy an extra million tonnes of French wheat','COOPERATE','would buy',dict(actor='Morocco',target='France',date=Th,fact='planned',opt=True)),
 ('far-right deputies demanded that the government stop issuing visas','REQUEST','demanded',dict(actor='far-right deputies',target='French government|government',loc='Paris',fact='asserted')),
 ('stop issuing visas to Algerian nationals','SANCTION','stop issuing',dict(actor='France',target='Algeria',fact='hypothetical',opt=True,note='content of the demand')),
 ('had deported 14 Algerians on a charter flight from Marseille','COERCE','deported',dict(actor='France|French interior ministry',target='Algerians',loc='Marseille',date=Mo,fact='asserted')),
 ('Algeria agreed in June to take back its nationals','AGREE','agreed',dict(actor='Algeria',target='France',date='2026-06',opt=True,note='background')),
 ('A court in Oran on Tuesday sentenced two French engineers','COERCE','sentenced',dict(actor='court|Algeria',target='French engineers',loc='Oran',date=Tu,fact='asserted')),
 ('Several hundred people gathered outside the French embassy in Algiers','PROTEST','gathered',dict(actor='people|protesters',target='France|French embassy',loc='Algiers',date=We,fact='asserted')),
 ('the EU approved 40 million euros of humanitarian aid for Sahrawi refugees','AID','approved',dict(actor='EU',target='Sahrawi refugees',loc='Tindouf',date=We,fact='asserted')),
 ("cancelled a visit to Paris",'REJECT','cancelled',dict(actor="speaker of Algeria's National People's Congress|Algeria",target='France',also=['SANCTION'],fact='asserted')),
],[
 ('could review the contracts of French energy and construction companies','SANCTION','hinted possibility only'),
 ('host talks in Rome','CONSULT','talks offered and rejected; never held'),
 ('no arrests were reported','COERCE','negated arrests'),
 ('"does not want a trade war"','SANCTION','negated/figurative trade war'),
 ('a telephone call between the two presidents was "not ruled out"','CONSULT','possible future call'),
 ('a Mediterranean parliamentary forum planned for next week','CONSULT','cancelled future visit'),
 ('"a war of attrition"','ASSAULT','figurative war'),
])

# ---------------------------------------------------------------- 5. local press, published Friday 27 Nov 2026
Su,Mo,Tu,We,Th,Fr=D(22),D(23),D(24),D(25),D(26),D(27)
build('local_gafsa_protests.txt','local-press report on jobs protests in the Gafsa mining basin (Tunisia): sit-ins, clashes, arrests, talks','2026-11-27',[
 ('have blocked the railway line','PROTEST','blocked',dict(actor='Unemployed young graduates|graduates',target='CPG|Gafsa Phosphate Company',loc='Tabeddit|Redeyef|Om Larayes',date=Mo,fact='asserted',note='"for a fifth day" on Friday: began Monday (line 5)')),
 ("that they say favoured managers' relatives",'ACCUSE','say',dict(actor='graduates',target='CPG',opt=True)),
 ('The sit-in began on Monday morning','PROTEST','sit-in',dict(actor='young men|graduates',loc='Tabeddit|Redeyef',date=Mo,opt=True,note='same blockade as line 4')),
 ("a second group occupied the CPG's ore-washing plant in Metlaoui",'PROTEST','occupied',dict(actor='second group|unemployed graduates',target='CPG',loc='Metlaoui',date=We,fact='asserted')),
 ('shopkeepers in Redeyef pulled down their shutters in solidarity','PROTEST','pulled down their shutters',dict(actor='shopkeepers',loc='Redeyef',date=We,also=['SUPPORT'],fact='asserted')),
 ('National Guard units moved in to reopen the line','MOBILIZE','moved in',dict(actor='National Guard',loc='Tabeddit|Redeyef',date=We,opt=True)),
 ('Officers fired tear gas to break up the sit-in at Tabeddit','COERCE','fired tear gas',dict(actor='National Guard|Officers',target='protesters|sit-in',loc='Tabeddit',date=We,also=['ASSAULT'],fact='asserted')),
 ('young men responded by throwing stones and burning tyres','PROTEST','throwing stones',dict(actor='young men',target='National Guard',loc='Tabeddit|Redeyef',date=We,also=['ASSAULT'],fact='asserted')),
 ('The clashes lasted late into Wednesday night','ASSAULT','clashes',dict(actor='National Guard|young men',target='young men|National Guard',loc='Tabeddit|Redeyef',date=We,injured=17,fact='reported',note='17 treated, including six officers')),
 ('11 people had been arrested at Tabeddit on Wednesday night','COERCE','arrested',dict(actor='National Guard|interior ministry',target='people|protesters',loc='Tabeddit',date=We,arrested=11,fact='reported')),
 ('a National Guard vehicle had been set on fire','PROTEST','set on fire',dict(actor='protesters',target='National Guard',loc='Tabeddit',date=We,also=['ASSAULT'],fact='reported')),
 ('Protest organisers denied that any officer had been hit','REJECT','denied',dict(actor='Protest organisers',target='interior ministry',fact='asserted')),
 ('accused National Guard officers of forcing their way into homes','ACCUSE','accused',dict(actor='Protest organisers',target='National Guard',loc='Tabeddit',fact='asserted')),
 ('beating a 60-year-old man','ASSAULT','beating',dict(actor='National Guard',target='60-year-old man',loc='Tabeddit',fact='reported',opt=True,note='alleged; content of the accusation')),
 ('the governor of Gafsa, Mourad Ben Salah, met a delegation of the protesters','CONSULT','met',dict(actor='Mourad Ben Salah|governor of Gafsa',target='protesters|UGTT',loc='Gafsa',date=Th,fact='asserted')),
 ('the union demanded the release of all those detained','REQUEST','demanded',dict(actor='UGTT|Lassaad Hammami',target='authorities|governor',fact='asserted')),
 ('would call a regional general strike on Tuesday if the demands were not met','THREATEN','would call',dict(actor='UGTT|Lassaad Hammami',target='authorities|governor',fact='threatened')),
 ('it would not cancel the results','REJECT','would not cancel',dict(actor='CPG|CPG management',target='graduates|protesters',fact='asserted')),
 ('offered to create 150 additional posts','CONCEDE','offered',dict(actor='CPG|CPG management',target='graduates|protesters',loc='Om Larayes|Mdhilla',fact='planned',opt=True)),
 ('about 300 people marched on Thursday','PROTEST','marched',dict(actor='people|residents',target='delegation headquarters|authorities',loc='Om Larayes',date=Th,also=['SUPPORT'],fact='asserted')),
 ('police detained the brother of one of the Tabeddit protesters','COERCE','detained',dict(actor='police',target='brother of a protester',loc='Mdhilla',date=Th,arrested=1,fact='reported')),
 ('he was released without charge four hours later','CONCEDE','released',dict(actor='police',target='brother of a protester',loc='Mdhilla',date=Th,also=['RETREAT'],fact='reported')),
 ('a sit-in in Metlaoui in 2020 halted output','PROTEST','sit-in',dict(loc='Metlaoui',date='2020',opt=True,note='background')),
 ('security forces would "reopen the railway by all means"','THREATEN','reopen',dict(actor='Hedi Jaziri|Industry Minister',target='protesters|graduates',loc='Tunis',date=Th,fact='threatened')),
 ('Opposition deputies walked out of the session in protest','PROTEST','walked out',dict(actor='Opposition deputies',target='Hedi Jaziri|Industry Minister|government',loc='Tunis',date=Th,fact='asserted')),
 ('called on the authorities to investigate the alleged beating','REQUEST','called on',dict(actor='human rights association|Gafsa-based human rights association',target='authorities',fact='asserted')),
 ('farmers in Regueb blocked the road to Sfax','PROTEST','blocked',dict(actor='farmers',loc='Regueb|Sidi Bouzid',date=Tu,fact='asserted')),
 ('to demand more irrigation water','REQUEST','demand',dict(actor='farmers',target='authorities|delegate',loc='Regueb',date=Tu,also=['PROTEST'],fact='asserted')),
 ('the local delegate promised to raise their allocations','CONCEDE','promised',dict(actor='local delegate|delegate',target='farmers',loc='Regueb',date=Tu,also=['AGREE'],fact='asserted')),
 ('Secondary-school teachers in Gafsa city stopped work for two hours','PROTEST','stopped work',dict(actor='Secondary-school teachers|teachers',loc='Gafsa',date=Th,fact='asserted')),
],[
 ('the talks broke up after two hours without agreement','AGREE','negated: no agreement reached'),
 ('a regional general strike on Tuesday','PROTEST','conditional strike, not yet held'),
 ('No incidents were reported','ASSAULT','negated violence at the Om Larayes march'),
 ('"will not let the basin be held hostage"','ASSAULT','figurative hostage-taking'),
 ("talks with the teachers' union would resume on 3 December",'CONSULT','planned talks'),
 ('a planned "day of anger" march','PROTEST','postponed march, not held'),
 ('the army could be sent to protect the mines','MOBILIZE','hypothetical deployment, ruled out for now'),
])
