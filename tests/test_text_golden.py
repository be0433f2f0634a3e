"""Golden tests over the noisy-text fixtures (fixtures/text/*.txt, truth in *.expected.json).

The truth was written by hand in fixtures/text/specs/; scripts/fixtures/make_text_fixtures.py
prints each page as an extraction does. Every phenomenon of a real front page is in
them: hard wraps, mid-sentence column breaks, orphaned and banner headlines, kicker
pairs, photo items, jump lines, furniture, a headline-less article, encodings.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import FIXTURES, ink, printed_text

import ocr
from ocr.readers.textdecode import decode

TEXT = FIXTURES / "text"
PAGES = sorted(p.stem for p in TEXT.glob("*.txt"))
ARTICLE_KEYS = ("kicker", "headlines", "subheadline", "byline", "dateline", "paragraphs",
                "jump", "continued_from")


def _expected(name: str) -> dict:
    return json.loads((TEXT / f"{name}.expected.json").read_text(encoding="utf-8"))


def _result(name: str) -> dict:
    return ocr.page_dict(ocr.process(TEXT / f"{name}.txt", correct=False))


def test_there_are_two_pages_per_language() -> None:
    langs = Counter(_expected(n)["lang"] for n in PAGES)
    assert langs["zh"] >= 2 and langs["en"] >= 2


@pytest.mark.parametrize("name", PAGES)
def test_articles_match_the_truth(name: str) -> None:
    got, exp = _result(name), _expected(name)
    assert got["page"]["lang"] == exp["lang"]
    articles = [{k: a[k] for k in ARTICLE_KEYS} for a in got["articles"]]
    assert articles == exp["articles"]


@pytest.mark.parametrize("name", PAGES)
def test_photos_furniture_and_orphans_are_kept_apart(name: str) -> None:
    got, exp = _result(name), _expected(name)
    assert [{k: p[k] for k in ("title", "caption", "credit")} for p in got["photos"]] == exp[
        "photos"
    ]
    assert got["furniture"] == exp["furniture"]
    assert [o["text"] for o in got["orphans"]] == exp["orphans"]
    assert all(p["article"] is None for p in got["photos"])


@pytest.mark.parametrize("name", PAGES)
def test_no_character_is_lost_or_invented(name: str) -> None:
    """Multiset of printed characters in == out; only line-end hyphens of split words go."""
    text = decode((TEXT / f"{name}.txt").read_bytes(), name)
    given = ink(text)
    out = ink(printed_text(_result(name)))
    hyphens_removed = given["-"] - out["-"]
    del given["-"], out["-"]
    assert out == given
    assert hyphens_removed >= 0


def test_jump_targets_are_parsed() -> None:
    jumps = {
        a["jump"]["text"]: a["jump"]["page"]
        for n in PAGES for a in _result(n)["articles"] if a["jump"]
    }
    assert jumps == {"（下转第2版）": "2", "Continued on Page A4": "A4", "See FIRE, Page A6": "A6"}


def test_processing_is_deterministic() -> None:
    for name in PAGES:
        path = TEXT / f"{name}.txt"
        first = ocr.writers.json.json_bytes(ocr.process(path))
        assert ocr.writers.json.json_bytes(ocr.process(Path(path))) == first
