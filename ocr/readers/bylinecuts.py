"""Where a byline stands in a line of column lines run together: pdfplumber writes a
story's byline on one line with its neighbours' column lines (``By Pieter Olivier The
baboons keep coming``, ``Sports Reporter the Municipal Oval.``). A byline is set on a
printed line of its own, so a column piece never goes on past its end, nor holds text
before a ``By`` that opens one; its name is never cut (``By Callum`` / ``Grieve …``).

The words alone tell it, not a page's names: ``By`` and two or three capitalised name
words (a comma after them may bring a post: ``By Fiona Leckie, Chief Reporter``), a
capitalised word before a writer's post (``Court Reporter``, ``Our correspondent``), a
name before the verb that signs it (``Martin Osei reports``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..byline_words import post_word
from ..typography import SMALL_WORDS

#: How an English byline opens; ``by`` in lower case only at a line's start (in running
#: text ``painted by Edith Marlowe`` is no byline).
_BY = frozenset(("By", "BY"))
_BY_LOWER = "by"
#: A name word: a capital, letters (``O’Neill``, ``Smith-Jones``, ``Jr.``), a comma after
#: the last; never a small word (``By Pieter Olivier The baboons``). A byline's name is
#: set in one case (``By JUNE PARK``, ``By June Park``): ``By JUNE`` / ``Fresnel lens``
#: is a name wrapped, not a name of two words.
_NAME = re.compile(r"[A-Z][A-Za-z'’.\-]*,?")
#: A byline names two or three words (``By Mary Ann Smith``); one (``By Friday``) is no
#: byline.
NAME_WORDS = (2, 3)
#: After a comma, a post of at most so many words (``, Chief Reporter``).
_POST_WORDS = 3
#: Posts a byline may give in lower case (``Our correspondent``, ``Courts reporter``).
_SENTENCE_POSTS = frozenset(("correspondent", "reporter"))
#: Two writers' names are joined so.
_AND = "and"
#: The verbs a byline closes on, its writer named before them.
_SIGNING = frozenset(("reports", "writes"))
#: What a piece costs that parts a byline, runs on past it or holds text before one:
#: twice a label in capitals at a line's end (a byline's words say more, and a piece's
#: width, which a justified line's dropped spaces blur, must not outweigh them; at
#: half this the width kept a fifth of the bylines it now parts on the study pages).
BYLINE_RUN_ON = 4.0


class BylineSpan(NamedTuple):
    """A byline among a line's tokens: from token ``start`` to one of ``ends``
    (exclusive; a name of two words or three, a second writer's wrapped or not);
    ``opens``: it opens with ``By`` (text before it in a piece is another column's);
    ``inside``: the cuts (before these tokens) that would part it (``By RENEE`` /
    ``CALDWELL``, ``Courier Staff`` / ``Writer``)."""

    start: int
    ends: tuple[int, ...]
    opens: bool
    inside: tuple[int, ...] = ()


def _name(tok: str) -> bool:
    return bool(_NAME.fullmatch(tok)) and tok.rstrip(",").lower() not in SMALL_WORDS


def _caps(tok: str) -> bool:
    """Set in capitals (``CALDWELL``, ``McTAGUE``), not in title case."""
    letters = [c for c in tok if c.isalpha()]
    return 2 * sum(c.isupper() for c in letters) > len(letters)


def _names(toks: list[str], k: int, caps: bool) -> int:
    """Where the name words from token ``k`` end (at most ``NAME_WORDS[1]``, one case,
    the last may carry a comma)."""
    e = k
    while (e < len(toks) and e - k < NAME_WORDS[1] and _name(toks[e])
           and _caps(toks[e]) == caps):  # a name is set in one case
        e += 1
        if toks[e - 1].endswith(","):
            break
    return e


def _by_span(toks: list[str], s: int) -> BylineSpan | None:
    """The byline that opens with ``By`` at token ``s``: its name, a second writer's
    after ``and`` (``By Martin Keogh and Priya``: a name may wrap), a post after it
    (``By Dana Whitfield Staff Writer``, ``By Fiona Leckie, Chief Reporter``)."""
    if s + 1 >= len(toks):
        return None
    caps = _caps(toks[s + 1])
    k = _names(toks, s + 1, caps)
    names = k - s - 1
    if names < NAME_WORDS[0]:
        return None
    if k < len(toks) and toks[k] == _AND and not toks[k - 1].endswith(","):
        # the second writer's name may wrap onto the next row, ``and`` too; where
        # it ends among capitalised words the width tells
        return _opening(s, tuple(range(k, _names(toks, k + 1, caps) + 1)))
    first_two = s + 1 + NAME_WORDS[0]
    post = 0
    for e in range(first_two + 1, min(len(toks), first_two + _POST_WORDS) + 1):
        if not toks[e - 1][:1].isupper():
            break
        if post_word(toks[e - 1].rstrip(",.")):
            post = e  # the last post word (``Staff Writer``)
    if post:
        return _opening(s, (post,))
    if toks[k - 1].endswith(","):
        if names > NAME_WORDS[0]:
            k -= 1  # no post after the comma: the word before it is the sentence's
        else:  # the post wraps onto the next row (``By Harriet Nisbet, Political``)
            e = k
            while e < min(len(toks), k + _POST_WORDS - 1) and _name(toks[e]):
                e += 1
            return _opening(s, tuple(range(k, e + 1)))
    return _opening(s, tuple(range(first_two, k + 1)))


def _opening(s: int, ends: tuple[int, ...]) -> BylineSpan:
    return BylineSpan(s, ends, True, tuple(range(s + 1, ends[0])))


def byline_spans(toks: list[str]) -> list[BylineSpan]:
    """The bylines among a line's tokens: one opening with ``By``, a post after a
    capitalised word (``Sports Reporter``), a writer's name before ``reports``."""
    out: list[BylineSpan] = []
    for s, tok in enumerate(toks):
        if tok in _BY or (s == 0 and tok == _BY_LOWER):
            span = _by_span(toks, s)
            if span is not None:
                out.append(span)
        elif s + 1 < len(toks) and _name(tok) and not tok.endswith(","):
            nxt = toks[s + 1].rstrip(",.")
            if post_word(nxt) and (nxt[:1].isupper() or nxt.lower() in _SENTENCE_POSTS):
                e = s + 2
                while e < len(toks) and post_word(toks[e].rstrip(",.")):
                    e += 1  # ``Staff Writer``
                # the post's words before it, capitalised (``Local Democracy Reporter``)
                first = s
                while first > max(0, s - _POST_WORDS + 1) and _name(toks[first - 1]) \
                        and not toks[first - 1].endswith(","):
                    first -= 1
                out.extend(BylineSpan(b, (e,), False) for b in range(first, s)
                           if not out or out[-1].start < b)
                out.append(BylineSpan(s, (e,), False, tuple(range(s + 1, e))))
            elif (s + 2 < len(toks) and _name(toks[s + 1]) and not toks[s + 1].endswith(",")
                  and toks[s + 2] in _SIGNING):
                out.append(BylineSpan(s, (s + 3,), False, (s + 1, s + 2)))
    return out


def byline_cuts(spans: list[BylineSpan]) -> frozenset[int]:
    """The cuts that would part a byline among a line's tokens (before these tokens)."""
    return frozenset(k for sp in spans for k in sp.inside)


def byline_cost(spans: list[BylineSpan], cuts: frozenset[int], i: int, j: int) -> float:
    """What tokens ``i`` to ``j`` cost as a column piece for the bylines among them:
    one parted at the piece's end (``cuts``), one that opens the piece and goes on into
    more text, one that opens with ``By`` after other text in the piece."""
    c = BYLINE_RUN_ON if j in cuts else 0.0
    for sp in spans:
        if sp.start == i and j > sp.ends[-1]:
            c += BYLINE_RUN_ON
        elif sp.opens and i < sp.start < j:
            c += BYLINE_RUN_ON
    return c
