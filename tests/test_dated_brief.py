"""A headless brief's lead may say when by a date rather than a day (``…will stop taking
glass on May 4``); with its subject a name (``The Harlow Historical Society``,
``Harlow’s transfer station``) it opens an item (``leads.opens_news_lead``), while a
story's later paragraph naming its next date stays the story's."""

from __future__ import annotations

import ocr

# pdfminer: a block a paragraph, double spaces in justified lines.
STORY = """Council trims school budget request

By MARTA LINDQVIST

Staff Writer

The  city  council  cut  $1.2  million  from  the
school  board's  request  late  Tuesday,  after  a
three-hour  hearing  on  class  sizes.

Board  members  said  the  cut  would  mean  larger
classes  at  both  middle  schools  next  fall.

A  final  vote  on  the  full  $61  million  budget  is
scheduled  for  June  12,  the  council  clerk  said.
"""

BRIEFS = """Museum adds evening hours

The  Harlow  Historical  Society  will  keep  its
museum  open  until  8  p.m.  on  Thursdays
beginning  March  5,  its  director  announced.

Harlow’s  transfer  station  will  stop  taking
mixed  glass  on  May  4,  because  its  hauler  can
no  longer  sell  it.  Residents  should  put  jars
in  household  trash.
"""


def _texts(page: ocr.Page) -> list[str]:
    return [" ".join(a.paragraphs) for a in page.articles]


def test_a_dated_lead_naming_its_subject_opens_the_next_brief() -> None:
    texts = _texts(ocr.process(BRIEFS, lang="en", correct=False))
    museum = [t for t in texts if "Historical Society" in t]
    glass = [t for t in texts if "mixed glass" in t]
    assert len(museum) == 1 and len(glass) == 1 and museum != glass


def test_a_later_paragraph_naming_the_next_date_stays_with_its_story() -> None:
    texts = _texts(ocr.process(STORY, lang="en", correct=False))
    assert len([t for t in texts if "class sizes" in t and "June 12" in t]) == 1
