"""A ruled box of briefs: where one brief ends and the next begins.

A box of briefs (``IN BRIEF``, ``新闻速递``) sets each brief as a head line or two over a
few lines of text, one under the other in one measure, with a little more white
between briefs than between lines. On a heavy scan the heads may be no heavier than the
text (a serif head beside a sans body, 1.09x its size), and the XY-cut's pieces, one a
brief, were joined again as pieces of one column. Inside a box closed by rules on its
four sides, white wider than the box's own leading over a line set flush left, short
or set as a head (a paragraph's first line is indented or runs the full measure in the
text's face) parts two briefs: no piece is joined across it, and the lines under it set
a size up from the box's text are the next brief's head. Running text outside a ruled
box is never asked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import numpy as np

from ..model import BlockKind, Box
from ..typography import SEMIBOLD_RATIO
from .blocks import Region, median, without_far_specks
from .heading_kinds import SEMIBOLD_SIZE
from .kinds import weighted_median

#: White between briefs: wider than the box's median white between lines by this share
#: of its line height (s815: 30-37 px against 11-13, lines 34 px tall).
BRIEF_WHITE = 0.4
#: A brief's head line ends this share of a line's height short of the measure (the
#: text's lines run it full) and starts within half of it of the measure's left edge.
SHORT_END = 0.6
#: Lines a brief's head runs to.
HEAD_LINES = 2
#: Two rules across a box's sides close it where both sides run along this share of the
#: white between them.
SIDE_COVER = 0.8
#: A "line" this many of the box's line heights tall is two run together: a head set
#: tight over its text, a speck of a heavy scan inking the white row between them.
RUN_TOGETHER = 1.7
#: Lines side by side in more than this share of a box's rows: two measures, not one,
#: unless a line in one piece runs this share of the joined rows' width.
SPLIT_ROWS, ONE_MEASURE = 0.15, 0.8
#: A part of a line under this share of the box's line height holds no type: an accent,
#: a descender's tail, a speck (``_run_apart``, ``_core``).
PART_OF_TYPE = 0.5
#: A "line" under this share of the box's line height is grain (a row of specks
#: between two briefs, however wide), not type.
GRAIN_LINE = 1 / 3
#: A "line" whose marks measure under this share of the box's type size is grain too,
#: however tall the row its specks are strewn over: a heavy scan's specks in the white
#: between two briefs (s2225: 291x23 px, its marks 10 px against 27 px type; s2219:
#: 326x26, 9.8 against 26). A line of lower-case letters measures 0.7 of the type.
GRAIN_TYPE = 0.5

#: A speck within this share of a line's height of its top or foot, no more ink a row
#: than ``SPECK_INK`` of it, parted from its type by a white row, is not the line's.
SPECK_REACH, SPECK_INK = 0.4, 0.3

#: A box of briefs is at least this many character heights wide and tall, its top and
#: foot rules as far apart (a rule under the box's title, nearer its top, is no foot).
BOX_LEAST = 6

#: A piece measured: its box and lines.
Rebuild = Callable[[Box, list[Box]], Region]


def ruled_boxes(hrules: Sequence[Box], vrules: Sequence[Box], char_h: float) -> list[Box]:
    """Inside of each box closed by rules: two vertical rules side by side and a
    horizontal rule across both near the top and near the foot of the span they share
    (a box's side may run on down the page as a column rule); or, where both sides run
    on past the box, above it and under it, as the column rules they are joined with
    (S6 s871), two horizontal rules that end at both sides (``_closing``)."""
    near = 2 * char_h
    out: list[Box] = []
    for left in vrules:
        for right in vrules:
            if right.x - left.right < BOX_LEAST * char_h:
                continue
            y0, y1 = max(left.y, right.y), min(left.bottom, right.bottom)
            if y1 - y0 < BOX_LEAST * char_h:
                continue
            across = [h for h in hrules if h.x <= left.right + near and h.right >= right.x - near]
            top = [h for h in across if abs(h.y - y0) <= near]
            foot = [h for h in across if abs(h.bottom - y1) <= near]
            inner = Box(left.right, y0, right.x - left.right, y1 - y0)
            found = [inner] if top and foot else []
            found += _closing(left, right, across, BOX_LEAST * char_h, near)
            for box in found:
                if not any(_within(box, o, 0.8) for o in out):
                    out.append(box)  # (a box's side found as two rules: one box)
    return out


def _closing(left: Box, right: Box, across: Sequence[Box], tall: float, near: float
             ) -> list[Box]:
    """Insides between the rules of ``across`` that end at both sides, ``left`` and
    ``right``, within ``near`` (a rule across a row of stories runs past a box's side;
    a box's top and foot stop there), ``tall`` apart at least: a rule under the box's
    title is the box's, no foot of another (the title stays inside).

    On a heavy scan a side may be found joined with what runs beside it: with a column
    rule a few pixels off, from where that begins (s2201: the side from 542, the box's top
    rule at 388), or with the scan's dark edge strip, a rule 166 px wide (s2213). A rule
    then ends at either edge of a side, and two rules close a box where both sides run
    along ``SIDE_COVER`` of the white between them."""
    lo, hi = max(left.y, right.y) - near, min(left.bottom, right.bottom) + near
    closing = sorted((h for h in across if _ends_at(h.x, left, near)
                      and _ends_at(h.right, right, near)
                      and min(left.y, right.y) - near <= h.y <= max(left.bottom, right.bottom)
                      + near), key=lambda h: h.y)
    out: list[Box] = []
    top = closing[0] if closing else None
    for h in closing[1:]:
        if top is None or h.y - top.bottom < tall:
            continue
        span = h.y - top.bottom
        if (lo <= top.y <= hi and lo <= h.y <= hi) or all(
                min(side.bottom, h.y) - max(side.y, top.bottom) >= SIDE_COVER * span
                for side in (left, right)):
            out.append(Box(left.right, top.bottom, right.x - left.right, span))
        top = h
    return out


def _ends_at(x: int, side: Box, near: float) -> bool:
    """A rule's end ``x`` at a box's side: within ``near`` of it, or anywhere across it
    (a side joined with the scan's dark edge strip: the rule runs into the strip)."""
    return side.x - near <= x <= side.right + near


def brief_breaks(
    regions: list[Region], boxes: Sequence[Box], rebuild: Rebuild, text: np.ndarray
) -> tuple[list[Region], list[Box], list[Box]]:
    """``regions`` with each box's pieces parted at the white between briefs and each
    brief's head (lines a size up from the box's text) parted from its text, and the
    bands of white between briefs (no piece is joined across one) and the heads' boxes.
    ``rebuild`` measures a piece of the given lines; ``text``: the page's ink."""
    breaks: list[Box] = []
    head_boxes: list[Box] = []
    for box in boxes:
        inside = [r for r in regions if r.lines and _within(r.box, box)]
        if len(inside) < 2 and not any(len(r.lines) >= 6 for r in inside):
            continue
        was = inside
        inside = _lines_apart(inside, text, rebuild)
        cuts = _cuts(inside, lambda ln: rebuild(ln, [ln]),
                     lambda ln, tall: _core(text, ln, tall))
        if not cuts:
            continue
        breaks += [Box(box.x, y0, box.w, max(1, y1 - y0)) for y0, y1, _ in cuts]
        heads = {id(ln) for _, _, hs in cuts for ln in hs}
        tops = [y1 for _, y1, _ in cuts]
        head_boxes += [b for _, _, hs in cuts if (b := Box.enclosing(hs)) is not None]
        for _, _, hs in cuts:  # the white under a head parts it from its text
            under = [ln for r in inside for ln in r.lines if ln.y >= hs[-1].bottom] if hs else []
            if under:
                nxt = min(under, key=lambda ln: ln.y)
                breaks.append(Box(box.x, hs[-1].bottom, box.w, max(1, nxt.y - hs[-1].bottom)))
        parted: list[Region] = []
        for r in inside:
            parted += _parted(r, tops, heads, rebuild)
        regions = [r for r in regions if not any(r is i for i in was)] + parted
    return regions, breaks, head_boxes


def box_heads(regions: list[Region], heads: list[Box]) -> list[Region]:
    """``regions`` with each brief's head found by ``brief_breaks`` (a size up from the box's
    text, no heavier: no kind rule names it) a headline, once the pieces are joined."""
    return [dataclasses.replace(r, kind=BlockKind.HEADLINE)
            if r.kind == BlockKind.BODY and r.box in heads else r for r in regions]


def _lines_apart(pieces: list[Region], text: np.ndarray, rebuild: Rebuild) -> list[Region]:
    """``pieces`` with each "line" ``RUN_TOGETHER`` of the box's line heights tall cut in
    two at its least inked row, where that row is white but for grain: a brief's head set
    tight over its first line on a heavy scan (``Food pantry needs volunteers`` over ``The
    Interfaith Food Pantry…``, 83 px against 38) was one line, so no white opened the
    brief and its head was read as the text's first words."""
    tall = median([ln.h for r in pieces for ln in r.lines])
    out: list[Region] = []
    for r in pieces:
        lines: list[Box] = []
        for ln in r.lines:
            lines += _run_apart(text, ln, tall) if ln.h >= RUN_TOGETHER * tall else [ln]
        out.append(r if len(lines) == len(r.lines) else rebuild(r.box, lines))
    return out


def _run_apart(text: np.ndarray, ln: Box, tall: float) -> list[Box]:
    """``ln`` cut at its least inked row in its middle half, each part trimmed to the rows
    inked beyond that one, where that row holds no more ink than a character is wide
    (``tall``: the box's line height): grain, not type; else ``[ln]``."""
    ink = text[ln.y : ln.bottom, ln.x : ln.right].sum(axis=1)
    lo, hi = ln.h // 4, ln.h - ln.h // 4
    at = lo + int(np.argmin(ink[lo:hi]))
    if ink[at] > tall:
        return [ln]
    parts = []
    for y0, y1 in ((0, at), (at + 1, ln.h)):
        rows = y0 + np.flatnonzero(ink[y0:y1] > ink[at])
        if rows.size == 0 or rows[-1] - rows[0] + 1 < PART_OF_TYPE * tall:
            return [ln]  # (a part under half a line: an accent, a descender's tail)
        band = text[ln.y + rows[0] : ln.y + rows[-1] + 1, ln.x : ln.right]
        cols = without_far_specks(np.flatnonzero(band.any(axis=0)), band.shape[0])
        parts.append(Box(ln.x + int(cols[0]), ln.y + int(rows[0]), int(cols[-1] - cols[0] + 1),
                         band.shape[0]))
    return parts


def _within(a: Box, box: Box, share: float = 0.9) -> bool:
    """Most of ``a`` (``share`` of its area) lies in ``box``: a piece whose edge runs
    onto the box's rule is still inside it."""
    inter = a.intersection(box)
    return inter is not None and inter.area >= share * max(a.area, 1)


def _cuts(pieces: list[Region], measure: Callable[[Box], Region],
          core: Callable[[Box, float], Box] | None = None,
          ) -> list[tuple[int, int, list[Box]]]:
    """The white bands (top, bottom) between briefs among the pieces' lines, each with
    the head lines under it. ``core``: a line's box without specks a white row parts
    from it (``_core``), the white between lines measured between those."""
    tall = median([ln.h for r in pieces for ln in r.lines])
    lines = sorted((ln for r in pieces for ln in r.lines  # (not specks: a.m. is a line)
                    if ln.h >= 0.6 * tall or (ln.w >= 2 * tall and ln.h >= GRAIN_LINE * tall)),
                   key=lambda ln: ln.y)
    if len(lines) < 6:
        return []
    lines, joined = _rows(lines, tall)
    measured = {id(ln): measure(ln) for ln in lines}
    # The box's text is most of its ink: its size, stroke and leading are weighed by the
    # lines' length (a white by the shorter line beside it: a head's white over or under
    # it weighs as little as the head is long). Counted by lines, a box of briefs of a
    # line or two each (a head, one line of text) took its heads' stroke for the text's
    # and the white between briefs for its leading (s2204: gaps 38, 7, 28, 5, 32, 8;
    # median 18, the text's 7-8).
    size = weighted_median([(measured[id(ln)].size, ln.w) for ln in lines])
    weight = weighted_median([(measured[id(ln)].weight, ln.w) for ln in lines])
    text = [i for i, ln in enumerate(lines) if not _set_as_head(measured[id(ln)], size, weight)]
    if len(joined) > SPLIT_ROWS * len(lines) and not _one_measure(lines, joined, text):
        return []  # lines side by side: not one measure
    # (the measure's edges by its rows: a line's pieces do not start at its left edge)
    left = median([ln.x for ln in lines])
    right = median([ln.right for ln in lines])
    # (grain strewn over the white between two briefs took it for two gaps of leading)
    lines = [ln for ln in lines if measured[id(ln)].size >= GRAIN_TYPE * size]
    cores = [core(ln, tall) for ln in lines] if core is not None else lines
    gaps = [b.y - a.bottom for a, b in zip(cores, cores[1:], strict=False)]
    lead = weighted_median([(g, min(a.w, b.w)) for g, a, b
                            in zip(gaps, lines, lines[1:], strict=False)])
    out: list[tuple[int, int, list[Box]]] = []
    for i, gap in enumerate(gaps):
        above, below = lines[i], lines[i + 1]
        if gap < lead + BRIEF_WHITE * tall or abs(below.x - left) > 0.5 * tall:
            continue
        if below.right > right - SHORT_END * tall and not _set_as_head(
                measured[id(below)], size, weight):
            continue  # a brief opens with a short head line, or one set as a head
        if out and out[-1][1] == above.y:
            continue  # a brief of one line: a head's short first line over its second
        out.append((above.bottom, below.y, _head(lines[i + 1 :], size, weight, measured)))
    return out


def _core(text: np.ndarray, ln: Box, tall: float) -> Box:
    """``ln`` without the rows of a speck a white row parts from its type, within
    ``SPECK_REACH`` of a line's height of its top or foot and no more ink a row than
    ``SPECK_INK`` of it: a heavy scan's speck a few pixels over a head or under a line's
    descenders joins the line's box and eats the white between two briefs (s2237: 8 px
    specks, 18 px of white left of 40)."""
    ink = text[ln.y : ln.bottom, ln.x : ln.right].sum(axis=1)
    reach, most = int(SPECK_REACH * tall), SPECK_INK * tall
    blank = np.flatnonzero(ink == 0)
    top, foot = 0, len(ink)
    over = blank[blank < reach]
    if over.size and ink[: over[-1]].max(initial=0) <= most:
        top = int(over[-1]) + 1
    under = blank[blank >= len(ink) - reach]
    if under.size and ink[under[0] :].max(initial=0) <= most:
        foot = int(under[0])
    if foot - top < PART_OF_TYPE * tall:
        return ln  # (no type left: the line was the speck)
    return Box(ln.x, ln.y + top, ln.w, foot - top)


def _rows(lines: list[Box], tall: float) -> tuple[list[Box], list[int]]:
    """``lines`` (sorted by top) with pieces side by side on one row joined (a line a
    wide white parted: ``…12月5日起实`` beside its last word, S s803), and the index of
    the row each join made (once per piece joined): many say two measures side by side,
    not a line's pieces."""
    out: list[Box] = []
    joined: list[int] = []
    for ln in lines:
        if out and ln.y < out[-1].bottom - 0.5 * tall:
            out[-1] = out[-1].union(ln)
            joined.append(len(out) - 1)
        else:
            out.append(ln)
    return out, joined


def _one_measure(rows: list[Box], joined: list[int], text: list[int]) -> bool:
    """Rows some of which were joined from pieces are one measure when a line of the
    box's text (``text``: indices of rows not set as heads) that needed no joining spans
    most of them (``ONE_MEASURE`` of the joined rows' median width): a box across the
    page whose briefs run a line or two each, their lines cut in pieces over the columns
    under it (s2204, s2216). Two measures side by side have no line of text across both;
    a boxed story's headline and deck run across its columns (S6 s869)."""
    whole = [rows[i].w for i in text if i not in joined]
    return bool(whole) and max(whole) >= ONE_MEASURE * median([rows[i].w for i in set(joined)])


def _head(lines: list[Box], size: float, weight: float,
          measured: dict[int, Region]) -> list[Box]:
    """The lines that open a brief set a size up from the box's text (``size``) or
    semi-bold against its stroke (``weight``), up to ``HEAD_LINES``: its head (none where
    the head is set like the text)."""
    out: list[Box] = []
    face = (True, True)
    for ln in lines[: min(HEAD_LINES, len(lines) - 1)]:
        found = _head_face(measured[id(ln)], size, weight)
        face = (face[0] and found[0], face[1] and found[1])
        if not any(face):
            # A head's next line is set as its first (a semi-bold head's line, not the
            # text's first line measuring a little large).
            break
        out.append(ln)
    return out


def _head_face(m: Region, size: float, weight: float) -> tuple[bool, bool]:
    """Whether a line is set a size up from the box's text (``size``; a Chinese head in
    another face, 1.05-1.09x), and whether semi-bold against its stroke (``weight``)."""
    return m.size >= SEMIBOLD_SIZE * size, weight > 0 and m.weight >= SEMIBOLD_RATIO * weight


def _set_as_head(m: Region, size: float, weight: float) -> bool:
    """A line set as a brief's head (``_head_face``). Such a line opens a brief after
    white however long it runs: a narrow box's head may fill its measure
    (``Anniversaries``, ``养犬条例修订通过``), where a head set like the text is told by
    stopping short."""
    return any(_head_face(m, size, weight))


def _parted(r: Region, tops: list[int], heads: set[int], rebuild: Rebuild) -> list[Region]:
    """``r`` cut above each brief's first line and under its head."""
    groups: list[list[Box]] = [[]]
    for ln in r.lines:
        starts = any(abs(ln.y - t) <= 1 for t in tops)
        prev_head = bool(groups[-1]) and id(groups[-1][-1]) in heads
        if groups[-1] and (starts or (prev_head and id(ln) not in heads)):
            groups.append([])
        groups[-1].append(ln)
    if len(groups) == 1:
        return [r]
    return [rebuild(b, g) for g in groups if (b := Box.enclosing(g)) is not None]
