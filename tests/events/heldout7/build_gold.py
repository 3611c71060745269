"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the seventh blind events test set), made BEFORE any tool ran on the text. "
"Events by 1-based line; 'anchor' is an exact substring of the line and 'action' a substring of the anchor. 'factuality' follows the contract "
"(asserted, reported, denied, planned, threatened, hypothetical, negated). 'optional' events (the content of a threat, request or goal; a mention of an "
"earlier happening in passing; genuinely ambiguous mentions) are neither required nor false alarms when found. 'also' lists other PLOVER types a careful "
"coder could defend. 'date' is ISO (YYYY-MM-DD, YYYY-MM or YYYY with date_precision; for date_precision 'week' the date is the Monday of that week) "
"where the text fixes it; absent or null means not given. "
"'killed'/'injured'/'arrested' counts only where the text states them (revised figures: the latest one). Releases, amnesties, lifted curfews and "
"resignations also accept RETREAT, as in the dev gold. 'traps' are (line, type) pairs where a HAPPENED event of that type would be wrong (figurative "
"attacks, sports results, hypotheticals, denials, negations, plans not carried out, refused talks, conditional strikes, zero counts).")
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
    ev_pairs={(d['line'],d['plover']) for d in out}
    for t in tr: assert (t['line'],t['plover']) not in ev_pairs,(fname,t)
    g={'about':ABOUT.format(f=fname,g=genre),'document':{'file':fname,'published':pub},'events':out,'event_traps':tr}
    os.makedirs(os.path.join(here,'gold'),exist_ok=True)
    json.dump(g,open(os.path.join(here,'gold',fname.replace('.txt','.json')),'w'),indent=1,ensure_ascii=False)

def D(x): return '2026-11-%02d'%x

# ---------------------------------------------------------------- 1. wire, published Friday 6 Nov 2026
We,Th,Fr=D(4),D(5),D(6)
build('wire_mandera.txt','wire story on a bus bombing in Mandera county (Kenya) and its aftermath','2026-11-06',[
 ('blew up a passenger bus on the Elwak-Rhamu road','ASSAULT','blew up',dict(actor='al-Shabaab|militants',target='passenger bus|passengers',loc='Elwak|Rhamu|Mandera',date=We,killed=11,injured=17,fact='reported',note='toll revised from 9 to 11 on line 4')),
 ('gunmen hiding in the scrub then shot at passengers','ASSAULT','shot at',dict(actor='gunmen|al-Shabaab',target='passengers',loc='Elwak|Rhamu|Mandera',date=We,opt=True,fact='reported',note='part of the bombing on line 2')),
 ('Security officers arrested four men in Elwak','COERCE','arrested',dict(actor='Security officers|police',target='four men|suspects',loc='Elwak',date=Th,arrested=4,fact='reported')),
 ('confiscated a motorbike and two mobile phones','COERCE','confiscated',dict(actor='Security officers|police',loc='Elwak',date=Th,opt=True,fact='reported')),
 ('He denied social-media reports','REJECT','denied',dict(actor='Joseph Kirui|police',target='social-media reports',fact='asserted')),
 ('Kenya Defence Forces soldiers exchanged fire with a group of militants near Lafey','ASSAULT','exchanged fire',dict(actor='Kenya Defence Forces|soldiers|militants',target='militants|soldiers',loc='Lafey',date=Fr,killed=3,injured=1,fact='reported')),
 ("Residents of Lafey contested the military's version",'REJECT','contested',dict(actor='Residents of Lafey|residents',target='military|Kenya Defence Forces',loc='Lafey',also=['ACCUSE'],fact='asserted')),
 ('condemned what he called a "barbaric attack on innocent travellers"','ACCUSE','condemned',dict(actor='Peter Wambugu|Interior Cabinet Secretary|Kenya',target='al-Shabaab|attackers',loc='Mandera',date=Th,fact='asserted')),
 ('He ordered an additional 400 police officers deployed to Mandera and Wajir counties','MOBILIZE','deployed',dict(actor='Peter Wambugu|Kenya|government',loc='Mandera|Wajir',date=Th,fact='asserted')),
 ('would pay the hospital bills of the injured','AID','pay',dict(actor='government|Kenya',target='injured',fact='planned',opt=True)),
 ('imposed a dusk-to-dawn curfew','COERCE','imposed',dict(actor='county security committee',loc='Elwak|Rhamu|Lafey',date=Th,fact='asserted')),
 ("Somalia's foreign ministry denounced the bombing",'ACCUSE','denounced',dict(actor='Somalia|Somalia\'s foreign ministry',target='al-Shabaab|attackers',fact='asserted')),
 ('offered to share intelligence with Nairobi','COOPERATE','offered',dict(actor='Somalia',target='Kenya|Nairobi',fact='planned',opt=True,note='offer')),
 ('The U.S. embassy in Nairobi also condemned the attack','ACCUSE','condemned',dict(actor='U.S. embassy|United States',target='al-Shabaab|attackers',loc='Nairobi',date=Th,fact='asserted')),
 ('accused the security agencies of "sleeping on the job"','ACCUSE','accused',dict(actor='Amina Hussein|Senator',target='security agencies',loc='Nairobi',fact='asserted')),
 ('demanded that Wambugu appear before the Senate security committee','REQUEST','demanded',dict(actor='Amina Hussein|Senator',target='Peter Wambugu|Wambugu',loc='Nairobi',fact='asserted')),
 ('Several hundred residents marched through Mandera town','PROTEST','marched',dict(actor='residents',target='government|authorities',loc='Mandera',date=Th,fact='asserted')),
 ('to call for armed escorts on all buses','REQUEST','call for',dict(actor='residents',target='government|authorities',loc='Mandera',date=Th,also=['PROTEST'],fact='asserted')),
 ('Police took a fifth suspect into custody in Rhamu','COERCE','took',dict(actor='Police',target='suspect',loc='Rhamu',date=Th,arrested=1,fact='asserted')),
 ('clan elders handed him over','COOPERATE','handed him over',dict(actor='clan elders|elders',target='Police',loc='Rhamu',date=Th,opt=True)),
 ('an ambush on a police vehicle near Rhamu in June 2025','ASSAULT','ambush',dict(target='police vehicle|police officers',loc='Rhamu',date='2025-06',killed=6,opt=True,note='earlier attack in passing')),
 ('al-Shabaab threatened further attacks','THREATEN','threatened',dict(actor='al-Shabaab',target='Kenya|Kenyan government workers',fact='asserted')),
 ('called on Kenya to pull its troops out of Somalia','REQUEST','called on',dict(actor='al-Shabaab',target='Kenya',fact='asserted')),
 ('Kenyan troops serve in southern Somalia','MOBILIZE','serve',dict(actor='Kenya|Kenyan troops',loc='Somalia',opt=True,note='standing deployment, background')),
 ('urged the security forces to respect the rights of the detained','REQUEST','urged',dict(actor='Mandera Human Rights Forum',target='security forces',also=['ACCUSE'],fact='asserted')),
],[
 ('officers had beaten the detained men','ASSAULT','denied harm'),
 ('"This government is at war with the truth','ASSAULT','figurative war'),
 ('no arrests were made and no force was used','COERCE','negated arrests / force'),
 ('was safely defused by a bomb disposal team','ASSAULT','foiled bomb, no attack'),
 ('pull its troops out of Somalia','RETREAT','withdrawal demanded, not carried out'),
 ('would travel to Mogadishu next week for talks','CONSULT','talks planned for next week'),
])

# ---------------------------------------------------------------- 2. daily world digest, published Tuesday 24 Nov 2026 ("on Monday" = 23 Nov)
Su,Mo,Tu=D(22),D(23),D(24)
build('digest_world_nov24.txt','daily world news digest, 27 one-line items','2026-11-24',[
 ('Russian drones hit an electricity substation in the Odesa region overnight','ASSAULT','hit',dict(actor='Russia|Russian drones',target='electricity substation|Ukraine',loc='Odesa',date=Tu,killed=0,injured=0,fact='reported',note='overnight before a Tuesday digest = night into 24 Nov; "no casualties"')),
 ('exchanged 150 prisoners of war each','CONCEDE','exchanged',dict(actor='Russia|Ukraine',target='Ukraine|Russia',date=Mo,also=['RETREAT','AGREE'],fact='asserted')),
 ('mediated by the United Arab Emirates','CONSULT','mediated',dict(actor='United Arab Emirates|UAE',target='Russia|Ukraine',opt=True)),
 ('An Israeli drone strike on a car near Nabatieh killed two men','ASSAULT','drone strike',dict(actor='Israel|Israeli military',target='two men|Hezbollah operatives',loc='Nabatieh',date=Mo,killed=2,fact='asserted')),
 ('would file a complaint with the UN Security Council','ACCUSE','file a complaint',dict(actor='Lebanon|Beirut',target='Israel',fact='planned',opt=True)),
 ('Gunmen kidnapped an engineer','ASSAULT','kidnapped',dict(actor='Gunmen',target='engineer',loc='Kirkuk',date=Su,also=['COERCE'],fact='asserted')),
 ('Fighting between rival armed groups in Zawiya','ASSAULT','Fighting',dict(actor='rival armed groups|armed groups',target='armed groups',loc='Zawiya',date=Mo,killed=4,fact='reported')),
 ('Municipal elders brokered a ceasefire','AGREE','brokered',dict(actor='Municipal elders|armed groups',target='armed groups',loc='Zawiya',date=Mo,also=['CONSULT'],fact='asserted')),
 ('Separatist fighters set fire to a secondary school','ASSAULT','set fire',dict(actor='Separatist fighters|separatists',target='secondary school',loc='Bali|North-West region',date=Su,fact='asserted')),
 ('the army said it had killed two of the attackers','ASSAULT','killed',dict(actor='army|Cameroon',target='attackers|separatists',loc='Bali|North-West region',date=Mo,killed=2,fact='reported')),
 ('Police in Addis Ababa detained three journalists','COERCE','detained',dict(actor='Police',target='journalists|private broadcaster',loc='Addis Ababa',date=Mo,arrested=3,fact='reported')),
 ('resumed food deliveries to 40,000 displaced people in Malakal','AID','resumed food deliveries',dict(actor='World Food Programme|WFP',target='displaced people',loc='Malakal',fact='asserted')),
 ('marched on the energy ministry in Antananarivo','PROTEST','marched',dict(actor='Students',target='energy ministry|government',loc='Antananarivo',date=Mo,fact='asserted')),
 ('police fired tear gas to disperse them','COERCE','fired tear gas',dict(actor='police',target='Students',loc='Antananarivo',date=Mo,also=['ASSAULT'],fact='asserted')),
 ('and arrested 23','COERCE','arrested',dict(actor='police',target='Students',loc='Antananarivo',date=Mo,arrested=23,fact='asserted')),
 ('Tens of thousands of people rallied in Novi Sad','PROTEST','rallied',dict(actor='people|protesters',target='government|corruption',loc='Novi Sad',date=Su,fact='asserted')),
 ('the government accused "foreign-funded" groups','ACCUSE','accused',dict(actor='government|Serbia',target='"foreign-funded" groups|groups',fact='asserted')),
 ("EU-mediated talks between Kosovo's and Serbia's chief negotiators",'CONSULT','talks',dict(actor='Kosovo|Serbia|EU',target='Serbia|Kosovo',loc='Brussels',date=Mo,fact='asserted')),
 ('Police raided 14 properties in Saxony and Thuringia','COERCE','raided',dict(actor='Police|Germany',target='far-right cell|suspects',loc='Saxony|Thuringia',date=Mo,arrested=5,fact='asserted')),
 ('Farmers drove hundreds of tractors into central Zaragoza','PROTEST','drove',dict(actor='Farmers',target='government|cheap imports',loc='Zaragoza',date=Mo,fact='asserted')),
 ('Britain imposed asset freezes and travel bans on eight Iranian officials','SANCTION','imposed',dict(actor='Britain|UK',target='Iranian officials|Iran',date=Mo,fact='asserted')),
 ("Tehran summoned the British charge d'affaires",'ACCUSE','summoned',dict(actor='Iran|Tehran',target='Britain|UK',also=['PROTEST'],fact='asserted')),
 ('a dual national had been sentenced to ten years in prison','COERCE','sentenced',dict(actor='judiciary|Iran',target='dual national',fact='reported')),
 ("China's coast guard sailed four ships into waters near Kinmen",'MOBILIZE','sailed',dict(actor="China|China's coast guard",target='Taiwan',loc='Kinmen',date=Mo,also=['COERCE'],opt=True,note='patrol / show of force; arguable')),
 ('Taiwan said it had dispatched coast guard vessels','MOBILIZE','dispatched',dict(actor='Taiwan',loc='Kinmen',date=Mo,fact='reported')),
 ('North Korea fired a short-range ballistic missile into the sea','MOBILIZE','fired',dict(actor='North Korea',date=Mo,also=['THREATEN'],opt=True,note='missile test; arguable type')),
 ('Seoul and Tokyo condemned the launch','ACCUSE','condemned',dict(actor='South Korea|Seoul|Japan|Tokyo',target='North Korea',date=Mo,fact='asserted')),
 ('Tribal fighting in Enga province killed at least nine people','ASSAULT','Tribal fighting',dict(actor='tribes|tribal fighters',loc='Enga',week=D(16),killed=9,fact='reported',note='weekend of 21-22 Nov')),
 ('the government flew 200 soldiers to Wabag','MOBILIZE','flew',dict(actor='government|Papua New Guinea',loc='Wabag|Enga',date=Mo,fact='asserted')),
 ("Gangs attacked the town of Saut-d'Eau",'ASSAULT','attacked',dict(actor='Gangs',target="Saut-d'Eau|residents",loc="Saut-d'Eau",date=Su,fact='asserted')),
 ('Postal workers began a nationwide strike','PROTEST','strike',dict(actor='Postal workers',target='Canada Post',loc='Canada',date=Mo,fact='asserted')),
 ('Canberra and Beijing agreed on Monday to resume ministerial-level defence talks','AGREE','agreed',dict(actor='Australia|Canberra|China|Beijing',target='China|Australia',date=Mo,fact='asserted')),
 ('Police detained 41 people in Istanbul','COERCE','detained',dict(actor='Police|Turkey',target='suspected Islamic State cells|people',loc='Istanbul',arrested=41,fact='reported')),
 ('A 24-hour general strike over pensions','PROTEST','general strike',dict(actor='unions|workers',target='government',loc='Greece',date=Mo,fact='asserted')),
 ('A court in Harare freed 12 opposition activists on bail','CONCEDE','freed',dict(actor='court|Zimbabwe',target='opposition activists',loc='Harare',date=Mo,also=['RETREAT'],fact='asserted')),
 ('Foreign ministers meeting in Brussels on Monday','CONSULT','meeting',dict(actor='EU foreign ministers|EU',loc='Brussels',date=Mo,fact='asserted')),
 ('after Hungary vetoed it','REJECT','vetoed',dict(actor='Hungary',target='EU|sanctions package',loc='Brussels',date=Mo,fact='asserted')),
 ("At Ukraine's request",'REQUEST','request',dict(actor='Ukraine',target='UN Security Council',opt=True,note='the request itself is background to a planned meeting')),
],[
 ('ended without agreement','AGREE','talks ended without agreement'),
 ('accused of planning attacks on refugee shelters','ASSAULT','planned attacks, foiled; no attack'),
 ('another attempt would be made in December','SANCTION','sanctions not adopted (vetoed), later attempt only planned'),
 ('the Security Council will meet on Thursday','CONSULT','meeting planned for later in the week'),
 ('Morocco crushed Nigeria 3-0 in Rabat','ASSAULT','sports: football result'),
 ('to resume ministerial-level defence talks','CONSULT','talks agreed to resume later; none held yet'),
])

# ---------------------------------------------------------------- 3. analysis, published Tuesday 10 Nov 2026
build('analysis_horn_of_africa.txt','analysis on Ethiopia, Eritrea, Somalia, Egypt and sea access; figurative offensives and wars, hypotheticals, denials, a planned AU meeting','2026-11-10',[
 ('Ethiopia moved two mechanised divisions into the Afar region','MOBILIZE','moved',dict(actor='Ethiopia',target='Eritrea',loc='Afar',date=D(3),fact='reported')),
 ('Eritrea\'s information minister accused Addis Ababa of "preparing an invasion"','ACCUSE','accused',dict(actor="Eritrea|Eritrea's information minister",target='Ethiopia|Addis Ababa',fact='asserted')),
 ('Eritrea had called up reservists aged up to 50','MOBILIZE','called up',dict(actor='Eritrea',fact='reported')),
 ('Ethiopia denied any plan to attack its neighbour','REJECT','denied',dict(actor='Ethiopia|Tesfaye Gebru',target='Eritrea',date=D(6),fact='asserted')),
 ('fought one of the bloodiest wars of the late twentieth century between 1998 and 2000','ASSAULT','fought',dict(actor='Ethiopia|Eritrea',target='Eritrea|Ethiopia',date='1998',opt=True,note='background war 1998-2000')),
 ('Eritrean and Ethiopian troops exchanged fire near Zalambessa','ASSAULT','exchanged fire',dict(actor='Eritrean troops|Eritrea|Ethiopian troops',target='Ethiopian troops|Ethiopia',loc='Zalambessa',date=D(1),killed=2,fact='reported')),
 ('Eritrea said its soldiers had only returned fire','ACCUSE','said',dict(actor='Eritrea',target='Ethiopia',opt=True,note='implicit blame')),
 ("Mogadishu ordered Ethiopia's ambassador to leave within 72 hours",'SANCTION','ordered',dict(actor='Somalia|Mogadishu',target='Ethiopia',date=D(5),fact='asserted')),
 ('accusing Addis Ababa of arming clan militias in Gedo region','ACCUSE','accusing',dict(actor='Somalia|Mogadishu',target='Ethiopia|Addis Ababa',date=D(5),fact='asserted')),
 ('arming clan militias','AID','arming',dict(actor='Ethiopia',target='clan militias',loc='Gedo',opt=True,fact='reported',note='content of the accusation')),
 ('it asked the African Union to convene an emergency session','REQUEST','asked',dict(actor='Somalia|Mogadishu',target='African Union',date=D(5),fact='asserted')),
 ('flew a second consignment of armoured vehicles and ammunition to Mogadishu','AID','flew',dict(actor='Egypt',target='Somalia',loc='Mogadishu',date=D(7),also=['SUPPORT'],fact='asserted')),
 ('promised 1,000 more troops for the AU mission next year','MOBILIZE','promised',dict(actor='Egypt',loc='Somalia',fact='planned',opt=True)),
 ('called the dam "a dagger held at Egypt\'s throat"','ACCUSE','called',dict(actor="Egypt|Cairo's foreign minister",target='Ethiopia',opt=True,note='figurative accusation; undated')),
 ('hosted talks between Ethiopia and Somalia in Ankara in 2024','CONSULT','talks',dict(actor='Ethiopia|Somalia|Turkey',target='Somalia|Ethiopia',loc='Ankara',date='2024',opt=True,note='background')),
 ('an offer Addis Ababa turned down in September','REJECT','turned down',dict(actor='Ethiopia|Addis Ababa',target='Djibouti',date='2026-09',opt=True,note='earlier happening in passing')),
 ('announced on Monday (9 November) a $45 million package of humanitarian aid','AID','announced',dict(actor='United States',target='Afar|Somali regions|drought-hit communities',loc='Afar|Somali region',date=D(9),fact='asserted')),
 ('Washington also warned that it would review security cooperation','THREATEN','warned',dict(actor='United States|Washington',target='Ethiopia|Eritrea',fact='asserted')),
 ('Emirati and Ethiopian officials signed an agreement in Abu Dhabi','AGREE','signed',dict(actor='United Arab Emirates|Ethiopia',target='Ethiopia|United Arab Emirates',loc='Abu Dhabi',date=D(8),also=['COOPERATE'],fact='asserted')),
 ("he held talks with Eritrea's president in Asmara on Sunday",'CONSULT','held talks',dict(actor="Kenya|Kenya's foreign minister",target="Eritrea|Eritrea's president",loc='Asmara',date=D(8),fact='asserted')),
 ('and with Ethiopian officials in Addis Ababa on Monday','CONSULT',None,dict(actor="Kenya|Kenya's foreign minister",target='Ethiopia|Ethiopian officials',loc='Addis Ababa',date=D(9),fact='asserted')),
 ('thousands of Tigrayans marched on Saturday','PROTEST','marched',dict(actor='Tigrayans',target='Ethiopia|federal government',loc='Mekelle',date=D(7),fact='asserted')),
 ('demanding that Tigray not be dragged into another conflict','REQUEST','demanding',dict(actor='Tigrayans',target='federal government|Ethiopia',loc='Mekelle',date=D(7),also=['PROTEST'],fact='asserted')),
 ('Ethiopian federal police arrested a journalist in Addis Ababa','COERCE','arrested',dict(actor='Ethiopian federal police|Ethiopia',target='journalist',loc='Addis Ababa',date=D(9),arrested=1,fact='reported')),
 ("Eritrea's state television warned",'THREATEN','warned',dict(actor='Eritrea|Eritrean state television',target='Ethiopia',fact='asserted')),
 ('In 2018 the two governments signed a peace agreement','AGREE','signed',dict(actor='Ethiopia|Eritrea',target='Eritrea|Ethiopia',date='2018',opt=True,note='background')),
],[
 ('has waged a rhetorical offensive','ASSAULT','figurative offensive'),
 ('"preparing an invasion"','ASSAULT','alleged plan, no invasion'),
 ('"We have no intention of firing a single bullet,"','ASSAULT','negated attack'),
 ('is fighting a diplomatic war on two fronts','ASSAULT','figurative war'),
 ('a dagger held at Egypt','ASSAULT','figurative dagger'),
 ('neither side has accepted','AGREE','offer not accepted; no agreement'),
 ('If Ethiopia were to march on Assab','ASSAULT','hypothetical attack'),
 ('A closure of the Djibouti corridor','SANCTION','hypothetical blockade floated, not imposed'),
 ('has scheduled an emergency meeting of its Peace and Security Council','CONSULT','meeting planned for 19 November'),
 ('any attack would be met with','ASSAULT','hypothetical attack in a threat'),
 ('whether the war of words stays just that','ASSAULT','figurative war of words'),
])

# ---------------------------------------------------------------- 4. diplomatic crisis, published Wednesday 18 Nov 2026
build('crisis_moldova_russia.txt','diplomatic crisis report: Moldova-Russia expulsions, Transnistria gas cut-off, EU aid, requests, rejections, a prisoner release','2026-11-18',[
 ('ordered three Russian diplomats to leave the country within 72 hours','SANCTION','ordered',dict(actor='Moldova',target='Russia|Russian diplomats',loc='Chisinau',date=D(18),fact='asserted')),
 ('accusing them of financing protests','ACCUSE','accusing',dict(actor='Moldova|foreign ministry',target='Russian diplomats|Russia',date=D(18),fact='asserted')),
 ('The ministry summoned the Russian ambassador','ACCUSE','summoned',dict(actor='Moldova|foreign ministry',target='Russia|Anatoly Serov',loc='Chisinau',date=D(18),also=['PROTEST'],fact='asserted')),
 ('Moscow dismissed the accusations as "absurd"','REJECT','dismissed',dict(actor='Russia|Moscow',target='Moldova',date=D(18),fact='asserted')),
 ('promised a "mirror response"','THREATEN','promised',dict(actor='Russia|Moscow',target='Moldova',date=D(18),fact='asserted')),
 ('announced the expulsion of three Moldovan diplomats','SANCTION','expulsion',dict(actor='Russia|Russian foreign ministry',target='Moldova|Moldovan diplomats',loc='Moscow',date=D(18),fact='asserted')),
 ('Gazprom halted deliveries to the region on 1 November','SANCTION','halted',dict(actor='Gazprom|Russia',target='Transnistria',loc='Transnistria',date=D(1),fact='asserted')),
 ('declared a state of emergency on 2 November','COERCE','declared',dict(actor='Tiraspol|separatist authorities|Transnistria',loc='Transnistria',date=D(2),fact='asserted')),
 ('offered to supply Transnistria with gas','AID','offered',dict(actor='Moldova',target='Transnistria',opt=True,fact='planned',note='offer')),
 ('the separatist leadership rejected the offer on 5 November','REJECT','rejected',dict(actor='separatist leadership|Transnistria|Tiraspol',target='Moldova',date=D(5),fact='asserted')),
 ('calling it "blackmail"','ACCUSE','calling',dict(actor='separatist leadership|Transnistria',target='Moldova',date=D(5),opt=True)),
 ('Tiraspol reversed course and formally requested emergency gas supplies','REQUEST','requested',dict(actor='Tiraspol|Transnistria',target='Chisinau|Moldova',date=D(16),fact='asserted')),
 ('Tiraspol reversed course','CONCEDE','reversed course',dict(actor='Tiraspol|Transnistria',target='Moldova',date=D(16),opt=True)),
 ('Chisinau agreed on Tuesday to deliver 3 million cubic metres a day','AGREE','agreed',dict(actor='Chisinau|Moldova',target='Tiraspol|Transnistria',date=D(17),also=['AID'],fact='asserted')),
 ('two Moldovan customs officers held since October','COERCE','held',dict(actor='Tiraspol|Transnistria',target='Moldovan customs officers',date='2026-10',opt=True,note='detention in October, background')),
 ('The two officers were freed late on Tuesday at the Varnita checkpoint','CONCEDE','freed',dict(actor='Tiraspol|Transnistria',target='Moldova|customs officers',loc='Varnita',date=D(17),also=['RETREAT'],fact='asserted')),
 ('The first gas crossed into Transnistria early on Wednesday','AID','crossed',dict(actor='Moldova',target='Transnistria',loc='Transnistria',date=D(18),fact='reported')),
 ('announced on Tuesday 60 million euros in budget support','AID','announced',dict(actor='European Commission|EU',target='Moldova',date=D(17),fact='asserted')),
 ("The EU's foreign policy chief condemned",'ACCUSE','condemned',dict(actor="EU|EU's foreign policy chief",target='Russia',fact='asserted')),
 ("Moldova's president called on Russia on Tuesday",'REQUEST','called on',dict(actor="Moldova|Moldova's president",target='Russia',date=D(17),fact='asserted')),
 ('asked the OSCE to send additional monitors','REQUEST','asked',dict(actor="Moldova|Moldova's president",target='OSCE',loc='Dniester',date=D(17),fact='asserted')),
 ('ruled out talks with Chisinau on the gas debt','REJECT','ruled out',dict(actor='Russia|Moscow|Yelena Markova',target='Moldova|Chisinau',fact='asserted')),
 ('Moldova also barred entry on Wednesday to 17 Russian citizens','SANCTION','barred entry',dict(actor='Moldova',target='Russian citizens|Russia',date=D(18),fact='asserted')),
 ('Police in Chisinau detained 11 people','COERCE','detained',dict(actor='Police|Moldova',target='opposition supporters|people',loc='Chisinau',date=D(15),arrested=11,fact='asserted')),
 ('a rally outside the government building','PROTEST','rally',dict(actor='opposition party|opposition supporters',target='government|Moldova',loc='Chisinau',date=D(15),fact='asserted')),
 ('Prosecutors said some of the demonstrators had been paid to attend','ACCUSE','said',dict(actor='Prosecutors',target='opposition party|demonstrators',opt=True)),
 ('charged two party organisers with illegal financing','COERCE','charged',dict(actor='Prosecutors|Moldova',target='party organisers|opposition party',fact='asserted')),
 ("Ukraine's foreign ministry voiced support for Moldova",'SUPPORT','voiced support',dict(actor='Ukraine',target='Moldova',fact='asserted')),
 ('offered help with electricity imports','AID','offered',dict(actor='Ukraine',target='Moldova',fact='planned',opt=True)),
 ('Bucharest had agreed to raise electricity exports to Moldova','AGREE','agreed',dict(actor='Romania|Bucharest',target='Moldova',also=['AID'],fact='reported')),
 ('Tiraspol denied reports','REJECT','denied',dict(actor='Tiraspol|Transnistria',fact='asserted')),
 ('refused to pay the debts Gazprom claims Transnistria owes','REJECT','refused',dict(actor="Moldova|Moldova's prime minister",target='Gazprom|Russia',fact='asserted')),
 ('recall its ambassador from Moscow for consultations on Friday','SANCTION','recall',dict(actor='Moldova',target='Russia',loc='Moscow',date=D(20),fact='planned',opt=True,also=['PROTEST'])),
],[
 ('on condition that Tiraspol release','CONCEDE','condition of the deal (release reported separately on the next line)'),
 ('to use energy as a weapon','ASSAULT','figurative weapon'),
 ('would not negotiate "under pressure"','CONSULT','refused talks'),
 ('it had asked Moscow to send additional troops','REQUEST','denied request'),
 ('a new round of talks in the "5+2" format','CONSULT','talks frozen, not expected'),
 ('If they want to freeze Transnistria this winter','SANCTION','hypothetical cut-off'),
])

# ---------------------------------------------------------------- 5. local press, published Thursday 26 Nov 2026
Mo,Tu,We,Th=D(23),D(24),D(25),D(26)
build('local_central_java_protests.txt','local-press report: wage strikes and student, villager and teacher protests on Central Java\'s north coast (Kendal/Kaliwungu, Batang, Jepara/Mayong, Pati, Rembang/Gunem/Tegaldowo, Blora, Demak/Sayung)','2026-11-26',[
 ('Thousands of factory workers walked out of garment and footwear plants','PROTEST','walked out',dict(actor='factory workers|workers',target='employers|government',loc='Kendal|Batang|Jepara',date=We,fact='asserted')),
 ('to demand a 12 per cent rise in the 2027 regional minimum wage','REQUEST','demand',dict(actor='factory workers|workers',target='government|provincial government',loc='Kendal|Batang|Jepara',date=We,also=['PROTEST'],fact='asserted')),
 ('police fired tear gas and used water cannon','COERCE','fired tear gas',dict(actor='police',target='workers',loc='Kaliwungu|Kendal',date=We,injured=19,also=['ASSAULT'],fact='asserted')),
 ('workers blocked the Pantura highway','PROTEST','blocked',dict(actor='workers',loc='Kaliwungu|Kendal',date=We,fact='asserted')),
 ('two police officers were hurt by stones','PROTEST','hurt by stones',dict(actor='workers|protesters',target='police officers|police',loc='Kaliwungu|Kendal',date=We,injured=2,also=['ASSAULT'],fact='reported')),
 ('Police detained 27 people','COERCE','detained',dict(actor='Police',target='workers|people',loc='Kendal',date=We,arrested=27,fact='reported')),
 ('20 were released on Thursday morning','CONCEDE','released',dict(actor='Police',target='workers',loc='Kendal',date=Th,also=['RETREAT'],fact='reported')),
 ('face charges of incitement','COERCE','charges',dict(actor='Police',target='seven detainees|workers',loc='Kendal',opt=True,fact='reported')),
 ("about 2,000 workers marched to the regent's office",'PROTEST','marched',dict(actor='workers',target="regent|regent's office",loc='Batang',date=We,fact='asserted')),
 ('met a delegation of union leaders for two hours','CONSULT','met',dict(actor='Wahyu Prasetyo|regent',target='union leaders',loc='Batang',date=We,fact='asserted')),
 ('He promised to forward their demand to the governor','AGREE','promised',dict(actor='Wahyu Prasetyo|regent',target='union leaders|workers',loc='Batang',date=We,fact='planned',opt=True)),
 ('workers at 14 plants had stopped work on Wednesday','PROTEST','stopped work',dict(actor='workers|union alliance',target='employers',loc='Jepara',date=We,fact='reported')),
 ('threatened to dismiss workers who joined the strike','THREATEN','threatened',dict(actor='Management|shoe factory',target='workers',loc='Mayong|Jepara',date=We,fact='asserted')),
 ('several hundred students from local campuses rallied outside the regional parliament','PROTEST','rallied',dict(actor='students',target='regional parliament|land and building tax',loc='Pati',date=Tu,fact='asserted')),
 ('in support of the workers','SUPPORT','support',dict(actor='students',target='workers',loc='Pati',date=Tu,opt=True)),
 ('Some students pulled down the fence of the parliament compound','PROTEST','pulled down',dict(actor='students',target='regional parliament',loc='Pati',date=Tu,also=['ASSAULT'],fact='asserted')),
 ('police pushed them back with batons','COERCE','pushed them back',dict(actor='police',target='students',loc='Pati',date=Tu,also=['ASSAULT'],fact='asserted')),
 ('and arrested 12','COERCE','arrested',dict(actor='police',target='students',loc='Pati',date=Tu,arrested=12,fact='asserted')),
 ('who were released the same evening','CONCEDE','released',dict(actor='police',target='students',loc='Pati',date=Tu,also=['RETREAT'],fact='asserted')),
 ('the tax rise would be postponed for a year','CONCEDE','postponed',dict(actor='Pati regent|regent',target='students',loc='Pati',date=We,also=['RETREAT'],fact='asserted')),
 ('a concession the students dismissed as "insufficient"','REJECT','dismissed',dict(actor='students',target='Pati regent|regent',loc='Pati',fact='asserted')),
 ('villagers from Tegaldowo in Gunem district blocked access to a limestone quarry','PROTEST','blocked',dict(actor='villagers',target='limestone quarry|quarry operator',loc='Tegaldowo|Gunem|Rembang',date=Mo,fact='asserted')),
 ('saying blasting had cracked their houses','ACCUSE','saying',dict(actor='villagers',target='quarry operator',loc='Tegaldowo',opt=True)),
 ('it had suspended blasting "as a goodwill gesture"','CONCEDE','suspended',dict(actor='quarry operator',target='villagers',loc='Tegaldowo|Gunem|Rembang',also=['RETREAT'],fact='asserted')),
 ('The villagers lifted the blockade on Wednesday','CONCEDE','lifted',dict(actor='villagers',target='quarry operator',loc='Tegaldowo|Gunem|Rembang',date=We,also=['RETREAT'],fact='asserted')),
 ('the company agreed to pay for repairs to 40 houses','AGREE','agreed',dict(actor='quarry operator|company',target='villagers',loc='Tegaldowo|Gunem|Rembang',date=We,also=['CONCEDE'],fact='asserted')),
 ('teachers on short-term contracts staged a sit-in at the education office','PROTEST','sit-in',dict(actor='teachers|contract teachers',target='education office',loc='Blora',date=Tu,fact='asserted')),
 ('to demand permanent civil-service status','REQUEST','demand',dict(actor='teachers|contract teachers',target='education office|government',loc='Blora',date=Tu,also=['PROTEST'],fact='asserted')),
 ('Sri Handayani, refused to meet them','REJECT','refused',dict(actor='Sri Handayani|education office',target='teachers',loc='Blora',date=Tu,fact='asserted')),
 ("The Central Java Workers' Alliance on Thursday threatened a province-wide general strike",'THREATEN','threatened',dict(actor="Central Java Workers' Alliance|union alliance",target='provincial government|governor',loc='Central Java',date=Th,fact='asserted')),
 ('The alliance accused police of "criminalising" workers in Kendal','ACCUSE','accused',dict(actor="Central Java Workers' Alliance|alliance",target='police',loc='Kendal',fact='asserted')),
 ('demanded the release of the seven still held','REQUEST','demanded',dict(actor="Central Java Workers' Alliance|alliance",target='police',loc='Kendal',fact='asserted')),
 ('Kendal police denied using excessive force','REJECT','denied',dict(actor='Kendal police|police',target="Central Java Workers' Alliance|alliance",loc='Kendal',fact='asserted')),
 ('"anarchic" protesters who attacked them first','ACCUSE','attacked',dict(actor='Kendal police',target='protesters',loc='Kendal',opt=True)),
 ('around 300 farmers and fishermen blocked the Semarang-Demak road','PROTEST','blocked',dict(actor='farmers and fishermen|farmers',target='government|sea wall project',loc='Sayung|Demak',date=We,fact='asserted')),
 ('Police negotiated with the crowd','CONSULT','negotiated',dict(actor='Police',target='farmers and fishermen|crowd',loc='Sayung|Demak',date=We,opt=True)),
 ('the farmers reopened the road','CONCEDE','reopened',dict(actor='farmers|farmers and fishermen',loc='Sayung|Demak',date=We,also=['RETREAT'],fact='asserted')),
 ('warned that some factories could move to other provinces','THREATEN','warned',dict(actor="employers' association",target='provincial government|workers',opt=True,fact='asserted',note='conditional warning; arguable')),
 ('the provincial government agreed to an 8 per cent increase in December 2025','AGREE','agreed',dict(actor='provincial government',target='workers|unions',date='2025-12',also=['CONCEDE'],opt=True,note='background')),
],[
 ('The march in Batang ended without incident, and police there made no arrests','COERCE','negated arrests'),
 ('saying the matter was for Jakarta to decide','CONSULT','refused meeting; no talks'),
 ('the governor would meet union leaders in Semarang on Monday','CONSULT','meeting planned for next Monday'),
 ('from 1 December if the increase is set below 10 per cent','PROTEST','conditional, threatened strike'),
 ('denied using excessive force','ASSAULT','denied harm'),
 ('there were no arrests','COERCE','negated arrests'),
 ('they would return to the streets on Friday','PROTEST','conditional future protest'),
])
