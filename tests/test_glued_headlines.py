"""Two stories' headlines written on one line (``ocr.glued_headlines``): the line is
parted where each side's words clearly name a story of their own."""

from __future__ import annotations

import ocr

#: Two stories side by side whose headlines pdftotext joined into one line; the
#: ferry story's text comes first, then the court story's.
ONE_ROW = """{row}
By GRETA NILSSON
Courier Staff Writer

Ferry riders will be able to leave Pine Island as late as 10 p.m.
starting next month, when the harbor authority adds two evening
sailings to its winter timetable.
The authority said ridership on the island route rose by a fifth
this year, and that crews had asked the ferry office for later runs.

By HOLLIS PRYCE
Courier Staff Writer

A Superior Court judge ruled Monday that the county may end its
landfill contract with a private hauler, rejecting the company’s
claim that officials broke the deal by changing routes.
The hauler has thirty days to file an appeal of the landfill ruling,
its lawyers said.
"""


def _headlines(page: ocr.Page, opening: str) -> tuple[str, ...]:
    article = next(a for a in page.articles if a.paragraphs[0].startswith(opening))
    return article.headlines


def test_two_headlines_on_one_line_each_go_to_their_story() -> None:
    row = "Harbor ferry adds evening sailings Judge sides with county on landfill contract"
    page = ocr.process(ONE_ROW.format(row=row), lang="en", correct=False)
    assert _headlines(page, "Ferry riders") == ("Harbor ferry adds evening sailings",)
    assert _headlines(page, "A Superior Court judge") == (
        "Judge sides with county on landfill contract",)


def test_a_name_inside_one_headline_keeps_the_line_whole() -> None:
    """``Pine Island`` opens in a capital, but the words on both sides name the ferry
    story: one headline."""
    row = "Harbor ferry adds sailings to Pine Island for evening riders"
    page = ocr.process(ONE_ROW.format(row=row), lang="en", correct=False)
    assert _headlines(page, "Ferry riders") == (row,)


def test_a_wrapped_headline_ending_on_a_small_word_is_not_parted() -> None:
    """``… sailings and`` ends as no headline ends: the line runs on, however the
    words after it lean."""
    row = "Harbor ferry adds evening sailings and Judge sides with county on landfill"
    page = ocr.process(ONE_ROW.format(row=row), lang="en", correct=False)
    assert any(row in h for a in page.articles for h in a.headlines)


def test_the_parted_headlines_are_blocks_of_the_page() -> None:
    """The second headline parted off is a block of the page, read in order after
    the first, and the line's block keeps only the first: the articles, the orphans
    and the writers name the blocks by id (S2 en640's JSON stopped on an orphaned part
    no block held)."""
    row = "Harbor ferry adds evening sailings Judge sides with county on landfill contract"
    page = ocr.process(ONE_ROW.format(row=row), lang="en", correct=False)
    by_id = {b.id: b for b in page.blocks}
    named = [i for a in page.articles for i in a.block_ids] + list(page.orphans)
    assert all(i in by_id for i in named)
    texts = [by_id[i].text for i in page.reading_order]
    ferry = texts.index("Harbor ferry adds evening sailings")
    assert texts[ferry + 1] == "Judge sides with county on landfill contract"
    assert ocr.page_dict(page)["articles"]
