"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_builder import gold_builder  # tests/events/gold_builder.py
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the fifteenth blind events test set), made BEFORE any tool ran on the text. "
"Events by 1-based line; 'anchor' is an exact substring of the line and 'action' a substring of the anchor. 'factuality' follows the contract "
"(asserted, reported, denied, planned, threatened, hypothetical, negated). 'optional' events (the content of a threat, request or goal; a mention of an "
"earlier happening in passing; genuinely ambiguous mentions) are neither required nor false alarms when found. 'also' lists other PLOVER types a careful "
"coder could defend. 'date' is ISO (YYYY-MM-DD, YYYY-MM or YYYY with date_precision; for date_precision 'week' the date is the Monday of that week) "
"where the text fixes it; absent or null means not given. "
"'killed'/'injured'/'arrested' counts only where the text states them (revised figures: the latest one). Releases, amnesties, lifted curfews and "
"resignations also accept RETREAT, as in the dev gold. 'traps' are (line, type) pairs where a HAPPENED event of that type would be wrong (figurative "
"attacks, sports results, accidents, hypotheticals, denials, negations, plans not carried out, refused talks, conditional threats, requested releases).")
build=gold_builder(here,ABOUT)


# ---------------------------------------------------------------- 1. local weekly round-up, published Thursday 26 Nov 2026
def N(x): return '2026-11-%02d'%x
MP='metro police|Nelson Mandela Bay metro police|Metro Police'
NMB='Nelson Mandela Bay|Gqeberha'
build('roundup_nelson_mandela_bay.txt',"local newspaper's weekly crime-and-security round-up (Nelson Mandela Bay, Eastern Cape, South Africa): a gang shooting in Helenvale and a shot at a patrol, a shootout on the N2 at Coega, a water protest in Bethelsdorp dispersed with rubber bullets, mob justice in Zwide, a taxi killing in KwaNobuhle and suspended route licences, a refused army deployment in Motherwell and extortion threats, a learners' march in New Brighton, a kidnapping in Korsten, cable thieves caught in Walmer, water and food aid, a sentence, a commissioner's meeting; figurative war, negated deployment and arrests, planned march and meetings",'2026-11-26',[
 ('gunmen opened fire on a house in Stanford Road','ASSAULT','opened fire',dict(actor='gunmen|gang',target='house|teenagers|grandmother|family|residents',loc='Helenvale|Stanford Road|'+NMB,date=N(21),killed=3,injured=1,fact='reported',note='"Two teenagers and their grandmother" = 3 killed; a girl wounded in the next sentence; "on Saturday night"')),
 ('fired at a police patrol vehicle in Hartzenberg Street','ASSAULT','fired at',dict(actor='gunmen|same gunmen',target='police patrol vehicle|police|SAPS',loc='Helenvale|Hartzenberg Street|'+NMB,date=N(21),killed=0,injured=0,fact='reported',note='"are believed to"; "Nobody was hurt" (zero counts); twenty minutes after the Saturday-night shooting')),
 ('On Sunday the Anti-Gang Unit arrested three men','COERCE','arrested',dict(actor='Anti-Gang Unit|police|SAPS',target='three men|men|suspects',loc='Gelvandale|'+NMB,date=N(22),arrested=3)),
 ('seized two pistols','COERCE','seized',dict(actor='Anti-Gang Unit|police',target='three men|suspects',loc='Gelvandale',date=N(22),opt=True,note='part of the arrest')),
 ('Two suspected cash-in-transit robbers were shot dead in a shootout with police','ASSAULT','shootout',dict(actor='police|provincial police|SAPS',target='cash-in-transit robbers|robbers|suspects',loc='Coega|N2|'+NMB,date=N(19),killed=2,injured=0,fact='reported',note='"last Thursday" in a Thursday paper covering 19-25 Nov = 19 Nov; "No officers were injured"; the robbers also fired (a shootout): actor and target may be swapped')),
 ('A third suspect was arrested at the scene','COERCE','arrested',dict(actor='police|provincial police',target='third suspect|suspect',loc='Coega|N2',date=N(19),arrested=1,fact='reported')),
 ('blocked Norman Middleton Road with burning tyres','PROTEST','blocked',dict(actor='residents|Residents of Extension 32',target='municipality|Nelson Mandela Bay municipality',loc='Bethelsdorp|Extension 32|Norman Middleton Road|'+NMB,date=N(23))),
 ('to demand that the municipality restore water','REQUEST','demand',dict(actor='residents|Residents of Extension 32',target='municipality',loc='Bethelsdorp|Extension 32',date=N(23),also=['PROTEST'])),
 ('Metro police fired rubber bullets to disperse the crowd','COERCE','fired rubber bullets',dict(actor=MP,target='crowd|protesters|residents',loc='Bethelsdorp|Norman Middleton Road',date=N(23),injured=2,also=['ASSAULT'],note='two protesters to hospital with leg wounds')),
 ('Five people were arrested for public violence','COERCE','arrested',dict(actor=MP,target='people|protesters|residents',loc='Bethelsdorp',date=N(23),arrested=5,fact='reported')),
 ('Residents cleared the barricades on Tuesday','CONCEDE','cleared the barricades',dict(actor='Residents|residents|Residents of Extension 32',target='municipality|metro police',loc='Bethelsdorp|Norman Middleton Road',date=N(24),also=['RETREAT'],note='the blockade lifted after the first water tanker')),
 ('Ward councillor Mercia Jantjies accused the metro police','ACCUSE','accused',dict(actor='Mercia Jantjies|ward councillor|councillor',target=MP)),
 ('A metro police spokesperson denied that officers had used live ammunition','REJECT','denied',dict(actor='metro police spokesperson|'+MP,target='Mercia Jantjies|councillor|residents')),
 ('blamed the outage on vandals','ACCUSE','blamed',dict(actor="municipality's water department|water department|municipality",target='vandals',note='blame with an unnamed target')),
 ('vandals who had smashed the control panels at a pump station in Chatty','ASSAULT','smashed',dict(actor='vandals',target='pump station|control panels',loc='Chatty|'+NMB,opt=True,note='property damage mentioned in passing, undated')),
 ('A suspected housebreaker was beaten by a crowd of residents','ASSAULT','beaten',dict(actor='crowd of residents|crowd|residents',target='suspected housebreaker|housebreaker',loc='Zwide|Ntshekisa Road|'+NMB,date=N(22),injured=1,fact='reported',note='passive with agent; mob justice')),
 ('A taxi owner was shot dead at the KwaNobuhle rank','ASSAULT','shot dead',dict(target='taxi owner',loc='KwaNobuhle|Kariega|'+NMB,date=N(24),killed=1,note='no agent; linked to a route dispute')),
 ('suspended operating licences on the Kariega-Despatch route for 30 days','SANCTION','suspended',dict(actor='provincial transport department|transport department|Eastern Cape',target='taxi associations|associations|operators',loc='Kariega|Despatch',also=['COERCE'],note='no day given')),
 ('ordered both associations to a meeting','REQUEST','ordered',dict(actor='provincial transport department|transport department',target='taxi associations|associations',also=['COERCE'],opt=True,note='a summons to a later meeting')),
 ('turning down a call by the Motherwell Community Policing Forum','REJECT','turning down',dict(actor='spokesperson for the national police minister|national police minister|police minister|police ministry',target='Motherwell Community Policing Forum|Community Policing Forum|forum|CPF',loc='Motherwell',date=N(25))),
 ('The forum had written to the President on 12 November asking for','REQUEST','asking',dict(actor='Motherwell Community Policing Forum|forum|CPF',target='President',loc='Motherwell',date=N(12),note='the same request as the "call ... for the army to be sent in" earlier in the line')),
 ('a 60-member team from the Anti-Gang Unit and Public Order Policing arrived in Motherwell','MOBILIZE','arrived',dict(actor='Anti-Gang Unit|Public Order Policing|police|SAPS',loc='Motherwell|'+NMB,date=N(24),fact='reported')),
 ('have threatened to burn down their shops','THREATEN','threatened',dict(actor='men|extortionists',target='spaza owners|spaza shops|shop owners',loc='Motherwell|NU 8|NU 11',fact='reported')),
 ('men demanding "protection fees" of R2,000 a week','COERCE','demanding',dict(actor='men|extortionists',target='spaza owners',loc='Motherwell|NU 8|NU 11',also=['REQUEST'],opt=True,fact='reported',note='extortion, ongoing')),
 ('the torching of two shops there in August','ASSAULT','torching',dict(target='shops|spaza shops',loc='Kwazakhele|'+NMB,date='2026-08',opt=True,note='mentioned in passing')),
 ('About 400 learners from three high schools marched to the district education office','PROTEST','marched',dict(actor='learners|pupils|students',target='district education office|education department',loc='New Brighton|'+NMB,date=N(25))),
 ('the stabbing of a Grade 11 pupil','ASSAULT','stabbing',dict(target='Grade 11 pupil|pupil',loc='New Brighton|Mendi Road',opt=True,note='mentioned in passing; "the week before" is not a calendar week')),
 ('They handed over a memorandum calling for security guards at every school gate','REQUEST','calling for',dict(actor='learners|pupils',target='district education office|district director|education department',loc='New Brighton',date=N(25))),
 ('A 34-year-old man was arrested on Friday','COERCE','arrested',dict(actor='police|SAPS',target='34-year-old man|man',loc='Korsten|Durban Road|'+NMB,date=N(20),arrested=1,fact='reported')),
 ('a woman was found tied up and beaten in a flat above a shop in Durban Road','ASSAULT','beaten',dict(actor='34-year-old man|man',target='woman',loc='Korsten|Durban Road',also=['COERCE'],fact='reported',note='held four days (next sentence); found on or before Friday: undated')),
 ('He has been charged with kidnapping','ACCUSE','charged',dict(actor='police|prosecutors|state',target='34-year-old man|man',loc='Korsten',opt=True,note='the charge behind the arrest')),
 ('carried out a joint operation in Schauderville and Korsten on Saturday','COOPERATE','joint operation',dict(actor='SAPS|metro police|Department of Home Affairs|Home Affairs|police',target='metro police|SAPS|Department of Home Affairs',loc='Schauderville|Korsten|'+NMB,date=N(21),also=['COERCE'],note='a joint police/Home Affairs operation')),
 ('Forty-two foreign nationals without papers were arrested','COERCE','arrested',dict(actor='SAPS|metro police|Department of Home Affairs|police',target='foreign nationals|undocumented foreign nationals',loc='Schauderville|Korsten',date=N(21),arrested=42,fact='reported',note='in the Saturday operation (previous sentence)')),
 ('caught two men with 80 kilograms of copper cable','COERCE','caught',dict(actor='Metro police|metro police|private security company',target='two men|men|cable thieves',loc='Walmer|M17|'+NMB,arrested=2,note='"later": undated')),
 ('handed them over to SAPS','COOPERATE','handed',dict(actor='Metro police|private security company',target='SAPS|police',loc='Walmer',note='handing suspects from one force to another (after the arrest)')),
 ('Gift of the Givers delivered 20,000 litres of drinking water','AID','delivered',dict(actor='Gift of the Givers',target='residents|Extension 32',loc='Bethelsdorp|Extension 32|'+NMB,date=N(24))),
 ('donated 500 food parcels','AID','donated',dict(actor='Nelson Mandela Bay Business Chamber|Business Chamber',target='family of the Helenvale victims|spaza owners|families',loc='Helenvale|Motherwell|'+NMB,note='undated')),
 ('sentenced two members of a northern areas gang to life imprisonment','COERCE','sentenced',dict(actor='Judge Nomsa Dlamini|High Court|court',target='gang members|two members',loc='Gqeberha|'+NMB,date=N(23),also=['SANCTION'],opt=True,note='a court sentence: type arguable')),
 ('the murder of a Schauderville shopkeeper in 2024','ASSAULT','murder',dict(actor='gang members|gang',target='shopkeeper',loc='Schauderville|'+NMB,date='2024',killed=1,opt=True,note='background')),
 ('met ward councillors and pastors from the northern areas','CONSULT','met',dict(actor='Thembisile Qwabe|provincial police commissioner|police commissioner|police',target='ward councillors|pastors|councillors',loc='Gelvandale|Gelvandale community hall|'+NMB,date=N(25))),
 ('to discuss the Stanford Road shooting','ASSAULT','shooting',dict(actor='gunmen',target='house|family',loc='Helenvale|Stanford Road',date=N(21),killed=3,opt=True,note='the line-4 shooting named again: one event')),
 ('ordered weekend night patrols to be doubled','MOBILIZE','ordered',dict(actor='Thembisile Qwabe|provincial police commissioner|police',loc='northern areas|'+NMB,opt=True,fact='reported',note='an order whose carrying out is not reported')),
 ('praised the Anti-Gang Unit for the "quick and clean" Gelvandale arrests','SUPPORT','praised',dict(actor='Nandi Mgijima|MEC for community safety|provincial MEC',target='Anti-Gang Unit|police',note='undated')),
],[
 ('"We are not at war with anybody.','ASSAULT','negated, figurative war'),
 ('Soldiers will not be deployed to the township','MOBILIZE','negated deployment'),
 ('a meeting in Bhisho next week','CONSULT','meeting planned'),
 ('burn down their shops','ASSAULT','content of a threat'),
 ('nobody has been arrested for the beating','COERCE','negated arrest'),
 ("have declared war on our children's future",'ASSAULT','figurative war'),
 ('it will march to the City Hall on 2 December','PROTEST','march planned, conditional'),
 ('if soldiers are not sent','MOBILIZE','conditional, not done'),
 ('present a safety plan at the council meeting on Thursday','CONSULT','meeting planned'),
])


# ---------------------------------------------------------------- 2. parliamentary committee hearing summary, published Thursday 17 Sep 2026 (hearing Tuesday 15 Sep)
def S(x): return '2026-09-%02d'%x
def A(x): return '2026-08-%02d'%x
CS='Cabinet Secretary|Daniel Lesiyampe|Cabinet Secretary for the Interior|Interior ministry|Government|Kenya'
GOV='Government|Kenyan government|Interior ministry|Cabinet Secretary|Kenya'
KV='Kerio Valley|Kenya'
build('hearing_kerio_valley.txt','summary of a Kenyan National Assembly committee hearing on insecurity in the Kerio Valley (Elgeyo-Marakwet, Baringo, West Pokot): a walk-out, the Kolowa raid (eleven killed) and a police officer killed at Chesogon, curfew, deployment, a helicopter evacuation, arrests, an ultimatum, accusations and denials of house burnings in Chemolingot, interdictions and revoked licences, Red Cross and county aid, an elders\' meeting and agreement and returned livestock, governors\' meeting and agreement; figurative war, negated consultation and disarmament, planned visit and requests','2026-09-17',[
 ('the Committee had summoned the Cabinet Secretary for the Interior','REQUEST','summoned',dict(actor='Committee|Departmental Committee on Administration and Internal Security|National Assembly',target='Cabinet Secretary for the Interior|Cabinet Secretary|Interior ministry',also=['COERCE'],note='a summons to testify; no day given')),
 ('Members from the region walked out of the House on 2 September in protest','PROTEST','walked out',dict(actor='Members from the region|Members|MPs',target='Government|Kenyan government',loc='House|National Assembly|Nairobi',date=S(2),also=['REJECT'])),
 ("what they called the Government's silence on the killings in the valley",'ACCUSE','called',dict(actor='Members from the region|Members|MPs',target='Government',date=S(2),opt=True,note='the charge behind the walk-out')),
 ('opened the sitting at 10.05 a.m.','CONSULT','opened the sitting',dict(actor='Committee|Ruth Chepkoech|Chairperson',target='Cabinet Secretary|witnesses',loc='National Assembly|Nairobi',date=S(15),opt=True,note='the hearing itself')),
 ('23 people had been killed in the Kerio Valley since 1 August','ASSAULT','killed',dict(loc=KV,killed=23,opt=True,fact='reported',note='aggregate toll over six weeks')),
 ('the raid on Kolowa, Baringo County, on the night of 28 August, when armed raiders attacked homesteads','ASSAULT','attacked',dict(actor='armed raiders|raiders|bandits',target='homesteads|residents|Kolowa',loc='Kolowa|Baringo County|Baringo|'+KV,date=A(28),killed=11,fact='reported',note='"Eleven people, seven of them children" in the next sentence; 600 cattle driven away')),
 ('The raiders withdrew with the animals into the Tiaty hills','RETREAT','withdrew',dict(actor='raiders|armed raiders|bandits',loc='Tiaty hills|Tiaty|Kolowa',date=A(28),fact='reported',note='before police reinforcements arrived')),
 ('a police officer was killed by bandits at Chesogon on 3 September','ASSAULT','killed',dict(actor='bandits|attackers',target='police officer|officers|police',loc='Chesogon|'+KV,date=S(3),killed=1,injured=1,fact='reported',note='passive with agent; a second officer wounded in the same sentence; AK-47 rifles (instrument)')),
 ('a dusk-to-dawn curfew had been imposed on Tot, Chesogon, Kolowa and Arror from 5 September','COERCE','imposed',dict(actor=GOV,target='residents|Tot|Chesogon|Kolowa|Arror',loc='Tot|Chesogon|Kolowa|Arror|'+KV,date=S(5),fact='reported',note='passive without agent')),
 ('400 officers of the General Service Unit and the Rural Border Patrol Unit had been deployed to the valley','MOBILIZE','deployed',dict(actor='General Service Unit|Rural Border Patrol Unit|police|'+GOV,loc=KV,fact='reported',note='no day given')),
 ('the Kenya Defence Forces had been asked to provide air support','REQUEST','asked',dict(actor=GOV,target='Kenya Defence Forces|KDF',fact='reported',note='passive; no day given')),
 ('a military helicopter had evacuated nine wounded people from Kolowa to Kabarnet County Referral Hospital on 29 August','AID','evacuated',dict(actor='Kenya Defence Forces|KDF|military',target='wounded people|wounded',loc='Kolowa|Kabarnet',date=A(29),fact='reported')),
 ('31 suspects had been arrested since 1 August','COERCE','arrested',dict(actor='police|National Police Service|'+GOV,target='suspects',loc=KV,arrested=31,fact='reported',note='cumulative: no single date')),
 ('the Ugandan authorities had handed over four suspects','COOPERATE','handed over',dict(actor='Ugandan authorities|Uganda',target='Kenya|Kenyan police|police|'+GOV,loc='Amudat|Amudat district',also=['COERCE'],fact='reported',note='handover undated; the arrest was on 7 September')),
 ('arrested in Amudat district on 7 September','COERCE','arrested',dict(actor='Ugandan authorities|Uganda',target='suspects|four suspects',loc='Amudat|Amudat district|Uganda',date=S(7),arrested=4,opt=True,fact='reported',note='the arrest behind the handover')),
 ('of whom 14 had been charged in Iten and Kabarnet','ACCUSE','charged',dict(actor='prosecutors|state',target='suspects',loc='Iten|Kabarnet',opt=True,note='charges behind the arrests')),
 ('212 of the 600 stolen cattle had been recovered and returned to their owners in Kolowa','COERCE','recovered',dict(actor='police|security officers|'+GOV,target='raiders|cattle',loc='Kolowa',opt=True,fact='reported',note='recovery of stolen livestock: type arguable (COERCE/AID)')),
 ('the Government had issued a 14-day ultimatum to holders of illegal firearms','THREATEN','ultimatum',dict(actor=GOV,target='holders of illegal firearms|gun holders|residents',loc='Tiaty|Marakwet East',also=['COERCE'],fact='reported',note='surrender or face forcible disarmament; expires 19 Sep (line 17)')),
 ('Hon. Stephen Kipruto (Marakwet East) accused the police','ACCUSE','accused',dict(actor='Stephen Kipruto|Hon. Stephen Kipruto|Member for Marakwet East|MP',target='police|National Police Service',loc='National Assembly',date=S(15))),
 ('The Cabinet Secretary rejected the claim','REJECT','rejected',dict(actor=CS,target='Stephen Kipruto|Kipruto|MP',loc='National Assembly',date=S(15))),
 ('Hon. Joyce Lokwang (Tiaty) told the Committee that security officers had burned','ACCUSE','told',dict(actor='Joyce Lokwang|Hon. Joyce Lokwang|Member for Tiaty|MP',target='security officers|police',loc='National Assembly',date=S(15),note='an allegation of abuses')),
 ('security officers had burned at least 30 houses in Chemolingot','ASSAULT','burned',dict(actor='security officers|police',target='houses|residents',loc='Chemolingot|Tiaty',date=S(8),opt=True,fact='reported',note='alleged and denied')),
 ('during a search for stolen livestock on 8 September','COERCE','search',dict(actor='security officers|police',target='residents|Chemolingot',loc='Chemolingot',date=S(8),opt=True,fact='reported',note='the operation behind the alleged abuses')),
 ('had beaten young men in front of their families','ASSAULT','beaten',dict(actor='security officers|police',target='young men',loc='Chemolingot',date=S(8),opt=True,fact='reported',note='alleged; to be investigated')),
 ('She demanded an independent investigation','REQUEST','demanded',dict(actor='Joyce Lokwang|Hon. Joyce Lokwang|MP',target='Government|Committee|police',loc='National Assembly',date=S(15))),
 ('denied that any houses had been burned by officers','REJECT','denied',dict(actor='Inspector-General of Police|Inspector-General|Abdi Wario|police|National Police Service',target='Joyce Lokwang|Lokwang|MP',loc='National Assembly',date=S(15))),
 ('two officers at the Tot police station had been interdicted on 10 September','SANCTION','interdicted',dict(actor='Inspector-General|National Police Service|police',target='two officers|officers',loc='Tot',date=S(10),also=['COERCE'],fact='reported',note='disciplinary suspension')),
 ('the firearm licences of 19 civilians in Baringo and Elgeyo-Marakwet had been revoked','SANCTION','revoked',dict(actor='Inspector-General|National Police Service|police|'+GOV,target='civilians|licence holders',loc='Baringo|Elgeyo-Marakwet',also=['COERCE'],fact='reported',note='no day given')),
 ('the Society had distributed food and cooking kits to 1,700 households','AID','distributed',dict(actor='Kenya Red Cross Society|Kenya Red Cross|Red Cross|Society',target='households|displaced|people',loc='Chemolingot|Tot|'+KV,fact='reported')),
 ('set up two mobile clinics','AID','set up',dict(actor='Kenya Red Cross Society|Red Cross',target='displaced',loc='Chemolingot|Tot',opt=True,fact='reported',note='same sentence as the food distribution')),
 ('the county government of Baringo had trucked water to the displaced from 1 September','AID','trucked',dict(actor='county government of Baringo|Baringo County|Baringo county government',target='displaced|displaced people',loc='Baringo|Chemolingot',date=S(1),fact='reported')),
 ('elders from the Pokot and Marakwet communities had met at Chesogon on 11 September','CONSULT','met',dict(actor='elders|Pokot elders|Marakwet elders|Pokot|Marakwet',target='elders|Marakwet elders|Pokot elders|Marakwet|Pokot',loc='Chesogon',date=S(11),fact='reported',note='under the auspices of the National Cohesion and Integration Commission')),
 ('agreed to return stolen animals and to hand over young men who took part in raids','AGREE','agreed',dict(actor='elders|Pokot elders|Marakwet elders',target='elders|Marakwet elders|Pokot elders',loc='Chesogon',date=S(11),fact='reported')),
 ('the Pokot elders had returned 46 goats and cattle to Tot families the following day','CONCEDE','returned',dict(actor='Pokot elders|Pokot|elders',target='Tot families|families|Marakwet',loc='Tot',date=S(12),also=['COOPERATE','RETREAT'],fact='reported',note='"the following day" after 11 Sep')),
 ("He appealed to Members to support the elders' process",'REQUEST','appealed',dict(actor='Kiplagat Kimoi|Mzee Kiplagat Kimoi|elders|Council of Elders',target='Members|MPs|Committee',loc='National Assembly',date=S(15))),
 ('the Marakwet would "defend themselves"','THREATEN','defend themselves',dict(actor='Stephen Kipruto|Hon. Kipruto|Kipruto|Marakwet',target='Government|bandits|Pokot',loc='National Assembly',date=S(15),fact='threatened',note='conditional: "if the Government did not act before the short rains"')),
 ('The Chairperson cautioned Members','REQUEST','cautioned',dict(actor='Chairperson|Ruth Chepkoech',target='Members|MPs',date=S(15),opt=True,note='a caution: type arguable')),
 ("Hon. Lokwang rejected the Cabinet Secretary's figures",'REJECT','rejected',dict(actor='Joyce Lokwang|Hon. Lokwang|Lokwang|MP',target=CS,loc='National Assembly',date=S(15))),
 ('at least five more people had been killed in Tiaty in August','ASSAULT','killed',dict(loc='Tiaty',date='2026-08',killed=5,opt=True,fact='reported',note='disputed additional toll')),
 ('he had met the governors of Baringo, Elgeyo-Marakwet and West Pokot in Nairobi on 9 September','CONSULT','met',dict(actor=CS,target='governors|governors of Baringo, Elgeyo-Marakwet and West Pokot',loc='Nairobi',date=S(9),fact='reported')),
 ('the three governors had agreed to set up a joint peace secretariat in Kabarnet','AGREE','agreed',dict(actor='governors|three governors|Baringo|Elgeyo-Marakwet|West Pokot',target='governors|Government',loc='Nairobi|Kabarnet',date=S(9),fact='reported')),
 ('The Chairperson commended the Kenya Red Cross Society and the elders','SUPPORT','commended',dict(actor='Chairperson|Ruth Chepkoech|Committee',target='Kenya Red Cross Society|Red Cross|elders',loc='National Assembly',date=S(15))),
],[
 ('No firearms had been surrendered by the time of the hearing, he conceded','CONCEDE','negated surrender; "conceded" is a speech verb'),
 ('had fled their homes','RETREAT','civilians fleeing, not a withdrawal'),
 ('"sending more guns into the valley"','MOBILIZE','figurative, not done'),
 ('the elders had not been consulted before the curfew','CONSULT','negated consultation'),
 ('"hunger will finish what the bandits started"','ASSAULT','figurative, hypothetical'),
 ('He warned that if the curfew continued','THREATEN','a warning of consequences, not a threat by the speaker'),
 ('"a war against our people"','ASSAULT','figurative war'),
 ('he had not ordered a disarmament operation','COERCE','negated operation'),
 ('no such operation would begin before the ultimatum expired','COERCE','negated/conditional future operation'),
 ('resolved to visit Kolowa, Chesogon and Tot from 28 September','CONSULT','visit planned'),
 ('to summon the Inspector-General again','REQUEST','summons planned'),
 ('will also ask the National Treasury for an additional Sh800 million','REQUEST','request planned'),
])


# ---------------------------------------------------------------- 3. humanitarian flash update, issued Wednesday 10 Jun 2026
def J(x): return '2026-06-%02d'%x
GG='Gran Grif|Gran Grif gang|gang|gang members|members of the Gran Grif gang|armed men'
PNH='Haitian National Police|PNH|police|Gang Suppression Force|GSF'
build('flash_update_artibonite.txt','humanitarian flash update (OCHA with cluster inputs) on gang attacks in Haiti\'s Artibonite department: the Gran Grif attack on Liancourt (17 killed, revised from ten), a police/GSF counter-operation and a denied helicopter strike, a patrol attacked with no deaths, a roadblock at Pont-Sondé and a convoy turned back, a state of emergency and curfew, abducted nurses and a release for ransom, self-defence checkpoints and a mob killing in Saint-Marc, an MSF withdrawal, access talks and an ambulance evacuation, gang threats, an accidental market fire, aid by IOM, WFP, MSF, UNICEF, UNFPA and the EU, appeals, meetings; displacement, a planned convoy, a negated request and a considered allocation as traps','2026-06-10',[
 ('At least 17 people were killed when members of the Gran Grif gang attacked the commune of Liancourt on 6 June','ASSAULT','attacked',dict(actor=GG,target='Liancourt|residents|commune of Liancourt',loc='Liancourt|Artibonite|Haiti',date=J(6),killed=17,injured=23,fact='reported',note='toll raised from ten (Flash Update No. 1) to 17; 23 wounded in the overview')),
 ('National Road 1 has been blocked at Pont-Sondé since 7 June','COERCE','blocked',dict(actor=GG,target='National Road 1|traffic|trucks and buses',loc='Pont-Sondé|National Road 1|Artibonite',date=J(7),note='highlight; agent and the roadblock in the body (line 14)')),
 ('a WFP convoy of eight trucks was turned back on 8 June','COERCE','turned back',dict(actor=GG,target='WFP convoy|WFP|World Food Programme',loc='Pont-Sondé|National Road 1',date=J(8),note='passive; highlight, restated in line 14')),
 ('Humanitarian partners urgently need US$4.2 million','REQUEST','need',dict(actor='Humanitarian partners|partners|OCHA',target='donors',note='a funding appeal; present tense, undated')),
 ('several dozen armed men entered Liancourt from the north, firing on homes','ASSAULT','firing on',dict(actor=GG,target='homes|residents|town hall|police sub-station',loc='Liancourt',date=J(6),killed=17,injured=23,opt=True,note='the highlighted attack restated in the body')),
 ('14 of whom were evacuated to Saint-Marc','AID','evacuated',dict(target='wounded',loc='Saint-Marc|Liancourt',opt=True,note='no agent, no day')),
 ("the gang's leader claimed the attack and accused residents of collaborating with a self-defence group",'ACCUSE','accused',dict(actor="gang's leader|Gran Grif|Gran Grif gang|gang",target='residents|Liancourt residents|self-defence group',date=J(7))),
 ('launched an operation to retake Liancourt','ASSAULT','launched an operation',dict(actor=PNH,target=GG,loc='Liancourt|Artibonite',date=J(7),killed=5,injured=2,note='"The PNH said five gang members were killed and two officers were wounded" in the next sentence')),
 ('The police regained control of the town centre on 8 June','ASSAULT','regained control',dict(actor=PNH,target=GG,loc='Liancourt',date=J(8),opt=True,note='outcome of the operation')),
 ('after gang members withdrew towards the rice fields near Pont-Sondé','RETREAT','withdrew',dict(actor=GG,loc='Liancourt|Pont-Sondé',date=J(8))),
 ('The GSF moved a company of about 150 soldiers from Port-au-Prince to Saint-Marc on 8 June','MOBILIZE','moved',dict(actor='Gang Suppression Force|GSF',loc='Saint-Marc|Port-au-Prince',date=J(8))),
 ('a helicopter had fired on houses in the upper part of Liancourt on 7 June','ASSAULT','fired on',dict(actor='helicopter|PNH|GSF|police',target='houses|residents',loc='Liancourt',date=J(7),opt=True,fact='reported',note='alleged by residents, denied by the PNH')),
 ('The PNH denied that any aircraft had fired on residential areas','REJECT','denied',dict(actor='PNH|Haitian National Police|police',target='residents|protection monitors')),
 ('On 8 June gang members attacked a police patrol on the road between Verrettes and Liancourt','ASSAULT','attacked',dict(actor=GG,target='police patrol|police|PNH',loc='Verrettes|Liancourt',date=J(8),killed=0,note='"Nobody was killed, according to the PNH" (zero count)')),
 ('gang members set up a roadblock on National Road 1 at Pont-Sondé','COERCE','set up a roadblock',dict(actor=GG,target='trucks and buses|traffic',loc='Pont-Sondé|National Road 1',date=J(7),opt=True,note='the highlighted blockade restated, with its extortion "tolls"')),
 ('a WFP convoy carrying food for Saint-Marc was stopped at the roadblock','COERCE','stopped',dict(actor=GG,target='WFP convoy|WFP',loc='Pont-Sondé',date=J(8),opt=True,note='"The next day": the highlighted convoy restated')),
 ('The Government declared a state of emergency in the Artibonite department on 9 June','COERCE','declared a state of emergency',dict(actor='Government|Haitian government|Haiti',target='Artibonite|residents',loc='Artibonite|Artibonite department|Haiti',date=J(9))),
 ('imposed a curfew from 8 p.m. to 5 a.m.','COERCE','imposed a curfew',dict(actor='Government|Haitian government|Haiti',target='residents',loc="Saint-Marc|Verrettes|Petite-Rivière-de-l'Artibonite",date=J(9))),
 ('documented eleven cases of gender-based violence, including rape','ASSAULT','gender-based violence',dict(actor=GG,target='women|girls|displaced',loc='Liancourt',opt=True,fact='reported',note='aggregate of cases during the attack and the flight')),
 ('Two nurses from the Liancourt health centre were abducted by gang members on 6 June','ASSAULT','abducted',dict(actor=GG,target='nurses|two nurses',loc='Liancourt',date=J(6),also=['COERCE'],note='passive with agent')),
 ('one was released on 8 June after her family paid a ransom','CONCEDE','released',dict(actor=GG,target='nurse|nurses',loc='Liancourt',date=J(8),also=['RETREAT'],note='release for ransom')),
 ('a self-defence brigade has set up checkpoints at the entrances of the town','COERCE','set up checkpoints',dict(actor='self-defence brigade|brigade|self-defence brigades',target='displaced people|displaced',loc='Saint-Marc',note='ongoing; searches and people turned away')),
 ('was beaten to death by a crowd near the Saint-Marc wharf','ASSAULT','beaten to death',dict(actor='crowd',target='man from Liancourt|man|gang informant',loc='Saint-Marc|Saint-Marc wharf',date=J(9),killed=1,note='passive with agent; mob killing of a displaced man accused of informing')),
 ('MSF temporarily withdrew its international staff from its clinic in Verrettes on 7 June','RETREAT','withdrew',dict(actor='MSF|Médecins Sans Frontières',loc='Verrettes',date=J(7))),
 ('after talks with community leaders in Pont-Sondé','CONSULT','talks',dict(actor='humanitarian partners|partners',target='community leaders',loc='Pont-Sondé',date=J(9))),
 ('obtained safe passage for one MSF ambulance','AGREE','obtained safe passage',dict(actor='community leaders|humanitarian partners',target='humanitarian partners|MSF',loc='Pont-Sondé',date=J(9),also=['CONCEDE'],opt=True,note='outcome of the access talks')),
 ('which evacuated six wounded people to Saint-Marc','AID','evacuated',dict(actor='MSF|MSF ambulance|Médecins Sans Frontières',target='wounded people|wounded',loc='Saint-Marc|Pont-Sondé',date=J(9))),
 ('the Gran Grif gang warned that any "foreign force" entering Pont-Sondé would be attacked','THREATEN','warned',dict(actor='Gran Grif|Gran Grif gang|gang',target='foreign force|Gang Suppression Force|GSF',loc='Pont-Sondé',date=J(9),fact='threatened',note='voice message circulated on 9 June')),
 ("threatened to burn Saint-Marc's main market if the police operation continued",'THREATEN','threatened',dict(actor='Gran Grif|Gran Grif gang|gang',target='Saint-Marc|police|PNH',loc='Saint-Marc',date=J(9),opt=True,fact='threatened',note='second threat in the same message')),
 ('IOM distributed 1,150 shelter kits and hygiene kits in the six sites in Saint-Marc on 8 and 9 June','AID','distributed',dict(actor='IOM|International Organization for Migration',target='displaced people|displaced|sites',loc='Saint-Marc',week='2026-06-08',note='8 and 9 June: week precision')),
 ('GSF armoured vehicles escorted three IOM trucks','COOPERATE','escorted',dict(actor='Gang Suppression Force|GSF',target='IOM|International Organization for Migration',loc="Saint-Marc|Petite-Rivière-de-l'Artibonite",date=J(9),also=['AID'])),
 ('WFP has provided hot meals to 4,000 displaced people in Saint-Marc','AID','provided',dict(actor='WFP|World Food Programme',target='displaced people|displaced',loc='Saint-Marc',date=J(7),note='ongoing "since 7 June"')),
 ('have treated 37 people with gunshot wounds at Saint-Nicolas Hospital in Saint-Marc','AID','treated',dict(actor='MSF|Ministry of Public Health and Population|MSPP',target='people with gunshot wounds|wounded',loc='Saint-Marc|Saint-Nicolas Hospital')),
 ('UNICEF flew two tonnes of medical supplies from Port-au-Prince to Saint-Marc on 9 June','AID','flew',dict(actor='UNICEF',target='Saint-Marc|health facilities',loc='Saint-Marc',date=J(9))),
 ('The Liancourt health centre has been looted','ASSAULT','looted',dict(target='Liancourt health centre|health centre',loc='Liancourt',opt=True,note='no agent, no day')),
 ('UNFPA and partners deployed two mobile teams for survivors of gender-based violence','AID','deployed',dict(actor='UNFPA|partners',target='survivors of gender-based violence|survivors',loc='Saint-Marc')),
 ('The Protection Cluster has called on the PNH and the GSF to guarantee the safety of displaced people','REQUEST','called on',dict(actor='Protection Cluster',target='PNH|GSF|self-defence brigades|Haitian National Police|Gang Suppression Force',loc='Saint-Marc')),
 ('chaired a coordination meeting in Saint-Marc on 8 June','CONSULT','chaired a coordination meeting',dict(actor='Departmental Directorate of Civil Protection|Civil Protection',target='mayor|PNH|humanitarian partners',loc='Saint-Marc',date=J(8))),
 ('The Prime Minister visited Saint-Marc on 9 June','CONSULT','visited',dict(actor='Prime Minister|Haitian government',target='Saint-Marc|displaced',loc='Saint-Marc',date=J(9),opt=True,note='a domestic visit: type arguable')),
 ('announced 50 million gourdes in cash assistance for displaced families','AID','announced',dict(actor='Prime Minister|Government|Haitian government',target='displaced families',loc='Saint-Marc',date=J(9),opt=True,note='a pledge; "payments have not started"')),
 ('The European Union announced EUR 1.5 million in emergency funding','AID','announced',dict(actor='European Union|EU',target='Artibonite response|Haiti',loc='Artibonite|Haiti',date=J(9))),
],[
 ('Some 9,400 people have been displaced','RETREAT','civilians displaced, not a withdrawal'),
 ('had fled as of 9 June','RETREAT','civilians fleeing, not a withdrawal'),
 ('are reported to have moved towards Gonaïves','RETREAT','unverified displacement, not a withdrawal'),
 ('would be attacked','ASSAULT','content of a threat'),
 ("burn Saint-Marc's main market",'ASSAULT','content of a conditional threat'),
 ('A fire that destroyed part of the Saint-Marc market','ASSAULT','accidental fire (electrical fault), not an attack'),
 ('is scheduled to leave Port-au-Prince by sea','AID','convoy planned'),
 ('has not yet requested international assistance','REQUEST','negated request'),
 ('is considering an allocation of $2 million','AID','allocation under consideration, not made'),
])


# ---------------------------------------------------------------- 4. regional analyst's blog, posted Sunday 30 Aug 2026
def G(x): return '2026-08-%02d'%x
ARMY='army|Bangladesh Army|soldiers|ISPR|Inter Services Public Relations'
KNF='Kuki-Chin National Front|KNF'
build('blog_hill_tracts.txt','regional analyst\'s blog on the Chittagong Hill Tracts (Bangladesh): an ambush on an army patrol near Ruma (toll two, then three), blame and denial, a combing operation with 19 detained and five released, a rights group\'s accusation and call and the army\'s rejection, a tourist travel ban and checkpoints, Bawm families crossing to Mizoram and Mizoram\'s shelter and solidarity, a mortar shell from Myanmar in Naikhongchhari and a summoned ambassador, BGB reinforcements and a denied phone contact with the Arakan Army, a riot, a stabbing and Section 144 in Rangamati, a human chain and counter-rally, a KNF threat and offer of talks rejected, frozen accounts, army food aid; figurative war, a no-comment, negated charges, clashes and killings, hypothetical brigade, exodus, reopening and talks','2026-08-30',[
 ('gunmen ambushed an army patrol on the road from Ruma bazar to Boga Lake','ASSAULT','ambushed',dict(actor='gunmen|'+KNF,target='army patrol|soldiers|army|Bangladesh Army',loc='Ruma|Boga Lake|Bandarban|Ruma bazar',date=G(25),killed=3,injured=4,fact='reported',note='"killing two soldiers and wounding four" (ISPR); a third soldier died on Thursday: "the toll now stands at three" (the third presumably among the four wounded)')),
 ('ISPR blamed the Kuki-Chin National Front','ACCUSE','blamed',dict(actor='ISPR|Inter Services Public Relations|army',target=KNF)),
 ('it robbed two banks in Ruma and Thanchi in April 2024','ASSAULT','robbed',dict(actor=KNF,target='banks',loc='Ruma|Thanchi',date='2024-04',opt=True,also=['COERCE'],note='background')),
 ('The KNF, for its part, denied carrying out the ambush','REJECT','denied',dict(actor=KNF,target='ISPR|army',date=G(26),note='in a Facebook post on Wednesday')),
 ('The army launched what it calls a "combing operation" around Ruma and Rowangchhari on Wednesday','COERCE','launched',dict(actor=ARMY,target='Bawm villagers|villagers|Bawm|KNF',loc='Ruma|Rowangchhari|Bandarban',date=G(26))),
 ('19 people had been detained by the army','COERCE','detained',dict(actor=ARMY,target='people|Bawm villagers|schoolteacher|pastor',loc='Ruma|Rowangchhari|Munnuam Para',week='2026-08-24',arrested=19,note='passive with agent; cumulative Wednesday to "By Friday evening" (same week)')),
 ('Five were released on Saturday without charge','CONCEDE','released',dict(actor=ARMY,target='detainees|people|Bawm villagers',loc='Ruma',date=G(29),also=['RETREAT'])),
 ('the soldiers pulled out of Munnuam Para the same day','RETREAT','pulled out',dict(actor='soldiers|'+ARMY,loc='Munnuam Para|Ruma',date=G(29),fact='reported',note='"villagers told me"')),
 ('accused the army of "collective punishment"','ACCUSE','accused',dict(actor='Ain o Salish Kendra|rights group|ASK',target=ARMY)),
 ('called for the detainees to be produced before a magistrate','REQUEST','called for',dict(actor='Ain o Salish Kendra|rights group|ASK',target=ARMY)),
 ('ISPR rejected the accusation','REJECT','rejected',dict(actor='ISPR|Inter Services Public Relations|army',target='Ain o Salish Kendra|rights group|ASK')),
 ('suspended all tourist travel to Ruma, Thanchi and Rowangchhari "until further notice" on Wednesday','COERCE','suspended',dict(actor='Bandarban district administration|district administration',target='tourists|tourist travel',loc='Ruma|Thanchi|Rowangchhari|Bandarban',date=G(26),also=['SANCTION'],note='a travel ban')),
 ('the army set up new checkpoints on the Bandarban-Ruma road','COERCE','set up new checkpoints',dict(actor=ARMY,target='travellers|residents',loc='Bandarban-Ruma road|Bandarban|Ruma',note='"meanwhile": day not fixed for this clause')),
 ('The Mizoram government has given them shelter in a community hall and rice','AID','given',dict(actor='Mizoram government|Mizoram|India',target='Bawm families|Bawm|refugees',loc='Parva|Mizoram')),
 ('the state\'s chief minister said on Friday that Mizoram "will never turn away our Zo brothers and sisters"','SUPPORT','said',dict(actor='chief minister|Mizoram chief minister|Mizoram|Mizoram government',target='Bawm|Bawm families|Zo',loc='Mizoram',date=G(28))),
 ('a mortar shell fired from the Myanmar side landed in Ghumdhum union of Naikhongchhari, wounding a ten-year-old girl','ASSAULT','fired',dict(actor='Myanmar side|Arakan Army|Myanmar military|Myanmar',target='Ghumdhum|girl|Bangladesh',loc='Ghumdhum|Naikhongchhari|Bandarban',date=G(28),injured=1,note='shooter unknown')),
 ('The foreign ministry summoned the Myanmar ambassador in Dhaka the same day','ACCUSE','summoned',dict(actor='foreign ministry|Bangladesh|Dhaka|Bangladeshi foreign ministry',target='Myanmar ambassador|Myanmar',loc='Dhaka',date=G(28),also=['PROTEST'],note='with a protest note')),
 ('Border Guard Bangladesh has sent two more companies to Naikhongchhari and Thanchi','MOBILIZE','sent',dict(actor='Border Guard Bangladesh|BGB',loc='Naikhongchhari|Thanchi',fact='reported',note='"the BGB said on Saturday": statement date only')),
 ('he had spoken to Arakan Army officers by phone about the shelling','CONSULT','spoken',dict(actor='BGB commander|Border Guard Bangladesh|BGB',target='Arakan Army|AA|Arakan Army officers',loc='Naikhongchhari',opt=True,fact='reported',note='claimed by a commander, denied by the home ministry')),
 ('the home ministry denied yesterday that any such contact had taken place','REJECT','denied',dict(actor='home ministry|Bangladesh|Dhaka',target='BGB commander|Chattogram daily',date=G(29))),
 ("the BGB handed back to Myanmar's navy twelve Myanmar soldiers",'COOPERATE','handed back',dict(actor='BGB|Border Guard Bangladesh|Bangladesh|Dhaka',target="Myanmar's navy|Myanmar navy|Myanmar|Naypyidaw",loc='Teknaf',date=G(27),note='repatriation of soldiers who fled in July')),
 ('turned into a street fight near the Banarupa market','ASSAULT','street fight',dict(actor='Chakma students|Bengalis|crowd',target='Chakma students|Bengalis',loc='Rangamati|Banarupa market',date=G(24),opt=True,note='the clash that led to the arson and the stabbing')),
 ('a mob set fire to eleven shops','ASSAULT','set fire',dict(actor='mob',target='shops',loc='Rangamati|Banarupa market',date=G(24))),
 ('was stabbed to death','ASSAULT','stabbed to death',dict(target='Chakma boy|student|Chakma student',loc='Rangamati',date=G(24),killed=1,note='"One student, a Chakma boy of 17"; no agent')),
 ('Police fired tear gas','COERCE','fired tear gas',dict(actor='Police|police',target='mob|crowd',loc='Rangamati',date=G(24),also=['ASSAULT'])),
 ('the district administration imposed Section 144 in the town on Monday night','COERCE','imposed Section 144',dict(actor='district administration|Rangamati district administration',target='residents|Rangamati',loc='Rangamati',date=G(24))),
 ('it was lifted on Thursday','CONCEDE','lifted',dict(actor='district administration|Rangamati district administration',target='residents|Rangamati',loc='Rangamati',date=G(27),also=['RETREAT'])),
 ('formed a human chain in front of the Rangamati press club on Wednesday','PROTEST','formed a human chain',dict(actor='Parbatya Chattagram Jana Samhati Samiti|PCJSS',target='government|Bangladesh',loc='Rangamati|Rangamati press club',date=G(26))),
 ('demanded the full implementation of the 1997 Peace Accord','REQUEST','demanded',dict(actor='Parbatya Chattagram Jana Samhati Samiti|PCJSS',target='government|Bangladesh|Dhaka',loc='Rangamati',date=G(26))),
 ('which ended two decades of insurgency in the hills','AGREE','ended',dict(actor='government|Bangladesh|PCJSS',target='PCJSS|government',date='1997',opt=True,note='background: the 1997 Peace Accord')),
 ('Three Bengali settler organisations held a counter-rally the same afternoon','PROTEST','held a counter-rally',dict(actor='Bengali settler organisations|settler organisations',target='PCJSS',loc='Rangamati',date=G(26))),
 ('Police kept the two groups apart','COERCE','kept the two groups apart',dict(actor='Police|police',target='PCJSS|settler organisations|protesters',loc='Rangamati',date=G(26),opt=True)),
 ('if the "arrests of innocent Bawm" continued it would "respond in its own way"','THREATEN','respond in its own way',dict(actor=KNF,target=ARMY+'|government',date=G(28),fact='threatened')),
 ('there would be "no talks with terrorists", rejecting an offer of dialogue','REJECT','rejecting',dict(actor='home minister|home ministry|government|Bangladesh',target=KNF,loc='Dhaka',date=G(29))),
 ('an offer of dialogue the KNF made in the same Friday statement','AGREE','offer of dialogue',dict(actor=KNF,target='government|Bangladesh',date=G(28),note='an offer of talks (offer convention)')),
 ('The 2023 peace committee talks with the KNF','CONSULT','talks',dict(actor='peace committee|government',target=KNF,loc='Ruma|Bandarban',date='2023',opt=True,note='background')),
 ('The Financial Intelligence Unit froze the bank accounts of nine people','SANCTION','froze',dict(actor='Financial Intelligence Unit|Bangladesh Financial Intelligence Unit|central bank|Bangladesh Bank|Bangladesh',target='nine people|KNF financiers|'+KNF,fact='reported',note='"the central bank said on Thursday": statement date only')),
 ('as some commentators on television are demanding','REQUEST','demanding',dict(actor='commentators|television commentators',target='army|government',opt=True,note='a demand for a deployment, by unnamed commentators')),
 ("The army's 69 Infantry Brigade distributed rice and lentils to 1,200 families in Ruma upazila on Saturday",'AID','distributed',dict(actor="69 Infantry Brigade|army's 69 Infantry Brigade|"+ARMY,target='families|villagers',loc='Ruma|Ruma upazila',date=G(29))),
 ('said it would pay the school fees of the children of the three dead soldiers','AID','pay',dict(actor='Bandarban Hill District Council|Hill District Council',target='children of the three dead soldiers|children',loc='Bandarban',opt=True,fact='planned',note='a pledge')),
],[
 ('"declared war on the only industry these hills have"','ASSAULT','figurative war'),
 ('at least 60 Bawm families have crossed into Mizoram since Thursday','RETREAT','civilians fleeing, not a withdrawal'),
 ('Dhaka has not commented.','REJECT','a no-comment is not a rejection'),
 ('Nobody has been charged with anything so far','ACCUSE','negated charges'),
 ('there were no clashes','ASSAULT','negated clashes'),
 ('"no talks with terrorists"','CONSULT','negated talks'),
 ('six months without a single killing in Ruma','ASSAULT','negated killing'),
 ('If the army now sends a full brigade into the Bawm villages','MOBILIZE','hypothetical deployment'),
 ('we will have another exodus into Mizoram','RETREAT','hypothetical flight'),
 ('Dhaka reopens the tourist roads','CONCEDE','hypothetical reopening'),
 ('lets the peace committee meet the KNF again','CONSULT','hypothetical talks'),
])


# ---------------------------------------------------------------- 5. wire story with a correction, published Thursday 8 Oct 2026
def O(x): return '2026-10-%02d'%x
PE="Peru|Peruvian government|Peru's government|government|Elena Vargas|Prime Minister"
GANG='gang|armed gang|gunmen|captors|Los del Socavón'
FED="Pataz artisanal miners' federation|federation|artisanal miners|small-scale miners|miners"
build('wire_pataz_mine.txt','wire story (with quotes and a correction) on the killing of 13 hostage mine workers near Vijus in Pataz province (La Libertad, Peru): troops sent and mining suspended, a rescued worker, extortion and a refusal to pay, arrests and a shootout, a company evacuation, an extended state of emergency and a curfew, a blockade of the Panamericana Norte cleared with tear gas, a demand, rejection, meeting and agreement, a registry purge, the Ombudsman\'s accusation and call and a denial, Canadian condolences, a threatening pamphlet, a march in Tayabamba and an archbishop\'s offer to mediate; figurative war, a planned censure motion and strike, conditional help, hypothetical withdrawal','2026-10-08',[
 ('Peru sends troops to gold-mining province','MOBILIZE','sends troops',dict(actor='Peru|Peruvian government',loc='Pataz|La Libertad|Peru',date=O(8),opt=True,note='headline restating the lead')),
 ('after 13 workers killed in tunnel','ASSAULT','killed',dict(actor=GANG,target='workers|mine workers',loc='Vijus|Pataz',killed=13,opt=True,note='headline restating the lead')),
 ("Peru's government sent 400 soldiers to the gold-mining province of Pataz on Thursday",'MOBILIZE','sent',dict(actor=PE+'|army',loc='Pataz|La Libertad|Peru',date=O(8))),
 ('suspended all mining there for 30 days','COERCE','suspended',dict(actor=PE,target='miners|mining|mining companies',loc='Pataz',date=O(8),also=['SANCTION'])),
 ('the bodies of 13 workers who had been taken hostage by an armed gang were found in a tunnel near the town of Vijus','ASSAULT','taken hostage',dict(actor=GANG,target='workers|mine workers|13 workers|contractor',loc='Vijus|Pataz|La Libertad|Peru',date=O(4),killed=13,injured=1,also=['COERCE'],note='seized on Sunday night (line 3), shot by their captors, bodies found Tuesday; a fourteenth worker shot and left for dead (injured 1); the correction moves the place from Retamas to Vijus')),
 ('were seized on Sunday night by gunmen who entered the tunnel with rifles and dynamite','ASSAULT','seized',dict(actor='gunmen|'+GANG,target='workers',loc='Vijus|Pataz',date=O(4),also=['COERCE'],opt=True,fact='reported',note='the lead event restated; passive with agent; instruments')),
 ('the men had been shot by their captors','ASSAULT','shot',dict(actor='captors|'+GANG,target='workers|men',loc='Vijus|Pataz',killed=13,opt=True,fact='reported',note='the killing restated; passive with agent')),
 ('was rescued by police on Tuesday','AID','rescued',dict(actor='police|Peruvian National Police',target='fourteenth worker|worker',loc='Vijus|Pataz',date=O(6),note='passive with agent')),
 ('They were executed, one by one','ASSAULT','executed',dict(actor=GANG,target='workers',loc='Vijus',killed=13,opt=True,fact='reported',note='a mother\'s quote restating the killing')),
 ('where the bodies were flown on Wednesday by the regional government','AID','flown',dict(actor='regional government|La Libertad regional government',target='families|victims',loc='Trujillo',date=O(7),opt=True,note='transport of the bodies: type arguable')),
 ('had been extorting small miners in the area for months','COERCE','extorting',dict(actor=GANG,target='small miners|miners',loc='Pataz|Vijus',fact='reported',note='ongoing extortion')),
 ('had demanded payments from the contractor','COERCE','demanded',dict(actor=GANG,target='contractor',loc='Pataz',also=['REQUEST'],opt=True,fact='reported',note='extortion demand')),
 ('The company said it had refused to pay','REJECT','refused',dict(actor='Compañía Minera Huaylillas|company',target=GANG,fact='reported')),
 ('accused the regional police command of ignoring three written warnings since August','ACCUSE','accused',dict(actor='Compañía Minera Huaylillas|company',target='regional police command|police')),
 ('On Wednesday police arrested five suspects in Trujillo and in the town of Tayabamba','COERCE','arrested',dict(actor='police|Peruvian National Police',target='suspects|gang|second-in-command',loc='Trujillo|Tayabamba',date=O(7),arrested=5)),
 ('Two more suspects were killed in a shootout with police near Parcoy late on Wednesday','ASSAULT','shootout',dict(actor='police|Peruvian National Police',target='suspects|gang',loc='Parcoy|Pataz',date=O(7),killed=2,injured=0,fact='reported',note='"No officers were hurt" (zero count)')),
 ('evacuated about 300 employees to Trujillo by air','RETREAT','evacuated',dict(actor='Compañía Minera Huaylillas|company',target='employees',loc='Pataz|Trujillo',date=O(5),also=['AID'],fact='reported',note='"on Monday" governs both clauses; corrected from Tuesday')),
 ('The Compañía Minera Huaylillas suspended its own operations in Pataz on Monday','RETREAT','suspended',dict(actor='Compañía Minera Huaylillas|company',loc='Pataz',date=O(5),opt=True,fact='reported',note='a company halting its own work: type arguable')),
 ('a curfew from 6 p.m. to 6 a.m. would be enforced','COERCE','curfew',dict(actor=PE,target='residents',loc='Pataz|Parcoy|Huaylillas',opt=True,fact='planned',note='announced for the coming nights')),
 ('was extended on Wednesday for another 60 days','COERCE','extended',dict(actor=PE,target='Pataz|residents',loc='Pataz',date=O(7),note='the state of emergency declared in February')),
 ('welcomed the deployment','SUPPORT','welcomed',dict(actor="National Society of Mining, Petroleum and Energy|industry's main lobby group|mining lobby",target=PE)),
 ('blocked the Panamericana Norte highway near Chao','PROTEST','blocked',dict(actor=FED,target=PE,loc='Chao|Panamericana Norte|Trujillo|La Libertad',date=O(7))),
 ('Police used tear gas to clear part of the road in the afternoon','COERCE','used tear gas',dict(actor='Police|police',target='protesters|miners|'+FED,loc='Chao|Panamericana Norte',date=O(7),injured=5,also=['ASSAULT'],note='two protesters and three officers injured')),
 ('The federation demanded that the government lift the suspension','REQUEST','demanded',dict(actor=FED+'|Walter Chávez',target=PE)),
 ('Vargas at first rejected the demand','REJECT','rejected',dict(actor='Elena Vargas|Vargas|Prime Minister|government',target=FED)),
 ('after a meeting with federation leaders in Trujillo late on Wednesday','CONSULT','meeting',dict(actor='government|Elena Vargas|Prime Minister',target='federation leaders|'+FED,loc='Trujillo',date=O(7))),
 ('the government agreed to review the registrations of formal miners within ten days','AGREE','agreed',dict(actor=PE,target=FED,loc='Trujillo',date=O(7),also=['CONCEDE'])),
 ('the federation agreed to lift the blockade','CONCEDE','agreed',dict(actor=FED,target=PE,loc='Trujillo|Panamericana Norte',date=O(7),also=['AGREE','RETREAT'])),
 ('Traffic was moving again on the Panamericana by Thursday morning','RETREAT','moving again',dict(actor=FED,loc='Panamericana Norte|Chao',date=O(8),opt=True,fact='reported',note='the blockade lifted')),
 ('removed 60 operators from the formalization registry on Wednesday','SANCTION','removed',dict(actor='Energy and Mines Ministry|Peru|government',target='operators|miners',loc='Pataz',date=O(7),also=['COERCE'])),
 ('saying they had sold gold to buyers linked to the gang','ACCUSE','saying',dict(actor='Energy and Mines Ministry',target='operators',opt=True,note='the charge behind the removal')),
 ("Peru's Ombudsman's Office accused successive governments",'ACCUSE','accused',dict(actor="Ombudsman's Office|Peru's Ombudsman's Office|Ombudsman|Defensoría del Pueblo",target='governments|successive governments|government')),
 ('called for an independent investigation','REQUEST','called for',dict(actor="Ombudsman's Office|Ombudsman|Defensoría del Pueblo",target='government|authorities')),
 ('The Interior Ministry denied that police had received any warning before the kidnapping','REJECT','denied',dict(actor='Interior Ministry|Peru',target="Ombudsman's Office|company|Compañía Minera Huaylillas")),
 ('expressed condolences to the families','SUPPORT','expressed condolences',dict(actor="Canada's ambassador|Canada|Ottawa",target='families|Peru')),
 ('when 13 security guards of another mining contractor were kidnapped and killed','ASSAULT','kidnapped and killed',dict(target='security guards|guards',loc='Pataz',date='2025-05',killed=13,also=['COERCE'],opt=True,note='background')),
 ('The government first declared a state of emergency in the province in 2024','COERCE','declared a state of emergency',dict(actor='government|Peru',target='Pataz',loc='Pataz',date='2024',opt=True,note='background')),
 ('warning other contractors that "whoever does not pay will end up like them"','THREATEN','warning',dict(actor='Los del Socavón|'+GANG,target='contractors|other contractors',loc='Vijus|Pataz',date=O(6),fact='reported',note='a pamphlet left on Tuesday; authenticity being checked')),
 ("several hundred relatives and residents marched to the prosecutor's office on Thursday morning",'PROTEST','marched',dict(actor='relatives|residents',target="prosecutor's office|authorities",loc='Tayabamba|Pataz',date=O(8))),
 ('to demand justice','REQUEST','demand',dict(actor='relatives|residents',target="prosecutor's office|authorities",loc='Tayabamba',date=O(8),also=['PROTEST'])),
 ('who had offered on Tuesday to mediate between the miners and the government','AGREE','offered',dict(actor='archbishop of Trujillo|archbishop',target='miners|government|'+FED,loc='Trujillo',date=O(6),note='an offer to mediate (offer convention)')),
 ('the company suspended operations on Monday, not Tuesday','RETREAT','suspended operations',dict(actor='company|Compañía Minera Huaylillas',loc='Pataz',date=O(5),opt=True,note='the correction restating line 7')),
],[
 ('"What is happening in Pataz is a war for gold','ASSAULT','figurative war'),
 ('the gangs will simply wait for the soldiers to leave','RETREAT','hypothetical withdrawal'),
 ('would file a motion to censure Salcedo next week','ACCUSE','motion planned'),
 ('has called a 24-hour strike for Oct. 14','PROTEST','strike planned'),
 ('"ready to help" with forensic expertise if Peru asked for it','AID','conditional offer of help, not given'),
 ('will end up like them','ASSAULT','content of a threat'),
])
