"""An English crosshead inside a story, told from a brief's headline by the text under it.

A food column's sections (``Ingredients (makes 12)`` / ``Directions``) stand as short
lines without a sentence's mark between two paragraphs, as a brief's headline does under
the story before it; read as headlines they parted the column, the recipe a headless
story. What tells them is the text under them: a list (an item opening on a figure,
items parted by semicolons), or a section that goes on with the story's own words
(``dough``, ``cinnamon``), where a brief under a headline speaks of other things. The
page is drawn here in extractor style (pdftotext's plain text).
"""

from __future__ import annotations

import ocr

COLUMN = """IN THE KITCHEN

Cinnamon rolls worth getting up for
By JUNE ABERNATHY
Valley Times Food Writer

My grandmother made cinnamon rolls every
Saturday morning in a cast-iron skillet that
is now mine, and the dough never once failed
her in sixty years.
These take an evening and a morning. The
dough rises overnight in the refrigerator,
so breakfast is mostly waiting.

Ingredients (makes 12)
4 cups flour; 1 packet dry yeast; 1 cup
warm milk; 6 tablespoons butter, melted;
2 eggs; 1 cup brown sugar; 3 tablespoons
ground cinnamon.

Directions
Stir the yeast into the warm milk, then beat
in the eggs, butter and flour until the dough
pulls away from the bowl. Knead it for eight
minutes and leave it covered overnight.
Roll the dough out, brush it with butter and
scatter the sugar and cinnamon over it. Roll
it up, cut twelve rolls and bake them for 25
minutes at 375 degrees.

"""

BRIEF = """Bridge Repairs Delayed
Work on the Mill Street bridge will not start
until April, county engineer Dale Ruskin
said Thursday, because the steel ordered in
the fall has not yet arrived.
"""


def _page(text: str) -> ocr.Page:
    return ocr.process(text, lang="en", correct=False)


def test_a_recipe_s_sections_stay_in_its_column() -> None:
    page = _page(COLUMN + BRIEF)
    column = next(a for a in page.articles if "grandmother" in " ".join(a.paragraphs))
    text = " ".join(column.paragraphs)
    assert any(p.startswith("Ingredients (makes 12)") for p in column.paragraphs)
    assert "Directions" in column.paragraphs
    assert "4 cups flour" in text and "Knead it for eight" in text
    heads = [h for a in page.articles for h in a.headlines]
    assert not any(h.startswith(("Ingredients", "Directions")) for h in heads)


def test_a_brief_under_the_column_keeps_its_headline() -> None:
    """The brief's text shares no words with the column above and opens on no list."""
    page = _page(COLUMN + BRIEF)
    brief = next(a for a in page.articles if "steel ordered" in " ".join(a.paragraphs))
    assert brief.headlines == ("Bridge Repairs Delayed",)
    assert "grandmother" not in " ".join(brief.paragraphs)
