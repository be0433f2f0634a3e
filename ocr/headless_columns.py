"""A story's column that an extractor wrote after another item, where the walk opened a
headless item with it, taken back to its story once every article is known (English
text without geometry, after the walk).

pdftotext writes a page's columns as their tops stand and pdfminer a paragraph a block,
so a story's next column may come out after a brief, another story's paragraph or a
photo's caption; it opens in a capital after text that ended its sentence (a column
breaks between paragraphs as often as not), and the walk, which sees it block by block,
cannot always tell it from a brief (``run_on_briefs.news_lead``,
``column_blocks.unrelated_column``).
Seen whole, it says it is no item of its own by how it opens: as a story's later
paragraph does, on someone or something told of before (``She never remarried.``,
``The gap remains wide.``, a quote whose speaker is named after it, a sentence going on
in lower case: ``leads.opens_referring``), where a brief introduces its subject. Whose
it is its words say: the story read before it that shares clearly the most content
words with its opening (``terms.content_stems``). Words alone do not tell a column
from a brief (on the study sets' English pages a brief shares as many rare words with
some story by chance as a column does with its own); the opening does. Apart from
``ocr.crosshead_sections`` (a section under its crosshead), whose measure it shares.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol, TypeVar

from .leads import opens_referring
from .misplaced_columns import Signed, blocks_text
from .model import BODY, Block
from .terms import content_stems

#: Content words a headless column's opening (its first ``OPENING_CHARS`` characters)
#: shares with the story it goes back to, at least, and how many times as many as with
#: any other item of the page.
PIECE_SHARED, PIECE_LEAD = 2, 2
OPENING_CHARS = 400


class Piece(Signed, Protocol):
    """An article as this rule reads it, once the headings are given out: its heading
    groups (``Draft.groups``)."""

    groups: list[Any]


class Pictured(Protocol):
    """A photo item (``PhotoDraft``): the article it was read in, if any."""

    article: Any


P = TypeVar("P", bound=Piece)


def columns_back(drafts: list[P], photos: Sequence[Pictured] = ()) -> list[P]:
    """Each headless item with no byline (``Draft.headless``: no heading, byline or jump
    line read right before it, and none given to it by its words since) that opens as a
    story's later paragraph (``leads.opens_referring``) goes to the end of the story
    read before it whose text holds clearly the most of its opening's content words
    (``PIECE_SHARED`` at least, ``PIECE_LEAD`` times as many as any other item's), with
    its blocks in the order read (``photos`` read in it go with it). The story must have
    text and no jump line (a story that jumps goes on on another page). Items are taken
    in reading order, so a story's two columns written apart both go back."""
    pieces = [k for k, d in enumerate(drafts) if _piece(d)]
    if not pieces:
        return drafts
    stems = [content_stems(body_text(e.blocks)) for e in drafts]
    for k in pieces:
        d = drafts[k]
        own = content_stems(body_text(d.blocks)[:OPENING_CHARS])
        i = clearly_most(own, stems, (i for i, e in enumerate(drafts) if i != k and e.blocks))
        if i is None or i > k or drafts[i].jump is not None or not drafts[i].has_body:
            continue
        host = drafts[i]
        photos_follow(photos, d, host)  # (a photo read in the column goes with it)
        host.blocks.extend(d.blocks)
        host.end = max(host.end, d.end)
        host.jump = d.jump
        stems[i] |= stems[k]
        d.blocks = []
    return [d for d in drafts if d.blocks]


def body_text(blocks: Sequence[Block]) -> str:
    """An item's running text, its body ``blocks``' lines joined."""
    return blocks_text([b for b in blocks if b.kind is BODY])


def clearly_most(own: set[str], stems: Sequence[set[str]], among: Iterable[int]) -> int | None:
    """The item (by index, ``among`` them) whose content words (``stems``) hold clearly the
    most of ``own``: ``PIECE_SHARED`` at least and ``PIECE_LEAD`` times as many as any
    other's; None when none does. A column read apart goes back to its story by it
    (``columns_back``), and a stack written apart to the story it heads
    (``stacks_apart``)."""
    shares = sorted(((len(own & stems[i]), i) for i in among), reverse=True)
    if not shares:
        return None
    most, i = shares[0]
    runner = shares[1][0] if len(shares) > 1 else 0
    return i if most >= max(PIECE_SHARED, PIECE_LEAD * runner) else None


def photos_follow(photos: Sequence[Pictured], item: object, host: object) -> None:
    """The photos given to ``item`` go with its text to ``host``."""
    for photo in photos:
        if photo.article is item:
            photo.article = host


def _piece(d: Piece) -> bool:
    """A headless item that may be a story's column read apart: no byline, no jump line
    it was continued from, not waiting for its place (``pending``), opening as a
    story's later paragraph does (``leads.opens_referring``)."""
    return (d.headless and not d.groups and d.byline is None and d.continued_from is None
            and not d.pending and d.has_body
            and opens_referring(" ".join(body_text(d.blocks).split())))
