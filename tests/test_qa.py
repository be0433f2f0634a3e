"""QA diff: figures checked against an independent edit distance written here."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from ocr.cli import main
from ocr.errors import InputError
from ocr.model import Article, Page, Source
from ocr.qa import Segment, compare, match_segments
from ocr.qa_load import diff_paths, load_doc
from ocr.qa_report import to_html
from ocr.readers.json import read_json
from ocr.writers.json import json_bytes

QA = FIXTURES / "qa"
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


# --- an independent reference: plain dynamic programming ---------------------------


def dp_distance(a: list[str], b: list[str]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def ref_chars(text: str) -> list[str]:
    """Characters as the brief defines them (fixture texts have no combining marks)."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    chars = list(text)
    return [c for i, c in enumerate(chars) if not (
        c == " " and (CJK.match(chars[i - 1]) or CJK.match(chars[i + 1])))]


def ref_words(text: str) -> list[str]:
    out: list[str] = []
    for token in unicodedata.normalize("NFC", text).split():
        out += re.findall(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]|"
                          r"[^\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+", token)
    return out


def json_text(path: Path) -> list[tuple[str, str]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return [(a["id"], " ".join([a["kicker"] or "", *a["headlines"], a["byline"] or "",
                               *a["paragraphs"]])) for a in doc["articles"]]


def alto_text(path: Path) -> str:
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    return " ".join(root.xpath("//*[local-name()='String']/@CONTENT"))


def independent(ref: str, hyp: str) -> tuple[int, int, int, int]:
    rc, hc, rw, hw = ref_chars(ref), ref_chars(hyp), ref_words(ref), ref_words(hyp)
    return len(rc), dp_distance(rc, hc), len(rw), dp_distance(rw, hw)


# --- figures -------------------------------------------------------------------------


def test_fixture_figures_equal_independent_dp() -> None:
    report = diff_paths(QA / "expected", QA / "actual")
    pages = {p.page_id: p for p in report.pages}
    assert set(pages) == {"en-front", "zh-local", "missing", "extra"}

    exp_en = json_text(QA / "expected/en-front.json")
    act_en = json_text(QA / "actual/en-front.json")
    en = pages["en-front"]
    want = independent(" ".join(t for _, t in exp_en), " ".join(t for _, t in act_en))
    c = en.counts
    assert (c.ref_chars, c.char_edits, c.ref_words, c.word_edits) == want
    # per article: matched by content, each compared with its own counterpart
    act_by_id = dict(act_en)
    assert en.articles
    for seg in en.segments:
        assert seg.ref and seg.hyp and seg.ref.id == seg.hyp.id
        want = independent(dict(exp_en)[seg.ref.id], act_by_id[seg.hyp.id])
        sc = seg.counts
        assert (sc.ref_chars, sc.char_edits, sc.ref_words, sc.word_edits) == want

    zh = pages["zh-local"].counts
    want = independent((QA / "expected/zh-local.txt").read_text(encoding="utf-8"),
                       alto_text(QA / "actual/zh-local.alto.xml"))
    assert (zh.ref_chars, zh.char_edits, zh.ref_words, zh.word_edits) == want
    assert zh.char_edits == 2  # 入->人, 千->干; the engine's spaces between CJK runs count not

    missing = pages["missing"].counts
    assert missing.char_edits == missing.ref_chars > 0
    # whole set: micro-averaged over the pages with expected text (extra pages not counted)
    counted = [pages[k].counts for k in ("en-front", "zh-local", "missing")]
    assert report.total.ref_chars == sum(c.ref_chars for c in counted)
    assert report.total.cer == pytest.approx(
        sum(c.char_edits for c in counted) / sum(c.ref_chars for c in counted))
    assert report.total.wer == pytest.approx(
        sum(c.word_edits for c in counted) / sum(c.ref_words for c in counted))


def test_order_free_rates_separate_reordering_from_misreading() -> None:
    report = diff_paths(QA / "expected/en-front.json", QA / "actual/en-front.json")
    page = report.pages[0]
    assert page.counts.cer > 0.3  # the articles came in another order
    assert page.counts.cer_bag < 0.02  # ...but almost every character was read right
    for seg in page.segments:  # article by article the order is right: both rates agree
        assert seg.counts.cer < 0.03
        assert seg.counts.cer_bag <= seg.counts.cer


def test_cjk_spaces_are_ignored_latin_spaces_count() -> None:
    assert compare("中国 人民 银行", "中国人民银行").char_edits == 0
    assert compare("中国人民银行", "中国人民银行").ref_words == 6
    assert compare("ab cd", "abcd").char_edits == 1
    assert compare("ab  cd\n", "ab cd").char_edits == 0


def test_grapheme_clusters_count_as_one_character() -> None:
    decomposed = "nai\u0308ve"  # i + combining diaeresis: NFC makes it one character
    assert compare(decomposed, "naïve").char_edits == 0
    c = compare("ne\u0301e\u0302", "nee")  # NFC: né + ê, three characters, two misread
    assert (c.ref_chars, c.char_edits) == (3, 2)
    flag = "🇫🇷"  # two code points, one grapheme
    c = compare(f"a{flag}b", "a?b")
    assert (c.ref_chars, c.char_edits) == (3, 1)
    devanagari = "क्षि"  # one or two clusters whatever NFC does, never four characters
    assert compare(devanagari, "").ref_chars < 4


TEXTS = st.text(alphabet="abc xyz中文字。", max_size=30)


@settings(max_examples=150, deadline=None)
@given(TEXTS, TEXTS)
def test_counts_equal_dp_and_bag_is_a_lower_bound(a: str, b: str) -> None:
    c = compare(a, b)
    want = independent(a, b)
    assert (c.ref_chars, c.char_edits, c.ref_words, c.word_edits) == want
    assert c.char_bag <= c.char_edits and c.word_bag <= c.word_edits


def test_articles_matched_by_content_not_position() -> None:
    ref = [Segment("a", "The river bridge was approved on Tuesday"),
           Segment("b", "Library opens on Sundays from next month")]
    hyp = [Segment("x", "Libary opens on Sundys from next month"),
           Segment("y", "Tbe river bridge was aproved on Tuesday"),
           Segment("z", "Completely unrelated weather forecast text")]
    pairs = [(r.id if r else None, h.id if h else None) for r, h, _ in match_segments(ref, hyp)]
    assert pairs == [("a", "y"), ("b", "x"), (None, "z")]


def test_json_reader_round_trips_the_writer() -> None:
    art = Article(id="a1", headlines=("Head",), kicker="KICK", byline="By A. Writer",
                  paragraphs=("One.", "Two."))
    page = Page(id="p9", source=Source("p9.txt", "ab" * 32, "text"), lang="en", articles=(art,))
    path = Path(__file__).parent  # only for the error message
    got = read_json_bytes(json_bytes(page), path)
    assert got.id == "p9" and got.lang == "en"
    assert got.articles[0].headlines == ("Head",) and got.articles[0].paragraphs == ("One.", "Two.")
    assert got.articles[0].kicker == "KICK" and got.articles[0].byline == "By A. Writer"


def read_json_bytes(data: bytes, where: Path) -> Page:
    from ocr.readers.json import page_from_dict

    return page_from_dict(json.loads(data), where)


def test_bad_json_is_an_input_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "page.json"
    bad.write_text('{"articles": [', encoding="utf-8")
    with pytest.raises(InputError, match="page.json: not valid JSON"):
        read_json(bad)
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="not a newsocr page"):
        load_doc(other)


def test_alto_external_entity_is_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    hostile = tmp_path / "evil.xml"
    hostile.write_text(
        f'<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page><PrintSpace>'
        '<TextBlock ID="b1"><TextLine><String CONTENT="&x;"/><String CONTENT="ok"/>'
        "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    try:
        doc = load_doc(hostile)
    except InputError as exc:
        assert "evil.xml" in str(exc)
    else:
        assert "TOPSECRET" not in doc.text


def test_html_escapes_page_text() -> None:
    a, b = Segment("a1", "x <script>alert(1)</script> & y"), Segment("a1", "x <b>bold</b> y")
    from ocr.qa import Doc, compare_docs, summarize

    report = summarize([compare_docs(Doc("p", a.text, (a,), True), Doc("p", b.text, (b,), True))])
    html = to_html(report)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html


# --- the command --------------------------------------------------------------------


def test_cli_json_and_thresholds(capsys: pytest.CaptureFixture[str]) -> None:
    exp, act = str(QA / "expected/zh-local.txt"), str(QA / "actual/zh-local.alto.xml")
    assert main(["diff", exp, act, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "newsocr.qa/1"
    assert data["total"]["char_edits"] == 2 and data["total"]["cer"] == pytest.approx(2 / 98)
    assert main(["diff", exp, act, "--max-cer", "0.03"]) == 0
    assert main(["diff", exp, act, "--max-cer", "0.02"]) == 1
    assert "above --max-cer" in capsys.readouterr().err
    assert main(["diff", exp, act, "--max-wer", "0.01"]) == 1
    assert main(["diff", exp, str(QA / "actual")]) == 2  # a file with a folder: usage error


def test_cli_subprocess_folder_diff_fails_ci_threshold(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ocr.cli", "diff", str(QA / "expected"), str(QA / "actual"),
         "--max-cer", "0.02", "--html", str(tmp_path / "r.html")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert out.returncode == 1, out.stderr
    assert "en-front" in out.stdout and "total (4 pages)" in out.stdout
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.integration
def test_html_report_renders_in_headless_chromium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image

    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    from qa_screenshot import screenshot

    html = tmp_path / "report.html"
    html.write_text(to_html(diff_paths(QA / "expected", QA / "actual")), encoding="utf-8")
    png = tmp_path / "shot.png"
    screenshot(html, png)
    img = Image.open(png).convert("RGB")
    assert img.size == (1200, 900)
    colours = img.getcolors(maxcolors=1 << 20) or []
    white = sum(n for n, c in colours if min(c) > 245)
    assert white < 0.97 * img.size[0] * img.size[1]  # not blank

    def near(rgb: tuple[int, int, int]) -> int:
        return sum(n for n, c in colours if all(abs(c[i] - rgb[i]) <= 6 for i in range(3)))

    # each kind of difference is painted: deleted (red), inserted (green), substituted (amber)
    assert near((0xF8, 0xB4, 0xB4)) > 30
    assert near((0xB4, 0xF0, 0xB4)) > 30
    assert near((0xFD, 0xE6, 0x8A)) > 30


def test_fixture_truth_and_expected_files_are_read_with_their_page_ids() -> None:
    exp = load_doc(FIXTURES / "text" / "en-herald.expected.json")
    assert exp.page_id == "en-herald" and exp.has_articles and len(exp.segments) >= 2
    truth = load_doc(FIXTURES / "images" / "en-3col-colour.truth.json")
    assert truth.page_id == "en-3col-colour" and truth.has_articles
    same = diff_paths(FIXTURES / "text" / "en-herald.expected.json",
                      FIXTURES / "text" / "en-herald.expected.json")
    assert same.total.char_edits == 0 and same.total.ref_chars > 1000
