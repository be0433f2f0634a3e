"""Stray lines: a column's few words an extractor wrote away from their column.

pdfminer writes a line of a story's column among headlines or between two paragraphs
(``will be detoured to the Route 9 bridge``); the walk (``ocr.assemble``) sets such a
line aside, and once the articles are cut it goes back where its sentence reads on best,
by the English word-pair model. Apart from ``ocr.continuity`` because it weighs every
junction of the articles near it after the walk, not the block just read.
"""

from __future__ import annotations

from .continuity import LATIN_WORD, NEAR_ARTICLES, F, Flow, flow_text
from .model import BODY, Block
from .terms import Terms
from .typography import ends_sentence

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
        words = LATIN_WORD.findall(line)
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
    text = block.lines[0].text if block.lines else ""
    words = LATIN_WORD.findall(text)
    return words[0].lower() if words and text[:1].islower() else ""
