"""Text in scripts other than Chinese and English goes through whole: every word kept,
its spaces where the script has them (Korean parts its words by spaces although its
letters are an em wide, as CJK ones are)."""

from __future__ import annotations

from pathlib import Path

import pytest

import ocr
from ocr.readers.textdecode import decode
from ocr.writers.text import text_str

PAGES = {
    "ko": "서울\n\n서울시 시장은 오늘 새로운 교통 정책을\n발표했다. 시민들은 대체로 환영했다.\n\n"
          "부산에서는 오후부터 비가 내렸다. 기상청은\n내일도 비가 올 것이라고 밝혔다.\n",
    "ru": "МОСКВА\n\nПрезидент подписал указ о\nновых мерах поддержки фермеров.\n\n"
          "В Москве весь день шёл дождь.\n",
    "ar": "القاهرة\n\nقال الرئيس إن الحكومة\nستدعم المزارعين هذا العام.\n",
    "el": "ΑΘΗΝΑ\n\nΗ κυβέρνηση ανακοίνωσε νέα\nμέτρα για τους αγρότες.\n",
}


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_every_word_of_a_page_in_another_script_is_kept(lang: str) -> None:
    page = ocr.process(PAGES[lang])
    got = [w for b in page.blocks for ln in b.lines for w in ln.text.split()]
    assert sorted(got) == sorted(_words(PAGES[lang]))
    # and the text written out has every word, none run into its neighbour
    assert sorted(_words(text_str(page))) == sorted(_words(PAGES[lang]))


def test_korean_keeps_its_headline_and_paragraphs() -> None:
    page = ocr.process(PAGES["ko"])
    (article,) = page.articles
    assert article.headlines == ("서울",)
    assert article.paragraphs == (
        "서울시 시장은 오늘 새로운 교통 정책을 발표했다. 시민들은 대체로 환영했다.",
        "부산에서는 오후부터 비가 내렸다. 기상청은 내일도 비가 올 것이라고 밝혔다.",
    )
    assert page.corrections == ()


def test_korean_utf16_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode(PAGES["ko"].encode(codec), "ko.txt") == PAGES["ko"]
