"""Where an extractor wrote a photo's caption away from its credit, in text without
positions: over a story's heading matter (``caption_over_heading``), over a piece of the
column beside the photo (``caption_over_column``, ``sentence_rest``), or over a story's
opening line cut at the credit (``cut_opening``); and what a caption's text looks like
(``caption_text``).

``captions.captions_by_credits`` asks these once per credit; they read the blocks as
the extractor wrote them and place nothing themselves.
"""

from __future__ import annotations

from .markers import opens_article
from .model import BODY, BYLINE, HEADING_KINDS, Block, BlockKind
from .profiles import CompiledMarkers
from .script import ANY_CJK
from .terms import Terms
from .typography import ends_sentence, text_width


def caption_text(block: Block) -> bool:
    """A caption is written in sentences: a short block whose last line ends one. It is
    set ragged, never stretched out to a justified column's measure (``Line.stretched``:
    on the dev and study pages no caption line of 94 is, half a justified body's are),
    so a column's last lines beside a credit (``Forecasters  warned  that  dry,``) are
    told from the caption on its other side."""
    return (1 <= len(block.lines) <= 6 and ends_sentence(block.text)
            and not block.stretched)


#: In text without positions, a caption set under a photo across columns has a line
#: wider than a full body line by this share, but no wider than this many body lines
#: (an extractor that does not wrap paragraphs writes a paragraph as one long line).
CAPTION_WIDER = (1.25, 4.0)


def caption_wide(block: Block, full: float) -> bool:
    """A short block set wider than the column: a caption under a photo across columns."""
    low, high = CAPTION_WIDER
    return full > 0 and len(block.lines) <= 2 and any(
        low * full < text_width(ln.text) <= high * full for ln in block.lines)


#: A sentence's rest is set on its column's measure: no line of it wider than the column's
#: widest line by more than this many ems (a caption under a photo across columns is).
REST_MEASURE_EMS = 0.5
#: A caption over a piece of a column: at most this many lines (a Chinese caption holds
#: one sentence or two; a story's paragraph there has more).
OVER_COLUMN_LINES = 2


def sentence_rest(blocks: list[Block], kinds: list[BlockKind], credit: int, j: int) -> bool:
    """Whether block ``j``, right over the credit, is the rest of a sentence left open in
    the CJK body block over it, set on that block's measure (``…冠军澜溪市队；亚军江口市
    队；季军`` / ``白河市队。…`` / credit / ``云台村的蓄水池（2019年摄）。``): a column cut
    where a photo's frame stands, not the photo's caption. (After the credit the sentence's
    head would stand across the credit, and a caption under its credit follows a column
    cut there as often: no test.)"""
    far = j - 1
    if j > credit or far < 0 or kinds[far] is not BODY or kinds[j] is not BODY:
        return False
    head = blocks[far]
    if ends_sentence(head.text) or ANY_CJK.search(head.text) is None:
        return False
    measure = max(text_width(ln.text) for ln in head.lines)
    return all(text_width(ln.text) <= measure + REST_MEASURE_EMS for ln in blocks[j].lines)


def caption_over_column(blocks: list[Block], kinds: list[BlockKind], i: int,
                        m: CompiledMarkers, full: float) -> int | None:
    """The caption written over a piece of the column beside its photo, right before the
    credit ``i``, if so: caption, the piece, credit.

    An extractor that writes a box at a time (pdfminer) writes the column beside a photo
    between its caption and its credit, and cuts it where the photo's frame stands. The
    block right over the credit then ends a sentence as a caption does, but it is the
    column's: the rest of a sentence left open in the block over it, set on that block's
    measure (``斑海豹"小雪"回到大海。`` / ``本报讯…不宜出海作业，`` / ``海水养殖户要注意防范。``
    / ``市海洋馆供图``), or a paragraph of lines on the column's measure under a caption set
    wider than the column (``12月14日，获救渔民被送上岸，等候的医护人员为他们做检查。`` /
    ``比赛全程180公里，共有…`` / ``图/邢海``). The caption is the short block over the piece.
    In CJK text only (``_captions_cut_apart``'s reasons)."""
    rest = i - 1
    if rest < 1 or kinds[rest] is not BODY or not caption_text(blocks[rest]) \
            or opens_article(blocks[rest], m) or ANY_CJK.search(blocks[rest].text) is None:
        return None
    head = rest - 1
    if kinds[head] is BODY and not ends_sentence(blocks[head].text):
        if not sentence_rest(blocks, kinds, i, rest):
            return None
        over = head - 1  # caption / head / rest / credit
    elif len(blocks[rest].lines) >= 2 and not caption_wide(blocks[rest], full):
        over = head  # caption / paragraph / credit
    else:
        return None
    if over < 0 or kinds[over] is not BODY or not caption_text(blocks[over]) \
            or len(blocks[over].lines) > OVER_COLUMN_LINES or opens_article(blocks[over], m):
        return None
    if over == head and not caption_wide(blocks[over], full):
        return None
    return over


def cut_opening(blocks: list[Block], kinds: list[BlockKind], i: int,
                 m: CompiledMarkers) -> bool:
    """The block before the credit ``i`` is a story's one opening line, cut in
    mid-sentence (``本报讯（记者 林志远）6月20`` / ``通讯员 赵明 摄`` / ``日上午，…``)."""
    if i < 1 or i + 1 >= len(blocks) or kinds[i - 1] is not BODY:
        return False
    b = blocks[i - 1]
    return len(b.lines) == 1 and opens_article(b, m) and not ends_sentence(b.text)


#: A block beside a credit whose content words the story text on its other side holds
#: this share of at least goes on with that story (``_story_goes_on``).
STORY_SHARE = 0.25


#: What follows a credit written inside a story's opening: more of its heading, its byline.
_STORY_GOES_ON = HEADING_KINDS | {BYLINE}

#: How many heading blocks an extractor may write between a caption and its credit.
HEADINGS_BETWEEN = 3


def caption_over_heading(blocks: list[Block], kinds: list[BlockKind], i: int,
                         m: CompiledMarkers) -> int | None:
    """The caption written before the credit ``i`` with the heading matter of the story
    under the photo between them, if so.

    A photo's caption set at its left under the frame and its credit at its right are
    two boxes to an extractor that writes a box at a time (pdfminer): the story under
    the photo comes between them, its label, headline or deck first (``…进入采收旺季。``
    / ``文化`` / ``本报记者 葛志强 摄`` / ``本报讯（记者 柏雨桐）…``). The credit then stands
    between a story's heading and its opening (a byline, a dateline) where no caption
    is, and the block over the heading that reads as a caption is the photo's."""
    if i + 1 >= len(kinds) or not (kinds[i + 1] in _STORY_GOES_ON or (
            kinds[i + 1] is BODY and opens_article(blocks[i + 1], m))):
        return None
    j = i - 1
    while j >= 0 and i - j <= HEADINGS_BETWEEN and kinds[j] in HEADING_KINDS:
        j -= 1
    if j == i - 1 or j < 0 or kinds[j] is not BODY or not caption_text(blocks[j]) \
            or opens_article(blocks[j], m):
        return None
    if j > 0 and kinds[j - 1] is BODY and Terms(blocks[j].text).share(
            blocks[j - 1].text) >= STORY_SHARE:
        return None  # a story's last paragraph, over the next story's heading
    return j
