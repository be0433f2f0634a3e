"""A ``pdftotext -layout`` page whose bands set their gutters at other x: each band
holds its own gutter down its rows, none holds one down most of the page's lines.

A story over two columns, then one over three narrow ones, then a story and a brief
beside it: a page of stacked items whose measures differ. Read as one wide column, every row
would join the columns' lines across. The page is drawn here.
"""

from __future__ import annotations

from ocr.readers.textgrid import is_grid, read_grid

TWO = (["Crews lifted the last deck panel", "The toll plaza keeps its old"],
       ["into place on Friday night, and", "booths for now, and the city"],
       ["the first cars crossed at dawn.", "says drivers should expect"],
       ["Traffic on the detour fell by", "delays at the east ramp until"],
       ["half within an hour, officials", "the signals there are rewired"],
       ["said so on Saturday morning.", "next month, the city said."])

THREE = (["School buses will run", "on new routes from next", "The county fair board"],
         ["on new routes from", "Monday, after the board", "met on Tuesday and voted"],
         ["Monday, after the", "closed the old depot on", "to move the livestock"],
         ["board closed the old", "Elm Street this autumn.", "barns nearer the gate,"],
         ["depot on Elm Street.", "Parents can ask at the", "a change that will cost"],
         ["Drivers will keep", "front office for a copy", "about $40,000 in all."])

WIDE = (["The library will open on Sundays from January, the", "Volunteers are"],
        ["trustees decided on Wednesday night, after a survey", "needed for the"],
        ["found that most readers would come in on weekends.", "winter book sale"],
        ["The branch on Mill Road keeps its old hours, and the", "on Saturday; ask"],
        ["reading room upstairs stays shut while the roof is", "at the front desk"],
        ["mended. Staff will be moved from weekday mornings.", "or call the branch."])

GUTTERS = (36, 25, 55)


def _page() -> str:
    a, b, c = GUTTERS
    rows = ["                 BRIDGE TRAFFIC BACK TO NORMAL", ""]
    rows += [f"{x:<{a}}{y}" for x, y in TWO]
    rows += ["", "", "             New bus routes start Monday", ""]
    rows += [f"{x:<{b}}{y:<{b}}{z}" for x, y, z in THREE]
    rows += ["", "", "             Library opens on Sundays", ""]
    rows += [f"{x:<{c}}{y}" for x, y in WIDE]
    return "\n".join(rows) + "\n"


def test_no_gutter_holds_down_most_lines_but_each_band_holds_its_own() -> None:
    assert is_grid(_page().split("\n"))


def test_each_band_is_read_column_by_column() -> None:
    text = " ".join(read_grid(_page()).split())
    for cols in (TWO, THREE, WIDE):
        for k in range(len(cols[0])):
            assert " ".join(row[k] for row in cols) in text


def test_double_spaces_of_justified_lines_make_no_grid() -> None:
    """pdfminer's justified lines keep a double space here and there: no gutter."""
    lines = ["Crews lifted the last  deck panel into place on Friday night,",
             "and the first cars crossed at dawn.  Traffic on the detour fell",
             "by half within an hour,  officials said on Saturday morning, and",
             "the toll plaza keeps its old booths for now.  The city says that",
             "drivers should expect delays at the  east ramp until the signals",
             "there are rewired next month.  Cyclists keep the new lane on the",
             "south side of the bridge,  which the council approved in April",
             "after a long debate.  The bridge first opened in 1958 and carries",
             "about 30,000 cars a day,  most of them  commuters from the north",
             "shore who work downtown.  The repair cost $12 million in all."]
    assert not is_grid(lines)
