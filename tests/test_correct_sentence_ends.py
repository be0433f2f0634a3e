"""Full stops the OCR lost at a sentence's end with no misread word beside them
(``lost_stops.unmarked_ends``), on our own lines in the style of a 19th-century paper's
OCR: put back after a common word before a sentence's first word, only in a text the OCR
misread, never after a function word, a rare word or in clean text."""

from __future__ import annotations

from ocr.correct import correct_text
from ocr.correct.lost_stops import UNMARKED_WHY

#: A shipping report as worn type reads it: ``tho``, ``aud``, ``wero``, ``passongers``.
REPORT = (
    "The steamer Clyde left the wharf at noon with a full cargo of wool aud tho mails on "
    "board. Tho passongers wero landed at the pier in the afternoon {} weather was fine "
    "and the sea calm, and the vessel is expected to sail again for Hobart on Monday."
)


def _stops(text: str) -> list[tuple[str, str]]:
    return [(p.original, p.corrected) for p in correct_text(text)[1] if p.reason == UNMARKED_WHY]


def test_a_full_stop_lost_before_a_sentence_opener_is_put_back_in_misread_text() -> None:
    out, _ = correct_text(REPORT.format("The"))
    assert "in the afternoon. The weather was fine" in out
    assert _stops(REPORT.format("The")) == [("afternoon", "afternoon.")]


def test_an_opener_mended_by_context_keeps_its_capital_and_takes_the_stop() -> None:
    text = (
        "The prisoner was committed for trial at the next Quarter Sessions, bail being "
        "refused aud tho depositions taken. He was sentenced to hard labour Ho was also "
        "charged with stealing a coat from tho same house."
    )
    assert "hard labour. He was also charged" in correct_text(text)[0]


def test_no_stop_before_a_name_after_a_function_word_or_after_a_rare_word() -> None:
    # a capitalised word after the opener: a name or a title (``The Herald``)
    assert not _stops(REPORT.format("The Herald says the"))
    # after ``at``, ``of``, ``was``: no sentence ends there, the capital is a title's
    text = REPORT.replace("at the pier", "at The pier").format("and the")
    assert not _stops(text)
    # after a rarer word (a trade's term, a name): a price list runs on
    text = (
        "Tho market for tea was quiet aud prices wero steady: Congou, fine, 15 to 24 "
        "ditto The buyers hold off until the next mail arrives from London."
    )
    assert not _stops(text)


def test_clean_text_run_together_keeps_its_capitals_as_set() -> None:
    """A clean text layer may run a heading into its story: no stop was lost there."""
    clean = (
        "Residents gathered outside the old market on Saturday. After many years in the "
        "parking lot Not everyone is pleased with the plan, and the council will hear "
        "objections at its meeting next week before the work on the new hall begins."
    )
    assert correct_text(clean)[0] == clean
    assert correct_text(REPORT.format("The").replace("aud tho", "and the")
                        .replace("Tho passongers wero", "The passengers were"))[0] == (
        REPORT.format("The").replace("aud tho", "and the")
        .replace("Tho passongers wero", "The passengers were"))


#: A wreck report whose every word the OCR read right but whose full stops it lost, as worn
#: type on a later page loses its smallest marks (``lost_stops.stops_lost``); our own lines.
STOPLESS = (
    "The schooner Margaret left the river on Tuesday with a cargo of timber for the "
    "southern ports She was driven out of her course by a heavy gale from the east and "
    "for three days the crew could do nothing but keep her head to the sea The master "
    "had no idea of his position when the weather cleared next morning He then "
    "found that the boats had been carried away and that the water casks were broken "
    "The men lived on biscuit and a little tea until a passing steamer sighted the "
    "vessel off the coast They were taken on board and landed at the wharf yesterday "
    "afternoon It is feared that the schooner will be a total loss"
)


def test_full_stops_lost_wholesale_are_put_back_though_the_words_were_read() -> None:
    """No word misread (too few corrections for ``MISREAD_EVERY``), but a text of 100
    words or more with no full stop: the OCR lost them, and they go back before each
    sentence's first word."""
    out, _ = correct_text(STOPLESS)
    assert "southern ports. She was driven" in out
    assert "head to the sea. The master" in out
    assert "next morning. He then" in out
    assert "vessel off the coast. They were taken" in out
    assert "were broken. The men lived" in out
    # ``It`` opens a sentence here (elsewhere an I-first opener may be a small i misread)
    assert "yesterday afternoon. It is feared" in out


def test_a_text_that_keeps_its_full_stops_is_left_where_one_was_lost() -> None:
    """The same report set with its full stops but one, read right: a text that keeps
    its marks lost none wholesale, and the one gap stays as read (a heading may run on)."""
    kept = (STOPLESS.replace(" She ", ". She ").replace(" The master", ". The master")
            .replace(" He then", ". He then").replace(" The men", ". The men")
            .replace(" It is", ". It is") + ".")
    assert "southern ports. She" in kept and "coast They were" in kept
    assert correct_text(kept)[0] == kept
