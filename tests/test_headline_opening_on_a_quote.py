"""A headline that opens on the words it quotes (``“It just gave way”: …``).

Its first character is a quotation mark, not a capital, so the headline shape took the
headline and its deck for running text over the byline, and the story lost both. A
headline closes the quotation it opens; running text that opens on a quote goes on past
its line's end, the quote still open. The page is drawn here in extractor style
(pdftotext's plain text).
"""

from __future__ import annotations

from conftest import STORY_ABOVE

import ocr
from ocr.script import opens_upper

PAGE = STORY_ABOVE + """“It just gave way”: barn roof falls under snow
Dairy herd moved to a neighbor’s farm; no cows hurt
From staff reports

MILL BEND — The roof of a 90-year-old dairy
barn on Route 4 fell in under heavy snow early
Wednesday, hours after the family had moved
its 60 cows to a neighbor’s barn.
“We heard it crack at supper,” said owner
Lena Markussen. “By midnight it was down.”
"""


def test_a_headline_opening_on_a_quote_heads_its_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    barn = next(a for a in page.articles if "dairy" in " ".join(a.paragraphs))
    heads = [*barn.headlines, barn.subheadline or ""]
    assert "“It just gave way”: barn roof falls under snow" in heads
    assert "Dairy herd moved to a neighbor’s farm; no cows hurt" in heads
    assert "gave way" not in " ".join(barn.paragraphs)


def test_a_quote_left_open_opens_no_headline() -> None:
    assert opens_upper("“It just gave way”: barn roof falls", quoted=True)
    assert not opens_upper("“We heard it crack at supper and", quoted=True)
    assert not opens_upper("“It just gave way”: barn roof falls")
