"""The word lattice Chinese correction compares a text's readings on (``han``): word
probabilities from wordfreq (Zipf - 9, user words first), a character standing alone
scored by the larger of its own word probability and its share of all word occurrences
(``lexicon.char_logp``), the best segmentation of every prefix and suffix of a text, and
the pieces that could hold one position, so each candidate character there is scored
without segmenting the text again.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache, cached_property
from operator import itemgetter

from ..lexicon import char_logp, general
from ..profiles import CorrectionSettings
from .lexicon import LexiconCorrector

MAX_WORD = 5
#: log10 probability of a character the lexicon does not know.
UNKNOWN_LOGP = -10.0


class HanWords(LexiconCorrector):
    """Word probabilities and segmentations of Chinese text (user lexicon first)."""

    def __init__(
        self,
        settings: CorrectionSettings,
        user: Mapping[str, float],
        protected: frozenset[str],
    ) -> None:
        super().__init__(settings, user, protected)
        self.chars = char_logp()
        self.table = _logp_table(user)
        self.units = {
            ch: max(self.table.get(ch, UNKNOWN_LOGP), self.chars.get(ch, UNKNOWN_LOGP))
            for ch in {*self.chars, *(w for w in self.table if len(w) == 1)}
        }

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """Every proper start of a lexicon word (``_frames``), made when the word search
        first needs it: a clean page may never (the character model lets no candidate by)."""
        return _starts(tuple(self.user))

    def logp(self, word: str) -> float | None:
        """log10 probability of ``word`` as one word (user lexicon first), None if unknown."""
        return self.table.get(word)

    def _unit(self, ch: str) -> float:
        """A character outside any known word is likelier the more words use it."""
        return self.units.get(ch, UNKNOWN_LOGP)

    def _prefix_best(self, text: str) -> tuple[list[float], list[int]]:
        """Viterbi over the lexicon: best score of every prefix of ``text``, and where
        its last piece starts."""
        table, units = self.table, self.units  # (``_unit`` inlined: the search's inner loop)
        n = len(text)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        for end in range(1, n + 1):
            top, at = best[end - 1] + units.get(text[end - 1], UNKNOWN_LOGP), end - 1
            for start in range(max(0, end - MAX_WORD), end - 1):
                word_lp = table.get(text[start:end])
                if word_lp is not None and best[start] + word_lp > top:
                    top, at = best[start] + word_lp, start
            best[end], back[end] = top, at
        return best, back

    def best_split(self, text: str) -> tuple[float, list[tuple[int, int]]]:
        """Most probable segmentation of ``text``: its log10 probability and pieces."""
        best, back = self._prefix_best(text)
        spans = []
        end = len(text)
        while end > 0:
            spans.append((back[end], end))
            end = back[end]
        return best[-1], spans[::-1]

    def _suffix_best(self, text: str) -> list[float]:
        """``out[i]``: log10 probability of the best segmentation of ``text[i:]``."""
        table, units = self.table, self.units
        n = len(text)
        out = [-math.inf] * n + [0.0]
        for start in range(n - 1, -1, -1):
            top = units.get(text[start], UNKNOWN_LOGP) + out[start + 1]
            for end in range(start + 2, min(n, start + MAX_WORD) + 1):
                word_lp = table.get(text[start:end])
                if word_lp is not None and word_lp + out[end] > top:
                    top = word_lp + out[end]
            out[start] = top
        return out

    def _frames(
        self, text: str, k: int, prefix: list[float], suffix: list[float]
    ) -> list[tuple[str, str, float]]:
        """Every piece of two or more characters that could hold position ``k``: the text
        left and right of ``k`` in it and the best score of the text around it.

        Every segmentation has one piece holding ``k``; the text before and after
        that piece does not change with the character at ``k``, so the best prefix
        and suffix scores complete it. Shared by all candidates for ``k``. A piece
        whose left part starts no word of the lexicon is skipped: it cannot be a
        word whatever stands at ``k`` (2x faster).
        """
        n = len(text)
        starts = self.prefixes
        return [
            (text[a:k], text[k + 1 : b], prefix[a] + suffix[b])
            for a in range(max(0, k - MAX_WORD + 1), k + 1)
            if a == k or text[a:k] in starts
            for b in range(max(k + 1, a + 2), min(n, a + MAX_WORD) + 1)
        ]

    def _best_with(
        self, other: str, alone: float, frames: list[tuple[str, str, float]]
    ) -> tuple[float, bool]:
        """Best score of the text with ``other`` at the framed position, and whether
        ``other`` then sits in a word; ``alone`` is the score around it standing alone."""
        best, in_word = alone + self._unit(other), False
        table = self.table
        for left, right, around in frames:
            word_lp = table.get(left + other + right)
            if word_lp is not None and around + word_lp > best + 1e-9:  # a tie is no word
                best, in_word = around + word_lp, True
        return best, in_word


@cache
def _starts(user: tuple[str, ...]) -> frozenset[str]:
    """Every proper start of a lexicon word (general and user), for ``_frames``: the
    words grouped by length, each length's starts cut in one C loop apiece (a Python
    step a start, a million of them, cost every Chinese page's run 40% more)."""
    by_length: list[list[str]] = [[] for _ in range(MAX_WORD + 1)]
    for w in (*_general_logp(), *user):
        if len(w) <= MAX_WORD:
            by_length[len(w)].append(w)
    out: set[str] = set()
    for n, words in enumerate(by_length):
        for i in range(1, n):
            out.update(map(itemgetter(slice(i)), words))
    return frozenset(out)


@cache
def _general_logp() -> dict[str, float]:
    return {w: z - 9.0 for w, z in general("zh").items()}


def _logp_table(user: Mapping[str, float]) -> dict[str, float]:
    """log10 word probabilities, user words overriding the general lexicon."""
    if not user:
        return _general_logp()
    table = dict(_general_logp())
    table.update((w, z - 9.0) for w, z in user.items())
    return table
