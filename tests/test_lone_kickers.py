"""A neighbour's kicker read between a story's columns (``ocr.lone_kickers``).

pdfminer writes a page's lines in bands: where a story's column runs on level with the
kicker over the next story, the kicker comes out between the story's two columns, its
own headline further on (S8 en807, prose pool Y; S3 en668, S4 en696: docs/text-path.md,
thirty-eighth session, ``tx43kick``). The column under the kicker goes on with the story
left mid-sentence, and the kicker goes over the next headline. A kicker over its own
story (its headline right under it) stays there."""

from __future__ import annotations

import ocr
from tests.conftest import article_holding

# The burglary story's stack and first paragraph, shared by both pages.
STORY = """THE DALESIDE ECHO  Wednesday, 10 March 2027

CRIME

Tools worth £8,000 taken
from builders' yard

By Owen Pickering

Police are asking for witnesses
after power tools worth £8,000
were taken from a builders' yard
on Mill Road in Hexley.
"""

# The library story's stack and first paragraph, shared by both pages too.
LIBRARY = """Hexley library to open on Sundays

Volunteers will staff the branch from April

By Claire Benson

Hexley's library will open on
Sunday afternoons from April,
after 40 volunteers signed up to
keep the doors open.
"""

# pdfminer: a paragraph a block. The burglary story's column is cut on ``…in the small
# hours of``; the library story's kicker, written level with the cut, comes between
# the two columns; its headline, deck and byline come after the burglary story's end.
BANDED = STORY + """
The thieves forced a side gate
and cut through a wire fence in
the small hours of

LIBRARIES

Sunday, March 7, and loaded the
tools into a white van, a neighbour
told officers on Monday.

Anyone with information is asked
to call 101, quoting crime 4471.

""" + LIBRARY + """
The county council said the trial
would run for six months before
it decides whether to keep it.
"""

# The same kicker over its own headline: the story above ended its sentence.
OWN = STORY + """
Anyone with information is asked
to call 101, quoting crime 4471.

LIBRARIES

""" + LIBRARY


def test_the_column_under_a_neighbour_s_kicker_goes_on_with_its_story() -> None:
    page = ocr.process(BANDED, lang="en", correct=False)
    story = article_holding(page, "Police are asking for witnesses")
    text = " ".join(story.paragraphs)
    assert "Sunday, March 7, and loaded the" in text
    assert "quoting crime 4471" in text
    assert story.kicker == "CRIME"


def test_the_kicker_goes_over_its_own_headline_further_on() -> None:
    page = ocr.process(BANDED, lang="en", correct=False)
    library = article_holding(page, "Hexley's library will open on")
    assert library.kicker == "LIBRARIES"
    assert "Hexley library to open on Sundays" in library.headlines
    assert not any(a.kicker == "LIBRARIES" and a is not library for a in page.articles)


def test_a_kicker_over_its_own_story_stays() -> None:
    page = ocr.process(OWN, lang="en", correct=False)
    library = article_holding(page, "Hexley's library will open on")
    assert library.kicker == "LIBRARIES"
    crime = article_holding(page, "Police are asking for witnesses")
    assert crime.kicker == "CRIME"
    assert "Hexley's library" not in " ".join(crime.paragraphs)


# The column cut on a word a sentence may end on; the column under the kicker opens in
# lower case, mid-sentence.
LOWER = BANDED.replace("the small hours of\n\nLIBRARIES\n\nSunday, March 7, and loaded the",
                       "the small hours before loading\n\nLIBRARIES\n\nthe")


def test_a_lower_case_column_under_a_neighbour_s_kicker_goes_on_with_its_story() -> None:
    assert "before loading\n\nLIBRARIES\n\nthe\ntools" in LOWER
    page = ocr.process(LOWER, lang="en", correct=False)
    story = article_holding(page, "Police are asking for witnesses")
    assert "tools into a white van" in " ".join(story.paragraphs)
    library = article_holding(page, "Hexley's library will open on")
    assert library.kicker == "LIBRARIES"
