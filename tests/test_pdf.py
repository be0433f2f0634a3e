"""PDF pages: text layers read exactly through the shared layout and stages; scans OCR'd.

The PDFs are drawn here with reportlab and real TrueType fonts (DejaVu, WenQuanYi, as
the Makefile installs them), so the text, positions and sizes are known exactly.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from lxml import etree
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import ocr
from ocr.alto_vocab import ALTO_NS
from ocr.errors import InputError
from ocr.pipeline import read_pages
from ocr.writers.alto import alto_bytes
from ocr.writers.json import page_dict
from ocr.writers.text import text_str

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DEVSET = ROOT.parent / "shared" / "devset" / "textpdf"
PX = 300 / 72


HEADLINE = "Council approves new water plant"
COL1 = [
    "The city council voted on Tuesday night to",
    "build a water treatment plant on Mill Road,",
    "ending three years of argument over the ﬁnal",
    "design of the works.",
    "    The vote clears the way for construc-",
    "tion to begin next spring, said the rnodern",
    "council president.",
]
COL2 = [
    "Rates will rise four percent in January and",
    "three percent the year after, according to",
    "figures from the finance department.",
    "    About sixty residents attended the meet-",
    "ing, which ran past eleven at night.",
]


def _fonts() -> None:
    for name, file in (("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(DEJAVU / file)))


def _wqy() -> None:
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", str(WQY), subfontIndex=0))


def _column(c: canvas.Canvas, x: float, y: float, lines: list[str]) -> None:
    for line in lines:
        indent = 9.0 if line.startswith("    ") else 0.0
        c.drawString(x + indent, y, line.strip())
        y -= 12


def draw_news_page(c: canvas.Canvas, headline: str = HEADLINE) -> None:
    """One article: a bold 24 pt headline over two 9 pt columns, and a folio rule."""
    c.setFont("Serif", 8)
    c.drawString(40, 800, "FRIDAY, JUNE 21, 2024")
    c.setLineWidth(1)
    c.line(40, 790, 555, 790)
    c.setFont("Serif-Bold", 24)
    c.drawString(40, 750, headline)
    c.setFont("Serif", 9)
    _column(c, 40, 715, COL1)
    _column(c, 300, 715, COL2)


def make_pdf(path: Path, pages: int = 1, **kw: object) -> Path:
    _fonts()
    c = canvas.Canvas(str(path), pagesize=A4, **kw)  # type: ignore[arg-type]
    for n in range(pages):
        draw_news_page(c, HEADLINE if n == 0 else f"Second page story {n + 1}")
        c.showPage()
    c.save()
    return path


def test_text_layer_page_reads_exactly(tmp_path: Path) -> None:
    page = ocr.process(make_pdf(tmp_path / "news.pdf"))
    assert page.source.kind == "pdf"
    assert [a.headlines for a in page.articles] == [(HEADLINE,)]
    paras = page.articles[0].paragraphs
    # Ligature expanded, hyphenated words joined, no dictionary correction of "rnodern".
    assert paras[0].startswith("The city council voted on Tuesday night to build a water")
    assert "over the final design of the works." in paras[0]
    assert paras[1:] == (
        "The vote clears the way for construction to begin next spring, "
        "said the rnodern council president.",
        "Rates will rise four percent in January and three percent the year after, "
        "according to figures from the finance department.",
        "About sixty residents attended the meeting, which ran past eleven at night.",
    )
    assert page.corrections == ()
    words = [w for b in page.blocks for ln in b.lines for w in ln.words]
    assert words and all(w.confidence == 1.0 for w in words)
    head = next(b for b in page.blocks if b.kind == "headline")
    assert head.font_size == 24.0 and head.bold
    body = [b for b in page.blocks if b.kind == "body"]
    assert {b.font_size for b in body} == {9.0} and not any(b.bold for b in body)
    # Real coordinates: the headline starts at x = 40 pt, its baseline at y = 750 pt from
    # the foot of the page; only descenders reach below it.
    assert head.box is not None
    assert abs(head.box.x - 40 * PX) <= 2 * PX
    baseline = (A4[1] - 750) * PX
    assert baseline - 2 <= head.box.bottom <= baseline + 0.3 * 24 * PX
    assert page.size == (round(595.2756 * PX), round(841.8898 * PX))
    assert any(f == "FRIDAY, JUNE 21, 2024" for f in page_dict(page)["furniture"])


FERRY = [  # one story's three columns: sentences run on across the column breaks
    ["Ferry service to the islands will", "start again in the autumn, the",
     "harbor board said on Monday,", "two years later than it first",
     "promised and four million dollars", "over the budget it set when",
     "work on the terminal began."],
    ["The board blamed the delays on", "the weather and on a shortage of",
     "steel for the new pier.", "Delays at the quay", "Builders said the concrete for",
     "the quay had to be poured twice", "after the spring floods."],
    ["Tickets will go on sale in", "August at the terminal and on",
     "the board's website, and fares", "will stay at last year's level",
     "for the first season, the board", "said in its statement on", "Monday evening.",
     "Please see FERRY, Page", "A7"],
]
CROSSHEAD = FERRY[1][3]
PIER = ["Workers began to repair the old pier", "on Sunday after a storm tore away",
        "part of its deck last week."]


def draw_centred_page(path: Path) -> Path:
    """A story in three columns under a headline centred over its last two (with a
    bold crosshead), then a photo, its caption, and a second story's byline and text."""
    _fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Serif", 8)
    c.drawString(40, 800, "FRIDAY, JUNE 21, 2024")
    c.line(40, 790, 555, 790)
    c.setFont("Serif-Bold", 22)
    c.drawCentredString(392, 755, "Ferry terminal opens late")
    for x, lines in zip((40, 215, 390), FERRY, strict=True):
        y = 720.0
        for line in lines:
            c.setFont("Serif-Bold" if line == CROSSHEAD else "Serif", 9)
            c.drawString(x, y, line)
            y -= 12
    c.line(40, 620, 555, 620)
    c.rect(40, 420, 340, 180, fill=1)
    c.setFont("Serif", 7)
    c.drawString(40, 408, "The old pier at dawn on Sunday.")
    c.setFont("Serif-Bold", 7.5)
    c.drawString(40, 388, "By ANNA LEE")
    c.setFont("Serif", 9)
    _column(c, 40, 374, PIER)
    c.showPage()
    c.save()
    return path


def test_centred_headline_crosshead_and_byline_under_a_photo(tmp_path: Path) -> None:
    """The story's first column, outside its centred headline's span, is read first; a
    bold crosshead is a paragraph of its own; a byline set under a photo's caption stays
    the next story's byline, not a second caption."""
    page = ocr.process(draw_centred_page(tmp_path / "centred.pdf"))
    ferry = next(a for a in page.articles if a.headlines == ("Ferry terminal opens late",))
    assert ferry.paragraphs[0].startswith("Ferry service to the islands will start again")
    assert ferry.paragraphs[1] == CROSSHEAD
    assert ferry.paragraphs[2].startswith("Builders said")
    # A jump line wrapped at the column's end is the story's jump, not its text.
    assert ferry.paragraphs[2].endswith("Monday evening.")
    assert ferry.jump is not None and ferry.jump.page == "A7"
    pier = next(a for a in page.articles if a is not ferry)
    assert pier.byline == "By ANNA LEE"
    assert pier.paragraphs == (" ".join(PIER),)
    assert [p.caption for p in page.photos] == ["The old pier at dawn on Sunday."]


def test_alto_from_pdf_has_sizes_bold_and_validates(tmp_path: Path) -> None:
    from test_alto_writer import assert_valid

    page = ocr.process(make_pdf(tmp_path / "news.pdf"))
    root = assert_valid(alto_bytes(page))
    styles = root.findall(".//a:TextStyle", {"a": ALTO_NS})
    assert {(s.get("FONTSIZE"), s.get("FONTSTYLE")) for s in styles} >= {("24", "bold"),
                                                                         ("9", None)}
    steps = [e.text for e in root.iter(f"{{{ALTO_NS}}}processingStepDescription")]
    assert any("text layer" in (s or "") for s in steps)
    pg = root.find(".//a:Page", {"a": ALTO_NS})
    assert pg is not None and pg.get("WIDTH") == str(page.size[0])  # type: ignore[index]


def test_multi_page_pdf_names_and_selection(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "issue.pdf", pages=3)
    pages = read_pages(path)
    assert [p.id for p in pages] == ["issue-p1", "issue-p2", "issue-p3"]
    from ocr.readers.pdf import read_pdf

    second = read_pdf(path, pages=[2])
    assert [p.id for p in second] == ["issue-p2"]
    with pytest.raises(InputError, match="no page 4"):
        read_pdf(path, pages=[4])


@pytest.mark.skipif(not WQY.exists(), reason="WenQuanYi Micro Hei not installed")
def test_chinese_page_cjk_punctuation_and_latin(tmp_path: Path) -> None:
    _wqy()
    path = tmp_path / "zh.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("WQY", 26)
    c.drawString(40, 760, "城市地铁三号线开工")
    c.setFont("WQY", 10)
    lines = ["本报讯（记者王硕）今年GDP增长5.2%，", "地铁3号线全长28.6公里，共设21座车站。",
             "市民表示：“出行更方便了。”"]
    for i, line in enumerate(lines):
        c.drawString(40, 720 - 14 * i, line)
    c.showPage()
    c.save()
    page = ocr.process(path)
    assert page.lang == "zh"
    assert page.articles and page.articles[0].headlines == ("城市地铁三号线开工",)
    article = page.articles[0]
    text = (article.byline or "") + "".join(article.paragraphs)
    assert text.replace(" ", "") == "".join(lines)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ocr.cli", *args], capture_output=True,
                          text=True, timeout=120)


def test_bad_pdfs_fail_alone_with_one_line(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf")
    locked = make_pdf(tmp_path / "locked.pdf", encrypt="secret")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:300])
    empty = tmp_path / "nopages.pdf"
    empty.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                            b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    loop = tmp_path / "loop.pdf"  # a page tree whose only kid is the tree itself
    loop.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                           b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]))
    out = tmp_path / "out"
    res = _run("process", str(good), str(locked), str(truncated), str(empty), str(loop),
               "-o", str(out), "--format", "json", "-q")
    assert res.returncode == 1
    errors = [ln for ln in res.stderr.splitlines() if "error" in ln]
    assert len(errors) == 4, res.stderr
    assert any("locked.pdf" in e and "encrypted" in e for e in errors)
    for name in ("truncated.pdf", "nopages.pdf", "loop.pdf"):
        assert any(name in e for e in errors), res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]


def _pdf(objects: list[bytes]) -> bytes:
    """A minimal PDF with a correct cross-reference table around ``objects``."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_oversized_text_layer_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ocr.readers import pdf

    path = tmp_path / "huge.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 1)
    text = c.beginText(10, 830)
    for _ in range(400):
        text.textLine("x" * 500)
    c.drawText(text)
    c.showPage()
    c.save()
    monkeypatch.setattr(pdf, "MAX_GLYPHS", 100_000)  # the same check at a fifth of the size
    with pytest.raises(InputError, match=r"page 1 has a text layer of 200,\d{3} glyphs"):
        read_pages(path)


@pytest.mark.integration
def test_scanned_pdf_reads_like_its_image(tmp_path: Path) -> None:
    from PIL import Image

    png = FIXTURES / "images" / "zh-4col-clean.png"
    with Image.open(png) as im:
        w, h = im.size
        dpi = float(im.info.get("dpi", (300, 300))[0])
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=(w * 72 / dpi, h * 72 / dpi))
    c.drawImage(str(png), 0, 0, w * 72 / dpi, h * 72 / dpi)
    c.showPage()
    c.save()
    # The same scan under an invisible OCR layer (text render mode 3) is OCR'd too.
    layered = tmp_path / "layered.pdf"
    c = canvas.Canvas(str(layered), pagesize=(w * 72 / dpi, h * 72 / dpi))
    c.drawImage(str(png), 0, 0, w * 72 / dpi, h * 72 / dpi)
    text = c.beginText(20, 20)
    text.setTextRenderMode(3)
    text.textLine("an old engine's reading, not shown")
    c.drawText(text)
    c.showPage()
    c.save()
    direct = ocr.process(png)
    for pdf_path, why in ((path, "no text layer"), (layered, "only an invisible OCR layer")):
        from_pdf = ocr.process(pdf_path)
        assert from_pdf.source.kind == "pdf-scan"
        assert from_pdf.steps[0].parameters[0] == ("source", "scan")
        assert why in from_pdf.steps[0].action
        assert from_pdf.size == direct.size
        assert [b.text for b in from_pdf.blocks] == [b.text for b in direct.blocks]
        assert from_pdf.articles == direct.articles


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not beside this clone")
def test_devset_pdfs_floor() -> None:
    """The dev PDFs, scored as score_text.py does: the floor this reader reached."""
    sys.path.insert(0, str(DEVSET.parent))
    from score_text import score  # type: ignore[import-not-found]

    total = {"assembled": 0, "items": 0, "headlines": 0, "headline_total": 0,
             "para_tp": 0, "para_fp": 0, "para_fn": 0, "edits": 0, "chars": 0}
    for truth_path in sorted(DEVSET.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        page = ocr.process(DEVSET / truth_path.name.replace(".truth.json", ".pdf"))
        res = score(truth, page_dict(page))
        for k in total:
            total[k] += res[k]
    # The targets (measured: items 100%, headline lines 100%, paragraph F1 1.0,
    # CER 0.0002).
    assert total["assembled"] / total["items"] >= 0.95
    assert total["headlines"] / total["headline_total"] >= 0.95
    f1 = 2 * total["para_tp"] / max(1, 2 * total["para_tp"] + total["para_fp"] + total["para_fn"])
    assert f1 >= 0.95
    assert total["edits"] / total["chars"] <= 0.01


SCANS = DEVSET.parent / "scans"


def render_scan_truth(truth: dict, path: Path) -> Path:  # type: ignore[type-arg]
    """A devset scan's truth as a born-digital page: each line of text at its box (type
    sized to the body's line height, headings bold, fitted to the box's width), a rule
    over each story's columns, its photos as filled boxes."""
    _fonts()
    if "Hei" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Hei", str(WQY), subfontIndex=0))
    k = 72 / 300
    width, height = truth["size"][0] * k, truth["size"][1] * k
    c = canvas.Canvas(str(path), pagesize=(width, height))
    blocks = truth["blocks"]
    body = sorted(b["box"][3] for b in blocks if b["kind"] == "body")
    body_h = body[len(body) // 2]
    cols: dict[int, tuple[float, float]] = {}
    for b in blocks:
        x, y, w, h = b["box"]
        if b["kind"] == "body" and "col" in b:
            lo, hi = cols.get(b["col"], (1e9, 0))
            cols[b["col"]] = (min(lo, x), max(hi, x + w))
        if b["kind"] == "illustration":
            c.rect(x * k, height - (y + h) * k, w * k, h * k, fill=1)
        lines = (b.get("text") or "").split("\n")
        heading = b["kind"] in ("headline", "kicker", "masthead")
        font = "Hei" if truth["lang"] == "zh" else "Serif-Bold" if heading else "Serif"
        step = h / len(lines)
        for n, line in enumerate(lines):
            indent = len(line) - len(line.lstrip(" "))
            if not line.strip():
                continue
            size = (step if b["kind"] != "body" else body_h) * k * 0.72
            size *= min(1.0, w * k / pdfmetrics.stringWidth(line.strip(), font, size))
            c.setFont(font, size)
            c.drawString(x * k + indent * size / 2, height - (y + (n + 0.78) * step) * k,
                         line.strip())
    for a in truth["articles"]:
        span = [cols[i] for i in range(*a["span"]) if i in cols]
        if a["top"] > 200 and span:
            yy = height - (a["top"] - 25) * k
            c.line(min(s[0] for s in span) * k, yy, max(s[1] for s in span) * k, yy)
    c.showPage()
    c.save()
    return path


@pytest.mark.skipif(not (SCANS.is_dir() and WQY.exists()),
                    reason="../shared/devset/scans or WenQuanYi Micro Hei absent")
def test_pdfs_of_other_layouts_assemble(tmp_path: Path) -> None:
    """Layouts the PDF rules were not written on: the devset scans' pages (three to six
    columns, headlines over some of them, kickers, stories side by side) set as
    born-digital PDFs from their truth. Measured: all 23 items and 38 headline lines
    (21 and 31 with the reading order before centred headlines and rule rows)."""
    sys.path.insert(0, str(DEVSET.parent))
    from score_text import score  # type: ignore[import-not-found]

    items = assembled = heads = head_total = 0
    for truth_path in sorted(SCANS.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        pdf = render_scan_truth(truth, tmp_path / truth_path.name.replace(".truth.json", ".pdf"))
        want = {"articles": [{"id": a["id"], "headlines": a["headlines"],
                              "paragraphs": a["paragraphs"]} for a in truth["articles"]]}
        res = score(want, page_dict(ocr.process(pdf)))
        items, assembled = items + res["items"], assembled + res["assembled"]
        heads, head_total = heads + res["headlines"], head_total + res["headline_total"]
    assert assembled / items >= 0.95
    assert heads / head_total >= 0.95


def test_pdf_json_has_kind_per_page(tmp_path: Path) -> None:
    page = ocr.process(make_pdf(tmp_path / "k.pdf"))  # make test installs DejaVu
    doc = page_dict(page)
    assert doc["page"]["source"]["kind"] == "pdf"
    assert doc["steps"][0]["parameters"]["source"] == "text layer"
    # Each article carries its blocks' boxes, so a viewer can draw it.
    article = doc["articles"][0]
    assert len(article["boxes"]) == len(article["blocks"])
    for bid, box in zip(article["blocks"], article["boxes"], strict=True):
        b = page.block(bid).box
        assert b is not None and box == [b.x, b.y, b.w, b.h]
    etree.fromstring(alto_bytes(page))


def test_cli_pages_picks_pages_and_keeps_their_numbers(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "issue.pdf", pages=3)
    out = tmp_path / "out"
    res = _run("process", str(path), "--pages", "2-3", "-o", str(out), "--format", "json", "-q")
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["issue-p2.json", "issue-p3.json"]
    doc = json.loads((out / "issue-p2.json").read_text(encoding="utf-8"))
    assert doc["articles"][0]["headlines"] == ["Second page story 2"]
    bad = _run("process", str(path), "--pages", "4", "-o", str(out), "-q")
    assert bad.returncode == 1 and "no page 4" in bad.stderr


def test_batch_pages_picks_pages_of_each_file(tmp_path: Path) -> None:
    """``batch --pages`` as ``process --pages``: chosen pages keep their number, a one-page
    file's page 1 keeps its plain name, and a file without a chosen page fails alone."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    make_pdf(src / "issue.pdf", pages=3)
    make_pdf(src / "single.pdf")
    res = _run("batch", str(src), "-o", str(out), "--pages", "1", "--format", "json", "-q")
    assert res.returncode == 0, res.stderr
    names = sorted(p.name for p in out.iterdir() if p.suffix == ".json")
    assert names == ["issue-p1.json", "single.json"]
    again = _run("batch", str(src), "-o", str(out), "--pages", "3", "--format", "json", "-q")
    assert again.returncode == 1 and "single.pdf: has 1 page(s); there is no page 3" in again.stderr
    doc = json.loads((out / "issue-p3.json").read_text(encoding="utf-8"))
    assert doc["articles"][0]["headlines"] == ["Second page story 3"]


def test_a_bad_page_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    from ocr.cli import main
    from ocr.readers import pdf

    _fonts()
    path = tmp_path / "issue.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    draw_news_page(c)
    c.showPage()
    c.setFont("Helvetica", 1)  # page 2: a text layer of 200,000 glyphs
    text = c.beginText(10, 830)
    for _ in range(400):
        text.textLine("x" * 500)
    c.drawText(text)
    c.showPage()
    draw_news_page(c, "Third page story")
    c.showPage()
    c.save()
    monkeypatch.setattr(pdf, "MAX_GLYPHS", 100_000)
    out = tmp_path / "out"
    assert main(["process", str(path), "-o", str(out), "--format", "json", "-q"]) == 1
    errors = [ln for ln in capsys.readouterr().err.splitlines() if "error" in ln]
    assert len(errors) == 1 and "page 2 has a text layer" in errors[0]
    assert sorted(p.name for p in out.iterdir()) == ["issue-p1.json", "issue-p3.json"]


def test_glyphs_without_unicode_are_reported_not_guessed(tmp_path: Path) -> None:
    # Glyph names no font maps to Unicode: what pdfminer prints as (cid:…).
    content = b"BT /F1 24 Tf 72 700 Td (ABC Hello) Tj ET"
    path = tmp_path / "nocmap.pdf"
    path.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding << /Type /Encoding /Differences [65 /g17 /g18 /g19] >> >>",
    ]))
    (page,) = read_pages(path)
    assert [b.text for b in page.blocks if b.lines] == ["\ufffd\ufffd\ufffd Hello"]
    assert len(page.warnings) == 1 and page.warnings[0].startswith("3 glyph(s) have no Unicode")


def test_turned_page_and_text_off_the_page(tmp_path: Path) -> None:
    import pypdfium2

    _fonts()
    path = tmp_path / "slug.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    draw_news_page(c)
    c.setFont("Serif", 9)
    c.drawString(-300, 400, "SLUG: proof 3, not for print")  # wholly off the page
    c.line(-50, 100, 700, 100)  # a rule running past both edges
    c.showPage()
    c.save()
    doc = pypdfium2.PdfDocument(str(path))
    doc[0].set_rotation(90)
    turned = tmp_path / "turned.pdf"
    doc.save(str(turned))
    doc.close()
    for p, warned in ((path, False), (turned, True)):
        page = ocr.process(p)
        assert page.size == (round(595.2756 * PX), round(841.8898 * PX))
        assert [a.headlines for a in page.articles] == [(HEADLINE,)]
        assert "SLUG" not in json.dumps(page_dict(page))
        assert any("turned by 90 degrees" in w for w in page.warnings) == warned
        assert all(b.box is not None and b.box.x >= 0 and b.box.right <= page.size[0]
                   for b in page.blocks)


def test_pdftotext_pages_parted_by_form_feeds_are_pages(tmp_path: Path) -> None:
    """``pdftotext`` ends each page of a PDF with a form feed: a text file of two pages is
    read as two pages (``NAME-p1``, ``NAME-p2``, as a multi-page TIFF's), not one page
    whose stories run together; a one-page file (one form feed at its end) is ``NAME``."""
    for pages in (1, 2):
        pdf = make_pdf(tmp_path / f"issue{pages}.pdf", pages=pages)
        subprocess.run(["pdftotext", str(pdf), str(tmp_path / f"issue{pages}.txt")], check=True)
        assert (tmp_path / f"issue{pages}.txt").read_text(encoding="utf-8").count("\f") == pages
    two = read_pages(tmp_path / "issue2.txt")
    assert [p.id for p in two] == ["issue2-p1", "issue2-p2"]
    first, second = ocr.process_pages(tmp_path / "issue2.txt")
    (alone,) = ocr.process_pages(tmp_path / "issue1.txt")  # the same first page, on its own
    assert alone.id == "issue1"
    assert first.articles == alone.articles and first.blocks == alone.blocks
    assert "Second page story 2" in text_str(second) and "Second page" not in text_str(first)
    out = tmp_path / "out"
    cli = subprocess.run([sys.executable, "-m", "ocr.cli", "process", str(tmp_path / "issue2.txt"),
                          "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert cli.returncode == 0, cli.stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["issue2-p1.json", "issue2-p2.json"]


def test_a_pdf_page_without_text_keeps_the_page_numbers(tmp_path: Path) -> None:
    """``pdftotext`` writes a lone form feed for a page of pictures: it is a blank page,
    so page 3 of the text file is page 3 of the PDF (``--pages`` and the names agree)."""
    _fonts()
    c = canvas.Canvas(str(tmp_path / "ed.pdf"), pagesize=A4)
    for n in range(3):
        if n != 1:  # page 2: a full-page picture, no text layer
            draw_news_page(c, f"Story on page {n + 1}")
        c.showPage()
    c.save()
    subprocess.run(["pdftotext", str(tmp_path / "ed.pdf"), str(tmp_path / "ed.txt")], check=True)
    pages = ocr.process_pages(tmp_path / "ed.txt")
    assert [p.id for p in pages] == ["ed-p1", "ed-p2", "ed-p3"]
    assert not pages[1].blocks and "Story on page 3" in text_str(pages[2])
    (third,) = read_pages(tmp_path / "ed.txt", pages=[3])
    assert third.id == "ed-p3" and "Story on page 3" in third.blocks[1].text + third.blocks[0].text


def test_diff_matches_a_file_of_pages_with_its_pages_written_apart(tmp_path: Path) -> None:
    """The truth of a multi-page text kept as one file (``ed.txt``) against newsocr's
    outputs ``ed-p1``, ``ed-p2``: one page of the report, the pages joined in order."""
    from ocr.qa_load import diff_paths

    (tmp_path / "truth").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "truth" / "ed.txt").write_text("The first page.\f\fThe third page.\f")
    (tmp_path / "out" / "ed-p1.txt").write_text("The first page.")
    (tmp_path / "out" / "ed-p2.txt").write_text("")
    (tmp_path / "out" / "ed-p3.txt").write_text("The third paqe.")
    report = diff_paths(tmp_path / "truth", tmp_path / "out")
    assert [r.page_id for r in report.pages] == ["ed"]
    assert report.pages[0].problem is None and 0 < report.pages[0].counts.cer < 0.1


def test_a_printers_form_feeds_part_pages_but_make_none(tmp_path: Path) -> None:
    """A text file that opens with a form feed (a line printer's) is one page, not a blank
    page and the text; only a file that ends each page with one (pdftotext's) keeps a
    page without text, as a blank page that says so."""
    lp = tmp_path / "lp.txt"
    lp.write_text("\fFire guts a warehouse\n\nThe fire started at noon and spread.\n")
    (page,) = read_pages(lp)
    assert page.id == "lp" and page.blocks
    pdf = tmp_path / "ed.txt"
    pdf.write_text("First page.\n\f\fThird page.\n\f")
    pages = read_pages(pdf)
    assert [p.id for p in pages] == ["ed-p1", "ed-p2", "ed-p3"]
    assert pages[1].warnings and not pages[0].warnings


def test_diff_keeps_a_page_with_its_exact_match(tmp_path: Path) -> None:
    """Where both sides have ``ed-p1``, it is compared with itself, not joined under
    ``ed``; pages join in number order (p10 after p9)."""
    from ocr.qa_load import diff_paths

    for side in ("truth", "out"):
        (tmp_path / side).mkdir()
    (tmp_path / "truth" / "ed.txt").write_text("whole")
    for n in (1, 2):
        (tmp_path / "truth" / f"ed-p{n}.txt").write_text(f"page {n}")
        (tmp_path / "out" / f"ed-p{n}.txt").write_text(f"page {n}")
    report = diff_paths(tmp_path / "truth", tmp_path / "out")
    rows = {r.page_id: r for r in report.pages}
    assert rows["ed-p1"].problem is None and rows["ed-p2"].problem is None
    (tmp_path / "t2").mkdir()
    (tmp_path / "o2").mkdir()
    (tmp_path / "t2" / "big.txt").write_text(" ".join(f"page{n}" for n in range(1, 12)))
    for n in range(1, 12):
        (tmp_path / "o2" / f"big-p{n}.txt").write_text(f"page{n}")
    (row,) = diff_paths(tmp_path / "t2", tmp_path / "o2").pages
    assert row.counts.cer == 0.0


WIRE = ("Exports rose six percent in May as factories across the region took on new orders "
        "from abroad, the customs office said on Friday, and imports grew by half as much. ")


def _top_of_page(path: Path, ear: bool) -> Path:
    """A folio line over a rule; under it a story set across three columns, a rule under
    that story, then a second story. ``ear``: a masthead instead, its title beside a
    four-line ear, over the lower rule."""
    _fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Serif", 8)
    c.drawString(40, 822, "PAGE 5   NATIONAL NEWS   SATURDAY, JUNE 8, 2024")
    c.setLineWidth(1)
    c.line(40, 816, 555, 816)
    if ear:
        c.setFont("Serif-Bold", 30)
        c.drawString(40, 760, "The Calder Courier")
        c.setFont("Serif", 9)
        for i, line in enumerate(("TODAY: Sunny, 86 / 64", "Vol. 96, No. 170",
                                  "Brookfield, N.Y.", "Price $1.50")):
            c.drawString(440, 790 - 12 * i, line)
    else:
        c.setFont("Serif-Bold", 16)
        c.drawString(40, 800, "Exports rise six percent in May")
        c.setFont("Serif", 8)
        words = (WIRE * 4).split()
        for col in range(3):  # three columns of seven lines
            y, x, n = 786, 40 + col * 175, len(words) // 3
            chunk, line = words[col * n:(col + 1) * n], ""
            for w in chunk:
                if pdfmetrics.stringWidth(f"{line} {w}", "Serif", 8) > 160:
                    c.drawString(x, y, line)
                    y, line = y - 10, w
                else:
                    line = f"{line} {w}".strip()
            c.drawString(x, y, line)
    _story_under_rule(c, 722)  # (120 pt from the top of 842: in the top 15%)
    c.showPage()
    c.save()
    return path


def _story_under_rule(c: canvas.Canvas, y: float) -> None:
    """A page-wide rule at ``y`` and the council story under it."""
    c.line(40, y, 555, y)
    c.setFont("Serif-Bold", 18)
    c.drawString(40, y - 25, "Council approves new water plant")
    c.setFont("Serif", 9)
    _column(c, 40, y - 50, COL1)
    _column(c, 300, y - 50, COL2)


def test_a_story_across_the_top_is_no_masthead(tmp_path: Path) -> None:
    """A rule in the page's top 15% under columns of body type across the page is the
    rule under a story, not the masthead's: the story stays an article, not furniture.
    A masthead whose ear is four lines of body type (a narrow box) stays furniture."""
    page = ocr.process(_top_of_page(tmp_path / "story.pdf", ear=False))
    heads = [a.headlines for a in page.articles]
    assert ("Exports rise six percent in May",) in heads
    wire = next(a for a in page.articles if a.headlines == ("Exports rise six percent in May",))
    assert " ".join(wire.paragraphs).startswith("Exports rose six percent in May")
    assert not any("Exports" in f for f in page_dict(page)["furniture"])
    masthead = ocr.process(_top_of_page(tmp_path / "masthead.pdf", ear=True))
    assert "The Calder Courier" in page_dict(masthead)["furniture"]
    assert [a.headlines for a in masthead.articles] == [("Council approves new water plant",)]
    # A contents box of three columns beside the title covers more than half the width,
    # but no heading stands over its columns: still the masthead's.
    _fonts()
    path = tmp_path / "contents.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Serif-Bold", 30)
    c.drawString(40, 790, "The Courier")
    c.setFont("Serif", 8)
    c.drawString(40, 770, "SATURDAY, JUNE 8, 2024   Vol. 96   $1.50")
    contents = [["INSIDE TODAY", "Council weighs tax plan, A3", "Schools reopen early, A5"],
                ["SPORTS", "Tigers rally past Hawks, B1", "Open draws record crowd, B3"],
                ["BUSINESS", "Port cargo up 12%, C1", "Mall sold to investor, C2"]]
    for k, col in enumerate(contents):
        _column(c, 230 + k * 110, 800, [*col, "More inside, A2"])
    _story_under_rule(c, 745)
    c.showPage()
    c.save()
    page = ocr.process(path)
    assert [a.headlines for a in page.articles] == [("Council approves new water plant",)]
    assert any("The Courier" in f for f in page_dict(page)["furniture"])


STORY_ZH = ("上午九点，家住东湖街道翠苑社区的七十八岁老人王秀英像往常一样来到社区养老服务中心，"
            "量血压、吃早饭、和老姐妹们一起唱歌。儿女上班忙，我白天就在这里，中午有热饭，"
            "下午还能上书法课，王秀英说。翠苑社区养老服务中心建筑面积约八百平方米，设有助餐点、"
            "日间照料室、康复训练室和老年大学教室，由专业养老机构运营，每天为周边三百多位老人提供服务。"
            "市民政局有关负责人介绍，截至目前，全市已建成社区养老服务中心一百四十六家。")


@pytest.mark.skipif(not WQY.exists(), reason="WenQuanYi Micro Hei not installed")
def test_a_deck_over_two_columns_hides_no_gutter(tmp_path: Path) -> None:
    """A deck hardly larger than the body, set over two of three columns and too close
    above them for the XY-cut to part it, neither joins the first two columns' lines
    (read across the gutter, ``…翠苑社有热饭…``) nor becomes body: it is the article's
    subheadline and the columns read one after another."""
    _wqy()
    path = tmp_path / "deck.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("WQY", 24)
    c.drawString(40, 760, "家门口的养老服务中心越来越多")
    c.setFont("WQY", 11)
    c.drawString(40, 733, "全市已建成社区养老服务中心一百四十六家")  # (over columns 1 and 2)
    c.setFont("WQY", 10)
    per_line, lines = 15, []
    lines = [STORY_ZH[i : i + per_line] for i in range(0, len(STORY_ZH), per_line)]
    per_column = -(-len(lines) // 3)
    for col in range(3):
        for n, line in enumerate(lines[col * per_column : (col + 1) * per_column]):
            c.drawString(40 + col * 165, 716 - 14 * n, line)
    c.showPage()
    c.save()
    page = ocr.process(path)
    assert [a.headlines for a in page.articles] == [("家门口的养老服务中心越来越多",)]
    (story,) = page.articles
    assert story.subheadline == "全市已建成社区养老服务中心一百四十六家"
    assert "".join(story.paragraphs).replace(" ", "") == STORY_ZH


@pytest.mark.skipif(not WQY.exists(), reason="WenQuanYi Micro Hei not installed")
def test_a_rule_across_one_column_parts_its_text(tmp_path: Path) -> None:
    """Two columns 11 pt apart, and another story's tail (a dogleg) boxed under the first
    one by a rule across it and one down the gutter beside it: the XY-cut leaves the
    columns one region (the gutter is not clear of ink all the way down) and the words
    part them; the lines above and below the rule are never one block."""
    _wqy()
    path = tmp_path / "dogleg.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("WQY", 22)
    c.drawString(40, 780, "暑期托管服务今年覆盖所有城区小学")
    c.setFont("WQY", 10)
    lines = [STORY_ZH[i : i + 15] for i in range(0, len(STORY_ZH), 15)]
    for n, line in enumerate(lines[:6]):  # the first column, down to the rule
        c.drawString(40, 750 - 14 * n, line)
    for n, line in enumerate(lines[6:]):  # the second, on down beside the tail
        c.drawString(40 + 150 + 11, 750 - 14 * n, line)
    c.setLineWidth(0.5)
    c.line(40, 670, 196, 670)  # the tail's box: a rule over it, one down its side
    c.line(196, 670, 196, 620)
    tail = ["能老人提供上门服务，全市还将", "新增家庭养老床位两千张。"]
    for n, line in enumerate(tail):
        c.drawString(40, 655 - 14 * n, line)
    c.showPage()
    c.save()
    (page,) = read_pages(path)
    for b in page.blocks:
        texts = "".join(ln.text for ln in b.lines)
        assert not (lines[0] in texts and tail[0] in texts), texts
    assert any(b.lines and b.lines[0].text == tail[0] for b in page.blocks)


@pytest.mark.skipif(not WQY.exists(), reason="WenQuanYi Micro Hei not installed")
def test_a_headlines_phrases_and_a_tables_cells_are_no_columns(tmp_path: Path) -> None:
    """A run of one type is parted at its gutters only into columns of running text (two
    lines, eight ems): a centred two-line headline whose phrases an ideographic space
    parts stays whole, and a forecast table under a bold title reads row by row."""
    _wqy()
    path = tmp_path / "phrases.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("WQY", 24)
    for y, line in ((780, "决胜\u3000全面建成小康社会"), (750, "奋斗新时代")):
        c.drawCentredString(200, y, line)
    c.setFont("WQY", 10)
    lines = [STORY_ZH[i : i + 30] for i in range(0, len(STORY_ZH), 30)]
    for n, line in enumerate(lines):
        c.drawString(40, 733 - 14 * n, line)
    c.showPage()
    c.save()
    (story,) = ocr.process(path).articles
    assert story.headlines == ("决胜全面建成小康社会奋斗新时代",)
    _fonts()
    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Serif-Bold", 18)
    c.drawString(40, 780, "Council approves new water plant")
    c.setFont("Serif", 9)
    _column(c, 40, 755, COL1)
    _column(c, 300, 755, COL2)
    c.setFont("Serif-Bold", 10)
    c.drawString(40, 560, "FIVE-DAY FORECAST FOR THE HARBOR")
    c.setFont("Serif", 9)
    rows = [("Monday", "Sunny", "86 / 64"), ("Tuesday", "Cloudy", "80 / 61"),
            ("Wednesday", "Rain", "72 / 58"), ("Thursday", "Storms", "70 / 57")]
    for i, row in enumerate(rows):
        for x, cell in zip((40, 120, 190), row, strict=True):
            c.drawString(x, 546 - 11 * i, cell)
    c.showPage()
    c.save()
    text = " ".join(p for a in ocr.process(path).articles for p in a.paragraphs)
    assert "Monday Sunny 86 / 64 Tuesday Cloudy 80 / 61" in text


def _italic() -> None:
    if "Serif-Italic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Serif-Italic", str(DEJAVU / "DejaVuSerif-Italic.ttf")))


def _signed(c: canvas.Canvas, x: float, y: float, writer: str, post: str) -> float:
    """A byline in bold and the writer's post in italic under it; the y under them."""
    c.setFont("Serif-Bold", 9)
    c.drawString(x, y, writer)
    c.setFont("Serif-Italic", 9)
    c.drawString(x, y - 12, post)
    c.setFont("Serif", 9)
    return y - 36


def test_a_dogleg_tail_and_a_post_under_a_byline_stay_with_their_stories(
    tmp_path: Path,
) -> None:
    """Four columns: a storm story in the first two, whose last line breaks a word
    (``confi-``); a plant story over the other two, whose first column is cut by a rule
    with the storm story's tail boxed under it (a dogleg: ``rmed that …``). Under a
    page-wide rule a third story, whose byline's post stands on a line of its own in
    italic (``Associated Press``) over a dateline. Three stories, each whole: the tail
    finishes the sentence its story left open, the post is the byline's and the dateline
    goes on under it, and a post on a line of its own leaves no sentence open for the
    column beside it to end."""
    _fonts()
    _italic()
    path = tmp_path / "dogleg-en.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = (40, 171, 302, 433)
    c.setFont("Serif-Bold", 18)
    c.drawString(xs[0], 770, "Storm cuts power to")
    c.drawString(xs[0], 750, "41,000 homes")
    c.drawString(xs[2], 770, "Parts plant to close,")
    c.drawString(xs[2], 750, "cutting 310 jobs")
    storm1 = ["A line of storms with", "winds past 60 mph tore", "across the county late",
              "Wednesday, toppling", "trees onto houses and", "cutting power to 41,000",
              "homes and businesses."]
    storm2 = ["No serious injuries", "were reported, but a", "man was treated for",
              "cuts after a branch", "came through his", "windshield on Orchard",
              "Road, the sheriff's", "office said. Crews", "worked through the",
              "night. The National", "Weather Service confi-"]  # down level with the tail
    tail = ["rmed that a brief", "tornado touched down", "near the fairgrounds."]
    plant1 = ["Halvorsen Components", "will close its plant", "by the end of March,",
              "eliminating 310 jobs,", "the company"]
    plant2 = ["told employees on", "Tuesday. The plant", "has operated since", "1974 and is the",
              "county's fourth-", "largest employer."]
    top = _signed(c, xs[0], 725, "By HANNAH LIU", "Courier Staff Writer")
    _column(c, xs[0], top, storm1)
    _column(c, xs[1], 725, storm2)
    top = _signed(c, xs[2], 725, "By SAMUEL REED", "Courier Business Editor")
    _column(c, xs[2], top, plant1)
    rule = top - 12 * len(plant1) - 4
    c.setLineWidth(0.5)
    c.line(xs[2], rule, xs[2] + 120, rule)
    _column(c, xs[2], rule - 14, tail)
    _column(c, xs[3], 725, plant2)
    c.setLineWidth(1)
    c.line(40, 550, 555, 550)
    c.setFont("Serif-Bold", 18)
    c.drawString(xs[0], 525, "Wildfire forces thousands from their homes")
    top = _signed(c, xs[0], 500, "By JULIA SANTOS", "Associated Press")
    fire1 = ["SACRAMENTO (AP) — A", "fast-moving wildfire", "in the hills",
             "grew to 18,000 acres", "on Wednesday, forcing"]
    fire2 = ["about 6,000 people", "from their homes and", "destroying at least 40",
             "buildings, officials", "said."]
    _column(c, xs[0], top, fire1)
    _column(c, xs[1], 500, fire2)
    c.showPage()
    c.save()
    (page,) = ocr.process_pages(path, lang="en")
    stories = [" ".join(a.paragraphs) for a in page.articles]
    assert len(stories) == 3, stories
    storm, plant, fire = stories
    assert "Weather Service confirmed that a brief tornado" in storm, storm
    assert storm.endswith("near the fairgrounds."), storm
    assert "the company told employees" in plant and "tornado" not in plant, plant
    # The post on a line of its own is the byline's, as the other two stories' posts are;
    # the dateline under it opens the story.
    wildfire = page.articles[2]
    assert wildfire.byline == "By JULIA SANTOS Associated Press", wildfire
    assert fire.endswith("officials said."), fire
    assert "SACRAMENTO" in f"{wildfire.dateline or ''} {fire}", wildfire


def test_crossheads_at_a_columns_head_and_foot_stay_in_their_story(tmp_path: Path) -> None:
    """A story headed across three columns, with a bold crosshead barely larger than its
    body at the top of the second column and another at the foot of the second (its
    text goes on atop the third): both are paragraphs of the story, not headlines that
    open two more. Under a page-wide rule, a brief headed in the same bold type at a
    column's top is a story of its own (the rule parts it from the headline above)."""
    _fonts()
    if "Sans-Bold" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Sans-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    path = tmp_path / "crossheads.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = (40, 215, 390)
    c.setFont("Serif-Bold", 22)
    c.drawString(70, 770, "At 90, the bakery still opens at 4 a.m.")
    col1 = ["The ovens at the bakery on", "Front Street are lit every",
            "morning at 4, as they were", "when the shop opened in",
            "1934 with a borrowed mixer", "and a recipe for rye bread."]
    col2 = ["“People ask when we will", "change the recipes,” she", "said. “We changed the rye",
            "once, in 1952.”"]
    col3 = ["The bakery will celebrate", "its anniversary on Saturday", "with free coffee and",
            "loaves of rye."]
    c.setFont("Serif", 10)
    _column(c, xs[0], 740, col1)
    c.setFont("Sans-Bold", 11)
    c.drawString(xs[1], 740, "A family recipe")
    c.setFont("Serif", 10)
    _column(c, xs[1], 724, col2)
    c.setFont("Sans-Bold", 11)
    c.drawString(xs[1] + 20, 670, "Lines before Lent")
    c.setFont("Serif", 10)
    _column(c, xs[2], 740, col3)
    c.setLineWidth(1)
    c.line(40, 640, 555, 640)
    c.setFont("Sans-Bold", 11)
    c.drawString(xs[0], 620, "Library closes for repairs")
    c.setFont("Serif", 10)
    _column(c, xs[0], 604, ["The library will close for", "two weeks from Monday while",
                            "its roof is repaired, the", "town said."])
    c.showPage()
    c.save()
    (page,) = ocr.process_pages(path, lang="en")
    story, brief = page.articles
    assert story.headlines == ("At 90, the bakery still opens at 4 a.m.",)
    assert "A family recipe" in story.paragraphs
    assert "Lines before Lent" in story.paragraphs
    assert story.paragraphs[-1].startswith("The bakery will celebrate")
    assert brief.headlines == ("Library closes for repairs",)


@pytest.mark.skipif(not WQY.exists(), reason="WenQuanYi Micro Hei not installed")
def test_a_chinese_dogleg_tail_goes_back_and_its_host_goes_on(tmp_path: Path) -> None:
    """Two Chinese stories side by side: the left one's last column stops mid-sentence
    (``…市民政``), and its tail is boxed by a rule under the right story's first column,
    level with that last column (``设施实现全覆盖。``, a first line not indented). The
    tail finishes the left story; the right story's second column, which opens a
    paragraph, stays its own."""
    _wqy()
    path = tmp_path / "dogleg-zh.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("WQY", 20)
    c.drawString(40, 780, "社区养老服务中心越来越多")
    c.drawString(310, 780, "暑期托管覆盖所有城区小学")
    c.setFont("WQY", 9)
    left = [STORY_ZH[i : i + 12] for i in range(0, 168, 12)]  # two columns of 7 lines
    for n, line in enumerate(left[:7]):
        c.drawString(40 + (20 if n == 0 else 0), 750 - 14 * n, line)
    for n, line in enumerate(left[7:]):  # down level with the tail, stopping mid-sentence
        c.drawString(180, 750 - 14 * n, line)
    right1 = ["本报讯　记者日前从市教育", "局获悉，今年暑假，我市", "将在城区全部八十六所小",
              "学开展暑期托管服务。"]
    for n, line in enumerate(right1):
        c.drawString(310 + (20 if n == 0 else 0), 750 - 14 * n, line)
    c.setLineWidth(0.5)
    c.line(310, 690, 438, 690)
    tail = ["设施实现全覆盖。今年我市", "还将新增家庭养老床位两", "千张。"]
    for n, line in enumerate(tail):
        c.drawString(310, 675 - 14 * n, line)
    right2 = ["托管服务将于七月八日开", "始，为期五周，每天八时", "至十七时，以看护为主。"]
    for n, line in enumerate(right2):
        c.drawString(450 + (20 if n == 0 else 0), 750 - 14 * n, line)
    c.showPage()
    c.save()
    (page,) = ocr.process_pages(path, lang="zh")
    stories = {a.headlines[0]: "".join(a.paragraphs) for a in page.articles}
    assert len(stories) == 2, stories
    left_story = stories["社区养老服务中心越来越多"]
    assert left_story.startswith(STORY_ZH[:48]) and left_story.endswith("千张。"), stories
    right = stories["暑期托管覆盖所有城区小学"]
    assert "设施" not in right and right.endswith("以看护为主。"), right


def test_headless_briefs_side_by_side_are_items_of_their_own(tmp_path: Path) -> None:
    """Under a rule, two headless briefs set side by side (a blood drive; an arrest) share
    no word: two items. Under another rule, one headless brief runs on into the column
    beside it (``…Libr-`` / ``ary will close…`` / ``Book drops… The library's…``): it is
    one item, the word broken at a line end whole when their words are compared."""
    _fonts()
    path = tmp_path / "briefs.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Serif", 9)
    c.setLineWidth(0.5)
    c.line(40, 790, 555, 790)
    _column(c, 40, 770, ["The American Red Cross will hold", "a blood drive from noon to six",
                         "at the fire hall on Main Street.", "Walk-ins are welcome."])
    _column(c, 300, 770, ["Brookfield police arrested a man", "on Sunday in the parking lot of",
                          "a grocery store after a chase", "through two neighbourhoods."])
    c.line(40, 700, 555, 700)
    _column(c, 40, 680, ["The Brookfield Public Libr-", "ary closes at two on Friday",
                         "for staff training and reopens", "at nine on Saturday."])
    _column(c, 300, 680, ["Book drops stay open. The", "library's summer reading",
                          "program for children begins", "on Monday."])
    c.showPage()
    c.save()
    (page,) = ocr.process_pages(path, lang="en")
    items = [" ".join(a.paragraphs) for a in page.articles]
    assert len(items) == 3, items
    assert items[0].startswith("The American Red Cross") and "police" not in items[0]
    assert items[1].startswith("Brookfield police arrested")
    assert "Library closes" in items[2] and items[2].endswith("begins on Monday.")
