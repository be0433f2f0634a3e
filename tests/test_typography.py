"""Printed-text rules: sentence ends, what is never a heading, a writer's post under a byline."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import FIXTURES

from ocr.byline_words import byline_more, writer_title
from ocr.heading_words import HEADING_NEVER_HOLDS, goes_on, never_a_heading
from ocr.readers.textdecode import decode
from ocr.script import OTHER_FULL_STOPS, UNMARKED_FIRST, UNMARKED_LAST
from ocr.typography import (
    _SENTENCE_LAST,
    _SENTENCE_TAIL,
    SENTENCE_END,
    ends_on_abbreviation,
    ends_on_note,
    ends_sentence,
    leads_on,
)


def test_every_character_a_sentence_end_can_end_on_is_in_the_quick_set() -> None:
    # After a letter (a mark ends the sentence) and after a full stop (a closing quote
    # or bracket follows the mark): every BMP character that completes a match
    # (white space aside: ends_sentence strips it first).
    missed = [
        hex(c) for c in range(0x10000)
        if chr(c) not in _SENTENCE_LAST and not chr(c).isspace()
        and (SENTENCE_END.search("a" + chr(c)) or SENTENCE_END.search("a." + chr(c)))
    ]
    assert missed == []


def test_ends_sentence_reads_marks_quotes_and_initials() -> None:
    assert ends_sentence("The council voted on Tuesday.")
    assert ends_sentence("“We will build it,” she said.”  ")
    assert ends_sentence("市政府昨日宣布。")
    assert ends_sentence("记者采访了他们（摄）。）")
    assert not ends_sentence("The council voted on")
    assert not ends_sentence("said John F.")  # an initial, not a full stop
    assert not ends_sentence("")
    assert not ends_sentence("in the city,")


@pytest.mark.parametrize(("lines", "never"), [
    (["Reach Anna Reed at 555-0100 or areed@ledger.com"], True),
    (["www.harborledger.com/weather"], True),
    (["咨询电话：0512-53521234"], True),
    (["Tickets: $15"], True),
    (["（完）"], True),
    (["What: Summer swim nights", "Where: Harbor City pool"], True),
    # Headlines a colon or a figure may hold.
    (["Analysis: Why the bridge must close"], False),
    (["专访：让老街重新热闹起来"], False),
    (["Council approves $48 million water plant"], False),
    (["Opinion: The case for a new library", "A century of reading"], False),
    (["Toni Morrison: 1931-2019"], False), (["Final score: 3-2"], False),
    (["【聚焦两会】"], False), (["(AP)"], True),
])
def test_never_a_heading(lines: list[str], never: bool) -> None:
    assert never_a_heading(lines) is never
    if never:  # never_a_heading asks the patterns only of lines holding these
        assert any(HEADING_NEVER_HOLDS.intersection(t) for t in lines)


@pytest.mark.parametrize(("text", "after", "title"), [
    ("Ledger Staff Writer", "The council voted on Tuesday.", True),
    ("Mayor Ellen Ward on Tuesday", "signed the budget.", False),
])
def test_writer_title_is_no_sentence_that_goes_on(text: str, after: str, title: bool) -> None:
    assert writer_title(text, after) is title


@pytest.mark.parametrize(("text", "title"), [
    ("Ledger Sports Writer", True), ("Associated Press", True),
    ("Special to the Ledger", True), ("Staff", True),
    ("Doctors said the clinic will open.", False), ("the city said", False),
    ("Ledger Staff Writer 2024", False), ("Reach her at 555-0100", False),
])
def test_writer_title(text: str, title: bool) -> None:
    assert writer_title(text) is title


@pytest.mark.parametrize(("lines", "more"), [
    (["and TOM CHEN", "Ledger Staff Writers", "HARBOR CITY — The"], 2),
    (["Ledger Staff Writer", "The Harbor City Council"], 1),
    (["& Tom Chen", "The Tarrow Shipyard has won"], 1),
    (["The Tarrow Shipyard has won a $200 million"], 0),
    ([], 0),
])
def test_byline_more(lines: list[str], more: int) -> None:
    assert byline_more(lines) == more


#: Real extractors' text of newspaper PDFs (../shared/devset), where it lies beside the clone.
DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset" / "textpdf"


#: ``SENTENCE_END`` and its characters as they were written out before the rule was read
#: without ``re`` (bebbf01): the module now builds both from the sets the new reading
#: uses, so they alone could not catch a wrong edit to those sets.
_OLD_SENTENCE_END = re.compile(
    f"(?:[。！？!?…；;{OTHER_FULL_STOPS}]|(?<![A-Z])\\.)['\"’”」』）)]*$")
_OLD_SENTENCE_LAST = frozenset(f"。！？!?…；;.'\"’”」』）){OTHER_FULL_STOPS}")


def test_the_sentence_end_rule_is_the_one_written_out_before() -> None:
    assert SENTENCE_END.pattern == _OLD_SENTENCE_END.pattern
    assert _SENTENCE_LAST == _OLD_SENTENCE_LAST


def _ends_sentence_by_pattern(text: str) -> bool:
    """``ends_sentence`` as it was, by ``SENTENCE_END`` over the line's last characters."""
    last = text[-1:]
    if last not in _OLD_SENTENCE_LAST and not last.isspace():
        return UNMARKED_FIRST <= last <= UNMARKED_LAST
    tail = text.rstrip()[-_SENTENCE_TAIL:]
    return tail[-1:] in _OLD_SENTENCE_LAST and bool(_OLD_SENTENCE_END.search(tail))


#: A note of up to 24 characters in full-width brackets after a Chinese stop, as
#: ``ends_sentence``'s docstring specifies it (``…保暖。（据新华社电）``).
_NOTE_SPEC = re.compile(r"[。！？]”?（[^（）。]{1,24}）\s*$")


def _ends_sentence_as_specified(text: str) -> bool:
    """``ends_sentence`` as specified: the pattern's end, or a note after a stop."""
    return _ends_sentence_by_pattern(text) or bool(_NOTE_SPEC.search(text))


def test_ends_sentence_reads_the_end_as_the_pattern_does() -> None:
    """Every line of the fixture and dev set pages, and 30,000 made-up line ends of marks,
    closing quotes, capitals, letters and white space (runs of closing marks past the
    part of the line looked at too), get what ``SENTENCE_END`` gives, or a note after a
    stop (brackets are in the alphabet)."""
    pages = sorted((FIXTURES / "text").glob("*.txt"))
    if DEVSET.is_dir():
        pages += sorted(DEVSET.glob("*.txt"))
    lines = [ln for p in pages for ln in decode(p.read_bytes(), p.name).split("\n")]
    alphabet = list(_SENTENCE_LAST) + ["A", "Z", "a", "x", "F", " ", "\t", "中", "ก", "1", ",",
                                       "（", "）", "（", "）", "据", "电"]
    rng = random.Random(11)
    made = ["".join(rng.choices(alphabet, k=rng.randint(0, 24))) for _ in range(30_000)]
    made += ["x." + "”" * n for n in range(12, 20)] + ["A." + ")" * n for n in range(14, 18)]
    for text in lines + made:
        assert ends_sentence(text) == _ends_sentence_as_specified(text), repr(text)
    assert sum(map(ends_sentence, made)) > 5_000
    assert sum(map(ends_on_note, made)) > 10  # the note case is exercised


@pytest.mark.parametrize(("text", "abbreviated"), [
    ("still opens at 4 a.m.", True), ("closes at 9 p.m. ", True), ("Acme Tools Inc.", True),
    ("Martin Luther King Jr.", True), ("Fire closes Dock St.", True),
    ("Record catfish weighs 52 lbs.", True), ("stir in 2 tsp.", True), ("ran 3 mi.", True),
    ("He left.", False), ("in the U.S.", False), ("lost the lbs.", False),
    ("the team.", False), ("a.m", False), ("Co-op", False),
])
def test_a_full_stop_after_an_abbreviation_is_told(text: str, abbreviated: bool) -> None:
    assert ends_on_abbreviation(text) is abbreviated


@pytest.mark.parametrize(("above", "below", "on"), [
    ("Flooding closes roads to", "12,000 commuters", True),
    ("Board weighs the cost of", "Two new schools", True),
    ("STATE PLANS FOR", "NEW FERRY", True),
    ("Flooding closes east side roads", "Detours expected to last until Monday", False),
    ("Crews clean up", "Debris fills the river", False),  # (``up`` may end a heading)
    ("EDUCATION", "Teachers ratify contract", False),
])
def test_a_heading_line_ending_on_a_small_word_goes_on(above: str, below: str, on: bool) -> None:
    """No heading ends on an article, conjunction or preposition: in any case the line
    under such a line is its headline wrapped, not a deck."""
    assert goes_on(above, below) is on


def test_a_chinese_line_cut_on_a_clause_mark_leads_on() -> None:
    assert leads_on("市城管局已安排除冰车、")
    assert leads_on("医生提示，气温骤降容易诱发疾病；")
    assert leads_on("记者从市交通局获悉：")
    assert not leads_on("全市公交线路今起优化调整")
    assert not leads_on("市民可通过热线电话咨询。")
