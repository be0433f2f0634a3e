"""What the correctors of every script share: settings, the lexicons, protected words."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType

from ..lexicon import general
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
