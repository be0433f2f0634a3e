"""More photo credits in the forms English papers set them on a line of their own, and a
credit an extractor wrote inside a story's sentence.

A paper credits a photo from its files (``Gazette file photo, 1962``), one someone gave it
(``Provided by the Millbrook Historical Society``), an image or a reader's picture after a
colon, a copyright holder after ``©``, and a staff photographer by name and the paper's
hyphened name (``DANA REYES / The Star-Ledger``). Unknown, the credit line was read into
the story or the brief under it, or taken for the next item's heading, and the caption
beside it went with it.
"""

from __future__ import annotations

import pytest

import ocr
from ocr.markers import marker_kind
from ocr.model import BlockKind
from ocr.profiles import load_profile

EN = load_profile().patterns("en")


@pytest.mark.parametrize(("text", "credit"), [
    ("Gazette file photo, 1962", True),
    ("Star-Ledger file photo", True),
    ("AP file photo", True),
    ("By Ana Ruiz file photo", False),
    ("Provided by the Millbrook Historical Society", True),
    ("Supplied by Harbor Rowing Club", True),
    ("Provided by the state, the grant will pay for", False),  # a wrapped line of text
    ("Image: Harbor Port Authority", True),
    ("Reader’s picture: Tom Byrne", True),
    ("Reader's photo: Tom Byrne", True),
    ("Image: Tom Byrne came home. The", False),  # run on into a column's text
    ("© Kestrel Photography", True),
    ("© 2026 Millbrook Gazette", False),  # the page's copyright line
    ("DANA REYES / The Star-Ledger", True),
    ("DANA REYES / The Star-Ledger Staff Writer", False),  # a writer's post
    ("By DANA REYES / The Star-Ledger", False),
])
def test_more_english_credit_forms(text: str, credit: bool) -> None:
    assert (marker_kind(text, EN) is BlockKind.CREDIT) is credit


PAGE = """Splash pads extended

Splash pads at Mill Park and Lakeview Park will
run until 9 p.m. while the heat advisory lasts,
the parks department said.

NIGHT TRAIN

Travelers wait on the platform at Union Station in 1961.
Gazette file photo, 1961

Library hours cut

The Millbrook Public Library will close at 6 p.m.
on weekdays through August because of a staff
shortage, the library board said Tuesday.
"""


def test_a_file_photo_credit_ends_its_caption_before_the_next_brief() -> None:
    """The credit closes the photo: the brief's head under it is no part of the caption,
    and the brief stands alone."""
    page = ocr.process(PAGE, lang="en", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.credit == "Gazette file photo, 1961"
    assert photo.caption == "Travelers wait on the platform at Union Station in 1961."
    brief = next(a for a in page.articles if "Library hours cut" in a.headlines)
    assert "".join(brief.paragraphs).startswith("The Millbrook Public Library")
    assert "Travelers" not in "".join(brief.paragraphs)


INSIDE = """DOWNTOWN

City sells old mill for $1

By Ana Ruiz
Staff Writer

The Harper Mill on Canal Street, empty since the
last looms stopped in 1971, will become a market
hall under a deal the council approved Monday.

The deal requires the buyer to spend at least
$1.5 million on the building, to keep the clock
tower and the

Gazette file photo, 1961

loading dock's brick arches, and to let the
historical society show its collection there.

Travelers wait on the platform at Union Station in 1961.
"""


def test_a_credit_inside_a_sentence_takes_no_caption() -> None:
    """A credit written between a sentence's two halves, the second in lower case: the
    photo's caption is elsewhere, and the story's text on either side stays the story's."""
    page = ocr.process(INSIDE, lang="en", correct=False)
    for photo in page.photos:
        assert "clock tower" not in (photo.caption or "")
        assert "loading dock" not in (photo.caption or "")
    story = next(a for a in page.articles if "City sells old mill for $1" in a.headlines)
    text = " ".join(story.paragraphs)
    assert "to keep the clock tower and the" in text and "loading dock" in text
