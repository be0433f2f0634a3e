"""A story's stack read as the end of the item before its byline goes to the story
(``ocr.stacks_over_bylines``; docs/text-path.md, thirty-ninth session, ``tx45by``): the
headline wider than the column, written by pdftotext as running text under a correction
(``School board delays four-day week after`` / ``parents, bus drivers and coaches pack``
/ ``hearing to object`` / ``By DEVIN OKAFOR and``, S3 en671). On main the story opens at
its byline with no headline.
"""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

CORRECTION = """THE HARBOR LEDGER  Thursday, March 4, 2027

Correction
A story on Page A2 of
Monday’s edition misstated
the cost of the new fire
station roof. It was

$410,000, not $4.1 million.
The Ledger regrets the error.

"""

STORY = """By RUTH ANSELM and
TOMAS VARGA
Ledger Staff Writers

The Eastside pool will stay
open next summer after all,
the city council decided on
Tuesday night.

After a three-hour meeting
that drew about 200 swimmers,
parents and lifeguards to the
council chamber, members
voted 6-1 to keep the pool
open and to look again at the
parks budget in the spring.
“This pool is where our kids
learn to swim,” said lifeguard
Dana Pruitt.
"""

# pdftotext: the stack over the byline, its first line wider than the column.
STACK = """City shelves plan to close Eastside pool after
swimmers, lifeguards and parents pack
council meeting
"""

def test_a_stack_read_as_text_over_a_byline_heads_its_story() -> None:
    page = ocr.process(CORRECTION + STACK + STORY, lang="en", correct=False)
    story = article_holding(page, "The Eastside pool will stay")
    assert any("City shelves plan to close Eastside pool" in h for h in story.headlines)
    correction = article_holding(page, "A story on Page A2 of")
    assert correction is not story
    assert not any("council meeting" in p for p in correction.paragraphs)

