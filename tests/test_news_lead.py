"""pdfminer writes each paragraph as a block, so a brief under a story reads as the
story's next paragraph; its lead, naming its subject in full and the day, tells it
(``run_on_briefs.news_lead``)."""

from __future__ import annotations

import ocr

# pdfminer: a block a paragraph, double spaces in justified lines, a broken word kept.
PARAGRAPHS = """Ferry board weighs new dock at Pier 4

By ANNA REYES

Staff Writer

The  harbor  ferry  board  voted  to  study  a
second  dock  at  Pier  4,  where  crowds  wait
an  hour  for  the  morning  boats  in  summer.

Board  members  said  the  study  would  cost
about  $80,000  and  take  a  year  to  finish.

The  vote  came  after  a  long  hearing  where
commuters  asked  for  more  boats  at  night.

The  Eastfield  Garden  Club  will  hold  its
plant  sale  Saturday  from  9  a.m.  to  noon  at
the  library  lawn.  Seedlings  cost  $3  each.
"""

# A story's later paragraph naming the day but what its lead introduced: its own.
BRIEF = PARAGRAPHS[PARAGRAPHS.index("The  Eastfield"):]
STORY_ONLY = PARAGRAPHS.replace(BRIEF, """The  board  will  meet  again  on  Thursday  to
pick  a  firm  for  the  study,  its  chair
said.  The  public  may  speak  at  the  start.
""")


def _texts(page: ocr.Page) -> list[str]:
    return [" ".join(a.paragraphs) for a in page.articles]


def test_a_brief_whose_lead_names_its_subject_and_day_is_an_item() -> None:
    texts = _texts(ocr.process(PARAGRAPHS, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief


def test_a_later_paragraph_about_the_story_s_subject_stays() -> None:
    texts = _texts(ocr.process(STORY_ONLY, lang="en", correct=False))
    assert len([t for t in texts if "ferry board" in t and "Thursday" in t]) == 1


# pdftotext: a column a block, no blank line between the story's last line and the
# brief under it (a thin rule left no white line).
RUN_ON = """Ferry board weighs new dock at Pier 4
By ANNA REYES
Staff Writer

The harbor ferry board voted to study a
second dock at Pier 4, where crowds wait
an hour for the morning boats in summer.
Board members said the study would cost
about $80,000 and take a year to finish.
The vote came after a long hearing where
commuters asked for more boats at night.
The Eastfield Garden Club will hold its
plant sale Saturday from 9 a.m. to noon at
the library lawn. Seedlings cost $3 each.
"""


def test_a_brief_run_on_under_a_story_is_parted_from_it() -> None:
    texts = _texts(ocr.process(RUN_ON, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief


# A lead whose subject is one word with no article (weaker: it shares no word at all).
BARE = PARAGRAPHS.replace(BRIEF, """Crews  will  close  Mill  Road  between  Pine
and  Elm  on  Tuesday  while  a  gas  line  is
replaced.  Detour  signs  will  be  posted.
""")


def test_a_brief_whose_subject_is_one_bare_word_is_an_item() -> None:
    texts = _texts(ocr.process(BARE, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "gas line" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief


# A bare subject that shares one word with the story by chance (``commuters``, as the
# held-out ``Police are asking drivers …`` under a bus drivers' story): no story's later
# paragraph opens with a lead of its own, bare or named, on the study sets' truths.
BARE_SHARED = PARAGRAPHS.replace(BRIEF, """Commuters  are  asked  to  avoid  Mill  Road  between
Pine  and  Elm  on  Tuesday  while  a  gas  line  is
replaced.  Detour  signs  will  be  posted.
""")


def test_a_bare_lead_sharing_one_word_by_chance_is_an_item() -> None:
    assert "commuters" in BARE_SHARED.split("Commuters")[0]
    texts = _texts(ocr.process(BARE_SHARED, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "gas line" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief


# pdfminer writes the lead's last line as a block of its own: the day is in it.
SPLIT = PARAGRAPHS.replace(BRIEF, """A  41-year-old  cyclist  was  taken  to  Mercy
Hospital  with  a  broken  wrist  after  a  crash

at  Orchard  and  Pine  late  Sunday,  police
said.  The  van's  driver  was  cited.
""")


def test_a_brief_whose_lead_ends_in_the_next_block_is_an_item() -> None:
    texts = _texts(ocr.process(SPLIT, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "cyclist" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "van's driver" in brief[0]


# The brief shares a participle with the story (``idling``, as A en006 ``asking``),
# which says what happens, not what of: no subject shared.
PARTICIPLE = PARAGRAPHS.replace(BRIEF, """Police  are  ticketing  idling  cars  on  Mill
Road  between  Pine  and  Elm  on  Tuesday  while
a  gas  line  is  replaced.  Detours  are  posted.
""").replace("where  crowds  wait\nan  hour", "where  idling  crowds  wait\nan  hour")


def test_a_participle_shared_by_chance_does_not_hold_a_brief() -> None:
    assert "idling" in PARTICIPLE.split("Police")[0]
    texts = _texts(ocr.process(PARTICIPLE, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "gas line" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief


# pdftotext writes a narrow column's first lines into a wide column's sentence, which
# goes on after them in lower case (``written_into``).
INTO = """Ferry board weighs new dock at Pier 4
By ANNA REYES
Staff Writer

The harbor ferry board voted to study a
second dock at Pier 4, where crowds wait
an hour for the morning boats in summer.
Board members said the study would cost
about $80,000 and take as long as a year

The Eastfield Garden Club will hold its
plant sale Saturday from 9 a.m. to noon at
the library lawn. Seedlings cost $3 for

and a half to finish. The vote came after a
long hearing where commuters asked for
more boats at night.
"""


def test_a_brief_s_lead_written_into_a_story_s_sentence_is_parted_from_it() -> None:
    texts = _texts(ocr.process(INTO, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "a year and a half to finish" in story[0]


# ... and the brief's last line under the story's last, with no blank line between: a
# line in lower case after a sentence's end goes on another column's sentence.
INTO_TAIL = INTO + "each at the gate.\n"


def test_a_lower_case_line_after_a_sentence_s_end_is_parted_from_the_column() -> None:
    texts = _texts(ocr.process(INTO_TAIL, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "cost $3 for each at the gate." in brief[0] and "gate" not in story[0]


# pdftotext wrote the brief's lead lines into the story's sentence with no blank line
# above them: a named subject's capital goes on no sentence.
INTO_RUN_ON = INTO.replace("as long as a year\n\n", "as long as a year\n")


def test_a_named_lead_run_into_a_story_s_sentence_is_parted_from_it() -> None:
    assert "a year\nThe Eastfield" in INTO_RUN_ON
    texts = _texts(ocr.process(INTO_RUN_ON, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "a year and a half to finish" in story[0]


# pdftotext wrote a whole brief into the story's sentence, which stops on ``the``: the
# story goes on after it in capitals (a name), not in lower case (``run_on_briefs.dangles``).
INTO_WHOLE = """Ferry board weighs new dock at Pier 4
By ANNA REYES
Staff Writer

The harbor ferry board voted to study a
second dock at Pier 4, where crowds wait
an hour for the morning boats in summer.
Board chair Lena Ortiz told the
The Eastfield Garden Club will hold its
plant sale Saturday from 9 a.m. to noon at
the library lawn. Seedlings cost $3 each.

Harbor Commission on Monday that the study
would cost about $80,000 and take a year.
The vote came after a long hearing where
commuters asked for more boats at night.
"""


def test_a_whole_brief_written_into_a_sentence_left_on_the_is_parted() -> None:
    texts = _texts(ocr.process(INTO_WHOLE, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "told the Harbor Commission on Monday" in story[0]
    assert "Harbor Commission" not in brief[0]


# ... or on a comma, the story going on after the brief in lower case.
INTO_COMMA = INTO_WHOLE.replace("Board chair Lena Ortiz told the\n",
                                "The study, which the board asked for in 2019,\n").replace(
    "Harbor Commission on Monday that the study\nwould cost",
    "would cost")


def test_a_whole_brief_written_into_a_sentence_left_on_a_comma_is_parted() -> None:
    texts = _texts(ocr.process(INTO_COMMA, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "in 2019, would cost about $80,000" in story[0]


# pdfminer: a photo's title in capitals written under its credit, then a brief's lead
# broken at its column's end (a block a column), its first sentence finished in the next.
LEAD_UNDER_TITLE = """Hikers crowd the ridge trail as the first maples turn red on Saturday.

PAUL VANCE/HOLTON LEDGER

AUTUMN COLOR

A 52-year-old woman was hurt when her bicycle hit
a pothole on Mill Street near the library late

on Friday, police said. She was treated at the
scene and sent home.
"""


def test_a_brief_s_lead_under_a_photo_title_is_no_headline() -> None:
    page = ocr.process(LEAD_UNDER_TITLE, lang="en", correct=False)
    bodies = [" ".join(a.paragraphs) for a in page.articles]
    assert any(b.startswith("A 52-year-old woman was hurt") and "sent home." in b
               for b in bodies)
    assert not any("52-year-old" in h for a in page.articles for h in a.headlines)


# pdftotext: a brief's first column written right after a story's column that a photo
# cuts off, left open over the photo's caption and credit; the story goes on in lower
# case after another brief (``briefs._photo_after``).
OVER_PHOTO = """Ferry board weighs new dock at Pier 4
By ANNA REYES
Staff Writer

The harbor ferry board voted to study a
second dock at Pier 4, where crowds wait
an hour for the morning boats in summer.
Board members said the study would

Crews will close Mill Road between Pine
and Elm on Tuesday while a gas line is
replaced. The work is expected to last

Sailboats crowd the harbor on Sunday during the first regatta of the season.
RITA MOLINA/HARBOR LEDGER

A 41-year-old cyclist was taken to Mercy
Hospital with a broken wrist after a crash
on Orchard Street late Sunday, police said.

take a year and cost about $80,000,
and a vote could come in June.
"""


def test_a_lead_left_open_over_a_photo_is_parted_from_the_story() -> None:
    texts = _texts(ocr.process(OVER_PHOTO, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "gas line" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief
    assert "the study would take a year" in story[0]


# pdftotext, a narrow justified column: the brief's first sentence stretched a word a
# line, its day named on the seventh line (``readers.textlines.lead_window``).
NARROW = """Ferry board weighs new dock
By ANNA REYES
Staff Writer

The harbor ferry board
voted to study a second
dock at Pier 4, where
crowds wait an hour for
the morning boats.
Board members said the
study would cost about
$80,000 and take a year
to finish.
The Eastfield Garden
Club will hold its
plant
sale
in
the
morning on Saturday at the
library lawn. Seedlings
cost $3 each.
"""


def test_a_brief_whose_lead_a_narrow_column_stretched_is_parted() -> None:
    texts = _texts(ocr.process(NARROW, lang="en", correct=False))
    story = [t for t in texts if "ferry board" in t]
    brief = [t for t in texts if "Garden Club" in t]
    assert len(story) == 1 and len(brief) == 1 and story != brief


def test_lines_saying_when_matches_each_line_asked_alone() -> None:
    """The reader finds the lines that may name a day or a date in one pass over a
    page's lines; each is the line's own answer (a word may hold the day: ``Sunday``,
    ``holiday``; a month's short form: ``Sept.``), none read across a line break."""
    from ocr.leads import _may_say_when, lines_saying_when

    texts = ["The Eastfield Garden Club will hold its", "plant sale Saturday from 9 a.m.",
             "to noon at the library lawn. Seed-", "lings cost $3 each on the holi-",
             "day weekend, through Sept. 4.", "", "Jun", "e 2 was the first", "Board"]
    assert lines_saying_when(texts) == [_may_say_when(t) for t in texts]
    assert lines_saying_when(texts) == [False, True, False, False, True, False, False, False,
                                        False]
    assert lines_saying_when([]) == []
