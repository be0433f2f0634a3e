"""A story's columns set beside its heading and photo, read with the story.

A headline is often set over fewer columns than its story, its photo under it: the story's
other columns start beside the heading (level with its kicker, or with its byline over
them) or beside the photo, and other stories open under the photo's caption. Cut into
columns down the gutter between, the region was read column group by group: the stories
under the photo before the story's own columns beside it (held-out S12 s945: the lead's
text in columns 3–4 read after the two stories under its photo, order-aware CER 0.40
against 0.04 order-free; N3 s1119: the cookery story's columns beside its heading and
photo read after the harvest story under the photo, one an article of its own; Y2 s973:
the travel story's third column beside its photo read after the rescue story under it).

A heading owns what stands beside it on its level down to the next story opening under
it: text set in the next column (or the next columns, each level with the last) from the
heading's level down, above that story's top, is the heading's story's, read before it.
"""

from __future__ import annotations

from collections.abc import Callable

from .column_flow import box_of
from .model import HEADING_KINDS, PHOTO_KINDS, PHOTO_TEXT_KINDS, Block, BlockKind
from .order_gutters import opens_story, top_block
from .order_stacks import body_line, own_headless_story, story_white

#: What a group may open with for a column beside it to be its story's: a heading, or
#: the story's photo under a heading over both (``_beside_head``).
_BESIDE_OF = HEADING_KINDS | {BlockKind.ILLUSTRATION}
#: What a story's text beside its heading or photo holds: its running text, which may
#: open on the story's byline.
_BESIDE = frozenset({BlockKind.BODY, BlockKind.BYLINE})
#: What closes a story read down its column: the next heading, or a rule or a box's title
#: over what is set under it (a box of briefs: the story's column beside its heading goes
#: before the box, not into it).
_CLOSES = HEADING_KINDS | {BlockKind.RULE, BlockKind.FURNITURE}


def read_beside_heads(
    groups: list[list[Block]], read: Callable[[list[Block]], list[Block]]
) -> list[Block]:
    """``groups`` (a region cut into columns, in reading order) each read by ``read``,
    the headless top of a group read within the group left of it when it starts level
    (within a line of the body's) with the heading that opens that group and another
    story opens there under it: a story's column beside its headline, set over fewer
    columns than the story, read after that story's columns, before the story under it
    (held-out S2: ``据市民政局介绍，…`` beside ``民生实事`` read after the story under
    that one). A story opening lower in the group takes the text level with its heading
    in the groups right of it the same way (``_level_runs``)."""
    line = body_line([b for g in groups for b in g])
    rest = [list(g) for g in groups]
    out: list[Block] = []
    for i, group in enumerate(rest):
        if not group:
            continue
        own = read(group)
        top = _beside_head(group, rest[i + 1], line) if i + 1 < len(rest) else []
        if top:
            rest[i + 1] = [b for b in rest[i + 1] if b not in top]
            foot = max(box_of(b).bottom for b in top)
            at = next((k for k, b in enumerate(own)
                       if b.kind in _CLOSES and box_of(b).y >= foot), len(own))
            own = own[:at] + read(top) + own[at:]
        for head, cap in _openings(group):
            runs = _level_runs(head, cap, group, rest[i + 1:], line)
            if not runs:
                continue
            for k, run in enumerate(runs, i + 1):
                rest[k] = [b for b in rest[k] if b not in run]
            foot = max(box_of(b).bottom for r in runs for b in r)
            after = own.index(head)
            at = next((k for k in range(after + 1, len(own))
                       if own[k].kind in HEADING_KINDS and box_of(own[k]).y >= foot), len(own))
            own = own[:at] + [b for r in runs for b in read(r)] + own[at:]
        out += own
    return out


def heading_across(columns: list[list[Block]], row: list[Block], slack: int) -> bool:
    """A heading in the row right under the running row is set across a gutter of it:
    the columns it spans end over it, so the row is the story above, read whole before
    the one under the heading. A story under a heading two columns wide, whose text runs
    on beside it in the columns to its right, leaves no gutter free below the running
    row, and the story above was read in the columns the heading spans, then in those
    to its right after the story under it (fresh pool Y zh s3056: an elevator story's
    last two columns under its photo read with a taxi story's, as one headless article).
    The heading stands right under the row: nothing of the row under it but a heading or
    a rule stands over the heading in its width (a story's heading lower down, under text
    that runs on from the row's columns or under its own photo, closes nothing)."""
    for b in row:
        if b.kind not in HEADING_KINDS:
            continue
        h = box_of(b)
        if any(o.kind not in HEADING_KINDS and o.kind != BlockKind.RULE and _over(o, b)
               and box_of(o).y < h.y for o in row):
            continue
        spanned = [c for c in columns if min(h.right, max(box_of(k).right for k in c))
                   - max(h.x, min(box_of(k).x for k in c)) > slack]
        if len(spanned) > 1:
            return True
    return False


def _beside_head(left: list[Block], right: list[Block], line: float) -> list[Block]:
    """The headless blocks on top of ``right`` that stand beside the heading opening
    ``left`` (see ``read_beside_heads``), or none.

    A story's text may open on its byline (held-out S12 s945: the lead's byline over its
    third column, level with its kicker). And ``left`` may open on the story's photo,
    its heading set over both in the zone above: the story's text beside the photo is
    read before what opens under the photo's caption (Y2 s973). Read so, ``right``'s top
    stops over the first story opening in ``left`` under the photo (the one under it
    runs on in ``right`` below: the rescue story's third column), when no block of
    ``right`` stands across that line."""
    first = top_block(left)
    if first is None or first.kind not in _BESIDE_OF:
        return []
    cap = min((box_of(b).y for b in right if b.kind in HEADING_KINDS
               or b.kind == BlockKind.ILLUSTRATION
               and opens_story([o for o in right if box_of(o).y >= box_of(b).y])),
              default=1 << 30)
    if first.kind == BlockKind.ILLUSTRATION:
        cap = min(cap, _opening_under(left, first, line))
    top = sorted((b for b in right if box_of(b).bottom <= cap), key=lambda b: box_of(b).y)
    if (not top or any(b.kind not in _BESIDE for b in top)
            or not any(b.kind == BlockKind.BODY for b in top)
            or any(_across(b, cap, line) for b in right)
            or abs(box_of(top[0]).y - box_of(first).y) > _level(top[0], line)
            or _text_between(left, first, top[0], line) or own_headless_story(top, left)):
        return []
    foot = max(box_of(b).bottom for b in top)
    return top if any(b.kind in HEADING_KINDS and box_of(b).y >= foot for b in left) else []


def _opening_under(left: list[Block], photo: Block, line: float) -> int:
    """The top of the first heading in ``left`` under ``photo``'s own caption and credit
    (set within two lines under it, one under the other: a story opening under the
    photo); a page's depth when there is none."""
    box = box_of(photo)
    foot = box.bottom
    for t in sorted((box_of(b) for b in left if b.kind in PHOTO_TEXT_KINDS
                     and min(box_of(b).right, box.right) > max(box_of(b).x, box.x)),
                    key=lambda t: t.y):
        if box.y <= t.y <= foot + 2 * line:
            foot = max(foot, t.bottom)
    return min((box_of(b).y for b in left if b.kind in HEADING_KINDS and box_of(b).y >= foot),
               default=1 << 30)


def _level(top: Block, line: float) -> float:
    """How far the top of a story's text beside its heading may stand from the heading's:
    a line of the body's (a taller first letter, the skew), half of it when the text
    opens on a byline, whose type tops level with the heading's by design (N3 s1119: the
    school story's byline under its photo's caption, 28 px under the headline of the
    story left of it, a line being 34, is no column beside that headline; S s802: a
    story's byline in the rail under the box of briefs, 45 px over the farm story's
    kicker left of it, a line being 53, was read inside the farm story)."""
    return line / 2 if top.kind == BlockKind.BYLINE else line


def _openings(group: list[Block]) -> list[tuple[Block, int]]:
    """Stories opening inside ``group`` below its top, each as its first heading (no
    heading right over it) and the top of the next story opening under it: a heading
    under some of the story's own type (its headline, photo, text) in its columns."""
    first = top_block(group)
    heads = sorted((b for b in group if b.kind in HEADING_KINDS), key=lambda b: box_of(b).y)
    out: list[tuple[Block, int]] = []
    for h in heads:
        box = box_of(h)
        if h is first or any(
                g is not h and box_of(g).y < box.y and _over(g, h) for g in heads
                if box.y - box_of(g).bottom <= 2 * box_of(h).h):
            continue
        under = [box_of(g).y for g in heads if box_of(g).y > box.bottom and _over(g, h) and any(
            b.kind not in HEADING_KINDS and b.kind != BlockKind.RULE and _over(b, h)
            and box.bottom <= box_of(b).y < box_of(g).y for b in group)]
        if under and any(b.kind == BlockKind.ILLUSTRATION and _over(b, h)
                         and box.bottom <= box_of(b).y < min(under) for b in group):
            out.append((h, min(under)))
    return out


def _level_runs(head: Block, cap: int, left: list[Block], groups: list[list[Block]],
                line: float) -> list[list[Block]]:
    """The text level with ``head`` in each of ``groups`` in turn (the columns right of
    its story, read left to right), as long as each holds some: a run of running text
    (opening on a byline or set off by a story's white from the type over it) from
    ``head``'s level down, ending over ``cap`` with no block across it."""
    runs: list[list[Block]] = []
    for group in groups:
        blocks = sorted((b for b in group if b.kind != BlockKind.RULE), key=lambda b: box_of(b).y)
        at = next((k for k, b in enumerate(blocks)
                   if abs(box_of(b).y - box_of(head).y) <= _level(b, line)), None)
        if at is None or any(_across(b, cap, line) for b in blocks):
            break
        start = blocks[at]
        if not runs and _text_between(left, head, start, line):
            break
        over = blocks[at - 1] if at else None
        if start.kind not in _BESIDE or (over is not None and (
                over.kind in PHOTO_KINDS or start.kind != BlockKind.BYLINE
                and not story_white(over, start))):
            break
        run = []
        for b in blocks[at:]:
            if b.kind not in _BESIDE or box_of(b).bottom > cap:
                break
            run.append(b)
        if not any(b.kind == BlockKind.BODY for b in run) or own_headless_story(run, left):
            break
        runs.append(run)
    return runs


def _text_between(left: list[Block], head: Block, start: Block, line: float) -> bool:
    """Text of ``left`` stands level with ``start``'s first line between ``head``'s left
    edge and ``start``: the story's own column comes first there, and ``start`` opens a
    column beyond it, no column beside the heading (a fresh draw of pool C, zh s1303: the
    lead's third column beside its heading, and beyond it a story of its own opening on its
    byline level with the lead's kicker, read inside the lead: 0.061 -> 0.239)."""
    box = box_of(start)
    return any(b is not head and b.kind not in HEADING_KINDS and b.kind != BlockKind.RULE
               and box_of(b).x >= box_of(head).x and box_of(b).right <= box.x
               and box_of(b).y < box.y + line and box_of(b).bottom > box.y for b in left)


def _across(block: Block, cap: int, line: float) -> bool:
    """``block`` stands across ``cap`` (the top of the story opening under the heading's):
    it starts more than a line over it and ends under it. A block starting within a line
    of it opens level with that story (N3 s1119: the village story's photo in column 6,
    5 px over the harvest story's kicker, under the cookery story's sixth column)."""
    return box_of(block).y + line < cap < box_of(block).bottom


def _over(a: Block, b: Block) -> bool:
    """``a`` and ``b`` share some of their width."""
    return min(box_of(a).right, box_of(b).right) > max(box_of(a).x, box_of(b).x)
