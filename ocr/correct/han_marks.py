"""Punctuation in Chinese text read as its ASCII look-alike: ``本报讯(记者`` ->
``本报讯（记者``, ``书也多,孩子`` -> ``书也多，孩子``, ``机遇，,奋力`` -> ``机遇，奋力``.

Tesseract's ``chi_sim`` model reads many full-width marks as ASCII ones (12 of a
six-column page's commas, every bracket of its bylines), and some twice (the mark and
its ASCII twin). Chinese type sets these marks full width beside Han characters (GB/T
15834); the character model (``han_lm``) cannot see the misreading, since it reads the
two as one mark. The page's own type is the evidence: a mark is set full width where
the page's texts set it so at least as often as they show it in ASCII beside Han. Much
Chinese OCR text (and the truth of sets such as FASPell) keeps ASCII marks throughout:
there nothing changes. Straight quotes are left as read (which of ``“`` and ``”`` each
is cannot be told from one side), and so is a full stop (``3.5``, ``www.``).

The other way round, the character 一, one horizontal stroke, is read as a dash ``—``
(``第—号``, ``以防万—``): a lone dash after a Han character, before another, a mark or
the text's end, is read as 一 where the character model (``han_lm``) likes the text so by
``DASH_GAIN`` log10 more than with the dash. A dash set between Han (a range, ``广州—
中山``, ``京—沪``; a break, ``他说—我们``) scores below 0 so, and the Chinese dash ``——``
is two.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..script import CJK_PUNCTUATION, FULL_WIDTH_MARKS, HAN, HAN_CHAR
from .han_lm import char_model
from .proposals import Proposal

#: The marks changed here: a full stop is left (``3.5``, ``www.``).
MARKS = {k: v for k, v in FULL_WIDTH_MARKS.items() if k != "."}
#: What a mark set in Chinese follows: a Han character or a CJK mark (``”）》】``).
_CHINESE = f"{HAN}{CJK_PUNCTUATION}“”"
#: A pausing mark after Chinese, unless a Latin word follows (``Mr 王, the chairman``;
#: a figure does not stop it: ``截至目前,3人受伤``); white space Tesseract put after it
#: goes with it when Han text follows.
_PAUSE = re.compile(f'(?<=[{_CHINESE}])([,:;?!])(?![ \\t]*[A-Za-z])'
                    f'(?:[ \\t]+(?=[{HAN}"“]))?')
#: Brackets, either width: they are set in pairs, so each is judged with its partner.
_BRACKET = re.compile("[()（）]")
_ASCII_OF = {v: k for k, v in MARKS.items()}
#: What ``page_marks`` counts a mark as: brackets as one.
_KEY = {k: "()" if k in "()" else k for k in MARKS}
_CHINESE_CHAR = re.compile(f"[{_CHINESE}]")
#: A pausing mark beside its own full-width form: the one mark read twice (brackets are
#: left to their pairing: ``（记者（通讯员)）`` has two).
_TWICE = re.compile("|".join(f"{re.escape(v)}{re.escape(k)}|{re.escape(k)}{re.escape(v)}"
                             for k, v in MARKS.items() if k not in "()"))
#: Any of the ASCII marks changed here: a text without one has nothing to change.
_ANY_MARK = re.compile(f"[{re.escape(''.join(MARKS))}]")
#: ``Proposal.evidence`` of these changes: the convention is strong evidence (a word read
#: with confidence is still changed), yet the engine's own veto (``max_confidence``) holds.
EVIDENCE = 3.0
REASON = "ASCII mark in Chinese text set full width, as the page sets it"
#: A lone dash after Han and before Han, a mark or the end (not half of ``——``).
_DASH = re.compile(f"(?<=[{HAN}])—(?=[{HAN}{CJK_PUNCTUATION}]|$)(?!—)")
#: log10 the character model must gain with 一 for the dash (FASPell tuning half: the
#: ten dashes read for 一 gain −0.9 to 4.1, six of them 1 or more; dashes set between
#: Han in our own news lines −4.1 to −0.5).
DASH_GAIN = 1.0
#: Characters either side the model reads a dash with: its trigrams reach two.
_DASH_WINDOW = 3
DASH_REASON = "一 read as a dash"
TWICE_REASON = "a mark read twice, as itself and its ASCII look-alike"


def page_marks(texts: Iterable[str]) -> frozenset[str]:
    """The ASCII marks that ``texts`` (a page's) set full width at least as often as they
    show them beside Han: those ``mark_proposals`` may change. Brackets count as one
    mark: they are set in pairs (``（老家)`` is a pair set full width).

    The pausing marks are found in one pass over the texts joined by line breaks, which
    no part of ``_PAUSE`` reads past (so each text's own matches), and the full-width
    marks counted there with ``str.count``: a Python step a character (a 10 MB page is 3
    million) was most of a Chinese page's correction outside the character model."""
    texts = list(texts)
    joined = "\n".join(texts)
    ascii_: Counter[str] = Counter(_KEY[m.group(1)] for m in _PAUSE.finditer(joined))
    for text in texts:
        if "(" in text or ")" in text:  # (the brackets ``_chinese_brackets`` gives are ASCII)
            ascii_.update(_KEY[text[at]] for at in _chinese_brackets(text))
    wide: Counter[str] = Counter()
    for mark, was in _ASCII_OF.items():
        wide[_KEY[was]] += joined.count(mark)
    return frozenset(m for m in MARKS if 0 < ascii_[_KEY[m]] <= wide[_KEY[m]])


def mark_proposals(text: str, marks: frozenset[str]) -> list[Proposal]:
    """Proposals that set the ASCII ``marks`` (``page_marks``) in Chinese text full
    width, and drop an ASCII mark read beside its full-width self, in text order."""
    if _ANY_MARK.search(text) is None:
        return []  # (each change is of an ASCII mark; much Chinese text has none)
    found: dict[int, Proposal] = {}
    for m in _TWICE.finditer(text):
        wide = next(c for c in m.group() if c not in MARKS)
        found[m.start()] = _proposal(m.start(), m.end(), m.group(), wide, TWICE_REASON)
    taken = {i for p in found.values() for i in range(p.start, p.end)}
    for m in _PAUSE.finditer(text):
        if m.start() not in taken and m.group(1) in marks:
            found[m.start()] = _proposal(m.start(), m.end(), m.group(), MARKS[m.group(1)])
    for at in _chinese_brackets(text):
        if at not in taken and text[at] in marks:
            found[at] = _proposal(at, at + 1, text[at], MARKS[text[at]])
    return [found[k] for k in sorted(found)]


def dash_proposals(text: str) -> list[Proposal]:
    """Proposals that read a lone dash in Chinese text as 一 (module docstring)."""
    if "—" not in text:
        return []
    model = char_model()
    out = []
    for m in _DASH.finditer(text):
        k = m.start()
        a, b = max(0, k - _DASH_WINDOW), k + 1 + _DASH_WINDOW
        window = text[a:b]
        gain = model.logp(window[: k - a] + "一" + window[k - a + 1 :]) - model.logp(window)
        if gain >= DASH_GAIN:
            out.append(Proposal(k, k + 1, "—", "一", 100.0, DASH_REASON, round(gain, 2)))
    return out


def _chinese_brackets(text: str) -> list[int]:
    """Offsets of the ASCII brackets of pairs that hold Chinese: both of ``(记者 杨帆)``,
    the ASCII half of ``（老家)``; not those opened after Latin or a figure, white space
    between or not (``Python(编程)``, ``Mr Li (李)``)."""
    out: list[int] = []
    opened: list[int] = []
    for m in _BRACKET.finditer(text):
        at = m.start()
        if m.group() in "(（":
            opened.append(at)
            continue
        if not opened:
            continue
        start = opened.pop()
        if not HAN_CHAR.search(text, start + 1, at):
            continue
        before = text[:start].rstrip()[-1:]
        if text[start] == "(" and before and not _CHINESE_CHAR.match(before):
            continue  # opened after Latin or figures: a Latin parenthesis
        out += [i for i in (start, at) if text[i] in "()"]
    return sorted(out)


def _proposal(start: int, end: int, original: str, corrected: str,
              reason: str = REASON) -> Proposal:
    return Proposal(start, end, original, corrected, 100.0, reason, EVIDENCE)
