"""The scan bench's truth and the figures scored against it (``scripts.bench.scans``).

A page's truth is read from the devset's JSON (masthead and furniture, then each article's
headlines, paragraphs and captions) or a PAGE-XML file (TextRegions in its ReadingOrder);
``order_kept``, ``article_figures`` and ``headline_hits`` score our page against it. Kept
apart from the runner so that the other benches (``engines``, ``order``) and the tests read
a truth and score a page without the runner's set-up (one thread per page, the warm-up).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from ocr.layout.engine_kinds import PAGE_FURNITURE
from ocr.model import Article, Page, Photo
from ocr.qa import Segment, match_segments
from ocr.script import FULL_WIDTH_MARKS
from ocr.xmlsafe import parse_xml
from scripts.bench.body import TRUTH_FURNITURE


@dataclass(frozen=True)
class Truth:
    """One page's truth: segments in reading order, articles, headline lines, and the
    segments of its body (``scripts.bench.body``: article text, furniture out)."""

    segments: tuple[Segment, ...]
    articles: tuple[Segment, ...] = ()
    headlines: tuple[tuple[str, str], ...] = ()  # (article id, line)
    body: tuple[Segment, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)

    @property
    def body_text(self) -> str:
        return "\n\n".join(s.text for s in self.body)


def devset_truth(path: Path) -> tuple[Truth, str]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    top = [b["text"] for b in doc["blocks"] if b["kind"] in TRUTH_FURNITURE]
    arts = []
    for a in doc["articles"]:
        parts = [*a.get("headlines", []), *a.get("paragraphs", []), *a.get("captions", [])]
        arts.append(Segment(a["id"], "\n".join(p for p in parts if p)))
    heads = tuple(
        (b["article"], b["text"])
        for b in doc["blocks"]
        if b["kind"] in ("headline", "kicker") and b.get("article")
    )
    segs = tuple(Segment(f"f{i}", t) for i, t in enumerate(top)) + tuple(arts)
    return Truth(segs, tuple(arts), heads, body=tuple(arts)), doc["lang"]


def page_truth(path: Path) -> Truth:
    """TextRegions of a PAGE-XML file in its ReadingOrder (unlisted regions after); the
    body is those whose ``type`` is not one of ``PAGE_FURNITURE``, and none (no body
    figure) in a file that types no region so: it does not tell body from furniture."""
    root = parse_xml(path.read_bytes(), path.name)
    ns = {"p": root.nsmap.get(None, "")}
    texts: dict[str, str] = {}
    furniture: set[str] = set()
    for region in root.iterfind(".//p:TextRegion", ns):
        own = region.find("p:TextEquiv/p:Unicode", ns)
        if own is not None and (own.text or "").strip():
            text = own.text or ""
        else:
            lines = region.findall("p:TextLine/p:TextEquiv/p:Unicode", ns)
            text = "\n".join(u.text or "" for u in lines)
        if text.strip():
            texts[region.get("id", "")] = text
            if region.get("type") in PAGE_FURNITURE:
                furniture.add(region.get("id", ""))
    refs = sorted(
        root.iterfind(".//p:ReadingOrder//p:RegionRefIndexed", ns),
        key=lambda e: int(e.get("index", "0")),
    )
    order = [r.get("regionRef", "") for r in refs if r.get("regionRef") in texts]
    order += [k for k in texts if k not in order]
    segments = tuple(Segment(k, texts[k]) for k in dict.fromkeys(order))
    body = tuple(s for s in segments if s.id not in furniture) if furniture else ()
    return Truth(segments, body=body)


def fold(text: str) -> str:
    return text.replace("ſ", "s")



def order_kept(segments: tuple[Segment, ...], hyp: str, n: int = 6) -> float | None:
    """Share of consecutive segments whose text comes in the same order in ``hyp``.

    Each segment is placed on its own (so a moved article is seen as moved, not as
    deleted and inserted): at the median position in ``hyp`` of its character
    ``n``-grams that occur exactly once there (white space ignored). Segments with
    fewer than three such n-grams are skipped.
    """
    flat = "".join(fold(hyp).split())
    seen: dict[str, int] = {}
    for i in range(len(flat) - n + 1):
        g = flat[i : i + n]
        seen[g] = -1 if g in seen else i
    where = []
    for seg in segments:
        text = "".join(fold(seg.text).split())
        hits = sorted(
            seen[g] for i in range(len(text) - n + 1) if seen.get(g := text[i : i + n], -1) >= 0
        )
        if len(hits) >= 3:
            where.append(hits[len(hits) // 2])
    if len(where) < 2:
        return None
    return sum(b > a for a, b in zip(where, where[1:], strict=False)) / (len(where) - 1)


def article_segment(article: Article, photos: Sequence[Photo] = ()) -> Segment:
    """An article's text as the truth's article is written: kicker, headlines and deck
    (the truth's ``headlines`` hold all three) before the paragraphs, then the caption and
    credit of each photo that illustrates it. Without kicker and deck a story cut to its
    heading at the page's foot (kicker, headline, deck, photo) matched no truth article,
    and none of its headline lines counted; without its photos' captions a story given its
    photo was scored short of the truth's article, which holds them, and a heading-and-photo
    story never matched."""
    captions = [t for p in photos if p.article_id == article.id for t in (p.caption, p.credit)]
    parts = (article.kicker, *article.headlines, article.subheadline, *article.paragraphs,
             *captions)
    return Segment(article.id, "\n".join(p for p in parts if p))


def article_figures(truth: Truth, page: Page) -> tuple[int, int]:
    """Truth articles matched by one of the page's (one to one), and truth headline lines
    found in the heading of the article matched to theirs: ``arts`` and ``heads``."""
    arts = [article_segment(a, page.photos) for a in page.articles]
    heads = [" ".join(p for p in (a.kicker, *a.headlines, a.subheadline) if p)
             for a in page.articles]
    found = sum(1 for r, h, _ in match_segments(truth.articles, arts, min_similarity=0.5)
                if r is not None and h is not None)
    return found, headline_hits(truth, arts, heads)


#: Full-width marks as their ASCII forms (``script.FULL_WIDTH_MARKS``), for ``headline_hits``.
_ASCII_MARKS = str.maketrans({v: k for k, v in FULL_WIDTH_MARKS.items()})


def headline_hits(truth: Truth, page_articles: list[Segment], heads: list[str]) -> int:
    """Truth headline lines found in the headline of the article matched to theirs.

    A short line found as well in another article's heading (``Run`` in ``River Run``
    and in ``Evening Runs``; a one-character CJK line) counts where its own article's
    heading scores as high: a tie was given to whichever article came first. A mark
    counts alike in its full-width and ASCII forms (``了？`` read ``了?``, ``件（套）``
    read ``件(套)``): a two-character line scored 50 on the mark's form alone."""
    pairs = match_segments(truth.articles, page_articles, min_similarity=0.5)
    matched = {r.id: h.id for r, h, _ in pairs if r is not None and h is not None}
    index = {s.id: k for k, s in enumerate(page_articles)}
    heads = [h.translate(_ASCII_MARKS) for h in heads]
    hits = 0
    for art, line in truth.headlines:
        line = line.translate(_ASCII_MARKS)
        scores = [fuzz.partial_ratio(line, h) if h else 0.0 for h in heads]
        if not scores or max(scores) < 80:
            continue
        if art in matched and scores[index[matched[art]]] == max(scores):
            hits += 1
    return hits

