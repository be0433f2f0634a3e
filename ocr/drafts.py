"""Drafts: the articles and photo items as the walk in ``ocr.assemble`` puts them
together, and their making into the page's ``Article`` and ``Photo`` items.

The walk decides which blocks go together; making an item is another job, done once
per draft after it: a byline or dateline taken off the first paragraph (an extractor
writes it into the body), paragraphs joined, kicker, headline and deck given their roles
(``ocr.heading_roles``), and each field's word spans found (``ocr.word_spans``).
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import attrgetter, is_

from .byline_words import byline_more
from .deck_lines import deck_over_byline, deck_tail, opens_byline
from .heading_roles import Heading, roles
from .heading_terms import ArticleTerms
from .headlines import HeadingGroup
from .linejoin import join_lines, join_two
from .marked_parts import caption_and_credit_lines
from .markers import (
    CLOSING_BRACKETS,
    OPENING_BRACKETS,
    dateline_at,
    run_in_head,
)
from .model import (
    BODY,
    BYLINE,
    CAPTION,
    CREDIT,
    HEADLINE,
    Article,
    Block,
    BlockKind,
    CorrectionField,
    Jump,
    Line,
    Page,
    Photo,
    Spans,
)
from .paragraphs import paragraph_lines
from .profiles import CompiledMarkers
from .word_spans import LineIndex, line_index, word_spans

_KIND = attrgetter("kind")


@dataclass
class Draft:
    """An article being put together during the walk (``ocr.assemble``)."""

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
    read_after: tuple[Draft, Block] | None = None
    #: Opened by a body block with no heading or byline right before it (a brief, or a
    #: story's text read apart from its heading): ``another_brief`` asks its next block.
    headless: bool = False
    #: The top of the heading group read right before it opened (``headlines.above_heading``).
    head_top: int | None = None

    @property
    def has_body(self) -> bool:
        # (the kinds compared from C: the walk asks this of its drafts some 400 times a page)
        return any(map(is_, map(_KIND, self.blocks), repeat(BODY)))


@dataclass
class PhotoDraft:
    """A photo item being put together during the walk: its caption and credit blocks,
    its title, and the article it was read in."""

    start: int
    blocks: list[Block] = field(default_factory=list)
    title: Block | None = None
    article: Draft | None = None
    end: int = -1


def heading_terms(drafts: list[Draft], groups: list[HeadingGroup],
                  m: CompiledMarkers) -> tuple[ArticleTerms, set[int]]:
    """The terms of each draft a heading group may share, and which drafts open on a
    run-in head (``KELSO: The…``, ``markers.run_in_head``): a headless brief whose head
    is its own, so no group is its by place (one written right above it is another
    story's), nor by its words (a deck that names the brief's place); what an extractor
    ran on into it after (another story's column) may have a heading."""
    run_in = {i for i, d in enumerate(drafts)
              if d.blocks and d.blocks[0].kind is BODY and run_in_head(d.blocks[0].text, m)}
    texts = ["".join(b.text for b in d.blocks[1 if i in run_in else 0 :] if b.kind is BODY)
             for i, d in enumerate(drafts)]
    return ArticleTerms(texts, [b.text for g in groups for b in g.blocks]), run_in


def _lead_byline(lines: list[Line], m: CompiledMarkers) -> int:
    """How many of a body's first lines are its byline, written into the body block by an
    extractor that parts no block from the next (``By ELLEN MARSH`` / ``Associated
    Press`` / ``WASHINGTON (AP) — The Senate…``): a line the byline pattern takes whole,
    and what goes on with it under it (``byline_more``: a second writer, the post); or a
    line that opens as a writer's does over the post, text still under them
    (``deck_lines.opens_byline``: a misread name, ``By GRETCHEN se tsa`` / ``Staff
    Writer`` / ``The City Council…``)."""
    if len(lines) < 2 or not opens_byline([ln.text for ln in lines[:-1]], m, whole=True):
        return 0
    return 1 + byline_more([ln.text for ln in lines[1:-1]], lines[0].text)  # (text under it)


def bylines(first: str | None, more: str) -> str:
    """Two writers' bylines of one article, in the order printed, kept apart by ``; ``
    (each may hold a post after a comma): a second byline block, or one found at the
    text's start under a byline already taken. A writer's post alone (``Press Staff
    Writer``, set apart from ``By JAMES OKONKWO``) goes on the byline above it, as when
    printed under it in one block."""
    if not first:
        return more
    return f"{first} {more}" if byline_more([more]) == 1 and not more.startswith("By") else (
        f"{first}; {more}")


def _split_byline(first: str, m: CompiledMarkers) -> tuple[str | None, str | None, str]:
    """Take a byline and/or dateline off the start of an article's first paragraph."""
    byline = dateline = None
    if m.byline and (found := m.byline.match(first)):
        byline, first = found.group().strip(), first[found.end() :].lstrip()
    if found := dateline_at(first, m):
        dateline, first = found.group().strip(), first[found.end() :].lstrip()
    return byline, dateline, first


def _unclosed(text: str) -> bool:
    """A byline that opens a bracket it does not close: cut at a line's end (``本报讯（通讯``
    / ``员杨帆）近年来…``), it goes on in the body's first line."""
    opened = sum(map(text.count, OPENING_BRACKETS))  # (most bylines: none, nothing more asked)
    return opened > 0 and opened > sum(map(text.count, CLOSING_BRACKETS))


def heading_stories(groups: list[HeadingGroup], drafts: list[Draft],
                    orphans: list[Block]) -> tuple[list[Draft], list[Block]]:
    """A story cut to its heading is an article of its own, in its place, not headings
    left over: a group of headings no article took, a headline and its kicker or deck
    (a stack, not a lone line of grain read as type), over nothing of its own (its text
    jumps to another page, or the page's foot cut it under its photo: held-out S2 s819,
    s823). ``drafts`` in reading order, and the orphans left."""
    left = {id(b) for b in orphans}
    out = list(drafts)
    for g in groups:
        if (len(g.blocks) >= 2 and all(id(b) in left for b in g.blocks)
                and any(b.kind is HEADLINE for b in g.blocks)):
            insort(out, Draft(start=g.start, groups=[g], end=g.start + len(g.blocks) - 1),
                   key=attrgetter("start"))
            left -= {id(b) for b in g.blocks}
    return out, [b for b in orphans if id(b) in left]


def build_items(
    page: Page,
    drafts: list[Draft],
    photos: list[PhotoDraft],
    orphans: list[Block],
    markers: CompiledMarkers,
    with_spans: bool,
) -> Page:
    """The page with the walk's drafts made its ``articles`` and ``photos``: bylines and
    datelines taken off the text, paragraphs joined, roles given to the headlines, and
    (``with_spans``) each field's word spans."""
    articles: list[Article] = []
    ids: dict[int, str] = {}
    where = line_index(page) if with_spans else {}  # without spans: none are made
    for d in drafts:
        body = [b for b in d.blocks if b.kind is BODY]
        deck: Heading | None = None
        j, k = 0, deck_over_byline(d.groups, d.blocks, markers)
        if not k and (tail := deck_tail(d.groups, body, markers)) is not None:
            j, k = tail, 1  # (the deck's last line, or its half across the gutter)
        if k:  # (a deck, or its last lines, boxed with the text under it)
            lines = body[j].lines
            deck = (join_lines([ln.text for ln in lines[:k]]), lines[:k])
            body[j] = replace(body[j], lines=lines[k:])
        groups = paragraph_lines(body, page.lang)
        byline, dateline = d.byline, None
        if groups and (taken := _lead_byline(groups[0], markers)):
            byline = bylines(byline, join_lines([ln.text for ln in groups[0][:taken]]))
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
            byline = bylines(byline, found_by) if found_by else byline
            cut = len(joined[0]) - len(paras[0])
        spans = (
            [
                Spans("paragraph", i, word_spans(t, g, where, cut if i == 0 else 0))
                for i, (t, g) in enumerate(zip(joined, groups, strict=True))
            ]
            if with_spans
            else []
        )
        if paras and not paras[0]:
            paras, spans = paras[1:], [Spans("paragraph", s.index - 1, s.words) for s in spans[1:]]
        if not (paras or d.groups or d.jump or byline):
            continue
        kicker, heads, sub = roles(d.groups, ("" if page.lang == "zh" else " ").join(paras))
        if deck:  # the deck, or its wrapped rest (S7 s882: ``…through a flooded`` / ``return
            # entry``, the deck's last line, boxed with ``By Dana Whitfield`` and the text)
            sub = (join_two(sub[0], deck[0]), (*sub[1], *deck[1])) if sub else deck
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
        articles=tuple(articles),
        photos=tuple(out_photos),
        orphans=tuple(b.id for b in orphans),
    )


def _photo(i: int, p: PhotoDraft, ids: dict[int, str], where: LineIndex | None) -> Photo:
    captions, credits = caption_and_credit_lines(p.blocks)
    lines_of = {CAPTION: captions, CREDIT: credits}

    def text_of(kind: BlockKind) -> str | None:
        parts = [join_lines([ln.text for ln in lines]) for lines in lines_of[kind]]
        if not parts:
            return None
        # A caption's blocks wrap one sentence (a first line written apart: ``…老街清理`` /
        # ``淤泥。``): joined as its lines are; two credits are two names.
        return join_lines(parts) if kind is CAPTION else " ".join(parts)

    caption = text_of(CAPTION)
    title = join_two("", p.title.text) if p.title else None
    spans = []
    if caption and where is not None:
        lines = [ln for part in lines_of[CAPTION] for ln in part]
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
