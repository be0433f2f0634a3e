"""Two stories set side by side, whose paragraphs pdfminer wrote across both columns
as their tops stand (``misplaced_columns.side_by_side``)."""

from __future__ import annotations

import ocr

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
