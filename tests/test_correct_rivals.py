"""The rivals gate (``correct.rivals``): a rewrite of a token's letters, whichever rule made
it, is kept only when context prefers the reading over all known words one plain edit
from the token. Lines in the style of SMH's ABBYY reads of lists of names (our own
sentences): a name read as a word one confusion away is refused; a word misread in
running prose is still read."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import pytest

from ocr.correct import correct_text
from ocr.correct.proposals import Proposal
from ocr.correct.rivals import outmatched, rivals, unheard

#: The Latin corrector's module (``ocr.correct`` exports a function named ``correct`` too).
LATIN = importlib.import_module("ocr.correct.latin")


@pytest.fixture
def without_gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The corrector as it was without the gate (to show a refusal is the gate's)."""
    monkeypatch.setattr(LATIN, "weigh", lambda props, *_: props)
    yield


NAMES = [
    # a name in a list read as the word one listed confusion away
    ("Among those present were Mrs. Bryan and child, Mr. F. nide, Misses Bryan, "
     "Mr. and Mrs. Thrupp.", "nide"),
    ("The men of the troop were Sergeant Gooda Charles Hubert Gross and Private Ryan.",
     "Gooda"),
    # a word misread, but not as the one the confusion reaches (Troop, not Hoop)
    ("He was appointed a lieutenant in the Illawarra lioop, New South Wales Regiment of "
     "Lancers.", "lioop"),
]


@pytest.mark.parametrize(("line", "token"), NAMES)
def test_a_name_the_context_does_not_single_out_is_left_as_read(line: str, token: str) -> None:
    out, props = correct_text(line)
    assert out == line, [(p.original, p.corrected, p.evidence) for p in props]


@pytest.mark.parametrize(("line", "token"), NAMES)
def test_without_the_gate_those_names_were_rewritten(
    line: str, token: str, without_gate: None
) -> None:
    """The refusals above are the gate's: the rules alone rewrite each token."""
    out, _ = correct_text(line)
    assert token not in out.split(" ") and token + "," not in out, out


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("He said that one ot the men had been seen near the wharf on Monday.", " of the "),
        ("The whole of the crew wero saved by the lifeboat which put off.", " were saved "),
        ("It will bo necessary to call a meeting of tho committee at an early date.",
         " be necessary "),
        ("The train was delayed nt the junction for an hour.", " at the "),
    ],
)
def test_a_reading_context_singles_out_is_kept(line: str, fixed: str) -> None:
    out, _ = correct_text(line)
    assert fixed in out, out


def test_a_right_reading_the_model_cannot_single_out_is_refused_too() -> None:
    """The gate's cost: ``Patenta'`` is ``Patents'`` by its apostrophe, but the bigram model
    prefers ``the Patent`` (before ``Office``), one plain edit away: the token stays as
    read (before the gate, a test of listed confusions read it ``Patents'``)."""
    line = "The Patenta' Office was shut on Monday."
    assert correct_text(line)[0] == line


def test_a_title_before_a_name_is_left_to_its_rule() -> None:
    """After ``Mi.`` the name is out of the bigram model's reach (``BEFORE_CAPITAL``): the
    title rule's reading stands."""
    line = "The party climbed Mt. Kembla with Mi. Henry Moore and Mis. Philp on Monday."
    assert correct_text(line)[0] == line.replace("Mi.", "Mr.").replace("Mis.", "Mrs.")


def test_a_symbol_for_a_letter_counts_as_a_character_of_the_token() -> None:
    """``bag«``: the engine printed a symbol for the s, or a speck after ``bag``; both are
    rivals, as the words one edit from ``bag`` without the symbol are not."""
    found = rivals("bag«", 3.0)
    assert {"bag", "bags"} <= set(found)
    assert "big" not in found


def test_marks_case_joins_and_splits_are_no_rewrite_of_letters() -> None:
    text = "and he was married In 1911 at St. Stephen's"
    case = Proposal(20, 22, "In", "in", 90.0, "capital I/J read for i/j", 0.0)
    split = Proposal(0, 3, "and", "a nd", 90.0, "split", -9.0)
    assert not outmatched(case, text, 3.0)
    assert not outmatched(split, text, 3.0)


def test_a_reading_with_no_known_word_beside_it_must_beat_its_rivals() -> None:
    """``he»`` between a piece of a broken name and a list's abbreviation (``Ptes``): with
    no known word on either side the model weighs ``her`` against ``he``, ``hex``, ``hen``
    by frequency alone, and the reading must beat them together (``unheard``). Without
    that, the unreadable-glyph rule read ``her`` (for ``Dene-hey``, a name)."""
    line = "Ptes Walter Albert Headford, Philip Dene he» Ptes George Lyall, Thomas Dunwoodie."
    assert correct_text(line)[0] == line
    at = line.index("he»")
    her = Proposal(at, at + 3, "he»", "her", 90.0, "unreadable glyph", 1.0)
    assert unheard(her, line, 3.0, lambda w: 0.0)  # dene, ptes: no known word
    # were its neighbours known words, the gate's usual price would keep the reading
    assert not unheard(her, line, 3.0, lambda w: 5.0)


def test_the_same_reading_elsewhere_in_prose_is_evidence_for_a_token_without_context() -> None:
    """``tho`` between two names (``Parkgrove``, ``Caledonians``, out of the model's reach)
    has no known word beside it: alone it stays as read (the gate's cost), but where the
    text reads ``tho`` as ``the`` in prose too (``won tho toss``), that reading is heard
    and stands. (Opening a sentence, ``Tho Caledonians``, it is left to its rule: below.)"""
    alone = "At Parkgrove tho Caledonians journeyed down on Saturday last."
    assert correct_text(alone)[0] == alone
    text = alone + " Their captain won tho toss and chose the wind."
    out = correct_text(text)[0]
    assert " the Caledonians " in out and " won the toss " in out, out


def test_a_known_word_on_one_side_is_context_enough() -> None:
    """``Tho`` after a full stop with ``visitors`` after it: one known neighbour gives the
    model context, and the reading is kept at the gate's usual price."""
    line = "The match was won by nil. Tho visitors were met at the station."
    assert " The visitors " in correct_text(line)[0]


def test_a_real_word_read_again_at_a_sentence_start_is_left_to_its_rule() -> None:
    """After a full stop the bigram model has no word before ``Ho``: on ``regretted``
    alone the gate's pooled rivals (``who``, ``how``, ``so``, ``no``) outmatch ``He``,
    where the real-word rule weighed two words after it with the trigram model too."""
    line = ("He spoke for an hour on the state of the roads. Ho regretted that the meeting "
            "was small.")
    assert " He regretted that " in correct_text(line)[0]
    line = "The meeting closed at ten. Ho contended that the rate was too high."
    assert " He contended that " in correct_text(line)[0]
    line = "Tho Caledonians journeyed down to Parkgrove on Saturday last."
    assert correct_text(line)[0].startswith("The Caledonians ")


def test_inside_a_sentence_a_real_word_reading_still_meets_its_rivals() -> None:
    """The same reading with a word before it is judged by the gate as before: ``ho now
    taken`` (the print's ``be``) is not read ``he``, which the rule alone proposes."""
    line = "The estimates for the year were passed, and ho now taken into consideration."
    assert correct_text(line)[0] == line


def test_other_rules_readings_at_a_sentence_start_still_meet_their_rivals(
    without_gate: None,
) -> None:
    """Only the real-word rule looks past the next word: a listed confusion's reading of
    a name opening a sentence (``Gooda`` -> ``Goods``) is still the gate's to refuse."""
    line = "The men of the troop paraded. Gooda Charles Hubert Gross and Private Ryan led."
    assert "Goods" in correct_text(line)[0]  # (the rule alone, gate off)


def test_other_rules_readings_at_a_sentence_start_are_refused_by_the_gate() -> None:
    line = "The men of the troop paraded. Gooda Charles Hubert Gross and Private Ryan led."
    assert correct_text(line)[0] == line


def test_a_capital_b_read_for_s_is_weighed_as_the_rules_read_it() -> None:
    """``workB``, ``returnB``: ABBYY's long s read as a capital B at a word's end. The rules
    read the token with the B as s (``channel.fold``), so ``works`` is the token as printed,
    not a rewrite; the gate weighed the lower-cased ``workb`` instead, whose rival ``work``
    (the B taken out as a speck) outmatched ``works`` before ``necessary``."""
    line = ("The engineer was asked to report upon the workB necessary for the new wharf at "
            "the end of the street.")
    assert " the works necessary " in correct_text(line)[0]
    at = line.index("workB")
    works = Proposal(at, at + 5, "workB", "works", 94.0, "ocr confusion x1", 3.9)
    assert not outmatched(works, line, 3.0)
    line = "The committee wishes for the returnB of the collectors to be laid before it."
    assert " the returns of " in correct_text(line)[0]


def test_a_reading_past_the_capital_b_still_meets_its_rivals() -> None:
    """Only the B's reading as s is the token as printed: a reading past it is weighed
    against the words one edit from ``horses`` (``horseB`` read ``houses``: ``horse``
    outmatches it after ``his``), and capitals, names with an inner capital and clean
    words are left as printed."""
    line = "The farmer sold his horseB and cattle at the sale."
    at = line.index("horseB")
    houses = Proposal(at, at + 6, "horseB", "houses", 90.0, "ocr channel", 1.0)
    assert "horse" in rivals("horses", 3.0)
    assert outmatched(houses, line, 3.0)
    line = "Mr McBride and Mr DuBois said the BBC would report the work necessary for it."
    assert correct_text(line)[0] == line
