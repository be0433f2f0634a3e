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


#: Two columns whose alternating lines read on either way (no broken word, no sentence
#: end inside the run), each leaving a word broken at the run's end that the level row
#: after the run goes on with.
LEFT_OPEN = ("The council said that the bridge", "would open in the spring after",
             "two years of work on the roads", "and the approach to the foun-",
             "dations that had been closed", "since the floods of the winter.")
RIGHT_OPEN = ("Residents near the site said", "the noise from the pile drivers",
              "which start work at seven each", "morning had kept them from sleep-",
              "ing until well after dark, said", "Mr Hale, who lives on Mill Lane.")


def test_the_row_after_a_run_tells_its_two_streams_apart() -> None:
    """The first row level, three rows written as lone lines, then two rows level again:
    the words broken at the run's end (``foun-``, ``sleep-``) go on in the row after it,
    each on the stream that left it open, so the run is read as the two columns."""
    band = [[LEFT_OPEN[0], RIGHT_OPEN[0]]]
    for a, b in zip(LEFT_OPEN[1:4], RIGHT_OPEN[1:4], strict=True):
        band += [[a], [b]]
    band += [[a, b] for a, b in zip(LEFT_OPEN[4:], RIGHT_OPEN[4:], strict=True)]
    streams = _streams(place(band, Measure(32, latin=True)))
    assert list(streams.values()) == [list(LEFT_OPEN), list(RIGHT_OPEN)]


def test_a_caption_strip_written_line_by_line_stays_as_placed() -> None:
    """Under a photo, pdfplumber writes the caption's last line, the credit, a line of
    the next caption, the jump line and the folio as lone lines: a strip of markers, not
    two columns' streams, so the run is left as placed."""
    path = [{0: "Millbrook players crowd around", 1: "goalkeeper Ana Ruiz after her",
             2: "penalty save won the county", 3: "final Sunday in Westfield."},
            {0: "and Jo Patel."}, {2: "Photo by MARTIN GREALISH"},
            {3: "Millbrook’s Dana Cole clears the"}, {0: "See SOCCER, Page B6"},
            {0: "valleygazette.com B4"}]
    assert two_phases(path, 4, Measure(13, latin=True)) == path
