"""Read newsocr's own JSON (``"schema": "newsocr.page/2"``) back into a ``Page``.

QA compares a run's JSON with expected JSON, and a later run may want to start
from an earlier one's articles, so the documented output must be readable. The
reader keeps what the schema promises (articles, photos, furniture, page
identity); geometry is not in the JSON and stays ``None``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import (
    SOURCE_KINDS,
    Article,
    Block,
    BlockKind,
    Jump,
    JumpDirection,
    Line,
    Page,
    Photo,
    Source,
    SourceKind,
    Word,
)

SCHEMA = "newsocr.page/2"
#: Also read: the expected pages and synthetic-scan truth of the fixtures (same article shape).
SCHEMAS = ("newsocr.page/", "newsocr.expected/", "newsocr.truth/")
#: A page of JSON is tens of kilobytes; refuse what cannot be one.
MAX_JSON_BYTES = 50 * 1024 * 1024


def read_json(path: str | Path) -> Page:
    """A ``Page`` from a newsocr JSON file; ``InputError`` names the file and the problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_JSON_BYTES:
        raise InputError(path, f"JSON file too large ({len(data):,} bytes)")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"not valid JSON: {exc}") from None
    return page_from_dict(doc, path)


def page_from_dict(doc: Any, path: str | Path = "<json>") -> Page:
    """Validate the parts QA and re-use need; unknown keys are ignored (forward compatible)."""
    if not isinstance(doc, dict) or not str(doc.get("schema", "")).startswith(SCHEMAS):
        raise InputError(path, f"not a newsocr page (expected \"schema\": \"{SCHEMA}\")")
    try:
        articles = tuple(_article(a, i) for i, a in enumerate(doc.get("articles") or ()))
        photos = tuple(_photo(p, i) for i, p in enumerate(doc.get("photos") or ()))
        furniture = tuple(_furniture(f, i) for i, f in enumerate(doc.get("furniture") or ()))
    except (TypeError, ValueError, AttributeError) as exc:
        raise InputError(path, f"malformed newsocr JSON: {exc}") from None
    meta: dict[str, Any] = doc["page"] if isinstance(doc.get("page"), dict) else doc
    try:
        orphans = tuple(_orphan(o, i) for i, o in enumerate(doc.get("orphans") or ()))
    except (TypeError, ValueError, AttributeError) as exc:
        raise InputError(path, f"malformed newsocr JSON: {exc}") from None
    src = meta.get("source")
    if isinstance(src, dict):
        kind: SourceKind = next((k for k in SOURCE_KINDS if k == src.get("kind")), "json")
        source = Source(src.get("path"), str(src.get("sha256", "")), kind)
    else:
        source = Source(str(path), "", "json")
    size = meta.get("size")
    if not (isinstance(size, list | tuple) and len(size) == 2):
        size = None
    return Page(
        id=str(meta.get("id") or meta.get("page_id") or Path(path).stem),
        source=source,
        lang=str(meta.get("lang") or "und"),
        size=(int(size[0]), int(size[1])) if size else None,
        blocks=furniture + orphans,
        articles=articles,
        photos=photos,
        orphans=tuple(b.id for b in orphans),
        warnings=tuple(str(w) for w in doc.get("warnings") or ()),
    )


def _opt(d: dict[str, Any], key: str) -> str | None:
    v = d.get(key)
    return None if v in (None, "") else str(v)


def _strings(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(x) for x in v)


def _jump(v: Any, direction: JumpDirection) -> Jump | None:
    if not v:
        return None
    if isinstance(v, str):
        return Jump(v, None, direction)
    said = v.get("direction", direction)
    return Jump(str(v.get("text", "")), _opt(v, "page"), "from" if said == "from" else "to")


def _article(a: dict[str, Any], i: int) -> Article:
    return Article(
        id=str(a.get("id") or f"a{i + 1}"),
        headlines=_strings(a.get("headlines") or a.get("headline")),
        kicker=_opt(a, "kicker"),
        subheadline=_opt(a, "subheadline"),
        byline=_opt(a, "byline"),
        dateline=_opt(a, "dateline"),
        paragraphs=_strings(a.get("paragraphs")),
        jump=_jump(a.get("jump"), "to"),
        continued_from=_jump(a.get("continued_from"), "from"),
        block_ids=_strings(a.get("blocks", a.get("block_ids"))),
    )


def _photo(p: dict[str, Any], i: int) -> Photo:
    return Photo(
        id=str(p.get("id") or f"p{i + 1}"),
        title=_opt(p, "title"),
        caption=_opt(p, "caption"),
        credit=_opt(p, "credit"),
        article_id=_opt(p, "article") or _opt(p, "article_id"),
        block_ids=_strings(p.get("blocks", p.get("block_ids"))),
    )


def _furniture(f: Any, i: int) -> Block:
    """Furniture comes as strings or ``{"id", "text"}`` objects; kept as FURNITURE blocks."""
    if isinstance(f, str):
        return _text_block(f"furniture{i + 1}", f, BlockKind.FURNITURE)
    return _text_block(str(f.get("id") or f"furniture{i + 1}"), str(f.get("text", "")),
                       BlockKind.FURNITURE)


def _orphan(o: Any, i: int) -> Block:
    """Blocks no article or photo claimed: ``{"block", "text"}``."""
    if isinstance(o, str):
        return _text_block(f"orphan{i + 1}", o, BlockKind.BODY)
    return _text_block(f"orphan:{o.get('block') or i + 1}", str(o.get("text", "")),
                       BlockKind.BODY)


def _text_block(fid: str, text: str, kind: BlockKind) -> Block:
    text = unicodedata.normalize("NFC", text)
    lines = tuple(
        Line(tuple(Word(w) for w in line.split()))
        for line in text.splitlines()
        if line.split()
    )
    return Block(id=fid, kind=kind, lines=lines)
