"""English prose pool X (the seventh held-out pool, drawn as set S7: the judge nobody studies).

The text generator's pool X (tools/studypages/text/prose_x_en.py) adapted to this generator's
data model: an American metro daily in a river valley (double curly quotes, `percent`, `$`,
`a.m.`/`p.m.`, AP state abbreviations, dates `July 15`), other wording than pools S to W (a mine
rescue, a school merger vote, a water-rate fight, a film festival, a rail depot sold for $1, a
breeding bird count, a record heat day, a softball semifinal, an editorial signed by the editorial
board, a lifeguard shortage, a radio station's last broadcast); a kicker over most heads, decks,
a head with a figure first (`103 degrees: …`); bylines `By X` with `Staff Writer` /
`Courier-Dispatch Staff Writer` / `Staff Writers` / `Correspondent` on a second line, `BY X` in
capitals; em-dash datelines (``dateline``: `HOLLOW CREEK, W.Va.`, drawn `… —`); credits `NAME /
The Courier-Dispatch`, `Courier-Dispatch file photo, 1958`, `Provided by X`, `Staff photo by X`;
jump lines `See {word}, {p}`, `Turn to {word}, {p}`.
No crossheads (this generator draws none: the restaurant-inspections listing and one caption are
left out); every brief has a head (the police beat, lottery numbers and death notices run as one
paragraph); heads use straight apostrophes and a comma for the dash (EB Garamond Bold, a head face
here, lacks the curly and dash glyphs). ``slug`` is the jump line's keyword.
"""

X = {'mastheads': ['The Corwin Falls Courier-Dispatch',
               'COURIER-DISPATCH',
               'Corwin Falls Courier-Dispatch'],
 'sections': ['Metro', 'Region & State', 'Sports', 'Arts & Life'],
 'brief_titles': ['Briefly', 'Around the region', 'METRO DIGEST'],
 'stories': [{'kicker': 'HOLLOW CREEK MINE',
              'headline': 'All four trapped miners brought out alive after 31 hours',
              'deck': 'Crews drilled a 6-inch air hole, then walked the men out through a flooded '
                      'return entry',
              'byline': ['By Dana Whitfield', 'Staff Writer'],
              'dateline': 'HOLLOW CREEK, W.Va.',
              'paragraphs': ['The first of the four men came up the slope at 3:12 a.m. Wednesday, '
                             'blinking under the floodlights, one arm around a rescuer’s '
                             'shoulders. The crowd at the portal, silent for most of two days, '
                             'started to clap and did not stop until the fourth man was out 40 '
                             'minutes later.',
                             'The miners had been cut off since Monday evening, when water broke '
                             'into the No. 3 section of the Hollow Creek Energy mine from an old, '
                             'abandoned working that was not where the company’s maps put it.',
                             'They retreated to a high spot about 2,400 feet from the water and '
                             'hung a reflective vest on a roof bolt so that rescuers would know '
                             'which way they had gone.',
                             '“They did everything right,” said Ron Tillery, the state’s chief '
                             'mine rescue officer. “They stayed together, they stayed put and they '
                             'kept their lamps off to save the batteries.”',
                             'A drill crew from Bluestone reached the men through 380 feet of rock '
                             'at about 10 p.m. Tuesday and lowered water, soup and a phone line. '
                             'Pumps then pulled the water in the return entry down to knee height, '
                             'and two rescue teams went in on foot.',
                             'All four were taken to Valley General Hospital in Corwin Falls. A '
                             'spokeswoman said they were in good condition and two would likely go '
                             'home Thursday.',
                             'Federal inspectors closed the mine pending an investigation into how '
                             'the old workings were mapped.'],
              'slug': 'MINE'},
             {'kicker': 'EDUCATION',
              'headline': 'Board votes 5-4 to merge Lindell and Garfield elementaries',
              'deck': 'Parents packed the meeting; the combined school opens at Garfield in fall '
                      '2027',
              'byline': ['By MARCUS BELL', 'Courier-Dispatch Staff Writer'],
              'dateline': 'CORWIN FALLS',
              'paragraphs': ['After nearly four hours of public comment, the Corwin Falls Board of '
                             'Education voted 5-4 late Tuesday to close Lindell Elementary and '
                             'send its 212 students to Garfield Elementary, eight blocks away.',
                             'Enrollment at the two schools has fallen by a third since 2015. Both '
                             'buildings are more than 90 years old, and Lindell needs a new roof '
                             'and boiler that district staff priced at $3.4 million.',
                             '“We can keep two half-empty buildings limping along, or we can put '
                             'that money into teachers,” said board President Alma Reyes, who '
                             'voted for the merger.',
                             'Opponents said the walk to Garfield crosses Route 9 at an '
                             'intersection with no signal. About 60 parents wore red shirts '
                             'reading “Keep Lindell Open,” and several children spoke at the '
                             'microphone.',
                             'Board member Greg Falco, who voted no, said the district had not '
                             'done a traffic study. “We are asking 7-year-olds to cross a '
                             'four-lane road,” he said. “That should have been answered before '
                             'tonight, not after.”',
                             'Superintendent Karen Osei said the district would ask the city for a '
                             'crossing guard and a signal, and would run a bus for students who '
                             'live north of Route 9.'],
              'slug': 'SCHOOLS'},
             {'kicker': 'CITY HALL',
              'headline': "Water bills to rise 14% as council overrides residents' protest",
              'deck': 'Average household will pay about $6 more a month starting Oct. 1',
              'byline': ['By Tess Amundsen and Ray Okafor', 'Staff Writers'],
              'dateline': None,
              'paragraphs': ['Corwin Falls City Council approved a 14% increase in water and sewer '
                             'rates Monday night, brushing aside a petition signed by more than '
                             '3,100 residents who asked for the increase to be phased in over '
                             'three years.',
                             'The vote was 6-1. Councilwoman Patrice Dunmore cast the only no '
                             'vote.',
                             'The Municipal Water Authority says it needs the money to replace '
                             'cast-iron mains laid in the 1920s, which broke 143 times last year, '
                             'and to meet a federal deadline to remove lead service lines by 2034.',
                             '$41.80: average monthly water and sewer bill today',
                             '$47.65: average bill after Oct. 1',
                             '143: water main breaks in 2025',
                             '9,200: lead service lines still in the ground',
                             'Residents who spoke Monday said they understood the pipes were old '
                             'but that the increase would land hardest on retirees. “My Social '
                             'Security went up 2%,” said Walter Briggs, 78, of the North End. '
                             '“Tell me how that pays 14.”',
                             'Authority Director Sam Kettering said customers who qualify for '
                             'heating assistance can apply for a 30% discount, and that the '
                             'authority would mail applications with the next bill.'],
              'slug': 'RATES'},
             {'kicker': 'ARTS & LIFE',
              'headline': 'Small films, long lines: Riverlight festival sells out its 12th year',
              'deck': 'A documentary shot in a Corwin County diner takes the audience award',
              'byline': ['By Joel Mertz', 'Arts Writer'],
              'dateline': None,
              'paragraphs': ['By Saturday afternoon the line outside the Rialto Theatre stretched '
                             'past the pawnshop and around the corner onto Fourth Street, and the '
                             'people in it were waiting to see a 78-minute documentary about a '
                             'diner.',
                             '“Open 24 Hours,” which follows the night shift at the Blue Moon '
                             'Diner on Route 9 over one winter, won the audience award at the 12th '
                             'Riverlight Film Festival, which closed Sunday after five days and 46 '
                             'screenings.',
                             'Every ticketed screening sold out for the first time, festival '
                             'director Lena Hauck said, with about 7,800 seats filled.',
                             'The film’s director, Corwin Falls native Theo Banda, spent four '
                             'months on the diner’s overnight shift with a single camera. Its '
                             'stars are a short-order cook, two waitresses and the regulars: '
                             'truckers, nurses coming off shift and a retired judge who orders the '
                             'same pie every night.',
                             '“I wanted to make a film about people who are awake when everyone '
                             'else is asleep,” Banda said after the final screening. “It turns out '
                             'they have a lot to say.”',
                             'The jury prize for a feature went to “Salt Road,” a drama from Ohio '
                             'about two sisters driving their father’s ashes to Utah. The '
                             'festival’s short film prize went to a 9-minute animation made by '
                             'students at Corwin Valley Community College.'],
              'slug': 'FILM'},
             {'kicker': 'DOWNTOWN',
              'headline': 'City sells old rail depot for $1, with strings attached',
              'deck': 'Brewery must spend $2.2 million restoring the 1904 building within three '
                      'years',
              'byline': ['By Tess Amundsen', 'Staff Writer'],
              'dateline': None,
              'paragraphs': ['The Union Depot on Water Street, empty since the last passenger '
                             'train stopped there in 1971, has a new owner, and the price was one '
                             'dollar.',
                             'City Council voted unanimously Monday to sell the brick depot to '
                             'Iron Valley Brewing Co., which plans a brewery, taproom and beer '
                             'garden on the platform where travelers once waited for the westbound '
                             'express.',
                             'The deal requires the brewery to spend at least $2.2 million on the '
                             'building within three years, to keep the station clock and the '
                             'waiting room’s tile floor, and to let the county historical society '
                             'display its railroad collection in the former baggage room. If the '
                             'work is not done, the depot returns to the city.',
                             '“A dollar sounds like a giveaway until you see the roof,” said Mayor '
                             'Dennis Pruitt. “We have spent $40,000 a year just keeping the rain '
                             'out.”',
                             'Iron Valley owner Megan Szabo said the taproom could open by summer '
                             '2028. “My grandfather worked the freight office in this building,” '
                             'she said. “I want people to walk in and feel what it was.”'],
              'slug': 'DEPOT'},
             {'kicker': 'OUTDOORS',
              'headline': 'Bird count finds bald eagles nesting inside city limits',
              'deck': 'Volunteers log 118 species in the valley’s annual breeding survey',
              'byline': ['By Nora Plaskett', 'Correspondent'],
              'dateline': None,
              'paragraphs': ['For the first time since anyone started keeping records, a pair of '
                             'bald eagles is raising young inside the Corwin Falls city limits.',
                             'The nest, in a sycamore on an island below the Ninth Street bridge, '
                             'was one of the highlights of the Three Rivers Breeding Bird Count, '
                             'completed last weekend by 64 volunteers who walked, paddled and '
                             'drove 41 routes across the valley.',
                             'Counters logged 118 species and 11,482 individual birds, compiler '
                             'Hal Ostrowski said, both slightly above the 10-year average.',
                             'Bald eagle: two nests, one in the city, one at Kessler Lake',
                             'Cerulean warbler: 14 singing males on Bald Knob, up from 5',
                             'Red-headed woodpecker: none found for the second straight year',
                             'Chimney swift: 212, down by a third from 2016',
                             'Ostrowski said the swift decline worried him most. The small birds '
                             'nest in old brick chimneys, many of which have been capped or torn '
                             'down. “When a chimney goes, a colony goes with it,” he said.'],
              'slug': 'BIRDS'},
             {'kicker': 'HEAT WAVE',
              'headline': '103 degrees: Hottest day ever recorded in Corwin Falls',
              'deck': 'Cooling centers stay open through the weekend as the heat advisory is '
                      'extended',
              'byline': ['By Ray Okafor', 'Staff Writer'],
              'dateline': 'CORWIN FALLS',
              'paragraphs': ['The thermometer at Corwin County Airport reached 103 degrees at 4:37 '
                             'p.m. Wednesday, the highest temperature recorded in the city since '
                             'the National Weather Service began keeping records there in 1894.',
                             'The old record, 102, was set on July 21, 1934, and tied in August '
                             '1988.',
                             'The overnight low did not fall below 79, also a record, and '
                             'forecasters said Thursday and Friday would be only a few degrees '
                             'cooler. A heat advisory is in effect through Saturday evening.',
                             'Valley General Hospital treated 23 people for heat illness '
                             'Wednesday, most of them outdoor workers and older residents without '
                             'air conditioning. Power use hit a peak of 1,410 megawatts, the '
                             'utility said, but there were no outages.',
                             'Eastside Community Center, 1410 Penn Ave., 10 a.m. to 8 p.m.',
                             'Corwin Falls Public Library, main branch, 9 a.m. to 9 p.m.',
                             'Salvation Army, 22 Market St., open 24 hours through Saturday',
                             'Check on elderly neighbors, never leave children or pets in a parked '
                             'car, and drink water before you feel thirsty, the county health '
                             'department said.'],
              'slug': 'HEAT'},
             {'kicker': 'HIGH SCHOOL SOFTBALL',
              'headline': 'Pike Valley walks off into the state final',
              'deck': 'Senior Kayla Moody’s two-out single in the seventh beats Ridgeview 4-3',
              'byline': ['By Cal Brody', 'Sports Writer'],
              'dateline': 'MORGANTON',
              'paragraphs': ['Kayla Moody had struck out twice against Ridgeview ace Jenna Lusk. '
                             'The third time, with two outs and the tying run on third in the '
                             'bottom of the seventh, she did not wait.',
                             'Moody lined the first pitch into left-center field, two runs scored, '
                             'and Pike Valley beat Ridgeview 4-3 in the Class AA state semifinal '
                             'Tuesday at Rawlings Field.',
                             'The Panthers (27-4) will play Stonewall for the title at 6 p.m. '
                             'Thursday. It is their first trip to the final since 1999.',
                             '“I just wanted something to hit,” Moody said, still in the dugout '
                             'with her helmet on an hour after the game. “She’d been getting me '
                             'with the rise ball. That one didn’t rise.”',
                             'Lusk struck out 11 and allowed five hits. Pike Valley sophomore Ari '
                             'Castellano pitched all seven innings, scattering eight hits.',
                             'Ridgeview 010 200 0 — 3 8 1',
                             'Pike Valley 001 100 2 — 4 5 0'],
              'slug': 'SOFTBALL'},
             {'kicker': 'OUR VIEW',
              'headline': "Hollow Creek's miners came home. Now find out why they had to be "
                          'rescued',
              'deck': None,
              'byline': None,
              'dateline': None,
              'paragraphs': ['There are not many better sights than the one at the Hollow Creek '
                             'portal early Wednesday: four men walking out of a mountain they were '
                             'not supposed to leave alive.',
                             'The rescuers, the drill crew and the families who kept vigil deserve '
                             'every bit of the gratitude this valley has shown them.',
                             'But gratitude is not the end of the story. Water does not break into '
                             'a working mine from nowhere. It came from an abandoned working that, '
                             'by every account so far, was not where the maps said it was.',
                             'Old mine maps in this state are kept in a patchwork of company '
                             'files, county courthouses and a state archive that admits it has '
                             'never been fully digitized. A mine can be permitted next to a void '
                             'no one has surveyed in 60 years.',
                             'The Legislature should fund the archive, require new surveys before '
                             'any mining within 500 feet of an old working and make the results '
                             'public. That would cost money. It would cost less than the next '
                             'rescue, and far less than one that fails.',
                             '— The Courier-Dispatch Editorial Board'],
              'slug': 'EDITORIAL'},
             {'kicker': 'SUMMER',
              'headline': 'Short 40 lifeguards, city closes two pools on weekdays',
              'deck': 'Parks director says the certification course costs more than a teen earns '
                      'in a week',
              'byline': ['By Ray Okafor', 'Staff Writer'],
              'dateline': None,
              'paragraphs': ['Ellison Park and Southgate pools will open only on weekends for the '
                             'rest of the summer because the city cannot hire enough lifeguards, '
                             'the parks department said Thursday.',
                             'The city budgeted for 96 guards this season and has 56.',
                             'Parks Director Luis Carrera said applications have fallen every year '
                             'since 2019. The Red Cross certification course costs $385, he said, '
                             'and many teenagers can earn as much at a fast-food job without '
                             'paying for training first.',
                             'Starting next spring, the city will pay for the course for anyone '
                             'who agrees to work one full season, and will raise the starting wage '
                             'from $12.50 to $15 an hour.',
                             'That is little comfort to families on the South Side, where '
                             'Southgate is the only pool within walking distance. “It’s 100 '
                             'degrees and the pool is locked,” said Tamika Rowe, who brought her '
                             'three children to the fence Thursday. “What are they supposed to do, '
                             'sit in the apartment?”',
                             'Riverside and Kessler Lake pools remain open seven days a week, noon '
                             'to 7 p.m.'],
              'slug': 'POOLS'},
             {'kicker': 'END OF AN ERA',
              'headline': 'WCVF signs off after 88 years on the AM dial',
              'deck': 'The valley’s oldest radio station will go dark at midnight Friday; its '
                      'tower comes down in the fall',
              'byline': ['BY HELEN STRAUSS', 'Courier-Dispatch Staff Writer'],
              'dateline': None,
              'paragraphs': ['For 88 years, if school was closed, a road was flooded or the '
                             'Panthers were in the playoffs, the people of the Three Rivers Valley '
                             'found out on 1340 AM.',
                             'At midnight Friday, WCVF will play its last record and switch off '
                             'its transmitter. The station’s owner, a Pittsburgh company that '
                             'bought it in 2011, said advertising no longer covers the cost of the '
                             'electric bill and a full-time engineer.',
                             'Morning host Bud Kimmel, 71, has been on the air since 1976. He '
                             'plans to read the school closings one last time Friday, although it '
                             'is July. “Habit,” he said.',
                             'The 400-foot tower on Hilltop Road, which has blinked red over the '
                             'city every night since 1951, will be taken down in October. The land '
                             'has been sold to a cellphone company.',
                             'Listeners have been calling in all week. One woman said she met her '
                             'husband at a WCVF sock hop in 1958. A man from Morganton said the '
                             'station’s storm reports had saved his farm from the 1985 flood.',
                             'Kimmel’s final show begins at 6 a.m. Friday.'],
              'slug': 'TOWER'}],
 'briefs': [{'head': 'Police beat',
             'text': 'Grant Avenue, Monday, 11:48 p.m. — A resident reported someone trying car '
                     'door handles along the 600 block. Officers found no one. Bridge Street, '
                     'Tuesday, 2:15 a.m. — Windows broken at a vacant storefront. A 24-year-old '
                     'Corwin Falls man was charged with criminal mischief. Route 9 at Mill Road, '
                     'Tuesday, 5:40 p.m. — Two-car crash; one driver taken to Valley General with '
                     'minor injuries.'},
            {'head': 'Lottery',
             'text': 'Wednesday’s numbers: Daily 3 midday 4-0-7. Daily 3 evening 9-9-2. Daily 4 '
                     '3-1-6-8. Cash 25 02-09-11-17-20-23.'},
            {'head': 'Deaths',
             'text': 'ALDER, Ruth M., 88, of Corwin Falls, July 14. Hensley-Graves Funeral Home. '
                     'DOMBROWSKI, Stanley J., 79, of Pike Valley, July 13. Kovach Memorial Chapel. '
                     'PRICE, Loretta (Haines), 91, formerly of Hollow Creek, July 12. Arrangements '
                     'pending.'},
            {'head': 'Pike Valley bans fireworks',
             'text': 'PIKE VALLEY — Town officials have banned consumer fireworks until further '
                     'notice because of dry conditions. The volunteer fire department answered 17 '
                     'grass fires in the first two weeks of July.'},
            {'head': 'Blood drive Monday',
             'text': 'The Red Cross will hold a blood drive from noon to 6 p.m. Monday at St. '
                     'Casimir’s parish hall, 210 Locust St. Donors must be at least 17 and weigh '
                     '110 pounds. Walk-ins welcome.'},
            {'head': 'Splash pads extended',
             'text': 'Splash pads at Ellison Park, Riverside Park and the Eastside Community '
                     'Center will run until 9 p.m. while the heat advisory lasts, the parks '
                     'department said.'}],
 'photos': [{'caption': 'Miner Luis Ortega hugs his daughter, Gabriela, 9, outside the Hollow '
                        'Creek mine portal early Wednesday.',
             'credit': 'ERIN HOLLAND / The Courier-Dispatch'},
            {'caption': 'Filmgoers line up on Fourth Street for the sold-out closing night of the '
                        'Riverlight Film Festival.',
             'credit': 'Provided by Riverlight Film Festival'},
            {'caption': 'Jaylen Price, 6, cools off at the Ellison Park splash pad Wednesday as '
                        'the temperature climbed to a record 103.',
             'credit': 'Staff photo by Ben Aldana'},
            {'caption': 'Passengers board a westbound train at Union Depot in 1958.',
             'credit': 'Courier-Dispatch file photo, 1958'}],
 'furniture': {'dates': ['Thursday, July 16, 2026',
                         'FRIDAY, JULY 17, 2026',
                         'Sunday, July 19, 2026'],
               'extras': ['Vol. 139, No. 197 · $2.00',
                          'Sunday $3.50',
                          'Hot; high 101, low 78',
                          'Metro Final'],
               'jump': 'See {word}, {p}',
               'jump_alt': 'Turn to {word}, {p}'}}

POOLS = {"X": X}
