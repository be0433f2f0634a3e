"""Chinese marks read as their ASCII look-alikes (Tesseract ``chi_sim``: ``书也多,孩子``,
``本报讯(记者``, ``机遇，,奋力``) are set full width where the page's own type sets them
so; text that keeps ASCII marks throughout (much Chinese OCR text) is left as read."""

from __future__ import annotations

import dataclasses

from conftest import scanned_line as _line
from hypothesis import given, settings
from hypothesis import strategies as st
from test_correct_page import _read_from

from ocr.correct import correct
from ocr.correct.correct import apply, correct_text
from ocr.correct.han_marks import DASH_REASON, REASON, TWICE_REASON, mark_proposals, page_marks
from ocr.model import Article, Block, BlockKind, Page, Source

#: Lines as Tesseract read them from a six-column page set in WenQuanYi Zen Hei (devset):
#: most commas full width, some read as ASCII, one read twice.
READ = [
    "图书馆的书也多,孩子来了都不想走。",
    "全年无休，每天开放十二小时,周末也不例外。",
    "抢抓发展机遇，,奋力构建现代产业体系。",
    "市民王女士说: 这里的环境很好，服务也周到。",
    "记者：杨帆。",
]


def _fixed(texts: list[str]) -> list[str]:
    marks = page_marks(texts)
    return [apply(t, mark_proposals(t, marks))[0] for t in texts]


def test_ascii_marks_set_full_width_where_the_page_sets_them_so() -> None:
    assert _fixed(READ) == [
        "图书馆的书也多，孩子来了都不想走。",
        "全年无休，每天开放十二小时，周末也不例外。",
        "抢抓发展机遇，奋力构建现代产业体系。",
        "市民王女士说：这里的环境很好，服务也周到。",
        "记者：杨帆。",
    ]
    # Each mark by its own evidence: a page that sets no colon full width keeps its own.
    assert _fixed(READ[:4])[3] == "市民王女士说: 这里的环境很好，服务也周到。"


def test_brackets_go_in_pairs() -> None:
    page = ["本报讯（记者 杨帆）近日，记者来到(老家)采访。", "他回到（老家)，看望父母。"]
    assert _fixed(page) == ["本报讯（记者 杨帆）近日，记者来到（老家）采访。",
                            "他回到（老家），看望父母。"]
    # Opened after Latin: a Latin parenthesis, whatever it holds.
    assert _fixed(["学习Python(编程)语言（入门），很有用，真的"]) == [
        "学习Python(编程)语言（入门），很有用，真的"]


def test_text_that_keeps_ascii_marks_is_left_as_read() -> None:
    # FASPell's OCR sentences keep ASCII marks, and so does their truth: nothing to change.
    for text in ["创好业了,然后再回(老家)", "这是什么?我也不知道!", "他说:好的"]:
        assert _fixed([text]) == [text]
        assert correct_text(text)[0] == text


def test_latin_on_a_chinese_page_keeps_its_marks() -> None:
    """Marks beside Han in a Latin sentence (``Mr 王, the chairman``, ``Mr Li (李)``) are
    Latin type; brackets read inside a full-width pair keep their pairs; a mark read
    twice says so in the audit trail."""
    page = READ + ["The mayor, Mr Li (李), said the port (in 太仓) opened. Mr 王, the "
                   "chairman, spoke.", "（记者（通讯员)）报道，是的", "截至目前,3人受伤。"]
    fixed = _fixed(page)
    assert fixed[-3] == page[-3]
    assert fixed[-2] == "（记者（通讯员））报道，是的"
    assert fixed[-1] == "截至目前，3人受伤。"  # a figure after the mark is no Latin
    why = {p.original: p.reason for p in mark_proposals(READ[2], page_marks(READ))}
    assert why == {"，,": TWICE_REASON}


def test_figures_latin_and_quotes_are_not_marks_of_chinese() -> None:
    page = ["收入3,000元，增长1.5%，约合US$420，见www.example.com。",
            "他说，\"这是好事\"，大家都笑了。", "Hello, world (test)，好的，是的"]
    assert _fixed(page) == page


def test_through_the_correction_stage_with_the_audit_trail() -> None:
    """On a scanned page: the paragraph and the block's word change together, and the
    audit trail says why; a word the engine was sure of keeps its mark."""
    zh = Block("b1", BlockKind.BODY, (
        _line([("图书馆的书也多,孩子来了都不想走。", 0.70)], 10),
        _line([("全年无休，每天开放十二小时，周末也不例外。", 0.80)], 40),
        _line([("抢抓发展机遇，,奋力构建。", 0.99)], 70),
    ))
    article = Article("a1", paragraphs=(
        "图书馆的书也多,孩子来了都不想走。全年无休，每天开放十二小时，周末也不例外。"
        "抢抓发展机遇，,奋力构建。",), block_ids=("b1",))
    page = Page("p1", Source(None, "0" * 64, "image"), "zh", size=(600, 400), blocks=(zh,),
                reading_order=("b1",), articles=(article,))
    page = _read_from(page, {("a1", "paragraph", 0): ("b1",)})
    done = correct(dataclasses.replace(page))
    assert done.articles[0].paragraphs[0] == (
        "图书馆的书也多，孩子来了都不想走。全年无休，每天开放十二小时，周末也不例外。"
        "抢抓发展机遇，,奋力构建。")  # the last line's word was read with 0.99: kept
    word = done.block("b1").lines[0].words[0]
    assert (word.text, word.original) == ("图书馆的书也多，孩子来了都不想走。",
                                          "图书馆的书也多,孩子来了都不想走。")
    assert [(c.original, c.corrected, c.reason) for c in done.corrections] == [
        (",", "，", REASON)]


#: Characters that meet at the edges of a page's texts: marks either width, Han, Latin,
#: figures, white space (a text may hold a line break of its own), quotes.
_EDGES = list("王记者,:;?!()（），：；？！ \t\na1“”\"。、")


def _page_marks_text_by_text(texts: list[str]) -> frozenset[str]:
    """``page_marks`` as it was first written: each text's marks counted alone, the
    full-width ones a character at a time."""
    from collections import Counter

    from ocr.correct import han_marks as hm

    ascii_: Counter[str] = Counter()
    wide: Counter[str] = Counter()
    for text in texts:
        ascii_.update(hm._KEY[m.group(1)] for m in hm._PAUSE.finditer(text))
        ascii_.update(hm._KEY[text[at]] for at in hm._chinese_brackets(text))
        wide.update(hm._KEY[hm._ASCII_OF[c]] for c in text if c in hm._ASCII_OF)
    return frozenset(m for m in hm.MARKS if 0 < ascii_[hm._KEY[m]] <= wide[hm._KEY[m]])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(st.sampled_from(_EDGES), max_size=10), min_size=1, max_size=5))
def test_page_marks_counts_each_text_as_if_alone(texts: list[str]) -> None:
    """The texts are read joined by line breaks: a mark at one text's end must not see
    the next text's start (a pause before Han, a Latin word after it)."""
    assert page_marks(texts) == _page_marks_text_by_text(texts)


def test_a_dash_read_for_one_is_read_as_one_where_the_characters_call_for_it() -> None:
    """一 is one stroke: Tesseract reads it as a dash (``第—枚``, ``以防万—``). A dash set
    between Han, a range or the Chinese dash ``——``, stays."""
    read = "本报讯 这是本届运动会上我市选手夺得的第—枚金牌，教练说要以防万—。"
    out, props = correct_text(read)
    assert out == "本报讯 这是本届运动会上我市选手夺得的第一枚金牌，教练说要以防万一。"
    assert {p.reason for p in props} == {DASH_REASON}
    for kept in ("本报讯 广州—中山城际铁路今天开通，首趟列车坐满了乘客。",
                 "本报讯 京—沪高铁客流创下新高。", "他说——我们明天就走。"):
        assert correct_text(kept)[0] == kept
