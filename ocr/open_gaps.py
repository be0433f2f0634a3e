"""Where a held Chinese column goes: the story that left a sentence open for it.

The walk (``ocr.assemble``) holds a column that opens mid-paragraph (its first line
full, where a paragraph's first is set two characters in) after an article that ended its
sentence; ``ocr.pending_columns`` then gives it to that article, or to the next one left
mid-sentence. But an extractor writes a story's column tail anywhere: before the story,
after a wire brief (``新华社北京11月11日电…同比增长3.9%。`` / ``户收下的湿谷可以直接送去烘
干，…``), inside a story whose own column it is not. The brief's lead is complete in
itself; the story the tail finishes has a column that stops mid-clause on a full line,
either at its end or right before a paragraph's first line (its next column's start
was written elsewhere: ``…日烘干能力达到1200吨，农`` / ``据市发展改革委统计，…``). Such a
story, sharing more of the tail's letter pairs than the article it was read after, takes
the tail, right after that column.
"""

from __future__ import annotations

from collections.abc import Sequence

from .continuity import NEAR_ARTICLES
from .letter_pairs import DENSE_TO_RESUME, DENSER_TO_RESUME, OPENING_CHARS, pair_density, talks
from .model import BODY, Block
from .paragraphs import FIRST_LINE_SHORT, cjk_first_line, column_width
from .script import guess_lang
from .story_flow import F, Flow, flow_text
from .terms import cjk_pairs
from .typography import ends_sentence, text_width, text_widths


def body_measure(drafts: Sequence[Flow]) -> float:
    """The full line of the articles' running text (ems): their blocks of three lines or
    more (``story_flow.running_width``, read from the articles)."""
    widths = text_widths([ln.text for d in drafts for b in d.blocks
                          if b.kind is BODY and len(b.lines) >= 3 for ln in b.lines])
    return column_width(widths, textual=True, cjk=True) if widths else 0.0


def open_gaps(d: Flow, full: float) -> list[tuple[Block, bool]]:
    """``d``'s columns that stop mid-clause on a full line with nothing of theirs after:
    its last, or one followed by a paragraph's first line (two characters short, two
    lines or more); each with whether it is the article's last."""
    body = [b for b in d.blocks if b.kind is BODY and b.lines]
    out: list[tuple[Block, bool]] = []
    for k, b in enumerate(body):
        last = b.lines[-1].text
        if ends_sentence(last) or text_width(last) < full - FIRST_LINE_SHORT:
            continue
        if k + 1 == len(body):
            out.append((b, True))
        elif (len(body[k + 1].lines) >= 2
              and cjk_first_line(text_width(body[k + 1].lines[0].text), full)):
            out.append((b, False))
    return out


class Stories:
    """Each article's ``open_gaps`` and text, made once and again only when it takes
    blocks: a page of many held columns asks the same neighbours for each."""

    def __init__(self, full: float) -> None:
        self.full = full
        self._kept: dict[int, tuple[int, list[tuple[Block, bool]], str]] = {}

    def of(self, d: Flow) -> tuple[list[tuple[Block, bool]], str]:
        kept = self._kept.get(id(d))
        if kept is None or kept[0] != len(d.blocks):
            gaps = open_gaps(d, self.full)
            kept = self._kept[id(d)] = len(d.blocks), gaps, flow_text(d) if gaps else ""
        return kept[1], kept[2]


def left_open_for(
    column: F, drafts: Sequence[F], at: int, host: F | None, stories: Stories,
    filled: set[int],
) -> tuple[F, Block, bool] | None:
    """The article (within ``NEAR_ARTICLES`` of ``drafts[at]``, the held ``column``) whose
    sentence left open the column finishes, the block it goes after and whether that is
    the article's last; ``None`` when none is found. An article with an ``open_gaps`` gap
    not yet ``filled`` holds the column's opening letter pairs ``DENSER_TO_RESUME`` times
    as densely as ``host`` (the article it was read after) does
    (``letter_pairs.pair_density``), and either as densely as a dogleg's column's are
    held by its story (``DENSE_TO_RESUME``) or the two letters meeting across one of its
    cuts spell a pair it uses elsewhere (``…农`` / ``户收下…``: ``农户``: a word the
    column break cut); of several, the densest. The column goes after that cut, else
    after the article's first gap."""
    text = flow_text(column)
    if stories.full <= 0 or guess_lang(text) != "zh":
        return None
    own = cjk_pairs(text[:OPENING_CHARS])
    bar = DENSER_TO_RESUME * pair_density(flow_text(host), own)[0] if host is not None else 0.0
    first = text.lstrip()[:1]
    best: tuple[float, F, Block, bool] | None = None
    for j in range(max(0, at - NEAR_ARTICLES), min(len(drafts), at + NEAR_ARTICLES + 1)):
        e = drafts[j]
        if e is host or e is column or e.pending or e.jump is not None or not e.has_body:
            continue
        gaps, story = stories.of(e)
        gaps = [g for g in gaps if id(g[0]) not in filled]
        if not gaps:
            continue
        dense = pair_density(story, own)
        if dense[0] <= bar or (best is not None and dense[0] <= best[0]):
            continue
        spelt = next((g for g in gaps if g[0].lines[-1].text.rstrip()[-1:] + first in story),
                     None)
        if spelt is None and talks(dense) < DENSE_TO_RESUME:
            continue
        gap = spelt or gaps[0]
        best = dense[0], e, gap[0], gap[1]
    return None if best is None else best[1:]
