"""A byline cut out as a piece of its own (``bylinecuts``) stands in its band: its
writer's post in sentence case fits a band's line, and the byline's own line over that
post is no headline over a byline. The lines are a study page's pdfplumber lines (a
court report's byline and post beside a weather brief's column), cut as the reader cuts
them."""

from __future__ import annotations

from ocr.readers.textmeasure import Measure, fits_band
from ocr.readers.textruns import _above_byline

_M = Measure(19.0, latin=True)
_SPLIT = [
    ["issued a storm warning for the coast"],
    ["By Lorna Pike", "Judge Marcus Tate found the survey",
     "from Cape Sable to Port Langley from"],
    ["Courts reporter", "“internally inconsistent” and said the 6",
     "p.m. Friday to noon Saturday. Gusts"],
    ["river itself, which had shifted, was the", "up to 60 mph and waves of 15 to 20"],
]


def test_a_post_in_sentence_case_fits_a_band() -> None:
    """Fails on main: ``Courts reporter`` is short, ends no sentence and is not all
    capitalised, so its row left the band and the byline's two rows were written whole."""
    assert fits_band("Courts reporter", _M)


def test_the_bylines_line_over_its_post_stays_in_the_band() -> None:
    """Fails on main: the row of ``By Lorna Pike`` was taken for a headline over the
    byline ``Courts reporter`` and left out of the band."""
    assert not _above_byline(_SPLIT, 1, _M)


def test_guard_the_line_over_a_byline_is_still_its_head() -> None:
    """The brief's lone line over the byline's row: still the line above a byline."""
    assert _above_byline(_SPLIT, 0, _M)


def test_guard_a_headlines_short_rest_does_not_fit() -> None:
    """A headline cut at the measure leaves a short lower-case rest: still no band piece."""
    assert not fits_band("of river meadow", _M)
