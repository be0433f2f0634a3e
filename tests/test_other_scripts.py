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
    # Korean set with hanja, as papers were until the 1990s: spaces beside hanja too
    "ko-hanja": "國會\n\n政府는 來年度 豫算을 發表했다. 國會는 내일\n審議를 始作한다.\n",
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


def test_a_korean_headline_printed_after_its_article_finds_it() -> None:
    """An extractor that writes a headline after its story's text: it goes to the story
    that shares its words (hangul pairs are the terms headlines and stories share)."""
    text = ("부산 항만 노동자들의 파업이 사흘째 이어지면서 수출 화물 처리가 크게 늦어지고 있다. "
            "항만 당국은\n파업이 길어지면 부산 항만의 수출 물량이 절반으로 줄 것이라고 밝혔다.\n\n"
            "서울 시립 도서관 새 단장\n\n서울 시립 도서관이 석 달 동안의 공사를 마치고 오늘 다시 "
            "문을 열었다. 도서관은\n새로 들인 책 만 권을 시민들에게 공개했다.\n\n"
            "부산 항만 파업 사흘째\n")
    page = ocr.process(text)
    assert [a.headlines for a in page.articles] == [("부산 항만 파업 사흘째",),
                                                    ("서울 시립 도서관 새 단장",)]
    assert page.articles[0].paragraphs[0].startswith("부산 항만 노동자들의")


def test_chinese_naming_a_korean_in_hangul_is_joined_as_chinese() -> None:
    """A Chinese line with a Korean name in hangul is Chinese: no space comes in at its
    line break or between its words (Korean words keep theirs: ``script.korean``)."""
    from ocr.linejoin import join_lines
    from ocr.model import join_words

    line = "韩国总统윤석열表示，将于下月访问中国。"
    assert join_lines([line[:10], line[10:]]) == line
    assert join_words(["韩国总统윤석열表示，", "将于"]) == "韩国总统윤석열表示，将于"
    assert join_lines(["政府는 來年度 豫算을", "發表했다."]) == "政府는 來年度 豫算을 發表했다."



#: Two stories, each a headline over its text (two sentences, a line each, as extractors
#: write them), in scripts without capitals: a headline cannot open with a capital there,
#: nor be in title case, and Hindi ends its sentences with a danda (।), not a full stop.
#: (Sentence-case headlines in scripts with capitals are not taken without a byline or
#: dateline under them: on the devset, short sentence-case body fragments outnumber them.)
TWO_STORIES = {
    "ar": ("الحكومة تعلن خطة جديدة",
           "القاهرة - أعلنت الحكومة اليوم عن خطة جديدة لتطوير البنية التحتية في المدن الكبرى، "
           "وذلك بتكلفة تبلغ مليارات الجنيهات.\nوقال المتحدث الرسمي إن الخطة تشمل إنشاء طرق "
           "جديدة وتحسين شبكات المياه والصرف الصحي.",
           "ارتفاع أسعار الذهب",
           "ارتفعت أسعار الذهب في الأسواق المحلية اليوم بنسبة اثنين في المئة، وسط توقعات "
           "باستمرار الارتفاع خلال الأسبوع المقبل."),
    "he": ("הממשלה הודיעה על תוכנית חדשה",
           "ירושלים - הממשלה הודיעה היום על תוכנית חדשה לפיתוח התשתיות בערים הגדולות, בעלות של "
           "מיליארדי שקלים.\nהדובר הרשמי אמר כי התוכנית כוללת סלילת כבישים חדשים ושיפור רשתות "
           "המים.",
           "מחירי הזהב עולים",
           "מחירי הזהב בשווקים המקומיים עלו היום בשני אחוזים."),
    "hi": ("सरकार ने नई योजना की घोषणा की",
           "नई दिल्ली - सरकार ने आज बड़े शहरों में बुनियादी ढांचे के विकास के लिए एक नई योजना की "
           "घोषणा की, जिसकी लागत अरबों रुपये है।\nसरकारी प्रवक्ता ने कहा कि योजना में नई सड़कों "
           "का निर्माण और जल आपूर्ति में सुधार शामिल है।",
           "सोने की कीमतों में तेजी",
           "स्थानीय बाजारों में आज सोने की कीमतों में दो प्रतिशत की वृद्धि हुई।"),
}


@pytest.mark.parametrize("lang", sorted(TWO_STORIES))
def test_headlines_of_scripts_without_capitals_head_their_stories(lang: str) -> None:
    head1, body1, head2, body2 = TWO_STORIES[lang]
    page = ocr.process(f"{head1}\n\n{body1}\n\n{head2}\n\n{body2}\n", correct=False)
    assert [a.headlines for a in page.articles] == [(head1,), (head2,)]
    assert [" ".join(a.paragraphs).split() for a in page.articles] == [body1.split(),
                                                                        body2.split()]


@pytest.mark.parametrize("mark", ["* * *", "***", "2024", "— 30 —", "1-0"])
def test_a_line_without_letters_heads_no_story(mark: str) -> None:
    """A scene break or a score has no letters: no case to ask of it, and no headline."""
    text = ("Bridge Will Close for Repairs\n\nBy MARY JONES\n\nThe bridge will close on Monday "
            "for repairs, the city said on Friday.\n\n" + mark + "\n\nIt will open again in "
            "June, officials said on Tuesday.\n")
    page = ocr.process(text, correct=False)
    assert [a.headlines for a in page.articles] == [("Bridge Will Close for Repairs",)]


def test_thai_paragraphs_stay_a_story() -> None:
    """Thai prints no sentence ends: a short paragraph is not told from a headline, and
    no case or sentence end is asked of it (all of it stays one story's text)."""
    page = ocr.process("ข่าววันนี้\n\nรัฐบาลประกาศแผนพัฒนา\nโครงสร้างพื้นฐานในเมืองใหญ่ของประเทศ\n",
                       correct=False)
    assert len(page.articles) == 1 and page.articles[0].paragraphs


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_files_name_no_language_a_page_is_not_in(lang: str) -> None:
    """A page of Korean, Russian, Arabic or Greek is laid out as ``zh`` or ``en`` (CJK or
    spaced typography), but its ALTO and PAGE-XML do not call it Chinese or English."""
    from ocr.writers.alto import alto_bytes
    from ocr.writers.page import page_xml_bytes

    page = ocr.process(PAGES[lang], correct=False)
    assert page.lang in ("zh", "en")
    assert b" LANG=" not in alto_bytes(page)
    assert b"primaryLanguage=" not in page_xml_bytes(page)


def test_files_name_the_language_of_english_chinese_and_a_users_code() -> None:
    from ocr.writers.alto import alto_bytes

    for text, lang in (("Fire guts a warehouse\n\nThe fire started at noon.\n", "en"),
                       ("仓库起火\n\n昨日中午，一座仓库起火。\n", "zh")):
        assert f' LANG="{lang}"'.encode() in alto_bytes(ocr.process(text, correct=False))
    japanese = ocr.process("政府が新計画を発表\n\n政府は本日、新たな計画を発表した。\n",
                           correct=False)
    assert b" LANG=" not in alto_bytes(japanese)
    german = ocr.process("Neue Zürcher Zeitung\n\nDer Rat hat beschlossen.\n", lang="de",
                         correct=False)
    assert b' LANG="de"' in alto_bytes(german)
    # German read without a language is laid out as en, but it is not English
    text = ("Brücke wird gesperrt\n\nDer Rat der Stadt hat am Montag beschlossen, die Brücke "
            "über den Fluss für zwei Jahre zu sperren und neu zu bauen. Die Kosten betragen "
            "zehn Millionen Franken, sagte der Stadtpräsident.\n")
    page = ocr.process(text, correct=False)
    assert page.lang == "en" and b" LANG=" not in alto_bytes(page)


def test_thai_paragraphs_part_where_a_short_line_ends_one() -> None:
    """Thai prints no sentence ends: a line's end may end a sentence, so a short line
    ends its paragraph (the whole story was one paragraph)."""
    full = "รัฐบาลประกาศแผนพัฒนาโครงสร้างพื้นฐานในเมืองใหญ่ ด้วยงบประมาณหลายพันล้านบาท\n"
    gold = "ราคาทองคำในตลาดในประเทศเพิ่มขึ้นร้อยละสองในวันนี้ ตามราคาตลาดโลกที่สูงขึ้น\n"
    text = ("ข่าววันนี้\n\n" + full * 3 + "โฆษกรัฐบาลกล่าว\n" + gold * 3 + "นักวิเคราะห์คาด\n")
    (article,) = ocr.process(text, correct=False).articles
    assert len(article.paragraphs) >= 3
    assert article.paragraphs[-1].startswith("ราคาทองคำ")
