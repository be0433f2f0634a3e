"""A word of one or two letters read as another in context needs ``SHORT_REAL_WORD_DELTA``
(2 log10), where a longer word needs ``REAL_WORD_DELTA`` (1): between the shortest words one
confusion is cheap and many of them fit a place. Lines of the SMH tuning half (ABBYY reads,
``bench correct-real``), where the truth had another short word than context chose: each
stays as read, and is read at the longer words' bar; a short word context calls for
strongly is still read."""

from __future__ import annotations

import importlib

import pytest

from ocr.correct import correct_text

context = importlib.import_module("ocr.correct.context")


def _readings(line: str) -> list[tuple[str, str]]:
    return [(p.original, p.corrected) for p in correct_text(line)[1]]


#: (line, token): the truth had ``in``, ``of``, ``or`` where context chose ``at``, ``to``.
WEAK = [
    ("The fated vessel canted over ni the surf and the waves swept her fore and aft.", "ni"),
    ("Much interest is felt regarding the prospects nt the season especially as the team"
     " is strong.", "nt"),
    ("Mr. Smith is to be appointed manager of the works by the company for lent tu"
     " occupation from the date of the lease.", "tu"),
]


@pytest.mark.parametrize(("line", "token"), WEAK)
def test_a_short_word_on_weak_context_stays(line: str, token: str) -> None:
    assert token not in {orig for orig, _ in _readings(line)}, _readings(line)


@pytest.mark.parametrize(("line", "token"), WEAK)
def test_at_the_longer_words_bar_it_was_rewritten(
    line: str, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(context, "SHORT_REAL_WORD_DELTA", context.REAL_WORD_DELTA)
    assert token in {orig for orig, _ in _readings(line)}


def test_a_short_word_context_calls_for_is_read() -> None:
    line = ("He was convicted, and was ordered to bo imprisoned for seven days. A number ot"
            " minor offences were dealt with.")
    assert {("bo", "be"), ("ot", "of")} <= set(_readings(line))
