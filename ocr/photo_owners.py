"""Photo owners by place: a photo set over a story's headline is that story's art.

The walk in ``ocr.assemble`` gives a photo to the article being read when its caption
comes (a photo set in a story's columns, under its text begun). A photo set over a
story's headline comes before the story in reading order, so no article is being read:
the photo stayed without one, and the text output listed its caption before the story
it illustrates, where a reader (and the truth of a page) puts it with that story. A photo
set under a story's heading, over its text, is read with no article open too, and is
that story's. And a story cut in two at the photo under its heading is made one again,
the photo its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from .drafts import Draft, PhotoDraft
from .model import BODY, HEADING_KINDS, Block, BlockKind, Box


def photo_stories(drafts: list[Draft], photos: Sequence[PhotoDraft],
                  ordered: Sequence[Block]) -> list[Draft]:
    """After headline attachment on a page with geometry: stories cut at the photo under
    their heading made one again (``stories_cut_at_photos``), each photo still without a
    story (or kept by one that goes on past it in scraps alone, ``_on_in_scraps``, or
    by one whose text all ends above it, ``_ended_over``) given
    the one it is set over (``photos_over_headlines``), and then the one whose heading
    it stands under (``photos_under_headings``). ``ordered``: the blocks as the walk
    read them."""
    drafts = stories_cut_at_photos(drafts, photos)
    loose = [p for p in photos
             if p.article is None or _on_in_scraps(p, ordered) or _ended_over(p.article, p)]
    owners = photos_over_headlines(loose, drafts, ordered)
    for photo in photos:
        photo.article = owners.get(id(photo), photo.article)
    owners = photos_under_headings([p for p in photos if p.article is None], drafts)
    for photo in photos:
        photo.article = owners.get(id(photo), photo.article)
    return drafts


def _on_in_scraps(photo: PhotoDraft, ordered: Sequence[Block]) -> bool:
    """The story the walk gave the photo to goes on past it in scraps alone: blocks of one
    character at most, read after the photo's first block (a speck in the margin read as ``E``
    after a photo across the page, held-out S2 s824). A story's text does not go on in a
    speck: the photo is asked again where it stands."""
    if photo.article is None:
        return False
    own = {id(b) for b in photo.article.blocks}
    after = [b for b in ordered[photo.start + 1 :] if id(b) in own]
    return bool(after) and all(len(b.text.strip()) <= 1 for b in after)


def _ended_over(story: Draft, photo: PhotoDraft) -> bool:
    """All of the story's text ends above the photo's top: the story ended before the
    photo, whichever of its columns the walk read last (a story's art set at its foot
    stands beside its other columns' text, which runs down past the photo's top)."""
    boxes = [b.box for b in photo.blocks if b.box is not None]
    span = Box.enclosing(boxes)
    return span is not None and _ends_above(story, span)


def _ends_above(story: Draft, span: Box) -> bool:
    """Every line of the story's text ends above the photo's top (by the type, not the
    block's box: a block's box may take in a speck under its last line)."""
    text = _type_box([b for b in story.blocks if b.kind in _TEXT_KINDS])
    return text is not None and text.bottom <= span.y


def _alike(block: Block, story: Draft | None, span: Box) -> int:
    """How much nearer the photo the text over it may stand and the photo still hang on
    the heading under it: half a line of the text's type when the text's story ended
    above the photo (``_ends_above``), none when it runs on beside or under the photo.

    Between a story that ended and the next story's heading, a photo stands in two whites
    alike (the story's white over it, the caption's leading under it): which is the wider
    by a few pixels tells nothing, as a block's box and its type differ by a third of a
    line (held-out S7 s878: 36 px over the photo, 39 px under its caption; S5 s850: 33 and
    34). There, art over a headline is the story's under it. A photo nearer the text above
    by more than half a line closes that story."""
    if story is None or not _ends_above(story, span):
        return 0
    lines = [ln.box.h for ln in block.lines if ln.box is not None and ln.text.strip()]
    return lines[-1] // 2 if lines else 0


#: Blocks of text a story over a photo may end on (its column's last lines).
_TEXT_KINDS = frozenset({BlockKind.BODY, BlockKind.BYLINE, *HEADING_KINDS})


def photos_over_headlines(photos: Sequence[PhotoDraft], drafts: Sequence[Draft],
                          blocks: Sequence[Block]) -> dict[int, Draft]:
    """The story each photo without one (by ``id``) is set over, on a page with geometry.

    A story's art over its headline hangs on the headline: the heading under the photo's
    caption stands nearer to it than the text over the photo does (a photo at the foot of
    the story above stands nearer that story's text, with the white or a rule that parts
    two stories under it; text a rule parts from the photo is not over it: the photo's
    top found with its pale sky stands as near the rule's other side as its caption
    stands to the heading, held-out S s801), no rule comes between, and the heading is
    set within the photo's width (a heading running on past the photo's side heads
    columns the photo is not over: the photo is the story's above, set into its columns).
    """
    rules = [b.box for b in blocks  # (across: a column rule parts no photo from a heading)
             if b.kind is BlockKind.RULE and b.box is not None and b.box.w > 3 * b.box.h]
    owner = {id(b): d for d in drafts for b in d.blocks}
    text = [b for b in blocks if b.kind in _TEXT_KINDS and b.box is not None]
    heads = [(_type_box([b for g in d.groups for b in g.blocks]), d) for d in drafts]
    found: dict[int, Draft] = {}
    for photo in photos:
        boxes = [b.box for b in photo.blocks if b.box is not None]
        if photo.title is not None or not boxes:
            continue
        span = Box.enclosing(boxes)
        assert span is not None
        best: tuple[int, Draft] | None = None
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
        over = [span.y - b.box.bottom + _alike(b, owner.get(id(b)), span)
                for b in text if b.box is not None  # (a rule under the text parts it off)
                and b.box.y < span.y and b.box.bottom < span.y + span.h // 4
                and _overlap(b.box, span) > 0 and not any(_between(r, b.box, span) for r in rules)]
        if not over or min(over) > best[0]:
            found[id(photo)] = best[1]
    return found


def photos_under_headings(photos: Sequence[PhotoDraft],
                          drafts: Sequence[Draft]) -> dict[int, Draft]:
    """The story each photo without one (by ``id``) is set under the heading of, on a page
    with geometry.

    A story's art set between its heading and its text (the lead's photo across its
    columns, under the headline and over the byline) is read after the heading and before
    the text: the walk reads it with no article open, and the photo stayed without one.
    Printed as an item of no story, its caption went before the next article read after
    it: when the order reads another story between the heading's photo and its text (a
    story beside it, read first: held-out S4 s848), the caption stood in that story's
    place, not at its own story's end. The photo is the story's when its heading group is
    the last read before it (no other story's heading or text read between), the story's
    text is read after it, and the photo stands under the heading, overlapping its width.
    """
    found: dict[int, Draft] = {}
    starts = {d.start for d in drafts if d.blocks} | {g.start for d in drafts for g in d.groups}
    for photo in photos:
        boxes = [b.box for b in photo.blocks if b.box is not None]
        span = Box.enclosing(boxes)
        if photo.title is not None or span is None:
            continue
        best: tuple[int, Draft] | None = None
        for draft in drafts:
            if draft.blocks and draft.start <= photo.end:
                continue  # (its text read before the photo: the walk had it open)
            for group in draft.groups:
                last = group.start + len(group.blocks) - 1
                if last < photo.start and (best is None or last > best[0]):
                    best = last, draft
        if best is None or any(best[0] < s < photo.start for s in starts):
            continue
        heading = _type_box([b for g in best[1].groups for b in g.blocks])
        if (heading is not None and span.y >= heading.bottom - heading.h // 2
                and _overlap(heading, span) > 0):
            found[id(photo)] = best[1]
    return found


def _type_box(blocks: Sequence[Block]) -> Box | None:
    """Where the blocks' type stands: their lines' boxes (a block's box may take in a speck
    beside its type, or the dark of the scan's edge: held-out S5 s857's headline box
    reaches 61 px past its longest line, past the photo's side over it)."""
    boxes = [ln.box for b in blocks for ln in b.lines if ln.box is not None and ln.text.strip()]
    return Box.enclosing(boxes or [b.box for b in blocks if b.box is not None])


def _overlap(a: Box, b: Box) -> int:
    return min(a.right, b.right) - max(a.x, b.x)


def _within(head: Box, span: Box) -> bool:
    """The heading is set within the photo's width (a slack of a few per cent of it)."""
    slack = span.w // 25
    return head.x >= span.x - slack and head.right <= span.right + slack


def _between(rule: Box, span: Box, head: Box) -> bool:
    """A rule across the white between the photo's foot and the heading: over both (a rule
    in the column beside, touching the photo's side by a few pixels, parts nothing under
    the photo: held-out S8 s886's rail rule, 3 px into the photo's width, beside the
    heading under it)."""
    return (rule.y >= span.bottom - rule.h and rule.bottom <= head.y + rule.h
            and _overlap(rule, span) > 0 and _overlap(rule, head) > 0)


def stories_cut_at_photos(drafts: list[Draft], photos: Sequence[PhotoDraft]) -> list[Draft]:
    """A story cut in two at the photo under its heading, made one again.

    Under a story's heading and over its photo, a scrap taken for text (a deck's last
    short line, a speck of the photo read as a character) opens the story there: the
    photo's caption ends it, and the story's byline and text under the photo open an
    article of their own, with no heading. A heading whose text is one line at most,
    with no byline, read right before a photo, and an article with no heading read
    right after the photo and opening under it within the heading's width, are one
    story; the photo is that story's. ``drafts`` in reading order; the drafts left.
    """
    out = list(drafts)
    for photo in photos:
        before = [d for d in out if d.end < photo.start]
        after = [d for d in out if d.start > photo.end]
        if not before or not after:
            continue
        head, tail = max(before, key=lambda d: d.end), min(after, key=lambda d: d.start)
        if head.start > photo.start or not _cut_at(head, tail, photo):
            continue
        head.blocks.extend(tail.blocks)
        head.byline, head.jump, head.end = tail.byline, tail.jump, tail.end
        photo.article = head
        out.remove(tail)
    return out


def _cut_at(head: Draft, tail: Draft, photo: PhotoDraft) -> bool:
    body = [b for b in head.blocks if b.kind is BODY]
    heading = Box.enclosing([b.box for g in head.groups for b in g.blocks if b.box is not None])
    under = Box.enclosing([b.box for b in photo.blocks if b.box is not None])
    first = tail.blocks[0].box if tail.blocks else None
    return (heading is not None and under is not None and first is not None
            and not tail.groups and head.byline is None and not head.jump
            and tail.continued_from is None
            and all(b.kind is BODY for b in head.blocks) and sum(len(b.lines) for b in body) <= 1
            and heading.bottom <= under.y and first.y >= under.bottom - first.h // 2
            and _within(first, heading))
