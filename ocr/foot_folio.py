"""The folio line under a page's foot rule, read as text: furniture, by its place.

The layout types the line under the page's foot rule furniture (``layout.page_rules.
foot_rule``) when every piece of it starts under the rule's middle and nothing else
crosses that middle. On a heavy scan turned a degree or so neither holds: the rule's box
is 30-60 px tall (it runs downhill across the page), the folio's top reaches into it, and
specks of grain stand beside the folio, boxed as blocks of their own. Left as text, the
folio (``A2_ The Ledger`` / ``FRI., NOV. 13, 2026``, ``第?版”沙河晚报。206年11月`` /
``16卓星期一``) was an article of its own after the page's stories (held-out S3 s830,
s833; the truth reads it with the masthead). Misread as it is, its words do not say what
it is (``markers`` know no ``16卓星期一``); its place does.

``classify`` asks it of pages with geometry, on the read's blocks and rules, after the
read: a speck is told by what it reads (one or two characters) and by its type's height
against the folio's, neither of which the layout has.
"""

from __future__ import annotations

from .furniture import LABEL_EMS
from .layout.page_rules import foot_rules
from .model import BODY, FURNITURE, RULE, Block, BlockKind, Box
from .typography import text_width

#: A piece of the folio's row whose type is under this share of the folio's type height
#: is a speck of grain read as letters, not a piece of the folio (S5 s851's ``ie``).
SPECK_HEIGHT = 0.5
#: A piece of this many characters or fewer (spaces aside) is a speck, whatever its
#: height: a stroke's fragment read as ``训2`` or ``ie`` (S6 s866, S5 s851).
SPECK_CHARS = 2


def folio_under_foot_rule(blocks: list[Block], kinds: list[BlockKind], height: int) -> None:
    """Type furniture the folio line read as text under the page's foot rule.

    The foot rule is the lowest of ``layout.page_rules.foot_rules`` (across the page's
    text, its middle in the page's foot) with a piece of type under it, not specks alone
    (a heavy scan's dark lower edge is found as a rule across the whole page, a speck or
    two under it: S6 s866). Choosing the rule, a speck is told against the page's body
    lines (the median of its running text's line heights): under the rule there is no
    folio yet to measure it by, and grain alone under a rule would be its own yardstick.
    The folio is what is read under its middle (a piece's centre, not its top: on a
    tilted page its top reaches into the rule's box), and it is so only when
    - every piece there but specks (``SPECK_HEIGHT``, ``SPECK_CHARS``) is one line of a
      label's width (``furniture.LABEL_EMS``), all in one row;
    - no other text ends below the rule (it is the foot of every column: a story's last
      line under a rule across the page higher up has the next stories below it).
    Body pieces are typed furniture; specks are left as they were read."""
    read = [i for i, b in enumerate(blocks) if b.lines and b.box is not None]
    extent = Box.enclosing([b.box for b in blocks if b.lines and b.box is not None])
    if extent is None:
        return
    across = foot_rules([b.box for b in blocks if b.kind is RULE and b.box is not None
                         and b.box.w > b.box.h], extent.w, height)
    lines = sorted(ln.box.h for i in read if kinds[i] is BODY
                   for ln in blocks[i].lines if ln.box is not None)
    body_h = lines[len(lines) // 2] if lines else 0
    for rule in sorted(across, key=lambda r: -(r.y + r.h / 2)):
        mid = rule.y + rule.h / 2
        under = [i for i in read if _box(blocks[i]).y + _box(blocks[i]).h / 2 > mid]
        sizes = [_type_height(blocks[i]) for i in under
                 if _chars(blocks[i].text) > SPECK_CHARS
                 and _type_height(blocks[i]) >= SPECK_HEIGHT * body_h]
        if sizes:  # (nothing but specks under it: the scan's dark edge, taken for a rule)
            _type_folio(blocks, kinds, read, rule, under, max(sizes))
            return


def _type_folio(blocks: list[Block], kinds: list[BlockKind], read: list[int], rule: Box,
                under: list[int], folio_h: int) -> None:
    """The pieces ``under`` the foot ``rule`` furniture if they are a folio's row (type
    ``folio_h`` high, specks aside) and nothing else is set below the rule."""
    folio = [i for i in under if _chars(blocks[i].text) > SPECK_CHARS
             and _type_height(blocks[i]) >= SPECK_HEIGHT * folio_h]
    if any(len(blocks[i].lines) != 1 or text_width(blocks[i].text.strip()) > LABEL_EMS
           for i in folio):
        return
    tops = [_box(blocks[i]).y for i in folio]
    if max(tops) - min(tops) > rule.h + folio_h:
        return  # (two rows: a story's lines, a box of briefs)
    if any(i not in under and _box(blocks[i]).bottom > rule.bottom for i in read):
        return  # (text beside or below it: a rule over a story's foot, not the page's)
    for i in folio:
        if kinds[i] is BODY:
            kinds[i] = FURNITURE


def _box(b: Block) -> Box:
    assert b.box is not None
    return b.box


def _chars(text: str) -> int:
    return len(text) - sum(c.isspace() for c in text)


def _type_height(b: Block) -> int:
    """The height of the block's tallest line (its box's, where a line has none)."""
    return max((ln.box.h for ln in b.lines if ln.box is not None), default=_box(b).h)
