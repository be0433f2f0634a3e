"""A proposed change of a text, the one currency of every correction pass: Latin and
Chinese, context, channel and marks alike propose, and ``correct.correct`` weighs them.

Split from ``ocr.correct.context`` (the context rules), so that a pass that only
proposes does not import those rules to say so.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The reasons (their opening words) of a reading of a token that is no word: a listed
#: confusion (``ocr confusion x1``, ``... x2``, ``..., worn capital``) or the channel's
#: edits (``ocr channel``, ``..., short``, ``..., learned``). Such a token is wrong as
#: read whatever the engine's confidence in it: an accent read into a word (``nursé``
#: 0.91) or one glyph misread cleanly (``whieh`` 0.94, ``tagether,`` 0.92) is read with
#: confidence, yet is no English word (the scan study sets' tuning half, ``bench
#: correct-scans``: 24 such readings, all exact, 8 of them refused by the confidence gates).
NON_WORD_READINGS = ("ocr confusion x", "ocr confusion, worn capital", "ocr channel")
# (Not ``ocr confusion, capitals`` and the other readings of real words: ``OLD FOE`` read
# with certainty stays, where ``FOR`` is only likelier.)


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed change of ``text[start:end]``."""

    start: int
    end: int
    original: str
    corrected: str
    score: float
    reason: str
    #: log10 units by which the correction beats the reading (context, frequency or both);
    #: a word the OCR engine was fairly sure of needs ``correct.CONFIDENT_EVIDENCE``.
    evidence: float = 0.0

    @property
    def reads_non_word(self) -> bool:
        """Whether this reads a token that is no word (``NON_WORD_READINGS``), where the
        engine's confidence in the token is no evidence against the change."""
        return self.reason.startswith(NON_WORD_READINGS)
