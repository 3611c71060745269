"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the ninth blind events test set), made BEFORE any tool ran on the text. "
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
# ---------------------------------------------------------------- 1. wire, published Tuesday 17 Nov 2026
Su,Mo,Tu=D(15),D(16),D(17)
build('wire_kurram.txt','wire story on a convoy ambush and sectarian clashes in Kurram district (Khyber Pakhtunkhwa, Pakistan) and their aftermath','2026-11-17',[
 ('Gunmen ambushed a convoy of passenger vehicles','ASSAULT','ambushed',dict(actor='Gunmen|attackers',target='convoy|passengers|Shia passengers|police escort',loc='Kurram|Bagan|Lower Kurram',date=Su,killed=31,injured=44,fact='reported',note='toll revised from nineteen (Monday) to 31 (Tuesday); 44 wounded')),
 ('opened fire from both sides of the road','ASSAULT','opened fire',dict(actor='attackers|Gunmen',target='convoy|passengers',loc='Bagan|Lower Kurram',date=Su,opt=True,fact='reported',note='restates the ambush')),
 ('two policemen from the escort were also killed','ASSAULT','killed',dict(target='policemen|police escort',loc='Bagan|Kurram',killed=2,opt=True,fact='reported',note='part of the ambush toll')),
 ('Shia elders in Parachinar blamed Sunni tribesmen from Bagan','ACCUSE','blamed',dict(actor='Shia elders',target='Sunni tribesmen|Bagan',loc='Parachinar')),
 ('an accusation the Bagan tribal council denied','REJECT','denied',dict(actor='Bagan tribal council|Sunni tribesmen',target='Shia elders')),
 ('armed men from both communities were exchanging heavy fire','ASSAULT','exchanging heavy fire',dict(actor='armed men|Shia tribesmen|Sunni tribesmen',target='armed men|Sunni tribesmen|Shia tribesmen',loc='Bagan|Alizai|Balishkhel|Kurram',date=Su,killed=12,fact='reported',note='"Within hours" of the Sunday ambush')),
 ('the fighting had spread to the outskirts of Sadda','ASSAULT','fighting',dict(loc='Sadda',date=Mo,opt=True,fact='reported',note='continuation of the same clashes')),
 ("Shops in Bagan's main bazaar were set ablaze",'ASSAULT','set ablaze',dict(target='shops|bazaar',loc='Bagan',date=Mo,note='"overnight into Monday"; passive, no actor')),
 ("a mortar round hit a girls' school in Alizai",'ASSAULT','hit',dict(target="girls' school|school",loc='Alizai',killed=0,injured=0,note='"no one was hurt there"; day not fixed')),
 ('Five men from Bagan who were seized by gunmen in Alizai on Sunday evening','ASSAULT','seized',dict(actor='gunmen',target='Five men from Bagan|men from Bagan',loc='Alizai',date=Su,also=['COERCE'],fact='reported')),
 ('it had deployed 1,500 Frontier Corps troops and police to Kurram','MOBILIZE','deployed',dict(actor='Khyber Pakhtunkhwa government|provincial government|Frontier Corps|police',loc='Kurram',note='"said on Monday it had deployed": the date is of the saying')),
 ('closed the main Thall-Parachinar road to all traffic','COERCE','closed',dict(actor='Khyber Pakhtunkhwa government|provincial government',target='road|traffic|residents',loc='Thall-Parachinar road|Kurram|Parachinar')),
 ('imposed a curfew in Lower Kurram','COERCE','imposed',dict(actor='Khyber Pakhtunkhwa government|provincial government',target='residents|Lower Kurram',loc='Lower Kurram|Kurram')),
 ('suspended mobile internet services across the district','COERCE','suspended',dict(actor='Khyber Pakhtunkhwa government|provincial government',target='residents|district',loc='Kurram')),
 ('soldiers came under fire near Sadda on Monday evening','ASSAULT','came under fire',dict(actor='attackers',target='soldiers|army',loc='Sadda',date=Mo,fact='reported',note='passive; attackers not named')),
 ('returned fire, killing two attackers','ASSAULT','returned fire',dict(actor='soldiers|army',target='attackers',loc='Sadda',date=Mo,killed=2,fact='reported')),
 ('they had arrested 17 people in Bagan and Mandori','COERCE','arrested',dict(actor='Police',target='people|suspects',loc='Bagan|Mandori',arrested=17,fact='reported')),
 ('an anti-terrorism court in Kohat remanded eight of them in custody','COERCE','remanded',dict(actor='anti-terrorism court|court',target='suspects|eight of them',loc='Kohat',date=Tu)),
 ('Shia leaders in Parachinar dismissed the arrests as "cosmetic"','REJECT','dismissed',dict(actor='Shia leaders',target='Police|government|Khyber Pakhtunkhwa government',loc='Parachinar',also=['ACCUSE'])),
 ('began a sit-in outside the press club on Monday','PROTEST','sit-in',dict(actor='Shia leaders',target='government|Khyber Pakhtunkhwa government',loc='Parachinar',date=Mo)),
 ('demanding that the road be reopened under army protection','REQUEST','demanding',dict(actor='Shia leaders',target='government|Khyber Pakhtunkhwa government|army',loc='Parachinar',date=Mo,also=['PROTEST'])),
 ('thousands of Sunni tribesmen gathered on Monday afternoon in a show of support for the Bagan elders','PROTEST','gathered',dict(actor='Sunni tribesmen',target='government|Khyber Pakhtunkhwa government',loc='Sadda',date=Mo,also=['SUPPORT'],note='rally of support for the elders that also protests "collective punishment"; either type accepted')),
 ('a grand jirga of elders from both sects met in Kohat on Monday','CONSULT','met',dict(actor='grand jirga|elders|Shia elders|Sunni elders',target='elders|Sunni elders|Shia elders',loc='Kohat',date=Mo,fact='reported')),
 ('agreed to a seven-day ceasefire','AGREE','agreed',dict(actor='grand jirga|elders|Shia elders|Sunni elders',target='elders|Sunni elders|Shia elders',loc='Kohat',date=Mo,fact='reported')),
 ('The bodies of four villagers were returned to their families','CONCEDE','returned',dict(target='families',loc='Sadda',date=Tu,also=['COOPERATE'],opt=True,note='return of bodies under the deal; type arguable')),
 ('fighters on both sides began vacating hilltop bunkers around Balishkhel','RETREAT','vacating',dict(actor='fighters|armed men',loc='Balishkhel',date=Tu,also=['CONCEDE'],fact='reported')),
 ('gunmen fired on a police checkpoint near Balishkhel overnight','ASSAULT','fired on',dict(actor='gunmen',target='police checkpoint|constables|police',loc='Balishkhel',date=Tu,injured=3,fact='reported',note='"overnight" before a Tuesday wire = night into 17 Nov')),
 ('condemned the ambush as "an attack on the state"','ACCUSE','condemned',dict(actor='Ahsan Qureshi|interior minister|Pakistan',target='Gunmen|attackers')),
 ('accused "foreign-backed elements" operating from Afghanistan','ACCUSE','accused',dict(actor='Ahsan Qureshi|interior minister|Pakistan',target='foreign-backed elements|Afghanistan')),
 ('The Taliban administration in Kabul rejected the accusation','REJECT','rejected',dict(actor='Taliban administration|Kabul|Afghanistan',target='Pakistan|Ahsan Qureshi|Islamabad')),
 ('Islamabad warned that it would "not hesitate to act"','THREATEN','warned',dict(actor='Pakistan|Islamabad',target='Afghanistan|Kabul|militant hideouts')),
 ('a warning Kabul called "irresponsible"','ACCUSE','called',dict(actor='Kabul|Afghanistan|Taliban administration',target='Pakistan|Islamabad',opt=True,note='mild criticism')),
 ('it had flown medicines to the district hospital in Parachinar','AID','flown',dict(actor='Edhi Foundation',target='district hospital|Parachinar',loc='Parachinar')),
 ('the provincial government sent 40 tonnes of flour by air on Tuesday','AID','sent',dict(actor='provincial government|Khyber Pakhtunkhwa government',target='Parachinar|Kurram|residents',loc='Parachinar|Kurram',date=Tu)),
 ('Doctors at the hospital had appealed on Monday for blood donors','REQUEST','appealed',dict(actor='Doctors',target='blood donors|public|Peshawar|government',loc='Parachinar',date=Mo)),
 ('urged the authorities to reopen the road and protect convoys','REQUEST','urged',dict(actor='Human Rights Commission of Pakistan|HRCP',target='authorities|government|Khyber Pakhtunkhwa government')),
 ('more than 130 people were killed in clashes','ASSAULT','clashes',dict(loc='Kurram',date='2024-11',killed=130,opt=True,note='background, November 2024')),
 ('a similar convoy attack in November 2024','ASSAULT','attack',dict(loc='Kurram',date='2024-11',opt=True,note='background')),
 ('the road stayed closed for almost four months','COERCE','closed',dict(loc='Kurram',date='2024-11',opt=True,note='background closure')),
],[
 ('ignite a sectarian war in the district','ASSAULT','alleged aim; a war not happened'),
 ('act" against militant hideouts across the border','ASSAULT','conditional strike in a warning'),
 ('"besieged"','COERCE','figurative siege (the closure is coded on line 9)'),
 ('"no plans" for a military operation','ASSAULT','negated plan of attack'),
 ('a second jirga session would be held in Kohat on Thursday','CONSULT','talks planned for Thursday'),
 ('no arrests had been made in that attack','COERCE','negated arrests'),
])

# ---------------------------------------------------------------- 2. weekly maritime round-up, published Monday 30 Nov 2026 (week Mon 23 - Sun 29 Nov)
Mo,Tu,We,Th,Fr,Sa,Su=[D(x) for x in range(23,30)]
build('roundup_maritime.txt','weekly maritime security round-up, 26 one-line items (Gulf of Guinea, Gulf of Aden, Red Sea, Gulf of Oman, Hormuz, Singapore Strait, South China Sea, Baltic, EU, Mediterranean, Palk Strait, Black Sea, West Africa, Indian Ocean, eastern Pacific, sport, next week)','2026-11-30',[
 ('Pirates boarded the Liberian-flagged tanker Aurora Bay','ASSAULT','boarded',dict(actor='Pirates',target='Aurora Bay|tanker',loc='Bioko|Gulf of Guinea|Equatorial Guinea',date=Tu,opt=True,note='the boarding, part of the kidnapping attack')),
 ('kidnapped nine of its 21 crew','ASSAULT','kidnapped',dict(actor='Pirates',target='crew|Aurora Bay',loc='Bioko|Gulf of Guinea|Equatorial Guinea',date=Tu,also=['COERCE'],fact='reported')),
 ('Nigerian navy special forces stormed a fishing trawler','ASSAULT','stormed',dict(actor='Nigerian navy|navy special forces|Nigeria',target='pirates|fishing trawler',loc='Bonny Island|Gulf of Guinea',killed=2,fact='reported',note='day of the storming not fixed ("on Thursday" dates the hijacking)')),
 ('had been hijacked off Bonny Island on Thursday','ASSAULT','hijacked',dict(actor='pirates',target='fishing trawler|crew',loc='Bonny Island|Gulf of Guinea',date=Th,also=['COERCE'],fact='reported')),
 ('four suspects were arrested','COERCE','arrested',dict(actor='Nigerian navy|Nigeria',target='suspects|pirates',loc='Bonny Island',arrested=4,fact='reported')),
 ('Somali pirates hijacked a Yemeni-flagged dhow off Eyl','ASSAULT','hijacked',dict(actor='Somali pirates|pirates',target='dhow|Yemeni-flagged dhow',loc='Eyl|Puntland|Gulf of Aden|Somalia',date=We,also=['COERCE'],fact='reported')),
 ('a Spanish frigate was shadowing the dhow','MOBILIZE','shadowing',dict(actor='Spanish frigate|Spain|Atalanta',target='Somali pirates',loc='Eyl|Gulf of Aden',opt=True)),
 ('Atalanta on Saturday handed over to the Seychelles six suspected pirates','COOPERATE','handed over',dict(actor='Atalanta|EU naval force|EU',target='Seychelles',loc='Victoria|Seychelles',date=Sa,also=['COERCE'])),
 ('pirates captured after a failed attack','COERCE','captured',dict(actor='Atalanta|EU naval force',target='suspected pirates|pirates',week=D(16),opt=True,note='capture told in passing, last week')),
 ('a failed attack on a bulk carrier last week','ASSAULT','attack',dict(actor='pirates',target='bulk carrier',week=D(16),opt=True,note='earlier attack in passing')),
 ('The Houthis said they had fired two drones at the Greek-owned bulk carrier Eleni M','ASSAULT','fired',dict(actor='Houthis',target='Eleni M|bulk carrier',loc='Hodeidah|Red Sea',date=Mo,killed=0,injured=0,fact='reported',note='"causing no damage or casualties"')),
 ('one drone was shot down','ASSAULT','shot down',dict(target='drone|Houthis',loc='Hodeidah|Red Sea',date=Mo,opt=True,fact='reported',note='interception, interceptor not named')),
 ('A Houthi military spokesman warned on Wednesday','THREATEN','warned',dict(actor='Houthi military spokesman|Houthis',target='ships calling at Israeli ports|Israel|shipping',loc='Red Sea',date=We)),
 ('The US Treasury on Thursday imposed sanctions on three shipping companies','SANCTION','imposed sanctions',dict(actor='US Treasury|United States',target='shipping companies',date=Th)),
 ('it said had carried Iranian weapons to the Houthis','ACCUSE','said',dict(actor='US Treasury|United States',target='shipping companies|Iran',opt=True,note='the accusation behind the sanctions')),
 ("Iran's Revolutionary Guards seized the Marshall Islands-flagged tanker Sea Pearl",'COERCE','seized',dict(actor="Iran's Revolutionary Guards|Revolutionary Guards|IRGC|Iran",target='Sea Pearl|tanker|crew',loc='Fujairah|Gulf of Oman|Bandar Abbas',date=We)),
 ('accusing it of smuggling fuel','ACCUSE','accusing',dict(actor="Iran's Revolutionary Guards|Iran",target='Sea Pearl|tanker',opt=True,note='the charge behind the seizure')),
 ("India's foreign ministry summoned Iran's ambassador on Thursday",'ACCUSE','summoned',dict(actor="India|India's foreign ministry",target="Iran|Iran's ambassador",date=Th,also=['PROTEST'])),
 ('demanded consular access to the crew','REQUEST','demanded',dict(actor="India|India's foreign ministry",target='Iran|Tehran',date=Th)),
 ('Tehran granted the access on Saturday','CONCEDE','granted',dict(actor='Iran|Tehran',target='India',date=Sa,also=['AGREE'])),
 ('two sick sailors were released on Sunday','CONCEDE','released',dict(actor='Iran|Tehran',target='sailors|crew|India',loc='Bandar Abbas',date=Su,also=['RETREAT'])),
 ('an Iranian patrol boat had approached one of its destroyers','THREATEN','approached',dict(actor='Iranian patrol boat|Iran',target='US Navy|United States|destroyer',loc='Strait of Hormuz',date=Fr,also=['MOBILIZE'],opt=True,fact='reported',note='"unsafe" approach, a show of force; type arguable')),
 ('The US Navy said an Iranian patrol boat','ACCUSE','said',dict(actor='US Navy|United States',target='Iran',opt=True,note='implicit complaint')),
 ('Four robbers armed with knives boarded a bulk carrier anchored off Batam','ASSAULT','boarded',dict(actor='robbers',target='bulk carrier|crewman',loc='Batam|Singapore Strait|Indonesia',date=Fr,injured=1,note='crewman tied up and slightly injured; spares stolen')),
 ('A Chinese coast guard ship fired a water cannon at a Philippine fisheries vessel','ASSAULT','fired a water cannon',dict(actor='Chinese coast guard|China',target='Philippine fisheries vessel|Philippines|crew',loc='Sandy Cay|South China Sea',date=Tu,injured=2,also=['COERCE'],fact='reported')),
 ('Beijing said the Philippine vessel had "illegally intruded"','ACCUSE','said',dict(actor='China|Beijing',target='Philippines|Philippine fisheries vessel',opt=True,note='counter-account')),
 ('had been "expelled in accordance with the law"','COERCE','expelled',dict(actor='Chinese coast guard|China',target='Philippine fisheries vessel|Philippines',loc='Sandy Cay',date=Tu,opt=True,fact='reported',note="Beijing's wording for the same water-cannon incident")),
 ('The Philippines filed a diplomatic protest over the incident on Wednesday','ACCUSE','filed a diplomatic protest',dict(actor='Philippines|Manila',target='China|Beijing',date=We,also=['PROTEST'])),
 ('issued a joint statement backing Manila','SUPPORT','backing',dict(actor='United States|Japan|Australia',target='Philippines|Manila')),
 ('The two Chinese vessels withdrew from the cay on Thursday','RETREAT','withdrew',dict(actor='Chinese vessels|Chinese coast guard|China',loc='Sandy Cay|South China Sea',date=Th,fact='reported')),
 ('The Swedish coast guard boarded and detained the Cameroon-flagged cargo ship Vega Star','COERCE','detained',dict(actor='Swedish coast guard|Sweden',target='Vega Star|cargo ship',loc='Gotland|Baltic Sea',date=Su)),
 ('a data cable between Gotland and Latvia was damaged','ASSAULT','damaged',dict(target='data cable|Sweden|Latvia',loc='Gotland|Baltic Sea',opt=True,note='possible sabotage under investigation; not established')),
 ("Russia's foreign ministry called the detention",'ACCUSE','called',dict(actor="Russia|Russia's foreign ministry",target='Sweden|Stockholm|Swedish coast guard')),
 ("demanded the ship's immediate release",'REQUEST','demanded',dict(actor="Russia|Russia's foreign ministry",target='Sweden|Stockholm')),
 ('Stockholm refused','REJECT','refused',dict(actor='Sweden|Stockholm',target="Russia|Russia's foreign ministry")),
 ('EU governments on Friday added 40 more tankers','SANCTION','added',dict(actor='EU|EU governments|European Union',target="Russia|shadow fleet|tankers",date=Fr)),
 ('A Libyan coast guard patrol boat fired at the German charity rescue ship Ocean Harbour','ASSAULT','fired at',dict(actor='Libyan coast guard|Libya',target='Ocean Harbour|rescue ship|German charity|migrants',loc='Zuwara|Mediterranean|Libya',date=Th,killed=0,injured=0,note='"none ... were hurt"')),
 ('The European Commission asked Libya to investigate','REQUEST','asked',dict(actor='European Commission|EU',target='Libya')),
 ('Italian authorities impounded the Ocean Harbour','COERCE','impounded',dict(actor='Italian authorities|Italy',target='Ocean Harbour|German charity',loc='Pozzallo|Italy',date=Sa)),
 ('accusing it of ignoring coast guard instructions','ACCUSE','accusing',dict(actor='Italian authorities|Italy',target='Ocean Harbour|German charity',opt=True,note='the charge behind the impounding')),
 ('the charity said it would appeal','REJECT','appeal',dict(actor='German charity|charity',target='Italian authorities|Italy',opt=True,fact='planned',note='announced legal challenge')),
 ('The Sri Lankan navy arrested 18 Indian fishermen off Mannar on Tuesday','COERCE','arrested',dict(actor='Sri Lankan navy|Sri Lanka',target='Indian fishermen|fishermen|India',loc='Mannar|Palk Strait',date=Tu,arrested=18)),
 ('seized their three trawlers','COERCE','seized',dict(actor='Sri Lankan navy|Sri Lanka',target='trawlers|Indian fishermen',loc='Mannar|Palk Strait',date=Tu,opt=True,note='part of the same operation')),
 ("Tamil Nadu's chief minister asked New Delhi to secure their release",'REQUEST','asked',dict(actor="Tamil Nadu's chief minister|Tamil Nadu",target='New Delhi|India|Indian government')),
 ('fishermen in Rameswaram went on an indefinite strike on Thursday','PROTEST','strike',dict(actor='fishermen',target='Sri Lanka|Sri Lankan navy|India|Indian government',loc='Rameswaram',date=Th)),
 ('Russia said a Ukrainian sea drone had hit a tanker at anchor off Novorossiysk','ASSAULT','hit',dict(actor='Ukraine|Ukrainian sea drone',target='tanker',loc='Novorossiysk|Black Sea',date=We,fact='reported',note='"overnight into Wednesday"; Kyiv did not confirm')),
 ("Senegal's navy intercepted a pirogue carrying 187 migrants off Saint-Louis on Sunday",'COERCE','intercepted',dict(actor="Senegal's navy|Senegal",target='migrants|pirogue',loc='Saint-Louis|Senegal',date=Su)),
 ('The Indian and French navies began a five-day joint exercise off Goa on Monday','MOBILIZE','began a five-day joint exercise',dict(actor='Indian navy|French navy|India|France',target='French navy|Indian navy|France|India',loc='Goa|Indian Ocean',date=Mo,also=['COOPERATE'])),
 ('Mauritius and Britain agreed on Thursday to carry out joint fisheries patrols','AGREE','agreed',dict(actor='Mauritius|Britain',target='Britain|Mauritius',loc='Chagos Archipelago',date=Th,also=['COOPERATE'])),
 ('The US military said it had struck a boat carrying drugs in international waters on Wednesday','ASSAULT','struck',dict(actor='US military|United States',target='boat|drug smugglers|people',loc='eastern Pacific',date=We,killed=3,fact='reported')),
 ("Colombia's president condemned the strike",'ACCUSE','condemned',dict(actor="Colombia|Colombia's president",target='United States|US military')),
],[
 ('NATO said on Sunday it would send two more frigates','MOBILIZE','deployment announced for later'),
 ('would be "a legitimate target"','ASSAULT','threatened attack, not carried out'),
 ('no shots were fired','ASSAULT','negated shooting'),
 ('"an act of piracy"','ASSAULT','figurative piracy (the detention is coded as COERCE)'),
 ("the ship's immediate release",'CONCEDE','release demanded and refused'),
 ('secure their release','CONCEDE','release requested, not done'),
 ('neither confirmed nor denied the attack','REJECT','no denial made'),
 ("New Zealand torpedoed Britain's hopes",'ASSAULT','sports result'),
 ('are due to sign a maritime security pact in Malabo on Thursday','AGREE','signing planned for next week'),
])

# ---------------------------------------------------------------- 3. diplomatic crisis report, published Thursday 12 Nov 2026
Su,Mo,Tu,We=D(8),D(9),D(10),D(11)
build('crisis_china_japan.txt','diplomatic crisis report: China-Japan row over missiles on Yonaguni: seafood import ban, export ban, detained executive, summoned ambassador, Senkaku incursion, scrambles, demands, refusals, releases, a suspect transfer, protests','2026-11-12',[
 ('China on Wednesday suspended all imports of seafood from Japan','SANCTION','suspended',dict(actor='China|Beijing',target='Japan',date=We)),
 ('told its citizens to avoid travelling there','SANCTION','told',dict(actor='China|Beijing',target='Japan',date=We,opt=True,note='travel advisory as economic pressure; type arguable')),
 ('a move Beijing has called "a dangerous provocation"','ACCUSE','called',dict(actor='China|Beijing',target="Japan|Tokyo|Japan's defence ministry")),
 ('Japan "must immediately correct its mistake"','REQUEST','must immediately correct',dict(actor="China|Liu Haoming|China's foreign ministry",target='Japan|Tokyo',date=We)),
 ('warned that Tokyo would "bear all the consequences"','THREATEN','warned',dict(actor="China|Liu Haoming|China's foreign ministry",target='Japan|Tokyo',date=We)),
 ('Tokyo rejected the demand','REJECT','rejected',dict(actor='Japan|Tokyo|Kenji Morimoto',target='China|Beijing')),
 ('Japan had lodged a protest over the seafood ban','ACCUSE','lodged a protest',dict(actor='Japan|Tokyo',target='China|Beijing',also=['PROTEST'])),
 ("Japan's vice foreign minister summoned China's ambassador on Tuesday",'ACCUSE','summoned',dict(actor="Japan|Japan's vice foreign minister",target="China|China's ambassador",loc='Tokyo',date=Tu,also=['PROTEST'])),
 ('Chinese state security officers detained in Beijing on Sunday','COERCE','detained',dict(actor='Chinese state security officers|China',target='Japanese pharmaceutical executive|executive|Japan',loc='Beijing',date=Su,arrested=1)),
 ('on suspicion of espionage','ACCUSE','suspicion',dict(actor='China|Chinese state security officers',target='Japanese pharmaceutical executive|executive',opt=True,note='the charge behind the detention')),
 ('Tokyo demanded his immediate release','REQUEST','demanded',dict(actor='Japan|Tokyo',target='China|Beijing')),
 ('Beijing allowed a consular visit on Wednesday','CONCEDE','allowed',dict(actor='China|Beijing',target='Japan|Tokyo',loc='Beijing',date=We,also=['AGREE'])),
 ('Four Chinese coast guard ships entered the territorial waters around the Senkaku Islands','MOBILIZE','entered',dict(actor='Chinese coast guard|China',target='Japan',loc='Senkaku Islands|Diaoyu|East China Sea',date=Mo,also=['COERCE','THREATEN'],fact='reported',note='incursion into claimed waters, a show of force')),
 ('Japanese patrol vessels repeatedly ordered them to leave','REQUEST','ordered',dict(actor="Japanese patrol vessels|Japan's coast guard|Japan",target='Chinese coast guard|China',loc='Senkaku Islands',also=['COERCE'])),
 ('the Chinese ships withdrew on Tuesday evening','RETREAT','withdrew',dict(actor='Chinese coast guard|China|Chinese ships',loc='Senkaku Islands',date=Tu)),
 ('The Air Self-Defense Force scrambled fighter jets on Tuesday','MOBILIZE','scrambled',dict(actor='Air Self-Defense Force|Japan',target='China|Chinese military drones',loc='Yonaguni',date=Tu)),
 ('two Chinese military drones flew between Yonaguni and Taiwan','MOBILIZE','flew',dict(actor='China|Chinese military',loc='Yonaguni|Taiwan',date=Tu,also=['THREATEN'],opt=True,note='military flight; type arguable')),
 ('it was banning exports of dual-use items','SANCTION','banning',dict(actor='China|Beijing',target='Japanese defence contractors|Japan',date=Tu)),
 ('added the companies to its "unreliable entity" list','SANCTION','added',dict(actor='China|Beijing',target='Japanese defence contractors|Japan',date=Tu,opt=True,note='part of the same package')),
 ("Japan's trade minister called the measures",'ACCUSE','called',dict(actor="Japan|Japan's trade minister",target='China|Beijing')),
 ('Tokyo would take the case to the World Trade Organization if they were not withdrawn','THREATEN','would take the case',dict(actor='Japan|Tokyo',target='China|Beijing',note='conditional threat of a legal challenge')),
 ('About 300 people demonstrated outside the Japanese embassy in Beijing on Monday','PROTEST','demonstrated',dict(actor='people|protesters',target='Japan|Japanese embassy',loc='Beijing',date=Mo)),
 ('police kept them behind metal barriers','COERCE','kept',dict(actor='police|China',target='protesters|people',loc='Beijing',date=Mo,opt=True,note='crowd control; minor')),
 ('held "frank" consultations in Beijing on Monday','CONSULT','consultations',dict(actor='China|Japan|senior officials',target='Japan|China',loc='Beijing',date=Mo,fact='reported')),
 ('spoke by phone with the U.S. Secretary of State on Tuesday','CONSULT','spoke by phone',dict(actor='Haruto Sakamoto|Japan',target='U.S. Secretary of State|United States',date=Tu)),
 ('Washington said it "stands firmly with" its ally','SUPPORT','stands firmly with',dict(actor='United States|Washington',target='Japan')),
 ("South Korea's foreign minister offered on Wednesday to host talks",'AGREE','offered',dict(actor="South Korea|South Korea's foreign minister",target='Japan|China',date=We,note='offer to mediate (PLOVER AGREE covers offers)')),
 ('an offer Japan welcomed','SUPPORT','welcomed',dict(actor='Japan',target='South Korea',opt=True)),
 ('Chinese authorities on Wednesday freed the captain of a Japanese fishing boat','CONCEDE','freed',dict(actor='Chinese authorities|China',target='captain|Japan',date=We,also=['RETREAT'])),
 ('detained off Zhejiang in October','COERCE','detained',dict(actor='Chinese authorities|China',target='captain|Japanese fishing boat',loc='Zhejiang',date='2026-10',opt=True,note='earlier detention told in passing')),
 ("Japan's coast guard on Monday handed over to China two Chinese nationals",'COOPERATE','handed over',dict(actor="Japan's coast guard|Japan",target='China',date=Mo,also=['COERCE'])),
 ("Taiwan's foreign ministry praised Japan",'SUPPORT','praised',dict(actor="Taiwan|Taiwan's foreign ministry",target='Japan')),
 ("China's Taiwan Affairs Office accused Tokyo",'ACCUSE','accused',dict(actor="China|China's Taiwan Affairs Office|Taiwan Affairs Office",target='Japan|Tokyo')),
 ('several hundred residents of Yonaguni and Ishigaki protested against the deployment on Sunday','PROTEST','protested',dict(actor='residents',target="Japan|government|Japan's defence ministry",loc='Yonaguni|Ishigaki',date=Su)),
 ("Yonaguni's mayor asked the government to hold a public hearing",'REQUEST','asked',dict(actor="Yonaguni's mayor",target='government|Japan',loc='Yonaguni')),
 ('asked the government for compensation','REQUEST','asked',dict(actor='Fishing cooperatives|fishing cooperatives in Hokkaido and Miyagi',target='government|Japan',loc='Hokkaido|Miyagi')),
 ('urged both governments to "cool down"','REQUEST','urged',dict(actor="Japan's main business lobby|business lobby",target='Japan|China')),
],[
 ('it would deploy a battery of upgraded Type-12 missiles on Yonaguni by March','MOBILIZE','deployment planned for March'),
 ('cancel the deployment','CONCEDE','cancellation demanded and refused'),
 ('will go ahead as planned','MOBILIZE','planned deployment'),
 ('his immediate release','RETREAT','release demanded, not done'),
 ('"economic coercion"','COERCE','label for the export ban (coded SANCTION on line 11)'),
 ('ended without agreement','AGREE','negated agreement'),
 ('talks between the two sides in Seoul','CONSULT','talks offered, not held'),
 ('turn their islands into a target','ASSAULT','hypothetical attack'),
 ('a trade war would hurt both economies','ASSAULT','figurative war'),
 ('A trilateral summit with South Korea, planned for December in Tokyo','CONSULT','summit planned for December, in doubt'),
 ('"routine" live-fire drills in the East China Sea from Friday','ASSAULT','exercise, not an attack'),
 ('the navy would hold "routine" live-fire drills','MOBILIZE','drills announced for Friday'),
])

# ---------------------------------------------------------------- 4. local press, published Tuesday 24 Nov 2026
Th,Fr,Sa,Su,Mo=D(19),D(20),D(21),D(22),D(23)
build('local_mongolia_protests.txt','local-press report: smog and heating-tariff protests in Ulaanbaatar, a coal-truck drivers\' blockade at Gashuunsukhait (Omnogovi), a broken-up protest in Darkhan, a strike at Erdenet: scuffles, detentions, charges, releases, concessions, a pro-minister rally, aid','2026-11-24',[
 ('Several thousand people rallied on Sükhbaatar Square on Saturday','PROTEST','rallied',dict(actor='people|protesters|Breathe Ulaanbaatar',target='government|heating tariffs',loc='Sükhbaatar Square|Ulaanbaatar',date=Sa)),
 ('a group of young men tried to force their way into the Government Palace','PROTEST','tried to force their way',dict(actor='young men|protesters',target='Government Palace|government',loc='Ulaanbaatar|Sükhbaatar Square',date=Sa,also=['ASSAULT'],opt=True,note='part of the evening disturbances')),
 ('were pushed back by riot police','COERCE','pushed back',dict(actor='riot police|police',target='young men|protesters',loc='Ulaanbaatar|Sükhbaatar Square',date=Sa)),
 ('23 officers and 11 protesters were injured in the scuffles that followed','ASSAULT','scuffles',dict(actor='protesters|riot police|police',target='police|protesters',loc='Ulaanbaatar|Sükhbaatar Square',date=Sa,injured=34,also=['PROTEST','COERCE'],fact='reported',note='23 officers + 11 protesters')),
 ('37 people had been detained','COERCE','detained',dict(actor='Police',target='people|protesters',loc='Ulaanbaatar',arrested=37,fact='reported',note='day not fixed (Saturday night)')),
 ('29 of them were released without charge on Sunday','CONCEDE','released',dict(actor='Police',target='detainees|protesters',loc='Ulaanbaatar',date=Su,also=['RETREAT'],fact='reported')),
 ('The remaining eight were charged with "organising mass disorder"','COERCE','charged',dict(actor='prosecutors|police|Chingeltei district court',target='detainees|protesters',loc='Ulaanbaatar|Chingeltei',date=Mo,note='charge and remand; the remand dated Monday')),
 ('remanded in custody for 30 days by the Chingeltei district court on Monday','COERCE','remanded',dict(actor='Chingeltei district court|court',target='detainees|protesters',loc='Ulaanbaatar|Chingeltei',date=Mo,opt=True,note='second clause of the same step')),
 ("The prime minister met the movement's leaders on Sunday evening",'CONSULT','met',dict(actor='prime minister|government',target="Breathe Ulaanbaatar|movement's leaders",loc='Ulaanbaatar',date=Su)),
 ('announced that the tariff rise would be halved from 1 December','CONCEDE','announced',dict(actor='prime minister|government',target='Breathe Ulaanbaatar|protesters',loc='Ulaanbaatar',date=Su,note='concession meeting a protest demand; takes effect 1 December')),
 ('"Breathe Ulaanbaatar" rejected the offer as "not enough"','REJECT','rejected',dict(actor='Breathe Ulaanbaatar',target='prime minister|government')),
 ('demanded the resignation of the energy minister','REQUEST','demanded',dict(actor='Breathe Ulaanbaatar',target='government|prime minister|energy minister')),
 ('whom opposition MPs accuse of awarding coal-supply contracts','ACCUSE','accuse',dict(actor='opposition MPs',target='energy minister|Dorjsürengiin Enkhtaivan',opt=True,note='standing accusation, background')),
 ('denied the allegations on Monday','REJECT','denied',dict(actor='Dorjsürengiin Enkhtaivan|energy minister',target='opposition MPs',date=Mo)),
 ('said he would not step down','REJECT','would not step down',dict(actor='Dorjsürengiin Enkhtaivan|energy minister',target='Breathe Ulaanbaatar|protesters',date=Mo)),
 ("about 150 members of the ruling party's youth wing gathered outside the Ministry of Energy in a show of support for the minister",'SUPPORT','show of support',dict(actor="ruling party's youth wing|youth wing|ruling party",target='energy minister|Dorjsürengiin Enkhtaivan',loc='Ministry of Energy|Ulaanbaatar',date=Mo,note='pro-government rally, not a protest')),
 ('The opposition Democratic Party declared its support for the protesters','SUPPORT','declared its support',dict(actor='Democratic Party|opposition',target='protesters|Breathe Ulaanbaatar')),
 ('called for an emergency session of the State Great Khural','REQUEST','called for',dict(actor='Democratic Party|opposition',target='State Great Khural|parliament')),
 ('about 400 coal-truck drivers blocked the road to the Gashuunsukhait border crossing','PROTEST','blocked',dict(actor='coal-truck drivers|drivers',target='government|Ministry of Mining and Heavy Industry|axle-weight limits',loc='Gashuunsukhait|South Gobi|Ömnögovi',date=Fr)),
 ('Chinese customs at Ganqimaodu stopped clearing Mongolian coal on Saturday','SANCTION','stopped clearing',dict(actor='Chinese customs|China',target='Mongolia|Mongolian coal',loc='Ganqimaodu',date=Sa,also=['COERCE'],opt=True,note='"for safety reasons"; not clearly punitive, type arguable')),
 ('Police reinforcements were flown from Ulaanbaatar to Dalanzadgad on Saturday','MOBILIZE','were flown',dict(actor='Police reinforcements|police',loc='Dalanzadgad|Ömnögovi',date=Sa)),
 ('officers cleared the road with tear gas','COERCE','cleared',dict(actor='officers|police',target='drivers|coal-truck drivers',loc='Gashuunsukhait|Ömnögovi|South Gobi',date=Su,also=['ASSAULT'])),
 ('detained 19 drivers','COERCE','detained',dict(actor='officers|police',target='drivers|coal-truck drivers|Ganbold Tserendorj',loc='Gashuunsukhait|Ömnögovi|South Gobi',date=Su,arrested=19)),
 ("The drivers' association said three of its members had been beaten",'ACCUSE','said',dict(actor="drivers' association",target='police|officers')),
 ('three of its members had been beaten with batons','ASSAULT','beaten',dict(actor='police|officers',target="drivers|drivers' association members",loc='Ömnögovi',also=['COERCE'],opt=True,fact='reported',note='alleged and denied')),
 ('the provincial police chief denied this','REJECT','denied',dict(actor='provincial police chief|police',target="drivers' association")),
 ('the Ministry of Mining and Heavy Industry agreed to suspend the new weight limits','CONCEDE','agreed to suspend',dict(actor='Ministry of Mining and Heavy Industry|government',target='drivers|coal-truck drivers',date=Mo,also=['AGREE'])),
 ("the drivers' association called off further protests",'CONCEDE','called off',dict(actor="drivers' association|drivers",target='Ministry of Mining and Heavy Industry|government',date=Mo,also=['RETREAT'])),
 ('The 19 drivers were freed on bail by the Dalanzadgad court on Monday evening','CONCEDE','freed on bail',dict(actor='Dalanzadgad court|court',target='drivers',loc='Dalanzadgad',date=Mo,also=['RETREAT'])),
 ('police broke up a protest by about 60 people outside the city hall on Sunday','COERCE','broke up',dict(actor='police',target='people|protesters',loc='Darkhan',date=Su)),
 ('a protest by about 60 people outside the city hall','PROTEST','protest',dict(actor='people|protesters',target='city hall|authorities',loc='Darkhan',date=Su)),
 ('detained its organiser for holding an "unauthorised gathering"','COERCE','detained',dict(actor='police',target='organiser',loc='Darkhan',date=Su,arrested=1)),
 ('he was fined and released the same night','COERCE','fined',dict(actor='police|authorities',target='organiser',loc='Darkhan',date=Su,also=['CONCEDE'],opt=True)),
 ('workers at the copper mine staged a two-hour warning strike last Thursday (19 November)','PROTEST','strike',dict(actor='workers|copper mine workers',target='company|copper mine',loc='Erdenet',date=Th)),
 ('Their union has threatened an indefinite stoppage','THREATEN','threatened',dict(actor='union|workers',target='company',loc='Erdenet')),
 ('the company says it can offer 8 percent','AGREE','offer',dict(actor='company',target='union|workers',loc='Erdenet',opt=True,note='counter-offer')),
 ('The Asian Development Bank on Friday approved a 60 million dollar loan','AID','approved',dict(actor='Asian Development Bank|ADB',target='Mongolia|Ulaanbaatar',loc='Ulaanbaatar',date=Fr)),
 ("South Korea's aid agency handed over 1,200 air purifiers",'AID','handed over',dict(actor="South Korea|South Korea's aid agency",target='kindergartens|Ulaanbaatar|Mongolia',loc='Ulaanbaatar',date=Mo)),
 ('The UN resident coordinator urged the authorities on Monday','REQUEST','urged',dict(actor='UN resident coordinator|UN|United Nations',target='authorities|government',date=Mo)),
],[
 ('"organising mass disorder"','ASSAULT','name of a criminal charge'),
 ('no tear gas or rubber bullets had been used on the square','COERCE','negated use of force'),
 ('no tear gas or rubber bullets had been used','ASSAULT','negated use of force'),
 ('the resignation of the energy minister','CONCEDE','resignation demanded, not done'),
 ('he would not step down','CONCEDE','resignation refused'),
 ('in a show of support for the minister','PROTEST','pro-government rally of support, not a protest'),
 ('an emergency session of the State Great Khural','CONSULT','session requested, not held'),
 ('an indefinite stoppage from 1 December','PROTEST','strike threatened for 1 December'),
 ('release those detained for peaceful protest','CONCEDE','release requested, not done'),
 ('"war on smog"','ASSAULT','figurative war'),
 ('called another rally on Sükhbaatar Square for next Saturday','PROTEST','rally planned for next Saturday'),
])

# ---------------------------------------------------------------- 5. analysis, published Friday 6 Nov 2026
Su,Mo,Tu,We,Th=D(1),D(2),D(3),D(4),D(5)
build('analysis_cameroon.txt','analysis on the conflict in Cameroon\'s Anglophone North-West and South-West: a gendarmerie post stormed, reprisals and denial, abductions and release, a roadside bomb, refused ceasefire, US visa restrictions, EU aid, newspapers suspended, a reporter arrested; figurative wars, battles and attacks, hypotheticals, negations, planned talks','2026-11-06',[
 ('separatist fighters stormed a gendarmerie post in Batibo','ASSAULT','stormed',dict(actor='separatist fighters|separatists',target='gendarmerie post|gendarmes',loc="Batibo|North-West|Cameroon",date=Su,killed=4)),
 ('the army retook the post the next morning','ASSAULT','retook',dict(actor='army|Cameroon army|Cameroon',target='separatist fighters|separatists',loc='Batibo',date=Mo)),
 ('soldiers burned at least 30 houses in villages around Batibo','ASSAULT','burned',dict(actor='soldiers|army',target='houses|villages|civilians',loc='Batibo',date=Mo,fact='reported',note='by the accounts of residents and a rights group')),
 ('shot dead seven civilians','ASSAULT','shot dead',dict(actor='soldiers|army',target='civilians',loc='Batibo',date=Mo,killed=7,fact='reported',note='denied by the defence ministry')),
 ('accused the army of "collective punishment"','ACCUSE','accused',dict(actor='Network for Human Rights in the Grassfields|rights group',target='army|soldiers')),
 ('The defence ministry denied that any civilians had been killed','REJECT','denied',dict(actor='defence ministry|army|Cameroon',target='Network for Human Rights in the Grassfields|rights group|residents')),
 ('the soldiers had "neutralised" eleven "terrorists"','ASSAULT','neutralised',dict(actor='soldiers|army',target='terrorists|separatists',loc='Batibo',killed=11,opt=True,fact='reported',note="the army's counter-account of the same operation")),
 ('By Wednesday the troops had withdrawn from the villages','RETREAT','withdrawn',dict(actor='troops|army',loc='Batibo',note='"By Wednesday": day not fixed')),
 ('Since 2017 the conflict has killed more than 6,000 people','ASSAULT','conflict',dict(loc='North-West|South-West|Cameroon',date='2017',killed=6000,opt=True,note='background, since 2017')),
 ('gunmen abducted a headmaster and two teachers from a school in Kumbo','ASSAULT','abducted',dict(actor='gunmen|Bui Warriors|separatists',target='headmaster|teachers',loc='Kumbo',date=Tu,also=['COERCE'])),
 ('a separatist ban on classes','COERCE','ban',dict(actor='separatists',target='schools',loc='Kumbo|North-West',opt=True,note='standing ban, background')),
 ('demanded a ransom for them','REQUEST','demanded',dict(actor='Bui Warriors|gunmen|separatists',target='diocese of Kumbo|families',loc='Kumbo',also=['THREATEN','COERCE'],opt=True,note='ransom demand; type arguable')),
 ('The three were freed on Thursday evening','CONCEDE','freed',dict(actor='Bui Warriors|captors|gunmen',target='headmaster|teachers',loc='Kumbo',date=Th,also=['RETREAT'])),
 ('community elders negotiated with their captors','CONSULT','negotiated',dict(actor='community elders|elders',target='captors|Bui Warriors',loc='Kumbo',fact='reported')),
 ('it denied that any ransom had been paid','REJECT','denied',dict(actor='diocese of Kumbo',opt=True,note='denial of an unstated claim')),
 ('A roadside bomb hit an army truck on the Bamenda-Bafut road on Wednesday','ASSAULT','hit',dict(target='army truck|soldiers|army',loc='Bamenda-Bafut road|Bamenda|Bafut',date=We,injured=5,note='attacker not named')),
 ('killed two fighters in a raid on a camp near Bafut the same night','ASSAULT','raid',dict(actor='military|army',target='fighters|separatists',loc='Bafut',date=We,killed=2,fact='reported')),
 ('Separatist commanders have threatened to attack any school','THREATEN','threatened',dict(actor='Separatist commanders|separatists',target='schools')),
 ('it had sent an extra battalion of its elite Rapid Intervention Battalion to Bui','MOBILIZE','sent',dict(actor='army|Rapid Intervention Battalion|Cameroon',loc='Bui',note='"said on Tuesday it had sent": the date is of the saying')),
 ('has answered every call for dialogue with a refusal','REJECT','refusal',dict(actor='Yaoundé|government|Cameroon',opt=True,note='generalisation, background')),
 ("the government spokesman rejected the bishops' proposal for a Christmas ceasefire",'REJECT','rejected',dict(actor='government spokesman|government|Yaoundé|Cameroon',target='Catholic bishops|bishops',date=Tu)),
 ('had asked both sides to lay down their arms','REQUEST','asked',dict(actor='Catholic bishops|bishops',target='government|separatists|both sides')),
 ('offered to host talks in Bamenda','AGREE','offered',dict(actor='Catholic bishops|bishops',target='government|separatists|both sides',note='offer of mediation (PLOVER AGREE covers offers)')),
 ('said on Wednesday it would observe a truce only if the army first withdrew to its barracks','REQUEST','only if',dict(actor='coalition of separatist groups|separatists',target='army|government|Yaoundé',date=We,also=['REJECT','AGREE'],note='conditional acceptance that amounts to a demand')),
 ('the State Department imposed visa restrictions on four diaspora separatist leaders','SANCTION','imposed',dict(actor='State Department|United States|Washington',target='separatist leaders|separatists',date=Th)),
 ('accused of ordering attacks on schools','ACCUSE','accused',dict(actor='State Department|United States',target='separatist leaders',opt=True,note='the charge behind the sanctions')),
 ('urged the government to investigate the Batibo killings','REQUEST','urged',dict(actor='State Department|United States|Washington',target='government|Cameroon|Yaoundé',date=Th)),
 ('which handed over 47 separatists to Cameroon in 2018','COOPERATE','handed over',dict(actor='Nigeria',target='Cameroon',date='2018',also=['COERCE'],opt=True,note='background')),
 ('its police had arrested 12 suspected gunrunners in Ikom','COERCE','arrested',dict(actor='Nigeria|Nigerian police|police',target='gunrunners|suspected gunrunners',loc='Ikom|Cross River',date=Mo,arrested=12,fact='reported')),
 ('The European Union announced 15 million euros in humanitarian aid','AID','announced',dict(actor='European Union|EU',target='Cameroon|North-West|South-West',date=We)),
 ("the African Union commission reaffirmed its support for Cameroon's territorial integrity",'SUPPORT','reaffirmed its support',dict(actor='African Union commission|African Union|AU',target='Cameroon')),
 ('The communication minister last week suspended two newspapers for a month','COERCE','suspended',dict(actor='communication minister|government|Cameroon',target='newspapers',week='2026-10-26',also=['SANCTION'])),
 ('"apology of terrorism"','ACCUSE','apology of terrorism',dict(actor='communication minister|government',target='newspapers',opt=True,note='the charge behind the suspension')),
 ('A reporter from one of them was arrested in Douala on Tuesday','COERCE','arrested',dict(actor='police|authorities|government',target='reporter',loc='Douala',date=Tu,arrested=1)),
 ('charged under the anti-terrorism law','COERCE','charged',dict(actor='authorities|government',target='reporter',loc='Douala',opt=True,note='second clause of the same step')),
 ('press freedom groups condemned the arrest','ACCUSE','condemned',dict(actor='press freedom groups',target='government|Cameroon|authorities')),
 ('a preparatory meeting in Geneva in 2019','CONSULT','meeting',dict(loc='Geneva',date='2019',opt=True,note='background')),
],[
 ("Yaoundé's war of words",'ASSAULT','figurative war (headline)'),
 ('attack any school that reopens after the Christmas holidays','ASSAULT','threatened attack, not carried out'),
 ('"does not negotiate with terrorists"','CONSULT','negated talks'),
 ('lay down their arms from 20 December to 6 January','RETREAT','disarmament requested, not done'),
 ('host talks in Bamenda','CONSULT','talks offered, not held'),
 ('the army first withdrew to its barracks','RETREAT','withdrawal demanded as a condition, not done'),
 ('the two armies plan joint patrols along the border from next month','MOBILIZE','patrols planned for next month'),
 ('fighting a different war: the succession battle','ASSAULT','figurative war and battle'),
 ('"an all-out attack on the press"','ASSAULT','figurative attack'),
 ('A new round of exploratory contacts is planned in Ottawa in January','CONSULT','talks planned for January'),
 ('If the army were to storm the separatist strongholds in the Bui hills','ASSAULT','hypothetical assault'),
 ('an act of war','ASSAULT','figurative war'),
])
