"""The page's columns: the body pieces of the cut (``layout.columns.segment``) that share
a left and right edge, unioned, and the columns a block reaches into.

Split from ``ocr.layout.columns`` (the XY-cut down gutters and rules), which finds
zones and pieces; these rules group the pieces once the cut is done.
"""

from __future__ import annotations

from ..model import Box


def find_columns(pieces: list[Box], char_h: float, min_lines_h: float) -> list[Box]:
    """The page's columns: body pieces that share left and right edges, unioned.

    Pieces shorter than ``min_lines_h`` (a few lines) or much wider than the
    typical column (a spanning text box) do not define columns. Columns are
    returned left to right (then top to bottom where zones differ).
    """
    tall = [p for p in pieces if p.h >= min_lines_h]
    if not tall:
        return []
    widths = sorted(p.w for p in tall)
    typical = widths[len(widths) // 2]
    tol = max(2.0 * char_h, 0.08 * typical)
    groups: list[list[Box]] = []
    for p in sorted(tall, key=lambda b: (b.x, b.y)):
        if not 0.7 * typical <= p.w <= 1.4 * typical:
            continue
        for g in groups:
            if abs(g[0].x - p.x) <= tol and abs(g[0].right - p.right) <= tol:
                g.append(p)
                break
        else:
            groups.append([p])
    groups = [g for g in groups if sum(p.h for p in g) >= 1.5 * min_lines_h]
    columns = [Box.enclosing(g) for g in groups]
    merged: list[Box] = []
    for c in sorted((c for c in columns if c is not None), key=lambda b: (b.x, b.y)):
        for i, m in enumerate(merged):
            overlap = min(m.right, c.right) - max(m.x, c.x)
            if overlap >= 0.8 * min(m.w, c.w):  # the narrower lies within the wider
                merged[i] = m.union(c)
                break
        else:
            merged.append(c)
    return sorted(merged, key=lambda b: (b.x, b.y))


def column_of(box: Box, columns: list[Box] | tuple[Box, ...]) -> int | None:
    """Index of the leftmost column ``box`` covers (a spanning headline starts there)."""
    spanned = spanned_columns(box, columns)
    return min(spanned, key=lambda i: columns[i].x) if spanned else None


def spanned_columns(box: Box, columns: list[Box] | tuple[Box, ...]) -> list[int]:
    """Columns a block reaches into past the gutter (a headline rarely fills its last column)."""
    return [
        i
        for i, c in enumerate(columns)
        if min(c.right, box.right) - max(c.x, box.x) > max(8, 0.05 * min(c.w, box.w))
    ]
