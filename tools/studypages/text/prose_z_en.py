"""English prose pool Z (the ninth held-out pool, drawn as set S9: the judge nobody studies).

Original text written for this generator, in other wording than pools S to Y: a Canadian
prairie weekly in February (the Redwillow Prairie Post: Canadian spelling — centre, neighbour,
kilometres —, `$`, temperatures below zero in °C, `Reeve`, `RM of …`, times `7 p.m.`, dates
`Wednesday, Feb. 17`), other topics (an arena's ice plant failing mid-season, a credit union
closing its last rural branch, a blizzard shutting the highway, a grain elevator coming down, a
new doctor for the town, a curling bonspiel with its draw results, the rural municipality's
road budget, a 4-H club's calf project, a rink rat's 50 winters, letters to the editor signed
`Name, Place`, the RCMP's weekly call log); kickers `HOCKEY`, `AGRICULTURE`, `HEALTH CARE`,
`ON THE ROADS`, `LETTERS`; decks; bylines `By NAME` over `Prairie Post` / `Local Journalism
Initiative Reporter` / `Sports Editor`, datelines `REDWILLOW, Sask. —`; run-in heads in the call
log (``runin``); credits `Photo by NAME`, `PHOTO: NAME`, `Submitted photo`, `Post file photo`;
jump lines `Continued on Page {n}`, `See ARENA, Page {n}`, `ARENA continues on Page {n}` (``jumps``
with `{n}`: the page number alone); briefs: a
pancake breakfast, road report, grain prices, a calendar of events, a blood donor clinic, `25
years ago`. Tabloid page sizes (``sizes``), plain folios, prices in dollars, °C (``celsius``).
Same keys as pool T: a story has id, topic, kicker, head, deck, byline, extra, dateline, paras;
a paragraph starting with "## " is a crosshead; briefs have the same keys (head may be None);
captions: id, title, text, credit.
"""

Z_STORIES = [
    dict(id="arena", topic="arena ice plant", kicker="HOCKEY",
         head="Arena’s 46-year-old ice plant gives out in the middle of the season",
         deck="Minor hockey scrambles for ice time in three towns as repairs could take a month",
         byline="By Darcy Lindgren", extra="Sports Editor", dateline="REDWILLOW, Sask. —",
         paras=[
             "The compressor that has kept ice in the Redwillow Memorial Arena since 1980 shut down for good on Saturday night, a few hours after the last game of the Pee Wee tournament.",
             "Arena manager Colleen Sawatzky said staff noticed the brine temperature climbing just after 9 p.m. By Sunday morning there was water pooling along the boards at the south end.",
             "“We’ve been nursing that machine along for ten years,” Sawatzky said. “Every spring we said one more winter. This time it didn’t give us the winter.”",
             "A replacement compressor has been ordered from a supplier in Winnipeg, but the earliest it can be installed is the second week of March. The town estimates the cost at $148,000, not counting the crane needed to lift the old unit out through the roof.",
             "## ‘We’ll drive wherever there’s ice’",
             "Redwillow Minor Hockey has 212 players on 14 teams. President Brent Olafson said the association has found practice slots in Kestrel Lake, Dunmore and Wapella, but some families will be driving 90 kilometres each way on weeknights.",
             "“Nobody’s complaining yet. Ask me again in three weeks,” he said.",
             "The senior Redwillow Rams, who are in first place in the Parkland league, will play their remaining home games in Kestrel Lake. Council will discuss the repair bill at its Feb. 24 meeting.",
         ]),
    dict(id="creditunion", topic="branch closure", kicker=None,
         head="Last bank in Tolliver to close its doors in April",
         deck="Credit union says fewer than 40 members a week still use the counter",
         byline="By Shannon Kowalchuk", extra="Local Journalism Initiative Reporter", dateline=None,
         paras=[
             "Residents of Tolliver will have to drive 35 kilometres to do their banking once the Northern Plains Credit Union closes its branch on Main Street on April 30.",
             "The credit union told members in a letter dated Feb. 9 that traffic at the branch has fallen by more than two-thirds in five years, while the cost of keeping the building heated and staffed has risen.",
             "The automated teller will stay in the Tolliver Co-op store, and the credit union says it will run a mobile branch out of the community hall on the first Tuesday of each month.",
             "That is not enough for Elsie Dueck, who has banked at the same counter since 1961. “I don’t do the phone banking and I’m not going to start at 84,” she said. “Who is going to help me with my bills?”",
             "Mayor Glen Prokopchuk said the village would ask the credit union to keep a part-time teller for at least a year. “When the bank goes, the next thing you lose is the grocery store,” he said.",
             "Two staff members at the branch will be offered positions in Kestrel Lake.",
         ]),
    dict(id="blizzard", topic="blizzard", kicker="ON THE ROADS",
         head="Blizzard shuts Highway 16 for 31 hours",
         deck="Truckers stranded at Redwillow’s two gas stations as RCMP turn traffic back at both ends",
         byline="By Marcy Delorme", extra="Prairie Post", dateline=None,
         paras=[
             "Highway 16 between Kestrel Lake and the Manitoba boundary reopened Monday afternoon after a blizzard with winds gusting to 95 km/h closed it for more than a day.",
             "The Highway Hotline listed the road as closed from 6 a.m. Sunday. Visibility near Redwillow was under 50 metres for most of the day, and the wind chill reached -44.",
             "About 60 semi-trailers spent the night parked at the Esso and the Co-op cardlock on the edge of town. Volunteers from the Lions Club opened the community hall and served chili to drivers until midnight.",
             "“One fellow from Ontario told me he’d never seen snow come sideways like that,” said Lions president Judy Marchuk. “I told him that’s just February.”",
             "Environment Canada says temperatures will stay near -30 until the weekend, with more snow possible on Thursday.",
         ]),
    dict(id="elevator", topic="grain elevator", kicker="AGRICULTURE",
         head="Wooden elevator that stood for 92 years comes down",
         deck="Heritage group could not raise the money to move the last one on the Tolliver siding",
         byline="By Shannon Kowalchuk", extra="Local Journalism Initiative Reporter", dateline=None,
         paras=[
             "Crews from a Regina demolition company pulled down the last wooden grain elevator in the RM of Willow Plains on Thursday, ending a two-year effort to save it.",
             "The elevator was built by the Saskatchewan Wheat Pool in 1934 and last took grain in 1998. Its owner, a farming partnership, said the structure had become a hazard and its insurer would no longer cover it.",
             "The Tolliver Heritage Society had hoped to move the elevator to a lot beside the museum, but the lowest quote for the move was $410,000. The society raised just over $61,000.",
             "About 40 people stood in the cold to watch the building fall. Some took home pieces of the siding. “My dad hauled his first load here in 1947,” said Walter Fehr, 79. “It’s like watching a neighbour’s funeral.”",
             "The society will use the money it raised to put up a sign and a photo display at the site.",
         ]),
    dict(id="doctor", topic="new doctor", kicker="HEALTH CARE",
         head="New doctor means the clinic can open five days a week again",
         deck=None,
         byline="By Marcy Delorme", extra="Prairie Post", dateline=None,
         paras=[
             "For the first time since the summer of 2024, the Redwillow Medical Clinic will be open Monday to Friday when Dr. Amara Nwosu starts work on March 2.",
             "Nwosu trained in Nigeria and completed a practice assessment in Saskatoon last fall. She signed a three-year return-of-service agreement with the health authority.",
             "The town and the RM together paid $30,000 toward furnishing a house for her family and a recruitment trip last year. Councillor Dale Hnatiuk, who chairs the recruitment committee, called it the best money the two councils have spent.",
             "The clinic has had one physician working three days a week. Patients have been waiting up to five weeks for a routine appointment.",
             "Nwosu said she was looking forward to a small town. “My husband has already bought snow boots for all of us,” she said. “I am told they are not optional.”",
             "The clinic will begin booking appointments with the new doctor on Feb. 23.",
         ]),
    dict(id="bonspiel", topic="curling", kicker="CURLING",
         head="Ninety-year-old bonspiel still draws 32 rinks",
         deck="Dunmore foursome takes the A event on the last rock",
         byline="By Darcy Lindgren", extra="Sports Editor", dateline=None,
         paras=[
             "The Redwillow Men’s Bonspiel has been held every February since 1936, and this year’s edition drew rinks from as far as Yorkton and Brandon.",
             "The A event final on Sunday came down to the last shot. Skip Kyle Yaremko of Dunmore drew to the button against Kestrel Lake’s Marty Ens to win 6-5 in an extra end.",
             "“I threw it a little heavy and the boys swept it all the way,” Yaremko said. “Best shot I’ll make all year.”",
             "Results:",
             "A event: Yaremko (Dunmore) def. Ens (Kestrel Lake) 6-5.",
             "B event: Lutz (Redwillow) def. Peters (Wapella) 7-3.",
             "C event: Bilodeau (Tolliver) def. Hartley (Yorkton) 8-6.",
             "Organizers thanked the 40 volunteers who ran the kitchen and the bar over three days.",
         ]),
    dict(id="roads", topic="municipal budget", kicker=None,
         head="RM puts gravel ahead of graders in 2027 budget",
         deck="Ratepayers face a 3.5 per cent increase as the municipality rebuilds 28 kilometres of grid road",
         byline="By Shannon Kowalchuk", extra="Local Journalism Initiative Reporter", dateline=None,
         paras=[
             "The RM of Willow Plains will spend more than half its budget on roads this year, but the new motor grader the public works crew asked for will have to wait.",
             "Council approved the 2027 budget at its Feb. 11 meeting. It totals $4.6 million, including $2.4 million for gravel, culverts and the rebuilding of 28 kilometres of grid road south of Tolliver.",
             "Reeve Harold Bzdel said the roads in the south division were the worst complaint he heard during last fall’s harvest. “If a grain truck can’t get out of the yard, nothing else we do matters,” he said.",
             "Public works foreman Rick Sather told council one of the RM’s two graders is 22 years old and spent 41 days in the shop last year. A new machine would cost about $620,000.",
             "The mill rate rises by 3.5 per cent. A quarter section assessed at $250,000 will pay about $38 more.",
         ]),
    dict(id="calves", topic="4-H", kicker=None,
         head="Calf project teaches more than feeding",
         deck="Willow Plains 4-H members keep records, budgets and early hours",
         byline="By Marcy Delorme", extra="Prairie Post", dateline=None,
         paras=[
             "At 6:30 on a -28 morning, 12-year-old Brooke Lepp is already in the barn, breaking the ice on the water trough for her steer, Moose.",
             "Brooke is one of 19 members of the Willow Plains 4-H Beef Club, who each raise a calf from November until the achievement day in June. Each member keeps a record book of every bale, every vet visit and every dollar spent.",
             "“You learn pretty fast that feed costs money,” Brooke said. “I had to redo my budget twice.”",
             "Club leader Trent Wiebe said most members will sell their steers at the sale in June and put the money toward their education. Last year’s grand champion sold for $4.10 a pound.",
             "The club meets on the second Tuesday of each month at the Tolliver hall and is looking for new members aged 6 to 21.",
         ]),
    dict(id="rinkrat", topic="profile", kicker="PEOPLE",
         head="Fifty winters on the ice",
         deck="Ernie Sokolowski flooded his first rink in 1977 and has no plans to stop",
         byline="By Darcy Lindgren", extra="Sports Editor", dateline=None,
         paras=[
             "Ernie Sokolowski has a rule: the ice is never good enough. At 74, he still comes in at 5 a.m. on game days to flood the Tolliver outdoor rink, a hose over his shoulder and a thermos in his coat pocket.",
             "He started in 1977, when his son was in Atoms and the rink had no lights. The village put in lights in 1983, and a warm-up shack in 1990, which Ernie built himself with lumber from a barn.",
             "“People think you just pour water on it,” he said. “You pour water on it thirty times, in thin coats, and you do it when it’s cold enough and not when it’s too cold.”",
             "Three generations of Tolliver kids have learned to skate on his ice. The village will name the rink after him at a family skate on Feb. 28.",
             "Asked when he would retire, Ernie looked at the sky. “When it stops freezing,” he said.",
         ]),
    dict(id="letters", topic="letters to the editor", kicker="LETTERS",
         head="Keep the clinic open, keep the town alive",
         deck=None, byline=None, extra=None, dateline=None,
         paras=[
             "I was glad to read that a new doctor is coming to Redwillow. Without a clinic, young families will not move here, and without young families the school will close next.",
             "Those of us who have lived here all our lives should make the new doctor and her family welcome. A casserole and a knock on the door go a long way.",
             "Lorraine Fedoruk, Redwillow",
             "The town should think hard before spending $148,000 on a compressor for a building that needs a new roof as well. A regional arena shared with Kestrel Lake would cost each town less in the long run.",
             "Gordon Tait, RM of Willow Plains",
         ]),
    dict(id="calls", topic="RCMP call log", kicker="POLICE",
         head="RCMP report: Feb. 8 to 14",
         deck=None, byline=None, extra=None, dateline=None, runin=" — ",
         paras=[
             "Feb. 8 — A truck was reported stuck in a ditch on Range Road 153. The driver was not hurt and a neighbour pulled the vehicle out.",
             "Feb. 10 — Fuel was stolen from a farm tank north of Tolliver overnight. Police ask anyone who saw a vehicle in the area to call.",
             "Feb. 12 — Officers checked 41 vehicles at a traffic stop on Highway 16. Two drivers were given tickets for not wearing seat belts.",
             "Feb. 13 — A dog was found running loose on Railway Avenue and was returned to its owner.",
         ]),
]

Z_BRIEFS = [
    dict(id="b-pancakes", head="Legion pancake breakfast", byline=None, extra=None, dateline=None,
         paras=["The Royal Canadian Legion Branch 212 will serve its monthly pancake breakfast on Sunday, Feb. 21, from 9 a.m. to noon. Adults $10, children under 12 $5. Proceeds go to the cadet corps."]),
    dict(id="b-roadreport", head="Road report", byline=None, extra=None, dateline=None,
         paras=["Highway 16: partly covered with snow, slippery sections.",
                "Highway 47 south of Tolliver: ice and compact snow.",
                "Grid roads in the RM: plowing continues, expect drifts."]),
    dict(id="b-grain", head="Grain prices", byline=None, extra=None, dateline=None, runin=":",
         paras=["Spring wheat: $8.42 a bushel",
                "Durum: $9.10 a bushel",
                "Canola: $14.86 a bushel",
                "Feed barley: $5.35 a bushel"]),
    dict(id="b-calendar", head="Coming events", byline=None, extra=None, dateline=None, runin=":",
         paras=["Feb. 20: Family skate, Redwillow arena (cancelled, see Page 1).",
                "Feb. 24: RM of Willow Plains council meeting, 10 a.m.",
                "Feb. 27: Fowl supper, St. Olaf Lutheran Church, 5 p.m."]),
    dict(id="b-blood", head=None, byline=None, extra=None, dateline=None,
         paras=["Canadian Blood Services will hold a donor clinic at the Redwillow community hall on Tuesday, March 3, from 1 to 7 p.m. Appointments can be booked online or by phone."]),
    dict(id="b-looking", head="25 years ago", byline=None, extra=None, dateline=None,
         paras=["February 2002: The Redwillow Rams won the provincial senior C title in front of 1,100 fans at the arena. Goaltender Lyle Gusdal stopped 47 shots in the final against Maple Creek."]),
]

Z_CAPTIONS = [
    dict(id="c-arena", title="MELTDOWN",
         text="Arena manager Colleen Sawatzky checks the pooled water along the south boards on Sunday.",
         credit="Photo by Darcy Lindgren"),
    dict(id="c-elevator", title=None,
         text="The Tolliver elevator falls on Thursday afternoon, watched by about 40 residents.",
         credit="PHOTO: SHANNON KOWALCHUK"),
    dict(id="c-calves", title=None,
         text="Brooke Lepp, 12, with her steer Moose in the family barn north of Redwillow.",
         credit="Submitted photo"),
    dict(id="c-bonspiel", title=None,
         text="Second Travis Kuhn sweeps the winning rock in the A event final.",
         credit="Photo by Darcy Lindgren"),
    dict(id="c-rink", title="ICE MAN",
         text="Ernie Sokolowski floods the Tolliver rink before sunrise, as he has since 1977.",
         credit="Post file photo"),
]

Z_PAPER = dict(name="The Redwillow Prairie Post", short="PRAIRIE POST", site="prairiepost.ca",
               dates=["Wednesday, February 17, 2027", "WEDNESDAY, FEB. 17, 2027", "Wednesday, Feb. 24, 2027"],
               motto="Serving Redwillow and the RM of Willow Plains since 1909",
               sections=["Local News", "Farm & Ranch", "Sports", "Opinion", "Community"],
               labels=["NEWS BRIEFS", "Around the Region", "COMMUNITY CALENDAR"],
               jumps=["Continued on Page {n}", "See {s}, Page {n}", "{s} continues on Page {n}"],
               prices=["$1.50", "$1.75", "$2.00"], plain_folios=True, celsius=True,
               sizes=[((640, 920), (4, 5)), ((700, 990), (5, 6)), ((612, 880), (4, 4)), ((740, 1040), (5, 6))])
