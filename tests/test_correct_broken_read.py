"""Words broken in two, misread beyond one listed confusion, whose pieces are rare words
of their own (``broken_read``), on lines written in the style of 19th-century newspaper
OCR (our own sentences)."""

from __future__ import annotations

import pytest

from ocr.correct import correct_text
from ocr.correct.broken import REASON
from ocr.profiles import load_profile


@pytest.mark.parametrize(
    ("read", "fixed", "pieces"),
    [
        ("After this the pr saner was committed for trial at the next sessions.",
         "After this the prisoner was committed for trial at the next sessions.", "pr saner"),
        ("Some of the most lov olv country in the colony lies along the river.",
         "Some of the most lovely country in the colony lies along the river.", "lov olv"),
        ("The price will be dctci mined by the arbitrators next week.",
         "The price will be determined by the arbitrators next week.", "dctci mined"),
        ("At such times wasps and hoi nets were to be found in great numbers.",
         "At such times wasps and hornets were to be found in great numbers.", "hoi nets"),
        ("There were few lots coming to mar kot this week, and prices rose.",
         "There were few lots coming to market this week, and prices rose.", "mar kot"),
    ],
)
def test_misread_pieces_are_joined_and_read_as_one_word(read: str, fixed: str,
                                                        pieces: str) -> None:
    out, changes = correct_text(read, load_profile(None))
    assert out == fixed
    assert any(c.original == pieces and c.reason.startswith(REASON) for c in changes)


@pytest.mark.parametrize(
    "read",
    [
        # a function word beside a misread one is no piece of it
        "The effect iit had on the men was plain to all.",
        # no word before the pieces: a list's numbers and names
        "Reginald Ernest 11 ul bert Ptes Maurice Jeffrey.",
        # both pieces common words: left as read
        "The old pro coding year closed with a surplus.",
    ],
)
def test_words_beside_misread_ones_and_lists_stay(read: str) -> None:
    out, changes = correct_text(read, load_profile(None))
    assert not any(c.reason.startswith(REASON) for c in changes)
