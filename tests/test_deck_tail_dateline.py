"""A dateline set on its own line under the heading stays the story's dateline.

``deck_lines.deck_tail`` (sc54heads) takes a story's first line into the deck when it
stands right under the heading, flush, with more white under it than the text's leading,
ends no sentence and reads as no byline. A dateline set alone on the line over the text
(``WRAYTON, Saturday —``) is all of that too: on main it was the article's dateline
(``markers.dateline_at`` in ``drafts._split_byline``), with ``deck_tail`` it became the
deck and the article lost its dateline. The page is the Y2 s970 sports lead of
``test_scan_deck_tail_in_text`` with the dateline where the deck's wrapped end stood.
"""

from __future__ import annotations

from test_scan_deck_tail_in_text import _en, _story


def test_a_dateline_on_its_own_line_under_the_heading_is_no_deck_s_end() -> None:
    art = _story(_en("WRAYTON, Saturday —", 2418))
    assert art.dateline == "WRAYTON, Saturday —"
    assert art.subheadline is None or "WRAYTON" not in art.subheadline
