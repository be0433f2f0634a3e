"""Two stories' heading stacks side by side, their rows not level, read across as one
band (held-out S7 s875: a kicker and a two-row headline on the left, a two-row headline
and a two-row deck on the right, 109 px of white between them on a heavy scan, a speck
of grain in it). Across the region the rows read as one band 309 px high, and
``gutters._gutter_widths`` asked a gutter of one and a half such bands: the two stacks
were one heading leaf, both stories' headlines read as one.
``band_rows.stacks_apart`` measures the rows on each side of the white apart."""

from __future__ import annotations

import numpy as np
from conftest import cjk_line, type_line

from ocr.layout import detect_layout
from ocr.layout.band_rows import stacks_apart
from ocr.model import BlockKind, Box

GAP = (1400, 1510)  # the white between the two stacks


def _page(*, level: bool = False, speck: bool = True) -> np.ndarray:
    """A kicker and a two-row headline over three columns on the left; beside them a
    two-row headline and a two-row deck over two columns, a rule between the stories'
    columns; ``level``: the right stack's
    rows set level with the left's (they read as lines across)."""
    gray = np.full((1400, 2300), 240, dtype=np.uint8)
    cjk_line(gray, 100, 500, 100, glyph=28, pitch=30)  # the kicker
    type_line(gray, 100, 163, 1290, size=100)
    type_line(gray, 100, 292, 1100, size=100)
    if level:
        type_line(gray, GAP[1], 163, 690, size=100)
        type_line(gray, GAP[1], 292, 600, size=100)
    else:
        type_line(gray, GAP[1], 117, 690, size=80)
        type_line(gray, GAP[1], 222, 600, size=80)
        cjk_line(gray, GAP[1], 2200, 307, glyph=40, pitch=42)  # the deck
        cjk_line(gray, GAP[1], 1900, 360, glyph=40, pitch=42)
    if speck:
        gray[250:258, 1450:1458] = 20  # grain in the white
    # The stories' columns under them do not keep the stacks' white: the left story's
    # third column runs under the right stack, a column rule parts the two stories.
    gray[460:1350, 1578:1582] = 20
    for x0, x1 in [(100, 540), (570, 1040), (1070, 1560), (1600, 1900), (1930, 2200)]:
        for k in range(15):
            cjk_line(gray, x0, x1, 470 + k * 60, glyph=42, pitch=44)
    return gray


def _heads(gray: np.ndarray) -> list[Box]:
    layout = detect_layout(gray, gray < 128)
    return sorted(
        (r.box for r in layout.regions if r.lines and r.box.bottom < 450),
        key=lambda b: b.x,
    )


def test_two_heading_stacks_whose_rows_read_as_one_band_are_parted() -> None:
    heads = _heads(_page())
    # (main: one heading leaf from x 100 to 2200, both stories' headlines read as one)
    assert heads and not any(b.x < GAP[0] and b.right > GAP[1] for b in heads)
    assert any(b.x >= GAP[1] for b in heads)


def test_rows_level_across_the_white_are_measured_as_before() -> None:
    """Two headlines set level, a short second row: the white after it is no gutter
    (the first row runs across), and the rows read as lines of the region already."""
    gray = _page(level=True, speck=False)
    layout = detect_layout(gray, gray < 128)
    kinds = {r.kind for r in layout.regions if r.lines and r.box.bottom < 450}
    assert BlockKind.HEADLINE in kinds
    sub = (gray < 128)[160:395, 100:2300]
    assert stacks_apart(sub, [(1200, 1300)], 26.0) == []


def test_a_speck_in_the_white_is_looked_past_and_a_glyph_is_not() -> None:
    sub = np.zeros((300, 700), dtype=bool)
    sub[0:120, 0:300] = True  # the left stack: two rows of big type
    sub[150:280, 0:300] = True
    sub[20:100, 410:700] = True  # the right stack: three rows set between them
    sub[110:200, 410:700] = True
    sub[210:290, 410:700] = True
    sub[0:300, 300:410] = False
    white = [(300, 350), (358, 410)]
    sub[140:148, 350:358] = True  # a speck between the two runs
    assert stacks_apart(sub, white, 26.0) == [(300, 410)]
    sub[100:160, 350:358] = True  # a stroke of a glyph there: no speck
    assert stacks_apart(sub, white, 26.0) == []
