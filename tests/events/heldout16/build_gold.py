"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_builder import gold_builder, guidelines  # tests/events/gold_builder.py
here=os.path.dirname(os.path.abspath(__file__))
build=gold_builder(here,guidelines("sixteenth"))




# ---------------------------------------------------------------- 1. liveblog, published Thursday 15 Oct 2026 (entries of that day, local time)
Tu,We,Th='2026-10-13','2026-10-14','2026-10-15'
POL='police|Rapid Intervention Unit|UIR|riot police|PNTL|Timor-Leste police'; UIR='Rapid Intervention Unit|UIR|police|riot police|PNTL'
STU="students|students' union|National University students' union|UNTL students|protesters"; GOV='government|Timor-Leste government|Council of Ministers|prime minister|Timor-Leste'
build('liveblog_dili_evictions.txt','liveblog with timestamps on eviction protests in Dili (Timor-Leste): demolitions, a march and sit-in, a blockade, tear gas and stones, arrests, a disputed death in Hera, a curfew, a pull-back, an army standby, a warning, calls, a vigil in Baucau and a suspension of the demolitions; a correction, pinned key points, planned and conditional protests, a hypothetical deployment, a figurative war','2026-10-15',[
 ('Riot police fired tear gas at a student sit-in outside parliament this afternoon','COERCE','fired tear gas',dict(actor=POL,target=STU,loc='Dili|National Parliament|parliament',date=Th,injured=17,also=['ASSAULT'],opt=True,note='pinned key point restating the 13:35 entry')),
 ('The government has declared a seven-day night curfew in Dili','COERCE','declared',dict(actor=GOV,target='residents|Dili residents|protesters',loc='Dili',date=Th,opt=True,note='pinned key point restating the 16:20 entry')),
 ('Demolitions in Tasitolu have been suspended for thirty days','CONCEDE','suspended',dict(actor=GOV+'|Minister of State Administration',target='families|'+STU,loc='Tasitolu|Dili',date=Th,also=['RETREAT'],opt=True,note='pinned key point restating the 20:40 entry; passive without agent')),
 ('a third day of protests against the eviction','PROTEST','protests',dict(actor=STU,target=GOV,loc='Dili|Tasitolu',opt=True,note='presupposes protests on Tuesday and Wednesday; today\'s protest is expected (planned) at 08:05')),
 ('Police and municipal workers began demolishing the houses with bulldozers on Tuesday','COERCE','demolishing',dict(actor='police|municipal workers|'+GOV+'|Dili municipality',target='families|400 families|residents|houses',loc='Tasitolu|Dili',date=Tu,note='eviction by demolition (destroying property) is COERCE')),
 ('police detained 23 students in Tasitolu','COERCE','detained',dict(actor=POL,target=STU,loc='Tasitolu|Dili',date=We,arrested=23,fact='reported',note='"on Wednesday evening"; source: a police spokesperson')),
 ('stones were thrown at a bulldozer','ASSAULT','thrown',dict(actor=STU,target='bulldozer|police|municipal workers',loc='Tasitolu',date=We,opt=True,fact='reported',note='passive without agent; a police account; property')),
 ('Fourteen of them were released without charge overnight','CONCEDE','released',dict(actor=POL,target=STU+'|detained students',loc='Tasitolu|Dili',also=['RETREAT'],note='passive; "overnight" (14-15 Oct) left undated')),
 ('The march has set off','PROTEST','march',dict(actor=STU,target=GOV+'|parliament|National Parliament',loc='Dili|Caicoli',date=Th)),
 ('have blocked Avenida Presidente Nicolau Lobato with two trucks and razor wire','COERCE','blocked',dict(actor=UIR,target=STU+'|march',loc='Avenida Presidente Nicolau Lobato|Dili',date=Th)),
 ('Students have sat down in front of the police line','PROTEST','sat down',dict(actor=STU,target=GOV+'|police',loc='Dili',date=Th,opt=True,note='the sit-in continues the march')),
 ('The union handed a petition to two opposition MPs','REQUEST','handed a petition',dict(actor=STU,target=GOV+'|opposition MPs|parliament',loc='Dili',date=Th,also=['PROTEST'],note='the petition "demands a halt to the demolitions and compensation"')),
 ('who walked out to meet them','CONSULT','meet',dict(actor='opposition MPs|two opposition MPs',target=STU,loc='Dili',date=Th,opt=True)),
 ('rejects the call to stop the demolitions','REJECT','rejects',dict(actor="prime minister's office|prime minister|"+GOV,target=STU,loc='Dili',date=Th,note='statement at 12:15')),
 ('promises that "every family will receive a new plot"','CONCEDE','promises',dict(actor="prime minister's office|prime minister|"+GOV,target='families',date=Th,opt=True,fact='planned',note='a promise')),
 ('says it "stands with the students"','SUPPORT','stands with',dict(actor='FRETILIN|opposition',target=STU,date=Th)),
 ('accuses the government of "evicting the poor to please foreign contractors"','ACCUSE','accuses',dict(actor='FRETILIN|opposition',target=GOV,date=Th)),
 ('Police have fired tear gas at the sit-in','COERCE','fired tear gas',dict(actor=POL,target=STU+'|sit-in',loc='Dili|Government Palace|National Parliament',date=Th,injured=17,also=['ASSAULT'],note='17 treated (next entry, three of them police officers): the toll goes on the event, as in heldout13')),
 ('Some students threw stones and plastic bottles back at the police lines','ASSAULT','threw',dict(actor=STU,target=POL+'|police lines',loc='Dili|Government Palace',date=Th)),
 ('Volunteers of the Timor-Leste Red Cross (CVTL) gave first aid to about 30 others','AID','gave first aid',dict(actor='Timor-Leste Red Cross|CVTL|Red Cross|volunteers',target=STU+'|injured|others',loc='Farol|Dili',date=Th)),
 ('the police say no rubber bullets were used','REJECT','say no',dict(actor='police',target='reporter|liveblog',date=Th,opt=True,note='a denial inside a correction')),
 ('hours after he was struck by a police pick-up at a checkpoint on the Hera road','ASSAULT','struck',dict(actor='police|police pick-up|PNTL',target='Januário Belo|young man',loc='Hera|Hera road|Dili',date=We,killed=1,fact='reported',opt=True,note='the family\'s account, denied by the police (possibly a road accident); "on Wednesday night", died this morning')),
 ('denied that any police vehicle had been involved','REJECT','denied',dict(actor='police spokesperson|Sebastião Lopes|police|PNTL',target='family|Januário Belo\'s family',loc='Hera|Dili',date=Th)),
 ('has called on both sides to "put down the stones and the tear gas"','REQUEST','called on',dict(actor='President of the Republic|President|president',target='both sides|'+STU+'|police|'+GOV,date=Th)),
 ('The Council of Ministers met in extraordinary session','CONSULT','met',dict(actor='Council of Ministers|'+GOV,loc='Dili',date=Th,opt=True,note='a cabinet meeting')),
 ('declared a curfew in Dili municipality from 22:00 to 05:00 for seven days','COERCE','declared a curfew',dict(actor='Council of Ministers|'+GOV,target='residents|Dili residents|protesters|'+STU,loc='Dili|Dili municipality',date=Th)),
 ('Gatherings of more than ten people are banned','COERCE','banned',dict(actor='Council of Ministers|'+GOV,target='gatherings|'+STU,loc='Dili',date=Th,opt=True,note='part of the curfew decree')),
 ('The UIR trucks have pulled back about 200 metres towards Colmera','RETREAT','pulled back',dict(actor=UIR,loc='Colmera|Dili|Avenida Presidente Nicolau Lobato',date=Th)),
 ('says it has put two companies on standby at the Metinaro barracks','MOBILIZE','put two companies on standby',dict(actor='F-FDTL|army|Timor-Leste army|Falintil-Forças de Defesa de Timor-Leste',loc='Metinaro|Metinaro barracks|Dili',date=Th,note='raised alert status')),
 ('warned that anyone found on the streets after 22:00 without a permit','THREATEN','warned',dict(actor='Dili police commander|police commander|police',target='curfew violators|anyone|residents|'+STU,loc='Dili',date=Th)),
 ('calls the curfew "a war on our own children"','ACCUSE','calls',dict(actor='FRETILIN MP|FRETILIN',target=GOV,date=Th,opt=True,note='a charge in figurative words on social media')),
 ('Students are leaving the avenue','RETREAT','leaving',dict(actor=STU,loc='Dili|Avenida Presidente Nicolau Lobato',date=Th,opt=True,note='protesters dispersing: arguable')),
 ('would come back on Monday unless the demolitions are stopped','THREATEN','would come back',dict(actor="union's president|"+STU,target=GOV,date=Th,opt=True,note='a conditional announcement of further protest; its content is a trap (PROTEST)')),
 ('Police say they arrested 41 people during the afternoon','COERCE','arrested',dict(actor=POL,target=STU+"|union's vice-president|people",loc='Dili',date=Th,arrested=41,fact='reported')),
 ('a water-cannon truck was "attacked and set on fire" near Colmera','ASSAULT','set on fire',dict(actor=STU+'|protesters',target='water-cannon truck|police',loc='Colmera|Dili',date=Th,opt=True,fact='reported',note='police claim, unverified by the liveblog')),
 ('urged the government to "switch off the bulldozers"','REQUEST','urged',dict(actor='Archbishop of Dili|Catholic Church|Church',target=GOV,loc='Dili',date=Th)),
 ('offered the Church as a mediator','AGREE','offered',dict(actor='Archbishop of Dili|Catholic Church|Church',target=GOV+'|'+STU,date=Th,opt=True,note='an offer to mediate (heldout10-13 convention for offers to host)')),
 ('fighting between police and army units drove thousands from their homes','ASSAULT','fighting',dict(actor='police|army units|army',target='army units|police',loc='Dili|Timor-Leste',date='2006',opt=True,note='background: the 2006 crisis')),
 ('about 200 students held a candlelit vigil in solidarity outside the municipal administration','PROTEST','vigil',dict(actor='students|200 students',target=GOV,loc='Baucau',date=Th,also=['SUPPORT'])),
 ('has announced that demolitions in Tasitolu are suspended "for thirty days"','CONCEDE','suspended',dict(actor='Minister of State Administration|'+GOV,target='families|'+STU,loc='Tasitolu|Dili',date=Th,also=['RETREAT'])),
],[
 ('says its members will march from Caicoli to the parliament at 10:00','PROTEST','planned march announced in the morning (it happens at 10:20, another line)'),
 ('dozens ran towards the seafront at Farol','RETREAT','protesters fleeing tear gas, not a withdrawal'),
 ('police had fired rubber bullets','ASSAULT','corrected: no rubber bullets were fired'),
 ("invited the union's leaders to the presidential palace tomorrow morning",'CONSULT','planned meeting (invitation)'),
 ('Not unless the police ask us','MOBILIZE','hypothetical deployment'),
 ('and nobody has asked','REQUEST','negated request'),
 ('"will be detained and taken to court"','COERCE','content of a warning'),
 ('"a war on our own children"','ASSAULT','figurative war'),
 ('"going home today, not giving up"','CONCEDE','negated giving up'),
 ('would come back on Monday unless','PROTEST','conditional future protest'),
 ("The president's meeting with the students is still scheduled",'CONSULT','planned meeting'),
])


# ---------------------------------------------------------------- 2. foreign-ministry briefing transcript, published Thursday 12 Nov 2026
def N(x): return '2026-11-%02d'%x
Su,Mo,Tu,We,Th=N(8),N(9),N(10),N(11),N(12)
MY='Malaysia|Malaysian government|Government of Malaysia|Ministry of Foreign Affairs|Malaysian foreign ministry|Wisma Putra|Putrajaya|spokesperson|Noraini Hashim'
PH='Philippines|Philippine authorities|Philippine government|Manila'; KID='armed men|five armed men|kidnappers|gunmen|Abu Sayyaf Group|Abu Sayyaf'
ESS='ESSCOM|Eastern Sabah Security Command|Malaysia|Malaysian security forces'
build('briefing_sabah_kidnapping.txt','transcript of a foreign-ministry press briefing (Malaysia) on a kidnapping off Semporna (Sabah): the abduction, contacts with Manila and Jakarta, radar data shared, a rescue, a request for patrols, a fishermen\'s protest, a sea curfew, detentions and deportations in Sandakan, a Philippine accusation and its denial, suspended barter trade and frozen accounts, an agreement, an attribution, a conditional warning; journalists\' questions, a negated ransom, a negated border closure, a figurative attack, a planned visit, the 2013 Lahad Datu incursion','2026-11-12',[
 ('five armed men in a speedboat abducted two Malaysian fishermen and an Indonesian crew member','ASSAULT','abducted',dict(actor=KID,target='Malaysian fishermen|fishermen|Indonesian crew member|trawler|crew',loc='Pulau Mabul|Semporna|Sabah',date=Su,also=['COERCE'],note='"On Sunday night"; abduction is ASSAULT also COERCE')),
 ('Boats of the Eastern Sabah Security Command, ESSCOM, gave chase','COERCE','gave chase',dict(actor=ESS,target=KID+'|speedboat',loc='Semporna|Pulau Mabul',date=Su,opt=True,note='a pursuit that failed')),
 ('We have been in contact with the Philippine authorities since Monday morning','CONSULT','in contact',dict(actor=MY,target=PH,date=Mo)),
 ('the Philippine Coast Guard has shared radar tracks of the speedboat with ESSCOM','COOPERATE','shared',dict(actor='Philippine Coast Guard|'+PH,target=ESS,note='day not stated')),
 ('the Armed Forces of the Philippines informed our embassy in Manila','COOPERATE','informed',dict(actor='Armed Forces of the Philippines|Philippine military|'+PH,target='Malaysian embassy|Malaysia|embassy in Manila',loc='Manila',date=Th,also=['CONSULT'],opt=True,note='"This morning"')),
 ('had been rescued by Philippine marines on the island of Tapul','AID','rescued',dict(actor='Philippine marines|Armed Forces of the Philippines|'+PH,target='Indonesian crew member|crew member',loc='Tapul|Sulu',also=['COERCE','ASSAULT'],opt=True,fact='reported',note='a rescue of a hostage: the type is arguable; day not stated')),
 ('have filed a new enforcement claim in a court in the Netherlands','ACCUSE','filed',dict(actor='heirs of the Sultan of Sulu|Sulu claimants|self-proclaimed heirs',target='Malaysia',loc='Netherlands',opt=True,fact='reported',note='legal action (a court claim)')),
 ('Malaysia rejects this latest attempt','REJECT','rejects',dict(actor=MY,target='heirs of the Sultan of Sulu|Sulu claimants|self-proclaimed heirs',note='present tense at the briefing; undated as in heldout13')),
 ('The Minister wrote to her Philippine counterpart on Tuesday requesting coordinated patrols','REQUEST','requesting',dict(actor='Minister|Minister of Foreign Affairs|foreign minister|'+MY,target='Philippine counterpart|Philippine foreign secretary|'+PH,date=Tu,also=['COOPERATE'])),
 ('Fishermen protested in Semporna yesterday','PROTEST','protested',dict(actor='fishermen',target='federal government|government|Malaysia|Sabah government',loc='Semporna',date=We,opt=True,note="a journalist's question restating the protest")),
 ('about 150 fishermen gathered at the Semporna jetty on Wednesday','PROTEST','gathered',dict(actor='fishermen|150 fishermen',target='federal government|government|Malaysia|Sabah government|Chief Minister of Sabah',loc='Semporna|Semporna jetty',date=We,fact='reported')),
 ('to demand armed escorts for the fishing fleet','REQUEST','demand',dict(actor='fishermen',target='federal government|government|Malaysia|Sabah government|Chief Minister of Sabah',loc='Semporna',date=We,also=['PROTEST'],fact='reported')),
 ('the Chief Minister of Sabah met their representatives the same afternoon','CONSULT','met',dict(actor='Chief Minister of Sabah|Sabah government|Sabah state government',target='fishermen|representatives|fishermen\'s representatives',loc='Semporna|Sabah',date=We,fact='reported')),
 ('was extended by the police for another fourteen days on Monday','COERCE','extended',dict(actor='police|Royal Malaysia Police|Malaysian police|'+ESS,target='fishermen|boats|residents|east coast',loc='east coast|Sabah|east coast districts',date=Mo,note='the sea curfew extended (passive with agent)')),
 ('Immigration officers detained sixty-three Filipinos in Sandakan','COERCE','detained',dict(actor='Immigration officers|Immigration Department|Malaysia',target='Filipinos|undocumented persons|migrants',loc='Sandakan',arrested=63,opt=True,note="a journalist's question restating the detentions")),
 ('I reject that word','REJECT','reject',dict(actor=MY,target='Reuters|journalist',date=Th,opt=True,note='rejects a characterisation')),
 ('The Immigration Department detained 63 undocumented persons in an operation in Sandakan','COERCE','detained',dict(actor='Immigration Department|Immigration officers|Malaysia|Malaysian immigration',target='undocumented persons|Filipinos|migrants|undocumented migrants',loc='Sandakan|Sabah',week='2026-11-09',arrested=63,note='"on Monday and Tuesday": one ISO week')),
 ('Thirty-eight of them were deported to Zamboanga by ferry yesterday','COERCE','deported',dict(actor='Immigration Department|Malaysia|Malaysian immigration',target='undocumented persons|Filipinos|migrants|Philippines',loc='Sandakan|Zamboanga',date=We,note='passive; agent from the previous sentence')),
 ('in coordination with the Philippine consulate in Kota Kinabalu','COOPERATE','coordination',dict(actor='Malaysia|Immigration Department|Philippine consulate',target='Philippine consulate|Philippines|Malaysia',loc='Kota Kinabalu',date=We,opt=True)),
 ("Manila's Department of Foreign Affairs says Malaysian officers beat several of the detainees",'ACCUSE','says',dict(actor="Department of Foreign Affairs|Philippine Department of Foreign Affairs|DFA|"+PH,target='Malaysian officers|Malaysia|Immigration Department|Malaysian immigration',loc='Sandakan',fact='reported')),
 ('Malaysian officers beat several of the detainees in Sandakan','ASSAULT','beat',dict(actor='Malaysian officers|Malaysian immigration|Malaysia',target='detainees|Filipinos',loc='Sandakan',opt=True,fact='reported',note='an allegation, denied in the next line')),
 ('we categorically deny it','REJECT','deny',dict(actor=MY,target="Department of Foreign Affairs|DFA|"+PH,date=Th)),
 ('Barter trade between the east coast and Sulu and Tawi-Tawi has been suspended since Monday','SANCTION','suspended',dict(actor='Malaysia|Malaysian government|security forces|'+ESS,target='Sulu|Tawi-Tawi|southern Philippines|Philippines|barter trade',loc='east coast|Sabah|Sulu|Tawi-Tawi',date=Mo,note='passive without explicit agent')),
 ('Bank Negara has frozen the accounts of three money changers in Semporna','SANCTION','frozen',dict(actor='Bank Negara|Bank Negara Malaysia|central bank|Malaysia',target='money changers|three money changers',loc='Semporna',note='day not stated')),
 ('I would ask you not to write that we are','REQUEST','ask',dict(actor=MY,target='journalists|Sinar Harian',date=Th,opt=True)),
 ("Indonesia's foreign minister telephoned our Minister on Monday",'CONSULT','telephoned',dict(actor="Indonesia's foreign minister|Indonesian foreign minister|Indonesia",target='Minister|Malaysian foreign minister|Malaysia',date=Mo)),
 ('thanked ESSCOM for its search','SUPPORT','thanked',dict(actor="Indonesia's foreign minister|Indonesia",target=ESS,date=Mo,opt=True,note='thanks = praise')),
 ('Indonesian navy vessels have been patrolling jointly with ours off Tawau since Tuesday','COOPERATE','patrolling jointly',dict(actor='Indonesian navy|Indonesia|Malaysian navy|Malaysia',target='Malaysia|Malaysian navy|Indonesia|Indonesian navy',loc='Tawau|Sabah',date=Tu)),
 ('We have agreed with Jakarta that the rescued crew member will be flown home','AGREE','agreed',dict(actor=MY,target='Jakarta|Indonesia|Indonesian government',note='day not stated')),
 ('the Philippine side has agreed to hand him over to the Indonesian consul there','AGREE','agreed',dict(actor='Philippine side|'+PH,target='Indonesia|Indonesian consul|Malaysia',loc='Zamboanga',opt=True,note='a second agreement; the handover itself is planned (trap)')),
 ('The Philippine military has attributed it to a remnant of the Abu Sayyaf Group','ACCUSE','attributed',dict(actor='Philippine military|Armed Forces of the Philippines|'+PH,target='Abu Sayyaf Group|Abu Sayyaf|remnant of the Abu Sayyaf Group',fact='reported')),
 ('you will be pursued wherever you hide','THREATEN','pursued',dict(actor=MY,target=KID+'|those holding our citizens',date=Th,note='a conditional warning ("if they are harmed"): THREATEN; its content is a trap')),
 ('said this week that Putrajaya has "abandoned" the east coast','ACCUSE','said',dict(actor='member of parliament for Semporna|MP for Semporna|Semporna MP',target='Putrajaya|federal government|Malaysia|'+MY,week='2026-11-09',fact='reported',note="stated in a journalist's question")),
 ('in which ten members of our security forces were killed','ASSAULT','killed',dict(actor='Sulu gunmen|intruders|armed men',target='Malaysian security forces|security forces',loc='Lahad Datu|Sabah',date='2013',killed=10,opt=True,note='background: the 2013 incursion')),
],[
 ('the Government of Malaysia does not pay ransom','CONCEDE','negated, habitual: no ransom paid'),
 ('Has Malaysia asked Manila for joint operations?','REQUEST',"a journalist's question"),
 ('so I cannot say that joint operations have started','COOPERATE','negated joint operations'),
 ('No detainee was beaten','ASSAULT','denied beating'),
 ('invited the Philippine consul to visit the Sandakan depot at any time','CONSULT','invitation; visit not made'),
 ('Nobody in the government is talking about closing the sea border','SANCTION','negated border closure'),
 ('if they are harmed','ASSAULT','hypothetical harm inside a warning'),
 ('The member is entitled to attack the Ministry in the House','ASSAULT','figurative (verbal) attack'),
 ('The Minister will attend the Joint Commission for Bilateral Cooperation in Manila on 18 November','CONSULT','planned meeting'),
])


# ---------------------------------------------------------------- 3. security risk advisory, published Friday 20 Nov 2026
Sa,Su,Mo,Tu,We,Th=N(14),N(15),N(16),N(17),N(18),N(19)
FLEC='FLEC-FAC|FLEC|Front for the Liberation of the Enclave of Cabinda|separatists|gunmen'; FAA='Angolan Armed Forces|FAA|Angolan army|Angola|Angolan government'
AO='Angola|Angolan government|Angolan authorities|Luanda'; CG='Republic of the Congo|Congo|Congo-Brazzaville|Congolese government'
build('advisory_cabinda_convoy.txt',"corporate security risk advisory with a dated incident log on Cabinda (Angola): a convoy ambush claimed by FLEC-FAC, a denied helicopter claim, reinforcements, a curfew, arrests and a condemnation, a dispersed gathering and releases, Congolese troops sent to the border, a ministers' meeting and agreement, a handover of suspects, a suspended accreditation and a Portuguese request, an accusation, frozen accounts, food aid, a threat to companies; a forecast, hypothetical attacks, habitual history, a figurative media war, 2006 and 2010 background",'2026-11-20',[
 ('An ambush on a contractor convoy near Buco-Zau on 14 November killed three people','ASSAULT','ambush',dict(actor=FLEC,target='contractor convoy|convoy|contractors|Angolan soldiers',loc='Buco-Zau|Cabinda',date=Sa,killed=3,opt=True,note='summary restating the log')),
 ('The Angolan authorities have reinforced the province','MOBILIZE','reinforced',dict(actor=AO+'|FAA',loc='Cabinda|Cabinda province',opt=True,note='summary restating the log')),
 ('imposed a curfew in two northern municipalities and made arrests','COERCE','imposed a curfew',dict(actor=AO+'|provincial government',target='residents',loc='Buco-Zau|Belize|Cabinda',opt=True,note='summary restating the log')),
 ('Gunmen opened fire on a convoy of four contractor vehicles on the road between Buco-Zau and Belize','ASSAULT','opened fire',dict(actor=FLEC,target='convoy|contractor vehicles|contractors|Angolan soldiers|soldiers|driver|'+FAA,loc='Buco-Zau|Belize|Buco-Zau-Belize road|Cabinda',date=Sa,killed=3,injured=4,note='"Two Angolan soldiers ... and a Congolese driver were killed" (same entry); agent named by the claim in the next entry; "Belize" is a Cabinda municipality, not the country')),
 ('FLEC-FAC claimed the ambush in a statement posted online','ASSAULT','claimed the ambush',dict(actor=FLEC,target='convoy|Angolan soldiers|'+FAA,loc='Buco-Zau|Cabinda',date=Su,opt=True,note='claim of responsibility restating the ambush (heldout13 convention)')),
 ('denied that any aircraft had been lost','REJECT','denied',dict(actor=FAA,target=FLEC,date=Su)),
 ('called the claim "propaganda for the diaspora"','ACCUSE','called',dict(actor=FAA,target=FLEC,date=Su,opt=True)),
 ('A battalion of FAA special forces was flown from Luanda to Cabinda airport','MOBILIZE','flown',dict(actor=FAA+'|FAA special forces',loc='Cabinda|Cabinda airport|Luanda|Buco-Zau',date=Mo,note='passive; "moved north by road the same day"')),
 ('The provincial government imposed a curfew from 19:00 to 06:00 in Buco-Zau and Belize municipalities','COERCE','imposed a curfew',dict(actor='provincial government|Cabinda provincial government|'+AO,target='residents|civilians',loc='Buco-Zau|Belize|Cabinda',date=Tu)),
 ('closed the road north of Buco-Zau to civilian traffic','COERCE','closed',dict(actor='provincial government|Cabinda provincial government|'+AO,target='civilian traffic|civilians',loc='Buco-Zau|Cabinda',date=Tu,opt=True,note='part of the same decree')),
 ('Police detained twelve people in Buco-Zau, among them a Catholic catechist','COERCE','detained',dict(actor='police|Angolan police|National Police|'+AO,target='people|Catholic catechist|catechist|FLEC-FAC supporters',loc='Buco-Zau|Cabinda',date=Tu,arrested=12)),
 ('A local civic association condemned the arrests as "collective punishment"','ACCUSE','condemned',dict(actor='civic association|local civic association',target='police|Angolan police|'+AO,loc='Cabinda',date=Tu)),
 ('police dispersed about 80 people who had gathered at the Largo do 1º de Maio','COERCE','dispersed',dict(actor='police|Angolan police|National Police',target='people|protesters|80 people',loc='Cabinda|Cabinda city|Largo do 1º de Maio',date=We)),
 ('about 80 people who had gathered at the Largo do 1º de Maio','PROTEST','gathered',dict(actor='people|protesters|80 people|residents',target='police|'+AO+'|provincial government',loc='Cabinda|Cabinda city|Largo do 1º de Maio',date=We)),
 ("to demand the catechist's release",'REQUEST','demand',dict(actor='people|protesters|80 people',target='police|'+AO,loc='Cabinda|Cabinda city',date=We,also=['PROTEST'])),
 ('Seven were held for several hours','COERCE','held',dict(actor='police|Angolan police',target='protesters|people',loc='Cabinda|Cabinda city',date=We,arrested=7,opt=True,note='part of the dispersal')),
 ('released that evening without charge','CONCEDE','released',dict(actor='police|Angolan police',target='protesters|people|seven',loc='Cabinda|Cabinda city',date=We,also=['RETREAT'])),
 ("Republic of the Congo's defence ministry said it had sent troops to its border near Nzassi",'MOBILIZE','sent troops',dict(actor="Republic of the Congo's defence ministry|Congolese defence ministry|"+CG,loc='Nzassi|Angola-Congo border|Congo-Angola border|border',date=We,fact='reported',note='said on 18 Nov; the sending is not dated more precisely')),
 ('The defence ministers of Angola and the Republic of the Congo met in Pointe-Noire','CONSULT','met',dict(actor='Angolan defence minister|'+AO,target='Congolese defence minister|'+CG,loc='Pointe-Noire',date=Th)),
 ('agreed to begin joint patrols along the border','AGREE','agreed',dict(actor='Angolan defence minister|'+AO+'|Congolese defence minister|'+CG,target=CG+'|'+AO,loc='Pointe-Noire|border',date=Th)),
 ('Congolese police handed over two suspects arrested near Nzassi to Angolan police at the Massabi crossing','COOPERATE','handed over',dict(actor='Congolese police|'+CG,target='Angolan police|'+AO,loc='Massabi|Massabi crossing|Nzassi',date=Th)),
 ('two suspects arrested near Nzassi','COERCE','arrested',dict(actor='Congolese police|'+CG,target='suspects|two suspects',loc='Nzassi',arrested=2,opt=True,note='participle; day not stated')),
 ("suspended the accreditation of a Portuguese journalist",'SANCTION','suspended',dict(actor="Ministry of Social Communication|Angola's Ministry of Social Communication|"+AO,target='Portuguese journalist|journalist|Portugal',loc='Luanda|Angola',date=Th,also=['COERCE'])),
 ("Portugal's foreign ministry asked Luanda to reconsider",'REQUEST','asked',dict(actor="Portugal's foreign ministry|Portuguese foreign ministry|Portugal",target=AO,date=Th)),
 ("Angola's interior minister accused \"foreign-based agitators\" of financing the group",'ACCUSE','accused',dict(actor="Angola's interior minister|interior minister|"+AO,target='foreign-based agitators|agitators|'+FLEC,note='day not stated')),
 ('the central bank froze the accounts of two Cabinda-based associations','SANCTION','froze',dict(actor='central bank|Banco Nacional de Angola|National Bank of Angola|'+AO,target='Cabinda-based associations|associations',loc='Cabinda',note='day not stated')),
 ('have distributed food to about 1,500 people','AID','distributed food',dict(actor='Catholic diocese|provincial health authority|diocese|Catholic Church',target='displaced people|people|villagers|1,500 people',loc='Buco-Zau|Belize|Cabinda|Buco-Zau-Belize road',note='day not stated')),
 ('FLEC-FAC warned oil and timber companies to "leave Cabinda or bear the consequences"','THREATEN','warned',dict(actor=FLEC,target='oil and timber companies|oil companies|timber companies|companies',loc='Cabinda')),
 ('it was ready for talks "under international mediation"','AGREE','ready for talks',dict(actor=FLEC,target=AO,opt=True,note='willingness to talk; Luanda has not responded')),
 ("since the 2010 attack on the Togo national football team's bus",'ASSAULT','attack',dict(actor=FLEC+'|FLEC',target="Togo national football team|Togo national football team's bus|Togo delegation",loc='Cabinda',date='2010',killed=2,opt=True,note='background')),
 ("a firm rejection of any negotiation on the province's status",'REJECT','rejection',dict(actor=AO,target=FLEC,opt=True,note='a standing position, habitual')),
 ('settled by the 2006 memorandum of understanding','AGREE','memorandum of understanding',dict(actor=AO,target='FLEC|Cabinda Forum for Dialogue|separatists',date='2006',opt=True,note='background')),
],[
 ('the risk of further attacks on road movements north of Buco-Zau is high','ASSAULT','forecast, not an event'),
 ('its fighters had shot down an army helicopter near Necuto','ASSAULT','claim denied by the army, unconfirmed'),
 ('who fled villages along the Buco-Zau-Belize road','RETREAT','civilians fleeing, not a withdrawal'),
 ('Luanda has not responded','REJECT','no response (negated)'),
 ("Its attacks are sporadic, usually against army escorts on forest roads",'ASSAULT','habitual; claims and a figurative "media war" on the same line'),
 ('We do not expect talks','CONSULT','negated, forecast'),
 ('Should the group target oil installations at Malongo','ASSAULT','hypothetical attack'),
 ('security forces have detained curfew violators in earlier operations','COERCE','habitual history, generic'),
])


# ---------------------------------------------------------------- 4. newspaper interview (Q&A), published Wednesday 25 Nov 2026
Th,Mo,Tu=N(19),N(23),N(24)
PD='Democratic Party|PD|opposition|Arben Gjoka|Democratic Party of Albania'; GJ='Arben Gjoka|Gjoka|Democratic Party|PD|opposition'
AL='government|Albanian government|prime minister|Albania'; POL='police|Albanian police|State Police'
build('interview_tirana_opposition.txt','newspaper interview (question and answer) with an Albanian opposition MP after a violent protest in Tirana: petrol bombs, water cannon and tear gas, a pull-back, a filmed kicking, arrests and releases, an accusation and its rejection, a mayor arrested, a demand, a highway blockade, a parliamentary boycott and an agreement to postpone, EU and US statements, solidarity, a meeting, a conditional threat; figurative wars and verbal attacks, planned and hypothetical protests and talks, negated arrests, 2011 and 2019 background','2026-11-25',[
 ('Two days after the most violent opposition protest in Tirana in years','PROTEST','protest',dict(actor=PD+'|protesters|opposition supporters',target=AL,loc='Tirana',date=Mo,note='nominal; "Two days after" the dateline = Monday 23 Nov (also "Monday night" in the questions)')),
 ("Petrol bombs were thrown at the prime minister's office",'ASSAULT','thrown',dict(actor='young men|protesters|masked men',target="prime minister's office|government|government building",loc='Tirana',date=Mo,opt=True,note="passive in the interviewer's question; restated by the answer")),
 ('None of our members threw anything','REJECT','None of our members threw anything',dict(actor=GJ,target='interviewer|'+AL,note='a denial of the party\'s involvement; present interview, undated')),
 ('There were thousands of peaceful people on the boulevard','PROTEST','thousands of peaceful people',dict(actor='protesters|'+PD,target=AL,loc='Tirana',date=Mo,opt=True,note='restates the protest')),
 ('A few dozen young men with covered faces threw petrol bombs and flares at the building','ASSAULT','threw',dict(actor='young men|young men with covered faces|masked men|protesters',target="prime minister's office|building|government building|government",loc='Tirana',date=Mo)),
 ('The police then used water cannon and tear gas on the whole crowd','COERCE','used water cannon and tear gas',dict(actor=POL,target='crowd|protesters|'+PD,loc='Tirana',date=Mo,injured=31,also=['ASSAULT'],note="the interviewer's statement, confirmed in the answer; 19 protesters and 12 police officers hurt (next line): the night's toll on the event, as in heldout13")),
 ('Only after midnight did the police pull their units back to the Interior Ministry','RETREAT','pull their units back',dict(actor=POL,loc='Tirana|Interior Ministry',note='after midnight of Monday night: left undated')),
 ('the video of an officer kicking a handcuffed boy on the ground near the Skanderbeg Square','ASSAULT','kicking',dict(actor='officer|police officer|'+POL,target='handcuffed boy|boy|protester|detainee',loc='Skanderbeg Square|Tirana',note='shown on video; the night is implied, not stated')),
 ('The interior ministry says that officer was suspended on Tuesday','SANCTION','suspended',dict(actor='interior ministry|Ministry of Interior|'+AL,target='officer|police officer',loc='Tirana',date=Tu,also=['COERCE','CONCEDE'],opt=True,fact='reported',note='a disciplinary suspension: the type is arguable')),
 ('Thirty-four people were arrested on Monday night','COERCE','arrested',dict(actor=POL,target='people|protesters|students',loc='Tirana',date=Mo,arrested=34,note='passive; agent not stated')),
 ('the court in Tirana released twenty of them on Tuesday','CONCEDE','released',dict(actor='court in Tirana|court|Tirana court',target='protesters|detainees|people',loc='Tirana',date=Tu,also=['RETREAT'])),
 ('accused your leadership of organising the violence','ACCUSE','accused',dict(actor='prime minister|'+AL,target=PD+'|PD leadership|opposition leadership',note='day not stated; also called Monday\'s events "political terrorism"')),
 ('He accuses us of everything','ACCUSE','accuses',dict(actor='prime minister|'+AL,target=PD,opt=True,note='habitual; the same line carries Gjoka\'s own charge ("at war with its own citizens")')),
 ('We reject the charge completely','REJECT','reject',dict(actor=GJ,target='prime minister|'+AL)),
 ('which arrested the mayor of Vau i Dejës on Thursday','COERCE','arrested',dict(actor='SPAK|Special Anti-Corruption Structure|prosecutors',target='mayor of Vau i Dejës|mayor|Gjon Marku',loc='Vau i Dejës',date=Th,arrested=1,note="relative clause in the interviewer's question")),
 ('was taken from his home at six in the morning in front of his children','COERCE','taken',dict(actor='SPAK|Special Anti-Corruption Structure|police',target='Gjon Marku|mayor',loc='Vau i Dejës',date=Th,opt=True,note='restates the arrest')),
 ('We demand his release and a trial in Shkodër','REQUEST','demand',dict(actor=GJ,target='SPAK|'+AL+'|prosecutors|court')),
 ('Your supporters blocked the Shkodër-Tirana highway at Bushat on Tuesday for four hours','PROTEST','blocked',dict(actor='Democratic Party supporters|supporters|PD supporters|farmers|young people|'+PD,target=AL,loc='Bushat|Shkodër|Shkodër-Tirana highway',date=Tu)),
 ('Farmers and young people sat on the road, peacefully','PROTEST','sat on the road',dict(actor='farmers|young people|supporters',target=AL,loc='Bushat',date=Tu,opt=True,note='restates the blockade')),
 ('The police negotiated with them','CONSULT','negotiated',dict(actor=POL,target='farmers|young people|supporters|protesters',loc='Bushat',date=Tu,opt=True)),
 ("Your party also boycotted Tuesday's session of parliament",'PROTEST','boycotted',dict(actor=PD+'|Democratic Party MPs',target='parliament|majority|'+AL,loc='Tirana|parliament',date=Tu,also=['REJECT'])),
 ('We walked out before the vote on the budget','PROTEST','walked out',dict(actor=PD+'|Democratic Party MPs',target='parliament|majority|'+AL,loc='Tirana|parliament',date=Tu,also=['REJECT'],opt=True,note='restates the boycott')),
 ('The Speaker and our group leader agreed on Tuesday evening to postpone the budget vote by a week','AGREE','agreed',dict(actor='Speaker|Speaker of parliament|PD group leader|group leader|'+PD,target='Democratic Party|PD|Speaker|parliament',loc='Tirana|parliament',date=Tu)),
 ('The EU delegation called on "all sides" to refrain from violence','REQUEST','called on',dict(actor='EU delegation|European Union|EU',target='all sides|'+PD+'|'+AL,note='day not stated')),
 ('The US embassy condemned the attack on the government building','ACCUSE','condemned',dict(actor='US embassy|United States|US',target='attackers|young men|protesters',loc='Tirana',note='day not stated')),
 ('and we condemn it too','ACCUSE','condemn',dict(actor=GJ,target='attackers|young men',opt=True)),
 ("Our colleagues in the European People's Party have expressed solidarity with us",'SUPPORT','expressed solidarity',dict(actor="European People's Party|EPP",target=PD)),
 ('I met the German ambassador on Tuesday to explain our position','CONSULT','met',dict(actor=GJ,target='German ambassador|Germany',loc='Tirana',date=Tu)),
 ('Critics say you personally attacked the prime minister in very harsh terms in parliament last week','ACCUSE','attacked',dict(actor=GJ,target='prime minister|'+AL,loc='parliament|Tirana',week='2026-11-16',opt=True,note='a verbal attack (criticism in parliament) is at most ACCUSE; ASSAULT would be wrong (trap on the answer line)')),
 ('if Gjon Marku is not released by Christmas, we will block every road in the north','THREATEN','we will block',dict(actor=GJ,target=AL+'|SPAK',note='a conditional threat (he calls it "a promise"); its content is a future protest (trap on the same line, planned protest)')),
 ('when we gave up our seats in parliament','PROTEST','gave up our seats',dict(actor=PD+'|Democratic Party MPs',target='parliament|'+AL,loc='Tirana|parliament',date='2019',also=['RETREAT'],opt=True,note='background')),
 ('when four protesters were shot dead outside the same building','ASSAULT','shot dead',dict(target='protesters|four protesters',loc='Tirana',date='2011-01',killed=4,opt=True,note='background; no agent named')),
 ('I ask the government not to play with fire','REQUEST','ask',dict(actor=GJ,target=AL,opt=True,note='a figurative appeal')),
 ('He prefers to insult us on television','ACCUSE','insult',dict(actor='prime minister|'+AL,target=PD,opt=True,note='habitual')),
],[
 ('"If he invites us without conditions, we will go": an interview','CONSULT','headline: hypothetical talks'),
 ('did nothing until the peaceful crowd arrived','COERCE','negated police action'),
 ('This government is at war with its own citizens','ASSAULT','figurative war and artillery'),
 ('his release and a trial in Shkodër','CONCEDE','requested release'),
 ('Nobody was arrested in Bushat','COERCE','negated arrests'),
 ('and nobody was hurt','ASSAULT','negated injuries'),
 ('we will not return to the chamber until the arrests stop','CONCEDE','conditional return, not a concession'),
 ('I attacked his record, not his person','ASSAULT','verbal attack'),
 ('The next national protest is called for 5 December','PROTEST','planned protest'),
 ('personally attacked the prime minister in very harsh terms','ASSAULT','verbal attack in the question'),
 ('I do not want a single person hurt','ASSAULT','negated wish'),
 ('Would you accept an invitation to talk with the prime minister?','CONSULT',"interviewer's question, hypothetical talks"),
 ('A: If he invites us without conditions, we will go. He has not invited us.','CONSULT','hypothetical and negated invitation to talks'),
])


# ---------------------------------------------------------------- 5. fact-check article, published Thursday 24 Sep 2026
def S(x): return '2026-09-%02d'%x
Sa,Su,Mo,Tu,We=S(19),S(20),S(21),S(22),S(23)
PNC='National Civil Police|PNC|police|Salvadoran police'; MUN='municipal agents|municipality|mayor of San Salvador Centro|San Salvador Centro municipality|CAM|municipal agent'
VEN="vendors|street vendors|vendors' federation|federation"; SV='government|Salvadoran government|El Salvador|authorities'
HC='historic centre|San Salvador|Plaza Libertad|Plaza Barrios'
build('factcheck_san_salvador_vendors.txt','fact-check article (seven claims with verdicts) on the clearance of street vendors from the historic centre of San Salvador (El Salvador): the removal and arrests, a baton blow, Red Cross aid, accusations and a rejection, an army deployment and withdrawal, an Ombudsman request, releases on bail, a UN call, a march and demand, a rejected offer, a meeting and agreement, presidential praise, a court release in Tonacatepeque; false claims (a shooting, a US condemnation), a figurative war, negated firearms and arrests, a conditional hunger strike, a date correction','2026-09-24',[
 ('when police and municipal agents removed street stalls around Plaza Libertad and Plaza Barrios','COERCE','removed',dict(actor=PNC+'|'+MUN,target=VEN+'|street stalls|stalls',loc=HC,date=Sa,note='"Since Saturday"; an eviction of vendors')),
 ('Police arrested more than 100 vendors on Saturday','COERCE','arrested',dict(actor=PNC,target=VEN,loc='San Salvador|historic centre',date=Sa,opt=True,fact='reported',note='the checked claim: the arrests happened, the figure is wrong (38)')),
 ('it detained thirty-eight people on Saturday in the historic centre','COERCE','detained',dict(actor=PNC,target=VEN+'|people',loc='historic centre|San Salvador',date=Sa,arrested=38,fact='reported',note='number in words; the PNC figure, matched by the court lists')),
 ('A video verified by Verifica SV shows a municipal agent striking her with a baton','ASSAULT','striking',dict(actor='municipal agent|'+MUN,target='woman|vendor|fruit vendor|woman of 52',loc='Plaza Libertad|San Salvador|historic centre',date=Sa,injured=1,note='the operation on Saturday; the head wound and hospital stay in the same paragraph')),
 ('troops arrived the next day','MOBILIZE','arrived',dict(actor='troops|soldiers|army|defence ministry',loc=HC,date=Su,opt=True,note='restates claim 5 (the next day after Saturday)')),
 ('The Salvadoran Red Cross said it treated fourteen people at the scene','AID','treated',dict(actor='Salvadoran Red Cross|Red Cross',target='people|vendors|fourteen people',loc=HC,date=Sa,note='"at the scene" of Saturday\'s operation')),
 ('while accusing the mayor of "criminalising poverty"','ACCUSE','accusing',dict(actor='opposition deputy|opposition',target='mayor|mayor of San Salvador Centro|municipality|'+SV,date=Sa,note='"on Saturday night"; the same deputy\'s "declared war" is the figurative claim (trap, line 12)')),
 ('A deputy of the governing party wrote on Sunday','ACCUSE','wrote',dict(actor='deputy of the governing party|governing party deputy|Nuevas Ideas',target='NGOs|parties|opposition|'+VEN,date=Su,note='an accusation of financing the protest, unproven')),
 ("The vendors' federation rejected the claim",'REJECT','rejected',dict(actor="vendors' federation|federation|"+'vendors',target='deputy of the governing party|governing party|Nuevas Ideas',note='day not stated')),
 ('The army has occupied the historic centre','MOBILIZE','occupied',dict(actor='army|soldiers|armed forces',loc=HC,date=Su,opt=True,note='the checked claim (partly true: a deployment, not an occupation)')),
 ('The defence ministry confirmed that 200 soldiers were deployed to the historic centre on Sunday','MOBILIZE','deployed',dict(actor='defence ministry|Ministry of Defence|army|armed forces|soldiers|'+SV,loc=HC,date=Su)),
 ('the soldiers had been withdrawn to their barracks in San Salvador','RETREAT','withdrawn',dict(actor='defence ministry|army|soldiers|armed forces',loc='historic centre|San Salvador',fact='reported',note='said on Wednesday; the day of the withdrawal is not stated (left undated)')),
 ("Staff of the Ombudsman's office (PDDH) visited the detainees at the police cells",'CONSULT','visited',dict(actor="Ombudsman's office|PDDH|Ombudsman",target='detainees|'+VEN,loc='San Jacinto|San Salvador',date=Mo,opt=True,note='a monitoring visit')),
 ("the Ombudsman asked the prosecutor's office to respect the 72-hour legal limit",'REQUEST','asked',dict(actor="Ombudsman|PDDH|Ombudsman's office",target="prosecutor's office|Attorney General's office|prosecutors",date=Mo)),
 ("a magistrates' court in San Salvador released thirty-one of the thirty-eight on bail",'CONCEDE','released',dict(actor="magistrates' court|court",target='detainees|'+VEN,loc='San Salvador',date=Tu,also=['RETREAT'])),
 ('accused of assaulting agents','ACCUSE','accused',dict(actor="prosecutor's office|prosecutors|"+PNC,target='seven|detainees|'+VEN,opt=True,note='charges')),
 ('The UN human rights office for Central America urged the authorities on Monday','REQUEST','urged',dict(actor='UN human rights office for Central America|OHCHR|UN human rights office|United Nations',target='authorities|Salvadoran authorities|'+SV,date=Mo)),
 ('We asked the embassy, which said the post was "fabricated"','REJECT','said',dict(actor='US embassy|United States',target='post|screenshot',opt=True,note='the embassy disowns a fabricated post')),
 ('On Monday several hundred vendors marched from the Cathedral to the Legislative Assembly','PROTEST','marched',dict(actor='vendors|several hundred vendors|'+VEN,target='Legislative Assembly|municipality|'+SV+'|mayor',loc='San Salvador|Legislative Assembly|Cathedral',date=Mo,note='the date corrected (first published as Sunday): see the correction line')),
 ('to demand their stalls back','REQUEST','demand',dict(actor='vendors|'+VEN,target='municipality|Legislative Assembly|mayor|'+SV,loc='San Salvador',date=Mo,also=['PROTEST'])),
 ('offered them places in a new covered market and $300 each in compensation','CONCEDE','offered',dict(actor='mayor of San Salvador Centro|mayor|municipality',target=VEN,loc='San Salvador',date=Mo,also=['AGREE'],opt=True,note='an offer, rejected the same night')),
 ('The federation rejected the offer on Monday night','REJECT','rejected',dict(actor="federation|vendors' federation|vendors",target='mayor|mayor of San Salvador Centro|municipality',loc='San Salvador',date=Mo)),
 ("after a meeting at the mayor's office",'CONSULT','meeting',dict(actor="federation|vendors' federation|municipality|mayor",target='municipality|mayor|federation|vendors\' federation',loc="San Salvador|mayor's office",date=We)),
 ('the federation and the municipality agreed that vendors could trade at a temporary site','AGREE','agreed',dict(actor="federation|vendors' federation|municipality|mayor",target="municipality|mayor|federation|vendors' federation",loc='San Salvador|old railway station',date=We)),
 ('The president praised the police on Sunday for "restoring order"','SUPPORT','praised',dict(actor='president|President of El Salvador|'+SV,target=PNC,date=Su)),
 ('The federation has said it will begin a hunger strike if any vendor is prosecuted','THREATEN','said',dict(actor="federation|vendors' federation",target=SV+"|prosecutor's office",opt=True,note='a conditional announcement; the hunger strike itself is a trap')),
 ('a court in Soyapango on Tuesday ordered the release of eleven of the fifteen men','CONCEDE','ordered the release',dict(actor='court in Soyapango|court',target='men|detainees|eleven men',loc='Soyapango|Tonacatepeque',date=Tu,also=['RETREAT'])),
 ('the fifteen men arrested in Tonacatepeque in August','COERCE','arrested',dict(actor='police|'+PNC+'|security forces',target='men|fifteen men',loc='Tonacatepeque',date='2026-08',arrested=15,opt=True,note='earlier arrests in a participle')),
 ('under the state of exception, in force since March 2022','COERCE','state of exception',dict(actor=SV,loc='El Salvador',date='2022-03',opt=True,note='background')),
 ("An earlier version of this article said the vendors' march took place on Sunday",'PROTEST','march',dict(actor='vendors|'+VEN,target=SV+'|municipality',loc='San Salvador',date=Mo,opt=True,note='the correction: the march was on Monday, not Sunday')),
],[
 ('Soldiers shot a vendor dead in Plaza Libertad','ASSAULT','false claim (no one died, no soldier present)'),
 ('The government has declared war on the vendors','ASSAULT','figurative war (the checked claim)'),
 ('The operation did not involve any use of firearms','ASSAULT','negated shooting'),
 ('They did not take part in arrests','COERCE','negated arrests'),
 ('The US embassy condemned the evictions','ACCUSE','false claim'),
 ('The US embassy has published no statement on the vendors','ACCUSE','negated statement'),
 ('it will begin a hunger strike if any vendor is prosecuted','PROTEST','conditional hunger strike'),
 ("The prosecutor's office said it would appeal",'REJECT','planned appeal'),
])
