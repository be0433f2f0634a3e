"""Downstyle headlines (sentence case: ``School board picks new superintendent``) on a
text page without geometry, which their shape alone does not tell from a line of running
text: told by what follows them (a paragraph's start they were broken by hand over, a
photo's caption and credit, a brief's lead that names its subject in full).
``text_headings`` asks them of English pages.
"""

from __future__ import annotations

from .captions import caption_text
from .heading_shape import Asked
from .heading_words import never_a_heading
from .leads import introduces
from .model import BODY, CREDIT, Block, BlockKind
from .resumed_text import after_text_ended, previous_text
from .script import opens_upper
from .text_pieces import text_under
from .typography import (
    ARTICLES,
    DANGLING_WORDS,
    OPENING_ARTICLES,
    SENTENCE_INSIDE,
    UNDER_HEADING_LINES,
    cut_short,
    ends_a_sentence,
    join_lines,
)


def _wrapped_heading(blocks: list[Block], kinds: list[BlockKind], i: int, asked: Asked) -> bool:
    """Two short lines in sentence case, a headline wrapped over its column (``School
    board picks new`` / ``superintendent after search``) over a paragraph's start, after
    text that ended its sentence: one heading, though no byline follows it. Running text
    wraps where its line is full: a first line cut well before the next line's first
    word would have run on to it (``typography.cut_short``) was broken by hand. The
    measure is the column's under it (the widest of the next block's first
    ``UNDER_HEADING_LINES`` lines, no wider than the page's): a narrower column's lines
    (a rail, a sidebar, briefs) are full there, though short beside the page's widest.
    Neither line ends a sentence, a clause or a word (``headline_shape``), none holds
    a sentence's end; four words or more (a sentence's words an extractor wrote apart
    are fewer).

    A headline in larger type wraps at fewer characters than the column's lines, so its
    first line may be no shorter than running text; its last line then tells: running
    text that ends mid-sentence fills its line to the column break, so a last line that
    ends no sentence and stops well before the next block's first word would have fitted
    on it, over a block that opens a sentence, was broken by hand (``No. 5 train to run
    on weekends`` / ``starting in May``, three lines too: ``Flu clinics open`` / ``early
    as cases`` / ``climb``)."""
    texts = [ln.text for ln in blocks[i].lines]
    first, second, last = texts[0], texts[1], texts[-1]
    if (not opens_upper(first) or SENTENCE_INSIDE.search(" ".join(texts))
            or sum(len(t.split()) for t in texts) < 4 or not 0 < i < len(blocks) - 1):
        return False
    # (Nor a point at a line's end, after an abbreviation too: ``at`` / ``6:05 p.m.``.)
    if any(ends_a_sentence(t) or t.rstrip().endswith((",", "-", ".")) for t in texts):
        return False
    under = text_under(blocks, kinds, i)
    if not under or not opens_upper(under[0]):
        return False
    page = asked.chars()
    local = max(len(" ".join(t.split())) for t in under[:UNDER_HEADING_LINES])
    prev = previous_text(blocks, kinds, i)
    measure = min(page, local)
    # (Or, after no text (a jump line ended the story before), the text under them
    # opens a sentence on an article, ``The regional transit authority…``: two lines of
    # running text that end mid-sentence go on below, and a headline in larger type
    # fills as many characters as a column line.)
    if page <= 0 or not (cut_short(first, second.split()[0], measure)
                         or cut_short(last, under[0].split()[0], measure)
                         and last.split()[-1].lower() not in ARTICLES
                         or len(texts) == 2 and (prev is None or kinds[prev] is not BODY)
                         and under[0].split()[0] in OPENING_ARTICLES):
        return False
    return after_text_ended(blocks, kinds, prev, i) and not never_a_heading(texts)


def _heading_over_photo(blocks: list[Block], kinds: list[BlockKind], i: int,
                        asked: Asked) -> bool:
    """A line in sentence-case headline shape, four words or more, standing alone
    between text that ended its sentence and a photo's caption and credit: a story's
    headline the extractor wrote apart from its story (``Board backs apartments on old
    mill site`` / caption / credit), not a crosshead, which text follows. A headline
    drops its articles: a line opening on one and ending on an abbreviation's stop is
    a sentence."""
    b = blocks[i]
    if len(b.lines) != 1 or len(b.text.split()) < 4 or not asked.shape(i):
        return False
    if b.text.rstrip().endswith(".") and b.text.split()[0] in OPENING_ARTICLES:
        return False  # a story's last sentence (``The teams meet again Saturday at 6:05 p.m.``)
    j = i + 1
    if j < len(blocks) and kinds[j] is BODY and caption_text(blocks[j]):
        j += 1
    if j >= len(blocks) or kinds[j] is not CREDIT:
        return False
    return (after_text_ended(blocks, kinds, previous_text(blocks, kinds, i), i)
            and not never_a_heading([b.text]))


def _line_over_article(blocks: list[Block], kinds: list[BlockKind], i: int,
                       asked: Asked) -> bool:
    """A line in sentence-case headline shape, three words or more, after text that
    ended its sentence, over running text that opens on an article in a capital (``Blood
    drive Tuesday`` / ``The American Red Cross`` / ``will hold…``): a brief's headline in
    larger type, which its width does not tell (it is as wide as a column's line), but
    what follows it does: no sentence goes on with a capitalised article after a line
    break, and the text names its subject in full (``leads.introduces``), as a brief's
    lead does; under a crosshead a story's text refers back (``More room, more parking`` /
    ``The new site will have room…``). It ends on no small word (``…the state
    Department of`` / ``The…``)."""
    b = blocks[i]
    words = b.text.split()
    if (len(b.lines) != 1 or len(words) < 3 or words[-1].lower() in DANGLING_WORDS
            or not asked.shape(i)):
        return False
    under = text_under(blocks, kinds, i)[:2]
    if not under:
        return False
    if under[0].split()[0] not in OPENING_ARTICLES or not introduces(join_lines(under)):
        return False
    return (after_text_ended(blocks, kinds, previous_text(blocks, kinds, i), i)
            and not never_a_heading([b.text]))
