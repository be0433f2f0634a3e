"""Paragraphs that end on no stop (``ocr.unstopped``): a list's entries, a results table's
rows, the line that brings them in. Set as the study pages set them (S5's cycling race and
dog show, pool V): English ragged in 10-point Times with a greedy line breaker, Chinese
justified on a measure of whole characters with the paragraph's two-character indent,
which the extractor drops; read back as pdftotext writes them (a printed line a line)."""

from __future__ import annotations

from ocr.paragraphs import paragraphs
from ocr.profiles import load_profile
from ocr.readers.textreflow import reflow
from ocr.unstopped import latin_unstopped_end
from tests.test_paragraph_breaks import PROSE, set_column

PROFILE = load_profile()

#: S5 en733's cycling story: its results, an entry a paragraph, brought in on a colon.
RESULTS = [
    "Results (women’s elite):",
    "1. Jess Vance, Ashford Wheelers, 4:51:20",
    "2. Rhian Moss, Bayline Racing, at 4 sec.",
    "3. Kira Lund, Port Langley CC, same time",
    "4. Anna Bello, Team Northgate, at 11 sec.",
    "The men’s race was won by Tomas Reyes, who broke away on the last climb.",
]


def _paras(text: str, lang: str) -> list[str]:
    """The paragraphs read, white space left out (a Chinese line's join drops it)."""
    return ["".join(p.split()) for p in paragraphs(list(reflow(text, lang, PROFILE)), lang)]


def _bare(paras: list[str]) -> list[str]:
    return ["".join(p.split()) for p in paras]


def test_a_results_entry_that_ends_on_no_stop_is_a_paragraph_of_its_own() -> None:
    want = [*PROSE[:3], *RESULTS]
    got = _paras(set_column(want, 150), "en")
    # (main: ``… Ashford Wheelers, 4:51:20 2. Rhian Moss, …`` read as one paragraph)
    assert got == _bare(want)


def test_a_line_the_extractor_cut_before_a_name_goes_on() -> None:
    # pdftotext wrote a printed line in two (``… informal traders on Church`` / ``Street
    # have refused …``): the first piece has room for ``Street``, but ``Street`` opens no
    # entry, and no entry opened the paragraph: the sentence goes on.
    lines = set_column(PROSE[:4], 150).split("\n")
    cut = "Some 70 informal traders on Church Street have refused to move to a new market."
    text = "\n".join([*lines, "Some 70 informal traders on Church",
                      "Street have refused to move to a new market."])
    assert _paras(text, "en") == _bare([*PROSE[:4], cut])


#: S5 zh's dog show: its winners brought in on a colon, an entry a paragraph.
WINNERS = [
    "犬主人秦女士说，自己养边牧已经三十年了，每年都会带着它参加比赛。各组冠军名单如下：",
    "1. 牧羊犬组：胡椒（边境牧羊犬）",
    "2. 梗犬组：大公（威尔士梗）",
    "3. 玩赏犬组：饼干（博美犬）",
    "4. 狩猎犬组：阿罗（比格犬）",
    "本次比赛同时开展了文明养犬宣传，门票收入将全部捐给市小动物保护协会，用于救助流浪动物。",
]
#: Running text before the list, on the same measure: its first lines set the column's.
STORY = [
    "昨天，第十二届滨海犬展在市体育中心举行，来自全省各地的三百多只犬参加了比赛，吸引了上千名市民前来观看。",
    "今年的比赛共设八个组别，评委由省犬业协会的专家担任，主要从外形、步态和性格等方面打分。",
]


def set_zh(paras: list[str], measure: int = 20) -> str:
    """Justified Chinese: ``measure`` characters a line (a figure and its space count
    as one), a paragraph's first line two characters in; the indent is not written."""
    out: list[str] = []
    for p in paras:
        room, line = measure - 2, ""
        for ch in p:
            if len(line) >= room:
                out.append(line)
                room, line = measure, ""
            line += ch
        out.append(line)
    return "\n".join(out)


def test_a_chinese_list_entry_is_a_paragraph_of_its_own() -> None:
    want = [*STORY, *WINNERS]
    assert _paras(set_zh(want), "zh") == _bare(want)  # main: the four entries one paragraph


def test_a_chinese_paragraph_first_line_that_ends_no_sentence_goes_on() -> None:
    # A paragraph's first line is two characters short (its indent lost) and ends no
    # sentence; the line under it opens on a figure (``12月…``): no entry's end.
    para = ("截至记者发稿时，这家健身房的会员已有"
            "12月以来近800名会员加入了维权群，统计的未消费金额超过260万元。")
    want = [*STORY, para]
    assert _paras(set_zh(want), "zh") == _bare(want)


def test_a_dash_before_an_aside_opens_no_signature() -> None:
    # S3 en669: ``… money out of dormant accounts`` / ``— many belonging to elderly …``: the
    # piece the extractor cut has room, but a dash before lower case is the sentence's aside.
    lines = set_column(PROSE[:4], 150).split("\n")
    aside = ("He emptied dormant accounts — many belonging to elderly "
             "customers — over six years.")
    text = "\n".join([*lines, "He emptied dormant accounts",
                      "— many belonging to elderly customers — over six years."])
    assert _paras(text, "en") == _bare([*PROSE[:4], aside])


def test_a_chinese_line_short_before_a_whole_figure_goes_on() -> None:
    # S6 zh752: ``二、耐力素质仍是短板。初中男生`` / ``1000米跑、…``: a section that opens on
    # its count, its first line short by its indent and by ``1000``, which is not broken.
    para = "二、耐力素质仍是短板。初中男生1000米跑、女生800米跑的优秀率均不足两成，不少学生跑不快。"
    text = "\n".join([set_zh(STORY), "二、耐力素质仍是短板。初中男生",
                      "1000米跑、女生800米跑的优秀率均不足两", "成，不少学生跑不快。"])
    assert _paras(text, "zh") == _bare([*STORY, para])


def test_a_line_broken_at_any_hyphen_of_the_trade_goes_on() -> None:
    # An entry's name broken at a line's end, its hyphen written ``¬`` (``script.HYPHENS``,
    # as OCR'd text and some PDFs write it): the entry goes on, whatever the next line
    # opens on (the list of marks written apart from ``HYPHENS`` missed ``¬``).
    for hyphen in ("-", "\u00ad", "\u00ac", "\u2010"):
        assert not latin_unstopped_end(f"1. Jess Vance, Ashford{hyphen}", "Wheelers, 4:51:20")
    assert latin_unstopped_end("1. Jess Vance, Ashford Wheelers", "2. Rhian Moss")
