"""A headline and deck set right on a short story's columns (``pdftotext -layout``):
the deck runs just past the first gutter, whose first lines (a byline and its second
line) stand far off it (ocr/readers/textspan.py, ``part_spanning_lines``)."""

from __future__ import annotations

from ocr.readers.textgrid import read_grid


def _layout(columns: list[list[str]], at: list[int]) -> list[str]:
    rows = []
    for i in range(max(map(len, columns))):
        row = ""
        for x, col in zip(at, columns, strict=True):
            if i < len(col) and col[i]:
                row = row.ljust(x) + col[i]
        rows.append(row.rstrip())
    return rows


#: A story on three columns, above: the page is a grid.
ABOVE = [
    ["   The county opened bids on Monday for the new",
     "bridge over Miller Creek, the last of the three",
     "crossings the spring floods closed two years ago,",
     "and officials said the work could start in June.",
     "   The lowest of the four bids came in at $3.1",
     "million, about a tenth under the estimate that",
     "the engineers gave the board in the winter."],
    ["Commissioners are to vote on the contract at",
     "their meeting next Tuesday. Until the bridge is",
     "rebuilt, school buses on the east side of the",
     "creek take a detour of nearly six miles.",
     "   “We have waited long enough,” said Rita Vance,",
     "who drives one of the routes. “The children are",
     "on the bus forty minutes a day more than before.”"],
    ["   The state will pay for most of the work from",
     "a fund set aside for repairs after disasters,",
     "and the county will cover the rest, about",
     "$600,000, from its road budget, the treasurer",
     "said. The bridge is to carry two lanes and a",
     "footpath on its downstream side, a change that",
     "walkers on the creek trail had asked for."],
]
HEAD = "Library to stay open later on weeknights this fall"
DECK = "Branches add two hours; Sunday service returns to the main library"
COLUMNS = [
    ["By OLIVE GRANT",
     "Staff Writer",
     "   The city library will keep its doors open until",
     "9 p.m. on weeknights starting in September, the"],
    ["board of trustees decided on Thursday evening.",
     "   The longer hours come with a budget that adds",
     "four part-time clerks to the branches."],
    ["Director Hal Brooks said the evening hours were",
     "the change patrons asked for most in the survey",
     "the library ran last spring."],
]


def _page() -> str:
    rows = _layout(ABOVE, [0, 52, 104]) + ["", HEAD, DECK]
    rows += _layout(COLUMNS, [0, 55, 110])
    return "\n".join(rows) + "\n"


def test_a_deck_over_a_short_story_is_parted_from_its_columns() -> None:
    """The deck crosses the first gutter by a few cells; beside the gutter only two
    of the column's lines reach it (the byline and its second line stand far off, the
    last line ends short), so the gutter was not told as one and the story's first
    two columns were read side by side, line by line."""
    out = [ln.strip() for ln in read_grid(_page()).split("\n") if ln.strip()]
    start = out.index(DECK) + 1
    want = [x.strip() for col in COLUMNS for x in col]
    assert out[start : start + len(want)] == want


#: A story on four columns under a centred headline and deck: ``pdftotext -layout``
#: writes each at its x, but narrower than set (large type on cells of body width),
#: so the deck starts in the second column and ends in the gutter after it.
CENTRED_HEAD = "Harbor dredging to start after years of delay"
CENTRED_DECK = "Work on the channel could last into spring"
WIDE = [
    ["By JONAS WEBER",
     "Courier Staff Writer",
     "The Army Corps of Engineers will begin dredging",
     "the harbor channel next month, ending a wait that"],
    ["has stretched through three mayors and two",
     "lawsuits over where the mud would be dumped.",
     "",
     "The channel has silted up so far that the ferry"],
    ["can no longer run at low tide, and two of the",
     "fishing boats moved to a port up the coast.",
     "“We have been patient,” said harbormaster Ines",
     "Dahl. “Now we need the work done before summer.”"],
    ["The corps expects to remove about 80,000 cubic",
     "yards of sediment and to take it by barge to a",
     "site offshore that the state approved in March.",
     "Boaters will be kept out of the work zone."],
]


def _centred_page() -> str:
    rows = _layout(ABOVE, [0, 52, 104]) + ["", " " * 20 + CENTRED_HEAD,
                                           " " * 80 + CENTRED_DECK]
    rows += _layout(WIDE, [0, 55, 110, 165])
    return "\n".join(rows) + "\n"


def test_a_centred_deck_written_narrower_than_set_is_parted_from_its_columns() -> None:
    """The deck starts off every column's edge, inside the second column, and runs
    into the gutter after it: no column's line does that. Read as the second
    column's first line, it went into the story's text between two columns."""
    out = [ln.strip() for ln in read_grid(_centred_page()).split("\n") if ln.strip()]
    want = [x.strip() for col in WIDE for x in col if x]
    start = out.index(want[0])
    assert CENTRED_DECK in out[:start]
    assert out[start : start + len(want)] == want
