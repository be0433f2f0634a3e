"""Two columns of a pdfplumber band not level with each other: pdfplumber writes each
printed row of the two as two lines, the left column's line, then the right's a little
lower, so the band's lines after its first level row are lone lines alternating between
the columns. Each lone line carries on the line above and the line two above alike (a
lower-case line after a sentence that goes on); read over the run, the broken words and
word pairs of the two streams tell them apart (``textphases.two_phases``). Drawn here in
a weekly's style, a column 32 characters wide."""

from __future__ import annotations

from ocr.readers.textbands import place
from ocr.readers.textmeasure import Measure
from ocr.readers.textphases import two_phases

LEFT = ("The council said the new bridge", "would open in the spring, after",
        "two years of work on the foun-", "dations and the approach roads",
        "that had been closed since the", "floods of the winter before last.")
RIGHT = ("Residents near the site have com-", "plained about the noise from the",
         "pile drivers, which start work", "at seven each morning and go on",
         "until well after dark, said Mr", "Hale, who lives on Mill Lane.")


def _band() -> list[list[str]]:
    """The first row level, then each row as two lone lines: left, then right."""
    band = [[LEFT[0], RIGHT[0]]]
    for a, b in zip(LEFT[1:], RIGHT[1:], strict=True):
        band += [[a], [b]]
    return band


def _streams(placed: list[dict[int, str]]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for row in placed:
        for slot, piece in sorted(row.items()):
            if piece:
                out.setdefault(slot, []).append(piece)
    return out


def test_alternating_lone_lines_go_on_their_two_columns() -> None:
    """Each column's lines read on in their own stream, the left's on the left."""
    streams = _streams(place(_band(), Measure(32, latin=True)))
    assert list(streams.values()) == [list(LEFT), list(RIGHT)]


def test_one_column_of_lone_lines_stays_one_stream() -> None:
    """A story going on alone under its band (one column's lines, each carrying on the
    one above, a word broken across two of them) is not dealt out over two columns."""
    path = [{0: LEFT[0], 1: RIGHT[0]}, *({0: x} for x in LEFT[1:])]
    assert two_phases(path, 2, Measure(32, latin=True)) == path
