"""Capitals worn on old type read as another capital (``channel.WORN_CAPITALS``: a J read
as T, an E as F or L, a G as O), on lines written in the style of 19th-century
newspaper OCR (our own sentences)."""

from __future__ import annotations

import pytest

from ocr.correct import correct_text
from ocr.correct.channel import WORN_CAPITAL_WHY, targets_of, worn_capitals
from ocr.correct.real_words import common_words
from ocr.profiles import load_profile


def _read(tok: str) -> list[str]:
    common = common_words(3.0)
    return sorted(worn_capitals(tok, targets_of(common), common))


def test_a_capital_is_read_as_each_capital_it_may_be_the_worn_print_of() -> None:
    assert _read("Tohn") == ["john"]
    assert _read("Fdward") == ["edward"]
    assert _read("Llizabeth") == ["elizabeth"]
    assert _read("Oeorge") == ["george"]
    assert "eastern" in _read("Fastcrn")  # and one listed confusion more (c for e)
    assert _read("Hohn") == []  # no worn form of another capital
    assert _read("TOHN") == [] and _read("To") == []


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # names inside a sentence and in lists: the capital changes, the rest stays
        ("The will of the late Tohn Matthews, farmer, of Penrith, was proved yesterday.",
         "The will of the late John Matthews, farmer, of Penrith, was proved yesterday."),
        ("Among the passengers were Mr. Fdward Hill and Mrs. Oeorge Rowe.",
         "Among the passengers were Mr. Edward Hill and Mrs. George Rowe."),
        ("The prisoner, Llizabeth Dunn, was remanded for seven days.",
         "The prisoner, Elizabeth Dunn, was remanded for seven days."),
        # the worn capital and one listed confusion besides (c for e, o for e)
        ("The Fastcrn Suburbs team will meet Balmain on the Oval.",
         "The Eastern Suburbs team will meet Balmain on the Oval."),
        ("A meeting in favour of the railway Lxtonsion was held at Manly.",
         "A meeting in favour of the railway Extension was held at Manly."),
    ],
)
def test_worn_capitals_are_read_as_the_capital_they_print(read: str, fixed: str) -> None:
    out, changes = correct_text(read, load_profile(None))
    assert out == fixed
    assert any(c.reason == WORN_CAPITAL_WHY for c in changes)


@pytest.mark.parametrize(
    "read",
    [
        # known words stay: a Tack, a Fame, a Lord are no misread Jack, Eame or Eord
        "The Lord Mayor presided, and Tack Smith moved the vote of thanks.",
        # a name no worn capital makes a common word of stays as read
        "The licence of Tolmer's hotel at Forbes was renewed.",
    ],
)
def test_known_words_and_names_stay(read: str) -> None:
    out, changes = correct_text(read, load_profile(None))
    assert out == read
    assert not any(c.reason == WORN_CAPITAL_WHY for c in changes)
