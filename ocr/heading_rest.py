"""English heading lines an extractor wrote as text around a byline: a deck's pieces
right over it, a headline set between the kicker and the deck of the stack over it. A
story's text opens under its byline, never inside its heading stack; ``text_headings``
asks these once the blocks are kinded.
"""

from __future__ import annotations

from .model import BODY, BYLINE, HEADLINE, Block, BlockKind
from .script import opens_upper
from .typography import DANGLING_WORDS, ends_sentence

#: A heading's rest written apart over its byline: this many blocks and words at most.
REST_BLOCKS, REST_WORDS = 3, 30


def heading_rest_over_byline(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """English: the body pieces between a heading and the byline right under it are
    the heading's lines written apart (set to ``HEADLINE`` in ``kinds``). An extractor
    writes a deck wrapped over lines as blocks of a line (``A 4-year-old border collie
    … beating`` / ``311 other entries``, ``…take in water;`` / ``the clean-up could last
    into January``); a story's text opens under its byline, never between its heading
    and byline. The pieces open in a capital or a figure (a headline's wrapped rest in
    lower case is asked by ``goes_on`` with its heading); under no heading, after a
    photo's credit or furniture, they are a headline and deck read as text. Not after
    text: a brief set between a story's headline and its deck leaves the deck to the
    headline's story only while the deck reads as text (``test_headline_punctuation``).
    Not a piece that ends a sentence (a deck's clause may end on a semicolon), breaks a
    word, ends on a comma or on a word that leads on (``7:30`` / ``at``: words pdfminer
    wrote out of a column), nor a stretched line (``Line.stretched``: running text)."""
    for j in range(1, len(blocks)):
        if kinds[j] is not BYLINE:
            continue
        i = _pieces_above(blocks, kinds, j, 0)
        for start in range(i, j):  # the longest run that reads as a heading's rest
            if _heading_rest(blocks, kinds, start, j):
                kinds[start:j] = [HEADLINE] * (j - start)
                break


#: The heading blocks right over a byline read past for a piece set between them: the
#: deck, and the headline over it.
STACK_BLOCKS = 2


def piece_inside_heading_stack(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """English: body pieces between two heading blocks of the stack over a byline (a
    kicker, then the piece, then the deck right over the byline) are the stack's
    headline written as text (set to ``HEADLINE``): a story's text opens under its
    byline, never between its kicker and its deck. A headline no rule of shape tells
    (sentence case, a figure and a colon: ``103 degrees: Hottest day ever`` /
    ``recorded in Corwin Falls``, ``2 hours, 14 minutes: Okonjo breaks…``), or a
    headline's wrapped rest in lower case under its first line (``Small films, long
    lines: Riverlight festival`` / ``sells out its 12th year``). The pieces read as a
    heading's rest over a byline do (``_heading_rest``, a heading above them, not text
    or furniture), but for their first letter: under a heading line that ends no
    sentence a lower-case piece goes on with it."""
    for j in range(1, len(blocks)):
        if kinds[j] is not BYLINE:
            continue
        h = j
        while h > 0 and j - h < STACK_BLOCKS and kinds[h - 1] is HEADLINE:
            h -= 1
        if h == j:
            continue
        i = _pieces_above(blocks, kinds, h, 1)
        if i == h or kinds[i - 1] is not HEADLINE:
            continue
        for start in range(i, h):
            if kinds[start - 1] is HEADLINE and _heading_rest(blocks, kinds, start, h, True):
                kinds[start:h] = [HEADLINE] * (h - start)
                break


def _ends_clause(line: str, after: int) -> bool:
    """A piece's line ends a sentence (or an abbreviation: ``4:12 p.m.``, a table's last
    row), as no line of a heading's rest does; but a deck's first clause may end on a
    semicolon when a piece follows it (``after``)."""
    return ends_sentence(line) and not (after and line.rstrip().endswith(";"))


def _heading_rest(blocks: list[Block], kinds: list[BlockKind], i: int, j: int,
                  under_heading: bool = False) -> bool:
    """Whether body blocks ``i`` to ``j`` (a byline's, or a heading's over it) read as
    a heading's rest; ``under_heading``: set right under a heading line, which a piece
    in lower case goes on where that line ends no sentence and stands alone in its block
    (a headline written whole with its wrapped lines is whole: a line in lower case
    after it is a column's, ``continuity``)."""
    lines = [ln for b in blocks[i:j] for ln in b.lines]
    words = sum(len(ln.text.split()) for ln in lines)
    if not 2 <= words <= REST_WORDS:
        return False
    before = kinds[i - 1] if i else None
    first = lines[0].text
    goes_on_above = (under_heading and first[:1].islower() and len(blocks[i - 1].lines) == 1
                     and not ends_sentence(blocks[i - 1].lines[-1].text)
                     and _one_stack_over(kinds, i - 1))
    if (not (opens_upper(first, quoted=False) or first[:1].isdigit() or goes_on_above)
            or before is BODY):
        return False  # (a deck opens in a capital; after text, it may be a brief's heading)
    last = lines[-1].text.split()  # (an empty line, which the model allows, ends no rest)
    return not (any(_ends_clause(ln.text, k < len(lines) - 1) or ln.stretched
                    or ln.text.rstrip().endswith("-") for k, ln in enumerate(lines))
                or not last or last[-1].endswith(",") or last[-1].lower() in DANGLING_WORDS)


def _one_stack_over(kinds: list[BlockKind], k: int) -> bool:
    """Heading line ``k`` opens one story's stack: under a kicker at most, not under
    text (a stack's rows read apart) nor under two headings (two kickers side by side:
    ``CITY HALL`` / ``HOLLOW CREEK MINE``, whose stories' rows an extractor writes across,
    so a piece in lower case under them may go on either story's line)."""
    return k < 1 or kinds[k - 1] is not BODY and (
        kinds[k - 1] is not HEADLINE or k < 2 or kinds[k - 2] is not HEADLINE)


def _pieces_above(blocks: list[Block], kinds: list[BlockKind], end: int, floor: int) -> int:
    """Where the run of short body pieces right over block ``end`` starts (not before
    ``floor``): at most ``REST_BLOCKS`` pieces of at most as many lines, none ending a
    clause, may be a heading's rest."""
    i = end
    while (i > floor and end - i < REST_BLOCKS and kinds[i - 1] is BODY
           and 0 < len(blocks[i - 1].lines) <= REST_BLOCKS
           and not _ends_clause(blocks[i - 1].lines[-1].text, end - i)):
        i -= 1
    return i
