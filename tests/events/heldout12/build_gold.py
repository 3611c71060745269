"""Builds gold/*.json from the hand annotation below (line numbers are looked up from the unique anchor)."""
import json, os
here=os.path.dirname(os.path.abspath(__file__))
ABOUT=("Hand annotation of {f} ({g}, written for the twelfth blind events test set), made BEFORE any tool ran on the text. "
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


# ---------------------------------------------------------------- 1. wire, published Friday 16 Oct 2026
def O(x): return '2026-10-%02d'%x
Tu,We,Th,Fr=O(13),O(14),O(15),O(16)
KG='Kyrgyzstan|Kyrgyz government|Bishkek'; TJ='Tajikistan|Tajik government|Dushanbe'
build('wire_leilek_shelling.txt','wire story on cross-border shelling between Tajikistan and Kyrgyzstan in Leilek district (Batken region) and Isfara district (Sughd region), evacuations, diplomatic protests, a ceasefire and trade measures','2026-10-16',[
 ('At least nine people were killed when Tajik forces shelled villages','ASSAULT','shelled',dict(actor='Tajik forces|Tajikistan|Tajik troops',target='villages|residents|Kyrgyzstan',loc="Leilek|Leilek district|Kyrgyzstan's Leilek district|Kyrgyzstan|Kulundu|Maksat|Arka|Batken",date=We,killed=9,injured=26,fact='reported',note='toll raised from five to nine (health ministry, Friday); 26 wounded in the next sentence')),
 ('Shelling on Kyrgyz-Tajik border kills at least nine','ASSAULT','Shelling',dict(actor='Tajik forces|Tajikistan',target='villages|residents',loc='Leilek|Kyrgyzstan|Kyrgyz-Tajik border',date=We,killed=9,opt=True,note='headline restating the lead')),
 ('more than 14,000 evacuated from Leilek villages','AID','evacuated',dict(actor="emergencies ministry|Kyrgyzstan's emergencies ministry|Kyrgyzstan",target='villagers|residents|people',loc='Leilek',opt=True,note='headline restating line 5')),
 ('a clash between border guards at a water distribution point near the village of Kulundu','ASSAULT','clash',dict(actor='border guards|Kyrgyz border guards|Tajik border guards|Kyrgyzstan|Tajikistan',target='border guards|Tajik border guards|Kyrgyz border guards|Tajikistan|Kyrgyzstan',loc='Kulundu|Leilek|Leilek district',date=Tu,killed=1,injured=2,fact='reported',note='"on Tuesday evening"; one Kyrgyz guard killed, two Tajik guards wounded, in the next sentence')),
 ('Mortar rounds and rockets struck Kulundu, Maksat and Arka','ASSAULT','struck',dict(target='Kulundu|Maksat|Arka|houses|school',loc='Kulundu|Maksat|Arka',date=We,opt=True,fact='reported',note='restatement of the shelling in the lead')),
 ('it had evacuated more than 14,000 people from eleven villages along the frontier','AID','evacuated',dict(actor="Kyrgyzstan's emergencies ministry|emergencies ministry|Kyrgyzstan",target='people|villagers|residents',loc='Leilek|Isfana|Sulukta',date=Th,fact='reported',note='"by Thursday evening" (cumulative since Wednesday)')),
 ('accused Kyrgyz forces of opening fire first','ACCUSE','accused',dict(actor="officials in Tajikistan's Isfara district|Isfara officials|Tajik officials|Tajikistan",target='Kyrgyz forces|Kyrgyzstan',loc='Isfara')),
 ('a Kyrgyz drone had struck a fuel depot outside the enclave of Vorukh','ASSAULT','struck',dict(actor='Kyrgyz drone|Kyrgyz forces|Kyrgyzstan',target='fuel depot|civilians',loc='Vorukh|Isfara',date=We,killed=2,opt=True,fact='reported',note='alleged by Tajik officials and denied by Kyrgyz officials')),
 ('were moved to Isfara town by the Tajik border service','AID','moved',dict(actor='Tajik border service|Tajikistan',target='residents of Vorukh|residents|Chorkuh residents',loc='Vorukh|Chorkuh|Isfara',fact='reported',note='passive; an evacuation; no day given')),
 ('Kyrgyz officials denied using drones','REJECT','denied',dict(actor='Kyrgyz officials|Kyrgyzstan',target='Isfara officials|Tajik officials|Tajikistan')),
 ('Security Council on Thursday accused Dushanbe','ACCUSE','accused',dict(actor="Kyrgyzstan's Security Council|Security Council|"+KG,target=TJ,date=Th)),
 ('it was sending additional troops and armoured vehicles to the Batken region','MOBILIZE','sending',dict(actor="Kyrgyzstan|Kyrgyzstan's Security Council|Security Council",loc='Batken region|Batken|Kyrgyzstan',date=Th,fact='reported')),
 ('Columns of military lorries were seen on the Osh-Batken highway near Kadamjay','MOBILIZE','Columns of military lorries',dict(actor='Kyrgyzstan|army',loc='Kadamjay|Osh-Batken highway',date=Th,opt=True,fact='reported',note='witness detail of the deployment')),
 ("Tajikistan's foreign ministry summoned the Kyrgyz ambassador in Dushanbe",'ACCUSE','summoned',dict(actor="Tajikistan's foreign ministry|Tajik foreign ministry|"+TJ,target='Kyrgyz ambassador|'+KG,loc='Dushanbe',date=Th,also=['PROTEST'],note='with a note of protest')),
 ("Bishkek in turn summoned Tajikistan's charge d'affaires",'ACCUSE','summoned',dict(actor=KG,target="Tajikistan's charge d'affaires|charge d'affaires|"+TJ,loc='Bishkek',also=['PROTEST'],note='"in turn": day not stated')),
 ('demanded that Dushanbe "immediately withdraw"','REQUEST','demanded',dict(actor=KG,target=TJ)),
 ('Dushanbe rejected the demand','REJECT','rejected',dict(actor=TJ,target=KG)),
 ("The heads of the two countries' border services spoke by telephone late on Thursday",'CONSULT','spoke by telephone',dict(actor='heads of border services|Kyrgyz border service|Tajik border service|Kyrgyzstan|Tajikistan',target='Tajik border service|Kyrgyz border service|Tajikistan|Kyrgyzstan',date=Th)),
 ('agreed to a ceasefire from 8 a.m. on Friday','AGREE','agreed',dict(actor='heads of border services|Kyrgyzstan|Tajikistan|border services',target='Tajikistan|Kyrgyzstan',date=Th,fact='reported')),
 ('both sides had begun pulling armoured vehicles back from the Kulundu crossing','RETREAT','pulling armoured vehicles back',dict(actor='both sides|Kyrgyzstan|Tajikistan',loc='Kulundu|Kulundu crossing',date=Fr,fact='reported')),
 ('the Tajik side handed over the body of the dead Kyrgyz guard','COOPERATE','handed over',dict(actor='Tajik side|Tajikistan|Tajik border service',target='Kyrgyzstan|Kyrgyz border service',loc='Kyzyl-Bel|Kyzyl-Bel checkpoint',date=Fr,fact='reported',note='"on Friday morning"')),
 ('freed two Kyrgyz shepherds','CONCEDE','freed',dict(actor='Tajik side|Tajikistan|Tajik guards',target='Kyrgyz shepherds|shepherds|Kyrgyzstan',loc='Kyzyl-Bel|Vorukh',date=Fr,also=['RETREAT'],fact='reported')),
 ('its guards had detained near Vorukh on Tuesday','COERCE','detained',dict(actor='Tajik guards|Tajik border guards|Tajikistan',target='Kyrgyz shepherds|shepherds',loc='Vorukh',date=Tu,arrested=2,fact='reported',note='detention reported in a relative clause when the release is reported')),
 ('signed a border treaty in March 2025','AGREE','signed',dict(actor='Kyrgyzstan|Tajikistan',target='Tajikistan|Kyrgyzstan',date='2025-03',opt=True,note='background')),
 ('Clashes in April 2021 and September 2022 killed more than 100 people on both sides','ASSAULT','Clashes',dict(actor='Kyrgyzstan|Tajikistan',target='Tajikistan|Kyrgyzstan',loc='Fergana valley|Batken|Isfara',opt=True,note='background: two clashes in one phrase, no single date; toll shared')),
 ('urged "restraint and dialogue"','REQUEST','urged',dict(actor='Russia|Moscow',target='Kyrgyzstan|Tajikistan|both countries')),
 ('offered to host talks between the two governments in Moscow','AGREE','offered',dict(actor='Russia|Moscow',target='Kyrgyzstan|Tajikistan',note='an offer to host talks is AGREE (heldout10/11 convention); the talks themselves are a trap')),
 ('called for an independent investigation into the shelling of the school in Maksat','REQUEST','called for',dict(actor="European Union's special representative for Central Asia|EU special representative|European Union|EU",target='Kyrgyzstan|Tajikistan|authorities')),
 ('it stood "shoulder to shoulder with brotherly Kyrgyzstan"','SUPPORT','stood',dict(actor="Turkey|Turkey's foreign ministry",target='Kyrgyzstan')),
 ('several hundred women from the evacuated villages gathered outside the district administration','PROTEST','gathered',dict(actor='women|evacuees|women from the evacuated villages',target='district administration|authorities|district head',loc='Isfana',date=Fr)),
 ('to demand compensation for burned homes','REQUEST','demand',dict(actor='women|evacuees',target='district administration|authorities|district head',loc='Isfana',date=Fr,also=['PROTEST'])),
 ('The district head met representatives of the women','CONSULT','met',dict(actor='district head|district administration',target='women|representatives of the women|evacuees',loc='Isfana',date=Fr,fact='reported')),
 ('promised payments of 50,000 soms per household','CONCEDE','promised',dict(actor='district head|district administration',target='women|households|evacuees',loc='Isfana',date=Fr,opt=True,fact='reported',note='a promise answering the demand (optional, as the prefect\'s promise in heldout11)')),
 ('they had detained three men in Isfana on Thursday','COERCE','detained',dict(actor='Kyrgyz police|police',target='three men|men|suspects',loc='Isfana',date=Th,arrested=3,fact='reported')),
 ('opened a criminal case against a Tajik citizen for "mercenarism"','ACCUSE','opened a criminal case',dict(actor="prosecutor-general's office|Kyrgyzstan",target='Tajik citizen',opt=True,note='charges')),
 ('it had arrested a Kyrgyz national near Isfara','COERCE','arrested',dict(actor="Tajikistan's State Committee for National Security|State Committee for National Security|Tajikistan",target='Kyrgyz national',loc='Isfara',arrested=1,fact='reported')),
 ('closed the Kyzyl-Bel crossing to civilian traffic on Wednesday','SANCTION','closed',dict(actor='Kyrgyz government|'+KG,target=TJ+'|civilian traffic',loc='Kyzyl-Bel|Kyzyl-Bel crossing',date=We,also=['COERCE'],note='border closure is SANCTION (heldout8 convention)')),
 ('halted imports of Tajik fuel and fruit','SANCTION','halted imports',dict(actor='Kyrgyz government|'+KG,target=TJ,date=We)),
 ('suspending the transit of Kyrgyz lorries through its Sughd region','SANCTION','suspending',dict(actor=TJ,target=KG+'|Kyrgyz lorries|Kyrgyz exporters',loc='Sughd|Sughd region',date=Th)),
 ('it had delivered 40 tonnes of flour and cooking oil to evacuation centres','AID','delivered',dict(actor='World Food Programme|WFP',target='evacuation centres|evacuees|displaced people',loc='Isfana|Sulukta',date=Th)),
 ('set up a field kitchen at the Isfana sports school','AID','set up a field kitchen',dict(actor='Red Crescent Society of Kyrgyzstan|Red Crescent',target='evacuees|displaced people',loc='Isfana',note='day not fixed (joined to the WFP clause by "and")')),
 ('Uzbekistan sent ten lorries of tents and blankets','AID','sent',dict(actor='Uzbekistan|Uzbek emergencies ministry',target='Kyrgyzstan|evacuees',fact='reported')),
 ('warned on Friday that any violation of the ceasefire would be met with','THREATEN','warned',dict(actor="Kyrgyzstan's defence minister|defence minister|Kyrgyzstan",target=TJ,date=Fr)),
 ('reservists in the Batken region had been called up','MOBILIZE','called up',dict(actor="Kyrgyzstan|defence minister|defence ministry",loc='Batken region|Batken',fact='reported',note='passive; day not fixed')),
],[
 ('Another 3,000 people left on their own for Batken and Osh','RETREAT','civilians fleeing, not a withdrawal'),
 ('withdraw" heavy weapons from the frontier','RETREAT','demanded withdrawal'),
 ('By midday on Friday no firing had been reported','ASSAULT','negated'),
 ('talks between the two governments in Moscow','CONSULT','offered talks, not held'),
 ('its secretary general would travel to Bishkek and Dushanbe next week','CONSULT','visit planned'),
 ('would send field hospitals if asked','AID','conditional offer of aid'),
 ('a crushing response','ASSAULT','conditional force inside a threat'),
 ('"a war without end"','ASSAULT','figurative war'),
 ('due to meet in Khujand on Oct. 22','CONSULT','meeting planned'),
])

# ---------------------------------------------------------------- 2. situation report, issued Thursday 21 May 2026
def M(x): return '2026-05-%02d'%x
SNA='Somali National Army|SNA|Somali army'; SH='al-Shabaab|al-Shabaab fighters'; FGS='Federal Government|Somali government|Federal Government of Somalia|Somalia'
HC='Humanitarian Coordinator|UN|United Nations|OCHA'
build('sitrep_somalia_gu.txt','UN-style humanitarian situation report with numbered items on Gu-season floods and conflict in Somalia (Hiraan, Middle and Lower Shabelle, Gedo, Bakool, Bay, Middle Juba, Mogadishu): an attack on an army base and its recapture, an air strike, a blockade and a threat, a convoy attack, a militia checkpoint removed, an NGO suspension, evictions, a protest dispersed, deployments, relief and appeals','2026-05-21',[
 ('At least 20 people were killed when al-Shabaab fighters attacked a Somali National Army (SNA) base in Kurtunwaarey district','ASSAULT','attacked',dict(actor=SH,target='Somali National Army base|SNA base|SNA|soldiers',loc='Kurtunwaarey|Kurtunwaarey district|Lower Shabelle|Somalia',date=M(15),killed=20,note='highlight; detailed in item 7 (14 soldiers and six civilians)')),
 ('stormed the SNA base in Kurtunwaarey town using a vehicle-borne explosive device','ASSAULT','stormed',dict(actor=SH,target='SNA base|SNA|soldiers',loc='Kurtunwaarey',date=M(15),killed=20,opt=True,note='the highlighted attack restated in the body; toll in a later sentence')),
 ('retook the base on 16 May','ASSAULT','retook',dict(actor=SNA+'|AUSSOM|African Union Support and Stabilization Mission in Somalia',target=SH,loc='Kurtunwaarey|Lower Shabelle',date=M(16),note='SNA "supported by" AUSSOM troops')),
 ('A convoy of trucks contracted by a UN agency was attacked near Luuq','ASSAULT','attacked',dict(actor='unidentified gunmen|gunmen',target='convoy|trucks|drivers|UN agency',loc='Luuq|Gedo|Gedo region',date=M(18),also=['COERCE'],note='highlight, passive; detailed in item 11 (two drivers abducted)')),
 ('unidentified gunmen stopped a convoy of six trucks carrying food assistance near Luuq and abducted two drivers','ASSAULT','abducted',dict(actor='unidentified gunmen|gunmen',target='drivers|convoy',loc='Luuq|Gedo',date=M(18),also=['COERCE'],opt=True,note='the highlighted attack restated with detail')),
 ('One truck was set on fire','ASSAULT','set on fire',dict(actor='unidentified gunmen|gunmen',target='truck',loc='Luuq',date=M(18),opt=True,note='part of the convoy attack')),
 ('Partners urgently require US$ 41 million','REQUEST','require',dict(actor='Partners|humanitarian partners|'+HC,target='donors',opt=True,note='highlight restating the appeal in item 23')),
 ('ordered residents of the Kooshin and Hawo Taako neighbourhoods of Beledweyne to leave their homes','COERCE','ordered',dict(actor='Hirshabelle State authorities|Hirshabelle',target='residents',loc='Beledweyne|Kooshin|Hawo Taako|Hiraan',date=M(13),opt=True,note='a flood evacuation order: coercive in form, protective in purpose')),
 ('declared a state of emergency in Hiraan and Middle Shabelle on 15 May','COERCE','declared a state of emergency',dict(actor=FGS,target='Hiraan|Middle Shabelle',loc='Hiraan|Middle Shabelle',date=M(15),opt=True,note='a flood emergency, not a security measure: type arguable')),
 ('it requested international assistance for the flood response','REQUEST','requested',dict(actor=FGS,target='international community|donors|international partners',date=M(15),note='"The same day" = 15 May')),
 ('an air strike on a settlement near Jilib, Middle Juba, on 17 May killed at least five civilians','ASSAULT','air strike',dict(actor=FGS+'|international partners',target='settlement|civilians',loc='Jilib|Middle Juba',date=M(17),killed=5,fact='reported',note='reported by elders; the government says only militants were killed')),
 ("rejected the elders' account",'REJECT','rejected',dict(actor=FGS,target='Local elders|elders')),
 ('al-Shabaab has maintained a blockade of Xuddur town since March','COERCE','blockade',dict(actor=SH,target='Xuddur|Xuddur town|residents',loc='Xuddur|Bakool',note='an ongoing blockade; begun in March, no day')),
 ('the group warned traders that any truck found carrying goods into Xuddur would be burned','THREATEN','warned',dict(actor=SH+'|the group',target='traders',loc='Xuddur|Bakool',date=M(16))),
 ('AUSSOM withdrew its troops from a forward operating base at Buulo Mareer','RETREAT','withdrew',dict(actor='AUSSOM|African Union Support and Stabilization Mission in Somalia|African Union',loc='Buulo Mareer|Lower Shabelle',date=M(19),note='handed over to the SNA; a planned reconfiguration, carried out')),
 ('al-Shabaab denied any involvement','REJECT','denied',dict(actor=SH,target='accusations|convoy attack',date=M(19))),
 ('A clan militia which had set up a checkpoint on the Beledweyne-Jalalaqsi road on 12 May','COERCE','set up a checkpoint',dict(actor='clan militia|militia',target='vehicles|travellers|drivers',loc='Beledweyne-Jalalaqsi road|Beledweyne|Jalalaqsi|Hiraan',date=M(12),note='an extortion checkpoint')),
 ('demanding payment from every vehicle','REQUEST','demanding',dict(actor='clan militia|militia',target='vehicles|drivers',loc='Beledweyne-Jalalaqsi road',opt=True,note='the purpose of the checkpoint')),
 ('removed it on 17 May','CONCEDE','removed',dict(actor='clan militia|militia',target='Hiraan elders|district commissioner|travellers',loc='Beledweyne-Jalalaqsi road|Jalalaqsi',date=M(17),also=['RETREAT'])),
 ('after negotiations led by Hiraan elders and the district commissioner of Jalalaqsi','CONSULT','negotiations',dict(actor='Hiraan elders|elders|district commissioner of Jalalaqsi|district commissioner',target='clan militia|militia',loc='Jalalaqsi|Hiraan',note='mediation; day not fixed (before 17 May)')),
 ('suspended the operations of two national NGOs in Gedo region','SANCTION','suspended',dict(actor='Jubaland State Ministry of Interior|Jubaland|Jubaland administration',target='national NGOs|NGOs',loc='Gedo|Gedo region|Bardhere',date=M(17))),
 ('accusing them of diverting food assistance in Bardhere','ACCUSE','accusing',dict(actor='Jubaland State Ministry of Interior|Jubaland|Jubaland administration',target='national NGOs|NGOs',loc='Bardhere|Gedo',date=M(17))),
 ('The Humanitarian Coordinator calls on all parties to the conflict','REQUEST','calls on',dict(actor=HC,target='parties to the conflict|all parties|al-Shabaab|SNA',note='present tense in the report; no day')),
 ('Partners recorded the eviction of 3,400 households from displacement sites in Kahda and Dayniile districts','COERCE','eviction',dict(actor='people claiming ownership of the land|landowners',target='households|displaced families|displaced people',loc='Kahda|Dayniile|Mogadishu',note='between 10 and 19 May: a span across two weeks, no date; actor in the next sentence')),
 ("several hundred displaced people protested outside the district commissioner's office in Baidoa",'PROTEST','protested',dict(actor='displaced people|protesters',target="district commissioner|district commissioner's office|authorities",loc='Baidoa|Bay',date=M(19))),
 ('They demanded that registration lists be published','REQUEST','demanded',dict(actor='displaced people|protesters',target="district commissioner|authorities",loc='Baidoa',date=M(19),also=['PROTEST'])),
 ('Police fired in the air to disperse the crowd','COERCE','fired in the air',dict(actor='Police',target='crowd|displaced people|protesters',loc='Baidoa',date=M(19),injured=2,note='two injured in the ensuing stampede')),
 ('five protesters were detained','COERCE','detained',dict(actor='Police',target='protesters',loc='Baidoa',date=M(19),arrested=5,note='passive')),
 ('They were released without charge the next day','CONCEDE','released',dict(actor='Police|authorities',target='protesters',loc='Baidoa',date=M(20),also=['RETREAT'],note='passive; "the next day" = 20 May')),
 ('SNA troops deployed to Beledweyne on 14 May','MOBILIZE','deployed',dict(actor=SNA,loc='Beledweyne|Hiraan',date=M(14),note='a flood deployment')),
 ('used boats to rescue about 1,900 people trapped by floodwaters','AID','rescue',dict(actor='Somali Disaster Management Agency|SoDMA',target='people|residents|flood victims',loc='Beledweyne',week='2026-05-11',note='between 14 and 16 May: week precision')),
 ('WFP distributed food assistance to 64,000 people in Beledweyne, Bulo Burte and Jowhar','AID','distributed',dict(actor='WFP|World Food Programme',target='people|flood-affected people',loc='Beledweyne|Bulo Burte|Jowhar',note='between 15 and 20 May: spans two weeks, no date')),
 ('UNICEF delivered water purification tablets and hygiene kits for 30,000 people','AID','delivered',dict(actor='UNICEF',target='people|flood-affected people',loc='Beledweyne',date=M(18))),
 ('Türkiye flew two cargo aircraft carrying tents, medicine and food to Mogadishu','AID','flew',dict(actor='Türkiye|Turkey',target='Somalia|flood-affected people',loc='Mogadishu',date=M(16))),
 ('the European Union released EUR 3 million in emergency funding','AID','released',dict(actor='European Union|EU',target='flood-affected communities|Somalia'))
 ,
 ('Ethiopian authorities allowed 40 WFP trucks to cross into Gedo at Dolow','COOPERATE','allowed',dict(actor='Ethiopian authorities|Ethiopia',target='WFP|World Food Programme',loc='Dolow|Gedo',date=M(17),also=['AID','CONCEDE'],note='opening a closed border crossing for relief')),
 ('The Humanitarian Coordinator met the President of Hirshabelle State in Jowhar','CONSULT','met',dict(actor=HC,target='President of Hirshabelle State|Hirshabelle|Hirshabelle State',loc='Jowhar',date=M(19))),
 ('They agreed to establish a joint flood operations centre in Beledweyne','AGREE','agreed',dict(actor=HC+'|President of Hirshabelle State|Hirshabelle',target='President of Hirshabelle State|Hirshabelle|Humanitarian Coordinator',loc='Jowhar|Beledweyne',date=M(19))),
 ('The Humanitarian Coordinator appealed to donors on 20 May','REQUEST','appealed',dict(actor=HC,target='donors',date=M(20))),
],[
 ('floodwaters have swept away at least 11 people','ASSAULT','natural disaster, not an attack'),
 ('would be burned together with its cargo','ASSAULT','conditional violence inside a threat'),
 ('in anticipation of renewed fighting','ASSAULT','anticipated, not happened'),
 ('release the abducted drivers without conditions','CONCEDE','requested release'),
 ('have yet to hold talks on access to Gedo','CONSULT','negated talks'),
 ('Cluster coordinators will meet in Baidoa on 25 May','CONSULT','meeting planned'),
 ('food distributions in Hiraan will stop in mid-June','AID','conditional future stop, not an aid event'),
])

# ---------------------------------------------------------------- 3. feature, published Tuesday 3 Nov 2026
def V(m,x): return '2026-%02d-%02d'%(m,x)
Sa,Su,Mo,Tu3=V(10,31),V(11,1),V(11,2),V(11,3)
NI='government|Nicaraguan government|Nicaragua|co-presidents'; OPP='opposition coalition|exiled coalition|coalition|opposition'
build('feature_nicaragua_election.txt',"news feature on Nicaragua's general election of Sunday 1 November: an internet blackout, arrests of activists and a priest, a deployment and checkpoints, pot-banging and tear gas in Monimbó, a young man shot dead, rejection of the results and appeals to the OAS, US visa restrictions and a warning, EU condemnation, expelled journalists, congratulations, releases, an exiles' march in San José; 2018 and 2021 history, negated clashes and invasion, a hypothetical OAS suspension, a planned OAS meeting",'2026-11-03',[
 ('fixed internet connections had also gone dark across Masaya, León, Matagalpa and Estelí','COERCE','gone dark',dict(actor='government|TELCOR|regulator|Nicaragua',target='residents|Nicaraguans|customers',loc='Masaya|León|Matagalpa|Estelí|Nicaragua',date=Su,note='an internet shutdown, written without an agent; the order from TELCOR is in the next line. Mobile phones cut "just after dawn" the same day')),
 ('"complied with an instruction" from the regulator, TELCOR','COERCE','complied with an instruction',dict(actor='TELCOR|regulator|government',target='telecommunications operators|operators|customers',loc='Nicaragua',opt=True,fact='reported',note='the shutdown restated with its agent')),
 ('Police detained at least 41 opposition activists, former local councillors and university students between Friday and Sunday','COERCE','detained',dict(actor='Police|National Police',target='opposition activists|activists|students|councillors',loc='Nicaragua|León|Masaya|Estelí',arrested=41,fact='reported',note='count raised from 23 (Sunday morning) to 41; Friday to Sunday spans two ISO weeks: no date')),
 ('Eleven of them were taken from their homes in León on Saturday night','COERCE','taken from their homes',dict(actor='Police',target='activists|students',loc='León',date=Sa,arrested=11,opt=True,fact='reported',note='part of the 41')),
 ('A parish priest in Estelí was detained after Sunday Mass','COERCE','detained',dict(actor='Police',target='parish priest|priest',loc='Estelí',date=Su,arrested=1,note='passive; held for nine hours')),
 ('they had deployed 32,000 soldiers and officers to guard polling stations','MOBILIZE','deployed',dict(actor='army|police|army and police|Nicaragua',loc='Nicaragua|polling stations',date=Sa,fact='reported',note='"On the eve of the vote" = Saturday 31 Oct')),
 ('Checkpoints appeared on the Pan-American Highway at Sébaco','COERCE','Checkpoints appeared',dict(actor='police|army',target='travellers|drivers',loc='Sébaco|Guasaule|Pan-American Highway',opt=True,fact='reported')),
 ('buses from Chinandega were turned back','COERCE','turned back',dict(actor='police|army',target='buses|passengers|voters',loc='Chinandega|Sébaco|Guasaule',fact='reported',note='passive; "according to drivers"; day not fixed')),
 ('The main opposition parties were stripped of their legal status years ago','SANCTION','stripped',dict(actor='government|CSE|Supreme Electoral Council',target='opposition parties',opt=True,also=['COERCE'],note='background, undated ("years ago")')),
 ('called on Nicaraguans to stay at home','REQUEST','called on',dict(actor=OPP,target='Nicaraguans|voters',note='call for abstention; day not fixed')),
 ('the 2018 uprising in which more than 300 people were killed','ASSAULT','killed',dict(actor='government|police|paramilitaries',target='protesters|people',loc='Nicaragua|Masaya|Monimbó',date='2018',opt=True,note='background; the agent is not named')),
 ('a few dozen young people banged pots and pans in the streets on Sunday evening','PROTEST','banged pots and pans',dict(actor='young people|residents',target='government',loc='Monimbó|Masaya',date=Su)),
 ('Riot police fired tear gas into the crowd','COERCE','fired tear gas',dict(actor='Riot police|police',target='crowd|young people',loc='Monimbó|Masaya',date=Su,also=['ASSAULT'],fact='reported')),
 ('was shot dead near the San Sebastián church','ASSAULT','shot dead',dict(actor='hooded men on motorbikes|hooded men|paramilitaries',target='Kevin|motorcycle mechanic|young man',loc='Monimbó|Masaya|San Sebastián church',date=Su,killed=1,note='victim as subject; the agent is only in the family\'s accusation')),
 ('His family blamed hooded men on motorbikes','ACCUSE','blamed',dict(actor='family|his family',target='hooded men|hooded men on motorbikes|police',loc='Masaya')),
 ('denied that any officer had fired a weapon','REJECT','denied',dict(actor='police|National Police',target='family|residents',note='with a counter-version ("a fight between drunks")')),
 ('the opposition coalition on Monday rejected the results as "an electoral farce"','REJECT','rejected',dict(actor=OPP,target='CSE|Supreme Electoral Council|government|results',loc='San José',date=Mo)),
 ('appealed to the Organization of American States to convene its Permanent Council','REQUEST','appealed',dict(actor=OPP,target='Organization of American States|OAS',loc='San José',date=Mo)),
 ('asked the governments of Latin America not to recognise the outcome','REQUEST','asked',dict(actor=OPP,target='governments of Latin America|Latin American governments',loc='San José',date=Mo)),
 ('it would not recognise the result','REJECT','would not recognise',dict(actor='United States|US|Washington',target=NI+'|CSE',date=Mo)),
 ('imposed visa restrictions on 14 officials of the CSE and the police','SANCTION','imposed visa restrictions',dict(actor='United States|US|Washington',target='officials|CSE officials|police officials|CSE|Nicaragua',date=Mo)),
 ('warned that Washington was "reviewing all the tools available to us"','THREATEN','warned',dict(actor='State Department spokesman|State Department|United States|Washington',target=NI,note='conditional on political prisoners not being freed; day not fixed')),
 ('condemned "the arbitrary detention of opponents and the deliberate blackout"','ACCUSE','condemned',dict(actor="European Union's foreign policy chief|EU foreign policy chief|European Union|EU",target=NI)),
 ('the co-presidents accused Washington of "financing the coup-mongers','ACCUSE','accused',dict(actor='co-presidents|'+NI,target='Washington|United States|US',date=Mo,note='"within hours" of Monday\'s statements')),
 ('Nicaragua "does not accept lessons from anyone"','REJECT','does not accept',dict(actor='co-presidents|'+NI,target='Washington|United States|European Union',date=Mo,opt=True,note='a general rejection of criticism')),
 ('The foreign ministry expelled two Spanish television journalists','COERCE','expelled',dict(actor='foreign ministry|'+NI,target='Spanish journalists|journalists|Spanish television journalists',loc='Nicaragua|Managua',date=Mo,note='an expelled journalist is COERCE (heldout8 convention); put on a flight on Monday afternoon')),
 ('Russia and Cuba congratulated the government on the vote','SUPPORT','congratulated',dict(actor='Russia|Cuba',target=NI)),
 ("Venezuela's foreign minister called the result \"a victory for the peoples of the south\"",'SUPPORT','called the result',dict(actor="Venezuela's foreign minister|Venezuela",target=NI)),
 ('praised the organisation of the polls','SUPPORT','praised',dict(actor='Russian electoral accompaniers|delegation|Russia',target='CSE|Supreme Electoral Council|'+NI)),
 ('nine of the students detained in Masaya were released','CONCEDE','released',dict(actor='police|authorities|government',target='students|detainees',loc='Masaya',date=Mo,also=['RETREAT'],fact='reported',note='passive; "On Monday evening"')),
 ('The priest from Estelí was also allowed to return to his parish','CONCEDE','allowed to return',dict(actor='police|authorities|government',target='priest|parish priest',loc='Estelí',also=['RETREAT'],fact='reported',note='a release; day not fixed')),
 ('about 2,000 Nicaraguan exiles marched from the Central Park to the Legislative Assembly','PROTEST','marched',dict(actor='Nicaraguan exiles|exiles',target=NI,loc='San José|Costa Rica',date=Mo,note='"on Monday night"')),
 ('Smaller protests were held in Miami and Madrid','PROTEST','protests',dict(actor='Nicaraguan exiles|exiles',target=NI,loc='Miami|Madrid',opt=True,note='aggregate mention, day not fixed')),
 ("Costa Rica's foreign minister met leaders of the exiled coalition on Tuesday morning",'CONSULT','met',dict(actor="Costa Rica's foreign minister|Costa Rica",target='leaders of the exiled coalition|'+OPP,loc='San José',date=Tu3,fact='reported')),
 ('promised that Costa Rica would raise the detentions at the OAS','SUPPORT','promised',dict(actor="Costa Rica's foreign minister|Costa Rica",target=OPP,loc='San José',date=Tu3,opt=True,note='a promise of diplomatic support; the raising itself is future')),
 ('seven would-be presidential candidates were arrested months before the vote','COERCE','arrested',dict(actor='government|police',target='presidential candidates|would-be presidential candidates',loc='Nicaragua',date='2021',arrested=7,opt=True,note='background')),
],[
 ('The government has not commented on the outage','REJECT','a no-comment is not a rejection'),
 ('No clashes were reported in León or Matagalpa','ASSAULT','negated'),
 ('We are not asking anyone to invade Nicaragua','ASSAULT','negated invasion'),
 ('We are asking them not to applaud','SUPPORT','requested absence of support'),
 ('if political prisoners were not freed','CONCEDE','conditional release'),
 ('A vote to suspend Nicaragua would be symbolic','SANCTION','hypothetical suspension'),
 ('If the Permanent Council meets next week','CONSULT','hypothetical meeting'),
 ('The OAS Permanent Council is expected to discuss Nicaragua on Nov. 11','CONSULT','meeting planned'),
])

# ---------------------------------------------------------------- 4. diplomatic report, published Thursday 26 Feb 2026
def F(x): return '2026-02-%02d'%x
SE='Sweden|Stockholm|Swedish government'; UG='Uganda|Kampala|Ugandan government'
build('diplomatic_sweden_uganda.txt','diplomatic news report on a Sweden-Uganda row after the January 2026 election: an NGO office raided and three aid workers arrested in Gulu, an expelled diplomat, recalled ambassadors, suspended aid and NGO permits, a warning to Swedish companies, Nordic support and EU requests, a rally and a dispersed student protest, withdrawn staff, Kenyan mediation, a Nairobi agreement and a release on bail; 2012 and 2014 aid cuts as history; requested sanctions and release, a planned commission and ambassadors\' return','2026-02-26',[
 ('Sweden and Uganda agree to "de-escalate"','AGREE','agree',dict(actor='Sweden|Uganda',target='Uganda|Sweden',loc='Nairobi',date=F(24),opt=True,note='headline restating the lead')),
 ('Sweden and Uganda agreed in Nairobi on Tuesday to return their ambassadors','AGREE','agreed',dict(actor='Sweden|Uganda',target='Uganda|Sweden',loc='Nairobi|Kenya',date=F(24))),
 ('police raided the Gulu office of a Swedish-funded governance organisation','COERCE','raided',dict(actor='police|Ugandan police|Uganda',target='Swedish-funded governance organisation|organisation|NGO',loc='Gulu|Uganda',date=F(9),opt=True,note='the raid and the arrest are one operation; the arrest is the required event')),
 ('arrested its programme manager, a Swedish citizen, together with two Ugandan colleagues','COERCE','arrested',dict(actor='police|Ugandan police|Uganda',target='programme manager|Swedish citizen|Ugandan colleagues|aid workers',loc='Gulu|Uganda',date=F(9),arrested=3)),
 ('The three were charged three days later','ACCUSE','charged',dict(actor='prosecutors|Uganda|police',target='aid workers|programme manager|Ugandan colleagues',loc='Gulu',date=F(12),opt=True,note='charges, passive; "three days later" = 12 Feb')),
 ("Uganda's foreign ministry accused Sweden",'ACCUSE','accused',dict(actor="Uganda's foreign ministry|foreign ministry|"+UG,target=SE)),
 ('declared the deputy head of the Swedish embassy in Kampala persona non grata','SANCTION','persona non grata',dict(actor="Uganda's foreign ministry|foreign ministry|"+UG,target='deputy head of the Swedish embassy|Swedish embassy|Swedish diplomat|'+SE,loc='Kampala',date=F(12),note='expelling a diplomat is SANCTION (heldout6-10 convention)')),
 ('Stockholm called the allegations "completely unfounded"','REJECT','called the allegations',dict(actor=SE,target=UG+"|Uganda's foreign ministry")),
 ('recalled its ambassador for consultations on Feb. 13','SANCTION','recalled',dict(actor=SE,target=UG,date=F(13),note='recalling an ambassador is SANCTION')),
 ('consular officials had been refused access to the detained Swede for four days','REJECT','refused access',dict(actor=UG+'|Ugandan authorities',target='consular officials|Swedish consular officials|'+SE,fact='reported',note='refusing consular access is REJECT (heldout8 convention); passive, reported by the minister')),
 ('demanded that Uganda allow regular visits and a fair trial','REQUEST','demanded',dict(actor="Sweden's minister for international development cooperation|minister|"+SE,target=UG)),
 ('the Swedish government suspended about 350 million kronor in bilateral development cooperation','SANCTION','suspended',dict(actor='Swedish government|'+SE,target=UG+'|Ugandan government institutions',date=F(17),note='suspending aid is SANCTION')),
 ('Sweden would keep funding UNHCR programmes for South Sudanese and Congolese refugees','AID','keep funding',dict(actor='Sweden|Swedish government',target='refugees|UNHCR|South Sudanese and Congolese refugees',loc='Nakivale|Isingiro|Kiryandongo',opt=True,note='continuing aid stated in the future tense')),
 ('Kampala called the suspension "blackmail"','ACCUSE','called the suspension',dict(actor=UG,target=SE)),
 ('recalled its own ambassador from Stockholm the next day','SANCTION','recalled',dict(actor=UG,target=SE,loc='Stockholm',date=F(18))),
 ('the NGO Bureau suspended the permits of three organisations that receive Swedish money','SANCTION','suspended the permits',dict(actor='NGO Bureau|'+UG,target='organisations|NGOs|legal aid group|radio project',loc='Lira|Arua|Uganda',date=F(20),also=['COERCE'])),
 ("warning that Swedish companies' contracts in the energy sector",'THREATEN','warning',dict(actor='senior Ugandan official|'+UG,target='Swedish companies|'+SE,note='conditional on continued "interference"; day not fixed')),
 ('Denmark and Norway said they "fully support" Sweden\'s decision','SUPPORT','fully support',dict(actor='Denmark|Norway',target='Sweden')),
 ("the European Union's delegation in Kampala called for the release of the three detainees",'REQUEST','called for',dict(actor="European Union's delegation|EU delegation|European Union|EU",target=UG,loc='Kampala')),
 ('Swedish diplomats asked EU partners to consider targeted sanctions','REQUEST','asked',dict(actor='Swedish diplomats|Sweden',target='EU partners|European Union|EU|member states')),
 ('EU foreign ministers discussed Uganda in Brussels on Monday but took no decision','CONSULT','discussed',dict(actor='EU foreign ministers|European Union|EU',target='EU foreign ministers|European Union|EU|Uganda',loc='Brussels',date=F(23),note='a multilateral meeting; Uganda is its subject')),
 ("passed a resolution on Feb. 19 backing the government's",'SUPPORT','backing',dict(actor="Uganda's parliament|parliament",target='government|Ugandan government',loc='Kampala',date=F(19))),
 ('About 300 supporters of the ruling National Resistance Movement demonstrated outside the Swedish embassy','PROTEST','demonstrated',dict(actor='supporters of the ruling National Resistance Movement|National Resistance Movement supporters|NRM supporters',target='Sweden|Swedish embassy',loc='Kampala|Kololo',date=F(19),note='"the same day" = 19 Feb')),
 ('police fired tear gas on Feb. 21 to disperse a group of students','COERCE','fired tear gas',dict(actor='police',target='students',loc='Gulu',date=F(21),also=['ASSAULT'])),
 ('who had gathered outside the court','PROTEST','gathered',dict(actor='students',target='court|government|authorities',loc='Gulu',date=F(21))),
 ('to demand the release of the detained aid workers','REQUEST','demand',dict(actor='students',target='court|government|authorities',loc='Gulu',date=F(21),also=['PROTEST'])),
 ('arrested six of them','COERCE','arrested',dict(actor='police',target='students',loc='Gulu',date=F(21),arrested=6)),
 ('Sweden also withdrew its six development staff from Gulu and Lira','RETREAT','withdrew',dict(actor=SE,loc='Gulu|Lira',note='day not fixed')),
 ('The Swedish foreign ministry rejected Ugandan claims','REJECT','rejected',dict(actor='Swedish foreign ministry|'+SE,target=UG)),
 ("Kenya's foreign ministry offered to mediate in the second week of February",'AGREE','offered',dict(actor="Kenya's foreign ministry|Kenya",target='Sweden|Uganda',week='2026-02-09',note='an offer to mediate is AGREE (offer convention); "the second week of February" = week of Monday 9 Feb')),
 ('met for five hours in Nairobi on Tuesday','CONSULT','met',dict(actor='Ugandan foreign minister|Uganda|Swedish state secretary|Sweden',target='Swedish state secretary|Sweden|Ugandan foreign minister|Uganda',loc='Nairobi|Kenya',date=F(24))),
 ('Sweden agreed to submit the list of its Ugandan partners to the joint commission','AGREE','agreed',dict(actor='Sweden',target='Uganda',loc='Nairobi',date=F(24),opt=True,note='a term of the lead agreement')),
 ('Uganda agreed to "facilitate the judicial process"','AGREE','agreed',dict(actor='Uganda',target='Sweden',loc='Nairobi',date=F(24),also=['CONCEDE'],opt=True,note='a term of the lead agreement, including lifting two suspensions')),
 ('a magistrate in Gulu released the Swedish programme manager and her two colleagues on bail','CONCEDE','released',dict(actor='magistrate|court|magistrate in Gulu',target='Swedish programme manager|programme manager|aid workers|colleagues',loc='Gulu',date=F(25),also=['RETREAT'],note='"The next day" after Tuesday = 25 Feb')),
 ('Their lawyer said one of the Ugandan colleagues had been beaten','ACCUSE','said',dict(actor='lawyer|their lawyer',target='police|interrogators',loc='Gulu',note='an allegation of ill-treatment')),
 ('had been beaten during interrogation in the first days of detention','ASSAULT','beaten',dict(actor='police|interrogators',target='Ugandan colleague|aid worker',loc='Gulu',opt=True,fact='reported',note='alleged and denied')),
 ('an allegation police denied','REJECT','denied',dict(actor='police',target='lawyer')),
 ("Uganda's deputy foreign minister welcomed the Nairobi agreement",'SUPPORT','welcomed',dict(actor="Uganda's deputy foreign minister|"+UG,target='Nairobi agreement|Sweden',opt=True,note='welcoming an agreement one signed: type arguable')),
 ('rejected calls to drop the charges','REJECT','rejected',dict(actor="Uganda's deputy foreign minister|deputy foreign minister|"+UG,target='Sweden|European Union|EU')),
 ('Sweden, Denmark, Norway and the Netherlands cut or redirected aid','SANCTION','cut or redirected aid',dict(actor='Sweden|Denmark|Norway|Netherlands',target='Uganda',date='2014',opt=True,note='background')),
 ('several donors froze support after a corruption scandal','SANCTION','froze support',dict(actor='donors',target='Uganda',date='2012',opt=True,note='background')),
],[
 ('"will be looked at very carefully"','SANCTION','conditional measure inside a threat'),
 ('the release of the three detainees','CONCEDE','requested release'),
 ('targeted sanctions against two senior police commanders','SANCTION','requested sanctions, not imposed'),
 ('Swedish budget support would not resume until the case was resolved','AID','negated/conditional aid'),
 ('The joint commission will hold its first session in Kampala in March','CONSULT','meeting planned'),
 ('expected to return to their posts next week','CONCEDE','planned return of ambassadors'),
])

# ---------------------------------------------------------------- 5. blog commentary, published Sunday 12 Jul 2026
def J(x): return '2026-07-%02d'%x
TT='government|Prime Minister|Trinidad and Tobago|Port of Spain|Whitehall'; THA='Tobago House of Assembly|Assembly|THA|Chief Secretary|Tobago'
build('blog_trinidad_tobago.txt','blog commentary on a political crisis in Trinidad and Tobago: a massacre at a wake in Morvant, a state of emergency, soldiers and detentions, a court-ordered release, the Tobago House of Assembly defying the curfew, soldiers flown to Tobago and back, a threatened and imposed funding freeze, a march in Scarborough, an opposition walk-out, a Coast Guard shooting of Venezuelan migrants and deportations, US patrols, CARICOM calls and a deal in St Ann\'s, relief; figurative pots, wars and invasions, 1990 and 2011 history, hypothetical escalation','2026-07-12',[
 ('gunmen walked into a wake in Morvant and opened fire on the mourners','ASSAULT','opened fire',dict(actor='gunmen',target='mourners|wake',loc='Morvant|Trinidad',date=J(3),killed=8,note='six died on the spot, two more in hospital: "the toll stands at eight", in the next sentence')),
 ('a reprisal for a killing in Laventille the week before','ASSAULT','killing',dict(loc='Laventille',killed=1,opt=True,fact='reported',note='an earlier killing mentioned in passing; "the week before" is not a calendar week')),
 ('the Prime Minister declared a state of emergency for three months','COERCE','declared a state of emergency',dict(actor='Prime Minister|government|Trinidad and Tobago',target='residents|hotspot districts|Trinidad and Tobago',loc='Trinidad and Tobago|Trinidad',date=J(4),note='with a night curfew in "hotspot" districts')),
 ('soldiers were sent into Laventille, Morvant and Enterprise in Chaguanas','MOBILIZE','sent',dict(actor='government|Prime Minister|army|Defence Force',loc='Laventille|Morvant|Enterprise|Chaguanas',date=J(4),note='passive')),
 ('they detained 112 people in the first 72 hours','COERCE','detained',dict(actor='police',target='people|young men',loc='Trinidad|Laventille|Morvant|Enterprise',arrested=112,fact='reported',note='over 4-7 July: no single day')),
 ('a High Court judge ordered the release of 40 of them','CONCEDE','ordered the release',dict(actor='High Court judge|High Court|court',target='detainees|young men',loc='Golden Grove|Port of Spain',date=J(10),also=['RETREAT'])),
 ('the 2011 state of emergency produced thousands of arrests','COERCE','arrests',dict(actor='government|police',target='people',loc='Trinidad and Tobago',date='2011',opt=True,note='background')),
 ('refused to apply the curfew on the island','REJECT','refused',dict(actor='Chief Secretary|Chief Secretary of the Tobago House of Assembly|Tobago House of Assembly|THA',target=TT,loc='Tobago',date=J(6))),
 ('He accused Whitehall of treating Tobagonians "like a colony"','ACCUSE','accused',dict(actor='Chief Secretary|Tobago House of Assembly|THA',target=TT,note='day not fixed (same paragraph as Monday\'s refusal)')),
 ('forty soldiers were flown to the airport at Crown Point','MOBILIZE','flown',dict(actor=TT+'|army|Defence Force',loc='Crown Point|Tobago',date=J(7),note='passive')),
 ("the finance minister warned that the Assembly's next quarterly allocation",'THREATEN','warned',dict(actor='finance minister|'+TT,target=THA,date=J(7),note='conditional: if the Chief Secretary kept defying the law')),
 ('the ministry froze a TT$200 million transfer to the Assembly','SANCTION','froze',dict(actor='ministry|finance ministry|'+TT,target=THA,date=J(8))),
 ('some 3,000 people marched through Scarborough to the Assembly Legislature building','PROTEST','marched',dict(actor='people|Tobagonians|marchers',target=TT,loc='Scarborough|Tobago',date=J(8))),
 ('the Assembly passed a motion demanding that Parliament debate the long-promised self-government bill','REQUEST','demanding',dict(actor=THA,target='Parliament|'+TT,loc='Scarborough|Tobago',date=J(8))),
 ('Forty young soldiers eating doubles at Crown Point','MOBILIZE','soldiers',dict(actor=TT+'|army',loc='Crown Point',date=J(7),opt=True,note='the deployment restated inside a denial that it is an invasion')),
 ('the Leader of the Opposition accused the government of using the emergency','ACCUSE','accused',dict(actor='Leader of the Opposition|opposition',target=TT,loc='House|Port of Spain|Parliament',date=J(8))),
 ('her benches walked out when the Speaker refused a debate on the frozen funds','PROTEST','walked out',dict(actor='opposition|her benches|Leader of the Opposition',target='Speaker|government',loc='House|Port of Spain|Parliament',date=J(8),also=['REJECT'])),
 ('the Speaker refused a debate','REJECT','refused',dict(actor='Speaker',target='opposition|Leader of the Opposition',loc='House|Parliament',date=J(8))),
 ('a Coast Guard patrol fired on a pirogue off Icacos, near Cedros','ASSAULT','fired on',dict(actor='Coast Guard|Coast Guard patrol|Trinidad and Tobago Coast Guard|Trinidad and Tobago',target='pirogue|Venezuelan men|migrants',loc='Icacos|Cedros|Trinidad',date=J(7),killed=2,note='"On Tuesday night"; two Venezuelan men killed, in the next sentence')),
 ('it said had tried to ram its vessel','ASSAULT','ram',dict(actor='pirogue',target='Coast Guard|Coast Guard vessel',loc='Icacos',date=J(7),opt=True,fact='reported',note="the Coast Guard's account, disputed")),
 ('Caracas accused Trinidad of "murdering migrants"','ACCUSE','accused',dict(actor='Caracas|Venezuela',target='Trinidad|Trinidad and Tobago|Coast Guard')),
 ('demanded a joint investigation','REQUEST','demanded',dict(actor='Caracas|Venezuela',target='Trinidad|Trinidad and Tobago')),
 ('the Minister of National Security rejected the demand','REJECT','rejected',dict(actor='Minister of National Security|Trinidad and Tobago|government',target='Caracas|Venezuela')),
 ('On Thursday 64 Venezuelans were deported on a chartered ferry from Chaguaramas','COERCE','deported',dict(actor='Trinidad and Tobago|government|authorities',target='Venezuelans|migrants',loc='Chaguaramas|Trinidad',date=J(9),note='passive')),
 ('a US Coast Guard cutter has been patrolling the Gulf of Paria with our vessels','COOPERATE','patrolling',dict(actor='US Coast Guard|United States|Washington',target='Trinidad and Tobago|Coast Guard|Trinidad and Tobago Coast Guard',loc='Gulf of Paria',date=J(8),note='joint patrols "since Wednesday"')),
 ('The American ambassador said Washington "stands with Trinidad and Tobago"','SUPPORT','stands with',dict(actor='American ambassador|Washington|United States',target='Trinidad and Tobago|government')),
 ('spoke by phone to both the Prime Minister and the Chief Secretary on Thursday','CONSULT','spoke by phone',dict(actor='Barbadian Prime Minister|Barbados|CARICOM',target='Prime Minister|Chief Secretary|Trinidad and Tobago|Tobago House of Assembly',date=J(9))),
 ('offered to send a mediator if it would help','AGREE','offered',dict(actor='Barbadian Prime Minister|Barbados|CARICOM',target='Prime Minister|Chief Secretary|Trinidad and Tobago|Tobago House of Assembly',date=J(9),note='an offer to mediate is AGREE (offer convention); the mediator never came')),
 ("The two men met for four hours at the Diplomatic Centre in St Ann's on Friday",'CONSULT','met',dict(actor='Prime Minister|Chief Secretary',target='Chief Secretary|Prime Minister',loc="St Ann's|Diplomatic Centre|Port of Spain",date=J(10))),
 ('they agreed that TT$120 million of the frozen money would be released on Monday','AGREE','agreed',dict(actor='Prime Minister|Chief Secretary|'+TT,target='Chief Secretary|'+THA,loc="St Ann's",date=J(10),also=['CONCEDE'])),
 ('The Chief Secretary, in turn, agreed to apply the curfew in Tobago','CONCEDE','agreed',dict(actor='Chief Secretary|Tobago House of Assembly|THA',target=TT,loc="St Ann's|Tobago",date=J(10),also=['AGREE'],note='a conditional concession ("if and when")')),
 ('On Saturday morning the soldiers at Crown Point were flown back to Trinidad','RETREAT','flown back',dict(actor='soldiers|army|'+TT,loc='Crown Point|Tobago',date=J(11),note='passive')),
 ('has been delivering food hampers to curfew-bound families in Laventille and Beetham since Monday','AID','delivering',dict(actor='Ministry of Social Development|government',target='families|curfew-bound families',loc='Laventille|Beetham',date=J(6),note='ongoing "since Monday"')),
 ('the Red Cross opened a counselling tent in Morvant','AID','opened',dict(actor='Red Cross',target='families|residents|mourners',loc='Morvant')),
 ('In 1990 armed men stormed the Red House and held the Prime Minister and most of his Cabinet hostage for six days','ASSAULT','stormed',dict(actor='armed men',target='Red House|Prime Minister|Cabinet',loc='Red House|Port of Spain',date='1990',also=['COERCE'],opt=True,note='background')),
],[
 ('"has not had a single gang murder this year','ASSAULT','negated'),
 ('calling this an invasion of Tobago','ASSAULT','figurative invasion, denied by the writer'),
 ('nobody has fired a shot on the island','ASSAULT','negated'),
 ("has declared war on its own sister island's budget",'ASSAULT','figurative war'),
 ('Port of Spain declares it illegal','REJECT','hypothetical'),
 ('somebody orders the Coast Guard to stop the ferry at Scarborough','COERCE','hypothetical'),
 ('the emergency will be reviewed in Parliament on 24 July','CONSULT','review planned'),
])
