"""Headline groups and the articles they head: by position on a page with geometry, by
the terms they share with an article's text on a page without.

An extractor often writes a headline after its article's body or at the very end of the
page, and runs a kicker, a headline and a deck together, or two articles' headlines into
one group; so on text pages a group is split where its headlines talk about different
articles, and each part goes to the article it talks about (or right before which it is
printed). Kept apart from the walk in ``ocr.assemble`` because these rules read only
heading blocks and article texts, never the reading order's cuts.
"""

from __future__ import annotations

import bisect
import dataclasses
import statistics
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Protocol, TypeVar

from .continuity import NEAR_ARTICLES
from .model import HEADLINE, KICKER, SUBHEADLINE, Block, BlockKind, Line
from .script import is_cjk, is_han, written_right_to_left
from .terms import cjk_pairs, latin_stems, terms, terms_among
from .typography import ends_sentence, goes_on, join_lines, text_width

#: A headline must share this share of its terms with an article's text to be attached by content.
MIN_CONTENT_SCORE = 0.25
#: Bonus for a headline group printed right before an article's first block, or right after it
#: (less: a group printed after an article is its candidate only by content, see ``attach``).
BEFORE_BONUS, AFTER_BONUS = 0.3, 0.1


@dataclass
class HeadingGroup:
    """Consecutive heading blocks; split later if its parts belong to different articles."""

    start: int
    blocks: list[Block] = field(default_factory=list)
    banner: bool = False

class Headed(Protocol):
    """An article being put together (``assemble``'s draft), as these rules see it."""

    start: int
    end: int
    groups: list[HeadingGroup]


class Captioned(Protocol):
    """A photo item being put together, as these rules see it."""

    start: int
    end: int
    title: Block | None


D = TypeVar("D", bound=Headed)


def take_photo_titles(
    groups: list[HeadingGroup], photos: Sequence[Captioned], starts: Collection[int] = (),
    opens: Collection[int] = (), signed: Collection[int] = (),
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
    credit / ``Rail trail extension opens to cyclists`` / ``By COLE PETERSEN``).
    """
    by_start = {g.start: g for g in groups}
    for photo in photos:
        before = by_start.get(photo.start - 1)
        titled = (before is not None and len(before.blocks) == 1
                  and _short_title(before.blocks[0]))
        for start in (photo.end + 1, photo.start - 1):
            if start == photo.start - 1 and photo.end + 1 in starts:
                continue
            g = by_start.get(start)
            if g is None or len(g.blocks) != 1 or not _short_title(g.blocks[0]):
                continue
            if start == photo.end + 1 and (titled and start + 1 in opens
                                           or start + 1 in signed):
                continue
            photo.title = g.blocks[0]
            g.blocks.clear()
            break


def titles_by_terms(
    groups: list[HeadingGroup], photos: Sequence[Captioned], captions: Sequence[str],
    articles: Sequence[tuple[int, str]],
) -> None:
    """Text without geometry: a short CJK heading that opens its group (a kicker's place)
    is a photo's title when the photo's caption holds its letter pairs more densely
    than any article's text does (pairs held over the square root of the text's length),
    and the article right under the heading holds none of them.

    A photo's title is printed over the photo, its caption under it: an extractor writes
    the title among the headings at the photo's top, far from the caption
    (``荷花盛开`` … ``市民在江阳湿地公园赏荷拍照…``). What the title names, the caption
    tells; a story's own heading is held by the story under it."""
    starts = [a for a, _ in articles]
    g_starts = [g.start for g in groups]
    for photo, caption in zip(photos, captions, strict=True):
        if photo.title is not None or not caption:
            continue
        at = bisect.bisect_left(g_starts, photo.start)  # the groups near it: a huge page
        for g in groups[max(0, at - NEAR_ARTICLES) : at + NEAR_ARTICLES]:  # stays linear
            if not g.blocks or not _short_title(g.blocks[0]) or not _has_cjk(g.blocks[0].text):
                continue
            own = cjk_pairs(g.blocks[0].text)
            i = bisect.bisect_right(starts, g.start + len(g.blocks) - 1)
            if not own or (i < len(articles) and any(p in articles[i][1] for p in own)):
                continue
            held = sum(p in caption for p in own) / len(caption) ** 0.5
            near = articles[max(0, i - NEAR_ARTICLES) : i + NEAR_ARTICLES]
            if held > 0 and all(sum(p in t for p in own) / max(1, len(t)) ** 0.5 < held
                                for _, t in near):
                photo.title = g.blocks.pop(0)
                g.start += 1  # the group's headings now start a block later
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


class ArticleTerms:
    """Each article's terms that a heading may share (``grams``, in the articles'
    order), and how many of a heading's terms each article near it shares.

    Only the terms of the page's headings are looked for in the articles (``terms_among``):
    a score counts the terms a heading shares, so the articles' other terms never count.
    A heading scored is one of ``headings`` or several of them joined with spaces, whose
    terms are theirs (no CJK pair or Latin word spans a space); should another come, the
    articles are looked at again for its terms, so a score never misses one.

    ``split_groups`` scores each heading block and ``attach`` then each group, most often
    one of those blocks over the same articles: a score is worked out once, kept until
    ``attach`` has taken it as often as it was asked for (a heading printed several times
    over the same articles is worked out once, too; a 10 MB page has tens of thousands of
    headlines: they are not all kept longer).

    A score is read from the articles that hold each of the heading's terms (``_holding``),
    not from each article near it: a heading's few terms are in few of the hundred
    articles it is scored against, and only those that share one are counted."""

    def __init__(self, articles: list[str], headings: Iterable[str]) -> None:
        self._articles = articles
        self._pairs: set[str] = set()  # the headings' CJK pairs
        self._stems: set[str] = set()  # and their Latin stems
        self.grams: list[frozenset[str]] = []
        self._learn(headings)
        self._kept: dict[tuple[str, int, int], tuple[int, Shares]] = {}
        self._owed: dict[tuple[str, int, int], int] = {}  # a kept score's takes to come

    def _learn(self, headings: Iterable[str]) -> None:
        """Look for the terms of ``headings`` too in the articles (all of them, afresh)."""
        for text in headings:
            self._pairs |= cjk_pairs(text)
            self._stems |= latin_stems(text)
        self._known = self._pairs | self._stems
        self.grams = [terms_among(a, self._pairs, self._stems) for a in self._articles]
        self._holding: dict[str, list[int]] = {}  # the articles holding each term, in order
        for i, found in enumerate(self.grams):
            for term in found:
                self._holding.setdefault(term, []).append(i)

    def _worked_out(self, text: str, near: range) -> tuple[int, Shares]:
        h = terms(text)
        if not h <= self._known:
            self._learn((text,))
        return len(h), _shared(h, self._holding, near)

    def score(self, text: str, near: range) -> tuple[int, Shares]:
        """How many terms the heading ``text`` has, and how many of them each article
        in ``near`` that shares any shares, by the article's
        index; kept for ``take``."""
        key = (text, near.start, near.stop)
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = self._worked_out(text, near)
        self._owed[key] = self._owed.get(key, 0) + 1
        return found

    def take(self, text: str, near: range) -> tuple[int, Shares]:
        """``score``, forgotten once taken as often as it was scored: the last time a
        heading is scored."""
        key = (text, near.start, near.stop)
        owed = self._owed.pop(key, 0)
        if owed > 1:
            self._owed[key] = owed - 1
            return self._kept[key]
        found = self._kept.pop(key, None)
        return found if found is not None else self._worked_out(text, near)


def split_groups(
    groups: list[HeadingGroup], grams: ArticleTerms, starts: list[int]
) -> list[HeadingGroup]:
    """Split a group where consecutive headlines clearly talk about different articles
    (an orphaned headline run into the next article's, or into the page's closing
    banner). A headline that matches nothing clearly goes with the one after it, as
    a kicker goes with its main headline."""
    out: list[HeadingGroup] = []
    for g in groups:
        if not g.blocks:
            continue
        near = _near(starts, g.start, g.banner)
        scored = [_scored(b, grams, near) for b in g.blocks]
        best = [_best(*x) for x in scored]
        before = None
        for k in range(len(best)):
            # A headline that shares a good part of its terms with one article and none
            # with the article a headline before it clearly talks about is that
            # article's: two stories' headline groups written one after the other
            # (``高校毕业生专场招聘会提供`` / ``岗位1.2万个`` / ``我市进入主汛期`` /
            # ``全力以赴做好防汛…``).
            if best[k] is None and before is not None:
                leaning = _leaning(*scored[k])
                if leaning is not None and leaning != before and before not in scored[k][1]:
                    best[k] = leaning
            before = best[k] if best[k] is not None else before
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
        parts = [HeadingGroup(start=g.start, blocks=[g.blocks[0]])]
        for k in range(1, len(g.blocks)):
            if best[k] != best[k - 1]:
                parts.append(HeadingGroup(start=g.start + k, blocks=[]))
            parts[-1].blocks.append(g.blocks[k])
        parts[-1].banner = g.banner
        out.extend(parts)
    return out


def _scored(block: Block, grams: ArticleTerms, near: range) -> tuple[int, Shares]:
    return grams.score(block.text, near)


def _best(size: int, shared: Shares) -> int | None:
    """The article a headline (with ``size`` terms, ``shared`` with each article)
    clearly talks about, if any."""
    return _most(size, shared, 2 * MIN_CONTENT_SCORE)


def _leaning(size: int, shared: Shares) -> int | None:
    """The article a headline talks about more than any other, if it shares as much of
    its terms as a candidate article must (``attach``)."""
    return _most(size, shared, MIN_CONTENT_SCORE)


def _most(size: int, shared: Shares, least: float) -> int | None:
    if size < 3:
        return None  # a kicker's two words (CITY HALL) match by chance
    if not shared:
        return None
    s, i = max(zip(shared.values(), shared, strict=True))  # of equals, the last article
    return i if s / size >= least else None


#: How many of a heading's terms each article shares, by the article's index (the
#: articles that share none left out).
Shares = dict[int, int]


def _shared(h: frozenset[str], holding: dict[str, list[int]], near: range) -> Shares:
    """How many of the terms ``h`` each article in ``near`` shares, for those that share
    one: counted from C over the articles that hold
    each term (``holding``, in order), found by bisection. Each headline is scored
    against a hundred articles, and a 10 MB page has tens of thousands of headlines."""
    found = []
    for term in h:
        at = holding.get(term)
        if at:
            found.append(at[bisect.bisect_left(at, near.start) : bisect.bisect_left(at, near.stop)])
    return Counter(chain.from_iterable(found))


def attach_by_position(groups: list[HeadingGroup], drafts: list[D]) -> None:
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


def attach(groups: list[HeadingGroup], drafts: list[D], grams: ArticleTerms) -> list[Block]:
    """Give each headline group to at most one article; return the headlines left over."""
    candidates: list[tuple[float, int, int, float]] = []
    textual = all(b.box is None for g in groups for b in g.blocks)
    placed = {id(g) for d in drafts for g in d.groups}
    starts = [d.start for d in drafts]
    opening: dict[int, list[int]] = {}  # the articles that start at a position
    for di, d in enumerate(drafts):
        opening.setdefault(d.start, []).append(di)
    for gi, g in enumerate(groups):
        if id(g) in placed:
            continue
        g_end = g.start + len(g.blocks) - 1
        near = _near(starts, g.start, g.banner)
        size, shares = grams.take(" ".join([b.text for b in g.blocks]), near)
        # Only an article that shares enough of the terms or starts right below is a
        # candidate (printed right after one is worth less than either alone): the
        # articles that share none are not among the shares.
        chosen = {di for di, shared in shares.items() if shared / size >= MIN_CONTENT_SCORE}
        # In text, an article right below that shares none of the group's terms is no
        # candidate when another shares enough: a second story's headline group written
        # right after the first's (pdfminer) is not the first story's deck.
        below = opening.get(g_end + 1, ())
        chosen.update(di for di in below if di in near
                      and not (textual and chosen and di not in shares))
        for di in chosen:
            d = drafts[di]
            score = shares.get(di, 0) / size if size else 0.0  # the share of h's terms
            bonus = BEFORE_BONUS if g_end + 1 == d.start else 0.0
            if d.end >= 0 and g.start in (d.end + 1, d.end + 2):
                bonus = max(bonus, AFTER_BONUS)
            # best first, then by group and article (each pair once: the score never decides)
            candidates.append((-(score + bonus), gi, di, score))
    taken: set[int] = set()
    for _, gi, di, content in sorted(candidates):
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


#: A headline as read: its text and the lines it was joined from (for its word spans).
Heading = tuple[str, tuple[Line, ...]]


def roles(
    groups: list[HeadingGroup], text: str = ""
) -> tuple[Heading | None, tuple[Heading, ...], Heading | None]:
    """Kicker, main headlines and subheadline of an article's headline groups (``text``:
    the article's, which tells a CJK headline wrapped in a narrow column, see
    ``_rejoined``)."""
    kicker = sub = None
    heads: list[Heading] = []
    for g in sorted(groups, key=lambda g: (not g.banner, g.start)):
        texts = _rejoined([(b.kind, t) for b in _rewrapped(g.blocks) for t in _heading_units(b)],
                          text)
        explicit = any(k is not HEADLINE for k, _ in texts)
        if not explicit and not g.banner and len(texts) >= 2:
            # Kicker above, main, subheadline below; of two, the shorter first line is a
            # kicker if, in Latin type, it is a label: in capitals over a line that is
            # not, or of three words at most (``CITY HALL``, ``Election 2024``); a
            # longer first line is the headline over its deck (``Fire guts Dock Street
            # warehouse`` / ``No injuries reported; cause under investigation``).
            first, second = texts[0][1][0], texts[1][1][0]
            if len(texts) >= 3 or (text_width(first) < text_width(second)
                                   and _kicker_label(first, second)):
                texts[0] = (KICKER, texts[0][1])
            if len(texts) >= 3 or texts[0][0] is not KICKER:
                texts[-1] = (SUBHEADLINE, texts[-1][1])
        for k, t in texts:
            if k is KICKER and kicker is None:
                kicker = t
            elif k is SUBHEADLINE and sub is None:
                sub = t
            else:
                heads.append(t)
    return kicker, tuple(heads), sub


#: Words a kicker has at most in Latin type, unless it is set in capitals.
KICKER_WORDS = 3


def _kicker_label(first: str, second: str) -> bool:
    """Whether heading line ``first`` over ``second`` may be a kicker: in CJK any line
    may (a 引题 is often a clause of its own); in Latin type a label, in capitals over a
    line that is not, or of ``KICKER_WORDS`` words at most."""
    if any(map(is_cjk, first)):
        return True
    return (first.isupper() and not second.isupper()) or len(first.split()) <= KICKER_WORDS


#: A headline block set under another within this share of its type's height, at its
#: left edge (within half of it), or along its last line, and in type at least this share
#: of its size goes on with it: an engine cut a wrapped headline into zones (Tesseract's
#: hOCR gives ``Storms``, the last word of ``County Fair Draws Record / Crowd Despite
#: Afternoon``, a zone of its own). A deck is set in smaller type.
REWRAP_GAP, REWRAP_SIZE = 1.0, 0.8


def _rewrapped(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each headline an engine cut into stacked zones made whole again."""
    out: list[Block] = []
    for b in blocks:
        up = out[-1] if out else None
        if (up is not None and up.kind is b.kind is HEADLINE and up.box and b.box
                and (sizes := (_type_height(up), _type_height(b))) and min(sizes) > 0):
            under = (-2 <= b.box.y - up.box.bottom <= REWRAP_GAP * sizes[0]
                     and abs(b.box.x - up.box.x) <= 0.5 * sizes[0])
            if ((under or _same_line(up, b, sizes[0]))
                    and REWRAP_SIZE * max(sizes) <= min(sizes) and _one_style(up, b)):
                out[-1] = dataclasses.replace(up, lines=(*up.lines, *b.lines),
                                              box=up.box.union(b.box))
                continue
        out.append(b)
    return out


def _same_line(up: Block, b: Block, size: float) -> bool:
    """``b`` goes on along ``up``'s last line, less than a type height to its right (an
    engine cut one line into two zones: ``Busy Holiday`` | ``Season``; a neighbour's
    headline stands a gutter away)."""
    last = up.lines[-1].box if up.lines else None
    if last is None or b.box is None or written_right_to_left(up.text):
        return False  # (right to left, a line goes on to its left: not looked for)
    overlap = min(last.bottom, b.box.bottom) - max(last.y, b.box.y)
    return 0 <= b.box.x - last.right <= size and overlap >= 0.5 * min(last.h, b.box.h)


def _one_style(up: Block, below: Block) -> bool:
    """Whether ``below`` may go on with the headline ``up``: ``up`` ends no sentence (an
    old paper's deck items each end with a full stop) and both are set in capitals or
    neither is. (Font sizes are no help: without an engine's styles they are line
    heights, which descenders sway.)"""
    return not ends_sentence(up.lines[-1].text) and up.text.isupper() == below.text.isupper()


def _type_height(block: Block) -> float:
    """How tall ``block``'s type is: the median height of its words' boxes (a line's
    box grows with descenders and with specks read as words; most words are neither),
    else of its lines' (0 without boxes)."""
    heights = [w.box.h for ln in block.lines for w in ln.words if w.box is not None]
    heights = heights or [ln.box.h for ln in block.lines if ln.box is not None]
    return statistics.median(heights) if heights else 0.0


def _heading_units(block: Block) -> list[Heading]:
    """The headlines a heading block holds. On a scan a block is one headline wrapped
    over its lines; in text without geometry an extractor stacks a kicker, headline
    and deck as lines of one block, and a line goes on from the one above only as
    ``typography.goes_on`` says (it starts in lower case: ``Dry spell drops reservoir to
    lowest`` / ``level in a decade``; the line above ends in a hyphen; in title case or
    capitals, it ends as no heading ends)."""
    lines = [line for line in block.lines if line.text]
    if block.box is not None or len(lines) < 2:
        return [(join_lines([ln.text for ln in lines]), tuple(lines))]
    units: list[list[Line]] = [[lines[0]]]
    for ln in lines[1:]:
        if goes_on(join_lines([u.text for u in units[-1]]), ln.text):
            units[-1].append(ln)
        else:
            units.append([ln])
    return [(join_lines([ln.text for ln in u]), tuple(u)) for u in units]


def _rejoined(
    texts: list[tuple[BlockKind, Heading]], article: str = ""
) -> list[tuple[BlockKind, Heading]]:
    """Heading units of text without geometry with a headline a blank line cut made whole
    again (``County Fair Draws Record`` / ``Crowd Despite Afternoon`` / blank / ``Storms``,
    as Tesseract writes a headline whose last line is set a little apart), and a CJK
    headline wrapped in a narrow column (``_cjk_wrapped``)."""
    out: list[tuple[BlockKind, Heading]] = []
    for kind, (text, lines) in texts:
        if out and kind is HEADLINE and out[-1][0] is HEADLINE and lines and not any(
            ln.box for ln in lines
        ) and (goes_on(out[-1][1][0], lines[0].text)
               or _cjk_wrapped(out[-1][1][0], lines[0].text, article)):
            held = (*out[-1][1][1], *lines)
            out[-1] = (HEADLINE, (join_lines([ln.text for ln in held]), held))
        else:
            out.append((kind, (text, lines)))
    return out


def _cjk_wrapped(above: str, below: str, article: str) -> bool:
    """Whether CJK heading line ``below`` is the rest of ``above``, a headline wrapped in
    a narrow column (``市博物馆暑期推`` / ``出“夜场”``), not a deck under it: shorter than
    ``above``, which ends on a letter, and either the word cut at the line end is one the
    article's text holds (``推出``) or ``below`` is three ems at most (``“夜场”``: no
    deck is so short). A kicker stands over a longer headline, a CJK deck is most often
    longer than its headline, and a headline ends a word."""
    a, b = above.rstrip()[-1:], below.lstrip()[:1]
    if not (article and is_han(a)):
        return False
    width = text_width(below)
    return width < text_width(above) and (
        width <= 3 or is_han(b) and a + b in article)
