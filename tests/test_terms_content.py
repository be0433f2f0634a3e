"""The content words that tell which English story a column, a section or a byline's
text goes with (``terms.content_stems``): one stemmer for ``misplaced_columns``,
``signed_columns`` and ``crosshead_sections``."""

from __future__ import annotations

from ocr.misplaced_columns import blocks_text
from ocr.model import BODY, Block, Line, Word
from ocr.terms import content_stems

HEADLINE = "Ferry fares to rise as harbour board weighs cuts"
LEAD = ("Commuters on the island crossings will pay more for ferry tickets next year, "
        "the harbour board said on Tuesday.")


def test_a_headline_and_its_lead_share_their_rare_words_only() -> None:
    shared = content_stems(HEADLINE) & content_stems(LEAD)
    assert shared == {"ferry", "harbou"}  # not ``board``, ``said``, ``year``: too common


def test_a_plural_is_its_singular() -> None:
    assert {"fare", "cut", "ticket"} <= content_stems(HEADLINE) | content_stems(LEAD)
    assert content_stems("ferry tickets") == content_stems("ferry ticket")


def _block(*lines: str) -> Block:
    return Block(id="b", kind=BODY, lines=tuple(Line(words=tuple(map(Word, t.split())))
                                                for t in lines))


def test_a_word_hyphenated_across_lines_counts_whole() -> None:
    block = _block("The harbour board will meet com-", "muters at the terminal.")
    assert "commut" in content_stems(blocks_text([block]))
    assert "commut" not in content_stems(block.text)
