"""The page as JSON, schema ``newsocr.page/1`` (documented in docs/json-schema.md).

Deterministic: the same page gives the same bytes (no timestamps), so batch runs
on different executors can be compared byte for byte.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from json.encoder import encode_basestring
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
    buf = io.BytesIO()
    write_json_to(page, buf)
    return buf.getvalue()


#: Pieces gathered before they go to the file in one write.
_PIECES = 1024
#: A string as ``json.dumps(ensure_ascii=False)`` writes it (C).
_string = encode_basestring


def write_json_to(page: Page, fh: BinaryIO) -> None:
    """The page's JSON, written to ``fh`` piece by piece as it is encoded (a page of a
    million articles is not held as one string as well): the bytes of
    ``json.dumps(page_dict(page), ensure_ascii=False, indent=2)`` and a newline.

    ``json`` indents in pure Python, a generator call for every value; this writes each
    list of plain values (a story's paragraphs, its block ids) with one ``join``, and
    leaves the escaping of strings to ``json``'s C function: two thirds of its time."""
    parts: list[str] = []

    def flush() -> None:
        fh.write("".join(parts).encode("utf-8"))
        parts.clear()

    _encode(page_dict(page), "\n", parts, flush)
    parts.append("\n")
    flush()


def _encode(value: Any, nl: str, parts: list[str], flush: Callable[[], None]) -> None:
    """``value`` as ``json`` writes it with ``indent=2`` at the line start ``nl`` (a
    newline and this level's indentation), appended to ``parts``."""
    kind = type(value)
    if kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = nl + "  "
        sep = "{" + inner
        for key, item in value.items():
            name = _string(key if type(key) is str else _key(key))
            if type(item) is str:  # most values: written with their key
                parts.append(f"{sep}{name}: {_string(item)}")
            elif item is None:
                parts.append(f"{sep}{name}: null")
            else:
                parts.append(f"{sep}{name}: ")
                _encode(item, inner, parts, flush)
            sep = "," + inner
        parts.append(nl + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        inner = nl + "  "
        sep = "," + inner
        slices = _joined(value, sep)
        if slices is not None:
            parts.append("[" + inner)
            for n, piece in enumerate(slices):
                if n:
                    parts.append(sep)
                    flush()  # a long list goes to the file a slice at a time
                parts.append(piece)
            parts.append(nl + "]")
            return
        parts.append("[" + inner)
        for i, item in enumerate(value):
            if i:
                parts.append(sep)
                if len(parts) >= _PIECES:
                    flush()
            _encode(item, inner, parts, flush)
        parts.append(nl + "]")
    elif isinstance(value, dict | list | tuple):  # a subclass: as json writes its base
        _encode(dict(value) if isinstance(value, dict) else list(value), nl, parts, flush)
    else:
        parts.append(_scalar(value))


def _joined(items: list[Any] | tuple[Any, ...], sep: str) -> list[str] | None:
    """A list of strings, numbers or nulls (paragraphs, ids, a box) written ``_PIECES``
    items a join, or None when it holds a list or a dict. Each join is tried and given
    up at the first item it cannot write (testing each item's type first costs more)."""
    slices = range(0, len(items), _PIECES)
    try:
        return [sep.join(map(_string, items[i:i + _PIECES])) for i in slices]
    except TypeError:
        pass
    try:
        return [sep.join(map(_scalar, items[i:i + _PIECES])) for i in slices]
    except TypeError:
        return None


def _key(key: Any) -> str:
    """A key that is not a plain string, named as ``json`` names it: a string subclass's
    characters (a ``StrEnum``'s value), or a number, boolean or null."""
    if isinstance(key, str):
        return str.__str__(key)
    if isinstance(key, bool | int | float) or key is None:
        return _scalar(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _scalar(value: Any) -> str:
    """A string, number, boolean or null as ``json`` writes it."""
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _FLOAT(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_FLOAT = json.JSONEncoder(allow_nan=True).encode  # (NaN and Infinity as json spells them)
