"""Where a page's text came from, and so whether dictionary correction may touch it.

OCR misreads letters; a PDF's text layer does not: every "correction" of text a
PDF extractor wrote is a false one (双塘镇 -> 双城镇, a real place name). The
user says which it is (``ocr`` or ``exact``); by default (``auto``) scans and other
engines' OCR are corrected, and a text page keeps its corrections only when they
are many: OCR noise leaves several misreadings in every thousand words, while on
clean text the lexicon disagrees with a rare name now and then.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from .model import Page
from .profiles import TEXT_ORIGINS, TextOrigin
from .script import CJK_RUN

#: A text page is taken as OCR output when correction finds at least this many
#: misreadings ...
MIN_OCR_FIXES = 2
#: ... and at least this many per thousand words of article text (a Chinese word
#: averages 1.7 characters).
MIN_OCR_RATE = 6.0
_CJK_WORD = 1.7


def looks_like_ocr(corrected: Page) -> bool:
    """True when the corrections made on a text page are as dense as OCR noise."""
    if len(corrected.corrections) < MIN_OCR_FIXES:
        return False  # (words not counted: a clean 10 MB page is 1.7 million)
    texts = [p for a in corrected.articles for p in a.paragraphs]
    texts += [p.caption for p in corrected.photos if p.caption]
    words = sum(_words(t) for t in texts)
    fixes = len(corrected.corrections)
    return fixes >= MIN_OCR_FIXES and fixes * 1000 >= MIN_OCR_RATE * max(1.0, words)


def _words(text: str) -> float:
    if text.isascii():  # (no CJK: the same count, without the two passes)
        return float(len(text.split()))
    cjk = sum(len(run) for run in CJK_RUN.findall(text))
    return len(CJK_RUN.sub(" ", text).split()) + cjk / _CJK_WORD


def by_origin(correct: Callable[[Page], Page], origin: TextOrigin) -> Callable[[Page], Page]:
    """The correction stage for text of ``origin`` (a ``TextOrigin``; ``Page -> Page``)."""
    if origin not in TEXT_ORIGINS:
        raise ValueError(f"text origin must be one of {', '.join(TEXT_ORIGINS)}, not {origin!r}")
    if origin == "ocr":
        return correct

    @wraps(correct)  # provenance names the wrapped stage
    def stage(page: Page) -> Page:
        if origin == "exact":
            return page
        corrected = correct(page)
        if page.source.kind == "text" and not looks_like_ocr(corrected):
            return page
        return corrected

    return stage
