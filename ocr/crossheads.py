"""Crossheads in text without geometry. Chinese: a short line between two paragraphs of one
story (小标题: ``助餐服务最受欢迎`` between ``…由专业养老机构运营。`` and ``在各类服务中，助餐
最受老人欢迎。``).

Once type size is lost a crosshead has a headline's shape, and read as one it parted the
story in two: the text under it became a headless story of its own. What tells it from
the headline of a brief set under another item is what the text under it talks about: a
story's later section goes on with the letter pairs of the story's own text since its
opening, a brief under it speaks of other things (``letter_pairs``: as a lead brief is
told from a story's next paragraph, ``briefs.lead_brief``). A section that turns to a
new subject (``多部门提前部署`` / ``市城管局已安排除冰车…``) shares few pairs, but says by its
form that it goes on: it runs on over two paragraphs where a brief under a headline holds
one, or it opens on words that refer back (``据了解，``, ``此外，``), not on a lead. The
line stays body; the paragraph rules set it apart as a paragraph of its own.

English (``crosshead_en``): a recipe's ``Ingredients (serves 4)`` / ``Method`` between a
story's paragraphs; the section under it goes on with the story's own content words
(``terms.content_stems``), or opens on a list, which no brief's lead does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .briefs import BRIEF_LETTERS
from .crosshead_sections import CROSSHEAD_WORDS
from .heading_words import listing_head
from .leads import NOTICE_KINDS, notice_head, opens_lead
from .model import BODY, BYLINE, CREDIT, FURNITURE, HEADLINE, JUMP, Block, BlockKind
from .paragraphs import (
    FIRST_LINE_SHORT,
    FULL_WITHIN,
    cjk_first_line,
    column_width,
    paragraph_lines,
    short_line,
)
from .script import HAN, korean
from .terms import cjk_pairs, content_stems
from .typography import ends_on_note, ends_sentence, leads_on, text_widths

#: The story's text above, read back to its opening (its byline), and the section below,
#: read on to the next item's opening, in characters at most.
ABOVE_CHARS, BELOW_CHARS = 600, 300
#: Letter pairs of the section below found in the story's text above that make it the
#: same story: a brief's text shares 0-1 with the item above it on the study pages
#: (11月, 城区 at most 4 by chance), a story's later section 4-15.
SAME_STORY = 5
#: ... or this many with it and with the story's headings (``_headings_over``): a brief's
#: text shares 0-1 with the headline and deck of the story above it on the study pages
#: (``周末``), a story's later section 4-7.
SAME_HEADINGS = 3
#: A line this short (``经济``, ``民生``) is a section's label or a kicker, no crosshead,
#: unless the story sets another as short between its paragraphs (``_in_series``).
SHORTEST = 4
#: A line of two or three Han letters and no mark: a label's, or a short crosshead's shape.
_SHORT_HEAD = re.compile(f"[{HAN}]{{2,{SHORTEST - 1}}}")
#: Furniture this long or shorter may be a briefs column's label (``简讯``, ``本地快讯``),
#: which parts what is under it from the story above; longer furniture does not.
LABEL_CHARS = 6
#: A later paragraph's opening that goes on from what the story told before it (``据了解，
#: 明年…``, ``此外，``, ``与此同时，``, ``记者了解到，``); a news item's lead never opens so.
_REFERS_BACK = re.compile(
    r"(?:据(?:了解|介绍|统计)|记者(?:了解|注意)到|此外|另外|与此同时|同时|对此|为此|其中)[，,]")


#: Two blocks are set on one column's measure when their full lines differ by this many
#: ems at most (a half-width mark or figure either way).
SAME_MEASURE_EMS = 1.0
#: A line that ends on a clause's letters after a clause mark inside: running text cut.
_CLAUSE_OPEN = re.compile(r"[，；：][^，。；：！？]+$")
#: Column breaks a section's first paragraph is followed over, at most.
RUNS_ON = 2


def crosshead(blocks: list[Block], kinds: list[BlockKind], i: int,
              opens: Callable[[int], bool]) -> bool:
    """Whether one-line block ``i``, between body text that ended its sentence and body
    text that opens no article (``opens``: no byline, no dateline), is a crosshead of the
    story above: the text below shares ``SAME_STORY`` letter pairs with it, or
    ``SAME_HEADINGS`` with it and as many with the story's headings."""
    text = blocks[i].text
    if (not _SHORT_HEAD.fullmatch(text) and len(text) < SHORTEST
            or korean(text)):  # hangul endings (했다, 이라) join any two stories
        return False
    if i + 1 < len(blocks) and blocks[i + 1].lines and listing_head(
            [text, blocks[i + 1].lines[0].text], blocks[i - 1].lines[-1].text if i else ""):
        return False  # a listing's head over its entries (``船期信息``): a brief of its own
    if notice_head(text) and text not in NOTICE_KINDS:
        return False  # a notice's head (``遗失声明``, ``讣告``): a notice of its own, whatever
        # its text shares with the story above (the paper's town: ``澜溪县青峪镇…``); a
        # kind alone (``提示``) names no notice: it is asked as any short line below
    if i and ends_on_note(blocks[i - 1].text) or i + 1 < len(blocks) and ends_on_note(
            blocks[i + 1].text) and len(blocks[i + 1].text) <= BRIEF_LETTERS:
        return False  # after an item's closing note (``…准备。`` / ``（记者 …）``), or over a
        # brief it closes: the next item's head (``大风蓝色预警`` / ``…回港避风。（记者 戴文）``)
    got = _around(blocks, kinds, i, opens, sep="")
    if got is None:
        return False
    above, below, after, first, last = got
    # A short one's set says the story goes on under it, as its letter pairs would (a
    # recipe's ``备料`` over a list of what goes in it shares few with the lead).
    series = len(text) < SHORTEST
    pairs = cjk_pairs(below)
    shared = sum(p in above for p in pairs)
    if series and not (_in_series(blocks, kinds, first, last, i)
                       or shared >= SECTION_PAIRS
                       and _section_on_measure(blocks, kinds, i, first, last)):
        return False
    if opens_lead(below) or (shared < SAME_STORY and not series
                             and not _about_its_headings(blocks, kinds, first, pairs, shared, opens)
                             and not goes_on(blocks, kinds, i + 1, opens)):
        return False
    # pdftotext writes a story's headline, then the last column of the story before it,
    # then the story's opening: a heading that talks of the opening after the text under
    # it more than of that text heads that opening (``图书馆夏季阅读活动启动`` over
    # another story's ``…陈先生说。`` and ``本报讯（记者李明）日前，市图书馆…``).
    own = cjk_pairs(text)
    return sum(p in after for p in own) <= sum(p in below for p in own)


#: Content words (``terms.content_stems``) of an English section under a crosshead that
#: the story's text above holds too, at least: the text under a brief's headline shares
#: 0-1 with the story above it on the study pages, a recipe's later section 2-3
#: (``smoked``, ``fish``).
SAME_STORY_WORDS = 2
#: A list set as running text: an item opening on a figure, items parted by semicolons
#: (``2 tablespoons butter; 3 slices thick-cut bacon, chopped; 1 large onion…``).
_LIST = re.compile(r"\d[^.;]*;[^.;]*;")


def crosshead_en(blocks: list[Block], kinds: list[BlockKind], i: int,
                 opens: Callable[[int], bool]) -> bool:
    """English: whether one-line block ``i`` (in headline shape, its first word not in
    capitals: a label's or a jump line's, ``MEASLES, Page B11``), between body text and
    body text that opens no article, is a crosshead of the story above (``Ingredients
    (serves 4)``, ``Method``): the text under it goes on with ``SAME_STORY_WORDS`` of the
    story's own content words, or opens on a list, which no news item's lead does."""
    first = blocks[i].text.split()[0]
    if first.isupper() and len(first) > 1:
        return False
    got = _around(blocks, kinds, i, opens, sep=" ")
    if got is None:
        return False
    above, below = got[:2]
    return (_LIST.match(below) is not None
            or len(content_stems(above) & content_stems(below)) >= SAME_STORY_WORDS)


def wrapped_crosshead_en(blocks: list[Block], kinds: list[BlockKind], i: int,
                         opens: Callable[[int], bool]) -> bool:
    """English: whether two-line block ``i`` is a crosshead wrapped over the story's
    column (``What changes for`` / ``patients`` between a hospital merger's paragraphs),
    which its shape reads as a headline wrapped by hand (``_wrapped_heading``) and the
    text under it as a headless story. A crosshead is short (``CROSSHEAD_WORDS``; a
    headline of three lines or more words, ``Port of Ellery: container`` / ``traffic up
    18% as second`` / ``crane arrives``, that pdftotext wrote inside another story's
    column, is not asked), stands after a paragraph that ended its sentence (not under
    a deck's first words, ``Three in five pupils gain five`` / ``Highers; Kirkton High
    slips``), and the text under it goes on with the story's words (``crosshead_en``)."""
    texts = [ln.text for ln in blocks[i].lines]
    if len(texts) != 2 or sum(len(t.split()) for t in texts) > CROSSHEAD_WORDS[1]:
        return False
    return (i > 0 and kinds[i - 1] is BODY and ends_sentence(blocks[i - 1].text)
            and crosshead_en(blocks, kinds, i, opens))


def _around(blocks: list[Block], kinds: list[BlockKind], i: int,
            opens: Callable[[int], bool], sep: str) -> tuple[str, str, str, int, int] | None:
    """Where block ``i`` stands between body text and body text that opens no article:
    the story's text above it, read back to its opening (not into the item before it),
    the text below it, read on to the next item's opening (``ABOVE_CHARS``,
    ``BELOW_CHARS``), that opening's text (which speaks of its own item), and the first
    and last blocks read. Blocks joined by ``sep`` (none for CJK)."""
    up = i - 1
    while up > 0 and kinds[up] is FURNITURE and len(blocks[up].text) > LABEL_CHARS:
        up -= 1  # the page's furniture written where it falls (责任编辑：…), no label
    if (not (0 < i < len(blocks) - 1) or kinds[up] is not BODY or kinds[i + 1] is not BODY
            or opens(i + 1)):
        return None
    above, first = "", up
    for j in range(up, -1, -1):
        if kinds[j] is not BODY or len(above) >= ABOVE_CHARS:
            break
        above, first = blocks[j].text + sep + above, j
        if opens(j):
            break
    below, after, last = "", "", i
    for k in range(i + 1, len(blocks)):
        if kinds[k] is not BODY or len(below) >= BELOW_CHARS:
            break
        if k > i + 1 and opens(k):
            after = blocks[k].text[:BELOW_CHARS]
            break
        below, last = below + blocks[k].text + sep, k
    return above[-ABOVE_CHARS:], below[:BELOW_CHARS], after, first, last


#: Lines a section under a lone short crosshead holds at least: a paragraph's first line
#: and a line that goes on with it.
SECTION_LINES = 2
#: Letter pairs the text under a lone short crosshead shares with the story above, at
#: least: a tip or a note goes on with one of the story's words (``台风过后，…`` under a
#: typhoon story, ``比赛当天`` under a race's), a brief under a short head of its own
#: often with none.
SECTION_PAIRS = 1
#: Paragraphs of the text above a lone short crosshead, at least: a story's sections
#: follow its opening paragraphs, where a brief, told in one, sets none (pdftotext may
#: write a story's last section after the brief beside it: ``…快于去年同期。`` / ``提示``).
STORY_PARAGRAPHS = 2


def _section_on_measure(blocks: list[Block], kinds: list[BlockKind], i: int, first: int,
                        last: int) -> bool:
    """Whether the text under short line ``i`` (blocks ``i + 1`` to ``last``) reads as a
    later section of the story above it (blocks ``first`` to ``i - 1``), set in its
    column: the story's last sentence ended over the line, and the text under it opens
    a paragraph set two characters in on the story's own measure (``cjk_first_line``),
    goes on in full lines on that measure and ends its sentence before the next item
    (``提示`` between ``…指挥为准。`` and ``比赛当天，地铁1号线、`` / ``2号线将提前至…``),
    after two paragraphs of the story at least (``STORY_PARAGRAPHS``).

    A section's label or a kicker of two letters (``体育``, ``市运会``) stands over a
    headline: one line, or lines set on a headline's measure, not a paragraph's first line
    on the column's measure; a photo's title (``清淤``) stands over a caption that its
    credit follows. A short crosshead that stands alone (no other in the story, so no
    ``_in_series``) is told by its place in the column, not by its words."""
    if not ends_sentence(blocks[i - 1].text) or len(
            paragraph_lines(blocks[first:i], "zh", entries=False)) < STORY_PARAGRAPHS:
        return False
    story = [ln.text for b in blocks[first:i] for ln in b.lines]
    section: list[str] = []
    end = i + 1
    for end in range(i + 1, last + 1):  # its first paragraph, over the blocks it is cut in
        section += [ln.text for ln in blocks[end].lines]
        if ends_sentence(blocks[end].text):
            break
    if (len(section) < SECTION_LINES or not ends_sentence(section[-1])
            or end + 1 < len(blocks) and kinds[end + 1] is CREDIT):
        return False
    full = column_width(text_widths(story), True, True)
    widths = text_widths(section)
    return cjk_first_line(widths[0], full) and all(
        full - FIRST_LINE_SHORT <= w <= full + FULL_WITHIN for w in widths[1:-1])


#: Blocks over a story's opening read as its headings, at most: a kicker, the headline,
#: a deck and the byline.
HEADING_BLOCKS = 4


def _about_its_headings(blocks: list[Block], kinds: list[BlockKind], first: int,
                        pairs: set[str], shared: int, opens: Callable[[int], bool]) -> bool:
    """Whether a section (its letter ``pairs``, ``shared`` of them with the story's text
    above) that turned from the story's opening paragraphs to another matter still speaks
    of what the story's headline and deck say (``先清淤 再消杀`` / ``…1.2万余人受灾…``
    under ``柳溪县连夜清淤消杀，首批受灾群众返回家中``): ``SAME_HEADINGS`` pairs with
    each."""
    if shared < SAME_HEADINGS:
        return False
    heads = _headings_over(blocks, kinds, first, opens)
    return sum(p in heads for p in pairs) >= SAME_HEADINGS


def _headings_over(blocks: list[Block], kinds: list[BlockKind], first: int,
                   opens: Callable[[int], bool]) -> str:
    """The text of the headings (and byline) set over the story that body block ``first``
    is part of, read back over its body blocks to its opening: what the story is about,
    in its own words (none where its text runs back into another item's)."""
    j = first
    while j > 0 and kinds[j - 1] is BODY and not opens(j):
        j -= 1
    out: list[str] = []
    for k in range(j - 1, -1, -1):
        if kinds[k] is CREDIT:
            continue  # (a photo's credit written among them)
        if kinds[k] is not HEADLINE and kinds[k] is not BYLINE or len(out) == HEADING_BLOCKS:
            break
        out.append(blocks[k].text)
    return "\n".join(out)


def _in_series(blocks: list[Block], kinds: list[BlockKind], first: int, last: int,
               i: int) -> bool:
    """Whether the story's body blocks ``first`` to ``last`` set, besides block ``i``,
    another line of a short crosshead's shape (``_SHORT_HEAD``) after a sentence's end:
    short crossheads come in sets (a recipe's ``备料`` and ``做法``, an interview's
    parts), where a section's label (``经济``) or a notice's standing head stands alone
    over its text. A line after an item's closing note (``…保暖。（据新华社电）``,
    ``typography.ends_on_note``) opens the next item: a label there is none of a set."""
    prev = ""
    for j in range(first, last + 1):
        if kinds[j] is not BODY:
            prev = ""
            continue
        for ln in blocks[j].lines:
            text = ln.text.strip()
            if (j != i and prev and ends_sentence(prev) and not ends_on_note(prev)
                    and _SHORT_HEAD.fullmatch(text)):
                return True
            prev = text
    return False


def goes_on(blocks: list[Block], kinds: list[BlockKind], k: int,
            opens: Callable[[int], bool], depth: int = 0) -> bool:
    """Whether the Chinese block ``k`` under a heading reads as a story's later section,
    not a brief: it opens on words that refer back (``_REFERS_BACK``), or it runs on over
    two paragraphs (a brief under its headline holds one): within the block, or, where
    the extractor wrote each paragraph a block (pdfminer), into the next body block (past
    a photo's caption and credit), which opens a paragraph and no article; or over a
    column break (the block's last sentence, or the next block's one line, going on in
    the body block after it on the same measure)."""
    block = blocks[k]
    if (_REFERS_BACK.match(block.text) is not None
            or len(paragraph_lines([block], "zh", entries=False)) >= 2
            or _runs_to_jump(blocks, kinds, k, opens)):
        return True
    n = k + 1
    if n + 1 < len(blocks) and kinds[n + 1] is CREDIT and len(blocks[n].lines) <= 2:
        n += 2  # a photo set in the story's column: its caption and credit
    if n >= len(blocks) or kinds[n] is not BODY or opens(n) or len(blocks[n].lines) < 2 and not (
            _broken_off(blocks, kinds, n, opens)):
        return False
    own = text_widths([ln.text for ln in block.lines])
    full = column_width(own, True, True)
    if not ends_sentence(block.text):
        # The section's sentence goes on past a column break, on the same measure (not
        # into another column's text written after it): its paragraphs are told over
        # both blocks (``…防冻工作。`` / ``医生提示，气温骤降容易`` | ``诱发心脑…``). Where
        # both hold one paragraph that the lower block ends, the section may go on
        # past it (``…撒布车等设备在桥梁、高架等重点路段`` | ``待命；…防冻工作。`` /
        # ``医生提示，…``). A block of one line cut on a clause's mark (``…除冰车、``,
        # a justified line the grid parted) has no measure of its own: it goes on.
        below = column_width(text_widths([ln.text for ln in blocks[n].lines]), True, True)
        if (len(block.lines) == 1 and depth < RUNS_ON
                and leads_on(block.text)):
            return goes_on(blocks, kinds, n, opens, depth + 1)
        if abs(full - below) > SAME_MEASURE_EMS:
            return False
        told = len(paragraph_lines([block, blocks[n]], "zh", entries=False))
        return told >= 2 or (told == 1 and depth < RUNS_ON
                             and ends_sentence(blocks[n].text)
                             and goes_on(blocks, kinds, n, opens, depth + 1))
    texts = [ln.text for ln in blocks[n].lines]
    if ends_sentence(texts[-1]):
        texts.pop()  # (a paragraph's short last line)
    # The block ends its paragraph on a short line (or a full one, where the next is set
    # two characters in); the next opens a paragraph on the same measure: not the tail of another
    # story's sentence, nor a headline and its deck, wider than the column or narrower.
    # Past a column break the next paragraph must open set in: a short last line may end
    # a brief's text, and the next column's block go on another story's sentence.
    first = text_widths([blocks[n].lines[0].text])[0]
    return ((short_line(own[-1], full, True, True) and not depth
             or cjk_first_line(first, full))
            and not ends_sentence(blocks[n].lines[0].text)
            and all(full - FIRST_LINE_SHORT <= w <= full + FULL_WITHIN
                    for w in text_widths(texts)))


def _runs_to_jump(blocks: list[Block], kinds: list[BlockKind], k: int,
                  opens: Callable[[int], bool]) -> bool:
    """Whether the body blocks from ``k`` run on, no sentence ended at a block's end and
    no article opened, into a jump line (``（下转第3版）``): the section is cut by the
    page's end and goes on elsewhere, as a long story does; a brief under its headline
    is told whole on the page (``助餐服务最受欢迎`` / ``在各类服务中，助餐最受老人`` /
    ``欢迎。目前，全市已建成老年助餐`` / ``（下转第3版）``)."""
    for n in range(k, min(k + RUNS_ON + 1, len(blocks))):
        if kinds[n] is JUMP:
            return n > k
        if kinds[n] is not BODY or (n > k and opens(n)) or ends_sentence(
                blocks[n].lines[-1].text):
            return False
    return False


def _broken_off(blocks: list[Block], kinds: list[BlockKind], n: int,
                opens: Callable[[int], bool]) -> bool:
    """Whether body block ``n``, one line, is a paragraph's first line that a column
    break parted from the rest (``医生提示，气温骤降容易`` | ``诱发心脑血管…``): it holds a
    clause and ends none (a headline over a deck holds none, or parts its halves by a
    space), and the body block after it opens no article."""
    text = blocks[n].text
    return (_CLAUSE_OPEN.search(text) is not None and " " not in text
            and n + 1 < len(blocks) and kinds[n + 1] is BODY and not opens(n + 1))
