"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the eleventh blind events test set), made BEFORE any tool ran on the text. "
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

# ---------------------------------------------------------------- 1. wire, published Friday 18 Sep 2026
def S(x): return '2026-09-%02d'%x
Tu,We,Th=S(15),S(16),S(17)
build('wire_ouham_pende.txt','wire story on a 3R rebel attack on Bocaranga in Ouham-Pendé prefecture (north-western Central African Republic) and the army\'s response','2026-09-18',[
 ('At least 19 people were killed when fighters of the 3R rebel group attacked the town of Bocaranga','ASSAULT','attacked',dict(actor='3R|fighters of the 3R rebel group|3R rebel group|rebels',target='Bocaranga|residents|town',loc='Bocaranga|Ouham-Pendé|Central African Republic',date=Tu,killed=19,injured=23,fact='reported',note='toll revised from eleven (army, Wednesday) to 19 (local official, Friday); 23 wounded in the next sentence, four of them peacekeepers')),
 ('storming a gendarmerie post and the sub-prefect','ASSAULT','storming',dict(actor='rebels|3R',target='gendarmerie post|gendarmes|sub-prefect',loc='Bocaranga',date=Tu,killed=7,opt=True,fact='reported',note='part of the main attack; the seven gendarmes are among the 19 dead')),
 ('was seized by the gunmen and held for two days','ASSAULT','seized',dict(actor='gunmen|3R|rebels',target='sub-prefect|Jean-Bosco Yakité',loc='Bocaranga',date=Tu,also=['COERCE'],note='hostage-taking by a non-state group: ASSAULT also COERCE; passive')),
 ('he was freed on Thursday','CONCEDE','freed',dict(actor='3R|gunmen|rebels',target='sub-prefect|Jean-Bosco Yakité',loc='Bocaranga',date=Th,also=['RETREAT'],fact='reported',note='passive; release of a hostage')),
 ('Catholic priests from the diocese of Bouar negotiated with the group','CONSULT','negotiated',dict(actor='Catholic priests|diocese of Bouar|priests',target='3R|the group|rebels',loc='Bouar|Bocaranga',fact='reported',note='mediation; day not fixed (before the Thursday release)')),
 ("his nephew was shot dead in front of the family's shop",'ASSAULT','shot dead',dict(actor='rebels|3R|gunmen',target='nephew',loc='Bocaranga',date=Tu,killed=1,opt=True,fact='reported',note="a witness's account of one killing within the main attack")),
 ('launched a counter-attack on Wednesday morning','ASSAULT','counter-attack',dict(actor='Central African Armed Forces|FACA|army|soldiers|Russian instructors',target='rebels|3R',loc='Bocaranga|Ouham-Pendé',date=We,fact='reported')),
 ('drove the rebels out of Bocaranga by the afternoon','RETREAT','drove the rebels out',dict(actor='rebels|3R',loc='Bocaranga',date=We,opt=True,fact='reported',note='forced withdrawal, the other face of the counter-attack')),
 ('A helicopter gunship fired on a rebel column near De Gaulle','ASSAULT','fired on',dict(actor='helicopter gunship|army|FACA|Central African Armed Forces',target='rebel column|rebels|3R',loc='De Gaulle|Ouham-Pendé',date=We,fact='reported',note='"late on Wednesday"')),
 ('On Thursday troops retook Koui','ASSAULT','retook',dict(actor='troops|FACA|army|Central African Armed Forces',target='3R|rebels|terrorists',loc='Koui|Ouham-Pendé|Central African Republic',date=Th,killed=33,injured=5,fact='reported',note='"around thirty terrorists" plus three soldiers killed (the soldiers in a later sentence); five soldiers wounded')),
 ('signed a peace agreement with the government in February 2019','AGREE','signed',dict(actor='3R|armed groups',target='government|Central African Republic',date='2019-02',opt=True,note='background')),
 ('its fighters had "withdrawn in good order" from Koui','RETREAT','withdrawn',dict(actor='3R|fighters|rebels',loc='Koui',fact='reported',note="the rebels' own account of losing Koui; the statement gives no day")),
 ('It accused the army and "Russian mercenaries" of killing Fulani herders','ACCUSE','accused',dict(actor='3R',target='army|FACA|Russian mercenaries|Russians')),
 ('killing Fulani herders and burning their camps','ASSAULT','killing',dict(actor='army|FACA|Russian mercenaries',target='Fulani herders|herders',loc='Bozoum|Ouham-Pendé',opt=True,fact='reported',note='alleged content of an accusation, denied by the army')),
 ('The army rejected the accusation','REJECT','rejected',dict(actor='army|FACA|Ngakola',target='3R')),
 ('12 suspected rebel informants had been arrested in Bocaranga on Thursday','COERCE','arrested',dict(actor='army|FACA|soldiers',target='suspected rebel informants|informants',loc='Bocaranga',date=Th,arrested=12,fact='reported',note='passive')),
 ('imposed a dusk-to-dawn curfew in the sub-prefectures of Bocaranga, Koui and Ngaoundaye','COERCE','imposed',dict(actor='government|Central African Republic',target='residents|Bocaranga|Koui|Ngaoundaye',loc='Bocaranga|Koui|Ngaoundaye|Ouham-Pendé',date=We)),
 ('banned motorcycle traffic throughout Ouham-Pendé','COERCE','banned',dict(actor='government|Central African Republic',target='residents|motorcycles|rebels',loc='Ouham-Pendé',date=We,note='same sentence as the Wednesday curfew')),
 ('A government spokesman in Bangui accused "foreign mercenaries"','ACCUSE','accused',dict(actor='government spokesman|government|Central African Republic',target='foreign mercenaries|mercenaries|Cameroon',loc='Bangui')),
 ("the foreign ministry summoned Cameroon's ambassador on Thursday",'ACCUSE','summoned',dict(actor='foreign ministry|Central African Republic|government',target="Cameroon|Cameroon's ambassador|ambassador",loc='Bangui',date=Th,also=['PROTEST'])),
 ('Yaoundé rejected any suggestion of complicity','REJECT','rejected',dict(actor='Yaoundé|Cameroon',target='Central African Republic|government|Bangui')),
 ('it had sent troops of its Rapid Intervention Battalion (BIR)','MOBILIZE','sent',dict(actor="Cameroon|Cameroon's defence ministry|Rapid Intervention Battalion|BIR",loc='Touboro|Cameroon',fact='reported',note='day not given')),
 ('MINUSCA, condemned the attack on its base in Bocaranga','ACCUSE','condemned',dict(actor='MINUSCA|UN peacekeeping mission|United Nations|UN',target='3R|rebels')),
 ('the attack on its base in Bocaranga','ASSAULT','attack',dict(actor='3R|rebels',target='MINUSCA|UN base|peacekeepers',loc='Bocaranga',date=Tu,opt=True,note='part of the main attack, restated in a condemnation')),
 ('called on the 3R to "immediately cease hostilities','REQUEST','called on',dict(actor='MINUSCA|UN peacekeeping mission|United Nations|UN',target='3R')),
 ('It denied reports that its peacekeepers had abandoned','REJECT','denied',dict(actor='MINUSCA|UN',target='reports|critics',note='denial of reports; the withdrawal itself is a trap')),
 ('Peacekeepers evacuated 37 aid workers from the town to Bouar by helicopter on Wednesday','AID','evacuated',dict(actor='Peacekeepers|MINUSCA|UN',target='aid workers',loc='Bocaranga|Bouar',date=We,also=['COOPERATE'],note='evacuation and protection by peacekeepers')),
 ('The International Committee of the Red Cross said it had flown surgical supplies and two surgeons','AID','flown',dict(actor='International Committee of the Red Cross|ICRC|Red Cross',target='regional hospital|hospital|wounded',loc='Bouar',date=Th)),
 ('A 3R spokesman threatened to close the main road','THREATEN','threatened',dict(actor='3R spokesman|3R',target='government|army|FACA|Central African Republic',note='one statement: a road closure and a conditional "set ... on fire"')),
 ('several hundred displaced residents of Bocaranga marched to the prefecture on Thursday','PROTEST','marched',dict(actor='displaced residents|residents of Bocaranga|displaced people',target='state|government|prefect|authorities',loc='Bouar',date=Th)),
 ('to demand that the state protect their town','REQUEST','demand',dict(actor='displaced residents|residents',target='state|government|authorities',loc='Bouar',date=Th,also=['PROTEST'])),
 ('The prefect received a delegation','CONSULT','received',dict(actor='prefect',target='delegation|displaced residents',loc='Bouar',date=Th)),
 ('promised that a FACA company would be stationed','CONCEDE','promised',dict(actor='prefect',target='delegation|displaced residents',loc='Bouar',date=Th,opt=True,note='a promise answering the demand; the stationing itself is a trap')),
 ('In May 2019 3R fighters killed more than 40 villagers','ASSAULT','killed',dict(actor='3R|3R fighters',target='villagers',loc='Paoua|Ouham-Pendé',date='2019-05',opt=True,note='background')),
 ('tried to march on Bangui','ASSAULT','march',dict(actor='3R|rebel coalition',target='Bangui|government',loc='Bangui',date='2020-12',opt=True,note='background: the December 2020 offensive (a real attack, not a hypothetical)')),
 ('The 3R said it would not attend a new round of dialogue','REJECT','would not attend',dict(actor='3R',target='government|dialogue|Central African Republic')),
],[
 ('Our soldiers do not attack civilians','ASSAULT','negated, a general denial'),
 ('there would be no negotiation with','CONSULT','negated talks'),
 ('its peacekeepers had abandoned their positions during the assault','RETREAT','withdrawal denied'),
 ('"set the whole of Ouham-Pendé on fire"','ASSAULT','conditional violence in a threat'),
 ('close the main road linking Bangui to the Cameroonian port of Douala','COERCE','road closure threatened, not carried out'),
 ('a FACA company would be stationed in Bocaranga','MOBILIZE','promised deployment, not yet made'),
 ('due to open in Bangui on Oct. 5','CONSULT','dialogue planned for October (and a meeting being arranged)'),
])

# ---------------------------------------------------------------- 2. weekly round-up, published Saturday 7 Nov 2026 (items Sat 31 Oct - Fri 6 Nov, each dated)
def N(x): return '2026-11-%02d'%x
O31,O30='2026-10-31','2026-10-30'
build('roundup_west_africa.txt','weekly West Africa and Sahel security round-up, 23 dated one-paragraph items (Nigeria: Sokoto, Borno, Niger State; Benin: Alibori; Togo: Savanes; Ghana: Upper East; Burkina Faso; Mali: Kayes; AES; Niger: Tillabéri; Guinea: Conakry; Senegal: Casamance; Guinea-Bissau; Sierra Leone: Kenema; Liberia/Côte d\'Ivoire; US sanctions; WFP; ECOWAS; sport; next week)','2026-11-07',[
 ('Gunmen believed to belong to the Lakurawa group killed at least 13 villagers','ASSAULT','killed',dict(actor='Gunmen|Lakurawa|Lakurawa group',target='villagers|hamlets',loc='Kebbe|Sokoto|Nigeria',date=O31,killed=13,fact='reported',note='revised from an initial eight')),
 ('(ISWAP) fighters attacked a military base in Marte before dawn','ASSAULT','attacked',dict(actor='Islamic State West Africa Province|ISWAP|fighters',target='military base|army|soldiers|Nigerian army',loc='Marte|Borno|Nigeria',date=N(1),injured=2,note='two soldiers wounded, in a later sentence')),
 ('troops repelled the assault with air support','ASSAULT','repelled',dict(actor='troops|army|Nigerian army',target='ISWAP|insurgents',loc='Marte|Borno',date=N(1),opt=True,fact='reported',note='the defence of the base; "scores" killed, no number')),
 ('The fighters withdrew towards the Lake Chad islands','RETREAT','withdrew',dict(actor='ISWAP|fighters|Islamic State West Africa Province',loc='Marte|Lake Chad|Borno',date=N(1),fact='reported')),
 ('Seventeen bus passengers were abducted','ASSAULT','abducted',dict(actor='gunmen',target='bus passengers|passengers',loc='Kontagora|Mariga|Niger State|Nigeria',date=N(1),also=['COERCE'],note='kidnapping, passive; 17 abducted')),
 ('soldiers and local vigilantes had launched a rescue operation','MOBILIZE','launched',dict(actor='soldiers|local vigilantes|police',loc='Kontagora|Mariga|Niger State',opt=True,fact='reported',note='follow-up operation; type arguable')),
 ('attacked an army post near Karimama','ASSAULT','attacked',dict(actor="JNIM|Jama'at Nusrat al-Islam wal-Muslimin|Suspected fighters",target='army post|soldiers|Beninese army|Benin',loc='Karimama|Alibori|Benin|W National Park',date=N(2),killed=4)),
 ('troops had killed eleven attackers in a follow-up operation','ASSAULT','killed',dict(actor='troops|Beninese army|Benin|defence ministry',target='attackers|JNIM',loc='Karimama|Alibori|Benin',killed=11,fact='reported',note='"said on 3 Nov that troops had killed": only the statement is dated')),
 ('Beninese and Nigerien customs and security officials met in Malanville','CONSULT','met',dict(actor='Benin|Niger|Beninese officials|Nigerien officials',target='Niger|Benin|Nigerien officials|Beninese officials',loc='Malanville|Alibori|Benin',date=N(3))),
 ("Niamey's delegation refused to reopen its side",'REJECT','refused',dict(actor="Niamey|Niger|Niamey's delegation",target='Benin',loc='Malanville',date=N(3))),
 ('The government extended the state of emergency in the Savanes region','COERCE','extended',dict(actor='government|Togo|Togolese government',target='Savanes|residents',loc='Savanes|Togo',date=O31)),
 ('gunmen killed two gendarmes in an attack on their post in Kpendjal prefecture','ASSAULT','killed',dict(actor='gunmen',target='gendarmes|gendarmerie post',loc='Kpendjal|Savanes|Togo',date=O30,killed=2,note='"a day after" is backwards from the 31 Oct item: 30 Oct')),
 ('Police imposed a 6 p.m.-to-6 a.m. curfew on Bawku','COERCE','imposed',dict(actor='Police|Ghana Police',target='Bawku|residents',loc='Bawku|Upper East|Ghana',date=N(1))),
 ('overnight clashes between rival chieftaincy factions left five people dead','ASSAULT','clashes',dict(actor='chieftaincy factions|rival factions|factions',target='chieftaincy factions|rival factions|factions|police constable',loc='Bawku|Upper East|Ghana',date=N(1),killed=5,note='"overnight" before the 1 Nov curfew')),
 ('The Ghana Armed Forces said it had sent an additional 300 soldiers','MOBILIZE','sent',dict(actor='Ghana Armed Forces|army|Ghana',loc='Bawku|Upper East',fact='reported',note='day not given')),
 ('The interior minister held separate meetings with leaders of the two factions in Bolgatanga','CONSULT','held separate meetings',dict(actor='interior minister|Ghana|government',target='faction leaders|leaders of the two factions|factions',loc='Bolgatanga|Upper East|Ghana',date=N(2))),
 ('urged them to respect a ceasefire','REQUEST','urged',dict(actor='interior minister|Ghana|government',target='faction leaders|factions',loc='Bolgatanga',date=N(2))),
 ('JNIM fighters ambushed a supply convoy','ASSAULT','ambushed',dict(actor='JNIM|JNIM fighters',target='supply convoy|Volunteers for the Defence of the Homeland|VDP|civilian drivers',loc='Ouahigouya|Nord|Burkina Faso',date=N(3),killed=20,fact='reported',note='"at least 20 VDP members and several civilian drivers": 20 is the stated figure')),
 ('The Superior Council of Communication suspended a French international radio station','COERCE','suspended',dict(actor='Superior Council of Communication|Burkina Faso|CSC',target='French international radio station|radio station',loc='Burkina Faso',date=N(5),also=['SANCTION'])),
 ('which it called "terrorist propaganda"','ACCUSE','called',dict(actor='Superior Council of Communication|Burkina Faso',target='radio station',opt=True,note='the charge behind the suspension')),
 ("Burkina Faso's security minister accused Côte d'Ivoire",'ACCUSE','accused',dict(actor="Burkina Faso's security minister|Burkina Faso|security minister",target="Côte d'Ivoire|Ivory Coast",date=N(4))),
 ('an Ivorian government spokesman dismissed the claim','REJECT','dismissed',dict(actor="Ivorian government spokesman|Côte d'Ivoire|Ivorian government",target='Burkina Faso',date=N(5),note='"the next day" after 4 Nov')),
 ('JNIM fighters set fire to at least 14 fuel tankers','ASSAULT','set fire',dict(actor='JNIM|JNIM fighters',target='fuel tankers|drivers',loc='Diéma|Nioro du Sahel|Kayes|Mali',date=N(2),killed=2,fact='reported',note='two drivers killed, in the next clause')),
 ('The army said its aircraft struck a JNIM logistics base near Diéma on 4 Nov','ASSAULT','struck',dict(actor='army|Malian army|Mali|aircraft',target='JNIM|JNIM logistics base',loc='Diéma|Kayes|Mali',date=N(4),fact='reported')),
 ('met in Niamey and agreed to deploy','CONSULT','met',dict(actor='Alliance of Sahel States|AES|defence ministers|Mali|Burkina Faso|Niger',target='Alliance of Sahel States|AES|Mali|Burkina Faso|Niger',loc='Niamey|Niger',date=N(5))),
 ('agreed to deploy the first battalions','AGREE','agreed',dict(actor='Alliance of Sahel States|AES|defence ministers|Mali|Burkina Faso|Niger',target='Alliance of Sahel States|AES|Mali|Burkina Faso|Niger',loc='Niamey',date=N(5))),
 ("Russia's deputy defence minister attended and pledged",'SUPPORT','pledged',dict(actor="Russia|Russia's deputy defence minister",target='Alliance of Sahel States|AES|Mali|Burkina Faso|Niger',loc='Niamey',date=N(5))),
 ('Suspected Islamic State Sahel Province fighters killed nine soldiers in an ambush near Téra','ASSAULT','ambush',dict(actor='Islamic State Sahel Province|IS Sahel|fighters',target='soldiers|Nigerien army|Niger',loc='Téra|Tillabéri|Niger',date=N(6),killed=9)),
 ('"several dozen terrorists" were killed in air strikes that followed','ASSAULT','air strikes',dict(actor='Niger|Nigerien army|air force|defence ministry',target='terrorists|Islamic State Sahel Province|fighters',loc='Téra|Tillabéri|Niger',fact='reported',note='day not fixed; "several dozen": no number')),
 ('Security forces fired tear gas at opposition supporters','COERCE','fired tear gas',dict(actor='Security forces|police|Guinean security forces',target='opposition supporters|opposition',loc='Ratoma|Conakry|Guinea',date=N(3),also=['ASSAULT'])),
 ('opposition supporters gathering in Ratoma commune for a march','PROTEST','gathering',dict(actor='opposition supporters|opposition',target='government|authorities',loc='Ratoma|Conakry|Guinea',date=N(3),opt=True,note='a gathering for a banned march, dispersed before it began')),
 ('a march the authorities had banned','COERCE','banned',dict(actor='authorities|government|Guinea',target='opposition|march',loc='Conakry',opt=True,note='the ban behind the dispersal; day not given')),
 ('a 17-year-old was shot dead in Hamdallaye','ASSAULT','shot dead',dict(actor='Security forces|police|Guinean security forces',target='17-year-old|teenager',loc='Hamdallaye|Conakry|Guinea',date=N(3),killed=1,fact='reported',note="passive; the opposition's account, the shooter not named")),
 ('the government denied that its forces had used live ammunition','REJECT','denied',dict(actor='government|Guinea|Guinean government',target='opposition')),
 ('Troops destroyed two bases of a Movement of Democratic Forces of Casamance (MFDC) faction near Bignona','ASSAULT','destroyed',dict(actor='Troops|army|Senegalese army|Senegal',target='MFDC|Movement of Democratic Forces of Casamance|MFDC faction',loc='Bignona|Ziguinchor|Casamance|Senegal',date=N(4),fact='reported')),
 ('arrested six suspected fighters','COERCE','arrested',dict(actor='Troops|army|Senegalese army|Senegal',target='suspected fighters|MFDC',loc='Bignona|Ziguinchor|Casamance',date=N(4),arrested=6,fact='reported')),
 ('A soldier was killed on 5 Nov when his vehicle struck a landmine','ASSAULT','struck a landmine',dict(target='soldier|Senegalese army|army',loc='Ziguinchor|Casamance|Senegal',date=N(5),killed=1,note='landmine; who laid it is not said')),
 ('An ECOWAS mediation mission met the transitional military authorities in Bissau','CONSULT','met',dict(actor='ECOWAS|ECOWAS mediation mission',target='transitional military authorities|military authorities|Guinea-Bissau',loc='Bissau|Guinea-Bissau',date=N(5))),
 ('who agreed to release two detained opposition leaders','AGREE','agreed',dict(actor='transitional military authorities|military authorities|Guinea-Bissau',target='ECOWAS|ECOWAS mediation mission',loc='Bissau',date=N(5))),
 ('both were freed on 6 Nov','CONCEDE','freed',dict(actor='transitional military authorities|military authorities|Guinea-Bissau',target='opposition leaders',loc='Bissau|Guinea-Bissau',date=N(6),also=['RETREAT'])),
 ('Youths protesting against an electricity tariff increase blocked roads and burned tyres in Kenema','PROTEST','blocked roads',dict(actor='Youths|protesters',target='government|energy ministry|Sierra Leone',loc='Kenema|Sierra Leone',date=N(2))),
 ('police arrested 31 people','COERCE','arrested',dict(actor='police',target='people|protesters|Youths',loc='Kenema|Sierra Leone',date=N(2),arrested=31)),
 ('The energy ministry suspended the increase on 4 Nov','CONCEDE','suspended',dict(actor='energy ministry|Sierra Leone|government',target='protesters|Youths|consumers',date=N(4))),
 ("Liberian authorities handed over to Côte d'Ivoire four men",'COOPERATE','handed over',dict(actor='Liberian authorities|Liberia',target="Côte d'Ivoire|Ivory Coast",date=N(4),also=['COERCE'])),
 ('a cross-border raid last year on a village near Toulépleu','ASSAULT','raid',dict(target='village|villagers',loc="Toulépleu|Cavally|Côte d'Ivoire",date='2025',killed=3,opt=True,note='background; toll at the end of the sentence')),
 ('The US Treasury imposed sanctions on two ISWAP commanders','SANCTION','imposed sanctions',dict(actor='US Treasury|United States|Treasury',target='ISWAP commanders|ISWAP|money changer',date=N(6))),
 ('it accused of financing the group','ACCUSE','accused',dict(actor='US Treasury|United States',target='money changer|ISWAP',opt=True,note='the charge behind the sanctions')),
 ('The World Food Programme said it had delivered rations','AID','delivered',dict(actor='World Food Programme|WFP',target='displaced people|host families|refugees',loc='Kpendjal|Tône|Savanes|Togo',fact='reported',note='"said it had delivered": undated')),
 ('appealed for $12 million','REQUEST','appealed',dict(actor='World Food Programme|WFP',target='donors',date=N(4))),
 ('expressed "full solidarity" with Benin and Togo','SUPPORT','expressed',dict(actor='ECOWAS Commission|ECOWAS|president of the ECOWAS Commission',target='Benin|Togo',date=N(5))),
 ('called on the AES states to share intelligence','REQUEST','called on',dict(actor='ECOWAS Commission|ECOWAS|president of the ECOWAS Commission',target='AES|Alliance of Sahel States|Mali|Burkina Faso|Niger',date=N(5))),
 ('The Nigeria Labour Congress has threatened a nationwide general strike','THREATEN','threatened',dict(actor='Nigeria Labour Congress|NLC',target='state governments|government|Nigeria')),
],[
 ('Police said no arrests had been made','COERCE','negated arrests'),
 ('"security threats from Beninese territory"','THREATEN','a label, not a threat'),
 ('neither side has publicly accepted it','AGREE','negated acceptance of a ceasefire declared by a third party'),
 ('The government has not commented','REJECT','no comment is not a rejection'),
 ('deploy the first battalions of their unified force by January','MOBILIZE','deployment planned for January'),
 ('"pending consultations"','CONSULT','consultations announced, not held'),
 ('share intelligence on armed groups moving along their common borders','COOPERATE','intelligence-sharing requested, not done'),
 ('Niamey said it would "study" the request','AGREE','a promise to study is not agreement'),
 ("Nigeria's Super Eagles crushed Ghana 3-0",'ASSAULT','sports result'),
 ('a nationwide general strike from 11 Nov','PROTEST','strike threatened for 11 Nov, not begun'),
 ('ECOWAS heads of state are due to meet in Abuja on 14 Nov','CONSULT','summit planned for 14 Nov'),
])

# ---------------------------------------------------------------- 3. news analysis, published Tuesday 11 Aug 2026
def A(x): return '2026-08-%02d'%x
J31='2026-07-31'
build('analysis_gulf_of_honduras.txt','news analysis of a Belize-Guatemala-Honduras maritime standoff around the Sapodilla Cayes (Gulf of Honduras): detentions, seizures, protest notes, a ramming, deployments and pull-backs','2026-08-11',[
 ('a Belize Coast Guard patrol detained nine Guatemalan fishermen near Hunting Caye','COERCE','detained',dict(actor='Belize Coast Guard|Belize|coast guard patrol',target='Guatemalan fishermen|fishermen|Guatemala',loc='Hunting Caye|Sapodilla Cayes|Belize|Gulf of Honduras',date=J31,arrested=9)),
 ('seized their launch','COERCE','seized',dict(actor='Belize Coast Guard|Belize',target='Guatemalan fishermen|launch',loc='Hunting Caye|Sapodilla Cayes',date=J31,opt=True,note='seizure of the boat and catch, part of the detention')),
 ('two Guatemalan navy patrol boats had taken up station about a nautical mile off the cayes','MOBILIZE','taken up station',dict(actor='Guatemalan navy|Guatemala|navy',loc='Sapodilla Cayes|Hunting Caye|Gulf of Honduras',note='"Within two days": day not fixed')),
 ("Guatemala's foreign ministry had sent Belize a note of protest",'ACCUSE','note of protest',dict(actor="Guatemala|Guatemala's foreign ministry|foreign ministry",target='Belize',also=['PROTEST'],note='diplomatic protest note; day not fixed')),
 ("its foreign minister summoned Guatemala's ambassador",'ACCUSE','summoned',dict(actor="Belize|Belize's foreign minister|foreign minister",target="Guatemala|Guatemala's ambassador|ambassador",date=A(3),also=['PROTEST'])),
 ('the Belize Defence Force sent two patrol vessels and a platoon of soldiers','MOBILIZE','sent',dict(actor='Belize Defence Force|BDF|Belize',loc='Hunting Caye|Sapodilla Cayes',date=A(3),note='same sentence as the 3 Aug summons')),
 ('charged with fishing in a protected area and entering Belize illegally','ACCUSE','charged',dict(actor='Belize|prosecutors|police',target='fishermen|Guatemalan fishermen',loc='Punta Gorda|Toledo District',opt=True,note='the charges behind the detention')),
 ('Seven were released on bail on Aug. 5','CONCEDE','released',dict(actor="magistrate's court|court|Belize",target='fishermen|Guatemalan fishermen',loc='Punta Gorda|Toledo District|Belize',date=A(5),also=['RETREAT'])),
 ('a Honduran navy patrol intercepted a Belizean fishing skiff','COERCE','intercepted',dict(actor='Honduran navy|Honduras|navy patrol',target='Belizean fishing skiff|Belizean fishermen|crew|Belize',loc='Sapodilla Cayes|Puerto Cortés|Honduras|Gulf of Honduras',date=A(6),arrested=3,fact='reported',note='escorted to Puerto Cortés; three crew held overnight (count in the relative clause)')),
 ('fined for fishing "in Honduran waters without a permit"','SANCTION','fined',dict(actor='Honduras|Honduran authorities',target='crew|Belizean fishermen',loc='Puerto Cortés',also=['COERCE'],opt=True,fact='reported',note='a fine, part of the interception')),
 ('Belize lodged protests with both neighbours','ACCUSE','lodged protests',dict(actor='Belize',target='Guatemala|Honduras',also=['PROTEST'])),
 ('asked the Organization of American States','REQUEST','asked',dict(actor='Belize',target='Organization of American States|OAS')),
 ('The OAS agreed on Aug. 7 to send a team of naval observers','AGREE','agreed',dict(actor='OAS|Organization of American States',target='Belize',date=A(7))),
 ('then rammed it, injuring two coastguardsmen','ASSAULT','rammed',dict(actor='Guatemalan navy boat|Guatemalan navy|Guatemala',target='coast-guard vessel|Belize Coast Guard|coastguardsmen|Belize',loc='Lime Caye|Sapodilla Cayes|Gulf of Honduras',date=A(8),injured=2,fact='reported',note="the Belize Coast Guard's account, disputed by Guatemala; \"on Saturday\" = 8 Aug")),
 ('trained its mounted machine gun on a coast-guard vessel off Lime Caye','THREATEN','trained',dict(actor='Guatemalan navy boat|Guatemalan navy|Guatemala',target='coast-guard vessel|Belize Coast Guard|Belize',loc='Lime Caye|Sapodilla Cayes',date=A(8),opt=True,fact='reported',note='a show of force just before the ramming')),
 ('accusing Belizean boats of "harassing" its vessel','ACCUSE','accusing',dict(actor="Guatemala's defence ministry|Guatemala|defence ministry",target='Belizean boats|Belize|Belize Coast Guard')),
 ('it had manoeuvred only to avoid a collision','REJECT','manoeuvred only',dict(actor="Guatemala's defence ministry|Guatemala",target='Belize Coast Guard|Belize',opt=True,note='an implicit denial of the ramming')),
 ('called on Guatemala to withdraw its navy from the cayes','REQUEST','called on',dict(actor="Belize's prime minister|Belize|prime minister",target='Guatemala',date=A(9))),
 ("Guatemala's foreign minister rejected the demand within hours",'REJECT','rejected',dict(actor="Guatemala's foreign minister|Guatemala|foreign minister",target="Belize|Belize's prime minister",date=A(9))),
 ('The two foreign ministers spoke by telephone on Sunday evening','CONSULT','spoke by telephone',dict(actor='foreign ministers|Belize|Guatemala',target='Guatemala|Belize|foreign ministers',date=A(9))),
 ('met aboard a Mexican navy vessel','CONSULT','met',dict(actor="commander of Guatemala's Caribbean naval command|Guatemalan navy|Guatemala|Belize Coast Guard commandant",target='Belize Coast Guard commandant|Belize Coast Guard|Belize|Guatemalan navy|Guatemala',loc='Sarstoon River|Sarstoon',date=A(10))),
 ('They agreed to keep their boats at least two nautical miles apart','AGREE','agreed',dict(actor='Guatemalan navy|Belize Coast Guard|Guatemala|Belize|commanders',target='Belize Coast Guard|Guatemalan navy|Belize|Guatemala',loc='Sarstoon River|Sarstoon',date=A(10))),
 ('the Guatemalan patrol boats had withdrawn to their base at Santo Tomás de Castilla','RETREAT','withdrawn',dict(actor='Guatemalan navy|Guatemala|Guatemalan patrol boats',loc='Santo Tomás de Castilla|Sapodilla Cayes',date=A(10))),
 ('Belize ordered one of its two BDF vessels back to Belize City','RETREAT','ordered',dict(actor='Belize|BDF|Belize Defence Force',loc='Belize City|Hunting Caye|Sapodilla Cayes',date=A(10),note='same sentence as "By Monday evening"')),
 ('CARICOM foreign ministers declared their "unwavering support','SUPPORT','declared',dict(actor='CARICOM|CARICOM foreign ministers',target='Belize')),
 ('the US State Department urged both sides','REQUEST','urged',dict(actor='US State Department|United States|State Department',target='Belize|Guatemala|both sides')),
 ('Mexico offered to host a meeting','AGREE','offered',dict(actor='Mexico',target='Belize|Guatemala|Honduras',note='an offer to host talks (AGREE by convention); the meeting itself is a trap')),
 ("rejected Belize's protest over the skiff",'REJECT','rejected',dict(actor='Honduras|Honduran foreign ministry|foreign ministry',target='Belize',date=A(10),note='"said on Monday"; the saying is the rejection')),
 ('about 400 people marched to the waterfront on Saturday','PROTEST','marched',dict(actor='people|residents|protesters',target='government|Belize|Guatemala',loc='Punta Gorda|Toledo District|Belize',date=A(8))),
 ('demanding that the government post soldiers','REQUEST','demanding',dict(actor='people|protesters|residents',target='government|Belize',loc='Punta Gorda',date=A(8),also=['PROTEST'])),
 ("Guatemalan fishermen blocked the town's ferry dock for six hours on Monday",'PROTEST','blocked',dict(actor='Guatemalan fishermen|fishermen',target='Belize|Guatemala|government',loc='Livingston|Izabal|Guatemala',date=A(10))),
 ('to demand the release of the two men','REQUEST','demand',dict(actor='Guatemalan fishermen|fishermen',target='Belize|Guatemala|government',loc='Livingston',date=A(10),also=['PROTEST'])),
 ("Belize's fisheries department revoked the licences of 12 Guatemalan-owned boats",'SANCTION','revoked',dict(actor="Belize's fisheries department|fisheries department|Belize",target='Guatemalan-owned boats|Guatemalan boat owners|Guatemala',loc='Toledo District|Belize',date=A(7))),
 ("Guatemala's economy minister warned",'THREATEN','warned',dict(actor="Guatemala's economy minister|economy minister|Guatemala",target='Belize',note='conditional on the two fishermen not being freed')),
 ('voters in the two countries approved, in separate referendums in 2018 and 2019, sending the claim to the ICJ','AGREE','approved',dict(actor='voters|Belize|Guatemala',target='ICJ|International Court of Justice|Belize|Guatemala',opt=True,note='background')),
 ('Guatemalan naval vessels have repeatedly turned back Belizean patrols on the Sarstoon','COERCE','turned back',dict(actor='Guatemalan naval vessels|Guatemalan navy|Guatemala',target='Belizean patrols|Belize|BDF',loc='Sarstoon',opt=True,note='background, repeated since 2016')),
],[
 ('withdraw its navy from the cayes','RETREAT','withdrawal demanded (the withdrawal of Monday is coded on its own line)'),
 ("a meeting of the three countries' navies in Chetumal",'CONSULT','meeting offered, not held'),
 ('post soldiers on the cayes year-round','MOBILIZE','deployment demanded'),
 ('the release of the two men still held in Belize','CONCEDE','release demanded, not granted'),
 ('tighten inspections of Belizean goods at the Melchor de Mencos border crossing','SANCTION','conditional trade restriction in a warning'),
 ('a "war for the Sapodillas"','ASSAULT','figurative war, denied'),
 ('"to settle by force what the Court must settle by law"','COERCE','negated use of force'),
 ('had a nervous sailor opened fire','ASSAULT','hypothetical'),
 ('The foreign ministers are due to meet at the OAS in Washington on Aug. 24','CONSULT','meeting planned for 24 Aug'),
 ('a written protocol on patrols would do more','AGREE','hypothetical agreement'),
])

# ---------------------------------------------------------------- 4. news report, published Wednesday 24 Jun 2026
def J(x): return '2026-06-%02d'%x
build('report_calama_strike.txt','news report on a copper contract workers\' strike in northern Chile (Calama, El Loa; Route 25; Radomiro Tomic, Chuquicamata, El Teniente; Antofagasta and Mejillones ports; Santiago): blockades cleared, a deadly ramming, riot, state of emergency and curfew, solidarity strikes, a march, talks, a bonus deal, releases','2026-06-24',[
 ('lifted a night-time curfew in the northern mining city of Calama on Tuesday','CONCEDE','lifted',dict(actor="army|Chile's army|army general|Chile",target='Calama|residents',loc='Calama|El Loa|Antofagasta|Chile',date=J(23),also=['RETREAT'])),
 ('Codelco agreed to pay thousands of contract workers an end-of-conflict bonus','CONCEDE','agreed to pay',dict(actor='Codelco',target='contract workers|CTC|Confederation of Copper Workers|strikers',also=['AGREE'],note='"after ... agreed": the lead does not fix the day (the signed agreement is Tuesday)')),
 ('called the strike on June 15','PROTEST','called the strike',dict(actor='Confederation of Copper Workers|CTC|contract workers',target='Codelco',loc='Chuquicamata|Radomiro Tomic|Calama|Chile',date=J(15))),
 ('to demand a bonus equal to the one paid','REQUEST','demand',dict(actor='Confederation of Copper Workers|CTC|contract workers',target='Codelco',date=J(15),also=['PROTEST'])),
 ("Codelco's chairman called the stoppage",'ACCUSE','called',dict(actor="Codelco's chairman|Codelco",target='CTC|strikers|Confederation of Copper Workers',opt=True,note='criticism; the "attack" in it is figurative (trap)')),
 ('Strikers blocked Route 25 between Calama and Carmen Alto','PROTEST','blocked',dict(actor='Strikers|CTC|contract workers',target='Codelco|mines',loc='Route 25|Calama|Carmen Alto',date=J(16),note='"from June 16": the start of the blockade')),
 ('cleared the main blockade with tear gas and water cannon','COERCE','cleared',dict(actor='Carabineros|Carabineros special forces|police',target='Strikers|protesters|blockade',loc='Route 25|Calama',date=J(18),also=['ASSAULT'])),
 ('arrested 23 people, police said','COERCE','arrested',dict(actor='Carabineros|police',target='people|strikers|protesters',loc='Route 25|Calama',date=J(18),arrested=23,fact='reported')),
 ('a pickup truck drove into a barricade of burning tyres','ASSAULT','drove into',dict(actor='driver|supervisor|pickup truck',target='strikers|pickets|barricade|Cristián Araya',loc='Radomiro Tomic|Calama',date=J(19),killed=1,injured=3,note='victims in the next sentence, intent in the third ("accelerated deliberately"); "late on Friday"')),
 ('he was arrested at the scene','COERCE','arrested',dict(actor='police|Carabineros',target='driver|supervisor',loc='Radomiro Tomic|Calama',date=J(19),arrested=1)),
 ('charged with homicide','ACCUSE','charged',dict(actor='Prosecutors',target='driver|supervisor',opt=True,note='the charge')),
 ('Several hundred people attacked the main police station in the city centre','ASSAULT','attacked',dict(actor='people|rioters|protesters',target='police station|Carabineros|police',loc='Calama',date=J(20),injured=14,also=['PROTEST'],note='14 officers injured, in the next sentence')),
 ('looted two supermarkets','ASSAULT','looted',dict(actor='people|rioters',target='supermarkets',loc='Calama',date=J(20),also=['PROTEST'],opt=True,note='part of the riot')),
 ('41 people were detained','COERCE','detained',dict(actor='Carabineros|police',target='people|rioters',loc='Calama',date=J(20),arrested=41,note='passive')),
 ('the government declared a state of emergency in El Loa province','COERCE','declared',dict(actor='government|Chile',target='El Loa|residents',loc='El Loa|Calama|Antofagasta|Chile',date=J(21))),
 ('who imposed a curfew from 11 p.m. to 5 a.m.','COERCE','imposed',dict(actor='army general|army|Chile',target='residents|Calama',loc='Calama|El Loa',date=J(21))),
 ('Some 600 soldiers were deployed to guard the mines','MOBILIZE','deployed',dict(actor='soldiers|army|Chile',loc='Calama|El Loa',date=J(21),note='same Sunday')),
 ('accused the Carabineros of using "disproportionate force"','ACCUSE','accused',dict(actor='National Human Rights Institute|INDH',target='Carabineros|police',loc='Calama')),
 ('11 people injured by rubber pellets','ASSAULT','injured',dict(actor='Carabineros|police',target='people|protesters|15-year-old girl',loc='Calama',injured=11,opt=True,fact='reported',note='the injuries the accusation cites; undated')),
 ('The Carabineros rejected the accusation','REJECT','rejected',dict(actor='Carabineros|police',target='National Human Rights Institute|INDH')),
 ('The interior minister accused "violent groups with no connection to mining"','ACCUSE','accused',dict(actor='interior minister|government|Chile',target='violent groups')),
 ('filed a complaint under the State Security Law','ACCUSE','filed a complaint',dict(actor='government|interior minister|Chile',target='those responsible|attackers',opt=True,note='legal complaint; undated')),
 ('CTC leaders rejected the charge','REJECT','rejected',dict(actor='CTC leaders|CTC|Confederation of Copper Workers',target='interior minister|government')),
 ("Workers at Codelco's El Teniente mine near Rancagua and at the Chuquicamata smelter stopped work for 24 hours in solidarity",'PROTEST','stopped work',dict(actor='Workers|Codelco workers|El Teniente workers',target='Codelco|government',loc='El Teniente|Rancagua|Chuquicamata|Calama',date=J(22),also=['SUPPORT'])),
 ('dockworkers halted loading at the ports of Antofagasta and Mejillones','PROTEST','halted loading',dict(actor='dockworkers|port workers',target='Codelco|government',loc='Antofagasta|Mejillones',date=J(22),also=['SUPPORT'])),
 ('several thousand people marched along the Alameda towards La Moneda palace on Monday evening','PROTEST','marched',dict(actor='people|protesters|marchers',target='government|La Moneda|Chile',loc='Santiago|Alameda',date=J(22))),
 ('Police used water cannon when a group tried to break through a cordon','COERCE','used water cannon',dict(actor='Police|Carabineros',target='marchers|protesters|group',loc='Santiago',date=J(22),also=['ASSAULT'])),
 ('48 people were detained','COERCE','detained',dict(actor='Police|Carabineros',target='people|protesters',loc='Santiago',date=J(22),arrested=48,note='passive')),
 ("The global union federation IndustriALL and Peru's main miners' federation sent messages of solidarity",'SUPPORT','sent messages of solidarity',dict(actor="IndustriALL|Peru's main miners' federation",target='strikers|CTC|contract workers')),
 ('who on Saturday had asked the government to send in troops','REQUEST','asked',dict(actor="Calama's mayor|mayor",target='government|Chile',loc='Calama',date=J(20))),
 ("said the city supported the workers' demands",'SUPPORT','supported',dict(actor="Calama's mayor|mayor|Calama",target='workers|strikers|CTC')),
 ('Talks between Codelco executives and CTC leaders opened on Monday','CONSULT','Talks',dict(actor='Codelco|Codelco executives|CTC|CTC leaders',target='CTC|CTC leaders|Codelco|Codelco executives',loc='Santiago|labour ministry',date=J(22),note='mediated by the Labour Directorate')),
 ('the two sides signed an agreement','AGREE','signed',dict(actor='Codelco|CTC',target='CTC|Codelco',loc='Santiago',date=J(23),also=['CONCEDE'])),
 ('the CTC called off the strike','CONCEDE','called off',dict(actor='CTC|Confederation of Copper Workers',target='Codelco',date=J(23),also=['RETREAT'])),
 ('a court in Calama released 19 of the 23 people','CONCEDE','released',dict(actor='court|court in Calama',target='people|detainees|strikers',loc='Calama',date=J(24),also=['RETREAT'],note='released to night-time house arrest')),
 ("The CTC's branch in Antofagasta threatened to blockade the city's port again",'THREATEN','threatened',dict(actor="CTC's branch in Antofagasta|CTC",target='Codelco|employers')),
 ('said they would seek compensation for the days lost','REQUEST','seek compensation',dict(actor="truck drivers' unions|unions",target='Codelco|government',loc='Calama',opt=True,note='an announced demand: ambiguous between a request and a plan')),
 ('declared states of emergency and night curfews across much of the country','COERCE','declared',dict(actor='government|government of the day|Chile',target='residents|protesters',loc='Chile',date='2019-10',opt=True,note='background')),
 ('a 44-day strike at the privately owned Escondida mine','PROTEST','strike',dict(actor='Escondida workers|workers',target='Escondida',loc='Escondida|Antofagasta',date='2017',opt=True,note='background')),
],[
 ("an attack on the company's future",'ASSAULT','figurative attack'),
 ('they had not fired a single shot','ASSAULT','negated'),
 ('ruled out using troops to clear the remaining blockades','COERCE','negated use of force'),
 ('due to begin negotiating a new framework agreement in August','CONSULT','talks planned for August'),
 ("blockade the city's port again",'PROTEST','conditional blockade in a threat'),
 ("a war on the country's main industry",'ASSAULT','figurative war'),
])

# ---------------------------------------------------------------- 5. column, published Sunday 29 Nov 2026
build('column_culiacan.txt','opinion column on the Sinaloa cartel war in Culiacán and Mexico-US security relations: a massacre, a firefight, arrests, a prisoner transfer, sanctions, threats and a rejection, a diplomatic note, a march, deployments, aid; figurative bombardments and invasions, hypothetical drone strikes and tariffs, 2019 and 2023 history, a planned cabinet meeting','2026-11-29',[
 ('the people killed in Sinaloa between Monday and Saturday','ASSAULT','killed',dict(target='people',loc='Sinaloa|Mexico',killed=61,opt=True,note='a weekly aggregate, not one event')),
 ('The war between the two factions of the Sinaloa cartel began in September 2024','ASSAULT','war',dict(actor='Sinaloa cartel factions|factions|Sinaloa cartel',target='Sinaloa cartel factions|factions',loc='Sinaloa|Mexico',date='2024-09',opt=True,note='background; a real war, not a figurative one')),
 ('gunmen burst into a birthday party in the Tierra Blanca neighbourhood of Culiacán and opened fire','ASSAULT','opened fire',dict(actor='gunmen',target='birthday party|party guests|teenagers',loc='Tierra Blanca|Culiacán|Sinaloa|Mexico',date=N(24),killed=11,note='seven killed at once and four more died on Wednesday: toll 11 ("bringing the toll to eleven"); "Tuesday night"')),
 ('blaming the other for the massacre','ACCUSE','blaming',dict(actor='faction|one faction|Sinaloa cartel faction',target='other faction|the other|faction',loc='Culiacán',date=N(25),note='banners; "the next morning" after Tuesday night')),
 ('threatening any police officer','THREATEN','threatening',dict(actor='faction|one faction|Sinaloa cartel faction',target='police officer|police',loc='Culiacán',date=N(25))),
 ('soldiers killed eleven gunmen in a firefight near Navolato','ASSAULT','firefight',dict(actor='soldiers|army|Mexican army',target='gunmen',loc='Navolato|Sinaloa|Mexico',date=N(25),killed=11,injured=1,fact='reported',note='one soldier wounded, in the next clause')),
 ("the National Guard arrested a faction's regional boss in Mazatlán",'COERCE','arrested',dict(actor='National Guard',target="regional boss|faction's regional boss|bodyguards",loc='Mazatlán|Sinaloa|Mexico',date=N(25),arrested=3,note='the boss and two bodyguards')),
 ('Mexican and US security officials meeting in Washington','CONSULT','meeting',dict(actor='Mexican security officials|Mexico|US security officials|United States',target='United States|US security officials|Mexico|Mexican security officials',loc='Washington',date=N(23))),
 ('agreed to set up a joint cell','AGREE','agreed',dict(actor='Mexico|United States',target='United States|Mexico',loc='Washington',date=N(23))),
 ('the government sent 26 prisoners','COOPERATE','sent',dict(actor='government|Mexico|Mexican government',target='United States',date=N(26),also=['COERCE'],note='transfer of prisoners to the United States')),
 ("Washington's ambassador praised",'SUPPORT','praised',dict(actor="Washington's ambassador|US ambassador|United States",target='Mexico|government|Mexican government')),
 ('the US Treasury imposed sanctions on four Culiacán companies','SANCTION','imposed sanctions',dict(actor='US Treasury|United States|Treasury',target='Culiacán companies|companies',date=N(27))),
 ('told a congressional hearing that the United States "reserves the right to act"','THREATEN','reserves the right to act',dict(actor='State Department official|State Department|United States',target='Mexico|government|cartel laboratories',date=N(27),note='conditional threat of action')),
 ('two senators renewed their call for Congress','REQUEST','renewed their call',dict(actor='senators|two senators',target='Congress',date=N(27),opt=True,note='a repeated call')),
 ('Mexico "does not accept, and will never accept, any foreign intervention','REJECT','does not accept',dict(actor='president|Mexico|Mexican president',target='United States|State Department',note='the answer at a morning press conference: day not fixed')),
 ('sent a diplomatic note protesting against flights by US surveillance drones','ACCUSE','diplomatic note',dict(actor='foreign ministry|Mexico|Mexican foreign ministry',target='United States|US',also=['PROTEST'])),
 ('some 20,000 people, most of them dressed in white, marched through central Culiacán','PROTEST','marched',dict(actor='people|residents|marchers',target='state government|federal government|government',loc='Culiacán|Sinaloa',date=N(28))),
 ('to demand that the state and federal governments "give us back the streets"','REQUEST','demand',dict(actor='people|marchers|residents',target='state government|federal government|government',loc='Culiacán',date=N(28),also=['PROTEST'])),
 ('The governor met a delegation of mothers of the disappeared','CONSULT','met',dict(actor='governor|Sinaloa governor',target='mothers of the disappeared|delegation',loc='Culiacán',date=N(28))),
 ('agreed to their request to publish a weekly list','CONCEDE','agreed',dict(actor='governor|Sinaloa governor',target='mothers of the disappeared|delegation',loc='Culiacán',date=N(28),also=['AGREE'])),
 ('Another 800 soldiers and 200 National Guard officers arrived in Culiacán on Friday','MOBILIZE','arrived',dict(actor='soldiers|National Guard|army|defence ministry|Mexico',loc='Culiacán|Sinaloa',date=N(27),fact='reported')),
 ('gunmen who had occupied three hamlets withdrew on Thursday','RETREAT','withdrew',dict(actor='gunmen',loc='Tepuche|Culiacán|Sinaloa',date=N(26),fact='reported')),
 ('the state government and UNICEF handed out school kits and food parcels','AID','handed out',dict(actor='state government|UNICEF|Sinaloa government',target='displaced families',loc='Culiacán',date=N(25))),
 ("the city's business council called on the federal government",'REQUEST','called on',dict(actor="business council|city's business council|Culiacán business council",target='federal government',loc='Culiacán',date=N(25),note='same sentence as "On Wednesday"')),
 ('In October 2019 the army captured a son of the cartel','COERCE','captured',dict(actor='army',target="son of the cartel's jailed founder",loc='Culiacán',date='2019-10',opt=True,note='background')),
 ('released him within hours','CONCEDE','released',dict(actor='army',target="son of the cartel's jailed founder",loc='Culiacán',date='2019-10',also=['RETREAT'],opt=True,note='background')),
 ('gunmen laid siege to the city','ASSAULT','laid siege',dict(actor='gunmen|cartel gunmen',target='Culiacán|city',loc='Culiacán',date='2019-10',opt=True,note='background; a real siege, not figurative')),
 ('when soldiers seized him again in January 2023','COERCE','seized',dict(actor='soldiers|army',target="son of the cartel's jailed founder",loc='Culiacán',date='2023-01',opt=True,note='background')),
 ('29 people died in a day of fighting','ASSAULT','fighting',dict(loc='Culiacán',date='2023-01',killed=29,opt=True,note='background')),
 ('that its commerce secretary threatened last month','THREATEN','threatened',dict(actor='commerce secretary|United States',target='Mexico|tomato growers',date='2026-10',opt=True,note='background threat, "last month"')),
],[
 ('set up a joint cell in Mexico City to track fentanyl shipments','COOPERATE','joint cell agreed, not yet set up'),
 ('authorise drone strikes','ASSAULT','strikes requested, not carried out'),
 ('flights by US surveillance drones over the Sierra Madre','ASSAULT','surveillance flights, no strike'),
 ('Mexico has not been bombed','ASSAULT','negated'),
 ("\"an economic bombardment of Sinaloa's farmers\"",'ASSAULT','figurative bombardment'),
 ('send drones against a laboratory in the sierra','ASSAULT','hypothetical strike'),
 ('imposes the 30 per cent tariff on Mexican tomatoes','SANCTION','hypothetical tariff'),
 ("no one has been arrested for Tuesday's massacre",'COERCE','negated arrest'),
 ('The security cabinet is due to meet in Culiacán on Tuesday','CONSULT','meeting planned'),
])
