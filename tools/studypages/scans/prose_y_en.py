"""English prose pool Y (the eighth held-out pool, drawn as set S8: the judge nobody studies).

The text generator's pool Y (tools/studypages/text/prose_y_en.py) adapted to this generator's
data model: a British weekly tabloid on a northern coast in October (the Kelderby & Wrayton
Gazette: single quotes in heads, double in the body, `per cent`, `£`, `7.30pm`), other wording
than pools S to X (a care home closing, a level crossing shut for 11 weeks, a lifeboat rescue, a
pub bought by its regulars, a giant pumpkin, seafront parking charges, a school's inspection, a
ferryman's tribute, quad bikes stolen from farms, a non-league derby with the line-ups and the
reporter's name last, letters to the editor signed `Name, Place` / `Name and address
supplied`); kickers `EXCLUSIVE`, `LETTERS`, `TRIBUTE`; standfirsts; bylines `by NAME` over
`Chief Reporter` / `Local Democracy Reporter` / `Reporter` / `Education Reporter`; credits
`Picture: NAME`, `Picture submitted`, `Picture: Gazette archive`; jump lines `Continued on page
{n}`, `Turn to page {n}` (``{n}``: the page number without its letter). Heads keep their curly
quotes and dashes: ``layout`` gives the garamond design Noto Serif Display Bold heads and Noto
Serif Bold bylines (EB Garamond Bold lacks those glyphs), and this pool's own columns by seed,
gutters and margins.
No crossheads (this generator draws none: the pull quote and the letters' and lists' crossheads
are dropped; the court round-up and one caption are left out); every brief has a head; a brief's
lines run as one paragraph.
"""

NTO = "/usr/share/fonts/truetype/noto/"

Y = {'mastheads': ['Kelderby & Wrayton Gazette', 'THE GAZETTE', 'Kelderby Gazette'],
 'sections': ['News', 'Coast & Country', 'Your Views', 'Sport', 'Nostalgia'],
 'brief_titles': ['NEWS IN BRIEF', 'Round-up', 'WHAT’S ON'],
 'stories': [{'kicker': 'EXCLUSIVE',
              'headline': '‘We found out from a letter left on Mum’s bed’',
              'deck': 'Families given six weeks to find new places as Harbour View care home is '
                      'set to close',
              'byline': ['by Kirsty Dunmore', 'Chief Reporter'],
              'dateline': None,
              'paragraphs': ['FAMILIES of 31 elderly residents at a Kelderby care home have been '
                             'told they must find new places for their loved ones before the end '
                             'of November.',
                             'Harbour View, on Cliff Terrace, will close on November 27, its '
                             'owners Sandpiper Care Ltd confirmed to the Gazette this week. The '
                             'company blamed rising staff costs and a drop in council-funded '
                             'placements.',
                             'Jean Parfitt, whose 92-year-old mother Edna has lived at the home '
                             'for four years, said she learned of the closure when she found a '
                             'letter on her mum’s bed during a Sunday visit.',
                             '“Mum can’t read it without her glasses, so she didn’t even know what '
                             'it said,” Mrs Parfitt said. “She keeps asking when she’s moving and '
                             'I don’t have an answer for her.”',
                             'There are only two other residential homes within 12 miles, and both '
                             'have waiting lists.',
                             'A spokesman for Sandpiper Care said: “We deeply regret this decision '
                             'and understand how upsetting it is. Our team is working with every '
                             'family and with the county council to find suitable alternative '
                             'care.”',
                             'The county council said social workers would visit each resident '
                             'before the end of the month.'],
              'slug': 'CAREHOME'},
             {'kicker': 'TRAVEL MISERY',
              'headline': 'Level crossing shut for 11 weeks – and the diversion is 14 miles',
              'deck': 'Traders on Station Road fear for Christmas as Network Rail renews the track',
              'byline': ['by Tom Ashworth', 'Local Democracy Reporter'],
              'dateline': None,
              'paragraphs': ['Drivers face a 14-mile detour from Monday when the Station Road '
                             'level crossing in Wrayton closes for 11 weeks of engineering work.',
                             'Network Rail is replacing the crossing deck and the track on either '
                             'side, which it says has reached the end of its life. Pedestrians '
                             'will still be able to use a temporary footbridge.',
                             'But shopkeepers on the east side of the line say the timing could '
                             'not be worse. Sandra Bright, who runs Bright’s Hardware, said: '
                             '“October to Christmas is a third of my year. If people can’t drive '
                             'to me, they’ll drive to the retail park instead.”',
                             'Cllr Neil Oduya, who represents Wrayton East on the district '
                             'council, said he had asked for the work to be split into two shorter '
                             'closures. “I was told it would cost more and take longer overall,” '
                             'he said.',
                             'Buses on the 41 route will be diverted via Moor Lane and will not '
                             'serve the stops at Wrayton Station and Greenside.',
                             'The crossing is due to reopen on Monday, January 4.'],
              'slug': 'CROSSING'},
             {'kicker': 'RESCUE',
              'headline': 'Paddleboarders swept a mile out to sea are plucked to safety',
              'deck': 'Kelderby lifeboat crew launched within eight minutes of the 999 call',
              'byline': ['by Amy Lockwood', 'Reporter'],
              'dateline': None,
              'paragraphs': ['Two paddleboarders who were blown more than a mile offshore by a '
                             'sudden wind were rescued by Kelderby’s volunteer lifeboat crew on '
                             'Sunday afternoon.',
                             'The pair, a man and a woman in their twenties who were visiting from '
                             'Leeds, had set off from the North Sands at about 2pm. Within half an '
                             'hour an offshore breeze had carried them beyond the harbour wall.',
                             'A walker on the cliff path saw them struggling and dialled 999. The '
                             'inshore lifeboat launched at 2.41pm and reached them ten minutes '
                             'later.',
                             'Helm Gary Stott said: “They did exactly the right thing once they '
                             'realised they were in trouble. They stayed on their boards, stayed '
                             'together and waved. But they had no phone, no flares and no idea '
                             'what the tide was doing.”',
                             'Both were brought back to the station, checked over and given hot '
                             'drinks. Neither needed hospital treatment.',
                             'The RNLI is urging anyone using paddleboards to check the forecast, '
                             'wear a buoyancy aid and carry a phone in a waterproof pouch.'],
              'slug': 'LIFEBOAT'},
             {'kicker': 'GOOD NEWS',
              'headline': 'Regulars raise £410,000 to buy the Plough',
              'deck': 'More than 600 people bought shares to stop the 300-year-old inn becoming a '
                      'house',
              'byline': ['By Rachel Emery'],
              'dateline': None,
              'paragraphs': ['The Plough at Low Wrayton will pour its first pint under community '
                             'ownership next month after villagers raised £410,000 to buy it.',
                             'The pub closed in March when its owners retired and it was put up '
                             'for sale with permission to turn it into a private home.',
                             'A group of regulars set up the Plough Community Benefit Society and '
                             'sold shares at £100 each. In 14 weeks, 618 people bought in, some '
                             'from as far away as Canada and New Zealand.',
                             '“It’s the last pub in the village and the only place left where you '
                             'bump into people,” said society chairman Derek Foulds, 67. “Once a '
                             'pub becomes a house, it never comes back.”',
                             'The society has hired a manager, and volunteers have spent the past '
                             'month repainting the bar and clearing the beer garden. The kitchen '
                             'will reopen in the new year.',
                             'The grand reopening is on Friday, November 6, from 5pm. Every '
                             'shareholder gets a free half.'],
              'slug': 'PUB'},
             {'kicker': 'SHOW TIME',
              'headline': 'Grandad’s 61-stone pumpkin is a whopper',
              'deck': 'Retired joiner takes top prize at the Wrayton Allotment Society autumn show',
              'byline': ['by Amy Lockwood', 'Reporter'],
              'dateline': None,
              'paragraphs': ['It took a forklift truck, four grandchildren and a borrowed trailer '
                             'to get Fred Hanley’s pumpkin to the Wrayton Allotment Society’s '
                             'autumn show.',
                             'It was worth the effort. The monster squash tipped the scales at 61 '
                             'stone 3lb – 389kg – and won the heaviest vegetable class by a '
                             'distance.',
                             'Mr Hanley, 78, a retired joiner, grew it from a seed he bought '
                             'online for £12. At the height of summer it was putting on more than '
                             'a stone a day, he said, and he watered it with 20 litres every '
                             'morning and evening.',
                             '“My wife says I spent more time with that pumpkin than with her,” he '
                             'said. “She’s probably right.”',
                             'Longest runner bean: Maureen Quill, 58cm',
                             'Best onions (set of three): Colin Peart',
                             'Heaviest marrow: Fred Hanley, 31lb',
                             'Children’s funniest-shaped vegetable: Isla Brennan, 7, for a carrot '
                             'with legs',
                             'The pumpkin will be carved and displayed outside Wrayton Library for '
                             'Halloween.'],
              'slug': 'PUMPKIN'},
             {'kicker': 'COUNCIL',
              'headline': 'Seafront parking charges set to double',
              'deck': 'Traders warn visitors will stay away as district council looks to close '
                      '£2.1m gap',
              'byline': ['by Tom Ashworth', 'Local Democracy Reporter'],
              'dateline': None,
              'paragraphs': ['Parking on Kelderby seafront could cost £2.40 an hour next year, '
                             'double the current charge, under plans to be discussed by the '
                             'district council’s cabinet next week.',
                             'The council says it faces a £2.1 million gap in its budget for 2027 '
                             'and that car park charges have not gone up since 2019.',
                             'Charges at the Promenade, North Sands and Harbour car parks would '
                             'rise from £1.20 to £2.40 an hour, and an all-day ticket from £6 to '
                             '£10. Parking would also become chargeable on Sundays for the first '
                             'time.',
                             'Cabinet member for finance Cllr Patricia Lowe said: “Nobody wants to '
                             'put charges up. But the choice in front of us is between this and '
                             'cutting services people rely on every day.”',
                             'Kelderby Chamber of Trade chairman Imran Siddiq said the rise would '
                             'hit cafés and gift shops that are already struggling. “Visitors '
                             'compare. If Saltby is cheaper, they’ll go to Saltby,” he said.',
                             'Residents’ permits would stay at £45 a year.'],
              'slug': 'PARKING'},
             {'kicker': 'EDUCATION',
              'headline': '‘Outstanding’ at last for St Bede’s',
              'deck': 'Inspectors praise reading, behaviour and the school’s own vegetable garden',
              'byline': ['by Rachel Emery', 'Education Reporter'],
              'dateline': None,
              'paragraphs': ['St Bede’s Primary School in Kelderby has been rated outstanding by '
                             'Ofsted for the first time in its 112-year history.',
                             'Inspectors who visited in September said pupils were “confident, '
                             'curious and kind” and that the teaching of reading was '
                             '“exceptional”.',
                             'Five years ago the school was judged to require improvement. '
                             'Headteacher Joanne Kirkby, who arrived in 2021, said the turnaround '
                             'was down to staff, parents and the 204 children.',
                             '“We didn’t do anything fancy,” she said. “We read every day, we '
                             'expect good manners and we get the children outside as much as we '
                             'can.”',
                             'The report singled out the school’s allotment, where each class '
                             'grows vegetables which are then used in school dinners, and a weekly '
                             'session in which older pupils read with Year 1.'],
              'slug': 'SCHOOL'},
             {'kicker': 'TRIBUTE',
              'headline': 'Farewell to the ‘gentle giant’ of the harbour ferry',
              'deck': None,
              'byline': ['by Kirsty Dunmore', 'Chief Reporter'],
              'dateline': None,
              'paragraphs': ['Tributes have been paid to Walter “Wally” Crane, who ran the little '
                             'ferry across Kelderby harbour for 46 years, after his death at the '
                             'age of 81.',
                             'At 6ft 5in, with a white beard and a flat cap, Mr Crane was one of '
                             'the best-known faces in the town. He took an estimated two million '
                             'passengers across the 200 yards of water between the fish quay and '
                             'the East Pier, and never charged children.',
                             'He retired in 2016, handing the ferry on to his nephew, Paul.',
                             '“He knew everybody and everybody knew him,” Paul Crane said. “He’d '
                             'ask after your mum, your dog and your exam results, all before you '
                             'got to the other side.”',
                             'Mr Crane leaves his wife of 58 years, Irene, two daughters and five '
                             'grandchildren.',
                             'His funeral will be held at St Hilda’s Church on Thursday, October '
                             '22, at 11am. The family has asked for donations to the lifeboat '
                             'instead of flowers.'],
              'slug': 'FERRYMAN'},
             {'kicker': 'POLICE APPEAL',
              'headline': 'Farmers on alert after quad bikes stolen in night raids',
              'deck': 'Three farms targeted in a week; police urge owners to mark and lock their '
                      'machines',
              'byline': ['By Dan Whiteley'],
              'dateline': None,
              'paragraphs': ['Police are appealing for information after quad bikes worth more '
                             'than £20,000 were stolen from three farms around Wrayton in a single '
                             'week.',
                             'Thieves cut a padlock on a barn at Ings Farm, Moor Lane, in the '
                             'early hours of Tuesday, October 6, and took a red Honda quad. Two '
                             'more machines were taken from farms near Thorpe Hagg on the '
                             'following Friday and Sunday nights.',
                             'Rural crime officer PC Lisa Garbutt said the thefts appeared to be '
                             'linked. “Quads are easy to sell on and hard to trace unless they are '
                             'marked,” she said.',
                             'Farmers are being offered free forensic marking kits at the police '
                             'stand at Wrayton livestock mart every Wednesday this month.',
                             'Anyone with information is asked to call 101, quoting reference '
                             '12260187, or Crimestoppers anonymously on 0800 555 111.'],
              'slug': 'QUADS'},
             {'kicker': 'NON-LEAGUE FOOTBALL',
              'headline': 'Town 2 Rovers 3: Late sucker punch settles coast derby',
              'deck': 'Substitute Kyle Ennis scores in the 89th minute to give Wrayton bragging '
                      'rights',
              'byline': None,
              'dateline': None,
              'paragraphs': ['Kelderby Town will have to wait at least another season to end their '
                             'derby hoodoo after Kyle Ennis’s late winner sent the travelling '
                             'Wrayton fans home happy on Saturday.',
                             'A crowd of 1,142, the biggest at Harbour Park for six years, saw '
                             'Town take the lead through Liam Pryce’s header in the 12th minute. '
                             'Rovers hit back twice before the break, with goals from Sean Maddox '
                             'and a Dylan Okoro penalty.',
                             'Town’s captain Jordan Hale levelled with a curling free kick on the '
                             'hour, and the home side looked the likelier winners until Ennis, on '
                             'for only six minutes, ran on to a long ball and lifted it over '
                             'keeper Ben Stubbs.',
                             'Town manager Phil Garside said: “We were the better side for long '
                             'spells. But derbies are decided by moments, and we didn’t deal with '
                             'one.”',
                             'Kelderby Town: Stubbs, Walsh, Hale, Ibe, Marr, Pryce, Doyle (Capper '
                             '70), Sutcliffe, Grey, Norton, Rooke.',
                             'Wrayton Rovers: Fenwick, Pattison, Okoro, Lund, Briggs, Maddox, '
                             'Hurst (Ennis 83), Cole, Amadi, Kerr, Tate.',
                             'Referee: Alan Pickup. Attendance: 1,142.',
                             'GARETH PYM'],
              'slug': 'DERBY'},
             {'kicker': 'LETTERS',
              'headline': 'Bus cuts leave our villages stranded',
              'deck': None,
              'byline': None,
              'dateline': None,
              'paragraphs': ['Since the number 37 was cut to two buses a day, my husband and I '
                             'have had no way of getting to the surgery in Wrayton and back '
                             'without paying for a taxi. We are both in our eighties and neither '
                             'of us drives. I know the bus company has to make money, but surely '
                             'the council could help. Is anyone listening?',
                             'Margaret Hollis, Thorpe Hagg',
                             'I would like to thank the Kelderby lifeboat crew who came to the aid '
                             'of my son and his friend off North Sands last month. They were calm, '
                             'kind and quick, and they did not make anyone feel foolish. My family '
                             'will be supporting the RNLI for the rest of our lives.',
                             'Name and address supplied',
                             'The public toilets on the Promenade have been locked since August. '
                             'Families are walking up and down the seafront with small children '
                             'looking for somewhere to go. For a town that depends on visitors, '
                             'this is embarrassing.',
                             'Keith Armitage, Cliff Terrace, Kelderby'],
              'slug': 'LETTERS'}],
 'briefs': [{'head': 'Bin rounds change',
             'text': 'Green waste collections in Kelderby and Wrayton will move to fortnightly '
                     'from November 2 and stop for the winter on December 11. Brown bins will be '
                     'emptied again from March.'},
            {'head': 'Fixtures',
             'text': 'Saturday: Kelderby Town v Saltby Athletic (3pm); Wrayton Rovers v Moor End '
                     '(3pm) Tuesday: Wrayton Rovers v Kelderby Town, County Cup (7.45pm) Sunday: '
                     'Kelderby RUFC v Ashby Vale (2.30pm)'},
            {'head': 'Tide times',
             'text': 'Kelderby harbour, high water Thursday 05.42 (4.9m) 18.07 (5.1m) Friday 06.21 '
                     '(4.7m) 18.49 (4.9m) Saturday 07.03 (4.5m) 19.34 (4.6m)'},
            {'head': 'Planning applications',
             'text': '14 Cliff Terrace, Kelderby: two-storey rear extension. The Old Forge, Thorpe '
                     'Hagg: change of use from workshop to holiday let. Land off Moor Lane, '
                     'Wrayton: 24 homes, including eight affordable.'},
            {'head': 'Quiz night raises £1,240',
             'text': 'A quiz night at the Fisherman’s Rest raised £1,240 for Kelderby Food Bank. '
                     'Twenty-two teams took part and the winners, The Usual Suspects, gave their '
                     'prize back to the cause.'},
            {'head': '50 years ago',
             'text': 'October 1976: Kelderby’s new swimming baths were opened by the Mayor, who '
                     'was persuaded to take the first dip in his chain of office. The baths cost '
                     '£318,000 and the first week’s visitors numbered 4,600.'}],
 'photos': [{'caption': 'Kelderby’s inshore lifeboat returns to the station on Sunday with the two '
                        'paddleboarders on board.',
             'credit': 'Picture: Kelderby RNLI'},
            {'caption': 'Fred Hanley with his prize-winning 61-stone pumpkin and three of his '
                        'grandchildren, Alfie, Grace and Maisie.',
             'credit': 'Picture: Dave Kirkham'},
            {'caption': 'Shareholders celebrate outside the Plough at Low Wrayton after the sale '
                        'went through.',
             'credit': 'Picture submitted'},
            {'caption': 'Wally Crane at the tiller of the harbour ferry in 1988.',
             'credit': 'Picture: Gazette archive'}],
 'furniture': {'dates': ['Thursday, October 15, 2026',
                         'THURSDAY, OCTOBER 15, 2026',
                         'Thursday, October 22, 2026'],
               'extras': ['No. 8,114 · £1.20',
                          'Published every Thursday',
                          'Wet and windy, max 13°C',
                          'Jobs, homes, motors inside'],
               'jump': 'Continued on page {n}',
               'jump_alt': 'Turn to page {n}'},
 'layout': {'cols': [5, 6, 4, 6], 'gutters': [20, 28, 36, 44, 72], 'margins': (80, 130),
            'faces': {'garamond': {1: (NTO + 'NotoSerifDisplay-Bold.ttf', 0),
                                   4: (NTO + 'NotoSerif-Bold.ttf', 0)}}}}

POOLS = {"Y": Y}
