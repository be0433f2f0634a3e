"""Correction of OCR text: lexicons, OCR confusions, a word-bigram model for context
(``ngrams``, ``context``: real-word errors, broken and run-together words), Chinese visual
neighbours, and the ``correct`` stage. See docs/correction.md.

``correct(page, profile)`` is the pipeline stage (after assembly);
``correct_text(text, profile)`` corrects a bare string; ``is_word`` serves de-hyphenation.
"""

from __future__ import annotations

from ..lexicon import is_word
from .correct import check_files, correct, correct_text, corrector_for

__all__ = ["check_files", "correct", "correct_text", "corrector_for", "is_word"]
