"""A headline and deck set right on top of a story's two columns (``pdftotext -layout``:
no white row between, the byline level with the second column's first line, the
deck's last line across the gutter), beside a column whose lines are not level with
theirs, so that every other row is white in the story. The XY-cut found no gutter
under the deck, took those white rows one by one from the bottom and read the two
columns line by line across (ocr/readers/textgrid.py, ``_head_on_top``)."""

from __future__ import annotations

from ocr.readers.textgrid import read_grid

HEAD = [
    "Clinic adds evening",
    "walk-in hours for",
    "county residents",
    "Nurses will see patients without an appointment",
    "two nights a week from March",
]
LEFT = [
    "By MARTA QUILL",
    "Courier Staff Writer",
    "  DUNMORE — The county",
    "health center will add",
    "walk-in hours on Tuesday",
    "and Thursday evenings",
    "starting next month, its",
    "director said Monday.",
    "  The change follows a",
    "year of long waits for",
]
RIGHT = [
    "appointments, with some",
    "patients told to come",
    "back in three weeks.",
    "Nurses will see patients",
    "from 5 to 8 p.m., and a",
    "doctor will be on call.",
    "The center will hire two",
    "nurses to cover the new",
    "hours, the director said.",
    "and the board agreed.",
]
#: A neighbouring story's column, its lines between the story's rows.
BESIDE = [
    "Fire crews spent the",
    "night at the old grain",
    "elevator on Depot Road",
    "after a smoky blaze in",
    "its upper floors drew",
    "three departments and",
    "closed the road until",
    "dawn, the chief said.",
    "No one was hurt, and",
    "the cause is not known.",
]


def _page() -> str:
    rows = list(HEAD)
    for left, right, beside in zip(LEFT, RIGHT, BESIDE, strict=True):
        rows.append(f"{left:<30}{right}")
        rows.append(" " * 58 + beside)
    return "\n".join(rows) + "\n"


def test_columns_under_a_headline_on_top_read_column_by_column() -> None:
    out = [ln.strip() for ln in read_grid(_page()).split("\n") if ln.strip()]
    at = out.index(LEFT[0])
    assert out[at : at + len(LEFT)] == [x.strip() for x in LEFT]
    assert out[at + len(LEFT) : at + 2 * len(LEFT)] == [x.strip() for x in RIGHT]
    assert out.index(HEAD[-1]) < at

