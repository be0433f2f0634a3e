"""English prose pool W (the sixth held-out pool, drawn as set S6: a check nobody studies).

The text generator's pool W (tools/studypages/text/prose_w_en.py) adapted to this generator's
data model: a British port town's evening paper (single quotation marks, `per cent`, `£`, `Mr`
without a stop, dates `11 December`), other wording than pools S, T and U (a grounded freighter, a
smuggling sentence, a sea-shanty festival, a hospital porters' strike, school league tables, an
obituary of a fishmonger, a gale warning, a rugby report with scorers, a cruise berth vote, a seal
pup, a lifeboat anniversary), heads in the present tense, a head opening on a quotation in single
marks, a dash; bylines `By X, Chief Reporter`, `Reporting by X and Y`, `BY X` in capitals, `Court
Reporter`, `Our Rugby Correspondent`, `X writes`; a colon dateline (`CARRICK HAVEN:`) left at the
start of the paragraph as printed; credits `Picture: X`, `© X Photography`, `Reader's picture:
X`, `Photo by X / Courier`; jump lines `More on {word}, Page {p}`, `Story continues on Page {p}`.
No crossheads (this generator draws none: the letters column and one caption are left out); every
brief has a head (shipping movements and TV listings run as one paragraph). ``slug`` is the jump
line's keyword.
"""

W = {'mastheads': ['The Carrick Haven Courier', 'THE COURIER', 'Carrick Haven Courier'],
 'sections': ['NEWS', 'THE HARBOUR', 'SPORT', 'FAMILY NOTICES'],
 'brief_titles': ['NEWS IN BRIEF', 'ROUND THE HARBOUR', 'QUICK READS'],
 'stories': [{'kicker': 'PORT NEWS',
              'headline': 'Cement carrier runs aground on the Skerry Bank as tide turns',
              'deck': 'Harbour closed to big ships for eleven hours; crew of 14 unhurt, no oil in '
                      'the water',
              'byline': ['By Fiona Leckie, Chief Reporter'],
              'dateline': None,
              'paragraphs': ['CARRICK HAVEN: A 4,800-tonne cement carrier ran aground at the mouth '
                             'of Carrick Haven harbour early yesterday, blocking the deep-water '
                             'channel for most of the day.',
                             'The Baltic Dawn, registered in Valletta and bound for the Eastquay '
                             'silos with a full cargo, touched the edge of the Skerry Bank shortly '
                             'after 4.20am, minutes after the tide had begun to ebb.',
                             'Her master radioed the harbour office at once. Two tugs, the Kestrel '
                             'and the Torran, stood by her until the flood tide lifted her clear '
                             'at 3.35pm.',
                             'Nobody was hurt.',
                             'Divers who inspected the hull in the afternoon found scraped paint '
                             'and a dented bilge keel but no breach, the Carrick Haven Port '
                             'Authority said. A Coastguard aircraft saw no sheen on the water.',
                             'Harbour master Captain Euan Drysdale said the channel buoys were in '
                             'place and lit. ‘The bank has not moved, and the charts are right,’ '
                             'he said. ‘What happened on that bridge is for the investigators '
                             'now.’',
                             'The Marine Accident Investigation Branch has sent two inspectors. '
                             'Three container ships and the Orkney freight ferry waited at anchor '
                             'in the firth until the evening.'],
              'slug': 'AGROUND'},
             {'kicker': 'COURT',
              'headline': 'Dock foreman jailed for six years over tobacco hidden in frozen fish',
              'deck': 'Sheriff says port worker ‘abused the trust of everyone he worked with’',
              'byline': ['Court Reporter'],
              'dateline': None,
              'paragraphs': ['A dock foreman who helped smuggle more than two million cigarettes '
                             'through Carrick Haven in containers of frozen mackerel was jailed '
                             'for six years yesterday.',
                             'Gordon Rennick (52), of Wellgate Terrace, had admitted being '
                             'concerned in the fraudulent evasion of £1.3 million in duty between '
                             'March 2024 and his arrest in January this year.',
                             'The High Court in Edinburgh heard that Rennick, who had worked at '
                             'the Eastquay cold store for 19 years, made sure certain containers '
                             'were unloaded on his shift and moved to a corner of the yard where '
                             'the cameras did not reach.',
                             'Boxes of cigarettes were packed beneath the top layers of fish. '
                             'Border Force officers found 412 cartons in the last container, after '
                             'a sniffer dog sat down beside it and refused to move.',
                             'His counsel said Rennick had run up gambling debts and had been '
                             '‘frightened of the men he owed’.',
                             'Passing sentence, Lord Ashby said: ‘You abused the trust of your '
                             'employer, of the port and of everyone you worked with. Without '
                             'someone on the inside, this could not have been done.’',
                             'Two other men are due to stand trial in the spring.'],
              'slug': 'TOBACCO'},
             {'kicker': None,
              'headline': '‘Haul away!’ – 6,000 voices fill the quay as the shanty festival '
                          'returns',
              'deck': 'Crews from Brittany, Norway and the Faroes join the three-day Carrick Haven '
                      'Sea Song Festival',
              'byline': ['Reporting by Anna Bell and Callum Grieve'],
              'dateline': None,
              'paragraphs': ['They came in oilskins, in Breton stripes, in knitted hats and, in '
                             'one case, a full admiral’s uniform. By Saturday night there was not '
                             'a square yard of the Fish Quay left to stand on.',
                             'The Carrick Haven Sea Song Festival, back after a two-year gap, drew '
                             'an estimated 6,000 people on its busiest evening, the organisers '
                             'said, and 41 choirs and groups from five countries.',
                             'The Kvitsøy Shanty Men from Norway sang unaccompanied on the deck of '
                             'a herring drifter moored alongside. A choir of 30 fishermen’s wives '
                             'from Douarnenez made the crowd join in a chorus in French, with '
                             'mixed success.',
                             'It nearly did not happen. The festival lost its marquee in October’s '
                             'storms, and the harbour trustees offered the empty net store on Quay '
                             'Street only a fortnight ago.',
                             '‘We swept it out on Wednesday and strung the lights on Thursday,’ '
                             'said festival chair Isla Moncrieff. ‘The acoustics are better than '
                             'the tent ever was.’',
                             'Local pubs reported their best weekend since the summer. The Harbour '
                             'Bar ran out of its own ale at 9pm on Saturday.',
                             'Next year’s festival is already booked for the second weekend of '
                             'December.'],
              'slug': 'SHANTY'},
             {'kicker': 'HEALTH',
              'headline': 'Porters and cleaners walk out at the Royal Infirmary',
              'deck': 'First strike at the hospital in 40 years over pay grades; operations '
                      'postponed',
              'byline': ['BY DAVID OYELARAN', 'Health Reporter'],
              'dateline': None,
              'paragraphs': ['About 230 porters, cleaners and catering staff at Carrick Haven '
                             'Royal Infirmary began a 48-hour strike at 7am today in a dispute '
                             'over pay grades.',
                             'It is the first strike at the hospital since 1985.',
                             'Members of the union Unison say they have been paid on the wrong '
                             'band for years, doing work such as moving patients between wards and '
                             'cleaning isolation rooms that is graded higher elsewhere in the '
                             'country. The union puts the gap at about £2,400 a year for a '
                             'full-time porter.',
                             'The health board said it had offered to regrade 60 posts from April '
                             'and to review the rest by the summer. The union rejected the offer '
                             'by 88 per cent on a turnout of 71 per cent.',
                             'Pickets gathered at the main gate before dawn in a cold drizzle. '
                             'Passing drivers sounded their horns.',
                             '‘Nobody here wants to be standing in the rain,’ said porter Shona '
                             'McIver, who has worked at the infirmary for 23 years. ‘We’d rather '
                             'be inside doing the job. But we have asked nicely for three years.’',
                             'Emergency cover has been agreed, and the accident and emergency '
                             'department is open as normal. Twenty-six planned operations have '
                             'been postponed, and outpatients are asked to attend unless the '
                             'hospital contacts them.'],
              'slug': 'STRIKE'},
             {'kicker': 'EDUCATION',
              'headline': 'Harbour Academy climbs 14 places in the exam tables',
              'deck': 'Three in five pupils gain five Highers; Kirkton High slips back',
              'byline': ['Education Correspondent'],
              'dateline': None,
              'paragraphs': ['Harbour Academy has recorded its best exam results, lifting it 14 '
                             'places in the national tables published yesterday.',
                             'Sixty-one per cent of its fifth-year pupils passed five or more '
                             'Highers, up from 47 per cent two years ago. Only two state schools '
                             'in the region did better.',
                             'Head teacher Mrs Morag Ferrie put the rise down to Saturday morning '
                             'study classes, run by volunteer teachers since 2023, and to a '
                             'breakfast club that now feeds 180 pupils a day. ‘Hungry children do '
                             'not learn,’ she said. ‘That is not a slogan. It is what we saw.’',
                             'Across the town, Kirkton High fell from 38th to 52nd after a year in '
                             'which it lost three maths teachers and relied on supply staff for '
                             'two terms.',
                             'The council’s education convener, Cllr Alasdair Baird, warned '
                             'against reading too much into a single year. ‘League tables measure '
                             'one thing,’ he said. ‘A school does a hundred things.’',
                             'St Ninian’s, the town’s Catholic secondary, stayed level at 29th.'],
              'slug': 'SCHOOLS'},
             {'kicker': 'OBITUARY',
              'headline': 'Margaret ‘Peggy’ Dunlevy, fishmonger and councillor, 1931–2026',
              'deck': 'Sold fish from the same stall for 62 years and fought to keep the market '
                      'roof',
              'byline': ['By Tom Hardie'],
              'dateline': None,
              'paragraphs': ['For six decades, if you wanted a fresh haddock in Carrick Haven, you '
                             'went to Peggy.',
                             'Margaret Dunlevy, who has died aged 95, sold fish from the same '
                             'corner stall in the Market Hall from 1958 until her legs gave out in '
                             '2020. She knew most of her customers by name and the rest by what '
                             'they bought.',
                             'She was born in Shore Street, the youngest of seven, and left school '
                             'at 14 to gut herring on the quay. She married a trawlerman, Jimmy '
                             'Dunlevy, in 1953; he was lost with the Morning Star off Fair Isle in '
                             '1968, leaving her with four children under ten.',
                             'She never remarried. ‘I had the stall and the bairns,’ she once told '
                             'this paper. ‘That was enough to be getting on with.’',
                             'In 1984 she stood for the town council as an independent, angry that '
                             'the Market Hall’s leaking roof was to be pulled down rather than '
                             'mended. She won by 300 votes, sat for 16 years and got the roof '
                             'mended.',
                             'She is survived by three of her children, eleven grandchildren and '
                             'nine great-grandchildren. The funeral is at St Andrew’s Church on '
                             'Thursday at 11am. The family asks for no flowers; donations to the '
                             'RNLI.'],
              'slug': 'DUNLEVY'},
             {'kicker': 'WEATHER WARNING',
              'headline': 'Gale to bring 80mph gusts and high tides on Thursday',
              'deck': 'Amber warning for the coast; ferries likely to be cancelled',
              'byline': ['By Fiona Leckie'],
              'dateline': None,
              'paragraphs': ['A deep Atlantic low will bring severe gales to the coast on '
                             'Thursday, the Met Office has warned, with gusts of up to 80mph on '
                             'exposed headlands.',
                             'An amber warning is in force from 6am Thursday until midnight. It '
                             'coincides with a spring tide, and the council has put sandbags at '
                             'the foot of Shore Street and on the Seagate, where the sea came over '
                             'the wall in October.',
                             'Ferry operator NorthLink said sailings to Kirkwall and Lerwick were '
                             'likely to be cancelled. Passengers should check before travelling.',
                             'Forecasters expect the wind to ease by Friday morning, but heavy '
                             'rain will follow.',
                             'Residents are urged to tie down bins and garden furniture, to keep '
                             'away from sea walls and not to drive through flood water. ‘Waves '
                             'over the prom are not a spectacle,’ said Inspector Neil Carragher. '
                             '‘People have been swept off that wall.’'],
              'slug': 'GALE'},
             {'kicker': 'RUGBY',
              'headline': 'Haven hold on in the mud to beat Kelso 17-15',
              'deck': None,
              'byline': ['Our Rugby Correspondent'],
              'dateline': None,
              'paragraphs': ['Carrick Haven ended a run of four defeats at a sodden Links Park on '
                             'Saturday, though they made their supporters wait until the final '
                             'whistle.',
                             'Kelso, who led 10-3 at half-time, had a penalty to win it in the '
                             '79th minute. Their full-back hit the post.',
                             'Haven’s tries came from the forwards. Prop Ross Tulloch was driven '
                             'over from a lineout on 48 minutes, and flanker Jamie Mathers pounced '
                             'on a loose ball at the back of a scrum ten minutes later. Scrum-half '
                             'Kyle Ogilvie added both conversions and a penalty.',
                             '‘Not pretty,’ said head coach Derek Sime. ‘But it was not a day for '
                             'pretty. It was a day for winning ugly, and we did.’',
                             'Haven move up to seventh in the table and travel to Peebles next '
                             'Saturday.',
                             'Carrick Haven: tries Tulloch, Mathers; cons Ogilvie 2; pen Ogilvie.',
                             'Kelso: tries Brydon, Laidlaw; con Hastie; pen Hastie.'],
              'slug': 'RUGBY'},
             {'kicker': 'COUNCIL',
              'headline': 'Councillors back £9m cruise berth by one vote',
              'deck': 'Opponents fear crowds and fumes in the old town; supporters point to 200 '
                      'jobs',
              'byline': ['By Harriet Nisbet, Political Editor'],
              'dateline': None,
              'paragraphs': ['Plans for a deep-water cruise berth at the North Pier were approved '
                             'by a single vote at a heated full council meeting last night.',
                             'The vote was 15 to 14, with one abstention. The public gallery, full '
                             'an hour before the meeting, greeted the result with cheers from one '
                             'side and slow handclapping from the other.',
                             'The berth would let ships of up to 300 metres tie up alongside '
                             'instead of sending passengers ashore in tenders. It would cost about '
                             '£9 million, most of it from the port authority, and could be ready '
                             'for the 2029 season.',
                             'Supporters said it would bring up to 90 calls a year and around 200 '
                             'jobs. ‘This town was built on ships,’ said Cllr Moira Paton. ‘I do '
                             'not see why we should be frightened of them now.’',
                             'Cllr Iain Fotheringham, who led the opposition, said the old town '
                             'could not cope with several thousand visitors arriving at once. He '
                             'also raised the fumes from ships running their engines in port.',
                             'The port authority says it will fit shore power so that ships can '
                             'switch their engines off.'],
              'slug': 'BERTH'},
             {'kicker': None,
              'headline': 'Lost seal pup found napping in a rowing boat',
              'deck': 'Three-week-old grey seal taken to rescue centre after turning up at the '
                      'marina',
              'byline': ['Anna Bell writes'],
              'dateline': None,
              'paragraphs': ['Boat owners at Carrick Haven marina had an unexpected guest on '
                             'Sunday morning: a grey seal pup, fast asleep in the bottom of a '
                             'dinghy.',
                             'The pup, about three weeks old and weighing around 14kg, is thought '
                             'to have been separated from its mother in the storm on Friday night.',
                             'Marina worker Liam Souter found it curled up on a lifejacket. ‘It '
                             'opened one eye, looked at me and went back to sleep,’ he said.',
                             'Volunteers from British Divers Marine Life Rescue checked the pup '
                             'and decided it was too thin to be left. It was taken to the rescue '
                             'centre at Fishcross, where staff have named it Dinghy.',
                             'Anyone who finds a seal pup on the shore is asked to keep dogs away, '
                             'to stay at least 50 metres back and to call the rescue line rather '
                             'than try to move it.'],
              'slug': 'SEAL'},
             {'kicker': '150 YEARS',
              'headline': 'A lifeboat, a pub and 1,400 rescues',
              'deck': 'The Carrick Haven station marks its anniversary with the crew’s families on '
                      'the slipway',
              'byline': ['By Callum Grieve'],
              'dateline': None,
              'paragraphs': ['The first Carrick Haven lifeboat was rowed by ten fishermen and kept '
                             'in a shed behind the Anchor Inn. The landlord held the key.',
                             'A hundred and fifty years later the station has an all-weather boat '
                             'that can do 25 knots, a crew of 28 volunteers and a record of more '
                             'than 1,400 launches.',
                             'On Saturday, current and former crew, their families and about 500 '
                             'townspeople gathered on the slipway to mark the anniversary. The '
                             'lifeboat was launched, circled the harbour and came back to a round '
                             'of applause.',
                             'Coxswain Gary Wishart (47), a plumber, has been on the crew for 26 '
                             'years. His father and grandfather served before him.',
                             '‘You don’t think about the number,’ he said. ‘You think about the '
                             'one you didn’t get to. Every crew member has one.’',
                             'A plaque listing all 31 coxswains since 1876 was unveiled on the '
                             'boathouse wall. The Anchor Inn, still open, served free soup.'],
              'slug': 'LIFEBOAT'}],
 'briefs': [{'head': 'Shipping movements',
             'text': 'Arrivals: Baltic Dawn (cement, Valletta); Nordkyn (timber, Tromsø); '
                     'Hjaltland (freight, Lerwick). Sailings: Kestrel Trader (grain, Rotterdam); '
                     'Eastern Star (ballast, Aberdeen). High water 4.12am and 4.38pm.'},
            {'head': 'Tonight’s TV',
             'text': '6.30pm Reporting Scotland. 7.00pm The Fishing Coast: the last herring boats '
                     'of the east. 9.00pm Drama: Harbour Lights (2/6). 10.40pm Sportscene.'},
            {'head': 'In court',
             'text': 'Kevin Lorimer (34), of Seagate, was fined £400 at Carrick Haven Sheriff '
                     'Court for shouting and swearing at the Harbour Bar on 2 November. A woman '
                     '(27) from Kirkton was admonished for stealing £38 of groceries from the '
                     'Shore Street Co-op.'},
            {'head': 'Carols for seafarers',
             'text': 'A carol service for seafarers and their families will be held in the Mission '
                     'to Seafarers chapel, Eastquay, on Sunday 20 December at 6pm. All welcome; '
                     'mince pies afterwards.'},
            {'head': 'Lost: black spaniel',
             'text': 'Answers to Skipper. Last seen on the West Sands on Tuesday afternoon, '
                     'wearing a red collar. Nervous of strangers. Please call 01876 552 194 if you '
                     'see him.'},
            {'head': 'Night closures on Harbour Road',
             'text': 'CARRICK HAVEN: Harbour Road will close between the Fish Quay and the North '
                     'Pier from 8pm to 6am for four nights from Monday while the surface is '
                     'relaid. A diversion will run via Castle Street.'}],
 'photos': [{'caption': 'Tugs stand by the cement carrier Baltic Dawn on the Skerry Bank at low '
                        'water yesterday morning.',
             'credit': 'Picture: Ewan Sturrock'},
            {'caption': 'The Kvitsøy Shanty Men perform on the deck of the drifter Reaper at the '
                        'Fish Quay on Saturday night.',
             'credit': '© Moray Firth Photography'},
            {'caption': 'Dinghy the seal pup asleep in a rowing boat at Carrick Haven marina.',
             'credit': 'Reader’s picture: Liam Souter'},
            {'caption': 'Porters and cleaners on the picket line at the main gate of the Royal '
                        'Infirmary at dawn today.',
             'credit': 'Photo by Neil Baxter / Courier'}],
 'furniture': {'dates': ['Friday 11 December 2026',
                         'SATURDAY, 12 DECEMBER 2026',
                         'Mon 14 Dec 2026'],
               'extras': ['No. 48,211 · Price £1.40',
                          'Saturday £1.80',
                          'Gales; max 7C, min 2C',
                          'Est. 1868'],
               'jump': 'More on {word}, Page {p}',
               'jump_alt': 'Story continues on Page {p}'}}

POOLS = {"W": W}
