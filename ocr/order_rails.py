"""A rail down the page's edge, read as one section beside the zones cut across the main part.

A page's zones are cut at an element across most of the region (a rule or a photo over
four of five columns, ``order._zones``). A rail set at the page's edge, one column of its
own stories running past such a cut, is no part of it: cut there, the rail's top story
was read between the lead's text and the stories under the lead, and a headless story at
the rail's top joined the lead (held-out S8 s892: order-aware CER 0.327 against 0.001
order-free). A reader takes the main part's stories, then the rail's (a rail on the left,
first): the rail and the main part are sections side by side.
"""

from __future__ import annotations

from collections.abc import Callable

from .column_flow import box_of
from .model import HEADING_KINDS, PHOTO_TEXT_KINDS, Block, BlockKind

#: A rail's type reaches the run's top and foot within this share of its height.
REACH = 0.1

#: A rail is at most this share of the run's width: one or two of five or six columns;
#: two stories side by side halve the width.
RAIL_SHARE = 0.4


def railed_zones(
    zones: list[list[Block]], split: Callable[[list[Block]], list[list[Block]]]
) -> list[list[Block]]:
    """``zones`` with each run of two or more that a rail runs down replaced by its two
    sections, the main part's and the rail's, in the order they stand (left first).

    A run of zones has a rail when one white gutter (``split``: the region cut into
    columns) runs down the whole run, no zone's element crossing it, and the group at
    the run's edge beside it is narrow (``RAIL_SHARE``), has stories of its own (a
    heading), and has type in the run's first and last zone, as the main part has: the
    gutter runs from the run's top to its foot. The rail reaches the run's top and foot
    (``_full_height``), opens with a heading or its story's photo in every zone under the
    first (``_opens_story``), and no zone of the run was closed by a caption row
    (``_closed_by_caption``) but one a zone of rules alone closes anyway (``_rules``).
    Zones whose elements cross every gutter (a masthead, a page-wide rule) stay as they
    are."""
    out: list[list[Block]] = []
    i = 0
    while i < len(zones):
        best: tuple[int, list[list[Block]]] | None = None
        for j in range(i + 1, len(zones)):
            if (parts := _rail(zones[i : j + 1], split)) is not None:
                best = (j, parts)
        if best is None:
            out.append(zones[i])
            i += 1
        else:
            out += best[1]
            i = best[0] + 1
    return out


def _rail(run: list[list[Block]], split: Callable[[list[Block]], list[list[Block]]]
          ) -> list[list[Block]] | None:
    """The run's main part and its rail, in the order they stand, or ``None``."""
    blocks = [b for z in run for b in z]
    groups = split(blocks)
    if len(groups) < 2:
        return None
    x0 = min(box_of(b).x for b in blocks)
    width = max(box_of(b).right for b in blocks) - x0
    for rail, left in ((groups[-1], False), (groups[0], True)):
        ids = {id(b) for b in rail}
        main = [b for b in blocks if id(b) not in ids]
        rail_w = max(box_of(b).right for b in rail) - min(box_of(b).x for b in rail)
        if rail_w > RAIL_SHARE * width or not any(b.kind in HEADING_KINDS for b in rail):
            continue
        if not all(_typed(z, ids, True) and _typed(z, ids, False) for z in (run[0], run[-1])):
            continue
        if not _full_height(rail, blocks) or not all(_opens_story(z, ids) for z in run[1:]):
            continue
        if any(_closed_by_caption(z, ids) and not _rules(after)
               for z, after in zip(run, run[1:], strict=False)):
            continue
        return [rail, main] if left else [main, rail]
    return None


def _full_height(rail: list[Block], blocks: list[Block]) -> bool:
    """The rail's type reaches the run's top and its foot, within ``REACH`` of its
    height: a column that ends well above the foot (a story and a box of notices beside
    a photo's columns and the story under them) is a story beside the zone cut, not a
    rail down the page (``order_stacks.boxed_beside``)."""
    typed = [box_of(b) for b in blocks if b.kind not in _NO_TYPE]
    own = [box_of(b) for b in rail if b.kind not in _NO_TYPE]
    top, foot = min(t.y for t in typed), max(t.bottom for t in typed)
    slack = REACH * (foot - top)
    return min(t.y for t in own) <= top + slack and max(t.bottom for t in own) >= foot - slack


def _opens_story(zone: list[Block], rail: set[int]) -> bool:
    """The rail's part of a zone under the run's first opens with a story's heading or a
    photo (``_OPENS``: a rail story's photo set over its heading), or holds no type: a
    rail's stories stand one under another, each under its heading. A
    column opening headless in a zone under the first goes on with the zone's story
    across the gutter (held-out S2 s816: three columns, the second story's text running
    on into the third, under the lead's photo there; read as a rail, that column was read
    after the two stories under it, order-aware CER 0.096 -> 0.333)."""
    own = [b for b in zone if id(b) in rail and b.kind not in _NO_TYPE]
    return not own or min(own, key=lambda b: box_of(b).y).kind in _OPENS


def _closed_by_caption(zone: list[Block], rail: set[int]) -> bool:
    """The main part's zone ends on a photo's caption or credit: the caption row closed
    it, and whether a rail beside the row runs on past it is ``order_stacks``' to say
    (``ruled_beside``: a column rule beside the row; ``boxed_beside``: a box's side);
    with neither, the row closes the zone across the page, as it did."""
    main = [b for b in zone if id(b) not in rail]
    return bool(main) and max(main, key=lambda b: box_of(b).bottom).kind in PHOTO_TEXT_KINDS


def _rules(zone: list[Block]) -> bool:
    """The zone is rules alone: a rule across the main part, which closed the zone over
    it whatever that zone ends on (held-out S12 s955: the lead's photo caption the
    lowest type of its zone, the rule under the lead across four of five columns)."""
    return all(b.kind == BlockKind.RULE for b in zone)


def _typed(zone: list[Block], rail: set[int], inside: bool) -> bool:
    """The zone holds a story's type in the rail (``inside``) or beside it: not a rule,
    nor a photo's caption or credit (a credit set flush right under a photo across the
    rail's column is the photo's, and the photo's row crosses the gutter)."""
    return any((id(b) in rail) == inside and b.kind not in _NO_TYPE for b in zone)


#: What a rail's part of a zone opens with: a story's heading, or a photo set in the
#: rail's column (its story's, under the heading above or over the one below).
_OPENS = HEADING_KINDS | {BlockKind.ILLUSTRATION}

#: What stands in a zone without being a story's type there.
_NO_TYPE = frozenset({BlockKind.RULE, *PHOTO_TEXT_KINDS})
