"""Reading order: which block a reader takes after which.

Pages without geometry (text input) keep the order the reader gave them: the
text path already lays blocks out as they were read. Pages with geometry are
ordered the way a newspaper is read: horizontal zones top to bottom, within a
zone columns left to right (right to left on a page of Arabic or Hebrew), within a
column blocks top to bottom (a recursive XY-cut). A headline that spans several
columns is read before the columns under it, and before the columns beside them that
its story starts in too (a headline centred over only some of them); a kicker sits
above its headline and a subheadline below, so geometry alone puts them in the right
place. A column a story's sentence runs on into is read right after it (``ocr.column_flow``).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from typing import Literal

from .column_flow import RULE_TOUCH, SLACK, box_of, column_unit, continued
from .engine_order import OrderMode, choose_order, engine_order
from .headline_reach import SPANNING, headline_reach
from .model import HEADING_KINDS, PHOTO_KINDS, PHOTO_TEXT_KINDS, Block, BlockKind, Box, Page
from .order_beside import heading_across, read_beside_heads
from .order_gutters import (
    headed_columns,
    line_across_to,
    opens_story,
    ruled_gutters,
    ruled_sections,
)
from .order_rails import railed_zones
from .order_stacks import (
    beside_heads,
    beside_stack,
    boxed_beside,
    full_height_rail,
    heads_down,
    own_headless_story,
    ruled_beside,
    stacked_stories,
)
from .photo_across import down_past_photos
from .profiles import Profile, load_profile
from .script import written_right_to_left


def order(page: Page, mode: OrderMode = "auto", profile: Profile | str | None = None) -> Page:
    """Return ``page`` with ``reading_order`` set (a stage: ``Page -> Page``).

    ``mode`` says what becomes of the order another engine's file gave (kept, rebuilt,
    or kept unless the geometry refutes it: ``ocr.engine_order``). ``profile``'s markers
    tell a column ending on a jump line (``column_flow.continued``).
    """
    if not page.blocks:
        return dataclasses.replace(page, reading_order=())
    ruled: list[Block] | None = None
    cores: list[Block] = []
    markers = load_profile(profile).patterns(page.lang)
    if any(b.box is None for b in page.blocks):
        rebuilt = tuple(b.id for b in page.blocks)
    else:
        # A column rule touches the type on both sides of it: cutting around it would
        # join the columns it parts. It has no text to read, so it goes last.
        ruled = [b for b in page.blocks if b.kind == BlockKind.RULE and box_of(b).h > box_of(b).w]
        rest = [b for b in page.blocks if b not in ruled]
        cores = [dataclasses.replace(b, box=_upright(b, page.skew)) for b in rest]
        vrules = [_upright(r, page.skew) for r in ruled]
        if written_right_to_left(page.text_head()):
            # Arabic, Hebrew: columns run right to left; the page is ordered as its mirror.
            width = max(b.right for b in (*(c.box for c in cores if c.box), *vrules))
            cores = [dataclasses.replace(c, box=_mirrored(box_of(c), width)) for c in cores]
            vrules = [_mirrored(r, width) for r in vrules]
        cores = headline_reach(cores, vrules)
        read = down_past_photos(xy_cut(cores, rules=vrules))  # (``photo_across``)
        rebuilt = tuple(b.id for b in [*continued(read, markers), *ruled])
    chosen = choose_order(page, rebuilt, mode)
    if mode == "auto" and engine_order(page) and chosen != rebuilt and ruled is not None:
        # An engine's order kept: a column it reads after another story goes on mid-sentence.
        by_id = {b.id: b for b in [*cores, *ruled]}
        chosen = tuple(b.id for b in continued([by_id[i] for i in chosen], markers))
    if chosen == page.reading_order:
        return page  # (a text page's order, as read: nothing to check again)
    return dataclasses.replace(page, reading_order=chosen)


def _mirrored(box: Box, width: int) -> Box:
    """``box`` on the page seen in a mirror (left and right swapped)."""
    return Box(width - box.right, box.y, box.w, box.h)


def _upright(block: Block, skew: float) -> Box:
    """The block's box on the page turned upright (a rule across it reduced to its middle line).

    Boxes are in the original image: a skewed block's box is the bounding box of its
    tilted type, taller than the type, and its centre sits higher or lower by the tilt
    times its distance across the page. A page-wide rule tilted by 1.5 degrees has a
    bounding box 30 pixels tall over the lines above and below it, and a column's top
    right of the page's middle lies a few pixels above where it is in line with a rule
    over it. The type's own box is found from the bounding box (the inverse of the
    rotation's bounding box) and its centre turned back by the skew, so every block is
    compared in one upright frame. A rule across the page is a line, not a band: what
    touches it on either side is on that side of it, so only its middle line is kept.
    """
    box = box_of(block)
    t = math.radians(skew)
    s, c = math.sin(t), math.cos(t)
    a, det = abs(s), max(c * c - s * s, 1e-6)
    w = max(1, round((box.w * c - box.h * a) / det))
    h = max(1, round((box.h * c - box.w * a) / det))
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    ux, uy = cx * c - cy * s, cx * s + cy * c
    if block.kind == BlockKind.RULE and w > h:
        h = 1
    return Box(round(ux - w / 2), round(uy - h / 2), w, h)


def xy_cut(blocks: list[Block], unit: float | None = None, lead: str | None = None,
           rules: Sequence[Box] = ()) -> list[Block]:
    """Order boxed blocks by recursive cuts between zones and between columns.

    Zones are cut first, but only at white bands bordered by an element across
    the whole region (a page-wide rule, the masthead, a banner headline); then
    columns (a band no block crosses); then any remaining white band. So a
    headline over the columns it heads is read before them, and paragraphs that
    happen to end level in neighbouring columns never split a zone. Side-by-side
    groups are read left to right, except that the group under the lead headline (the
    widest, topmost of the widest) of the zone comes first when that headline stands
    above everything left of it (``_lead_first``). Only the page's first zone with a
    spanning headline has a lead: the stories in the zones below it, or under its
    columns running on, are lesser ones, read left to right. ``rules``: the page's column
    rules (``order_stacks.ruled_beside``).
    """
    if len(blocks) <= 1:
        return list(blocks)
    if unit is None:
        unit = column_unit(blocks)
        lead = _lead(blocks, unit)
    rows = _split(blocks, "y")
    if len(rows) > 1:
        zones = _zones(rows, blocks, rules)
        if len(zones) > 1:  # (a rail down the page's edge is a section: ``order_rails``)
            zones = railed_zones(zones, lambda g: _split(g, "x", slack=round(SLACK * unit)))
        if len(zones) > 1:  # each zone its own stories: the first with a lead, its own
            out: list[Block] = []
            for g in zones:
                own = _lead(g, unit) if lead is not None else None
                out += xy_cut(g, unit, own, rules)
                lead = None if own is not None else lead
            return out
        if _runs_on(rows, round(SLACK * unit)):
            # The stories under a story running on are the page's lesser ones: no lead.
            rest = [b for r in rows[1:] for b in r]
            return [*xy_cut(rows[0], unit, lead, rules), *xy_cut(rest, unit, None, rules)]
    cols = _split(blocks, "x", slack=round(SLACK * unit))
    if len(rows) > 1 and len(
            parts := ruled_sections(cols, rules, round(SLACK * unit), beside_stack)) > 1:
        # (``order_gutters``: a rule down the whole region parts sections, read in turn)
        return [b for g in _lead_first(parts, lead, unit) for b in xy_cut(g, unit, lead, rules)]
    if len(rows) > 1 and len(cols) > 1 and len(parts := stacked_stories(rows, cols)) > 1:
        return [b for g in parts for b in xy_cut(g, unit, lead, rules)]  # (``order_stacks``)
    if len(rows) > 1 and len(cols) > 1 and beside_heads(stacked := heads_down(rows), cols):
        return [b for r in stacked for b in xy_cut(r, unit, lead, rules)]  # (``order_stacks``)
    if len(cols) > 1:
        ordered = _lead_first(cols, lead, unit)
        return read_beside_heads(ordered, lambda g: xy_cut(g, unit, lead, rules))
    if len(rows) > 1 and len(parts := _ruled_stories(blocks, round(SLACK * unit))) > 1:
        return [b for g in _lead_first(parts, lead, unit) for b in xy_cut(g, unit, lead, rules)]
    if len(rows) > 1:
        return [b for g in _modules(rows, round(SLACK * unit))
                for b in xy_cut(g, unit, lead, rules)]
    if len(parts := ruled_gutters(blocks, round(SLACK * unit))) > 1:
        return [b for g in parts for b in xy_cut(g, unit, lead, rules)]  # (``order_gutters``)
    if len(parts := headed_columns(blocks, round(SLACK * unit))) > 1:
        return [b for g in parts for b in xy_cut(g, unit, lead, rules)]  # (``order_gutters``)
    return sorted(blocks, key=lambda b: (box_of(b).y, box_of(b).x))


#: What a story running on below its photo's caption opens its columns with.
_RUN_ON = frozenset({BlockKind.BODY, BlockKind.BYLINE, BlockKind.RULE})


def _runs_on(rows: list[list[Block]], slack: int) -> bool:
    """The region's top row is columns of headless text across its gutters (a story above
    running on, under its photo's caption, in all its columns), over stories with
    headings of their own: the row is read first, all its columns, then the stories.
    Cut into columns first, the story's columns were read each before the story under it.

    A photo set in one of those columns, its caption under it and the story's text
    under that, ends nothing: the photo sits inside the story's span (fresh pool V en
    s3061: a substation story's photo over its first column, its second column beside
    the photo, read after the two one-column stories under it and made an article of
    its own). Every column of the row still holds text, so a photo over the story below
    it (a column of picture and caption only) is no part of a running story.

    The stories under the row need not be parted by gutters of their own: a heading set
    right under the row across one of its gutters closes the row's columns too
    (``order_beside.heading_across``), its story's text running on beside it."""
    top, rest = rows[0], [b for r in rows[1:] for b in r]
    columns = _split(top, "x", slack)
    if not all(b.kind in _RUN_ON or b.kind in PHOTO_KINDS for b in top) or len(columns) < 2:
        return False
    if any(b.kind in PHOTO_KINDS for b in top) and not all(
            any(b.kind == BlockKind.BODY for b in c) for c in columns):
        return False
    below = _split(rest, "x", slack)
    return (len(below) > 1 and all(map(_headed, below))) or heading_across(
        columns, rows[1], slack)


def _headed(group: list[Block]) -> bool:
    """A story of its own opens atop the group: its topmost text is a heading, or a photo
    whose column goes on, past its caption, with a heading (``order_gutters.opens_story``).
    A column opening with its story's photo was no module: the rows beside it were read
    across, the headings right of the photo before the photo's own story under it
    (held-out S6 s862: 基层一线's kicker and headline read between the ferry story's photo
    and its caption)."""
    return opens_story(group)


def _ruled_stories(blocks: list[Block], slack: int) -> list[list[Block]]:
    """The region cut at gutters only rules parting nothing cross (``ruled_gutters``: a
    rule or a speck boxed as one across the page's foot), when each part opens a story of
    its own (``_headed``): stories side by side from their headings down, read each whole.
    Rows are no module here (no white gutter parts the region), so the headings' row was
    read across, a story's kicker and headline right of the lead's headline before the
    lead's byline (held-out S5 s854: 出行 and 轮渡还开吗 read inside the lead). One group
    otherwise."""
    parts = ruled_gutters(blocks, slack)
    return parts if len(parts) > 1 and all(map(_headed, parts)) else [blocks]


def _modules(rows: list[list[Block]], slack: int) -> list[list[Block]]:
    """Rows of a region no gutter parts, gathered into the modules a reader takes whole.

    Side-by-side stories (a box of briefs beside a story, two stories each under its own
    headline) sit above something set across both, so no gutter parts the region; read
    row by row, the reading zigzags between them and a heading leaves its body. From
    each row on, the longest run of rows that a gutter parts into modules, each opening
    with a heading (text on top runs on from a story above: its column is no module),
    is read as one region, column by column; a row no such run starts at is read alone.
    A headless story of its own beside the module left of it opens a module too
    (``order_stacks.own_headless_story``: fresh pool C zh s2950, read row by row, the
    story in columns 4-5 went between the market story beside it and the briefs under
    that, order-aware CER 0.29 against 0.04 order-free)."""
    out: list[list[Block]] = []
    i = 0
    while i < len(rows):
        run = i
        for k in range(i + 1, len(rows)):
            if (i, k) == (0, len(rows) - 1):
                continue
            groups = _split([b for r in rows[i : k + 1] for b in r], "x", slack)
            if len(groups) > 1 and all(_headed(g) or n > 0 and own_headless_story(
                    g, groups[n - 1]) for n, g in enumerate(groups)):
                run = k
        out.append([b for r in rows[i : run + 1] for b in r])
        i = run + 1
    return out


def _lead_first(
    groups: list[list[Block]], lead: str | None, unit: float
) -> list[list[Block]]:
    """Move the lead story's group first, with the groups right of it that have no
    headline of their own (its columns that run beside a photo or past its headline),
    when what stands left of it has headings of its own (headless text there, read after
    the lead's story, would join it) and either the lead's headline stands above
    everything left of it or what stands left of it is a one-column rail (no spanning
    headline there).

    A rail that runs on down beside the stories stacked under the lead's columns is a
    section of its own, read where it stands (``order_stacks.full_height_rail``).

    Otherwise side-by-side stories are read left to right: a wider headline on the right
    does not make its story first when a multi-column story left of it starts level with
    it (a headline that spans the stories under it is cut into a zone of its own before
    this, and so is read first anyway).
    """
    at = next((i for i, g in enumerate(groups) if any(b.id == lead for b in g)), None)
    if at is None or at == 0:
        return groups
    head = next(box_of(b) for b in groups[at] if b.id == lead)
    left = [b for g in groups[:at] for b in g]
    if not any(b.kind in HEADING_KINDS for b in left):
        return groups  # headless text read after the lead's story would join it
    spanning = any(b.kind == BlockKind.HEADLINE and box_of(b).w > SPANNING * unit for b in left)
    if spanning and head.bottom > min(box_of(b).y for b in left):
        return groups
    end = at + 1
    while end < len(groups) and not any(b.kind in HEADING_KINDS for b in groups[end]):
        end += 1
    if full_height_rail(left, [b for g in groups[at:end] for b in g]):
        return groups
    return groups[at:end] + groups[:at] + groups[end:]


def _lead(blocks: list[Block], unit: float) -> str | None:
    """The lead story's headline: the widest spanning one, the topmost of equals."""
    heads = [b for b in blocks if b.kind == BlockKind.HEADLINE and box_of(b).w > SPANNING * unit]
    if not heads:
        return None
    widest = max(box_of(b).w for b in heads)
    return min((b for b in heads if box_of(b).w >= 0.9 * widest), key=lambda b: box_of(b).y).id


def _zones(rows: list[list[Block]], blocks: list[Block],
           rules: Sequence[Box] = ()) -> list[list[Block]]:
    """Merge row groups across every cut that no full-width element borders.

    A page-wide rule, a masthead or a banner headline across the whole region
    separates zones (a kicker right above such a headline goes with it), and so does
    the end of a caption row; a mere white band (a headline ending above a byline
    while the next column runs on) does not.
    """
    x0 = min(box_of(b).x for b in blocks)
    width = max(box_of(b).right for b in blocks) - x0

    def full(group: list[Block]) -> bool:
        """An element across the region, with nothing of its row beside it; or a row of
        rules alone that together cross it (one over each of two stories side by side)."""
        if all(b.kind == BlockKind.RULE for b in group):
            return sum(box_of(b).w for b in group) >= 0.75 * width
        return any(box_of(b).w >= 0.75 * width and all(
            min(box_of(o).right, box_of(b).right) > max(box_of(o).x, box_of(b).x) for o in group)
            for b in group)

    def captions(group: list[Block]) -> bool:
        return all(b.kind in PHOTO_TEXT_KINDS for b in group)

    zones = [list(rows[0])]
    for at, (prev, cur) in enumerate(zip(rows, rows[1:], strict=False), 1):
        if full(cur) and not full(prev) and all(b.kind in HEADING_KINDS for b in prev):
            # A kicker over a headline across the region opens the headline's zone.
            if len(zones[-1]) > len(prev):
                zones[-1] = [b for b in zones[-1] if b not in prev]
                zones.append(list(prev))
            zones[-1].extend(cur)
        # A photo's caption and credit with nothing beside them close the photo: what
        # follows is read after them, whichever column it sits in.
        elif full(prev) or full(cur) or (captions(prev) and not captions(cur)
                                         and not _inset(zones[-1], prev, cur)
                                         and not ruled_beside(prev, zones[-1], rules)
                                         and not boxed_beside(
                                             prev, zones[-1], [b for r in rows[at:] for b in r],
                                             rules)):
            zones.append(list(cur))
        else:
            zones[-1].extend(cur)
    return zones


def _inset(zone: list[Block], caption: list[Block], under: list[Block]) -> bool:
    """The photo whose caption row is ``caption`` is set into a story's columns: the
    story's headless text stands beside the photo (clear of the caption, ending above
    it), and its text goes on under the caption (a byline or running text, no heading).
    The caption then closes no zone: the columns are read left to right, those under
    the photo first (held-out A s6: the two columns beside the photo were read before
    the byline and the three columns under it, and the story was cut in two)."""
    x0, x1 = min(box_of(b).x for b in caption), max(box_of(b).right for b in caption)
    top = min(box_of(b).y for b in caption)
    beside = [b for b in zone if box_of(b).x >= x1 or box_of(b).right <= x0]
    if not beside or any(b.kind != BlockKind.BODY or box_of(b).bottom > top for b in beside):
        return False
    below = [b for b in under if min(box_of(b).right, x1) > max(box_of(b).x, x0)
             and b.kind != BlockKind.RULE]
    return bool(below) and min(below, key=lambda b: box_of(b).y).kind in (
        BlockKind.BODY, BlockKind.BYLINE)


def _from(b: Block, blocks: list[Block]) -> int:
    """Where ``b`` starts across the page, for the columns: a jump line set flush right
    and wider than a column (``DOGSHOW, continued on Page A6``) runs left over the gutter
    into the column beside it, and belongs to the column its right end stands in; its
    overhang would join the two columns, read row by row (held-out S5 s855, S4 s846)."""
    box = box_of(b)
    if b.kind != BlockKind.JUMP:
        return box.x
    return max(box.x, box.right - round(column_unit(blocks)))


def _split(blocks: list[Block], axis: Literal["x", "y"], slack: int = 0) -> list[list[Block]]:
    """Group blocks whose extents along ``axis`` overlap by more than ``slack``; groups
    sorted along it.

    Columns are cut with a slack: on a real page the boxes of neighbouring columns
    overlap by a few pixels where the type drifts with the paper's skew or a region
    was drawn loosely round it (NZZ 1884: 8 px over 890 px columns), and without it
    no gutter is found and the page is read row by row across its columns.
    """
    if axis == "y":
        spans = [(box_of(b).y, box_of(b).bottom, b) for b in blocks]
    else:
        spans = [(_from(b, blocks), line_across_to(b, blocks), b) for b in blocks]
    spans.sort(key=lambda s: (s[0], s[1]))
    groups: list[list[Block]] = []
    end = None
    for start, stop, b in spans:
        # A rule across is a line (``_upright``): type it parts off may reach a pixel or
        # two past it, a box turned back upright being its bounding box's.
        touch = RULE_TOUCH if axis == "y" and b.kind == BlockKind.RULE else 0
        if end is None or start >= end - max(slack, touch):
            groups.append([b])
            end = stop
        else:
            groups[-1].append(b)
            end = max(end, stop)
    return groups
