"""Sentence continuity in text without geometry: which article a block goes on with.

An extractor writes columns one after another, not always in the paper's order: a
column's end may come after another article, a story's last columns before its
headline. With no positions to go by, the text itself says where a block belongs: a
sentence left open goes on in the block that finishes it (in English, one that starts
in lower case), a column that goes on in mid-paragraph belongs to an article that
ends mid-sentence, and the terms a block shares with an article say which. These rules
serve ``ocr.assemble`` for text pages only; scans and PDF pages place blocks by
position.
"""

from __future__ import annotations

import math
import re
from itertools import compress
from operator import attrgetter, ne
from typing import Protocol, Self, TypeVar

from .classify import opens_article
from .column_flow import goes_on
from .markers import marker_kind
from .model import BODY, BYLINE, Block, Jump, Page
from .profiles import CompiledMarkers
from .terms import Terms, cjk_pairs, latin_stems
from .typography import (
    ends_sentence,
    hyphen_is_wrap,
    join_lines,
    text_width,
    text_widths,
    writer_title,
)


class Flow(Protocol):
    """An article being put together (``assemble``'s draft), as these rules see it."""

    start: int
    end: int
    blocks: list[Block]
    jump: Jump | None
    pending: bool
    #: A pending column that starts mid-sentence straight under a heading (which is not
    #: its own); the other pending columns follow an article that ended its sentence.
    under_heading: bool

    @property
    def has_body(self) -> bool: ...

    @property
    def read_after(self) -> tuple[Self, Block] | None:
        """A column under a heading: the earlier article left mid-sentence that it goes on
        with unless a later one shares more of its terms, and that article's last block
        then, which the column follows in it (``place_pending``)."""


F = TypeVar("F", bound=Flow)

#: A headline is scored against at most this many articles on each side of it in reading
#: order (a printed page has fewer), so a huge text page stays linear; the closing banner
#: is scored against every article.
NEAR_ARTICLES = 50
#: A column under a heading, with no earlier story left open, goes on with the next
#: story left mid-sentence when it shares this many content words with it; else it is
#: its heading's own story.
SHARED_TO_MOVE = 2
class Lookback:
    """Which of a walk's articles end mid-sentence, remembered between blocks.

    ``resumed`` looks back over up to ``NEAR_ARTICLES`` articles for each block; asking
    each whether it ends mid-sentence every time made a page of a million one-word
    paragraphs fifty million questions. An article's answer changes only when a block
    is added to it or its jump line is set, and the walk then moves its ``end`` to that
    block's position: so the answer is kept with the ``end`` it was given for, and only
    articles whose ``end`` moved are asked again (a few per block). ``asked`` counts the
    questions (the tests hold it to a few per block).
    """

    def __init__(self) -> None:
        self.ends: list[int] = []
        self.open: list[bool] = []
        self.asked = 0

    def open_among(self, drafts: list[F], lo: int) -> list[int]:
        """Indices of ``drafts[lo:]`` that end mid-sentence with no jump line, in order."""
        n = len(drafts)
        grow = n - len(self.ends)
        if grow > 0:
            self.ends += [-2] * grow  # no article's end: each new one is asked once
            self.open += [False] * grow
        now = list(map(_END, drafts[lo:n]))
        seen = self.ends[lo:n]
        if now != seen:
            for i in compress(range(lo, n), map(ne, now, seen)):
                d = drafts[i]
                self.asked += 1
                self.ends[i] = d.end
                self.open[i] = d.jump is None and d.has_body and not ends_sentence_block(d)
        return list(compress(range(lo, n), self.open[lo:n]))


_END = attrgetter("end")


def resumed(
    drafts: list[F], current: F | None, block: Block, lang: str, m: CompiledMarkers,
    full: float = 0.0, memo: Lookback | None = None,
) -> F | None:
    """In text without geometry, the earlier article that ``block`` goes on with, if any.

    An extractor may write a column's end after another article's text: an article
    left mid-sentence (no jump line), then an article whose text ends a sentence, then
    a block that opens nothing. The block finishes the sentence left open, as a
    column break in mid-sentence does (in English it starts in lower case, which also
    lets it reach past articles that ended properly, or follow a headline or jump; in
    a Chinese column, given the width ``full`` of a full line, it does not start with
    a paragraph's first line, set two characters short). A walk passes one ``memo``
    for all its blocks, so each block costs a few questions, not one per article."""
    first = block.lines[0].text if block.lines else ""
    lower = bool(first) and first[0].islower()
    if not first or (lang != "zh" and not lower):
        return None
    if lang == "zh" and full > 0 and len(block.lines) >= 2 and (
            full - 3.0 <= text_width(first) <= full - 1.5):
        return None  # a paragraph's first line: the block starts a paragraph
    if current is None and not lower:
        return None

    def passed(d: F) -> bool:  # the article being written, or one opened after it
        return d is current or (current is not None and d.end >= current.start)

    lo = max(0, len(drafts) - NEAR_ARTICLES)  # the nearest ones: a huge page stays linear
    if current is not None and not (current.has_body and ends_sentence_block(current)):
        if lower and lang != "zh" and not _wraps_into(current, first):
            # Both left open: a word broken at an earlier article's column end and
            # finished by this block's first word says whose column it is.
            for i in reversed((memo or Lookback()).open_among(drafts, lo)):
                if (not passed(drafts[i]) and _wraps_into(drafts[i], first)
                        and not opens_article(block, m)):
                    return drafts[i]
        return None
    if opens_article(block, m):
        return None
    if lower:  # the nearest article left mid-sentence
        for i in reversed((memo or Lookback()).open_among(drafts, lo)):
            if not passed(drafts[i]):
                return drafts[i]
        return None
    # Only the article just before: older ones were finished.
    d = next((d for d in reversed(drafts[lo:]) if not passed(d)), None)
    if d is not None and d.jump is None and d.has_body and not ends_sentence_block(d):
        return d
    return None


#: How far right of a story's last column its dogleg tail may start, in that column's
#: widths (a gutter, perhaps a column rule).
TAIL_GUTTER = 0.5


def resumed_below(drafts: list[F], block: Block, m: CompiledMarkers, memo: Lookback) -> F | None:
    """On a page with geometry, the story that ``block``, read where no article is open
    (under a rule, with no heading over it), goes on with: a block that starts
    mid-sentence (``column_flow.goes_on``: a lower-case word, or a Chinese first line not
    indented as a paragraph's) and opens nothing finishes the sentence of the nearest
    story left open whose last column it stands beside. A column's tail boxed under
    another story (a dogleg: ``confi-`` / ``rmed that …``; ``…全市已建成`` /
    ``设施实现全覆盖``)."""
    tail = block.box
    if tail is None or not goes_on(block) or opens_article(block, m):
        return None
    for i in reversed(memo.open_among(drafts, max(0, len(drafts) - NEAR_ARTICLES))):
        last = next((b.box for b in reversed(drafts[i].blocks) if b.kind is BODY), None)
        # Beside the story's last column and level with it: a dogleg's tail is set in the
        # column next to where its story stops (a box below it, or far off, is another's).
        if (last is not None and tail.y < last.bottom
                and 0 <= tail.x - last.right <= TAIL_GUTTER * last.w):
            return drafts[i]
    return None


#: A paragraph that opens after its article's last sentence goes on with another of the
#: last ``RESUME_BACK`` + 1 articles read, ended too, whose text holds its CJK letter
#: pairs this many times as densely (pairs held over the square root of the text's
#: length: a long text holds more by chance), at least ``DENSE_TO_RESUME`` so, and at
#: least ``SHARED_TO_RESUME`` of them. A dogleg weaves two stories; reaching further back
#: took a story's paragraph to an earlier story on the same subject (a page that prints
#: one story twice); a story's place names in a neighbour's text (市民广场, 老城, 0.18)
#: are no dogleg's column (0.58-0.68 on the pages of other designs).
DENSER_TO_RESUME, DENSE_TO_RESUME, SHARED_TO_RESUME, RESUME_BACK = 2.0, 0.35, 4, 1
#: A block's pairs are read from its opening (what a column starts by talking about), and
#: looked for in an article's latest text: a question costs the same on any page, and a
#: few dozen searches of a few hundred characters.
OPENING_CHARS, RECENT_CHARS = 60, 600


class RecentText:
    """The latest ``RECENT_CHARS`` of each article's text as the walk has read it, grown
    as blocks are added (the walk asks about the same two articles block after block)."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[int, str]] = {}

    def of(self, d: Flow) -> str:
        read, tail = self._kept.get(id(d), (0, ""))
        if read < len(d.blocks):
            more = "".join([b.text for b in d.blocks[read:] if b.kind is BODY])
            tail = (tail + more)[-RECENT_CHARS:]
            self._kept[id(d)] = (len(d.blocks), tail)
        return tail


def resumed_by_terms(
    drafts: list[F], current: F | None, block: Block, recent: RecentText
) -> F | None:
    """In Chinese text without geometry, the earlier article that a paragraph opening
    after the current article's last sentence goes on with, by the letter pairs they
    share.

    Where a story's column is set under another story's headline (a dogleg), an extractor
    writes the columns in turn: story A's first columns, story B's first column, A's last
    column, B's last (``…每天为周边300多位老人提供服务。`` / ``本报讯（记者 沈佳）记者日前从
    市教育局获悉…暑期托管服务…`` / ``市民政局有关负责人介绍…社区养老服务中心146家…``). Each
    column ends a sentence and opens a paragraph, so only what it talks about tells whose
    it is: it goes with the other article when that one holds its pairs clearly more
    densely than the current one. (The pairs are looked for in the text, not made from
    it, as ``terms.terms_among`` does: making them costs several times as much.)"""
    if current is None or current.pending or not current.has_body:
        return None
    back = [d for d in drafts[-RESUME_BACK - 1:] if d is not current
            and not d.pending and d.jump is None and d.has_body]
    if not back or not ends_sentence_block(current):
        return None
    own = cjk_pairs(block.text[:OPENING_CHARS])
    if len(own) < SHARED_TO_RESUME:
        return None

    def density(d: F) -> tuple[float, int]:
        text = recent.of(d)
        shared = sum(map(text.__contains__, own))
        return shared / math.sqrt(max(1, len(text))), shared

    # The other article first: most blocks share too little with it to ask more.
    best, (dense, shared) = max(((d, density(d)) for d in back), key=lambda x: x[1][0])
    if shared < SHARED_TO_RESUME or dense < DENSE_TO_RESUME:
        return None
    if not ends_sentence_block(best):
        return None
    return best if dense >= DENSER_TO_RESUME * density(current)[0] else None


def _wraps_into(d: Flow, first: str) -> bool:
    """``d``'s text ends on a word broken at a line end that ``first`` (a line that goes
    on in lower case) finishes: ``…Weather Service confi-`` / ``rmed that…``."""
    last = next((b for b in reversed(d.blocks) if b.kind is BODY and b.lines), None)
    if last is None:
        return False
    tail = _BROKEN_TAIL.search(last.lines[-1].text[-40:])
    head = _WORD.match(first)
    return tail is not None and head is not None and hyphen_is_wrap(tail.group(1), head.group())


_BROKEN_TAIL = re.compile(r"([A-Za-z]+)-$")


#: A brief's paragraph and the next one share no word of this many letters or more
#: (stems of six): two briefs stacked, not one story (``…walk-ins are welcome.`` /
#: ``Brookfield police arrested…``).
BRIEF_WORD = 4
#: ... each of this many lines at least (a paragraph, not a line written apart).
BRIEF_LINES = 3


def another_brief(d: Flow, block: Block) -> bool:
    """In Latin text, ``block`` is the next headless brief, not the second paragraph (or
    column) of the headless one ``d`` holds: ``d`` is one block that ends its sentence,
    ``block`` opens on a capital, and the two share no content word.

    Briefs stacked in a column or set side by side under a rule carry no heading, and an
    extractor writes them as it writes a story's paragraphs; what one talks about is all
    that parts it from the next. Only a headless article of one block is asked: a
    story's later paragraphs, under its heading, may turn to another subject."""
    if len(d.blocks) != 1 or d.blocks[0].kind is not BODY:
        return False
    first = d.blocks[0]
    if len(first.lines) < BRIEF_LINES or len(block.lines) < BRIEF_LINES:
        return False
    if not block.text[:1].isupper():
        return False
    if not ends_sentence(first.lines[-1].text):
        return False
    own, other = _content_stems(first), _content_stems(block)
    return bool(own) and bool(other) and not own & other


def _content_stems(block: Block) -> set[str]:
    """The stems of a block's words of ``BRIEF_WORD`` letters or more, its lines joined
    first, so a word broken at a line end is whole (``Libr-`` / ``ary``: the library's)."""
    return {t for t in latin_stems(join_lines([ln.text for ln in block.lines]))
            if len(t) >= BRIEF_WORD and not t.isdigit()}


def byline_only(d: Flow, m: CompiledMarkers) -> bool:
    """The article so far is a byline block (``By GRACE ABERNATHY`` / ``Ledger
    Correspondent``; an engine's zone ``By ELENA`` / ``MARQUEZ``), or a byline and its
    writer's post set as a block of its own (``By JULIA SANTOS`` / ``Associated Press``,
    ``typography.writer_title``), so a dateline after it goes on with it."""
    body = [b for b in d.blocks if b.kind is BODY]
    signed = any(b.kind is BYLINE for b in d.blocks)
    return all((len(b.lines) <= 2 and marker_kind(b.lines[0].text, m) is BYLINE)
               or (signed and len(b.lines) == 1 and writer_title(b.lines[0].text))
               for b in body)


def running_width(page: Page) -> float:
    """Text without geometry: the width of a full line of running text (ems)."""
    widths = sorted(text_widths([ln.text for b in page.blocks
                                 if b.kind is BODY and len(b.lines) >= 3
                                 for ln in b.lines]))
    return widths[int(len(widths) * 0.8)] if widths else 0.0


def mid_paragraph(block: Block, lang: str, full: float) -> bool:
    """A block whose first line goes on with a paragraph: in English it starts in lower
    case; in a Chinese column it is a full line, where a paragraph's first line is set
    two characters short."""
    first = block.lines[0].text if block.lines else ""
    if not first:
        return False
    if lang != "zh":
        return first[0].islower()
    return full > 0 and len(block.lines) >= 2 and text_width(first) >= full - 0.5


def place_pending(drafts: list[F]) -> tuple[list[F], dict[int, F]]:
    """Give each pending column to an article that ends mid-sentence; returns the
    articles left and, by ``id``, the article each pending column went to.

    A column read after an article that ended its sentence goes to the first article
    after it that ends mid-sentence with no jump line when it shares at least as many of
    its terms with it as with the article it was read after; else to that one. A column
    under a heading goes to that later article only when it shares more content words
    (three letters or more) with its own text than the ``read_after`` article's does (a
    tie stays: it goes right after the block it was read after); with no ``read_after``,
    to the later article if they share ``SHARED_TO_MOVE`` content words, else it stands
    alone under its heading (a story whose first letter, a drop cap, was lost).

    The articles after a column are looked at from the first that is not pending (an
    index kept from the end), so a page of a million pending columns stays linear."""
    after = [len(drafts)] * (len(drafts) + 1)  # index of the first non-pending one from i on
    for i in range(len(drafts) - 1, -1, -1):
        after[i] = after[i + 1] if drafts[i].pending else i
    out: list[F] = []
    hosts: dict[int, F] = {}
    follow: dict[int, list[Block]] = {}  # by a block's id: the columns read right after it
    placed: set[int] = set()  # the ids of the blocks of columns given to an article here
    memo: dict[int, frozenset[str]] = {}  # each article's own terms, by its id
    for i, d in enumerate(drafts):
        if not d.pending:
            out.append(d)
            continue
        target = None
        j = after[i + 1]
        while j <= i + NEAR_ARTICLES and j < len(drafts):  # linear on huge pages
            e = drafts[j]
            if e.jump is None and e.has_body and not ends_sentence_block(e):
                target = e
                break
            j = after[j + 1]
        host: F | None
        anchor: Block | None = None  # the block the column goes right after, if it stays
        if d.under_heading:
            # Content words (three letters or more) shared with the articles' own text,
            # not columns given them here: a short column shares ``by`` and ``to`` with
            # any story, and one word (``fuel``, ``city``) with many.
            own = {t for t in latin_stems(flow_text(d)) if len(t) >= 3}
            later = len(own & _own_terms(target, placed, memo)) if target is not None else 0
            if d.read_after is not None:
                earlier, at = d.read_after
                host = hosts.get(id(earlier), earlier)
                if later <= len(own & _own_terms(host, placed, memo)):
                    anchor = at
                else:
                    host = target
            elif later >= SHARED_TO_MOVE:
                host = target
            else:
                host = None  # its heading's own story (its drop cap lost)
        else:
            terms_of = Terms(flow_text(d))
            host = out[-1] if out else None
            if target is not None and (host is None or terms_of.share(flow_text(target))
                                       >= terms_of.share(flow_text(host))):
                host = target
        if host is None:
            d.pending = False
            out.append(d)
            continue
        if anchor is not None:
            follow.setdefault(id(anchor), []).extend(d.blocks)
        _took(host, d, at_end=anchor is None)
        hosts[id(d)] = host
        placed.update(map(id, d.blocks))
    if follow:
        for d in out:
            d.blocks = _followed(d.blocks, follow)
    return out, hosts


def _own_terms(d: Flow, placed: set[int], memo: dict[int, frozenset[str]]) -> frozenset[str]:
    """``d``'s Latin terms but for the columns ``place_pending`` gave it: made once for
    each article (what is left of it does not change), so the placing stays linear."""
    got = memo.get(id(d))
    if got is None:
        text = " ".join(b.text for b in d.blocks
                        if b.kind is BODY and id(b) not in placed)
        got = memo[id(d)] = frozenset(latin_stems(text))
    return got


def _took(d: Flow, column: Flow, at_end: bool = True) -> None:
    """``d`` takes ``column``: its blocks at its end (else placed by ``_followed``)."""
    if at_end:
        d.blocks.extend(column.blocks)
    d.jump = d.jump or column.jump
    d.end = max(d.end, column.end)


def _followed(blocks: list[Block], follow: dict[int, list[Block]]) -> list[Block]:
    """``blocks`` with the columns that follow each block right after it, in the order
    they were read (a column's own blocks may have columns following them)."""
    out: list[Block] = []
    stack = list(reversed(blocks))
    while stack:
        b = stack.pop()
        out.append(b)
        stack.extend(reversed(follow.pop(id(b), ())))
    return out


def ends_sentence_block(d: Flow) -> bool:
    last = next((b for b in reversed(d.blocks) if b.kind is BODY and b.lines), None)
    return last is not None and ends_sentence(last.lines[-1].text)


def flow_text(d: Flow) -> str:
    return "".join(b.text for b in d.blocks if b.kind is BODY)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
#: log10 margin by which a stray line's best place must read better than the next.
STRAY_MARGIN = 0.5
#: ... where the terms it shares with an article count this much (a line of a story
#: names what the story does).
STRAY_TERMS = 2.0


def splice_strays(drafts: list[F], lang: str) -> list[F]:
    """English text: a column's single line that an extractor wrote away from its
    column (among headlines: ``will be detoured to the Route 9 bridge``), in lower case
    and mid-sentence, goes back between the two blocks of an article where the
    sentence reads on best through it (``Drivers`` | it | ``about a mile``), by the
    English word-pair model and the terms it shares with the article. A junction that
    reads on as it is (a common word pair) is left alone; the line must go somewhere,
    so the best junction is taken when it reads clearly better than the next best."""
    strays = [i for i, d in enumerate(drafts) if _stray(d)]
    if lang != "en" or not strays:
        return drafts
    from .correct.ngrams import bigrams  # loaded only for a page that has a stray line

    model = bigrams()
    gone: set[int] = set()
    for i in strays:
        line = drafts[i].blocks[0].lines[0].text
        words = _WORD.findall(line)
        if not words:
            continue
        head, tail = words[0].lower(), words[-1].lower()
        own = Terms(line, shortest=3)  # content words
        gains: list[tuple[float, int, int]] = []
        for j in range(max(0, i - NEAR_ARTICLES), min(len(drafts), i + NEAR_ARTICLES + 1)):
            if j == i or j in gone or _stray(drafts[j]):
                continue
            blocks = drafts[j].blocks
            shared = STRAY_TERMS * own.share(flow_text(drafts[j]))
            for k in range(len(blocks) - 1):
                a, b = blocks[k], blocks[k + 1]
                if a.kind is not BODY or b.kind is not BODY:
                    continue
                left, right = _last_word(a), _first_word(b)
                if not left or not right or ends_sentence(a.lines[-1].text):
                    continue
                if model.listed(left, right):
                    continue  # the blocks read on as they are (a common word pair)
                gain = (model.cond(left, head) + model.cond(tail, right)
                        - model.cond(left, right) + shared)
                gains.append((gain, j, k + 1))
        gains.sort(reverse=True)
        if gains and (len(gains) == 1 or gains[0][0] - gains[1][0] >= STRAY_MARGIN):
            _, j, k = gains[0]
            drafts[j].blocks.insert(k, drafts[i].blocks[0])
            gone.add(i)
    return [d for n, d in enumerate(drafts) if n not in gone]


def _stray(d: Flow) -> bool:
    if len(d.blocks) != 1 or d.jump is not None:
        return False
    return stray_line(d.blocks[0])


def stray_line(block: Block) -> bool:
    """A body block of one line that goes on in lower case and mid-sentence, with no
    word broken at its end: words an extractor wrote apart from their column."""
    if block.kind is not BODY:
        return False
    lines = block.lines
    return (len(lines) == 1 and lines[0].text[:1].islower()
            and not ends_sentence(lines[0].text) and not lines[0].text.endswith("-"))


def _last_word(block: Block) -> str:
    words = _WORD.findall(block.lines[-1].text) if block.lines else []
    return words[-1].lower() if words else ""


def _first_word(block: Block) -> str:
    text = block.lines[0].text if block.lines else ""
    words = _WORD.findall(text)
    return words[0].lower() if words and text[:1].islower() else ""
