"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_builder import gold_builder, guidelines  # tests/events/gold_builder.py
here=os.path.dirname(os.path.abspath(__file__))
build=gold_builder(here,guidelines("twenty-third"))

def N(x): return '2026-11-%02d'%x
def D(x): return '2026-12-%02d'%x

POL='National Police|police|officers|Regional Headquarters No. 6|regional headquarters|Honduran police'
# ---------------------------------------------------------------- 1. police press statement + questions, Thursday 3 Dec 2026
build('briefing_choluteca_police.txt','police press statement followed by reporters\' questions (National Police, Regional Headquarters No. 6, Choluteca, Honduras): an attack on a checkpoint, arrests, charges, a blockade in Marcovia, a threat, Nicaraguan hand-over','2026-12-03',[
 ('armed men fired on a National Police patrol','ASSAULT','fired on',dict(actor='armed men|attackers|gang|cattle-smuggling network',target='National Police patrol|patrol|police|National Police|Agent Marvin Osorto|Marvin Osorto|agents',loc='El Tránsito bridge|El Tránsito|Pan-American Highway|Choluteca',date=D(1),killed=1,injured=2,note='"Agent Marvin Osorto ... died at the scene and two other agents were wounded"')),
 ('The attackers fled on two motorcycles','RETREAT','fled',dict(actor='attackers|armed men|gang',loc='Los Llanitos|Choluteca',note='undated ("Tuesday night" implied only)')),
 ('The Honduran Red Cross took the two wounded agents','AID','took',dict(actor='Honduran Red Cross|Red Cross',target='wounded agents|agents|police|National Police',loc='Hospital del Sur|Choluteca',date=D(1))),
 ('deployed 120 agents','MOBILIZE','deployed',dict(actor=POL+'|Armed Forces',loc='Los Llanitos|Choluteca|El Tránsito|Cerro Guanacaure',date=D(2))),
 ('officers arrested five men','COERCE','arrested',dict(actor=POL,target='men|five men|suspects|group',loc='Los Llanitos|Cerro Guanacaure|Choluteca',date=D(2),arrested=5)),
 ('Investigators believe that the group belongs','ACCUSE','believe',dict(actor='Investigators|police|National Police',target='group|men|cattle-smuggling network',opt=True,note='attribution')),
 ("the Public Prosecutor's Office charged three of the five",'COERCE','charged',dict(actor="Public Prosecutor's Office|prosecutors|Public Prosecutor",target='three of the five|suspects|men',date=D(3),also=['ACCUSE'],note='charge: COERCE also ACCUSE (scheme decision)')),
 ('The other two men were released last night','CONCEDE','released',dict(actor=POL+"|Public Prosecutor's Office",target='two men|men|suspects',date=D(2),also=['RETREAT'])),
 ('about 300 residents of Marcovia blocked the road to Cedeño','PROTEST','blocked',dict(actor='residents|residents of Marcovia',target=POL,loc='Marcovia|road to Cedeño|Cedeño',date=D(2))),
 ('demanding that the five men be freed','REQUEST','demanding',dict(actor='residents|residents of Marcovia',target=POL,loc='Marcovia|road to Cedeño',date=D(2),also=['PROTEST'])),
 ('officers cleared the road with tear gas','COERCE','cleared',dict(actor=POL,target='residents|protesters|crowd|blockade',loc='Marcovia|road to Cedeño',date=D(2),injured=0,also=['ASSAULT'],note='"No resident was hurt by the tear gas" (answer): injured 0')),
 ('An agent was struck in the face by a stone','ASSAULT','struck',dict(actor='crowd|residents|protesters',target='agent|police|officers',loc='Marcovia|road to Cedeño',date=D(2),injured=1,also=['PROTEST'])),
 ('Nine people were detained at the blockade','COERCE','detained',dict(actor=POL,target='people|residents|protesters',loc='Marcovia|road to Cedeño|blockade',date=D(2),arrested=9)),
 ('the Mayor of Marcovia met the regional commander','CONSULT','met',dict(actor='Mayor of Marcovia|Mayor',target='regional commander|National Police|police',loc='Choluteca|Choluteca headquarters',date=D(2))),
 ('the two agreed to set up a liaison table','AGREE','agreed',dict(actor='Mayor of Marcovia|Mayor|regional commander|National Police',target='regional commander|Mayor of Marcovia|community leaders',date=D(2))),
 ('The National Police rejects the reports','REJECT','rejects',dict(actor='National Police|police',target='reports|social media',date=D(3))),
 ('has banned the carrying of firearms','COERCE','banned',dict(actor=POL,target='residents|population',loc='Choluteca|Marcovia',date=D(3))),
 ('The Ministry of Security will cover the funeral','AGREE','will cover',dict(actor='Ministry of Security',target='Agent Osorto|family|Marvin Osorto',also=['AID'],opt=True,note='a promise')),
 ('has welcomed the ban in a letter','SUPPORT','welcomed',dict(actor="Southern Cattle Ranchers' Association|cattle ranchers|ranchers",target=POL)),
 ('the Committee of Relatives of Marcovia says officers broke into homes','ACCUSE','says',dict(actor='Committee of Relatives of Marcovia|Committee of Relatives',target=POL,note='undated saying')),
 ('officers broke into homes without warrants on Wednesday','COERCE','broke into',dict(actor=POL,target='homes|residents',loc='Marcovia',date=D(2),fact='reported',opt=True,note='alleged, denied')),
 ('That is false. Every entry was made with a warrant','REJECT','false',dict(actor='spokesman|Aurelio Banegas Tróchez|Banegas|'+POL,target='Committee of Relatives of Marcovia|Committee of Relatives|Radio Sur',date=D(3))),
 ('Is it true that the gang has threatened to attack more checkpoints','THREATEN','threatened',dict(actor='gang',target='police|checkpoints',opt=True,note='a question restating the threat')),
 ('a cardboard sign was left at the El Tránsito bridge saying that more agents would die','THREATEN','saying',dict(actor='gang|cattle-smuggling network|armed men',target=POL+'|agents',loc='El Tránsito bridge|El Tránsito|Choluteca',date=D(2),note='conditional threat')),
 ('but nobody will be released because of a threat','REJECT','nobody will be released',dict(actor='spokesman|'+POL,target='gang',date=D(3),note='refusal of the demand')),
 ('Only the agent hit by the stone','ASSAULT','hit',dict(target='agent|police',loc='Marcovia',date=D(2),opt=True,note='answer restating the stone')),
 ('The Nicaraguan police detained a sixth suspect in Somotillo','COERCE','detained',dict(actor='Nicaraguan police|Nicaragua|Nicaraguan National Police',target='sixth suspect|suspect',loc='Somotillo',date=D(2),arrested=1)),
 ('handed him over to us at the El Guasaule border post','COOPERATE','handed him over',dict(actor='Nicaraguan police|Nicaragua',target=POL+'|Honduras',loc='El Guasaule|El Guasaule border post',date=D(2))),
 ('accused officers of abuses','ACCUSE','accused',dict(actor='deputy|deputy for the department',target=POL,date=D(2))),
 ('we reject his accusation','REJECT','reject',dict(actor='spokesman|'+POL,target='deputy|deputy for the department',date=D(3))),
],[
 ('demanding that the five men be freed','CONCEDE','requested release'),
 ('No detainee was harmed','ASSAULT','denied beating of detainees'),
 ('The Ministry of Security will cover the funeral','AID','a promise, not aid given'),
 ('more agents would die if the men are not freed','ASSAULT','content of a conditional threat'),
 ('but nobody will be released because of a threat','CONCEDE','negated release'),
 ('the police are "at war" with the people of Marcovia','ASSAULT','figurative war'),
 ('We are not at war with anybody','ASSAULT','figurative, negated'),
 ('has announced a march to Choluteca on Monday','PROTEST','a planned march'),
])

# ---------------------------------------------------------------- 2. human-rights report summary, Wednesday 2 Dec 2026
FAM='families|evicted families|residents|Gbonyee Town|villagers'
build('report_nimba_concession.txt','human-rights organisation\'s investigative report summary (Centre for Rights and Justice in Liberia) on evictions and abuses around an oil-palm concession in Sanniquellie-Mah district, Nimba County (Liberia): findings, responses, context, recommendations','2026-12-02',[
 ('FORCED EVICTIONS AND ABUSES','COERCE','EVICTIONS',dict(target=FAM,loc='Nimba County|Nimba',opt=True,note='headline')),
 ('evicted about 140 families from Gbonyee Town','COERCE','evicted',dict(actor='Liberia National Police|police|Police Support Unit|officers|guards|Zoe River Agro',target=FAM,loc='Gbonyee Town|Sanniquellie-Mah district|Sanniquellie-Mah|Nimba County|Nimba',date=N(10))),
 ('officers fired tear gas into the town','COERCE','fired tear gas',dict(actor='officers|police|Liberia National Police|Police Support Unit',target=FAM,loc='Gbonyee Town',date=N(10),fact='reported',also=['ASSAULT'],opt=True,note='part of the eviction, residents\' account')),
 ('guards pulled down 52 houses with a bulldozer','ASSAULT','pulled down',dict(actor='guards|Zoe River Agro|company guards',target='houses|'+FAM,loc='Gbonyee Town',date=N(10),fact='reported',also=['COERCE'],opt=True,note='part of the eviction')),
 ('officers beat them with batons and rifle butts','ASSAULT','beat',dict(actor='officers|police|Liberia National Police|Police Support Unit',target='residents|Eleven residents|women|'+FAM,loc='Gbonyee Town',date=N(10),fact='reported',note='residents\' accounts, injuries seen on six')),
 ('The police deny that any resident was beaten','REJECT','deny',dict(actor='police|Liberia National Police',target='residents|CRJL|Centre for Rights and Justice in Liberia')),
 ('Police arrested 23 men in Gbonyee Town and nearby Kpallah','COERCE','arrested',dict(actor='Police|police|Liberia National Police',target='men|residents',loc='Gbonyee Town|Kpallah|Sanniquellie-Mah district',week='2026-11-09',arrested=23,note='"on 10 and 11 November": week of Monday 9 Nov')),
 ('Seventeen were released without charge on 13 November','CONCEDE','released',dict(actor='police|Liberia National Police',target='men|detainees',date=N(13),also=['RETREAT'])),
 ('Six of the men were charged with criminal mischief','COERCE','charged',dict(actor='police|Liberia National Police|prosecutors',target='men|detainees',loc='Sanniquellie',also=['ACCUSE'],note='undated; charge: COERCE also ACCUSE')),
 ('stormed the company','PROTEST','stormed',dict(actor='crowd|young men|evicted families',target='Zoe River Agro|company|Block C compound',loc='Block C compound|Block C|concession|Sanniquellie-Mah district|Nimba County',date=N(18),also=['ASSAULT'],note='riot (arson of a warehouse and vehicles): PROTEST also ASSAULT (scheme decision)')),
 ('beat a security supervisor, Emmanuel Dahn','ASSAULT','beat',dict(actor='crowd|young men|evicted families',target='Emmanuel Dahn|security supervisor|Zoe River Agro',loc='Block C compound|Block C|concession',date=N(18),injured=1,also=['PROTEST'],note='crowd beating a named person: ASSAULT also PROTEST')),
 ('CRJL condemns that attack without reservation','ACCUSE','condemns',dict(actor='CRJL|Centre for Rights and Justice in Liberia',target='crowd|young men|evicted families',date=D(2))),
 ('the Police Support Unit deployed 80 officers','MOBILIZE','deployed',dict(actor='Police Support Unit|police|Liberia National Police',loc='concession|Zoe River Agro concession|Block C|Sanniquellie-Mah district',date=N(19))),
 ('the County Superintendent imposed a dusk-to-dawn curfew','COERCE','imposed',dict(actor='County Superintendent|Nimba County',target='residents|Gbonyee Town|Kpallah',loc='Gbonyee Town|Kpallah',date=N(19))),
 ('which was lifted on 24 November','CONCEDE','lifted',dict(actor='County Superintendent|Nimba County',target='residents|Gbonyee Town|Kpallah',loc='Gbonyee Town|Kpallah',date=N(24),also=['RETREAT'])),
 ('The Liberia Red Cross distributed rice and tarpaulins','AID','distributed',dict(actor='Liberia Red Cross|Red Cross',target='evicted families|families',loc='Kpallah',date=N(20))),
 ('rejected the allegation of beatings','REJECT','rejected',dict(actor='police spokesman|police|Liberia National Police',target='CRJL|Centre for Rights and Justice in Liberia',note='undated (reply to a 27 Nov letter)')),
 ('accused "outside agitators" of organising the attack','ACCUSE','accused',dict(actor='Zoe River Agro|company',target='outside agitators|agitators')),
 ('Residents and the Nimba Land Rights Forum dispute that account','REJECT','dispute',dict(actor='residents|Nimba Land Rights Forum|Forum',target='Zoe River Agro|company')),
 ('the Minister of Internal Affairs met elders','CONSULT','met',dict(actor='Minister of Internal Affairs|Ministry of Internal Affairs|Government',target='elders|company managers|Zoe River Agro',loc='Sanniquellie',date=N(25))),
 ('The company agreed at that meeting to suspend clearing','AGREE','agreed',dict(actor='Zoe River Agro|company',target='elders|Minister of Internal Affairs|Government',date=N(25),also=['CONCEDE'])),
 ('The evicted families have warned that they will block','THREATEN','warned',dict(actor='evicted families|families',target='Zoe River Agro|company|Government',note='conditional threat')),
 ('The Forum has also called on the Legislature','REQUEST','called on',dict(actor='Nimba Land Rights Forum|Forum',target='Legislature')),
 ('In 2019 a similar dispute in the same district ended with a negotiated land return','AGREE','negotiated',dict(loc='Sanniquellie-Mah district|Nimba',date='2019',opt=True,note='history')),
 ('The Ministry of Justice should open an independent investigation','REQUEST','should open',dict(actor='CRJL|Centre for Rights and Justice in Liberia',target='Ministry of Justice',date=D(2),note='recommendation')),
 ('The Government should ensure that the six detained men are tried','REQUEST','should ensure',dict(actor='CRJL|Centre for Rights and Justice in Liberia',target='Government',opt=True)),
 ('Zoe River Agro should keep the suspension','REQUEST','should keep',dict(actor='CRJL|Centre for Rights and Justice in Liberia',target='Zoe River Agro',opt=True)),
 ('International donors funding the Liberia National Police should','REQUEST','should',dict(actor='CRJL|Centre for Rights and Justice in Liberia',target='International donors|donors',opt=True)),
],[
 ('they will block the Ganta-Sanniquellie highway','PROTEST','content of a conditional threat'),
 ('"an attack on investment"','ASSAULT','figurative attack'),
 ('suspend any officer against whom there is credible evidence','SANCTION','recommended suspension'),
 ('are tried promptly or released','CONCEDE','requested release'),
 ('make continued support conditional on accountability','SANCTION','recommended conditionality, not applied'),
])

# ---------------------------------------------------------------- 3. live blog, Thursday 3 Dec 2026
PT='police|Tanzania Police Force|Field Force Unit|officers'
MINE='mine|mining company|company|gold mine|mine guards'
build('liveblog_tarime_nyamongo.txt','local newspaper live blog (Mara Weekly Online) of a day of unrest in Nyamongo, Tarime district, Mara region (Tanzania) after a miner was shot by mine guards; latest entry first','2026-12-03',[
 ('one man was shot dead by mine guards on Wednesday night','ASSAULT','shot dead',dict(actor='mine guards|guards',target='man|Mwita Chacha',loc='Nyamongo',date=D(2),killed=1,opt=True,note='closing summary restating the killing')),
 ('thousands protested in Nyamongo today','PROTEST','protested',dict(actor='villagers|crowd|protesters',loc='Nyamongo',date=D(3),opt=True,note='summary')),
 ('police used tear gas and arrested 34 people','COERCE','arrested',dict(actor=PT,target='people|protesters',loc='Nyamongo',date=D(3),arrested=34,opt=True,note='summary')),
 ('The Regional Commissioner has imposed a curfew','COERCE','imposed',dict(actor='Regional Commissioner|Mara region|Government',target='residents|Nyamongo|Kewanja|Nyakunguru',loc='Nyamongo|Kewanja|Nyakunguru|Tarime|Tarime district',date=D(3))),
 ('Police have just confirmed that 34 people were arrested','COERCE','arrested',dict(actor=PT,target='people|protesters|residents',loc='Nyamongo',date=D(3),arrested=34)),
 ('12 of them were released on police bail this evening','CONCEDE','released',dict(actor=PT+'|regional police commander',target='people|protesters|detainees',loc='Nyamongo',date=D(3),also=['RETREAT'])),
 ('the police say no live ammunition was used today','REJECT','say',dict(actor='police',target='video|social media',date=D(3),note='denial of the claim')),
 ('Tanzania Red Cross volunteers treated 19 people','AID','treated',dict(actor='Tanzania Red Cross|Red Cross|volunteers',target='people|protesters|injured',loc='Nyamongo|Nyamongo health centre',date=D(3))),
 ('The Regional Commissioner met elders','CONSULT','met',dict(actor='Regional Commissioner',target='elders|MP for Tarime Rural|artisanal miners|representatives of the artisanal miners',loc='Tarime',date=D(3))),
 ('they agreed to form a committee','AGREE','agreed',dict(actor='Regional Commissioner|elders|artisanal miners',target='elders|Regional Commissioner|villagers',loc='Tarime',date=D(3))),
 ('Mwita Chacha, 24, was shot dead by mine security guards','ASSAULT','shot dead',dict(actor='mine security guards|guards|mine guards',target='Mwita Chacha|villager|young man',loc='Nyamongo|mine|waste rock dump|Tarime district',date=D(2),killed=1)),
 ('has condemned the killing and offered free legal help','ACCUSE','condemned',dict(actor='Tanganyika Law Society|Mara chapter of the Tanganyika Law Society|Law Society',target='mine security guards|guards|mine',date=D(3))),
 ("offered free legal help to Mwita Chacha's family",'AGREE','offered',dict(actor='Tanganyika Law Society|Mara chapter of the Tanganyika Law Society|Law Society',target="Mwita Chacha's family|family",date=D(3),also=['AID'],note='an offer (scheme decision)')),
 ('It says its guards "acted in self-defence" after being attacked','ACCUSE','says',dict(actor=MINE,target='intruders|villagers',opt=True,note='the company\'s claim; the attack on guards is disputed')),
 ('Villagers reject this','REJECT','reject',dict(actor='Villagers|villagers|cousin',target=MINE)),
 ('Protesters have set fire to a guard post','PROTEST','set fire',dict(actor='Protesters|protesters|crowd',target=MINE+'|guard post',loc='Nyamongo|eastern gate|mine',date=D(3),also=['ASSAULT'],note='riot arson: PROTEST also ASSAULT')),
 ('Police reinforcements from Musoma','MOBILIZE','reinforcements',dict(actor='Field Force Unit|police|Police reinforcements',loc='Nyamongo',date=D(3))),
 ('Police have fired tear gas to disperse the crowd','COERCE','fired tear gas',dict(actor=PT,target='crowd|protesters',loc='Nyamongo junction|Nyamongo',date=D(3),also=['ASSAULT'])),
 ('Some young men are throwing stones back at the officers','ASSAULT','throwing stones',dict(actor='young men|protesters|crowd',target=PT,loc='Nyamongo junction|Nyamongo',date=D(3),also=['PROTEST'])),
 ('The crowd has blocked the Tarime-Nyamongo road','PROTEST','blocked',dict(actor='crowd|protesters|villagers',target=MINE+'|police|authorities',loc='Tarime-Nyamongo road|Nyamongo junction|Nyamongo',date=D(3))),
 ('demanding that the guards who shot Mwita Chacha be arrested','REQUEST','demanding',dict(actor='crowd|protesters|villagers',target='police|authorities',loc='Nyamongo junction|Nyamongo',date=D(3),also=['PROTEST'])),
 ('two mine security guards have been arrested','COERCE','arrested',dict(actor='police|district police commander',target='mine security guards|guards',loc='Tarime|Tarime police station',date=D(3),arrested=2,note='"says ... have been arrested" by midday: today')),
 ('has ordered all bars and the Nyamongo market closed','COERCE','ordered',dict(actor='Tarime district commissioner|district commissioner',target='bars|Nyamongo market|traders|residents',loc='Nyamongo|Tarime',date=D(3))),
 ('Motorcycle taxi drivers are refusing to work','PROTEST','refusing to work',dict(actor='Motorcycle taxi drivers|drivers',loc='Nyamongo',date=D(3),note='a stoppage in protest')),
 ('Hundreds of people, many of them women, are marching','PROTEST','marching',dict(actor='people|women|villagers|crowd',target=MINE,loc='Kewanja|Nyamongo|mine|main gate',date=D(3))),
 ('a young man was killed near the gold mine overnight','ASSAULT','killed',dict(target='young man|Mwita Chacha',loc='Nyamongo|gold mine',date=D(2),killed=1,opt=True,note='opening entry, told in full at 16.00')),
 ('Opposition councillors have called for the mine to be closed','REQUEST','called for',dict(actor='Opposition councillors|councillors',target='district council|Government|authorities|mine')),
],[
 ('claims to show police shooting at a crowd near the Kewanja market','ASSAULT','unverified video, live fire denied'),
 ('Our reporter saw people running into the maize fields','RETREAT','civilians fleeing'),
 ('the guards who shot Mwita Chacha be arrested','COERCE','requested arrest'),
 ('a result their coach called "a massacre"','ASSAULT','sports result'),
])

# ---------------------------------------------------------------- 4. diplomatic readout, Monday 30 Nov 2026
EC='Ecuador|Ecuadorian delegation|Vice-Minister of Foreign Affairs of Ecuador|Ministry of Foreign Affairs and Human Mobility|Government of Ecuador'
CO='Colombia|Colombian delegation|Vice-Minister of Multilateral Affairs of Colombia|Government of Colombia'
FAC='armed group|dissident armed faction|faction|attackers'
W='2026-11-23'
build('readout_sucumbios_border.txt','diplomatic readout of bilateral talks (Ministry of Foreign Affairs and Human Mobility of Ecuador) on a binational security meeting with Colombia in Nueva Loja, Sucumbíos, after an ambush on the San Miguel river','2026-11-30',[
 ('met in Nueva Loja (Lago Agrio)','CONSULT','met',dict(actor=EC,target=CO,loc='Nueva Loja|Lago Agrio|Sucumbíos',week=W,note='"Friday 27 and Saturday 28 November": week of Monday 23 Nov')),
 ('an armed group ambushed an Ecuadorian Army river patrol','ASSAULT','ambushed',dict(actor=FAC,target='Ecuadorian Army river patrol|Ecuadorian Army|soldiers|patrol|Ecuador',loc='San Miguel river|Puerto El Carmen de Putumayo|Sucumbíos',date=N(21),killed=2,injured=3)),
 ('The Colombian delegation expressed its condolences','SUPPORT','expressed its condolences',dict(actor=CO,target=EC+'|families of the soldiers',week=W,opt=True)),
 ('presented information indicating that the attackers belong','ACCUSE','presented information',dict(actor=EC,target=FAC,week=W,opt=True,note='attribution')),
 ('they withdrew to Colombian territory after the attack','RETREAT','withdrew',dict(actor=FAC,loc='Colombia|Colombian territory|San Miguel river',fact='reported',note='on Ecuador\'s information; undated')),
 ('Ecuador lodged a formal protest note','ACCUSE','lodged a formal protest note',dict(actor=EC,target=CO+'|Embassy of Colombia',loc='Quito',date=N(23),also=['PROTEST'])),
 ('requested that Colombia take effective action','REQUEST','requested',dict(actor=EC,target=CO,note='undated (at the meeting or with the note)')),
 ('four members of the faction were captured','COERCE','captured',dict(actor='Colombian Army|Colombia',target='members of the faction|faction|'+FAC,loc='San Miguel|Putumayo',date=N(25),arrested=4)),
 ('a camp with explosives was destroyed','ASSAULT','destroyed',dict(actor='Colombian Army|Colombia',target='camp|faction',loc='San Miguel|Putumayo',date=N(25),also=['COERCE'],opt=True,note='part of the operation')),
 ('the Colombian delegation handed over to Ecuador a list','COOPERATE','handed over',dict(actor=CO,target=EC,loc='Nueva Loja|Lago Agrio',date=N(28))),
 ('The two delegations agreed:','AGREE','agreed',dict(actor=EC+'|'+CO,target=EC+'|'+CO,week=W)),
 ('Ecuador requested the extradition','REQUEST','requested',dict(actor=EC,target=CO,week=W)),
 ('The Colombian delegation agreed to transmit the request','AGREE','agreed',dict(actor=CO,target=EC,week=W)),
 ('kidnapping in Lago Agrio','ASSAULT','kidnapping',dict(loc='Lago Agrio',date='2025',opt=True,note='history, the ground of the request')),
 ('The Colombian delegation proposed joint aerial operations','AGREE','proposed',dict(actor=CO,target=EC,week=W,also=['COOPERATE'],note='an offer of joint work (scheme decision)')),
 ('Ecuador declined the proposal','REJECT','declined',dict(actor=EC,target=CO,week=W)),
 ('it has sent an additional 600 soldiers','MOBILIZE','sent',dict(actor=EC+'|Ecuadorian Army|19th Jungle Brigade',loc='Putumayo|Cascales|border',date=N(22),note='"since 22 November"')),
 ('Colombia offered to host the next binational meeting','AGREE','offered',dict(actor=CO,target=EC,week=W,also=['CONSULT'],note='an offer of talks (scheme decision)')),
 ('Ecuador accepted.','AGREE','accepted',dict(actor=EC,target=CO,week=W,opt=True,note='acceptance, same line as the offer')),
 ('the Secretariat for Risk Management has delivered food and hygiene kits','AID','delivered',dict(actor='Secretariat for Risk Management|Ecuador',target='families|riverside communities|people',loc='Puerto El Carmen|Puerto El Carmen de Putumayo',note='undated ("since the attack")')),
 ('about 150 members of Indigenous Kichwa and Cofán communities gathered','PROTEST','gathered',dict(actor='Kichwa and Cofán communities|Indigenous Kichwa and Cofán communities|Kichwa|Cofán|members',target=EC+'|'+CO+'|delegations',loc='Nueva Loja|Lago Agrio',date=N(27))),
 ('to demand protection for riverside villages','REQUEST','demand',dict(actor='Kichwa and Cofán communities|Indigenous Kichwa and Cofán communities|members',target=EC+'|'+CO+'|delegations',loc='Nueva Loja|Lago Agrio',date=N(27),also=['PROTEST'])),
 ('A delegation of the protesters was received by the two Vice-Ministers','CONSULT','received',dict(actor='Vice-Ministers|'+EC+'|'+CO,target='protesters|delegation of the protesters|Kichwa and Cofán communities',loc='Nueva Loja|Lago Agrio',date=N(27))),
 ('Both delegations condemned the attack of 21 November','ACCUSE','condemned',dict(actor=EC+'|'+CO,target=FAC,week=W)),
],[
 ('to hold coordinated, simultaneous patrols','COOPERATE','planned patrols, from 7 December'),
 ('have crossed from Colombia into Ecuador','RETREAT','civilians fleeing'),
 ('no decision was taken on, the reopening of the San Miguel bridge','CONCEDE','negated reopening'),
 ('Neither government has announced sanctions','SANCTION','negated sanctions'),
])

# ---------------------------------------------------------------- 5. TV news script, Tuesday 1 Dec 2026
ARMY="Philippine Army|Army|8th Infantry Division|soldiers|troops|government troops"
NPA="New People's Army|NPA|rebels|suspected rebels"
build('tvscript_samar_clash.txt','TV news script with anchor and field reporter (regional evening news, Catbalogan City) on a clash between the Army and the NPA in San Jose de Buan, Samar (Philippines), displacement, an arrest, surrenders and a rally','2026-12-01',[
 ('Three suspected rebels were killed and a soldier was wounded in a clash','ASSAULT','clash',dict(actor=ARMY+'|'+NPA,target=NPA+'|'+ARMY,loc='Samar|Samar province',date=D(1),killed=3,injured=1,opt=True,note='anchor\'s lead')),
 ('soldiers on patrol were fired on at around 6 a.m. today','ASSAULT','fired on',dict(actor=NPA,target=ARMY+'|patrol',loc='Hagbay|Barangay Hagbay|San Jose de Buan|Samar',date=D(1),killed=3,injured=1,note='the gunfight; toll (three rebels killed, a soldier wounded) in the next line')),
 ('The rest of the rebels escaped towards the Calbiga boundary','RETREAT','escaped',dict(actor=NPA,loc='Calbiga|San Jose de Buan|Hagbay',date=D(1))),
 ('Troops recovered four rifles','COERCE','recovered',dict(actor=ARMY,target=NPA,loc='Hagbay|San Jose de Buan',date=D(1),opt=True,note='seizure at the site')),
 ("accused the Army this afternoon of killing civilians",'ACCUSE','accused',dict(actor="Samar Farmers' Alliance|farmers' alliance|peasants' group",target=ARMY,date=D(1))),
 ("The Army's spokesman rejected that claim",'REJECT','rejected',dict(actor="Army's spokesman|spokesman|"+ARMY,target="Samar Farmers' Alliance|farmers' alliance",date=D(1))),
 ("regional office says it has opened a motu proprio investigation",'ACCUSE','opened',dict(actor="Commission on Human Rights|CHR|Commission on Human Rights' regional office",target=ARMY,note='investigation of killings by the state; undated')),
 ('The Department of Social Welfare and Development delivered 600 family food packs','AID','delivered',dict(actor='Department of Social Welfare and Development|DSWD',target='families|evacuees',loc='San Jose de Buan|municipal gym|evacuation centre',date=D(1))),
 ('the Samar provincial board on Monday suspended the business permit','SANCTION','suspended',dict(actor='Samar provincial board|provincial board|provincial government',target='logging contractor|contractor',loc='Samar',date=N(30))),
 ('that the Army accuses of paying','ACCUSE','accuses',dict(actor=ARMY,target='logging contractor|contractor',opt=True,note='grounds of the sanction')),
 ('Police have also set up checkpoints on all roads into San Jose de Buan','COERCE','set up checkpoints',dict(actor='Police|police|Philippine National Police',loc='San Jose de Buan',date=D(1))),
 ('officers in Catbalogan arrested a man','COERCE','arrested',dict(actor='officers|police|Philippine National Police',target='man|NPA supply officer|church health worker',loc='Catbalogan|Catbalogan City',date=N(30),arrested=1)),
 ('Human rights lawyers say he is a church health worker','REJECT','say',dict(actor='Human rights lawyers|lawyers',target='police|officers',note='disputing the police description')),
 ('have demanded his release','REQUEST','demanded',dict(actor='Human rights lawyers|lawyers',target='police|officers')),
 ('The Paranas police chief told us there was no ambush there','REJECT','told us there was no ambush',dict(actor='Paranas police chief|police',target='reports',loc='Paranas',date=D(1),note='denial of a reported ambush')),
 ('On Sunday two NPA fighters surrendered','CONCEDE','surrendered',dict(actor="NPA fighters|fighters|"+NPA,target=ARMY,loc='Calbiga',date=N(29),also=['RETREAT'])),
 ('The provincial government gave each of them a cash assistance','AID','gave',dict(actor='provincial government|Samar provincial government',target='NPA fighters|fighters|former rebels',note='undated')),
 ("held a rally outside the provincial capitol",'PROTEST','held a rally',dict(actor="farmers' alliance|Samar Farmers' Alliance|student groups|members",target='provincial government|'+ARMY+'|governor',loc='Catbalogan|Catbalogan City|provincial capitol',date=D(1))),
 ('calling for the withdrawal of troops','REQUEST','calling for',dict(actor="farmers' alliance|Samar Farmers' Alliance|student groups",target=ARMY+'|provincial government|Government',loc='Catbalogan|provincial capitol',date=D(1),also=['PROTEST'])),
 ("The governor's office received a petition",'CONSULT','received',dict(actor="governor's office|governor|provincial government",target="farmers' alliance|Samar Farmers' Alliance|group",loc='Catbalogan',date=D(1),opt=True)),
 ('The Army has said it will continue','THREATEN','will continue',dict(actor=ARMY,target=NPA,note='conditional ("if they do not lay down their arms"); undated')),
],[
 ('Hundreds of families have left their villages','RETREAT','civilians fleeing'),
 ('have fled to the town centre of San Jose de Buan','RETREAT','civilians fleeing'),
 ('reports this afternoon of a second ambush, in Paranas','ASSAULT','reported ambush, denied'),
 ('A truck carrying soldiers overturned','ASSAULT','accident'),
 ('the withdrawal of troops from the upland barangays','RETREAT','requested withdrawal'),
 ('Police watched but did not intervene','COERCE','negated intervention'),
 ('have demanded his release','CONCEDE','requested release'),
 ('an "all-out offensive" against the rebels','ASSAULT','content of a conditional threat'),
 ('crushed the Leyte Tigers 98-61','ASSAULT','sports result'),
])
