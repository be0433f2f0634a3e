"""Two stories' headlines an extractor wrote on one line.

Where two stories stand side by side under one heading row, pdftotext may join the
row's two headlines into one line (``Ice storm leaves 40,000 without power Jury clears
contractor``, ``Council trims police overtime to close budget gap Blood drive
Tuesday``). The line is then one heading, given whole to one story and lost to the
other. A sentence-case headline opens its words in lower case but for names, so the
second headline starts at one of the line's capitals; where the words before it
clearly talk about one story (``ArticleTerms``, as ``split_groups`` reads a headline)
and those from it on clearly about a story read later (a row's headlines are written
left to right, as their stories' texts are), the line is two headings, and
``split_groups`` places each with its own story. A proper name inside one headline
(``Novak’s Bakery``) leaves both parts with the same story, or one part too short to
tell: the line stays whole.
"""

from __future__ import annotations

from dataclasses import replace

from .heading_terms import ArticleTerms, clear_story, near_stories
from .heading_words import goes_on
from .headlines import HeadingGroup
from .model import HEADLINE, Block, Line, Page

#: Words (of two letters or more) a part of a joined line has at least (a headline's
#: fewest, ``Blood drive Tuesday``); the terms ``clear_story`` asks of it are counted there.
PART_WORDS = 3


def split_glued(groups: list[HeadingGroup], grams: ArticleTerms, starts: list[int]) -> None:
    """Part each one-line headline block of ``groups`` that holds two stories'
    headlines in two blocks (in place, the group's start kept: what stands under it
    stays where it was)."""
    for g in groups:
        if g.banner:
            continue
        near = near_stories(starts, g.start)
        out: list[Block] = []
        for b in g.blocks:
            out.extend(_parts(b, grams, near) or [b])
        if len(out) > len(g.blocks):
            g.blocks = out


def _parts(block: Block, grams: ArticleTerms, near: range) -> list[Block] | None:
    """The two headlines ``block`` holds, as blocks, if it holds two."""
    if block.kind != HEADLINE or len(block.lines) != 1 or block.text.isupper():
        return None
    words = block.lines[0].words
    # Where a second headline may open: a capital, not after a mark that goes on (most
    # lines of a sentence-case headline hold few capitals past their first word).
    ks = [k for k in range(PART_WORDS, len(words) - PART_WORDS + 1)
          if words[k].text[:1].isupper() and words[k - 1].text[-1:] not in ",:;—-–"]
    if not ks:
        return None
    best: tuple[int, int] | None = None  # (shared terms, where the second opens)
    wordy = [sum(map(str.isalpha, w.text)) >= 2 for w in words]
    for k in ks:
        if not wordy[k] or sum(wordy[:k]) < PART_WORDS or sum(wordy[k:]) < PART_WORDS:
            continue  # (a letter or a figure goes with the word before: ``Terminal B``)
        head, rest = " ".join(w.text for w in words[:k]), " ".join(w.text for w in words[k:])
        if goes_on(head, rest):
            continue  # (a headline wrapped: ``Trains to Nashua and`` / ``Manchester…``)
        left = _story(head, grams, near)
        right = None if left is None else _story(rest, grams, near)
        if left is None or right is None or left[0] >= right[0]:
            continue  # (a row's headlines stand in the order their stories are read)
        if best is None or left[1] + right[1] > best[0]:
            best = (left[1] + right[1], k)
    if best is None:
        return None
    k = best[1]
    line = block.lines[0]
    return [replace(block, lines=(Line(words[:k], indent=line.indent),)),
            replace(block, id=f"{block.id}{PART_ID}", lines=(Line(words[k:]),))]


#: What the id of a joined line's second headline ends on (the first keeps the line's).
PART_ID = "-2"


def with_parts(page: Page, groups: list[HeadingGroup]) -> Page:
    """``page`` with each block ``split_glued`` parted replaced by its two parts (the
    first keeps the id, the second's ends on ``PART_ID``), in its blocks and reading
    order: the parts are what the articles and orphans name, and a writer looks them
    up there (a second part left over, ``b25-2``, was no block of the page: the JSON
    writer's orphans stopped on it)."""
    parts = {b.id: b for g in groups for b in g.blocks if glued_part(b)}
    if not parts:
        return page
    firsts = {b.id: b for g in groups for b in g.blocks if b.id + PART_ID in parts}
    ids = {b.id for b in page.blocks}
    parts = {k: v for k, v in parts.items() if k not in ids and k[: -len(PART_ID)] in firsts}
    if not parts:
        return page
    blocks: list[Block] = []
    for b in page.blocks:
        blocks.extend((firsts[b.id], parts[b.id + PART_ID]) if b.id + PART_ID in parts else (b,))
    order: list[str] = []
    for i in page.reading_order:
        order.extend((i, i + PART_ID) if i + PART_ID in parts else (i,))
    return page.replaced(blocks=tuple(blocks), reading_order=tuple(order))


def glued_part(block: Block) -> bool:
    """Whether ``block`` is the second headline parted from a joined line: a sign that
    the heading rows about it were written across two stories."""
    return block.id.endswith(PART_ID)


def _story(text: str, grams: ArticleTerms, near: range) -> tuple[int, int] | None:
    """The story a part clearly talks about and how many terms it shares with it."""
    size, shares = grams.take(text, near)
    best = clear_story(size, shares)
    return None if best is None else (best, shares[best])
