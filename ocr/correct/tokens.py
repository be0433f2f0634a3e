"""What of a text English correction looks at: its tokens, the chunks it leaves as read
(addresses, code, garble, text run together past any word's length) and the shapes
around a token that make it a name (an initial before it, capitalised neighbours).
``latin.LatinCorrector`` decides; this module only says what a token is."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..script import is_cjk

#: A token of the text: (start, token, left alone, in plain prose).
Tok = tuple[int, str, bool, bool]

#: A token: a run of letters and digits in any script, one inner apostrophe.
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
#: Longer chunks are garble or text run together, never a word to correct; their
#: rewrites grow with the square of their length (a 2,000-letter chunk took 80 s).
LONGEST_WORD = 45
#: Tokens we may correct: ASCII letters and digits (0/1/5 misread for o/l/s), long s.
LATIN = re.compile(r"[A-Za-z0-9ſ]+(?:['’][A-Za-z]+)?")
#: Whitespace-delimited chunks that are addresses, not words.
ADDRESS = re.compile(r"@|://|^www\.|\.(?:com|org|net|gov|edu|cn|uk|io)\b|/\w", re.I)
LETTER = re.compile(r"[A-Za-z]")
NUMBERISH = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|[a-z]{1,2})?", re.I)
#: Chunks with these characters are code or markup: left as read.
CODE = re.compile(r"[_=<>{}\\|#$%^*+~`]")
#: Chunks the OCR garbled (letters run into dots or commas, stray guillemets): a token in
#: them is a fragment, and "fixing" it makes another wrong word (``l.ing.lren``, ``Mest,ra``).
GARBLED = re.compile(r"[«»¡¿]|[A-Za-z][.,;:][A-Za-z]{2}")
#: A title or initial right before a token (``Miss A. nodson``): a name follows.
INITIAL_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][a-z]{0,2}\.\s+$")
#: Chunks with these get OCR confusions only, no free edits (formulas, references, "c0mputer").
CODEISH = re.compile(r"[()\[\]\d]")


def title_case(toks: list[Tok], i: int) -> bool:
    """Token ``i`` stands among capitalised words (a headline): its capital is no name's."""
    near = [toks[k][1] for k in (i - 1, i + 1) if 0 <= k < len(toks)]
    return bool(near) and all(t[:1].isupper() for t in near)


def count_of(counts: dict[str, int], keys: Iterable[str], low: str) -> int:
    """How often ``low`` occurs among ``keys``, a text's tokens' ``lexicon_key``s (counted
    once per text, on first need, in one C loop: the keys are the text's ``Form.low``s,
    already made, not made again token by token)."""
    if not counts:
        counts.update(Counter(keys))
    return counts.get(low, 0)


def lexicon_key(tok: str) -> str:
    """How the lexicon spells ``tok``: lower case, a typographic apostrophe as ASCII
    (``don’t`` is ``don't``), the same in every pass over a text."""
    return tok.lower().replace("’", "'")


def touches_han(text: str, start: int, end: int) -> bool:
    """A CJK character right before ``start`` or at ``end``: Latin letters glued to
    Chinese text are a code, a brand or a unit there, not an English word to correct."""
    return (start > 0 and is_cjk(text[start - 1])) or (end < len(text) and is_cjk(text[end]))
