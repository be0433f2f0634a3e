"""Two stories set side by side, whose paragraphs pdfminer wrote across both columns
as their tops stand (``misplaced_columns.side_by_side``)."""

from __future__ import annotations

import pytest

import ocr
from ocr.markers import opens_article
from ocr.profiles import load_profile

#: Both headlines, both bylines, the first lead, the second lead, then the later
#: paragraphs of both, mixed, one of them finishing the other column's sentence; each
#: lead opens with its dateline.
SIDE_BY_SIDE = """Ferry service to Gull Island resumes after repairs

Library adds Sunday hours at Eastgate branch

By HANNAH ROURKE
Staff Writer

By TOMAS ALVAREZ
Courier Staff Writer

HARBOR CITY — The ferry Island Belle returned to service Monday after six weeks in dry dock,
where crews replaced a cracked propeller shaft and two worn engine mounts.

HARBOR CITY — The Eastgate branch library will open on Sundays from noon to 5 p.m. starting
next month, the library board decided Tuesday after a year of requests.

Commuters who relied on the ferry had been taking a shuttle bus around the
harbor, a trip that added nearly an hour each way during the morning.

Librarian Grace Whitfield said Sunday visitors would find the children's room,
the computer lab and the reading garden open, with a volunteer on hand to

The harbor authority said the propeller shaft failed inspection in March and
the vessel could not sail until the replacement part arrived from Maine.

help with catalog searches and the branch's collection of local newspapers.

The board expects the longer hours to cost about $40,000 a year, paid from a
bequest left to the library by a retired schoolteacher.
"""


def _bodies(page: ocr.Page) -> dict[str, str]:
    return {a.headlines[0] if a.headlines else "": " ".join(a.paragraphs)
            for a in page.articles}


def test_paragraphs_of_two_stories_side_by_side_go_to_the_story_they_talk_about() -> None:
    bodies = _bodies(ocr.process(SIDE_BY_SIDE, lang="en", correct=False))
    ferry = bodies["Ferry service to Gull Island resumes after repairs"]
    library = bodies["Library adds Sunday hours at Eastgate branch"]
    assert "Commuters who relied on the ferry" in ferry
    assert "propeller shaft failed inspection" in ferry
    assert "Librarian Grace Whitfield" in library
    assert "help with catalog searches" in library
    assert "retired schoolteacher" in library
    assert "Commuters" not in library and "Librarian" not in ferry


#: pdftotext's text of two stories in narrow columns side by side, each written whole
#: after both headlines and bylines: the second story's dateline broken before its dash.
NARROW_DATELINES = """Ferry service to Gull Island resumes after repairs

Late rally lifts Mariners past Bridgeport

By HANNAH ROURKE
Staff Writer

By JAMES OKONKWO

The ferry Island Belle
returned to service Monday
after six weeks in dry dock,
where crews replaced a cracked
propeller shaft.
Commuters had been taking a
shuttle bus around the harbor.

BRIDGEPORT, Conn.
— Tomas Reyes doubled
home two runs in the ninth
inning Friday night, and the
Mariners rallied from four runs
down to beat the Bluefish 7-6.
The teams meet again
Saturday at 6:05 p.m.
"""


@pytest.mark.parametrize("broken", [
    "BRIDGEPORT, Conn.\n— Tomas Reyes doubled",
    "BRIDGEPORT, Conn. (AP)\n—\nTomas Reyes doubled",
])
def test_a_dateline_broken_before_its_dash_opens_the_story(broken: str) -> None:
    text = NARROW_DATELINES.replace("BRIDGEPORT, Conn.\n— Tomas Reyes doubled", broken)
    lead = next(b for b in ocr.read_text(text, lang="en").blocks
                if b.text.startswith("BRIDGEPORT"))
    assert opens_article(lead, load_profile().patterns("en"))
    bodies = _bodies(ocr.process(text, lang="en", correct=False))
    assert "Bluefish" not in bodies["Ferry service to Gull Island resumes after repairs"]
    assert "Tomas Reyes doubled" in bodies["Late rally lifts Mariners past Bridgeport"]


def test_a_column_line_opening_with_a_dash_opens_no_story() -> None:
    blocks = ocr.read_text("Crews replaced the shaft\n— and two engine mounts —\nlast week.\n",
                           lang="en").blocks
    assert not opens_article(blocks[0], load_profile().patterns("en"))


#: pdftotext's text of two stories side by side: the first's headline and byline, the
#: second's headline, byline and lead, then the first story's column (after the other's
#: lead, which the walk gives it).
SIGNED_THEN_COLUMN = """Oyster growers count losses after summer heat wave

By LENA MARSH
Ledger Correspondent

Ferry to add late sailing on summer weekends

By HANNAH ROURKE
Staff Writer

Ferry service between Harbor City and Gull Island will add a 10:30 p.m. sailing on
Fridays and Saturdays starting in June, the harbor authority announced Tuesday.

For the second summer in a row, oyster growers in the bay lost a third of their
seed to water that stayed above 80 degrees for most of August.

Growers said the warm water let a parasite spread through the beds faster than
crews could move the cages to deeper channels.

State biologists plan to test the beds again in October.
"""


def test_a_story_signed_with_no_text_takes_its_column_from_the_next_signed_story() -> None:
    bodies = _bodies(ocr.process(SIGNED_THEN_COLUMN, lang="en", correct=False))
    oysters = bodies["Oyster growers count losses after summer heat wave"]
    ferry = bodies["Ferry to add late sailing on summer weekends"]
    assert oysters.startswith("For the second summer in a row, oyster growers")
    assert "parasite" in oysters and "test the beds again" in oysters
    assert "10:30 p.m. sailing" in ferry and "oyster" not in ferry
