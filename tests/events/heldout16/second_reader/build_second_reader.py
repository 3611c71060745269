"""Builds second_reader/*.json: an independent second annotation of the five heldout16 texts, made
without seeing the set's first gold (gold/, build_gold.py, README.md), for inter-annotator agreement.

Same rules and format as the writers' gold (tests/events/gold_builder.py: GUIDELINES and
SCHEME_DECISIONS); the files go to this folder instead of gold/, and each document.file names the
text relative to the folder's parent (tests/events/heldout16/), as a gold file does."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from gold_builder import gold_builder, guidelines  # tests/events/gold_builder.py

out_dir = os.path.dirname(os.path.abspath(__file__))
set_dir = os.path.dirname(out_dir)
ABOUT = guidelines("sixteenth").replace(
    "Hand annotation of {f}", "Independent second-reader annotation of {f}").replace(
    "made BEFORE any tool ran on the text.",
    "made BEFORE any tool ran on the text and without seeing the set's first gold, to measure "
    "inter-annotator agreement.")


# the writers' builder, writing to this folder instead of gold/
build = gold_builder(set_dir, ABOUT, folder="second_reader")


# ---------------------------------------------------------------- 1. security risk advisory, issued Friday 20 Nov 2026
def N(x): return '2026-11-%02d' % x
FLEC = 'FLEC-FAC|FLEC|separatists|separatist FLEC-FAC'
FAA = 'Angolan Armed Forces|FAA|Angolan army|army|Angola'
build('advisory_cabinda_convoy.txt', 'corporate security risk advisory on Cabinda province (Angola) after an ambush on a contractor convoy: summary, dated incident log, other developments, analysis, advice', '2026-11-20', [
 ('An ambush on a contractor convoy near Buco-Zau on 14 November killed three people', 'ASSAULT', 'ambush', dict(actor='gunmen|'+FLEC, target='contractor convoy|convoy', loc='Buco-Zau|Cabinda', date=N(14), killed=3, opt=True, note='summary restating the line-10 ambush')),
 ('The Angolan authorities have reinforced the province', 'MOBILIZE', 'reinforced', dict(actor='Angolan authorities|Angola|'+FAA, loc='Cabinda', opt=True, note='summary of the line-13 deployment')),
 ('imposed a curfew in two northern municipalities', 'COERCE', 'imposed a curfew', dict(actor='Angolan authorities|provincial government', target='residents', loc='Buco-Zau|Belize|Cabinda', opt=True, note='summary of line 14')),
 ('and made arrests', 'COERCE', 'arrests', dict(actor='Angolan authorities|police', target='people|FLEC-FAC supporters', loc='Buco-Zau', opt=True, note='summary of line 15')),
 ('Gunmen opened fire on a convoy of four contractor vehicles', 'ASSAULT', 'opened fire', dict(actor='Gunmen|'+FLEC, target='convoy|contractor vehicles|Angolan soldiers|soldiers|driver', loc='Buco-Zau|Belize|Cabinda', date=N(14), killed=3, injured=4, note='two soldiers and a Congolese driver killed, four wounded')),
 ('FLEC-FAC claimed the ambush in a statement posted online', 'ASSAULT', 'ambush', dict(actor=FLEC, loc='Buco-Zau', date=N(14), fact='reported', opt=True, note='the line-10 ambush named again in the claim (the claim itself is on 15 Nov)')),
 ('The Angolan Armed Forces (FAA) denied that any aircraft had been lost', 'REJECT', 'denied', dict(actor=FAA, target=FLEC, date=N(15))),
 ('called the claim "propaganda for the diaspora"', 'ACCUSE', 'called', dict(actor=FAA, target=FLEC, date=N(15), also=['REJECT'], opt=True, note='part of the denial')),
 ('A battalion of FAA special forces was flown from Luanda to Cabinda airport and moved north by road', 'MOBILIZE', 'flown', dict(actor='FAA special forces|'+FAA, loc='Cabinda|Cabinda airport|Luanda|Buco-Zau', date=N(16))),
 ('The provincial government imposed a curfew from 19:00 to 06:00 in Buco-Zau and Belize municipalities', 'COERCE', 'imposed a curfew', dict(actor='provincial government|Cabinda provincial government|Angolan authorities', target='residents', loc='Buco-Zau|Belize|Cabinda', date=N(17))),
 ('closed the road north of Buco-Zau to civilian traffic', 'COERCE', 'closed the road', dict(actor='provincial government|Angolan authorities', target='civilian traffic|civilians', loc='Buco-Zau', date=N(17), opt=True, note='part of the same decree')),
 ('Police detained twelve people in Buco-Zau, among them a Catholic catechist', 'COERCE', 'detained', dict(actor='Police|Angolan police', target='people|catechist|Catholic catechist|FLEC-FAC supporters', loc='Buco-Zau|Cabinda', date=N(17), arrested=12)),
 ('on suspicion of supporting FLEC-FAC', 'ACCUSE', 'suspicion', dict(actor='Police|Angolan police', target='people|catechist', opt=True, note='grounds of the detentions')),
 ('A local civic association condemned the arrests as "collective punishment"', 'ACCUSE', 'condemned', dict(actor='civic association|local civic association', target='Police|Angolan authorities', loc='Buco-Zau|Cabinda', date=N(17), note='in the 17 Nov entry')),
 ('police dispersed about 80 people', 'COERCE', 'dispersed', dict(actor='police|Angolan police', target='people|protesters|demonstrators', loc='Cabinda city|Cabinda|Largo do 1º de Maio', date=N(18))),
 ('who had gathered at the Largo do 1º de Maio', 'PROTEST', 'gathered', dict(actor='people|protesters|demonstrators', target='police|Angolan authorities', loc='Cabinda city|Cabinda|Largo do 1º de Maio', date=N(18))),
 ("to demand the catechist's release", 'REQUEST', 'demand', dict(actor='people|protesters|demonstrators', target='police|Angolan authorities', loc='Cabinda city|Cabinda', date=N(18), also=['PROTEST'])),
 ('Seven were held for several hours', 'COERCE', 'held', dict(actor='police|Angolan police', target='people|protesters|demonstrators', loc='Cabinda city|Cabinda', date=N(18), arrested=7)),
 ('released that evening without charge', 'CONCEDE', 'released', dict(actor='police|Angolan police', target='people|protesters|demonstrators', loc='Cabinda city|Cabinda', date=N(18), also=['RETREAT'])),
 ("Republic of the Congo's defence ministry said it had sent troops to its border near Nzassi", 'MOBILIZE', 'sent troops', dict(actor="Republic of the Congo|Congo|Congolese defence ministry|Republic of the Congo's defence ministry", loc='Nzassi|Angola-Congo border|border', fact='reported', note='"said" on 18 Nov dates only the statement')),
 ('The defence ministers of Angola and the Republic of the Congo met in Pointe-Noire', 'CONSULT', 'met', dict(actor='defence ministers|Angola|Republic of the Congo|Congo', target='Republic of the Congo|Congo|Angola', loc='Pointe-Noire', date=N(19))),
 ('agreed to begin joint patrols along the border', 'AGREE', 'agreed', dict(actor='Angola|Republic of the Congo|Congo|defence ministers', target='Republic of the Congo|Congo|Angola', loc='Pointe-Noire', date=N(19), also=['COOPERATE'])),
 ('Congolese police handed over two suspects arrested near Nzassi to Angolan police', 'COOPERATE', 'handed over', dict(actor='Congolese police|Republic of the Congo|Congo', target='Angolan police|Angola', loc='Massabi|Massabi crossing', date=N(19), also=['COERCE'])),
 ('two suspects arrested near Nzassi', 'COERCE', 'arrested', dict(actor='Congolese police|Republic of the Congo', target='suspects', loc='Nzassi', arrested=2, opt=True, note='earlier arrest in a participle, undated')),
 ("Angola's Ministry of Social Communication suspended the accreditation of a Portuguese journalist", 'COERCE', 'suspended', dict(actor="Ministry of Social Communication|Angola's Ministry of Social Communication|Angola", target='Portuguese journalist|journalist', date=N(19), also=['SANCTION'], note='restriction on the press: COERCE/SANCTION arguable')),
 ("Portugal's foreign ministry asked Luanda to reconsider", 'REQUEST', 'asked', dict(actor="Portugal|Portugal's foreign ministry|Portuguese foreign ministry", target='Luanda|Angola|Ministry of Social Communication', date=N(19))),
 ('Angola\'s interior minister accused "foreign-based agitators" of financing the group', 'ACCUSE', 'accused', dict(actor="Angola's interior minister|interior minister|Angola", target='foreign-based agitators|agitators')),
 ('the central bank froze the accounts of two Cabinda-based associations', 'SANCTION', 'froze', dict(actor='central bank|Angola', target='Cabinda-based associations|associations', loc='Cabinda', also=['COERCE'])),
 ('it said had received transfers from abroad', 'ACCUSE', 'said', dict(actor='central bank', target='associations', opt=True, note='grounds of the freeze')),
 ('have distributed food to about 1,500 people', 'AID', 'distributed', dict(actor='Catholic diocese|provincial health authority', target='people|displaced people', loc='Buco-Zau|Belize|Cabinda')),
 ('FLEC-FAC warned oil and timber companies', 'THREATEN', 'warned', dict(actor=FLEC, target='oil and timber companies|oil companies|timber companies|companies', loc='Cabinda')),
 ('it was ready for talks "under international mediation"', 'AGREE', 'ready for talks', dict(actor=FLEC, target='Luanda|Angola|government', also=['CONSULT'], note='an offer of talks (SCHEME_DECISIONS), not taken up')),
 ('The 14 November ambush is nonetheless the deadliest incident', 'ASSAULT', 'ambush', dict(actor=FLEC, loc='Buco-Zau', date=N(14), opt=True, note='the line-10 ambush named again')),
 ("the 2010 attack on the Togo national football team's bus", 'ASSAULT', 'attack', dict(target="Togo national football team|Togo national football team's bus|bus", loc='Cabinda', date='2010', killed=2, opt=True, note='history')),
 ("a firm rejection of any negotiation on the province's status", 'REJECT', 'rejection', dict(actor='government|Angola|Luanda', target=FLEC, opt=True, note='a standing position, undated')),
 ('the 2006 memorandum of understanding', 'AGREE', 'memorandum of understanding', dict(actor='Angola|government', date='2006', opt=True, note='history')),
 ('security forces have detained curfew violators in earlier operations', 'COERCE', 'detained', dict(actor='security forces', target='curfew violators', opt=True, note='earlier happenings in passing, undated')),
], [
 ('the risk of further attacks on road movements north of Buco-Zau', 'ASSAULT', 'assessed future attacks'),
 ('its fighters had shot down an army helicopter near Necuto', 'ASSAULT', 'a claim denied by the army and called unconfirmed propaganda'),
 ('who fled villages along the Buco-Zau-Belize road', 'RETREAT', 'civilians fleeing, not a withdrawal'),
 ('Luanda has not responded.', 'REJECT', 'a non-response is not a rejection'),
 ('the group\'s "media war"', 'ASSAULT', 'figurative war'),
 ('We do not expect talks.', 'CONSULT', 'talks not expected'),
 ('Should the group target oil installations at Malongo', 'ASSAULT', 'hypothetical attack (and "no attack has ever been recorded inside Cabinda city")'),
])

# ---------------------------------------------------------------- 2. press briefing transcript, Thursday 12 Nov 2026
MY = 'Malaysia|Government of Malaysia|Ministry of Foreign Affairs|Malaysian government|spokesperson|Noraini Hashim|Datin Noraini Hashim'
PH = 'Philippines|Philippine authorities|Manila'
KIDNAPPERS = 'armed men|kidnappers|Abu Sayyaf Group|Abu Sayyaf'
build('briefing_sabah_kidnapping.txt', "transcript of the Malaysian foreign ministry's weekly press briefing (Putrajaya): a kidnapping off Semporna (Sabah), the Sulu heirs' claim, detentions and deportations in Sandakan, questions and answers", '2026-11-12', [
 ('five armed men in a speedboat abducted two Malaysian fishermen and an Indonesian crew member', 'ASSAULT', 'abducted', dict(actor=KIDNAPPERS, target='Malaysian fishermen|fishermen|Indonesian crew member|crew member|trawler', loc='Semporna|Pulau Mabul|Sabah', date=N(8), also=['COERCE'])),
 ('Boats of the Eastern Sabah Security Command, ESSCOM, gave chase', 'MOBILIZE', 'gave chase', dict(actor='ESSCOM|Eastern Sabah Security Command|Malaysia', target='speedboat|'+KIDNAPPERS, loc='Semporna|Sabah', date=N(8), opt=True, note='a pursuit: type arguable')),
 ('We have been in contact with the Philippine authorities since Monday morning', 'CONSULT', 'in contact', dict(actor=MY, target=PH, date=N(9), note='"since Monday morning": dated by its start')),
 ('the Philippine Coast Guard has shared radar tracks of the speedboat with ESSCOM', 'COOPERATE', 'shared', dict(actor='Philippine Coast Guard|Philippines', target='ESSCOM|Malaysia|Eastern Sabah Security Command', note='undated')),
 ('the Armed Forces of the Philippines informed our embassy in Manila', 'CONSULT', 'informed', dict(actor='Armed Forces of the Philippines|Philippine military|Philippines', target='Malaysian embassy|embassy|Malaysia', loc='Manila', date=N(12), opt=True, note='passing on information: type arguable')),
 ('had been rescued by Philippine marines on the island of Tapul', 'COERCE', 'rescued', dict(actor='Philippine marines|Armed Forces of the Philippines|Philippine military|Philippines', target=KIDNAPPERS, loc='Tapul|Sulu', fact='reported', also=['ASSAULT'], opt=True, note='a rescue: type arguable; no day given')),
 ('is being treated at a military hospital in Zamboanga', 'AID', 'treated', dict(actor='Philippine military|Armed Forces of the Philippines|Philippines', target='Indonesian crew member|crew member', loc='Zamboanga', opt=True)),
 ('have filed a new enforcement claim in a court in the Netherlands', 'ACCUSE', 'filed', dict(actor='heirs of the Sultan of Sulu|Sulu heirs|self-proclaimed heirs', target='Malaysia', loc='Netherlands', fact='reported', also=['REQUEST'], note='legal action against Malaysia, "we have seen reports"')),
 ('Malaysia rejects this latest attempt', 'REJECT', 'rejects', dict(actor='Malaysia|'+MY, target='heirs of the Sultan of Sulu|Sulu heirs', date=N(12))),
 ('The Minister wrote to her Philippine counterpart on Tuesday requesting coordinated patrols', 'REQUEST', 'requesting', dict(actor='Minister|foreign minister|Malaysia', target='Philippine counterpart|Philippine foreign secretary|Philippines|Manila', date=N(10), also=['CONSULT'])),
 ('Fishermen protested in Semporna yesterday', 'PROTEST', 'protested', dict(actor='Fishermen', target='federal government|government|Malaysia', loc='Semporna', date=N(11), opt=True, note="the reporter's question; restated in the answer")),
 ('about 150 fishermen gathered at the Semporna jetty on Wednesday', 'PROTEST', 'gathered', dict(actor='fishermen', target='federal government|government|Malaysia|Sabah government', loc='Semporna|Semporna jetty', date=N(11))),
 ('to demand armed escorts for the fishing fleet', 'REQUEST', 'demand', dict(actor='fishermen', target='federal government|government|Malaysia|Sabah government', loc='Semporna', date=N(11), also=['PROTEST'])),
 ('the Chief Minister of Sabah met their representatives the same afternoon', 'CONSULT', 'met', dict(actor='Chief Minister of Sabah|Chief Minister|Sabah government', target='fishermen|representatives', loc='Semporna|Sabah', date=N(11))),
 ('was extended by the police for another fourteen days on Monday', 'COERCE', 'extended', dict(actor='police|Malaysian police', target='residents|fishermen|east coast districts', loc='east coast|Sabah', date=N(9), note='the sea curfew extended')),
 ('Immigration officers detained sixty-three Filipinos in Sandakan after the kidnapping', 'COERCE', 'detained', dict(actor='Immigration officers|Immigration Department', target='Filipinos', loc='Sandakan', arrested=63, opt=True, note="the reporter's question; restated in the answer")),
 ('I reject that word.', 'REJECT', 'reject', dict(actor=MY, target='Reuters|reporter', date=N(12), opt=True, note='rejects a characterisation put by a reporter')),
 ('The Immigration Department detained 63 undocumented persons in an operation in Sandakan on Monday and Tuesday', 'COERCE', 'detained', dict(actor='Immigration Department|Immigration officers|Malaysia', target='undocumented persons|Filipinos', loc='Sandakan|Sabah', arrested=63, note='"on Monday and Tuesday": no single day')),
 ('Thirty-eight of them were deported to Zamboanga by ferry yesterday', 'COERCE', 'deported', dict(actor='Immigration Department|Malaysia', target='undocumented persons|Filipinos', loc='Zamboanga|Sandakan', date=N(11))),
 ('in coordination with the Philippine consulate in Kota Kinabalu', 'COOPERATE', 'coordination', dict(actor='Malaysia|Immigration Department', target='Philippine consulate|Philippines', loc='Kota Kinabalu', date=N(11), opt=True, note='the coordination of the deportation')),
 ("Manila's Department of Foreign Affairs says Malaysian officers beat several of the detainees", 'ACCUSE', 'says', dict(actor="Manila's Department of Foreign Affairs|Department of Foreign Affairs|Philippines|Manila", target='Malaysian officers|Malaysia', fact='reported')),
 ('Malaysian officers beat several of the detainees in Sandakan', 'ASSAULT', 'beat', dict(actor='Malaysian officers', target='detainees', loc='Sandakan', fact='reported', opt=True, note='alleged by Manila, denied by Malaysia')),
 ('we categorically deny it', 'REJECT', 'deny', dict(actor=MY, target="Department of Foreign Affairs|Philippines|Manila", date=N(12))),
 ('the Ministry has invited the Philippine consul to visit the Sandakan depot', 'AGREE', 'invited', dict(actor='Ministry|Ministry of Foreign Affairs|Malaysia', target='Philippine consul|Philippines', loc='Sandakan', also=['CONSULT', 'COOPERATE'], note='an invitation is an offer (SCHEME_DECISIONS)')),
 ('Barter trade between the east coast and Sulu and Tawi-Tawi has been suspended since Monday', 'SANCTION', 'suspended', dict(actor='Malaysia|government|security forces', target='Sulu|Tawi-Tawi|barter traders|Philippines', loc='east coast|Sabah', date=N(9), also=['COERCE'])),
 ('Bank Negara has frozen the accounts of three money changers in Semporna', 'SANCTION', 'frozen', dict(actor='Bank Negara|Bank Negara Malaysia|Malaysia', target='money changers', loc='Semporna', also=['COERCE'])),
 ('suspected of moving ransom payments in earlier cases', 'ACCUSE', 'suspected', dict(actor='Bank Negara|Malaysia', target='money changers', opt=True, note='grounds of the freeze')),
 ("Indonesia's foreign minister telephoned our Minister on Monday", 'CONSULT', 'telephoned', dict(actor="Indonesia's foreign minister|Indonesia", target='Minister|Malaysia|Malaysian foreign minister', date=N(9))),
 ('thanked ESSCOM for its search', 'SUPPORT', 'thanked', dict(actor="Indonesia's foreign minister|Indonesia", target='ESSCOM|Eastern Sabah Security Command|Malaysia', date=N(9))),
 ('Indonesian navy vessels have been patrolling jointly with ours off Tawau since Tuesday', 'COOPERATE', 'patrolling jointly', dict(actor='Indonesian navy|Indonesia', target='Malaysia|Malaysian navy', loc='Tawau', date=N(10), note='"since Tuesday": dated by its start')),
 ('We have agreed with Jakarta that the rescued crew member will be flown home', 'AGREE', 'agreed', dict(actor='Malaysia|'+MY, target='Jakarta|Indonesia', also=['COOPERATE'])),
 ('the Philippine side has agreed to hand him over to the Indonesian consul there', 'AGREE', 'agreed', dict(actor='Philippine side|'+PH, target='Indonesian consul|Indonesia', loc='Zamboanga', also=['COOPERATE'])),
 ('The Philippine military has attributed it to a remnant of the Abu Sayyaf Group', 'ACCUSE', 'attributed', dict(actor='Philippine military|Armed Forces of the Philippines|Philippines', target='Abu Sayyaf Group|Abu Sayyaf')),
 ('But I want to send a message to those holding our citizens', 'THREATEN', 'send a message', dict(actor=MY, target=KIDNAPPERS+'|those holding our citizens', date=N(12), note='conditional warning: "if they are harmed, you will be pursued"')),
 ('The member of parliament for Semporna said this week that Putrajaya has "abandoned" the east coast', 'ACCUSE', 'said', dict(actor='member of parliament for Semporna|MP for Semporna|member', target='Putrajaya|federal government|government|Ministry', week='2026-11-09')),
 ('Since the 2013 incursion at Lahad Datu', 'ASSAULT', 'incursion', dict(target='security forces|Malaysia', loc='Lahad Datu|Sabah', date='2013', killed=10, opt=True, note='history')),
 ('we have built ESSCOM into a command of several thousand personnel', 'MOBILIZE', 'built', dict(actor='Malaysia|government', loc='Sabah|east coast', opt=True, note='a build-up over years')),
], [
 ('the Government of Malaysia does not pay ransom', 'CONCEDE', 'no ransom paid; the rescue is not a release'),
 ('so I cannot say that joint operations have started', 'COOPERATE', 'requested joint operations not started'),
 ('No detainee was beaten.', 'ASSAULT', 'denial'),
 ('Nobody in the government is talking about closing the sea border', 'COERCE', 'negated border closure'),
 ('if they are harmed', 'ASSAULT', 'hypothetical harm inside a warning'),
 ('you will be pursued wherever you hide', 'COERCE', 'content of a conditional threat'),
 ('The member is entitled to attack the Ministry in the House', 'ASSAULT', 'figurative (verbal) attack'),
 ('The Minister will attend the Joint Commission for Bilateral Cooperation in Manila on 18 November', 'CONSULT', 'meeting planned'),
])

# ---------------------------------------------------------------- 3. fact-check article, Thursday 24 Sep 2026
def S(x): return '2026-09-%02d' % x
SS = 'San Salvador|historic centre|San Salvador Centro'
PNC = 'National Civil Police|PNC|police'
FED = "vendors' federation|federation|vendors"
build('factcheck_san_salvador_vendors.txt', "fact-check article (Verifica SV) on seven claims about the clearance of street vendors from San Salvador's historic centre, with verdicts and a round-up of other developments", '2026-09-24', [
 ('when police and municipal agents removed street stalls around Plaza Libertad and Plaza Barrios', 'COERCE', 'removed', dict(actor='police|municipal agents|PNC|municipality', target='street vendors|vendors|street stalls', loc='Plaza Libertad|Plaza Barrios|'+SS, date=S(19))),
 ('"Police arrested more than 100 vendors on Saturday."', 'COERCE', 'arrested', dict(actor='Police|'+PNC, target='vendors', loc=SS, date=S(19), fact='reported', opt=True, note='a claim judged misleading: the arrests happened, the count is wrong (38, next line)')),
 ('The National Civil Police (PNC) said it detained thirty-eight people on Saturday in the historic centre', 'COERCE', 'detained', dict(actor=PNC, target='people|vendors', loc=SS, date=S(19), arrested=38, fact='reported', note='matched by the court lists')),
 ('shows a municipal agent striking her with a baton', 'ASSAULT', 'striking', dict(actor='municipal agent|municipal agents', target='woman|vendor|fruit seller', loc='Plaza Libertad|'+SS, date=S(19), injured=1, note='a head wound; Saturday, from the operation')),
 ('troops arrived the next day (see claim 5)', 'MOBILIZE', 'arrived', dict(actor='troops|soldiers|army', loc=SS, date=S(20), opt=True, note='the line-19 deployment named ahead')),
 ('The Salvadoran Red Cross said it treated fourteen people at the scene', 'AID', 'treated', dict(actor='Salvadoran Red Cross|Red Cross', target='people|vendors|injured', loc=SS, date=S(19), fact='reported')),
 ('while accusing the mayor of "criminalising poverty"', 'ACCUSE', 'accusing', dict(actor='opposition deputy|deputy', target='mayor|mayor of San Salvador Centro|municipality', date=S(19))),
 ('"The protest was paid for by the opposition."', 'ACCUSE', 'paid for', dict(actor='deputy of the governing party|governing party', target='opposition|NGOs', opt=True, fact='reported', note='the claim checked; made by the deputy of the next line')),
 ("A deputy of the governing party wrote on Sunday that the vendors' resistance had been \"financed by the usual NGOs and parties\"", 'ACCUSE', 'wrote', dict(actor='deputy of the governing party|governing party|deputy', target='NGOs|parties|opposition|vendors', date=S(20))),
 ("The vendors' federation rejected the claim", 'REJECT', 'rejected', dict(actor=FED, target='deputy of the governing party|governing party|deputy')),
 ('200 soldiers were deployed to the historic centre on Sunday', 'MOBILIZE', 'deployed', dict(actor='defence ministry|army|soldiers|El Salvador', loc=SS, date=S(20), fact='reported', also=['COOPERATE'], note='"to support the PNC", confirmed by the defence ministry')),
 ('the soldiers had been withdrawn to their barracks in San Salvador', 'RETREAT', 'withdrawn', dict(actor='soldiers|army|defence ministry', loc=SS, fact='reported', note='"on Wednesday the ministry said" dates only the statement')),
 ("Staff of the Ombudsman's office (PDDH) visited the detainees", 'CONSULT', 'visited', dict(actor="Ombudsman's office|PDDH|Ombudsman", target='detainees', loc='San Jacinto|San Salvador', date=S(21), opt=True, note='a monitoring visit: type arguable')),
 ("the Ombudsman asked the prosecutor's office to respect the 72-hour legal limit", 'REQUEST', 'asked', dict(actor="Ombudsman|Ombudsman's office|PDDH", target="prosecutor's office|prosecutors", date=S(21), note='"on Monday" read as covering both clauses')),
 ("a magistrates' court in San Salvador released thirty-one of the thirty-eight on bail", 'CONCEDE', 'released', dict(actor="magistrates' court|court", target='detainees|vendors', loc='San Salvador', date=S(22), also=['RETREAT'])),
 ('seven remain in custody, accused of assaulting agents', 'COERCE', 'accused', dict(actor="prosecutor's office|prosecutors|court", target='detainees|vendors', also=['ACCUSE'], opt=True, note='the charge behind the custody (SCHEME_DECISIONS: charged is COERCE)')),
 ('accused of assaulting agents', 'ASSAULT', 'assaulting', dict(actor='detainees|vendors', target='agents|municipal agents|police', loc=SS, fact='reported', opt=True, note='alleged in a charge')),
 ('The UN human rights office for Central America urged the authorities on Monday', 'REQUEST', 'urged', dict(actor='UN human rights office for Central America|UN human rights office|OHCHR|United Nations', target='authorities|El Salvador|government', date=S(21))),
 ('We asked the embassy, which said the post was "fabricated"', 'REJECT', 'said', dict(actor='US embassy|United States embassy|embassy', target='screenshot|post', opt=True, note='disowning a fake post: type arguable')),
 ('On Monday several hundred vendors marched from the Cathedral to the Legislative Assembly', 'PROTEST', 'marched', dict(actor='vendors|'+FED, target='Legislative Assembly|municipality|mayor|government', loc='San Salvador|Legislative Assembly|Cathedral', date=S(21))),
 ('to demand their stalls back', 'REQUEST', 'demand', dict(actor='vendors|'+FED, target='mayor|municipality|Legislative Assembly|government', loc='San Salvador', date=S(21), also=['PROTEST'])),
 ('the mayor of San Salvador Centro offered them places in a new covered market', 'AGREE', 'offered', dict(actor='mayor|mayor of San Salvador Centro|municipality', target='vendors|'+FED, loc='San Salvador', date=S(21), also=['CONCEDE', 'AID'], note='an offer (SCHEME_DECISIONS), refused the same night')),
 ('The federation rejected the offer on Monday night', 'REJECT', 'rejected', dict(actor=FED, target='mayor|mayor of San Salvador Centro|municipality', date=S(21))),
 ("after a meeting at the mayor's office", 'CONSULT', 'meeting', dict(actor=FED+'|municipality|mayor', target='municipality|mayor|'+FED, loc="mayor's office|San Salvador", date=S(23))),
 ('the federation and the municipality agreed that vendors could trade at a temporary site', 'AGREE', 'agreed', dict(actor=FED+'|municipality', target='municipality|mayor|'+FED, loc='San Salvador|old railway station', date=S(23), also=['CONCEDE'])),
 ('The president praised the police on Sunday', 'SUPPORT', 'praised', dict(actor='president|El Salvador', target='police|PNC|National Civil Police', date=S(20))),
 ('The federation has said it will begin a hunger strike if any vendor is prosecuted', 'THREATEN', 'will begin a hunger strike', dict(actor=FED, target="prosecutor's office|authorities|government")),
 ('a court in Soyapango on Tuesday ordered the release of eleven of the fifteen men', 'CONCEDE', 'ordered the release', dict(actor='court in Soyapango|court', target='men|detainees', loc='Soyapango', date=S(22), also=['RETREAT'])),
 ('arrested in Tonacatepeque in August under the state of exception', 'COERCE', 'arrested', dict(target='men', loc='Tonacatepeque', date='2026-08', arrested=15, opt=True, note='earlier arrest in a participle')),
 ('in force since March 2022', 'COERCE', 'in force', dict(actor='government|El Salvador', target='population|residents', loc='El Salvador', date='2022-03', opt=True, note='the state of exception, history')),
 ("The prosecutor's office said it would appeal", 'REJECT', 'appeal', dict(actor="prosecutor's office|prosecutors", target='court in Soyapango|court', opt=True, note='an announced appeal: type arguable')),
 ("the vendors' march took place on Sunday. It took place on Monday", 'PROTEST', 'march', dict(actor='vendors', loc='San Salvador', date=S(21), opt=True, note='the line-28 march in the correction')),
], [
 ('"Soldiers shot a vendor dead in Plaza Libertad."', 'ASSAULT', 'claim rated false'),
 ('"The government has declared war on the vendors."', 'ASSAULT', 'figurative war'),
 ('The operation did not involve any use of firearms', 'ASSAULT', 'negated'),
 ('"The army has occupied the historic centre."', 'ASSAULT', 'overstated claim: a deployment in support of the police'),
 ('They did not take part in arrests', 'COERCE', 'negated arrests by soldiers'),
 ('"The US embassy condemned the evictions."', 'ACCUSE', 'claim rated false'),
 ('The US embassy has published no statement on the vendors', 'ACCUSE', 'negated statement'),
 ('begin a hunger strike if any vendor', 'PROTEST', 'conditional hunger strike inside a threat'),
])

# ---------------------------------------------------------------- 4. interview, Wednesday 25 Nov 2026
GJ = 'Arben Gjoka|Gjoka|Democratic Party|PD|opposition'
PD = 'Democratic Party|PD|opposition|Arben Gjoka|Gjoka'
GOV = 'government|Albanian government|prime minister'
build('interview_tirana_opposition.txt', 'edited question-and-answer interview with an Albanian opposition MP after a violent protest in Tirana: the protest, arrests, a mayor held by SPAK, a highway blockade, a parliamentary boycott, reactions', '2026-11-25', [
 ('"If he invites us without conditions, we will go": an interview', 'AGREE', 'we will go', dict(actor=GJ, target='prime minister|government', opt=True, also=['CONSULT'], note='headline quoting the conditional offer of line 43')),
 ('the most violent opposition protest in Tirana in years', 'PROTEST', 'protest', dict(actor='opposition|Democratic Party|PD|protesters', target=GOV, loc='Tirana', date=N(23), also=['ASSAULT'], note='"Two days after": Monday night')),
 ("Petrol bombs were thrown at the prime minister's office", 'PROTEST', 'thrown', dict(actor='young men|protesters', target="prime minister's office|government building|government", loc='Tirana', date=N(23), opt=True, also=['ASSAULT'], note="riot (SCHEME_DECISIONS); the interviewer's premise, told in the answer")),
 ('None of our members threw anything', 'REJECT', 'None of our members threw anything', dict(actor=GJ, target='prime minister|government|interviewer', note='denies his party threw the petrol bombs')),
 ('A few dozen young men with covered faces threw petrol bombs and flares at the building', 'PROTEST', 'threw petrol bombs', dict(actor='young men|young men with covered faces|protesters', target="prime minister's office|government building|building|government", loc='Tirana', date=N(23), also=['ASSAULT'], note='crowd violence at a protest is PROTEST, also ASSAULT (SCHEME_DECISIONS)')),
 ('did nothing until the peaceful crowd arrived', 'ACCUSE', 'did nothing', dict(actor=GJ, target='police', opt=True, note='implicit charge that the police let it happen')),
 ('The police then used water cannon and tear gas on the whole crowd', 'COERCE', 'used water cannon and tear gas', dict(actor='police|Albanian police', target='crowd|protesters', loc='Tirana', date=N(23), also=['ASSAULT'])),
 ('The health ministry says 19 protesters and 12 police officers were hurt', 'ASSAULT', 'hurt', dict(target='protesters|police officers', loc='Tirana', date=N(23), injured=31, fact='reported', opt=True, note='toll of the clashes, not one act')),
 ('Only after midnight did the police pull their units back to the Interior Ministry', 'RETREAT', 'pull their units back', dict(actor='police|Albanian police', loc='Tirana|Interior Ministry', date=N(24), note='after midnight of Monday night')),
 ('an officer kicking a handcuffed boy on the ground near the Skanderbeg Square', 'ASSAULT', 'kicking', dict(actor='officer|police officer|police', target='handcuffed boy|boy|protester', loc='Skanderbeg Square|Tirana', note='on video; the day is implied (Monday night), not stated')),
 ('The interior ministry says that officer was suspended on Tuesday', 'SANCTION', 'suspended', dict(actor='interior ministry|Interior Ministry|police|government', target='officer|police officer', date=N(24), fact='reported', also=['COERCE'])),
 ('Suspended, with pay. That is not justice.', 'REJECT', 'not justice', dict(actor=GJ, target='interior ministry|government', also=['ACCUSE'], note='the response called insufficient')),
 ('Thirty-four people were arrested on Monday night', 'COERCE', 'arrested', dict(actor='police|Albanian police', target='people|protesters', loc='Tirana', date=N(23), arrested=34)),
 ('the court in Tirana released twenty of them on Tuesday', 'CONCEDE', 'released', dict(actor='court in Tirana|court', target='people|protesters|detainees', loc='Tirana', date=N(24), also=['RETREAT'])),
 ('The prime minister called Monday\'s events "political terrorism" and accused your leadership', 'ACCUSE', 'accused', dict(actor='prime minister|government', target='PD leadership|leadership|'+PD)),
 ('We reject the charge completely', 'REJECT', 'reject', dict(actor=GJ, target='prime minister|government')),
 ('This government is at war with its own citizens', 'ACCUSE', 'at war', dict(actor=GJ, target='government|prime minister|prosecutors', opt=True, note='a figurative charge against the government')),
 ('which arrested the mayor of Vau i Dejës on Thursday', 'COERCE', 'arrested', dict(actor='SPAK|Special Anti-Corruption Structure', target='mayor of Vau i Dejës|Gjon Marku|mayor', loc='Vau i Dejës', date=N(19), arrested=1)),
 ('was taken from his home at six in the morning', 'COERCE', 'taken', dict(actor='SPAK|Special Anti-Corruption Structure', target='Gjon Marku|mayor|mayor of Vau i Dejës', loc='Vau i Dejës', date=N(19), opt=True, note='the line-18 arrest told again')),
 ('on a charge about a road contract', 'COERCE', 'charge', dict(actor='SPAK|Special Anti-Corruption Structure|prosecutors', target='Gjon Marku|mayor', also=['ACCUSE'], opt=True, note='the charge behind the arrest (SCHEME_DECISIONS: charged is COERCE)')),
 ('We demand his release and a trial in Shkodër', 'REQUEST', 'demand', dict(actor=GJ, target='SPAK|government|prosecutors|authorities')),
 ('Your supporters blocked the Shkodër-Tirana highway at Bushat on Tuesday', 'PROTEST', 'blocked', dict(actor='supporters|PD supporters|farmers|young people|'+PD, target=GOV, loc='Bushat|Shkodër-Tirana highway|Shkodër', date=N(24))),
 ('Farmers and young people sat on the road, peacefully', 'PROTEST', 'sat on the road', dict(actor='Farmers|young people|supporters', target=GOV, loc='Bushat', date=N(24), opt=True, note='the Bushat blockade told again')),
 ('The police negotiated with them', 'CONSULT', 'negotiated', dict(actor='police', target='farmers|young people|supporters|protesters', loc='Bushat', date=N(24))),
 ('they left at dusk', 'RETREAT', 'left', dict(actor='farmers|young people|supporters|protesters', loc='Bushat', date=N(24), opt=True, note='protesters leaving after talks: type arguable')),
 ("Your party also boycotted Tuesday's session of parliament", 'PROTEST', 'boycotted', dict(actor=PD, target='parliament|majority|government', loc='parliament|Tirana', date=N(24))),
 ('We walked out before the vote on the budget', 'PROTEST', 'walked out', dict(actor=PD, target='parliament|majority|government', loc='parliament|Tirana', date=N(24), opt=True, note='the boycott told again')),
 ('we will not return to the chamber until the arrests stop', 'THREATEN', 'will not return', dict(actor=PD, target='government|majority', also=['PROTEST', 'REQUEST'], opt=True, note='a continued boycott tied to a demand: type arguable')),
 ('The Speaker and our group leader agreed on Tuesday evening to postpone the budget vote by a week', 'AGREE', 'agreed', dict(actor='Speaker|PD group leader|group leader', target='PD group leader|Speaker|'+PD, loc='parliament|Tirana', date=N(24), also=['CONCEDE'])),
 ('The EU delegation called on "all sides" to refrain from violence', 'REQUEST', 'called on', dict(actor='EU delegation|European Union delegation|European Union|EU', target='all sides|government|opposition')),
 ('The US embassy condemned the attack on the government building', 'ACCUSE', 'condemned', dict(actor='US embassy|United States embassy|United States', target='attackers|young men')),
 ('and we condemn it too', 'ACCUSE', 'condemn', dict(actor=GJ, target='attackers|young men')),
 ("Our colleagues in the European People's Party have expressed solidarity with us", 'SUPPORT', 'expressed solidarity', dict(actor="European People's Party|EPP", target=PD)),
 ('I met the German ambassador on Tuesday', 'CONSULT', 'met', dict(actor=GJ, target='German ambassador|Germany', loc='Tirana', date=N(24))),
 ('you personally attacked the prime minister in very harsh terms in parliament last week', 'ACCUSE', 'attacked', dict(actor=GJ, target='prime minister', loc='parliament|Tirana', week='2026-11-16', fact='reported', opt=True, note='verbal criticism ("I attacked his record")')),
 ('if Gjon Marku is not released by Christmas, we will block every road in the north', 'THREATEN', 'we will block every road', dict(actor=GJ, target='government|SPAK|authorities', note='conditional; the road blocks are its content')),
 ('We did it in 2019, when we gave up our seats in parliament', 'PROTEST', 'gave up our seats', dict(actor=PD, target='government|parliament', date='2019', also=['RETREAT'], opt=True, note='history')),
 ('January 2011, when four protesters were shot dead outside the same building', 'ASSAULT', 'shot dead', dict(target='protesters', loc='Tirana', date='2011-01', killed=4, opt=True, note='history')),
 ('I ask the government not to play with fire', 'REQUEST', 'ask', dict(actor=GJ, target='government|prime minister')),
 ('A: If he invites us without conditions, we will go', 'AGREE', 'we will go', dict(actor=GJ, target='prime minister|government', also=['CONSULT'], note='a conditional offer to talk (SCHEME_DECISIONS); no invitation yet')),
 ('He prefers to insult us on television', 'ACCUSE', 'insult', dict(actor='prime minister|government', target=PD, opt=True, note='habitual insults, undated; or Gjoka accusing the prime minister')),
], [
 ('the police, who were watching them for an hour', 'COERCE', 'negated police action ("did nothing")'),
 ('and it uses the prosecutors as its artillery', 'ASSAULT', 'figurative war and artillery'),
 ('his release and a trial in Shkodër', 'CONCEDE', 'requested release'),
 ('Nobody was arrested in Bushat', 'COERCE', 'negated arrest'),
 ('and nobody was hurt', 'ASSAULT', 'negated injury'),
 ('Critics say you personally attacked', 'ASSAULT', 'figurative (verbal) attack'),
 ('I attacked his record, not his person', 'ASSAULT', 'figurative (verbal) attack'),
 ('Are you planning more protests?', 'PROTEST', 'a question about plans'),
 ('The next national protest is called for 5 December', 'PROTEST', 'protest planned'),
 ('That is why I ask the government not to play with fire', 'ASSAULT', 'figurative'),
 ('Would you accept an invitation to talk with the prime minister?', 'CONSULT', 'hypothetical talks'),
])

# ---------------------------------------------------------------- 5. liveblog, Thursday 15 Oct 2026
def O(x): return '2026-10-%02d' % x
STU = "students|students' union|National University students' union|union|protesters"
POL = 'police|riot police|Rapid Intervention Unit|UIR|PNTL'
TL = 'government|Timor-Leste|prime minister|Timorese government'
build('liveblog_dili_evictions.txt', 'timestamped liveblog of a day of student protests in Dili (Timor-Leste) against evictions in Tasitolu: tear gas at parliament, arrests, a curfew, a suspension of demolitions', '2026-10-15', [
 ('tear gas at parliament', 'COERCE', 'tear gas', dict(actor=POL, target=STU, loc='Dili|parliament', date=O(15), also=['ASSAULT'], opt=True, note='headline restating line 25')),
 ('night curfew declared', 'COERCE', 'curfew declared', dict(actor='Council of Ministers|'+TL, target='residents', loc='Dili', date=O(15), opt=True, note='headline restating line 35')),
 ('Riot police fired tear gas at a student sit-in outside parliament this afternoon', 'COERCE', 'fired tear gas', dict(actor=POL, target=STU+'|student sit-in', loc='Dili|parliament', date=O(15), injured=17, also=['ASSAULT'], opt=True, note='key point restating line 25')),
 ('The government has declared a seven-day night curfew in Dili', 'COERCE', 'declared', dict(actor='government|Council of Ministers|Timor-Leste', target='residents', loc='Dili', date=O(15), opt=True, note='key point restating line 35')),
 ('Demolitions in Tasitolu have been suspended for thirty days', 'CONCEDE', 'suspended', dict(actor='Minister of State Administration|'+TL, target=STU+'|families|residents', loc='Tasitolu', date=O(15), also=['RETREAT'], opt=True, note='key point restating line 55')),
 ('a third day of protests against the eviction of about 400 families', 'PROTEST', 'protests', dict(actor=STU, target=TL, loc='Dili', opt=True, note='the protests of the two days before, in passing')),
 ('Police and municipal workers began demolishing the houses with bulldozers on Tuesday', 'COERCE', 'demolishing', dict(actor='Police|municipal workers|municipality|'+TL, target='families|houses|residents', loc='Tasitolu|Dili', date=O(13), note='the eviction')),
 ('says its members will march from Caicoli to the parliament at 10:00', 'PROTEST', 'will march', dict(actor=STU, target=TL+'|parliament', loc='Caicoli|Dili|parliament', date=O(15), fact='planned', opt=True, note='announced; held from 10:20')),
 ('on Wednesday evening police detained 23 students in Tasitolu', 'COERCE', 'detained', dict(actor='police|PNTL', target='students', loc='Tasitolu|Dili', date=O(14), arrested=23, fact='reported')),
 ('after stones were thrown at a bulldozer', 'PROTEST', 'stones were thrown', dict(target='bulldozer', loc='Tasitolu', date=O(14), also=['ASSAULT'], fact='reported', opt=True, note='passive, no agent stated')),
 ('Fourteen of them were released without charge overnight', 'CONCEDE', 'released', dict(actor='police|PNTL', target='students', loc='Tasitolu|Dili', also=['RETREAT'], fact='reported', note='"overnight": no single day; same police account')),
 ('The march has set off. About 3,000 people', 'PROTEST', 'march', dict(actor=STU+'|people', target=TL+'|parliament', loc='Dili|Caicoli', date=O(15))),
 ('Officers of the Rapid Intervention Unit (UIR) have blocked Avenida Presidente Nicolau Lobato', 'COERCE', 'blocked', dict(actor='Rapid Intervention Unit|UIR|police', target=STU+'|marchers', loc='Avenida Presidente Nicolau Lobato|Dili', date=O(15), also=['MOBILIZE'])),
 ('Students have sat down in front of the police line', 'PROTEST', 'sat down', dict(actor=STU, target=TL+'|police', loc='Dili|parliament', date=O(15), opt=True, note='the sit-in: the same protest as the march')),
 ('The union handed a petition to two opposition MPs', 'REQUEST', 'handed a petition', dict(actor="union|students' union|National University students' union|students", target='opposition MPs|parliament|'+TL, loc='Dili|parliament', date=O(15))),
 ('two opposition MPs who walked out to meet them', 'CONSULT', 'meet', dict(actor='opposition MPs|MPs', target=STU, loc='Dili|parliament', date=O(15), opt=True)),
 ('rejects the call to stop the demolitions', 'REJECT', 'rejects', dict(actor="prime minister's office|prime minister|government|Timor-Leste", target=STU, date=O(15))),
 ('promises that "every family will receive a new plot"', 'AGREE', 'promises', dict(actor="prime minister's office|prime minister|government|Timor-Leste", target='families|'+STU, date=O(15), also=['AID', 'CONCEDE'], note='a promise of plots, an offer (SCHEME_DECISIONS)')),
 ('FRETILIN, the main opposition party, says it "stands with the students"', 'SUPPORT', 'stands with', dict(actor='FRETILIN|opposition', target='students|'+STU, date=O(15))),
 ('accuses the government of "evicting the poor to please foreign contractors"', 'ACCUSE', 'accuses', dict(actor='FRETILIN|opposition', target=TL, date=O(15))),
 ('Police have fired tear gas at the sit-in', 'COERCE', 'fired tear gas', dict(actor=POL, target=STU+'|sit-in', loc='Dili|parliament|Government Palace', date=O(15), injured=17, also=['ASSAULT'], note='17 treated, three of them police officers (line 27)')),
 ('Some students threw stones and plastic bottles back at the police lines', 'PROTEST', 'threw stones', dict(actor='students|'+STU, target='police|police lines', loc='Dili|Government Palace', date=O(15), also=['ASSAULT'], note='a crowd fighting police (SCHEME_DECISIONS)')),
 ('gave first aid to about 30 others on the seafront', 'AID', 'gave first aid', dict(actor='Timor-Leste Red Cross|CVTL|Red Cross|Volunteers', target='protesters|students|people', loc='Farol|Dili|seafront', date=O(15))),
 ('says he died this morning, hours after he was struck by a police pick-up', 'ACCUSE', 'struck by a police pick-up', dict(actor='family|family of Januário Belo', target='police', date=O(15), opt=True, note='implicit: the family blames a police vehicle')),
 ('Police spokesperson Sebastião Lopes denied that any police vehicle had been involved', 'REJECT', 'denied', dict(actor='Police spokesperson|Sebastião Lopes|police', target='family|family of Januário Belo', date=O(15))),
 ('The President of the Republic has called on both sides', 'REQUEST', 'called on', dict(actor='President of the Republic|President|Timor-Leste', target='both sides|students|police|'+TL, date=O(15))),
 ("invited the union's leaders to the presidential palace tomorrow morning", 'AGREE', 'invited', dict(actor='President of the Republic|President', target="union's leaders|students' union|union|students", loc='presidential palace|Dili', date=O(15), also=['CONSULT'], note='an invitation to talks, an offer (SCHEME_DECISIONS); the meeting is tomorrow')),
 ('declared a curfew in Dili municipality from 22:00 to 05:00 for seven days', 'COERCE', 'declared a curfew', dict(actor='Council of Ministers|'+TL, target='residents', loc='Dili', date=O(15))),
 ('Gatherings of more than ten people are banned for the same period', 'COERCE', 'banned', dict(actor='Council of Ministers|'+TL, target='residents|'+STU, loc='Dili', date=O(15), opt=True, note='part of the same decision')),
 ('The UIR trucks have pulled back about 200 metres towards Colmera', 'RETREAT', 'pulled back', dict(actor='UIR|Rapid Intervention Unit|police', loc='Colmera|Dili', date=O(15))),
 ('says it has put two companies on standby at the Metinaro barracks', 'MOBILIZE', 'put two companies on standby', dict(actor='army|F-FDTL|Timor-Leste armed forces', loc='Metinaro|Metinaro barracks', date=O(15), fact='reported')),
 ('The Dili police commander warned', 'THREATEN', 'warned', dict(actor='Dili police commander|police commander|police', target='anyone|residents|curfew violators', loc='Dili', date=O(15))),
 ('a FRETILIN MP calls the curfew "a war on our own children"', 'ACCUSE', 'calls', dict(actor='FRETILIN MP|FRETILIN', target=TL+'|Council of Ministers', date=O(15))),
 ('Students are leaving the avenue', 'RETREAT', 'leaving', dict(actor=STU, loc='Dili|Avenida Presidente Nicolau Lobato', date=O(15), opt=True, note='a protest ending: type arguable')),
 ('would come back on Monday unless the demolitions are stopped', 'THREATEN', 'would come back', dict(actor="union's president|union|students' union|students", target=TL, date=O(15))),
 ("Police say they arrested 41 people during the afternoon, including the union's vice-president", 'COERCE', 'arrested', dict(actor='Police|PNTL|police', target="people|protesters|students|union's vice-president", loc='Dili', date=O(15), arrested=41, fact='reported')),
 ('a water-cannon truck was "attacked and set on fire" near Colmera', 'PROTEST', 'attacked and set on fire', dict(target='water-cannon truck|police', loc='Colmera|Dili', date=O(15), fact='reported', also=['ASSAULT'], opt=True, note='police claim, not verified by the blog')),
 ('The Archbishop of Dili urged the government', 'REQUEST', 'urged', dict(actor='Archbishop of Dili|Catholic Church|Church', target=TL, date=O(15))),
 ('offered the Church as a mediator', 'AGREE', 'offered', dict(actor='Archbishop of Dili|Catholic Church|Church', target=TL+'|'+STU, date=O(15), also=['CONSULT'], note='an offer to mediate (SCHEME_DECISIONS)')),
 ('fighting between police and army units drove thousands from their homes', 'ASSAULT', 'fighting', dict(actor='police|army units|army', target='army units|police', loc='Dili|Timor-Leste', date='2006', opt=True, note='history: the 2006 crisis')),
 ('about 200 students held a candlelit vigil in solidarity', 'PROTEST', 'vigil', dict(actor='students', target=TL, loc='Baucau', date=O(15), also=['SUPPORT'])),
 ('the Minister of State Administration has announced that demolitions in Tasitolu are suspended', 'CONCEDE', 'suspended', dict(actor='Minister of State Administration|'+TL, target=STU+'|families|residents', loc='Tasitolu|Dili', date=O(15), also=['RETREAT'])),
 ('Student leaders called it "a first victory"', 'SUPPORT', 'called', dict(actor='Student leaders|students|'+STU, target='Minister of State Administration|'+TL, date=O(15), opt=True, note='welcome of the suspension: type arguable')),
], [
 ('dozens ran towards the seafront at Farol', 'RETREAT', 'protesters fleeing tear gas, not a withdrawal'),
 ('police had fired rubber bullets', 'ASSAULT', 'corrected: only tear gas, no rubber bullets used'),
 ('at a checkpoint on the Hera road on Wednesday night', 'ASSAULT', 'a road death, disputed (police say a motorbike hit him), not an attack'),
 ('"Not unless the police ask us, and nobody has asked."', 'MOBILIZE', 'negated, conditional patrols'),
 ('Asked whether soldiers would patrol tonight', 'REQUEST', 'negated request ("nobody has asked")'),
 ('"will be detained and taken to court"', 'COERCE', 'content of a warning'),
 ('"a war on our own children"', 'ASSAULT', 'figurative war'),
 ('"going home today, not giving up"', 'PROTEST', 'conditional return on Monday inside a threat'),
 ('a halt to the demolitions and compensation for every family', 'CONCEDE', 'requested, not granted at that point'),
 ("The president's meeting with the students is still scheduled", 'CONSULT', 'meeting planned'),
 ('drove thousands from their homes', 'RETREAT', 'civilians displaced (2006), not a withdrawal'),
])
