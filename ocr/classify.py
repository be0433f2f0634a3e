"""Name each block's kind from its text and its neighbours.

Marker kinds (furniture, jump, credit, own-line byline) come from the profile's
patterns and apply to every path. Headlines are guessed from text only when the
page has no geometry; on scans the layout stage decides them from type size.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from .byline_words import (
    LOWER_BY,
    by_writer,
    byline_more,
    byline_whole,
    name_rest,
    post_alone,
)
from .captions import captions_by_credits
from .decks import full_width
from .foot_folio import folio_under_foot_rule
from .furniture import labels_over_furniture
from .kinds_by_place import (
    box_titles,
    decks_by_byline,
    foot_byline,
    framed_with_furniture,
    heads_text,
    posts_under_bylines,
)
from .leads import DAY_NAME
from .linejoin import join_lines
from .markers import line_marker_kind, marker_kind, opens_article, own_line_byline
from .model import (
    BODY,
    BYLINE,
    CAPTION,
    CREDIT,
    HEADLINE,
    ILLUSTRATION,
    JUMP,
    KICKER,
    SUBHEADLINE,
    Block,
    BlockKind,
    Box,
    Page,
)
from .profiles import CompiledMarkers, Profile, load_profile
from .script import is_cjk
from .text_headings import text_headings
from .typography import BYLINE_LINES, HEADLINE_RATIO

_MARKABLE = (BODY, CAPTION, KICKER)
#: A heading-measured block this short may be a jump line (with a byline's post over it).
JUMP_LINES = 2


def classify(page: Page, profile: Profile | str | None = None) -> Page:
    """Return the page with block kinds set (``Page -> Page``)."""
    prof = load_profile(profile)
    markers = prof.patterns(page.lang)
    textual = all(b.box is None for b in page.blocks)
    blocks = list(page.ordered_blocks())
    kinds: list[BlockKind] = []
    body_sized = _body_sized(blocks)
    under_headline = _body_sized(blocks, HEADLINE_RATIO)
    for k, b in enumerate(blocks):
        kind = b.kind
        if kind in _MARKABLE and len(b.lines) == 1:
            found = line_marker_kind(b.lines[0], markers)
            if found is None and textual and post_alone(b.text) and not (
                    k and by_writer(blocks[k - 1].text.rsplit("\n", 1)[-1])):
                # A post alone signs a story (``Court Reporter``); under a writer's name
                # it is that name's post (``By GRACE ABERNATHY`` / ``Ledger Correspondent``).
                found = BYLINE
            # On scans a caption sits under its photo: its place says more than its text,
            # so the text may only make it the photo's credit. A kicker was told by its
            # place over a headline alone: a jump line, byline or credit there is that.
            if found is not None and (textual or kind is not CAPTION
                                      or found is CREDIT):
                kind = found
        elif kind is BODY and 2 <= len(b.lines) <= BYLINE_LINES and _byline_zone(
                b, markers):
            kind = BYLINE
        elif (kind in (HEADLINE, SUBHEADLINE) and b.box is not None
              and len(b.lines) <= BYLINE_LINES
              and (body_sized(b) and (opens_article(b, markers) or _bold_byline(b, markers))
                   or under_headline(b) and _lower_byline(b, markers))):
            # A lead's byline set in bold (本报讯（记者 沈佳）6 / 月14日是…; ``By ANNA LEE``)
            # reads as heavier type than the body, never as a heading: its text opens
            # the story. Only in body-sized type: a headline may open like a byline
            # (``BY THE NUMBERS``, 记者手记) or a dateline.
            # (a name wrapped in a narrow column, ``By MAREN`` / ``TOLLEFSON``, ``By Hannah``
            # / ``Lowry, Staff`` / ``Reporter`` in bold, is read whole: a byline's second
            # line alone opens nothing)
            # A byline opening on a lower-case ``by``, as some papers set it (``by Kirsty
            # Dunmore`` / ``Chief Reporter``), bold and a size up, is one in any type
            # short of a headline's (``under_headline``): no heading opens so. Measured
            # as a heading, it opened a story of its own under the lead's photo, and the
            # lead's kicker, headline and deck headed nothing (S8 s893, s894).
            found = marker_kind(" ".join(ln.text for ln in b.lines), markers)
            kind = (BYLINE if found is BYLINE or _bold_byline(b, markers)
                    or _lower_byline(b, markers) else BODY)
        elif (kind in (HEADLINE, SUBHEADLINE) and b.box is not None
              and 1 <= len(b.lines) <= JUMP_LINES
              and marker_kind(b.lines[-1].text, markers) is JUMP):
            # A jump line set in bold or italic at a column's foot (``See ESTATE, Page
            # A6`` under a story's byline) measures as a deck's type; its words say what
            # it is, and as a heading it headed the story read next (held-out S5 s859).
            # Its block may hold the byline's post over it (``Staff Writers`` / ``Turn to
            # RATES, A4``, S7 s879): the jump still closes that story.
            kind = JUMP
        elif (kind is SUBHEADLINE and len(b.lines) == 1
              and marker_kind(b.lines[0].text, markers) is CREDIT):
            # A credit measured as a deck's type (``RUTH ALDERMAN / Staff Photographer``
            # in capitals, a little larger than the body) is the photo's credit.
            kind = CREDIT
        kinds.append(kind)

    # A full line's width: Chinese rules need it throughout, English ones only for a
    # headline or caption candidate (measured on first need).
    full = full_width(blocks) if textual and page.lang == "zh" else -1.0
    if textual:
        full = text_headings(blocks, kinds, markers, page.lang, full, page.from_grid)
        labels_over_furniture(blocks, kinds)
        for i in range(1, len(blocks)):
            # A byline's post that the extractor set apart (``By JAMES OKONKWO`` / blank /
            # ``Press Staff Writer``) over the story's text is the byline's, no heading
            # that cuts it off its story (over another byline it may head that one).
            if (kinds[i - 1] is BYLINE and kinds[i] in (HEADLINE, BODY)
                    and not byline_whole(blocks[i - 1].text.rsplit("\n", 1)[-1])
                    and (i + 1 == len(kinds) or kinds[i + 1] is BODY)
                    and len(blocks[i].lines) == 1 and byline_more(
                        [blocks[i].text, *(b.lines[0].text for b in blocks[i + 1:i + 2])]) == 1):
                kinds[i] = BYLINE
            # So is the rest of a Chinese byline's last name wrapped onto a line of its
            # own (``本报记者 贺嘉 实习生 吕一`` / ``凡``), which its shape made a heading;
            # with it the line still reads as a byline, not as a photo's credit wrapped
            # (``本报记者 阙晓 通讯员 卢青`` / ``摄``).
            elif (page.lang == "zh" and kinds[i - 1] is BYLINE and kinds[i] is HEADLINE
                  and len(blocks[i].lines) == 1 and blocks[i - 1].lines
                  and name_rest(blocks[i - 1].lines[-1].text, blocks[i].text)
                  and marker_kind(join_lines([ln.text for ln in blocks[i - 1].lines] + [
                      blocks[i].text]), markers) is BYLINE):
                kinds[i] = BYLINE

    if not textual:
        framed_with_furniture(blocks, kinds, lambda b: opens_article(b, markers))
        box_titles(blocks, kinds)
        if page.size is not None:
            folio_under_foot_rule(blocks, kinds, page.size[1])
        read = [i for i, b in enumerate(blocks) if b.lines]  # (rules between them)
        for p, i, n in zip(read, read[1:], [*read[2:], None], strict=False):
            # A byline's post in italic under it (``Agriculture Editor``) measures as a
            # deck's face; it is the byline's, no deck that opens a story apart from
            # its heading (the post's words, ``byline_more``).
            if (kinds[p] is BYLINE and kinds[i] is SUBHEADLINE and len(blocks[i].lines) == 1
                    and byline_more([blocks[i].text, *(
                        [blocks[n].lines[0].text] if n is not None else [])]) == 1):
                kinds[i] = BYLINE
        decks_by_byline(blocks, kinds)
        # A byline set at the head of a column under a photo's caption was taken for
        # more caption by its place: flush with the column's text right under it, it is
        # that story's byline (``By HENRY`` / ``ACHTERBERG``), not the photo's.
        # So is one at the column's foot, its story's text at the next column's head
        # (``foot_byline``), in Latin letters: ``By`` opens no photo's credit misread.
        for i, b in enumerate(blocks):
            if (kinds[i] is CAPTION and 1 <= len(b.lines) <= 2
                    and marker_kind(" ".join(ln.text for ln in b.lines), markers) is BYLINE):
                if heads_text(blocks, kinds, i):
                    kinds[i] = BYLINE
                elif not _cjk(b.text):
                    for j in foot_byline(blocks, kinds, i):
                        kinds[j] = BYLINE
        # A byline right under a photo's caption is the photo's credit, misread (记者孙悦报).
        # Unless it heads the text set right below it, flush with its left edge, or signs
        # a report whole (``通讯员 柯雨晴 记者 沈墨 报道``: 报道 is no 摄 misread), or is a
        # Latin byline at its column's foot (above), or stands elsewhere on the page: next
        # in the reading order is not under the caption (S3 s827: a byline 1,100 px right
        # of the caption read after it once the two photos were parted).
        for i in range(1, len(kinds)):
            if (kinds[i] is BYLINE and kinds[i - 1] is CAPTION
                    and _by_photo(blocks, i - 1, blocks[i].box)
                    and not blocks[i].text.rstrip().endswith("报道")
                    and not heads_text(blocks, kinds, i)
                    and (_cjk(blocks[i].text) or not foot_byline(blocks, kinds, i))):
                kinds[i] = CREDIT
        # (after: a post taken for the byline's is no text that byline heads)
        posts_under_bylines(blocks, kinds)

    captions_by_credits(blocks, kinds, textual, markers, full, page.from_grid)

    by_id = {
        b.id: b if b.kind is k else b.with_kind(k)
        for b, k in zip(blocks, kinds, strict=True)
    }
    return dataclasses.replace(page, blocks=tuple(by_id[b.id] for b in page.blocks))


#: Type at most this much larger than the body's is body-sized: a byline or crosshead
#: set in bold measures a little larger on a scan, a headline far more.
BODY_SIZED = 1.3


def _body_sized(blocks: list[Block], ratio: float = BODY_SIZED) -> Callable[[Block], bool]:
    """Whether a block's type is body-sized (at most ``ratio`` times the body's,
    ``BODY_SIZED`` unless told; ``HEADLINE_RATIO``: short of a headline's): against the
    median size of the page's body lines; never where sizes are not measured."""
    sizes = sorted(b.font_size for b in blocks if b.kind is BODY and b.font_size
                   for _ in b.lines)
    body = sizes[len(sizes) // 2] if sizes else None
    return lambda b: (body is not None and b.font_size is not None
                      and b.font_size <= ratio * body)


#: Marks a speck of a scan reads at a line's start (``"By Tom Hardie``: a dot of grain
#: over the B), asked away before a bold line's byline pattern.
SPECK_MARKS = "\"'‘’“”.,:;·`"


def _cjk(text: str) -> bool:
    """Whether ``text`` holds CJK letters (a Chinese byline, not a Latin ``By`` line)."""
    return any(map(is_cjk, text))


def _lower_byline(block: Block, m: CompiledMarkers) -> bool:
    """A byline opening on a lower-case ``by`` and a name (``by Kirsty Dunmore``, ``by Amy
    Lockwood`` / ``Reporter``), as ``_bold_byline`` reads it."""
    first = block.lines[0].text.lstrip(SPECK_MARKS + " ") if block.lines else ""
    return (first.startswith(LOWER_BY) and not _WHEN.match(first, len(LOWER_BY))
            and _bold_byline(block, m, lower=True))


def _bold_byline(block: Block, m: CompiledMarkers, *, lower: bool = False) -> bool:
    """A byline set bold whose first line alone is none: its writer's post wrapped to the
    next line (``By Fiona Leckie, Chief`` / ``Reporter``), or a speck read as a mark
    before it (``"By Tom Hardie``). Measured as a heading, it opened a story of its own
    and the heading over it (kicker, headline, deck) headed nothing (S6 s869).

    ``lower``: a byline may open on a lower-case ``by`` (``by Kirsty Dunmore``), asked
    here of a block layout measured as heading type and no further: the profile's
    lower-case pattern takes a name alone on its line only (it is tried at the head of
    most lines of running text, where ``by the council`` goes on a sentence), so a post
    run on after the name (``by Kirsty Dunmore, Chief`` / ``Reporter``) is asked of the
    capital patterns here, ``by`` read as ``By``."""
    lines = [ln.text for ln in block.lines]
    if not lines:
        return False  # (a heading's block whose reading was a speck: no line to read)
    lines[0] = lines[0].lstrip(SPECK_MARKS + " ")
    if lower and lines[0].startswith(LOWER_BY) and lines[0][3:4].isupper():
        lines[0] = "B" + lines[0][1:]
    return marker_kind(join_lines(lines), m) is BYLINE


#: A lower-case ``by`` (``byline_words.LOWER_BY``) before a date or a feast is a
#: deadline, a deck's wrapped last words (S5 s855: ``…finished`` / ``by Christmas``), never
#: a writer (the profile's lower-case byline pattern leaves out the weekdays and feasts: a
#: name alone on its line there).
_WHEN = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    rf"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|{DAY_NAME}"
    r"|Christmas|Easter|Halloween|Thanksgiving|New\s+Year)(?!\w)")


def _byline_zone(block: Block, m: CompiledMarkers) -> bool:
    """A zone of two or three lines that is a byline: one wrapped (``By ELENA`` /
    ``MARQUEZ``), or one over its writer's title or a second writer (``By KEVIN ASHBY`` /
    ``Ledger Sports Writer``; ``By MARIA LOPEZ`` / ``and TOM CHEN`` / ``Staff Writers``:
    ``Doctors said`` is the story's text), or one wrapped over its writer's title: a
    narrow column puts the last name on a line of its own (``By PRIYA`` / ``RAMANATHAN``
    / ``Courier Science Writer``; ``By Martin Keogh and Priya`` / ``Raman`` / ``Times
    staff``)."""
    first, *rest = (ln.text for ln in block.lines)
    if rest and own_line_byline(wrapped := join_lines([first, rest[0]]), m) and byline_more(
            rest[1:], wrapped) == len(rest) - 1:
        return True
    return byline_more(rest, first) == len(rest) and own_line_byline(first, m)


def _by_photo(blocks: list[Block], caption: int, byline: Box | None) -> bool:
    """Whether ``byline`` stands where the credit of ``blocks[caption]``'s photo may: not
    over the caption, and across the photo's measure (the photo right over the caption,
    sharing its width; not another higher in the column) or the caption's, within two of
    its own heights (a credit right-set under a short caption). Without boxes (text), the
    reading order is all there is: it does."""
    cap = blocks[caption].box
    if cap is None or byline is None:
        return True
    left, right = cap.x, cap.right
    for b in blocks:
        if (b.kind is ILLUSTRATION and b.box is not None and b.box.bottom <= cap.y + cap.h
                and cap.y - b.box.bottom <= 2 * byline.h
                and b.box.y < cap.y and min(b.box.right, right) > max(b.box.x, left)):
            left, right = min(left, b.box.x), max(right, b.box.right)
    gap = max(left, byline.x) - min(right, byline.right)
    return byline.bottom > cap.y and gap < 2 * byline.h
