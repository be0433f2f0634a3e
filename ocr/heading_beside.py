"""Heading matter set beside a photo's top, under the headline over both.

A headline two columns wide may stand over a photo in its first column and its story's
deck (or byline) in the second, the deck's first line level with the photo's top. Read
by position, the photo comes between the headline and its deck, and the heading stack is
parted: the headline is left over and the deck heads the story (held-out S3 s835, once
the photo's pale top was found with it: ``layout.picture_edges.grown``). The heading
matter beside the photo is read before it, as the stack it belongs to.

The same parting happens the other way about: a headline in a column beside a photo
(the photo in the columns to its right, level with it), its deck set right under it in
its own column below the photo's foot. Read by position the photo (its top higher than
the deck's) comes between them (held-out S6 s862: ``东屿港集装箱 / 吞吐量首破千 /
万标箱``, the photo, then ``新开通外贸航线9条…``), and the deck opened a story of its own.
A heading block right under the heading read before the photo, in its column (nothing
taller than a line between them), is read before the photo too (``_under_beside``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import HEADING_KINDS, Block, BlockKind, Box

_CAPTIONS = frozenset({BlockKind.CAPTION, BlockKind.CREDIT})


def decks_before_photos(ordered: Sequence[Block]) -> list[Block]:
    """``ordered`` with each photo (and its caption and credit read right after it) read
    right after a heading block moved after the heading blocks beside its top
    (``_beside_top``), when that heading spans both."""
    out = list(ordered)
    for i in range(1, len(out) - 1):
        photo, over = out[i], out[i - 1]
        if (photo.kind is not BlockKind.ILLUSTRATION or over.kind not in HEADING_KINDS
                or photo.box is None or over.box is None):
            continue
        j = i + 1
        while j < len(out) and out[j].kind in _CAPTIONS:
            j += 1
        k = j
        while (k < len(out) and out[k].kind in HEADING_KINDS
               and (_beside_top(out[k].box, photo.box, over.box)
                    or _under_beside(out[k], photo.box, out[k - 1] if k > j else over))):
            k += 1
        if k > j:
            out[i:k] = [*out[j:k], *out[i:j]]
    return out


def _beside_top(box: Box | None, photo: Box, over: Box) -> bool:
    """``box`` stands beside ``photo`` (no column in common), its top within half its
    height of the photo's top, both under the heading ``over`` (it spans them)."""
    return (box is not None and (box.x >= photo.right or box.right <= photo.x)
            and abs(box.y - photo.y) < 0.5 * box.h
            and over.x <= min(box.x, photo.x) + 0.5 * box.h
            and over.right >= max(box.right, photo.right) - 0.5 * box.h
            and over.bottom <= min(box.y, photo.y))


def _under_beside(block: Block, photo: Box, over: Block) -> bool:
    """``block`` is set right under the heading ``over`` in its column (their columns
    overlap by most of the narrower one; the white between them under a line of
    ``block``'s type) and ``photo`` is level with ``over``: nothing taller than a line
    stands between the two, so the photo does not part them, wherever it stands (beside
    the column, S6 s862; or a heavy scan's speck boxed as a photo inside the deck, S5
    s854: ``渔船沉没后船员登上救 / 生筏，救助直升机次日`` / speck / ``下午找到他们``)."""
    box, above = block.box, over.box
    if box is None or above is None or over.kind not in HEADING_KINDS:
        return False
    line = box.h / max(1, len(block.lines))
    shared = min(box.right, above.right) - max(box.x, above.x)
    return (shared >= 0.5 * min(box.w, above.w)
            and -0.25 * line <= box.y - above.bottom < line
            and photo.y < above.bottom and photo.bottom > above.y)
