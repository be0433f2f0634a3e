"""Where the reading of a character grid (``textgrid``) sets a blank line between two
leaves of its XY-cut: between blocks, not inside a column's run of text.

The XY-cut parts a column wherever a text row is white in it, but on a grid laid out
by ``pdftotext -layout`` a row white in one column is often only another column's line
set a little higher or lower: lines of neighbouring columns are rarely level, and each
takes a row of its own. These rules tell such rows from the white between items.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

import numpy as np

from ..model import Box
from ..script import is_cjk
from ..typography import ends_sentence
from .textmeasure import ENDS
from .textspan import ink_spans

#: Each text line is this many mask rows high, its ink two of them: lines apart by a
#: row of white, as printed lines are, and a blank line is a wide white band.
ROW = 3
#: Two lines of one column this near in width are lines of one measure (a column's
#: body lines), not a headline over its byline or deck.
SAME_MEASURE = 0.7
#: A column's line goes on past at most this many rows of other columns' lines: type a
#: size larger, or leading a third wider, than the column's beside it gives theirs two
#: to four rows of their own between two of its lines.
MAX_RUN_ON = 4
#: A headline's lines stand at least this many rows apart to go on past a gap: type two
#: sizes larger than the columns' beside it leaves three to eight of their rows between
#: two of its lines; closer than that, a two-line crosshead was joined and then read as a
#: new story's headline (``_opens_under``).
HEAD_LEADING = 3
#: A brief's headline lines and its lead stand this many rows apart at most (two rows
#: of white: ``_heads_next``).
_HEAD_GAP = 3
#: A paragraph's first line is indented by up to this many cells (an em or two).
INDENT = 5
#: A brief's lead under its headline is indented by up to this many cells: the grid's
#: cell is the narrowest type's, and a brief's em may be wider.
_LEAD_INDENT = 7
#: A column line broken because the column was full ends this near its right edge
#: (pdftotext closes up a justified line's word spaces to one cell).
RAGGED = 4
#: A column's line is this many cells at least (three or four words).
_MIN_LINE = 8


def parted(mask: np.ndarray, rows: list[list[str]], above: Box, below: Box,
           own_rows: bool = True) -> bool:
    """True when a blank line goes between leaf ``above`` and the leaf ``below`` read
    after it: neither goes on the other's text (``own_rows``: see ``_runs_on``)."""
    if brief_under(mask, rows, above, below) is not None:
        return True
    return not (_interleaved(mask, above, below) or _goes_on(rows, above, below)
                or own_rows and (_runs_on(mask, rows, above, below)
                                 or _opens_under(rows, above, below)))


def _opens_under(rows: list[list[str]], above: Box, below: Box) -> bool:
    """True when ``above``'s last line ends no sentence and ``below``, from its left edge
    or centred under it ``HEAD_LEADING`` rows down or more, opens in lower case: the
    sentence goes on there, whatever rows lie between (``… plan to`` / ``remove Mill
    Pond dam``, ``… taught generations`` / ``to swim …``). A headline's type is larger
    than the columns' beside it, so the extractor writes their lines, and blank rows,
    between two of its lines; an item's first line (a headline, a byline, a lead)
    opens in a capital. A Latin line's end only, as in ``_runs_on``."""
    last = (above.bottom - 1) // ROW
    if below.y // ROW - last < HEAD_LEADING or not (
            abs(below.x - above.x) <= 2 or abs(below.x + below.right - above.x - above.right) <= 3):
        return False
    words = column_text(rows, last, above).split()
    if len(words) < 2 or words[-1][-1] in ENDS or is_cjk(words[-1][-1]):
        return False
    return column_text(rows, below.y // ROW, below)[:1].islower()


class LeavesAfter(Sequence[Box]):
    """The leaves ``textgrid`` reads after one (``leaves[start:]``: the ``after`` of the
    rules here), not copied: a copy for each leaf made reading a grid of many leaves take
    time quadratic in them."""

    __slots__ = ("_leaves", "_start")

    def __init__(self, leaves: list[Box], start: int) -> None:
        self._leaves, self._start = leaves, start

    def __len__(self) -> int:
        return max(0, len(self._leaves) - self._start)

    def __iter__(self) -> Iterator[Box]:
        return map(self._leaves.__getitem__, range(self._start, len(self._leaves)))

    @overload
    def __getitem__(self, i: int) -> Box: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Box]: ...
    def __getitem__(self, i: int | slice) -> Box | Sequence[Box]:
        if isinstance(i, slice):
            return self._leaves[self._start :][i]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        return self._leaves[self._start + i if i >= 0 else i]


def brief_under(mask: np.ndarray, rows: list[list[str]], above: Box, below: Box,
                after: Sequence[Box] = ()) -> tuple[Box, ...] | None:
    """The leaves of ``after`` (read after ``below``) that a brief's headline opening
    ``below`` goes on into (``brief_at``), when ``above`` ends a sentence;
    None when no brief opens there: the next item stacked in the column (a brief under
    a brief). Rows that only other columns' lines fill between them are no evidence
    either way (``_interleaved`` would go on), but the white the extractor dropped is
    there in the type: a sentence ended, a short line, an indent."""
    last, first = (above.bottom - 1) // ROW, below.y // ROW
    if first <= last or column_text(rows, last, above)[-1:] not in ENDS:
        return None
    return brief_at(mask, rows, inked(mask, below), 0, after)


def inked(mask: np.ndarray, box: Box) -> list[tuple[int, Box]]:
    """The text rows of ``box`` with ink in it, each with the box."""
    return [(i, box) for i in range(box.y // ROW, (box.bottom + ROW - 1) // ROW)
            if mask[i * ROW, box.x : box.right].any()]


def heads_inside(mask: np.ndarray, rows: list[list[str]], lines: list[tuple[int, Box]],
                 k: int, after: Sequence[Box] = ()) -> tuple[Box, ...] | None:
    """``brief_at`` text row ``lines[k]`` of a leaf (its rows with ink, ``inked``) when
    the line above ends a sentence: a blank line goes before it. A brief under a brief
    in a narrow column: the white between them is under a row's height, so ``pdftotext
    -layout`` writes none (plain pdftotext writes a blank line there), and the brief's
    headline ran on as the last lines of the brief above."""
    if k < 1:
        return None
    above = column_text(rows, *lines[k - 1])
    if not above or is_cjk(above[-1]) or not ends_sentence(above):
        return None
    return brief_at(mask, rows, lines, k, after)


def brief_at(mask: np.ndarray, rows: list[list[str]], lines: list[tuple[int, Box]], k: int,
             after: Sequence[Box] = ()) -> tuple[Box, ...] | None:
    """The leaves of ``after`` that the headline of a brief opening at line ``lines[k]``
    (a text row and its leaf) goes on into, None when none opens there: a headline of
    one or two lines in a capital, ending no sentence, its last line short of the
    column's measure (``SAME_MEASURE``), over a lead that opens in a capital as an
    indented first line or a full one, and goes on below. A column's line after a
    sentence's end is a paragraph's first, full unless the paragraph is a line (and then
    it ends a sentence). A Chinese headline is one line over an indented first line
    only: no capital tells a lead, and a full line may break anywhere.

    The headline's lines and its lead go on into the leaves ``after`` that stand right
    under the leaf in its column (``_HEAD_GAP``): a headline's leading is wider than
    its column's, so the extractor may give each line a white row the page has not,
    which parts the leaves."""
    x = lines[k][1].x
    while len(lines) < k + 4:
        under = [leaf for leaf in after if -2 <= leaf.x - x <= _LEAD_INDENT
                 and 0 < leaf.y // ROW - lines[-1][0] <= _HEAD_GAP]
        if not under:
            break
        lines = lines + inked(mask, min(under, key=lambda leaf: leaf.y))
    text = [column_text(rows, i, box) for i, box in lines[k : k + 4]]
    cjk = is_cjk(text[0][:1])
    if len(text) < 3 or not (cjk or text[0][:1].isupper()):
        return None
    measure = max(len(column_text(rows, i, box)) for i, box in lines)
    starts = [box.x + int(np.flatnonzero(mask[i * ROW, box.x : box.right])[0])
              for i, box in lines]
    edge = min(starts)
    for n in (1,) if cjk else (1, 2):  # the headline's lines
        last, lead = text[n - 1], text[n]
        if last[-1:] in ENDS or n == 2 and lines[k + 1][0] - lines[k][0] > _HEAD_GAP:
            return None
        if len(last) >= SAME_MEASURE * measure or len(text) < n + 2:
            continue
        if not (cjk or lead[:1].isupper()) or n == 1 and not cjk and _apart(lines[k : k + 3]):
            continue
        at, full = starts[k + n], len(lead) >= SAME_MEASURE * measure
        if 2 <= at - edge <= _LEAD_INDENT or not cjk and at == edge and full:
            own = lines[k][1]
            return tuple(dict.fromkeys(box for _, box in lines[k + 1 : k + n] if box != own))
    return None


def _apart(lines: list[tuple[int, Box]]) -> bool:
    """Lines not all of one leaf: a one-line Latin headline's lead and the line under it
    are in its leaf (a crosshead's paragraph, parted from it by a white row the page
    does not have, is as often under it)."""
    return any(box != lines[0][1] for _, box in lines)


def _interleaved(mask: np.ndarray, above: Box, below: Box) -> bool:
    """True when ``below`` goes on from ``above`` in the same column past one or two
    text rows that only other columns' lines fill: lines of neighbouring columns are
    rarely level, so the extractor gives them rows of their own, which leave white
    rows in this column that the page does not have. Two lines of one measure (a
    column's body lines) are so whichever column fills the rows between them: the
    lines of a column two away alternate with theirs as well when its neighbour
    stands level with it. (An article that starts there is still told apart by its
    byline or dateline, as in any text.) A caption set over the tops of two columns
    is not: it runs past ``below``'s column over the next one, level with it."""
    if abs(below.x - above.x) > 2 or below.y <= above.y:
        return False
    first, last = (above.bottom - 1) // ROW + 1, below.y // ROW
    if not 1 <= last - first <= 2:
        return False
    if above.w * SAME_MEASURE > below.w and mask[
            below.y : below.bottom : ROW, below.right + 2 : above.right].any():
        return False
    reach = max(above.w, below.w)
    if min(above.w, below.w) >= SAME_MEASURE * reach:
        reach = mask.shape[1]  # two lines of one measure: any column's lines between them
    lo, hi = max(0, above.x - reach), min(mask.shape[1], max(above.right, below.right) + reach)
    gap = mask[first * ROW : last * ROW : ROW]
    return bool(gap[:, lo:hi].any(axis=1).all())


def _goes_on(rows: list[list[str]], above: Box, below: Box) -> bool:
    """True when ``below`` is the rest of ``above``'s last sentence: on the very next
    text row, from the same left edge, no wider, opening in a lowercase letter and
    ending the sentence. The XY-cut parts a caption row by row where its credit or a
    column's line beside it leaves no gutter; a new block (a byline, a headline)
    opens in a capital, and a headline's or deck's last word ends no sentence."""
    if abs(below.x - above.x) > 2 or below.w > above.w:
        return False
    if below.y // ROW != (above.bottom - 1) // ROW + 1:
        return False
    first, last = (column_text(rows, i // ROW, below) for i in (below.y, below.bottom - 1))
    return first[:1].islower() and last[-1:] in ENDS


def _runs_on(mask: np.ndarray, rows: list[list[str]], above: Box, below: Box) -> bool:
    """True when ``below`` goes on ``above``'s column past up to four rows that other
    columns' lines fill, and ``above``'s last line runs on: it ends no sentence and is
    a column's full line (to the column's right edge) or a paragraph's indented first
    line. Where a column's type is larger or its leading wider than its neighbour's,
    the extractor gives the neighbour's lines several rows of their own in a row, and
    a brief's headline stood over a one-line block and lost its text. A Latin line's
    end only: a Chinese column breaks its lines anywhere, and its headlines, decks and
    kickers, none ending a sentence, fill their own measure (the study pages lost as
    many items as they won there). Asked only of the extractor's own rows."""
    if not -2 <= above.x - below.x <= INDENT or below.y <= above.y:
        return False
    first, last = (above.bottom - 1) // ROW + 1, below.y // ROW
    if not 1 <= last - first <= MAX_RUN_ON:
        return False
    if not mask[first * ROW : last * ROW : ROW].any(axis=1).all():
        return False
    end = column_text(rows, first - 1, above)[-1:]
    if end in ENDS or is_cjk(end):
        return False
    ink = np.flatnonzero(mask[(first - 1) * ROW, above.x : above.right])
    x0, x1 = above.x + int(ink[0]), above.x + int(ink[-1]) + 1
    full = x1 >= below.right - RAGGED
    indented = 2 <= x0 - below.x <= INDENT and x1 - x0 >= 0.6 * below.w
    return full or indented


def runs_across(mask: np.ndarray, rows: list[list[str]], above: int, below: int) -> bool:
    """True when a column's line on text row ``above`` goes on on row ``below``, past
    the row between that is blank right across the page: both lines of one measure
    (the same left and right edges) and the upper ending no sentence. pdftotext writes
    a blank line where the baselines of all columns leave a gap, which a column whose
    lines stand between its neighbours' rows does not have: cut across there, its
    sentence was read on after whatever the next band holds (a headline set over the
    columns beside it, a caption). ``below`` may stand a row lower than the row under
    the blank one when the column is white on that row: a headline in larger type
    under the blank line (or a column of wider leading) takes a row of its own, and
    the column's next line comes after it."""
    lower = ink_spans(mask[below * ROW])
    for a, z in ink_spans(mask[above * ROW]):
        if z - a < _MIN_LINE:
            continue
        for b, y in lower:
            if abs(b - a) <= 2 and abs(y - z) <= RAGGED and not mask[
                    (above + 2) * ROW : below * ROW : ROW, min(a, b) : max(z, y)].any():
                end = "".join(rows[above][a:z]).strip()[-1:]
                if end and end not in ENDS:
                    return True
    return False


def column_text(rows: list[list[str]], i: int, box: Box) -> str:
    """Text line ``i``'s characters within ``box``'s cells (a column's line), blank past
    the page's last line: a column is read across its own width only."""
    return "".join(rows[i][box.x : box.right]).strip() if i < len(rows) else ""
