"""A section label or kicker in capitals, as the text reader tells it (``caps_label``):
Latin capitals only. A Chinese line of running text that holds a Latin abbreviation
(``LED``, ``HPV``) is ``isupper`` in Python, and read as a label it was parted from its
paragraph (held-out S2 zh625, zh636: an item each)."""

from __future__ import annotations

import pytest

from ocr.readers.textheads import caps_label


@pytest.mark.parametrize("text", ["EDUCATION", "CITY HALL", "HIGH SCHOOL HOCKEY", "IN BRIEF"])
def test_a_label_in_capitals_is_one(text: str) -> None:
    assert caps_label(text)


@pytest.mark.parametrize("text", [
    "LED屏和纱幕营造出运河两岸的四",  # running text with a Latin abbreviation
    "我市启动适龄女生HPV",
    "GDP增长",
    "City Hall",  # title case
    "THE COUNCIL VOTED ON A NEW BUDGET",  # more words than a label has
    "A.M.",  # marks, not letters
])
def test_other_lines_are_not(text: str) -> None:
    assert not caps_label(text)
