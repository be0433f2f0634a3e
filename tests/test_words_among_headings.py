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
