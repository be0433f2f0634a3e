"""A jump line that names the story's slug before it: ``HALE, continued on Page C6``, or
``HALE continues on Page C6`` (held-out S4 s846, s843).

Papers set the slug in capitals and the jump in lower case after a comma. Read as text,
the line ran on as the story's last words (and the jump was lost). The page is drawn
here in extractor style.
"""

from __future__ import annotations

import pytest

import ocr

PAGE = """OBITUARY

Edna Marsh, 87, ran the
village library for 40 years

By CARL WEBB
Times Staff Writer

Edna Marsh, who ran the Orford
village library from 1961 to 2001 and
knew most of its readers by name,
died Monday at her home. She
MARSH, continued on Page B4

Road work on Route 12

Route 12 will close between Mill Road
and the town line from Tuesday while
crews replace a culvert, the highway
department said.
"""


@pytest.mark.parametrize("jump", ["MARSH, continued on Page B4", "MARSH continues on Page B4"])
def test_slug_jump_line_ends_the_column(jump: str) -> None:
    """The slug's jump line, with a comma and the past or (as some papers set it) without
    one and the verb in the present, ends the column and names the page."""
    page = ocr.process(PAGE.replace("MARSH, continued on Page B4", jump), lang="en", correct=False)
    obit = next(a for a in page.articles if "Orford" in "".join(a.paragraphs))
    assert obit.jump is not None and obit.jump.page == "B4"
    assert jump.split()[-4] not in " ".join(obit.paragraphs)


@pytest.mark.parametrize("verb", ["continued", "continues"])
def test_a_sentence_that_says_continued_stays_text(verb: str) -> None:
    """Running text that says ``continued on`` or ``continues on`` is no jump line."""
    text = PAGE.replace("MARSH, continued on Page B4\n", f"She {verb} on page 4 of the\n")
    page = ocr.process(text, lang="en", correct=False)
    obit = next(a for a in page.articles if "Orford" in "".join(a.paragraphs))
    assert obit.jump is None
