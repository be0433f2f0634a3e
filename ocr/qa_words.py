"""The words WER counts, coded one code point each, in memory bounded for a 10 MB page.

``ocr.qa`` aligns two texts' words as two strings of one code point a word
(``qa_align.encode``: rapidfuzz's fast string path). A paragraph's words are made and
coded whole. A whole page is made and coded ``WORD_RUN`` characters at a time, cut where
no word goes on (at a space, or after a CJK character, itself a word), so that its words
are never all held as a list: a 10 MB Chinese page is 3.3 million words, each a string
object of its own (280 MB as a list; an English page's 1.6 million, 100 MB). The codes
are the same either way (each distinct word in order of first use over the expected
then the actual text, or the words themselves when every word of both is one code
point), so the anchors of a long alignment and every figure are too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from .qa_align import CODE_SPACE, TooManyWords, one_per_code_point, shared_code_points, words_of
from .script import CJK_LETTERS, CJK_PUNCTUATION

#: Characters of a text made into words and coded at a time (a page's words are never
#: all held: some 20 MB of them for Chinese, one string object a character).
WORD_RUN = 1 << 18
#: A character that is a word of its own in a text of one cluster a code point (as
#: ``qa_align.words_of`` cuts one): a text may be cut right after it.
_CJK_WORD = re.compile(f"[{CJK_LETTERS}{CJK_PUNCTUATION}]")


class WordCodes(NamedTuple):
    """Two texts' words as ``encode`` gives them (``a``, ``b``), how many each has, and
    their bag distance (see ``ocr.qa.bag_distance``)."""

    a: str
    b: str
    ref: int
    hyp: int
    bag: int


def word_codes(ref: str, hyp: str, simple: tuple[bool, bool] | None = None) -> WordCodes:
    """``encode(words_of(ref), words_of(hyp))`` and the word counts, for two normalised
    texts. The codes are ``encode``'s: each distinct word, in order of first use over
    ``ref`` then ``hyp``; or the words themselves when each of both is one code point.
    ``simple``: ``one_per_code_point`` of each, when the caller knows it (a 10 MB page's
    is a pass over it)."""
    if len(ref) > WORD_RUN or len(hyp) > WORD_RUN:
        if simple is None:
            simple = one_per_code_point(ref), one_per_code_point(hyp)
        return _long(ref, hyp, simple)
    words = words_of(ref)
    ja, n_ref = "".join(words), len(words)
    vocab: dict[str, str] | None = None
    ea = ""
    if len(ja) != n_ref:  # a word of several code points: codes needed
        vocab = {}
        ea = _codes(words, vocab)
    del words
    words = words_of(hyp)
    jb, n_hyp = "".join(words), len(words)
    if vocab is None and len(jb) == n_hyp:  # (each CJK character is a word)
        ea, eb = ja, jb
    else:
        if vocab is None:  # ref's words were its code points; hyp's are not
            vocab = {}
            ea = _codes(list(ja), vocab)
        eb = _codes(words, vocab)
    # one code a word: the words' bag distance is their codes'
    return WordCodes(ea, eb, n_ref, n_hyp, max(n_ref, n_hyp) - shared_code_points(ea, eb))


def _long(ref: str, hyp: str, simple: tuple[bool, bool]) -> WordCodes:
    """``word_codes`` of texts longer than ``WORD_RUN``, made ``WORD_RUN`` at a time.
    While every word so far is one code point the words themselves are kept (joined);
    at the first word that is not, what was kept is coded character by character, in
    order, and coding goes on from there: the codes ``word_codes`` gives whole."""
    vocab: dict[str, str] | None = None
    done: list[str] = []  # each side's codes, or its words joined while none was coded
    counts: list[int] = []
    for text, runs in zip((ref, hyp), simple, strict=True):
        parts: list[str] = []
        n = 0
        for words in _words_by_runs(text, runs):
            n += len(words)
            if vocab is None:
                joined = "".join(words)
                if len(joined) == len(words):
                    parts.append(joined)
                    continue
                vocab = {}
                done = [_chars_coded(side, vocab) for side in done]
                parts = [_chars_coded("".join(parts), vocab)]
            parts.append(_codes(words, vocab))
            del words
        done.append("".join(parts))
        counts.append(n)
    ea, eb = done
    n_ref, n_hyp = counts
    return WordCodes(ea, eb, n_ref, n_hyp, max(n_ref, n_hyp) - shared_code_points(ea, eb))


def _words_by_runs(norm: str, runs: bool) -> Iterator[list[str]]:
    """``words_of(norm)`` about ``WORD_RUN`` characters at a time where ``runs`` (``norm``
    is one cluster a code point); otherwise whole (a cut at a space could part a cluster)."""
    if not runs:
        yield words_of(norm)
        return
    at = 0
    while len(norm) - at > WORD_RUN:
        cut = norm.rfind(" ", at + 1, at + WORD_RUN)
        if cut >= 0:  # (the space itself left out: a run neither opens nor ends with one)
            yield words_of(norm[at:cut])
            at = cut + 1
            continue
        found = _CJK_WORD.search(norm, at + WORD_RUN)
        if found is None:
            break
        yield words_of(norm[at : found.end()])
        at = found.end()
    yield words_of(norm[at:])


def _chars_coded(text: str, vocab: dict[str, str]) -> str:
    """``text`` coded as words of one character each, ``WORD_RUN`` at a time."""
    return "".join(_codes(list(text[at : at + WORD_RUN]), vocab)
                   for at in range(0, len(text), WORD_RUN))


def _codes(words: list[str], vocab: dict[str, str]) -> str:
    """``words`` as one code point each, giving each word new to ``vocab`` the next (in
    order of first use; the loop runs in C: a segment's words are coded in microseconds)."""
    fresh = list(itertools.filterfalse(vocab.__contains__, dict.fromkeys(words)))
    if len(vocab) + len(fresh) > CODE_SPACE:
        raise TooManyWords(f"has more than {CODE_SPACE:,} distinct words with the text it is "
                           "compared with: too many to align word by word")
    vocab.update(zip(fresh, map(chr, itertools.count(len(vocab))), strict=False))
    return "".join(map(vocab.__getitem__, words))
