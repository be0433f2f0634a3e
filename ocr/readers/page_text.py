"""PAGE-XML text: which ``TextEquiv`` is the text, and a line's words from it.

Of several ``TextEquiv``, the lowest ``index`` is the text (the schema's rule), else the
highest ``conf``, else the first. The line's own ``TextEquiv`` wins over its ``Word``s
when they disagree (transcribers correct lines, and Transkribus leaves the words stale):
its tokens keep the words' boxes when there are as many of them, else get boxes shared
out along the line. A ``Word`` without text takes its ``Glyph``s'. A ``TextEquiv`` whose
``comments`` is ``ocr`` is the OCR reading that newsocr's PAGE writer keeps beside a
corrected word: it becomes ``Word.original``.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator

from lxml import etree

from ..model import Box, Line, Word, join_words
from ..xmlsafe import children, first_child

#: ``TextEquiv/@comments`` of the OCR reading kept beside a corrected text.
OCR_COMMENT = "ocr"


def line_of(
    tl: etree._Element, box_of: Callable[[etree._Element], Box | None], repairs: Counter[str]
) -> Line | None:
    """A ``TextLine``: its words, or its own text where the words disagree with it (a
    repair counted in ``repairs``); ``box_of`` gives an element's clipped box."""
    box = box_of(tl)
    words: list[tuple[str, Box | None, float | None, str | None]] = []
    for w in children(tl, "Word"):
        text, conf, original = text_equiv(w)
        if not text:
            glyphs = [text_equiv(g)[0] for g in children(w, "Glyph")]
            text = "".join(glyphs)
        if text.strip():
            words.append((text, box_of(w), conf, original))
    line_text, line_conf, line_original = text_equiv(tl)
    tokens = line_text.split()
    word_tokens = [t for w in words for t in w[0].split()]
    if tokens and join_words(tokens) != join_words(word_tokens):
        if words:
            repairs["line text differs from its words' text; the line's is used"] += 1
        boxes: list[Box | None]
        if len(words) == len(tokens):
            boxes = [w[1] for w in words]
        elif "".join(tokens) == "".join(w[0] for w in words):  # only the spacing differs
            boxes = _regroup([(w[0], w[1]) for w in words], tokens)
        else:
            boxes = list(_share_out(box, tokens))
        originals = (line_original or "").split()
        same = len(originals) == len(tokens)
        made = [_word(t, b, line_conf, originals[i] if same else None)
                for i, (t, b) in enumerate(zip(tokens, boxes, strict=True))]
    else:
        made = [m for text, wbox, conf, orig in words for m in _split(text, wbox, conf, orig)]
    if not made:
        return None
    return Line(tuple(made), box)


def _regroup(words: list[tuple[str, Box | None]], tokens: list[str]) -> list[Box | None]:
    """Boxes of ``tokens`` made of the same characters as ``words``, spaced otherwise: each
    token's box encloses the boxes of the words its characters came from."""
    owner = [i for i, (text, _) in enumerate(words) for _ in text]
    out: list[Box | None] = []
    at = 0
    for t in tokens:
        used = sorted(set(owner[at:at + len(t)]))
        boxes = [b for i in used if (b := words[i][1]) is not None]
        out.append(Box.enclosing(boxes))
        at += len(t)
    return out


def _split(text: str, box: Box | None, conf: float | None, original: str | None) -> list[Word]:
    parts = text.split()
    if len(parts) == 1:
        return [_word(parts[0], box, conf, original)]
    return [_word(p, b, conf, None) for p, b in zip(parts, _share_out(box, parts), strict=True)]


def _share_out(box: Box | None, tokens: list[str]) -> Iterator[Box | None]:
    """Boxes for ``tokens`` along ``box`` in proportion to their lengths (spaces count one)."""
    total = sum(len(t) for t in tokens) + len(tokens) - 1
    offset = 0
    for t in tokens:
        if box is None or total <= 0:
            yield None
        else:
            x = box.x + box.w * offset // total
            yield Box(x, box.y, max(0, box.x + box.w * (offset + len(t)) // total - x), box.h)
        offset += len(t) + 1


def _word(text: str, box: Box | None, conf: float | None, original: str | None) -> Word:
    nfc = unicodedata.normalize("NFC", text)
    orig = unicodedata.normalize("NFC", original) if original and original != text else None
    return Word(nfc, box, conf, orig)


def region_text_lines(el: etree._Element) -> list[Line]:
    """A region with text but no TextLine elements: its text's lines, without boxes."""
    text, conf, _ = text_equiv(el)
    return [Line(tuple(_word(t, None, conf, None) for t in row.split()))
            for row in text.splitlines() if row.split()]


def text_equiv(el: etree._Element) -> tuple[str, float | None, str | None]:
    """The element's text (lowest index, else highest conf, else first), its conf, and
    the OCR reading newsocr keeps beside a corrected text (``comments="ocr"``)."""
    found: list[tuple[int, float, int, str, float | None]] = []
    original = None
    for n, te in enumerate(children(el, "TextEquiv")):
        uni = first_child(te, "Unicode")
        text = (uni.text or "") if uni is not None else ""
        conf = _conf(te.get("conf"))
        if te.get("comments") == OCR_COMMENT:
            original = text
            continue
        index = integer(te.get("index"), default=1 << 30)
        found.append((index, -(conf if conf is not None else -1.0), n, text, conf))
    if not found:
        return "", None, None
    best = min(found)
    return best[3], best[4], original


def _conf(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return min(1.0, max(0.0, float(value)))
    except ValueError:
        return None


def number(value: str | None) -> float:
    """A numeric attribute; 0 when it is missing or not a finite number (real files are
    messy)."""
    try:
        out = float(value) if value is not None else 0.0
    except ValueError:
        return 0.0
    return out if math.isfinite(out) else 0.0


def integer(value: str | None, default: int = 0) -> int:
    """A whole-number attribute (``"3.0"`` is 3); ``default`` when missing or bad."""
    try:
        return int(float(value)) if value is not None else default
    except (ValueError, OverflowError):  # "x", "nan"; "inf", "1e999"
        return default
