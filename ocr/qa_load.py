"""QA input: plain text, newsocr JSON, ALTO (any version) or folders of them, as ``Doc``s.

The I/O edge of QA: ``ocr.qa`` only sees ``Doc`` objects. ALTO is read by
``ocr.readers.alto.read_alto_pages`` (the pages of a file make one QA page) when it
is installed; otherwise String CONTENT is taken by local name (any ALTO namespace or
version) with a parser that neither expands entities nor touches the network.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError, UsageError
from .model import Article, BlockKind, Page
from .qa import Doc, Report, Segment, compare_docs, missing_page, summarize
from .qa_align import TooManyWords

#: Formats a folder diff picks up, best first when one page comes in several.
QA_SUFFIXES = (".truth.json", ".expected.json", ".json", ".alto.xml", ".page.xml", ".xml", ".alto",
               ".txt")


def _paragraphs(text: str) -> tuple[Segment, ...]:
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return tuple(Segment(f"p{i + 1}", p) for i, p in enumerate(p for p in paras if p))


def read_plain(path: Path) -> Doc:
    """Plain text: the segments are its paragraphs (blank-line separated)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    if data.strip():
        from .readers.textdecode import decode

        text = decode(data, str(path))
    else:
        text = ""  # an empty result is a legitimate (bad) OCR outcome, scored as such
    return Doc(page_id=page_key(path), text=text, segments=_paragraphs(text), path=str(path))


def article_text(page: Page, index: int) -> str:
    a = page.articles[index]
    parts = [a.kicker, *a.headlines, a.subheadline, a.byline, a.dateline]
    parts += [a.continued_from.text if a.continued_from else None, *a.paragraphs]
    parts.append(a.jump.text if a.jump else None)
    return "\n".join(p for p in parts if p)


def doc_from_page(page: Page, path: str | None = None) -> Doc:
    """Articles become segments; a page without articles is compared block by block."""
    if page.articles or page.photos:
        used = {b for a in page.articles for b in a.block_ids}
        used |= {b for p in page.photos for b in p.block_ids}
        rest = [b for b in page.ordered_blocks() if b.id not in used and b.text.strip()]
        furniture = [Segment(b.id, b.text) for b in rest if b.kind == BlockKind.FURNITURE]
        others = [Segment(b.id, b.text) for b in rest if b.kind != BlockKind.FURNITURE]
        index = {a.id: i for i, a in enumerate(page.articles)}
        # Articles and photo items as printed: each caption beside its story.
        items = [
            Segment(x.id, article_text(page, index[x.id]) if isinstance(x, Article)
                    else "\n".join(t for t in (x.title, x.caption, x.credit) if t))
            for x in page.items()
        ]
        parts = furniture + items + others
        return Doc(
            page_id=page.id,
            text="\n\n".join(s.text for s in parts if s.text),
            segments=tuple(items),
            has_articles=bool(page.articles),
            path=path,
        )
    blocks = [Segment(b.id, b.text) for b in page.ordered_blocks() if b.text.strip()]
    return Doc(page.id, "\n\n".join(s.text for s in blocks), tuple(blocks), False, path)


def _is_alto(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4096)
    return b"alto" in head.lower()


def _is_page(path: Path) -> bool:
    from .readers.sniff import sniff

    return sniff(path) == "page"


def load_doc(path: str | Path) -> Doc:
    """One page for QA, by file type: ``.json`` newsocr JSON, ALTO XML, else plain text."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    name = path.name.lower()
    if name.endswith(".json"):
        from .readers.json import read_json

        page = read_json(path)
        return _with_key(doc_from_page(page, str(path)), path)
    if name.endswith(".xml") and _is_page(path):
        from .readers.page import read_page_xml_pages  # PAGE-XML, in its own reading order

        docs = [doc_from_page(page, str(path)) for page in read_page_xml_pages(path)]
        return _with_key(_joined(docs), path)
    if name.endswith((".xml", ".alto")) and _is_alto(path):
        from .readers.alto import read_alto_pages  # the one safe ALTO parser, any version

        docs = [doc_from_page(page, str(path)) for page in read_alto_pages(path)]
        return _with_key(_joined(docs), path)
    return read_plain(path)


def _joined(docs: list[Doc]) -> Doc:
    """The pages of one file as one QA page: their texts and segments in page order."""
    if len(docs) == 1:
        return docs[0]
    return Doc(
        page_id=docs[0].page_id,
        text="\n\n".join(d.text for d in docs if d.text),
        segments=tuple(s for d in docs for s in d.segments),
        has_articles=any(d.has_articles for d in docs),
        path=docs[0].path,
    )


def _with_key(doc: Doc, path: Path) -> Doc:
    """Page ids of files come from the file name, so both sides of a diff agree."""
    return Doc(page_key(path), doc.text, doc.segments, doc.has_articles, doc.path)


def page_key(path: Path) -> str:
    """Page id of a file: its name without the format suffix (``p1.alto.xml`` -> ``p1``)."""
    name = path.name
    for suffix in QA_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def index_folder(folder: Path) -> dict[str, Path]:
    """Pages in a folder tree by page id; the richest format wins, hidden entries skipped."""
    found: dict[str, tuple[int, Path]] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        rank = next(
            (i for i, s in enumerate(QA_SUFFIXES) if path.name.lower().endswith(s)), None
        )
        if rank is None:
            continue
        key = page_key(path)
        prev = found.get(key)
        if prev and prev[0] == rank:
            raise InputError(folder, f"page id {key!r} is ambiguous: {prev[1]} and {path}")
        if prev is None or rank < prev[0]:
            found[key] = (rank, path)
    return {k: p for k, (_, p) in sorted(found.items())}


#: A page of a file of several pages, as newsocr names its outputs: ``NAME-pN``.
_PAGE_OF = re.compile(r"(.+)-p(\d+)")


def _grouped(side: dict[str, Path], other: dict[str, Path]) -> dict[str, list[Path]]:
    """``side``'s pages by page id, the pages ``NAME-p1``, ``NAME-p2`` ... of one file put
    together under ``NAME`` where the other side has ``NAME`` alone (the truth of a
    multi-page file kept as one file, its outputs written page by page)."""
    out: dict[str, list[tuple[int, Path]]] = {}
    for key, path in side.items():
        m = _PAGE_OF.fullmatch(key)
        name = (m.group(1) if m and m.group(1) in other and m.group(1) not in side
                and key not in other else key)  # (a page the other side has too is its own)
        out.setdefault(name, []).append((int(m.group(2)) if m and name != key else 0, path))
    return {k: [p for _, p in sorted(v)] for k, v in out.items()}


def pairs(expected: Path, actual: Path) -> Iterator[tuple[str, list[Path], list[Path]]]:
    """Pages to compare: two files, or two folders matched by page id (each side's files
    of one page; a file's pages written apart, ``NAME-pN``, stand for ``NAME``)."""
    if expected.is_dir() != actual.is_dir():
        raise UsageError("diff compares two files or two folders, not a file with a folder")
    if not expected.is_dir():
        yield page_key(expected), [expected], [actual]
        return
    exp, act = index_folder(expected), index_folder(actual)
    if not exp:
        raise InputError(expected, "no pages (.txt, .json, .xml) in this folder")
    exp_pages, act_pages = _grouped(exp, act), _grouped(act, exp)
    for key in sorted(set(exp_pages) | set(act_pages)):
        yield key, exp_pages.get(key, []), act_pages.get(key, [])


def _load(paths: list[Path], key: str) -> Doc | None:
    """One QA page from one file, or from a file's pages written apart (joined in order)."""
    if not paths:
        return None
    docs = [load_doc(p) for p in paths]
    return docs[0] if len(docs) == 1 else dataclasses.replace(_joined(docs), page_id=key)


def diff_paths(expected: str | Path, actual: str | Path) -> Report:
    """The QA report for two files or two folders (the library call behind ``newsocr diff``)."""
    results = []
    for key, e, a in pairs(Path(expected), Path(actual)):
        de, da = _load(e, key), _load(a, key)
        if de and da:
            try:
                results.append(compare_docs(de, da))
            except TooManyWords as exc:  # (a page written apart: named by its first file)
                raise InputError(a[0], str(exc)) from None
        else:
            results.append(missing_page(key, de, da))
    return summarize(results)
