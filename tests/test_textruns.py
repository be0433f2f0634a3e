"""Columns run together with single spaces (pdfplumber): found, and only there."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from ocr.readers.textcuts import heads_under_label
from ocr.readers.textgrid import read_grid
from ocr.readers.textlevels import step_cost
from ocr.readers.textmeasure import Measure, goes_on_below, line_kinds
from ocr.readers.textruns import _RUN_ON, read_runs, split_line

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset" / "textpdf"
needs_devset = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is absent")


def test_a_line_of_columns_is_cut_at_the_column_width() -> None:
    """Three 15-em column lines joined by spaces, one a byline holding its own space."""
    line = ("本报讯（记者 吴静怡）6月18 新石器时代黑陶高柄杯，胎薄如 "
            "教育局获悉，2024年全市初中学业")
    assert split_line(line, 15.0) == [
        "本报讯（记者 吴静怡）6月18",
        "新石器时代黑陶高柄杯，胎薄如",
        "教育局获悉，2024年全市初中学业",
    ]


def test_a_space_after_a_sentence_end_parts_two_short_pieces() -> None:
    assert split_line("沟”。 的通道。", 15.0) == ["沟”。", "的通道。"]


def test_one_column_text_is_left_alone() -> None:
    """The project's own fixtures (one column, English and Chinese) are not columns."""
    files = sorted((ROOT / "fixtures" / "text").rglob("*.txt"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        assert read_runs(text) == text, f


@needs_devset
def test_other_extractors_are_left_alone() -> None:
    """pdftotext and pdfminer write columns one after another, -layout apart by runs of
    spaces: none of them is read as columns run together."""
    for mode in ("pdftotext", "pdfminer", "pdftotext-layout"):
        for f in sorted(DEVSET.glob(f"*.{mode}.txt")):
            text = f.read_text(encoding="utf-8")
            assert read_runs(text) == text, f


@needs_devset
def test_chinese_pdfplumber_pages_are_laid_out_as_a_grid() -> None:
    """Each Chinese pdfplumber page becomes a grid: rows hold two columns or more."""
    for f in sorted(DEVSET.glob("zh*.pdfplumber.txt")):
        out = read_runs(f.read_text(encoding="utf-8"))
        assert any(len([p for p in row.split("    ") if p.strip()]) >= 2
                   for row in out.split("\n")), f


def test_a_cut_one_word_off_is_mended_by_the_column_above() -> None:
    """Width alone places these cuts either way; the broken word above (``re-``,
    ``fed-``) goes on into a word of the lexicon only with the word moved across, a
    sentence that ran on (``past 11``) ends with ``p.m.``, and an article never
    precedes ``and``."""
    from ocr.readers.textcuts import mend_cuts
    from ocr.readers.textmeasure import Measure

    m = Measure(14.0, latin=True)
    assert mend_cuts([
        ["cle registration and safety check", "Registration helps police re-"],
        ["on Saturday from 9 a.m.", "to turn stolen bicycles to their"],
    ], m)[1] == ["on Saturday from 9 a.m. to", "turn stolen bicycles to their"]
    assert mend_cuts([
        ["typical household using 5,000", "tinue to apply for state and fed-"],
        ["gallons a month would pay eral", "grants, and that any money"],
    ], m)[1] == ["gallons a month would pay", "eral grants, and that any money"]
    assert mend_cuts([
        ["Councilmen Robert Kline the", "meeting, which ran past 11"],
        ["and Samuel Oduya voted p.m.", "Several speakers from the"],
    ], m) == [
        ["Councilmen Robert Kline", "the meeting, which ran past 11"],
        ["and Samuel Oduya voted", "p.m. Several speakers from the"],
    ]
    lines = [["for the plan. “At some point the", "ing residents to pay more."],
             ["patches cost more than the", "“There are grant programs sit-"]]
    assert mend_cuts(lines, m) == lines  # nothing says otherwise: left as cut


def test_a_letter_spaced_first_line_that_runs_on_goes_on_below() -> None:
    """A letter-spaced column sets a character fewer than the page's commonest count:
    a paragraph's first line three ems short that ends mid-sentence still goes on; a
    credit does not; a justified line short by its figures may be a full line."""
    m = Measure(15.0)
    assert goes_on_below("市教育考试院相关负责人提", m)
    assert not goes_on_below("记者 吴静怡 摄", m)
    assert "full" in line_kinds("水平考试将于6月24日至26日举", m)


@needs_devset
def test_chinese_columns_not_level_are_read_in_order() -> None:
    """zh04: a brief's column whose lines pdfplumber wrote between its neighbours' (not
    level) is put back, and the story beside it turns from its first column's last
    line (``记者看``) to the top of its second (``到，企业…``)."""
    text = (DEVSET / "zh04.pdfplumber.txt").read_text(encoding="utf-8")
    rows = [r for r in read_grid(read_runs(text), own_rows=False).split("\n") if r]
    turn = rows.index("高新区的临江精密机械有限公司，记者看")
    assert rows[turn + 1].startswith("到，企业自主研发")
    brief = rows.index("过远程会诊平台为疑难危重病人提供诊疗")
    assert rows[brief + 1 : brief + 3] == ["服务，让本地群众在家门口就能享受到优", "质医疗资源。"]


@needs_devset
def test_a_headline_above_its_byline_ends_the_band() -> None:
    """zh03: a headline that pdfplumber wrote as a lone line among another story's
    column lines stands on its own, right above its story's byline; zh01: a photo
    caption across columns that ends a clause half-way goes on into its next line."""
    text = (DEVSET / "zh03.pdfplumber.txt").read_text(encoding="utf-8")
    rows = read_grid(read_runs(text), own_rows=False).split("\n")
    at = rows.index("临江马拉松9月开跑 即日起报名")
    assert rows[at - 1] == rows[at + 1] == ""
    text = (DEVSET / "zh01.pdfplumber.txt").read_text(encoding="utf-8")
    rows = read_grid(read_runs(text), own_rows=False).split("\n")
    at = next(i for i, r in enumerate(rows) if r.startswith("6月19日，在临江市双塘镇"))
    assert rows[at + 1] == "全市62万亩小麦已收割过半。"


@needs_devset
def test_wide_spaces_counted_as_the_pattern_finds_them() -> None:
    """``read_runs`` counts the spaces between wide characters from a pattern that opens
    on the space: the count is the one ``_WIDE_SPACE`` finds (a space that shares a
    character with the match before it starts none)."""
    from ocr.readers.textdecode import decode
    from ocr.readers.textruns import _WIDE_SPACE, wide_spaces

    paths = sorted(DEVSET.glob("*.txt")) + sorted((ROOT / "fixtures" / "text").glob("*.txt"))
    texts = [decode(p.read_bytes(), p.name) for p in paths]
    texts += ["中 文 字", "中 文 字 符", "中 文 字 符 号", "“a” b", "中 a 文", "中  文 字",
              "中 文\n字 符", " 中 文", "中 文 ", "中 文 字x中 文", "中 文 字 a 中 文 字"]
    rng = random.Random(11)  # and made-up runs of wide characters, spaces, Latin, breaks
    texts += ["".join(rng.choice("中文 a\n“") for _ in range(rng.randint(1, 30)))
              for _ in range(5000)]
    for text in texts:
        assert wide_spaces(text) == len(_WIDE_SPACE.findall(text)), text[:40]
    assert wide_spaces("中 文 字") == 1 and wide_spaces("中 文 字 符") == 2


def test_control_characters_counted_as_the_pattern_finds_them() -> None:
    """``decode`` counts control characters (binary data) in the text's UTF-8 bytes:
    the count ``_CONTROL`` finds, whatever the characters around them."""
    from ocr.readers.textdecode import _CONTROL, control_chars, decode

    rng = random.Random(3)
    alphabet = [chr(c) for c in range(0x90)] + ["中", "\ud800", "\U0001f600", "\u2028", "é"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
             for _ in range(5000)]
    texts += [decode(p.read_bytes(), p.name) for p in (ROOT / "fixtures" / "text").glob("*.txt")]
    for text in texts:
        assert control_chars(text) == len(_CONTROL.findall(text)), repr(text)
    assert control_chars("a\x00b\x7f\tc\n\r\x0c") == 2



@needs_devset
def test_a_line_of_letters_interleaved_is_laid_out_in_bounded_ways(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfplumber writes the letters of column lines not quite level one by one, apart by
    spaces (``p W ca a e A r s d …``): such a line cuts into dozens of pieces, as many
    "columns" as no page has. Each line is laid on the band in at most
    ``MAX_PLACEMENTS`` ways (a line of 53 pieces once tried billions and the page never
    finished), and the page is still read as columns, every word of its other lines kept."""
    from ocr.readers import textbands

    text = (DEVSET / "en01.pdfplumber.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i in range(len(lines) - 1)
              if min(len(lines[i]), len(lines[i + 1])) >= 80)
    a, b = lines[at], lines[at + 1]
    letters = " ".join(c for pair in zip(a.replace(" ", ""), b.replace(" ", ""), strict=False)
                       for c in pair)
    assert len(letters.split()) > 100
    tried: list[int] = []
    placements = textbands._placements

    def counted(*args: Any) -> list[dict[int, str]]:
        out = placements(*args)
        tried.append(len(out))
        return out

    monkeypatch.setattr(textbands, "_placements", counted)
    page = "\n".join([*lines[: at + 2], letters, *lines[at + 2 :]])
    out = read_runs(page)
    assert tried and max(tried) <= textbands.MAX_PLACEMENTS
    assert out != page  # still read as columns run together
    assert set(read_runs(text).split()) <= set(out.split())


def test_a_column_line_breaking_after_paishe_is_no_photo_credit() -> None:
    """A line of running text that ends on 拍摄 under a sentence's end is the column's
    (a credit names its photographers before 摄, not a verb: ``markers.reader_marks``)."""
    from ocr.readers.textbands import photo_lines
    from ocr.readers.textmeasure import Measure

    band = [["城北公园的荷花进入盛花期，", "市图书馆新馆开始试运行，首"],
            ["吸引大批市民前来观赏。"], ["游客纷纷拿出手机拍摄"], ["荷塘边的步道人来人往。"]]
    assert photo_lines(band, Measure(14)) == (band, [])
    credited = [*band[:2], ["本报记者 张帆 摄"], band[3]]
    assert photo_lines(credited, Measure(14))[1] == ["吸引大批市民前来观赏。", "本报记者 张帆 摄"]


def test_a_lone_heading_holding_an_enumeration_comma_holds_no_column() -> None:
    """A lone short Chinese line among a band's lines is a heading (it holds no column)
    though it lists with 、 as headlines do; one with a clause mark or a sentence's end
    is running text (a paragraph's last line)."""
    from ocr.readers.textbands import _heading

    m = Measure(16.0)
    assert _heading({0: "图书馆、博物馆延时开放"}, m)
    assert not _heading({0: "区入园难问题。"}, m)
    assert not _heading({0: "时间延长，方便借阅"}, m)


#: Two columns set without hyphenation, their lines run together (pdfplumber): no word
#: is broken at a line end, but one column's paragraph ends where the other's sentence
#: goes on in lower case (``in 1952. ratios``).
_UNHYPHENATED = """\
Rotary breakfast returns to the Elks Lodge
The Rotary Club will hold its pancake breakfast
on Sunday from 7 to 11 a.m. at the Elks Lodge
on Water Street. Tickets are $8 for adults.
Proceeds go to the club's scholarship fund,
which gave $14,000 to students this year.
Harbor Council weighs a new ferry landing
The Harbor Council voted on Monday to study a evening, when members said the old landing
second ferry landing at the foot of Dock Road, had reached the end of its working life.
where the old pier has stood empty for years. repairs would cost more than a new one.
The study will cost about $80,000 and should the city engineer, Ruth Calder, told them the
be done by spring, officials said at the start pilings had rotted below the waterline and
of a meeting that ran late into the Tuesday. said the state had offered to pay half.
Residents of the east side have asked for the Most of the money would come from a fund
landing for years, saying the trip around the that the council set aside for the harbor in
bay by road takes them close to an hour now. the last budget, the finance director said.
Several members said they wanted to hear from The ferry company has not said how many
the fishing fleet before any plans were drawn. boats it would run from the new landing.
A public hearing is set for the first week of Council members will take up the study again
March at the Dock Road community center. when the engineers bring back their findings.
"""


def test_columns_set_without_hyphenation_are_read_as_columns() -> None:
    """No word broken at a line end, but sentences run on into another column's lower
    case: the lines are the print's, two columns each, and are parted."""
    out = read_runs(_UNHYPHENATED)
    assert out != _UNHYPHENATED
    assert "where the old pier has stood empty for years." in out
    assert "years. repairs" not in out


def test_two_sentences_run_on_tell_columns_set_without_hyphenation() -> None:
    """Two sentences run on into another column's lower case are enough: a page of
    wide columns has few lines where one column's paragraph ends level with another's
    sentence going on, and text that keeps each column's lines apart has none."""
    text = (_UNHYPHENATED
            .replace("the Tuesday. said the state had offered to pay half.",
                     "the Tuesday. He said the state would pay half.")
            .replace("were drawn. boats it would run", "were drawn. Boats it would run")
            .replace("community center. when", "community center. When"))
    assert len(_RUN_ON.findall(text)) == 2
    out = read_runs(text)
    assert "where the old pier has stood empty for years." in out
    assert "years. repairs" not in out


#: A headline of two phrases across three columns, wider than a column, over the
#: columns' lines run together (pdfplumber): the line is cut at its space.
_TWO_PHRASES = "\n".join([
    "非遗展演周开幕 百余个项目集中亮相",
    "本报讯（记者 杨帆）6月8日，第 化遗产展演周在市民文化广场开 演，现场吸引了上万名市民游客驻",
    "五届清河非物质文化遗产展演周 幕。来自全市各区县的120余个非 足观看，不少摊位前排起了长队。",
    "在市民文化广场开幕，现场热闹 遗项目、300多名传承人参加展 在展区内，剪纸、竹编、木雕、刺",
    "非凡，吸引众多市民驻足观看。 示，剪纸、竹编、木雕等传统技 绣等传统技艺一一呈现，吸引了不",
    "据介绍，本届展演周为期七天， 艺一一呈现，吸引众多市民游客 少市民驻足观看，现场气氛热烈。",
    "主办方还安排了非遗进校园、进 驻足观看，不少摊位前排起了长 “这把竹扇是我们村的老手艺，一",
    "社区等系列活动，让更多市民近 队，现场气氛十分热烈，市民们 把要经过四十多道工序。”竹编技",
    "距离感受传统文化的独特魅力。 纷纷拿起手机拍照留念，并向传 艺传承人李秀兰说，她这次专门带",
    "今年以来，我市持续加大非遗保 承人请教技艺，体验传统文化。 来了几个徒弟，现场教市民编织。",
    "护传承力度，新认定市级非遗代 据了解，我市现有国家级非遗项 舞台上，地方戏曲、民间舞蹈轮番",
    "表性项目21项，建成传习所16个。 目7项、省级非遗项目43项。 上演，赢得台下观众阵阵掌声。",
]) + "\n"


def test_a_headline_of_two_phrases_stays_one_line() -> None:
    """Cut at its space for its width, the headline's two phrases are of like length
    and hold no mark of running text: one headline, not two side by side."""
    rows = read_runs(_TWO_PHRASES).split("\n")
    assert "非遗展演周开幕 百余个项目集中亮相" in rows
    # Over a band whose first line opens two stories, they are two headlines, each over
    # the column its story opens in (``test_textruns_heads``).
    two = _TWO_PHRASES.replace("化遗产展演周在市民文化广场开", "本报讯（记者 孙悦）记者从市")
    rows = read_runs(two).split("\n")
    row = next(r for r in rows if "非遗展演周开幕" in r)
    assert row.split() == ["非遗展演周开幕", "百余个项目集中亮相"]
    assert row.index("百余个") == next(r for r in rows if "孙悦" in r).index("本报讯（记者 孙悦")


#: A two-column story (15 ems) whose columns end a paragraph on the same line, under
#: which its first column goes on alone (a photo stands under the second).
_ENDS_LEVEL = """\
城南菜市场完成提升改造
本报讯（记者 林晓）城南菜 走进改造后的市场，记者看到
市场提升改造工程日前完工，市场 蔬菜、水产、肉类等区域划分清楚，
重新开门迎客，摊位由原来的86 每个摊位上方都挂有电子价签，顾
个增加到120个，地面、顶棚和 客扫码即可查看商品来源和检测结
排水管道全部翻新，还新设了两处 果。
公共卫生间和一处母婴室，方便带 家住附近的王阿姨每天都来买
孩子的居民。市场还开设了网上订 菜，她说现在的市场又亮堂又干净，
菜服务，老人可以电话下单，由志 价格也都明码标价，买得放心，再
愿者送菜上门。 也不用担心缺斤少两了。
改造期间，商户们被安置在附
近的临时大棚里经营，市场管理方
每天安排专人巡查，确保食品安全
和消防安全不出问题，居民买菜基
本未受影响。
"""


def test_columns_ending_their_paragraphs_level_stay_in_the_band() -> None:
    """A line of two paragraph ends (``愿者送菜上门。 也不用担心缺斤少两了。``) is a
    line of the band, not two headlines: each goes on its column, and the first
    column's next paragraph, alone below, goes on under it as one block."""
    rows = read_grid(read_runs(_ENDS_LEVEL), own_rows=False).split("\n")
    at = rows.index("菜服务，老人可以电话下单，由志")
    assert rows[at + 1 : at + 4] == ["愿者送菜上门。", "改造期间，商户们被安置在附",
                                     "近的临时大棚里经营，市场管理方"]
    end = rows.index("价格也都明码标价，买得放心，再")
    assert rows[end + 1] == "也不用担心缺斤少两了。"


#: A three-column story, each column's last line running on at the top of the next,
#: beside a photo (caption and credit on its column), and a brief under the photo:
#: pdfplumber writes the brief's lines alone, after the story's last line.
_BRIEF_UNDER_PHOTO = """\
城东首批智慧公交站台投用
本报讯（记者 周岚）记者昨 每座站台还设有无障碍坡道和盲道， 他会先去旁边的小店买份早点。
日从市交通运输局获悉，全市首批 方便老人和残障人士候车。站台顶 市交通运输局有关负责人表示，
12座智慧公交站台已在城东建成 棚加宽到三米，雨天候车的乘客不 明年我市还将在城西、城北再建设
投用，站台配有电子站牌、充电接 用再挤在一起。 30座智慧站台，并逐步把现有的
口和夜间照明，乘客可实时查看车 家住城东花园的李先生说，过 老旧站台改造升级，让更多市民在
辆到站时间。 去等车只能干着急，不知道车什么 家门口就能享受到便捷舒适的候车
据介绍，智慧站台选址时优先 时候来，现在抬头看一眼电子站牌 环境。 市民在新建成的智慧公交站台候车。
考虑学校、医院和大型社区周边， 就心里有数了，遇到车还远的时候， 本报记者 林涛 摄
本报讯（记者 顾宁）市气象
台昨日发布消息，受冷空气影响，
本周末我市将有明显降温和大风天
气，最低气温将降至零下3摄氏度，
请市民注意防寒保暖，出行注意安
全。
"""


def test_a_column_that_turned_takes_no_lone_line() -> None:
    """The story's first column ends mid-sentence (``…社区周边，``) and its sentence
    goes on at the top of the second (a full line opening no story): the column has
    turned, so the brief's lines alone under the photo go on the brief's column, not
    under it, though they would carry its sentence on as well."""
    rows = read_grid(read_runs(_BRIEF_UNDER_PHOTO), own_rows=False).split("\n")
    at = rows.index("考虑学校、医院和大型社区周边，")
    assert rows[at + 1 : at + 3] == ["", "每座站台还设有无障碍坡道和盲道，"]
    brief = rows.index("台昨日发布消息，受冷空气影响，")
    assert rows[brief + 1 : brief + 5] == [
        "本周末我市将有明显降温和大风天", "气，最低气温将降至零下3摄氏度，",
        "请市民注意防寒保暖，出行注意安", "全。"]


#: A three-column story whose left column stands lower than the other two (under the
#: byline), so pdfplumber writes its lines between theirs. The columns are 14 ems; a
#: justified line that ends on a mark (a mark may not open a line) sets its marks half
#: wide and holds 15 characters when it holds two marks or more.
_SQUEEZED_LEFT = [
    "昨天上午，家住桂花苑小区", "的陈阿姨，头一回坐上新装电梯，", "从六楼到一楼，只用了半分多钟。",
    "过去她上下楼，都要歇上好几回，", "腿脚不好的时候，一连几天都不", "敢出门。",
    "“现在买菜、看病都方便多", "了，心里也敞亮了。”她说。"]
_SQUEEZED_MIDDLE = [
    "今年以来，全市已有八十六", "个老旧小区完成了电梯加装，惠", "及居民近两千户。市住建局介绍，",
    "加装电梯的审批时间已由原来的", "四十多天压缩到十五天以内，居", "民只需到社区中心提交材料。",
    "为减少施工对居民出行的影", "响，施工队多用预制拼装方式。"]
_SQUEEZED_RIGHT = [
    "每台电梯的工期由过去的三", "个月缩短到一个月左右，费用比", "前几年降低了两成。",
    "下一步，我市还将研究出台", "加装电梯后续运维补贴办法，鼓", "励物业、电梯厂家与居民三方，",
    "共同承担维保责任，让电梯装得", "上、用得好、管得住。"]


def _squeezed_page() -> str:
    lines = ["老旧小区加装电梯提速",
             f"本报记者 何舟 {_SQUEEZED_MIDDLE[0]} {_SQUEEZED_RIGHT[0]}"]
    for i, left in enumerate(_SQUEEZED_LEFT):
        lines.append(left)
        if i + 1 < len(_SQUEEZED_MIDDLE):
            lines.append(f"{_SQUEEZED_MIDDLE[i + 1]} {_SQUEEZED_RIGHT[i + 1]}")
    return "\n".join(lines) + "\n"


def test_a_line_squeezing_its_marks_is_a_column_line() -> None:
    """A 15-character line of a 14-em column that ends on a mark and holds another is a
    column line (its marks set half wide); as wide a line without marks (a headline's)
    or with only its last (a caption set in a photo's width) is not."""
    m = Measure(14.0)
    assert m.column("的陈阿姨，头一回坐上新装电梯，")
    assert m.column("过去她上下楼，都要歇上好几回，")
    assert m.column("市区老旧小区加装电梯全面提速")  # 14 ems: fits as set
    assert not m.column("游客在湿地公园里观赏越冬候鸟。")
    assert not m.column("全市老旧小区加装电梯工作全面提速")
    assert not m.column("“一站式”审批让加装电梯再提速")  # a headline's quotes keep their width
    assert m.column("他说：“我们一定会按期完工。”")  # a quotation's end
    assert not m.column("图书馆今起推出“你选书我买单”")  # a headline's quotes close a name


def test_columns_not_level_holding_squeezed_lines_are_read_in_order() -> None:
    """The left column's lines, written between the other columns', are put back level
    with them though three of them are a character wider than the measure: each column
    reads down in order, not the left column's lines cut apart by the others'."""
    rows = [r for r in read_grid(read_runs(_squeezed_page()), own_rows=False).split("\n") if r]
    for column in (_SQUEEZED_LEFT, _SQUEEZED_MIDDLE, _SQUEEZED_RIGHT):
        at = rows.index(column[1])
        assert rows[at : at + len(column) - 1] == column[1:]


#: An English page in 11-em columns: a section's label, the story's headline (wider
#: than a column, which the measure would cut in two), its deck, then the story's three
#: columns run together line by line, and a brief going on alone in the last column.
_LABEL_LEFT = [
    "By MARTA OYELARAN", "Ledger Staff Writer", "HARBOR CITY — The state",
    "transportation board on", "Tuesday approved a ferry", "route between the north",
    "pier and Gull Island, end-",
    "ing a decade of debate", "over the cost of a new", "landing on the island.",
    "The vote was seven to", "two, with both members", "from the island’s district",
    "in favor of the plan."]
_LABEL_MIDDLE = [
    "The boats would carry", "about 900 riders a day", "by 2029, the board esti-",
    "mated, most of them work-", "ers at the island’s ship-", "yard and the hospital an-",
    "nex that opened there last", "spring. The city will pay", "for the docks and the state",
    "for two boats, which are to", "be built at the shipyard", "itself, officials said.",
    "Fares would start at $3 a", "trip, the same as the bus."]
_LABEL_RIGHT = [
    "A monthly pass would be", "offered to riders who live", "on the island, who now",
    "drive over two bridges to", "reach the mainland. The", "first boats are to run in",
    "May, weather and the build-", "ers permitting.", "“It is about time,” said",
    "Rosa Delgado, who has run", "a bakery on the island for", "thirty years. “We have wait-",
    "ed long enough for a boat", "that runs on time.”"]
_LABEL_PAGE = "\n".join([
    "TRANSPORTATION", "Island ferry route wins final state approval",
    "Boats to Gull Island could run by spring 2029",
    *(" ".join(row) for row in zip(_LABEL_LEFT, _LABEL_MIDDLE, _LABEL_RIGHT, strict=True)),
    "IN BRIEF", "Library extends hours", "The Harbor City Public", "Library will stay open un-",
    "til 8 p.m. on weekdays", "starting Monday, the trus-", "tees said. The change is",
    "paid for by a gift from", "the Friends of the Li-", "brary, who raised $18,000",
    "at a book sale in April."]) + "\n"


def test_a_headline_under_a_section_label_is_not_cut_into_columns() -> None:
    """The line under a lone label in capitals holds no piece ending a sentence, a clause
    or a broken word: it is the story's headline, kept whole on a row of its own, not
    two column lines laid on the band's cells; the columns under it read as before."""
    rows = read_grid(read_runs(_LABEL_PAGE), own_rows=False).split("\n")
    at = rows.index("Island ferry route wins final state approval")
    assert rows[at - 1] == rows[at + 1] == ""
    at = rows.index(_LABEL_MIDDLE[0])
    assert rows[at : at + 3] == _LABEL_MIDDLE[:3]


def test_two_headlines_side_by_side_under_labels_stay_apart() -> None:
    """Under two labels side by side, a line whose second piece opens with a capital is
    two headlines side by side (``… six weeks`` | ``Dry spell …``): not joined into one."""
    m = Measure(12.0, latin=True)
    split = [["TRAFFIC ALERT WEATHER"], ["River bridge to close for", "Dry spell drops reservoir"]]
    assert heads_under_label(split, m) == [False, False]
    split[1][1] = "for six weeks in summer"
    assert heads_under_label(split, m) == [False, True]


def test_a_common_word_across_the_break_lays_a_line_on_its_column() -> None:
    """A band's lone line (``题，做到…``) makes a word of the lexicon with both columns'
    last lines: a rare one with the left column's (``重点`` + ``题``: 点题), a common
    one with the right column's (``…的问`` + ``题``: 问题). The common word tells its
    column: laying it there costs less."""
    m = Measure(14.0)
    lasts = {0: "等设施，其中管网和消防是重点", 1: "共同商量怎样解决施工中的问"}
    piece = "题，做到改不改、怎么改都由居"
    assert step_cost({}, lasts, {1: piece}, m) < step_cost({}, lasts, {0: piece}, m)


#: A three-column story of 13-em columns beside a photo whose caption is set in the
#: photo's width, wider than a column: pdfplumber writes the caption's first line, its
#: second and the credit each between two of the columns' rows.
_PARK_A = ["本报讯（记者 凌波）记者", "昨日从市园林局获悉，江滨公", "园提升改造工程已全部完工，",
           "市园林部门近日对江滨公园进", "行提升改造，新栽乔木一千二", "百余株，铺设透水步道三千多",
           "米，并在湖心岛修建了观景平", "台和木质栈桥，游客可以沿着", "栈桥一路走到湖对岸的老码头"]
_PARK_B = ["园内道路和照明设施也同步", "进行了更新，夜间开放时间延", "长到晚上十时，方便市民晚饭",
           "据了解，改造期间公园照常开", "放，施工区域设置围挡和指示", "标牌，提醒游客绕行。园林部",
           "门有关负责人介绍，今年冬季", "将在园内补植腊梅和红枫等观", "赏树种，让市民一年四季都有"]
_PARK_C = ["后来此散步健身。公园东门新", "建的停车场可停放小汽车二百", "余辆，并设有充电桩二十个，",
           "下一步，我市还将推进城西湿", "地公园和北山森林公园建设，", "到明年年底前，全市公园总数",
           "将达到一百二十个，基本实现", "居民出门步行十五分钟就能走", "进一座公园的目标。市民可以"]


def test_a_caption_wider_than_a_column_does_not_end_the_band() -> None:
    """The caption's first line (wider than a column, mid-sentence) comes between two
    rows whose three columns all run on: the band goes on under it, each column is
    read whole, and the caption and credit are set apart under the band."""
    rows = [" ".join(r) for r in zip(_PARK_A, _PARK_B, _PARK_C, strict=True)]
    page = "\n".join(["江滨公园改造完成向市民开放", *rows[:6],
                      "游客在改造一新的江滨公园湖心岛栈桥上散步", rows[6], "观赏初冬景色。",
                      rows[7], "本报记者 凌波 摄", rows[8]])
    out = [r for r in read_grid(read_runs(page), own_rows=False).split("\n") if r]
    for column in (_PARK_A, _PARK_B, _PARK_C):
        at = out.index(column[0])
        assert out[at : at + len(column)] == column
    assert out[-3:] == [
        "游客在改造一新的江滨公园湖心岛栈桥上散步", "观赏初冬景色。", "本报记者 凌波 摄"]
