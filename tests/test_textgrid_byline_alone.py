"""A Chinese bracketed byline alone on its line (``本报讯（记者 …）``) ends no sentence:
the story's first sentence goes on under it. Its closing bracket passed for a
sentence's end, so where the story beside it opened a line lower (its own byline in
the middle of its column), the columns were cut across between the byline and the
text it heads, and the byline went with the headlines above (``pdftotext -layout``;
ocr/readers/textgrid.py, ``_ends_above``)."""

from __future__ import annotations

from conftest import layout_grid

from ocr.readers.textgrid import read_grid

LEFT = [
    "经济",
    "",
    "城南物流园二期项目开工建设",
    "",
    "总投资12亿元，建成后年吞吐量翻番",
    "",
    "   本报讯（记者 邵明远 通讯员 蒋晴）",
    "11月18日，城南物流园二期项目正式开",
    "工。项目位于城南高速出口附近，规划",
    "建设仓储用房、分拣中心和冷链仓库，",
    "总建筑面积约26万平方米。",
    "  据介绍，二期项目建成后，物流园年",
    "吞吐量将由目前的300万吨提高到650",
    "万吨，可新增就业岗位1500个左右。",
]
RIGHT = [
    "一起物业服务合同纠纷",
    "",
    "调解结案",
    "",
    "小区业主与物业公司握手言和",
    "   本报讯（记者 钟雨 通讯员 程立）",
    "",
    "11月17日，东城区人民法院成功调解",
    "一起物业服务合同纠纷，120余户业主",
    "与物业公司当场签订调解协议，约定由",
    "物业公司限期整改绿化和安保问题。",
    "  承办法官介绍，双方争议主要集中在",
    "服务标准和收费调整两个方面，法院邀",
    "请社区干部参与调解，促成双方和解。",
]


def _page() -> str:
    return layout_grid([LEFT, RIGHT], 40)


def test_a_byline_alone_stays_with_the_text_it_heads() -> None:
    blocks = read_grid(_page()).split("\n\n")
    byline = next(b for b in blocks if "钟雨" in b)
    assert "11月17日，东城区人民法院" in byline


def test_the_story_beside_it_keeps_its_columns() -> None:
    blocks = read_grid(_page()).split("\n\n")
    left = next(b for b in blocks if "邵明远" in b)
    assert "万吨，可新增就业岗位" in left
    assert "钟雨" not in left
