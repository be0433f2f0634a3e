"""What the correctors of every script share: settings, the lexicons, protected words."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from functools import cached_property
from types import MappingProxyType

from ..lexicon import general, general_get
from ..profiles import CorrectionSettings


class LexiconCorrector:
    """What the correctors of every script share: settings, lexicons, protected words."""

    lang = ""

    def __init__(
        self,
        settings: CorrectionSettings,
        user: Mapping[str, float],
        protected: frozenset[str],
    ) -> None:
        self.s = settings
        self.user = user
        self.protected = protected
        self.min_gain = math.log10(max(settings.freq_ratio, 1.0))

    @cached_property
    def lex(self) -> MappingProxyType[str, float]:
        """The general lexicon, loaded on first need: a Chinese page corrects its few Latin
        words without it (~1 s and ~50 MB spared), an English page without the Chinese."""
        return general(self.lang)

    @cached_property
    def lex_get(self) -> Callable[[str, float], float]:
        """``lex.get`` for the hot loops (``lexicon.general_get``)."""
        return general_get(self.lang)

    @cached_property
    def zipf_get(self) -> Callable[[str, float], float]:
        """Zipf of a word, the user's lexicon first, then the general one (default when
        neither has it); with no user words, the general lexicon's own look-up."""
        lex_get = self.lex_get
        if not self.user:
            return lex_get
        user_get = self.user.get

        def get(word: str, default: float) -> float:
            u = user_get(word)
            return u if u is not None else lex_get(word, default)

        return get
