"""A listing brief's label rows, then the next brief of the box written as the listing's
next block (pdfminer, pdftotext with a blank line between): the brief after the rows was
read as the listing's last paragraph. A listing's rows end where a block in capitals no
longer opens on a label (``run_on_briefs.after_rows``); a story's rows (a scorecard after
its paragraphs) and a row's wrapped rest stay with their text."""

from __future__ import annotations

import ocr
from ocr.model import BODY, Block, Line, Word
from ocr.run_on_briefs import after_rows, row_closed

# A briefs box: a notice of water outages as label rows, each row a block, then a
# headless brief under it.
OUTAGES = """Water outages

Northgate: Tuesday, 9am to 3pm, for
valve work on Mill Lane.

Riverside: Wednesday, 8am to noon.

Hill Park: Thursday, 10am to 2pm.

The Harwick Rotary Club is collecting
winter coats for the night shelter
until the end of the month. Coats can
be left at the library's front desk.
"""

# A draw's results under the line that names them, then a brief whose head the
# extractor did not write over it.
DRAWS = """Lottery

Tuesday’s numbers
Pick 3 midday: 5-1-8
Pick 3 evening: 0-7-3
Pick 4: 2-2-9-6

Volunteers from St. Anne’s parish will
serve a free lunch at the church hall
for anyone who lives alone, with a
ride home for those who need one.
"""

# A story with its scorecard after its paragraphs, then the story's last line: the
# rows are a story's, the text after them stays.
SCORECARD = """Rovers hold on to win the Shield

Rovers won the Shield for the first time in
eleven seasons on Saturday, holding their nerve
as Town needed four runs off the last ball and
could only scramble a single to the boundary.
Captain Tom Hale made 71 and took two catches.

Rovers: 213 for 8 in 40 overs.
Town: 210 for 9 in 40 overs.

Tickets for next season’s final go on
sale in October at the club house.
"""


def _holding(page: str, words: str) -> list[ocr.Article]:
    return [a for a in ocr.process(page, lang="en", correct=False).articles
            if words in " ".join(a.paragraphs)]


def test_a_brief_under_label_rows_is_an_item_of_its_own() -> None:
    coats = _holding(OUTAGES, "winter coats")
    assert len(coats) == 1
    assert coats[0].headlines == ()
    assert "Hill Park" not in " ".join(coats[0].paragraphs)
    rows = _holding(OUTAGES, "Hill Park")
    assert [a.headlines for a in rows] == [("Water outages",)]


def test_a_brief_under_a_draws_rows_is_an_item_of_its_own() -> None:
    lunch = _holding(DRAWS, "free lunch")
    assert len(lunch) == 1
    assert "Pick 4" not in " ".join(lunch[0].paragraphs)


def test_a_storys_text_after_its_scorecard_stays() -> None:
    tickets = _holding(SCORECARD, "Tickets for next season")
    assert [a.headlines for a in tickets] == [("Rovers hold on to win the Shield",)]


class _Draft:
    """An article being put together, as ``after_rows`` asks of it (its blocks)."""

    def __init__(self, *texts: str) -> None:
        self.blocks = [_block(t) for t in texts]


def _after(d: _Draft, block: Block) -> bool:
    return after_rows(d, block)  # type: ignore[arg-type]


def _block(text: str) -> Block:
    return Block(id=text[:12], kind=BODY, lines=tuple(
        Line(words=tuple(Word(w) for w in t.split())) for t in text.split("\n")))


def test_rows_end_only_after_a_closed_row() -> None:
    brief = _block("The Harwick public library will close\nearly on Saturdays in March.")
    wrapped = _Draft("Zone A: 06:00 to 08:30 and\n18:00 to 20:30.", "Zone B: 08:00 to 10:30 and")
    assert not _after(wrapped, brief)  # (the row's rest comes next)
    closed = _Draft("Zone A: 06:00 to 08:30 and\n18:00 to 20:30.", "Zone B: 08:00 to 10:30.")
    assert _after(closed, brief)
    assert not _after(closed, _block("Zone C: 10:00 to 12:30."))  # (another row)
    assert not _after(closed, _block("Sailings:\nNordkyn (freight, Lerwick)."))  # (a label)
    assert not _after(_Draft("Zone A: 06:00 to 08:30."), brief)  # (one row: no listing)
    read_in = _Draft("Tonight: showers, min 3°C\nTomorrow: sunny, max 14°C",
                     "said the count would go on.\nfind a way,” she said.")
    assert not _after(read_in, brief)  # (a story's text read in after the rows)
    read_in = _Draft("Tonight: showers, min 3°C\nTomorrow: sunny, max 14°C",
                     "said no one would be\nmoved by force. “We will talk until we\n"
                     "find a way,” she said.")
    assert not _after(read_in, brief)  # (a sentence ends inside a row's rest)


def test_a_row_written_apart_from_its_label_is_no_brief() -> None:
    tides = _Draft("High: 5:42 a.m. (9.8 ft.), 6:08 p.m.", "Low: 11:51 a.m. (0.6 ft.)")
    assert not _after(tides, _block("Sunrise\nSunset 4:19 p.m."))
    assert _after(tides, _block("Emma Cardew and Samuel Adeyemi were\nmarried at St. Jude’s."))


def test_a_storys_paragraph_on_its_own_rows_stays() -> None:
    counts = _Draft("Bald eagle: two nests, one in the city.",
                    "Chimney swift: 41, down by a third.")
    assert not _after(counts, _block("Ostrowski said the swift decline\nworried him most."))


def test_row_closed() -> None:
    assert row_closed("Pick 4: 2-2-9-6")
    assert row_closed("Riverside: Wednesday, 8am to noon.")
    assert not row_closed("Northgate: Tuesday, 9am to 3pm, for")
    assert not row_closed("Cash 5: 02-09-11-")
    assert not row_closed("Arrivals: Nordkyn (timber, Rotterdam);")
