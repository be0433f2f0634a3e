"""Column rules the cut could not use (``layout.columns``).

- A ruled box of briefs beside a lead's headline: its top rule meets its side rule at the
  corner, and was taken for a rule crossing it (a rule under a story over the columns),
  so the side rule parted nothing and the headline was read with the box's title and
  first brief as one block (held-out S2, a rail of briefs at the page's top right).
"""

from __future__ import annotations

import numpy as np

from ocr.layout import detect_layout
from ocr.model import BlockKind, Box

GLYPH, PITCH, LEADING = 38, 40, 48  # CJK body type: a character's box, its advance, the leading


def _line(gray: np.ndarray, x0: int, x1: int, y: int, glyph: int = GLYPH,
          pitch: int = PITCH) -> None:
    """A line of characters, each two strokes set one a little under the other (a CJK
    character is several marks, each shorter than the line)."""
    part = glyph * 5 // 8
    half = (pitch - 6) // 2
    for x in range(x0, x1 - pitch + 1, pitch):
        gray[y : y + part, x : x + half - 2] = 20
        gray[y + glyph - part : y + glyph, x + half + 2 : x + pitch - 6] = 20


def _regions(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return [r.box for r in layout.regions if r.kind not in (BlockKind.RULE,)]


def _box_page() -> np.ndarray:
    """A lead's headline and deck over three ruled columns; right of them a ruled box of
    briefs from the headline's top down, its lines level with the headline's rows."""
    gray = np.full((1500, 2000), 240, dtype=np.uint8)
    gray[40:46, 60:1960] = 20  # the rule under the folio line
    _line(gray, 80, 1330, 80, glyph=96, pitch=104)  # the lead's headline
    _line(gray, 80, 1000, 186)  # its deck
    for k, x in enumerate((80, 560, 1040)):
        for n in range(20):
            _line(gray, x, x + 440, 270 + n * LEADING)
        if k:
            gray[262:1240, x - 22 : x - 18] = 20  # the rules between the lead's columns
    gray[150:1240, 1502:1506] = 20  # the rule between the lead and the box
    gray[70:74, 1540:1960] = 20  # the box: top, sides, bottom
    gray[70:900, 1540:1544] = 20
    gray[70:900, 1956:1960] = 20
    gray[896:900, 1540:1960] = 20
    for n in range(16):
        _line(gray, 1570, 1930, 100 + n * LEADING)
    return gray


def test_a_ruled_box_beside_a_headline_is_parted_from_it() -> None:
    regions = _regions(_box_page())
    head = [b for b in regions if b.y < 120 and b.x < 200]
    assert head, regions
    assert all(b.right < 1540 for b in head)  # the headline alone, not the box's lines
    assert any(b.x >= 1540 and b.y < 150 for b in regions)
