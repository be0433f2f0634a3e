"""Rejoining what the XY-cut split: pieces of one block, then fragments inside a column.

The cut splits a column wherever lines happen to leave a white band, a ragged
headline wherever its short lines leave a white column, and narrow justified
columns at rivers of white. Recognising a whole block at once is faster and
keeps the indents that mark paragraphs, so pieces of one measure, size and
weight are joined again; pieces just under a picture (captions, credits) stay
apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice

from ..model import BlockKind, Box
from ..typography import (
    BOLD_RATIO,
    CAPTION_RATIO,
    DECK_RATIO,
    DECK_STEP,
    HEADLINE_RATIO,
    SEMIBOLD_RATIO,
    STORY_WHITE,
)
from .blocks import Region, median, x_overlap
from .set_solid import deck_set_off
from .slant import ITALIC, joined_slant


def _caption_like(r: Region, pictures: list[Box], char_h: float, line_h: float) -> bool:
    """Right under a picture, or a little below it in type smaller than the body's."""
    for p in pictures:
        if x_overlap(r.box, p) <= 0.5 * min(r.box.w, p.w):
            continue
        gap = r.box.y - p.bottom
        if 0 <= gap <= 1.5 * line_h or (
            0 <= gap <= 4 * line_h and r.size <= CAPTION_RATIO * char_h
        ):
            return True
    return False


def join_regions(a: Region, b: Region, kind: BlockKind) -> Region:
    """Two pieces as one region; size, weight and slant averaged over their lines."""
    n = len(a.lines) + len(b.lines)
    return Region(
        kind=kind,
        box=a.box.union(b.box),
        lines=_merge_lines(a.lines, b.lines),
        size=(a.size * len(a.lines) + b.size * len(b.lines)) / n,
        weight=(a.weight * len(a.lines) + b.weight * len(b.lines)) / n,
        slant=joined_slant([(a.slant, len(a.lines)), (b.slant, len(b.lines))]),
    )


def _slant_apart(a: Region, b: Region) -> bool:
    """An italic piece (a deck) is no piece of the upright text it touches (a piece too
    short to measure, slant 0, may join either)."""
    return a.slant > 0 and b.slant > 0 and (a.slant >= ITALIC) != (b.slant >= ITALIC)


def _heads(a: Region, b: Region) -> bool:
    """``a``, a line or three over ``b``, is set in a semi-bold face over its regular
    text: a brief's head or a deck in the body's size, not its first lines."""
    return (len(a.lines) <= HEAD_LINES and a.box.bottom <= b.box.y + 2 and b.weight > 0
            and a.weight >= SEMIBOLD_RATIO * b.weight)


#: Lines a head or deck in the body's size runs to.
HEAD_LINES = 3


def _deck_over(a: Region, b: Region, others: Iterable[Region], char_h: float,
               line_h: float) -> bool:
    """``a``, a line or three right under a piece of headline type, is set a size up
    from the running text under it (more lines than a deck) and from the page's body
    type (``DECK_STEP``): the headline's deck, not that text's first lines
    (``首批八家社区食堂运营满月，日均就餐 / 超过三千人次`` over the story's column). A
    deck's own short last line in small letters (``new crews are hired``) measures
    smaller than its first lines: it is no running text. Set off from that text by
    white (``set_solid.deck_set_off``), a deck is told a little larger than it, and that
    text may be a line alone: the story's first line, indented, cut from its column at
    the indent (``石桥村发展乡村旅游，去年接待游客十二 / 万人次`` over it); joined to the
    deck first, it carried the deck into the column."""
    return (len(a.lines) <= HEAD_LINES and a.box.bottom <= b.box.y + 2
            and ((a.size >= DECK_STEP * max(b.size, char_h) and HEAD_LINES < len(b.lines))
                 or deck_set_off(a, b, char_h, HEAD_LINES)) and any(
                o.size >= HEADLINE_RATIO * char_h and -2 <= a.box.y - o.box.bottom <= 1.5 * line_h
                and x_overlap(a.box, o.box) > 0.5 * min(a.box.w, o.box.w) for o in others))


def _head_under(a: Region, b: Region) -> bool:
    """``b``, a line or three under ``a``, is set semi-bold and off from it by more white
    than ``a``'s line spacing (by 0.4 of a line more): the next brief's head under the one
    before (``Blood drive at fire station``), not ``a``'s last lines. A column's short
    last line measures bold on its few strokes, but stands at the column's leading."""
    if (len(a.lines) < 2 or len(b.lines) > HEAD_LINES or a.weight <= 0
            or b.weight < SEMIBOLD_RATIO * a.weight or b.box.y < a.box.bottom - 2):
        return False
    # line to line, top to top: a line without descenders measures a wider gap under it
    pitch = [n.y - p.y for p, n in zip(a.lines, a.lines[1:], strict=False)]
    return b.box.y - a.lines[-1].y >= max(pitch) + 0.4 * median([ln.h for ln in a.lines])


def story_gap(a: Region, b: Region, char_h: float) -> bool:
    """``b`` stands under ``a`` in one column of body type (under ``DECK_RATIO``: a deck's
    or headline's lines are set apart), off by more white than their lines' leading:
    most of a line more (``STORY_WHITE``), foot to foot, than the wider line pitch of the
    two. Running text keeps its leading down a column, or parts its paragraphs by less
    (half a line at most, as papers that set paragraphs apart do); more white is where
    one story's text ends and another's begins (its headline set over the columns left
    of it: S2 s815, S3 s827 part at 0.83-1.24 of a line). Pieces of a few lines (a deck,
    a byline) are left to the rules of heading matter."""
    if (min(len(a.lines), len(b.lines)) <= HEAD_LINES or b.box.y < a.box.bottom - 2
            or max(a.size, b.size) >= DECK_RATIO * char_h):
        return False
    pitch = max(median([n.y - p.y for p, n in zip(x.lines, x.lines[1:], strict=False)])
                for x in (a, b))
    high = median([ln.h for ln in (*a.lines, *b.lines)])
    over, under = _set_lines(a, high), _set_lines(b, high)
    return (bool(over and under)
            and under[0].bottom - over[-1].bottom >= pitch + STORY_WHITE * high)


def _set_lines(r: Region, high: float) -> list[Box]:
    """``r``'s lines less specks: a mark under half a line high and wide is a line only
    flush with the column's left edge (a full stop wrapped alone, ``。``), grain elsewhere.
    Its foot, not its top, stands where a line's does."""
    return [ln for ln in r.lines
            if ln.h >= 0.5 * high or ln.w >= 0.5 * high or ln.x - r.box.x <= 0.5 * high]


def _bolder(a: Region, b: Region) -> bool:
    """One piece set in clearly heavier type than the other (bold over regular)."""
    lo, hi = sorted((a.weight, b.weight))
    return lo > 0 and hi >= BOLD_RATIO * lo


def merge_pieces(regions: list[Region], char_h: float, breaks: Sequence[Box] = ()
                 ) -> list[Region]:
    """Join the pieces of one block that the XY-cut split apart.

    The cut splits a column wherever lines happen to leave a white band and a
    ragged headline wherever short lines leave a white column; recognising a
    whole column piece at once is faster and keeps the indents that mark
    paragraphs. Pieces just under a picture (caption, credit) stay apart.
    """
    pictures = [r.box for r in regions if r.kind == BlockKind.ILLUSTRATION]
    other = [r for r in regions if not r.lines] + [Region(BlockKind.RULE, b) for b in breaks]
    text = sorted((r for r in regions if r.lines), key=lambda r: (r.box.y, r.box.x))
    line_h = median([ln.h for r in text for ln in r.lines]) or 2 * char_h

    keep_apart = {id(r) for r in text if _caption_like(r, pictures, char_h, line_h)}

    def rest(*skip: int) -> Iterator[Region]:
        """What else stands on the page: ``other`` and ``done`` less the pieces at
        ``skip``. Walked only for the pairs that pass the measures above it (a list of the
        rest copied for every pair tried was most of a heavy page's merging)."""
        yield from other
        yield from (o for k, o in enumerate(done) if k not in skip)

    def join(d: Region, r: Region, *skip: int) -> Region | None:
        """``d`` and ``r`` (``done``'s pieces at ``skip``, if any) as one region, or
        ``None`` when they are not one block."""
        if id(r) in keep_apart or id(d) in keep_apart:
            return None
        ratio = r.size / max(d.size, 1.0)
        # A short word of big type measures its size poorly: allow more side by side.
        # Body pieces differ by little, unless one is a line of x-height letters only.
        if min(r.size, d.size) >= DECK_RATIO * char_h:
            limit = 1.45
        elif max(r.size, d.size) <= 1.1 * char_h:
            limit = 1.5
        else:
            limit = 1.12  # body pieces of one column measure within a few per cent
        if not 1 / limit <= ratio <= limit or not _same_block(d, r, char_h, line_h):
            return None
        if _bolder(d, r) or _slant_apart(d, r) or _heads(d, r) or _head_under(d, r) or (
                _deck_over(d, r, rest(*skip), char_h, line_h)):
            return None
        band = _between(d.box, r.box)
        if any(_overlaps(band, o.box) for o in rest(*skip)):
            return None
        return join_regions(d, r, d.kind)

    done: list[Region] = []
    for r in text:
        for i in range(len(done) - 1, -1, -1):
            if (m := join(done[i], r, i)) is not None:
                done[i] = m
                break
        else:
            done.append(r)
    # One pass in reading order can leave two halves that only meet once both have
    # grown (a headline's first and last words); join those until nothing changes.
    changed = True
    while changed:
        changed = False
        done.sort(key=lambda r: (r.box.y, r.box.x))
        for i in range(len(done)):
            for j in range(i + 1, len(done)):
                if done[j].box.y - done[i].box.bottom > 3 * line_h:
                    break
                if (m := join(done[i], done[j], i, j)) is not None:
                    done[i] = m
                    del done[j]
                    changed = True
                    break
            if changed:
                break
    return other[: len(other) - len(breaks)] + done


#: A line on top of a column that is this much wider than the column crosses the gutter
#: beside it: a deck set over two columns, not the column's first line (the pieces of
#: one measure are within 0.75 of each other's width: the same bound). So does a line
#: under a column of two lines or more: a jump line set flush right that runs on left
#: across the gutter (``MARATHON continues on Page A6``, S4 s846), not the column's
#: last line; joined, the block's box held the column beside it, read across both.
OVERHANG = 4 / 3


def _same_block(d: Region, r: Region, char_h: float, line_h: float) -> bool:
    """Stacked in one measure with line spacing, or side by side on one line of big type."""
    v_overlap = min(d.box.bottom, r.box.bottom) - max(d.box.y, r.box.y)
    one_line_up = (len(d.lines) == len(r.lines) == 1
                   and min(d.size, r.size) >= DECK_STEP * char_h)  # a deck cut at a gutter
    if v_overlap >= 0.6 * min(d.box.h, r.box.h) and (d.size >= DECK_RATIO * char_h or one_line_up):
        gap = max(d.box.x, r.box.x) - min(d.box.right, r.box.right)
        return gap <= 1.0 * d.size
    if v_overlap > 0 and max(d.size, r.size) < DECK_RATIO * char_h and _river(d, r):
        return True  # (body type: big type side by side is asked above)
    gap = r.box.y - d.box.bottom
    own = max(median([ln.h for ln in d.lines]), median([ln.h for ln in r.lines]))
    if gap < -2 or gap > 1.2 * max(own, line_h) or story_gap(d, r, char_h):
        return False
    overlap = x_overlap(d.box, r.box)
    tol = 2.5 * char_h
    return (
        overlap >= 0.8 * min(d.box.w, r.box.w)
        and abs(d.box.x - r.box.x) <= tol + 4 * d.size
        and (
            (len(d.lines) == 1 and d.box.w <= OVERHANG * r.box.w)
            or (len(r.lines) == 1 and (len(d.lines) == 1 or r.box.w <= OVERHANG * d.box.w))
            or min(d.box.w, r.box.w) >= 0.75 * max(d.box.w, r.box.w)
        )
    ) or (d.size >= DECK_RATIO * char_h and overlap > 0)


#: White between two pieces of the same lines that is a river of word spaces, not a
#: gutter: at most this share of the type's size (gutters are wider than the type); and
#: the piece the river cut off is a word or two, at most this share of the other's width
#: (two columns a gutter parts are of one measure).
RIVER, RIVER_PIECE = 0.8, 0.3


def _river(a: Region, b: Region) -> bool:
    """``a`` and ``b`` side by side are the same lines parted at a river of word spaces
    (``…blood drive at the`` / ``Central``): white narrower than a gutter between them,
    one of them a word or two wide, and each line of the piece with fewer level with one
    of the other's."""
    left, right = sorted((a, b), key=lambda r: r.box.x)
    if not 0 <= right.box.x - left.box.right <= RIVER * min(a.size, b.size):
        return False
    if min(a.box.w, b.box.w) > RIVER_PIECE * max(a.box.w, b.box.w):
        return False
    few, more = sorted((a, b), key=lambda r: len(r.lines))
    return all(any(min(p.bottom, q.bottom) - max(p.y, q.y) >= 0.6 * min(p.h, q.h)
                   for q in more.lines) for p in few.lines)


def _between(a: Box, b: Box) -> Box:
    """The band between two boxes (stacked or side by side)."""
    x0, x1 = min(a.x, b.x), max(a.right, b.right)
    y0, y1 = min(a.bottom, b.bottom), max(a.y, b.y)
    if y1 > y0:
        return Box(x0, y0, x1 - x0, y1 - y0)
    x0, x1 = min(a.right, b.right), max(a.x, b.x)
    y0, y1 = min(a.y, b.y), max(a.bottom, b.bottom)
    return Box(x0, y0, max(0, x1 - x0), y1 - y0)


def _merge_lines(a: tuple[Box, ...], b: tuple[Box, ...]) -> tuple[Box, ...]:
    """Lines of two pieces; pieces of one line side by side become one line."""
    out = sorted(a + b, key=lambda ln: (ln.y, ln.x))
    joined: list[Box] = []
    for ln in out:
        if joined and min(joined[-1].bottom, ln.bottom) - max(joined[-1].y, ln.y) >= 0.6 * min(
            joined[-1].h, ln.h
        ):
            joined[-1] = joined[-1].union(ln)
        else:
            joined.append(ln)
    return tuple(joined)


def _overlaps(a: Box, b: Box) -> bool:
    return a.h > 0 and a.intersection(b) is not None


def merge_in_columns(
    regions: list[Region], columns: list[Box], char_h: float, line_h: float,
    breaks: Sequence[Box] = (),
) -> list[Region]:
    """Second pass, once the columns are known: rejoin fragments inside one column.

    Justified narrow columns leave rivers of white that the XY-cut takes for
    gutters over a few lines; inside a known column no white is a gutter, so body
    pieces and small fragments stacked or side by side there become one block.
    Captions under pictures and pieces with anything between them stay apart.
    """
    pictures = [r.box for r in regions if r.kind == BlockKind.ILLUSTRATION]
    tol = 1.5 * char_h

    found: dict[tuple[int, int], int | None] = {}  # (asked for every piece at every pass)

    def column(b: Box) -> int | None:
        if (key := (b.x, b.right)) not in found:
            found[key] = next((i for i, c in enumerate(columns)
                               if b.x >= c.x - tol and b.right <= c.right + tol), None)
        return found[key]

    def candidate(r: Region) -> bool:
        col = column(r.box)
        if col is None or not r.lines:
            return False
        if _caption_like(r, pictures, char_h, line_h):
            return False
        fragment = r.box.w < 0.6 * columns[col].w and r.kind != BlockKind.KICKER
        return r.kind == BlockKind.BODY or fragment

    pool = [r for r in regions if candidate(r)]
    rest = [r for r in regions if not candidate(r)]
    apart = [Region(BlockKind.RULE, b) for b in breaks]  # (white no piece is joined across)
    pool = _join_overlapping(pool, rest, column)
    changed = True
    while changed:
        changed = False
        pool.sort(key=lambda r: (column(r.box) or 0, r.box.y, r.box.x))
        for i in range(len(pool) - 1):
            a, b = pool[i], pool[i + 1]
            if column(a.box) != column(b.box) or b.box.y - a.box.bottom > 1.5 * line_h:
                continue
            lo, hi = sorted((a.size, b.size))
            if ((hi > 1.18 * lo and hi > 1.1 * char_h) or _bolder(a, b) or _head_under(a, b)
                    or (a.kind == BlockKind.HEADLINE and _heads(a, b))):
                continue  # a larger or bolder line over body type: a headline, not a fragment
            if story_gap(a, b, char_h):
                continue
            band = _between(a.box, b.box)
            if band.h > 0 and any(_overlaps(band, o.box) for o in chain(
                    rest, islice(pool, i), islice(pool, i + 2, None), apart)):
                continue
            pool[i : i + 2] = [join_regions(a, b, BlockKind.BODY)]
            changed = True
            break
    return rest + pool


def _join_overlapping(pool: list[Region], rest: list[Region],
                      column: Callable[[Box], int | None]) -> list[Region]:
    """``pool`` with the body pieces of one column that are one set of lines joined: the
    cut parted lines at a river of word spaces (``A group    of`` / ``volunteers    now``)
    and left pieces that reach into each other's box (``_one_set_of_lines``). A sweep
    down each column: a piece is compared with those that start above its foot."""
    by_column: dict[int | None, list[Region]] = {}
    for r in pool:
        by_column.setdefault(column(r.box), []).append(r)
    out: list[Region] = []
    for col, pieces in by_column.items():
        joined = col is not None
        while joined:
            joined = False
            pieces.sort(key=lambda r: r.box.y)
            for i, a in enumerate(pieces):
                for j in range(i + 1, len(pieces)):
                    b = pieces[j]
                    if b.box.y >= a.box.bottom:
                        break
                    if _one_set_of_lines(a, b, rest):
                        pieces[i] = join_regions(a, b, BlockKind.BODY)
                        del pieces[j]
                        joined = True
                        break
                if joined:
                    break
        out += pieces
    return out


def _one_set_of_lines(a: Region, b: Region, rest: list[Region]) -> bool:
    """Two body pieces whose boxes overlap and whose lines, where both have lines, are
    level: pieces of the same lines. Their sizes are compared only when both hold more
    than two lines (a fragment of a few letters, ``of`` / ``now``, measures its type
    1.2x small); a bolder one is a heading; nothing else may stand where they would
    join (a picture, a rule, a caption or pull quote set beside an inset)."""
    if a.kind != BlockKind.BODY or b.kind != BlockKind.BODY or _bolder(a, b):
        return False
    if a.box.intersection(b.box) is None:
        return False
    few, more = sorted((a, b), key=lambda r: len(r.lines))
    lo, hi = sorted((a.size, b.size))
    if len(few.lines) > 2 and hi > 1.18 * lo:
        return False
    span = more.box
    for p in few.lines:
        if p.bottom <= span.y or p.y >= span.bottom:
            continue  # above or below the other piece: nothing to be level with
        if not any(min(p.bottom, q.bottom) - max(p.y, q.y) >= 0.6 * min(p.h, q.h)
                   for q in more.lines):
            return False
    union = a.box.union(b.box)
    return not any(o.box.intersection(union) is not None for o in rest)
