"""A credit takes no Chinese block of more than two sentences for its photo's caption.

A Chinese news photo's caption holds one sentence or two, ending at its credit; a
story's paragraph beside the credit often holds more. Where the story's closed paragraph
stands on one side of the credit and the caption on the other, the credit took the
paragraph (the side written first) and the caption was read into the next story
(``caption_places.CAPTION_SENTENCES``: on the study sets' Chinese pages no caption of
360 holds more than two sentences). Census and figures: docs/text-path.md, forty-first
session, branch tx49zh.
"""

from __future__ import annotations

import ocr

PAGE = """夜间门诊开诊首周接诊千余人次

本报讯（记者 蒋文）即日起，市第一人民医院开设内科、
儿科夜间门诊，接诊时间为每天17时30分至21时。

夜间门诊由主治医师以上职称的医生坐诊，挂号费与白天
相同。开诊头三天，夜间门诊共接诊患者1137人次。医院
提醒，夜间门诊不同于急诊，病情危重者请直接前往急诊。

通讯员 柯港 摄

12月9日，市民在市第一人民医院夜间门诊候诊。

渔港迎来开海季

本报讯（记者 王帆）12月8日，沙尾渔港千帆竞发，上百艘
渔船驶出港湾，开始新一季的捕捞作业。
"""


def test_a_paragraph_of_three_sentences_is_no_caption() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption == "12月9日，市民在市第一人民医院夜间门诊候诊。"
    text = "".join("".join(a.paragraphs) for a in page.articles).replace(" ", "")
    assert "开诊头三天，夜间门诊共接诊患者1137人次。" in text
