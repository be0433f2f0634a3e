"""``pdftotext -raw`` writes no blank lines: a story's headline stands right after the
last sentence of the story before, cut off by the byline under it (``heading_tail``)."""

from __future__ import annotations

from ocr.readers.textheads import HEADING_LINES, heading_tail
from ocr.readers.textlines import make_lines

STORY = [
    "The council will vote on the plan at its",
    "meeting next month, after a second hearing",
    "on the cost of the new pumps and pipes.",
    "Residents may send comments to the clerk",
    "until the end of the week, the mayor said.",
]


def _tail(texts: list[str]) -> int:
    return heading_tail(make_lines(texts, [0.0] * len(texts)))


def test_a_headline_after_a_long_story_s_last_sentence_is_the_next_story_s() -> None:
    long_story = STORY * 12  # a column of sixty lines: only its end is read
    assert _tail([*long_story, "Harbor ferry adds late boats"]) == 1
    assert _tail([*long_story, "FERRIES", "Harbor ferry adds late boats"]) == 2  # kicker, head


def test_lines_far_past_the_last_sentence_are_running_text_not_a_heading() -> None:
    open_lines = ["Harbor ferry riders who wait", "an hour for the last boat home",
                  "have asked the board for more", "boats at night in the summer"]
    assert len(open_lines) > HEADING_LINES
    assert _tail([*STORY * 12, *open_lines]) == 0
    assert _tail(open_lines) == 0  # (no sentence ends in the run at all)
    assert _tail(STORY * 12) == 0  # (the run ends on its sentence)
