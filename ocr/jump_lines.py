"""Jump lines (``Continued on Page 4``, ``（下转第2版）``) as assembly reads them: a jump's
direction and target page, and jump lines printed as the first or last line of a body
block on a scan, taken off its text. The walk in ``ocr.assemble`` asks them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .markers import marker_kind
from .model import JUMP, Block, Jump, JumpDirection
from .patterns import Pattern
from .profiles import CompiledMarkers


def parse_jump(text: str, markers: CompiledMarkers) -> Jump:
    """A jump line's direction and target page (``（下转第2版）`` -> to page 2)."""
    clean = text.strip()
    pointing: tuple[tuple[JumpDirection, tuple[Pattern, ...]], ...] = (
        ("to", markers.jump_to), ("from", markers.jump_from))
    for direction, patterns in pointing:
        for p in patterns:
            if found := p.search(clean):
                return Jump(text=clean, page=found.group(1) if found.groups() else None,
                            direction=direction)
    return Jump(text=clean, page=None)


def closing_jump(block: Block, markers: CompiledMarkers) -> tuple[Jump, int] | None:
    """The jump line to another page that ends ``block``'s text (``See MINE, A9``; one
    wrapped at the column's end, ``Please see TEACHERS, Page`` / ``A7``, counts too) and
    how many lines it takes, or None: the story goes on on that page, not here."""
    lines = block.lines
    for n in (1, 2):
        tail = " ".join(line.text for line in lines[-n:])
        if len(lines) >= n and marker_kind(tail, markers) is JUMP:
            jump = parse_jump(tail, markers)
            return (jump, n) if jump.direction == "to" else None
    return None


def _inline_jumps(block: Block, markers: CompiledMarkers) -> tuple[Block, Jump | None, Jump | None]:
    """Jump lines printed as the first or last line of a body block (a scan's column
    ends with ``Continued on Page 4``, ``closing_jump``): taken off the text and returned
    as jumps."""
    lines, came_from, goes_to = list(block.lines), None, None
    if (closing := closing_jump(block, markers)) is not None:
        goes_to, n = closing
        del lines[-n:]
    if lines and marker_kind(lines[0].text, markers) is JUMP:
        jump = parse_jump(lines[0].text, markers)
        if jump.direction == "from":
            came_from = jump
            lines.pop(0)
    if len(lines) == len(block.lines):
        return block, None, None
    return dataclasses.replace(block, lines=tuple(lines)), came_from, goes_to


def under_heading(heading: Sequence[Block], block: Block) -> bool:
    """``block``, a jump line read right after ``heading``, is set right under it in its
    column (``Turn to page 6`` a line or two under a story's headline and deck, the story's
    text printed on another page): it is that story's jump, not the one of the story that
    ends above the heading (``continuity.jump_owner``), which a column's foot closes there.
    A line of the jump's height is allowed past the heading's right edge (a jump set flush
    right, a ragged headline). Without geometry a jump read after a heading is the column's
    before it, as the walk takes it."""
    last = heading[-1].box if heading else None
    box = block.box
    if last is None or box is None or not block.lines:
        return False
    line = box.h / len(block.lines)
    return (last.x <= box.x and box.right <= last.right + line
            and 0 <= box.y - last.bottom <= 2 * line)
