"""English prose pool V (the fifth held-out pool, drawn as set S5: a check nobody studies).

The text generator's pool V (tools/studypages/text/prose_v_en.py) adapted to this generator's
data model: other wording than pools S, T and U (a power cut, a ferry timetable, a library
reopening, a dog show, a vaccine clinic, a land dispute in court, a cycling race, a housing estate
plan, a science fair, a pension debate, a rescue at sea; the art auction is left out), headlines
numbers first, a question and its answer, an exclamation (`Champion!`), kicker `EXCLUSIVE`;
bylines `By X, Staff Reporter`, `X reports`, `Our correspondent`; bullet (`•`) and numbered
(`1. X`) paragraphs, quotes as whole paragraphs; credits `PHOTO: X`, `Courtesy of X`; jump lines
`X, continued on Page N`. No crossheads (this generator draws none); every brief has a head.
"""

V = {'mastheads': ['The Langley Courier', 'THE LANGLEY COURIER', 'Langley Courier'],
 'sections': ['THE COAST', 'TOWN & COUNTY', 'SPORT', 'COMMUNITY'],
 'brief_titles': ['ALONG THE COAST', 'QUICK READS', 'NEWS IN BRIEF'],
 'stories': [{'kicker': None,
              'headline': '1,200 homes, 9 hours, no power: what went wrong at the Kelso substation',
              'deck': 'A failed transformer left the north side dark from dusk to dawn; the '
                      'utility promises a review by Christmas',
              'byline': ['By Hannah Lowry, Staff Reporter'],
              'paragraphs': ['The lights went out on Ridgeway Avenue at 4:52 p.m. on Monday, just '
                             'as the street lamps should have come on.',
                             'For the next nine hours about 1,200 homes and 40 businesses on '
                             'Kelso’s north side had no electricity, after a transformer at the '
                             'Harlow Lane substation overheated and shut itself down. Crews from '
                             'Northshore Power restored the last customers at 2:10 a.m. Tuesday.',
                             'The utility said a cooling fan on the 1987 transformer had failed '
                             'some time on Sunday, and an alarm meant to warn the control room did '
                             'not sound. “That is the part we cannot explain yet, and it is the '
                             'part that matters,” said Graham Fell, the company’s director of '
                             'operations.',
                             'Temperatures fell to 27 degrees overnight. The town opened the gym '
                             'at Kelso Middle School as a warming center, and 63 people slept '
                             'there on borrowed cots. Firefighters checked on 18 residents who '
                             'rely on home oxygen machines.',
                             'At the Corner Pantry on Ridgeway, owner Dev Malhotra moved milk and '
                             'meat into coolers packed with snow from the parking lot. “We lost '
                             'maybe a third of the fridge anyway,” he said.',
                             'Northshore Power said customers who lost food or medicine can apply '
                             'for up to $150 in credit on its website until Jan. 15. A report on '
                             'the failure is due to the state utilities board by Dec. 23.'],
              'dateline': 'KELSO',
              'slug': 'BLACKOUT'},
             {'kicker': 'ON THE WATER',
              'headline': 'Will the 7:15 still sail? Yes — but not on Sundays',
              'deck': 'New winter timetable for the Gull Island ferry drops four crossings a week '
                      'and moves the last boat home to 9:40 p.m.',
              'byline': ['Martin Osei reports'],
              'paragraphs': ['Commuters on the Gull Island ferry will keep their early boat this '
                             'winter, but weekend visitors will find fewer crossings from next '
                             'month.',
                             'The Bay Transit Authority published its winter timetable on '
                             'Wednesday. It runs from Jan. 4 to March 28 and cuts the service from '
                             '52 crossings a week to 48.',
                             'Here is what changes:',
                             '• The 7:15 a.m. from Gull Island runs Monday to Saturday only.',
                             '• The last sailing from the mainland moves from 10:30 p.m. to 9:40 '
                             'p.m.',
                             '• The Sunday noon boat is withdrawn; the 11 a.m. and 1 p.m. sailings '
                             'stay.',
                             '• Fares are unchanged: $4.50 one way, $2 for children and seniors.',
                             'The authority said the cuts follow a fall in winter passengers, '
                             'which averaged 310 a day last year against 880 in summer, and a '
                             'shortage of licensed deckhands.',
                             'Islanders who work late shifts on the mainland are not pleased. “If '
                             'you finish at the hospital at 10, you now have nowhere to go,” said '
                             'Carol Benn, a night nurse who has taken the ferry for 19 years. The '
                             'authority said it would review the late sailing in February.'],
              'dateline': None,
              'slug': 'FERRY'},
             {'kicker': 'BACK IN BUSINESS',
              'headline': 'Doors open again at Main Street library after 20-month rebuild',
              'deck': 'Children’s floor, a maker room and 30 more study seats; the old card '
                      'catalog stays as a display',
              'byline': ['By Ruth Adeyemi', 'Staff Reporter'],
              'paragraphs': ['A line of about 200 people, many of them children in winter coats, '
                             'stretched down Main Street on Saturday morning before the doors of '
                             'the public library opened at 10 for the first time since April of '
                             'last year.',
                             'The 1911 building closed after a leaking roof soaked part of the '
                             'stacks. What began as a repair turned into a $6.8 million '
                             'renovation, paid for by the town, a state grant and $1.1 million '
                             'raised by the Friends of the Library.',
                             'Inside, the children’s books have moved to the bright upper floor, '
                             'which used to hold storage. The basement, once the periodicals room, '
                             'is now a maker room with two 3-D printers, sewing machines and a '
                             'recording booth.',
                             '“We wanted a building people would use on a Tuesday afternoon, not '
                             'just admire,” said Anita Kowalczyk, the library director.',
                             'The oak card catalog, retired in 1996, stands by the front desk as a '
                             'display. Its drawers now hold local history: postcards, old school '
                             'reports and a 1938 flood map.',
                             'The library is open seven days a week through the winter, from 9 '
                             'a.m. to 8 p.m. on weekdays.'],
              'dateline': None,
              'slug': 'LIBRARY'},
             {'kicker': 'BEST IN SHOW',
              'headline': 'Champion!',
              'deck': 'A 4-year-old border collie named Pepper takes the top prize at the county '
                      'dog show, beating 311 other entries',
              'byline': ['Our correspondent'],
              'paragraphs': ['Pepper did not bark once all afternoon. That, her owner said '
                             'afterward, may have been the secret.',
                             'The black-and-white border collie from Milby Farm was named best in '
                             'show on Sunday at the 58th Ashford County Dog Show, held for the '
                             'first time in the new equestrian hall at the fairground. There were '
                             '312 dogs from 74 breeds.',
                             '“She just looked at the judge like she had known him for years,” '
                             'said Ellen Prothero, who has bred collies for three decades. “The '
                             'rest of us were shaking.”',
                             'Group winners:',
                             '1. Herding: Pepper, border collie (Ellen Prothero)',
                             '2. Terrier: Duke, Welsh terrier (Sam and Alma Reyes)',
                             '3. Toy: Biscuit, Pomeranian (Lily Tran)',
                             '4. Hound: Arlo, beagle (Frank Obi)',
                             'The junior handlers’ cup went to Maya Kerr, 12, with her standard '
                             'poodle, Cedar. Proceeds from the gate, about $9,400, go to the '
                             'county animal shelter.'],
              'dateline': 'ASHFORD',
              'slug': 'DOGSHOW'},
             {'kicker': None,
              'headline': 'Flu and COVID shots offered at walk-in clinic this weekend',
              'deck': 'No appointment needed at the Grange Road community center; children 6 '
                      'months and older welcome',
              'byline': ['By Paul Mensah, Staff Reporter'],
              'paragraphs': ['The county health department will run a free walk-in vaccine clinic '
                             'on Saturday and Sunday at the Grange Road community center, as flu '
                             'cases climb earlier than usual this winter.',
                             'Nurses will give flu shots and the updated COVID-19 vaccine, '
                             'together or separately, from 9 a.m. to 3 p.m. both days. Last year’s '
                             'weekend clinic drew 1,140 people.',
                             'What to bring:',
                             '• An insurance card, if you have one. Nobody will be turned away '
                             'without it.',
                             '• A list of any medicines you take.',
                             '• For children, their vaccination record.',
                             'Dr. Naomi Field, the county health officer, said 214 flu cases had '
                             'been confirmed by laboratories in the past three weeks, against 61 '
                             'in the same weeks last year. Two nursing homes have reported '
                             'outbreaks.',
                             '“The best time to get the shot was October. The second best time is '
                             'this weekend,” she said.'],
              'dateline': None,
              'slug': 'VACCINE'},
             {'kicker': 'IN COURT',
              'headline': 'Judge rules for farmer in 14-year fight over a strip of river meadow',
              'deck': 'Developer’s claim to the 3.2-acre parcel rested on a 1952 survey the court '
                      'calls unreliable',
              'byline': ['By Lorna Pike', 'Courts reporter'],
              'paragraphs': ['A Superior Court judge on Thursday ended one of the county’s '
                             'longest-running property fights, ruling that a narrow strip of '
                             'meadow along the Brenn River belongs to the Hollis family, who have '
                             'grazed cattle on it since the 1940s.',
                             'Castlerock Homes had claimed the 3.2 acres as part of the land it '
                             'bought in 2011 for a planned subdivision. Its case rested on a '
                             'survey drawn in 1952, which put the boundary along an old fence line '
                             'about 60 feet west of where the Hollises say it lies.',
                             'Judge Marcus Tate found the survey “internally inconsistent” and '
                             'said the river itself, which had shifted, was the better guide. He '
                             'also found that the family had used the land openly for more than '
                             'the 20 years state law requires.',
                             '“My father fixed that fence every spring. I am glad somebody finally '
                             'wrote down what we always knew.”',
                             '— Walter Hollis, 71, after the ruling',
                             'Castlerock’s lawyer, Dana Whitfield, said the company was '
                             'disappointed and would decide within 30 days whether to appeal.'],
              'dateline': None,
              'slug': 'LANDCOURT'},
             {'kicker': 'CYCLING',
              'headline': 'Second place again? Not this time: Vance takes the Coast Classic',
              'deck': 'The Ashford rider wins the 112-mile race by 4 seconds after two runner-up '
                      'finishes',
              'byline': ['By Owen Tait', 'Sports Reporter'],
              'paragraphs': ['Jess Vance had finished second in the Coast Classic twice. On '
                             'Saturday she refused to wait for the sprint.',
                             'The 27-year-old from Ashford attacked on the final climb at Harker’s '
                             'Bluff, 6 miles from the finish, and held off a chasing group of five '
                             'on the long descent into Port Langley to win the 112-mile race in 4 '
                             'hours, 51 minutes and 20 seconds.',
                             '“I knew if it came down to a sprint I would lose again,” Vance said. '
                             '“So I just went, and I didn’t look back until the last corner.”',
                             'Wind off the water split the field of 146 riders early, and only 38 '
                             'finished within ten minutes of the winner.',
                             'Results (women’s elite):',
                             '1. Jess Vance, Ashford Wheelers, 4:51:20',
                             '2. Rhian Moss, Bayline Racing, at 4 sec.',
                             '3. Kira Lund, Port Langley CC, same time',
                             '4. Anna Bello, Team Northgate, at 11 sec.',
                             'The men’s race was won by Tomás Rey of Bayline Racing in 4:22:07.'],
              'dateline': 'PORT LANGLEY',
              'slug': 'CYCLING'},
             {'kicker': 'EXCLUSIVE',
              'headline': 'Plans for 640 homes on old brickworks site revealed',
              'deck': 'Drawings seen by the Courier show three apartment blocks, 210 townhouses '
                      'and a new primary school',
              'byline': ['By Hannah Lowry and Ben Archer', 'Staff Reporters'],
              'paragraphs': ['A developer wants to build 640 homes on the former Kelso brickworks, '
                             'according to plans seen by the Courier ahead of their formal '
                             'submission to the town next week.',
                             'The 38-acre site on Quarry Road has been empty since the works '
                             'closed in 2009. Drawings prepared for Fenwick Land Partners show '
                             'three apartment blocks of up to six stories near the road, 210 '
                             'townhouses further back, a primary school for 420 pupils and a park '
                             'around the old clay pit, which would be turned into a pond.',
                             'About a quarter of the homes would be offered below market rent or '
                             'price, the plans say, which is the minimum the town requires.',
                             'Neighbors on Quarry Road said they were not against homes on the '
                             'site but feared the traffic. “There is one road in and one road '
                             'out,” said Julie Stone, who lives opposite the gates. The plans '
                             'include a second entrance from the bypass.',
                             'Fenwick Land Partners confirmed it would submit an application '
                             'before Christmas but declined to comment on the details. A public '
                             'meeting is planned for January.'],
              'dateline': None,
              'slug': 'ESTATE'},
             {'kicker': None,
              'headline': 'Sixth-graders’ bee counter wins the county science fair',
              'deck': None,
              'byline': ['By Ruth Adeyemi', 'Staff Reporter'],
              'paragraphs': ['A cardboard box, a cheap camera and a lot of patience earned three '
                             'Westbrook sixth-graders first prize at the county science fair on '
                             'Friday.',
                             'Leo Park, Amara Dike and Sofia Grant built a device that counts bees '
                             'going in and out of a hive by watching the entrance and telling a '
                             'bee from a fly by the way it moves. Over six weeks it counted more '
                             'than 41,000 trips, and the students found the bees worked hardest on '
                             'mornings after rain.',
                             '“We thought it would take a weekend,” Amara said. “It took the whole '
                             'summer.”',
                             'The fair at Kelso High School drew 186 projects from 14 schools. '
                             'Judges included two engineers from the water authority and a retired '
                             'veterinarian.',
                             'Other winners were a study of which paper towels soak up the most '
                             'water, from Hillside Middle School, and a model wind turbine made '
                             'from a bicycle wheel, from St. Brendan’s.',
                             'The top three projects go on to the state fair in Hartley in March.'],
              'dateline': None,
              'slug': 'SCIENCEFAIR'},
             {'kicker': 'AT THE STATEHOUSE',
              'headline': 'Raise the retirement age for state workers? Lawmakers split after long '
                          'hearing',
              'deck': 'Treasurer says the fund is short $2.3 billion; unions call the plan a '
                      'broken promise',
              'byline': ['Diane Okafor reports'],
              'paragraphs': ['A plan to raise the age at which state workers can draw a full '
                             'pension, from 62 to 65, drew more than six hours of testimony at the '
                             'Capitol on Tuesday and no sign of agreement.',
                             'The bill would apply only to workers hired after July 1 next year. '
                             'State Treasurer Alan Boyd told the Senate finance committee the '
                             'pension fund had about 71 cents for every dollar it owes, and the '
                             'gap would keep growing without changes.',
                             '“We can make a hard choice now, or our children can make a much '
                             'harder one later.”',
                             '— Treasurer Alan Boyd',
                             'Union leaders said workers had already given up raises in 2010 to '
                             'help the fund. “A pension is a promise,” said Gloria Pratt, '
                             'president of the state employees’ association. “You don’t change a '
                             'promise because it got expensive.”',
                             'The committee chairman, Sen. Roy Castellano, said he did not expect '
                             'a vote before February.'],
              'dateline': 'HARTLEY',
              'slug': 'PENSIONS'},
             {'kicker': 'SAVED AT SEA',
              'headline': 'Three fishermen pulled from life raft after 16 hours adrift',
              'deck': 'Coast Guard helicopter finds the crew of the Mary Beth 40 miles off Cape '
                      'Sable',
              'byline': ['By Martin Osei', 'Staff Reporter'],
              'paragraphs': ['Three fishermen whose boat sank in rough seas on Monday night were '
                             'found alive in a life raft on Tuesday afternoon, cold and hungry but '
                             'unhurt.',
                             'The 48-foot scalloper Mary Beth, out of Port Langley, began taking '
                             'on water around 11 p.m. about 40 miles southeast of Cape Sable. The '
                             'crew sent a mayday and an emergency beacon before abandoning ship.',
                             'Winds of 35 knots and 12-foot waves kept rescuers back overnight. A '
                             'Coast Guard helicopter spotted the orange raft at 3:20 p.m. and '
                             'lifted the men aboard one at a time.',
                             '“When we heard that helicopter, nobody said a word. We just held on '
                             'to each other,” said the captain, Ray Dufresne, 54, speaking from '
                             'the hospital in Port Langley.',
                             'The Coast Guard said the crew did everything right: they wore '
                             'survival suits, took the beacon with them and stayed together in the '
                             'raft.'],
              'dateline': None,
              'slug': 'RESCUE'}],
 'briefs': [{'head': 'Storm warning for the coast',
             'text': 'The National Weather Service has issued a storm warning for the coast from '
                     'Cape Sable to Port Langley from 6 p.m. Friday to noon Saturday. Gusts up to '
                     '60 mph and waves of 15 to 20 feet are expected. Harbor officials asked '
                     'owners to double their mooring lines.'},
            {'head': 'Port cargo up 8 percent',
             'text': 'The Port of Langley handled 412,600 tons of cargo in November, up 8 percent '
                     'from a year earlier. Containers rose 11 percent to 21,340, cars 19 percent '
                     'to 3,115; timber fell 4 percent to 88,200 tons.'},
            {'head': 'Bakery marks 75 years',
             'text': 'KELSO — Rowan’s Bakery on Front Street turns 75 on Saturday, and the Rowan '
                     'family is selling its first product, a cinnamon bun, at the 1949 price of 5 '
                     'cents from 8 a.m. until they run out. Three generations of the family still '
                     'bake there.'},
            {'head': 'Water shut-off',
             'text': 'Residents of Orchard Lane and Birch Court will be without water from 9 a.m. '
                     'to 4 p.m. Thursday while the town replaces a water main. A tanker will be '
                     'parked at the corner of Orchard Lane.'},
            {'head': 'Found',
             'text': 'A child’s blue bicycle with a bell shaped like a ladybug, left outside the '
                     'Main Street library on Saturday. Call the front desk to claim it.'},
            {'head': 'Carols by the harbor',
             'text': 'The Port Langley Community Choir sings carols on the ferry pier at 5 p.m. '
                     'Sunday. Bring a mug: hot cider is free. If it rains, the concert moves into '
                     'the ferry terminal.'}],
 'photos': [{'caption': 'Captain Ray Dufresne, center, is helped from a Coast Guard helicopter at '
                        'Port Langley airport on Tuesday after 16 hours in a life raft.',
             'credit': 'PHOTO: Aaron Whitby'},
            {'caption': 'Children head up the stairs to the new top-floor children’s room as the '
                        'Main Street library reopens Saturday.',
             'credit': 'PHOTO: Sophie Lam'},
            {'caption': 'Pepper, a border collie from Milby Farm, with owner Ellen Prothero after '
                        'being named best in show at the Ashford County Dog Show.',
             'credit': 'Courtesy of the Ashford Kennel Club'},
            {'caption': 'Westbrook sixth-graders Leo Park, left, Amara Dike and Sofia Grant with '
                        'their bee counter at the county science fair.',
             'credit': 'PHOTO: Ben Archer'}],
 'furniture': {'dates': ['Saturday, December 12, 2026',
                         'WED., DEC. 16, 2026',
                         'Thursday, Dec. 17, 2026'],
               'extras': ['Vol. 142 · No. 288',
                          '$1.75 · Weekend $3.00',
                          'Windy; high 41, low 33',
                          'Founded 1884'],
               'jump': '{word}, continued on Page {p}',
               'jump_alt': 'See {word}, Page {p}'}}

POOLS = {"V": V}
