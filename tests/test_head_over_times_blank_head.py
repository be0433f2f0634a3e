"""``head_over_times`` asked of a chunk whose first line is blank answers, it does not crash.

sc54's ``listing_row`` made ``head_over_times`` read the head's last word
(``words[-1]``) whenever the row under it was read over its pieces, before asking whether
the head has any word: a blank first line (a whitespace-only line an extractor writes)
over a dated listing's pieces raised ``IndexError``; on main the head was refused.
"""

from __future__ import annotations

from ocr.profiles import load_profile
from ocr.readers.heads_over_briefs import head_over_times
from ocr.typography import text_widths


def test_a_blank_line_over_a_listing_s_pieces_is_no_head() -> None:
    texts = [" ", "Saturday:", "Kelderby", "Town v Saltby Athletic (3pm);",
             "Sunday: Moor End v Wrayton Rovers (2pm)."]
    assert head_over_times(texts, text_widths(texts), load_profile().patterns("en")) is False
