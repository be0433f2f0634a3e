"""Stacked stories and the reading order: a rail down the page's side, read where it
stands; a story's column beside its headline, read with it (``ocr.order_beside`` reads
a column beside a heading set over fewer columns than its story); a photo's caption
beside a column rule, which closes no zone across it.

A page's lead is read before a rail of briefs beside it (``ocr.order._lead_first``): the
rail is the lead's sidebar. A rail that runs on down beside the stories stacked under the
lead's columns is no sidebar but a section of the page of its own (a column of briefs and
short stories down its side), read where it stands, left to right (held-out S s809: its
rail read after every story right of it, 0.64 order-aware CER against 0.012 order-free).

A headline is often set over fewer columns than its story: the story's other column
starts beside it, level with its top (its kicker's, when it has one). Where stories are
stacked so, each with a column beside its headline, those columns line up into one
headless column down the region, and the cut read it after all the stories (held-out S
s810: ``crossings between Port`` beside ``TRANSIT`` read after CITY HALL under it, an
article of its own). When every piece of such a column starts level with the headings
of its row (or stands in a row of headless columns, a story above running on), the
region is read row by row: each story with the column beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from .column_flow import OPENS_INDENT, RULE_TOUCH, box_of, goes_on
from .model import HEADING_KINDS, PHOTO_KINDS, PHOTO_TEXT_KINDS, Block, BlockKind, Box
from .order_gutters import section_edge
from .typography import STORY_WHITE

#: Headless pieces right of a rule, each level with a heading left of it, that say the
#: stories stacked left of the rule go on past it (``beside_stack``): one alone is a
#: headless story of its own (S6 s866).
STACKED_OPENINGS = 2


def full_height_rail(rail: list[Block], main: list[Block]) -> bool:
    """``rail`` reaches down beside a story stacked in ``main`` under the lead's text (a
    headline with running text above it): the rail is a section of its own. A rail
    beside the lead's story alone (the zone under it cut at a page-wide rule) is not."""
    text = [box_of(b) for b in main if b.kind == BlockKind.BODY]
    stacked = [box_of(h).y for h in main if h.kind == BlockKind.HEADLINE and any(
        t.bottom <= box_of(h).y and min(t.right, box_of(h).right) > max(t.x, box_of(h).x)
        for t in text)]
    return bool(stacked) and max(box_of(b).bottom for b in rail) > min(stacked)


def beside_stack(left: list[Block], right: list[Block]) -> bool:
    """``right``'s headless pieces (its running text on top, and each under a story's
    white from the text over it) open level with headings of ``left``, ``STACKED_OPENINGS``
    at least:
    the columns of stories stacked in ``left`` go on past the rule, each story's beside
    its heading, no section of its own (a section's stories open on headings of their
    own, not each level with a heading across the rule). Parted there, the lead's columns beside its
    heading and photo were read after the stories stacked under it (a fresh draw of pool
    U, zh s2103: order-aware CER 0.53 against 0.03 order-free)."""
    line = body_line([*left, *right])
    heads = [box_of(b).y for b in left if b.kind in HEADING_KINDS]
    if not line or not heads:
        return False
    down = sorted((b for b in right if b.kind != BlockKind.RULE), key=lambda b: box_of(b).y)
    tops = [b for k, b in enumerate(down) if b.kind == BlockKind.BODY
            and (k == 0 or down[k - 1].kind == BlockKind.BODY and story_white(down[k - 1], b))]
    return sum(any(abs(box_of(t).y - h) <= line for h in heads) for t in tops) >= STACKED_OPENINGS


def ruled_beside(caption: list[Block], zone: list[Block], rules: Sequence[Box]) -> bool:
    """A column rule beside the caption row runs on above and below it by more than the
    row's height, none of the ``zone`` so far crossing it, and the zone's type on each
    side of it opens with a heading or a box's title (no story's text runs on across
    it): the columns across it are a section of their own (a rail), and the photo's
    caption closes nothing there. Closed there, the rail's stories above the caption
    were read before the columns of the photo's story under it (held-out S2 s820:
    order-aware CER 0.50 against 0.003 order-free)."""
    x0, x1 = min(box_of(b).x for b in caption), max(box_of(b).right for b in caption)
    top, foot = min(box_of(b).y for b in caption), max(box_of(b).bottom for b in caption)
    reach = foot - top
    text = [b for b in zone if b.kind != BlockKind.RULE]
    for r in rules:
        mid = r.x + r.w / 2
        if (r.y >= top - reach or r.bottom <= foot + reach or x0 < mid < x1
                or any(_across(box_of(t), r) for t in text)):
            continue
        sides = ([t for t in text if box_of(t).x + box_of(t).w / 2 < mid],
                 [t for t in text if box_of(t).x + box_of(t).w / 2 > mid])
        if _sections(*sides):
            return True
        if all(sides) and section_edge(*sides):
            return True
    return False


def boxed_beside(caption: list[Block], zone: list[Block], under: list[Block],
                 rules: Sequence[Box]) -> bool:
    """A white gutter beside the caption row, none of the ``zone`` so far nor the text
    ``under`` it crossing it, parts the caption's columns from a rail whose box runs on
    past the row (a column rule beyond the gutter reaching above and below it by more
    than the row's height: the side of a box of notices set in the rail), the zone's
    type on each side opening with a heading or a box's title: as ``ruled_beside``, the
    caption closes nothing across the gutter. Closed there, the rail's top story was
    read between the photo and the story it tops (held-out S7 s874: order-aware CER 0.38
    against 0.04 order-free)."""
    x0, x1 = min(box_of(b).x for b in caption), max(box_of(b).right for b in caption)
    top, foot = min(box_of(b).y for b in caption), max(box_of(b).bottom for b in caption)
    reach = foot - top
    text = [b for b in (*zone, *under) if b.kind != BlockKind.RULE]
    own = [b for b in zone if b.kind != BlockKind.RULE]
    spans = sorted((box_of(b).x, box_of(b).right) for b in text)
    end = spans[0][1]
    for lo, hi in spans[1:]:
        if lo > end and (end >= x1 or lo <= x0):  # a white gutter beside the caption
            beyond = (lo, 1 << 30) if end >= x1 else (-1, end)
            sides = ([t for t in own if box_of(t).right <= end],
                     [t for t in own if box_of(t).x >= lo])
            boxed = any(beyond[0] <= r.x + r.w / 2 <= beyond[1] and r.y < top - reach
                        and r.bottom > foot + reach for r in rules)
            if boxed and _sections(*sides):
                return True
        end = max(end, hi)
    return False


#: What a section of the page opens with: a heading, or a box's title (``IN BRIEF``).
_OPENERS = HEADING_KINDS | {BlockKind.FURNITURE}

#: What a rail's column opens with beside a photo's caption row (``ruled_beside``,
#: ``boxed_beside``): a section's opener, or the writer's line of a headless story set at
#: the rail's top (``本报讯（记者…``). No column of the story across the rule goes on
#: with a byline: it opens a story (fresh pool C zh s3169: the rail's two stories read
#: between the market and cobbler stories' captions and their text under them,
#: order-aware CER 0.47 against 0.03 order-free).
_RAIL_OPENERS = _OPENERS | {BlockKind.BYLINE}


def _sections(left: list[Block], right: list[Block]) -> bool:
    """The type on each side of a rule or gutter beside a caption row opens a section: a
    heading or a box's title on top of each, or of one with a headless story's byline on
    top of the other (``_RAIL_OPENERS``). Two bylines are no two sections: a story's
    writer's line over its first column and a line of its second column read as one
    (a fresh heavy draw of pool C, zh s2816) say nothing of where a section ends."""
    tops = [min(side, key=lambda t: box_of(t).y).kind for side in (left, right) if side]
    return (len(tops) == 2 and all(k in _RAIL_OPENERS for k in tops)
            and any(k in _OPENERS for k in tops))


def _across(box: Box, rule: Box) -> bool:
    """``box`` reaches past ``rule`` on both sides, beyond its stroke by more than
    ``RULE_TOUCH``: type on both sides of it. A photo set against a column rule is found
    from its pixels and its box takes in a few of the rule's (fresh pool C zh s3169: the
    lead's photo over four columns ended 3 px past the rail's rule's middle, inside its
    stroke, and was taken for an element across the rule, which then parted nothing)."""
    return box.x < rule.x - RULE_TOUCH and box.right > rule.right + RULE_TOUCH


def beside_heads(rows: list[list[Block]], cols: list[list[Block]]) -> bool:
    """A group of ``cols`` (a region cut into columns) stands in two of its ``rows`` or
    more, its piece in each level (within a line of the body's) with the top of the
    headings left of it in that row, in two rows at least, one of those pieces headless
    (a story's column beside its headline); a row with no heading (the columns of a
    story above running on) may hold one too. A piece is running text or one story (its
    heading over its text): a group whose lower piece opens a story of its own level
    with the one left of it is read row by row as well (held-out S2 s815: the lower
    story's third column, parted from the story above by white alone, went with it).
    A deck right under a headline of the row above opens no story in its row (S5 s860:
    its top level by chance with the kicker of the story right of it). Nor is a headless
    piece that is a story of its own (``own_headless_story``) a column beside a heading:
    its group is read with its own stack, not row by row."""
    line = body_line([b for r in rows for b in r])
    for col in cols[1:]:
        level, ok, beside = 0, True, False
        for k, row in enumerate(rows):
            ids = {id(b) for b in row}
            mine = [b for b in col if id(b) in ids]
            if not mine:
                continue
            x0 = min(box_of(b).x for b in mine)
            heads = [b for b in row if b.kind in HEADING_KINDS and box_of(b).right <= x0
                     and not _deck_under(b, rows[k - 1] if k else [], line)]
            text = sorted((b for b in mine if b.kind != BlockKind.RULE), key=lambda b: box_of(b).y)
            if not text or not _one_story(text):
                ok = False
                continue
            headless = text[0].kind == BlockKind.BODY
            if headless and own_headless_story(text, [b for b in row if box_of(b).right <= x0]):
                ok = False  # (a story of its own beside the heading: no column of its story)
                continue
            if not heads:
                ok = ok and all(b.kind in (BlockKind.BODY, BlockKind.BYLINE, BlockKind.RULE)
                                for b in row)
                continue
            top = min(box_of(b).y for b in heads)
            if abs(min(box_of(b).y for b in mine) - top) <= line:
                level += 1
                beside = beside or headless
            else:
                ok = False
        if ok and beside and level >= 2:
            return True
    return False


def stacked_stories(rows: list[list[Block]], cols: list[list[Block]]) -> list[list[Block]]:
    """``rows`` (a region cut at its white bands, standing in two ``cols`` or more)
    gathered into the stories stacked in those columns, top down; one group when there
    is no such stack.

    A white band is where one story ends and the next begins when it parts every column
    (type over it and under it in each), the type over it in each column is running
    text, and under it stands a heading or running text set off by a story's white
    (``typography.STORY_WHITE``: layout kept them apart for it); and what stands over it
    since the last such band is one story across the columns (a heading, if any, in the
    first column alone, every column's top level with the first's). Cut into columns
    first, each column was read down through both stories: held-out S4 s845, a headless
    interview under the flood story's two columns, read into the flood story's first
    column before its second (0.150 order-aware CER against 0.008 order-free), and s837,
    the next story's heading in the first column and its text level with it in the
    others. Under a lead, the band may open a box of briefs with its title in one column
    (held-out S5 s852: the lead's other columns were read after the whole box), and close
    the lead's photo with its caption in the columns the photo stands in, the lead's text
    ending beside it (s849: its column beside the photo read after the story under it)."""
    out: list[list[Block]] = [list(rows[0])]
    for k in range(1, len(rows)):
        above = [b for r in rows[:k] for b in r]
        below = [b for r in rows[k:] for b in r]
        if _story_band(above, below, cols) and _one_across(out[-1], cols):
            out.append(list(rows[k]))
        else:
            out[-1].extend(rows[k])
    return out


def _story_band(above: list[Block], below: list[Block], cols: list[list[Block]]) -> bool:
    """Every one of ``cols`` has running text over the band and, under it, a heading, a
    box's title or running text a story's white lower; or, in some of them but not all,
    the story's photo closed by its caption over the band, with anything but a caption
    under it (see ``stacked_stories``)."""
    over, under = {id(b) for b in above}, {id(b) for b in below}
    ends = 0
    for col in cols:
        up = [b for b in col if id(b) in over and b.kind != BlockKind.RULE]
        down = [b for b in col if id(b) in under and b.kind != BlockKind.RULE]
        if not up or not down:
            return False
        last = max(up, key=lambda b: box_of(b).bottom)
        first = min(down, key=lambda b: box_of(b).y)
        if photo_closed(up, last):
            if first.kind in PHOTO_KINDS:
                return False
            continue
        if last.kind != BlockKind.BODY:
            return False
        ends += 1
        if first.kind in _OPENERS:
            continue
        if first.kind not in (BlockKind.BODY, BlockKind.BYLINE) or not story_white(last, first):
            return False
    return ends > 0


def photo_closed(up: list[Block], last: Block) -> bool:
    """The column's type over the band ends on a photo's caption (or credit), the photo
    over it in the column: the story's photo, set in its columns with its text beside
    it (a lead wrapped round its photo), closes the story there."""
    return last.kind in PHOTO_TEXT_KINDS and any(
        b.kind == BlockKind.ILLUSTRATION
        and box_of(b).bottom <= box_of(last).y + box_of(last).h // 2
        for b in up)


def story_white(a: Block, b: Block) -> bool:
    """``b`` stands under ``a`` off by more white than ``a``'s leading: most of a line
    more, line middle to line middle (as ``layout.merge.story_gap`` parts them; a line's
    height taken at most its pitch, a CJK line's box being often taller)."""
    high = body_line([a, b])
    up = [ln.box for ln in a.lines if ln.box is not None and ln.box.h >= 0.5 * high]
    down = [ln.box for ln in b.lines if ln.box is not None and ln.box.h >= 0.5 * high]
    if len(up) < 2 or not down:
        return False
    pitch = sorted(n.y - p.y for p, n in zip(up, up[1:], strict=False))[(len(up) - 1) // 2]
    white = down[0].y + down[0].h / 2 - (up[-1].y + up[-1].h / 2) - pitch
    return white >= STORY_WHITE * min(high, pitch)


def _one_across(region: list[Block], cols: list[list[Block]]) -> bool:
    """``region`` is one story across ``cols``: every column but the first is running
    text alone, its top level (within a line of the body's) with the first column's (two
    stories side by side, a box of briefs beside a story, a column starting lower beside
    a story, are read column by column)."""
    ids = {id(b) for b in region}
    mine = [[b for b in col if id(b) in ids and b.kind != BlockKind.RULE] for col in cols]
    if not all(mine):
        return False
    line = body_line(region)
    tops = {min(box_of(b).y for b in mine[0]), _under_heading(mine[0])}
    return all(all(b.kind == BlockKind.BODY for b in col)
               and any(abs(min(box_of(b).y for b in col) - t) <= line for t in tops)
               and not own_headless_story(col, mine[0])
               for col in mine[1:])


def own_headless_story(piece: list[Block], beside: list[Block]) -> bool:
    """``piece`` (a column's type) is a headless story of its own set level with the
    story ``beside`` it, not that story's column beside its headline: its text opens a
    paragraph (its first line indented) and runs lower than the story's text beside it,
    by ``OWN_FOOT`` of a line or more, or is parted by a story's white (``_parted``: two
    headless stories one under the other). A story's text fills its columns in turn to
    one foot, the column beside its headline last (it ends there or higher), one run of
    text; a story set without a heading at the top of a stack of its own ends where its
    text does (fresh pool C zh s2959: the headless column beside the parking story's
    headline, read between that story and the trade-in story under it as one story
    across the stacks; s2950, a headless story beside the market story, read row by row;
    pool Y zh s2980, two headless stories at the rail's top beside the lead's heading,
    read inside the lead)."""
    text = sorted((b for b in piece if b.kind != BlockKind.RULE), key=lambda b: box_of(b).y)
    own = list(takewhile(lambda b: b.kind == BlockKind.BODY, text))  # its running text
    if not text or text[0].kind != BlockKind.BODY or not text[0].lines or goes_on(text[0]):
        return False
    if text[0].lines[0].indent < OPENS_INDENT:
        return False
    top, foot = box_of(text[0]).y, max(box_of(b).bottom for b in own)
    level = [box_of(b).bottom for b in beside
             if b.kind == BlockKind.BODY and box_of(b).bottom > top and box_of(b).y < foot]
    line = body_line(own)
    return line > 0 and (bool(level) and foot - max(level) >= OWN_FOOT * line
                         or _parted(own, line))


def _parted(text: list[Block], line: float) -> bool:
    """``text`` is parted across by a story's white (``STORY_WHITE`` lines or more, no
    block crossing it): two stories one under the other, no one column running on."""
    down = sorted(text, key=lambda b: box_of(b).y)
    foot = box_of(down[0]).bottom
    for b in down[1:]:
        if box_of(b).y - foot >= STORY_WHITE * line:
            return True
        foot = max(foot, box_of(b).bottom)
    return False


#: How far (in the body's lines) a headless column's foot stands under the text of the
#: story beside it when it is a story of its own: more than a scan's play in a block's
#: foot (a descender, a speck), less than the line a column left short would stand off.
OWN_FOOT = 0.4


def _under_heading(col: list[Block]) -> int:
    """The top of ``col``'s text under the heading that opens it (its own top when no
    heading opens it): a story's headline reaches over its other columns whatever its
    box, a short CJK headline's box ending over the first (held-out S6 s861: the
    festival story's third column, level with its text, read after the story under it)."""
    down = sorted(col, key=lambda b: box_of(b).y)
    k = next((i for i, b in enumerate(down) if b.kind not in HEADING_KINDS), len(down))
    return box_of(down[min(k, len(down) - 1)]).y


def heads_down(rows: list[list[Block]]) -> list[list[Block]]:
    """``rows`` with a row of headings alone (kickers over headlines a little lower) joined
    to the row under it: a heading is read with what it heads."""
    out: list[list[Block]] = []
    carry: list[Block] = []
    for row in rows:
        if all(b.kind in HEADING_KINDS or b.kind == BlockKind.RULE for b in row):
            carry += row
            continue
        out.append(carry + row)
        carry = []
    return out + [carry] if carry else out


def _one_story(text: list[Block]) -> bool:
    """``text`` (top down) is running text, or one story: its heading over its text (a
    heading alone is not: its text is in another row)."""
    kinds = [b.kind in HEADING_KINDS for b in text]
    if not kinds[0]:
        return not any(kinds) and all(b.kind == BlockKind.BODY for b in text)
    return kinds == sorted(kinds, reverse=True) and not kinds[-1]


def _deck_under(b: Block, above: list[Block], line: float) -> bool:
    """``b`` is a deck set within a line and a half under a heading of ``above``."""
    if b.kind != BlockKind.SUBHEADLINE:
        return False
    box = box_of(b)
    return any(h.kind in HEADING_KINDS and -2 <= box.y - box_of(h).bottom <= 1.5 * line
               and min(box.right, box_of(h).right) > max(box.x, box_of(h).x) for h in above)


def body_line(blocks: list[Block]) -> float:
    """The body's line height: the median of its blocks' lines."""
    hs = sorted(ln.box.h for b in blocks if b.kind == BlockKind.BODY for ln in b.lines
                if ln.box is not None)
    return float(hs[len(hs) // 2]) if hs else 0.0
