"""Block kinds from how a block is printed: the one place that decides them, for every input.

Each input brings the evidence it has, and the rule that turns evidence into a kind is
written here once:

- a scan (ink) and a PDF's glyphs (fonts) bring layout regions with a type size, a
  stroke weight and neighbours: :func:`assign_kinds`, then for exact font sizes
  :func:`typeset_kinds`;
- another engine's page (ALTO, PAGE, hOCR) brings what the engine said, its element or
  region type, class or role tag, and font sizes or line heights: ``engine_kinds``
  (which also finds the kickers and furniture such a page leaves unnamed), with the
  ratios written here and the top rule of ``page_rules``.

The type-size ratios are typography's (``HEADLINE_RATIO``, ``DECK_RATIO``,
``CAPTION_RATIO``), the same for every input. Kinds told by the words (byline, jump,
credit, furniture lines; headlines of a page without geometry) are read afterwards by
the ``classify`` stage through ``ocr.markers``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..model import BlockKind, Box
from ..typography import (
    BOLD_RATIO,
    CAPTION_RATIO,
    DECK_RATIO,
    DECK_STEP,
    HEADLINE_RATIO,
    SEMIBOLD_RATIO,
)
from .blocks import Region, dust, x_overlap
from .deck_run import deck_ends_over, deck_held
from .grain import grain_line
from .set_solid import set_solid
from .slant import ITALIC

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
#: Lines of a caption in type smaller than the body's right under its picture, its
#: credit line over it (a line grain cuts in two counts twice); in the body's size, or
#: under another caption, four.
CAPTION_LINES = 6


def weighted_median(pairs: list[tuple[float, int]]) -> float:
    """The value at the middle of the weights (a type size weighted by its lines)."""
    total = sum(w for _, w in pairs)
    acc = 0
    for value, weight in sorted(pairs):
        acc += weight
        if 2 * acc >= total:
            return value
    return 0.0


# -- positioned text measured on the page: scans and PDF glyphs ---------------------------


def assign_kinds(
    regions: list[Region], char_h: float, body: float, top_rule: Box | None,
    foot_rule: Box | None = None,
) -> list[Region]:
    """Kinds from type size (against ``char_h``) and neighbours (gaps in ``body`` lines).

    A headline is set in type clearly taller than the body's, or bold, or larger than the
    body right under it; a kicker is a short line just above a headline and a subheadline
    a smaller line just below one; a caption sits just under an illustration; furniture
    (masthead, date and weather strip) sits above the lowest page-wide rule near the top,
    and the folio line under the page's foot rule (``foot_rule``).
    """
    text = [r for r in regions if r.lines]
    pictures = [r for r in regions if r.kind == BlockKind.ILLUSTRATION]
    big = {id(r) for r in text if r.size >= HEADLINE_RATIO * char_h}

    def beside(r: Region, candidates: list[Region], gap: float, up: bool) -> Region | None:
        """A candidate just above (``up``) or below ``r``: within ``gap``, overlapping in x."""
        for c in candidates:
            space = r.box.y - c.box.bottom if up else c.box.y - r.box.bottom
            if (
                c is not r
                and -2 <= space <= gap
                and x_overlap(r.box, c.box) > 0.5 * min(r.box.w, c.box.w)
            ):
                return c
        return None

    def above(r: Region, candidates: list[Region], gap: float) -> Region | None:
        return beside(r, candidates, gap, up=True)

    def below(r: Region, candidates: list[Region], gap: float) -> Region | None:
        return beside(r, candidates, gap, up=False)

    heads = [r for r in text if id(r) in big]

    def over_gutter(r: Region) -> bool:
        """Type right over two blocks side by side, lying over both: set across a gutter,
        which no line of running text crosses (a deck as large as the body, or hardly
        larger, over the columns its story runs in)."""
        under = sorted((o.box for o in text if o is not r and len(o.lines) >= RUNNING_LINES
                        and -2 <= o.box.y - r.box.bottom <= 1.5 * body
                        and x_overlap(r.box, o.box) > 0.5 * o.box.w), key=lambda b: b.x)
        return any(b.x >= a.right for a, b in zip(under, under[1:], strict=False))

    def deck_lines(r: Region, ratio: float) -> int:
        """Lines in ``r``, by their height too: a "line" layout could not part (the close-set
        lines of a contents paragraph) counts as the lines of its type it holds (the
        white between lines apart is no line: by the block's height, a deck of three
        lines set wider than the body counted four)."""
        return sum(max(1, round(ln.h / (body * max(ratio, 1.0)))) for ln in r.lines)

    def flush_over(r: Region, h: Region) -> bool:
        """``r`` starts flush with the type right under the headline ``h`` (its deck or
        text) and ends within it: a headline centred over its story, its kicker set at
        the story's left edge (held-out S2 s822: ``TRANSIT`` a body line of its own).
        A centred headline's last line, measured a block of its own (``Workshops``, no
        ascender), stands between: the type under it is asked, down a heading's lines."""
        others = [o for o in text if o is not r]
        u = below(h, others, 1.5 * body)
        for _ in range(DECK_LINES):
            if u is None:
                return False
            if abs(r.box.x - u.box.x) <= 0.25 * body:
                return r.box.right <= u.box.right
            if id(u) not in big:
                return False
            u = below(u, others, 1.5 * body)
        return False

    def slighter(r: Region, h: Region) -> bool:
        """``r`` is slighter than the headline ``h``, as a kicker is: narrower, or set in
        type ``KICKER_SMALL`` of its size at most (a two-character CJK headline, ``丰收``,
        is narrower than its four-character kicker, ``三秋一线``, at half its size)."""
        return r.box.w < h.box.w or r.size <= KICKER_SMALL * h.size

    def kicker_over(r: Region, candidates: list[Region]) -> bool:
        """``r``, one line, is a kicker over one of ``candidates`` (headlines): slighter
        than it (``slighter``), over it (or flush with the type under it:
        ``flush_over``), within 1.2 body lines of it. Or, set apart from the body in type
        (bold, or smaller: a label in small capitals), within a quarter of the headline's
        line height more (the white over a headline's capitals grows with its type: a
        kicker over a four-column head stood 44 px over it, over a two-column one 40, with
        body lines 34 px tall), when nearer to it than to any type or picture above."""
        for h in candidates:
            gap = h.box.y - r.box.bottom
            # (a headline's ink may stand a character in from a kicker set flush with
            # the column: a head centred, or opening with a hanging quote; S s803. A line
            # that starts further out than that is set in from the column, no kicker.)
            reach = Box(h.box.x - int(h.size), h.box.y, h.box.w + 2 * int(h.size), h.box.h)
            within = r.box.x >= reach.x and r.box.right <= reach.right
            if h is r or gap < -2 or not slighter(r, h) or not (
                    x_overlap(r.box, reach if within else h.box) > 0.5 * r.box.w
                    or flush_over(r, h)):
                continue
            if gap <= 1.2 * body:
                return True
            apart = (bold_ref > 0 and r.weight >= BOLD_RATIO * bold_ref) or (
                r.size <= CAPTION_RATIO * char_h)
            if not apart or gap > 1.2 * body + 0.25 * h.box.h / len(h.lines):
                continue
            over = [r.box.y - o.box.bottom for o in regions
                    if o is not r and o.kind != BlockKind.RULE
                    and o.box.bottom <= r.box.y + 2 and x_overlap(r.box, o.box) > 0]
            if not over or min(over) > gap:
                return True
        return False

    weights = sorted((r.weight, len(r.lines)) for r in text if r.weight > 0)
    total = sum(n for _, n in weights)
    acc, bold_ref = 0, 0.0
    for w, n in weights:  # the body's stroke width: the median over lines
        acc += n
        if 2 * acc >= total:
            bold_ref = w
            break
    # the white between a column's lines (median over the page's blocks of several lines)
    gaps = sorted(n.y - p.bottom for r in text for p, n in zip(r.lines, r.lines[1:],
                                                                 strict=False))
    leading = float(gaps[len(gaps) // 2]) if gaps else 0.0
    # Deck-sized type that is neither a kicker nor a subheadline is a smaller headline,
    # and a body-sized line can be a kicker above it too.
    decks = [
        r
        for r in text
        if id(r) not in big
        and r.size >= DECK_RATIO * char_h
        and not below(r, heads, 1.5 * body)
        and not above(r, heads, 2.0 * body)
    ]
    # (a line set solid in the running text is none: ``layout.set_solid``)
    set_solid_ids = {id(r) for r in decks if set_solid(r, text, leading, body)}
    decks = [r for r in decks if id(r) not in set_solid_ids]
    all_heads = heads + decks

    def bold_head(r: Region) -> bool:
        """Bold type hardly larger than the body's over something it heads (a short last
        line of a column measures bold on its few strokes, and heads nothing)."""
        return (bold_ref > 0 and r.weight >= BOLD_RATIO * bold_ref
                and r.size >= char_h and len(r.lines) <= 6
                and below(r, [*text, *pictures], 1.5 * body) is not None)

    bold_heads = [r for r in text if id(r) not in big and bold_head(r)]

    across = [r.box for r in regions if r.kind == BlockKind.RULE and r.box.w > r.box.h]

    def boxed_title(r: Region) -> bool:
        """One line between two rules that run past both its ends, the lower within a
        line under it, the upper within a line and a half over it: the title of a box of
        briefs (``IN BRIEF``, ``新闻速递``) or a section's label. A story's headline has
        its kicker, deck or text under it, never a rule that close."""
        if len(r.lines) != 1:
            return False
        b = r.box

        def ruled(gap: Callable[[Box], int], reach: float) -> bool:
            return any(q.x < b.x and q.right > b.right and -2 <= gap(q) <= reach
                       for q in across)
        return (ruled(lambda q: q.y - b.bottom, 1.0 * body)
                and ruled(lambda q: b.y - q.bottom, 1.5 * body))

    def semibold_head(r: Region) -> bool:
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
        if not (bold_ref > 0 and r.weight >= SEMIBOLD_RATIO * bold_ref
                and len(r.lines) <= DECK_LINES):
            return False
        under = below(r, text, 1.5 * body)
        if under is None or not (r.size >= SEMIBOLD_SIZE * char_h or (
                (len(r.lines) == 1 or (len(r.lines) == 2 and r.weight >= BOLD_RATIO * bold_ref))
                and r.size >= CAPTION_RATIO * char_h
                and r.lines[-1].w <= SHORT_HEAD * under.box.w
                and under.weight < SEMIBOLD_RATIO * bold_ref
                and above(r, text, leading + 0.4 * r.box.h / len(r.lines)) is None)):
            return False
        return above(r, [o for o in text if (o.size >= DECK_RATIO * char_h
                                             or o.weight >= SEMIBOLD_RATIO * bold_ref)
                         and not boxed_title(o)], 2.0 * body) is None

    def under_text(r: Region, pic: Region) -> bool:
        """Other type stands between the picture ``pic`` and ``r`` (its caption, one line
        across the columns): ``r`` lies under that, not under the picture; in the body's
        type it is the text of the columns going on, not more caption."""
        return any(o is not r and pic.box.bottom - 2 <= o.box.y and o.box.bottom <= r.box.y + 2
                   and x_overlap(r.box, o.box) > 0.5 * min(r.box.w, o.box.w) for o in text)

    def kicker_under(r: Region, caption: Region) -> bool:
        """``r``, one line in small type under a photo's caption, is the kicker of the
        story whose headline stands right under it (``乡村振兴``, ``COURTS``): over a
        headline, slighter (``slighter``), and nearer to it than to the caption above.
        One line of type: a speck a heavy scan left beside it is no second line
        (``grain_line``; ``CULTURE`` with a speck 8 px wide, ``法治`` with two)."""
        if sum(not grain_line(ln, char_h) for ln in r.lines) != 1:
            return False
        gaps = [h.box.y - r.box.bottom for h in all_heads
                if h is not r and h.box.y >= r.box.bottom - 2 and slighter(r, h)
                and x_overlap(r.box, h.box) > 0.5 * r.box.w]
        return bool(gaps) and min(gaps) <= 1.2 * body and (
            min(gaps) < r.box.y - caption.box.bottom)

    def caption_lines(r: Region, ratio: float) -> int:
        """The most lines of a caption right under its picture (``CAPTION_LINES``; four
        in the body's size): twice as many in small bold type, a face no story's text is
        set in, which a photo one column wide wraps into ten lines with its credit."""
        if ratio > CAPTION_RATIO:
            return 4
        bold = bold_ref > 0 and r.weight >= SEMIBOLD_RATIO * bold_ref
        return 2 * CAPTION_LINES if bold else CAPTION_LINES

    set_over = all_heads + bold_heads
    captions: list[Region] = []
    out: list[Region] = [r for r in regions if not r.lines]
    for r in text:
        ratio = r.size / max(char_h, 1.0)
        if top_rule is not None and r.box.bottom <= top_rule.y + 2:
            kind = BlockKind.FURNITURE
        elif foot_rule is not None and r.box.y >= foot_rule.y:
            kind = BlockKind.FURNITURE
        elif boxed_title(r):
            kind = BlockKind.FURNITURE  # a box's title (``IN BRIEF``): a label, no story's
        elif id(r) in big:
            kind = BlockKind.HEADLINE
        elif ratio >= DECK_RATIO:
            if below(r, heads, 1.5 * body):
                kind = BlockKind.KICKER
            elif above(r, heads, 2.0 * body):
                kind = BlockKind.SUBHEADLINE
            elif id(r) not in set_solid_ids:
                kind = BlockKind.HEADLINE
            else:
                kind = BlockKind.BODY  # a line of the running text (``Staff Writer``)
        elif bold_head(r):
            kind = BlockKind.HEADLINE  # bold type hardly larger than the body's (a blurred scan)
        elif semibold_head(r):
            kind = BlockKind.HEADLINE
        elif (ratio >= DECK_STEP and deck_held(r, len(r.lines), DECK_LINES)
              and above(r, heads, 1.5 * body) is not None
              and (((under := below(r, text, 1.5 * body)) is not None
                    and r.size >= DECK_STEP * under.size)
                   or (under is None and below(r, pictures, 3 * body) is not None))):
            # a deck a size up from the text under it, or over the story's photo (its
            # pale sky not found: the photo's found top lies a line or two lower)
            kind = BlockKind.SUBHEADLINE
        elif (
            ratio >= 1.08
            and len(r.lines) <= 3
            and (under := below(r, text, 1.5 * body)) is not None
            and under.size * 1.15 <= r.size
        ):
            kind = BlockKind.HEADLINE  # only a little larger than the body, but over it
        elif (
            pictures
            and (
                ((pic := above(r, pictures, 1.5 * body)) is not None and not under_text(r, pic)
                 and len(r.lines) <= caption_lines(r, ratio))
                or (len(r.lines) <= 4 and ratio <= CAPTION_RATIO
                    and (cap := above(r, captions, 1.5 * body)) is not None
                    and not kicker_under(r, cap))
            )
        ):
            kind = BlockKind.CAPTION
            captions.append(r)
        elif (pictures and (cap := above(r, captions, 1.5 * body)) is not None
              and kicker_under(r, cap)):
            kind = BlockKind.KICKER  # (its specks kept it from ``kicker_over``'s one line)
        elif sum(not dust(ln, char_h) for ln in r.lines) == 1 and (
                kicker_over(r, all_heads) or (
                    r.box.h <= 1.5 * body and kicker_over(r, bold_heads))):
            kind = BlockKind.KICKER  # (over a bold head: a line of type, not a "line" of
            # a block layout could not part into lines; a speck under it is no line)
        elif ((deck_held(r, lines := deck_lines(r, ratio), DECK_LINES) or (
                lines <= 2 * DECK_LINES and deck_ends_over(
                    r, text, pictures, body, SEMIBOLD_RATIO * bold_ref)))
              and above(r, set_over, 1.5 * body)
              and ((lines < DECK_LINES and ratio >= CAPTION_RATIO
                    and over_gutter(r))
                   or (ratio >= DECK_SMALL and (r.slant >= ITALIC or (0 < r.weight and not (
                       LIGHT_RATIO * bold_ref < r.weight < HEAVY_RATIO * bold_ref)))))):
            # a deck in body-sized type over the columns, or in another face than the
            # body's (an italic, by its slant or lighter strokes; a heavier sans)
            kind = BlockKind.SUBHEADLINE
        else:
            kind = BlockKind.BODY
        out.append(dataclasses.replace(r, kind=kind))
    return out


#: Lines of running text under a deck over the columns: a line or two side by side under
#: a brief's one line set across the columns are the next stories' kickers or heads.
RUNNING_LINES = 3


def typeset_kinds(regions: list[Region], type_ref: float, body: float) -> list[Region]:
    """Two kinds exact type sizes (a PDF's fonts) settle that ink measures leave open.

    A caption in type smaller than the body's may sit a few lines under its picture
    (a credit line between them), unless it heads the text right below it; a crosshead
    is one line of bold type barely larger than the body's, with body text of its column
    right above and below it: a break inside the article, read as its own line, not a
    headline that starts another. And a deck set hardly larger than the body: one line
    of body-sized type or larger right under a headline and over two or more columns of
    body side by side (no line of running text spans a gutter).
    """
    pictures = [r.box for r in regions if r.kind == BlockKind.ILLUSTRATION]
    text = [r for r in regions if r.lines]
    heads = [r.box for r in text if r.kind == BlockKind.HEADLINE]

    def near(r: Region, c: Box, up: bool, gap: float) -> bool:
        space = r.box.y - c.bottom if up else c.y - r.box.bottom
        return -2 <= space <= gap and x_overlap(r.box, c) > 0.5 * min(r.box.w, c.w)

    def small(r: Region) -> bool:
        return (r.kind in (BlockKind.BODY, BlockKind.CAPTION) and len(r.lines) <= 4
                and r.size <= CAPTION_RATIO * type_ref)

    def heads_text(r: Region, p: Box) -> bool:
        """Small type in another face than the small block between it and ``p`` (the
        caption), flush with the text right below it: that text's byline or dateline,
        not a second caption."""
        between = any(small(o) and o is not r and near(o, p, True, 4 * body)
                      and o.box.bottom <= r.box.y
                      and (o.weight != r.weight or abs(o.size - r.size) > 0.03 * r.size)
                      for o in text)
        return between and any(o.kind == BlockKind.BODY and not small(o)
                               and near(o, r.box, True, 1.5 * body)
                               and abs(o.box.x - r.box.x) <= body for o in text)

    def deck(r: Region) -> bool:
        if len(r.lines) != 1 or r.size < type_ref or not any(near(r, h, True, 1.5 * body)
                                                              for h in heads):
            return False
        under = sorted((o.box for o in text if o.kind == BlockKind.BODY and o is not r
                        and -2 <= o.box.y - r.box.bottom <= 1.5 * body
                        and x_overlap(r.box, o.box) > 0), key=lambda b: b.x)
        return any(b.x >= a.right for a, b in zip(under, under[1:], strict=False))

    def crosshead(r: Region) -> bool:
        """One line barely larger than the body, with body of its column right above and
        below it; or at a column's head or foot (body on one side only) inside its story:
        under a headline at least ``STORY_HEAD`` times its size that spans its column, no
        rule between them (``A recipe from the old country`` atop the third column of a
        story headed across four)."""
        if len(r.lines) != 1 or r.size >= DECK_RATIO * type_ref:
            return False
        above = any(o.kind == BlockKind.BODY and near(r, o.box, True, 1.5 * body) for o in text)
        below = any(o.kind == BlockKind.BODY and near(r, o.box, False, 1.5 * body)
                    for o in text)
        if above and below:
            return True
        if not (above or below):
            return False
        over = [h.box for h in text if h.kind == BlockKind.HEADLINE
                and h.size >= STORY_HEAD * r.size and h.box.bottom <= r.box.y
                and h.box.x <= r.box.x + body and h.box.right >= r.box.right - body]
        if not over:
            return False
        head = max(over, key=lambda b: b.bottom)
        return not any(o.kind == BlockKind.RULE and o.box.w > o.box.h
                       and head.bottom <= o.box.y <= r.box.y
                       and x_overlap(o.box, r.box) > 0.5 * r.box.w for o in regions)

    out = []
    for r in regions:
        kind = r.kind
        if kind == BlockKind.BODY and deck(r):
            kind = BlockKind.SUBHEADLINE
        elif small(r) and any(near(r, p, True, 4 * body) for p in pictures):
            below_photo = [p for p in pictures if near(r, p, True, 4 * body)]
            kind = (BlockKind.BODY if any(heads_text(r, p) for p in below_photo)
                    else BlockKind.CAPTION)
        elif kind == BlockKind.HEADLINE and crosshead(r) and not deck(r):
            kind = BlockKind.BODY
        out.append(r if kind == r.kind else dataclasses.replace(r, kind=kind))
    return out


# -- the page's top rule: furniture sits above it (scans, PDFs and engine pages) -------


#: A story's headline is at least this many times a crosshead's size (``typeset_kinds``).
STORY_HEAD = 2.0
