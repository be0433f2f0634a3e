"""Words in capitals misread in a heading (``capitals``): our own headings in the style
of a 19th-century paper, read as worn capitals print them (P for F, II for H, AV for W,
V for Y); acronyms in prose, names, numbers and clean headings left as set."""

from __future__ import annotations

import pytest

from ocr.correct import correct_text
from ocr.correct.capitals import WHY, readings


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("NOTICES OP MOTION. By Alderman Smith: That the council meet on Monday.",
         "NOTICES OF MOTION. By Alderman Smith: That the council meet on Monday."),
        ("FATAL ACCIDENT NEAR TIIE TOAVN HALL. A carter was killed yesterday.",
         "FATAL ACCIDENT NEAR THE TOWN HALL. A carter was killed yesterday."),
        ("STATEMENT BV THE MINISTER. The Minister said the works would go on.",
         "STATEMENT BY THE MINISTER. The Minister said the works would go on."),
        ("WOOL FLANS FOR CANBERRA. Decisions on the marketing of wool were made.",
         "WOOL PLANS FOR CANBERRA. Decisions on the marketing of wool were made."),
    ],
)
def test_a_heading_word_misread_in_worn_capitals_is_read_again(read: str, fixed: str) -> None:
    out, props = correct_text(read)
    assert out == fixed
    assert {p.reason for p in props} == {WHY}


@pytest.mark.parametrize(
    "text",
    [
        # acronyms in prose: no heading beside them
        "The BHP and the NSW Government signed the agreement on Monday.",
        # ... one that a confusion makes a common word (BV: BY)
        "The contract for the dredging went to Van Dijk Marine BV and two local firms.",
        # a name in a heading: no common word is its misreading
        "FUNERAL OF MR. JOHN COPP. The funeral took place at Rookwood yesterday.",
        # capitals that print digits: a date's day
        "ATHENS, MAY IO. An eye witness of the recent fighting states that it was heavy.",
        # a clean heading
        "NEW SOUTH WALES v. QUEENSLAND. The match was played at the Cricket Ground.",
    ],
)
def test_acronyms_names_numbers_and_clean_headings_stay(text: str) -> None:
    assert correct_text(text)[0] == text


def test_readings_undo_each_confusion_once_or_twice() -> None:
    assert readings("OP")["OF"] == 1
    assert readings("TUB")["THE"] == 2  # U for H and B for E
    assert readings("NKVV")["NEW"] == 2  # K for E, a W in halves
    assert "OF" not in readings("OP", most=0)
