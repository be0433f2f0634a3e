"""The page as JSON, schema ``newsocr.page/1`` (documented in docs/json-schema.md).

Deterministic: the same page gives the same bytes (no timestamps), so batch runs
on different executors can be compared byte for byte.
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from ..model import Article, Block, Jump, Page, Photo

#: ``/2``: an article lists its photo items' ids (``photos``) instead of repeating their
#: captions (``captions`` in ``/1``): each printed text is in one item only.
SCHEMA = "newsocr.page/2"


def _jump(j: Jump | None) -> dict[str, Any] | None:
    return None if j is None else {"text": j.text, "page": j.page}


def _boxes(ids: tuple[str, ...], by_id: dict[str, Block]) -> list[list[int] | None]:
    """Each block's box as [x, y, width, height] in page pixels (null without geometry),
    in the order of ``blocks``: what a viewer needs to draw the item."""
    out: list[list[int] | None] = []
    for i in ids:
        b = by_id[i].box if i in by_id else None
        out.append(None if b is None else [b.x, b.y, b.w, b.h])
    return out


def _article(a: Article, photos: list[str], by_id: dict[str, Block]) -> dict[str, Any]:
    return {
        "id": a.id,
        "kicker": a.kicker,
        "headlines": list(a.headlines),
        "subheadline": a.subheadline,
        "byline": a.byline,
        "dateline": a.dateline,
        "paragraphs": list(a.paragraphs),
        "photos": photos,
        "jump": _jump(a.jump),
        "continued_from": _jump(a.continued_from),
        "blocks": list(a.block_ids),
        "boxes": _boxes(a.block_ids, by_id),
    }


def _photo(p: Photo, by_id: dict[str, Block]) -> dict[str, Any]:
    return {
        "id": p.id,
        "title": p.title,
        "caption": p.caption,
        "credit": p.credit,
        "article": p.article_id,
        "blocks": list(p.block_ids),
        "boxes": _boxes(p.block_ids, by_id),
    }


def page_dict(page: Page) -> dict[str, Any]:
    """The JSON document as plain Python data."""
    by_id = {b.id: b for b in page.blocks}
    photos: dict[str, list[str]] = {}
    for p in page.photos:
        if p.article_id:
            photos.setdefault(p.article_id, []).append(p.id)
    return {
        "schema": SCHEMA,
        "page": {
            "id": page.id,
            "lang": page.lang,
            "size": list(page.size) if page.size else None,
            "source": {"path": page.source.path, "sha256": page.source.sha256,
                       "kind": page.source.kind},
        },
        "furniture": [b.text.replace("\n", " ") for b in page.ordered_blocks()
                      if b.kind == "furniture"],
        "articles": [_article(a, photos.get(a.id, []), by_id) for a in page.articles],
        "photos": [_photo(p, by_id) for p in page.photos],
        "orphans": [{"block": i, "text": by_id[i].text} for i in page.orphans],
        "corrections": [
            {"article": c.article_id, "field": c.field, "paragraph": c.paragraph,
             "offset": c.offset,
             "original": c.original, "corrected": c.corrected, "score": round(c.score, 2),
             "reason": c.reason}
            for c in page.corrections
        ],
        "reading_order": list(page.reading_order),
        "steps": [{"software": s.software, "version": s.version, "action": s.action,
                   "parameters": dict(s.parameters)} for s in page.steps],
        "warnings": list(page.warnings),
    }


def json_bytes(page: Page) -> bytes:
    return (json.dumps(page_dict(page), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


#: Encoded pieces gathered before they go to the file.
_CHUNK = 4096


def write_json_to(page: Page, fh: BinaryIO) -> None:
    """The bytes of ``json_bytes``, written to ``fh`` piece by piece as they are encoded
    (a page of a million articles is not held as one string as well)."""
    parts: list[str] = []
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(page_dict(page)):
        parts.append(piece)
        if len(parts) >= _CHUNK:
            fh.write("".join(parts).encode("utf-8"))
            parts.clear()
    parts.append("\n")
    fh.write("".join(parts).encode("utf-8"))
