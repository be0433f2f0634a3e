"""An English paragraph that names a French or German body keeps its lexicon's hyphen rule.

``linejoin._junction`` leaves a line-end hyphen as printed (``aus- reicht``) when
``script.foreign`` calls the lines being joined another language. ``foreign`` counts a few
function words (``des``, ``et``, ``du``, ``und``) against a few English ones (``the``,
``and``, ``of``): an English sentence naming ``Société des Bains de Mer et du Cercle des
Étrangers`` holds four of the first and none of the second, so its English compound
``long-`` / ``term``, which the English lexicon tells as a compound, came out ``long- term``.
The page's language (``page.lang``, the scan path's ``choose_language``) says English.
"""

from __future__ import annotations

from ocr.linejoin import join_lines


def test_an_english_compound_beside_a_french_name_keeps_its_hyphen() -> None:
    lines = ["Monte Carlo's Société des Bains de Mer et du Cercle des Étrangers reported a",
             "rise in long-", "term profits on Monday, its chairman told shareholders."]
    assert "long-term profits" in join_lines(lines)


def test_an_english_wrap_beside_a_french_title_is_joined() -> None:
    lines = ["The Tour de France et la Vuelta: les coureurs du peloton meet in a well-",
             "known rivalry this summer."]
    assert "well-known rivalry" in join_lines(lines)
