"""Write fixtures/qa/: expected and actual pages for the QA diff, with known damage.

expected/ holds the truth, actual/ what an OCR run might give:
- en-front: newsocr JSON both sides; the actual has misread characters
  (rn -> m, l -> 1, a dropped word) AND its articles in another order, so the
  order-aware rate is far above the order-free one.
- zh-local: expected plain text, actual ALTO 2.0 from "another engine" with a few
  misread characters and stray spaces between Chinese characters.
- missing: only expected has it (counted as all deleted); extra: only actual (listed).

Run: .venv/bin/python scripts/make_qa_fixtures.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ocr.model import Article, Page, Source  # noqa: E402
from ocr.writers.json import json_bytes  # noqa: E402

OUT = ROOT / "fixtures" / "qa"

EN_ARTICLES = [
    Article(
        id="a1",
        headlines=("Council approves river bridge after three-year debate",),
        byline="By Jane Modern",
        paragraphs=(
            "The city council voted on Tuesday to approve the construction of a new bridge "
            "across the river, ending a debate that lasted more than three years.",
            "Officials said the bridge would open in 2028 and cost about 40 million dollars, "
            "most of it from the state transport fund.",
        ),
    ),
    Article(
        id="a2",
        headlines=("Library extends Sunday hours",),
        paragraphs=(
            "The public library will stay open until eight o'clock on Sundays from next month, "
            "the director announced, after a petition signed by nearly two thousand readers.",
        ),
    ),
    Article(
        id="a3",
        kicker="WEATHER",
        headlines=("Cold front brings early frost",),
        paragraphs=(
            "Farmers in the northern valleys were warned to protect late crops as temperatures "
            "are expected to fall below freezing on Thursday night.",
        ),
    ),
]

#: (article, paragraph, old, new): the misreadings in the actual page.
EN_DAMAGE = [
    (0, 0, "Modern", "Modem"),
    (0, 0, "council", "counci1"),
    (0, 1, "million", "mi11ion"),
    (1, 0, "nearly two", "nearly"),
    (2, 0, "northern", "nor thern"),
]

ZH_EXPECTED = (
    "本市新建三所小学秋季投入使用\n\n"
    "本报讯（记者 王明）今年秋季，本市将有三所新建小学投入使用，"
    "可新增学位四千余个，缓解城区入学压力。\n\n"
    "市教育局表示，新学校均按照省级标准建设，配备图书馆、体育馆和科学实验室。"
)
ZH_ACTUAL_BLOCKS = [
    ["本市新建三所小学秋季投人使用"],
    [
        "本报讯（记者 王明）今年秋季，本市将有三所新建小学投入使用，",
        "可新增学位四干余个，缓解城区入学压力。",
    ],
    ["市教育局表示，新学校均按照省级标准建设，配备图书馆、体育馆和科学实验室。"],
]


def page(page_id: str, articles: list[Article]) -> Page:
    return Page(id=page_id, source=Source(f"{page_id}.png", "0" * 64, "image"), lang="en",
                articles=tuple(articles))


def damaged(articles: list[Article]) -> list[Article]:
    paras = [list(a.paragraphs) for a in articles]
    bylines = [a.byline for a in articles]
    for ai, pi, old, new in EN_DAMAGE:
        if bylines[ai] and old in bylines[ai]:
            bylines[ai] = bylines[ai].replace(old, new)
        else:
            assert old in paras[ai][pi], (old, ai, pi)
            paras[ai][pi] = paras[ai][pi].replace(old, new, 1)
    out = [
        Article(id=a.id, kicker=a.kicker, headlines=a.headlines, byline=bylines[i],
                paragraphs=tuple(paras[i]))
        for i, a in enumerate(articles)
    ]
    return [out[2], out[0], out[1]]  # the actual run ordered the articles differently


def alto2(blocks: list[list[str]]) -> bytes:
    ns = "http://www.loc.gov/standards/alto/ns-v2#"
    root = etree.Element(f"{{{ns}}}alto", nsmap={None: ns})
    layout = etree.SubElement(root, f"{{{ns}}}Layout")
    pg = etree.SubElement(layout, f"{{{ns}}}Page", ID="P1", HEIGHT="2000", WIDTH="1400")
    space = etree.SubElement(pg, f"{{{ns}}}PrintSpace")
    y = 40
    for bi, lines in enumerate(blocks, 1):
        tb = etree.SubElement(space, f"{{{ns}}}TextBlock", ID=f"TB{bi}", HPOS="40",
                              VPOS=str(y), WIDTH="1300", HEIGHT=str(40 * len(lines)))
        for li, text in enumerate(lines, 1):
            tl = etree.SubElement(tb, f"{{{ns}}}TextLine", ID=f"TB{bi}_L{li}", HPOS="40",
                                  VPOS=str(y), WIDTH="1300", HEIGHT="36")
            # another engine's habit: Chinese cut into runs of four characters
            runs = [w for chunk in text.split(" ") for w in
                    (chunk[i : i + 4] for i in range(0, len(chunk), 4))]
            x = 40
            for wi, w in enumerate(runs):
                if wi:
                    etree.SubElement(tl, f"{{{ns}}}SP", HPOS=str(x), VPOS=str(y), WIDTH="10")
                    x += 10
                etree.SubElement(tl, f"{{{ns}}}String", ID=f"TB{bi}_L{li}_S{wi + 1}",
                                 CONTENT=w, HPOS=str(x), VPOS=str(y), WIDTH=str(30 * len(w)),
                                 HEIGHT="36")
                x += 30 * len(w)
            y += 40
        y += 30
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def main() -> int:
    exp, act = OUT / "expected", OUT / "actual"
    exp.mkdir(parents=True, exist_ok=True)
    act.mkdir(parents=True, exist_ok=True)
    (exp / "en-front.json").write_bytes(json_bytes(page("en-front", EN_ARTICLES)))
    (act / "en-front.json").write_bytes(json_bytes(page("en-front", damaged(EN_ARTICLES))))
    (exp / "zh-local.txt").write_text(ZH_EXPECTED + "\n", encoding="utf-8")
    (act / "zh-local.alto.xml").write_bytes(alto2(ZH_ACTUAL_BLOCKS))
    (exp / "missing.txt").write_text("A page the OCR run never produced.\n", encoding="utf-8")
    (act / "extra.txt").write_text("A page nobody transcribed.\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
