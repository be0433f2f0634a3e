"""Joining a paragraph's wrapped lines as printed text.

CJK joins without a space, Latin words with one; a line-end hyphen goes only where it split
a word, asked of the lexicon in the paragraph's language (English, or German and French by
``script.foreign_language``). One rule for every path: the text reflow, the scan path's
paragraphs, bylines and leads read whole, and the bench's scoring.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

# Its word lists load on first use (``lexicon``), once per process; imported here, not at
# each call: an import statement run for each hyphen at a line's end cost more than the
# look-ups it made.
from .lexicon import is_word, zipf
from .script import (
    ANY_CJK,
    CLOSED_COMPOUNDS,
    HYPHENS,
    SUSPENDING_WORDS,
    ForeignLang,
    foreign_language,
    korean,
    spaced,
)

#: The letters a word broken at a line's end ends on: ``str.rstrip`` finds them (a
#: search for ``[A-Za-z]+$`` tries each character of the line's end, some 20,000
#: instructions).
_LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: A line break after a hyphen, and one with CJK on either side (see ``_junction``):
#: each pattern opens on the line break, a literal ``re`` finds fast, and looks at the
#: characters around it only there (not at each character of a paragraph).
_HYPHEN_BREAK = re.compile(f"\n(?<=[{re.escape(HYPHENS)}]\n)")
_CJK_BREAK = re.compile(f"\n(?:(?<={ANY_CJK.pattern}\n)|(?={ANY_CJK.pattern}))")
_WORD_HEAD = re.compile(r"^[a-z]+")
#: A word's letters in any Latin script at a line's end and at the next line's start.
_FOREIGN_TAIL = re.compile(r"[^\W\d_]+\Z")
_FOREIGN_HEAD = re.compile(r"[^\W\d_]+")


def join_two(a: str, b: str) -> str:
    """Join two wrapped lines as printed text.

    CJK joins without a space; Latin words with one; a line-end hyphen goes only
    when the joined word is a word (``news-paper`` -> ``newspaper``, ``well-known`` stays).
    """
    return join_lines([a, b])


def _english() -> ForeignLang | None:
    return None


def _junction(a: str, b: str, ko: bool = False,
              foreign: Callable[[], ForeignLang | None] = _english) -> tuple[bool, str]:
    """How line ``b`` joins the line ``a`` before it: (drop a's last character, separator);
    ``ko``: the lines are Korean (``script.korean``); ``foreign()``: the lines' language
    when it is not English (``script.foreign_language``, asked only here: few junctions
    reach it). There a ``-`` whose joined word the language's lexicon knows, before a
    lower-case letter, was a wrap (``Ver-`` /
    ``fahren``); one between two of its words is a compound's (``Ost-`` / ``West``); any
    other is left as printed, the break kept (``aus-`` / ``reicht`` misread, a column
    rule's bar after the hyphen or not), unless both halves are English words (``long-`` /
    ``term`` beside a French name: the function words of ``script.foreign`` are no proof
    the paragraph is not English)."""
    if a[-1] in HYPHENS and len(a) > 1 and a[-2].isalpha():
        if a[-1] == "-" and len(a) > 2 and a[-3] in HYPHENS:
            return False, ""  # one letter between hyphens: French ``va-t-`` / ``on``
        tail = last_letters(a[-40:-1].removesuffix("\n"))  # (``$`` reads past a last break)
        head = _WORD_HEAD.match(b)
        if a[-1] != "-" or (tail and head and hyphen_is_wrap(tail, head.group())):
            return True, ""
        lang = foreign()
        if lang is None:
            return False, ""
        english = bool(tail and head and _halves_words(tail, head.group()))
        return _foreign_junction(a[-40:-1], b, lang, english)
    # ASCII on both sides (most Latin junctions) is no CJK: no pattern match needed.
    if not (a[-1].isascii() and b[0].isascii()) and not spaced(a, b, ko):
        return False, ""
    return False, " "


def _foreign_junction(a: str, b: str, lang: ForeignLang, english: bool) -> tuple[bool, str]:
    """``_junction`` of a ``-`` ending line ``a`` (the hyphen cut off) in German or French,
    asked of that language's lexicon over its letters (``ä``, ``é``, ``ſ``) before the
    English one (``wer-`` / ``den`` is ``werden``, though ``wer`` and ``den`` are both in
    English's list); ``english``: both halves are English words. German closes a compound
    the lexicon lacks (``Gedanken-`` / ``ſprache``, ``script.CLOSED_COMPOUNDS``)."""
    tail = _FOREIGN_TAIL.search(a)
    head = _FOREIGN_HEAD.match(b)
    left, right = (tail.group(), head.group()) if tail and head else ("", "")
    if right in SUSPENDING_WORDS:
        return False, " "
    halves = len(left) > 1 and len(right) > 1 and is_word(left, lang) and is_word(right, lang)
    if right[:1].islower() and (is_word(left + right, lang)
                                or (halves and lang in CLOSED_COMPOUNDS)):
        return True, ""
    return False, "" if english or halves else " "


def last_letters(text: str) -> str:
    """The Latin letters ``text`` ends on, ``''`` for none (``[A-Za-z]+\\Z``'s match),
    found by ``str.rstrip``."""
    return text[len(text.rstrip(_LATIN_LETTERS)):]


def hyphen_is_wrap(left: str, right: str) -> bool:
    """True when a line-end hyphen only split a word: the joined word is common, or
    a known word whose halves are not both words (``long-term`` keeps its hyphen)."""
    joined = (left + right).lower()
    if zipf(joined, "en") >= 3.0:
        return True
    return is_word(joined) and not _halves_words(left, right)


def _halves_words(left: str, right: str) -> bool:
    """Both halves of a hyphened pair are words the lexicon knows: a compound
    (``long-term``, ``well-known``), kept whole whatever else the text's words say."""
    return len(left) > 1 and len(right) > 1 and is_word(left) and is_word(right)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one unbroken string (see ``join_two``)."""
    kept = list(filter(None, lines))
    plain = " ".join(kept)
    if plain.isascii():
        if "- " not in plain:
            return plain  # Latin lines, none ending on a hyphen: each joins with a space
        return _join_latin(kept)
    broken = "\n".join(kept)
    ko = korean(broken)
    if broken.count("\n") == len(kept) - 1 and not _HYPHEN_BREAK.search(broken) and not ko:
        # No line ends on a hyphen: each joins with a space, or with none where CJK
        # stands on either side (``_junction``), all in one pass from C. (Korean keeps
        # its spaces beside hanja: ``_junction`` is asked line by line.)
        return _CJK_BREAK.sub("", broken).replace("\n", " ")
    parts: list[str] = []
    lang = cache(partial(foreign_language, broken))
    for line in lines:
        if not line:
            continue
        if parts:
            drop, sep = _junction(parts[-1], line, ko, lang)
            if drop:
                parts[-1] = parts[-1][:-1]
            if sep:
                parts.append(sep)
        parts.append(line)
    return "".join(parts)


def _join_latin(kept: list[str]) -> str:
    """``join_lines`` of ASCII lines (none empty): a space at each junction but after a
    line that ends on a hyphen, asked of ``_junction`` (no CJK, no Korean: the others
    need no look at the characters around them)."""
    parts: list[str] = []
    run = 0  # the first line not yet written
    lang = cache(partial(foreign_language, " ".join(kept)))
    for i in [i for i in range(len(kept) - 1) if kept[i][-1] == "-"]:
        drop, sep = _junction(kept[i], kept[i + 1], foreign=lang)
        written = " ".join(kept[run : i + 1])
        parts += (written[:-1] if drop else written, sep)
        run = i + 1
    parts.append(" ".join(kept[run:]))
    return "".join(parts)
