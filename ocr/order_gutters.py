"""Gutters crossed by rules alone: a region no white band and no free gutter parts; a
heading over columns its story's text rises beside (``headed_columns``); and a column rule
down a region's whole height, which parts sections, not a story's columns
(``ruled_sections``).

A rule across some columns (a story's border under the lead's columns, the page's foot
rule over its folio) crosses their gutters, and where text beside them runs down past it
(a column of another story the rule does not reach) no white band parts the region
either: with neither cut the region was read line by line across, each row of headings
side by side one heading after another, their texts after (held-out S5 s854, s855). A
rule has no text to read: a gutter it crosses is still a gutter unless the rule parts
stories there, text over it and under it on both sides of the gutter (a lead's columns
over the stories under it: cut there, the lead's first column is read on into the story
under it). The page's foot rule, nothing under it, parts nothing (s854: the gutter beside
the lead's columns crossed by it alone). Where every gutter is crossed by such borders
(s855: the rule under the lead runs over the gutter of the rail beside it, whose deck
layout joined across that gutter), the region is still cut at the gutters the fewest of
them cross: read column by column, a story is read on from its heading, read row by row
across the page never.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .column_flow import SLACK, box_of, column_unit, goes_on, line_pitch
from .headline_reach import SPANNING
from .letter_pairs import DENSE_TO_RESUME, OPENING_CHARS, pair_density, talks
from .model import HEADING_KINDS, PHOTO_TEXT_KINDS, Block, BlockKind, Box
from .paragraphs import CJK_INDENT
from .script import is_cjk
from .terms import cjk_pairs


def ruled_sections(cols: list[list[Block]], rules: Sequence[Box], slack: int,
                   goes_on_past: Callable[[list[Block], list[Block]], bool] = lambda a, b: False,
                   ) -> list[list[Block]]:
    """``cols`` (a region's columns, left to right) gathered into the sections that column
    rules part: a rule standing in the gutter between two columns and running down the
    whole region (from its top to its foot, within ``slack``) parts
    what is left of it from what is right of it, whatever the white bands across.

    A story's own columns are parted by white or by a rule that ends with the story; a
    rule running on past the story's foot, down beside the stories under it, is the edge
    of a section (a column of its own, a rail). Read row by row across such a rule, a
    headless story standing level with the headline beside it was read as that story's
    third column, before the story stacked under the headline (held-out S6 s866:
    order-aware CER 0.26 against 0.06 order-free).

    Parted only where the side left of the rule opens with a heading and the side right
    of it with a headless story's first paragraph (``_fresh``) that does not talk of the
    left side's story level with it (``_goes_on_beside``): on a Chinese page rules stand
    in every gutter, and a story's last column, beside its headline, opens a fresh
    paragraph as often as not (held-out S2 s816: its column read after the stories under
    it, 0.096 -> 0.311); nor where ``goes_on_past`` says the left side's stories go on
    past the rule (``order_stacks.beside_stack``): their columns there are theirs, and
    the next such rule parts the section where a story opens right of it (a heading on
    top), as a headless story does elsewhere (a fresh draw of pool U, zh s2103: the
    flood and congress stories' columns 3-4 parted off, read after the court story under
    them, 0.53 against 0.03 order-free). One group when no rule parts them."""
    if len(cols) < 2 or not rules:
        return [[b for c in cols for b in c]]
    top = min(box_of(b).y for c in cols for b in c)
    foot = max(box_of(b).bottom for c in cols for b in c)
    parts: list[list[Block]] = [list(cols[0])]
    stacked = False  # the part's stories go on past a rule, beside their headings
    for left, right in zip(cols, cols[1:], strict=False):
        edge = max((box_of(b).right for b in left if b.kind != BlockKind.RULE),
                   default=max(box_of(b).right for b in left))
        start = min((box_of(b).x for b in right if b.kind != BlockKind.RULE),
                    default=min(box_of(b).x for b in right))
        lo, hi = min(edge, start) - slack, max(edge, start) + slack
        ruled = any(lo <= r.x + r.w / 2 <= hi and r.y <= top + slack
                    and r.bottom >= foot - slack for r in rules)
        if ruled and section_edge(parts[-1], right) and goes_on_past(parts[-1], right):
            stacked = True
            parts[-1] += right
        elif ruled and (section_edge(parts[-1], right) or stacked and opens_story(right)):
            parts.append(list(right))
            stacked = False
        else:
            parts[-1] += right
    return parts


def section_edge(left: list[Block], right: list[Block]) -> bool:
    """``left`` opens a story (``opens_story``: its heading, or its photo over its
    heading) and ``right`` a headless story's first paragraph (``_fresh``) that does not
    talk of the text beside it in ``left`` (``_goes_on_beside``): a column rule between
    them parts sections, not a story's columns (``ruled_sections``;
    ``order_stacks.ruled_beside``)."""
    return opens_story(left) and _fresh(right) and not _goes_on_beside(left, right)


def opens_story(group: list[Block]) -> bool:
    """``group`` opens with a heading, or with a photo whose own column, past its caption
    and credit, goes on with a heading: the story's photo set over its kicker (held-out
    S4 s842's chess story). A photo over running text is not: a picture set alone, or one
    whose story is elsewhere, opens nothing (taken for an opener, sc33order's a398cf4
    read such pictures' columns out of place)."""
    top = top_block(group)
    if top is None or top.kind in HEADING_KINDS:
        return top is not None
    if top.kind != BlockKind.ILLUSTRATION:
        return False
    p = box_of(top)
    under = [b for b in group if b.kind != BlockKind.RULE and box_of(b).y >= p.bottom - 2
             and min(box_of(b).right, p.right) > max(box_of(b).x, p.x)
             and b.kind not in PHOTO_TEXT_KINDS]
    first = min(under, key=lambda b: box_of(b).y, default=None)
    return first is not None and first.kind in HEADING_KINDS


def top_block(group: list[Block]) -> Block | None:
    """``group``'s topmost type (rules aside): the highest block, or, when that is running
    text, the leftmost block whose top stands level with it (within a line of its type).
    What is set level is read left to right; on a scan one column's top stands a few
    pixels over its neighbour's as often as not (a taller first letter, a skew of a tenth
    of a degree), and taken by its top alone the column right of a story's opening was
    taken for it. Held-out Y2 s970: a headless story's column 4 stood 4 px over its
    column 3, the story seemed to open mid-sentence, the column rule left of it parted
    nothing and it was read inside the lead (order-aware CER 0.33 against 0.01
    order-free); N3 s1135: the lead's third column 1 px over its kicker, so the lead
    seemed to open on running text and the lifeboat story's column beside its heading
    was not read with it (0.21 against 0.01). A heading on top is taken as it is: the
    tolerance is a line of running text, not of a heading's type."""
    text = [b for b in group if b.kind != BlockKind.RULE]
    if not text:
        return None
    high = min(text, key=lambda b: (box_of(b).y, box_of(b).x))
    if high.kind != BlockKind.BODY or not high.lines:
        return high
    level = box_of(high).y + line_pitch(high)
    return min((b for b in text if box_of(b).y <= level),
               key=lambda b: (box_of(b).x, box_of(b).y))


def _goes_on_beside(left: list[Block], right: list[Block]) -> bool:
    """``right``'s topmost block, by its opening's letter pairs, talks of the body text
    level with it in ``left`` (``letter_pairs.talks``, at the bar a dogleg's column is
    taken back to its story by, ``DENSE_TO_RESUME``): the left story's own last column set
    past the rule, not a story of its own. S2 s816's ``据市民政局介绍，社区食堂采取…``
    beside the canteen story holds eleven of its pairs (0.84); S6 s866's headless
    ``终场前4秒，海港区队…`` beside the ferry pier story one (0). Latin text has no pairs
    and is never held here (``_fresh`` asks its first word)."""
    top = top_block(right)
    if top is None:
        return False
    t = box_of(top)
    beside = " ".join(b.text for b in left if b.kind == BlockKind.BODY
                      and box_of(b).y < t.bottom and box_of(b).bottom > t.y)
    dense = talks(pair_density(beside, cjk_pairs(top.text[:OPENING_CHARS])))
    return dense >= DENSE_TO_RESUME


def _fresh(group: list[Block]) -> bool:
    """``group`` opens with running text that opens a paragraph: an English sentence's
    first word, or a Chinese first line set two characters in (no more: a first line set
    further in is one whose start recognition lost, S6 s865's ``司宣布，`` going on from
    the column beside); no column of a story above going on there
    (``column_flow.goes_on``). A headless story's start."""
    top = top_block(group)
    if top is None or top.kind != BlockKind.BODY or not top.lines or goes_on(top):
        return False
    first = top.lines[0]
    letter = next((c for c in first.text if c.isalpha()), "")
    return not is_cjk(letter) or abs(first.indent - CJK_INDENT) < 1


def headed_columns(blocks: list[Block], slack: int) -> list[list[Block]]:
    """The region's topmost block a heading over all the rest, which without it stands in
    columns: the heading, then the rest. Its story's next column rises level with the
    heading's short last line (``sells out its 12th year`` over the first column alone),
    so neither a white band nor a gutter parts the region, and sorted line by line the
    second column was read before the first (held-out S7 s884: order-aware CER 0.23
    against 0.02 order-free). One group otherwise."""
    head = top_block(blocks)
    if head is None:
        return [blocks]
    h = box_of(head)
    rest = [b for b in blocks if b is not head]
    if head.kind not in HEADING_KINDS or not rest or any(
            box_of(b).y <= h.y or min(box_of(b).right, h.right) <= max(box_of(b).x, h.x)
            for b in rest):
        return [blocks]
    spans = sorted((box_of(b).x, box_of(b).right) for b in rest if b.kind != BlockKind.RULE)
    end = spans[0][1] if spans else 0
    for lo, hi in spans[1:]:
        if lo >= end - slack:
            return [[head], rest]
        end = max(end, hi)
    return [blocks]


def ruled_gutters(blocks: list[Block], slack: int) -> list[list[Block]]:
    """``blocks`` cut at the gutters of their text the fewest rules parting stories cross
    (none, where a gutter is crossed by rules that part nothing); each rule goes with the
    part its middle stands in. One group when the text has no gutter."""
    rules = [b for b in blocks if b.kind == BlockKind.RULE]
    text = sorted((b for b in blocks if b.kind != BlockKind.RULE), key=lambda b: box_of(b).x)
    if not rules or len(text) < 2:
        return [blocks]
    groups: list[list[Block]] = []
    end = 0
    for b in text:
        if groups and box_of(b).x < end - slack:
            groups[-1].append(b)
            end = max(end, box_of(b).right)
        else:
            groups.append([b])
            end = box_of(b).right
    if len(groups) < 2:
        return [blocks]
    gutters = [(max(box_of(b).right for b in g), min(box_of(b).x for b in h))
               for g, h in zip(groups, groups[1:], strict=False)]
    borders = [sum(1 for r in rules if box_of(r).x < left and box_of(r).right > right
                   and _parts_stories(r, left, right, text)) for left, right in gutters]
    parts: list[list[Block]] = [list(groups[0])]
    for n, h in zip(borders, groups[1:], strict=False):
        if n == min(borders):
            parts.append(list(h))
        else:
            parts[-1] += h
    if len(parts) < 2:
        return [blocks]
    for r in rules:
        mid = box_of(r).x + box_of(r).w / 2
        side = next((p for p in reversed(parts) if min(box_of(b).x for b in p) <= mid), parts[0])
        side.append(r)
    return parts


def _parts_stories(rule: Block, left: int, right: int, text: list[Block]) -> bool:
    """``rule`` has text over it and under it on both sides of the gutter ``left..right``."""
    r = box_of(rule)
    sides = ((r.x, left), (right, r.right))
    return all(any(min(box_of(t).right, hi) > max(box_of(t).x, lo) and cmp(box_of(t))
                   for t in text)
               for lo, hi in sides
               for cmp in (lambda t: t.bottom <= r.y + r.h, lambda t: t.y >= r.y))


def line_across_to(b: Block, blocks: list[Block]) -> int:
    """Where ``b`` ends across the region, for ``order``'s cut into columns.

    A single line of running text wider than a column (``SPANNING``), starting where a
    column of running text starts and running past that column's edge into another
    column of running text, is no line set across the gutter when it goes on from a
    column of running text ending right over it (within its own height): body type is
    set to its column's measure, and the reader joined the column's next line with the
    type level with it beside (the last line of a tribute's column and the kicker of
    the football story in the rail). It belongs to the column it starts in and ends where
    that column does; with its own span it was the one block across the gutter, no
    gutter parted the region, and the region was read row by row (fresh pool Y en
    s3196: the briefs box read before the lead, order-aware CER 0.60 against 0.001
    order-free). A one-line body set across a box's two-column measure goes on from no
    column ending over its start, and keeps its span."""
    box = box_of(b)
    if b.kind != BlockKind.BODY or len(b.lines) != 1:
        return box.right
    unit = column_unit(blocks)
    if box.w <= SPANNING * unit:
        return box.right
    # Columns of running text on both sides of a gutter it crosses: its own, where it
    # starts, and the one beside that it runs into.
    slack, line = SLACK * unit, box.h
    own = [box_of(o).right for o in blocks if _column_text(o)  # (never b: one line)
           and abs(box_of(o).x - box.x) <= slack and box_of(o).right < box.x + unit + slack
           and 0 <= box.y - box_of(o).bottom <= line]
    if not own or not any(_column_text(o) and max(own) <= box_of(o).x < box.right for o in blocks):
        return box.right
    return max(own)


def _column_text(b: Block) -> bool:
    """``b`` is a column's running text: body type three lines deep or more."""
    return b.kind == BlockKind.BODY and len(b.lines) >= 3
