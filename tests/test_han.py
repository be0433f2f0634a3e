"""Chinese correction with the character trigram model (ocr/correct/han_lm.py): look-alike
misreadings fixed by the characters around them, correct text left as it is.

The sentences are written for these tests in the style of local news, each with one
character swapped for one that OCR confuses it with.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocr.correct import correct, correct_text
from ocr.correct.confusions import learn_han_pairs, read_learned
from ocr.correct.han_lm import HashTable, char_model
from ocr.errors import InputError, ProfileError
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Source, Spans, Word
from ocr.profiles import load_profile
from ocr.word_spans import line_index, word_spans


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # Real-word errors: the misread character still stands as a word (着, 牛, 子, 厂),
        # so only the characters around it tell.
        (
            "学校组织学生参观了历史博物馆，同学们着得很认真。",
            "学校组织学生参观了历史博物馆，同学们看得很认真。",
        ),
        ("他在比赛牛获得了第一名，为国争光。", "他在比赛中获得了第一名，为国争光。"),
        ("警方提醒厂大市民注意防范电信诈骗。", "警方提醒广大市民注意防范电信诈骗。"),
        (
            "记者子解到，该项目计划于下半年正式投入使用。",
            "记者了解到，该项目计划于下半年正式投入使用。",
        ),
    ],
)
def test_a_misreading_that_is_a_word_is_fixed_by_its_neighbours(read: str, fixed: str) -> None:
    out, props = correct_text(read)
    assert out == fixed
    assert len(props) == 1 and "character context" in props[0].reason
    assert read[props[0].start : props[0].end] == props[0].original


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        (
            "市长在会仪上强调，要加快推进老旧小区改造。",
            "市长在会议上强调，要加快推进老旧小区改造。",
        ),
        ("据人民曰报报道，今年粮食产量再创新高。", "据人民日报报道，今年粮食产量再创新高。"),
        ("他们在会上讨沦了明年的工作计划。", "他们在会上讨论了明年的工作计划。"),
        ("经济发晨的速度明显加快。", "经济发展的速度明显加快。"),
        (
            "今天上午，省委书记到企业调研，了解生产经营请况。",
            "今天上午，省委书记到企业调研，了解生产经营情况。",
        ),
    ],
)
def test_a_misreading_that_breaks_a_word_is_fixed(read: str, fixed: str) -> None:
    """The word search proposes these; the character model agrees."""
    assert correct_text(read)[0] == fixed


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("老人脸色苍日，被送往医院救治。", "老人脸色苍白，被送往医院救治。"),
        ("该市违续三年获评全国文明城市。", "该市连续三年获评全国文明城市。"),
    ],
)
def test_a_look_alike_in_most_faces_is_fixed(read: str, fixed: str) -> None:
    """日/白 and 违/连 are not among each other's eight nearest glyphs in WenQuanYi Micro
    Hei, but in Ming, Song, Kai and bold faces they are (``scripts/make_confusions.py``);
    the same characters printed right stay."""
    out, props = correct_text(read)
    assert out == fixed and len(props) == 1 and "visual" in props[0].reason
    assert correct_text(fixed) == (fixed, [])


CLEAN = (
    "天气预报说明天有大雨，请大家出门带好雨具。",
    "这家工厂去年的产值比前年增长了百分之二十。",
    "全市中小学将于九月一日正式开学。",
    "本报讯，昨日下午，太仓市委召开常委会议，研究部署下一阶段工作。",
    "张晓梅老师在这所小学教了三十年书，桃李满天下。",
    "今年春节期间，全县共接待游客十二万人次，旅游收入同比增长百分之十五。",
    "交通部门提醒，节假日期间高速公路车流量较大，请合理安排出行时间。",
    "消防队员赶到现场后，迅速扑灭了大火，没有造成人员伤亡。",
    "李华和刘明是大学同学，毕业后一起创办了一家公司。",
    "省气象台发布暴雨黄色预警，沿江地区需防范山洪和地质灾害。",
    "社区志愿者每周都会上门看望独居老人，帮他们买菜做饭。",
    "王建国说，这次活动办得非常成功。",
    # the printed character already makes a word with its neighbour (设有, 开跑): the
    # model's liking for a commoner word (没有, 开炮) must not turn it
    "新建的社区图书馆藏书八千册，设有阅览区和自助借还设备。",
    "城市马拉松将于十月鸣枪开跑，设全程和半程两个项目。",
)


@pytest.mark.parametrize("text", CLEAN)
def test_correct_chinese_text_is_left_as_it_is(text: str) -> None:
    assert correct_text(text) == (text, [])


@pytest.mark.parametrize(
    "text",
    [
        # 筒 read for 局: 教育司 (a ministry's department) fits nearly as well as 教育局
        "记者从市教育筒获悉，全市中小学将于九月一日正式开学。",
        # 根 read for 要: 很努力 fits nearly as well as 要努力
        "我们根努力提高服务质量，让群众满意。",
    ],
)
def test_the_model_alone_leaves_a_character_two_candidates_fit(text: str) -> None:
    """Where two of a misread character's candidates fit its neighbours about as well
    (``han_swaps.LM_MARGIN``), the model alone cannot tell which was printed: it picked
    the wrong one (司, 很) when a lead of 1 log10 was enough."""
    assert correct_text(text) == (text, [])


def test_a_protected_word_is_not_changed_by_the_character_model(tmp_path: Path) -> None:
    """A title's own word (a shop called 厂大) outranks the model's taste for 广大."""
    path = tmp_path / "title.toml"
    path.write_text('extends = "generic"\n[correction]\nprotected = ["厂大"]\n', encoding="utf-8")
    text = "警方提醒厂大市民注意防范电信诈骗。"
    assert correct_text(text, load_profile(path))[0] == text
    assert correct_text(text)[0] != text


def test_tesseract_confidence_decides_what_the_character_model_may_change() -> None:
    """Tesseract reads Chinese in short words with a confidence each: the model's swap
    (牛 -> 中, 4.1 log10) goes through where the word was read with doubt or fair
    confidence and is vetoed where the engine was sure (``max_confidence``)."""

    def run(conf: float) -> list[tuple[str, str]]:
        words = [("他在", 0.93), ("比赛牛", conf), ("获得了", 0.92), ("第一名，", 0.9)]
        out, x = [], 10
        for text, c in words:
            out.append(Word(text, Box(x, 10, 24 * len(text), 24), c))
            x += 24 * len(text)
        line = Line(tuple(out), Box.enclosing([w.box for w in out if w.box]))
        block = Block("b1", BlockKind.BODY, (line,))
        para = "他在比赛牛获得了第一名，"
        article = Article("a1", paragraphs=(para,), block_ids=("b1",))
        page = Page(
            "p", Source(None, "0" * 64, "image"), "zh", blocks=(block,), articles=(article,)
        )
        spans = Spans("paragraph", 0, word_spans(para, [line], line_index(page)))
        page = dataclasses.replace(page, articles=(dataclasses.replace(article, spans=(spans,)),))
        fixed = correct(page)
        return [(c.original, c.corrected) for c in fixed.corrections]

    assert run(0.4) == [("牛", "中")]
    assert run(0.8) == [("牛", "中")]
    assert run(0.97) == []


_TEXT = "记者了解到该项目计划于下半年正式投入使用，市民可以查询公交车到站时间。"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_TEXT, min_size=1, max_size=20), st.data())
def test_gain_of_a_swap_equals_the_change_of_the_whole_score(
    text: str, data: st.DataObject
) -> None:
    """``gains`` rescores three positions per candidate; it must equal rescoring all."""
    model = char_model()
    pos = data.draw(st.lists(st.integers(0, len(text) - 1), min_size=1, max_size=6))
    other = data.draw(st.lists(st.sampled_from(_TEXT), min_size=len(pos), max_size=len(pos)))
    got = model.gains(
        text, np.array(pos, dtype=np.int64), np.array([ord(o) for o in other], dtype=np.uint64)
    )
    for k, o, g in zip(pos, other, got, strict=True):
        changed = text[:k] + o + text[k + 1 :]
        assert g == pytest.approx(model.logp(changed) - model.logp(text), abs=1e-3)


def test_a_lone_surrogate_is_read_past() -> None:
    """A caller's text decoded with ``surrogateescape`` holds lone surrogates: they are
    no Han and have no candidates, and the misread character beside them is still fixed
    as in the same text without them."""
    text = "他是我的女朋反"
    fixed = correct_text(text)[0]
    assert fixed == "他是我的女朋友"
    assert correct_text("\udcff" + text)[0] == "\udcff" + fixed


def test_hash_table_finds_every_key_and_nothing_else() -> None:
    rng = np.random.default_rng(14)
    keys = np.unique(rng.integers(1, 2**63, 5000, dtype=np.int64).astype(np.uint64))
    quanta = rng.integers(0, 256, len(keys)).astype(np.uint8)
    table = HashTable(keys, quanta, -0.05)
    assert np.allclose(table.get(keys), quanta * np.float32(-0.05))
    absent = keys + np.uint64(1)
    absent = absent[~np.isin(absent, keys)]
    assert np.isnan(table.get(absent)).all()


# -- confusion tables learned from a title's own OCR and its corrected text -------------


def _profile_with_table(tmp_path: Path, table: str) -> Path:
    (tmp_path / "engine.tsv").write_text(table, encoding="utf-8")
    prof = tmp_path / "title.toml"
    prof.write_text('extends = "generic"\n[correction]\nconfusions = ["engine.tsv"]\n',
                    encoding="utf-8")
    return prof


def test_learned_pairs_count_misreadings_and_right_reads() -> None:
    counts = learn_han_pairs([
        ("天气越来赴冷了", "天气越来越冷了"),
        ("市民可以查伺公交车到站时间", "市民可以查询公交车到站时间"),
        ("记者了解到", "记者了解到该项目"),  # text the OCR lost is no misreading
    ])
    assert counts["赴", "越"] == 1 and counts["伺", "询"] == 1
    assert counts["越", "越"] == 1 and counts["记", "记"] == 1  # read right
    assert not any(a != b for a, b in counts if a in "该项目" or b in "该项目")


def test_a_learned_table_fixes_what_no_shipped_table_lists(tmp_path: Path) -> None:
    """赴 for 越 is in neither the rendered look-alikes nor Tesseract's table: only the
    reader's own engine's misreadings teach it; a right 赴 stays."""
    prof = load_profile(_profile_with_table(tmp_path, "# learned\n赴\t越:3\n越\t越:40\n"))
    assert correct_text("天气越来赴冷，大家要多穿衣服。")[0] == "天气越来赴冷，大家要多穿衣服。"
    fixed, props = correct_text("天气越来赴冷，大家要多穿衣服。", prof)
    assert fixed == "天气越来越冷，大家要多穿衣服。"
    assert "赴>越" in props[0].reason
    assert correct_text("他明天赴京参加会议。", prof)[0] == "他明天赴京参加会议。"


def test_a_character_between_spaces_is_not_changed_by_context_alone(tmp_path: Path) -> None:
    """A letter-spaced heading (``考 生 不 得 入 场``) gives a character no neighbours: the
    commoner character (人) would always win on frequency alone."""
    prof = load_profile(_profile_with_table(tmp_path, "入\t人:50\n"))
    for text in ("开 考 后 不 得 入 场", "开考后不得入场。"):
        assert correct_text(text, prof)[0] == text


def test_a_missing_or_malformed_confusion_table_is_refused(tmp_path: Path) -> None:
    prof = tmp_path / "title.toml"
    prof.write_text('[correction]\nconfusions = ["nowhere.tsv"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="nowhere.tsv"):
        load_profile(prof)
    (tmp_path / "bom").mkdir()  # (tables are read once per path and process)
    with_bom = _profile_with_table(tmp_path / "bom", "\ufeff赴\t越:3\r\n越\t越:40\r\n")
    assert correct_text("天气越来赴冷，大家要多穿衣服。", load_profile(with_bom))[0] == (
        "天气越来越冷，大家要多穿衣服。")
    bad = _profile_with_table(tmp_path, "赴\t越:3\n赴\t越3\n")
    with pytest.raises(InputError, match=r"engine\.tsv.*line 2"):
        correct_text("天气越来赴冷", load_profile(bad))


def test_the_script_learns_a_table_a_profile_can_name(tmp_path: Path) -> None:
    from scripts.make_ocr_confusions import main

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("天气越来赴冷了\t天气越来越冷了\n1\t市民可以查伺公交\t市民可以查询公交\n",
                     encoding="utf-8")
    out = tmp_path / "engine.tsv"
    assert main(["--learn", str(pairs), "--out", str(out)]) == 0
    table = read_learned(out)
    assert table["赴"] == {"越": 1} and table["伺"] == {"询": 1} and table["越"] == {"越": 1}
    assert main(["--learn", str(tmp_path / "none.tsv"), "--out", str(out)]) == 2
    shipped = Path(__file__).resolve().parent.parent / "ocr" / "correct" / "data"
    before = (shipped / "zh_ocr.tsv").read_bytes()
    for spelled in (shipped / ".." / "data" / "zh_ocr.tsv", shipped / "zh_visual.tsv"):
        assert main(["--learn", str(pairs), "--out", str(spelled)]) == 2  # however spelled
    assert (shipped / "zh_ocr.tsv").read_bytes() == before
