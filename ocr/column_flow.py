"""Where a story goes on, on a page with geometry: the column a sentence runs on into.

The reading order's cut (``ocr.order.xy_cut``) reads a column to its foot before the
next; when a story's first column stops short and another story is set under it (an
L-shaped story), the type says where the story goes on: a column ending mid-sentence
continues at the top of the column beside it that starts mid-sentence, under what
heads both. Kept apart from the cut because these rules read the text's sentences,
where the cut reads only boxes.
"""

from __future__ import annotations

from .byline_words import writer_title
from .jump_lines import closing_jump
from .model import HEADING_KINDS, PHOTO_TEXT_KINDS, Block, BlockKind, Box
from .profiles import CompiledMarkers
from .script import is_cjk
from .typography import ends_sentence

#: Neighbouring columns may overlap by this share of a column's width (``ocr.order``'s
#: cut between columns, and the column beside one here).
SLACK = 0.04
#: How far (px) type may reach past a rule and still stand on its side: a rule across
#: turned upright is its middle line (``ocr.order``), and a photo's box found from its
#: pixels takes in a few of the column rule it is set against (``order_stacks``).
RULE_TOUCH = 3
#: A first line indented this many character widths or more opens a paragraph (a Chinese
#: paragraph opens two in; a line flush with its column measures less). One owner:
#: ``goes_on`` and ``order_stacks.own_headless_story`` ask it.
OPENS_INDENT = 0.5


def continued(ordered: list[Block], markers: CompiledMarkers | None = None) -> list[Block]:
    """Each column a story goes on in, read right after the column whose sentence it ends.

    The cut reads a column to its foot before the next: when a story's first column
    stops short and another story is set under it (an L-shaped story), that story is
    read before the story's second column. The type says where the story goes on: a
    column whose last line ends mid-sentence, followed in the cut's order by anything
    but a column going on mid-sentence, continues at the top of the column beside it,
    when that column starts mid-sentence (a lower-case word, or an unindented first
    line in Chinese) right under what heads both (the story's headline, photo or the
    zone's rule). That column, with the blocks stacked under it, moves up. A column
    ending its sentence, read before another story's heading, goes on in the column
    beside it that opens a sentence level with its top under the same heading
    (``_level_column``).

    A column that ends on a jump line to another page (``See MINE, A9``, ``（下转第2
    版）``: ``markers``' jump patterns, ``jump_lines.closing_jump``) ends its story here:
    no column goes on from it, and none moved up goes on past it (held-out S7 s879: the
    lead's last column, ending ``See MINE, A9``, went up with the bird count's fourth
    column under it, read before the bird count's kicker and headline).
    """
    if len(ordered) < 3:
        return ordered
    unit = column_unit(ordered)
    out = list(ordered)

    def away(b: Block) -> bool:
        return _jumps_away(b, markers)

    i = 0
    while i < len(out) - 2:
        x = out[i]
        if away(x):
            y = None
        elif (open_end(x) and _breaks_off(x, out[i + 1])
              and not speck_rule(x, out[i + 1], out[i + 2])):
            y = _next_column_top(x, out[i + 2:], out, unit, markers)
        elif x.kind == BlockKind.BODY and not open_end(x) and out[i + 1].kind in HEADING_KINDS:
            y = _level_column(x, out[i + 2:], out, unit)
        else:
            y = None
        if y is not None:
            at = out.index(y)
            run = [y]
            for b in out[at + 1:]:
                if (b.kind != BlockKind.BODY or not _under(b, run[-1]) or away(run[-1])
                        or _story_ends(run[-1], b)):
                    break
                run.append(b)
            rest = [b for b in out[i + 1:] if b not in run]
            out = [*out[:i + 1], *run, *rest]
        i += 1
    return out


def _story_ends(above: Block, b: Block) -> bool:
    """The column's story ends over ``b``: ``above`` ends a sentence and more than a line
    of white parts them (a column's paragraphs leave none; held-out S s812: a headless
    story beside a box of briefs went up with the lead's last column over it)."""
    ab, line = box_of(above), line_pitch(above)
    return (bool(above.lines) and ends_sentence(above.text)
            and box_of(b).y - ab.bottom > line)


def open_end(b: Block) -> bool:
    """A body block whose last line stops mid-sentence; not a writer's post on a line of
    its own under a byline (``Courier Business Editor``), which is no sentence."""
    if b.kind != BlockKind.BODY or not b.lines or ends_sentence(b.text):
        return False
    return not (len(b.lines) == 1 and writer_title(b.lines[0].text))


def _breaks_off(x: Block, succ: Block) -> bool:
    """The column of ``x`` stops under it: ``succ`` (read next) does not go on with its
    sentence and is a rule or stands a line's height or more below it. (A line of the
    column set apart by mistake, a body line taken for a headline, follows with no gap.)"""
    if goes_on(succ):
        return False
    if succ.kind == BlockKind.RULE:
        return True
    xb, sb = box_of(x), box_of(succ)
    heights = sorted(ln.box.h for ln in x.lines if ln.box is not None)
    line = heights[len(heights) // 2] if heights else line_pitch(x)
    return sb.y - xb.bottom >= 0.8 * line or _overlap(sb, xb) <= 0


def speck_rule(above: Block, rule: Block, under: Block) -> bool:
    """``rule``, read between ``above`` and ``under``, is a speck or an ornament the
    layout took for a rule and cut a column at, no border between stories: less than half
    the column wide, within it, with the column's sentence running on across it (``above``
    stops mid-sentence, ``under`` is the next block down the column and goes on
    mid-sentence). A short rule parting briefs has a sentence's end over it and a heading
    or a sentence's start under it. Held-out S6 s871: the rugby story's first column,
    cut at a speck 39 px wide under ``Carrick Haven ended``, was read on into the second
    column (``continued``), its own foot after both; and the speck ended the story there
    (``assemble``)."""
    if (rule.kind != BlockKind.RULE or None in (rule.box, above.box, under.box)
            or not open_end(above)):
        return False  # (a text page's blocks carry no boxes)
    rb = box_of(rule)
    return (rb.w < 0.5 * box_of(above).w and _overlap(rb, box_of(above)) > 0
            and _under(under, above) and goes_on(under))


def goes_on(b: Block) -> bool:
    """A body block that starts mid-sentence: a lower-case first word, or in Chinese a
    first line not indented as a paragraph's is."""
    if b.kind != BlockKind.BODY or not b.lines:
        return False
    first = b.lines[0]
    letter = next((c for c in first.text if c.isalpha()), "")
    if is_cjk(letter):
        return first.box is not None and first.indent < OPENS_INDENT
    return letter.islower()


def _jumps_away(b: Block, markers: CompiledMarkers | None) -> bool:
    """``b`` is a column of running text ending on a jump line to another page
    (``jump_lines.closing_jump``): its story goes on there, none here."""
    return (markers is not None and b.kind == BlockKind.BODY
            and closing_jump(b, markers) is not None)


def _under(b: Block, above: Block) -> bool:
    """``b`` is the next block down ``above``'s column."""
    bb, ab = box_of(b), box_of(above)
    return _overlap(bb, ab) > 0.5 * min(bb.w, ab.w) and ab.bottom - 0.5 * ab.h <= bb.y


def _next_column_top(x: Block, later: list[Block], everything: list[Block],
                     unit: float, markers: CompiledMarkers | None = None) -> Block | None:
    """The block of ``later`` that opens the column right of ``x`` mid-sentence, under
    an element heading both columns, or under a column whose story ended on a jump line
    (``_jumps_away``) over ``x``'s top (the lead's last column over the story stacked
    under the lead, whose headline spans its other columns alone: held-out S7 s879);
    or ``None``."""
    xb = box_of(x)
    slack = SLACK * unit
    cands = [b for b in later if goes_on(b) and box_of(b).y < xb.bottom
             and -slack <= box_of(b).x - xb.right <= 0.5 * unit]
    for y in sorted(cands, key=lambda b: (box_of(b).x, box_of(b).y)):
        yb = box_of(y)
        # Above: its middle is over the column's top (a line set apart whose box grain
        # made taller reaches into the block under it, and still stands above it).
        # A photo's caption or credit heads nothing: the photo over it does (a credit
        # set flush right under a photo across both columns stands over the right one).
        above = [o for o in everything if o is not y and o is not x and _overlap(box_of(o), yb) > 0
                 and o.kind not in PHOTO_TEXT_KINDS
                 and min(box_of(o).bottom, box_of(o).y + box_of(o).h // 2) <= yb.y + slack]
        head = max(above, key=lambda o: box_of(o).bottom, default=None)
        if head is None:
            return y
        hb = box_of(head)
        if head.kind != BlockKind.BODY and hb.x <= xb.x + slack and hb.bottom <= xb.y + slack:
            return y
        if _jumps_away(head, markers) and hb.bottom <= xb.y + slack:
            return y
        return None
    return None


def _level_column(x: Block, later: list[Block], everything: list[Block],
                  unit: float) -> Block | None:
    """The block of ``later`` that opens the column right of ``x``'s level with its top,
    hanging from the same heading, when ``x`` ends a sentence and another story's heading
    is read next: the story's last column
    set past a column rule, over a rail of briefs (held-out E s402: read after the
    stories under the headline, it joined a brief). A heading is what stands nearest
    above both column tops, reaching from left of ``x``'s column over the other. The
    column must open a sentence, as ``x`` ends one: one starting mid-sentence after a
    column that ends its own says nothing (``test_order_layouts``)."""
    xb, slack = box_of(x), SLACK * unit
    top = x
    while (up := next((o for o in everything if o.kind == BlockKind.BODY and o is not top
                       and _under(top, o)
                       and box_of(top).y - box_of(o).bottom <= 0.5 * box_of(o).h), None)):
        top = up
    tb = box_of(top)
    line = line_pitch(top)
    for y in later:
        yb = box_of(y)
        if (y.kind != BlockKind.BODY or goes_on(y) or abs(yb.y - tb.y) > line
                or not -slack <= yb.x - xb.right <= 0.5 * unit):
            continue
        heads = [_nearest_above(c, everything) for c in (top, y)]
        if heads[0] is not None and heads[0] is heads[1] and heads[0].kind in HEADING_KINDS:
            return y
    return None


def _nearest_above(c: Block, everything: list[Block]) -> Block | None:
    """What stands nearest above ``c``, overlapping it across the page."""
    cb = box_of(c)
    above = [o for o in everything if o is not c and _overlap(box_of(o), cb) > 0
             and box_of(o).bottom <= cb.y + SLACK * cb.w]
    return max(above, key=lambda o: box_of(o).bottom, default=None)


def _overlap(a: Box, b: Box) -> int:
    """How far the extents of ``a`` and ``b`` across the page overlap (negative: the gap)."""
    return min(a.right, b.right) - max(a.x, b.x)


def column_unit(blocks: list[Block]) -> float:
    """Typical column width: the median width of body blocks (of all blocks if none)."""
    body = ([box_of(b).w for b in blocks if b.kind == BlockKind.BODY]
            or [box_of(b).w for b in blocks])
    body.sort()
    return float(body[len(body) // 2])


def box_of(b: Block) -> Box:
    """A placed block's box (a scan's or a PDF's block: the order's blocks all have one)."""
    assert b.box is not None
    return b.box


def line_pitch(b: Block) -> float:
    """A placed block's line pitch: its height over its lines (a line's height and the
    white under it, as the block's box holds them)."""
    return box_of(b).h / max(1, len(b.lines))
