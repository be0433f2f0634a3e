"""An engine's reading order as evidence: kept, rebuilt, or kept unless the page refutes it.

PAGE ``ReadingOrder``, ALTO ``ReadingOrder`` and the block order of another engine's
ALTO are often right (a transcriber set them, or FineReader ordered the page), and
often not (an engine that lists blocks top to bottom across the columns). Throwing
them away loses a human's work; trusting them blindly keeps an engine's zig-zag. So
``--order`` chooses (:data:`OrderMode`):

- ``keep``: the input's order exactly; blocks it does not name go where newsocr's own
  order puts them (after the block they follow there).
- ``rebuild``: newsocr's order from the geometry alone (``ocr.order.xy_cut``).
- ``auto`` (default): the input's order, unless the page's geometry refutes it. Two
  pairwise rules hold on any newspaper page whatever its layout: of two blocks in one
  column, the upper is read first; of two blocks side by side at one height, the left
  is read first (:func:`must_precede`). An order that breaks more of them than
  :data:`MAX_CONFLICT_SHARE` of the pairs they constrain, and more than newsocr's own
  order does, is no reading order (a shuffle, or top-down across columns) and is
  rebuilt. A kept order is changed where the evidence is strong: a headline across
  columns read after blocks under it moves before them.

Only other engines' files carry evidence (source kinds in :data:`EVIDENCE_SOURCES`): a
scan's block order is newsocr's own layout, and text keeps the order it was read in.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt

from .model import HEADING_KINDS, Block, BlockKind, Box, Page

OrderMode = Literal["keep", "rebuild", "auto"]
ORDER_MODES: tuple[OrderMode, ...] = ("keep", "rebuild", "auto")
#: Sources whose order is another engine's (or a person's) decision.
EVIDENCE_SOURCES = frozenset({"alto", "page"})
#: ``auto`` rebuilds an order breaking more than this share of the geometric rules.
MAX_CONFLICT_SHARE = 0.05
#: A headline at least this many column widths wide heads the columns under it.
SPANNING_HEADLINE = 1.4


def engine_order(page: Page) -> tuple[str, ...]:
    """The order the input file gave (its ``ReadingOrder``, else its block order), or ``()``."""
    if page.source.kind not in EVIDENCE_SOURCES or not page.blocks:
        return ()
    return page.reading_order or tuple(b.id for b in page.blocks)


def choose_order(page: Page, rebuilt: tuple[str, ...], mode: OrderMode) -> tuple[str, ...]:
    """The page's reading order under ``mode``, given newsocr's own order ``rebuilt``."""
    if mode not in ORDER_MODES:
        raise ValueError(f"unknown order mode {mode!r} (one of {', '.join(ORDER_MODES)})")
    evidence = engine_order(page)
    if mode == "rebuild" or not evidence:
        return rebuilt
    kept = merge(evidence, rebuilt)
    if mode == "keep":
        return kept
    if any(b.box is None for b in page.blocks):
        return kept  # without geometry there is nothing to weigh it against
    boxed = {b.id: b for b in page.blocks if _counts(b)}
    broken, rules = conflicts([boxed[i] for i in kept if i in boxed])
    own_broken, _ = conflicts([boxed[i] for i in rebuilt if i in boxed])
    if rules and broken > MAX_CONFLICT_SHARE * rules and broken > own_broken:
        return rebuilt
    return headlines_first(kept, boxed, _column_unit(list(boxed.values())))


def merge(evidence: tuple[str, ...], rebuilt: tuple[str, ...]) -> tuple[str, ...]:
    """``evidence`` as given, each block it leaves out placed after its predecessor in
    ``rebuilt`` (at the start when it has none)."""
    named = set(evidence)
    out = list(evidence)
    after: str | None = None
    for bid in rebuilt:
        if bid in named:
            after = bid
            continue
        at = out.index(after) + 1 if after is not None else 0
        out.insert(at, bid)
        named.add(bid)
        after = bid
    return tuple(out)


def must_precede(a: Box, b: Box) -> bool:
    """True when any reader takes ``a`` before ``b``: ``a`` above ``b`` in one column, or
    ``a`` left of ``b`` at one height. Overlaps of up to half the smaller extent count as
    touching, not as beside or above."""
    if _overlap(a.x, a.right, b.x, b.right) >= 0.5 * min(a.w, b.w):
        return a.bottom - b.y <= 0.5 * min(a.h, b.h) and a.y < b.y
    if _overlap(a.y, a.bottom, b.y, b.bottom) >= 0.5 * min(a.h, b.h):
        return a.right - b.x <= 0.5 * min(a.w, b.w) and a.x < b.x
    return False


def conflicts(blocks: list[Block]) -> tuple[int, int]:
    """(pairs read against :func:`must_precede`, pairs it constrains) for blocks in order.

    All pairs at once with numpy: a page of a thousand blocks is a million pairs.
    """
    boxes = [b.box for b in blocks if b.box is not None]
    if len(boxes) < 2:
        return 0, 0
    m = precedence(boxes)
    upper = np.triu(np.ones(m.shape, dtype=bool), 1)
    against = m.T & upper  # a later block that must come before an earlier one
    along = m & upper & ~against
    broken = int(against.sum())
    return broken, broken + int(along.sum())


def precedence(boxes: list[Box]) -> npt.NDArray[np.bool_]:
    """``m[i, j]`` is :func:`must_precede` ``(boxes[i], boxes[j])``, for every pair."""
    x, y, w, h = (np.array([getattr(b, k) for b in boxes], dtype=np.int64)[:, None]
                  for k in ("x", "y", "w", "h"))
    r, bot = x + w, y + h
    x_over = np.maximum(0, np.minimum(r, r.T) - np.maximum(x, x.T))
    y_over = np.maximum(0, np.minimum(bot, bot.T) - np.maximum(y, y.T))
    min_w, min_h = np.minimum(w, w.T), np.minimum(h, h.T)
    column = x_over >= 0.5 * min_w
    above = column & (bot - y.T <= 0.5 * min_h) & (y < y.T)
    left = ~column & (y_over >= 0.5 * min_h) & (r - x.T <= 0.5 * min_w) & (x < x.T)
    out: npt.NDArray[np.bool_] = above | left
    return out


def headlines_first(
    ids: tuple[str, ...], boxed: dict[str, Block], unit: float
) -> tuple[str, ...]:
    """Move each headline that spans columns before the first block under it read earlier."""
    out = list(ids)
    for head in [boxed[i] for i in ids if i in boxed]:
        hb = head.box
        if head.kind not in HEADING_KINDS or hb is None or hb.w < SPANNING_HEADLINE * unit:
            continue
        at = out.index(head.id)
        under = [n for n, bid in enumerate(out[:at])
                 if bid in boxed and _under(boxed[bid], hb)]
        if under:
            out.insert(under[0], out.pop(at))
    return tuple(out)


def _under(block: Block, head: Box) -> bool:
    box = block.box
    if box is None or block.kind in HEADING_KINDS:
        return False
    inside = _overlap(box.x, box.right, head.x, head.right) >= 0.8 * box.w
    return inside and box.y >= head.bottom - 0.5 * head.h


def _counts(block: Block) -> bool:
    """Blocks the ordering rules weigh: boxed and with text (where a rule or a picture
    sits in an order is a matter of taste, not of reading)."""
    return block.box is not None and block.box.area > 0 and bool(block.lines)


def _column_unit(blocks: list[Block]) -> float:
    widths = sorted(b.box.w for b in blocks if b.box is not None and b.kind is BlockKind.BODY)
    if not widths:
        widths = sorted(b.box.w for b in blocks if b.box is not None)
    return float(widths[len(widths) // 2]) if widths else 0.0


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))
