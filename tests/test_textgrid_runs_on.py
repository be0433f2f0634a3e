"""A column's lines parted by rows that only the next column's lines fill
(``pdftotext -layout``): lines of two columns are rarely level, and where one column's
type is larger or its leading wider the extractor gives the other's lines two to four
rows of their own in a row. A line that runs on (no sentence ended, a word broken, a
paragraph's indented first line) goes on below past them, not into a block of its own
(ocr/readers/textgrid.py, ``_runs_on``)."""

from __future__ import annotations

from conftest import layout_grid

from ocr.readers.textgrid import read_grid

#: (briefs column, story column) row by row, as the extractor writes them: a story's
#: column ends level with its neighbour's, then the briefs under it, set wider apart
#: than the story beside them, take rows of their own between the story's lines.
ROWS = [
    ("crews finished clearing the", "The Dunmore Select Board voted"),
    ("last of the downed trees on", "4-1 on Monday to borrow $2.3"),
    ("Tuesday, two days after the", "million for the project. The"),
    ("storm. Power was restored to", "old clay pipe, laid in 1911,"),
    ("the final 300 homes that eve-", "has collapsed twice since the"),
    ("ning, the utility said. Town", "spring, flooding basements on"),
    ("offices reopened Wednesday.", "Canal and Water streets. A new"),
    ("", "sewer line under Canal Street"),
    ("Pool opens late", ""),
    ("this summer", "will be replaced this fall, the"),
    ("   The Riverside municipal", ""),
    ("", "public works director said. The"),
    ("", "work is expected to close the"),
    ("pool will open June 21, two", ""),
    ("weeks later than usual, the", "street to through traffic for"),
    ("", "about six weeks, from Sept. 8"),
    ("", "to mid-October. Detours will"),
    ("", "send drivers along Mill Road"),
    ("parks department said. Staff-", ""),
    ("ing has been short since May.", "and Front Street. Residents"),
    ("", "will keep access to their"),
    ("", "driveways, the director said."),
    ("", "   Crews will work from 7 a.m."),
    ("Grange plans bake sale", ""),
    ("   Members of the Dunmore", ""),
    ("", "to 5 p.m. on weekdays, and the"),
    ("Grange will sell pies, breads", "board asked drivers to avoid"),
    ("and preserves from 9 a.m. to", "the area when they can."),
    ("noon Saturday at the hall.", ""),
]


def _page() -> str:
    return layout_grid([[a for a, _ in ROWS], [b for _, b in ROWS]], 34)


def _blocks(text: str) -> list[str]:
    return [" ".join(ln.strip() for ln in b.split("\n")) for b in text.split("\n\n")]


def test_a_brief_s_lines_go_on_past_the_rows_of_the_column_beside_it() -> None:
    """Read down the gutter, each run of the brief's lines between the story's rows was
    a block: the brief's headline stood over a one-line block (its indented first
    line) and lost the text it heads."""
    blocks = _blocks(read_grid(_page()))
    brief = ("Pool opens late this summer The Riverside municipal pool will open June 21, "
             "two weeks later than usual, the parks department said. Staff- ing has been "
             "short since May.")
    assert any(b.endswith(brief) for b in blocks)


def test_a_sentence_s_end_keeps_the_white_before_the_next_brief() -> None:
    """After a line that ends a sentence the rows between may be the column's own
    white: the next brief starts a block of its own."""
    blocks = _blocks(read_grid(_page()))
    assert any(b.startswith("Grange plans bake sale") for b in blocks)
    assert not any("since May. Grange" in b for b in blocks)


def test_a_grid_laid_from_pdfplumber_lines_keeps_its_gaps() -> None:
    """Rows a grid reader laid itself (pdfplumber's lines placed on columns) are not
    the page's baselines: a gap there stays a gap."""
    blocks = _blocks(read_grid(_page(), own_rows=False))
    assert not any("than usual, the parks" in b for b in blocks)


#: Two stories' columns over a blank line right across the page, and a brief's column
#: beside them whose sentence runs on across it (its lines stand between its
#: neighbours' rows, so the extractor's blank line is not white in it); under the
#: blank line a headline over the next story's columns.
BAND = [
    ("Volunteers from the Harlan", "school board spent the", "   The county landfill will"),
    ("Rotary Club planted 200", "weekend painting murals in", "stop taking yard waste in"),
    ("maple saplings along the", "the gym, which reopens on", "paper bags on May 1, since"),
    ("river path on Saturday.", "", "the compost site it uses"),
    ("", "", ""),
    ("Ferry service to resume in June", "", "has closed for good, and"),
    ("", "", "asks that residents bring"),
    ("   The state will restart", "Point by the middle of", "leaves and branches loose"),
    ("the summer ferry to Gull", "June, two years after", "or in open bins."),
    ("Island from Marlow Point", "the old dock collapsed.", ""),
]


def _band(rows: list[tuple[str, str, str]]) -> str:
    return layout_grid([[r[k] for r in rows] for k in range(3)], 34)


def test_a_column_runs_on_across_a_blank_line_the_others_have() -> None:
    """Cut across at the blank line first, the brief's last lines were read after the
    headline and the story under it, which the XY-cut reads before the column beside
    them."""
    out = read_grid(_band(BAND))
    brief = out[out.index("   The county landfill") : out.index("or in open bins.")]
    assert "has closed for good, and" in brief
    assert "Ferry service" not in brief and "restart" not in brief


def test_a_blank_line_after_a_sentence_s_end_still_parts_the_bands() -> None:
    """Where the column's line above the blank ends a sentence, the blank line is the
    white between stacked items, as before: the band under it is read after the band
    above, the headline before the column's lines under it."""
    rows = list(BAND)
    rows[3] = ("river path on Saturday.", "", "the compost site it uses.")
    out = read_grid(_band(rows))
    assert out.index("Ferry service to resume") < out.index("has closed for good, and")


#: The same band, the brief's next line a row lower: under the blank line the headline
#: over the next story takes a row of its own, white in the brief's column (its type is
#: larger, so the brief's lines fall between the headline's row and the story's).
LOWER = [*BAND[:5], ("Ferry service to resume in June", "", ""),
         ("", "", "has closed for good, and"), BAND[6], *BAND[7:],
         ("on the first of those days.", "The fare stays at $4.", "")]


def test_a_column_runs_on_past_a_neighbour_s_row_under_the_blank_line() -> None:
    """The brief's line under the blank line stands past the headline's row: its column
    is white on that row, so its sentence goes on there all the same, and the brief is
    read whole before the headline and the story under it."""
    out = read_grid(_band(LOWER))
    brief = out[out.index("   The county landfill") : out.index("or in open bins.")]
    assert "has closed for good, and" in brief
    assert "Ferry service" not in brief and "restart" not in brief


def test_a_sentence_s_end_over_the_lower_line_still_parts_the_bands() -> None:
    """Where the brief's line above the blank ends a sentence, the blank line is the
    white between stacked items, as before: the headline is read before the column's
    lines under it."""
    rows = list(LOWER)
    rows[3] = ("river path on Saturday.", "", "the compost site it uses.")
    out = read_grid(_band(rows))
    assert out.index("Ferry service to resume") < out.index("has closed for good, and")
