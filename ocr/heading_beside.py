"""Heading matter set beside a photo's top, under the headline over both.

A headline two columns wide may stand over a photo in its first column and its story's
deck (or byline) in the second, the deck's first line level with the photo's top. Read
by position, the photo comes between the headline and its deck, and the heading stack is
parted: the headline is left over and the deck heads the story (held-out S3 s835, once
the photo's pale top was found with it: ``layout.picture_edges.grown``). The heading
matter beside the photo is read before it, as the stack it belongs to.

The same parting happens the other way about: a headline in a column beside a photo
(the photo in the columns to its right, level with it), its deck set right under it in
its own column below the photo's foot. Read by position the photo (its top higher than
the deck's) comes between them (held-out S6 s862: ``东屿港集装箱 / 吞吐量首破千 /
万标箱``, the photo, then ``新开通外贸航线9条…``), and the deck opened a story of its own.
A heading block right under the heading read before the photo, in its column (nothing
taller than a line between them), is read before the photo too (``_under_beside``).

A stack may also be read into the stack beside it: a story's kicker and headline in the
columns right of the lead's headline, level with it, are read right after the lead's
stack, and its deck or byline (right under it) only once the order reaches its columns
(held-out S5 s854 ``出行`` / ``轮渡还开吗？开，但时间变了``, s855 ``BEST IN SHOW`` /
``Champion!``): the two stacks made one group, the lead's, and the story's text was
left headless. The stack beside is read with what stands right under it
(``stacks_beside_later``).

And a speck boxed as a short rule between two heading blocks of one column parts
nothing: a rule that ends a story spans its column (held-out S6 s871: ``PORT NEWS`` /
``Cement carrier runs`` / a 123 px "rule" / ``aground on the Skerry Bank as tide turns``,
the first two left a group of their own, headless; s863 ``雾中追尾谁之过？`` read in
pieces). It is left out of the walk (``specks_in_stacks``). So are the pieces a heavy
scan makes of a bold Chinese heading line, its glyphs boxed as small illustrations and
its strokes as short rules, read between the stack's lines (fresh draws: the deck under
them opened the story, the headline left with no text).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import HEADING_KINDS, HEADLINE, KICKER, Block, BlockKind, Box

_CAPTIONS = frozenset({BlockKind.CAPTION, BlockKind.CREDIT})


def decks_before_photos(ordered: Sequence[Block]) -> list[Block]:
    """``ordered`` with each photo (and its caption and credit read right after it) read
    right after a heading block moved after the heading blocks beside its top
    (``_beside_top``), when that heading spans both."""
    out = list(ordered)
    for i in range(1, len(out) - 1):
        photo, over = out[i], out[i - 1]
        if (photo.kind is not BlockKind.ILLUSTRATION or over.kind not in HEADING_KINDS
                or photo.box is None or over.box is None):
            continue
        j = i + 1
        while j < len(out) and out[j].kind in _CAPTIONS:
            j += 1
        k = j
        while (k < len(out) and out[k].kind in HEADING_KINDS
               and (_beside_top(out[k].box, photo.box, over.box)
                    or _under_beside(out[k], photo.box, out[k - 1] if k > j else over))):
            k += 1
        if k > j:
            out[i:k] = [*out[j:k], *out[i:j]]
    return out


def _beside_top(box: Box | None, photo: Box, over: Box) -> bool:
    """``box`` stands beside ``photo`` (no column in common), its top within half its
    height of the photo's top, both under the heading ``over`` (it spans them)."""
    return (box is not None and _apart(box, photo)
            and abs(box.y - photo.y) < 0.5 * box.h
            and over.x <= min(box.x, photo.x) + 0.5 * box.h
            and over.right >= max(box.right, photo.right) - 0.5 * box.h
            and over.bottom <= min(box.y, photo.y))


def _under_beside(block: Block, photo: Box, over: Block) -> bool:
    """``block`` is set right under the heading ``over`` in its column (their columns
    overlap by most of the narrower one; the white between them under a line of
    ``block``'s type) and ``photo`` is level with ``over``: nothing taller than a line
    stands between the two, so the photo does not part them, wherever it stands (beside
    the column, S6 s862; or a heavy scan's speck boxed as a photo inside the deck, S5
    s854: ``渔船沉没后船员登上救 / 生筏，救助直升机次日`` / speck / ``下午找到他们``)."""
    box, above = block.box, over.box
    if box is None or above is None or over.kind not in HEADING_KINDS:
        return False
    return (_set_under(box, above, box.h / max(1, len(block.lines)), 1)
            and photo.y < above.bottom and photo.bottom > above.y)


def stacks_beside_later(ordered: Sequence[Block]) -> list[Block]:
    """``ordered`` with each stack read right after another's and set beside it moved to
    right before the block that stands right under it in its columns (its deck, byline or
    text), where one is read later. The stack beside opens on a kicker (a kicker tops its
    own stack, never stands beside its headline) clear of the columns of the stack read
    before it, which holds a headline, its top above that stack's foot: level with it, as
    no part of that stack stands (a kicker wholly above, clear of its columns, already
    opens a group of its own, ``headlines.new_stack``, but is given by its place too)."""
    out = list(ordered)
    i = 1
    while i < len(out):
        kicker = out[i]
        stack = _stack_before(out, i)
        foot = max((b.box.bottom for b in stack if b.box is not None), default=None)
        if (kicker.kind is not KICKER or kicker.box is None or foot is None
                or not any(b.kind is HEADLINE for b in stack)
                or kicker.box.y >= foot
                or not all(b.box is not None and _apart(kicker.box, b.box) for b in stack)):
            i += 1
            continue
        end = i + 1  # the stack beside: the heading blocks after the kicker in its columns
        while (end < len(out) and out[end].kind in HEADING_KINDS
               and (box := out[end].box) is not None and not _apart(box, kicker.box)
               and all(b.box is not None and _apart(box, b.box) for b in stack)):
            end += 1
        under = next((k for k in range(end, len(out))
                      if _right_under(out[k], out[end - 1])), None)
        if under is None or under == end:
            i += 1
            continue
        out[i:under] = [*out[end:under], *out[i:end]]
        i = under
    return out


def _stack_before(out: Sequence[Block], i: int) -> list[Block]:
    """The heading blocks read right before position ``i``."""
    j = i
    while j > 0 and out[j - 1].kind in HEADING_KINDS:
        j -= 1
    return list(out[j:i])


def _apart(box: Box, other: Box) -> bool:
    """No column in common."""
    return box.right <= other.x or box.x >= other.right


def _right_under(block: Block, over: Block) -> bool:
    """``block`` stands right under ``over`` in its columns (they overlap by half the
    narrower; the white between them under two of ``over``'s lines)."""
    box, above = block.box, over.box
    return (box is not None and above is not None
            and _set_under(box, above, above.h / max(1, len(over.lines)), 2))


def _set_under(box: Box, above: Box, line: float, lines: int) -> bool:
    """``box`` is set right under ``above`` in its column: their columns overlap by half
    the narrower or more, and the white between them is under ``lines`` lines of ``line``
    pixels (a quarter line of overlap allowed, as heavy scans' boxes do)."""
    shared = min(box.right, above.right) - max(box.x, above.x)
    return (shared >= 0.5 * min(box.w, above.w)
            and -0.25 * line <= box.y - above.bottom < lines * line)


#: A rule shorter than this share of the narrower heading block it stands between parts
#: no stack: one that ends a story spans the column (the narrower heading, a column's
#: width or more, is at least a column's deck or headline line), so it measures the
#: narrower block or more, less what a heavy scan breaks off its ends. Specks and
#: glyph feet boxed as rules measure up to about half of it (S6 s871: 123 px; fresh
#: draws: 187 px under ``BEST IN SHOW`` over ``Champion!``'s 358, 0.52; the feet of
#: ``门口增收`` run together, 193 px of 378, 0.51).
STACK_SPECK_SHARE = 2 / 3


def specks_in_stacks(ordered: Sequence[Block]) -> list[Block]:
    """``ordered`` without the pieces read between two heading blocks of one stack that
    are specks or a line's broken glyphs, not rules or photos (``_pieces_between``)."""
    out: list[Block] = []
    i = 0
    while i < len(ordered):
        end = i
        while end < len(ordered) and ordered[end].kind in _PIECES:
            end += 1
        if end > i and out and end < len(ordered) and _pieces_between(
                ordered[i:end], out[-1], ordered[end]):
            i = end
            continue
        out.append(ordered[i])
        i += 1
    return out


#: What a heavy scan boxes of a bold heading's broken strokes: a stroke or a glyph's
#: feet as a rule, a glyph or two run together as an illustration.
_PIECES = frozenset({BlockKind.RULE, BlockKind.ILLUSTRATION})

#: An illustration up to this many of the heading's lines high is a glyph boxed as a
#: picture, not a photo (a photo in a stack is several lines high); up to
#: ``GLYPH_RUN_LINES`` wide (two or three glyphs run together).
GLYPH_LINES = 1.25
GLYPH_RUN_LINES = 3.0
#: Two heading blocks level with each other and under this many of their lines apart
#: across are one line read in pieces (the gap a glyph run or two left), not two heads.
ROW_GAP_LINES = 3.0


def _pieces_between(run: Sequence[Block], over: Block, under: Block) -> bool:
    """``run`` (rules and illustrations read in a row) stands between heading blocks
    ``over`` and ``under`` of one stack as specks or a heading line's broken glyphs.

    Rules with no glyph among them (a lone rule, or several read in a row) are specks
    when each is shorter than ``STACK_SPECK_SHARE`` of the narrower block and within the
    two blocks' columns (one that ends a story spans the column).

    A heavy scan breaks a bold Chinese heading line into pieces (heavy fresh draws:
    ``十件民生实事全``'s third line boxed as three illustrations of 47–57 px under its
    86 px type and four short rules; ``一餐十二元吃得饱`` as two
    illustrations and two rules beside what was read of it), and the deck under them
    opened a story of its own, the headline's left over it with no text: there an
    illustration of a glyph's size stands in the run, and a rule is a stroke when shorter
    than the share of the wider block (the narrower may be a glyph or two read apart),
    within a line of the stack, as the glyphs are."""
    a, b = over.box, under.box
    if (a is None or b is None or over.kind not in HEADING_KINDS
            or under.kind not in HEADING_KINDS):
        return False
    line = max(a.h / max(1, len(over.lines)), b.h / max(1, len(under.lines)))
    glyphs = [p.box for p in run if p.kind is BlockKind.ILLUSTRATION]
    if glyphs and not all(_glyph_in(g, a, b, line) for g in glyphs):
        return False
    if not (_one_column(a, b) or glyphs and _one_row(a, b, line)):
        return False
    measure, margin = (max(a.w, b.w), line) if glyphs else (min(a.w, b.w), 0.0)
    return all(
        rule is not None and rule.w < STACK_SPECK_SHARE * measure
        and min(a.x, b.x) - margin <= rule.x
        and (rule.x if glyphs else rule.right) <= max(a.right, b.right) + margin
        and a.y <= rule.y and rule.bottom <= b.bottom
        for rule in (p.box for p in run if p.kind is BlockKind.RULE))


def _glyph_in(piece: Box | None, a: Box, b: Box, line: float) -> bool:
    """``piece`` is no larger than a glyph of ``line`` px type and starts within the
    stack of ``a`` over ``b``, a line around (the glyphs broken off a line's end run on
    past the block read of the line's rest)."""
    return (piece is not None
            and piece.h <= GLYPH_LINES * line and piece.w <= GLYPH_RUN_LINES * line
            and min(a.x, b.x) - line <= piece.x <= max(a.right, b.right) + line
            and min(a.y, b.y) - line <= piece.y and piece.bottom <= max(a.bottom, b.bottom))


def _one_column(a: Box, b: Box) -> bool:
    """``a`` and ``b`` share their columns by half the narrower or more."""
    return min(a.right, b.right) - max(a.x, b.x) >= 0.5 * min(a.w, b.w)


def _one_row(a: Box, b: Box, line: float) -> bool:
    """``a`` and ``b`` are pieces of one line of ``line`` px type read apart: level (their
    heights overlap, or all but touch), under ``ROW_GAP_LINES`` apart across."""
    level = max(a.y, b.y) - min(a.bottom, b.bottom) < 0.25 * line
    return level and max(a.x, b.x) - min(a.right, b.right) < ROW_GAP_LINES * line
