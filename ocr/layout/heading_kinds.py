"""Headings told by type and place: headlines, kickers, decks, and a box's title.

The rules of ``kinds.assign_kinds`` that decide a block is a heading of some kind, each
a plain function over one block and the page's measures (``type_page.TypePage``):

- a headline in type hardly larger than the body's: bold (``bold_head``), semi-bold over
  a brief (``semibold_head``), or a little larger than the text right under it
  (``little_larger_head``);
- a kicker over a headline (``kicker_line``, ``kicker_over``, ``bold_label``);
- a deck (subheadline) under a headline: a size up from its text or over its photo
  (``deck_over_story``), or in the body's size across the columns or in another face
  than the body's (``deck_in_face``);
- a box's title between two rules (``boxed_title``): a label, no story's heading.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import BlockKind, Box
from ..typography import (
    BOLD_RATIO,
    BOX_TITLE_RULE_OVER,
    BOX_TITLE_RULE_UNDER,
    CAPTION_RATIO,
    DECK_RATIO,
    DECK_STEP,
    HEADLINE_RATIO,
    SEMIBOLD_RATIO,
)
from .blocks import Region, x_overlap
from .deck_run import deck_ends_over, deck_held
from .grain import type_lines
from .set_solid import deck_set_off, deck_type, set_solid
from .slant import ITALIC
from .type_page import TypePage, stacked

#: A deck runs to three lines at most, two over the columns (three lines or more across
#: them is a story's own text, or an issue's contents under its title); one set no
#: larger than the body is told by another face than the body's (strokes at most the
#: first share of its width, an italic, or at least the second, a semi-bold sans; a
#: body's lines vary by 5%), in type the third share of its size at least.
DECK_LINES, LIGHT_RATIO, HEAVY_RATIO, DECK_SMALL = 3, 0.8, 1.2, 0.7
#: A semi-bold head over a brief is set at least this much larger than the body; or in
#: the body's size, one line at most this share of the width of the text under it
#: (``中山路部分路段施工`` over an eleven-character measure: 0.83).
SEMIBOLD_SIZE, SHORT_HEAD = 1.05, 0.9
#: A kicker's type is at most this share of its headline's when it is the wider of the
#: two (a headline of two large characters; a kicker over a headline is half its size
#: or less, a story's text a size or two under it).
KICKER_SMALL = 0.6
#: Lines of running text under a deck over the columns: a line or two side by side under
#: a brief's one line set across the columns are the next stories' kickers or heads.
RUNNING_LINES = 3


def deck_sized(page: TypePage) -> tuple[list[Region], set[int]]:
    """Deck-sized type that is neither a kicker nor a subheadline: a smaller headline (a
    body-sized line can be a kicker above it too), less the lines set solid in the
    running text (``layout.set_solid``), whose ids come second."""
    decks = [
        r
        for r in page.text
        if id(r) not in page.big
        and r.size >= DECK_RATIO * page.char_h
        and not page.below(r, page.heads, 1.5 * page.body)
        and not page.above(r, page.heads, 2.0 * page.body)
    ]
    # (bold type is no line of the running text: ``bold_head`` takes a bold line in the
    # body's size for a headline, and one set a size larger is no less one)
    solid = {id(r) for r in decks if not in_bold(r, page)
             and set_solid(r, page.text, page.leading, page.body)}
    return [r for r in decks if id(r) not in solid], solid


def in_bold(r: Region, page: TypePage) -> bool:
    """``r`` is set in bold: strokes ``BOLD_RATIO`` times the body's at least."""
    return page.bold_ref > 0 and r.weight >= BOLD_RATIO * page.bold_ref


def over_gutter(r: Region, page: TypePage) -> bool:
    """Type right over two blocks side by side, lying over both: set across a gutter,
    which no line of running text crosses (a deck as large as the body, or hardly
    larger, over the columns its story runs in)."""
    under = sorted((o.box for o in page.text if o is not r and len(o.lines) >= RUNNING_LINES
                    and -2 <= o.box.y - r.box.bottom <= 1.5 * page.body
                    and x_overlap(r.box, o.box) > 0.5 * o.box.w), key=lambda b: b.x)
    return any(b.x >= a.right for a, b in zip(under, under[1:], strict=False))


def deck_lines(r: Region, ratio: float, body: float) -> int:
    """Lines in ``r``, by their height too: a "line" layout could not part (the close-set
    lines of a contents paragraph) counts as the lines of its type it holds (the
    white between lines apart is no line: by the block's height, a deck of three
    lines set wider than the body counted four)."""
    return sum(max(1, round(ln.h / (body * max(ratio, 1.0)))) for ln in r.lines)


def flush_over(r: Region, h: Region, page: TypePage) -> bool:
    """``r`` starts flush with the type right under the headline ``h`` (its deck or
    text) and ends within it: a headline centred over its story, its kicker set at
    the story's left edge (held-out S2 s822: ``TRANSIT`` a body line of its own).
    A centred headline's last line, measured a block of its own (``Workshops``, no
    ascender), stands between: the type under it is asked, down a heading's lines.
    A headline centred over the two columns of its story has under it no block of
    type over half its width; the column flush with ``r`` is that type
    (``_flush_under``: held-out S7 s876, ``蹲点调研乡村振兴一线`` at the story's left
    edge, ``一个山村的"水账"`` centred over both its columns). The story's photo under
    the headline is that type too: a kicker set flush with the photo's left edge over a
    headline set in from it (``健康``, ``教育`` over a headline centred over the photo)."""
    others = [o for o in [*page.text, *page.pictures] if o is not r]
    u = page.below(h, others, 1.5 * page.body)
    if u is None or abs(r.box.x - u.box.x) > 0.25 * page.body:
        u = _flush_under(r, h, others, page) or u
    for _ in range(DECK_LINES):
        if u is None:
            return False
        if abs(r.box.x - u.box.x) <= 0.25 * page.body:
            return r.box.right <= u.box.right
        if id(u) not in page.big:
            return False
        u = page.below(u, others, 1.5 * page.body)
    return False


def _flush_under(r: Region, h: Region, others: list[Region], page: TypePage) -> Region | None:
    """The block of ``others`` right under the headline ``h`` (its top within 1.5 body
    lines of ``h``'s foot, some of it under ``h``) whose left edge is flush with ``r``'s:
    type, or the story's photo (``flush_over`` hands it the pictures too)."""
    return next((o for o in others
                 if -2 <= o.box.y - h.box.bottom <= 1.5 * page.body
                 and x_overlap(h.box, o.box) > 0
                 and abs(r.box.x - o.box.x) <= 0.25 * page.body), None)


def slighter(r: Region, h: Region) -> bool:
    """``r`` is slighter than the headline ``h``, as a kicker is: narrower, or set in
    type ``KICKER_SMALL`` of its size at most (a two-character CJK headline, ``丰收``,
    is narrower than its four-character kicker, ``三秋一线``, at half its size)."""
    return r.box.w < h.box.w or r.size <= KICKER_SMALL * h.size


def bold_label(r: Region, h: Region, page: TypePage) -> bool:
    """``r`` is set apart from both the body and the headline ``h`` as a kicker is, though
    as wide as the headline or wider: bold (``in_bold``), a headline's step smaller than
    ``h`` (``HEADLINE_RATIO``), and with no type right over it within the text's leading
    (a rule or white over it: a story's last line over the next headline has its
    column's lines right over it). A kicker set out to its column's measure over a
    ragged headline (Y2 s963, ``台风“海葵”昨夜擦肩而过`` in a bold sans at 0.62 of its
    headline's size, a rule over it) is wider than the head and larger than
    ``KICKER_SMALL`` of it."""
    return (in_bold(r, page) and r.size * HEADLINE_RATIO <= h.size
            and page.above(r, page.text, page.leading + 0.4 * r.box.h) is None)


def kicker_over(r: Region, candidates: list[Region], page: TypePage) -> bool:
    """``r``, one line, is a kicker over one of ``candidates`` (headlines): slighter
    than it (``slighter``), over it (or flush with the type under it:
    ``flush_over``), within 1.2 body lines of it. Or, set apart from the body in type
    (bold, or smaller: a label in small capitals), within a quarter of the headline's
    line height more (the white over a headline's capitals grows with its type: a
    kicker over a four-column head stood 44 px over it, over a two-column one 40, with
    body lines 34 px tall), when nearer to it than to any type or picture above."""
    body, bold_ref = page.body, page.bold_ref
    for h in candidates:
        gap = h.box.y - r.box.bottom
        # (a headline's ink may stand a character in from a kicker set flush with
        # the column: a head centred, or opening with a hanging quote; S s803. A line
        # that starts further out than that is set in from the column, no kicker.)
        reach = Box(h.box.x - int(h.size), h.box.y, h.box.w + 2 * int(h.size), h.box.h)
        within = r.box.x >= reach.x and r.box.right <= reach.right
        if h is r or gap < -2 or not (slighter(r, h) or bold_label(r, h, page)) or not (
                x_overlap(r.box, reach if within else h.box) > 0.5 * r.box.w
                or flush_over(r, h, page)):
            continue
        if gap <= 1.2 * body:
            return True
        apart = (bold_ref > 0 and r.weight >= BOLD_RATIO * bold_ref) or (
            r.size <= CAPTION_RATIO * page.char_h)
        if not apart or gap > 1.2 * body + 0.25 * h.box.h / len(h.lines):
            continue
        over = [r.box.y - o.box.bottom for o in page.regions
                if o is not r and o.kind != BlockKind.RULE
                and o.box.bottom <= r.box.y + 2 and x_overlap(r.box, o.box) > 0]
        if not over or min(over) > gap:
            return True
    return False


def kicker_line(r: Region, page: TypePage, heads: list[Region],
                bold_heads: list[Region]) -> bool:
    """``r``, one line of type (a speck by it is no line: ``type_lines``), is a kicker over a
    headline (``kicker_over``); over a bold head, only a line of type's height, not a
    "line" of a block layout could not part into lines."""
    return type_lines(r, page.char_h) == 1 and (
        kicker_over(r, heads, page) or (
            r.box.h <= 1.5 * page.body and kicker_over(r, bold_heads, page)))


def bold_head(r: Region, page: TypePage) -> bool:
    """Bold type hardly larger than the body's over something it heads (a short last
    line of a column measures bold on its few strokes, and heads nothing)."""
    return (in_bold(r, page) and r.size >= page.char_h and len(r.lines) <= 6
            and page.below(r, [*page.text, *page.pictures], 1.5 * page.body) is not None)


def boxed_title(r: Region, page: TypePage) -> bool:
    """One line between two rules that run past both its ends, the lower within a
    line under it, the upper within a line and a half over it: the title of a box of
    briefs (``IN BRIEF``, ``新闻速递``) or a section's label. A story's headline has
    its kicker, deck or text under it, never a rule that close."""
    if len(r.lines) != 1:
        return False
    b = r.box

    def ruled(gap: Callable[[Box], int], reach: float) -> bool:
        """A rule running past both ends of ``b``, ``gap`` from it at most ``reach``."""
        return any(q.x < b.x and q.right > b.right and -2 <= gap(q) <= reach
                   for q in page.across)
    return (ruled(lambda q: q.y - b.bottom, BOX_TITLE_RULE_UNDER * page.body)
            and ruled(lambda q: b.y - q.bottom, BOX_TITLE_RULE_OVER * page.body))


def semibold_head(r: Region, page: TypePage) -> bool:
    """A brief's head: a line or three of semi-bold type a little larger than the
    body's, over the text it heads and under no heading (a semi-bold byline or deck
    stands right under its headline). Neither weight nor size alone tells it: a
    body's lines vary by 5% in both, a bold-caps byline measures as large. In the
    body's size, one line that stops well short of the regular text under it
    (``SHORT_HEAD``), set off from any text above it by 0.4 of a line more than the
    page's leading: a box's briefs (``Bridge inspection``), not a paragraph's short
    last line, which may measure bold on its few strokes (``具有重要意义。``); or two
    such lines in bold, the second short (``Blood drive at fire / station``). A
    bold byline so taken is told by its words (``classify``)."""
    text, char_h, bold_ref = page.text, page.char_h, page.bold_ref
    if not (bold_ref > 0 and r.weight >= SEMIBOLD_RATIO * bold_ref
            and len(r.lines) <= DECK_LINES):
        return False
    under = page.below(r, text, 1.5 * page.body)
    if under is None or not (r.size >= SEMIBOLD_SIZE * char_h or (
            (len(r.lines) == 1 or (len(r.lines) == 2 and r.weight >= BOLD_RATIO * bold_ref))
            and r.size >= CAPTION_RATIO * char_h
            and r.lines[-1].w <= SHORT_HEAD * under.box.w
            and under.weight < SEMIBOLD_RATIO * bold_ref
            and page.above(r, text, page.leading + 0.4 * r.box.h / len(r.lines)) is None)):
        return False
    return page.above(r, [o for o in text if (o.size >= DECK_RATIO * char_h
                                              or o.weight >= SEMIBOLD_RATIO * bold_ref)
                          and not boxed_title(o, page)], 2.0 * page.body) is None


def deck_over_story(r: Region, ratio: float, page: TypePage) -> bool:
    """A deck under a headline a size up (``DECK_STEP``) from the text under it, or over
    the story's photo (its pale sky not found: the photo's found top lies a line or two
    lower), no longer than a deck (``deck_held``). Or a deck that ends its column
    (``deck_ends_column``): with no text of its story under it, each of its lines is
    weighed against the body's size alone (``set_solid.deck_type``); or one set off
    from the text under it by white (``set_solid.deck_set_off``), a little larger."""
    body = page.body
    if not (deck_held(r, len(r.lines), DECK_LINES)
            and page.above(r, page.heads, 1.5 * body) is not None):
        return False
    under = page.below(r, page.text, 1.5 * body)
    if under is not None:
        return (ratio >= DECK_STEP and r.size >= DECK_STEP * under.size
                or deck_set_off(r, under, page.char_h, DECK_LINES))
    return ((ratio >= DECK_STEP and page.below(r, page.pictures, 3 * body) is not None)
            or (deck_type(r, page.char_h) and deck_ends_column(r, page)))


def deck_ends_column(r: Region, page: TypePage) -> bool:
    """``r`` stands right over a rule across it or over a photo (within a line and a
    half, no text between): its column ends under it, and the story's text is set in
    the columns beside. A story's running text does not stop a line or three under its
    headline on a rule; its deck does, when the story's heading is set over the first
    of its columns (``企业承诺依法补偿，人社部门 / 上门办专场招聘`` over the page's
    foot rule, ``井下坚守52小时 获救人员生命体征平稳`` over the story's photo)."""
    gap = 1.5 * page.body
    return (any(stacked(r.box, q, gap) for q in page.across)
            or page.below(r, page.pictures, gap) is not None)


def little_larger_head(r: Region, ratio: float, page: TypePage) -> bool:
    """A headline of three lines at most only a little larger than the body's, but a
    size larger than the text right under it, which it heads."""
    return (
        ratio >= 1.08
        and len(r.lines) <= 3
        and (under := page.below(r, page.text, 1.5 * page.body)) is not None
        and under.size * 1.15 <= r.size
    )


def deck_in_face(r: Region, ratio: float, page: TypePage, set_over: list[Region]) -> bool:
    """A deck right under a heading (``set_over``), no longer than a deck (``deck_held``,
    or a one-column deck that ends over its photo or byline: ``deck_ends_over``): in
    body-sized type over the columns (``over_gutter``), or in another face than the
    body's (an italic, by its slant or lighter strokes; a heavier sans)."""
    bold_ref = page.bold_ref
    return ((deck_held(r, lines := deck_lines(r, ratio, page.body), DECK_LINES) or (
                lines <= 2 * DECK_LINES and deck_ends_over(
                    r, page.text, page.pictures, page.body, SEMIBOLD_RATIO * bold_ref)))
            and page.above(r, set_over, 1.5 * page.body) is not None
            and ((lines < DECK_LINES and ratio >= CAPTION_RATIO
                  and over_gutter(r, page))
                 or (ratio >= DECK_SMALL and (r.slant >= ITALIC or (0 < r.weight and not (
                     LIGHT_RATIO * bold_ref < r.weight < HEAVY_RATIO * bold_ref))))))
