"""A line set solid in the running text: no white over it but the text's own leading.

A heading opens something: it stands set off from the text above it by more white than
the lines of a column leave between them. A single line measured a little larger than
the body (an italic writer's post, ``Staff Writer``, whose italic ``f`` reaches from
ascender to descender and lifts the tall end of so few letters) with text above and
below it at the column's own leading is a line of that text (a byline's second line,
a post under it), not a headline that would open an article and take the story's text.
A heading stands nearer to the text it heads than to what it follows: a line with more
white over it than under it is one, however little (a head close under the brief before).
A column's first line has no text over it: when it stands level with the first line of
text in the column beside it (a story cut to two rows by the page's foot, its byline
on the left, the post ``Staff Writer`` opening the next column), it is that row's line,
as a heading, set off by white over it, is not.
"""

from __future__ import annotations

from ..typography import DECK_ALONE
from .blocks import Region, median, x_overlap

#: White over a heading beyond the page's leading, in its own line heights.
HEAD_WHITE = 0.4
#: White over a line of the text no more than under it, within this share of its height.
SAME_WHITE = 0.1


def set_solid(r: Region, text: list[Region], leading: float, body: float) -> bool:
    """``r``, one line, stands between two pieces of text of its column, the one above
    within the page's ``leading`` (the white between a column's lines) and a little
    more, the one below within a line and a half of ``body``, no farther from the one
    above than from the one below."""
    if len(r.lines) != 1:
        return False

    def space(o: Region, up: bool) -> float | None:
        gap = r.box.y - o.box.bottom if up else o.box.y - r.box.bottom
        reach = leading + HEAD_WHITE * r.box.h if up else 1.5 * body
        near = o is not r and -2 <= gap <= reach and x_overlap(r.box, o.box) > 0.5 * min(
            r.box.w, o.box.w)
        return gap if near else None

    over = [g for o in text if (g := space(o, True)) is not None]
    under = [g for o in text if (g := space(o, False)) is not None]
    if under and not over and any(_row_beside(r, o, body) for o in text):
        return True
    # (a heading stands nearer to what it heads than to what it follows)
    return bool(over and under) and min(over) <= min(under) + SAME_WHITE * r.box.h


#: Text beside a line, in its row, stands within this many of the body's line heights
#: of it: a gutter and the white a short line (a byline's) leaves, half a column.
ROW_REACH = 6


def _row_beside(r: Region, o: Region, body: float) -> bool:
    """``o``, text of two lines or more beside ``r`` (within ``ROW_REACH`` lines of
    ``body``), opens level with ``r``: its first line's top within a tenth of ``r``'s
    height of ``r``'s."""
    apart = max(o.box.x - r.box.right, r.box.x - o.box.right)
    return (o is not r and len(o.lines) >= 2 and 0 <= apart <= ROW_REACH * body
            and abs(o.lines[0].y - r.box.y) <= SAME_WHITE * r.box.h)


#: A "line" taller than this many times its block's type is lines run together (two
#: lines layout could not part on a heavy scan), no one line of type to measure.
RUN_TOGETHER = 1.5


def deck_type(r: Region, type_h: float) -> bool:
    """Every line of ``r`` set in a deck's type, ``DECK_ALONE`` of ``type_h`` (the body's)
    at least, not the block's median alone: a deck run together with its story's first
    line (a 47 px line over a 38 px one, the body's, over the page's foot rule) measures
    1.05 as a block and is no deck. A "line" taller than ``RUN_TOGETHER`` times the
    block's type (lines run together) tells nothing of its own."""
    return r.size >= DECK_ALONE * type_h and all(
        ln.h >= DECK_ALONE * type_h for ln in r.lines if ln.h <= RUN_TOGETHER * r.size)


def deck_set_off(deck: Region, text: Region, char_h: float, most: int) -> bool:
    """``deck``, ``most`` lines at most, a little larger than the body's type and than ``text``
    right under it (``DECK_ALONE`` of either), stands off from ``text`` by more white
    than the lines' own leading, by ``HEAD_WHITE`` of its line: the white a setter leaves
    between a deck and its story (``研究部署防汛抗旱和安全生产工作 邢 / 建国主持`` 37 px over
    its story's first line, the story's lines 12-14 px apart). A story's text keeps its
    leading down its column (a paragraph opens indented, not off by white), and its lines
    measure as the body; ``text`` of a single line leaves only the deck's own leading
    to weigh against."""
    if not 1 <= len(deck.lines) <= most or not deck_type(deck, max(char_h, text.size)):
        return False
    gaps = [n.y - p.bottom for r in (deck, text) for p, n in zip(r.lines, r.lines[1:],
                                                                   strict=False)]
    if not gaps:
        return False
    white = text.box.y - deck.box.bottom
    return white >= median(gaps) + HEAD_WHITE * median([ln.h for ln in deck.lines])
