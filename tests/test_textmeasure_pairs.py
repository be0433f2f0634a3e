"""Language evidence where a Latin line of columns run together parts: a cut between two
words that stand together in running text costs (``linecuts.pair_cut_cost``)."""

from __future__ import annotations

from ocr.readers.linecuts import cut_line, pair_cut_cost
from ocr.readers.textmeasure import Measure


def test_a_cut_inside_a_common_pair_costs() -> None:
    assert pair_cut_cost("Board", "members") > 0.3
    assert pair_cut_cost("City", "officials") > 0.0


def test_a_cut_after_an_end_or_before_a_capital_after_lower_case_costs_nothing() -> None:
    # a sentence, a clause or a broken word ends there
    assert pair_cut_cost("said.", "the") == 0.0
    assert pair_cut_cost("drawings;", "the") == 0.0
    assert pair_cut_cost("build-", "ing") == 0.0
    # mid-sentence a capital opens another column's sentence or a name: ``on The`` is
    # no ``on the`` (the model is of lower-case words)
    assert pair_cut_cost("on", "The") == 0.0
    assert pair_cut_cost("preliminary", "Board") == 0.0
    # figures, marks and words run together are no words of the model
    assert pair_cut_cost("6-1", "after") == 0.0
    assert pair_cut_cost("the", "$4") == 0.0


def test_the_pair_keeps_a_name_whole_where_the_widths_tie() -> None:
    """Two column lines of a narrow measure: by width alone ``City`` might end the first
    (a justified line is a few characters either side of the measure); ``City officials``
    stands together in running text, ``textile City`` does not."""
    line = "site of the former textile City officials said the county"
    assert cut_line(line, Measure(11.5, latin=True))[1] == [
        "site of the former textile", "City officials said the county"]
