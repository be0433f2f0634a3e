"""ends_sentence's quick test of a line's last character must agree with SENTENCE_END."""

from __future__ import annotations

from ocr.typography import _SENTENCE_LAST, SENTENCE_END, ends_sentence


def test_every_character_a_sentence_end_can_end_on_is_in_the_quick_set() -> None:
    # After a letter (a mark ends the sentence) and after a full stop (a closing quote
    # or bracket follows the mark): every BMP character that completes a match
    # (white space aside: ends_sentence strips it first).
    missed = [
        hex(c) for c in range(0x10000)
        if chr(c) not in _SENTENCE_LAST and not chr(c).isspace()
        and (SENTENCE_END.search("a" + chr(c)) or SENTENCE_END.search("a." + chr(c)))
    ]
    assert missed == []


def test_ends_sentence_reads_marks_quotes_and_initials() -> None:
    assert ends_sentence("The council voted on Tuesday.")
    assert ends_sentence("“We will build it,” she said.”  ")
    assert ends_sentence("市政府昨日宣布。")
    assert ends_sentence("记者采访了他们（摄）。）")
    assert not ends_sentence("The council voted on")
    assert not ends_sentence("said John F.")  # an initial, not a full stop
    assert not ends_sentence("")
    assert not ends_sentence("in the city,")
