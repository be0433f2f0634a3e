"""A pdfplumber page of single-column items over a band of four columns whose last
column is not level with the others: pdfplumber writes each printed row as two lines,
the first three columns' lines joined, then the fourth's alone a little lower. The
band's lines alternate with lone lines, so no four stand in a row; held down the band
all the same, the page is read as columns run together (``textbands.held_band``).
Drawn here, in a 都市报's style."""

from __future__ import annotations

from test_textruns_held_band import _lines  # the same setting in the measure: one helper

from ocr.readers.textbands import held_band
from ocr.readers.textgrid import read_grid
from ocr.readers.textruns import read_runs

ROWS = 8

STORY = ("本报讯（记者 钱澄）昨天上午，滨江区第一座口袋公园在望海路与新华街交叉口建成开放。"
         "公园占地约一千二百平方米，原是一块闲置多年的边角地，杂草丛生，常有建筑垃圾堆放。"
         "今年五月，街道会同园林部门对地块进行改造，栽种乔木六十余株、灌木和花卉三千余株，"
         "铺设透水步道，设置座椅、健身器材和儿童游乐设施。附近居民张阿姨说，以前这里没人愿意走，"
         "现在每天傍晚都来散步。区园林局表示，年内还将建成口袋公园八座。")
COLUMNS = ("本报讯（记者 许蔓）昨日，全市首届渔民技能大赛在沙尾渔港落下帷幕，来自沿海五个乡镇的"
           "一百二十名渔民参加了比赛。比赛设织网补网、渔船驾驶、海上救生和渔获分拣四个项目，"
           "既考手上功夫，也考安全知识。经过两天角逐，来自东澳镇的林海生获得织网补网项目第一名，"
           "他用时不到二十分钟就补好了一张破了三个大洞的拖网。",
           "林海生今年五十二岁，十六岁就跟着父亲出海，补网的手艺也是父亲手把手教的。他说，"
           "现在年轻人愿意学这门手艺的越来越少，村里会补网的多是五十岁以上的老渔民。这次拿了奖，"
           "他打算在村里办个补网培训班，把手艺传给年轻人。市海洋渔业局有关负责人表示，"
           "大赛今后每两年举办一次。",
           "在海上救生项目中，参赛选手需要在规定时间内穿好救生衣、抛投救生圈并将落水者拖上船。"
           "裁判介绍，这个项目看似简单，但对动作的规范性要求很高，不少选手因为救生衣系带没有扣紧而被扣分。"
           "组织方希望通过比赛，让渔民把安全操作变成习惯，减少海上作业事故。",
           "据了解，我市现有渔船一千八百余艘，从业渔民约一万二千人。近年来，市里先后开展了"
           "渔船安全检查、渔民安全培训等工作，渔业生产安全形势总体平稳。下一步，还将推广渔船"
           "北斗定位终端，实现渔船动态全程监控，遇到大风天气及时提醒渔船回港避风，保障渔民生命财产安全。")


def _page() -> str:
    """Masthead, a story in one column, a headline, then the band as pdfplumber writes
    it where its fourth column is set a little lower than the other three: each printed
    row the first three columns' lines joined by single spaces, then the fourth's."""
    cols = [_lines(c)[:ROWS] for c in COLUMNS]
    band: list[str] = []
    for a, b, c, d in zip(*cols, strict=True):
        band += [f"{a} {b} {c}", d]
    head = ["滨海晨报", "2026年7月14日 星期二 第5版", "闲置边角地变身口袋公园"]
    return "\n".join([*head, *_lines(STORY), "渔民技能大赛落幕 补网高手拿头名", *band]) + "\n"


def test_band_lines_between_lone_lines_are_held() -> None:
    """Band lines with one lone line between each two are held down their run: a
    byline's spaced name or a headline's two phrases stand alone, with two lone lines
    or more around them."""
    multi = [True, False] * 6
    split = [["x"]] * len(multi)
    assert held_band(split, multi) == 6
    assert held_band(split, [True, False, False] * 4) == 0


def test_a_band_not_level_is_read_as_columns() -> None:
    text = _page()
    assert read_runs(text) != text


def test_the_columns_are_read_down() -> None:
    """Each column's lines read down the column, not across the row: read as written,
    a line of the second column is followed by the third's. (Which of the band's two
    lines a row's lone line goes with, its phase, is decided by ``level_lines``; the
    first column's opening line may be read apart from the rest.)"""
    out = "".join(read_grid(read_runs(_page()), own_rows=False).split())
    for col in COLUMNS[1:]:
        assert "".join(_lines(col)[:6]) in out
