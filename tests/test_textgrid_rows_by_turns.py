"""A ``pdftotext -layout`` page of two stories, each over three columns whose middle
column is set a little lower than the two beside it: pdftotext writes each printed
row as two rows, the outer columns' lines first, the middle one's alone below, set in.
The second story stands under the first and further right, so no gutter runs down
half the page's gapped lines, and a row set in breaks each gutter's run of gapped rows. Its
white left of the text holds the gutter all the same (``gridcuts.held_lines``): the
page is a grid and is read column by column. Drawn here, in a 党报's style."""

from __future__ import annotations

from ocr.readers.gridcuts import held_lines
from ocr.readers.textgrid import _INNER_GAP, is_grid, read_grid

#: Characters in a column line, cells between two columns' starts, rows in a band.
WIDTH, STEP, ROWS = 10, 22, 5

STORIES = (
    "本报讯（记者 严青）昨天，全市首批十二个社区食堂同时开业，老年人凭卡就餐可享受八折优惠。"
    "食堂由街道提供场地，引入专业餐饮企业运营，每天供应早中晚三餐，菜品价格公示上墙。"
    "家住北门社区的周大爷说，以前一个人懒得做饭，现在走几分钟就能吃上热乎饭菜，"
    "子女也放心多了。市民政局表示，年底前社区食堂将增至四十个，覆盖全部中心城区街道。",
    "本报讯（记者 葛文涛）记者从市交通运输局获悉，城北客运站改造工程日前完工，将于下月起恢复运营。"
    "改造后的候车大厅面积扩大一倍，新增自助售票机十台、母婴室和无障碍卫生间，"
    "站前广场同步增设公交首末站，开通至火车站、市中心和大学城的三条接驳线路，"
    "旅客换乘时间平均缩短约十分钟。客运站还将试行夜间班车，方便返乡务工人员出行。",
)


def _columns(text: str) -> list[list[str]]:
    """The story's opening cut into three columns of ``ROWS`` lines of ``WIDTH``
    characters."""
    lines = [text[i : i + WIDTH] for i in range(0, WIDTH * 3 * ROWS, WIDTH)]
    return [lines[k * ROWS : (k + 1) * ROWS] for k in range(3)]


def _page() -> str:
    """The two stories as pdftotext -layout writes them (a Chinese character one cell
    of text, its width two), the second band set in by two columns, a blank row
    between them."""
    rows: list[str] = ["澜溪日报", ""]
    for n, story in enumerate(STORIES):
        left, middle, right = _columns(story)
        x = n * 2 * STEP
        for a, b, c in zip(left, middle, right, strict=True):
            rows.append(((" " * x + a).ljust(x + 2 * STEP) + c).rstrip())  # the outer columns' row
            rows.append(" " * (x + STEP) + b)  # the middle column's, a little lower
        rows.append("")
    return "\n".join(rows) + "\n"


def test_no_gutter_holds_half_the_gapped_lines_but_set_in_rows_hold_each_band() -> None:
    lines = _page().split("\n")
    gapped = sum(1 for ln in lines if _INNER_GAP.search(ln))
    assert gapped == 2 * ROWS  # the outer columns' rows; each band's gap at its own x
    # Counted by gaps inside a line alone, each band's run would break at every middle
    # column's row (none held); the set-in rows carry it: every row of the bands is held.
    assert held_lines(lines, _INNER_GAP) == 2 * 2 * ROWS
    assert is_grid(lines)


def test_each_column_is_read_whole_in_its_order() -> None:
    text = _page()
    out = read_grid(text)
    assert out != text
    for story in STORIES:
        body = story[: WIDTH * 3 * ROWS]
        flat = "".join(ln.strip() for ln in out.split("\n"))
        # each column's lines follow one another, and the columns in their order
        assert body in flat
