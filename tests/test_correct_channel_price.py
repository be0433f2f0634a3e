"""The channel's own bar (``latin_gates.CHANNEL_PER_LETTER`` and the capital rule): a
reading up to three plain edits from an unknown token is taken only when it costs at most
0.12 edit units a letter, and never for a capitalised token, where the channel reaches a
common word from most names. Lines in the style of SMH's ABBYY reads (our own sentences);
each refusal is shown to be the bar's by putting the old price back."""

from __future__ import annotations

import pytest

from ocr.correct import correct_text, latin_gates

#: What ``min_score`` let every kind of candidate cost a letter (similarity 80): the
#: channel's price before the bar.
OLD_PRICE = 0.2


def _readings(line: str) -> list[tuple[str, str]]:
    return [(p.original, p.corrected) for p in correct_text(line)[1]]


DEAR = [
    # three plain edits in eight letters: a rare word read as a common one
    ("The young designer in the bohemian style won top satorial honours of the evening.",
     "satorial"),
    # two letters lost or misread in a seven-letter fragment: `mining`, not `training`
    ("The late Mr. Brown followed jrnining and grazing pursuits in the Grenfell district.",
     "jrnining"),
]


@pytest.mark.parametrize(("line", "token"), DEAR)
def test_a_dear_channel_reading_is_refused(line: str, token: str) -> None:
    assert correct_text(line)[0] == line, _readings(line)


@pytest.mark.parametrize(("line", "token"), DEAR)
def test_at_the_old_price_those_tokens_were_rewritten(
    line: str, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusals above are the price's: at ``min_score``'s price each token is read."""
    monkeypatch.setattr(latin_gates, "CHANNEL_PER_LETTER", OLD_PRICE)
    assert token not in correct_text(line)[0].split(" "), _readings(line)


#: A town in a list of stations, misread: the channel reads the common word (`Trangie`).
TOWN = "Rain fell at the following stations: Coolamon, Temora, Tranfflc, Narrandera and Wagga."


def test_a_capitalised_token_gets_no_channel_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused even at the old price: the capital rule, not the price, keeps the name."""
    monkeypatch.setattr(latin_gates, "CHANNEL_PER_LETTER", OLD_PRICE)
    assert correct_text(TOWN)[0] == TOWN, _readings(TOWN)


def test_a_cheap_channel_reading_is_still_taken() -> None:
    """At 0.1 edit units a letter (`piovldlng`: two listed confusions and an l for an i)."""
    out, _ = correct_text(
        "The money was raised for the purpose of piovldlng financial assistance to widows."
    )
    assert " providing financial " in out


#: What the price gives up: channel readings dearer than 0.12 a letter that were right
#: (tuning half: 14 of the 22 dearer than 0.12 were exact, these kinds among them;
#: ``test_correct_en`` read them before the bar).
COST = [
    "The nccting was held in the School of Arts on Friday evening.",  # meeting, 0.17
    "The difference botwoon the two estimates was considerable.",  # between, 0.13
    "No tenders were received. rollovving this, the board adjourned until Monday.",
]


@pytest.mark.parametrize("line", COST)
def test_its_cost_on_record_dear_right_readings_stay(line: str) -> None:
    assert correct_text(line)[0] == line


def test_its_cost_on_record_a_misread_name_in_a_list_stays() -> None:
    """What the capital rule gives up: `Charlen` was `Charles` (tuning half: 6 of the 10
    capitalised channel readings were exact, all names; the 4 others wrong or a mark off)."""
    line = "The following were present: Gnr Charlen Edward Hart, Pte Joseph Heywood and others."
    assert correct_text(line)[0] == line
