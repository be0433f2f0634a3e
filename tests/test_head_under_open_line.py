"""A brief's head under a line left open (``open_line_heads.head_under_open_line``). A
listing's last row (``Thunderball: 3-9-14-22-30``) or a column's foot (``…officers
found 412``) ends no sentence, yet no sentence goes on with a line cut short of its
column whose words the next sentence says again (``Tennis courts reopen`` / ``Tennis
courts at Mill Road Park…``, ``leads.headed_by``), nor with a dated listing's head over
its first row (``Tonight’s TV`` / ``6.30pm Reporting Scotland``): the head parts the
brief from the text above it. A letter's signature over the next letter's title
(``Margaret Hollis, Thorpe`` / ``Hagg``) closes its text as a sentence's end does
(``open_line_heads._left_open``)."""

from __future__ import annotations

import ocr
from ocr.downstyle_headlines import short_head
from ocr.open_line_heads import _head_in_its_words

STORY = """Council approves new budget

By Ann Lowe

The county council approved its budget for next year on Tuesday night
after a three-hour debate in which members argued over road repairs and
the cost of the new library in the town centre.

Council leader Mark Ellis said the plan kept the tax rise below three
percent while protecting services for older residents across the county.

"""

# pdftotext: a dated listing ends on a row, a brief's head on top of its text under it.
LISTING_THEN_BRIEF = STORY + """Lottery results
Saturday draw: 04-11-19-23-38-41
Bonus ball: 27
Thunderball: 3-9-14-22-30

Tennis courts reopen
Tennis courts at Mill Road Park and Hollins
Green will reopen on Saturday after a month
of resurfacing work, the leisure department
said. Bookings open online on Friday morning.
"""

# pdfminer: the head a block of its own.
LISTING_THEN_BRIEF_PDFMINER = LISTING_THEN_BRIEF.replace(
    "Tennis courts reopen\n", "Tennis courts reopen\n\n")

# pdfminer: letters, a signature wrapped over two blocks, the next letter's title.
LETTERS = """LETTERS

Since the number 37 bus was cut to two a day, my husband and I
cannot reach the surgery in town without a taxi. Is anyone at the
council listening to the villages at all, or is anyone listening?

Margaret Hollis, Thorpe

Hagg

Thank you, lifeboat crew

I would like to thank the Kelderby lifeboat crew who came to the
aid of my son and his friend off North Sands last Sunday when their
dinghy overturned. The lifeboat crew were there within minutes.

Peter Dunn, Kelderby
"""


# pdftotext: a story's column ends mid-sentence at its foot, a TV listing under it.
COLUMN_FOOT_THEN_LISTING = """Council approves new budget

By Ann Lowe

The county council approved its budget for next year on Tuesday night
after a three-hour debate in which members argued over road repairs and
the cost of the new library in the town centre.

Council leader Mark Ellis said the plan kept the tax rise below three
percent while protecting services for older residents. Auditors who
checked the accounts last month said they had found 412

Tonight’s TV
6.30pm Evening News and weather for the region
7.00pm The Fishing Coast: the last herring boats
9.00pm Drama: Harbour Lights, part two of six
10.40pm Sportscene with highlights of the day
"""

def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="en", correct=False).articles)


def _holding(articles: list[ocr.Article], words: str) -> list[ocr.Article]:
    return [a for a in articles if words in " ".join(a.paragraphs)]


def test_a_head_its_text_repeats_parts_it_from_a_listings_last_row() -> None:
    for text in (LISTING_THEN_BRIEF, LISTING_THEN_BRIEF_PDFMINER):
        articles = _articles(text)
        brief = _holding(articles, "leisure department")
        assert len(brief) == 1 and "Tennis courts reopen" in brief[0].headlines
        assert "Thunderball" not in " ".join(brief[0].paragraphs)


def test_a_letters_title_after_its_signature_is_not_asked_so() -> None:
    articles = _articles(LETTERS)
    assert all("Thank you, lifeboat crew" not in a.headlines for a in articles)


def test_head_in_its_words() -> None:
    under = ["Tennis courts at Mill Road Park and Hollins",
             "Green will reopen on Saturday after a month"]
    assert _head_in_its_words("Tennis courts reopen", under)
    # Not a line whose words the text does not repeat, nor one as wide as its column,
    # nor over a sentence's rest in lower case.
    assert not _head_in_its_words("Lottery results", under)
    assert not _head_in_its_words("Daily 3 evening: 9-9-2", ["Daily 4: 3-1-6-8",
                                                              "Daily 3 midday: 4-0-7"])
    assert not _head_in_its_words("Tennis courts at Mill Road Park reopen", under)
    assert not _head_in_its_words("Tennis courts reopen", ["courts at Mill Road Park and",
                                                           "Green will reopen on Saturday"])


def test_a_dated_listings_head_under_a_columns_open_foot_heads_its_listing() -> None:
    articles = _articles(COLUMN_FOOT_THEN_LISTING)
    listing = _holding(articles, "Sportscene")
    assert len(listing) == 1 and "Tonight’s TV" in listing[0].headlines
    assert "auditors" not in " ".join(listing[0].paragraphs)


def test_a_possessive_opens_a_standing_head() -> None:
    assert short_head("Tonight’s TV") and short_head("Tonight's TV")
    assert not short_head("TONIGHT’S TV")
