"""A headline wrapped over four lines of a narrow column, over its byline.

A one-column story's headline in large type wraps every two or three words (``Commuter
rail`` / ``extension clears`` / ``final federal`` / ``hurdle``), and pdftotext and
pdfminer write it as a block of four lines over the byline. Read as running text (a
heading held three lines at most) it joined the story before, and the story lost its
headline. Drawn here, as the extractors write such a column.
"""

from __future__ import annotations

import ocr

PAGE = """Harbor board names new
port director
By DANA REYES

The Lakeport Harbor Board on
Tuesday named Denise Okafor,
a former shipping executive,
as the port's director.

Commuter rail
extension clears
final federal
hurdle
By TOM CHEN
Ledger Staff Writer

WASHINGTON — The Federal
Transit Administration on
Thursday approved the review
of the 33-mile extension, the
last federal step before
construction can begin.
"""


def test_a_four_line_headline_heads_its_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    by_head = {" ".join(a.headlines): " ".join(a.paragraphs) for a in page.articles}
    assert "Commuter rail extension clears final federal hurdle" in by_head
    assert "Commuter" not in by_head["Harbor board names new port director"]
    assert "Federal Transit" in by_head["Commuter rail extension clears final federal hurdle"]


def test_four_lines_of_running_text_over_a_byline_stay_text() -> None:
    """A column's last four lines, left mid-sentence over the next story's byline
    (pdftotext writes it under them), are no headline: a sentence ends inside them."""
    text = PAGE.replace("Commuter rail\nextension clears\nfinal federal\nhurdle\n",
                        "She starts work in June.\nThe board also voted\n"
                        "to raise dock fees by\n3 percent and to hire\n")
    page = ocr.process(text, lang="en", correct=False)
    assert not any("dock fees" in h for a in page.articles for h in a.headlines)


def test_a_paragraph_of_four_lines_over_a_headline_is_no_heading() -> None:
    """A paragraph set wide, left mid-sentence over the next story's headline and byline
    (``…over its cost. The lone no vote came from member Alan Price, who said the council
    should have`` / ``waited for``): it holds a sentence's end, which no stack does."""
    page = ocr.process("""Library wins approval for new wing
By ELENA WARD

The Town Council voted 5-2 on Tuesday to add a reading room and a children's
wing to the Elm Street library, ending a year of hearings over its cost. The
lone no vote came from member Alan Price, who said the council should have
waited for

Lions rally past Hartford in ninth
By GREG TOLLER

HARTFORD, Conn. — Devon Marsh singled home two runs in the ninth inning.
""", lang="en", correct=False)
    assert not any("Town Council" in h for a in page.articles for h in a.headlines)
