"""A story's last short paragraph written right before a photo's caption and credit
(pdfminer writes a block a paragraph) is the story's sentence, not a headline the
extractor set apart over the photo (``downstyle_headlines._heading_over_photo``): a headline
drops its articles, and this line opens on one and ends on an abbreviation's stop."""

from __future__ import annotations

import ocr

GAME = """Harbor Hawks edge Millbrook in ten innings

By LENA CORTES

Staff Writer

MILLBROOK  —  Dana  Whitt  singled  home  the  winning
run  in  the  tenth  inning  Sunday  as  the  Harbor  Hawks
beat  the  Millbrook  Millers  4-3  before  a  crowd  of  2,100.

The  Hawks  had  tied  the  game  in  the  ninth  on  a
sacrifice  fly  by  Owen  Pratt.

The series ends Monday at 1:35 p.m.

Children splash in the fountain at Commons Park during Sunday's heat.

RITA MOLINA/HARBOR LEDGER

The  library  will  close  early  on  Friday  for  a
staff  training  day,  the  director  said.
"""


def test_a_story_s_last_sentence_before_a_photo_is_no_headline() -> None:
    page = ocr.process(GAME, lang="en", correct=False)
    assert not any("series ends" in h for a in page.articles for h in a.headlines)
    game = [a for a in page.articles if any("Hawks" in h for h in a.headlines)]
    assert len(game) == 1 and "The series ends Monday at 1:35 p.m." in " ".join(
        game[0].paragraphs)
