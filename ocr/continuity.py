"""Sentence continuity in text without geometry: which article a block goes on with.

An extractor writes columns one after another, not always in the paper's order: a
column's end may come after another article, a story's last columns before its
headline. With no positions to go by, the text itself says where a block belongs: a
sentence left open goes on in the block that finishes it (in English, one that starts
in lower case), a column that goes on in mid-paragraph belongs to an article that
ends mid-sentence, and the terms a block shares with an article say which. These rules
serve ``ocr.assemble`` block by block during its walk, mostly for text pages (a page with
geometry asks only ``resumed_below``, for a dogleg's tail). What is decided after the
walk is apart: pending columns (``ocr.pending_columns``), stray lines
(``ocr.stray_lines``) and columns written away from their story
(``ocr.misplaced_columns``); so are headless briefs and byline blocks (``ocr.briefs``).
What these rules read of an article's end and of a page's paragraphs (a sentence left
open, a full line) is ``ocr.story_flow``'s.
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, ne

from .briefs import BRIEF_LETTERS
from .column_flow import goes_on
from .dated_briefs import column_after_dated_brief
from .letter_pairs import (
    DENSE_TO_RESUME,
    DENSER_TO_RESUME,
    JOIN_MARGIN,
    JOIN_ZIPF,
    OPENING_CHARS,
    RESUME_BACK,
    SHARED_TO_RESUME,
    RecentText,
    column_head,
    join_word,
    pair_density,
    talks,
)
from .linejoin import hyphen_is_wrap, last_letters
from .markers import opens_article, opens_news_item
from .model import BODY, Block
from .paragraphs import cjk_first_line, cjk_full_line
from .profiles import CompiledMarkers
from .read_on import read_on_best
from .story_flow import LATIN_WORD, F, Flow, ends_sentence_block, last_body
from .terms import cjk_pairs
from .typography import ends_on_note, ends_sentence, text_width

#: A headline is scored against at most this many articles on each side of it in reading
#: order (a printed page has fewer), so a huge text page stays linear; the closing banner
#: is scored against every article.
NEAR_ARTICLES = 50


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
    full: float = 0.0, memo: Lookback | None = None, recent: RecentText | None = None,
) -> F | None:
    """In text without geometry, the earlier article that ``block`` goes on with, if any.

    An extractor may write a column's end after another article's text: an article
    left mid-sentence (no jump line), then an article whose text ends a sentence, then
    a block that opens nothing. The block finishes the sentence left open, as a
    column break in mid-sentence does (in English it starts in lower case, which also
    lets it reach past articles that ended properly, or follow a headline or jump; in
    a Chinese column, given the width ``full`` of a full line, it does not start with
    a paragraph's first line, set two characters short). A walk passes one ``memo``
    for all its blocks, so each block costs a few questions, not one per article.

    In Chinese, where two stories are left open (``…客流集`` / ``…相关负责人``), the
    text says which one a column goes on with (``pair_density``, given ``recent``): the
    one it talks of; a story a column was taken back to keeps taking the columns that
    go on (the extractor reads that story's columns in turn). In English, a block on a
    capital goes back only past a brief its dateline opened (``dated_briefs``)."""
    first = block.lines[0].text if block.lines else ""
    lower = bool(first) and first[0].islower()
    if lang != "zh" and current is not None and first[:1].isupper():
        return column_after_dated_brief(drafts, current, block, m)  # (most: None)
    if not first or (lang != "zh" and not lower):
        return None
    if lang == "zh" and full > 0 and len(block.lines) >= 2 and (
            cjk_first_line(text_width(first), full)):
        return None  # a paragraph's first line: the block starts a paragraph
    if current is None and not lower:
        return None

    def passed(d: F) -> bool:  # the article being written, or one opened after it
        return d is current or (current is not None and d.end >= current.start)

    lo = max(0, len(drafts) - NEAR_ARTICLES)  # the nearest ones: a huge page stays linear
    if lang == "zh" and recent is not None and current is not None and current.has_body:
        return _open_story(drafts, current, block, m, memo or Lookback(), lo, recent,
                           full > 0 and cjk_full_line(text_width(first), full))
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
    if lower:  # the article left mid-sentence that the block's first word reads on best
        opened = [drafts[i] for i in (memo or Lookback()).open_among(drafts, lo)
                  if not passed(drafts[i])]
        return read_on_best(opened, first) if opened else None
    # Only the article just before: older ones were finished.
    d = next((d for d in reversed(drafts[lo:]) if not passed(d)), None)
    if d is not None and d.jump is None and d.has_body and not ends_sentence_block(d):
        return d
    return None


def _open_story(
    drafts: list[F], current: F, block: Block, m: CompiledMarkers, memo: Lookback, lo: int,
    recent: RecentText, full_line: bool,
) -> F | None:
    """Chinese text: the story other than ``current`` that ``block`` (not a paragraph's
    first line) goes on with: another open story that the block talks of
    (``SHARED_TO_RESUME`` pairs) clearly more densely than of ``current``
    (``DENSER_TO_RESUME``: common pairs, 记者, 表示, 工作, are in every story). While
    ``current`` is open, never when ``current`` was itself taken back to (an earlier
    story, read on after a later one opened): its columns come in turn. When
    ``current`` ended its sentence and the block talks of no story, the story read
    just before ``current`` if that is open (older ones were finished; after a story
    taken back, the nearest open one opened after it too), only when the block starts
    with a ``full_line`` or is one short line that ends a sentence (a paragraph's last:
    ``部熄灭。``); a paragraph's first line or a crosshead (``补偿方案怎么定``), set short
    and ending none, goes on with ``current``, as does one that talks of it."""
    taken_back = current is not drafts[-1]
    open_now = not ends_sentence_block(current)
    if (open_now and taken_back) or opens_article(block, m):
        return None
    later_ok = taken_back and not open_now
    others = [drafts[i] for i in memo.open_among(drafts, lo) if drafts[i] is not current
              and (later_ok or drafts[i].end < current.start)]
    if not others:
        return None
    own = cjk_pairs(block.text[:OPENING_CHARS])
    talk = {id(d): pair_density(recent.of(d), own) for d in [current, *others]}
    best = max(reversed(others), key=lambda d: talks(talk[id(d)]))  # of equals, the nearest
    here = talk[id(current)][0]  # how densely it talks of current, with no floor
    if talks(talk[id(best)]) > DENSER_TO_RESUME * here:
        return best
    if open_now:
        if here > DENSER_TO_RESUME * talks(talk[id(best)]):
            return None
        # Neither talks of it more: the word the column break cut (``…一经发`` /
        # ``现将按违纪处理。``: 发现, not ``…派出专家来`` + 现).
        head = column_head(block)
        joins = {id(d): join_word(recent.of(d), head) for d in [current, *others]}
        word = max(reversed(others), key=lambda d: joins[id(d)])
        return word if (joins[id(word)] >= JOIN_ZIPF
                        and joins[id(word)] - joins[id(current)] >= JOIN_MARGIN) else None
    if talks(talk[id(best)]) > 0 or talks(talk[id(current)]) > 0:
        return None  # it talks of current as much as of the other, or of current alone
    if not full_line and not (len(block.lines) == 1 and ends_sentence(block.text)):
        return None  # a paragraph's first line, a crosshead: no sentence's rest
    before = next((d for d in reversed(drafts[lo:]) if d is not current
                   and (later_ok or d.end < current.start)), None)
    return before if before is not None and before is others[-1] else None


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


def resumed_by_terms(
    drafts: list[F], current: F | None, block: Block, recent: RecentText, full: float = 0.0,
    heading: str = "",
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
    it, as ``terms.terms_among`` does: making them costs several times as much.)

    The current article may be left mid-sentence too when the block opens with a
    paragraph's first line (two characters short of the width ``full`` of a full line),
    which goes on with no sentence: a brief's first column cut off at its foot
    (``…亲子阅读、名``), then the story above it finished (``据市民政局介绍，…``)."""
    if current is None or current.pending or not current.has_body:
        return None
    back = [d for d in drafts[-RESUME_BACK - 1:] if d is not current
            and not d.pending and d.jump is None and d.has_body]
    if not back or not (ends_sentence_block(current) or (
            full > 0 and len(block.lines) >= 2
            and cjk_first_line(text_width(block.lines[0].text), full))):
        return None
    own = cjk_pairs(block.text[:OPENING_CHARS])
    if len(own) < SHARED_TO_RESUME:
        return None

    # The other article first: most blocks share too little with it to ask more.
    best, dense = max(((d, pair_density(recent.of(d), own)) for d in back),
                      key=lambda x: x[1][0])
    if talks(dense) < DENSE_TO_RESUME:
        return best if _after_whole_brief(
            drafts, current, best, dense, block, recent, heading) else None
    if not ends_sentence_block(best):
        return None
    return best if dense[0] >= DENSER_TO_RESUME * pair_density(recent.of(current), own)[0] else None


#: A paragraph read after a whole brief that shares none of its letter pairs goes back
#: to the story read just before the brief when it holds this many of the paragraph's
#: pairs (a name and a few words: ``林女士``, ``转账``, ``银行``), this densely: half the
#: bars a column woven into a story's own text must clear (``DENSE_TO_RESUME``).
SHARED_AFTER_BRIEF, DENSE_AFTER_BRIEF = 3, 0.2
#: A brief's head names what its one paragraph tells (``全国秋粮收获过六成`` over
#: ``…全国秋粮已收获六成以上…``): this many of its letter pairs are in the text under it.
HEAD_PAIRS = 2


def _after_whole_brief(
    drafts: list[F], current: F, story: F, dense: tuple[float, int], block: Block,
    recent: RecentText, heading: str,
) -> bool:
    """Chinese: whether a paragraph read after ``current``, a brief whose text is whole
    (one block, a few lines under ``BRIEF_LETTERS``, its sentence ended), goes back to
    ``story``, the article read just before the brief, which ended a sentence too.

    An extractor writes a story's column, then a brief set under it or beside it (its
    head and its one paragraph: ``全国秋粮收获过六成`` / ``据新华社电…收获进度快于去年
    同期。``), then the story's next paragraph (``就在林女士准备转账8万元时，银行…``).
    The brief is whole, so nothing of it is left to come; the paragraph shares not one
    letter pair with it, and several with the story (``SHARED_AFTER_BRIEF``): the bars a
    column must clear against a story it is woven into (``DENSE_TO_RESUME``) are for two
    texts that both go on, not for one that has ended. A paragraph that shares a pair
    with the brief or its ``heading`` (its follow-up, a second brief on its subject)
    stays. The brief is known whole by its head naming its text (``HEAD_PAIRS``: a
    story's stack over its first column may name nothing of it, and the story goes on)
    or, with no head, by the paper's signature opening it (``本报讯（记者 石秋菊）…``);
    an item ended on a note before it (``（记者 戴雨桐）``) is whole too, and no story."""
    body = [b for b in current.blocks if b.kind is BODY and b.lines]
    if (drafts[-1] is not current or len(drafts) < 2 or drafts[-2] is not story
            or len(body) != 1 or len(body[0].lines) < 2 or len(body[0].text) > BRIEF_LETTERS
            or not (ends_sentence_block(current) and ends_sentence_block(story))):
        return False  # (a piece of a line, ``了。``, is no brief)
    last = last_body(story)
    if last is None or ends_on_note(last.text):
        return False  # (a brief signed ``（记者 戴雨桐）`` is whole too: no story goes on)
    opening = block.text[:OPENING_CHARS]
    if pair_density(recent.of(current) + heading, cjk_pairs(opening))[1] > 0:
        return False
    if not (opens_news_item(body[0].text) if not heading
            else pair_density(recent.of(current), cjk_pairs(heading))[1] >= HEAD_PAIRS):
        return False  # (a head that names nothing of the text under it heads more to come)
    return dense[1] >= SHARED_AFTER_BRIEF and dense[0] >= DENSE_AFTER_BRIEF


def jump_owner(drafts: list[F]) -> F | None:
    """The story a jump line read where no article is open (after a heading or a photo)
    goes with: the one that ends just above it, whose column it closes (``（下转第2版）``,
    ``Continued on Page 4``). That is not always the story opened last: a column taken
    back to an earlier story (``resumed``) ends that story after the later one."""
    return max(reversed(drafts), key=_END, default=None)  # of equals, the latest


def resumed_after_photo(drafts: list[F], block: Block, recent: RecentText) -> F | None:
    """In Chinese text without geometry, the story that a paragraph read after a photo,
    where no article is open (a deck set across columns, written away from its headline,
    came before the photo), goes on with: the story that ends just above, when the
    paragraph talks of it as a dogleg's column does of its story (``resumed_by_terms``'
    bars). A Chinese story opens with its byline or under its headline, not after a
    photo; one that opens with neither and talks of another topic stays apart."""
    owner = jump_owner(drafts)
    if owner is None or owner.pending or owner.jump is not None or not owner.has_body:
        return None
    dense = talks(pair_density(recent.of(owner), cjk_pairs(block.text[:OPENING_CHARS])))
    return owner if dense >= DENSE_TO_RESUME else None


def _wraps_into(d: Flow, first: str) -> bool:
    """``d``'s text ends on a word broken at a line end that ``first`` (a line that goes
    on in lower case) finishes: ``…Weather Service confi-`` / ``rmed that…``."""
    last = last_body(d)
    if last is None:
        return False
    end = last.lines[-1].text[-40:].removesuffix("\n")  # (as ``-$`` reads it)
    tail = last_letters(end[:-1]) if end.endswith("-") else ""
    head = LATIN_WORD.match(first)
    return bool(tail) and head is not None and hyphen_is_wrap(tail, head.group())
