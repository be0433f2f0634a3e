"""What the correctors of every script share: settings, the lexicons, protected words."""

from __future__ import annotations

import math
from collections.abc import Mapping

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
        self.lex = general(self.lang)
        self.user = user
        self.protected = protected
        self.min_gain = math.log10(max(settings.freq_ratio, 1.0))
