"""English prose pool B (the eleventh held-out pool, drawn as set S11: the judge nobody studies).

Original text written for this generator, in other wording than pools S to A (its writer did not
open the J pools, pools Z and A, nor anything under `ocr/`, `tests/` or `docs/`): an Irish
provincial weekly in November (The Kilmoyle Champion: Irish spelling and usage, `per cent`,
`€18,400`, `Cllr`, `Fr`, `gardaí`, `TD`, `GAA` scores `1-13 to 0-14`, times `8pm`, dates
`Friday, November 20`), other topics (turf cutting on a raised bog, a wind farm appeal, a
greenway's first stretch, a county football final with the teams, crumbling homes built with
defective blocks, fibre broadband reaching a townland, an appreciation of a postmistress, letters
to the editor, community notes from the parishes, a vintage tractor run, pupils left without a
school bus seat, a farmer fined for cutting hedges in the nesting season); heads as a question, a
quotation, long down-style heads that wrap onto a lower-case line, one word (`Connected`), a label
(`Letters to the Editor`, `Community Notes`), numbers first; kicker + headline + deck sets;
bylines `By NAME` over `Chief Reporter` / `at St Brigid’s Park` / `Political Correspondent`, a
two-writer byline, `Our Court Reporter`, none on notes; an appreciation signed with initials as its
last paragraph; letters under crossheads signed `Name, Address`; community notes and a pharmacy
rota with run-in heads (``runin``); credits `Pic: NAME`, `Photo: NAME`, `Photo: NAME/Champion`,
`Picture courtesy of X`, `Champion archive`; jump lines `Story continues on page 7`, `Cont. on
page 7`, `TURF — page 7` (``jumps`` with `{n}` and `{s}`); briefs: a garda appeal, a céilí,
club lotto results, a citizens information clinic, a pharmacy rota, a bottle bank moving (headless
briefs among them).
The paper's own page sizes (``sizes``), plain folios, prices in euro and a weather box in °C
(``celsius``); no code path of gen.py is new.
Same keys as pool T: a story has id, topic, kicker, head, deck, byline, extra, dateline, paras;
a paragraph starting with "## " is a crosshead; briefs have the same keys (head may be None);
captions: id, title, text, credit.
"""

B_STORIES = [
    dict(id="turf", topic="turf cutting", kicker="BOG ROW",
         head="Is this the last winter Cloonard bog will be cut?",
         deck="Families who have saved turf on the same banks for five generations say they will not be moved by a conservation order",
         byline="By Siobhán Keaveney", extra="Chief Reporter", dateline=None,
         paras=[
             "Turf cutters on Cloonard bog have vowed to go on saving fuel for their homes next summer despite a conservation order that covers most of the 380-hectare raised bog.",
             "The order, signed by the Minister last month, follows a survey that found the bog still holds one of the largest areas of active peat-forming moss in the midlands.",
             "About 60 families hold turbary rights on Cloonard. Most cut by hand or with a hired machine for two or three weeks in May and June.",
             "“My grandfather cut that bank, and his father before him,” said Tommy Geraghty, who lives at the edge of the bog in Annaghbeg. “We burn maybe eight trailer loads a winter. There is no oil boiler in this house and there never will be.”",
             "Under the compensation scheme, cutters who stop can take a payment of €1,500 a year for 15 years, or have turf delivered from a bog that is not protected.",
             "Cllr Mairéad Cunniffe said the scheme had been offered before and found wanting. “People are not against the bog. They are the ones who minded it for 200 years,” she said.",
             "The National Parks and Wildlife Service said its staff would meet every family with rights on the bog before Christmas and that no enforcement was planned “at this stage”.",
             "A public meeting takes place in Annaghbeg Community Hall on Thursday, November 26, at 8pm.",
         ]),
    dict(id="turbines", topic="wind farm appeal", kicker="PLANNING",
         head="‘We’ll be looking at them for the next 30 years’: 14 turbines get the go-ahead",
         deck="Objectors consider a judicial review after An Bord Pleanála overturns the county council’s refusal",
         byline="By Ronan Hession", extra=None, dateline=None,
         paras=[
             "A wind farm of 14 turbines on Slievecarna mountain has been granted permission on appeal, two years after the county council refused it.",
             "Each turbine will stand 178 metres to the tip of its blades, taller than any building in the country. The developer, Carna Renewables, says the farm will produce enough electricity for about 52,000 homes.",
             "In its decision, the appeals board found the project would not seriously injure the amenities of the area and was in line with national climate policy.",
             "Residents of Gortnamona, the nearest village, had lodged 211 objections. The closest turbine will be 740 metres from the nearest house.",
             "“Nobody asked us,” said Bernie Folan, secretary of Slievecarna Mountain Action Group. “We’ll be looking at them for the next 30 years, and the noise at night is what frightens people.”",
             "The group has until the middle of January to seek leave for a judicial review in the High Court and will meet its solicitor next week.",
             "Carna Renewables said it would set up a community benefit fund worth €280,000 a year for groups within ten kilometres of the site.",
         ]),
    dict(id="greenway", topic="greenway opening", kicker="OUTDOORS",
         head="First 22km of the Arrow Valley greenway opens to walkers and cyclists after eleven years of talks",
         deck="Old railway line between Kilmoyle and Drumlusk is resurfaced, fenced and lit at the road crossings",
         byline="By Aoife Brogan", extra=None, dateline=None,
         paras=[
             "Walkers, runners and cyclists took to the first stretch of the Arrow Valley greenway on Sunday, more than a decade after the idea was first raised at a meeting in Drumlusk.",
             "The 22km route follows the old railway line from Kilmoyle station to Drumlusk, crossing the river twice on the original stone bridges.",
             "It cost €9.6 million, most of it from the Department of Transport. Agreeing access with the 47 landowners along the line took the longest, and one case ended up before the Circuit Court.",
             "Among the first to cycle the full length was 79-year-old Paddy Noone, who worked as a porter at Kilmoyle station until the line closed to passengers in 1963.",
             "“I never thought I’d travel this road again,” he said at the Drumlusk end. “It’s quieter now. No smoke, anyway.”",
             "Car parks with bicycle stands have been built at both ends. A café in the restored goods shed at Kilmoyle is due to open in spring.",
             "The council hopes to extend the route a further 18km to the county boundary by 2029, subject to funding.",
         ]),
    dict(id="final", topic="county football final", kicker="SENIOR FOOTBALL FINAL",
         head="Kilmoyle Gaels end 31-year wait",
         deck="Late goal from corner-forward Cian Mulvihill seals a first county title since 1995",
         byline="By Declan Morrissey", extra="at St Brigid’s Park", dateline=None,
         paras=[
             "Kilmoyle Gaels 1-13 Lisnacree 0-14",
             "Thirty-one years of waiting ended in a roar at St Brigid’s Park on Sunday when Cian Mulvihill’s goal four minutes from the end gave Kilmoyle Gaels the Dr Egan Cup.",
             "Lisnacree, chasing three in a row, led by two points entering the final quarter and looked the stronger side after full-back Liam Tully’s black card.",
             "But the Gaels’ bench changed the game. Substitute Jack Feeney won a kick-out in the middle of the field and found Mulvihill, who turned his man and drilled low into the far corner.",
             "Lisnacree had two chances to level in added time, but Eoin Cassidy’s free dropped short and a last shot from distance drifted wide.",
             "Kilmoyle Gaels: S Dolan; L Tully, M Kearns, P Rattigan; D Hanley, B Cregg, T Moran; J Flynn (0-2), R Dolan; A Keane (0-1), K Gately (0-4, 3f), N Cox; C Mulvihill (1-2), S Egan (0-3, 1 ’45’), D Moran. Subs: J Feeney (0-1) for Cox (44), E Hanley for Keane (52).",
             "Lisnacree: G Mannion; F Burke, O Hegarty, C Ruane; M Keaveney, P Cassidy (0-1), S Walsh; E Cassidy (0-5, 4f), T Grealish; D Fahy (0-2), B Mannion, K Walsh (0-3); L Hynes (0-1), R Egan, J Burke (0-2).",
             "Referee: Martin Coyne (Cloonard).",
         ]),
    dict(id="blocks", topic="defective blocks", kicker="HOUSING",
         head="‘Every winter the cracks get wider and we just patch them again’",
         deck="Forty homes in north of the county found to have been built with defective concrete blocks",
         byline="By Ronan Hession and Siobhán Keaveney", extra=None, dateline=None,
         paras=[
             "At least 40 homes in the north of the county were built with concrete blocks containing too much of a mineral that soaks up water and swells, tests commissioned by homeowners have found.",
             "Most of the houses were built between 2001 and 2008, when blocks from two local quarries were widely used. Both quarries have since closed.",
             "Martina and Gerard Flood’s bungalow outside Drumlusk was finished in 2004. The first crack appeared above the kitchen window seven years later.",
             "“Every winter the cracks get wider and we just patch them again,” Mrs Flood said, running her hand along a gap in the gable wall wide enough to hold a coin. “The children used to think it was funny. Now they ask if the house is going to fall down.”",
             "The homeowners want the county added to the national defective blocks scheme, which pays up to €420,000 to demolish and rebuild a house.",
             "A spokesperson for the Department of Housing said any local authority could apply to join the scheme once it had evidence from independent engineers.",
             "Deputy Noel Kilbride TD said he would raise the matter in the Dáil this week.",
         ]),
    dict(id="broadband", topic="rural broadband", kicker="RURAL BROADBAND",
         head="Connected",
         deck="Fibre reaches the last 118 homes in Tullyvane, where a signal meant standing on the ditch",
         byline="By Aoife Brogan", extra=None, dateline=None,
         paras=[
             "For years, the best place to make a phone call in Tullyvane was on top of the ditch at the end of Kathleen Duignan’s lane.",
             "This week the townland’s 118 homes and farms were connected to fibre broadband, the last part of the parish to be reached under the national plan.",
             "Kathleen’s son, Brian, has been working from home for a software company in Galway since the pandemic. Until now he drove to a hotel car park in Kilmoyle every morning to join meetings.",
             "“The first day it worked I sat in the kitchen with a cup of tea and did a video call with Boston,” he said. “My mother thought I was showing off.”",
             "The company building the network says 86 per cent of premises in the county can now order a fibre connection, up from 41 per cent three years ago.",
         ]),
    dict(id="appreciation", topic="appreciation of a postmistress", kicker="APPRECIATION",
         head="Nora Gilligan: postmistress, camogie star and keeper of the parish’s secrets",
         deck=None, byline=None, extra=None, dateline=None,
         paras=[
             "When Nora Gilligan handed over the keys of Lisnacree post office in 2009, she had sold stamps, paid pensions and read other people’s letters aloud for 44 years. She never once repeated a word of them.",
             "Nora, who died on November 2 in her 91st year, was born in the house behind the shop, the youngest of seven. She won two county camogie medals with Lisnacree in the 1950s and played in goal until she married.",
             "Her husband, Matt, a carpenter, died young, and Nora raised their four children while running the counter, the shop and, for a while, the petrol pump outside.",
             "Generations of emigrants wrote home to the post office because they knew Nora would find their mothers. She kept a drawer of their photographs, sent at Christmas from Boston, Coventry and Sydney.",
             "She is survived by her sons, Liam and Fergal, her daughters, Úna and Bríd, 11 grandchildren and nine great-grandchildren. Ar dheis Dé go raibh a hanam.",
             "M.F.",
         ]),
    dict(id="letters", topic="letters to the editor", kicker=None,
         head="Letters to the Editor",
         deck=None, byline=None, extra=None, dateline=None,
         paras=[
             "## Speed ramps needed at Lisnacree school",
             "Dear Editor, Every morning at 8.45am I stand at the gate of Lisnacree National School and watch cars pass at well over 80km/h. The sign says 30. Must a child be hurt before ramps are put in?",
             "Yours etc, Gráinne Ruane, Lisnacree",
             "## Greenway is a credit to all",
             "Dear Editor, I walked the new greenway from Kilmoyle to Drumlusk on Sunday with my two grandsons. It is a credit to the council and to the landowners who gave their consent. Now can we have a few more benches?",
             "Yours etc, Seán Tiernan, Drumlusk",
             "## Where is the bus?",
             "Dear Editor, The 10.15 bus from Gortnamona to Kilmoyle has not come on time once in three weeks. Older people are left standing at the cross in the rain. Who is responsible?",
             "Yours etc, Name and address with the Editor",
         ]),
    dict(id="notes", topic="community notes", kicker=None,
         head="Community Notes",
         deck="Annaghbeg", byline=None, extra=None, dateline=None, runin=":",
         paras=[
             "Lotto: There was no winner of the €6,400 jackpot. Numbers drawn were 3, 12, 21, 26. Next week’s jackpot is €6,500.",
             "Whist: Results from Friday night: 1st Mary Kelly, 2nd Tom Hunt, 3rd Peggy Noone. Whist continues every Friday at 8.30pm in the hall.",
             "Christmas market: Stalls are still available for the market on Sunday, December 6. Contact Noreen on 087 214 6650.",
             "Mass times: Saturday vigil 7pm; Sunday 10.30am. The Christmas dues will be collected after both Masses.",
             "Sympathy: The community extends its sympathy to the Gilligan family on the death of Nora.",
         ]),
    dict(id="tractors", topic="vintage tractor run", kicker="FUNDRAISER",
         head="142 tractors, 38km and €18,400 for the hospice",
         deck="Grey Fergusons lead the way through four parishes on the coldest morning of the year",
         byline="By Ciarán Lohan", extra=None, dateline=None,
         paras=[
             "The frost had not lifted off the square in Kilmoyle when the first of 142 vintage tractors rolled out on Saturday morning for the annual run in aid of the county hospice.",
             "The oldest was a 1946 Fordson owned by Michael Carney from Cornagh, who drove it the full 38km in a tweed cap and two coats. “She never missed a beat,” he said. “I can’t say the same for myself.”",
             "The route took in Drumlusk, Gortnamona and Lisnacree, where tea and sandwiches were served in the GAA clubhouse.",
             "Organiser Frank Dowd said the run had now raised more than €140,000 since it began in 2012. This year’s total of €18,400 will go towards the hospice’s home care team.",
             "Prizes went to Ann Tansey for the best restored tractor, a 1958 Massey Ferguson 35, and to the Hanley brothers for travelling the furthest, from Ballina.",
         ]),
    dict(id="bus", topic="school transport", kicker="EDUCATION",
         head="No seat on the school bus for forty Drumlusk pupils",
         deck="Parents told to make their own way as route is cut back to one run a day",
         byline="By Ronan Hession", extra="Political Correspondent", dateline=None,
         paras=[
             "Forty secondary school pupils in Drumlusk have been left without a seat on the school bus since the mid-term break, after one of the two morning runs to Kilmoyle was withdrawn.",
             "The children are what the scheme calls concessionary pupils: they live more than 4.8km from school but are not attending their nearest one. Seats are given to them only when there is room.",
             "Parents say the nearest school, 31km away, has no places in second year, so their children had no choice.",
             "“I leave the house at 7.20am, drop three of them to Kilmoyle and I’m late for work every day,” said Deirdre Coen, a nurse at the county hospital. “Half of the parents here don’t have a second car.”",
             "The matter was raised in the Dáil on Wednesday. The Minister of State said an extra bus would be considered “if demand is shown to be sustained”.",
             "Parents will meet at Drumlusk Community Centre on Monday at 8pm.",
         ]),
    dict(id="hedges", topic="hedge cutting case", kicker="DISTRICT COURT",
         head="Farmer fined €400 for flailing hedges during the nesting season",
         deck="Judge hears that birds’ nests were found in the cuttings along a quarter-mile of roadside",
         byline="Our Court Reporter", extra=None, dateline=None,
         paras=[
             "A Gortnamona farmer who cut a quarter of a mile of roadside hedge in May has been fined €400 at Kilmoyle District Court.",
             "Eamon Regan (58), Carrowkeel, Gortnamona, pleaded guilty to cutting vegetation on uncultivated land between March 1 and August 31, when it is prohibited under the Wildlife Acts.",
             "A wildlife ranger told the court she found the remains of three nests, one with broken eggs, among the cuttings on May 14.",
             "The defendant’s solicitor, Conor Mac Giolla, said his client had cut the hedge because a neighbour complained that it was blocking the view at a bend. He accepted he should have waited.",
             "Judge Fiona Lally said the law was there for a reason and was well known to every farmer in the county. She gave Mr Regan three months to pay.",
         ]),
]

B_BRIEFS = [
    dict(id="b-garda", head=None, byline=None, extra=None, dateline=None,
         paras=["Gardaí in Kilmoyle are appealing for witnesses after diesel was stolen from two lorries parked at the mart yard on Tuesday night. Anyone with information can contact Kilmoyle Garda Station on 090 662 4100."]),
    dict(id="b-ceili", head="Céilí in Lisnacree", byline=None, extra=None, dateline=None,
         paras=["A céilí takes place in Lisnacree Parish Hall on Friday, November 27, at 9pm, with music from the Arrow Valley Céilí Band. Admission €10, tea and cake included. All proceeds to the parish hall roof fund."]),
    dict(id="b-lotto", head="Gaels Lotto", byline=None, extra=None, dateline=None,
         paras=["Numbers: 5, 9, 17, 30. No jackpot winner.",
                "€50 each: Joe Cregg, Dympna Moran, the Flynn family.",
                "Next week’s jackpot: €9,200."]),
    dict(id="b-citizens", head="Citizens Information", byline=None, extra=None, dateline=None, runin=":",
         paras=["Kilmoyle: Tuesday, 10am to 12.30pm, the library.",
                "Drumlusk: Wednesday, 2pm to 4pm, the community centre.",
                "Gortnamona: first Thursday of the month, 11am, the parish office."]),
    dict(id="b-pharmacy", head=None, byline=None, extra=None, dateline=None, runin=":",
         paras=["Late pharmacy this week: Friday: Hession’s, Main Street, until 9pm. Sunday: Duffy’s, Bridge Street, 12 noon to 2pm."]),
    dict(id="b-bottles", head="Bottle bank moves", byline=None, extra=None, dateline=None,
         paras=["The bottle bank at the old creamery in Drumlusk has moved to the car park behind the church after complaints about broken glass. The council asks people not to leave bags or boxes beside the bins."]),
]

B_CAPTIONS = [
    dict(id="c-final", title="THE WAIT IS OVER",
         text="Kilmoyle Gaels captain Tadhg Moran lifts the Dr Egan Cup at St Brigid’s Park on Sunday.",
         credit="Photo: Ger Naughton/Champion"),
    dict(id="c-tractors", title=None,
         text="Michael Carney from Cornagh on his 1946 Fordson at the start of the run in Kilmoyle square.",
         credit="Pic: Tommy Rattigan"),
    dict(id="c-greenway", title=None,
         text="Paddy Noone, who worked at Kilmoyle station until 1963, on the new greenway at Drumlusk.",
         credit="Photo: Aoife Brogan"),
    dict(id="c-nora", title=None,
         text="Nora Gilligan behind the counter of Lisnacree post office in 1978.",
         credit="Champion archive"),
    dict(id="c-bog", title="SAVING THE TURF",
         text="Tommy Geraghty and his grandson Darragh footing turf on Cloonard bog last June.",
         credit="Picture courtesy of the Geraghty family"),
]

B_PAPER = dict(name="The Kilmoyle Champion", short="THE CHAMPION", site="kilmoylechampion.ie",
               dates=["Tuesday, November 17, 2026", "TUESDAY, NOVEMBER 17, 2026", "Tuesday, November 24, 2026"],
               motto="Serving the Arrow valley and its parishes since 1894",
               sections=["News", "Farming", "Around the Parishes", "Sport", "Opinion"],
               labels=["NEWS IN BRIEF", "Noticeboard", "PARISH PUMP"],
               jumps=["Story continues on page {n}", "Cont. on page {n}", "{s} — page {n}"],
               prices=["€2.50", "€2.80"], plain_folios=True, celsius=True,
               sizes=[((740, 1040), (5, 5)), ((828, 1170), (5, 6)), ((660, 940), (4, 4)), ((842, 1191), (6, 7))])
