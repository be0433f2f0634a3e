"""A headline's lines parted by rows of the columns beside it (``pdftotext -layout``): a
headline's type is two or three sizes larger than the body's, so the extractor writes
several of the neighbour column's lines, and blank rows, between two of its lines. A
line that leaves its sentence open over a line that opens in lower case under it is
one headline, not two blocks (ocr/readers/textgaps.py, ``_opens_under``)."""

from __future__ import annotations

from conftest import layout_grid

from ocr.readers.textgrid import read_grid

#: (story column, the next story's headline and text) row by row, as the extractor
#: writes them: the headline's second line stands six rows under its first.
ROWS = [
    ("The Selectmen voted 3-2 on", ""),
    ("Tuesday to put the question", ""),
    ("to voters at the May town", "Harbor board weighs plan to"),
    ("meeting, after a hearing that", ""),
    ("ran past 11 p.m. Several", ""),
    ("residents asked the board to", ""),
    ("wait for the state's report", ""),
    ("on the culvert, due in April.", ""),
    ("", "dredge the inner basin"),
    ("   The warrant article would", ""),
    ("borrow up to $900,000 over", "By ALICE MORROW"),
    ("ten years. Town Meeting must", "Gazette Staff Writer"),
    ("pass it by two-thirds.", ""),
    ("", "WESTPORT — The Harbor"),
    ("   Voters rejected a smaller", "Commission will ask the state"),
    ("plan in 2019, when the cost", "for a permit to dredge the"),
    ("was put at $600,000.", "inner basin, where silt has"),
    ("", "left two feet of water at low"),
    ("Library seeks", "tide, its chairman said."),
    ("book donations", "   Fishing boats have had to"),
    ("   The Westport Free Library", "wait for the tide to leave"),
    ("will take donated books for", "the basin since last fall,"),
    ("its spring sale through", "and two ran aground in"),
    ("March 28 at the front desk.", "January, the harbor master"),
    ("Textbooks are not accepted.", "said. The work would take"),
    ("", "about eight weeks."),
]


def _page(rows: list[tuple[str, str]]) -> str:
    return layout_grid([[a for a, _ in rows], [b for _, b in rows]], 36)


def _blocks(text: str) -> list[str]:
    return [" ".join(ln.strip() for ln in b.split("\n")) for b in text.split("\n\n")]


def test_a_headline_s_second_line_goes_on_past_the_neighbour_s_rows() -> None:
    """Read down the gutter, the headline's first line stood alone and its rest opened
    a block of its own: the headline was cut in two."""
    blocks = _blocks(read_grid(_page(ROWS)))
    assert any(b.startswith("Harbor board weighs plan to dredge the inner basin")
               for b in blocks)
    assert "Harbor board weighs plan to" not in blocks


def test_a_line_ending_its_sentence_keeps_the_white_under_it() -> None:
    """A line that ends a sentence ends its block there, whatever opens under it."""
    rows = [(a, "Harbor board weighs a plan." if b.endswith("plan to") else b)
            for a, b in ROWS]
    blocks = _blocks(read_grid(_page(rows)))
    assert "Harbor board weighs a plan." in blocks


def test_a_line_opening_in_a_capital_starts_its_own_block() -> None:
    """An item's first line, a headline or a byline, opens in a capital: a headline over
    it keeps the white under it, though its last word leaves nothing open."""
    rows = [(a, "Dredging the inner basin" if b.startswith("dredge") else b)
            for a, b in ROWS]
    rows = [(a, "Harbor board weighs dredging" if b.endswith("plan to") else b)
            for a, b in rows]
    blocks = _blocks(read_grid(_page(rows)))
    assert "Harbor board weighs dredging" in blocks
