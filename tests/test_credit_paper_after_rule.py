"""Photo credits of two forms the grammar lacked: the photographer's name in capitals and
the paper's name in title case after a slash or rule (``NINA ROWE | The Herald``,
``NINA ROWE/Herald``), and a photo no photographer is named for (``Submitted photo``).

Unread, the credit and its caption were taken for a story's text or a headline, and
the photo was no item of its own. A writer's post after the rule (``NINA ROWE / Staff
Writer``) is a byline's second line, no credit. The page is drawn here in extractor
style (pdftotext's plain text).
"""

from __future__ import annotations

import pytest
from conftest import STORY_ABOVE

import ocr
from ocr.markers import marker_kind
from ocr.model import BlockKind
from ocr.profiles import load_profile

PAGE = STORY_ABOVE + """NINA ROWE | The Herald
Volunteers stack sandbags along River Street in Mill Bend on Thursday as the
Cedar River rose toward flood stage.

Submitted photo
Third-graders at Hillcrest Elementary plant a white oak on the school’s front
lawn for Arbor Day.
"""


@pytest.mark.parametrize(("line", "kind"), [
    ("NINA ROWE | The Herald", BlockKind.CREDIT),
    ("NINA ROWE/Herald", BlockKind.CREDIT),
    ("Submitted photo", BlockKind.CREDIT),
    ("File photo", BlockKind.CREDIT),
    ("NINA ROWE / Staff Writer", None),
    ("By NINA ROWE | The Herald", BlockKind.BYLINE),
])
def test_the_credit_forms_are_told(line: str, kind: BlockKind | None) -> None:
    assert marker_kind(line, load_profile().patterns("en")) is kind


def test_each_photo_keeps_its_caption_and_credit() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    library = next(a for a in page.articles if "public library" in "".join(a.paragraphs))
    assert "sandbags" not in " ".join(library.paragraphs)
    texts = [f"{p.caption} {p.credit}" for p in page.photos]
    assert any("sandbags" in t and "NINA ROWE | The Herald" in t for t in texts)
    assert any("white oak" in t and "Submitted photo" in t for t in texts)
