"""A Chinese headline wrapped over two lines of a narrow column, as pdftotext and pdfminer
write it (one heading line under another, no type size): its second line is no deck of
its own when the break cut a common word (``工程全`` / ``面完工投入运行``: 全面) or fell before a
quoted name or title (``留住`` / ``“烟火气”``) or after one (``“一刻钟便民生活圈”`` /
``覆盖主城区``: a line breaker keeps the quoted words together); a deck as wide as its
headline stays apart, though a word reads across the break (``迎客`` / ``人均``: 客人)."""

from __future__ import annotations

import ocr


def _page(heading: str) -> str:
    return ("第3版\n\n民生\n\n2026年1月12日 星期一\n\n" + heading + "\n\n"
            "本报讯（记者 钟一鸣）记者从市气象台获悉，受暖湿气流影响，本周后半\n"
            "段我市气温明显上升，最高气温可达15℃，市民可适当减少衣物。\n"
            "市气象台提醒，下周初仍有一次冷空气过程，请注意防范。\n")


def _heads(text: str) -> tuple[str | None, ...]:
    art = ocr.process(text, lang="zh", correct=False).articles[0]
    return (art.kicker, *art.headlines, art.subheadline)


def test_a_headline_cut_inside_a_word_is_one_headline() -> None:
    heads = _heads(_page("城北污水处理厂扩建工程全\n面完工投入运行"))
    assert "城北污水处理厂扩建工程全面完工投入运行" in heads


def test_a_headline_wrapped_before_a_quotation_is_one_headline() -> None:
    heads = _heads(_page("老街区改造留住城市\n“烟火气”"))
    assert "老街区改造留住城市“烟火气”" in heads


def test_a_headline_wrapped_after_a_quotation_is_one_headline() -> None:
    heads = _heads(_page("“一刻钟便民生活圈”\n覆盖全部主城区"))
    assert heads == (None, "“一刻钟便民生活圈”覆盖全部主城区", None)


def test_a_deck_longer_than_a_headline_ending_on_a_quotation_stays_apart() -> None:
    heads = _heads(_page("老街区改造留住“烟火气”\n改造后的三条老街将于春节前全部对市民开放"))
    assert "老街区改造留住“烟火气”" in heads
    assert "改造后的三条老街将于春节前全部对市民开放" in heads


def test_a_wrapped_headline_over_its_deck_keeps_the_deck_apart() -> None:
    heads = _heads(_page("城北污水处理厂扩建工程全\n面完工投入运行\n"
                         "日处理能力提高到二十万吨，出水水质达到一级标准"))
    assert "城北污水处理厂扩建工程全面完工投入运行" in heads
    assert "日处理能力提高到二十万吨，出水水质达到一级标准" in heads


def test_a_deck_as_wide_as_its_headline_stays_apart() -> None:
    heads = _heads(_page("新建社区食堂开门迎客\n人均餐费不超过十五元"))
    assert "新建社区食堂开门迎客" in heads and "人均餐费不超过十五元" in heads


def test_a_label_written_after_its_headline_is_its_kicker() -> None:
    """pdfminer writes a kicker set beside its headline after it, a block of its own: a
    label of two letters, no wrapped rest of the headline (which shares its block)."""
    page = ocr.process(_page("市中医院新门诊楼投入使用\n\n健康"), lang="zh", correct=False)
    art = page.articles[0]
    assert (art.kicker, art.headlines) == ("健康", ("市中医院新门诊楼投入使用",))
