"""A justified line whose word spaces pdftotext writes several cells wide, on a row of
its own (the column beside it is not level with its column, so each line takes a
row): read alone, the XY-cut parted it at its spaces as if they were gutters, and
its words went out as lines of their own (``the`` / ``slot`` / ``with``). A
line of the column near it, flush with it and no gutter in it, tells a justified
line (ocr/readers/textgrid.py, ``_spaced_line``)."""

from __future__ import annotations

from ocr.readers.textgrid import read_grid

#: A story's column (left) and a neighbouring story's column (right), level at first,
#: then not: from the ninth line on each printed line takes a row of its own.
LEFT = [
    "By CARLA NUNES",
    "Tribune Sports Writer",
    "   HANOVER — The Millbrook",
    "Owls were down a goal with",
    "ninety seconds left on Friday",
    "night, and the crowd in the",
    "old rink had begun to drift",
    "toward the exits in the cold",
    "when sophomore Tessa Lindqvist",
    "slipped past two defenders and",
    "tied it on a backhand from",
    "the      slot      with",
]
RIGHT = [
    "The county will repave four",
    "miles of Quarry Road this",
    "summer, closing one lane at",
    "a time, and will replace the",
    "culverts under the road near",
    "the old granite quarry pond,",
    "working between 7 a.m. and",
    "3 p.m. on weekdays, the",
    "highway department said.",
    "Detours will be posted at",
    "both ends of the work zone.",
    "Crews expect to finish by",
]
#: A jump line under both columns, a blank row above it.
JUMP = "                    Continued on Page B4"


def _page() -> str:
    rows = []
    for k, (a, b) in enumerate(zip(LEFT, RIGHT, strict=True)):
        if k < 8:
            rows.append(a.ljust(40) + b)
        else:
            rows += [a, " " * 40 + b]
    return "\n".join([*rows, "", JUMP]) + "\n"


def test_a_justified_line_on_a_row_of_its_own_stays_whole() -> None:
    lines = [ln.strip() for ln in read_grid(_page()).split("\n")]
    spaced = next(ln for ln in lines if ln.startswith("the ") and "slot" in ln)
    assert spaced.split() == ["the", "slot", "with"]


def test_the_columns_are_still_read_apart() -> None:
    text = read_grid(_page())
    assert text.index("tied it on a backhand") < text.index("The county will repave four")
