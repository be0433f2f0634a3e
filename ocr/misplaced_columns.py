"""Columns an extractor wrote away from their story, put back after the walk (text
without geometry): a Chinese story's column written before its place goes back where
the story leaves a sentence open (``early_columns_back``), and an English headless
column whose jump line's slug names the story before it is that story's
(``slugged_tails``). ``ocr.continuity`` decides block by block during the walk; these
see each article whole once it is done.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

from .briefs import opens_with_lead
from .continuity import NEAR_ARTICLES, Lookback
from .leads import notice_head
from .letter_pairs import (
    DENSE_TO_RESUME,
    DENSER_TO_RESUME,
    JOIN_MARGIN,
    JOIN_ZIPF,
    OPENING_CHARS,
    RecentText,
    column_head,
    join_word,
    pair_density,
    talks,
)
from .linejoin import join_lines
from .markers import opens_article
from .model import BODY, BYLINE, HEADING_KINDS, Block, Jump
from .paragraphs import cjk_first_line, cjk_full_line, column_width, short_line
from .profiles import CompiledMarkers
from .story_flow import Flow
from .terms import cjk_pairs, content_stems
from .typography import ends_sentence, text_width, text_widths

F = TypeVar("F", bound=Flow)


def tail_after_heading(
    drafts: list[F], block: Block, full: float, memo: Lookback, recent: RecentText,
    heading: str = "",
) -> F | None:
    """Chinese text: the open story whose paragraph ``block`` goes on with, read right
    after a heading where no article is open. An extractor writes a band's modules one
    after another, and a story whose last column ends short is finished after the next
    module's heading (``…传承人访谈等活`` / ``上半年空气优良天数比例达88.4%`` / ``动。`` /
    ``据介绍，…``): a block that does not open with a paragraph's first line (its first
    line full, or the short end of a sentence, given the width ``full`` of a full line)
    opens no story of its own. It goes with the open story whose word the break cut
    (``活动``), else with the one it talks of, each clearly ahead of the others (the bars
    ``continuity.resumed`` uses for two stories left open); else it stays where it is.
    A block that opens a paragraph goes back only to a story it talks of clearly while
    sharing no terms with ``heading``, the heading right above it
    (``_paragraph_after_heading``). Under a notice's standing head (``leads.notice_head``:
    ``讣告``) the block is the notice's text, though it names whom a story beside it
    tells of (the obituary of the pilot whose life the story recalls)."""
    first = block.lines[0].text if block.lines else ""
    if full <= 0 or len(block.lines) < 2 or not first or opens_with_lead(block):
        return None  # (a brief's lead, ``记者从市公安局交`` / ``警支队获悉，``: no story's tail)
    if notice_head(heading.rsplit(" ", 1)[-1]):
        return None  # (a notice's text under its head, ``讣告`` / ``东屿港引航站原站长…``)
    width = text_width(first)
    lo = max(0, len(drafts) - NEAR_ARTICLES)
    if cjk_first_line(width, full):
        return _paragraph_after_heading(drafts[lo:], block, heading, recent)
    if not (cjk_full_line(width, full) or ends_sentence(first)):
        return None
    others = [drafts[i] for i in memo.open_among(drafts, lo)]
    if not others:
        return None
    head = column_head(block)
    joins = sorted(((join_word(recent.of(d), head), d.end, d) for d in others),
                   key=lambda x: x[:2], reverse=True)
    runner = joins[1][0] if len(joins) > 1 else 0.0
    if joins[0][0] >= JOIN_ZIPF and joins[0][0] - runner >= JOIN_MARGIN:
        return joins[0][2]
    own = cjk_pairs(block.text[:OPENING_CHARS])
    dense = sorted(((talks(pair_density(recent.of(d), own)), d.end, d) for d in others),
                   key=lambda x: x[:2], reverse=True)
    second = dense[1][0] if len(dense) > 1 else 0.0
    if dense[0][0] >= DENSE_TO_RESUME and dense[0][0] > DENSER_TO_RESUME * second:
        return dense[0][2]
    return None


def heading_above(blocks: Sequence[Block], pos: int) -> str:
    """The text of the headings right before block ``pos`` (a headline and its deck)."""
    start = pos
    while start > 0 and blocks[start - 1].kind in HEADING_KINDS:
        start -= 1
    return " ".join(b.text for b in blocks[start:pos])


#: A paragraph read after a heading is the heading's when they share more letter
#: pairs than this.
HEADING_SHARED = 1


def _paragraph_after_heading(drafts: list[F], block: Block, heading: str,
                             recent: RecentText) -> F | None:
    """The story a paragraph read right after another story's heading goes on with:
    pdftotext writes a band's headlines side by side before the columns under them,
    so a story's last column, opening a paragraph (``“以前到地铁站…``), comes after the
    next story's headline. It is that story's when it shares no terms with the
    heading above it (a story's first paragraph talks of its headline) and talks of
    one recent story clearly ahead of the others (``resumed_by_terms``' bars)."""
    if not heading or not drafts:
        return None
    own = cjk_pairs(block.text[:OPENING_CHARS])
    if len(own & cjk_pairs(heading)) > HEADING_SHARED:
        return None
    dense = sorted(((talks(pair_density(recent.of(d), own)), d.end, d) for d in drafts),
                   key=lambda x: x[:2], reverse=True)
    second = dense[1][0] if len(dense) > 1 else 0.0
    if dense[0][0] >= DENSE_TO_RESUME and dense[0][0] > DENSER_TO_RESUME * second:
        return dense[0][2]
    return None


def early_columns_back(blocks: list[Block]) -> list[Block]:
    """A Chinese story's blocks with each column its extractor wrote before its place put
    back where the story leaves a sentence open: a block that starts mid-paragraph (its
    first line full, at the story's own measure) after a sentence's end, and ends one,
    goes right after the story's first later block that stops mid-sentence before a
    paragraph's first line (set two ems short; pdfminer: ``…86个。``
    / ``滤食性鱼类，构建水生态系统，增`` / ``强河道自净能力。`` / … / ``同时，在河道中种植沉水
    植物、投放`` / ``监测数据显示，…``). Either sign alone is common (a column that opens a
    new sentence, a story's text lost); both together say where the column goes."""
    body = [b for b in blocks if b.kind is BODY and b.lines]
    widths = text_widths([ln.text for b in body for ln in b.lines])
    if len(body) < 3 or not widths:
        return blocks
    measure = column_width(widths, textual=True, cjk=True)

    def full(b: Block) -> bool:
        return cjk_full_line(text_width(b.lines[0].text), measure)

    def opens(b: Block) -> bool:  # a paragraph's first line, set short
        return len(b.lines) >= 2 and short_line(text_width(b.lines[0].text), measure,
                                                textual=True, cjk=True)

    ends = [ends_sentence(b.text) for b in body]
    # From each block on, the first that stops mid-sentence (the walk stays linear).
    next_open = [len(body)] * (len(body) + 1)
    for k in range(len(body) - 1, -1, -1):
        next_open[k] = next_open[k + 1] if ends[k] else k
    moved: dict[int, Block] = {}  # by a block's id: the column put right after it
    taken: set[int] = set()
    for i in range(1, len(body)):
        k = next_open[i + 1] if i + 1 < len(body) else len(body)
        if (k + 1 < len(body) and ends[i] and ends[i - 1] and full(body[i])
                and opens(body[k + 1]) and id(body[k]) not in taken
                and id(body[k]) not in moved):  # one column fills one gap
            moved[id(body[k])] = body[i]
            taken.add(id(body[i]))
    if not moved:
        return blocks
    out: list[Block] = []
    for b in blocks:
        if id(b) not in taken:
            out.append(b)
            if id(b) in moved:
                out.append(moved[id(b)])
    return out


class Signed(Flow, Protocol):
    """An article as ``slugged_tails`` sees it: its byline and whether it was headless."""

    byline: str | None
    headless: bool
    continued_from: Jump | None


S = TypeVar("S", bound=Signed)


def slugged_tails(drafts: list[S], m: CompiledMarkers) -> list[S]:
    """English text: a headless column that ends on a jump line whose slug names the
    story just before it (``See FIRE, Page A6`` after a story of a four-alarm fire) is
    that story's, parted from it by a photo between two of its sentences. A jump's slug
    is a word of its story, printed to find it again on the page it jumps to; a brief's
    own jump names its own subject, which the brief talks of at least as much as the
    story before it does (``See COUNCIL, Page A3`` after a story that mentions the
    council once): the slug must be clearly commoner in the story before. A column that
    opens with a byline or dateline (an extractor that writes no blank line runs them
    into its text) is a story's start, not its tail."""
    spelled = _jump_words(m)
    out: list[S] = []
    for d in drafts:
        prev = out[-1] if out else None
        slug = (jump_slug(d.jump.text, spelled)
                if d.jump is not None and d.jump.direction == "to" else ())
        if (prev is not None and slug and d.headless and d.byline is None
                and d.continued_from is None and prev.jump is None and prev.has_body
                and not any(opens_article(b, m) for b in d.blocks[:1])
                and _slug_share(prev, slug) > SLUG_DENSER * _slug_share(d, slug)):
            prev.blocks.extend(d.blocks)
            prev.jump, prev.end = d.jump, max(prev.end, d.end)
            continue
        out.append(d)
    return out


#: A jump line's slug names the story before a headless column when its words are this
#: many times as common there (a share of the story's words) as in the column.
SLUG_DENSER = 2.0


def _jump_words(m: CompiledMarkers) -> frozenset[str]:
    """The words the profile's jump patterns spell (``See``, ``Continued``, ``Page``,
    ``Turn``, lower-cased): a jump line's form, which names no story. A pattern's escapes
    (``\\bSee``, ``\\sPage``) are no part of its words."""
    return _spelled(tuple(getattr(p, "pattern", "") for p in (*m.jump_to, *m.jump_from)))


@lru_cache(maxsize=64)
def _spelled(sources: tuple[str, ...]) -> frozenset[str]:
    """``_jump_words`` of the patterns' texts: read once a profile, not once a page (30 µs,
    2% of an English page's assembly, for words no page changes)."""
    return frozenset(w.lower() for src in sources
                     for w in re.findall(r"[A-Za-z]+", _ESCAPE.sub(" ", src)))


_ESCAPE = re.compile(r"\\.")


def jump_slug(text: str, spelled: frozenset[str]) -> tuple[str, ...]:
    """A jump line's slug: its words of three letters or more that its pattern does not
    spell (``See FIRE, Page A6``: fire; ``Continued on Page A6``, ``Turn to Page 4``:
    none), lower-cased; the page it jumps to is no word."""
    return tuple(w for w in (x.lower() for x in _SLUG_WORD.findall(text)) if w not in spelled)


_SLUG_WORD = re.compile(r"[A-Za-z]{3,}")


def _slug_share(d: Flow, slug: tuple[str, ...]) -> float:
    """The share of ``d``'s words that are its jump slug's (whole words: not
    ``Firefighters`` for ``FIRE``)."""
    text = _flow_text_spaced(d).lower()
    found = sum(len(re.findall(rf"\b{re.escape(w)}\b", text)) for w in slug)
    return found / max(1, len(text.split()))


def _flow_text_spaced(d: Flow) -> str:
    """``d``'s body text, its blocks parted by a space (words kept apart)."""
    return " ".join(b.text for b in d.blocks if b.kind is BODY)


#: How far ahead (blocks of running text) a column's paragraph written after the one
#: that goes on from it is looked for: the paragraphs of two or three columns side by side.
INTERLEAVED_AHEAD = 4


def interleaved_paragraph(blocks: list[Block], pos: int, m: CompiledMarkers,
                          signed: bool = False) -> bool:
    """English text: ``blocks[pos]`` goes on a sentence (it starts in lower case) where
    the story before it ended one (or its byline just stood): move the story's next
    paragraph that opens a sentence and leaves one open to ``pos`` (in place), and say
    whether it was moved.

    pdftotext writes a block a paragraph and sorts a story's blocks by their tops, so
    columns side by side are written paragraph by paragraph across them (``…eastern
    edge.`` / ``according to the state forestry agency.…`` / ``The fire was 35 percent
    contained…, up from 10 percent a day earlier,``), and a column's first lines set
    level with the byline beside it come before the first column's text. A lower-case
    block after a sentence's end (ending one itself: a paragraph's rest) has lost the
    paragraph it finishes: the first block after it, among the next few of running
    text, that opens a sentence and stops in the middle of one (two lines or more: not a
    justified line's words, which pdfminer writes as blocks) and is not already followed
    by its own lower-case rest. The caller asks only when no earlier story is left open
    for the block to finish. Right under its byline (``signed``) the block is a later
    column's last lines set level with the byline, and goes down after that paragraph
    (``conference room on the hospital's ground floor.`` after ``…was held over two
    days in a``): the story opens with the text that follows it."""
    lines = blocks[pos].lines
    if not lines or not lines[0].text[:1].islower() or not ends_sentence(lines[-1].text):
        return False  # (a justified line's words, ``than`` / ``they are holding``, end none)
    for j in range(pos + 1, min(len(blocks), pos + 1 + INTERLEAVED_AHEAD)):
        b = blocks[j]
        if b.kind is not BODY or not b.lines:
            return False
        if (opens_sentence(b.lines[0].text) and len(b.lines) >= 2
                and not ends_sentence(b.text) and not opens_article(b, m)):
            after = blocks[j + 1] if j + 1 < len(blocks) else None
            if after is not None and after.kind is BODY and after.lines and (
                    after.lines[0].text[:1].islower()):
                return False  # its rest is right after it
            if signed:  # the block goes down, right after the paragraph it finishes
                blocks.insert(j, blocks.pop(pos))
            else:
                blocks.insert(pos, blocks.pop(j))
            return True
    return False


def opens_sentence(text: str) -> bool:
    """A line that opens a sentence: a capital or a figure first, past an opening quote."""
    head = text.lstrip("“\"‘'(")
    return head[:1].isupper() or head[:1].isdigit()


def side_by_side(drafts: list[S]) -> list[S]:
    """English text: two stories set side by side, whose paragraphs an extractor wrote
    across both columns, block by block as their tops stand (pdfminer: both bylines,
    the first story's lead, the second's lead, then the paragraphs of both, mixed).
    The walk gives the first story its lead only (and both bylines, as a second
    writer's), the second story the rest: each later paragraph goes to the story whose
    text so far shares more of its content words (``Organizers said staffing…`` to the
    nurses' vote, ``The skeleton, from a fin whale…`` to the museum's), one that goes
    on a sentence in lower case to the story left open, a paragraph that shares no
    more with one than the other stays; the second byline, over the second lead, is
    that story's."""
    for first, second in zip(drafts, drafts[1:], strict=False):
        if not _leads_side_by_side(first, second):
            continue
        signed = [b for b in first.blocks if b.kind is BYLINE]
        if len(signed) >= 2 and second.byline is None:
            first.blocks.remove(signed[-1])
            second.blocks.insert(0, signed[-1])
            first.byline = join_lines([ln.text for ln in signed[0].lines])
            second.byline = join_lines([ln.text for ln in signed[-1].lines])
            second.headless = False
        lead = next(b for b in second.blocks if b.kind is BODY)
        text = {id(first): content_stems(blocks_text([b for b in first.blocks if b.kind is BODY])),
                id(second): content_stems(blocks_text([lead]))}
        last = {id(first): [b for b in first.blocks if b.kind is BODY][-1], id(second): lead}
        stay: list[Block] = []
        moved: list[Block] = []
        for b in second.blocks[second.blocks.index(lead) + 1:]:
            if b.kind is not BODY:
                stay.append(b)
                continue
            own = content_stems(blocks_text([b]))
            if b.text[:1].islower():
                open_ = [k for k, x in last.items() if not ends_sentence(x.text)]
                to = open_[0] if len(open_) == 1 else id(second)
            else:
                ones, twos = len(own & text[id(first)]), len(own & text[id(second)])
                to = id(first) if ones > twos else id(second)
            (moved if to == id(first) else stay).append(b)
            text[to] |= own
            last[to] = b
        if moved:
            first.blocks.extend(moved)
            taken = {id(b) for b in moved}  # (by identity: two blocks may read alike)
            second.blocks = [b for b in second.blocks if id(b) not in taken]
    return drafts


def _leads_side_by_side(first: Signed, second: Signed) -> bool:
    """``first`` holds its byline(s) and one paragraph, and ``second``, opened right
    after it with no byline or heading of its own (headless), opens a sentence and holds
    two paragraphs more at least: two stories' leads written one after the other."""
    body = [b for b in first.blocks if b.kind is BODY]
    rest = [b for b in second.blocks if b.kind is BODY]
    return (len(body) == 1 and first.byline is not None and second.headless
            and second.byline is None and second.continued_from is None
            and len(rest) >= 3 and rest[0].text[:1].isupper())


def blocks_text(blocks: Sequence[Block]) -> str:
    """The blocks' text, each block's lines joined (a hyphenated word whole, so its stem
    counts)."""
    return " ".join(join_lines([ln.text for ln in b.lines]) for b in blocks)
