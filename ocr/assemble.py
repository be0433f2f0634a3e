"""Articles from blocks in reading order: bodies, headlines, bylines, jumps, photo items.

Shared by every entry (text, scans, other engines' ALTO). The walk over the
blocks cuts articles at headlines, bylines and jump lines; headline groups are
then attached by position and content, because in extracted text a headline often
comes after its article's body, or at the very end of the page.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field

from .classify import opens_article
from .continuity import (
    NEAR_ARTICLES,
    byline_only,
    ends_sentence_block,
    flow_text,
    mid_paragraph,
    place_pending,
    resumed,
    running_width,
    splice_strays,
    term_score,
    terms,
)
from .markers import marker_kind
from .model import HEADING_KINDS, Article, Block, BlockKind, Jump, JumpDirection, Page, Photo
from .profiles import CompiledMarkers, Pattern, Profile, load_profile
from .script import is_cjk
from .typography import ends_sentence, join_lines, join_two, text_width

#: A headline must share this share of its terms with an article's text to be attached by content.
MIN_CONTENT_SCORE = 0.25
#: Bonus for a headline group printed right before an article's first block, or right after it.
BEFORE_BONUS, AFTER_BONUS = 0.3, 0.1


@dataclass
class _Draft:
    """An article being put together during the walk (local, never leaves this module)."""

    start: int
    blocks: list[Block] = field(default_factory=list)
    byline: str | None = None
    jump: Jump | None = None
    continued_from: Jump | None = None
    end: int = -1
    groups: list[_Group] = field(default_factory=list)
    #: Text without geometry: a column that goes on in mid-paragraph after an article
    #: that ended its sentence belongs to an article read later
    #: (see ``ocr.continuity.place_pending``).
    pending: bool = False

    @property
    def has_body(self) -> bool:
        return any(b.kind is BlockKind.BODY for b in self.blocks)


@dataclass
class _Group:
    """Consecutive heading blocks; split later if its parts belong to different articles."""

    start: int
    blocks: list[Block] = field(default_factory=list)
    banner: bool = False


@dataclass
class _PhotoDraft:
    start: int
    blocks: list[Block] = field(default_factory=list)
    title: Block | None = None
    article: _Draft | None = None
    end: int = -1


def assemble(page: Page, profile: Profile | str | None = None) -> Page:
    """Return the page with ``articles``, ``photos`` and ``orphans`` set (``Page -> Page``)."""
    markers = load_profile(profile).patterns(page.lang)
    drafts: list[_Draft] = []
    groups: list[_Group] = []
    photos: list[_PhotoDraft] = []
    current: _Draft | None = None
    last_kind: BlockKind | None = None
    last_photo: _PhotoDraft | None = None

    def open_article(pos: int) -> _Draft:
        nonlocal current
        current = _Draft(start=pos)
        drafts.append(current)
        return current

    # Chinese text without geometry: a full line's width tells a paragraph's first line.
    full = running_width(page) if page.lang == "zh" and all(
        b.box is None for b in page.blocks) else 0.0
    for pos, block in enumerate(page.ordered_blocks()):
        kind = block.kind
        if kind in (BlockKind.FURNITURE, BlockKind.RULE):
            last_kind = kind  # furniture between two headlines parts them
            if kind is BlockKind.RULE and block.box is not None and block.box.w > 3 * block.box.h:
                current = None  # a horizontal rule ends the article above it
            continue
        if kind in HEADING_KINDS:
            if last_kind in HEADING_KINDS and groups:
                groups[-1].blocks.append(block)
            else:
                groups.append(_Group(start=pos, blocks=[block]))
            current = None
        elif kind in (BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.ILLUSTRATION):
            nearby = None
            if kind is not BlockKind.ILLUSTRATION:
                if last_photo is not None and last_photo.end == pos - 1:
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
                if block.box is None and ends_sentence_block(current) and page.lang != "zh":
                    # Text without geometry: a photo between sentences parts them. (A
                    # Chinese article opens with its byline or under its headline, so
                    # text after the photo that opens nothing goes on with the story.)
                    current = None
        elif kind is BlockKind.JUMP:
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
        elif kind is BlockKind.BYLINE:
            draft = current if current is not None and not current.has_body else open_article(pos)
            draft.byline = join_lines([line.text for line in block.lines])
            draft.blocks.append(block)
        elif kind is BlockKind.BODY:
            came_from = goes_to = None
            if block.box is not None:  # text input has its jump lines apart already
                block, came_from, goes_to = _inline_jumps(block, markers)
            if block.box is None and came_from is None:
                earlier = resumed(drafts, current, block, page.lang, markers, full)
                if earlier is not None:
                    current = earlier
                elif (current is not None and mid_paragraph(block, page.lang, full)
                      and ends_sentence_block(current) and not opens_article(block, markers)):
                    current = open_article(pos)
                    current.pending = True
            if came_from is not None or current is None or (
                current.has_body and opens_article(block, markers)
                and not (block.box is None and byline_only(current, markers))
            ):
                open_article(pos)
            assert current is not None
            current.continued_from = current.continued_from or came_from
            current.blocks.append(block)
            current.end = pos
            if goes_to is not None:
                current.jump, current = goes_to, None
        last_kind = kind
    if any(d.pending for d in drafts):
        drafts = place_pending(drafts)
    if all(b.box is None for b in page.blocks):
        drafts = splice_strays(drafts, page.lang)
    for photo in photos:  # a photo belongs to an article only if the article goes on after it
        if photo.article is not None and photo.article.end < photo.start:
            photo.article = None

    if groups and (not drafts or groups[-1].start > max(d.end for d in drafts)):
        if drafts and not any(p.start > groups[-1].start for p in photos):
            groups[-1].banner = True
    _take_photo_titles(groups, photos)
    grams = [terms(flow_text(d)) for d in drafts]
    if any(b.box is not None for b in page.blocks):
        # Geometry put every headline above its article: position decides, content helps
        # only with what position leaves over.
        _attach_by_position(groups, drafts)
    else:
        groups = _split_groups(groups, grams, [d.start for d in drafts])
    orphans = _attach(groups, drafts, grams)
    return _build(page, drafts, photos, orphans, markers)


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
        if len(lines) >= n and marker_kind(tail, markers) is BlockKind.JUMP:
            jump = parse_jump(tail, markers)
            if jump.direction == "to":
                goes_to = jump
                del lines[-n:]
            break
    if lines and marker_kind(lines[0].text, markers) is BlockKind.JUMP:
        jump = parse_jump(lines[0].text, markers)
        if jump.direction == "from":
            came_from = jump
            lines.pop(0)
    if len(lines) == len(block.lines):
        return block, None, None
    return dataclasses.replace(block, lines=tuple(lines)), came_from, goes_to


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


def _take_photo_titles(groups: list[_Group], photos: list[_PhotoDraft]) -> None:
    """A single short headline printed right after a photo's credit or right before its
    caption is the photo's title, not an article's headline."""
    by_start = {g.start: g for g in groups}
    for photo in photos:
        for start in (photo.end + 1, photo.start - 1):
            g = by_start.get(start)
            if g is None or len(g.blocks) != 1 or not _short_title(g.blocks[0]):
                continue
            photo.title = g.blocks[0]
            g.blocks.clear()
            break


def _short_title(block: Block) -> bool:
    text = block.text
    return len(block.lines) == 1 and (text_width(text) <= 12 if _has_cjk(text) else
                                      len(text.split()) <= 6)


def _has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


def _near(starts: list[int], pos: int, everywhere: bool = False) -> range:
    """Indexes of the articles (by start, in reading order) a headline at ``pos`` may join."""
    if everywhere:
        return range(len(starts))
    i = bisect.bisect_left(starts, pos)
    return range(max(0, i - NEAR_ARTICLES), min(len(starts), i + NEAR_ARTICLES))


def _split_groups(
    groups: list[_Group], grams: list[frozenset[str]], starts: list[int]
) -> list[_Group]:
    """Split a group where consecutive headlines clearly talk about different articles
    (an orphaned headline run into the next article's, or into the page's closing
    banner). A headline that matches nothing clearly goes with the one after it, as
    a kicker goes with its main headline."""
    out: list[_Group] = []
    for g in groups:
        if not g.blocks:
            continue
        near = _near(starts, g.start, g.banner)
        best = [_best(b, grams, near) for b in g.blocks]
        for k in range(len(best) - 2, -1, -1):
            if best[k] is None:
                best[k] = best[k + 1]
        for k in range(1, len(best)):
            if best[k] is None:
                # A headline after the last one that matched goes with it, unless that
                # one matched a different article than the headline before it: then the
                # group ran two articles' headlines together, and this one is left for
                # content and position to place on its own.
                split = k >= 2 and best[k - 1] != best[k - 2] and best[k - 2] is not None
                best[k] = -k if split else best[k - 1]
        parts = [_Group(start=g.start, blocks=[g.blocks[0]])]
        for k in range(1, len(g.blocks)):
            if best[k] != best[k - 1]:
                parts.append(_Group(start=g.start + k, blocks=[]))
            parts[-1].blocks.append(g.blocks[k])
        parts[-1].banner = g.banner
        out.extend(parts)
    return out


def _best(block: Block, grams: list[frozenset[str]], near: range) -> int | None:
    """The article a headline clearly talks about, if any."""
    h = terms(block.text)
    if len(h) < 3:
        return None  # a kicker's two words (CITY HALL) match by chance
    scored = [(term_score(h, grams[i]), i) for i in near]
    if not scored:
        return None
    s, i = max(scored)
    return i if s >= 2 * MIN_CONTENT_SCORE else None


def _attach_by_position(groups: list[_Group], drafts: list[_Draft]) -> None:
    """Give each headline group to the article read next, when no other headline
    comes between them and the article has none yet."""
    starts = sorted(g.start for g in groups if g.blocks)
    d_starts = [d.start for d in drafts]
    for g in groups:
        if not g.blocks:
            continue
        g_end = g.start + len(g.blocks) - 1
        i = bisect.bisect_right(d_starts, g_end)
        nxt = drafts[i] if i < len(drafts) else None
        if nxt is None or nxt.groups:
            continue
        k = bisect.bisect_right(starts, g_end)  # another headline between them?
        if k < len(starts) and starts[k] < nxt.start:
            continue
        nxt.groups.append(g)


def _attach(groups: list[_Group], drafts: list[_Draft], grams: list[frozenset[str]]) -> list[Block]:
    """Give each headline group to at most one article; return the headlines left over."""
    candidates: list[tuple[float, int, int, float]] = []
    textual = all(b.box is None for g in groups for b in g.blocks)
    placed = {id(g) for d in drafts for g in d.groups}
    starts = [d.start for d in drafts]
    for gi, g in enumerate(groups):
        if id(g) in placed:
            continue
        h = terms(" ".join(b.text for b in g.blocks))
        g_end = g.start + len(g.blocks) - 1
        for di in _near(starts, g.start, g.banner):
            d = drafts[di]
            score = term_score(h, grams[di])
            bonus = BEFORE_BONUS if g_end + 1 == d.start else 0.0
            if d.end >= 0 and g.start in (d.end + 1, d.end + 2):
                bonus = max(bonus, AFTER_BONUS)
            if score >= MIN_CONTENT_SCORE or bonus >= BEFORE_BONUS:
                candidates.append((score + bonus, gi, di, score))
    taken: set[int] = set()
    for _, gi, di, content in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        d, g = drafts[di], groups[gi]
        if gi in taken:
            continue
        # In text an extractor may part a headline from its deck: a second group that
        # clearly talks about the article joins it, as does one set right above its
        # first block (a deck over the byline).
        clear = textual and (content >= 2 * MIN_CONTENT_SCORE
                             or g.start + len(g.blocks) == d.start)
        if d.groups and not (g.banner or any(x.banner for x in d.groups) or clear):
            continue
        if len(d.groups) >= 2:
            continue
        d.groups.append(g)
        taken.add(gi)
    return [b for gi, g in enumerate(groups)
            if gi not in taken and id(g) not in placed for b in g.blocks]


def _roles(groups: list[_Group]) -> tuple[str | None, tuple[str, ...], str | None]:
    """Kicker, main headlines and subheadline of an article's headline groups."""
    kicker = sub = None
    heads: list[str] = []
    for g in sorted(groups, key=lambda g: (not g.banner, g.start)):
        texts = [(b.kind, t) for b in g.blocks for t in _heading_units(b)]
        explicit = any(k is not BlockKind.HEADLINE for k, _ in texts)
        if not explicit and not g.banner and len(texts) >= 2:
            # Kicker above, main, subheadline below; of two, the shorter first line is a kicker.
            if len(texts) >= 3 or text_width(texts[0][1]) < text_width(texts[1][1]):
                texts[0] = (BlockKind.KICKER, texts[0][1])
            if len(texts) >= 3 or texts[0][0] is not BlockKind.KICKER:
                texts[-1] = (BlockKind.SUBHEADLINE, texts[-1][1])
        for k, t in texts:
            if k is BlockKind.KICKER and kicker is None:
                kicker = t
            elif k is BlockKind.SUBHEADLINE and sub is None:
                sub = t
            else:
                heads.append(t)
    return kicker, tuple(heads), sub


def _heading_units(block: Block) -> list[str]:
    """The headlines a heading block holds. On a scan a block is one headline wrapped
    over its lines; in text without geometry an extractor stacks a kicker, headline
    and deck as lines of one block, and a line goes on from the one above only when
    it starts in lower case (``Dry spell drops reservoir to lowest`` / ``level in a
    decade``) or the line above ends in a hyphen."""
    lines = [line.text for line in block.lines if line.text]
    if block.box is not None or len(lines) < 2:
        return [join_lines(lines)]
    units: list[list[str]] = [[lines[0]]]
    for t in lines[1:]:
        if t[0].islower() or units[-1][-1].endswith("-"):
            units[-1].append(t)
        else:
            units.append([t])
    return [join_lines(u) for u in units]


def paragraphs(blocks: list[Block], lang: str) -> list[str]:
    """Unbroken paragraphs from body blocks: wrapped lines and column breaks joined.

    A paragraph ends where a sentence ends and either that line is short or the
    next line is indented (explicitly, or set two characters short in CJK columns).
    """
    lines = [line for b in blocks for line in b.lines if line.words]
    if not lines:
        return []
    texts = [line.text for line in lines]
    widths = [text_width(t) for t in texts]
    textual = all(b.box is None for b in blocks)
    ranked = sorted(widths)
    if textual and lang != "zh":
        # An extractor that joins a word hyphenated at the line end leaves lines far
        # wider than the column: they say nothing of its width.
        median = ranked[len(ranked) // 2]
        ranked = [w for w in ranked if w <= 1.25 * median] or ranked
    full = ranked[min(len(ranked) - 1, int(len(ranked) * 0.8))]
    cjk = lang == "zh"

    def short(w: float) -> bool:
        if cjk:
            return w <= full - 1.5
        if textual and w > 1.3 * full:
            w %= full  # lines joined by the extractor: their last one's width
        return w <= 0.8 * full

    ends = [ends_sentence(t) for t in texts]
    apart = set() if textual else _set_apart(blocks)
    heads = {k for k in range(len(texts) - 1) if (textual or k in apart)
             and (k == 0 or ends[k - 1])
             and _crosshead(texts[k], texts[k + 1], widths[k], full, cjk, k in apart)}
    out: list[list[str]] = [[texts[0]]]
    for i in range(1, len(lines)):
        brk = False
        if ends[i - 1]:
            indented = lines[i].indent >= 1.0
            first_short = (
                cjk
                and i + 1 < len(lines)
                and full - 3.0 <= widths[i] <= full - 1.5
                and not ends[i]
            )
            brk = indented or short(widths[i - 1]) or first_short
        if i in heads or i - 1 in heads:
            brk = True
        if brk:
            out.append([texts[i]])
        else:
            out[-1].append(texts[i])
    return [join_lines(p) for p in out]


_BULLET = tuple("■●▲◆□◇★")


def _set_apart(blocks: list[Block]) -> set[int]:
    """Indexes (among the blocks' lines) of one-line blocks set in another type than
    the text's: another weight, or another size where sizes are exact (a text layer's,
    read at full confidence; a scan's are measured from ink and vary). On a page with
    geometry only such a line may be a crosshead."""
    counted = [(b, sum(1 for line in b.lines if line.words)) for b in blocks]
    sized = sorted(b.font_size for b, n in counted if b.font_size for _ in range(n))
    size = sized[len(sized) // 2] if sized else 0.0
    lines = sum(n for _, n in counted)
    bold = 2 * sum(n for b, n in counted if b.bold) > lines
    out, k = set(), 0
    for b, n in counted:
        exact = b.font_size is not None and b.confidence == 1.0 and size > 0
        if n == 1 and (b.bold != bold or exact and abs((b.font_size or 0) - size) >= 0.05 * size):
            out.add(k)
        k += n
    return out


def _crosshead(
    line: str, nxt: str, width: float, full: float, cjk: bool, typed: bool = False
) -> bool:
    """A short line that opens a paragraph and ends no sentence, above a line that
    starts one: a crosshead inside an article (``More room, more parking``,
    ``■ 截污纳管 从源头上治``), a paragraph of its own. A line whose own type sets it
    apart (``typed``) needs only to be shorter than a full line and end no sentence."""
    if typed:
        return (width <= full - 2 if cjk else width <= 0.9 * full) and not ends_sentence(
            line) and not line.rstrip().endswith((",", "-", ";", ":", "，", "、", "；", "："))
    if cjk:
        return line.startswith(_BULLET) and width <= full - 2
    return (width <= 0.6 * full and line[:1].isupper() and nxt[:1].isupper()
            and not line.rstrip().endswith((",", "-", ";", ":")))


def _split_byline(first: str, m: CompiledMarkers) -> tuple[str | None, str | None, str]:
    """Take a byline and/or dateline off the start of an article's first paragraph."""
    byline = dateline = None
    if m.byline and (found := m.byline.match(first)):
        byline, first = found.group().strip(), first[found.end() :].lstrip()
    if m.dateline and (found := m.dateline.match(first)):
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
) -> Page:
    articles: list[Article] = []
    ids: dict[int, str] = {}
    for d in drafts:
        body = [b for b in d.blocks if b.kind is BlockKind.BODY]
        paras = paragraphs(body, page.lang)
        byline, dateline = d.byline, None
        if byline and paras and _unclosed(byline):
            # A byline cut at a line end (本报讯（通讯 / 员杨帆）近年来…) goes on in the body.
            paras[0] = join_two(byline, paras[0])
            byline = None
        if paras:
            found_by, dateline, first = _split_byline(paras[0], markers)
            byline = " ".join(x for x in (byline, found_by) if x) or None
            paras = ([first] if first else []) + paras[1:]
        if not (paras or d.groups or d.jump or byline):
            continue
        kicker, heads, sub = _roles(d.groups)
        article_id = f"a{len(articles) + 1}"
        ids[id(d)] = article_id
        heading_ids = [b.id for g in d.groups for b in g.blocks]
        articles.append(
            Article(
                id=article_id,
                headlines=heads,
                kicker=kicker,
                subheadline=sub,
                byline=byline,
                dateline=dateline,
                paragraphs=tuple(paras),
                jump=d.jump,
                continued_from=d.continued_from,
                block_ids=tuple(heading_ids + [b.id for b in d.blocks]),
            )
        )
    out_photos = [_photo(i, p, ids) for i, p in enumerate(photos)]
    return dataclasses.replace(
        page, articles=tuple(articles), photos=tuple(out_photos),
        orphans=tuple(b.id for b in orphans),
    )


def _photo(i: int, p: _PhotoDraft, ids: dict[int, str]) -> Photo:
    def text_of(kind: BlockKind) -> str | None:
        parts = [join_lines([ln.text for ln in b.lines]) for b in p.blocks if b.kind is kind]
        return " ".join(parts) if parts else None

    caption = text_of(BlockKind.CAPTION)
    block_ids = ([p.title.id] if p.title else []) + [b.id for b in p.blocks]
    return Photo(
        id=f"p{i + 1}",
        title=join_two("", p.title.text) if p.title else None,
        caption=caption,
        credit=text_of(BlockKind.CREDIT),
        article_id=ids.get(id(p.article)) if p.article is not None else None,
        block_ids=tuple(block_ids),
    )
