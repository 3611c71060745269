"""Writes the second reader's annotation of heldout24 (one JSON per text, format of heldout22/gold).

An independent second annotation, made without seeing heldout24/gold, for inter-annotator agreement.
Run: python3 build.py (stdlib). Each item: (line, text, by, p_min, p_max, extra fields).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def F(line, text, by, lo, hi, phrase=None, horizon=None, due=None, cond=None, conditional=False):
    item = {"line": line, "text": text, "by": by, "probability_min": lo, "probability_max": hi}
    if phrase:
        item["phrase"] = phrase
    if horizon:
        item["horizon"] = horizon
    if due:
        item["due_by"] = due
    if cond or conditional:
        item["conditional"] = True
    if cond:
        item["condition"] = cond
    return item


DOCS = {}

# ---------------------------------------------------------------- countryrisk_sierra_leone
A = "author"
DOCS["countryrisk_sierra_leone"] = ("2026-11-27", (
    "Second reader's annotation of countryrisk_sierra_leone.txt (a risk consultancy's country risk note on Sierra "
    "Leone, issued 27 November 2026, 12-month horizon: ratings, summary, politics, security, economy, weighted "
    "scenarios, key dates, triggers, the firm's record, a disclaimer). The firm's own voice ('we') is 'author'; "
    "others as written. '12 months' / 'next 12 months' due 2027-11-27; undated statements inside the note's "
    "12-month horizon get that date too. 'Outlook: stable.' read as the firm's forecast that its ratings will not "
    "change (ambiguous: it may be read as a present rating). 'Any of these would lead us to raise ...' read as a "
    "conditional statement of the firm's own future action (ambiguous: the template's 'What would change these "
    "assumptions' triggers were look-alikes). Not forecasts: 'Horizon: 12 months', the current ratings, a "
    "constitutional bar ('is barred by the constitution from seeking a third term'), present states ('it remains "
    "exposed', 'The IMF programme is on track.', 'can still cause serious harm', 'has been broadly stable'), past "
    "facts, a question and a refusal ('Could the opposition win in 2028? It is far too early to say, and we do "
    "not try.'), the trigger list, a past prediction proved wrong ('In our November 2025 note we said the fuel "
    "subsidy would be gone by mid-2026. It was not'), the disclaimer and advice ('clients should not rely on it')."
), [
    F(2, "Next scheduled update: 26 February 2027", A, 0.85, 0.95, horizon="26 February 2027", due="2027-02-26"),
    F(3, "Outlook: stable.", A, 0.6, 0.75, phrase="Outlook", due="2027-11-27"),
    F(4, "We expect Sierra Leone to remain broadly stable over the next 12 months", A, 0.65, 0.8,
      phrase="We expect", horizon="over the next 12 months", due="2027-11-27"),
    F(4, "has said repeatedly that he will hand over power in 2028", "President of Sierra Leone", 0.7, 0.85,
      phrase="has said", horizon="in 2028", due="2028-12-31"),
    F(4, "we take him at his word", A, 0.75, 0.9, phrase="we take him at his word", due="2028-12-31"),
    F(5, "The ruling Sierra Leone People's Party will choose its flagbearer at a national delegates' conference in the third quarter of 2027, party officials say",
      "SLPP party officials", 0.75, 0.9, phrase="party officials say", horizon="in the third quarter of 2027", due="2027-09-30"),
    F(5, "We think the contest is more likely than not to be settled without a formal split", A, 0.55, 0.7,
      phrase="more likely than not", due="2027-09-30"),
    F(5, "a bitter fight is a realistic possibility", A, 0.25, 0.5, phrase="a realistic possibility", due="2027-09-30"),
    F(5, "defeated aspirants could take their supporters to the opposition", A, 0.3, 0.5, phrase="could"),
    F(5, "A Western diplomat in Freetown told us the President \"will not anoint anyone before the conference\"",
      "Western diplomat in Freetown", 0.1, 0.2, phrase="told us", horizon="before the conference", due="2027-09-30"),
    F(5, "has said it will take part in the 2028 elections \"under any circumstances\"", "All People's Congress",
      0.8, 0.9, phrase="has said", horizon="the 2028 elections", due="2028-06-30"),
    F(5, "its own candidate race is further behind and unlikely to be resolved before the end of 2027", A, 0.15, 0.3,
      phrase="unlikely", horizon="before the end of 2027", due="2027-12-31"),
    F(6, "We judge a coup attempt in the next 12 months to be unlikely (around 10%)", A, 0.05, 0.15,
      phrase="unlikely (around 10%)", horizon="in the next 12 months", due="2027-11-27"),
    F(6, "a successful one very unlikely", A, 0.01, 0.07, phrase="very unlikely", due="2027-11-27"),
    F(6, "Protests over fuel and transport costs are likely in the first half of 2027", A, 0.6, 0.8,
      phrase="are likely", horizon="in the first half of 2027", due="2027-06-30"),
    F(6, "when the government plans to remove the remaining fuel subsidy", "Sierra Leone government", 0.6, 0.75,
      phrase="plans to", horizon="in the first half of 2027", due="2027-06-30"),
    F(6, "we would expect the police to use force if protesters march on State House", A, 0.65, 0.8,
      phrase="we would expect", cond="if protesters march on State House"),
    F(6, "Kush, the synthetic drug, will go on driving petty crime and health costs in Freetown", A, 0.8, 0.9,
      due="2027-11-27"),
    F(7, "The third review, due in February, should be completed on time, releasing about $40 million", A, 0.65, 0.8,
      phrase="should", horizon="in February", due="2027-02-28"),
    F(7, "the Bank of Sierra Leone projects that it will stay in single digits through 2027", "Bank of Sierra Leone",
      0.6, 0.75, phrase="projects", horizon="through 2027", due="2027-12-31"),
    F(7, "and we agree", A, 0.6, 0.75, phrase="we agree", due="2027-12-31"),
    F(7, "the operator has told the government it will ship 5 million tonnes in 2027", "Tonkolili mine operator",
      0.65, 0.8, phrase="has told", horizon="in 2027", due="2027-12-31"),
    F(7, "a target we consider ambitious", A, 0.25, 0.4, phrase="we consider ambitious", due="2027-12-31"),
    F(7, "If iron ore prices fall below $80 a tonne, shipments could stop again", A, 0.35, 0.55, phrase="could",
      cond="If iron ore prices fall below $80 a tonne"),
    F(7, "we forecast a depreciation of 8% to 12% against the dollar over the next 12 months", A, 0.55, 0.7,
      phrase="we forecast", horizon="over the next 12 months", due="2027-11-27"),
    F(9, "Base case, a managed contest (65%): the ruling party's candidate race is noisy but ends without a split; the subsidy goes in stages with limited unrest; the IMF programme stays on track.",
      A, 0.6, 0.7, phrase="(65%)", horizon="next 12 months", due="2027-11-27"),
    F(10, "Downside, a fractured ruling party (25%): a losing contender leads a breakaway faction, fuel protests turn violent in Freetown and Makeni, and the IMF delays a disbursement.",
      A, 0.2, 0.3, phrase="(25%)", horizon="next 12 months", due="2027-11-27"),
    F(10, "In this case we would expect the government to postpone the subsidy removal to 2028.", A, 0.65, 0.8,
      phrase="we would expect", cond="In this case"),
    F(11, "Upside, an early consensus (10%): the party settles on a candidate early in 2027 and investors return to the mining sector faster than we expect.",
      A, 0.05, 0.15, phrase="(10%)", horizon="next 12 months", due="2027-11-27"),
    F(13, "15 January 2027: The Electoral Commission is due to publish its timetable for voter registration.", A,
      0.8, 0.9, phrase="is due to", horizon="15 January 2027", due="2027-01-15"),
    F(14, "March 2027: Parliament is expected to vote on amendments to the Public Elections Act.", A, 0.65, 0.8,
      phrase="is expected to", horizon="March 2027", due="2027-03-31"),
    F(15, "June 2028: Presidential, parliamentary and local council elections.", A, 0.85, 0.95,
      horizon="June 2028", due="2028-06-30"),
    F(16, "Any of these would lead us to raise political stability to HIGH risk.", A, 0.8, 0.9,
      cond="Any of these"),
])

# ---------------------------------------------------------------- pbo_australia_submarines
DOCS["pbo_australia_submarines"] = ("2026-12-03", (
    "Second reader's annotation of pbo_australia_submarines.txt (a Parliamentary Budget Office report, no. 04/2026, "
    "3 December 2026, on the nuclear-powered submarine program and defence funding to 2035-36). The PBO's own voice "
    "('we') is 'author'; others as written. The PBO's projections are read as its forecasts ('we project', 'we "
    "estimate', 'Under our projection') although it says 'Our projections are not forecasts of government "
    "decisions' (ambiguous: that sentence may be meant to exclude them); 'On current policy settings' and the cost "
    "sensitivities with 'If that rate persists' / 'if it falls back to 4%' are conditions. 'in 2029 at the "
    "earliest'-type wording ('it will begin no earlier than 2030') carries the low chance of the earlier event, due "
    "the day before. Financial years end 30 June ('2035-36' 2036-06-30, '2033-34' 2034-06-30, '2031-32' "
    "2032-06-30, '2026-27' 2027-06-30, '2054-55' 2055-06-30); 'the end of the decade' 2029-12-31; 'the early "
    "2040s' 2043-12-31; 'over the next eight years' 2034-12-03. Treasury's Budget projection of net debt is kept "
    "as a standing forecast of Treasury (ambiguous: the PBO's 'is now likely to peak a year later' may make it an "
    "overtaken projection). Not forecasts: the report's method and disclaimers ('Our projections are not forecasts "
    "of government decisions', 'a sensitivity rather than a forecast', the modelling assumptions of line 10 about "
    "the wage price index and a flat exchange rate, 'Readers should treat the central estimate ...'), past facts "
    "and growth rates, a general cost relation ('Every year of delay ... adds between $5 billion and $7 billion'), "
    "the appropriation 'The 2026-27 Budget provides $59 billion for defence this year', a non-answer ('Whether "
    "that money will be found is a decision for the Government and the Parliament.'), a question ('Would Australia "
    "then build more boats of its own?') and a refusal, an overtaken plan ('was meant to begin work on the first "
    "hull in 2028'), past projections and promises proved wrong ('Our 2024 report projected that defence funding "
    "would reach 2.2% ...; the outcome was 2.0%', 'In 2023 the Department of Defence said it would publish a full "
    "cost breakdown ... within two years; it has not done so')."
), [
    F(3, "On current policy settings, we project that defence funding will rise from 2.0% of GDP in 2025-26 to 2.3% in 2029-30 and 2.5% in 2035-36",
      A, 0.5, 0.65, phrase="we project", horizon="in 2035-36", due="2036-06-30", cond="On current policy settings"),
    F(3, "We estimate that the submarine program will cost between $290 billion and $360 billion in nominal terms to 2054-55, with a central estimate of $325 billion",
      A, 0.6, 0.75, phrase="We estimate", horizon="to 2054-55", due="2055-06-30"),
    F(4, "has the first of at least three Virginia-class boats transferred from the United States in 2032",
      "Department of Defence", 0.6, 0.75, phrase="as published by", horizon="in 2032", due="2032-12-31"),
    F(4, "the first Australian-built boat delivered in the early 2040s", "Department of Defence", 0.6, 0.75,
      phrase="as published by", horizon="in the early 2040s", due="2043-12-31"),
    F(4, "Defence officials told us in October that the 2032 date \"remains achievable\"", "Defence officials",
      0.55, 0.7, phrase="told us", horizon="2032", due="2032-12-31"),
    F(4, "We think a slip of one to two years in the first Australian-built boat is more likely than not.", A,
      0.55, 0.7, phrase="more likely than not"),
    F(4, "under the contractor's updated plan it will begin no earlier than 2030", "Osborne shipyard contractor",
      0.05, 0.15, phrase="under the contractor's updated plan", horizon="no earlier than 2030", due="2029-12-31"),
    F(4, "is unlikely to reach 2.0 before the end of the decade, in our assessment", A, 0.15, 0.3,
      phrase="is unlikely to", horizon="before the end of the decade", due="2029-12-31"),
    F(4, "If it does not, the transfer of a boat in 2032 could be deferred.", A, 0.35, 0.55, phrase="could",
      horizon="in 2032", due="2032-12-31", cond="If it does not"),
    F(5, "If that rate persists, the cost of the program will be close to the top of our range", A, 0.7, 0.85,
      cond="If that rate persists"),
    F(5, "if it falls back to 4%, the cost would be near $300 billion", A, 0.6, 0.75,
      cond="if it falls back to 4%"),
    F(5, "Industry groups told a Senate committee in September that they expect a shortfall of about 4,000 skilled trades workers across the Osborne and Henderson yards by 2030",
      "industry groups", 0.6, 0.75, phrase="expect", horizon="by 2030", due="2030-12-31"),
    F(5, "we have assumed that wages in those trades rise faster than the economy-wide average", A, 0.55, 0.7,
      phrase="we have assumed"),
    F(6, "The Government has said that defence funding will reach 2.33% of GDP by 2033-34", "Australian Government",
      0.65, 0.8, phrase="has said", horizon="by 2033-34", due="2034-06-30"),
    F(6, "the Minister for Defence told Senate Estimates last month that the Government \"will not be cutting a single dollar from the submarine line\"",
      "Minister for Defence", 0.1, 0.2, phrase="told"),
    F(6, "Under our projection, the share of the defence budget going to the submarine program will peak at about 18% in 2031-32.",
      A, 0.5, 0.65, phrase="Under our projection", horizon="in 2031-32", due="2032-06-30"),
    F(6, "Unless other capability spending is deferred, the Government will need to find an extra $9 billion to $14 billion over the next eight years to keep the Integrated Investment Program whole, we estimate.",
      A, 0.6, 0.75, phrase="we estimate", horizon="over the next eight years", due="2034-12-03",
      cond="Unless other capability spending is deferred"),
    F(7, "The Mid-Year Economic and Fiscal Outlook, due on 16 December, will update the economic parameters we use.",
      A, 0.85, 0.95, phrase="due on", horizon="on 16 December", due="2026-12-16"),
    F(7, "We expect the underlying cash deficit for 2026-27 to be revised up in that document", A, 0.65, 0.8,
      phrase="We expect", horizon="in that document", due="2026-12-16"),
    F(7, "on our estimate it will be around 1.3% of GDP", A, 0.5, 0.65, phrase="on our estimate",
      horizon="for 2026-27", due="2027-06-30"),
    F(7, "which Treasury projected in the Budget to peak at 21.9% of GDP in 2027-28", "Treasury", 0.5, 0.65,
      phrase="projected", horizon="in 2027-28", due="2028-06-30"),
    F(7, "is now likely to peak a year later and higher, at about 23%", A, 0.6, 0.75, phrase="likely",
      horizon="a year later", due="2029-06-30"),
    F(7, "Treasury has told us it does not expect to change its approach to projecting defence outlays in the mid-year update.",
      "Treasury", 0.1, 0.25, phrase="does not expect", horizon="in the mid-year update", due="2026-12-16"),
    F(8, "We consider it highly unlikely that the Collins-class boats can be retired before 2038.", A, 0.02, 0.1,
      phrase="highly unlikely", horizon="before 2038", due="2037-12-31"),
    F(8, "A decision by a future United States administration to withhold the transfer of the Virginia-class boats is possible but, in our judgement, remote within the projection period.",
      A, 0.02, 0.1, phrase="remote", horizon="within the projection period", due="2036-06-30"),
    F(9, "We will publish an update of these projections after the 2027-28 Budget", A, 0.85, 0.95,
      horizon="after the 2027-28 Budget"),
    F(9, "which is expected on 11 May 2027", A, 0.75, 0.9, phrase="is expected on", horizon="on 11 May 2027",
      due="2027-05-11"),
])

# ---------------------------------------------------------------- preview_slovakia_budget
DOCS["preview_slovakia_budget"] = ("2026-12-04", (
    "Second reader's annotation of preview_slovakia_budget.txt (a news agency's 'WHAT TO WATCH' preview of the "
    "final vote on Slovakia's 2027 budget, Bratislava, Dec 4 2026: the vote, the fiscal council's numbers, "
    "Brussels, unions, ratings, what happens if it fails, a calendar). The agency's own voice (headline, "
    "calendar statements) is 'author'; others as written. Publication year 2026 from 'Dec 4' and the 2027 budget "
    "(Tuesday = Dec 8, Thursday = Dec 10, 2026). The headline 'heads for a tight vote' is a forecast of the author. "
    "Reported conditional intentions ('have said they will vote against unless ...', 'have called a warning strike "
    "for Dec. 15 if ...', 'will ask parliament for a vote of confidence if ...') are forecasts of those who state "
    "them. The premise 'held back by weaker car exports to Germany' is a forecast of the bank economists. 'is not "
    "due until September 2027' is read as a calendar statement (the next election in September 2027). due_by: "
    "'next year' / 'in 2027' 2027-12-31, 'by 2029' 2029-12-31, 'in the spring' 2027-06-20, 'in the first half of "
    "2027' 2027-06-30, 'in the first quarter' 2027-03-31; the vote's outcome 2026-12-10; the president's signature "
    "2026-12-31 (the budget must be adopted by Dec. 31). Not forecasts: present and past facts (seats, undecided "
    "deputies, 'down from 5.3% in 2025', 'has been under ... since 2024', 'the yield ... has barely moved'), a "
    "rule ('the constitutional debt brake would force automatic spending freezes', 'Under Slovak law, if no budget "
    "is adopted by Dec. 31 the state runs on a provisional budget', 'who must sign the budget law'), a past "
    "prediction proved wrong ('organisers said then that the government would fall by Easter. It did not.'), a "
    "reported question and a non-answer ('Asked whether the government would meet the doctors before the vote, "
    "... \"a matter for the minister\"'), questions ('Will investors care?', 'Could that bring an early "
    "election?'), a preference ('would rather sit out the remaining months than campaign in the winter', left out "
    "as a present preference), the credit line."
), [
    F(1, "Slovakia's 2027 budget heads for a tight vote", A, 0.6, 0.75, phrase="heads for", due="2026-12-10"),
    F(2, "Slovakia's parliament opens its final debate on the 2027 state budget on Tuesday", A, 0.9, 0.97,
      horizon="on Tuesday", due="2026-12-08"),
    F(2, "The finance ministry's draft projects a general government deficit of 4.1% of GDP next year",
      "Slovak finance ministry", 0.5, 0.65, phrase="projects", horizon="next year", due="2027-12-31"),
    F(3, "The final vote is scheduled for Thursday, Dec. 10.", A, 0.85, 0.95, phrase="is scheduled for",
      horizon="Thursday, Dec. 10", due="2026-12-10"),
    F(3, "Coalition whips say they expect all 78 coalition deputies to be in the chamber", "coalition whips",
      0.65, 0.8, phrase="expect", due="2026-12-10"),
    F(3, "a senior official of the largest governing party told Danube Newswire the budget \"will pass with votes to spare\"",
      "senior official of the largest governing party", 0.7, 0.85, phrase="told", due="2026-12-10"),
    F(3, "Two deputies of the smallest coalition partner have said they will vote against unless funding for regional hospitals is restored.",
      "two deputies of the smallest coalition partner", 0.65, 0.8, phrase="have said", due="2026-12-10",
      cond="unless funding for regional hospitals is restored"),
    F(3, "Opposition leaders expect the bill to pass narrowly", "opposition leaders", 0.6, 0.75, phrase="expect",
      due="2026-12-10"),
    F(3, "none of the six analysts polled by Danube Newswire this week thinks it will fail",
      "analysts polled by Danube Newswire", 0.05, 0.2, phrase="thinks", due="2026-12-10"),
    F(4, "said last week the deficit was likely to come in at 4.6% next year rather than 4.1%",
      "Council for Budget Responsibility", 0.6, 0.75, phrase="likely", horizon="next year", due="2027-12-31"),
    F(4, "It also expects public debt to climb to 63% of GDP by 2029", "Council for Budget Responsibility",
      0.6, 0.75, phrase="expects", horizon="by 2029", due="2029-12-31"),
    F(4, "The finance ministry says the transaction tax will raise 700 million euros in 2027",
      "Slovak finance ministry", 0.65, 0.8, phrase="says", horizon="in 2027", due="2027-12-31"),
    F(4, "insists that no further consolidation package will be needed", "Slovak finance ministry", 0.1, 0.25,
      phrase="insists", due="2027-12-31"),
    F(4, "Economists at Bratislava banks put growth next year at 1.2% to 1.6%", "economists at Bratislava banks",
      0.55, 0.7, phrase="put", horizon="next year", due="2027-12-31"),
    F(4, "held back by weaker car exports to Germany", "economists at Bratislava banks", 0.6, 0.75,
      due="2027-12-31"),
    F(5, "The European Commission's autumn forecast, published in November, sees the deficit at 4.8% in 2027",
      "European Commission", 0.5, 0.65, phrase="sees", horizon="in 2027", due="2027-12-31"),
    F(5, "officials in Brussels said the Commission would assess the adopted budget in the spring",
      "officials in Brussels", 0.75, 0.9, phrase="said", horizon="in the spring", due="2027-06-20"),
    F(5, "Diplomats do not expect the Commission to propose suspending any EU funds over the deficit.", "diplomats",
      0.1, 0.25, phrase="do not expect"),
    F(5, "Officials say, however, that a separate audit dispute over procurement in the cohesion programmes could delay payments of about 400 million euros in the first half of 2027.",
      "officials in Brussels", 0.35, 0.55, phrase="could", horizon="in the first half of 2027", due="2027-06-30"),
    F(6, "Doctors' unions have called a warning strike for Dec. 15 if the adopted budget does not include the pay rise they say they were promised in the spring",
      "doctors' unions", 0.75, 0.9, phrase="have called", horizon="for Dec. 15", due="2026-12-15",
      cond="if the adopted budget does not include the pay rise they say they were promised in the spring"),
    F(6, "teachers' unions say they are likely to join", "teachers' unions", 0.6, 0.75, phrase="are likely to",
      due="2026-12-15"),
    F(7, "Two of the three main rating agencies are scheduled to review Slovakia's credit rating in the first quarter.",
      A, 0.85, 0.95, phrase="are scheduled to", horizon="in the first quarter", due="2027-03-31"),
    F(7, "Analysts at a Vienna-based bank put the chance of a downgrade at one of them at 25%",
      "analysts at a Vienna-based bank", 0.2, 0.3, phrase="put the chance", due="2027-03-31"),
    F(7, "rising to 50% if the budget fails", "analysts at a Vienna-based bank", 0.45, 0.55,
      due="2027-03-31", cond="if the budget fails"),
    F(8, "The prime minister has said that he will ask parliament for a vote of confidence if the budget is defeated.",
      "Slovak prime minister", 0.75, 0.9, phrase="has said", cond="if the budget is defeated"),
    F(8, "Few in Bratislava think so.", "people in Bratislava", 0.1, 0.25, phrase="Few in Bratislava think so"),
    F(8, "The next general election is not due until September 2027", A, 0.7, 0.85, phrase="is not due until",
      horizon="September 2027", due="2027-09-30"),
    F(8, "The president, who must sign the budget law, is expected to do so without delay, his office has indicated.",
      "Slovak president's office", 0.75, 0.9, phrase="is expected to", horizon="without delay", due="2026-12-31"),
    F(10, "Dec. 8: Final debate opens in the National Council.", A, 0.9, 0.97, horizon="Dec. 8", due="2026-12-08"),
    F(11, "Dec. 10: Final vote on the 2027 budget and the accompanying tax bill.", A, 0.85, 0.95, horizon="Dec. 10",
      due="2026-12-10"),
    F(12, "Dec. 15: Doctors' warning strike, unless the budget meets their demands.", A, 0.75, 0.9,
      horizon="Dec. 15", due="2026-12-15", cond="unless the budget meets their demands"),
    F(13, "Dec. 17: The National Bank of Slovakia publishes its winter forecast.", A, 0.85, 0.95,
      horizon="Dec. 17", due="2026-12-17"),
    F(14, "Jan. 22: First of the two scheduled rating reviews.", A, 0.85, 0.95, horizon="Jan. 22",
      due="2027-01-22"),
])

# ---------------------------------------------------------------- qanda_trinidad_gas
DOCS["qanda_trinidad_gas"] = ("2026-11-30", (
    "Second reader's annotation of qanda_trinidad_gas.txt (a business editor's readers' questions column, Port of "
    "Spain, Monday 30 November 2026: gas supply and the Point Lisas plants, the Manatee field, Dragon gas from "
    "Venezuela, the TT dollar and foreign exchange, the government's survival, a mini-budget, fuel prices, gas "
    "from Guyana). The columnist (byline Kavita Ramlogan) writes in her own voice, so her answers are 'author'; "
    "readers only ask, but a forecast they report inside a question is by its source ('My cousin says petrol is "
    "going up again in January', 'A friend at the Ministry says Trinidad will be importing gas from Guyana within "
    "five years'). Elliptical answers are forecasts ('Some will, not all.', 'No.', 'Probably.', 'Perhaps a "
    "little'). 'first gas in 2029 at the earliest' carries the low chance of first gas before 2029, due the day "
    "before; the lawyers' 'even that is optimistic' is a lower chance of first gas in 2029. 'no pipeline gets built "
    "in under three years, whoever is in charge' is read as a forecast about this pipeline (ambiguous: a generic). "
    "due_by: 'in the new year' and 'in January' 2027-01-31, 'before Carnival' 2027-02-07 (Carnival Monday 8 "
    "February 2027), 'in the first quarter' 2027-03-31, 'during the fiscal year' and 'fiscal 2027' 2027-09-30 "
    "(Trinidad's fiscal year ends 30 September), 'before 2028' 2027-12-31, 'in the second half of 2027' "
    "2027-12-31, 'before the end of 2029' 2029-12-31, 'within five years' 2031-11-30, 'not due until 2030' "
    "2030-12-31; the plants' reopening, the queue, the government's survival and the diesel rise fix no day. Not "
    "forecasts: the readers' questions and the headline's, past facts ('Washington happened.', the licence "
    "revoked, the rate held for a decade, the last two increases), a past prediction inside a question ('The "
    "minister said in 2023 that Dragon gas would be flowing by the middle of 2026'), present states ('the pipeline "
    "to the border has not been ordered', 'Nobody has committed a cent', 'the government knows that maxi-taxi "
    "drivers can shut the country down'), advice labelled 'a habit, not a forecast', 'talk is cheap and pipelines "
    "are not', the columnist's habit ('where I am guessing, I say so'), her past wrong prediction ('I wrote in this "
    "space a year ago that Manatee would be producing by now. I was wrong'), 'Keep the letters coming.'"
), [
    F(5, "Some will, not all.", A, 0.65, 0.8),
    F(5, "The Ministry of Energy says gas supply will rise by about 300 million cubic feet a day once the new Manatee field starts producing",
      "Ministry of Energy", 0.7, 0.85, phrase="says", cond="once the new Manatee field starts producing"),
    F(5, "which its operator expects in the second half of 2027", "Manatee field operator", 0.6, 0.75,
      phrase="expects", horizon="in the second half of 2027", due="2027-12-31"),
    F(5, "My own view is that the idle ammonia plants will be last in the queue for that gas", A, 0.6, 0.75,
      phrase="My own view is"),
    F(5, "I doubt more than one of the three shut plants restarts before 2028.", A, 0.15, 0.3, phrase="I doubt",
      horizon="before 2028", due="2027-12-31"),
    F(7, "the government's own timeline now shows first gas in 2029 at the earliest", "Trinidad and Tobago government",
      0.05, 0.15, phrase="shows", horizon="in 2029 at the earliest", due="2028-12-31"),
    F(7, "Energy lawyers I spoke to think even that is optimistic", "energy lawyers", 0.2, 0.35,
      phrase="think even that is optimistic", due="2029-12-31"),
    F(7, "I would put the chance of Dragon gas reaching Trinidad before the end of 2029 at about one in four.", A,
      0.2, 0.3, phrase="one in four", horizon="before the end of 2029", due="2029-12-31"),
    F(7, "Perhaps a little", A, 0.4, 0.6, phrase="Perhaps", cond="a change of government in Caracas"),
    F(7, "no pipeline gets built in under three years, whoever is in charge", A, 0.05, 0.15,
      horizon="in under three years"),
    F(9, "Not officially, and not soon, in my opinion.", A, 0.05, 0.2, phrase="in my opinion"),
    F(9, "the Governor said in October that the Bank would not devalue in 2027", "Central Bank Governor", 0.1, 0.2,
      phrase="said", horizon="in 2027", due="2027-12-31"),
    F(9, "Dealers expect the queues for US dollars at the commercial banks to get longer before they get shorter",
      "dealers", 0.6, 0.75, phrase="expect"),
    F(9, "the Bank will probably ration foreign exchange more tightly in the first quarter", A, 0.6, 0.75,
      phrase="probably", horizon="in the first quarter", due="2027-03-31"),
    F(11, "No.", A, 0.05, 0.15),
    F(11, "the next general election is not due until 2030", A, 0.75, 0.9, phrase="is not due until",
      horizon="until 2030", due="2030-12-31"),
    F(11, "What I do expect is a mini-budget in the new year.", A, 0.65, 0.8, phrase="What I do expect",
      horizon="in the new year", due="2027-01-31"),
    F(11, "The Minister of Finance has told business groups that spending cuts of about TT$2 billion will be announced \"before Carnival\"",
      "Minister of Finance", 0.7, 0.85, phrase="has told", horizon="before Carnival", due="2027-02-07"),
    F(11, "projected a deficit of 5% of GDP in fiscal 2027 without them", "IMF", 0.5, 0.65, phrase="projected",
      horizon="in fiscal 2027", due="2027-09-30", cond="without them"),
    F(12, "My cousin says petrol is going up again in January.", "Ravi's cousin", 0.65, 0.8, phrase="says",
      horizon="in January", due="2027-01-31"),
    F(13, "Probably.", A, 0.6, 0.75, phrase="Probably", due="2027-01-31"),
    F(13, "The Minister said in the October budget that the fuel subsidy would be \"further rationalised\" during the fiscal year",
      "Minister of Finance", 0.7, 0.85, phrase="said", horizon="during the fiscal year", due="2027-09-30"),
    F(13, "I'd expect 50 cents to a dollar a litre on super.", A, 0.6, 0.75, phrase="I'd expect", due="2027-01-31"),
    F(13, "I would not bet on a diesel increase before the local government elections", A, 0.2, 0.35,
      phrase="I would not bet on", horizon="before the local government elections"),
    F(14, "A friend at the Ministry says Trinidad will be importing gas from Guyana within five years.",
      "reader's friend at the Ministry", 0.65, 0.8, phrase="says", horizon="within five years", due="2031-11-30"),
    F(15, "I would be surprised to see a final investment decision before 2028", A, 0.1, 0.25,
      phrase="I would be surprised", horizon="before 2028", due="2027-12-31"),
    F(15, "I'd call that a long shot.", A, 0.05, 0.2, phrase="a long shot", horizon="Within five years",
      due="2031-11-30"),
    F(16, "Next month's column, on the Carnival economy, runs on Monday 28 December.", A, 0.85, 0.95,
      horizon="on Monday 28 December", due="2026-12-28"),
])

# ---------------------------------------------------------------- radio_lesotho_textiles
M = "Retšelisitsoe Mohapi"
K = "'Mamello Khoali"
DOCS["radio_lesotho_textiles"] = ("2026-12-02", (
    "Second reader's annotation of radio_lesotho_textiles.txt (a community radio morning talk show, Maseru, "
    "Wednesday 2 December 2026, lightly edited transcript: a presenter, an economist in the studio and a union "
    "organiser on the line; garment factories in Maputsoe, US trade preferences, wages, the Polihali dam and water "
    "royalties, SACU revenue, the budget, the loti's peg, food prices, a retraining fund). Speakers by name "
    "('Retšelisitsoe Mohapi', \"'Mamello Khoali\", the presenter 'Palesa Ntsoele' for the programme's own "
    "calendar); others as written. Elliptical answers are forecasts ('There will be, but a smaller one.', 'Some "
    "chance.', 'Probably not before Christmas'); judgements on someone else's forecast carry the probability they "
    "give it ('and I believe they will', 'I would not be surprised if that slips again', 'I would take that threat "
    "seriously', 'We will believe it when the money is in the bank.'); negative forecasts carry the probability "
    "of the positive statement. 'even if it passes' marks a conditional. due_by: 'a year from now' 2027-12-02, "
    "'by the end of 2027' / 'in 2027' / 'next year' 2027-12-31, 'to the end of December' 2026-12-31, 'in "
    "March' / 'by March' 2027-03-31, 'in 2029' 2029-12-31, '2027-28' 2028-03-31 (Lesotho's fiscal year ends in "
    "March), 'the February budget' 2027-02-28, 'in the next two years' 2028-12-02, 'before Christmas' "
    "2026-12-25, 'In January' and 'in the new year' 2027-01-31, 'by April' 2027-04-30. Not forecasts: the "
    "presenter's questions and the listeners' reported question, past and present facts ('closed their gates last "
    "month', 'lapsed last year', 'The dam is late.', reserves, the poor maize harvest, 'the holiday orders were "
    "shipped in October'), 'After that, nobody knows.', an ultimatum on a banner ('Keep the machines running, or "
    "we will be outside Parliament every day.'), a past promise proved wrong ('The Minister of Finance told this "
    "programme in August that the first extra water royalties ... would arrive in October. They did not.'), the "
    "Prime Minister's present-tense 'talking to Washington every week', a wish ('I hope I am wrong.'), a generic "
    "('Talking does not hurt.'), a retrospective ('the industry was never going to grow forever'), advice ('What "
    "people should worry about is food prices', 'My advice to the government is to spend the Polihali money ...')."
), [
    F(2, "the Ministry of Trade says more could follow in the new year", "Ministry of Trade", 0.35, 0.55,
      phrase="could", horizon="in the new year", due="2027-01-31"),
    F(3, "There will be, but a smaller one.", M, 0.8, 0.9, due="2027-12-02"),
    F(3, "My central guess is that employment in the sector falls from about 32,000 today to somewhere between 22,000 and 26,000 by the end of 2027.",
      M, 0.5, 0.65, phrase="My central guess is", horizon="by the end of 2027", due="2027-12-31"),
    F(3, "The ones that sell to South Africa should be fine", M, 0.65, 0.8, phrase="should"),
    F(5, "Some chance.", M, 0.2, 0.4, phrase="Some chance"),
    F(5, "people in Washington I speak to put its chances of passing in 2027 at perhaps one in three",
      "people in Washington", 0.28, 0.38, phrase="one in three", horizon="in 2027", due="2027-12-31"),
    F(5, "even if it passes, I don't expect the orders to come back quickly", M, 0.1, 0.25,
      phrase="I don't expect", cond="even if it passes"),
    F(5, "they will not move back for the sake of a few cents a pair", M, 0.1, 0.2),
    F(7, "The owners of the plant that closed last week told us in writing that they would pay every worker to the end of December",
      "owners of the closed plant", 0.7, 0.85, phrase="told us in writing", horizon="to the end of December",
      due="2026-12-31"),
    F(7, "and I believe they will", K, 0.7, 0.85, phrase="I believe", due="2026-12-31"),
    F(7, "The minimum wage board meets in March", K, 0.85, 0.95, horizon="in March", due="2027-03-31"),
    F(7, "I can tell you now that it will not raise the wage for our sector at that meeting", K, 0.1, 0.2,
      phrase="I can tell you now", horizon="at that meeting", due="2027-03-31"),
    F(7, "the employers will say they cannot afford it", K, 0.75, 0.9, due="2027-03-31"),
    F(9, "The Lesotho Highlands Development Authority now says water will start flowing through the new transfer tunnel in 2029, not 2028",
      "Lesotho Highlands Development Authority", 0.65, 0.8, phrase="says", horizon="in 2029", due="2029-12-31"),
    F(9, "I would not be surprised if that slips again", M, 0.4, 0.6, phrase="I would not be surprised if",
      due="2029-12-31"),
    F(9, "the SACU secretariat's own estimates show that share falling by about 8% in 2027-28", "SACU secretariat",
      0.55, 0.7, phrase="estimates show", horizon="in 2027-28", due="2028-03-31"),
    F(9, "I expect a deficit of 3 to 4% of GDP next year", M, 0.6, 0.75, phrase="I expect", horizon="next year",
      due="2027-12-31"),
    F(9, "the February budget will almost certainly include a freeze on public-sector hiring", M, 0.9, 0.97,
      phrase="almost certainly", horizon="the February budget", due="2027-02-28"),
    F(11, "The peg is not going anywhere.", M, 0.03, 0.1),
    F(11, "The Central Bank has said it will keep the loti at par with the rand", "Central Bank of Lesotho",
      0.8, 0.9, phrase="has said"),
    F(11, "I would put the chance of a devaluation in the next two years at well under 5%.", M, 0.01, 0.05,
      phrase="well under 5%", horizon="in the next two years", due="2028-12-02"),
    F(11, "I think we'll see bread prices up by 10% or more by March", M, 0.6, 0.75, phrase="I think",
      horizon="by March", due="2027-03-31"),
    F(13, "Probably not before Christmas", M, 0.2, 0.35, phrase="Probably not", horizon="before Christmas",
      due="2026-12-25"),
    F(13, "In January, I think, two or three more will go.", M, 0.6, 0.75, phrase="I think", horizon="In January",
      due="2027-01-31"),
    F(13, "Some owners have told the Ministry they may move production to Eswatini", "some factory owners",
      0.35, 0.55, phrase="may"),
    F(13, "I would take that threat seriously", M, 0.4, 0.6, phrase="I would take that threat seriously"),
    F(15, "The government has promised a retraining fund of 50 million maloti, to open by April.", "Lesotho government",
      0.6, 0.8, phrase="has promised", horizon="by April", due="2027-04-30"),
    F(15, "We will believe it when the money is in the bank.", K, 0.2, 0.35, phrase="We will believe it when",
      due="2027-04-30"),
    F(15, "Most of these women will not find another job in Maputsoe", K, 0.1, 0.2),
    F(15, "many will cross to South Africa, papers or no papers", K, 0.75, 0.9),
    F(18, "After the news at eight we'll be talking to wool farmers in Mokhotlong", "Palesa Ntsoele", 0.85, 0.95,
      horizon="After the news at eight", due="2026-12-02"),
    F(18, "on Friday the Minister of Trade joins us to answer your questions", "Palesa Ntsoele", 0.85, 0.95,
      horizon="on Friday", due="2026-12-04"),
])


def main():
    problems = 0
    for stem, (published, about, items) in DOCS.items():
        lines = open(os.path.join(SET, stem + ".txt"), encoding="utf-8").read().split("\n")
        for item in items:
            line = lines[item["line"] - 1]
            for key in ("text", "phrase", "condition"):
                if key in item and item[key].lower() not in line.lower():
                    print(f"PROBLEM {stem} line {item['line']}: {key} {item[key]!r} not on its line")
                    problems += 1
        gold = {"about": about, "document": {"file": stem + ".txt", "published": published}, "forecasts": items}
        with open(os.path.join(HERE, stem + ".json"), "w", encoding="utf-8") as out:
            json.dump(gold, out, ensure_ascii=False, indent=1)
            out.write("\n")
        print(stem, len(items), "forecasts,", sum(1 for i in items if i.get("conditional")), "conditional,",
              sum(1 for i in items if i["by"] == "author"), "by author")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
