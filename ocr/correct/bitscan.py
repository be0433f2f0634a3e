"""The tokens of a text a pass looks at, found by one pattern over the tokens' bits.

A pass over a text's tokens first asks what each token is alone, or with the next one:
a test of small integers, each token's bits (``context.Form.bits``, ``broken.roles``),
remembered per distinct token. Walked in Python (a zip, an unpacking and a few bit
tests a token), that test cost more than the rules of the few tokens it lets through:
a 1 MB English page is some 170,000 tokens. Written one character a token (``codes``),
a text's bits are a string, and the test is a pattern (``scanner``) that ``re`` runs
over it from C, stopping only at the tokens the pass must look at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: A test of one token's bits.
Test = Callable[[int], bool]


def codes(bits: Iterable[int]) -> str:
    """Each token's bits as one character (``chr``), for a ``scanner``."""
    return "".join(map(chr, bits))


def scanner(*alternatives: tuple[Test, Test | None], width: int) -> re.Pattern[str]:
    """A pattern that stops at token ``i`` (``where``) when, for one of ``alternatives``
    ``(first, second)``, ``first`` holds of its bits and ``second`` (if any) of the next
    token's; ``width``: the bits a token has. Each match is one character, so every
    token is tried, and a test of a pair fails at the last token, which joins nothing."""

    def chars(test: Test) -> str:
        kept = "".join(re.escape(chr(b)) for b in range(1 << width) if test(b))
        return f"[{kept}]" if kept else "(?!)"

    return re.compile(
        "|".join(
            chars(first) + ("" if second is None else f"(?={chars(second)})")
            for first, second in alternatives
        )
    )


def where(pattern: re.Pattern[str], coded: str) -> list[int]:
    """The indices of the tokens ``pattern`` stops at in ``coded`` (``codes``), in order."""
    return list(map(re.Match.start, pattern.finditer(coded)))
