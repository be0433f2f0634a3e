"""A story's stack read as the text of the item before its byline (text without geometry).

An extractor that parts blocks at gaps (pdfminer), or a stack set in a narrow column
(pdftotext), may write a story's headline and deck as running text: two blocks, or one
too long for a heading, right over the story's byline (``School board delays four-day
week after`` / ``parents, bus drivers and coaches pack`` / ``hearing to object`` / ``By
DEVIN OKAFOR and``; ``‘It came up through the`` / ``floorboards,’ says baker as`` / … /
``By Nadia Fenwick and Owen Bright``). The walk reads them as the end of the item before
(a correction, a brief, the kicker over the stack), and the story opens at its byline
with no headline: the largest form of a headless byline item (docs/text-path.md,
thirty-eighth and thirty-ninth sessions). The shape alone does not tell them from the
last lines of another story that a column break cut (``stack_in_block`` holds those), so
this asks it once the walk is done, with what the shape cannot give: the lines name what
the story under the byline is about (its share of their ``terms``, as ``attach`` gives
a headline by its words), and the rest of the item they were read in does not, and the
byline's story has no heading of its own. Chinese pages hold the same
form (``“15分钟养老服务圈”`` / ``覆盖全部城市社区`` / ``今年新建社区嵌入式养老服`` / ``务站37个``
read as a brief's last paragraph over ``本报记者 龚晓峰``): ``terms`` are CJK pairs there.
"""

from __future__ import annotations

from dataclasses import replace

from .drafts import Draft, PhotoDraft
from .heading_terms import MIN_CONTENT_SCORE
from .heading_words import never_a_heading
from .headlines import HeadingGroup
from .linejoin import join_lines
from .model import BODY, BYLINE, HEADLINE, Block
from .terms import terms
from .typography import ends_a_sentence

#: Terms (``terms``, as ``attach`` matches a heading to its story) a stack has at least.
STACK_TERMS = 3
#: The lines of a stack at most: a headline of four and a deck of eight, a narrow
#: column's (pdfminer's ``Will the 7:15 still`` / ``sail? Yes — but not`` / …).
STACK_LINES = 12
#: The blocks a stack read as text parts into at most (a headline's, a deck's).
STACK_BLOCKS = 2


def stacks_over_bylines(drafts: list[Draft], ordered: list[Block],
                        photos: list[PhotoDraft]) -> list[Draft]:
    """``drafts`` with each headless byline story given the stack read right over its
    byline as another item's text (``stack_over``); an item left with nothing is gone,
    its own heading (the kicker over the stack) passed on to the story."""
    at = {b.id: k for k, b in enumerate(ordered)}
    holder = {b.id: d for d in drafts for b in d.blocks}
    gone: set[int] = set()
    for d in drafts:
        if d.groups or not d.blocks or d.blocks[0].kind is not BYLINE or id(d) in gone:
            continue
        story = terms(join_lines([ln.text for b in d.blocks if b.kind is BODY
                                  for ln in b.lines]))
        pos = at.get(d.blocks[0].id)
        if not story or pos is None or pos == 0:
            continue
        before = holder.get(ordered[pos - 1].id)
        if before is None or before is d or id(before) in gone:
            continue
        run = stack_over(before, ordered[max(0, pos - STACK_BLOCKS) : pos], story)
        if not run:
            continue
        taken = {id(b) for b in run}
        before.blocks = [b for b in before.blocks if id(b) not in taken]
        if not before.blocks:
            d.groups.extend(before.groups)  # (the kicker the stack was read under)
            before.groups = []
            gone.add(id(before))
        d.groups.append(HeadingGroup(start=pos - len(run),
                                     blocks=[replace(b, kind=HEADLINE) for b in run]))
    for photo in photos:
        if photo.article is not None and id(photo.article) in gone:
            photo.article = None
    return [d for d in drafts if id(d) not in gone]


def stack_over(before: Draft, over: list[Block], story: frozenset[str]) -> list[Block]:
    """The blocks of ``over`` (those read right over a byline, ``STACK_BLOCKS`` at most)
    that ``before`` holds and that are the stack of the story whose text's ``terms`` are
    ``story``, or none: body blocks in ``before`` one after the other, no line ends a
    sentence, they open in no lower-case letter, hold ``STACK_LINES`` lines at most, and the
    story holds as many of their terms as ``attach`` asks of a headline it gives by its
    words (``MIN_CONTENT_SCORE``), and what ``before`` keeps holds no more: the item they
    were read in talks of something else (a part of their own story read before them
    shares as many: S2 zh629 pdfminer, its text then torn from the part)."""
    for n in range(len(over), 0, -1):
        run = over[-n:]
        held = [i for i, b in enumerate(before.blocks) if any(b is r for r in run)]
        if (len(held) != n or held != list(range(held[0], held[0] + n))
                or any(b.kind is not BODY for b in run)):
            continue
        texts = [ln.text for b in run for ln in b.lines]
        if (len(texts) > STACK_LINES or any(map(_ends, texts))
                or never_a_heading(texts) or texts[0][:1].islower()):
            continue
        mine = terms(join_lines(texts))
        shared = len(mine & story)
        kept = terms(join_lines([ln.text for b in before.blocks if b.kind is BODY
                                 and all(b is not r for r in run) for ln in b.lines]))
        if (len(mine) >= STACK_TERMS and shared >= MIN_CONTENT_SCORE * len(mine)
                and len(mine & kept) <= MIN_CONTENT_SCORE * len(mine)):
            return run
    return []


def _ends(line: str) -> bool:
    """Whether a stack's line ends a sentence (``ends_a_sentence``); a deck's clause
    ends on a semicolon and goes on (``Forty homes … take in water;`` / ``the clean-up
    could last into`` / ``January``)."""
    return ends_a_sentence(line) and not line.rstrip().endswith(";")
