"""A Chinese band of columns side by side under single-column items (``pdftotext
-layout``): four lines of three columns are a grid, however few against the page.

Chinese running text holds no run of spaces between two of its characters, so a few
lines with such runs down one gutter are columns, where English needs more lines
(pdfminer's double spaces between justified words). The page is drawn here.
"""

from __future__ import annotations

from ocr.readers.textgrid import is_grid, read_grid

STORY = """\
                 非遗展演周开幕 百余个项目集中亮相
  本报讯（记者 赵雪）6月8日，第五届清河非
物质文化遗产展演周在市民文化广场开幕。来自全
市各区县的120余个非遗项目、300多名传承人参
加展演，现场吸引了上万名市民游客驻足观看。
  在展区内，剪纸、竹编、木雕、刺绣等传统技
艺一一呈现，不少摊位前排起了长队。竹编技艺传
承人李秀兰说，她这次专门带来了几个徒弟，现场
教市民编织小物件。
  舞台上，地方戏曲、民间舞蹈轮番上演，花鼓
戏选段《刘海砍樵》引来阵阵掌声。展演周期间，
主办方还将举办非遗进校园、非遗美食市集、传承
人访谈等活动。
  据介绍，我市现有国家级非遗项目7项、省级
项目46项，各级代表性传承人280余名。


                             市民在展演周现场体验传统竹编技艺。
                                                                      本报记者 王晓琳 摄


  本报讯（记者 许嘉 通讯员 宋扬）近日，市红
十字会组织开展“无偿献血 热血助人”主题活
动，共有236名爱心人士参与献血，献血总量达7.8
万毫升。


"""
COL1 = ["  本报讯（记者 李沐阳）记者昨日从市交通", "运输局获悉，经过近半年的调研和意见征集，",
        "我市公交线网新一轮优化调整方案已全部实施", "到位，共优化线路38条，新增站点112个，撤"]
COL2 = ["并重复站点27个。", "  此次调整重点解决了城北新区、高新园区",
        "等区域“出行难、换乘多”的问题。新开通的", "快线直连火车站和大学城，高峰期发车间隔"]
COL3 = ["压缩至6分钟；城北片区新开3条社区微循环", "线路，采用中小型纯电动公交车，串联小区、",
        "学校、菜市场和地铁站。", "              （下转第4版）"]


def _page() -> str:
    band = "\n".join(f"{a:<24}\u3000{b:<24}\u3000{c}".replace("\u3000", "    ")
                     for a, b, c in zip(COL1, COL2, COL3, strict=True))
    head = " " * 20 + "清河公交线网完成新一轮调整\n"
    return STORY + head + band + "\n\n\n责任编辑：王晓琳\n"


def test_a_few_chinese_lines_down_one_gutter_are_a_grid() -> None:
    assert is_grid(_page().split("\n"))


def test_the_band_is_read_column_by_column() -> None:
    flat = "".join(read_grid(_page()).split())
    assert "".join(x.strip() for x in COL1 + COL2 + COL3).replace(" ", "") in flat.replace(" ", "")


def test_a_chinese_page_without_such_a_band_is_no_grid() -> None:
    assert not is_grid(STORY.split("\n"))
