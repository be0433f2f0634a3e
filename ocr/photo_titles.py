"""Photo titles: a short heading printed by a photo is the photo's title, not an
article's headline.

The walk in ``ocr.assemble`` gathers every heading into headline groups; before the
groups go to articles (``ocr.headlines``), the ones that title a photo are taken off,
by where they stand beside the photo's caption and credit or, in text without geometry,
by the letter pairs the caption shares with them.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

from .captions import capitals_title
from .continuity import NEAR_ARTICLES
from .downstyle_headlines import heads_rows
from .heading_terms import MIN_CONTENT_SCORE
from .heading_words import capitals_label
from .headlines import HeadingGroup
from .leads import cjk_headed_by
from .listing_rows import opens_listing
from .model import CAPTION, CREDIT, Block
from .script import ANY_CJK
from .terms import Terms, cjk_pairs, content_stems
from .typography import PHOTO_TITLE_EMS, text_width


class Captioned(Protocol):
    """A photo item being put together, as these rules see it."""

    start: int
    end: int
    title: Block | None
    blocks: list[Block]


def take_photo_titles(
    groups: list[HeadingGroup],
    photos: Sequence[Captioned],
    starts: Collection[int] = (),
    opens: Collection[int] = (),
    signed: Collection[int] = (),
    leads: Mapping[int, str] | None = None,
    firsts: Mapping[int, str] | None = None,
) -> None:
    """A single short headline printed right after a photo's credit or right before its
    caption is the photo's title, not an article's headline.

    Not one right before a photo that an article's text follows at once (``starts``:
    where the articles begin in reading order): a story's headline stands over the
    photo that runs between it and its text (issue 10, item 7). Nor one right after
    the credit that an article opens under at once (``opens``: where the articles begin,
    on any page) when a short title stands right before the caption too: the photo has
    its title, and the line after the credit is the story's headline (text without
    blank lines: ``Cooling off`` / caption / credit / ``Shipyard lands Navy contract`` /
    ``By TOM CHEN``). Nor one right over a byline (``signed``: where the bylines stand):
    a photo's title is never signed, a story's headline is (``…reached 91 degrees.`` /
    credit / ``Rail trail extension opens to cyclists`` / ``By COLE PETERSEN``); nor,
    in text too, one right before a photo that a byline follows at once (``Fire guts
    Dock Street warehouse`` / credit / caption / ``By DANIEL OKAFOR``). Nor one right
    after the credit over a story's first block that opens with its byline run in
    (``leads``: their texts, by where they stand) and shares a headline's share of its
    terms (``heading_terms.MIN_CONTENT_SCORE``: ``科创园区新签约项目23个`` over ``本报讯（…）
    …重点项目集中签约仪式，23个项目…``): a title names what the caption shows (a brief
    under ``清凉一夏`` shares none). Nor one right after the credit over a story
    that opens at once (``firsts``: the first block's text of each, by where it stands)
    when the caption holds none of its letter pairs (Latin: content words) and the
    story's first block holds some (``部分区域明日停电`` over ``因电力线路检修，…部分路段将
    暂停供电…``, after a photo of a bridge being built; ``Anniversaries`` over ``…their
    60th wedding anniversary…``): a title names what the photo shows. Nor, in Chinese, one
    right after the credit over a listing's first entry (``_heads_listing``); nor, in
    English, a standing head over a court brief's or a dated listing's first row.
    """
    by_start = {g.start: g for g in groups}
    for photo in photos:
        # Text without positions: credit / title / caption (``photo_joins.titled_after_credit``).
        inside = by_start.get(photo.start + 1)
        if (inside is not None and photo.end == photo.start + 2 and len(inside.blocks) == 1
                and inside.blocks[0].box is None and capitals_title(inside.blocks[0])):
            if (after := kicker_past_caption(inside, photo, by_start, signed)) is not None:
                after.start, after.blocks = after.start - 1, [*inside.blocks, *after.blocks]
            else:
                photo.title = inside.blocks[0]
            inside.blocks.clear()
            continue
        before = by_start.get(photo.start - 1)
        titled = before is not None and len(before.blocks) == 1 and _short_title(before.blocks[0])
        for start in (photo.end + 1, photo.start - 1):
            if start == photo.start - 1 and (photo.end + 1 in starts or photo.end + 1 in signed):
                continue
            if start == photo.end + 1 and _credit_over_caption(photo):
                continue
            g = by_start.get(start)
            if g is None or len(g.blocks) != 1 or not _short_title(g.blocks[0]):
                continue
            if start == photo.end + 1 and (titled and start + 1 in opens or start + 1 in signed
                                           or _heads_lead(g.blocks[0], leads, start + 1)
                                           or _names_story(g.blocks[0], photo, firsts, start + 1)
                                           or _heads_listing(g.blocks[0], firsts, start + 1)):
                continue
            photo.title = g.blocks[0]
            g.blocks.clear()
            break


def kicker_past_caption(inside: HeadingGroup, photo: Captioned,
                        by_start: Mapping[int, HeadingGroup],
                        signed: Collection[int] = ()) -> HeadingGroup | None:
    """The headline group a kicker read between a photo's caption and its credit goes
    over, if it is one; else None (the line is the photo's title).

    pdfminer writes a line level with a caption's foot where its height falls: the kicker
    over the next column's story, set beside the photo's credit, comes out between the
    caption and the credit (``…alongside the new North Pier berth.`` / ``WEATHER WARNING``
    / ``Image: Carrick Haven Port Authority`` / ``Gale to bring 80mph gusts…`` / its deck /
    ``By Fiona Leckie``). A photo's title stands over the photo, read before its caption
    or right after a credit set over the caption (credit / title / caption); here the
    photo was read caption first and credit last, the line between is a label in capitals
    (``capitals_label``, a kicker's form), and a headline with no kicker of its own follows
    the credit at once, heading a stack (a deck under it, or its byline: ``signed``, where
    the bylines stand), as ``lone_kickers.heads_a_stack`` asks of the headline a kicker is
    handed to: the label is that headline's kicker. A one-line head alone (a standing
    head, ``Deaths`` over a column of notices) carries no kicker; the photo keeps it."""
    kinds = [b.kind for b in photo.blocks]
    if kinds[:1] != [CAPTION] or kinds[-1:] != [CREDIT]:
        return None
    if not capitals_label(inside.blocks[0].text.strip()):
        return None
    after = by_start.get(photo.end + 1)
    if after is None or not after.blocks or capitals_label(after.blocks[0].text.strip()):
        return None
    return after if len(after.blocks) > 1 or after.start + 1 in signed else None


def _credit_over_caption(photo: Captioned) -> bool:
    """Whether the photo's credit was read before its caption, set right under the frame
    over the caption: the photo ends at its caption's foot, and a heading read after it
    stands under the photo, a story's (``(Times photo / …)`` / caption / ``Q&A``), where a
    title stands over the frame."""
    kinds = [b.kind for b in photo.blocks]
    return len(kinds) >= 2 and kinds[0] is CREDIT and kinds[-1] is CAPTION


def _heads_lead(block: Block, leads: Mapping[int, str] | None, at: int) -> bool:
    """Whether heading ``block`` talks about the story that opens at ``at`` (``leads``)."""
    lead = leads.get(at) if leads else None
    return lead is not None and Terms(block.text).share(lead) >= MIN_CONTENT_SCORE


def _names_story(block: Block, photo: Captioned, firsts: Mapping[int, str] | None,
                 at: int) -> bool:
    """Whether heading ``block`` names the story opening at ``at`` (``firsts``), not the
    photo: the story's first block holds some of its letter pairs (``leads.cjk_headed_by``;
    Latin: content stems, ``terms.content_stems``), the caption none."""
    first = firsts.get(at) if firsts else None
    if first is None:
        return False
    caption = " ".join(b.text for b in photo.blocks)
    if not _has_cjk(block.text):
        # Latin: a word of the heading in the story's first block, none in the caption
        # (``Anniversaries`` over ``…their 60th wedding anniversary…``).
        stems = content_stems(block.text)
        return bool(stems & content_stems(first)) and not stems & content_stems(caption)
    return cjk_headed_by(block.text, first) and not cjk_headed_by(block.text, caption)


def _heads_listing(block: Block, firsts: Mapping[int, str] | None, at: int) -> bool:
    """Whether heading ``block`` stands over a listing's first entry, the text opening
    at ``at`` (``firsts``; Chinese, ``listing_rows.opens_listing``: ``潮汐预报`` over
    ``12月6日 高潮：05:42（潮高398厘米）``; English, ``downstyle_headlines.heads_rows``: ``In
    court`` over ``Kevin Lorimer (34), of Seagate, was fined``, a dated listing's first
    row): a listing's standing head, which no photo is titled by; a photo's title names
    what the photo shows, over its caption."""
    first = firsts.get(at) if firsts else None
    if first is None:
        return False
    if _has_cjk(block.text):
        return opens_listing(first)
    return heads_rows(block.text.strip(), first.split("\n"))


def titles_by_terms(
    groups: list[HeadingGroup],
    photos: Sequence[Captioned],
    captions: Sequence[str],
    articles: Sequence[tuple[int, str]],
) -> None:
    """Text without geometry: a short CJK heading anywhere in its group is a photo's
    title when the photo's caption holds its letter pairs more densely than any
    article's text does (pairs held over the square root of the text's length), and
    the article right under the group holds none of them.

    A photo's title is printed over the photo, its caption under it: an extractor writes
    the title among the headings at the photo's top, far from the caption
    (``荷花盛开`` … ``市民在江阳湿地公园赏荷拍照…``). Reading across the page, it writes
    it where its height falls among a story's headings beside the photo: in a kicker's
    place, or between a headline and its deck (``强寒潮来袭…`` / ``少年追风`` /
    ``市气象台发布寒潮蓝色预警…``), or under the headline as if its deck. What the title
    names, the caption tells; a story's own heading is held by the story under it."""
    starts = [a for a, _ in articles]
    g_starts = [g.start for g in groups]
    for photo, caption in zip(photos, captions, strict=True):
        if photo.title is not None or not caption or not _has_cjk(caption):
            continue  # (a caption without CJK holds none of a title's CJK letter pairs)
        at = bisect.bisect_left(g_starts, photo.start)  # the groups near it: a huge page
        for g in groups[max(0, at - NEAR_ARTICLES) : at + NEAR_ARTICLES]:  # stays linear
            under = bisect.bisect_right(starts, g.start + len(g.blocks) - 1)
            k = next((k for k, b in enumerate(g.blocks)
                      if _titles(b, caption, under, articles)), None)
            if k is not None:
                photo.title = g.blocks.pop(k)
                # The group's headings now start a block later: the rest keeps its place
                # right over the text it heads.
                g.start += 1
                break


def _titles(block: Block, caption: str, under: int, articles: Sequence[tuple[int, str]]) -> bool:
    """Whether heading ``block`` names what ``caption`` tells, not the articles near the
    one right under its group (``under``, an index of ``articles``)."""
    if not _short_title(block) or not _has_cjk(block.text):
        return False
    own = cjk_pairs(block.text)
    if not own or (under < len(articles) and any(p in articles[under][1] for p in own)):
        return False
    held = sum(p in caption for p in own) / len(caption) ** 0.5
    near = articles[max(0, under - NEAR_ARTICLES) : under + NEAR_ARTICLES]
    return held > 0 and all(
        sum(p in t for p in own) / max(1, len(t)) ** 0.5 < held for _, t in near)


#: A photo's English title is a few words (``Spring at last``); a caption's sentence is longer.
TITLE_WORDS = 6


def _short_title(block: Block) -> bool:
    """One line as short as a photo's title: CJK within ``PHOTO_TITLE_EMS``, else a few words."""
    if len(block.lines) != 1:
        return False
    text = block.lines[0].text  # (the block's text: one line)
    if _has_cjk(text):
        return text_width(text) <= PHOTO_TITLE_EMS
    return len(text.split()) <= TITLE_WORDS


def _has_cjk(text: str) -> bool:
    # One scan of the pattern, not a call per character: English pages ask it of every
    # heading near every photo, and hold none.
    return ANY_CJK.search(text) is not None
