"""Words misread in three or more worn glyphs, found by their shape (``shapes``), on lines
written in the style of 19th-century newspaper OCR (our own sentences)."""

from __future__ import annotations

import pytest

from ocr.correct import correct_text
from ocr.correct.latin_candidates import SHAPE_WHY
from ocr.correct.real_words import common_words
from ocr.correct.shapes import differences, glyphs, look_alikes, price, shape
from ocr.profiles import load_profile


def test_a_letter_group_is_one_glyph_and_confused_letters_share_a_shape() -> None:
    assert glyphs("payuiout") == ["p", "a", "y", "ui", "o", "u", "t"]
    assert shape("payuiout") == shape("payment")
    assert shape("tliouce") == shape("thence")
    assert shape("cnrpontor") == shape("carpenter")
    assert shape("harbour") != shape("harvest")  # no worn glyph makes one of the other
    # a w's halves read as two letters, unless the w was read as vv after a t
    assert glyphs("drotvncd") == ["d", "r", "o", "tv", "n", "c", "d"]
    assert glyphs("tvvlco") == ["t", "vv", "l", "c", "o"]
    assert shape("drotvncd") == shape("drowned") and shape("tvvlco") == shape("twice")


def test_the_price_counts_each_misread_glyph() -> None:
    misread = differences("cnrpontor", "carpenter")
    assert misread == [("n", "a"), ("o", "e"), ("o", "e")]
    assert price(misread) == pytest.approx(0.9)  # three listed confusions at 0.3
    assert price(differences("payuiout", "payment")) > price(misread)  # ui for m: unlisted


def test_look_alikes_come_from_the_common_words() -> None:
    common = common_words(3.0)
    assert "carpenter" in look_alikes("cnrpontor", common)
    assert "lieutenant" in look_alikes("licutouaiit", common)
    assert "carpenter" not in look_alikes("carpenter", common)


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # a long token: its shape alone tells the word
        ("The firm made the last payuiout on the contract in June.",
         "The firm made the last payment on the contract in June."),
        ("Mr. Brown is to be second licutouaiit in the volunteer corps.",
         "Mr. Brown is to be second lieutenant in the volunteer corps."),
        # a short one: context must agree, and English writes the word beside a neighbour
        ("The committee was uuublo to meet on Monday evening.",
         "The committee was unable to meet on Monday evening."),
        ("The boat upset and two men were drotvncd in the river.",
         "The boat upset and two men were drowned in the river."),
        ("He was asked to help, which he ngrood to do at once.",
         "He was asked to help, which he agreed to do at once."),
        ("The steamer called here tvvlco a week during the season.",
         "The steamer called here twice a week during the season."),
        # capitalised at a sentence's start, and stays a capital
        ("Tvvlco a week the steamer called here.", "Twice a week the steamer called here."),
    ],
)
def test_words_misread_in_several_glyphs_are_read_by_shape(read: str, fixed: str) -> None:
    out, changes = correct_text(read, load_profile(None))
    assert out == fixed
    assert any(c.reason == SHAPE_WHY for c in changes)


@pytest.mark.parametrize(
    "read",
    [
        # capitalised inside a sentence: a name, never read by shape
        "He was asked to help, which Ngrood said he would do.",
        # a short fragment context does not vouch for stays as read
        "The cargo held a few ennos of sugar and some bags of rice.",
    ],
)
def test_names_and_doubtful_fragments_stay(read: str) -> None:
    out, changes = correct_text(read, load_profile(None))
    assert not any(c.reason == SHAPE_WHY for c in changes)


def test_a_worn_capital_t_before_h_read_as_li() -> None:
    out, _ = correct_text("They agreed to go to arbitration llio same day was fixed.",
                          load_profile(None))
    assert out == "They agreed to go to arbitration. The same day was fixed."
