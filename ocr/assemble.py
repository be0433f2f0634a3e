"""Articles from blocks in reading order: bodies, headlines, bylines, jumps, photo items.

Shared by every entry (text, scans, other engines' ALTO). The walk over the
blocks cuts articles at headlines, bylines and jump lines; headline groups are
then attached by position and content after it (``ocr.headline_attachment``, asking
``ocr.headlines``), because in extracted text a headline often comes after its
article's body, or at the very end of the page; each article's body lines become
unbroken paragraphs (``ocr.paragraphs``). The drafts the
walk fills, and their making into the page's items, are ``ocr.drafts``.
"""

from __future__ import annotations

from bisect import insort
from operator import attrgetter

from .briefs import (
    another_brief,
    another_cjk_brief,
    byline_only,
    closed_by_note,
    lead_brief,
    marked_after_brief,
    signed_opening,
    story_after_brief,
)
from .byline_words import post_apart
from .column_blocks import StoryWords, column_label, columns_as_blocks, unrelated_column
from .column_flow import speck_rule
from .continuity import (
    Lookback,
    jump_owner,
    resumed,
    resumed_after_photo,
    resumed_below,
    resumed_by_terms,
)
from .crosshead_sections import sections_back
from .drafts import Draft, PhotoDraft, build_items, bylines
from .glued_headlines import with_parts
from .heading_beside import decks_before_photos, specks_in_stacks, stacks_beside_later
from .headline_attachment import attach_headlines
from .headlines import (
    HeadingGroup,
    above_heading,
    group_top,
    new_stack,
)
from .jump_lines import _inline_jumps, parse_jump, under_heading
from .leads import item_on_full_line
from .letter_pairs import RecentText
from .linejoin import join_lines
from .lone_kickers import heads_a_stack, kicker_between
from .markers import opens_article, opens_news_item
from .misplaced_columns import (
    early_columns_back,
    heading_above,
    interleaved_paragraph,
    side_by_side,
    slugged_tails,
    tail_after_heading,
)
from .model import (
    BODY,
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    HEADING_KINDS,
    ILLUSTRATION,
    JUMP,
    RULE,
    BlockKind,
    Page,
)
from .pending_columns import place_pending
from .photo_joins import across_opening, joins_photo, photo_above
from .profiles import Profile, load_profile
from .read_on import kept_apart
from .run_on_briefs import after_rows, dangles, news_lead, written_into
from .signed_columns import signed_columns
from .signed_stories import waiting_story
from .stacked_story import stacked_under
from .story_flow import (
    clause_goes_on,
    ends_sentence_block,
    indented,
    mid_paragraph,
    running_width,
)
from .stray_lines import splice_strays, stray_line
from .typography import ends_sentence


def assemble(page: Page, profile: Profile | str | None = None, *, spans: bool = True) -> Page:
    """Return the page with ``articles``, ``photos`` and ``orphans`` set (``Page -> Page``).

    ``spans=False`` leaves the items without word spans (``Article.spans``): only a
    correction stage reads them, and finding them is about half of assembly's time.
    """
    markers = load_profile(profile).patterns(page.lang)
    drafts: list[Draft] = []
    groups: list[HeadingGroup] = []
    signed: set[int] = set()  # where the bylines stand in reading order
    leads: dict[int, str] = {}  # (text) what opens with its byline under a heading, by place
    pictured: set[int] = set()  # where a photo's blocks stand (captions, credits)
    photos: list[PhotoDraft] = []
    current: Draft | None = None
    last_kind: BlockKind | None = None
    last_photo: PhotoDraft | None = None

    def open_article(pos: int) -> Draft:
        nonlocal current
        current = Draft(start=pos)
        if last_kind in HEADING_KINDS and groups:
            current.head_top = group_top(groups[-1])
            words.headed(current, groups[-1].blocks)
        drafts.append(current)
        return current

    strays: list[Draft] = []  # lines written apart from their column (splice_strays)
    lookback = Lookback()  # what resumed() learnt of the articles, kept over the walk
    recent = RecentText()  # and the latest text of each, for resumed_by_terms()
    textual = all(b.box is None for b in page.blocks)  # text without geometry
    # Chinese text without geometry: a full line's width tells a paragraph's first line.
    full = running_width(page) if page.lang == "zh" and textual else 0.0
    # ... unless the page sets its paragraphs flush: a story's lead then opens its own.
    flush = full > 0 and not indented(page, full)
    # Latin text without geometry written a column a block: a block after a blank line
    # that shares no content word with the story before it is another item's.
    column_blocks = textual and page.lang != "zh" and columns_as_blocks(page.blocks)
    words = StoryWords()
    ruled_off: Draft | None = None  # the article a rule ended last: a dogleg's tail boxed
    # under its column is read in it, and the article goes on after the tail
    over_rule: BlockKind | None = None  # what was read right before the last rule
    # (English text: a paragraph may be moved up; a deck beside a photo's top, before it)
    ordered = stacks_beside_later(decks_before_photos(specks_in_stacks(page.ordered_blocks())))

    def signed_under_heading(d: Draft | None) -> bool:
        """``d`` is a story read right under its heading, signed by its writer, whose text
        so far is a short opening (``briefs.signed_opening``): a writer signs a story, not a
        paragraph, so the paragraph under the opening is its own, not an earlier item's
        column (``resumed_by_terms``; ``resumed`` where the opening ended its sentence)."""
        return (d is not None and d.start > 0 and ordered[d.start - 1].kind in HEADING_KINDS
                and signed_opening(d, markers))

    interrupted: Draft | None = None  # a story a brief's lead was written into
    handed: list[HeadingGroup] = []  # (text) kickers read between a story's columns
    for pos, block in enumerate(ordered):
        kind = block.kind
        if kind is BYLINE:
            signed.add(pos)
        if kind is RULE and 0 < pos < len(ordered) - 1 and speck_rule(
                ordered[pos - 1], block, ordered[pos + 1]):
            continue  # (a speck cut into a column its sentence runs on across)
        if kind in (FURNITURE, RULE):
            if (kind is FURNITURE and textual
                    and column_label(block, ordered[pos + 1 : pos + 2])):
                current = None  # (``IN BRIEF``: the briefs under it are none of the story's)
            if kind is RULE and last_kind is not RULE:
                over_rule = last_kind  # a heading over a rule still heads what is under it
            last_kind = kind  # furniture between two headlines parts them
            if kind is RULE and block.box is not None and block.box.w > 3 * block.box.h:
                ruled_off, current = current, None  # a horizontal rule ends the article above it
            continue
        if kind in HEADING_KINDS:
            if last_kind in HEADING_KINDS and groups and not new_stack(groups[-1], block):
                groups[-1].blocks.append(block)
            else:
                groups.append(HeadingGroup(start=pos, blocks=[block]))
            current = None
        elif kind in (CAPTION, CREDIT, ILLUSTRATION):
            pictured.add(pos)
            nearby = None
            if kind is not ILLUSTRATION:
                if last_photo is not None and joins_photo(last_photo, ordered, pos, markers,
                                                          textual):
                    nearby = last_photo
                elif block.box is None and across_opening(last_photo, block, current, pos):
                    nearby = last_photo
                else:
                    nearby = photo_above(photos, block)
            if nearby is not None:
                last_photo = nearby
                last_photo.blocks.append(block)
            else:
                last_photo = PhotoDraft(start=pos, blocks=[block])
                photos.append(last_photo)
            last_photo.end = pos
            if current is not None:
                last_photo.article = current
                if (block.box is None and ends_sentence_block(current) and page.lang != "zh"
                        and not (strays and strays[-1].end == last_photo.start - 1)):
                    # Text without geometry: a photo between sentences parts them. (A
                    # Chinese article opens with its byline or under its headline, so
                    # text after the photo that opens nothing goes on with the story;
                    # so does an English one after words its column wrote apart.)
                    current = None
        elif kind is JUMP:
            jump = parse_jump(block.text, markers)
            if jump.direction == "from":
                draft = open_article(pos)
                draft.continued_from = jump
                draft.blocks.append(block)
            else:
                headed = (last_kind in HEADING_KINDS and groups
                          and under_heading(groups[-1].blocks, block))
                target = current or (open_article(pos) if headed else None) or jump_owner(
                    drafts) or open_article(pos)
                target.jump, target.end = jump, pos
                target.blocks.append(block)
                current = None
        elif kind is BYLINE:
            draft = (current if current is not None and (
                not current.has_body and not (current.byline and opens_news_item(block.text))
                or post_apart(current.byline, block.text))
                     else open_article(pos))  # (本报讯 opens an item: no second writer)
            # A second writer's own byline under the first (``By MARIA LOPEZ`` / ``Ledger
            # Staff Writer`` / ``By TOM CHEN`` / ``Associated Press``) joins it.
            draft.byline = bylines(draft.byline, join_lines([line.text for line in block.lines]))
            draft.blocks.append(block)
        elif kind is BODY:
            if textual and last_kind in HEADING_KINDS and opens_article(block, markers):
                leads[pos] = block.text
            if interrupted is not None and current is not None and (
                    (block.text[:1].islower() and not ends_sentence_block(current))
                    or (dangles(interrupted) and ends_sentence_block(current))):
                current = interrupted  # the story a brief's lead was written into goes on
            interrupted = None
            came_from = goes_to = tail_of = None
            if block.box is not None:  # text input has its jump lines apart already
                block, came_from, goes_to = _inline_jumps(block, markers)
            # A column that ended on a semicolon goes on with the clause under it.
            clause = (block.box is None and current is not None and page.lang != "zh"
                      and current.has_body and not current.pending
                      and clause_goes_on(current, block))
            if (textual and page.lang != "zh" and last_kind in HEADING_KINDS and not clause
                    and (back := kicker_between(drafts, groups, ordered, pos, markers))):
                if heads_a_stack(ordered, pos):
                    handed.append(groups[-1])  # (its own headline further on)
                current = back
            elif block.box is None and came_from is None and not clause:
                earlier = resumed(drafts, current, block, page.lang, markers, full, lookback,
                                  recent)
                if (earlier is not None and page.lang == "zh" and current is not None
                        and signed_under_heading(current)
                        and all(ends_sentence(b.text) for b in current.blocks if b.kind is BODY)):
                    # A signed opening set as a paragraph of its own, each block ending its
                    # sentence (``水退了，泥还在。``): the line the grid's blank row parted
                    # from the paragraph under it is the story's, not the column of an item
                    # further back left mid-sentence. An opening left mid-sentence
                    # (``…相关负责人``), or pieced from blocks that end none (a notice's
                    # line, then a column's), may be cut short by its column: ``resumed``
                    # decides.
                    earlier = None
                if (earlier is None and page.lang != "zh" and current is not None
                        and (ends_sentence_block(current) if current.has_body
                             else last_kind is BYLINE)
                        and interleaved_paragraph(ordered, pos, markers,
                                                  signed=not current.has_body)):
                    # The story's paragraph this block finishes was written after it.
                    block = ordered[pos]
                    earlier = resumed(drafts, current, block, page.lang, markers, full,
                                      lookback, recent)
                if (last_kind in HEADING_KINDS and page.lang != "zh"
                        and mid_paragraph(block, page.lang, full)
                        and not opens_article(block, markers)):
                    # Mid-sentence straight under a heading: the heading is not its own.
                    # An extractor wrote a story's later column before the story's start
                    # (pdfminer), or after another story's heading: which story it goes
                    # on with is decided once every article's end is known.
                    current = open_article(pos)
                    current.pending = current.under_heading = True
                    if earlier is not None:
                        current.read_after = earlier, earlier.blocks[-1]
                elif earlier is not None and not kept_apart(current, earlier, block, page.lang,
                                                            page.from_grid):
                    current = earlier
                elif (page.lang == "zh" and current is not None
                      and not opens_article(block, markers)
                      and (waiting := waiting_story(drafts, current, block, full, ordered))):
                    current = waiting  # its text, written after another's broken column
                elif (current is not None and page.lang != "zh" and stray_line(block)
                      and ends_sentence_block(current)):
                    # A few words an extractor wrote apart from their line (pdfminer's
                    # ``to more`` between two paragraphs): set aside for splice_strays,
                    # the story goes on.
                    strays.append(Draft(start=pos, blocks=[block], end=pos))
                    last_kind = kind
                    continue
                elif (current is not None and mid_paragraph(block, page.lang, full)
                      and ends_sentence_block(current) and not opens_article(block, markers)
                      and not item_on_full_line(block, flush)):
                    current = open_article(pos)
                    current.pending = True
                elif (last_kind is BODY and page.lang == "zh"
                      and not mid_paragraph(block, page.lang, full)
                      and not opens_article(block, markers)
                      # (a headed story signed by its writer, its text so far a short
                      # opening: the paragraph under it is its own, as for lead_brief)
                      and not signed_under_heading(current)
                      and (back := resumed_by_terms(
                          drafts, current, block, recent, full,
                          heading=heading_above(ordered, current.start)
                          if current is not None and current.start > 0 else ""))):
                    # A column set under another story's heading (a dogleg). Chinese only:
                    # an English paragraph shares a story's names and figures, which a
                    # brief beside it may share as well (the pages of other designs
                    # lost four items to it).
                    current = back
                elif (current is None and page.lang == "zh" and last_kind in (CAPTION, CREDIT)
                      and not opens_article(block, markers)
                      and (back := resumed_after_photo(drafts, block, recent))):
                    current = back
                elif (current is None and page.lang == "zh" and last_kind in HEADING_KINDS
                      and not opens_article(block, markers)
                      and (back := tail_after_heading(drafts, block, full, lookback, recent,
                                                      heading_above(ordered, pos)))):
                    current = back  # a story's last column written after another's heading
            elif (current is None and came_from is None and last_kind not in HEADING_KINDS
                  and (earlier := resumed_below(drafts, block, markers, lookback))):
                # A column's tail boxed under another story (a dogleg).
                current, tail_of = earlier, ruled_off
            if (column_blocks and last_kind is BODY and current is not None
                    and (story := story_after_brief(drafts, current, block, words))):
                current = story  # the story's next column, written after a brief under it
            if came_from is not None or current is None or (
                current.has_body and above_heading(current.head_top, block)) or (
                current.has_body and opens_article(block, markers)
                and not byline_only(current, markers, headed=current.head_top is not None)
            ) or (
                current.has_body and last_kind is BODY and came_from is None
                and not mid_paragraph(block, page.lang, full)
                and stacked_under(current.blocks, block, page.blocks,
                                  [d.blocks for d in drafts if d is not current])
            ) or (current.headless and (
                another_cjk_brief(current, block, markers) if page.lang == "zh"
                else another_brief(current, block))) or (
                column_blocks and last_kind in (BODY, FURNITURE) and current.has_body
                and unrelated_column(current, block, words)) or (
                textual and page.lang != "zh" and last_kind in (BODY, FURNITURE)
                and current.has_body
                and news_lead(current, block, words, ordered[pos + 1 : pos + 2])
                and not (written_into(current, block, ordered[pos + 1 : pos + 2])
                         and (interrupted := current) is None)) or (
                textual and page.lang != "zh" and last_kind in (CAPTION, CREDIT)
                and current.has_body
                and news_lead(current, block, words, over_photo=True)) or (
                textual and page.lang != "zh" and last_kind is BODY and block.kind is BODY
                and current.has_body and after_rows(current, block)) or (
                page.lang == "zh" and current.has_body
                and (closed_by_note(current, markers)
                     or not current.pending and marked_after_brief(current, block, markers)
                     or lead_brief(current, block, recent.of(current), markers))):
                # Headless: no heading right before it; on a page with geometry, where a
                # headline is attached by position after the walk, only a block right under
                # a rule with no heading over it (briefs set under one) is known to have none.
                open_article(pos).headless = (
                    last_kind not in HEADING_KINDS if block.box is None
                    else last_kind is RULE and over_rule not in HEADING_KINDS)
            assert current is not None
            current.continued_from = current.continued_from or came_from
            current.blocks.append(block)
            current.end = pos
            if goes_to is not None:
                current.jump, current = goes_to, None
            elif tail_of is not None:
                current = tail_of  # the story the tail was boxed in goes on
        if kind in HEADING_KINDS:
            ruled_off = None
        last_kind = kind
    if any(d.pending for d in drafts):
        drafts, hosts = place_pending(drafts)
        for photo in photos:  # a photo read inside a column goes with the column
            if photo.article is not None:
                photo.article = hosts.get(id(photo.article), photo.article)
    if textual and page.lang == "zh":
        for d in drafts:
            d.blocks = early_columns_back(d.blocks)
    if textual:
        for stray in strays:
            insort(drafts, stray, key=attrgetter("start"))
        drafts = splice_strays(drafts, page.lang)
        if page.lang != "zh":
            drafts = signed_columns(side_by_side(slugged_tails(drafts, markers)),
                                    [(g.start, [b.text for b in g.blocks]) for g in groups])
            drafts = sections_back(drafts)
            kept = {id(d) for d in drafts}
            for photo in photos:  # (a story wholly moved is gone)
                if photo.article is not None and id(photo.article) not in kept:
                    photo.article = None
    for photo in photos:  # a photo belongs to an article only if the article goes on after it
        if photo.article is not None and photo.article.end < photo.start:
            photo.article = None

    groups, drafts, orphans = attach_headlines(
        page, groups, handed, drafts, photos, ordered, markers,
        textual=textual, signed=signed, leads=leads, pictured=pictured)
    return build_items(with_parts(page, groups), drafts, photos, orphans, markers, spans)

