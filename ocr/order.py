"""Reading order: which block a reader takes after which.

Pages without geometry (text input) keep the order the reader gave them: the
text path already lays blocks out as they were read. Pages with geometry are
ordered the way a newspaper is read: horizontal zones top to bottom, within a
zone columns left to right, within a column blocks top to bottom (a recursive
XY-cut). A headline that spans several columns is read before the columns under
it; a kicker sits above its headline and a subheadline below, so geometry alone
puts them in the right place.
"""

from __future__ import annotations

import dataclasses
import math

from .engine_order import OrderMode, choose_order
from .model import HEADING_KINDS, Block, BlockKind, Box, Page


def order(page: Page, mode: OrderMode = "auto") -> Page:
    """Return ``page`` with ``reading_order`` set (a stage: ``Page -> Page``).

    ``mode`` says what becomes of the order another engine's file gave (kept, rebuilt,
    or kept unless the geometry refutes it: ``ocr.engine_order``).
    """
    if not page.blocks:
        return dataclasses.replace(page, reading_order=())
    if any(b.box is None for b in page.blocks):
        rebuilt = tuple(b.id for b in page.blocks)
    else:
        slope = abs(math.tan(math.radians(_skew(page))))
        # A column rule touches the type on both sides of it: cutting around it would
        # join the columns it parts. It has no text to read, so it goes last.
        ruled = [b for b in page.blocks if b.kind == BlockKind.RULE and _box(b).h > _box(b).w]
        rest = [b for b in page.blocks if b not in ruled]
        cores = [dataclasses.replace(b, box=_core(_box(b), slope)) for b in rest]
        rebuilt = tuple(b.id for b in [*xy_cut(cores), *ruled])
    return dataclasses.replace(page, reading_order=choose_order(page, rebuilt, mode))


def _skew(page: Page) -> float:
    """The deskew angle the scan path recorded (degrees), 0 when none."""
    for step in page.steps:
        for key, value in step.parameters:
            if key == "deskew":
                try:
                    return float(value)
                except ValueError:
                    return 0.0
    return 0.0


def _core(box: Box, slope: float) -> Box:
    """The upright box inside a skewed block's bounding box in original coordinates.

    A page-wide rule tilted by 1.5 degrees has a bounding box 30 pixels tall that
    overlaps the lines above and below it; shrinking by the tilt gives it back.
    """
    dy, dx = int(box.w * slope / 2), int(box.h * slope / 2)
    w, h = max(1, box.w - 2 * dx), max(1, box.h - 2 * dy)
    return Box(box.x + (box.w - w) // 2, box.y + (box.h - h) // 2, w, h)


def xy_cut(blocks: list[Block], unit: float | None = None, lead: str | None = None) -> list[Block]:
    """Order boxed blocks by recursive cuts between zones and between columns.

    Zones are cut first, but only at white bands bordered by an element across
    the whole region (a page-wide rule, the masthead, a banner headline); then
    columns (a band no block crosses); then any remaining white band. So a
    headline over the columns it heads is read before them, and paragraphs that
    happen to end level in neighbouring columns never split a zone. Side-by-side
    groups are read left to right, except that the group under the page's lead
    headline (the widest, topmost of the widest) comes first: the lead story is
    read first wherever it sits.
    """
    if len(blocks) <= 1:
        return list(blocks)
    if unit is None:
        unit = _column_unit(blocks)
        lead = _lead(blocks, unit)
    rows = _split(blocks, "y")
    if len(rows) > 1:
        zones = _zones(rows, blocks)
        if len(zones) > 1:
            return [b for g in zones for b in xy_cut(g, unit, lead)]
    cols = _split(blocks, "x")
    if len(cols) > 1:
        ordered = _lead_first(cols, lead)
        return [b for g in ordered for b in xy_cut(g, unit, lead)]
    if len(rows) > 1:
        return [b for g in rows for b in xy_cut(g, unit, lead)]
    return sorted(blocks, key=lambda b: (_box(b).y, _box(b).x))


def _lead_first(groups: list[list[Block]], lead: str | None) -> list[list[Block]]:
    """Move the lead story's group first, with the groups right of it that have no
    headline of their own (its columns that run beside a photo or past its headline)."""
    at = next((i for i, g in enumerate(groups) if any(b.id == lead for b in g)), None)
    if at is None:
        return groups
    end = at + 1
    while end < len(groups) and not any(b.kind in HEADING_KINDS for b in groups[end]):
        end += 1
    return groups[at:end] + groups[:at] + groups[end:]


def _lead(blocks: list[Block], unit: float) -> str | None:
    """The lead story's headline: the widest spanning one, the topmost of equals."""
    heads = [b for b in blocks if b.kind == BlockKind.HEADLINE and _box(b).w > 1.4 * unit]
    if not heads:
        return None
    widest = max(_box(b).w for b in heads)
    return min((b for b in heads if _box(b).w >= 0.9 * widest), key=lambda b: _box(b).y).id


def _column_unit(blocks: list[Block]) -> float:
    """Typical column width: the median width of body blocks (of all blocks if none)."""
    body = [_box(b).w for b in blocks if b.kind == BlockKind.BODY] or [_box(b).w for b in blocks]
    body.sort()
    return float(body[len(body) // 2])


def _zones(rows: list[list[Block]], blocks: list[Block]) -> list[list[Block]]:
    """Merge row groups across every cut that no full-width element borders.

    A page-wide rule, a masthead or a banner headline across the whole region
    separates zones; a mere white band (a headline ending above a byline while
    the next column runs on) does not.
    """
    x0 = min(_box(b).x for b in blocks)
    width = max(_box(b).right for b in blocks) - x0

    def full(group: list[Block]) -> bool:
        return any(_box(b).w >= 0.75 * width for b in group)

    zones = [list(rows[0])]
    for prev, cur in zip(rows, rows[1:], strict=False):
        if full(prev) or full(cur):
            zones.append(list(cur))
        else:
            zones[-1].extend(cur)
    return zones


def _box(b: Block) -> Box:
    assert b.box is not None
    return b.box


def _split(blocks: list[Block], axis: str) -> list[list[Block]]:
    """Group blocks whose extents along ``axis`` overlap; groups sorted along it."""
    if axis == "y":
        spans = [(_box(b).y, _box(b).bottom, b) for b in blocks]
    else:
        spans = [(_box(b).x, _box(b).right, b) for b in blocks]
    spans.sort(key=lambda s: (s[0], s[1]))
    groups: list[list[Block]] = []
    end = None
    for start, stop, b in spans:
        if end is None or start >= end:
            groups.append([b])
            end = stop
        else:
            groups[-1].append(b)
            end = max(end, stop)
    return groups
