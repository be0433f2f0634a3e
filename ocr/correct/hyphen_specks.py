"""A word broken at a line end with its hyphen, a speck read between its pieces.

The line after a hyphenated break may open with a speck the engine read as a mark or a
letter (``Coin- | mittee.``, ``Satur- ¡ day,``, ``Nichol- 1 son,``):
the lines were then joined with the speck between the pieces, which no later rule takes
for one word. Where the pieces make a word (``linejoin.hyphen_is_wrap``, the test
``join_lines`` joins a line-end hyphen by) or one listed confusion from one
(``context.ContextCorrector.misread_join``: ``Coinmittee``), the speck goes and the
pieces join as that word; otherwise the hyphen may be a dash (``diggers- | are``) or join
a name's pieces (``Chippen-dale``), and all is left as read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..linejoin import hyphen_is_wrap
from .proposals import Proposal

if TYPE_CHECKING:
    from .context import ContextCorrector

#: A first piece and its hyphen, a lone speck (a mark or a letter: ``|``, ``¡``, ``'``,
#: ``!``, ``I``, ``i``, ``l``, ``1``, ``j``), and a lower-case second piece.
BROKEN = re.compile(r"(?<![^\s(\"'])([A-Za-z]{2,})([-¬]) +[|¡'!Iil1j] +([a-z]{2,})(?![A-Za-z])")
#: A hyphen before a space, which every ``BROKEN`` holds (most text has none).
HINT = re.compile(r"[-¬] ")
WHY = "joined split word, a speck between its pieces"


def hyphen_specks(corrector: ContextCorrector, text: str) -> list[Proposal]:
    """Each word ``BROKEN`` with a speck between its pieces, joined (module docstring)."""
    if not HINT.search(text):
        return []
    out = []
    for m in BROKEN.finditer(text):
        a, hyphen, b = m.groups()
        if hyphen_is_wrap(a, b):
            word = a + b
        else:
            misread = corrector.misread_join((a + b).lower())
            if misread is None:
                continue  # a dash after a word (``diggers- | are``), or pieces of a name
            word = misread[0].upper() + misread[1:] if a[0].isupper() else misread
        out.append(Proposal(m.start(), m.end(), m.group(), word, 90.0, WHY, 1.0))
    return out
