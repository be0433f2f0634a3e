"""English prose pool C (the twelfth pool, drawn as set S12: a study set, read once unseen).

The text generator's pool C (tools/studypages/text/prose_c_en.py) adapted to this generator's
data model: a South African regional daily in February (The Elandsdrift Herald: `per cent`,
`R2`, `R4.8-million`, `Cllr`, `SAPS`, `14:00`), other wording than pools S to B (minibus taxi
fares, a dam at 23 per cent, a club cricket final with its scorecard, informal traders refusing
to move, baboons raiding a suburb, a stokvel's payout, a tribute to a choir conductor, readers'
letters signed `— Name, Suburb`, a rhino horn case, residents filling potholes, a township jazz
festival, a wire story on the fuel price with the dateline `PRETORIA –` left in the paragraph);
heads numbers first, a question, a quotation, one word (`Outsmarted`) under a kicker, long
down-style heads, labels (`Readers’ Views`, kicker `TRIBUTE`); bylines `By NAME` over `Senior
Reporter` / `Sports Reporter` / `Entertainment Editor`, two writers, `Court Reporter`, `ANA
Reporter`; credits `Picture: NAME`, `PICTURE: SUPPLIED`, `Photo: NAME/Herald`, `Image: Herald
archive`, `Courtesy of X`; jump lines `Turn to page {n}`, `{word} page {n}` (every story's
`slug` its text id). ``layout``: this pool's own columns by seed (en 3–6, other orders than
pools A and B), gutters (20–70 px) and margins (80–120 px), the garamond design's heads in
Liberation Serif Bold and bylines in Noto Serif Bold (EB Garamond Bold lacks `’ “ — –`), and
pool A's ``wrap_kickers``.
Converted by the rules pools A's and B's were (tools: a scratch script, run once): crossheads
dropped, their text kept as a paragraph (the letters' heads); headless briefs given heads
(`Missing teenager`, `Library hours`); a brief's lines run as one paragraph; captions' titles
dropped.
"""

NTO = "/usr/share/fonts/truetype/noto/"
LIB = "/usr/share/fonts/truetype/liberation/"

C = {'mastheads': ['The Elandsdrift Herald', 'THE HERALD', 'Elandsdrift Herald'],
 'sections': ['Local News', 'Business', 'Community', 'Sport', 'Views'],
 'brief_titles': ['NEWS IN A MINUTE', 'Around Town', 'SNAPSHOTS'],
 'stories': [{'kicker': 'TRANSPORT',
              'headline': 'R2 more a trip from Monday as taxi fares rise for the second time in a '
                          'year',
              'deck': 'Commuters from KwaNdlovu will pay R26 to town, and the association blames '
                      'diesel and tyres',
              'byline': ['By Thandeka Mkhize', 'Senior Reporter'],
              'dateline': None,
              'paragraphs': ['Minibus taxi fares on every route into Elandsdrift will go up by R2 '
                             'on Monday, the second increase since last March.',
                             'The Elandsdrift and District Taxi Association said the price of '
                             'diesel, tyres and insurance had left owners with no choice. A trip '
                             'from KwaNdlovu to the taxi rank in town will cost R26, and the short '
                             'run from Sonderwater R14.',
                             'At the rank on Tuesday morning, domestic worker Nomvula Sithole '
                             'counted her coins into the driver’s hand. “Four trips a day for me '
                             'and my son to school. That is R16 more every day, and my wages stay '
                             'the same,” she said.',
                             'Association chairman Sipho Ndaba said drivers had held off for as '
                             'long as they could. “We also have children. A new set of tyres for a '
                             'Quantum is now more than R12,000,” he said.',
                             'The municipality’s transport portfolio head, Cllr Ruth Marais, said '
                             'the council had no say over taxi fares but would meet the '
                             'association about the state of the roads, which owners say wear out '
                             'their vehicles.'],
              'slug': 'FARES'},
             {'kicker': 'WATER CRISIS',
              'headline': 'Will the taps run dry before the rains come?',
              'deck': 'Kransvlei Dam is at 23 per cent and the municipality wants every household '
                      'to use 50 litres a day',
              'byline': ['By Pieter Olivier'],
              'dateline': None,
              'paragraphs': ['The dam that supplies most of Elandsdrift with water has dropped to '
                             '23 per cent of its capacity, the lowest level recorded in February '
                             'since it was built in 1971.',
                             'Kransvlei Dam stood at 61 per cent a year ago. Only 148mm of rain '
                             'has fallen in the catchment since October, less than half of the '
                             'usual summer total.',
                             'From Monday, the municipality will lower the pressure at night in '
                             'all suburbs and ban the use of hosepipes, sprinklers and the filling '
                             'of swimming pools. Fines start at R1,500.',
                             '“If every household keeps to 50 litres a person a day, we can last '
                             'until the winter rains,” said the municipal manager, Johan '
                             'Bezuidenhout. “If not, we will have to close the taps for some hours '
                             'every day.”',
                             'Farmers along the Kransvlei River have been told that their '
                             'irrigation allocation will be cut by a third.',
                             'Residents can report leaks and illegal watering on 0800 221 004, 24 '
                             'hours a day.'],
              'slug': 'DAM'},
             {'kicker': 'CRICKET',
              'headline': 'Westdene hold their nerve to win the Mayor’s Cup by eight runs',
              'deck': 'Left-arm spinner Lwazi Nkosi takes four wickets as Sonderwater fall short '
                      'on the last over',
              'byline': ['By Ricardo Jacobs', 'Sports Reporter'],
              'dateline': None,
              'paragraphs': ['Westdene won the Mayor’s Cup for the first time in nine seasons on '
                             'Saturday, beating Sonderwater by eight runs in a final that went to '
                             'the last over at the Municipal Oval.',
                             'Set 214 to win, Sonderwater were well placed at 161 for three when '
                             'captain Dean Abrahams was run out by a direct hit from Keegan Smit '
                             'at cover.',
                             'Nkosi then took three wickets in two overs, and with 11 needed off '
                             'the last six balls, Ashwin Pillay held his nerve to bowl a '
                             'wicket-maiden before the last man was caught at long-on.',
                             '“I told the boys at tea that it would come down to one over,” said '
                             'Westdene captain Bradley Fourie. “I didn’t think it would be the '
                             'last one.”',
                             'Westdene: 213 for 8 in 40 overs (B Fourie 71, K Smit 44, J Naidoo '
                             '29; D Abrahams 3-38, T Mokoena 2-41)',
                             'Sonderwater: 205 all out in 39.5 overs (D Abrahams 66, S Daniels 52; '
                             'L Nkosi 4-31, A Pillay 2-27)',
                             'Player of the match: Lwazi Nkosi'],
              'slug': 'CRICKET'},
             {'kicker': 'INFORMAL TRADE',
              'headline': '‘We were selling here before the mall was built’: traders refuse to '
                          'leave Church Street',
              'deck': 'Municipality offers stalls at a new market two blocks away, but vendors say '
                      'nobody walks past it',
              'byline': ['By Thandeka Mkhize and Neo Molefe'],
              'dateline': None,
              'paragraphs': ['About 70 informal traders on Church Street have refused to move to a '
                             'new market built for them by the municipality, saying they will lose '
                             'their customers.',
                             'The R4.8-million market on the corner of Loop and Station streets '
                             'has 96 stalls under a steel roof, with water, toilets and lockable '
                             'storage. Stalls cost R250 a month.',
                             'But the street’s vendors, who sell fruit, airtime, sweets and '
                             'secondhand clothes to shoppers walking between the taxi rank and the '
                             'mall, say the new site is off the route people take.',
                             '“We were selling here before the mall was built,” said Gogo Thembi '
                             'Zwane, who has sold oranges and peanuts outside the post office '
                             'since 1994. “Who is going to walk two blocks to buy one banana?”',
                             'The municipality says the pavements are too narrow for pedestrians '
                             'and that shop owners have complained about rubbish and blocked '
                             'doorways. Traders were given until the end of February to move.',
                             'Cllr Marais said no one would be removed by force. “We will talk '
                             'until we find a way,” she said.'],
              'slug': 'TRADERS'},
             {'kicker': 'WILDLIFE',
              'headline': 'Outsmarted',
              'deck': 'A troop of 40 baboons has learnt to open fridges in Mountain View, and '
                      'residents are running out of ideas',
              'byline': ['By Pieter Olivier'],
              'dateline': None,
              'paragraphs': ['Residents of Mountain View on the edge of the Elandsberg reserve '
                             'have tried locks, electric fences and a paintball gun. The baboons '
                             'keep coming back.',
                             'The troop of about 40 animals, led by a large male that residents '
                             'call Bossie, has been raiding kitchens along the upper streets since '
                             'December.',
                             'Retired teacher Annelie Swart came home last week to find her fridge '
                             'open and a baboon sitting on the counter eating a tub of margarine. '
                             '“He looked at me as if I was the one who should leave,” she said.',
                             'Provincial conservation officials say baboons must not be fed, and '
                             'bins should be kept locked. Shooting or trapping them without a '
                             'permit is against the law.',
                             'A meeting between residents, the reserve and the municipality will '
                             'be held at the Mountain View Bowling Club on Thursday at 18:30.'],
              'slug': 'BABOONS'},
             {'kicker': 'MONEY',
              'headline': 'Twenty-two women who saved R500 a month for a year share out R132,000 '
                          'at their stokvel’s last meeting of the season',
              'deck': None,
              'byline': ['By Neo Molefe'],
              'dateline': None,
              'paragraphs': ['In a church hall in KwaNdlovu on Sunday afternoon, 22 women counted '
                             'out a year of savings on a table covered with a white cloth.',
                             'Each member of the Masibambane stokvel has paid R500 a month into a '
                             'joint bank account since last February. This year, the group bought '
                             'groceries in bulk from a wholesaler and shared out the rest in cash.',
                             'Chairwoman Lindiwe Khumalo, who started the club in 2009 with six '
                             'neighbours, said the stokvel was about more than money. “When '
                             'someone has a funeral, we are there. When someone’s child finishes '
                             'matric, we are there,” she said.',
                             'The National Stokvel Association estimates that more than 11 million '
                             'South Africans belong to a stokvel, saving about R50 billion a year '
                             'between them.'],
              'slug': 'STOKVEL'},
             {'kicker': 'TRIBUTE',
              'headline': 'Vusumzi Ngcobo: the conductor who taught a township to sing in four '
                          'parts',
              'deck': None,
              'byline': None,
              'dateline': None,
              'paragraphs': ['For 38 years, Vusumzi Ngcobo stood in front of the KwaNdlovu '
                             'Community Choir with a tuning fork in one hand and a folded '
                             'handkerchief in the other. He never used a baton.',
                             'Ngcobo, who died on January 28 at the age of 81, was a mathematics '
                             'teacher at Sizwe High School for most of his working life. He '
                             'started the choir in 1986 with 14 singers who rehearsed in his '
                             'classroom after school.',
                             'Under him, the choir won the provincial championship eleven times '
                             'and sang at the opening of the new Elandsdrift civic centre in 1998.',
                             'Former members remember his patience and his pencil. He wrote out '
                             'every part by hand in tonic sol-fa, and kept a copy of every '
                             'arrangement in a cupboard at home.',
                             'He is survived by his wife, Nokuthula, three children and seven '
                             'grandchildren. The choir will sing at his memorial service at the '
                             'civic centre on Saturday at 10am.',
                             '— Compiled by Sibongile Ngcobo'],
              'slug': 'TRIBUTE'},
             {'kicker': None,
              'headline': 'Readers’ Views',
              'deck': None,
              'byline': None,
              'dateline': None,
              'paragraphs': ['Fix the streetlights on Voortrekker Road',
                             'For three months half of the streetlights between the station and '
                             'the hospital have been off. Nurses who finish their shifts at 19:00 '
                             'walk home in the dark. How many calls must we make?',
                             '— Carmen Adams, Westdene',
                             'Thank you to the fire crew',
                             'On Sunday a fire started in the veld behind our houses. The fire '
                             'fighters from the Station Road station were there in 12 minutes and '
                             'worked until after midnight. We owe them our homes.',
                             '— Hennie and Marietjie Botha, Sonderwater',
                             'Taxi fares',
                             'Another R2 on a taxi fare is not small money for a pensioner. Could '
                             'the association not give a discount to older people, as the buses '
                             'do?',
                             '— Name and address supplied'],
              'slug': 'LETTERS'},
             {'kicker': 'COURT',
              'headline': 'Two men jailed for 12 years for rhino horn found in a car boot',
              'deck': 'Magistrate says the poaching of rhino threatens a heritage that belongs to '
                      'every South African',
              'byline': ['Court Reporter'],
              'dateline': None,
              'paragraphs': ['Two men caught with two rhino horns hidden under a spare wheel at a '
                             'roadblock outside Elandsdrift were each sentenced to 12 years in '
                             'prison in the regional court on Monday.',
                             'Lucky Mahlangu (34) and Themba Sibiya (29), both from Mpumalanga, '
                             'were arrested in April last year when police searched their car on '
                             'the N11 after a tip-off.',
                             'The horns, weighing 4.1kg together, came from a bull killed on a '
                             'private game farm near the Elandsberg two days earlier, the court '
                             'heard.',
                             'Magistrate Elsabe du Toit said rhino poaching had driven a species '
                             'to the edge for money made by others far away. “These animals belong '
                             'to the heritage of every South African,” she said.',
                             'The men were also declared unfit to own a firearm.'],
              'slug': 'RHINO'},
             {'kicker': 'ROADS',
              'headline': 'Fed up with waiting, Sonderwater residents fill 63 potholes themselves',
              'deck': 'A WhatsApp group, a borrowed bakkie and R18,000 from neighbours',
              'byline': ['By Ricardo Jacobs'],
              'dateline': None,
              'paragraphs': ['The residents of Sonderwater got tired of reporting potholes. On '
                             'Saturday, they filled them.',
                             'Armed with spades, a borrowed bakkie and 90 bags of cold asphalt, '
                             'about 30 volunteers worked along Kerk, Eike and Protea streets from '
                             '7am until the sun went down, filling 63 holes.',
                             'The money, R18,000, was collected from neighbours over two weeks '
                             'through a WhatsApp group started by retired engineer Faizel Essop.',
                             '“Some of these holes were reported in 2023. We have the reference '
                             'numbers,” Essop said. “We are not trying to shame anyone. We just '
                             'want to drive to work without losing a wheel.”',
                             'The municipality’s roads department said it had a backlog of about '
                             '4,200 potholes across the city and thanked residents, but warned '
                             'that repairs done without a permit could be unsafe.'],
              'slug': 'POTHOLES'},
             {'kicker': 'WHAT’S ON',
              'headline': 'Jazz comes home to KwaNdlovu',
              'deck': 'The festival that began in a backyard in 2014 fills the stadium with 6,000 '
                      'people',
              'byline': ['By Nandi Cele', 'Entertainment Editor'],
              'dateline': None,
              'paragraphs': ['The KwaNdlovu Jazz Festival began in 2014 in the backyard of '
                             'saxophonist Mandla Ntuli, with a borrowed sound system and 80 chairs '
                             'from the church next door.',
                             'On Saturday, about 6,000 people filled the KwaNdlovu stadium for its '
                             'tenth edition, with 11 bands on one stage from noon until after '
                             'midnight.',
                             'The headline act, the Thabo Mlambo Quartet, played two encores. '
                             'Earlier, the Sizwe High School brass band opened the day with a '
                             'programme of marabi tunes that had older members of the audience '
                             'dancing in the aisles.',
                             'Ntuli said the festival had paid R380,000 to local musicians, '
                             'caterers and security guards this year. “This is money that stays '
                             'here in the township,” he said.',
                             'Tickets for next year go on sale in October.'],
              'slug': 'JAZZ'},
             {'kicker': None,
              'headline': 'Petrol up 43c a litre on Wednesday',
              'deck': 'Diesel rises by 61c after the rand weakens against the dollar',
              'byline': ['ANA Reporter'],
              'dateline': None,
              'paragraphs': ['PRETORIA – Motorists will pay 43c a litre more for both grades of '
                             'petrol from Wednesday, the Department of Mineral Resources and '
                             'Energy announced on Sunday.',
                             'The wholesale price of diesel will rise by 61c a litre and '
                             'illuminating paraffin by 52c.',
                             'The department said the increase was caused by higher international '
                             'oil prices and a weaker rand, which averaged R18.74 to the US dollar '
                             'during the review period.',
                             'In inland areas, a litre of 95 unleaded will cost R23.86.'],
              'slug': 'FUEL'}],
 'briefs': [{'head': 'Missing teenager',
             'text': 'Elandsdrift SAPS is asking for help to find Sipho Dube (15), who was last '
                     'seen leaving Sizwe High School on Thursday afternoon. He was wearing a grey '
                     'school jersey. Call Constable Moloi on 046 622 1090.'},
            {'head': 'Water interruptions',
             'text': 'Westdene: Wednesday, 8am to 4pm, for pipe repairs in Oak Avenue. '
                     'Sonderwater: Thursday, 9am to 1pm. Mountain View: Friday, 10am to 2pm.'},
            {'head': 'Craft market at the station',
             'text': 'The monthly craft market returns to the old railway station on Saturday from '
                     '9am to 1pm, with 40 stalls of beadwork, pottery, honey and koeksisters. '
                     'Entry is free.'},
            {'head': 'Load-shedding',
             'text': 'Stage 2 is expected all week, at these times. Block A: 06:00 to 08:30 and '
                     '18:00 to 20:30. Block B: 08:00 to 10:30 and 20:00 to 22:30. Block C: 10:00 '
                     'to 12:30.'},
            {'head': 'Library hours',
             'text': 'The Elandsdrift public library will close at 13:00 on Saturdays in February '
                     'while the reading room is painted. Books can be returned through the slot in '
                     'the front door.'},
            {'head': 'Fun walk for the hospice',
             'text': 'The 5km fun walk in aid of Elandsdrift Hospice starts at the Municipal Oval '
                     'on Sunday at 7am. Entry is R60 for adults and R30 for children, with a medal '
                     'for everyone who finishes.'}],
 'photos': [{'caption': 'Westdene captain Bradley Fourie holds up the Mayor’s Cup at the Municipal '
                        'Oval on Saturday.',
             'credit': 'Picture: Ricardo Jacobs'},
            {'caption': 'The old pump house at Kransvlei Dam, normally under water, stands on dry '
                        'mud this week.',
             'credit': 'Photo: Anele Khumalo/Herald'},
            {'caption': 'Volunteers fill a pothole in Protea Street, Sonderwater, on Saturday.',
             'credit': 'PICTURE: SUPPLIED'},
            {'caption': 'Vusumzi Ngcobo conducts the KwaNdlovu Community Choir at the provincial '
                        'championship in 1995.',
             'credit': 'Image: Herald archive'},
            {'caption': 'Saxophonist Mandla Ntuli plays with the Thabo Mlambo Quartet at KwaNdlovu '
                        'stadium.',
             'credit': 'Courtesy of KwaNdlovu Jazz Festival'}],
 'furniture': {'dates': ['Tuesday, February 9, 2027',
                         'WEDNESDAY, FEBRUARY 10, 2027',
                         'Thursday, February 11, 2027'],
               'extras': ['Vol. 125, No. 31 · R12.50',
                          'elandsdriftherald.co.za',
                          'Hot and dry, max 34°C',
                          'Classifieds, jobs and property inside'],
               'jump': 'Turn to page {n}',
               'jump_alt': '{word} page {n}'},
 'layout': {'cols': [5, 3, 6, 4, 4], 'gutters': [20, 30, 40, 56, 70], 'margins': (80, 120),
            'faces': {'garamond': {1: (LIB + 'LiberationSerif-Bold.ttf', 0), 4: (NTO + 'NotoSerif-Bold.ttf', 0)}},
            'wrap_kickers': True}}

POOLS = {"C": C}
