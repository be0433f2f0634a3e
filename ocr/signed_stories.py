"""Chinese text without geometry: a story signed on a line of its own (``本报记者 龚晓峰``
under its headline) whose text the extractor wrote later, after other items' columns.

pdftotext writes a module's headline and byline, then what stands beside them (a photo,
a brief, another story's first column), then the story's text. That text opens a
paragraph right where the column before it broke off mid-sentence: it cannot go on with
that column, and it opens no item of its own (no byline, no lead), so it is the text of
the story still waiting for it. Asked by ``assemble`` while it walks the blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

from .crossheads import SECTION_PAIRS
from .drafts import Draft
from .model import BODY, HEADING_KINDS, Block
from .paragraphs import cjk_first_line
from .story_flow import ends_on_crosshead, ends_sentence_block
from .terms import cjk_pairs
from .typography import text_width

#: A story signed with no text waits this many articles back at most.
WAITING_BACK = 4
#: ... and after an item that ended its sentence (a brief may run to a second paragraph),
#: the block's opening shares this many letter pairs with the headline over the story at
#: least (``早上8点半，家住南苑社区…养老服务站`` under ``“15分钟养老服务圈”覆盖全部城市社区``).
HEADLINE_PAIRS, OPENING_CHARS = 3, 80


def waiting_story(drafts: list[Draft], current: Draft, block: Block, full: float,
                  ordered: Sequence[Block]) -> Draft | None:
    """The signed story with no text yet that ``block`` is the text of: the latest of the
    last ``WAITING_BACK`` articles, when ``block`` opens a paragraph (its first line set
    two characters short of ``full``) and ``current`` broke off mid-sentence, or ended
    its sentence and ``block`` talks of the story's headline (``HEADLINE_PAIRS``; the
    headings right above the story's first block in ``ordered``). The caller has asked
    that ``block`` opens no item."""
    if (full <= 0 or len(block.lines) < 2 or not current.has_body
            or not cjk_first_line(text_width(block.lines[0].text), full)):
        return None
    story = next((d for d in reversed(drafts[-WAITING_BACK:]) if d is not current
                  and d.byline and not d.has_body and d.jump is None), None)
    if story is None:
        return None
    if ends_on_crosshead(current, full):
        # The block under a crosshead is its section, ``current``'s own, where it goes on
        # with the story's words; a line of that shape that closes an item (a letter's
        # signature, ``读者关小满``) leaves the next story's text to the story waiting.
        told = "".join(b.text for b in current.blocks if b.kind is BODY)
        if sum(p in told for p in cjk_pairs(block.text)) >= SECTION_PAIRS:
            return None
    if not ends_sentence_block(current):
        return story
    heading = ""
    for b in reversed(ordered[:story.start]):
        if b.kind not in HEADING_KINDS:
            break
        heading = b.text + heading
    opening = block.text[:OPENING_CHARS]
    return story if sum(p in opening for p in cjk_pairs(heading)) >= HEADLINE_PAIRS else None
