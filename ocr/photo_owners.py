"""Photo owners by place: a photo set over a story's headline is that story's art.

The walk in ``ocr.assemble`` gives a photo to the article being read when its caption
comes (a photo set in a story's columns, or under its headline). A photo set over a
story's headline comes before the story in reading order, so no article is being read:
the photo stayed without one, and the text output listed its caption before the story
it illustrates, where a reader (and the truth of a page) puts it with that story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from .headlines import HeadingGroup
from .model import HEADING_KINDS, Block, BlockKind, Box


class Pictured(Protocol):
    """A photo item being put together, as this rule sees it (``drafts.PhotoDraft``)."""

    blocks: list[Block]
    title: Block | None


class Headed(Protocol):
    """An article being put together, as this rule sees it (``drafts.Draft``)."""

    groups: list[HeadingGroup]


D = TypeVar("D", bound=Headed)

#: Blocks of text a story over a photo may end on (its column's last lines).
_TEXT_KINDS = frozenset({BlockKind.BODY, BlockKind.BYLINE, *HEADING_KINDS})


def photos_over_headlines(photos: Sequence[Pictured], drafts: Sequence[D],
                          blocks: Sequence[Block]) -> dict[int, D]:
    """The story each photo without one (by ``id``) is set over, on a page with geometry.

    A story's art over its headline hangs on the headline: the heading under the photo's
    caption stands nearer to it than the text over the photo does (a photo at the foot of
    the story above stands nearer that story's text, with the white or a rule that parts
    two stories under it), no rule comes between, and the heading is set within the
    photo's width (a heading running on past the photo's side heads columns the photo is
    not over: the photo is the story's above, set into its columns).
    """
    rules = [b.box for b in blocks  # (across: a column rule parts no photo from a heading)
             if b.kind is BlockKind.RULE and b.box is not None and b.box.w > 3 * b.box.h]
    text = [b.box for b in blocks if b.kind in _TEXT_KINDS and b.box is not None]
    heads = [(Box.enclosing([b.box for g in d.groups for b in g.blocks if b.box is not None]), d)
             for d in drafts]
    found: dict[int, D] = {}
    for photo in photos:
        boxes = [b.box for b in photo.blocks if b.box is not None]
        if photo.title is not None or not boxes:
            continue
        span = Box.enclosing(boxes)
        assert span is not None
        best: tuple[int, D] | None = None
        for head, draft in heads:
            if head is None or not _within(head, span):
                continue
            below = head.y - span.bottom
            if below < -head.h // 2 or (best is not None and below >= best[0]):
                continue
            if not any(_between(r, span, head) for r in rules):
                best = below, draft
        if best is None:
            continue
        over = [t.bottom for t in text
                if t.y < span.y and t.bottom < span.y + span.h // 4 and _overlap(t, span) > 0]
        if not over or span.y - max(over) > best[0]:
            found[id(photo)] = best[1]
    return found


def _overlap(a: Box, b: Box) -> int:
    return min(a.right, b.right) - max(a.x, b.x)


def _within(head: Box, span: Box) -> bool:
    """The heading is set within the photo's width (a slack of a few per cent of it)."""
    slack = span.w // 25
    return head.x >= span.x - slack and head.right <= span.right + slack


def _between(rule: Box, span: Box, head: Box) -> bool:
    """A rule across the white between the photo's foot and the heading."""
    return (rule.y >= span.bottom - rule.h and rule.bottom <= head.y + rule.h
            and _overlap(rule, span) > 0)
