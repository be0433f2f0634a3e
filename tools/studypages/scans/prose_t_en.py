"""English prose pool T (a third study pool) for the held-out scan pages.

The text generator's pool T (tools/studypages/text/prose_t_en.py) adapted to this generator's
data model: other wording than pool S (farming, schools, shipping, a fire, a fraud verdict, an
election count, a museum, a strike, a recipe column, letters, a pilot's obituary), headlines S
lacks (questions, quotes, colons, one word, numbers, long two-line heads, sentence case), bylines
of two writers, "Special to", an e-mail line, "From staff reports", datelines with "(AP)" and a
state, curly quotes. The town is renamed (Port Calder) so it shares no place with scan pool S.
No crossheads (this generator draws none); every brief has a head (the briefs box needs one).
``slug`` (optional) is the jump line's keyword; without it gen.py takes the headline's first word.
"""

T = {'mastheads': ['The Port Calder Ledger', 'SALLOW COUNTY LEDGER', 'The Ledger'],
 'sections': ['THE COAST', 'OUR TOWNS', 'BUSINESS & AG', 'OPINION'],
 'brief_titles': ['NEWS BRIEFS', 'ON THE COAST', 'QUICK TAKES'],
 'stories': [{'kicker': 'ON THE FARM',
              'headline': 'Can a 40-cow dairy still pay its way?',
              'deck': 'Milk checks are up 6 percent this fall. Feed, fuel and vet bills are up '
                      'more.',
              'byline': ['By MAREN TOLLEFSON', 'Agriculture Editor'],
              'dateline': 'SALLOW FLATS',
              'paragraphs': ['Gus and Ilse Vandermeer milk 40 Jerseys twice a day, at 4:30 in '
                             'the morning and again at 4 in the afternoon, in a tie-stall barn '
                             'Gus’s grandfather built in 1951.',
                             'They have not missed a milking in 19 years.',
                             'What they have missed, lately, is a profit. Their co-op paid '
                             '$21.40 per hundredweight in September (roughly 11.6 gallons), up '
                             'from $20.15 a year earlier. But a ton of hay now costs them $265 '
                             'delivered, diesel is near $4.90 a gallon and the last visit from '
                             'the large-animal vet, for a cow with a twisted stomach, came to '
                             '$1,180.',
                             '“People hear milk prices went up and think we’re doing fine,” '
                             'Ilse said, wiping her hands on a feed-store towel. “We’re '
                             'running to stand still.”',
                             'The county had 212 licensed dairies in 1997, according to the '
                             'state Department of Agriculture. It has 31 today. Over the same '
                             'span the average herd grew from 68 cows to 410; three operations '
                             'east of the river milk more than 2,000 head each.',
                             'Economists at Cascade State University’s extension office say a '
                             'family dairy needs at least 150 to 200 cows to cover a hired '
                             'hand, a modern parlor and debt payments. Smaller farms that '
                             'survive tend to have a niche — organic milk, farmstead cheese, '
                             'on-farm sales — or no debt at all.',
                             'The Vandermeers have no debt. They also have no successor: their '
                             'son is a nurse in Spokane, Wash., and their daughter teaches '
                             'fourth grade in Bend.',
                             '“We’ll go as long as the knees hold out,” Gus said. “After that, '
                             'I honestly don’t know. Maybe somebody wants a barn.”'],
              'slug': 'DAIRY'},
             {'kicker': None,
              'headline': 'School board delays four-day week after parents, bus drivers and '
                          'coaches pack hearing to object',
              'deck': None,
              'byline': ['By DEVIN OKAFOR and HOLLIS GRANT', 'Ledger Staff Writers'],
              'dateline': None,
              'paragraphs': ['The Sallow Valley School District will not move to a four-day '
                             'school week next fall after all — at least not yet.',
                             'After a four-hour hearing Tuesday that drew about 300 people to '
                             'the Port Calder High School gym, the five-member board voted 3-2 '
                             'to postpone the change by one year and to form a 15-member '
                             'committee of parents, teachers and staff to study it.',
                             'Superintendent Dr. Alma Reyes-Whitfield had proposed the '
                             'schedule in August as a way to save about $640,000 a year on '
                             'buses, utilities and substitute teachers, and to help recruit '
                             'teachers in a district that started the year with nine openings.',
                             'Speakers were not persuaded. Of the 47 who signed up to testify, '
                             '38 opposed the plan, 6 supported it and 3 said they were '
                             'undecided.',
                             '“Who watches my kids on Mondays?” asked Shawna Petit, a single '
                             'mother of three who works the day shift at the hospital. “Child '
                             'care is $55 a day. That’s not savings. That’s a bill you’re '
                             'handing to me.”',
                             'Bus driver Lyle Haugen said the drivers’ union had not been '
                             'consulted. Several coaches said a four-day week would push more '
                             'practices and games into Fridays and Saturdays, when students '
                             'already miss class for travel.',
                             'Board chair Nora Lindgren, who voted for the delay, said the '
                             'district’s budget problem had not gone away. “We bought '
                             'ourselves a year,” she said. “We did not buy ourselves a '
                             'solution.”'],
              'slug': 'SCHOOLS'},
             {'kicker': 'SHIPPING',
              'headline': 'Port of Calder: container traffic up 18% as second crane arrives',
              'deck': 'A 2,000-ton ship-to-shore crane sailed in from Shanghai on a heavy-lift '
                      'vessel; it goes to work in January',
              'byline': ['By TERESA VILLANUEVA', 'Special to the Ledger'],
              'dateline': 'PORT CALDER, Ore.',
              'paragraphs': ['It took 31 days, one typhoon detour and a very slow final mile, '
                             'but the Port of Calder’s newest crane is here.',
                             'The ship-to-shore crane, which stands 246 feet tall with its '
                             'boom raised, arrived Saturday aboard the Dutch heavy-lift ship '
                             'Zeeland Trader and was rolled onto Terminal 2 on Sunday morning, '
                             'a job that took crews nine hours to move it about 300 feet.',
                             'The $14.7 million crane, paid for in part with a federal '
                             'port-infrastructure grant, will let the port work two vessels at '
                             'once for the first time. Port officials expect it to be '
                             'certified and operating by mid-January.',
                             'Through September, the terminal handled 61,840 TEUs (twenty-foot '
                             'equivalent units, the industry’s standard measure of container '
                             'volume), up 18 percent from the same period last year. Most of '
                             'the growth came from exports of hay, frozen potatoes and lumber '
                             'bound for Japan, South Korea and Taiwan.',
                             'Local 53 of the International Longshore and Warehouse Union says '
                             'the second crane should add about 40 full-time jobs on the '
                             'docks. “Every box that crosses this dock is a shift for '
                             'somebody,” said union president Carl Mattila.',
                             'Not everyone is cheering. Residents of the Bayview neighborhood, '
                             'which sits above the terminal, have complained for two years '
                             'about night-time noise and truck traffic on 9th Street. The port '
                             'says it will install quieter lighting and reroute trucks to the '
                             'new Marsh Road connector by spring.'],
              'slug': 'PORT'},
             {'kicker': None,
              'headline': '“We heard the roof go”: fire guts old cannery warehouse',
              'deck': 'No one hurt; cause under investigation, fire marshal says',
              'byline': ['From staff reports'],
              'dateline': 'PORT CALDER',
              'paragraphs': ['A three-alarm fire destroyed a vacant warehouse at the former '
                             'Pacific Star cannery on the waterfront early Thursday, sending a '
                             'column of black smoke over downtown that could be seen from the '
                             'Highway 101 bridge.',
                             'No injuries were reported.',
                             'The first call came in at 2:14 a.m. from a crew member aboard a '
                             'fishing boat tied up at the neighboring pier. When Calder Fire & '
                             'Rescue arrived about six minutes later, flames were already '
                             'through the roof of the wood-frame building, which was built in '
                             '1926 and had stood empty since 2009.',
                             '“We heard the roof go — a big, long crack, and then the whole '
                             'middle of it just dropped,” said deckhand Tomás Aguirre, 27, who '
                             'was sleeping aboard the F/V Marianne B. “We cut our lines and '
                             'moved the boat off. That was all we could do.”',
                             'Firefighters from four departments fought the blaze from the '
                             'street and from a fireboat. Crews kept it from spreading to a '
                             'marine-supply store and a fuel dock about 60 feet away.',
                             'Fire Marshal Denise Oyelaran said investigators had not '
                             'determined a cause. Transients had been reported in the building '
                             'several times this year, she said, and the power had been shut '
                             'off.',
                             'The property’s owner, Harborline Holdings LLC, had applied in '
                             'March for a permit to demolish the warehouse and build a 60-room '
                             'hotel. A company representative could not be reached Thursday.'],
              'slug': 'CANNERY'},
             {'kicker': 'THE COURTS',
              'headline': 'Guilty on 11 of 14 counts',
              'deck': 'Ex-credit union manager took $1.3 million from members’ accounts over 7 '
                      'years, jury finds',
              'byline': ['By ROSALIND KEMP', 'rkemp@portcalderledger.com'],
              'dateline': 'EUGENE',
              'paragraphs': ['A federal jury on Monday found the former branch manager of '
                             'Sallow Valley Federal Credit Union guilty of 11 counts of bank '
                             'fraud and money laundering, ending a three-week trial that '
                             'featured testimony from more than two dozen of her former '
                             'customers.',
                             'Jurors acquitted Darlene M. Fitch, 58, of Port Calder, on three '
                             'counts tied to a 2019 home-equity loan.',
                             'Prosecutors said Fitch moved money out of dormant accounts — '
                             'many belonging to elderly members or members who had died — into '
                             'accounts she controlled, then used the money to pay off credit '
                             'cards, buy a 2022 Ford Expedition and fund trips to Las Vegas '
                             'and Maui. She concealed the transfers by altering monthly '
                             'statements, they said.',
                             'Fitch testified in her own defense last week. She told jurors '
                             'she had borrowed the money intending to pay it back and that a '
                             'second employee, who was never charged, had approved many of the '
                             'withdrawals.',
                             'U.S. District Judge Harold P. Wynn set sentencing for Jan. 9. '
                             'Each bank-fraud count carries a maximum of 30 years; federal '
                             'sentencing guidelines, which take into account the amount lost '
                             'and Fitch’s lack of a criminal record, call for far less.',
                             'The credit union has reimbursed all affected members, a '
                             'spokesman said.'],
              'slug': 'FITCH'},
             {'kicker': 'ELECTION 2026',
              'headline': 'Recount',
              'deck': 'Seven votes separate candidates for county commissioner after final '
                      'tally',
              'byline': ['By DEVIN OKAFOR', 'Ledger Staff Writer'],
              'dateline': None,
              'paragraphs': ['Seven votes.',
                             'That is the margin, out of 18,406 ballots cast, between the two '
                             'candidates for Sallow County Commissioner, Position 2, after '
                             'county elections staff finished counting late-arriving and '
                             'challenged ballots Friday afternoon.',
                             'The final unofficial results: Hal Brennick (D), 9,131; Judith '
                             'Amaro-Price (R), 9,124; write-ins, 151.',
                             'State law requires an automatic recount when the margin is less '
                             'than one-fifth of 1 percent of the votes cast for the two '
                             'leading candidates. Seven votes is about 0.04 percent.',
                             'County Clerk Beverly Sato said her office would begin a hand '
                             'recount on Nov. 23 in the basement of the courthouse annex, with '
                             'observers from both parties present. She expects it to take '
                             'three days.',
                             '“Every one of those ballots will be looked at by human eyes, in '
                             'public,” Sato said. “If anyone wants to watch, bring a sweater. '
                             'It’s cold down there.”',
                             'Brennick, a retired fire captain, led by 212 votes on election '
                             'night. His lead shrank each day as mail ballots postmarked by '
                             'Election Day were counted. Amaro-Price, a two-term member of the '
                             'Port Calder City Council, gained ground in the county’s rural '
                             'precincts.',
                             'Neither candidate declared victory Friday.'],
              'slug': 'RECOUNT'},
             {'kicker': 'ARTS & CULTURE',
              'headline': 'Maritime museum reopens after $2.4M face-lift',
              'deck': 'A restored 1908 lighthouse lens is the new centerpiece',
              'byline': ['By JUNE ABERNATHY-COLE', 'Correspondent'],
              'dateline': None,
              'paragraphs': ['After 22 months behind plywood, the Sallow Bay Maritime Museum '
                             'opened its doors again on Saturday, and the line at the front '
                             'desk stretched out onto Front Street.',
                             'The centerpiece of the renovated main hall is the first-order '
                             'Fresnel lens from the Cape Mercy lighthouse: 1,008 hand-ground '
                             'glass prisms in a brass frame taller than a basketball hoop. It '
                             'was removed from the lighthouse in 1978, stored in pieces in a '
                             'Coast Guard warehouse in Astoria and returned to the county in '
                             '2019.',
                             'Restoring it took a team of two conservators from Portland more '
                             'than 14 months. “Some of the prisms hadn’t been cleaned since '
                             'Theodore Roosevelt was president,” said conservator Priya '
                             'Hallett. “We found a moth in one. A whole moth.”',
                             'Other new exhibits tell the story of the bar pilots who guide '
                             'ships over the treacherous river entrance, the Finnish and '
                             'Croatian families who fished from the bay, and the 1936 wreck of '
                             'the steam schooner Ardent.',
                             'The project was paid for with a state cultural-trust grant '
                             '($900,000), a county bond ($750,000) and private donations.',
                             'Hours: Tuesday–Sunday, 10 a.m.–5 p.m. Admission: $12 adults, $8 '
                             'seniors and students, free for children 5 and younger.'],
              'slug': 'MUSEUM'},
             {'kicker': 'LABOR',
              'headline': 'Mill workers walk out; talks break down over pensions',
              'deck': None,
              'byline': ['By TERESA VILLANUEVA and ROSALIND KEMP', 'Ledger Staff'],
              'dateline': 'MILTON CROSSING',
              'paragraphs': ['About 240 hourly workers at the Northfork Paper mill walked off '
                             'the job at 6 a.m. Wednesday, the first strike at the plant since '
                             '1986.',
                             'Members of United Steelworkers Local 1097 set up picket lines at '
                             'both mill gates, carrying signs that read “38 years, no '
                             'pension?” and “We made your profits.” Trucks loaded with pulp '
                             'logs were turned back at the main gate by mid-morning.',
                             'The union and the company had met 14 times since the contract '
                             'expired on Sept. 30. Both sides said the key dispute is the '
                             'company’s plan to close the mill’s defined-benefit pension to '
                             'workers hired after 2027 and replace it with a 401(k)-style '
                             'account.',
                             '“They’re asking the next generation to do the same work for less '
                             'security,” said Local 1097 president Ron Kettleson, a 26-year '
                             'millwright. “That’s not something this local is going to sign.”',
                             'In a written statement, Northfork’s vice president of '
                             'operations, Gail Underhill, said the company’s offer included '
                             'wage increases of 4 percent in the first year and 3 percent in '
                             'each of the next two, and that pension costs had “grown faster '
                             'than the mill’s revenue for a decade.”',
                             'The company said salaried staff would keep the mill’s two paper '
                             'machines running at reduced speed. No new talks had been '
                             'scheduled as of Wednesday night.'],
              'slug': 'STRIKE'},
             {'kicker': 'IN THE KITCHEN',
              'headline': 'A chowder for the first cold night',
              'deck': 'Smoked fish instead of clams, and less cream than you think',
              'byline': ['By NELL PARRISH', 'Food Columnist'],
              'dateline': None,
              'paragraphs': ['The first really cold night of the year arrived on Tuesday, and '
                             'with it the urge, which I have never once resisted, to make '
                             'chowder.',
                             'This one uses smoked black cod (sablefish) from the fish counter '
                             'rather than clams. It is quicker, it is cheaper, and my '
                             'neighbor’s 9-year-old, who claims not to like fish, ate two '
                             'bowls.',
                             '2 tablespoons butter; 3 slices thick-cut bacon, chopped; 1 large '
                             'onion, diced; 2 celery ribs, diced; 1 pound Yukon Gold potatoes, '
                             'cut in 1/2-inch cubes; 3 cups fish or chicken stock; 1 bay leaf; '
                             '12 ounces smoked black cod, skin removed; 1 cup half-and-half; '
                             'salt, pepper and chopped parsley.',
                             'Melt the butter in a heavy pot over medium heat and cook the '
                             'bacon until crisp, about 6 minutes. Add the onion and celery and '
                             'cook until soft but not brown.',
                             'Add the potatoes, stock and bay leaf. Simmer, partly covered, '
                             'for 15 minutes, or until a potato breaks when pressed against '
                             'the side of the pot.',
                             'Flake the fish into large pieces and stir it in with the '
                             'half-and-half. Heat gently — do not let it boil — and season. '
                             'Serve with oyster crackers, or with bread that is a day too old '
                             'for anything else.'],
              'slug': 'CHOWDER'},
             {'kicker': 'OPINION',
              'headline': 'Letters to the editor',
              'deck': None,
              'byline': None,
              'dateline': None,
              'paragraphs': ['The county’s decision to drop the 7:15 p.m. sailing from Gull '
                             'Island (“Ferry schedule trimmed to save fuel,” Oct. 28) may save '
                             '$90,000 a year. It will also mean that anyone on the island who '
                             'works a shift past 6 — nurses, cooks, cannery workers — has no '
                             'way home. Did anyone on the commission ask us?',
                             '— Agnes Pruett, Gull Island',
                             'On Oct. 30 my husband collapsed in our driveway. The crew from '
                             'Station 3 was there in under five minutes. He is home now and '
                             'grumbling about his diet, which I take as a good sign. We will '
                             'never be able to thank them enough.',
                             '— Marjorie and Ed Costa, Port Calder',
                             'I have read the arguments against Measure 19-42. Yes, $0.29 per '
                             '$1,000 of assessed value is real money. So is the price of a '
                             'book, a computer, a warm room on a January afternoon. Vote yes.',
                             '— Rev. Thomas Oduya, Milton Crossing'],
              'slug': 'LETTERS'},
             {'kicker': None,
              'headline': 'Capt. Ray Dunphy, bar pilot who guided 9,000 ships across the river '
                          'mouth, dies at 84',
              'deck': 'He was aboard for the 1977 rescue of the freighter Kaimon Maru',
              'byline': ['By HOLLIS GRANT', 'Ledger Staff Writer'],
              'dateline': None,
              'paragraphs': ['Raymond J. Dunphy spent 31 years climbing rope ladders up the '
                             'sides of ships in the dark, in winter, in seas that sank more '
                             'than 2,000 vessels off this coast in the last two centuries. He '
                             'never lost one.',
                             'Capt. Dunphy, a member of the Sallow Bar Pilots Association from '
                             '1969 until his retirement in 2000, died Oct. 29 at a care home '
                             'in Seaside. He was 84. His daughter, Kathleen Dunphy-Marsh, said '
                             'the cause was complications of Parkinson’s disease.',
                             'Bar pilots board every large ship entering or leaving the river '
                             'and take the helm across the bar, a shifting shoal where the '
                             'current meets the Pacific. By the association’s count, Capt. '
                             'Dunphy piloted about 9,000 crossings.',
                             'His best-known night came in December 1977, when the Japanese '
                             'freighter Kaimon Maru lost power in 30-foot seas. Capt. Dunphy, '
                             'already aboard, helped the crew drop anchor within half a mile '
                             'of the north jetty and stayed on the bridge for 19 hours until '
                             'tugs could reach her.',
                             '“He used to say the ocean doesn’t care how good you are,” his '
                             'daughter said. “So you had better be careful instead.”',
                             'Born in Boston on March 3, 1942, he served in the Navy and '
                             'earned a master’s license at 26. He is survived by his wife of '
                             '58 years, Maureen; three children; and seven grandchildren. A '
                             'funeral Mass will be held at 10 a.m. Nov. 14 at Star of the Sea '
                             'Church.'],
              'slug': 'DUNPHY'}],
 'briefs': [{'head': 'Hydrant flushing this week',
             'text': 'City crews will flush fire hydrants in the Bayview and Hilltop '
                     'neighborhoods from 8 p.m. to 5 a.m., Monday through Thursday. Tap water '
                     'may look rusty for a few hours afterward; run the cold tap until it '
                     'clears.'},
            {'head': 'Rockslide closes Highway 101',
             'text': 'CANNON POINT — A rockslide closed both lanes of Highway 101 about 2 '
                     'miles south of Cannon Point on Friday night. ODOT expected one lane to '
                     'reopen, with flaggers, by noon Saturday.'},
            {'head': 'Correction',
             'text': 'A story on Page A3 of Tuesday’s edition misstated the amount of a state '
                     'grant to the Sallow Bay Maritime Museum. It was $900,000, not $9 '
                     'million. The Ledger regrets the error.'},
            {'head': 'Eagle nests at record',
             'text': 'SALEM (AP) — Oregon wildlife officials counted 614 occupied bald-eagle '
                     'nests this year, the most since surveys began in 1978, the Department of '
                     'Fish and Wildlife said Thursday. In the 1970s, fewer than 70 nesting '
                     'pairs were known in the state.'},
            {'head': 'RV park hearing Thursday',
             'text': 'The Sallow County Planning Commission meets at 6:30 p.m. Thursday in '
                     'Room 104 of the courthouse annex to take public comment on a proposed RV '
                     'park on Marsh Road. Written comments are due by 5 p.m. Wednesday.'},
            {'head': 'Pumpkin tops 1,400 lbs.',
             'text': 'A pumpkin grown by Walt and Debbie Skog of Milton Crossing weighed in at '
                     '1,416 pounds at the county’s harvest festival on Sunday, a fair record. '
                     'The Skogs’ previous best was 1,102 pounds in 2023.'}],
 'photos': [{'caption': 'A ship-to-shore crane is rolled off the heavy-lift vessel Zeeland '
                        'Trader onto Terminal 2 at the Port of Calder on Sunday. It will begin '
                        'working ships in January.',
             'credit': 'Photo: TERESA VILLANUEVA / Special to the Ledger'},
            {'caption': 'Striking millworkers picket outside the main gate of the Northfork '
                        'Paper mill in Milton Crossing on Wednesday morning.',
             'credit': 'ROSALIND KEMP | The Ledger'},
            {'caption': 'Ilse Vandermeer attaches a milking unit to one of the family’s 40 '
                        'Jersey cows at 4:40 a.m. on a farm near Sallow Flats.',
             'credit': 'MAREN TOLLEFSON/Ledger'},
            {'caption': 'Smoke rises over the Port Calder waterfront as crews fight a fire at '
                        'the old Pacific Star cannery early Thursday.',
             'credit': 'AP Photo/Carla Munro'}],
 'furniture': {'dates': ['Thursday, November 12, 2026',
                         'FRI., NOV. 13, 2026',
                         'Sunday, Nov. 15, 2026'],
               'extras': ['Vol. 124 · No. 317',
                          '$2.00 daily / $3.50 Sunday',
                          'Rain, then clearing; high 54°',
                          'Est. 1902'],
               'jump': 'Please see {word}, Page {p}',
               'jump_alt': 'Turn to {word} on {p}'}}

POOLS = {"T": T}
