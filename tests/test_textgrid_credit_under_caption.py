"""A photo's credit set right under its caption, at the edge of a column that starts
far below it (``pdftotext -layout``): the caption's rows are read alone before the
columns under them (``textgrid._lone_top``), but the credit, starting at that column's
edge and within its measure, passed for the column's own line and went with the
column, read after the story's other columns. A column's line has the column's text
right under it; a credit has white (ocr/readers/textgrid.py)."""

from __future__ import annotations

from ocr.readers.textgrid import read_grid

#: A story's column running down the left of the page beside the photo.
LEFT = [
    "the town's oldest bridge,",
    "a timber truss built in",
    "1887, will close for",
    "repairs on Monday.",
    "  Inspectors found rot in",
    "two of its lower chords",
    "last fall, and the state",
    "paid for the work, which",
    "is set to take five weeks.",
    "  Drivers will follow a",
    "detour along Quarry Road",
    "and Elm Street, and the",
    "school bus route will",
    "change for the month,",
    "the superintendent said.",
    "  The bridge carries about",
    "2,000 cars a day. Its",
    "deck was last replaced",
    "in 1994, when the town",
    "added a sidewalk on its",
    "north side for walkers",
    "headed to the green.",
]
#: The photo's caption and credit, then a kicker and a headline over a story's first two
#: columns; its third column starts lower, under the credit.
PHOTO = [
    "FIRST BLOOMS",
    "Children hunt for crocuses along the library lawn on Sunday, the first day above 60 degrees",
    "since October.",
    " " * 64 + "ROSA VANCE/THE GAZETTE",
    "",
    "SCHOOLS",
    "",
    "District adds a",
    "second bus route",
    "for north side",
    "",
]
COLS = [
    [
        "By OWEN KEMP",
        "Gazette Staff Writer",
        "  HARLAN — The school",
        "district will add a bus",
        "route for the north side",
        "next fall, the board",
        "decided Tuesday, after",
        "parents said children",
        "waited an hour for the",
        "one bus that serves it.",
    ],
    [
        "  The new route will",
        "cost about $96,000 a",
        "year, most of it for a",
        "driver and fuel. The",
        "district will lease the",
        "bus for its first year",
        "and buy one if riders",
        "fill it, the business",
        "manager said at the",
        "meeting on Tuesday.",
    ],
    [
        "  Board member Ines",
        "Kalb said the district",
        "should have acted last",
        "year, when the first",
        "complaints came in. The",
        "vote was 5-0, and the",
        "route will be set once",
        "the district knows how",
        "many riders sign up by",
        "the end of June.",
    ],
]


def _page() -> str:
    right = list(PHOTO)
    for k in range(5, len(right)):
        right[k] = f"{right[k]:<64}"
    right += ["".join(f"{c[i]:<32}" for c in COLS[:2]).rstrip() for i in range(10)]
    right += [""] * 6
    for i, ln in enumerate(COLS[2]):
        right[15 + i] = f"{right[15 + i]:<64}{ln}"
    left = LEFT + [""] * (len(right) - len(LEFT))
    return "\n".join(f"{a:<32}{b}".rstrip() for a, b in zip(left, right, strict=True)) + "\n"


def test_a_credit_under_its_caption_stays_with_it() -> None:
    out = [ln.strip() for ln in read_grid(_page()).split("\n") if ln.strip()]
    at = out.index("since October.")
    assert out[at + 1] == "ROSA VANCE/THE GAZETTE"
    assert out.index("ROSA VANCE/THE GAZETTE") < out.index("SCHOOLS")
