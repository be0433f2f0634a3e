"""A justified line whose word spaces ``pdftotext -layout`` writes five cells wide
(``following     Friday     and``), in a column that stands three cells from the next
and whose lines share their rows with it, while a third column set half a line lower
takes the rows between: read alone on its row, the XY-cut parted the line at its spaces
as if they were gutters, and its words went out as blocks of their own. The column's own
lines near it are flush with it, but the next column's lines start inside the ragged
margin of its right edge, and with a white row between every two of its lines the
flush one lies further than four rows off (ocr/readers/gridcuts.py, ``spaced_line``
and ``_stretched``). The shape is a study page's (S8 en811), its names changed."""

from __future__ import annotations

from ocr.readers.gridcuts import _stretched
from ocr.readers.textgrid import read_grid

#: A story over two columns (left, middle) beside a list of planning applications set
#: half a line lower (right), each row its pieces at their cells.
ROWS = [
    ((91, 'Planning'),),
    ((91, 'applications'),),
    ((94, '14    Manor     Terrace,'),),
    ((0, 'By Tom Ashworth'),),
    ((91, 'Saltmire: two-storey rear'),),
    ((30, 'near Ashby Moors on the'), (61, 'month.')),
    ((91, 'extension.'),),
    (
        (3, 'Police are appealing for'),
        (30, 'following     Friday     and'),
        (64, 'Anyone with informa-'),
    ),
    ((94, 'The      Old      Forge,'),),
    ((0, 'information after quad'), (30, 'Sunday nights.'), (61, 'tion is asked to call 101,')),
    ((91, 'Ashby Moors: change of'),),
    (
        (0, 'bikes worth more than'),
        (33, 'Rural crime officer PC'),
        (61, 'quoting          reference'),
    ),
    ((91, 'use from workshop to holi-'),),
    (
        (0, '£20,000 were stolen from'),
        (30, 'Jane Pickles said the thefts'),
        (61, '44018356,               or'),
    ),
    ((91, 'day let.'),),
    (
        (0, 'three     farms     around'),
        (30, 'appeared to be linked.'),
        (61, 'Crimestoppers      anony-'),
    ),
    ((94, 'Land off Ings Lane,'),),
    (
        (0, 'Kelsall in a single week.'),
        (30, '“Quads are easy to sell on'),
        (61, 'mously on 0800 555 111.'),
    ),
    ((91, 'Kelsall: 24 homes,'),),
    ((3, 'Thieves cut a padlock'), (30, 'and hard to trace unless')),
    ((91, 'including eight affordable.'),),
    ((0, 'on a barn at Mill Farm,'), (30, 'they are marked,” she said.')),
    ((0, 'Ings Lane, in the early'), (33, 'Farmers      are    being')),
    ((0, 'hours of Tuesday, October'), (30, 'offered free forensic mark-')),
    ((2, '6, and took a red Polar'), (32, 'ing kits at the police stand')),
]


def _row(pieces: tuple[tuple[int, str], ...]) -> str:
    """One row of the grid: each piece of text at its cell."""
    line = ""
    for x, text in pieces:
        line = line.ljust(x) + text
    return line


def _read() -> str:
    return read_grid("\n".join(map(_row, ROWS)) + "\n")


def test_a_stretched_line_beside_a_column_three_cells_off_stays_whole() -> None:
    lines = [ln.strip() for ln in _read().split("\n")]
    spaced = next(ln for ln in lines if ln.startswith("following"))
    assert spaced.split() == ["following", "Friday", "and"]
    assert "on the\nfollowing     Friday     and\nSunday nights." in _read()


def test_the_columns_are_still_read_apart() -> None:
    text = _read()
    assert text.index("Kelsall in a single week.") < text.index("near Ashby Moors on the")
    assert "\nAnyone with informa-\ntion is asked to call 101," in text
    assert text.index("Planning") < text.index("including eight affordable.")


def test_word_spaces_stretched_alike_tell_a_justified_line() -> None:
    """A single space beside a wide run is two pieces set level (a byline and the next
    column's line), and Chinese running text holds no space, so a run between two
    Chinese characters is a gutter: neither is asked as a justified line."""
    assert _stretched(list("following     Friday     and"))
    assert _stretched(list("eral    generations       of"))
    assert not _stretched(list("Special to the Ledger     hours to move it"))
    assert not _stretched(list("今天凌晨，全市未接到人员伤     昨天夜里"))
