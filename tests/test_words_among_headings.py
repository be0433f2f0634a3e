"""pdfminer writes a justified line's words a few to a block, and may write a column's
stretched first lines among the headings over the story's byline (``final drawings.`` /
``in the`` / ``fall with``, a trailing space kept): those lower-case pieces do not stop
the headline and its deck from heading the story under the byline
(``text_headings._column_words``)."""

from __future__ import annotations

import ocr

PIECES = """THE HOLTON LEDGER  |  TUESDAY, MAY 6, 2025

Council backs new fire station on Elm Road

Town will borrow $9 million for the building and two engines

Crews  could  start 

next  spring.
in  the 
Bids could be opened in August if the state approves the loan for the
new station.

work  by 

By HENRY CALLOWAY

Staff Writer

The  Holton  Town  Council  voted  unanimously  Monday  to
build  a  fire  station  on  Elm  Road,  ending  a  search  for
a  site  that  began  four  years  ago.

The  station  will  house  two  engines  and  a  ladder  truck
and  replace  the  1958  firehouse  on  Mill  Street.
"""


def test_a_headline_over_pieces_of_a_column_heads_the_story() -> None:
    page = ocr.process(PIECES, lang="en", correct=False)
    story = [a for a in page.articles if "voted unanimously" in " ".join(a.paragraphs)]
    assert len(story) == 1
    assert "Council backs new fire station on Elm Road" in story[0].headlines
    assert not any("Council backs" in " ".join(a.paragraphs) for a in page.articles)


# A brief's last line cut off its column, right under it, is its rest: not skipped, so
# the brief's line is no heading over the next story's byline.
REST = """The  Parks  Department  will  open  registration  for  fall
soccer  on  Monday.  Games  are  played  Saturday  mornings
at  Riverside  Park  from  September  through  October.

Scholarships  are  available  for  families  who  qualify  for

free school lunch.

Ferry board weighs new dock at Pier 4

By ANNA REYES

Staff Writer

The  harbor  ferry  board  voted  to  study  a  second  dock
at  Pier  4,  where  crowds  wait  an  hour  for  the  boats.
"""


def test_a_paragraph_s_cut_off_rest_right_under_it_is_not_skipped() -> None:
    page = ocr.process(REST, lang="en", correct=False)
    assert not any("Scholarships" in h for a in page.articles for h in a.headlines)
    ferry = [a for a in page.articles if "Ferry board weighs new dock at Pier 4" in a.headlines]
    assert len(ferry) == 1
