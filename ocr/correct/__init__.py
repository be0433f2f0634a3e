"""Dictionary correction of OCR text: lexicons, visual confusions, the ``correct`` stage."""

from __future__ import annotations

from .lexicon import is_word

__all__ = ["is_word"]
