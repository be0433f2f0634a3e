"""Spaces an extractor dropped between Latin words, put back.

pdfplumber writes a space where the gap between two letters is wider than a fixed
tolerance, so the words of a tightly justified line, a letter-spaced byline or a
caption in small type run together: ``Pedestriansandcyclistswillbeable``,
``ByMARGARETHOLLOWAY``, ``MICHAELCHEN/HARBORLEDGER``, ``PleaseseeTEACHERS,Page``.
Read so, a byline or a credit is not recognised and a sentence has no words. A run
of letters that is not a word is cut into the likeliest words of the general
lexicon (each word's Zipf frequency, a fixed cost a word, so few long common words
win), and a space goes back after a comma, a sentence end or a closing quote and
between a word and a figure.
"""

from __future__ import annotations

import re
from functools import cache

#: Tokens this long, or with a lower-case letter before a capital, may hold several words.
_LONG = 12
_SUSPECT = re.compile(r"[a-z][A-Z]|[,;:!?”)][A-Za-z“(]|[a-z]{2}\.[A-Z]|[a-zA-Z]{2}\d|\d[a-z]{2}")
_LETTERS = re.compile(r"[A-Za-z’']+|[^A-Za-z’']+")
#: Space put back between pieces of a token: after , ; : ! ? ) ” before a letter, after a
#: sentence's full stop before a capital, between a word and a figure.
_AFTER_MARK = re.compile(r"([,;:!?”)])(?=[A-Za-z“(])")
_AFTER_STOP = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]|“)")
_WORD_FIGURE = re.compile(
    r"(?<=[a-zA-Z]{2})(?=\d)|(?<=\d)(?!(?:st|nd|rd|th)\b)(?=[a-z]{2})|(?<=[a-z])(?=\$)")
_MARKS = ".,;:!?”’\"()“‘"
#: A word's cost: its Zipf frequency less this (a word costs, so a split must pay).
_WORD_COST = 9.0
_UNKNOWN = 25.0
#: What the piece of a broken word before its hyphen is worth (``combina-``), less
#: half a point a letter: a few letters, not a run of words.
_FRAGMENT = 3.0
_MAX_WORD = 20
_ONE_LETTER = frozenset({"a", "i"})


#: The spaces put back are no-break spaces: a token the extractor wrote whole is one
#: piece of one line (a caption line run together stays a caption line).
NBSP = "\u00a0"


def respace(line: str) -> str:
    """``line`` with the spaces its run-together tokens lost put back (as ``NBSP``).
    The line's first token may open with the tail of a word broken on the line above
    (``cialssaidThursday``: ``offi-`` / ``cials``)."""
    toks = line.split(" ")
    if not any(_suspect(t) for t in toks):
        return line
    return " ".join(_token(t, i == 0).replace(" ", NBSP) if _suspect(t) else t
                    for i, t in enumerate(toks))


#: A web or mail address (``rivertondailypress.com``, ``www.``, ``@``): written without
#: spaces, it holds no words to part.
_ADDRESS = re.compile(r"www\.|://|@|\w\.(?:com|org|net|gov|edu|info|cn|uk)\b", re.IGNORECASE)


def _suspect(tok: str) -> bool:
    """A token that may hold several words: long, with a capital after a lower-case
    letter or a letter after a comma, or of eight letters and no word (not an
    address)."""
    if _ADDRESS.search(tok):
        return False
    core = tok.strip(_MARKS)
    return len(tok) > _LONG or bool(_SUSPECT.search(tok)) or (
        len(core) >= 8 and core.isalpha() and core.islower() and core not in _lexicon())


def _token(tok: str, tail: bool = False) -> str:
    tok = _AFTER_STOP.sub(". ", _AFTER_MARK.sub(r"\1 ", tok))
    tok = _WORD_FIGURE.sub(" ", tok)
    out: list[str] = []
    for n, part in enumerate(tok.split(" ")):
        pieces = []
        for k, run in enumerate(_LETTERS.findall(part)):
            broken = part.endswith("-") and part.rstrip("-").endswith(run)
            pieces.append(_words(run, broken, tail and n == 0 and k == 0)
                          if run[0].isalpha() and len(run) >= 6 else run)
        out.append(_glue(pieces))
    return " ".join(out)


def _glue(pieces: list[str]) -> str:
    """Letter runs (now words) and the marks between them, as one piece of text: a
    slash, a hyphen or an apostrophe binds, words stay apart by their spaces."""
    return "".join(pieces)


def _words(run: str, broken: bool = False, tail: bool = False) -> str:
    """A run of letters cut into its likeliest words; unchanged when it is a word.
    The run of a word ``broken`` at the line end ends with a piece of a word; a
    ``tail`` run may start with one (the rest of a word broken on the line above)."""
    low = run.lower().replace("’", "'")
    lex = _lexicon()
    if lex.get(low, 0.0) >= 3.0:
        return run
    n = len(low)
    best = [0.0] + [float("-inf")] * n
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(max(0, i - _MAX_WORD), i):
            z = _zipf(low[j:i], lex) if low[j:i] != "i" or run[j] == "I" else None
            if ((broken and i == n) or (tail and j == 0 and run[0].islower())) and (
                    3 <= i - j <= 8):
                z = max(z or 0.0, _FRAGMENT - 0.5 * (i - j))
            score = best[j] + ((z - _WORD_COST) if z is not None else -_UNKNOWN - (i - j))
            # a capital after a lower-case letter starts a word (HarborLedger)
            if 0 < j and run[j].isupper() and run[j - 1].islower():
                score += 2.0
            if score > best[i]:
                best[i], back[i] = score, j
    cuts: list[int] = []
    i = n
    while i:
        cuts.append(back[i])
        i = back[i]
    bounds = sorted(cuts)[1:] + [n]
    words = [run[a:b] for a, b in zip([0, *bounds[:-1]], bounds, strict=True)]
    inner = words[1 if tail else 0 : len(words) - (1 if broken else 0)]
    if any(_zipf(w.lower().replace("’", "'"), lex) is None for w in inner if w != "I"):
        return run  # a name or a word the lexicon lacks: leave it whole
    return " ".join(words)


def _zipf(w: str, lex: dict[str, float]) -> float | None:
    """A word's Zipf frequency (a possessive as its word's); None for no word. Words
    of one or two letters count only when common (``a``, ``of``; not ``st``)."""
    if w.endswith("'s"):
        w = w[:-2]
    z = lex.get(w)
    if z is None or (len(w) == 1 and w not in _ONE_LETTER) or (len(w) <= 2 and z < 5.0):
        return None
    return z


@cache
def _lexicon() -> dict[str, float]:
    from ..lexicon import general  # loaded only for pages read here

    return dict(general("en"))
