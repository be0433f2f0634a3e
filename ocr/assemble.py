"""Articles from blocks in reading order: bodies, headlines, bylines, jumps, photo items.

Shared by every entry (text, scans, other engines' ALTO). The walk over the
blocks cuts articles at headlines, bylines and jump lines; headline groups are
then attached by position and content (``ocr.headlines``), because in extracted text a
headline often comes after its article's body, or at the very end of the page; each
article's body lines become unbroken paragraphs (``ocr.paragraphs``).
"""

from __future__ import annotations

import dataclasses
from bisect import insort
from dataclasses import dataclass, field
from operator import attrgetter

from .briefs import another_brief, byline_only
from .classify import opens_article
from .continuity import (
    Lookback,
    RecentText,
    ends_sentence_block,
    flow_text,
    mid_paragraph,
    resumed,
    resumed_below,
    resumed_by_terms,
    running_width,
)
from .heading_roles import Heading, roles
from .headlines import ArticleTerms, HeadingGroup, attach, attach_by_position, split_groups
from .markers import dateline_at, marker_kind, own_line_byline
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
    Article,
    Block,
    BlockKind,
    CorrectionField,
    Jump,
    JumpDirection,
    Line,
    Page,
    Photo,
    Spans,
)
from .paragraphs import LineIndex, line_index, paragraph_lines, word_spans
from .patterns import Pattern
from .pending_columns import place_pending
from .photo_titles import take_photo_titles, titles_by_terms
from .profiles import CompiledMarkers, Profile, load_profile
from .stray_lines import splice_strays, stray_line
from .typography import byline_more, ends_sentence, join_lines, join_two


@dataclass
class _Draft:
    """An article being put together during the walk (local, never leaves this module)."""

    start: int
    blocks: list[Block] = field(default_factory=list)
    byline: str | None = None
    jump: Jump | None = None
    continued_from: Jump | None = None
    end: int = -1
    groups: list[HeadingGroup] = field(default_factory=list)
    #: Text without geometry: a column that goes on in mid-paragraph after an article
    #: that ended its sentence, or straight under a heading, may belong to an article
    #: read later (see ``ocr.pending_columns.place_pending``).
    pending: bool = False
    #: A pending column that starts mid-sentence straight under a heading, and the earlier
    #: article left mid-sentence it goes on with unless a later one fits it better (that
    #: article's last block then, which the column follows).
    under_heading: bool = False
    read_after: tuple[_Draft, Block] | None = None
    #: Opened by a body block with no heading or byline right before it (a brief, or a
    #: story's text read apart from its heading): ``another_brief`` asks its next block.
    headless: bool = False

    @property
    def has_body(self) -> bool:
        return any(b.kind is BODY for b in self.blocks)


@dataclass
class _PhotoDraft:
    start: int
    blocks: list[Block] = field(default_factory=list)
    title: Block | None = None
    article: _Draft | None = None
    end: int = -1


def assemble(page: Page, profile: Profile | str | None = None, *, spans: bool = True) -> Page:
    """Return the page with ``articles``, ``photos`` and ``orphans`` set (``Page -> Page``).

    ``spans=False`` leaves the items without word spans (``Article.spans``): only a
    correction stage reads them, and finding them is about half of assembly's time.
    """
    markers = load_profile(profile).patterns(page.lang)
    drafts: list[_Draft] = []
    groups: list[HeadingGroup] = []
    signed: set[int] = set()  # where the bylines stand in reading order
    photos: list[_PhotoDraft] = []
    current: _Draft | None = None
    last_kind: BlockKind | None = None
    last_photo: _PhotoDraft | None = None

    def open_article(pos: int) -> _Draft:
        nonlocal current
        current = _Draft(start=pos)
        drafts.append(current)
        return current

    strays: list[_Draft] = []  # lines written apart from their column (splice_strays)
    lookback = Lookback()  # what resumed() learnt of the articles, kept over the walk
    recent = RecentText()  # and the latest text of each, for resumed_by_terms()
    textual = all(b.box is None for b in page.blocks)  # text without geometry
    # Chinese text without geometry: a full line's width tells a paragraph's first line.
    full = running_width(page) if page.lang == "zh" and textual else 0.0
    ruled_off: _Draft | None = None  # the article a rule ended last: a dogleg's tail boxed
    # under its column is read in it, and the article goes on after the tail
    over_rule: BlockKind | None = None  # what was read right before the last rule
    for pos, block in enumerate(page.ordered_blocks()):
        kind = block.kind
        if kind is BYLINE:
            signed.add(pos)
        if kind in (FURNITURE, RULE):
            if kind is RULE and last_kind is not RULE:
                over_rule = last_kind  # a heading over a rule still heads what is under it
            last_kind = kind  # furniture between two headlines parts them
            if kind is RULE and block.box is not None and block.box.w > 3 * block.box.h:
                ruled_off, current = current, None  # a horizontal rule ends the article above it
            continue
        if kind in HEADING_KINDS:
            if last_kind in HEADING_KINDS and groups:
                groups[-1].blocks.append(block)
            else:
                groups.append(HeadingGroup(start=pos, blocks=[block]))
            current = None
        elif kind in (CAPTION, CREDIT, ILLUSTRATION):
            nearby = None
            if kind is not ILLUSTRATION:
                if last_photo is not None and last_photo.end == pos - 1:
                    nearby = last_photo
                elif block.box is None and _across_opening(last_photo, block, current, pos):
                    nearby = last_photo
                else:
                    nearby = _photo_above(photos, block)
            if nearby is not None:
                last_photo = nearby
                last_photo.blocks.append(block)
            else:
                last_photo = _PhotoDraft(start=pos, blocks=[block])
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
                target = current or (drafts[-1] if drafts else open_article(pos))
                target.jump, target.end = jump, pos
                target.blocks.append(block)
                current = None
        elif kind is BYLINE:
            draft = current if current is not None and not current.has_body else open_article(pos)
            # A second writer's own byline under the first (``By MARIA LOPEZ`` / ``Ledger
            # Staff Writer`` / ``By TOM CHEN`` / ``Associated Press``) joins it.
            draft.byline = _bylines(draft.byline, join_lines([line.text for line in block.lines]))
            draft.blocks.append(block)
        elif kind is BODY:
            came_from = goes_to = tail_of = None
            if block.box is not None:  # text input has its jump lines apart already
                block, came_from, goes_to = _inline_jumps(block, markers)
            if block.box is None and came_from is None:
                earlier = resumed(drafts, current, block, page.lang, markers, full, lookback)
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
                elif earlier is not None:
                    current = earlier
                elif (current is not None and page.lang != "zh" and stray_line(block)
                      and ends_sentence_block(current)):
                    # A few words an extractor wrote apart from their line (pdfminer's
                    # ``to more`` between two paragraphs): set aside for splice_strays,
                    # the story goes on.
                    strays.append(_Draft(start=pos, blocks=[block], end=pos))
                    last_kind = kind
                    continue
                elif (current is not None and mid_paragraph(block, page.lang, full)
                      and ends_sentence_block(current) and not opens_article(block, markers)):
                    current = open_article(pos)
                    current.pending = True
                elif (last_kind is BODY and page.lang == "zh"
                      and not mid_paragraph(block, page.lang, full)
                      and not opens_article(block, markers)
                      and (back := resumed_by_terms(drafts, current, block, recent))):
                    # A column set under another story's heading (a dogleg). Chinese only:
                    # an English paragraph shares a story's names and figures, which a
                    # brief beside it may share as well (the pages of other designs
                    # lost four items to it).
                    current = back
            elif (current is None and came_from is None and last_kind not in HEADING_KINDS
                  and (earlier := resumed_below(drafts, block, markers, lookback))):
                # A column's tail boxed under another story (a dogleg).
                current, tail_of = earlier, ruled_off
            if came_from is not None or current is None or (
                current.has_body and opens_article(block, markers)
                and not byline_only(current, markers)
            ) or (current.headless and page.lang != "zh"
                  and another_brief(current, block)):
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
    if textual:
        for stray in strays:
            insort(drafts, stray, key=attrgetter("start"))
        drafts = splice_strays(drafts, page.lang)
    for photo in photos:  # a photo belongs to an article only if the article goes on after it
        if photo.article is not None and photo.article.end < photo.start:
            photo.article = None

    if groups and (not drafts or groups[-1].start > max(d.end for d in drafts)):
        if drafts and not any(p.start > groups[-1].start for p in photos):
            groups[-1].banner = True
    # On a page with geometry, a headline over a photo that its story's text follows
    # heads the story (text without positions keeps a title before its photo).
    opens = {d.start for d in drafts}
    take_photo_titles(groups, photos, opens if not textual else (), opens, signed)
    if textual:
        titles_by_terms(groups, photos, [" ".join(b.text for b in p.blocks) for p in photos],
                        [(d.start, flow_text(d)) for d in drafts])
    grams = ArticleTerms([flow_text(d) for d in drafts],
                         [b.text for g in groups for b in g.blocks])
    if not textual:
        # Geometry put every headline above its article: position decides, content helps
        # only with what position leaves over.
        attach_by_position(groups, drafts)
    else:
        groups = split_groups(groups, grams, [d.start for d in drafts])
    orphans = attach(groups, drafts, grams)
    return _build(page, drafts, photos, orphans, markers, spans)


def parse_jump(text: str, markers: CompiledMarkers) -> Jump:
    """A jump line's direction and target page (``（下转第2版）`` -> to page 2)."""
    clean = text.strip()
    pointing: tuple[tuple[JumpDirection, tuple[Pattern, ...]], ...] = (
        ("to", markers.jump_to), ("from", markers.jump_from))
    for direction, patterns in pointing:
        for p in patterns:
            if found := p.search(clean):
                return Jump(text=clean, page=found.group(1) if found.groups() else None,
                            direction=direction)
    return Jump(text=clean, page=None)


def _inline_jumps(block: Block, markers: CompiledMarkers) -> tuple[Block, Jump | None, Jump | None]:
    """Jump lines printed as the first or last line of a body block (a scan's column
    ends with ``Continued on Page 4``): taken off the text and returned as jumps. A jump
    wrapped at the column's end (``Please see TEACHERS, Page`` / ``A7``) counts too."""
    lines, came_from, goes_to = list(block.lines), None, None
    for n in (1, 2):
        tail = " ".join(line.text for line in lines[-n:])
        if len(lines) >= n and marker_kind(tail, markers) is JUMP:
            jump = parse_jump(tail, markers)
            if jump.direction == "to":
                goes_to = jump
                del lines[-n:]
            break
    if lines and marker_kind(lines[0].text, markers) is JUMP:
        jump = parse_jump(lines[0].text, markers)
        if jump.direction == "from":
            came_from = jump
            lines.pop(0)
    if len(lines) == len(block.lines):
        return block, None, None
    return dataclasses.replace(block, lines=tuple(lines)), came_from, goes_to


def _across_opening(
    photo: _PhotoDraft | None, block: Block, current: _Draft | None, pos: int
) -> bool:
    """Text without positions: an extractor may write a story's opening line between a
    photo's caption and its credit (``地铁3号线中山广场站施工现场。`` / ``本报讯（记者
    林志远）6月20`` / ``通讯员 赵明 摄``): the credit (or caption) is still that photo's
    when the one block between opened the article, in a sentence the credit cut, and the
    photo lacks its kind."""
    if photo is None or photo.end != pos - 2 or current is None or current.start != pos - 1:
        return False
    opening = current.blocks[-1] if current.blocks else None
    return (opening is not None and len(opening.lines) == 1 and not ends_sentence(opening.text)
            and all(b.kind is not block.kind for b in photo.blocks))


def _photo_above(photos: list[_PhotoDraft], block: Block) -> _PhotoDraft | None:
    """On a scan, the photo item printed just above ``block`` (a credit the reading order
    put after a column of text)."""
    if block.box is None:
        return None
    box, best, best_gap = block.box, None, 2.0 * block.box.h
    for photo in photos:
        above = photo.blocks[-1].box
        if above is None or min(above.right, box.right) <= max(above.x, box.x):
            continue
        gap = box.y - above.bottom
        if -box.h / 2 <= gap <= best_gap:
            best, best_gap = photo, gap
    return best


def _lead_byline(lines: list[Line], m: CompiledMarkers) -> int:
    """How many of a body's first lines are its byline, written into the body block by an
    extractor that parts no block from the next (``By ELLEN MARSH`` / ``Associated
    Press`` / ``WASHINGTON (AP) — The Senate…``): a line the byline pattern takes whole,
    and what goes on with it under it (``byline_more``: a second writer, the post)."""
    if len(lines) < 2 or not own_line_byline(lines[0].text, m):
        return 0
    return 1 + byline_more([ln.text for ln in lines[1:-1]])  # (the text goes on under it)


def _bylines(first: str | None, more: str) -> str:
    """Two writers' bylines of one article, in the order printed, kept apart by ``; ``
    (each may hold a post after a comma): a second byline block, or one found at the
    text's start under a byline already taken."""
    return f"{first}; {more}" if first else more


def _split_byline(first: str, m: CompiledMarkers) -> tuple[str | None, str | None, str]:
    """Take a byline and/or dateline off the start of an article's first paragraph."""
    byline = dateline = None
    if m.byline and (found := m.byline.match(first)):
        byline, first = found.group().strip(), first[found.end() :].lstrip()
    if found := dateline_at(first, m):
        dateline, first = found.group().strip(), first[found.end() :].lstrip()
    return byline, dateline, first


_OPENING, _CLOSING = "（(〈<[【", "）)〉>]】"


def _unclosed(text: str) -> bool:
    return sum(text.count(c) for c in _OPENING) > sum(text.count(c) for c in _CLOSING)


def _build(
    page: Page,
    drafts: list[_Draft],
    photos: list[_PhotoDraft],
    orphans: list[Block],
    markers: CompiledMarkers,
    with_spans: bool,
) -> Page:
    articles: list[Article] = []
    ids: dict[int, str] = {}
    where = line_index(page) if with_spans else {}  # without spans: none are made
    for d in drafts:
        body = [b for b in d.blocks if b.kind is BODY]
        groups = paragraph_lines(body, page.lang)
        byline, dateline = d.byline, None
        if groups and (taken := _lead_byline(groups[0], markers)):
            byline = _bylines(byline, join_lines([ln.text for ln in groups[0][:taken]]))
            groups = [groups[0][taken:], *groups[1:]] if taken < len(groups[0]) else groups[1:]
        paras = [join_lines([ln.text for ln in g]) for g in groups]
        if byline and paras and _unclosed(byline):
            # A byline cut at a line end (本报讯（通讯 / 员杨帆）近年来…) goes on in the body.
            paras[0] = join_two(byline, paras[0])
            byline = None
            by_block = [b for b in d.blocks if b.kind is BYLINE][-1:]
            groups[0] = [*(ln for b in by_block for ln in b.lines), *groups[0]]
        joined, cut = list(paras), 0  # spans are found in the text as joined, then cut
        if paras:
            found_by, dateline, paras[0] = _split_byline(paras[0], markers)
            byline = _bylines(byline, found_by) if found_by else byline
            cut = len(joined[0]) - len(paras[0])
        spans = [Spans("paragraph", i, word_spans(t, g, where, cut if i == 0 else 0))
                 for i, (t, g) in enumerate(zip(joined, groups, strict=True))
                 ] if with_spans else []
        if paras and not paras[0]:
            paras, spans = paras[1:], [Spans("paragraph", s.index - 1, s.words) for s in spans[1:]]
        if not (paras or d.groups or d.jump or byline):
            continue
        kicker, heads, sub = roles(d.groups, "".join(paras) if page.lang == "zh" else "")
        named: list[tuple[CorrectionField, int, Heading | None]] = [
            *(("headline", i, h) for i, h in enumerate(heads)),
            ("kicker", 0, kicker),
            ("subheadline", 0, sub),
        ]
        for name, index, heading in named:
            if heading is not None and with_spans:
                spans.append(Spans(name, index, word_spans(heading[0], heading[1], where)))
        article_id = f"a{len(articles) + 1}"
        ids[id(d)] = article_id
        heading_ids = [b.id for g in d.groups for b in g.blocks]
        articles.append(
            Article(
                id=article_id,
                headlines=tuple(h[0] for h in heads),
                kicker=kicker[0] if kicker else None,
                subheadline=sub[0] if sub else None,
                byline=byline,
                dateline=dateline,
                paragraphs=tuple(paras),
                jump=d.jump,
                continued_from=d.continued_from,
                block_ids=tuple(heading_ids + [b.id for b in d.blocks]),
                spans=tuple(spans),
            )
        )
    out_photos = [_photo(i, p, ids, where if with_spans else None) for i, p in enumerate(photos)]
    return page.replaced(
        articles=tuple(articles), photos=tuple(out_photos),
        orphans=tuple(b.id for b in orphans),
    )


def _photo(i: int, p: _PhotoDraft, ids: dict[int, str], where: LineIndex | None) -> Photo:
    def text_of(kind: BlockKind) -> str | None:
        parts = [join_lines([ln.text for ln in b.lines]) for b in p.blocks if b.kind is kind]
        return " ".join(parts) if parts else None

    caption = text_of(CAPTION)
    title = join_two("", p.title.text) if p.title else None
    spans = []
    if caption and where is not None:
        lines = [ln for b in p.blocks if b.kind is CAPTION for ln in b.lines]
        spans.append(Spans("caption", 0, word_spans(caption, lines, where)))
    if title and p.title and where is not None:
        spans.append(Spans("title", 0, word_spans(title, p.title.lines, where)))
    block_ids = ([p.title.id] if p.title else []) + [b.id for b in p.blocks]
    return Photo(
        id=f"p{i + 1}",
        title=title,
        caption=caption,
        credit=text_of(CREDIT),
        article_id=ids.get(id(p.article)) if p.article is not None else None,
        block_ids=tuple(block_ids),
        spans=tuple(spans),
    )
