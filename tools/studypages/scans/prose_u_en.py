"""English prose pool U (the fourth held-out pool, drawn as set S4: a check nobody studies).

The text generator's pool U (tools/studypages/text/prose_u_en.py) adapted to this generator's
data model: other wording than pools S and T (a flood and its clean-up, a hospital merger, a chess
club Q&A, a bridge closure, a zoo birth, a tax vote, a theatre review, a factory closure, a
marathon, exam results, a court appeal), headlines very short, long, with numbers and percent, a
quote with its attribution, colons; bylines of mixed case (`By Nadia Fenwick and Owen Bright`),
`Staff writer`, `Times correspondent`; `Q:`/`A:` paragraphs; credits `X for The Times`,
`Courtesy of X`, `(Times photo / X)`; jump lines `{word} continues on Page {p}`.
No crossheads (this generator draws none: the what's-on column is left out); every brief has a
head (tides and TV listings run as one paragraph). ``slug`` is the jump line's keyword.
"""

U = {'mastheads': ['The Wexmouth Times', 'THE WEXMOUTH TIMES', 'Wexmouth Times'],
 'sections': ['LOCAL', 'THE VALLEY', 'SPORTS', 'ARTS & LEISURE'],
 'brief_titles': ['AROUND THE VALLEY', 'IN SHORT', 'TOWN ROUNDUP'],
 'stories': [{'kicker': 'AFTER THE FLOOD',
              'headline': '‘It came up through the floorboards,’ says baker as the Tamber bursts '
                          'its banks',
              'deck': 'Forty homes and a dozen shops in Lower Fenn take in water; the clean-up '
                      'could last into January',
              'byline': ['By Nadia Fenwick and Owen Bright'],
              'dateline': 'LOWER FENN',
              'paragraphs': ['The water came at night, and it came from below.',
                             'Rosa Quintero had locked up the Fenn Street Bakery at 9 on '
                             'Wednesday, with the river still a good four feet under the top of '
                             'the levee. By 3 a.m. a neighbor was pounding on her door. By the '
                             'time she got downstairs, brown water was bubbling up between the '
                             'boards of the shop floor and lapping at the bottom shelf of the '
                             'proofing cabinet.',
                             '“It came up through the floorboards, not through the door,” Quintero '
                             'said Thursday, standing in rubber boots among trays of ruined flour. '
                             '“I always thought a flood would come in the front. Nobody tells you '
                             'it comes up from the ground.”',
                             'The Tamber River crested at 19.4 feet at the Lower Fenn gauge '
                             'shortly after 5 a.m., the National Weather Service said, nearly 5 '
                             'feet above flood stage and the third-highest reading since records '
                             'began in 1913. Nearly 4 inches of rain fell on the upper valley in '
                             '30 hours.',
                             'Forty homes and 12 businesses took in water, according to the Harrow '
                             'Valley emergency management office. No one was hurt. Fourteen people '
                             'spent the night at the Lower Fenn fire hall.',
                             'By Friday the river had dropped back inside its banks, leaving a '
                             'skin of gray silt on everything it touched. Volunteers from three '
                             'churches and the high school wrestling team hauled soaked carpet, '
                             'drywall and furniture to the curb, where county trucks collected 61 '
                             'loads over the weekend.',
                             'County health officials urged residents to throw away any food that '
                             'had touched floodwater, to wear gloves and masks while cleaning, and '
                             'to dry out walls within 48 hours to keep mold from taking hold.',
                             'Quintero hopes to reopen before Christmas. She has already ordered '
                             'new flour.'],
              'slug': 'FLOOD'},
             {'kicker': None,
              'headline': 'Hospitals agree to merge: St. Aldric’s and Wexmouth General to form one '
                          'system by April',
              'deck': 'Boards approve deal after two years of talks; no layoffs of nurses planned, '
                      'executives say',
              'byline': ['By Priya Raman', 'Health correspondent'],
              'dateline': None,
              'paragraphs': ['Wexmouth’s two hospitals, rivals for more than a century, will '
                             'become one.',
                             'The boards of St. Aldric’s Medical Center and Wexmouth General '
                             'Hospital voted Tuesday night to combine under a new nonprofit '
                             'parent, Tamber Valley Health, which would run both campuses, 14 '
                             'clinics and about 3,900 employees. The deal still needs approval '
                             'from the state attorney general and the Department of Health.',
                             'Executives said the merger would let the hospitals stop duplicating '
                             'expensive services. Heart surgery would move to St. Aldric’s, which '
                             'already has two catheterization labs; births, cancer care and the '
                             'region’s only children’s unit would be based at Wexmouth General.',
                             'Both emergency departments would stay open around the clock, said '
                             'Dr. Helen Sorensen, who will lead the combined system. Patients '
                             'would have one medical record and one bill, and the hospitals’ two '
                             'phone lines for appointments would become one.',
                             'The nurses’ union at Wexmouth General said it had been promised that '
                             'no bedside nurses would lose their jobs. About 80 administrative '
                             'positions are expected to be cut over three years, mostly through '
                             'retirements.',
                             'Not everyone is convinced. A coalition of family doctors warned in a '
                             'letter last month that a single hospital system would face little '
                             'competition on prices. “When there is one hospital in town, there is '
                             'one price,” said Dr. Felix Amundsen, a pediatrician.'],
              'slug': 'HOSPITALS'},
             {'kicker': 'Q&A',
              'headline': 'The 11-year-old who beat the club champion in 23 moves',
              'deck': None,
              'byline': ['Staff writer'],
              'dateline': None,
              'paragraphs': ['Mira Castellano joined the Wexmouth Chess Club in March. On Thursday '
                             'night, in the second round of the club’s winter championship, the '
                             'sixth-grader from Harbor Road Elementary beat the reigning champion, '
                             'retired engineer Walter Brisk, 74, in 23 moves.',
                             'She sat down with us after school on Monday, between a math quiz and '
                             'piano practice.',
                             'Q: How did you learn to play?',
                             'A: My grandpa taught me on his kitchen table when I was 7. He used '
                             'to let me win. Then he stopped letting me.',
                             'Q: What happened on Thursday?',
                             'A: He played the same opening he always plays. I looked it up '
                             'online, so I knew a trap. He didn’t see my knight coming.',
                             'Q: Were you nervous?',
                             'A: Only at the start. My hands were shaking when I wrote down the '
                             'first move. Then I forgot about it.',
                             'Q: What did Mr. Brisk say?',
                             'A: He shook my hand and said, “Well played, young lady. Next time '
                             'I’ll be ready.” Then he bought everybody hot chocolate.',
                             'The club meets Thursdays at 7 p.m. in the basement of the public '
                             'library. New players of any age are welcome; boards are provided.'],
              'slug': 'CHESS'},
             {'kicker': 'ON THE ROAD',
              'headline': 'Bridge shut',
              'deck': 'Cracks found in 1964 Mill Street span; 14,000 drivers a day face a 9-mile '
                      'detour',
              'byline': ['By Owen Bright', 'Transportation reporter'],
              'dateline': None,
              'paragraphs': ['The Mill Street Bridge over the Tamber River closed to all traffic '
                             'at noon Monday after inspectors found cracks in two of the steel '
                             'beams that hold up its deck.',
                             'It will stay closed for at least four months, state transportation '
                             'officials said.',
                             'The cracks, the longest about 7 inches, were spotted during a '
                             'routine inspection on Friday. Engineers who examined them over the '
                             'weekend concluded that the bridge could not safely carry even cars.',
                             '“We would rather inconvenience people than take a chance,” said '
                             'district engineer Carmen Ruiz. “This was not a close call.”',
                             'Drivers are being sent north to the Route 9 bridge, a detour of '
                             'about 9 miles. Pedestrians and cyclists may still cross on the old '
                             'railroad trestle, which reopened as a footpath in 2019.',
                             'Bus Route 4 will run every 20 minutes instead of every 30 while the '
                             'bridge is closed, at no extra cost, the transit authority said.',
                             'The bridge carries about 14,000 vehicles a day. It was rated “poor” '
                             'in 2022 and had been scheduled for replacement in 2029.'],
              'slug': 'BRIDGE'},
             {'kicker': None,
              'headline': 'Zoo’s first giraffe calf in 31 years is up and walking',
              'deck': 'The 6-foot female was born Sunday morning after a 15-month pregnancy',
              'byline': ['Times correspondent'],
              'dateline': None,
              'paragraphs': ['She was standing within an hour. Within two, she was nursing.',
                             'A female Masai giraffe calf was born at Harrow Valley Zoo early '
                             'Sunday, the first giraffe born at the zoo since 1995. Keepers said '
                             'she is about 6 feet tall and weighs roughly 140 pounds.',
                             'Her mother, Nia, 9, went into labor shortly after 4 a.m. Keepers '
                             'watched on a night camera and stayed out of the barn unless they '
                             'were needed. They were not.',
                             '“Giraffes give birth standing up, so the calf drops about 5 feet to '
                             'the ground,” said head keeper Tobias Lindqvist. “It looks alarming. '
                             'It is exactly how it’s supposed to work.”',
                             'The calf and her mother will stay in the barn for several weeks. '
                             'Visitors can watch them on a livestream on the zoo’s website.',
                             'The zoo will let the public help choose a name. Voting opens '
                             'Friday.'],
              'slug': 'GIRAFFE'},
             {'kicker': 'TOWN MEETING',
              'headline': 'Voters back 2.5% property tax rise, 51.8% to 48.2%',
              'deck': 'The increase pays for 6 teachers and a new roof at Harbor Road Elementary',
              'byline': ['By Martin Keogh', 'Political editor'],
              'dateline': None,
              'paragraphs': ['Wexmouth voters on Tuesday narrowly approved a 2.5 percent increase '
                             'in the town’s property tax, ending a campaign that filled letters '
                             'pages, lawn signs and one very long public hearing.',
                             'The measure passed 3,412 to 3,174, a margin of 238 votes. Turnout '
                             'was 41 percent, high for an off-year special election.',
                             'For the owner of a home assessed at $300,000, the increase works out '
                             'to about $96 a year, according to the town finance office.',
                             'The money will pay for six new teachers, a replacement roof at '
                             'Harbor Road Elementary and an extra paramedic on each shift. '
                             'Supporters had warned that without it the school district would have '
                             'to cut art and music in the elementary grades.',
                             '“People were asked a hard question and they answered it,” said '
                             'Select Board chair Ruth Abernathy. “Half the town is unhappy '
                             'tonight. I understand that.”',
                             'Opponents, organized as Wexmouth Taxpayers First, said they would '
                             'press the board to find savings before asking for more. “Two and a '
                             'half percent this year,” said the group’s treasurer, Glen Hathaway. '
                             '“What will it be next year?”'],
              'slug': 'TAX'},
             {'kicker': 'REVIEW',
              'headline': 'Ibsen’s slammed door still echoes at the Tamber Playhouse',
              'deck': 'A spare, fierce ‘A Doll’s House’ gives Lena Moretti the role of her career',
              'byline': ['By Isobel Marr'],
              'dateline': None,
              'paragraphs': ['There is almost nothing on the stage of the Tamber Playhouse this '
                             'month: a sofa, a small Christmas tree, a piano nobody plays and a '
                             'door. By the end of the evening the door is the only thing anyone '
                             'remembers.',
                             'Director Samuel Achterberg has stripped Henrik Ibsen’s 1879 drama of '
                             'its Victorian clutter and its longer speeches, and set it in no '
                             'particular decade. The result runs a brisk 1 hour 50 minutes without '
                             'an intermission, and it never lets go.',
                             'Lena Moretti, a company regular best known for comedy, plays Nora as '
                             'a woman who has been performing cheerfulness so long that she has '
                             'forgotten it is a performance. Watch her hands in the first act: '
                             'they are never still. In the last scene they are folded in her lap, '
                             'and that stillness is more frightening than any shout.',
                             'Daniel Okafor is a solid, likable Torvald, which makes him worse, '
                             'not better. Only Margaret Hill’s Mrs. Linde feels underpowered.',
                             'The final slam of the door is not loud. It doesn’t need to be.',
                             '“A Doll’s House” runs through Dec. 20 at the Tamber Playhouse, 14 '
                             'Quarry Street. Tuesday to Saturday at 7:30 p.m.; Sunday matinees at '
                             '2. Tickets $28 to $46; students $15.'],
              'slug': 'PLAYHOUSE'},
             {'kicker': None,
              'headline': 'Biscuit factory to close after 92 years, with loss of 340 jobs',
              'deck': None,
              'byline': ['By Martin Keogh and Priya Raman', 'Times staff'],
              'dateline': 'GRANBY MILLS',
              'paragraphs': ['For 92 years the smell of baking has drifted over Granby Mills from '
                             'the Hollister biscuit factory on Canal Street. It will stop in June.',
                             'Hollister Foods, which was bought in 2023 by the British snack maker '
                             'Corran Group, told workers at a meeting Wednesday morning that the '
                             'plant would close and its production would move to a larger factory '
                             'in Ohio. The company employs 340 people in Granby Mills, most of '
                             'them on the three packing lines.',
                             'In a statement, Corran said the 1930s building would need more than '
                             '$40 million in repairs and new equipment to stay competitive, and '
                             'that “consolidation is the only responsible course.”',
                             'Workers leaving the meeting described stunned silence, then anger. '
                             '“Some of us have been here 30 years,” said Denise Kowalczyk, a line '
                             'supervisor whose mother and grandmother also worked at the plant. '
                             '“They gave us 20 minutes and a printed sheet.”',
                             'The company said it would offer severance of two weeks’ pay for each '
                             'year of service and would hold a job fair with other employers in '
                             'January. Some workers will be offered positions in Ohio.',
                             'The closing is a heavy blow to a town of 6,800. Hollister is its '
                             'largest private employer and pays about a fifth of its commercial '
                             'property taxes.',
                             'Mayor Alan Petrosky said he had asked the state’s economic '
                             'development agency to help find a buyer for the building. “Somebody '
                             'will bake in that building again,” he said. “I intend to make sure '
                             'of it.”'],
              'slug': 'BISCUIT'},
             {'kicker': 'RUNNING',
              'headline': '2 hours, 14 minutes: Okonjo breaks the Wexmouth Marathon record',
              'deck': 'Hartwell’s Clare Donnelly wins the women’s race in her first marathon',
              'byline': ['By Dan Feltham', 'Sports writer'],
              'dateline': None,
              'paragraphs': ['Samuel Okonjo ran the last 5 miles of the Wexmouth Marathon alone, '
                             'with no one in sight behind him and only the course record ahead.',
                             'He caught it. The 28-year-old from Albany crossed the line on Harbor '
                             'Road in 2 hours, 14 minutes, 32 seconds on Sunday, 41 seconds faster '
                             'than the record set in 2011 and more than three minutes ahead of the '
                             'runner-up.',
                             '“At mile 20 I told myself, today you don’t look at the watch, you '
                             'just run,” Okonjo said, wrapped in a foil blanket. “Then at mile 25 '
                             'I looked at the watch.”',
                             'Clare Donnelly, 24, of Hartwell, won the women’s race in 2:38:09 in '
                             'her first attempt at the distance. A former college 10,000-meter '
                             'runner, she said she had entered “to see what all the fuss was '
                             'about.”',
                             'A record 4,212 runners finished, on a cool, overcast morning that '
                             'organizers called ideal. Medical staff treated 37 runners, mostly '
                             'for cramps and blisters; none were taken to the hospital.',
                             'Men: 1. Samuel Okonjo, Albany, 2:14:32. 2. Peter Vasquez, Wexmouth, '
                             '2:17:45. 3. Ivan Holm, Boston, 2:18:10.',
                             'Women: 1. Clare Donnelly, Hartwell, 2:38:09. 2. Amy Tran, Granby '
                             'Mills, 2:40:51. 3. Ruth Kessler, Lower Fenn, 2:44:27.'],
              'slug': 'MARATHON'},
             {'kicker': 'EDUCATION',
              'headline': 'More students pass state exams as math scores rebound',
              'deck': 'Passing rate at Harrow Valley high schools rises to 87 percent, from 81 '
                      'percent',
              'byline': ['By Lucy Amadi', 'Education reporter'],
              'dateline': None,
              'paragraphs': ['Math is back.',
                             'After three years of falling scores, students at Harrow Valley’s '
                             'four public high schools posted their best results on the state’s '
                             'end-of-course exams since 2019, according to figures released '
                             'Thursday by the state Department of Education.',
                             'Eighty-seven percent of students passed all the exams they took, up '
                             'from 81 percent a year earlier. In algebra, the subject that had '
                             'fallen furthest, the passing rate climbed 9 points to 78 percent.',
                             'Wexmouth High did best, at 92 percent. Granby Mills Regional, which '
                             'started an after-school tutoring program in January, showed the '
                             'largest gain: 12 points.',
                             'Teachers credited smaller math classes, paid for with federal '
                             'recovery money that runs out next June, and a push to get students '
                             'back in school every day.',
                             '“Kids can’t learn algebra from an empty seat,” said Granby Mills '
                             'principal Victor Ames.',
                             'The gap remains wide. Students from low-income families passed at a '
                             'rate of 74 percent, compared with 93 percent for their classmates.'],
              'slug': 'EXAMS'},
             {'kicker': 'THE COURTS',
              'headline': 'Appeals court throws out harbor master’s conviction, orders new trial',
              'deck': 'Judges say jurors should have heard the defense’s expert on tide records',
              'byline': ['By Tomasz Wren', 'Courts reporter'],
              'dateline': 'HARTFORD',
              'paragraphs': ['A state appeals court on Friday overturned the manslaughter '
                             'conviction of Wexmouth’s former harbor master, Gregory Lyle, ruling '
                             'that the trial judge wrongly barred the jury from hearing a key '
                             'defense witness.',
                             'Lyle, 61, was convicted in 2024 in the death of a kayaker, Owen '
                             'Marsh, who drowned after his boat was swamped near the harbor mouth. '
                             'Prosecutors said Lyle had failed to close the channel despite '
                             'warnings of a dangerous ebb tide. He was sentenced to three years in '
                             'prison and has been free on bond during his appeal.',
                             'In a 2-1 decision, the three-judge panel said the trial judge should '
                             'have allowed testimony from an oceanographer who had analyzed the '
                             'harbor’s tide records for that afternoon. The oceanographer would '
                             'have told jurors that the current was not unusually strong, the '
                             'defense said.',
                             '“The jury heard only one side of the central factual question in the '
                             'case,” Judge Anita Rao wrote for the majority.',
                             'In a dissent, Judge Paul Mercer said the evidence of Lyle’s guilt '
                             'was strong enough that the error made no difference.',
                             'The case now returns to Harrow Valley Superior Court. A spokesman '
                             'for the state’s attorney said prosecutors were reviewing the ruling '
                             'and had not decided whether to try Lyle again.',
                             'Marsh’s mother, Janet, said the family was “devastated, again.”'],
              'slug': 'APPEAL'}],
 'briefs': [{'head': 'Tides',
             'text': 'High water 5:42 a.m. (9.8 ft.) and 6:08 p.m. (10.3 ft.); low water 11:51 '
                     'a.m. (0.6 ft.) and 12:20 a.m. Sunday (0.9 ft.). Sunrise 7:04 a.m., sunset '
                     '4:19 p.m.'},
            {'head': 'On TV tonight',
             'text': '7 p.m., WTVC 4: Harrow Valley Today. 8 p.m., PBS 12: Great Performances, a '
                     'concert from the Tamber Playhouse. 9 p.m., WTVC 4: High school hockey, '
                     'Wexmouth at Granby Mills.'},
            {'head': 'Anniversaries',
             'text': 'Harold and Joan Petrakis of Lower Fenn celebrate their 60th wedding '
                     'anniversary Saturday. They were married Dec. 5, 1966, at St. Brendan’s '
                     'Church and have three children, seven grandchildren and one great-grandson. '
                     'A family dinner is planned.'},
            {'head': 'Cardew–Adeyemi',
             'text': 'Emma Cardew and Samuel Adeyemi were married Nov. 21 at the Tamber Inn, '
                     'Wexmouth. The bride is a nurse at Wexmouth General Hospital; the groom '
                     'teaches history at Granby Mills Regional High School. They will live in '
                     'Wexmouth.'},
            {'head': 'Boil-water notice lifted',
             'text': 'LOWER FENN — The boil-water notice issued for Lower Fenn after last week’s '
                     'flood was lifted Monday, after three rounds of tests found the water safe to '
                     'drink, the water district said.'},
            {'head': 'Library hours change',
             'text': 'Starting Jan. 4, the Wexmouth Public Library will open at 9 a.m. instead of '
                     '10 on weekdays and will stay open until 8 p.m. on Thursdays. Sunday hours, '
                     'noon to 4 p.m., are unchanged.'}],
 'photos': [{'caption': 'Rosa Quintero sweeps silt from the floor of the Fenn Street Bakery in '
                        'Lower Fenn on Thursday, a day after the Tamber River flooded the street.',
             'credit': 'Lena Ortiz for The Times'},
            {'caption': 'The newborn giraffe calf stands beside her mother, Nia, in the barn at '
                        'Harrow Valley Zoo on Sunday.',
             'credit': 'Courtesy of Harrow Valley Zoo'},
            {'caption': 'Samuel Okonjo crosses the finish line on Harbor Road to win the Wexmouth '
                        'Marathon in a course-record 2:14:32.',
             'credit': 'Photograph by Ben Acheson'},
            {'caption': 'Mira Castellano, 11, studies the board during a game at the Wexmouth '
                        'Chess Club on Thursday night.',
             'credit': '(Times photo / Dan Feltham)'}],
 'furniture': {'dates': ['Saturday, December 5, 2026',
                         'MON., DEC. 7, 2026',
                         'Tuesday, Dec. 8, 2026'],
               'extras': ['Vol. 140 · No. 102',
                          '$2.00 · Sunday $3.50',
                          'Cloudy; high 38, low 29',
                          'Since 1871'],
               'jump': '{word} continues on Page {p}',
               'jump_alt': 'Continued on Page {p}'}}

POOLS = {"U": U}
