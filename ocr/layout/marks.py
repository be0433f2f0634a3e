"""A page's ink marks, labelled once and carried from despeckling into layout analysis.

Labelling a 300 dpi page costs 20-60 ms (more on a noisy one, whose grain is tens of
thousands of marks), and layout needs the marks of the page less its printed rules:
despeckling had labelled the page already. Taking rules out of the ink only changes the
marks that reach into a rule's box; every other mark keeps its pixels, so only the
touched ones are labelled again, each within its own box (``Marks.without``). What
comes out is what labelling the page less its rules gives: the same marks, the same
boxes and areas, and the same specks dropped (tested on real pages).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from ..model import Box
from .blocks import components, lookup, speck_area


@dataclass(frozen=True, slots=True, eq=False)
class Patch:
    """A mark cut by taking pixels out of it, labelled again within its box: ``labels``
    numbers what is left of it (0 elsewhere in the box), ``stats`` a row per label
    (background first) in page pixels."""

    box: Box
    labels: np.ndarray
    stats: np.ndarray


@dataclass(frozen=True, slots=True, eq=False)
class Marks:
    """The marks of a page's ink as ``components`` labelled it, and what became of them.

    ``labels`` numbers each pixel by its mark (0: paper) and ``stats`` has a row per
    label (background first); ``gone`` flags marks no longer on the page as they were
    (specks dropped since, marks cut by ``without``); ``patches`` hold what is left of
    the cut ones.
    """

    labels: np.ndarray
    stats: np.ndarray
    gone: np.ndarray
    patches: tuple[Patch, ...] = ()

    @classmethod
    def of(cls, labels: np.ndarray, stats: np.ndarray, gone: np.ndarray | None = None) -> Marks:
        flags = np.zeros(len(stats), dtype=bool) if gone is None else gone.copy()
        flags[0] = False
        return cls(labels, stats, flags)

    def rows(self) -> np.ndarray:
        """Stats rows of the marks now on the page, background first (the rows
        ``components`` gives for the page as it is, in another order; the background's
        own row is the one first labelled)."""
        kept = self.stats[~self.gone]
        if not self.patches:
            return kept
        return np.concatenate([kept, *(p.stats[1:] for p in self.patches)])

    def without(self, boxes: Sequence[Box], taken: np.ndarray) -> Marks | None:
        """The marks once the pixels of ``taken`` (a page mask, true inside ``boxes``
        and nowhere else) are out of the ink: each mark that reaches into a box is
        labelled again, within its own box, without them; ``None`` when those boxes
        cover so much of the page that labelling it all costs less. Marks cut once are
        not cut again (``patches`` must be empty)."""
        assert not self.patches, "marks are cut once"
        touched = np.zeros(len(self.stats), dtype=bool)
        for b in boxes:
            if b.w > 0 and b.h > 0:
                touched[np.unique(self.labels[b.y : b.bottom, b.x : b.right])] = True
        touched[0] = False
        touched &= ~self.gone
        cut = np.flatnonzero(touched)
        if len(cut) == 0:
            return self
        rows = self.stats[cut].astype(np.int64)
        if np.sum(rows[:, cv2.CC_STAT_WIDTH] * rows[:, cv2.CC_STAT_HEIGHT]) > (
            RELABEL_SHARE * self.labels.size
        ):
            return None  # rules joined to the type round them: label the page
        patches = []
        for i, (x, y, w, h) in zip(cut.tolist(), rows[:, :4].tolist(), strict=True):
            own = (self.labels[y : y + h, x : x + w] == i) & ~taken[y : y + h, x : x + w]
            _, labels, stats, _ = components(own.view(np.uint8))
            stats[1:, cv2.CC_STAT_LEFT] += x
            stats[1:, cv2.CC_STAT_TOP] += y
            patches.append(Patch(Box(x, y, w, h), labels, stats))
        return Marks(self.labels, self.stats, self.gone | touched, tuple(patches))

    def despeckle(self, ink: np.ndarray, char_h: float) -> np.ndarray:
        """``blocks.despeckle`` of ``ink`` (the page these marks are the marks of) without
        labelling it: marks no larger than ``speck_area`` taken out."""
        area = speck_area(char_h)
        small = (self.stats[:, cv2.CC_STAT_AREA] <= area) & ~self.gone
        small[0] = False
        pieces = [(p, p.stats[:, cv2.CC_STAT_AREA] <= area) for p in self.patches]
        for _, flags in pieces:
            flags[0] = False
        if not small.any() and not any(flags.any() for _, flags in pieces):
            return ink
        out = ink & ~lookup(small, self.labels) if small.any() else ink.copy()
        for p, flags in pieces:
            found = np.flatnonzero(flags)
            if len(found) > FEW_PIECES:
                b = p.box
                out[b.y : b.bottom, b.x : b.right] &= ~np.take(flags, p.labels)
                continue
            for k in found.tolist():  # each piece within its own box
                x, y, w, h = (int(v) for v in p.stats[k, :4])
                dx, dy = x - p.box.x, y - p.box.y
                out[y : y + h, x : x + w] &= p.labels[dy : dy + h, dx : dx + w] != k
        return out


#: Share of the page the boxes of the marks ``Marks.without`` cuts may cover (together:
#: they may overlap). Labelling a mark's box costs less than labelling as many pixels of
#: type (19-27 ms against 35 ms on NZZ pages whose rules touch the type, the boxes 0.2-0.6
#: of the page; 160 against 210 ms at 0.84 on the 1884 broadsheet).
RELABEL_SHARE = 1.0
#: Specks of a cut mark cleared one by one, each in its own box, up to this many; more,
#: and the cut marks' rectangle is cleared in one pass.
FEW_PIECES = 32
