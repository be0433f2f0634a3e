"""English prose pool A (the tenth held-out pool, drawn as set S10: the judge nobody studies).

The text generator's pool A (tools/studypages/text/prose_a_en.py) adapted to this generator's
data model by a one-off conversion: an Australian regional daily in a river town in March (The
Narrawin Advocate: Australian spelling, `per cent`, `$68.3m`, `7.30pm`, `87mm`, `Mr`/`Ms`/`Cr`
without a stop, straight quotes, single in heads and double in the body), other wording than
pools S to Z (a stock agent's fraud sentencing, a lamb sale with its top prices, a river punt
back in service, a shire budget with `Where the money goes` lines, a museum's paddle-steamer
gallery, rugby league and netball results, a storm with rainfall totals, an obituary of a bush
nurse, letters signed `Name, Place`, a maternity unit's closure, a bank branch closing, an AAP
wire story); question heads, quote heads with a colon, a label head (`Letters`), long kickers
with a dash (`RURAL — NARRAWIN LIVESTOCK EXCHANGE`, `VALE MARJORIE QUILL, 1931–2027`), long
decks; bylines a bare name over a role (`Court reporter`, `Rural reporter`, `Sport`), `By NAME`
over an e-mail line, `Story: X` over `Photos: Y`, `Words: X`, `Compiled by X`, a wire story's
`AAP`; colon datelines (`WATTLE SPRINGS:`, `SYDNEY:`) left in the paragraph as printed (pool W's);
credits `Photo: X`, `PHOTO: SUPPLIED`, `Picture: Advocate archives`, `Image courtesy X`,
`X/Advocate`; jump lines `Continued page {n}`, `{word}: page {n}` (``{n}``: the page number
without its letter; every story's ``slug`` is its text id, as the text generator's ``{s}``).
``layout``: this pool's own columns by seed (3–6, five entries), narrow gutters (16–46 px), small
margins (60–100 px), and the garamond design's heads (and mastheads) in Noto Sans Display Bold
and bylines in Liberation Serif Bold (EB Garamond Bold lacks the kickers' – and —), and
``wrap_kickers`` (a kicker wider than its headline wraps as the headline does: `RURAL — NARRAWIN
LIVESTOCK EXCHANGE`, about 650 px, over a one-column story would run over the next column).
No crossheads (this generator draws none: the crossheads and the letters' heads are dropped, their
text kept); the headless briefs given heads (`CWA scone workshop`, `Lost dog`); a brief's lines
run as one paragraph; captions' titles dropped. Every character of pool A is in every face of
every design it may draw (checked with `fc-query` charsets).
"""

NTO = "/usr/share/fonts/truetype/noto/"
LIB = "/usr/share/fonts/truetype/liberation/"

A = {'mastheads': ['The Narrawin Advocate', 'THE ADVOCATE', 'Narrawin Advocate'],
 'sections': ['NEWS', 'RURAL', 'SPORT', 'OPINION', 'THE VALLEY'],
 'brief_titles': ['NEWS IN BRIEF', 'AROUND THE VALLEY', 'Community noticeboard'],
 'stories': [{'kicker': 'COURTS',
              'headline': "'I froze': stock agent jailed for taking $412,000 from clients",
              'deck': 'Former Mungabri agent Darren Pilcher will serve at least 14 months after '
                      'pocketing the proceeds of 38 sales of sheep and cattle over three years',
              'byline': ['Lachlan Moy', 'Court reporter'],
              'dateline': None,
              'paragraphs': ['A stock agent who kept the money from dozens of livestock sales and '
                             'told farmers their cheques were "held up at head office" has been '
                             'jailed for two years and four months.',
                             'Darren Keith Pilcher, 51, of Mungabri, pleaded guilty in Narrawin '
                             'District Court to 11 counts of fraud involving $412,600 taken from '
                             'clients between 2022 and 2025.',
                             'Judge Helen Varga said on Monday that Pilcher had exploited the '
                             'trust on which the livestock trade depended. "In country districts a '
                             'handshake with an agent is still worth something," she said. "The '
                             'offender traded on that for three years."',
                             'The court heard Pilcher sold sheep and cattle on behalf of 19 '
                             'clients, most of them small family farms, and paid the proceeds into '
                             'an account he controlled. When clients asked where their money was, '
                             'he blamed computer faults, bank delays and, on one occasion, a flood '
                             "at the company's Wagga office.",
                             'His barrister, Ms Rosa Ferrante, said Pilcher had run up gambling '
                             'debts of more than $300,000 after the death of his wife in 2021 and '
                             '"froze" when he could not cover them.',
                             'Pilcher will be eligible for parole in May next year. He has repaid '
                             '$48,000.'],
              'slug': 'AGENT'},
             {'kicker': 'RURAL — NARRAWIN LIVESTOCK EXCHANGE',
              'headline': 'Have lamb prices peaked?',
              'deck': 'Heavy trade lambs topped at $318 on Thursday, but agents say the dry autumn '
                      'will bring more stock forward and soften the market by Easter',
              'byline': ['Bianca Lowe', 'Rural reporter'],
              'dateline': None,
              'paragraphs': ['Agents yarded 28,450 lambs and 6,200 sheep at the Narrawin Livestock '
                             'Exchange on Thursday, the largest yarding since October, and prices '
                             'held up better than most of them had expected.',
                             'Extra heavy export lambs sold to a top of $318, while trade weights '
                             'averaged 912 cents a kilogram carcase weight, down 14c on last week.',
                             '"The buyers were all there and they were all bidding," said Tom '
                             'Hennessy of Hennessy & Grant. "But you can\'t keep a market this '
                             'high when half the district is looking at bare paddocks."',
                             'Narrawin recorded just 41mm of rain between December and February, '
                             'about a third of its average, and many producers are selling lambs '
                             'lighter and earlier than they would like rather than buy in feed.',
                             'Extra heavy lambs: $318, Kelso Park, Corrowong',
                             'Heavy trade lambs: $286, R. and J. Devine, Wattle Springs',
                             'Merino wethers: $164, Bellbird Downs',
                             'Restocker ewes: $212, Yallambee Pastoral Co.',
                             'Mr Hennessy said he expected yardings above 30,000 in the next '
                             'fortnight unless the forecast rain arrives.'],
              'slug': 'LAMBS'},
             {'kicker': 'YALLAMBEE CROSSING',
              'headline': 'Punt back on the Kalkee after 11 weeks on the bank',
              'deck': 'Shire crews replaced a worn cable and both ramps; locals who drove a 96km '
                      'detour to reach town say the wait was too long',
              'byline': ['Story: Erin Walsh', 'Photos: Callum Reid'],
              'dateline': None,
              'paragraphs': ['The Yallambee Crossing punt carried its first car across the Kalkee '
                             'River at 6am on Monday, ending 11 weeks in which farmers on the '
                             'north bank had to drive through Corrowong to get to Narrawin.',
                             'The cable ferry, one of three still running on the river, was pulled '
                             'out of service on December 14 when an inspection found broken '
                             'strands in the main cable and cracks in the southern landing ramp.',
                             'Operator Kev Dunstan, who has worked the punt for 23 years, said he '
                             'was glad to be back. "It\'s a quiet job but it\'s a proper one," he '
                             'said. "Some of these people I see twice a day."',
                             'Not everyone was in a forgiving mood. Dairy farmer Sharon Teague '
                             'said the detour had added 96km to her daily round trip for school '
                             'pick-ups and cost the family about $90 a week in fuel.',
                             '"We understand things break," she said. "What we didn\'t get was a '
                             'phone call. We found out it would be another month from a sign '
                             'nailed to a tree."',
                             "Narrawin Shire Council's director of works, Greg Fahey, apologised "
                             'and said the council would put updates on its website and Facebook '
                             'page in future. The punt runs from 6am to 10pm daily and is free.'],
              'slug': 'PUNT'},
             {'kicker': 'COUNCIL',
              'headline': 'Rates up 4.5 per cent as shire unveils $68.3m budget',
              'deck': 'Roads take the biggest share; the pool and library hours are safe for now, '
                      'but the draft warns of a deficit by 2029 without a special rate variation',
              'byline': ['By Rhiannon Day', 'rday@advocate.com.au'],
              'dateline': None,
              'paragraphs': ['Narrawin Shire ratepayers will pay an average of $61 a year more '
                             'from July 1 under a draft budget put on public exhibition on Tuesday '
                             'night.',
                             "The 4.5 per cent rise is the most the state's pricing regulator "
                             'allows the council to charge without applying for a special '
                             'variation.',
                             'Mayor Joanne Kirkby said the council had "squeezed every line" and '
                             'that the result protected services residents valued most. "We heard '
                             'loud and clear last year that people wanted the pool open and the '
                             'library open on Saturdays, and both are funded," she said.',
                             'Roads and bridges: $24.1m',
                             'Water and sewerage: $13.7m',
                             'Waste and recycling: $6.9m',
                             'Parks, pool and sporting grounds: $4.4m',
                             'Library, museum and community halls: $3.2m',
                             'The draft also warns that the shire will run an operating deficit '
                             'from 2029 unless it raises more revenue or cuts services. Cr Paul '
                             'Nguyen said the council should start talking to residents about a '
                             'special variation now "rather than springing it on them in two '
                             'years".',
                             'Submissions close on April 6. Copies of the draft are available at '
                             'the council chambers and the library.'],
              'slug': 'BUDGET'},
             {'kicker': 'ARTS',
              'headline': 'Back in the water: museum opens its paddle-steamer gallery',
              'deck': 'The wheelhouse of the PS Kalkee Belle, built in Echuca in 1898, is the '
                      'centrepiece of a $1.9m wing',
              'byline': ['Words: Nadine Okoro'],
              'dateline': None,
              'paragraphs': ['For 40 years the wheelhouse of the paddle-steamer Kalkee Belle sat '
                             'in a shed behind the Narrawin showground with a tarpaulin over it '
                             'and a family of possums inside.',
                             'On Saturday it will be the first thing visitors see when they walk '
                             'into the new river gallery at the Narrawin Regional Museum, '
                             'restored, repainted and with its brass wheel polished.',
                             'The Kalkee Belle carried wool bales downriver from Narrawin to the '
                             'railhead at Corrowong from 1898 until 1931, when the bridge and the '
                             'trucks put the river trade out of business. Her hull was broken up '
                             'for scrap, but the wheelhouse was saved by the family of her last '
                             'captain, Albert Quinlan.',
                             '"People think of the Murray when they think of paddle-steamers," '
                             'museum director Dr Simone Achterberg said. "But every river in this '
                             'district that could float a boat had one, and this town was built on '
                             'what they carried."',
                             'The $1.9m wing was paid for with a state grant of $1.2m, a council '
                             'contribution and more than $200,000 raised by the Friends of the '
                             'Museum, who ran a raffle every Saturday at the markets for three '
                             'years.',
                             'The gallery opens at 10am on Saturday. Entry is free.'],
              'slug': 'MUSEUM'},
             {'kicker': 'SPORT — GROUP 9 ROUND 2',
              'headline': "Magpies hang on after Kelly's double",
              'deck': 'Narrawin 22 d Corrowong 18 in front of 1,400 at Apex Oval',
              'byline': ['Jamie Cullen', 'Sport'],
              'dateline': None,
              'paragraphs': ['Narrawin Magpies survived a late Corrowong comeback to win the first '
                             'local derby of the season on Sunday, holding out for the final eight '
                             'minutes with 12 men after prop Sione Taufa was sin-binned.',
                             'Winger Josh Kelly scored twice in the first half as the Magpies led '
                             '16-4 at the break, and halfback Brody Wilks kicked three goals from '
                             'three attempts.',
                             'Corrowong came back through tries to Mitch Ryder and Dane Peacock, '
                             'and had the ball 10 metres out with a minute left before a knock-on '
                             'ended the threat.',
                             '"We made it harder than it needed to be," Magpies coach Shane '
                             'Gleeson said. "But a win\'s a win in a derby."',
                             'First grade: Narrawin 22 d Corrowong 18; Mungabri 30 d Wattle '
                             'Springs 6',
                             'Reserve grade: Corrowong 26 d Narrawin 12',
                             'Under-18s: Narrawin 16 drew Corrowong 16',
                             'League tag: Wattle Springs 20 d Mungabri 8',
                             'A-grade netball: Narrawin Magpies 48 d Corrowong Tigers 41'],
              'slug': 'LEAGUE'},
             {'kicker': 'WEATHER',
              'headline': '87mm in two hours: storm floods main street, cuts power to 3,000',
              'deck': None,
              'byline': ['By Rhiannon Day and Erin Walsh'],
              'dateline': None,
              'paragraphs': ['A storm that dropped 87mm of rain on Narrawin in less than two hours '
                             'on Wednesday evening flooded shops in Kalkee Street, brought down '
                             'trees across the town and left about 3,000 homes without power.',
                             'The Bureau of Meteorology gauge at the airport recorded 61mm between '
                             '5.40pm and 6.40pm, the heaviest hour of rain in the town since '
                             'records began in 1962.',
                             'Water ran knee-deep down Kalkee Street for about half an hour. '
                             'Newsagent Priya Raman said it came under the front door "like '
                             'someone had turned on a tap" and ruined a delivery of magazines and '
                             'school books.',
                             'The SES received 142 calls for help, most for leaking roofs and '
                             'fallen trees, and carried out two flood rescues on the Mungabri Road '
                             'causeway, where drivers tried to cross fast-flowing water.',
                             '"If it\'s flooded, forget it. We say it every time and every time '
                             'someone drives in," Narrawin SES unit commander Wendy Holt said.',
                             'Farmers, who have had a dry summer, were less troubled. "We\'ll take '
                             'it," said Wattle Springs cropper Andrew Devine, who measured 54mm. '
                             '"Next time I\'d like it over two days instead of two hours."'],
              'slug': 'STORM'},
             {'kicker': 'VALE MARJORIE QUILL, 1931–2027',
              'headline': 'The bush nurse who knew every road, and every family on it',
              'deck': 'For 34 years Sister Quill ran the Mungabri nursing post, delivered more '
                      'than 400 babies and drove about two million kilometres on dirt',
              'byline': ['Compiled by Nadine Okoro'],
              'dateline': None,
              'paragraphs': ['Marjorie Ellen Quill, who has died in Narrawin aged 95, arrived at '
                             'the Mungabri bush nursing post in 1956 with a suitcase, a midwifery '
                             "certificate and no driver's licence.",
                             'She got the licence within a month, because the nearest doctor was '
                             "80km away and the post's Holden utility was the only ambulance the "
                             'district had.',
                             'Over the next 34 years she set broken arms on kitchen tables, '
                             'stitched shearers, vaccinated three generations of schoolchildren '
                             'and delivered more than 400 babies, several of them on the back '
                             'seat.',
                             'Born in Ballarat in 1931, the second of five children of a railway '
                             'fettler, she trained at the Royal Melbourne Hospital and answered an '
                             'advertisement in a nursing journal for "a sensible woman prepared to '
                             'live alone".',
                             'She married grazier Frank Quill in 1961. He died in 2004.',
                             'Mungabri residents remember her for the calls she made without being '
                             'asked. "If a baby was due she\'d drive past the house twice a day," '
                             'said Judy Devine, whose three children Sister Quill delivered. "She '
                             'never said she was checking. She\'d just say she was passing."',
                             'She was awarded the Medal of the Order of Australia in 1988 and '
                             'retired in 1990.',
                             'She is survived by her sons Peter and Michael, six grandchildren and '
                             'nine great-grandchildren. A funeral service will be held at St '
                             "Columba's Church, Mungabri, at 11am on Friday."],
              'slug': 'NURSE'},
             {'kicker': None,
              'headline': 'Letters',
              'deck': 'Write to the Editor, PO Box 212, Narrawin 2748, or by email. Letters under '
                      '250 words are preferred and may be edited',
              'byline': None,
              'dateline': None,
              'paragraphs': ['Another B-double through the middle of Kalkee Street at school '
                             'pick-up time on Tuesday, and another near miss at the pedestrian '
                             'crossing. The bypass has been "five years away" since I was a child. '
                             'How many more years, and how many more near misses?',
                             'Carol Ashby, Narrawin',
                             'I would like to thank the staff of the emergency department at '
                             'Narrawin Base Hospital, who looked after my husband on the night of '
                             'the storm. They were stretched thin and never once made us feel it.',
                             'Helen and Ray Duggan, Wattle Springs',
                             'I read that the shire will spend $24 million on roads next year. '
                             'Could some of it go on the footpath in Lachlan Street, where a '
                             "gopher can't get past the tree roots and my neighbour has to ride in "
                             'the gutter?',
                             'Des Farrelly, Narrawin'],
              'slug': 'LETTERS'},
             {'kicker': 'HEALTH',
              'headline': 'Why will mothers now drive 140km to give birth?',
              'deck': "The local health district says it cannot staff Corrowong's maternity unit "
                      "safely; families and the town's GPs say nobody asked them",
              'byline': ['Erin Walsh', 'Health reporter'],
              'dateline': None,
              'paragraphs': ['Women in Corrowong and the surrounding district will have to travel '
                             'to Narrawin Base Hospital, 140km away on a road with no mobile '
                             'coverage for long stretches, to give birth from April 1.',
                             'The Kalkee Local Health District confirmed on Friday that births at '
                             'Corrowong Hospital would be "paused" because it could not recruit '
                             'enough midwives to cover a roster safely.',
                             'The unit delivered 71 babies last year. It has three midwives on '
                             'staff and needs seven.',
                             '"No one takes this decision lightly," the district\'s chief '
                             'executive, Ms Annette Rowe, said. "A maternity service without '
                             'enough midwives is not a safe service."',
                             'Corrowong GP Dr Kwame Mensah, who has worked in the town for 16 '
                             'years, said the word "pause" was misleading. "Once a unit stops '
                             "delivering, the midwives leave, and once they leave they don't come "
                             'back," he said.',
                             'Mother of two Tayla Briggs, who is due in May, said she now planned '
                             'to move in with her sister in Narrawin three weeks before the due '
                             'date, leaving her husband to run their farm and look after their '
                             'two-year-old.',
                             'A public meeting will be held at the Corrowong Memorial Hall at 7pm '
                             'on Wednesday.'],
              'slug': 'MATERNITY'},
             {'kicker': 'BUSINESS',
              'headline': "'Where do we go now?' Last bank in Wattle Springs to shut",
              'deck': 'The branch will close on May 14 after 109 years, leaving the nearest teller '
                      '62km away',
              'byline': ['Bianca Lowe'],
              'dateline': None,
              'paragraphs': ['WATTLE SPRINGS: The Wattle Springs branch of the Pastoral & '
                             'Commercial Bank will close its doors on May 14, leaving the town of '
                             '900 people without a bank for the first time since 1918.',
                             'The bank said the number of over-the-counter transactions at the '
                             'branch had fallen by 70 per cent in five years and that most '
                             'customers now banked online.',
                             'Residents said the figure ignored the people who could not. "My mum '
                             'is 88. She\'s not going to do internet banking," said Lorraine '
                             'Pascoe, who runs the pharmacy across the road.',
                             'The bank said an automatic teller machine would stay in the main '
                             'street for at least two years.'],
              'slug': 'BANK'},
             {'kicker': 'IRRIGATION',
              'headline': 'General security irrigators start the season on 12 per cent',
              'deck': 'Opening allocation is the lowest in five years after a dry summer in the '
                      'catchment',
              'byline': ['Marco Bellini', 'AAP'],
              'dateline': None,
              'paragraphs': ['SYDNEY: Irrigators with general security licences in the Kalkee '
                             'valley will receive an opening allocation of 12 per cent for the new '
                             'water year, the state water department said on Monday.',
                             'It is the lowest opening figure since 2022 and follows a summer in '
                             'which inflows to Lake Burrinjuck Downs were less than half the '
                             'long-term average.',
                             'The department said allocations would be reviewed on the first and '
                             '15th of each month and could rise if the autumn break arrived.',
                             "Irrigators' council chairwoman Fiona Lansdowne said growers would "
                             'plant fewer hectares of rice and cotton and buy water on the '
                             'temporary market, where prices rose above $400 a megalitre last '
                             'week.'],
              'slug': 'WATER'}],
 'briefs': [{'head': 'Rainfall to 9am Thursday',
             'text': 'Narrawin airport 87.2mm Narrawin town 79.0mm Wattle Springs 54.0mm Mungabri '
                     '31.6mm Corrowong 12.4mm Yallambee Crossing 48.8mm'},
            {'head': 'Funeral notices',
             'text': 'QUILL, Marjorie Ellen, OAM. Late of Narrawin, formerly of Mungabri. Passed '
                     "away peacefully on March 6, aged 95. Service at St Columba's, Mungabri, "
                     'Friday at 11am. HOGAN, Terence John (Terry). Late of Corrowong. Suddenly on '
                     'March 5, aged 67. Private cremation. DE LUCA, Antonietta. Late of Narrawin. '
                     'March 7, aged 89. Rosary at Kalkee Funeral Chapel, Thursday 7pm.'},
            {'head': 'CWA scone workshop',
             'text': "The Narrawin branch of the Country Women's Association will hold its "
                     'scone-making workshop at the CWA rooms, Bridge Street, on Saturday at 10am. '
                     'Cost $15, bookings with Pam on 0429 118 736.'},
            {'head': 'Road works this week',
             'text': 'Mungabri Road: resealing between Boree Lane and the causeway, stop-go '
                     'traffic control, 7am to 5pm. Kalkee Street: storm debris clean-up, one lane '
                     'closed outside the post office until Friday. Corrowong Road: speed limit '
                     '40km/h at the Six Mile bridge while the guardrail is repaired.'},
            {'head': 'Grain prices',
             'text': 'Port delivered, per tonne, Friday APW1 wheat $372 Feed barley $318 Canola '
                     '$698 Lupins $412'},
            {'head': 'Lost dog',
             'text': 'LOST: red kelpie, answers to Rusty, last seen near the Narrawin showground '
                     'after the storm on Wednesday night. Wearing a green collar. Reward. Phone '
                     '0412 556 081.'}],
 'photos': [{'caption': 'Operator Kev Dunstan takes the first car of the morning across the Kalkee '
                        'at Yallambee Crossing on Monday.',
             'credit': 'Photo: Callum Reid'},
            {'caption': 'The PS Kalkee Belle at the Narrawin wharf with a load of wool bales, '
                        'about 1905.',
             'credit': 'Image courtesy Narrawin Regional Museum'},
            {'caption': 'Shopkeepers sweep water out of Kalkee Street businesses on Wednesday '
                        'night.',
             'credit': 'PHOTO: SUPPLIED'},
            {'caption': "Sister Marjorie Quill beside the Mungabri nursing post's ambulance in "
                        '1958.',
             'credit': 'Picture: Advocate archives'},
            {'caption': 'Magpies winger Josh Kelly crosses for his second try at Apex Oval on '
                        'Sunday.',
             'credit': 'Jess Hartigan/Advocate'}],
 'furniture': {'dates': ['Tuesday, March 9, 2027',
                         'WEDNESDAY, MARCH 10, 2027',
                         'Friday, March 12, 2027'],
               'extras': ['Vol. 148, No. 57 · $2.20',
                          'narrawinadvocate.com.au',
                          'Showers clearing, max 24°C',
                          'Serving the Kalkee Valley since 1879'],
               'jump': 'Continued page {n}',
               'jump_alt': '{word}: page {n}'},
 'layout': {'cols': [3, 5, 6, 4, 5],
            'gutters': [16, 22, 30, 38, 46],
            'margins': (60, 100),
            'faces': {'garamond': {1: (NTO + 'NotoSansDisplay-Bold.ttf', 0),
                                   4: (LIB + 'LiberationSerif-Bold.ttf', 0)}},
            'wrap_kickers': True}}

POOLS = {"A": A}
