"""A byline under its own headline, after another story's text, opens its story: a guard
for any rule that lets a byline read after text sign the story open above it
(docs/text-path.md, thirty-eighth session, ``tx43by``: a census of the bylines read
after text, 68 of 86 the next story's). The page also holds the shape that rule was
tried on: a story's sentence broken by its own byline block (``…Walter Hollis, 81, said
on Saturday,`` / ``By MARGARET OYELARAN`` / ``rubbing flour from his knuckles.``)."""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# pdftotext: a story's lead column written over its byline, its last sentence broken by
# the byline block; then a brief's headline, its byline and its text.
PAGE = """THE RIVERTON GAZETTE  Wednesday, January 13, 2027

Last loaves at Hollis Bakery
after 58 years on Mill Street

The ovens at Hollis Bakery were
cold by noon on Saturday, when
the last of the rye and the last
cinnamon rolls had gone to a
line that ran past the post office.
“I always said I would stop when
my hands told me to,” Walter
Hollis, 81, said on Saturday,

By MARGARET OYELARAN
Gazette Staff Writer

rubbing flour from his knuckles.
“They told me in October.”
The building has been sold to a
couple from Dunmore who plan to
keep the bakery’s painted sign.

Library extends its hours
for the winter months

By PETER ASHWORTH
Gazette Staff Writer

The Riverton Public Library
will stay open until 9 p.m. on
weekdays from February 1, the
library board decided on Monday.
"""


def test_a_byline_under_its_own_headline_still_opens_its_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    story = article_holding(page, "The ovens at Hollis Bakery were")
    brief = article_holding(page, "The Riverton Public Library")
    assert brief is not story
    assert brief.byline is not None and "PETER ASHWORTH" in brief.byline
    assert any("Library extends its hours" in h for h in brief.headlines)
