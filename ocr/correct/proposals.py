"""A proposed change of a text, the one currency of every correction pass: Latin and
Chinese, context, channel and marks alike propose, and ``correct.correct`` weighs them.

Split from ``ocr.correct.context`` (the context rules), so that a pass that only
proposes does not import those rules to say so.
"""

from __future__ import annotations

from dataclasses import dataclass


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
