"""Page furniture at the top of a page of text: the labels over the folio band.

Part of the ``classify`` stage (it decides the kinds in place, on ``classify``'s list):
at the top of a page without geometry, before any article's text, an extractor writes
the masthead, the folio and date lines, the section label and the cover price, which
read like headlines there.
"""

from __future__ import annotations

import re

from .listing_rows import opens_listing
from .model import BODY, FURNITURE, HEADING_KINDS, HEADLINE, Block, BlockKind
from .readers.textheads import caps_label
from .script import is_cjk, is_han
from .terms import cjk_pairs
from .typography import text_width

_LATIN_WORD = re.compile(r"[a-z]{3,}")
#: The widest a label of the page's furniture is set, in ems (``typography.text_width``):
#: a section label or a box's title (``要闻``, ``AROUND THE VALLEY``), not a headline.
LABEL_EMS = 24
_FUNCTION_WORDS = frozenset("the and for with from this that are was its our".split())


def labels_over_furniture(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """At the top of the page, before any article's text, a short heading set right
    above page furniture is furniture too: a masthead, section label or strap
    (``临江日报``, ``要闻``, ``COMMUNITY``) stands in the folio band, not over an article.
    (Lower down, a headline above a folio line is an orphan that lost its article.)

    The page's section label comes first in that band; a later label that names
    something the page's text talks about (``TRAFFIC ALERT`` over a story on a bridge
    closing to traffic) is a story's kicker that the extractor wrote among the folio
    lines."""
    top = 0
    while top < len(kinds) and kinds[top] in (HEADLINE, FURNITURE):
        top += 1
        if top < len(kinds) and _cover_price(blocks[top]):
            kinds[top] = FURNITURE  # the price in the masthead's band
    for i in range(top, len(kinds)):
        # Lower down, a price beside a line of furniture is the masthead band's too: an
        # extractor writes the band's right end (``$2.50`` / ``Cloudy, cooler; high
        # 55…``) after the columns under the band's left end. A price list's line
        # stands among other prices, not furniture.
        if (kinds[i] is BODY and _cover_price(blocks[i])
                and FURNITURE in kinds[max(0, i - 1):i + 2:2]):
            kinds[i] = FURNITURE
    labels = [i for i in range(min(top, len(blocks) - 1))
              if kinds[i] is HEADLINE and len(blocks[i].lines) == 1]
    body: frozenset[str] | None = None
    pairs: set[str] | None = None  # the CJK letter pairs of the page's text
    kickers: set[int] = set()
    cjk_heads: set[int] = set()  # the kickers told by their CJK letter pairs
    for i in reversed(labels):
        # The section label stays furniture over a kicker the folio band holds.
        after = i + 1
        while after in cjk_heads:
            after += 1
        above = kinds[i + 1] is FURNITURE or (i == labels[0] and i + 1 in kickers) or (
            i + 1 in cjk_heads and after < len(kinds) and kinds[after] is FURNITURE)
        if not above or text_width(blocks[i].text) > LABEL_EMS:
            continue
        if i != labels[0]:
            text = blocks[i].text
            if any(map(is_cjk, text)):
                if pairs is None:
                    pairs = cjk_pairs(" ".join(b.text for b, k in zip(blocks, kinds, strict=True)
                                               if k is BODY))
                own = cjk_pairs(text)
                if len(own & pairs) >= max(3, len(own) / 3):
                    kickers.add(i)
                    cjk_heads.add(i)
                    continue
            else:
                if body is None:
                    body = frozenset(w[:6] for b, k in zip(blocks, kinds, strict=True)
                                     if k is BODY for w in _words(b.text))
                if any(w[:6] in body for w in _words(text)):
                    kickers.add(i)
                    continue
        kinds[i] = FURNITURE
    # In the band, one line between two lines of furniture is furniture too (a
    # masthead's motto, ``Serving Harbor City since 1871``, an edition line), unless it
    # is a kicker's label in capitals or a CJK heading the text talks about, or no
    # headline follows it in the band (then it is the headline of the page's one story).
    last_head = max((k for k in range(top) if kinds[k] is HEADLINE), default=-1)
    for i in range(1, min(top, last_head)):
        if (kinds[i] is HEADLINE and len(blocks[i].lines) == 1
                and not (i in kickers and blocks[i].text.isupper() or i in cjk_heads)
                and kinds[i - 1] is FURNITURE
                and kinds[i + 1] is FURNITURE):
            kinds[i] = FURNITURE
    _labels_by_folios(blocks, kinds)


def _labels_by_folios(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """Anywhere on the page, a section label (``LOCAL``, ``COMMUNITY``, ``要闻``) set
    right against a line of furniture (the folio, the date line) is furniture: an
    extractor writes an inside page's folio band where it meets it, often late in the
    stream, between two columns' text. A kicker in capitals stands over its headline:
    the label is one only where no heading follows it (past the furniture beside it),
    nor, in Chinese, a listing's first entry (``listing_rows.opens_listing``: ``第3版`` /
    ``潮汐预报`` / ``12月6日 高潮：05:42…``), which stands under its standing head."""
    for i, b in enumerate(blocks):
        if kinds[i] is not HEADLINE or len(b.lines) != 1:
            continue
        if not (i > 0 and kinds[i - 1] is FURNITURE
                or i + 1 < len(kinds) and kinds[i + 1] is FURNITURE) or not _section_label(b.text):
            continue
        after = i + 1
        while after < len(kinds) and kinds[after] is FURNITURE:
            after += 1
        if after == len(kinds) or kinds[after] not in HEADING_KINDS and not (
                is_cjk(b.text[:1]) and opens_listing(blocks[after].text)):
            kinds[i] = FURNITURE


def _section_label(text: str) -> bool:
    """A section label's shape: a word or three in capitals (``caps_label``), or two
    to four CJK letters with no mark or figure (``要闻``, ``本地新闻``)."""
    t = text.strip()
    if len(t) > 4 and len(t.split()) > 3:
        return False  # (too long for either shape: told before its letters are looked at)
    if any(map(is_cjk, t)):
        return 2 <= len(t) <= 4 and all(map(is_han, t))
    return caps_label(t) and len(t.split()) <= 3


#: A cover price alone on its line (``$2.00``, ``50 cents``, ``定价：1.50元``): furniture in
#: the band at the page top, the line of a price list anywhere else.
_COVER_PRICE = re.compile(
    r"\s*(?:[$£€¥]\s?\d{1,2}(?:\.\d{2})?|\d{1,3}\s?(?:¢|cents|CENTS)"
    r"|(?:定价|零售价|每份)\s*[：:]?\s*[0-9.]+\s*元)\s*")


def _cover_price(block: Block) -> bool:
    return len(block.lines) == 1 and _COVER_PRICE.fullmatch(block.lines[0].text) is not None


def _words(text: str) -> list[str]:
    """Latin content words (three letters or more), lower case."""
    return [w for w in _LATIN_WORD.findall(text.lower()) if w not in _FUNCTION_WORDS]
