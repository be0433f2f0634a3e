"""A Chinese story's column tail written after a wire brief goes back where its story
left a sentence open.

pdftotext writes a story's column tail anywhere; here before the story, right after a
wire brief (``新华社…电``) whose lead ends its sentence. The tail opens mid-paragraph (a
full first line), so the walk holds it (``pending_columns``); with no later story ending
mid-sentence it went to the brief. The story it finishes has a column that stops
mid-clause (``…容量达到八百吨，渔``) right before a paragraph's first line, and the two
letters meeting across that cut spell a pair the story uses elsewhere (``渔户``):
``open_gaps.left_open_for`` puts the tail right after that column.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

PAGE = """新华社上海3月2日电（记者 林远）
记者2日从中国气象局获悉，今年春
季全国大部地区气温较常年同期偏
高，南方降水偏多，北方将有两次沙
尘天气过程。

户把刚出水的鲜鱼直接送进冷库，“当
天捕捞、当天冷藏”。

白沙湖冬捕开网 渔户算起“丰收账”

本报记者 韦青山

天还没亮，白沙湖北岸的码头上
已经停满了渔船。渔户周大海带着两
个帮手把渔网一层层拉上船，银白色
的鲢鱼、鳙鱼在网里不停地蹦跳。
“今年的鱼比往年肥，个头也匀。”
周大海一边过秤一边说，他家承包
的水面有三百多亩，今年预计能卖二
十多万元。
往年冬捕最怕的是鱼卖不出去，
只能压价处理。今年，镇上在湖边新
建了一座冷库，容量达到八百吨，渔

据县农业农村局介绍，今年全县
冬捕计划捕捞成鱼四千吨，目前已完
成六成，鲜鱼主要销往周边城市的农
贸市场和连锁超市。
县里还组织电商企业开直播间，
帮助渔户把湖鲜卖到更远的地方。
"""


def test_held_tail_goes_where_its_story_left_off() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = "".join(article_holding(page, "冬捕").paragraphs)
    assert "八百吨，渔户把刚出水的鲜鱼直接送进冷库" in story
    brief = "".join(article_holding(page, "沙尘天气").paragraphs)
    assert "冷库" not in brief


def test_column_of_another_subject_stays() -> None:
    # A held column that the cut's letters spell no pair with (``渔`` / ``各``) and that
    # shares few pairs with the story is none of its: it goes on with the brief.
    tail = "户把刚出水的鲜鱼直接送进冷库，“当\n天捕捞、当天冷藏”。"
    weather = "各地气象台将适时发布沙尘天气预\n警，提醒公众减少户外活动。"
    page = ocr.process(PAGE.replace(tail, weather), lang="zh", correct=False)
    story = "".join(article_holding(page, "冬捕").paragraphs)
    assert "气象台" not in story
    assert "八百吨，渔" in story
