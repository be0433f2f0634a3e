"""Chinese blocks of a text page whose shape alone would be typed wrongly, asked by
``text_headings``: a headline wrapped over two or three lines with a comma in it is a
heading (``wrapped_with_comma``), and a column-wide line over the one narrower line that
ends its sentence is a paragraph's, written apart from its last line, not a heading
(``paragraph_end_under``, ``cut_over_last_line``).
"""

from __future__ import annotations

from collections.abc import Callable

from .decks import HEADING_EMS, SENTENCE_MARK
from .heading_shape import CLAUSE, looks_like_headline
from .heading_words import listing_entry, quote_left_open, quote_not_whole
from .leads import opens_lead
from .letter_pairs import CJK_CUT_WORD_ZIPF, join_word
from .model import BODY, BYLINE, CREDIT, Block, BlockKind, Line
from .paragraphs import cut_from_last_line
from .script import is_han
from .typography import CJK_HEADING_STOPS, ITEM_MARKS, ends_sentence, leads_on, text_width

#: A Chinese headline's lines stand this many ems short of a column's line at least.
WRAPPED_SHORT = 3.0


def wrapped_with_comma(block: Block, full: float) -> bool:
    """A Chinese headline wrapped over two or three lines, a comma in it
    (``唱票声中，新一届`` / ``村委会选出来了``): no sentence mark, and every line far
    narrower than a column's (a paragraph's lines fill the column but its last)."""
    lines = [ln.text for ln in block.lines]
    return (full > 0 and 2 <= len(lines) <= 3 and not SENTENCE_MARK.search(block.text)
            and all(text_width(t) + WRAPPED_SHORT <= full for t in lines)
            and text_width(" ".join(lines)) <= HEADING_EMS and not quote_left_open(block.text)
            and not leads_on(block.text))


def paragraph_end_under(blocks: list[Block], kinds: list[BlockKind], i: int,
                         full: float, from_grid: bool) -> bool:
    """A Chinese line of one block goes on the sentence in the block under it, no heading:
    that block is one line narrower than it that ends the sentence, and no more text
    follows it but a heading (``药品包内含体温计、退热贴、创可贴`` / ``和常用消毒用品等。`` /
    the next headline, not yet told here), or the line is cut from its paragraph's
    last line (``cut_over_last_line``). A
    heading's story opens under it; a paragraph's last line is all a brief's second
    paragraph leaves under its first."""
    if len(blocks[i].lines) != 1 or i + 1 >= len(blocks) or kinds[i + 1] is not BODY:
        return False
    under = blocks[i + 1].lines
    return (len(under) == 1 and ends_sentence(under[0].text)
            and text_width(under[0].text) < text_width(blocks[i].lines[0].text)
            and (i + 2 >= len(blocks) or kinds[i + 2] is not BODY
                 or looks_like_headline(blocks[i + 2], "zh")
                 or cut_over_last_line(blocks, kinds, i, full, from_grid)))


def cut_over_last_line(blocks: list[Block], kinds: list[BlockKind], i: int,
                        full: float, from_grid: bool) -> bool:
    """The one line of Chinese block ``i`` is a paragraph's, written apart from the
    paragraph's last line, the body block of one line under it, whatever text follows
    (``paragraphs.cut_from_last_line``: on the column's measure, over a narrower line
    that ends on a full stop). With a comma in it, it was read as a deck (under a
    headline, or across columns: ``12月10日，南岸港区自动化码头，桥吊正在`` / ``为集装箱
    船装卸货物。``); alone, as a headline. Not over a credit: a caption's line and its
    end over the photo's credit are a caption cut apart (``captions``), no story's.
    Not on lines laid out again from a grid (``Page.from_grid``): there a line may hold a
    neighbouring column's piece, and a line read as text was joined to that column's
    text interleaved with it (``-layout`` and pdfplumber lost what pdftotext gained)."""
    return (not from_grid and len(blocks[i].lines) == 1 and i + 1 < len(blocks)
            and kinds[i + 1] is BODY
            and len(blocks[i + 1].lines) == 1
            and not (i + 2 < len(blocks) and kinds[i + 2] is CREDIT)
            and cut_from_last_line(blocks[i].lines[0].text, blocks[i + 1].lines[0].text, full))


#: A Chinese headline with a clause mark says this many characters at least, its marks
#: aside (``雾中追尾谁之过？``); a paragraph's last line, cut from its question, says fewer
#: (``查询？``, ``请复核吗？``).
CLAUSE_HEAD_CHARS = 6
#: ... and this many clause marks at most (``轮渡还开吗？开，但时间变了``); a line of
#: running text strings more (``说到底，为民办事，贵在及时，重``).
CLAUSE_HEAD_MARKS = 2


#: A line written this many words or more, each a character or two, is spread to its
#: column's measure (pdfminer: ``青 菜 ： 每 斤 3 元 ， 与``): justified running text.
SPREAD_WORDS = 4


def spread_line(line: Line) -> bool:
    """Whether a Chinese line is written with its characters set apart (``SPREAD_WORDS``),
    as an extractor writes a justified line of running text; a headline is set solid."""
    return len(line.words) >= SPREAD_WORDS and all(len(w.text) <= 2 for w in line.words)


def clause_head(block: Block, full: float, from_grid: bool, over_byline: bool = False) -> bool:
    """A Chinese headline holding a clause mark (``唱票声中，新一届村委会选出来了``,
    ``小区电梯坏了半个月，谁来修？``), which ``looks_like_headline`` refuses as running
    text: one to three lines, ``CLAUSE_HEAD_CHARS`` characters at least and
    ``CLAUSE_HEAD_MARKS`` clause marks at most, no full stop nor semicolon, ending on
    none of a clause's marks that go on (``LEADS_ON``), a heading's width at most, no quote
    left open nor one closed it never opened (``不动路的老人怎么办？”``: a quotation's
    rest, begun above), and not set on the column's measure: each line (with its indent)
    stands ``WRAPPED_SHORT`` ems short of a full line, or one line is wider than a column
    (a head across columns), where running text fills its column but for a paragraph's
    last line; ``over_byline``: right over a byline, which vouches for it, at any width
    (``十一岁棋童：“输一盘，我就复盘三遍”`` / ``本报通讯员 戚远帆``; not over a lead's
    ``本报讯``, which pdfminer writes among another column's lines). Its place
    (``text_under_heads``; after a sentence's end, not over more of the same paragraph,
    not over the rest of its sentence) is asked after it as for any headline shape. Not
    on lines laid out again from a grid (``Page.from_grid``), where a line may hold a
    neighbouring column's piece; not on a line spread to its measure (``spread_line``);
    not on a story's lead (``leads.opens_lead``: ``近日，市红十字会组织开展`` /
    ``“无偿献血…``), which pdfminer writes apart from its next line as it writes a
    paragraph's first line. On the study pages no headline holding a clause mark opens
    as a lead or closes a quote it never opened (none of 256; 278 and 51 blocks of
    running text do)."""
    lines = [ln.text.strip() for ln in block.lines]
    text = "".join(lines)
    if (from_grid or full <= 0 or not 1 <= len(lines) <= 3
            or any(map(spread_line, block.lines)) or not CLAUSE.search(text)
            or CJK_HEADING_STOPS.search(text) or leads_on(text) or text.endswith((",", ":"))
            or text_width(text) > HEADING_EMS or quote_not_whole(text)
            or any(map(listing_entry, lines)) or lines[0].startswith(ITEM_MARKS)
            or opens_lead(text)):
        return False
    if (len(CLAUSE.sub("", text)) < CLAUSE_HEAD_CHARS
            or len(CLAUSE.findall(text)) > CLAUSE_HEAD_MARKS):
        return False
    widths = [text_width(t) + ln.indent for t, ln in zip(lines, block.lines, strict=True)]
    return (over_byline or all(w + WRAPPED_SHORT <= full for w in widths)
            or len(lines) == 1 and widths[0] > full + WRAPPED_SHORT)


def text_under_heads(blocks: list[Block], kinds: list[BlockKind], i: int,
                     headed: Callable[[int], bool]) -> bool:
    """What stands under Chinese block ``i`` is what a heading stands over: a byline or a
    story's opening (``headed``), or text whose first line ends no sentence (a deck, a
    label such as ``市民来电`` or ``编辑同志：``, a story's first line). A line of running text
    cut from its paragraph has the sentence's end under it (``据悉，《运河谣》将在本市连演5``
    / ``场，明年春节后开始全省巡演。``; ``核吗？`` / ``答：可以。考生如…``)."""
    j = i + 1
    if j >= len(blocks) or not blocks[j].lines:
        return False
    return (kinds[j] is BYLINE or headed(j)
            or not SENTENCE_MARK.search(blocks[j].lines[0].text)
            and not cut_at_column_foot(blocks[i].lines[-1].text, blocks[j].lines[0].text))


def cut_at_column_foot(last: str, nxt: str) -> bool:
    """Whether ``last``, a block's last line, and ``nxt``, the next block's first, are
    one sentence's, cut where a column ends and the next begins (``同时，南岸区在主要坡道
    撒布融`` / ``雪剂，环卫工人分班值守，确保积雪``): the break cuts a common word
    (``融雪``, ``letter_pairs.CJK_CUT_WORD_ZIPF``), and the line under is set on the
    same measure (less than ``WRAPPED_SHORT`` ems short of it), as running text goes on;
    a headline's wrapped rest is far shorter than its first line
    (``法院实地勘验后作出判决，争议宅基`` / ``地归弟弟一方使用``: 宅基地, the rest of a
    deck). On the study pages 150 blocks of running text holding a clause mark end so,
    no headline (of 256) not over a byline."""
    last, nxt = last.rstrip(), nxt.lstrip()
    return (is_han(last[-1:]) and text_width(nxt) + WRAPPED_SHORT > text_width(last)
            and join_word(last, nxt) >= CJK_CUT_WORD_ZIPF)

