"""Stray lines: a column's few words an extractor wrote away from their column.

pdfminer writes a line of a story's column among headlines or between two paragraphs
(``will be detoured to the Route 9 bridge``); the walk (``ocr.assemble``) sets such a
line aside, and once the articles are cut it goes back where its sentence reads on best,
by the English word-pair model. Apart from ``ocr.continuity`` because it weighs every
junction of the articles near it after the walk, not the block just read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .continuity import NEAR_ARTICLES
from .model import BODY, Block
from .story_flow import LATIN_WORD, F, Flow, flow_text
from .terms import Terms
from .text_pieces import PIECE_WORDS
from .typography import ends_sentence

if TYPE_CHECKING:
    from .word_pairs import Bigrams

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
    so the best junction is taken when it reads clearly better than the next best.
    A few words that fit no such junction may be a piece of a stretched line that
    pdfminer wrote as a block of its own: they go back into a hole of the article
    written next to them (``_best_hole``)."""
    strays = [i for i, d in enumerate(drafts) if _stray(d)]
    if lang != "en" or not strays:
        return drafts
    from .correct.ngrams import bigrams  # loaded only for a page that has a stray line

    model = bigrams()
    gone: set[int] = set()
    for i in strays:
        line = drafts[i].blocks[0].lines[0].text
        words = _words(line)
        if not words:
            continue
        head, tail = words[0], words[-1]
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
                # (the next block's first word first: most open in a capital, a new
                # paragraph, and are told so before a line's words are found)
                right = _first_word(b)
                if not right or ends_sentence(a.text) or not (left := _last_word(a)):
                    continue
                if model.listed(left, right):
                    continue  # the blocks read on as they are (a common word pair)
                gain = (
                    model.cond(left, head)
                    + model.cond(tail, right)
                    - model.cond(left, right)
                    + shared
                )
                gains.append((gain, j, k + 1))
        gains.sort(reverse=True)
        if gains and (len(gains) == 1 or gains[0][0] - gains[1][0] >= STRAY_MARGIN):
            _, j, k = gains[0]
            drafts[j].blocks.insert(k, drafts[i].blocks[0])
            gone.add(i)
        elif (hole := _best_hole(drafts, i, words, gone, model)) is not None:
            j, k, n = hole
            host, lines = drafts[j].blocks[k], drafts[i].blocks[0].lines
            drafts[j].blocks[k] = replace(host, lines=(*host.lines[:n], *lines, *host.lines[n:]))
            gone.add(i)
    return [d for n, d in enumerate(drafts) if n not in gone]


#: A stray of one word shorter than this goes into no hole on its own.
LONE_WORD = 4

#: A line of running text this much of its column's measure or less, ending no
#: sentence, is a piece of a stretched line whose other words may have been written away.
HOLE = 0.7


def _best_hole(drafts: list[F], i: int, words: list[str], gone: set[int],
               model: Bigrams) -> tuple[int, int, int] | None:
    """(article, block, line) where stray ``i`` goes back into a stretched line that
    pdfminer wrote in pieces (``and will open at noon on`` / ``Sundays`` / ``library`` /
    ``announced.``, then ``year-round,`` and ``trustees`` as blocks of their own): a hole
    in the article written right before it or right after it (the piece's box stands next
    to its paragraph's), the one where the sentence reads on best through it; the other
    article's best hole must read clearly worse."""
    line = drafts[i].blocks[0].lines[0].text  # its ``words`` as ``_words`` reads them
    if len(line.split()) > PIECE_WORDS:
        return None  # a column's line, not a piece of a stretched one
    if len(words) == 1 and len(words[0]) < LONE_WORD:
        return None  # ``the``, ``of``: reads on in any hole, so tells none
    best: list[tuple[float, int, int, int]] = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(drafts) and (j in gone or _stray(drafts[j])):
            j += step
        if not 0 <= j < len(drafts):
            continue
        blocks = drafts[j].blocks
        measure = _measure(blocks)
        here = [(_reads_on(model, up[-1], words, down[0]), j, k, n + 1)
                for k, block in enumerate(blocks) if block.kind is BODY
                for n in _holes(block, len(line), measure)
                if (up := _words(block.lines[n].text))
                and (down := _words(block.lines[n + 1].text))]
        if here:
            best.append(max(here))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) == 2 and best[0][0] - best[1][0] < STRAY_MARGIN:
        return None
    _, j, k, n = best[0]
    lines = drafts[j].blocks[k].lines
    up, down = _words(lines[n - 1].text), _words(lines[n].text)
    if not (model.listed(up[-1], words[0]) or model.listed(words[-1], down[0])):
        return None  # no common pair on either side: put out of order, it costs more
    return j, k, n


def _reads_on(model: Bigrams, up: str, words: list[str], down: str) -> float:
    """How well a stray's words read on at a hole: the likelier of its joins to the line
    above and to the line below. Not the sum less the junction it parts, as between
    blocks: pdfminer wrote the stretched line's other pieces in its own order
    (``the`` / ``Sundays`` for ``Sundays year-round, the``), so one side may read wrong
    however right the hole is."""
    return max(model.cond(up, words[0]), model.cond(words[-1], down))


def _measure(blocks: list[Block]) -> int:
    """An article's column measure in characters: its body lines' upper quartile
    (pdfminer's pieces of stretched lines and paragraph ends are shorter)."""
    widths = sorted(len(ln.text) for b in blocks if b.kind is BODY for ln in b.lines)
    return widths[3 * len(widths) // 4] if widths else 0


def _holes(block: Block, width: int, measure: int) -> list[int]:
    """Line ``n`` of each junction inside ``block`` where a stray line ``width``
    characters wide may have been taken out of a stretched line: the line above ends no
    sentence nor broken word, and it or the line below is short enough to have held it
    within the measure."""
    lines = block.lines
    out = []
    for n in range(len(lines) - 1):
        up, down = lines[n].text, lines[n + 1].text
        short = min(len(up), len(down))
        if (not ends_sentence(up) and not up.endswith("-") and short <= HOLE * measure
                and short + 1 + width <= measure + 2):
            out.append(n)
    return out


def _words(text: str) -> list[str]:
    """The Latin words of ``text`` in lower case, as the word pair model holds them."""
    return [w.lower() for w in LATIN_WORD.findall(text)]


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
    return (
        len(lines) == 1
        and lines[0].text[:1].islower()
        and not ends_sentence(lines[0].text)
        and not lines[0].text.endswith("-")
    )


def _last_word(block: Block) -> str:
    words = LATIN_WORD.findall(block.lines[-1].text) if block.lines else []
    return words[-1].lower() if words else ""


def _first_word(block: Block) -> str:
    """The block's first word in lower case where its text opens in lower case (a
    sentence going on), else ``''`` (asked before its words are found)."""
    text = block.lines[0].text if block.lines else ""
    if not text[:1].islower():
        return ""
    words = LATIN_WORD.findall(text)
    return words[0].lower() if words else ""
