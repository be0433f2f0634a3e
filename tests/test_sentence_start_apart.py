"""A sentence's first words written apart from a stretched line are no byline or heading.

A justified column stretches a line with few words wide, and pdfminer writes its words
apart at the widest spaces: ``By Wednesday`` / ``evening, Harbor Electric said it had
restored…``. Read as a byline (``By`` and a capitalised word) it cut the story in two;
read as a title-case heading it took the rest of the story to a new article. A weekday
names no writer, and a heading's text under it opens a sentence of its own, where a
paragraph's first words go on in lower case over the lines under them. Drawn here, as
pdfminer writes such a column.
"""

from __future__ import annotations

import ocr
from ocr.markers import marker_kind
from ocr.profiles import load_profile

STORM = """Ice storm knocks out
power across the county
By DANA REYES
Ledger Staff Writer

Freezing rain coated the
region overnight Tuesday,
snapping tree limbs and power
lines across the county.

By Wednesday

evening, Harbor Electric said
it had restored power to about
half of those customers, and
crews from three states were
helping in the hill towns.

Schools in Lakeport will stay
closed through Thursday.
"""


def test_a_weekday_is_no_writer() -> None:
    m = load_profile(None).patterns("en")
    assert marker_kind("By Wednesday", m) is None
    assert marker_kind("By DANA REYES", m) is not None


def test_the_cut_off_words_stay_in_the_story() -> None:
    page = ocr.process(STORM, lang="en", correct=False)
    (story,) = page.articles
    assert story.headlines == ("Ice storm knocks out power across the county",)
    assert "By Wednesday evening, Harbor Electric said" in " ".join(story.paragraphs)
