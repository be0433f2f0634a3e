"""A lower-case non-word no OCR confusion or short-word search reaches, read as a known word
a few plain edits away only where context is sure of it (``latin_candidates.CALLED_WHY``).
The lines are written after the SMH tuning half's OCR (ABBYY on 19th- and 20th-century
Sydney papers), garbles and all."""

from __future__ import annotations

import pytest

from ocr.correct import correct_text, latin_gates


@pytest.mark.parametrize(
    ("line", "token", "word"),
    [
        # two letters misread in five (n for s, o for e): the short search allows one
        ("Charles Johnson waa fined £1, or nevon days' imprisonment, for being drunk",
         "nevon", "seven"),
        # three in five, each a confusion the old type makes (i/l, u/a, o/e)
        ("Tho funoral, which took piuco at tho Church of England Cemetary", "piuco", "place"),
        # three in six
        ("and it Is llkolv that most Interest will be taken In tile meeting", "llkolv", "likely"),
    ],
)
def test_a_garble_context_calls_for_is_read(line: str, token: str, word: str) -> None:
    out, props = correct_text(line)
    assert f" {word} " in out and token not in out
    assert any(p.original == token and p.corrected == word for p in props)


def test_without_sure_context_it_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same reading with the bar context must clear raised past its lead stays as read:
    the gate, not the candidate's price, is what lets it through."""
    monkeypatch.setattr(latin_gates, "CONTEXT_SUPPORT", 20.0)
    out, _ = correct_text("Charles Johnson waa fined £1, or nevon days' imprisonment")
    assert "nevon" in out


@pytest.mark.parametrize(
    ("line", "token"),
    [
        # tn for m is no confusion the channel prices: "take" lies nearer, context is
        # not sure enough of either (the truth is "make")
        ("only required proDor comuiuni cntlon to tnako it a residential centro", "tnako"),
        # the truth is "penalty": "permit" lies two edits away, and context is unsure
        ("Ne« South Wales scoied Us -eeond no-il attei a pemlt, lulh tnken h\\ Divls", "pemlt"),
        # half a word broken at a line end ("equit- i ablo"): no whole word to read
        ("as this Council deems equit- i ablo and proper to bo done", "equit"),
    ],
)
def test_an_uncalled_garble_or_a_piece_is_left_as_read(line: str, token: str) -> None:
    out, _ = correct_text(line)
    assert token in out
