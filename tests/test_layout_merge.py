"""Pieces of one column that the cut left reaching into each other's lines are one block
again (``ocr.layout.merge.merge_in_columns``): the geometry of a Liberation Serif page at
300 dpi (``python -m scripts.bench fonts``), whose justified first line ``A group    of``
and the line under it left a river that the cut took for a gutter."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Sequence

import pytest
from conftest import FIXTURES

from ocr.layout import Region, detect_layout, merge
from ocr.layout.merge import merge_in_columns
from ocr.model import BlockKind, Box
from ocr.preprocess import preprocess
from ocr.readers.image import load_image

COLUMNS = [Box(572, 634, 408, 2716), Box(1033, 704, 407, 2648)]
#: ``of`` / ``now``, the right ends of lines 1 and 2, cut off as a piece of their own.
FRAGMENT = Region(BlockKind.BODY, Box(1365, 2268, 75, 88),
                  (Box(1406, 2268, 34, 30), Box(1365, 2326, 75, 30)), size=24.5)
#: ``A group``: line 1 left of the river.
OPENING = Region(BlockKind.BODY, Box(1076, 2270, 228, 38), (Box(1076, 2270, 228, 38),),
                 size=29.6)
#: The column from line 2 on (``volunteers now``, ``delivers hot meals to`` ...).
COLUMN = Region(BlockKind.BODY, Box(1033, 2326, 407, 1026),
                tuple(Box(1033, 2326 + 58 * n, 407, 30) for n in range(18)), size=28.6)
#: The column left of it, level with the story's first lines.
BESIDE = Region(BlockKind.BODY, Box(572, 2268, 408, 500),
                tuple(Box(572, 2268 + 58 * n, 408, 30) for n in range(9)), size=28.6)


def test_pieces_reaching_into_each_others_lines_are_one_block() -> None:
    out = merge_in_columns([FRAGMENT, OPENING, COLUMN, BESIDE], COLUMNS, 20.0, 30.0)
    assert {r.box for r in out} == {BESIDE.box, Box(1033, 2268, 407, 1084)}


def test_a_bolder_piece_stays_apart() -> None:
    head = Region(BlockKind.BODY, Box(1365, 2268, 75, 88), FRAGMENT.lines, size=24.5,
                  weight=9.0)
    body = Region(BlockKind.BODY, COLUMN.box, COLUMN.lines, size=28.6, weight=3.0)
    out = merge_in_columns([head, body], COLUMNS, 20.0, 30.0)
    assert len(out) == 2


#: A column whose body wraps round an inset (its box the L-shaped union merge_pieces
#: makes), and what may stand in the inset.
WRAPPED = Region(BlockKind.BODY, Box(100, 100, 600, 800),
                 tuple(Box(100, 100 + 58 * n, 590 if n < 5 or n > 9 else 320, 30)
                       for n in range(14)), size=28.0, weight=3.0)
INSET = Box(430, 400, 260, 250)


def test_what_stands_in_an_inset_stays_apart() -> None:
    """A pull quote (a heading) and body text beside a picture in the inset are not
    pieces of the column's lines, though their boxes lie in the column's."""
    quote_lines = tuple(Box(440, 410 + 54 * n, 240, 40) for n in range(4))
    heading = Region(BlockKind.HEADLINE, INSET, quote_lines, size=40.0, weight=3.6)
    columns = [Box(100, 100, 600, 800)]
    assert len(merge_in_columns([WRAPPED, heading], columns, 20.0, 30.0)) == 2
    picture = Region(BlockKind.ILLUSTRATION, Box(440, 420, 240, 150))
    # (a fragment of a few letters: its size measured 1.2x small, as of / now above)
    beside = Region(BlockKind.BODY, Box(440, 566, 240, 30), (Box(440, 566, 240, 30),),
                    size=23.0, weight=3.0)
    level = Region(BlockKind.BODY, Box(100, 100, 600, 800),
                   tuple(Box(100, 102 + 58 * n, 320, 30) for n in range(14)), size=28.0,
                   weight=3.0)
    out = merge_in_columns([level, beside, picture], columns, 20.0, 30.0)
    assert len(out) == 3  # level with the column's lines, but a picture stands there


#: A heavy scan's XY-cut pieces: 111, joined to 52 blocks.
HEAVY_PAGE = "en-5col-heavy.jpg"
#: The module, not the function ``ocr.layout`` exports under its name.
arrange = importlib.import_module("ocr.layout.arrange")


def test_what_stands_between_two_pieces_is_walked_once_per_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``merge_pieces`` on a heavy page's XY-cut pieces: the band between two pieces is
    measured once for each pair weighed (at most once per ``_same_block`` asked), not once
    for every other piece on the page it is tested against (a heavy CJK page's 170
    regions: 31,000 bands for 7,800 pairs, a third of its merging; this page's 111
    pieces: 2,232 for 838). Every piece's lines end inside a line of the blocks: none lost."""
    seen: list[tuple[list[Region], float, tuple[Box, ...]]] = []
    real = arrange.merge_pieces

    def keep(regions: list[Region], char_h: float, breaks: Sequence[Box] = ()
             ) -> list[Region]:
        seen.append((list(regions), char_h, tuple(breaks)))
        return real(regions, char_h, breaks)

    monkeypatch.setattr(arrange, "merge_pieces", keep)
    scan = load_image(FIXTURES / "images" / HEAVY_PAGE)[0]
    prepared = preprocess(scan)
    detect_layout(prepared.gray, prepared.binary == 0)
    monkeypatch.undo()
    (pieces, char_h, breaks), = seen
    calls: Counter[str] = Counter()

    def counted(name: str) -> Callable[..., object]:
        fn = getattr(merge, name)

        def run(*args: object) -> object:
            calls[name] += 1
            return fn(*args)
        return run

    for name in ("_between", "_same_block"):
        monkeypatch.setattr(merge, name, counted(name))
    once = merge.merge_pieces(pieces, char_h, breaks)
    assert len(pieces) > 20 and len(once) < len(pieces)  # a page of many pieces, some joined
    assert 0 < calls["_between"] <= calls["_same_block"]
    joined = [ln for r in once for ln in r.lines]
    assert all(any(j.union(ln) == j for j in joined) for r in pieces for ln in r.lines)
    assert len(joined) < sum(len(r.lines) for r in pieces)  # (lines side by side joined)
