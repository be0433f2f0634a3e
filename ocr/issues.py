"""Issues of a batch output folder, and the METS file of each (``newsocr mets``).

A newspaper issue is several pages; archives deliver it as one METS file pointing at
the page images and their ALTO files, with the articles mapped onto ALTO blocks. This
module reads what a finished ``newsocr batch`` left in its output folder (``batch.jsonl``
for where each page came from, the ``.alto.xml`` files for the articles) and groups the
pages into issues: by the folder they sit in (a batch mirrors its input tree, and an
archive's tree is usually title/year/issue/page), or by an ``issue`` column of a
manifest. It runs after the batch, not inside it, so a resumed, partly failed or Dask
batch gets its METS the same way, and METS can be remade without reprocessing a page.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, UsageError
from .writers import atomic_write
from .writers.mets import PART_TYPES, MetsFile, MetsItem, MetsPage, mets_bytes
from .xmlsafe import local_name, parse_xml, read_source

IMAGE_TYPES = {".tif": "image/tiff", ".tiff": "image/tiff", ".png": "image/png",
               ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".jp2": "image/jp2"}
ALTO_SUFFIX, PAGE_SUFFIX, METS_SUFFIX = ".alto.xml", ".page.xml", ".mets.xml"
_BLOCKS = {"TextBlock", "Illustration", "GraphicalElement", "ComposedBlock"}
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True, slots=True)
class Issue:
    """One issue: its name, where its METS goes, and its pages in order."""

    name: str
    mets_path: Path
    pages: tuple[MetsPage, ...]
    #: Pages the batch failed on (left out of the METS, named so nobody misses them).
    missing: tuple[str, ...] = ()


def alto_items(data: bytes, label: str = "<bytes>") -> tuple[MetsItem, ...]:
    """The articles and photo items of one of newsocr's ALTO files, in reading order.

    Read from the file's ``StructureTag``s (TYPE ``article``/``photo``) and the blocks
    naming them in ``TAGREFS``; part types from the ``blockKind`` RoleTags. The blocks'
    file order is the reading order (the writer puts them so).
    """
    root = parse_xml(data, label)
    if local_name(root) != "alto":
        raise InputError(label, f"not an ALTO file (root element is <{local_name(root)}>)")
    kinds: dict[str, str] = {}
    items: dict[str, tuple[str, str, str]] = {}  # tag id -> (type, newsocr id, label)
    for tag in root.iter("{*}RoleTag", "{*}StructureTag"):
        tid, type_ = tag.get("ID") or "", tag.get("TYPE") or ""
        if local_name(tag) == "RoleTag" and type_ == "blockKind":
            kinds[tid] = tag.get("LABEL") or "body"
        elif type_ in ("article", "photo"):
            mets_type = "article" if type_ == "article" else "illustration"
            items[tid] = (mets_type, tag.get("DESCRIPTION") or tid, tag.get("LABEL") or tid)
    parts: dict[str, list[tuple[str, str]]] = {tid: [] for tid in items}
    first: dict[str, int] = {}
    blocks = [el for el in root.iter("{*}*") if local_name(el) in _BLOCKS and el.get("ID")]
    for n, el in enumerate(blocks):
        refs = (el.get("TAGREFS") or "").split()
        kind = next((kinds[r] for r in refs if r in kinds), "body")
        for r in refs:
            if r in parts:
                parts[r].append((PART_TYPES.get(kind, kind), el.get("ID") or ""))
                first.setdefault(r, n)
    ordered = sorted((tid for tid in items if parts[tid]), key=lambda t: first[t])
    return tuple(MetsItem(_UNSAFE.sub("_", items[t][1]), items[t][0], items[t][2],
                          tuple(parts[t])) for t in ordered)


def find_issues(out_dir: Path, manifest: Path | None = None) -> list[Issue]:
    """The issues of a batch output folder (by folder, or by a manifest's ``issue`` column)."""
    if not out_dir.is_dir():
        what = "is a file, not a folder" if out_dir.exists() else "no such folder"
        raise InputError(out_dir, f"{what} (give the OUTDIR of a finished batch)")
    log = _batch_log(out_dir)
    groups: dict[str, list[tuple[Path, dict[str, str] | None]]] = {}
    mets_dir: dict[str, Path] = {}
    failed: dict[str, list[str]] = {}
    if manifest is None:
        for alto in sorted(out_dir.rglob(f"*{ALTO_SUFFIX}"), key=_natural):
            if any(p.startswith(".") for p in alto.relative_to(out_dir).parts):
                continue
            folder = alto.parent
            key = folder.relative_to(out_dir).as_posix()
            groups.setdefault(key, []).append((alto, _row_for(alto, out_dir, log)))
            mets_dir[key] = folder
        for row in log.values():
            if row.get("status") == "failed":
                key = Path(row["rel"]).parent.as_posix()
                failed.setdefault("" if key == "." else key, []).append(row["page_id"])
    else:
        by_input = {str(Path(r["path"]).resolve()): r for r in log.values()}
        for row in _manifest_rows(manifest):
            issue = row.get("issue")
            if not issue:
                raise UsageError(f"{manifest}: a row without an 'issue' column: {row['path']}")
            done = by_input.get(str(Path(row["path"]).resolve()))
            if done is None or done.get("status") == "failed":
                failed.setdefault(issue, []).append(row.get("page_id") or row["path"])
                continue
            for alto in _altos(out_dir, done["rel"]):
                groups.setdefault(issue, []).append((alto, done))
            mets_dir[issue] = out_dir
    issues = []
    for key, members in groups.items():
        name = key if manifest is not None else (Path(key).name if key not in ("", ".")
                                                 else out_dir.resolve().name)
        path = mets_dir[key] / f"{_UNSAFE.sub('_', name)}{METS_SUFFIX}"
        pages = tuple(_page(alto, row, path.parent) for alto, row in members)
        issues.append(Issue(name, path, pages, tuple(failed.get(key, ()))))
    return issues


def write_issue_mets(
    out_dir: Path, manifest: Path | None = None, software: str = "newsocr"
) -> list[Issue]:
    """Write one METS file per issue; every file is built before the first is written."""
    issues = find_issues(out_dir, manifest)
    if not issues:
        raise InputError(out_dir, f"no {ALTO_SUFFIX} files (run `newsocr batch` with alto output)")
    blobs = [(i.mets_path, mets_bytes(i.name, list(i.pages), software)) for i in issues]
    for path, data in blobs:
        atomic_write(path, data)
    return issues


def _page(alto: Path, row: dict[str, str] | None, mets_folder: Path) -> MetsPage:
    data, label = read_source(alto)
    page_id = alto.name[: -len(ALTO_SUFFIX)]
    image = None
    if row is not None and Path(row["path"]).suffix.lower() in IMAGE_TYPES:
        src = Path(row["path"])
        image = MetsFile(_href(src, mets_folder), IMAGE_TYPES[src.suffix.lower()],
                         row.get("input_sha256") or None)
    page_xml = alto.with_name(page_id + PAGE_SUFFIX)
    return MetsPage(
        id=_UNSAFE.sub("_", page_id),
        alto=MetsFile(_href(alto, mets_folder), "text/xml", hashlib.sha256(data).hexdigest()),
        image=image,
        page_xml=(MetsFile(_href(page_xml, mets_folder), "text/xml",
                           hashlib.sha256(page_xml.read_bytes()).hexdigest())
                  if page_xml.is_file() else None),
        items=alto_items(data, label),
    )


def _href(path: Path, folder: Path) -> str:
    """A relative URL from the METS file's folder (a file URI across drives)."""
    try:
        return Path(os.path.relpath(path.resolve(), folder.resolve())).as_posix()
    except ValueError:
        return path.resolve().as_uri()


def _batch_log(out_dir: Path) -> dict[str, dict[str, str]]:
    """``batch.jsonl`` rows by output base (``rel``); empty when the folder has none."""
    log = out_dir / "batch.jsonl"
    rows: dict[str, dict[str, str]] = {}
    if not log.is_file():
        return rows
    for n, line in enumerate(log.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(log, f"line {n}: not JSON (is the batch still running?)") from None
        if isinstance(row, dict) and row.get("rel"):
            rows[str(row["rel"])] = {k: str(v) for k, v in row.items() if isinstance(v, str)}
    return rows


def _row_for(alto: Path, out_dir: Path, log: dict[str, dict[str, str]]) -> dict[str, str] | None:
    rel = alto.relative_to(out_dir).as_posix()[: -len(ALTO_SUFFIX)]
    if rel in log:
        return log[rel]
    base = re.sub(r"-p\d+$", "", rel)  # one page of a multi-page input
    return log.get(base)


def _altos(out_dir: Path, rel: str) -> Iterator[Path]:
    single = out_dir / f"{rel}{ALTO_SUFFIX}"
    if single.is_file():
        yield single
        return
    yield from sorted(single.parent.glob(f"{Path(rel).name}-p*{ALTO_SUFFIX}"), key=_natural)


def _manifest_rows(manifest: Path) -> list[dict[str, str]]:
    from .manifest import read_manifest

    return read_manifest(manifest)


def _natural(path: Path) -> list[object]:
    """Sort key that puts p2 before p10."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", path.as_posix())]
