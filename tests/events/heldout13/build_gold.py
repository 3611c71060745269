"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_builder import gold_builder  # tests/events/gold_builder.py
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the thirteenth blind events test set), made BEFORE any tool ran on the text. "
"Events by 1-based line; 'anchor' is an exact substring of the line and 'action' a substring of the anchor. 'factuality' follows the contract "
"(asserted, reported, denied, planned, threatened, hypothetical, negated). 'optional' events (the content of a threat, request or goal; a mention of an "
"earlier happening in passing; genuinely ambiguous mentions) are neither required nor false alarms when found. 'also' lists other PLOVER types a careful "
"coder could defend. 'date' is ISO (YYYY-MM-DD, YYYY-MM or YYYY with date_precision; for date_precision 'week' the date is the Monday of that week) "
"where the text fixes it; absent or null means not given. "
"'killed'/'injured'/'arrested' counts only where the text states them (revised figures: the latest one). Releases, amnesties, lifted curfews and "
"resignations also accept RETREAT, as in the dev gold. 'traps' are (line, type) pairs where a HAPPENED event of that type would be wrong (figurative "
"attacks, sports results, accidents, hypotheticals, denials, negations, plans not carried out, refused talks, conditional threats, requested releases).")
build=gold_builder(here,ABOUT)




# ---------------------------------------------------------------- 1. rights report, published Tuesday 15 Sep 2026
def A(x): return '2026-08-%02d'%x
def S(x): return '2026-09-%02d'%x
POL='police|Tanzania Police Force|Field Force Unit|officers|Zanzibar police'; FFU='Field Force Unit|FFU|police|Tanzania Police Force'
ACT='ACT-Wazalendo|ACT-Wazalendo supporters|opposition|supporters'; ZAN='Zanzibar authorities|Zanzibar government|Tanzania|Tanzanian government|Union government'
RPC='Regional Police Commander|Regional Police Commander for North Pemba|police'
build('rights_pemba_byelection.txt','human-rights NGO report on violations on Pemba (Zanzibar, Tanzania) after the Wete by-election: a dispersal, a killing, mass arrests, an abduction, a rally ban, bail and withdrawn charges, diplomatic reactions','2026-09-15',[
 ('At least one man was killed, at least 41 people were arbitrarily detained','ASSAULT','killed',dict(actor='police|officer',target='man|Hamad Suleiman Khamis',loc='Pemba|Konde',killed=1,opt=True,note='summary restating section 4')),
 ('at least 41 people were arbitrarily detained and one opposition organiser','COERCE','detained',dict(actor=POL,target='people|opposition supporters',loc='Pemba',arrested=41,opt=True,note='summary restating section 5')),
 ('one opposition organiser was abducted and tortured','ASSAULT','abducted',dict(actor='men in plain clothes|unidentified men',target='opposition organiser|Ali Mbarouk Faki',loc='Pemba|Chake Chake',also=['COERCE'],opt=True,note='summary restating section 6')),
 ('In January 2001 police opened fire on demonstrators in Wete, Konde and Chake Chake','ASSAULT','opened fire',dict(actor='police',target='demonstrators',loc='Wete|Konde|Chake Chake|Pemba',date='2001-01',opt=True,note='background: "dozens" killed, no figure')),
 ('The island again saw arrests and beatings after the 2020 and 2025 general elections','COERCE','arrests',dict(loc='Pemba',opt=True,note='background, two elections, no single date')),
 ('ACT-Wazalendo supporters gathered outside the district tally centre in Wete','PROTEST','gathered',dict(actor=ACT,target='Zanzibar Electoral Commission|tally centre|electoral officials',loc='Wete|Pemba',date=A(10))),
 ('to demand that their agents be let back into the counting hall','REQUEST','demand',dict(actor=ACT,target='Zanzibar Electoral Commission|electoral officials|tally centre',loc='Wete',date=A(10),also=['PROTEST'])),
 ('officers of the Field Force Unit fired tear gas into the crowd and charged it with batons','COERCE','fired tear gas',dict(actor=FFU,target='crowd|supporters|'+ACT,loc='Wete|Pemba',date=A(10),injured=14,also=['ASSAULT'],note='"Shortly after 9 p.m." on 10 Aug; 14 treated at Wete hospital (next sentence)')),
 ('Tanzania Red Cross Society volunteers gave first aid to others in the street','AID','gave first aid',dict(actor='Tanzania Red Cross Society|Red Cross|volunteers',target='injured|others|protesters',loc='Wete',date=A(10),note='"that night"')),
 ('The Field Force Unit had been flown to Pemba from Unguja on 8 August','MOBILIZE','flown',dict(actor=FFU+'|Tanzania',loc='Pemba|Unguja|Wete',date=A(8),fact='reported',note='passive; police sources')),
 ('ACT-Wazalendo rejected the result the same morning','REJECT','rejected',dict(actor=ACT,target='Zanzibar Electoral Commission|ZEC|CCM|Chama Cha Mapinduzi|result',loc='Pemba|Wete',date=A(11))),
 ('calling it "a theft carried out in daylight"','ACCUSE','calling it',dict(actor=ACT,target='Zanzibar Electoral Commission|CCM|Chama Cha Mapinduzi',date=A(11),opt=True,note='a charge of theft inside the rejection')),
 ('Hamad Suleiman Khamis, a 23-year-old fisherman, was shot dead in Konde','ASSAULT','shot dead',dict(actor='police|police officer|officer|'+POL,target='Hamad Suleiman Khamis|fisherman|young men',loc='Konde|Pemba|Konde market',date=A(11),killed=1,note='victim as subject; the agent (a police officer) from the witnesses in the next sentence')),
 ('an officer fired twice','ASSAULT','fired',dict(actor='officer|police',target='Hamad Suleiman Khamis|young men',loc='Konde',date=A(11),opt=True,fact='reported',note='witness detail of the killing')),
 ('officers had come under attack by "a mob throwing stones"','ASSAULT','attack',dict(actor='mob|youths',target='officers|police',loc='Konde|Pemba',opt=True,fact='reported',note='police claim, contested by the report (section 9)')),
 ('denied that police had used live ammunition','REJECT','denied',dict(actor=RPC,target='witnesses|accusations|family',date=A(12))),
 ("His family's lawyer has filed an application for an inquest",'REQUEST','filed an application',dict(actor="family's lawyer|family|lawyer",target='court|High Court of Zanzibar',opt=True,note='a legal request')),
 ('Police arrested at least 27 people in Wete, Konde and Micheweni','COERCE','arrested',dict(actor=POL,target='people|opposition supporters|men',loc='Wete|Konde|Micheweni|Pemba',week='2026-08-10',arrested=41,note='"between 11 and 13 August" (one ISO week); 27 in the raids, at least 41 held by the end of August (latest figure)')),
 ('Former detainees described officers forcing doors, beating men','ASSAULT','beating',dict(actor='officers|police',target='men|detainees',loc='Wete|Konde|Micheweni',opt=True,fact='reported',note='part of the raids')),
 ('Nineteen were later charged with unlawful assembly','ACCUSE','charged',dict(actor='prosecutors|police|Director of Public Prosecutions',target='detainees',opt=True,note='charges')),
 ('Two journalists from a Pemba community radio station were detained on 12 August','COERCE','detained',dict(actor=POL,target='journalists|community radio station',loc='Pemba',date=A(12),arrested=2,note='passive')),
 ("the Zanzibar Broadcasting Commission suspended the station's licence for 30 days",'SANCTION','suspended',dict(actor='Zanzibar Broadcasting Commission',target='community radio station|station|Pemba community radio station',loc='Pemba',date=A(14),also=['COERCE'])),
 ('accusing it of "inciting the public"','ACCUSE','accusing',dict(actor='Zanzibar Broadcasting Commission',target='community radio station|station',date=A(14))),
 ('was taken from his home in Chake Chake at about 2 a.m. on 15 August by five men in plain clothes','ASSAULT','taken',dict(actor='five men in plain clothes|men in plain clothes|unidentified men',target='Ali Mbarouk Faki|ACT-Wazalendo organiser|organiser',loc='Chake Chake|Pemba',date=A(15),also=['COERCE'],note='abduction (ASSAULT also COERCE); beating found four days later')),
 ('He told THRDC he had been beaten with a cable','ASSAULT','beaten',dict(target='Ali Mbarouk Faki|organiser',opt=True,fact='reported',note='part of the abduction; agent unknown')),
 ('The police said they had "no record" of his detention','REJECT','no record',dict(actor='police',target='THRDC|family',opt=True,note='an implicit denial')),
 ('the Regional Commissioner banned all public rallies and processions','COERCE','banned',dict(actor='Regional Commissioner|Zanzibar authorities',target='public rallies|opposition|ACT-Wazalendo',loc='North Pemba|South Pemba|Pemba',date=A(16))),
 ('more than 200 women marched from the ACT-Wazalendo office in Chake Chake','PROTEST','marched',dict(actor='women|more than 200 women',target='regional police headquarters|police|Zanzibar authorities',loc='Chake Chake|Pemba',date=A(23))),
 ('demanding the release of their sons and husbands','REQUEST','demanding',dict(actor='women',target='police|Zanzibar authorities',loc='Chake Chake',date=A(23),also=['PROTEST'])),
 ('the Regional Police Commander warned that anyone organising','THREATEN','warned',dict(actor=RPC,target='anyone organising gatherings|organisers|opposition|ACT-Wazalendo',loc='Pemba',date=A(24))),
 ('the High Court at Chake Chake granted bail to the 19 people','CONCEDE','granted bail',dict(actor='High Court|High Court at Chake Chake|High Court of Zanzibar',target='19 people|detainees',loc='Chake Chake',date=S(2),also=['RETREAT'])),
 ('the Director of Public Prosecutions withdrew the treason charges against three of the eight others','CONCEDE','withdrew',dict(actor='Director of Public Prosecutions|DPP|prosecutors',target='detainees|three',loc='Chake Chake|Pemba',date=S(2),also=['RETREAT'],note='"The same day"; the three were released')),
 ('The Field Force Unit was withdrawn from Wete on 5 September','RETREAT','withdrawn',dict(actor=FFU,loc='Wete|Pemba|Unguja',date=S(5),note='passive')),
 ('the President of Zanzibar met ACT-Wazalendo leaders at State House in Stone Town','CONSULT','met',dict(actor='President of Zanzibar|Zanzibar government',target='ACT-Wazalendo leaders|ACT-Wazalendo',loc='Stone Town|State House|Zanzibar',date=S(7))),
 ('They agreed to set up a joint committee','AGREE','agreed',dict(actor='President of Zanzibar|ACT-Wazalendo|Zanzibar government',target='ACT-Wazalendo|President of Zanzibar',loc='Stone Town',date=S(7))),
 ('the president promised that the rally ban would be lifted "soon"','CONCEDE','promised',dict(actor='President of Zanzibar|president',target='ACT-Wazalendo',date=S(7),opt=True,note='a promise; the lifting has not happened (trap)')),
 ('called on 20 August for "a prompt, independent investigation"','REQUEST','called',dict(actor='European Union delegation|EU delegation|European Union|EU|embassies',target=ZAN,date=A(20))),
 ("Tanzania's Ministry of Foreign Affairs summoned the EU ambassador two days later",'ACCUSE','summoned',dict(actor="Tanzania's Ministry of Foreign Affairs|Ministry of Foreign Affairs|Tanzania",target='EU ambassador|European Union|EU|EU delegation',loc='Dar es Salaam|Dodoma|Tanzania',date=A(22),also=['PROTEST'])),
 ('accused the delegation of "interfering in the internal affairs','ACCUSE','accused',dict(actor="Tanzania's Ministry of Foreign Affairs|Ministry of Foreign Affairs|Tanzania",target='EU delegation|European Union|EU',date=A(22))),
 ('The ministry rejected any outside investigation','REJECT','rejected',dict(actor="Tanzania's Ministry of Foreign Affairs|Ministry of Foreign Affairs|Tanzania",target='European Union|EU|embassies',note='no day stated')),
 ('the United States announced visa restrictions on two police officers','SANCTION','visa restrictions',dict(actor='United States|US',target='police officers|two police officers|Tanzania Police Force',date=A(28))),
 ("observer mission had praised the by-election on 10 August",'SUPPORT','praised',dict(actor="Southern African Development Community's observer mission|SADC observer mission|SADC|Southern African Development Community",target='Zanzibar Electoral Commission|by-election|Tanzania|Zanzibar authorities',loc='Pemba|Wete',date=A(10))),
 ('THRDC calls on the Zanzibar authorities to release the five remaining detainees','REQUEST','calls on',dict(actor='THRDC|Tanzania Human Rights Defenders Coalition',target='Zanzibar authorities|Zanzibar government',note='present tense; the report date')),
 ('We urge the Union government to invite the African Commission','REQUEST','urge',dict(actor='THRDC|Tanzania Human Rights Defenders Coalition',target='Union government|Tanzania|Tanzanian government')),
],[
 ('No member of the security forces has been charged with any offence','ACCUSE','negated charges'),
 ('thousands fled by boat to Kenya','RETREAT','civilians fleeing (history), not a withdrawal'),
 ('said its members would boycott the swearing-in','PROTEST','planned boycott'),
 ('no hearing has yet been scheduled','CONSULT','no hearing held'),
 ('It had not been lifted when this report went to print','RETREAT','ban not lifted'),
 ('release the five remaining detainees or charge them','CONCEDE','requested release'),
 ("to visit Pemba",'CONSULT','requested visit'),
 ('had attacked police stations or burned property','ASSAULT','negated attacks'),
 ('declares war on its critics','ASSAULT','figurative war'),
])


# ---------------------------------------------------------------- 2. correspondent's dispatch, published Thursday 4 Jun 2026
def J(x): return '2026-06-%02d'%x
Mo,Tu,We,Th=J(1),J(2),J(3),J(4)
MAO='Maoists|CPI (Maoist)|Communist Party of India (Maoist)|Maoist rebels'; DRG='District Reserve Guard|DRG|DRG men|police'
CG='Chhattisgarh|Chhattisgarh government|state government|chief minister'
build('dispatch_sukma_ambush.txt',"correspondent's dispatch from Sukma (Bastar, Chhattisgarh, India) after a Maoist road bomb: toll revised from seven to eleven, reinforcements, a disputed encounter, a highway sit-in, detentions, a surrender, a killing of an alleged informer, a bandh",'2026-06-04',[
 ('a pressure-cooker bomb buried under that stretch of road tore apart a mine-protected vehicle','ASSAULT','tore apart',dict(actor=MAO,target=DRG+'|mine-protected vehicle|District Reserve Guard men',loc='Dornapal|Jagargunda|Dornapal-Jagargunda road|Sukma|Chhattisgarh',date=Mo,killed=11,injured=14,note='bomb as subject; the agent from the claim in line 5; toll seven (Monday), nine (Tuesday), eleven (Wednesday): latest = 11 (nine DRG, two civilians); fourteen injured')),
 ('after the Dornapal road blast','ASSAULT','blast',dict(actor=MAO,target=DRG,loc='Dornapal|Sukma',date=Mo,killed=11,opt=True,note='headline mention')),
 ('claimed the attack in a two-page statement','ASSAULT','claimed the attack',dict(actor=MAO,target=DRG,loc='Dornapal|Sukma',date=Mo,killed=11,opt=True,note='claim of responsibility restating the blast')),
 ('accusing the DRG of killing unarmed villagers','ACCUSE','accusing',dict(actor=MAO,target=DRG+'|security forces',loc='Elmagunda|Bastar|Sukma',date=Tu)),
 ('helicopters were ferrying CoBRA commandos of the Central Reserve Police Force into the forest','MOBILIZE','ferrying',dict(actor='Central Reserve Police Force|CRPF|CoBRA|CoBRA commandos|security forces',loc='Sukma|Dornapal|forest south of the blast site',date=Tu)),
 ('it was sending four more CRPF battalions to Bastar','MOBILIZE','sending',dict(actor='Union Home Ministry|Home Ministry|India|Indian government|Centre',loc='Bastar|Chhattisgarh',date=We,fact='reported')),
 ('killed four of its members in a two-hour exchange of fire','ASSAULT','killed',dict(actor='search party|police|security forces|'+DRG,target='Maoist squad|Maoists|'+MAO,loc='Elmagunda|Sukma',date=Tu,killed=4,fact='reported',note='police account; relatives say two of the dead were brothers collecting tendu leaves')),
 ('sat down across the national highway, blocking it for seven hours','PROTEST','sat down',dict(actor='villagers|600 villagers|villagers from Elmagunda',target='district administration|police|authorities|district collector',loc='Dornapal|national highway|Sukma',date=We,also=['COERCE'])),
 ('They demanded that the bodies be returned to the families','REQUEST','demanded',dict(actor='villagers|villagers from Elmagunda',target='district administration|district|authorities|police|district collector',loc='Dornapal',date=We,also=['PROTEST'])),
 ('The district collector drove out to meet their elders in the afternoon','CONSULT','meet',dict(actor='district collector|district administration',target='elders|village elders|villagers',loc='Dornapal',date=We)),
 ('agreed to hand over the bodies after the post-mortem','CONCEDE','agreed',dict(actor='district collector|district administration',target='villagers|families|elders',loc='Dornapal|Sukma',date=We,also=['AGREE'])),
 ('the blockade was lifted before dark','RETREAT','lifted',dict(actor='villagers',loc='Dornapal',date=We,opt=True,also=['CONCEDE'],note='protesters ending their blockade')),
 ('Police detained nine men from Elmagunda for questioning on Tuesday night','COERCE','detained',dict(actor='Police|police',target='men|men from Elmagunda|villagers',loc='Elmagunda|Sukma',date=Tu,arrested=9)),
 ('Six were released on Wednesday','CONCEDE','released',dict(actor='Police|police',target='men|villagers',loc='Sukma|Elmagunda',date=We,also=['RETREAT'],fact='reported',note='passive; families said')),
 ("The People's Union for Civil Liberties demanded an independent judicial inquiry",'REQUEST','demanded',dict(actor="People's Union for Civil Liberties|PUCL",target=CG+'|authorities',note='day not stated')),
 ('the opposition Congress accused the state government','ACCUSE','accused',dict(actor='Congress|opposition Congress|opposition',target='state government|Chhattisgarh government|Chhattisgarh',note='day not stated')),
 ('rejected both charges on Wednesday','REJECT','rejected',dict(actor="deputy chief minister|state's deputy chief minister|"+CG,target="People's Union for Civil Liberties|PUCL|Congress|opposition",date=We)),
 ('The National Human Rights Commission, in Delhi, asked the state police on Wednesday','REQUEST','asked',dict(actor='National Human Rights Commission|NHRC',target='state police|Chhattisgarh police|'+CG,loc='Delhi',date=We)),
 ('he warned the Maoists that','THREATEN','warned',dict(actor='chief minister|Chhattisgarh chief minister|'+CG,target=MAO,loc='Jagdalpur',date=Tu)),
 ('praised the DRG as "the sons of Bastar','SUPPORT','praised',dict(actor='chief minister|Chhattisgarh chief minister|'+CG,target=DRG,loc='Jagdalpur',date=Tu)),
 ('The Telangana chief minister telephoned him the same evening','CONSULT','telephoned',dict(actor='Telangana chief minister|Telangana',target='chief minister|Chhattisgarh chief minister|Chhattisgarh',date=Tu)),
 ('pledged "full support" for the operation','SUPPORT','pledged',dict(actor='Telangana chief minister|Telangana',target='chief minister|Chhattisgarh|operation|Chhattisgarh government',date=Tu,fact='reported')),
 ('they handed over to their Chhattisgarh counterparts two men','COOPERATE','handed over',dict(actor="Telangana's police|Telangana police|Telangana",target='Chhattisgarh police|Chhattisgarh counterparts|Chhattisgarh',date=We)),
 ('two men arrested at a checkpoint near Bhadrachalam with detonators','COERCE','arrested',dict(actor="Telangana's police|Telangana police|Telangana",target='two men|men|suspects',loc='Bhadrachalam|Telangana',arrested=2,note='arrest in a participle; day not stated')),
 ('laid down their weapons before the superintendent of police','CONCEDE','laid down their weapons',dict(actor='fourteen Maoists|Maoists|'+MAO,target='superintendent of police|police|Sukma police',loc='Sukma',date=We,also=['RETREAT'],note='a surrender')),
 ('Each will receive a rehabilitation package','AID','receive',dict(actor='district|district administration|'+CG,target='surrendered Maoists|Maoists',loc='Sukma',opt=True,fact='planned',note='promised')),
 ('a villager from Bhejji was found hacked to death outside his house','ASSAULT','hacked to death',dict(actor=MAO,target='villager|villager from Bhejji|police informer',loc='Bhejji|Sukma',date=Th,killed=1,note='victim as subject; the agent from "The Maoists answered with fear" and the note')),
 ('warned that "all informers" would share his fate','THREATEN','warned',dict(actor=MAO,target='informers|villagers',loc='Konta|road to Konta|Sukma',note='a banner; day not stated')),
 ('The Maoists had called a bandh across Bastar for Thursday','PROTEST','bandh',dict(actor=MAO,target='state government|Chhattisgarh|'+CG,loc='Bastar|Konta|Jagargunda',date=Th,also=['COERCE'],note='a general strike called and observed in Konta and Jagargunda')),
 ('Police in Konta detained a schoolteacher on Thursday morning','COERCE','detained',dict(actor='Police|police',target='schoolteacher',loc='Konta',date=Th,arrested=1)),
 ('it had frozen the bank accounts of two road contractors','SANCTION','frozen',dict(actor='Centre|Union government|India|Indian government',target='road contractors|contractors',fact='reported',note='said on Wednesday; day of the freeze not stated')),
 ('the district administration sent medical teams and 20 tonnes of rice','AID','sent',dict(actor='district administration|district',target='Elmagunda|Bhejji|villagers',loc='Elmagunda|Bhejji',note='day not stated')),
 ('In April 2010 seventy-six CRPF men were killed in a single ambush','ASSAULT','ambush',dict(actor=MAO,target='CRPF|CRPF men',loc='Sukma|Bastar',date='2010-04',killed=76,opt=True,note='background')),
 ('in 2021 twenty-two security personnel died in a battle','ASSAULT','battle',dict(actor=MAO+'|security forces',target='security personnel|Maoists',loc='Bastar|Sukma',date='2021',killed=22,opt=True,note='background')),
 ('an offer the state has ignored before and ignored again this week','REJECT','ignored',dict(actor='state|'+CG,target=MAO,opt=True,note='an implicit rejection')),
],[
 ('"every one of them will be hunted down"','ASSAULT','force inside a threat'),
 ('if operations are halted','CONSULT','conditional offer of talks, not held'),
 ('No ceasefire has been proposed by either side','AGREE','negated ceasefire'),
 ('Officials speak of a larger offensive after the monsoon','ASSAULT','planned offensive'),
 ('This is a war the state cannot lose','ASSAULT','figurative war'),
 ('Nobody fired a shot at the funeral','ASSAULT','negated firing'),
 ('Each time the state sent more battalions','MOBILIZE','habitual history, not the news'),
])


# ---------------------------------------------------------------- 3. press review, published Monday 30 Nov 2026
def N(x): return '2026-11-%02d'%x
Fr,Sa,Su=N(27),N(28),N(29)
NPOL='police|Nepal Police|Nepali police'; NG='Nepal|Nepali government|government|Nepal government|federal government|Kathmandu'
HM='home minister|Home Ministry|'+NG
build('pressreview_nepal_birgunj.txt',"press-review column of Kathmandu's papers on unrest in Birgunj (Parsa, Madhesh Province, Nepal): a protest and shooting (toll corrected from one to two), a curfew, reinforcements, a closed and reopened Raxaul crossing, handed-over suspects, accusations and denials, an all-party meeting and commission, a threat to quit, student arrests and releases, a landslide and relief, opinion pages",'2026-11-30',[
 ('Birgunj under curfew','COERCE','curfew',dict(actor='chief district officer of Parsa|district administration|authorities|'+NG,target='Birgunj|residents',loc='Birgunj',opt=True,note='headline restating line 5')),
 ('several thousand people protesting against the arrest of the city\'s deputy mayor','PROTEST','protesting',dict(actor='protesters|several thousand people|people',target='police|government|'+NG,loc='Birgunj|Ghantaghar',date=Sa)),
 ('police fired tear gas and rubber bullets on Saturday afternoon','ASSAULT','fired',dict(actor=NPOL,target='protesters|crowd|people',loc='Birgunj|Ghantaghar|customs office',date=Sa,killed=2,injured=31,also=['COERCE'],note='tear gas, rubber bullets, then live rounds; two dead of gunshot wounds (the Sunday edition had one); 31 hurt, eleven of them policemen')),
 ('and later live rounds, when part of the crowd','ASSAULT','live rounds',dict(actor=NPOL,target='protesters|crowd',loc='Birgunj|customs office',date=Sa,opt=True,note='part of the shooting')),
 ('part of the crowd tried to break into the customs office','ASSAULT','break into',dict(actor='protesters|crowd|part of the crowd',target='customs office',loc='Birgunj',date=Sa,opt=True,note='an attempted attack on property, in a subordinate clause')),
 ('Two protesters died of gunshot wounds in Narayani hospital','ASSAULT','died of gunshot wounds',dict(actor=NPOL,target='protesters',loc='Birgunj|Narayani hospital',date=Sa,killed=2,opt=True,note='victims as subjects: the toll of the shooting')),
 ('arrested on Friday on corruption charges','COERCE','arrested',dict(actor='police|authorities|'+NG,target='deputy mayor|deputy mayor of Birgunj',loc='Birgunj',date=Fr,arrested=1)),
 ('a curfew was imposed on Birgunj from 8 p.m. on Saturday','COERCE','curfew was imposed',dict(actor='chief district officer of Parsa|chief district officer|district administration|'+NG,target='Birgunj|residents',loc='Birgunj|Parsa',date=Sa,fact='reported')),
 ('A company of the Armed Police Force was sent from Hetauda overnight','MOBILIZE','sent',dict(actor='Armed Police Force|Home Ministry|'+NG,loc='Birgunj|Hetauda',fact='reported',note='passive; "overnight" (Saturday to Sunday): no single day')),
 ('Indian authorities halted all cargo traffic at the Raxaul crossing on Saturday evening','SANCTION','halted',dict(actor='Indian authorities|India',target='Nepal|cargo traffic|lorries',loc='Raxaul|Raxaul crossing|Birgunj',date=Sa,also=['COERCE'],fact='reported',note='border closure "for security reasons" (SANCTION by the border-closure convention)')),
 ('the crossing reopened for goods on Sunday afternoon','CONCEDE','reopened',dict(actor='Indian authorities|India',target='Nepal|lorries',loc='Raxaul|Raxaul crossing',date=Su,also=['RETREAT'],fact='reported')),
 ("a meeting between the two sides' chief district officials",'CONSULT','meeting',dict(actor='chief district officials|Nepal|India|Indian authorities',target='India|Nepal|chief district officials',loc='Raxaul|Birgunj',fact='reported',note='before the Sunday-afternoon reopening; day not stated')),
 ('Indian police handed three Nepali men wanted for arson to the Nepal Police','COOPERATE','handed',dict(actor='Indian police|India',target='Nepal Police|Nepal',loc='Raxaul|Raxaul crossing',date=Su)),
 ('blames "royalist elements and people from outside Birgunj" for the violence','ACCUSE','blames',dict(actor='home minister|'+NG,target='royalist elements|royalists|Rastriya Prajatantra Party|RPP|people from outside Birgunj')),
 ('an accusation the Rastriya Prajatantra Party dismisses in the same paper','REJECT','dismisses',dict(actor='Rastriya Prajatantra Party|RPP',target='home minister|government')),
 ('as "a lie to cover up the shooting"','ACCUSE','lie',dict(actor='Rastriya Prajatantra Party|RPP',target='home minister|government',opt=True,note='counter-accusation inside the rejection')),
 ('The RPP stayed away from the all-party meeting','PROTEST','stayed away',dict(actor='RPP|Rastriya Prajatantra Party',target='prime minister|government|all-party meeting',loc='Baluwatar|Kathmandu',date=Su,also=['REJECT'],note='a boycott')),
 ('the all-party meeting the prime minister called at Baluwatar on Sunday','CONSULT','all-party meeting',dict(actor='prime minister|parties|'+NG,target='parties|political parties',loc='Baluwatar|Kathmandu',date=Su)),
 ('agreed to set up a three-member judicial commission','AGREE','agreed',dict(actor='all-party meeting|parties|prime minister|government',target='parties|government',loc='Baluwatar|Kathmandu',date=Su,fact='reported')),
 ('traders kept their shutters down on Sunday in a strike','PROTEST','strike',dict(actor='traders|chamber of commerce|local chamber of commerce',target='curfew|government|authorities|'+NG,loc='Janakpur',date=Su,fact='reported')),
 ('who had demanded a judicial probe as early as Saturday night','REQUEST','demanded',dict(actor='chief minister of Madhesh Province|Madhesh chief minister|Madhesh Province',target='federal government|'+NG,date=Sa)),
 ('welcoming the commission','SUPPORT','welcoming',dict(actor='chief minister of Madhesh Province|Madhesh chief minister',target='commission|government|'+NG,opt=True,note='welcoming an agreement (optional by convention)')),
 ('it warned on Sunday that it would quit','THREATEN','warned',dict(actor='Janata Samajbadi Party|JSP',target='chief minister|provincial government|Madhesh government|'+NG,loc='Madhesh Province',date=Su)),
 ('several hundred students gathered at Maitighar Mandala on Sunday afternoon','PROTEST','gathered',dict(actor='students|several hundred students',target='government|'+NG,loc='Maitighar Mandala|Kathmandu',date=Su)),
 ('Police arrested 23 of them when they tried to march towards Singha Durbar','COERCE','arrested',dict(actor=NPOL,target='students|protesters',loc='Kathmandu|Maitighar Mandala|Singha Durbar',date=Su,arrested=23,fact='reported')),
 ('All but two were released late on Sunday night','CONCEDE','released',dict(actor=NPOL,target='students|protesters',loc='Kathmandu',date=Su,also=['RETREAT'],note='21 released (passive)')),
 ('his party "stands firmly" with the government','SUPPORT','stands firmly',dict(actor='Nepali Congress president|Nepali Congress',target='government|'+NG)),
 ('the September 2025 uprising, in which more than seventy people were killed','ASSAULT','killed',dict(loc='Nepal|Kathmandu',date='2025-09',opt=True,note='background recalled')),
 ('the home minister "has blood on his hands"','ACCUSE','has blood on his hands',dict(actor='tabloid',target='home minister',note='"That is a charge"')),
 ('urged "maximum restraint" on all sides on Sunday','REQUEST','urged',dict(actor='office of the UN High Commissioner for Human Rights|OHCHR|UN|United Nations',target='all sides|'+NG+'|protesters',date=Su)),
 ('called for the use of live ammunition to be investigated','REQUEST','called for',dict(actor='office of the UN High Commissioner for Human Rights|OHCHR|UN',target=NG,date=Su,opt=True,note='second request in the same sentence')),
 ("The European Union's ambassador met the foreign minister on Sunday",'CONSULT','met',dict(actor="European Union's ambassador|EU ambassador|European Union|EU",target='foreign minister|'+NG,loc='Kathmandu',date=Su,fact='reported')),
 ('it has sent 50 tonnes of tents and blankets to Karnali Province','AID','sent',dict(actor='Chinese embassy|China',target='victims|Karnali Province|Nepal|landslide victims',loc='Karnali Province|Jajarkot',fact='reported')),
 ('the Nepal Army flew rescue teams to Jajarkot on Saturday','AID','flew',dict(actor='Nepal Army|Nepali Army',target='victims|Jajarkot',loc='Jajarkot',date=Sa,also=['MOBILIZE'])),
 ('demands his resignation','REQUEST','demands',dict(actor="broadsheet|broadsheet's editorial",target='home minister',opt=True,note="a newspaper editorial's demand")),
 ('condemned the detention of a Birgunj photographer','ACCUSE','condemned',dict(actor='Federation of Nepalese Journalists|FNJ',target='police|'+NG)),
 ('a Birgunj photographer on Saturday, who was held for six hours','COERCE','held',dict(actor=NPOL,target='photographer|Birgunj photographer',loc='Birgunj',date=Sa,arrested=1)),
 ('whose camera was smashed by police','ASSAULT','smashed',dict(actor=NPOL,target='photographer|camera',loc='Birgunj',date=Sa,opt=True)),
 ('asked the government to return his memory cards','REQUEST','asked',dict(actor='Federation of Nepalese Journalists|FNJ',target='government|'+NG+'|police')),
],[
 ('the editorial knives come out','ASSAULT','figurative knives'),
 ('would quit the provincial government if the curfew is not lifted by Wednesday','RETREAT','conditional withdrawal inside a threat'),
 ('though a walk-out would leave the chief minister','PROTEST','hypothetical walk-out'),
 ('though nothing in it threatens anyone','THREATEN','a "warning" by reading, explicitly not a threat'),
 ('a landslide in Jajarkot that buried four houses','ASSAULT','natural disaster'),
 ("The broadsheet's editorial attacks the home minister",'ASSAULT','verbal attack'),
 ('fires what he calls "the first shot"','ASSAULT','figurative shot'),
 ('a week-long closure would empty petrol pumps','SANCTION','hypothetical closure'),
 ('"If the customs office burns again,"','ASSAULT','hypothetical arson'),
 ("the home minister's office says it will sue",'COERCE','planned lawsuit'),
])


# ---------------------------------------------------------------- 4. parliamentary sketch, published Wednesday 21 Oct 2026
def K(x): return '2026-10-%02d'%x
Sa,Su,Mo,Tu=K(17),K(18),K(19),K(20)
HS='Home Secretary|UK government|government|Home Office|United Kingdom|UK|Britain'; FR='France|French government|French interior minister|Paris'
build('sketch_commons_channel.txt','parliamentary sketch of a Commons urgent question on Channel crossings: a sinking (accident), French interceptions and tear gas, a Paris meeting and declaration, returns to France, navy vessels sent, arrests, accusations, demands and refusals, a withdrawn remark and a walk-out, a Canterbury protest, asset freezes and revoked visas, a conditional warning, a French pull-back, a Belgian call and offer','2026-10-21',[
 ('French lifeboats pulled 51 others from the water','AID','pulled',dict(actor='French lifeboats|France|French rescuers',target='migrants|people|51 others',loc='Gravelines|Channel',date=Sa)),
 ('Over the weekend Border Force cutters brought 412 people ashore at Dover','AID','brought',dict(actor='Border Force|UK|Home Office',target='people|migrants|412 people',loc='Dover|Channel',week='2026-10-12',opt=True,note='rescue or interception: type arguable; "Over the weekend" (17-18 Oct, one ISO week)')),
 ('French police for the first time stopped a "taxi boat" at sea off Boulogne','COERCE','stopped',dict(actor='French police|gendarmerie|France',target='taxi boat|migrants|people',loc='Boulogne|Channel',date=Su,note='boarded from a gendarmerie launch and turned back to the beach')),
 ('officers fired tear gas at people waiting in the dunes','COERCE','fired tear gas',dict(actor='French police|officers|France',target='people|migrants|people waiting in the dunes',loc='Wimereux',date=Su,also=['ASSAULT'],fact='reported',note='according to an aid group')),
 ('she had flown to Paris on Monday and met the French interior minister','CONSULT','met',dict(actor='Home Secretary|UK|Britain|UK government',target='French interior minister|'+FR,loc='Paris',date=Mo,fact='reported')),
 ('the two had signed a declaration committing France','AGREE','signed',dict(actor='Home Secretary|French interior minister|UK|France',target='French interior minister|Home Secretary|France|UK',loc='Paris',date=Mo,fact='reported')),
 ('38 people had been returned to France on Monday under the returns agreement','COERCE','returned',dict(actor=HS,target='38 people|people|migrants|asylum seekers',loc='France',date=Mo,fact='reported',note='passive; a removal under the returns agreement (deportation convention)')),
 ('two Royal Navy patrol vessels had been sent to the Strait of Dover on Sunday night','MOBILIZE','sent',dict(actor='Royal Navy|UK|government|Ministry of Defence|Home Secretary',loc='Strait of Dover|Channel',date=Su,fact='reported')),
 ('had arrested five men suspected of organising Saturday\'s crossing','COERCE','arrested',dict(actor='French prosecutors|French prosecutors in Dunkirk|French police|France',target='five men|smugglers|suspects',loc='Dunkirk',arrested=5,fact='reported',note='day not stated')),
 ('the National Crime Agency had arrested two more in Kent','COERCE','arrested',dict(actor='National Crime Agency|NCA',target='suspects|two more|smugglers',loc='Kent',arrested=2,fact='reported',note='day not stated')),
 ('He accused the government of "losing control of the border','ACCUSE','accused',dict(actor='shadow home secretary|opposition|Conservatives',target=HS,loc='House of Commons|Commons',date=Tu)),
 ('He demanded that the Home Secretary publish the cost of the French deal','REQUEST','demanded',dict(actor='shadow home secretary|opposition',target='Home Secretary|government',loc='House of Commons|Commons',date=Tu)),
 ('She refused, on the grounds that it was "operationally sensitive"','REJECT','refused',dict(actor='Home Secretary|government',target='shadow home secretary|opposition',loc='House of Commons|Commons',date=Tu)),
 ('called on the government to order the navy to push the boats back to France','REQUEST','called on',dict(actor='Reform MP|Reform|Reform UK',target='government|'+HS,loc='House of Commons|Commons',date=Tu)),
 ('The Home Secretary rejected this in a single sentence','REJECT','rejected',dict(actor='Home Secretary|government',target='Reform MP|Reform|Reform UK',loc='House of Commons|Commons',date=Tu)),
 ('The Liberal Democrat spokesman asked, as he does every time, for safe and legal routes','REQUEST','asked',dict(actor='Liberal Democrat spokesman|Liberal Democrats',target='Home Secretary|government',loc='House of Commons|Commons',date=Tu)),
 ('accused a Reform MP of "dancing on the graves"','ACCUSE','accused',dict(actor='Labour backbencher|Labour MP',target='Reform MP|Reform',loc='House of Commons|Commons',date=Tu)),
 ('The Speaker ordered him to withdraw the remark','REQUEST','ordered',dict(actor='Speaker',target='Labour backbencher|Labour MP',loc='House of Commons|Commons',date=Tu,also=['COERCE'],opt=True,note='a procedural order')),
 ('He did, eventually, after the third request','CONCEDE','did',dict(actor='Labour backbencher|Labour MP',target='Speaker|Reform MP',loc='House of Commons|Commons',date=Tu,also=['RETREAT'],note='the remark withdrawn')),
 ('walked out of the chamber with four colleagues','PROTEST','walked out',dict(actor='Labour backbencher|Labour MP|Labour MPs',target='Speaker|Reform MP|House of Commons',loc='House of Commons|Commons',date=Tu,also=['REJECT'])),
 ('several hundred people had demonstrated outside a hotel housing asylum seekers in the city','PROTEST','demonstrated',dict(actor='several hundred people|demonstrators|protesters',target='asylum seekers|hotel|government',loc='Canterbury',date=Sa)),
 ('police had arrested six of them after bottles were thrown at officers','COERCE','arrested',dict(actor='police|Kent Police',target='demonstrators|protesters',loc='Canterbury',date=Sa,arrested=6)),
 ('bottles were thrown at officers','ASSAULT','thrown',dict(actor='demonstrators|protesters|thugs',target='officers|police|Kent Police',loc='Canterbury',date=Sa,note='passive; the agents from the arrest clause')),
 ('A smaller counter-demonstration gathered across the road','PROTEST','counter-demonstration',dict(actor='counter-demonstrators|counter-demonstration',target='demonstrators|protesters',loc='Canterbury',date=Sa)),
 ('The Home Secretary condemned "the thugs who threw the bottles"','ACCUSE','condemned',dict(actor='Home Secretary|government',target='thugs|demonstrators|protesters',note='day not fixed')),
 ('praised Kent Police','SUPPORT','praised',dict(actor='Home Secretary|government',target='Kent Police|police|chief constable')),
 ('had her "full support"','SUPPORT','full support',dict(actor='Home Secretary',target='chief constable|Kent Police',opt=True,note='same praise restated')),
 ('the Treasury had frozen the assets of twelve people named as smuggling gang members','SANCTION','frozen',dict(actor='Treasury|UK|government|'+HS,target='smuggling gang members|twelve people|smugglers',fact='reported',note='day not stated')),
 ('the Home Office had revoked the visas of two money-transfer agents in Birmingham','SANCTION','revoked',dict(actor='Home Office|UK|government',target='money-transfer agents|two money-transfer agents',loc='Birmingham',fact='reported')),
 ('She had warned the French minister, she said','THREATEN','warned',dict(actor='Home Secretary|UK|government',target='French minister|French interior minister|'+FR,fact='reported',note='a conditional threat to withhold funding; day not stated')),
 ('the French interior ministry said last night that it did not recognise the condition','REJECT','did not recognise',dict(actor='French interior ministry|'+FR,target='Home Secretary|UK|Britain',date=Tu,note='"last night" = 20 Oct')),
 ('it had pulled its riot police back from the Wimereux dunes','RETREAT','pulled',dict(actor='prefecture in Lille|prefecture|French police|France|riot police',loc='Wimereux',fact='reported',note='said on Monday; day of the pull-back not stated')),
 ('charities would again be allowed to distribute food there','CONCEDE','allowed',dict(actor='prefecture in Lille|prefecture|France',target='charities',loc='Wimereux',opt=True,fact='planned')),
 ('The Belgian interior minister, who telephoned the Home Secretary on Sunday','CONSULT','telephoned',dict(actor='Belgian interior minister|Belgium',target='Home Secretary|UK|Britain',date=Su)),
 ('offered to host a meeting of North Sea interior ministers in Ostend','AGREE','offered',dict(actor='Belgian interior minister|Belgium',target='North Sea interior ministers|Home Secretary|UK',loc='Ostend',note='an offer to host a meeting is AGREE (heldout10/11 convention); the meeting itself has not happened')),
],[
 ('having been shelled from every bench','ASSAULT','figurative shelling'),
 ('an overcrowded dinghy sank off Gravelines and eight people drowned','ASSAULT','accident at sea, not an attack'),
 ('Nobody has pushed a boat back yet','COERCE','negated pushback'),
 ('"we will not play chicken with children in the Channel"','ASSAULT','figurative and negated'),
 ('why Scotland had not been consulted','CONSULT','negated consultation'),
 ('She was promised a meeting','CONSULT','promised meeting'),
 ('would be withheld if interceptions did not begin within a month','SANCTION','conditional sanction inside a threat'),
 ('the November 2021 sinking, in which twenty-seven people died','ASSAULT','accident recalled (history), not an attack'),
 ('they are at war with the smugglers','ASSAULT','figurative war'),
 ('If the navy were ever to ram a dinghy','ASSAULT','hypothetical'),
 ('she would resign the same day','RETREAT','hypothetical resignation'),
 ('She will be in Brussels on Thursday','CONSULT','planned visit'),
])


# ---------------------------------------------------------------- 5. analyst's weekly newsletter, published Friday 27 Nov 2026
Mo,Tu,We,Th=N(23),N(24),N(25),N(26)
TH='Thailand|Thai government|Bangkok|Thai army|Thai troops'; KH='Cambodia|Cambodian government|Phnom Penh|Cambodian army|Cambodian troops'
build('newsletter_dangrek_border.txt',"analyst's weekly newsletter on the Thailand-Cambodia border: a shooting at Ta Muen Thom (disputed accounts), a wounded soldier handed back, a landmine and an accusation, a summoned ambassador, closed crossings and an import halt, a request for ASEAN observers rejected, calls, a Regional Border Committee meeting, agreement and pull-backs, a nationalist rally, raids and deportations, relief, deployments and warnings; history and a watch list",'2026-11-27',[
 ('A Cambodian soldier was killed and two others wounded on Monday morning','ASSAULT','killed',dict(actor='Thai troops|Thai soldiers|'+TH,target='Cambodian soldier|Cambodian patrol|patrol|'+KH,loc='Ta Muen Thom|Ta Muen Thom temple|Surin|Oddar Meanchey|Thailand-Cambodia border',date=Mo,killed=1,injured=2,note='victim as subject; the agent from the Cambodian account in the next sentence; the Thai side says it returned fire')),
 ('Phnom Penh says Thai troops opened fire on a patrol','ACCUSE','says',dict(actor=KH,target=TH,loc='Ta Muen Thom')),
 ('its men returned fire after a Cambodian drone dropped a grenade near their post','ASSAULT','dropped a grenade',dict(actor='Cambodian drone|'+KH,target='Thai post|Thai troops|Thailand',loc='Ta Muen Thom',date=Mo,opt=True,fact='reported',note='the Thai account; unverified')),
 ('Thai medics treated one of the wounded Cambodians','AID','treated',dict(actor='Thai medics|Thai army|'+TH,target='wounded Cambodian|Cambodian soldier|Cambodia',loc='Ta Muen Thom|Chong Chom',date=Mo,also=['COOPERATE'])),
 ('handed him back at the Chong Chom crossing that afternoon','COOPERATE','handed him back',dict(actor='Thai medics|Thai army|'+TH,target=KH,loc='Chong Chom|Chong Chom crossing',date=Mo)),
 ('two Thai rangers were wounded by a landmine','ASSAULT','wounded',dict(actor='Cambodia|Cambodian army',target='Thai rangers|rangers|Thailand',loc='Chong Sa-ngam|Si Sa Ket',date=Tu,injured=2,opt=True,note='a mine blast; whether it was newly laid (an attack) or a leftover is disputed')),
 ('accused Cambodia of breaching the Ottawa Convention','ACCUSE','accused',dict(actor='Thai army|army|'+TH,target=KH,date=Tu)),
 ("Cambodia's mine action authority denied planting any mines",'REJECT','denied',dict(actor="Cambodia's mine action authority|mine action authority|"+KH,target='Thai army|Thailand')),
 ('The foreign ministry summoned the Cambodian ambassador on Tuesday','ACCUSE','summoned',dict(actor='Thai foreign ministry|foreign ministry|'+TH,target='Cambodian ambassador|'+KH,loc='Bangkok',date=Tu,also=['PROTEST'])),
 ('the government closed the Chong Chom and Chong Sa-ngam crossings','SANCTION','closed',dict(actor='Thai government|government|'+TH,target=KH+'|traffic',loc='Chong Chom|Chong Sa-ngam|Surin|Si Sa Ket',date=Tu,also=['COERCE'],note='"the same evening" = Tuesday')),
 ('Phnom Penh answered by halting imports of Thai fuel','SANCTION','halting imports',dict(actor=KH,target=TH+'|Thai farmers',date=We)),
 ('Cambodia also asked the Philippines, which chairs ASEAN this year, to send observers','REQUEST','asked',dict(actor=KH,target='Philippines|ASEAN|ASEAN chair',note='day not stated')),
 ('Thailand rejected the idea within hours','REJECT','rejected',dict(actor=TH,target=KH+'|Philippines|ASEAN')),
 ("China's foreign ministry urged both sides on Wednesday to",'REQUEST','urged',dict(actor="China's foreign ministry|China|Chinese foreign ministry",target='Thailand|Cambodia|both sides',date=We)),
 ('the US State Department said it supported "ASEAN centrality"','SUPPORT','supported',dict(actor='US State Department|United States|US',target='ASEAN',note='day not fixed')),
 ("Malaysia's prime minister telephoned both leaders on Wednesday",'CONSULT','telephoned',dict(actor="Malaysia's prime minister|Malaysia|Malaysian prime minister",target='Thailand|Cambodia|both leaders|Thai prime minister|Cambodian prime minister',date=We)),
 ('"encouraged them to use the existing mechanisms"','REQUEST','encouraged',dict(actor="Malaysia's prime minister|Malaysia",target='Thailand|Cambodia',date=We,opt=True,note='mild appeal reported by his office')),
 ('the commanders of the Regional Border Committee met at Chong Chom for four hours','CONSULT','met',dict(actor='Regional Border Committee|commanders|Thai army|Cambodian army|Thailand|Cambodia',target='Cambodia|Thailand|Regional Border Committee',loc='Chong Chom',date=Th)),
 ('agreed to pull front-line units back 500 metres','AGREE','agreed',dict(actor='Regional Border Committee|commanders|Thailand|Cambodia',target='Cambodia|Thailand',loc='Chong Chom|Ta Muen Thom',date=Th)),
 ('Thai armoured vehicles were leaving their positions by the road','RETREAT','leaving their positions',dict(actor='Thai army|Thai armoured vehicles|'+TH,loc='Kap Choeng|Ta Muen Thom',date=Th,fact='reported')),
 ('Cambodian troops had withdrawn from two hilltop posts','RETREAT','withdrawn',dict(actor='Cambodian troops|'+KH,loc='Ta Muen Thom|Oddar Meanchey',date=Th,fact='reported')),
 ('rallied outside the Cambodian embassy on Wednesday','PROTEST','rallied',dict(actor='nationalist group|members of a nationalist group|nationalists',target='Cambodia|Cambodian embassy|Thai government',loc='Bangkok|Cambodian embassy',date=We)),
 ('demanded that the government keep the border "closed until Phnom Penh apologises"','REQUEST','demanded',dict(actor='nationalist group|nationalists',target='Thai government|government|Thailand',loc='Bangkok',date=We,also=['PROTEST'])),
 ('The main opposition party said it backed the closure','SUPPORT','backed',dict(actor='main opposition party|opposition|opposition party',target='Thai government|government|closure|Thailand')),
 ('detained 46 undocumented Cambodian workers in raids on markets in Surin and Buriram','COERCE','detained',dict(actor='Thai immigration police|immigration police|Thailand|Thai police',target='Cambodian workers|undocumented Cambodian workers|workers',loc='Surin|Buriram',week='2026-11-23',arrested=46,note='"on Tuesday and Wednesday": one ISO week')),
 ('deported 31 of them through the Ban Khlong Luek crossing at Aranyaprathet on Thursday','COERCE','deported',dict(actor='Thai immigration police|immigration police|Thailand',target='Cambodian workers|workers|Cambodia',loc='Ban Khlong Luek|Aranyaprathet',date=Th)),
 ("Cambodia's labour ministry protested the raids",'PROTEST','protested',dict(actor="Cambodia's labour ministry|labour ministry|"+KH,target='Thailand|Thai immigration police|Thai government',also=['ACCUSE'],note='a diplomatic protest; day not stated')),
 ('called on Thailand to "treat workers with dignity"','REQUEST','called on',dict(actor="Cambodia's labour ministry|labour ministry|"+KH,target='Thailand|Thai government')),
 ('Cambodian police in Samraong detained two Thai traders on Monday evening','COERCE','detained',dict(actor='Cambodian police|'+KH,target='Thai traders|traders',loc='Samraong|Oddar Meanchey',date=Mo,arrested=2)),
 ('they were freed on Thursday after the border committee met','CONCEDE','freed',dict(actor='Cambodian police|'+KH,target='Thai traders|traders|Thailand',loc='Samraong',date=Th,also=['RETREAT'],note='passive')),
 ('The Thai Red Cross opened shelters in Kap Choeng district','AID','opened shelters',dict(actor='Thai Red Cross|Thai Red Cross Society',target='villagers|evacuees|displaced villagers',loc='Kap Choeng|Kap Choeng district|Surin',note='day not stated')),
 ('Japan announced on Wednesday a grant of $4 million for demining','AID','grant',dict(actor='Japan|Japanese government',target='Cambodia|Oddar Meanchey|Preah Vihear',loc='Oddar Meanchey|Preah Vihear',date=We)),
 ('the army moved two artillery batteries north towards the border on Tuesday','MOBILIZE','moved',dict(actor='Cambodian army|army|'+KH,loc='Thailand-Cambodia border|border|Oddar Meanchey',date=Tu,fact='reported',note='according to Thai military sources')),
 ('reservists in Oddar Meanchey had been told to report to their units','MOBILIZE','told to report',dict(actor="Cambodian defence ministry|defence ministry|"+KH,target='reservists',loc='Oddar Meanchey',fact='reported',note='passive; day not stated')),
 ('warned that "any further incursion will be answered with everything we have"','THREATEN','warned',dict(actor='Thai army chief|army chief|Thai army|Thailand',target=KH,loc='Si Sa Ket',date=We)),
 ('said his country would "defend every centimetre"','THREATEN','defend every centimetre',dict(actor='Cambodian prime minister|'+KH,target=TH,opt=True,note='defiance rather than a threat: arguable')),
 ('that it was ready to return to the General Border Committee','AGREE','ready to return',dict(actor='Cambodian prime minister|'+KH,target=TH,opt=True,note='willingness to talk; the meeting is planned (trap in line 28)')),
 ('The five days of fighting in July 2025 left dozens dead','ASSAULT','fighting',dict(actor='Thailand|Cambodia',target='Cambodia|Thailand',loc='Thailand-Cambodia border',date='2025-07',opt=True,note='background')),
 ('before a ceasefire was signed in Kuala Lumpur','AGREE','signed',dict(actor='Thailand|Cambodia',target='Cambodia|Thailand',loc='Kuala Lumpur',opt=True,note='background')),
 ('the handover of the wounded soldier','COOPERATE','handover',dict(actor=TH,target=KH,date=Mo,opt=True,note='restates line 9')),
],[
 ('a trade war, a Facebook war and a war of maps','ASSAULT','figurative wars'),
 ('No shots have been reported since Tuesday','ASSAULT','negated firing'),
 ('nobody has reopened the crossings either','CONCEDE','negated reopening'),
 ('The General Border Committee is due to meet in Siem Reap on 3 December','CONSULT','planned meeting'),
 ('extend the closure into the dry season','SANCTION','anticipated, conditional'),
 ('could take the dispute to the International Court of Justice','ACCUSE','hypothetical legal action, not filed'),
 ('A tropical storm flooded parts of Si Sa Ket and Surin','ASSAULT','natural disaster'),
 ('If the fuel ban lasts into December','SANCTION','hypothetical'),
 ('villagers who left their homes on Monday and Tuesday','RETREAT','civilians fleeing, not a withdrawal'),
 ('there were no arrests','COERCE','negated arrests'),
])
