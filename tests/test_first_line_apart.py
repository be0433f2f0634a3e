"""pdfminer boxes a paragraph's indented first line apart from the rest
(``The Gull Point Harbor Commission`` / blank / ``will meet at 7 p.m. on Tuesday…``):
``readers.textchunks.first_line_apart`` puts it back, so a brief's lead is read whole
(its day, its subject) and a brief's headline finds the lead it sums up."""

from __future__ import annotations

import ocr
from ocr.readers.textchunks import first_line_apart

# pdfminer: three briefs in a narrow column, each paragraph's first line a box of its own;
# the last brief's headline ends on a unit's stop (``lbs.``), which ends no sentence.
BRIEFS = """AROUND THE HARBOR

A fishing boat ran aground on the

north jetty at Gull Point early on
Saturday, and the crew of three
waded ashore unhurt.

The Gull Point Harbor Commission

will meet at 7 p.m. on Tuesday in
the fire hall to hear plans for a
new fuel dock.

Halibut tops 400 lbs.

A halibut landed by the crew of the

Mary Dee at Gull Point weighed 412
pounds on Sunday, the largest fish
brought to the town dock this year.
"""


def test_a_first_line_written_apart_goes_back_on_its_paragraph() -> None:
    page = ocr.process(BRIEFS, lang="en", correct=False)
    texts = [" ".join(a.paragraphs) for a in page.articles]
    assert any(t.startswith("A fishing boat ran aground on the north jetty") for t in texts)
    meeting = [t for t in texts if "Harbor Commission will meet" in t]
    assert len(meeting) == 1 and "aground" not in meeting[0]
    halibut = [a for a in page.articles if "412" in " ".join(a.paragraphs)]
    assert len(halibut) == 1 and halibut[0].headlines == ("Halibut tops 400 lbs.",)


def _rows(*lines: str) -> list[tuple[str, float, bool]]:
    return [(t, 0.0, False) for t in lines]


def _never_marker(text: str) -> bool:
    return False


def test_what_is_no_first_line_stays_apart() -> None:
    under = _rows("to replace the pilings, the", "commission said, and the work",
                  "would start in the spring.")
    # A headline across columns, wider than the column's lines under it.
    wide = [_rows("Harbor commission weighs a fee on visiting yachts"), under]
    assert len(first_line_apart(wide, _never_marker)) == 2
    # A line that ends its sentence, and a line in capitals (a label).
    ended = [_rows("The dock will close in March."), under]
    assert len(first_line_apart(ended, _never_marker)) == 2
    label = [_rows("HARBOR COMMISSION MEETING"), under]
    assert len(first_line_apart(label, _never_marker)) == 2
    # A byline (a marker line) goes on no paragraph.
    byline = [_rows("By MARA LINDQVIST and"), under]
    assert len(first_line_apart(byline, lambda t: t.startswith("By "))) == 2
    # One of pdfminer's single words of a stretched line under it: not a paragraph.
    stray = [_rows("The Gull Point Harbor Commission"), _rows("will"), under]
    assert [len(c) for c in first_line_apart(stray, _never_marker)] == [1, 1, 3]
    # The paragraph's first line, as wide as the column's lines under it.
    first = [_rows("Crews from the state will drive"), under]
    assert [len(c) for c in first_line_apart(first, _never_marker)] == [4]
