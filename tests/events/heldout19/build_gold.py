"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_builder import gold_builder, guidelines  # tests/events/gold_builder.py
here=os.path.dirname(os.path.abspath(__file__))
build=gold_builder(here,guidelines("nineteenth"))

def O(x): return '2026-10-%02d'%x
def N(x): return '2026-11-%02d'%x
def D(x): return '2026-12-%02d'%x

# ---------------------------------------------------------------- 1. editorial board's leader, published Thursday 3 Dec 2026
GOV='government|Montenegrin government|Montenegro'
OPP='opposition|opposition deputies|opposition leaders'
SPO="Special State Prosecutor's Office|prosecutor's office|prosecutors"
build('leader_montenegro_bar_port.txt',"newspaper editorial board's leader (the paper's own opinion voice) on a smuggling raid at the Port of Bar, a protest in Podgorica and the government's reaction (Montenegro)",'2026-12-03',[
 ('raided three warehouses at the Port of Bar','COERCE','raided',dict(actor='Special Police Department|police|'+SPO,target='warehouses|Port of Bar|smugglers',loc='Bar|Port of Bar',date=N(29),note='"Before dawn on Sunday 29 November"; the seizure of eleven containers is part of the raid')),
 ('They arrested seven people, among them a deputy director of the port authority','COERCE','arrested',dict(actor='Special Police Department|police',target='seven people|deputy director|port authority',loc='Bar|Port of Bar',date=N(29),arrested=7)),
 ('which shared tracking data on the containers','COOPERATE','shared',dict(actor='Guardia di Finanza|Italy',target=SPO+'|Montenegro',fact='reported',note='"the prosecutor\'s office says"; undated')),
 ("the Special State Prosecutor's Office charged five of the seven with smuggling",'COERCE','charged',dict(actor=SPO,target='five of the seven|suspects|deputy director',loc='Podgorica|Bar',date=N(30),also=['ACCUSE'],note='SCHEME_DECISIONS: a charge is COERCE also ACCUSE')),
 ('released the other two without charge','CONCEDE','released',dict(actor=SPO,target='suspects|other two',date=N(30),also=['RETREAT'])),
 ('The deputy director resigned the same afternoon','CONCEDE','resigned',dict(actor='deputy director|port authority',loc='Bar',date=N(30),also=['RETREAT'])),
 ('several thousand people marched from the Clock Tower to the Parliament building in Podgorica','PROTEST','marched',dict(actor='several thousand people|protesters|marchers',target=GOV+'|interior minister|Parliament',loc='Podgorica',date=N(30))),
 ('demanding the resignation of the interior minister','REQUEST','demanding',dict(actor='protesters|marchers|several thousand people',target='interior minister|'+GOV,loc='Podgorica',date=N(30),also=['PROTEST'])),
 ('a group of young men threw flares and bottles at the government building','PROTEST','threw',dict(actor='young men|protesters',target='government building|'+GOV+'|police',loc='Podgorica',date=N(30),also=['ASSAULT'],note='SCHEME_DECISIONS: a riot is PROTEST also ASSAULT; "shortly before midnight" on Monday')),
 ('police answered with tear gas and batons','COERCE','tear gas',dict(actor='police',target='protesters|young men|crowd',loc='Podgorica',date=N(30),injured=12,also=['ASSAULT'],note='twelve treated, five of them officers (next sentence)')),
 ('Twelve people were treated at the Clinical Centre','AID','treated',dict(actor='Clinical Centre',target='twelve people|injured',loc='Podgorica',opt=True,note='hospital care')),
 ('Police detained nineteen people overnight','COERCE','detained',dict(actor='Police|police',target='protesters|nineteen people',loc='Podgorica',arrested=19,note='"overnight": no single day')),
 ('the misdemeanour court had fined eleven','COERCE','fined',dict(actor='misdemeanour court|court',target='detainees|protesters',loc='Podgorica',date=D(1),opt=True,note='fines after the detentions')),
 ('freed the rest','CONCEDE','freed',dict(actor='misdemeanour court|court',target='detainees|protesters',loc='Podgorica',date=D(1),also=['RETREAT'])),
 ('Around one in the morning the police withdrew from the square','RETREAT','withdrew',dict(actor='police',loc='Podgorica|square',date=D(1),note='one in the morning after Monday night = Tuesday')),
 ('the march was "organised from abroad"','ACCUSE','organised from abroad',dict(actor='interior minister|'+GOV,target='protesters|march|organisers|'+OPP,loc='Podgorica',date=D(1))),
 ('He also denied that anyone in his ministry had known about the warehouses in Bar','REJECT','denied',dict(actor='interior minister|interior ministry',target=OPP+'|critics',note='undated ("also")')),
 ('The opposition accused the government of "protecting the smugglers','ACCUSE','accused',dict(actor=OPP,target=GOV)),
 ("its deputies walked out of Tuesday's session of Parliament",'PROTEST','walked out',dict(actor=OPP+'|deputies',target=GOV+'|Parliament',loc='Podgorica',date=D(1),also=['REJECT'])),
 ('police broke up an opposition tent camp outside Parliament with tear gas','COERCE','broke up',dict(actor='police',target='opposition|tent camp',loc='Podgorica',date='2015',also=['ASSAULT'],opt=True,note='history')),
 ('when the church processions filled the streets','PROTEST','processions',dict(actor='church|processions',target=GOV,loc='Montenegro',date='2020',opt=True,note='history')),
 ("The prime minister's offer on Wednesday to meet opposition leaders",'AGREE','offer',dict(actor='prime minister|'+GOV,target=OPP,date=D(2),also=['CONSULT'],note='SCHEME_DECISIONS: an offer of talks is AGREE also CONSULT')),
 ('The opposition rejected it within hours','REJECT','rejected',dict(actor=OPP,target='prime minister|'+GOV,date=D(2))),
 ('the Serbian foreign ministry accused Montenegrin police','ACCUSE','accused',dict(actor='Serbian foreign ministry|Serbia|Belgrade',target='Montenegrin police|police|Montenegro',date=D(1))),
 ('beating two Serbian citizens among the detainees','ASSAULT','beating',dict(actor='Montenegrin police|police',target='Serbian citizens|detainees',loc='Podgorica',fact='reported',opt=True,note='alleged and denied; the paper cannot verify')),
 ('Our foreign ministry rejected the accusation the same day','REJECT','rejected',dict(actor='Montenegrin foreign ministry|foreign ministry|Montenegro',target='Serbian foreign ministry|Serbia|Belgrade',date=D(1))),
 ("The European Union's delegation in Podgorica called on Wednesday",'REQUEST','called',dict(actor="European Union's delegation|EU delegation|European Union|EU",target=GOV,loc='Podgorica',date=D(2))),
 ('The EU ambassador met the interior minister the same afternoon','CONSULT','met',dict(actor='EU ambassador|European Union|EU',target='interior minister|'+GOV,loc='Podgorica',date=D(2))),
 ("frozen the bank accounts of the port's private operator",'SANCTION','frozen',dict(actor=GOV,target="port's private operator|port operator|operator",also=['COERCE'],note='undated ("has also")')),
 ('the police have sent two units of the Special Anti-Terrorist Unit to Bar','MOBILIZE','sent',dict(actor='police|Special Anti-Terrorist Unit',loc='Bar|Port of Bar',note='undated')),
 ("The prime minister's coalition partners publicly backed him on Wednesday",'SUPPORT','backed',dict(actor='coalition partners',target='prime minister|'+GOV,date=D(2))),
 ('the United States embassy handed customs in Bar two new container scanners','AID','handed',dict(actor='United States embassy|United States|US embassy',target='customs|Montenegrin customs',loc='Bar',date='2026-11',note='"last month"')),
 ('has warned that it will stop work on Monday if wages are not paid by Friday','THREATEN','warned',dict(actor="port workers' union|union|port workers",target="government|port operator|port's private operator",loc='Bar',note='a conditional strike threat, made; undated')),
],[
 ('his resignation would not be an admission of guilt','CONCEDE','hypothetical resignation, requested by the paper'),
 ('A strike at Bar would hurt everyone','PROTEST','hypothetical strike (also a planned march on Saturday on this line)'),
 ('Nobody from the ministry has been charged','COERCE','negated charge'),
 ('a war against the state','ASSAULT','figurative war'),
])

# ---------------------------------------------------------------- 2. book review, published Sunday 29 Nov 2026
PAN='Panama|Panamanian government|government'
SNF='SENAFRONT|National Border Service|Panamanian border police'
build('review_darien_book.txt',"book review (the reviewer's opinion in his own voice) of a reporter's book on the Darién migrant route, read against the week's news (Panama and Colombia)",'2026-11-29',[
 ('Panama closed its border to migrants for several weeks','COERCE','closed',dict(actor=PAN,target='migrants|Cubans',loc='Panama|Darién',date='2016',also=['SANCTION'],opt=True,note='history recalled from the book')),
 ('the International Organization for Migration handed out food and plastic sheeting','AID','handed out',dict(actor='International Organization for Migration|IOM',target='migrants|new arrivals',loc='Lajas Blancas|San Vicente',opt=True,note='history recalled from the book, undated')),
 ('assaulted several women','ASSAULT','assaulted',dict(actor='robbers',target='Haitian families|women|migrants',loc='Bajo Chiquito|Darién',date='2021',opt=True,note='history recalled from the book')),
 ('whom she accuses of "administering misery instead of ending it"','ACCUSE','accuses',dict(actor='Lucía Arosemena Pitti|Arosemena',target='aid agencies',opt=True,note="the book's argument, not a news event")),
 ('SENAFRONT said its patrols had detained 64 migrants','COERCE','detained',dict(actor=SNF,target='migrants|64 migrants',loc='Puerto Obaldía',arrested=64,fact='reported',note='said on "Last Tuesday" (24 Nov); the day of the detentions is not given')),
 ('the first of those flights had left Panama City for Medellín','COERCE','left',dict(actor=PAN+'|Panamanian foreign ministry',target='migrants|Colombia',loc='Panama City|Medellín',fact='reported',note='a deportation flight; announced "On Thursday" (26 Nov), the day it left is not given')),
 ("Colombia's foreign ministry protested the same day",'ACCUSE','protested',dict(actor="Colombia's foreign ministry|Colombia|Colombian foreign ministry",target=PAN,date=N(26),also=['PROTEST'],note='a diplomatic protest is disapproval (CAMEO 11)')),
 ('asked Panama to suspend the flights','REQUEST','asked',dict(actor="Colombia's foreign ministry|Colombia|Colombian foreign ministry",target=PAN,date=N(26))),
 ('Panama replied that the flights were lawful and would continue','REJECT','replied',dict(actor=PAN,target='Colombia|Colombian foreign ministry',note='undated reply refusing the request')),
 ('SENAFRONT released them that evening','CONCEDE','released',dict(actor=SNF,target='thirteen|migrants',loc='Puerto Obaldía',date=N(27),also=['RETREAT'])),
 ('the Ministry of Security suspended the licences of two boat operators','SANCTION','suspended',dict(actor='Ministry of Security|ministry of security|'+PAN,target='boat operators',loc='Puerto Obaldía',date=N(27),also=['COERCE'],note='"The same day" = Friday')),
 ('SENAFRONT sent 300 more officers to the Caribbean coast','MOBILIZE','sent',dict(actor=SNF,loc='Caribbean coast|Puerto Obaldía',date=N(27))),
 ('armed men attacked a boat carrying migrants on the Tuira river','ASSAULT','attacked',dict(actor='armed men',target='migrants|boat',loc='Tuira river|Yaviza|Darién',week=N(23),killed=2,injured=5,fact='reported',note='"this week"; "according to the National Police"')),
 ('Police later arrested three suspects in Metetí','COERCE','arrested',dict(actor='Police|National Police',target='suspects',loc='Metetí',arrested=3,note='"later": no day')),
 ('blocked the Pan-American Highway at Yaviza for a day on Friday','PROTEST','blocked',dict(actor='Emberá authorities|regional Emberá authorities|Emberá',target=PAN,loc='Yaviza|Pan-American Highway',date=N(27))),
 ('demanding a police post and a clinic','REQUEST','demanding',dict(actor='Emberá authorities|regional Emberá authorities|Emberá',target=PAN,loc='Yaviza',date=N(27),also=['PROTEST'])),
 ('The governor of Darién met their leaders in the afternoon','CONSULT','met',dict(actor='governor of Darién|governor',target='Emberá leaders|Emberá authorities|leaders',loc='Yaviza|Darién',date=N(27))),
 ('agreed to open a health post before January','AGREE','agreed',dict(actor='governor of Darién|governor',target='Emberá authorities|Emberá',loc='Darién',date=N(27),also=['CONCEDE'])),
 ("the Ombudsman's Office had visited the reception station at Lajas Blancas",'CONSULT','visited',dict(actor="Ombudsman's Office",target='reception station|migrants',loc='Lajas Blancas',date=N(22),opt=True,note='a monitoring visit')),
 ('criticised the government for holding families','ACCUSE','criticised',dict(actor="Ombudsman's Office",target=PAN,loc='Lajas Blancas',date=N(22))),
 ('stopped two boats carrying 80 migrants off Acandí','COERCE','stopped',dict(actor="Colombia's navy|Colombian Navy|Colombia",target='migrants|boats',loc='Acandí|Gulf of Urabá',fact='reported',note='"said on Thursday" (26 Nov); the day of the interception is not given; no arrest count')),
 ('announced on Wednesday that it would fund a further two million dollars','AID','fund',dict(actor='United States|US',target=PAN,date=N(25),also=['AGREE'],note='a pledge of funding for return flights')),
 ('The ministry of security has denied that migrants are turning to the sea','REJECT','denied',dict(actor='ministry of security|Ministry of Security|'+PAN,target='critics',note='undated')),
 ('the joint patrols the two coast guards briefly ran in the Gulf of Urabá in 2023','COOPERATE','joint patrols',dict(actor='coast guards|Panama|Colombia',target='Colombia|Panama',loc='Gulf of Urabá',date='2023',opt=True,note='history')),
 ('who crossed, were robbed','ASSAULT','robbed',dict(target='family|migrants',loc='Darién',date='2019',opt=True,note='history recalled from the book')),
],[
 ("Arosemena's attack on the aid agencies",'ASSAULT','figurative attack (an argument)'),
 ('The charge that the Colombian government "waves migrants through"','COERCE','a charge in argument, not a legal charge'),
 ('until the two governments meet','CONSULT','requested meeting, not held (and "not been consulted")'),
 ('the jungle waged its war on the weak','ASSAULT','figurative war'),
 ('nobody has ever offered the people of the Darién a plan','AGREE','negated offer'),
 ('will not close, only move','COERCE','predicted, negated closure'),
])

# ---------------------------------------------------------------- 3. travel-advisory update, published Friday 4 Dec 2026
MKD='government|North Macedonia|Macedonian government'
MOI='Ministry of Interior|police|interior ministry'
build('advisory_north_macedonia.txt',"government travel-advisory update (a foreign ministry's consular advice page, sections and advice to travellers) on demonstrations in Skopje, an explosion in Tetovo and border blockades (North Macedonia)",'2026-12-04',[
 ('reflect demonstrations in Skopje','PROTEST','demonstrations',dict(actor='demonstrators|supporters',target=MKD,loc='Skopje',opt=True,note='summary restating the Skopje demonstrations')),
 ('daily political demonstrations in central Skopje','PROTEST','demonstrations',dict(actor='demonstrators|supporters',target=MKD,loc='Skopje',opt=True,note='summary restating the Skopje demonstrations')),
 ('an explosion in Tetovo','ASSAULT','explosion',dict(loc='Tetovo',date=D(1),opt=True,note='summary restating the Tetovo explosion')),
 ('police arrested a former mayor of Kumanovo and two of his deputies','COERCE','arrested',dict(actor='police|'+MOI,target='former mayor of Kumanovo|former mayor|deputies',loc='Kumanovo',date=N(24),arrested=3)),
 ("the Public Prosecutor's Office charged them the next day with abuse of office",'COERCE','charged',dict(actor="Public Prosecutor's Office|prosecutors",target='former mayor of Kumanovo|former mayor|deputies',loc='Kumanovo|Skopje',date=N(25),also=['ACCUSE'],note='SCHEME_DECISIONS: a charge is COERCE also ACCUSE')),
 ("Supporters of the former mayor's party have gathered every evening since Wednesday 25 November",'PROTEST','gathered',dict(actor="supporters|former mayor's party|demonstrators|opposition",target=MKD,loc='Skopje|Ilindenska Boulevard|Government building',date=N(25),note='daily since 25 November: dated by its start')),
 ('demanding his release and early elections','REQUEST','demanding',dict(actor="supporters|former mayor's party|demonstrators|opposition",target=MKD,loc='Skopje',also=['PROTEST'])),
 ('part of the crowd threw stones and firecrackers at police lines','PROTEST','threw',dict(actor='crowd|demonstrators|supporters',target='police|'+MOI,loc='Skopje',date=N(29),also=['ASSAULT'],note='SCHEME_DECISIONS: a riot (stones, cars set on fire) is PROTEST also ASSAULT')),
 ('Police used water cannon and stun grenades to clear the area','COERCE','water cannon',dict(actor='Police|police',target='crowd|demonstrators',loc='Skopje',date=N(29),injured=23,also=['ASSAULT'],note='toll of the clash in the next sentence: 14 officers and 9 demonstrators injured, per the ministry')),
 ('and that 23 people were arrested','COERCE','arrested',dict(actor='police|'+MOI,target='people|demonstrators',loc='Skopje',date=N(29),arrested=23,fact='reported',note='"The Ministry of Interior said"')),
 ('the ministry banned gatherings within 200 metres of the Government building','COERCE','banned',dict(actor=MOI,target='demonstrators|organisers',loc='Skopje',date=N(30))),
 ('it lifted the ban on Thursday','CONCEDE','lifted',dict(actor=MOI,target='demonstrators|organisers',loc='Skopje',date=D(3),also=['RETREAT'])),
 ('after the organisers agreed to keep their rallies to the square','AGREE','agreed',dict(actor='organisers',target=MOI,loc='Skopje',note='"after": no day')),
 ('the prime minister and the opposition leader met for the first time since the arrests','CONSULT','met',dict(actor='prime minister|opposition leader|'+MKD,target='opposition leader|prime minister|opposition',loc='Skopje',date=D(2))),
 ('agreed to meet again next week','AGREE','agreed',dict(actor='prime minister|opposition leader',target='opposition leader|prime minister',date=D(2),also=['CONSULT'],opt=True,note='agreement to meet: the meeting itself is ahead')),
 ('his party would not take part in any talks about early elections until the former mayor is freed','REJECT','would not take part',dict(actor='opposition leader|opposition|party',target=MKD+'|prime minister',date=D(2),note='"said afterwards"')),
 ('the government spokesman rejected any link between the two questions','REJECT','rejected',dict(actor='government spokesman|'+MKD,target='opposition leader|opposition',note='undated')),
 ('have both said they support "a calm, lawful investigation"','SUPPORT','support',dict(actor='EU delegation|United States embassy|EU|United States',target='investigation|'+MKD+'|Public Prosecutor\'s Office',note='undated')),
 ('suspended for seven days the licence of a regional television channel','SANCTION','suspended',dict(actor='Agency for Audio and Audiovisual Media Services|media agency',target='regional television channel|television channel|channel',date=D(1),also=['COERCE'])),
 ('that it accused of broadcasting "calls to violence"','ACCUSE','accused',dict(actor='Agency for Audio and Audiovisual Media Services|media agency',target='regional television channel|channel',date=D(1),opt=True,note='grounds of the suspension')),
 ('The channel denies the accusation','REJECT','denies',dict(actor='channel|regional television channel',target='Agency for Audio and Audiovisual Media Services|media agency')),
 ('has warned on social media that it will block the Skopje-Kumanovo motorway','THREATEN','warned',dict(actor="Kumanovo Citizens' Guard|group",target=MKD,loc='Kumanovo|Skopje-Kumanovo motorway',note='a conditional threat, made (deadline 10 December); undated')),
 ("an explosive device damaged the front of a political party's office in Tetovo",'ASSAULT','damaged',dict(target="political party's office|party office|party",loc='Tetovo',date=D(1),note='no agent, no one hurt')),
 ('The Ministry of Interior has sent additional police units to Tetovo and Gostivar','MOBILIZE','sent',dict(actor=MOI,loc='Tetovo|Gostivar',note='after 1 December, undated')),
 ('has set up checkpoints on the roads between the two towns','COERCE','checkpoints',dict(actor=MOI,loc='Tetovo|Gostivar',opt=True,note='part of the deployment')),
 ('several hundred truck drivers have blocked the freight lanes at the Tabanovce crossing','PROTEST','blocked',dict(actor='truck drivers|drivers',target=MKD+'|Serbia|both governments',loc='Tabanovce',date=N(30),note='since Monday 30 November: dated by its start')),
 ('demanding that both governments open extra lanes','REQUEST','demanding',dict(actor='truck drivers|drivers',target='both governments|North Macedonia|Serbia',loc='Tabanovce',also=['PROTEST'])),
 ('The Red Cross of North Macedonia has been handing out water and meals','AID','handing out',dict(actor='Red Cross of North Macedonia|Red Cross',target='drivers|truck drivers',loc='Tabanovce',note='ongoing, undated')),
 ('the interior ministers of North Macedonia and Serbia agreed to open two additional lorry lanes','AGREE','agreed',dict(actor='interior ministers|North Macedonia|Serbia',target='Serbia|North Macedonia',loc='Tabanovce',date=D(3),also=['COOPERATE'])),
 ('most drivers lifted their blockade that evening','RETREAT','lifted',dict(actor='drivers|truck drivers',loc='Tabanovce',date=D(3),also=['CONCEDE'])),
 ('Serbian officials have denied that their border police deliberately slowed traffic','REJECT','denied',dict(actor='Serbian officials|Serbia',target='truck drivers|drivers|critics',note='undated')),
 ('Greek farmers blocked the road on their side with tractors','PROTEST','blocked',dict(actor='Greek farmers|farmers',target='Greek government|Greece',loc='Bogorodica|Greece',date=D(2))),
],[
 ('There is no indication that foreign visitors have been targeted','ASSAULT','negated attack (and "may turn violent", a hypothetical)'),
 ('Police may close streets in central Skopje at short notice','COERCE','hypothetical closure'),
 ('Further farm protests are planned in northern Greece next week','PROTEST','planned protests'),
 ('If you are arrested, ask the police to contact your embassy','COERCE','hypothetical arrest (advice)'),
 ('Terrorist attacks in North Macedonia cannot be ruled out','ASSAULT','hypothetical attacks'),
 ('There is no specific threat against foreign visitors','THREATEN','negated threat'),
])

# ---------------------------------------------------------------- 4. speech published in full, published Sunday 29 Nov 2026 (speech the same afternoon)
GMB='government|Gambian government|The Gambia'
CAA="Citizens' Alliance for Accountability|Alliance|Fatou Ceesay-Jobe|alliance"
PIU='Police Intervention Unit|PIU|police'
build('speech_gambia_brikama.txt',"a campaigner's speech published in full by a newspaper (short introduction, then the speaker's own voice) on power cuts, a protest and arrests in Brikama and the government's response (The Gambia)",'2026-11-29',[
 ('spoke for about twenty minutes to a crowd of several hundred at Westfield junction','PROTEST','spoke',dict(actor=CAA+'|crowd',target=GMB+'|NAWEC',loc='Serekunda|Westfield junction|Westfield',date=N(29),note='a rally, "Sunday afternoon"')),
 ('young people in Brikama went out to the NAWEC office to ask why','PROTEST','went out',dict(actor='young people|youths',target='NAWEC|'+GMB,loc='Brikama',date=N(24),also=['REQUEST'],note='a protest with songs, candles and jerrycans')),
 ('The Police Intervention Unit fired tear gas into the market','COERCE','fired tear gas',dict(actor=PIU,target='young people|protesters|market',loc='Brikama|Brikama market',date=N(24),injured=4,also=['ASSAULT'],note='four taken to hospital (next sentence)')),
 ('Twelve young men were arrested that night','COERCE','arrested',dict(actor='police|'+PIU,target='young men|young people|protesters',loc='Brikama',date=N(24),arrested=12)),
 ('On Thursday the police charged seventeen people','COERCE','charged',dict(actor='police',target='seventeen people|young men|protesters',loc='Brikama',date=N(26),also=['ACCUSE'],note='SCHEME_DECISIONS: a charge is COERCE also ACCUSE')),
 ('five more picked up the next morning','COERCE','picked up',dict(actor='police',target='five more|young people',loc='Brikama',date=N(25),arrested=5)),
 ("the Brikama magistrates' court granted bail to all seventeen",'CONCEDE','granted bail',dict(actor="Brikama magistrates' court|court|magistrate",target='seventeen|accused|protesters',loc='Brikama',date=N(27),also=['RETREAT'])),
 ('told the radio on Wednesday that his officers never used live ammunition','REJECT','never used',dict(actor='Inspector General of Police|police',target='critics|protesters|'+CAA,date=N(25),note='a denial')),
 ('A journalist from this very newspaper was beaten by officers','ASSAULT','beaten',dict(actor='officers|police|'+PIU,target='journalist|Kombo Observer',loc='Brikama',date=N(24),note='"while he filmed the arrests" (24 November)')),
 ('The Gambia Press Union condemned that beating on Wednesday','ACCUSE','condemned',dict(actor='Gambia Press Union|GPU',target='police|officers|'+PIU,date=N(25))),
 ('The PIU withdrew from the market on Wednesday afternoon','RETREAT','withdrew',dict(actor='PIU|Police Intervention Unit|police',loc='Brikama|Brikama market',date=N(25))),
 ('on Thursday the government sent soldiers to guard the NAWEC station in Brikama','MOBILIZE','sent',dict(actor=GMB+'|soldiers|army',loc='Brikama|NAWEC station',date=N(26))),
 ('anyone who marches without a permit "will be arrested, whoever they are"','THREATEN','will be arrested',dict(actor='minister of the interior|interior minister|'+GMB,target=CAA+'|protesters|marchers',date=N(27),note='the speaker calls it a threat')),
 ('On Saturday the police refused our application for a march to State House','REJECT','refused',dict(actor='police',target=CAA,loc='Banjul',date=N(28))),
 ('The government spokesman said so on Friday','ACCUSE','said so',dict(actor='government spokesman|'+GMB,target=CAA+'|opposition',date=N(27),note='"the opposition pays us"')),
 ('I deny it. Nobody pays us.','REJECT','deny',dict(actor=CAA,target='government spokesman|'+GMB,loc='Serekunda',date=N(29),opt=True,note="the speaker's own denial, made in the speech")),
 ('The mayor of Kanifing backed our petition on Thursday','SUPPORT','backed',dict(actor='mayor of Kanifing|Kanifing Municipal Council',target=CAA+'|petition',date=N(26))),
 ('The ECOWAS delegation that visited Banjul on Thursday met us for an hour','CONSULT','met',dict(actor='ECOWAS delegation|ECOWAS',target=CAA,loc='Banjul',date=N(26))),
 ('The European Union has frozen a ten-million-euro tranche of budget support','SANCTION','frozen',dict(actor='European Union|EU',target=GMB,note='SCHEME_DECISIONS: aid frozen is SANCTION; undated')),
 ('the Chinese embassy donated four generators to NAWEC','AID','donated',dict(actor='Chinese embassy|China',target='NAWEC|'+GMB,date='2026-11',note='"Last week" from a Sunday: no calendar week fixed, month only')),
 ('the Senegalese gendarmerie handed back to our police on Friday two fuel tankers','COOPERATE','handed back',dict(actor='Senegalese gendarmerie|Senegal',target='Gambian police|police|The Gambia',date=N(27))),
 ('young people who marched for electoral reform were arrested','COERCE','arrested',dict(actor='police|government',target='young people|marchers',loc='The Gambia',date='2016-04',opt=True,note='history')),
 ('our neighbours sent troops to make sure the choice was respected','MOBILIZE','sent troops',dict(actor='neighbours|ECOWAS',loc='The Gambia',date='2017',opt=True,note='history')),
 ('the National Assembly threw out the draft constitution','REJECT','threw out',dict(actor='National Assembly',target='draft constitution',date='2020',opt=True,note='history')),
 ('We ask the President to meet the youth of Brikama','REQUEST','ask',dict(actor=CAA,target='President|'+GMB,date=N(29),opt=True,note="the speaker's own requests in the speech (also NAWEC's timetable, an inquiry, the threat withdrawn)")),
 ('on Friday its managing director agreed to do that within two weeks','AGREE','agreed',dict(actor='NAWEC managing director|managing director|NAWEC',target=CAA+'|customers|Brikama',date=N(27))),
],[
 ('Let me be clear: nobody in this alliance has ever attacked a power station','ASSAULT','negated attack'),
 ('If they arrest me for speaking today','COERCE','hypothetical arrest'),
 ('we will march only when the law allows us','PROTEST','conditional, planned march (5 December, refused)'),
 ('I still hope he will','CONSULT','hoped-for meeting'),
 ('They say we have declared war on the government','ASSAULT','figurative war (and "fight this with petitions")'),
 ('We will not burn a single tyre','PROTEST','negated protest'),
 ('next Sunday, bring your neighbours','PROTEST','planned gathering'),
 ('Police made no arrests','COERCE','negated arrests'),
])

# ---------------------------------------------------------------- 5. open letter, published Tuesday 1 Dec 2026
LAO="Lao authorities|Lao government|Laos|Lao police|provincial authorities"
UMW="Upper Mekong Workers' Solidarity Coalition|coalition"
build('openletter_laos_bokeo.txt',"open letter from a coalition of migrant-rights organisations to the Lao Prime Minister and the ASEAN Secretary-General (the signatories' argument in their own voice) on workers detained after raids on scam compounds in Bokeo (Laos)",'2026-12-01',[
 ('Lao police raided three compounds in the Golden Triangle Special Economic Zone','COERCE','raided',dict(actor='Lao police|police|'+LAO,target='compounds|foreign nationals|workers',loc='Ton Pheung|Bokeo|Golden Triangle Special Economic Zone',date=N(17),arrested=771,note='the raids and the detention of 771 foreign nationals, one event')),
 ('it had sent a working group of sixty officers to Bokeo to assist','MOBILIZE','sent',dict(actor="China's Ministry of Public Security|Ministry of Public Security|China",loc='Bokeo',fact='reported',also=['COOPERATE'],note='"announced afterwards": undated')),
 ('We welcome the raids','SUPPORT','welcome',dict(actor=UMW,target='Lao police|'+LAO,opt=True,note="the letter's own voice")),
 ('402 Chinese nationals were flown from Vientiane to Kunming on charter flights','COOPERATE','flown',dict(actor=LAO+'|China|Chinese police',target='Chinese nationals|China|Chinese police',loc='Vientiane|Kunming',week=N(23),fact='reported',also=['COERCE'],note='a handover to Chinese police; "Between 23 and 26 November", per the Chinese embassy')),
 ('had been held against their will for months','COERCE','held',dict(actor='compound operators|compounds',target='Chinese nationals|workers',loc='Golden Triangle Special Economic Zone|Bokeo',fact='reported',opt=True,note='"our partners tell us"; before the raids')),
 ('Thai immigration police received 96 Thai, Cambodian and Myanmar nationals','COOPERATE','received',dict(actor='Thai immigration police|Thailand|'+LAO,target=LAO+'|Thailand|workers',loc='Chiang Khong|Fourth Thai-Lao Friendship Bridge|Houayxay',date=N(27),also=['COERCE'],note='a handover across the border')),
 ('are held in a sports hall in Houayxay','COERCE','held',dict(actor=LAO,target='workers|remaining workers',loc='Houayxay',opt=True,note='continuing detention, undated')),
 ('the Lao authorities agreed to let the International Organization for Migration into the hall','AGREE','agreed',dict(actor=LAO,target='International Organization for Migration|IOM',loc='Houayxay',date=N(24),also=['COOPERATE'])),
 ('IOM has delivered food, water and hygiene kits every day','AID','delivered',dict(actor='IOM|International Organization for Migration',target='workers|detained workers',loc='Houayxay',note='daily since 24 November')),
 ('officials from the Philippine embassy visited the hall and met their nationals','CONSULT','met',dict(actor='Philippine embassy|Philippines|officials',target='Filipino workers|nationals|workers',loc='Houayxay',date=N(25))),
 ("Fifty-eight women were moved to a shelter run by the Lao Women's Union",'CONCEDE','moved',dict(actor=LAO,target='women|workers',loc='Houayxay|Bokeo',date=N(26),also=['RETREAT'],opt=True,note='out of detention into a shelter: a partial release, arguably')),
 ('about forty of the detained workers began a hunger strike','PROTEST','hunger strike',dict(actor='detained workers|workers',target=LAO,loc='Houayxay',date=N(28))),
 ('demanding to be sent home','REQUEST','demanding',dict(actor='detained workers|workers|strikers',target=LAO,loc='Houayxay',date=N(28),also=['PROTEST'])),
 ("guards took away the phones of the strikers' spokesmen",'COERCE','took away',dict(actor='guards|'+LAO,target="strikers' spokesmen|strikers|workers",loc='Houayxay',date=N(30),fact='reported',note='"Yesterday", per two workers')),
 ('The provincial authorities have warned that workers who "disturb order"','THREATEN','warned',dict(actor='provincial authorities|'+LAO,target='workers|detained workers|strikers',loc='Houayxay|Bokeo',note='a conditional threat of prosecution; undated')),
 ('compound guards beat them with electric batons in October','ASSAULT','beat',dict(actor='compound guards|guards',target='Kenyan workers|workers',loc='Golden Triangle Special Economic Zone|Bokeo|Ton Pheung',date='2026-10',fact='reported',note='"Two Kenyan workers told us"')),
 ('was shot dead by a guard on 9 November','ASSAULT','shot dead',dict(actor='guard|compound guards',target='Myanmar worker|worker',loc='Mekong|Golden Triangle Special Economic Zone|Bokeo',date=N(9),killed=1,fact='reported',note='"according to his cousin"')),
 ('The Lao government has denied that any official protects the compounds','REJECT','denied',dict(actor='Lao government|'+LAO,target='critics|'+UMW)),
 ('the zone\'s management has said that it "employs no armed guards"','REJECT','said',dict(actor="zone's management|Golden Triangle Special Economic Zone",target='critics|workers|'+UMW,note='a denial')),
 ('the United States Treasury imposed sanctions on two companies registered in the zone','SANCTION','imposed sanctions',dict(actor='United States Treasury|United States|US Treasury',target='two companies|companies',loc='Golden Triangle Special Economic Zone',date=N(20))),
 ('The Philippines suspended the deployment of its workers to Laos','SANCTION','suspended',dict(actor='Philippines|Philippine government',target='Laos',date=N(19),also=['COERCE'],note='a deployment ban')),
 ('The Kenyan foreign ministry has asked Vientiane to repatriate its 31 citizens','REQUEST','asked',dict(actor='Kenyan foreign ministry|Kenya',target='Vientiane|'+LAO)),
 ("has said it supports a victim-centred approach",'SUPPORT','supports',dict(actor="European Union's delegation|EU delegation|European Union|EU",target='victim-centred approach|workers|'+LAO,loc='Vientiane')),
 ('We therefore ask the Lao government','REQUEST','ask',dict(actor=UMW,target='Lao government|'+LAO+'|ASEAN',date=D(1),opt=True,note="the letter's own requests")),
 ('We stand ready to meet your officials at any time','AGREE','stand ready',dict(actor=UMW,target='Lao government|'+LAO+'|ASEAN',date=D(1),also=['CONSULT'],opt=True,note="the letter's own offer of a meeting")),
],[
 ('This letter is not an attack on the Lao government','ASSAULT','negated figurative attack'),
 ('to release the workers in Houayxay into the care of IOM','CONCEDE','requested release'),
 ('not to deport anyone to a country where they face prosecution','COERCE','requested non-deportation'),
 ('Not one of these people has been charged with any crime','COERCE','negated charge (and hypothetical raids, "more raids will come")'),
 ('We are not asking for sanctions against Laos','SANCTION','negated, hypothetical sanctions'),
 ('a "war on scams" fought against the very people','ASSAULT','figurative war'),
 ('our member organisations will hold vigils in Bangkok, Manila and Nairobi','PROTEST','planned vigils'),
])
