"""Batch inputs: a folder searched by extension, or a CSV/JSONL manifest of pages.

A manifest is trusted no further than the command line: a ``page_id`` names
one file inside OUTDIR, so an id that would leave it (``..``, a path separator,
a drive, an absolute path) or cannot be a file name is refused with the line
named. In a folder, a link that points outside the folder is not followed
unless asked (``follow_links``): a batch over a shared drop folder must not
publish ``/etc/passwd``.
"""

from __future__ import annotations

import csv
import json
import os
import unicodedata
from pathlib import Path

from .errors import InputError, UsageError
from .files import file_stem
from .pipeline import INPUT_SUFFIXES

#: A page id becomes a file name with a suffix (``.alto.xml``, ``-p200``): 255 bytes at most.
MAX_PAGE_ID_BYTES = 200
#: Row key of a page a folder batch leaves out, with the reason (a link leaving the folder).
SKIP = "skip"


def rel_base(path: Path, root: Path, page_id: str | None) -> str:
    """Output base of a page: its place under ``root`` (mirrored), named by page id or file stem."""
    parent = Path()
    for p, r in ((Path(os.path.abspath(path)), Path(os.path.abspath(root))),
                 (path.resolve(), root.resolve())):
        try:
            parent = p.relative_to(r).parent
            break
        except ValueError:
            continue
    return (parent / (page_id or file_stem(path))).as_posix()


def page_id_problem(page_id: str) -> str | None:
    """Why ``page_id`` cannot name a page's files inside OUTDIR, or ``None`` when it can."""
    if page_id in (".", "..") or page_id.startswith("."):
        return "starts with '.' (it would leave OUTDIR or be hidden)"
    for ch in page_id:
        if ch in "/\\":
            return "holds a path separator (a page id is a file name, not a path)"
        if ch == ":":
            return "holds ':' (a drive or stream name on Windows)"
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            return f"holds a control character (U+{ord(ch):04X})"
    if len(page_id.encode("utf-8")) > MAX_PAGE_ID_BYTES:
        return f"is longer than {MAX_PAGE_ID_BYTES} bytes (a file name must fit)"
    if page_id != page_id.strip():
        return "begins or ends with white space"
    return None


def inside(out_dir: Path, rel: str) -> bool:
    """Whether the output base ``rel`` stays inside ``out_dir`` (no ``..``, not absolute)."""
    p = Path(rel)
    if p.is_absolute() or p.drive or ".." in p.parts:
        return False
    base = out_dir.resolve()
    return base == (base / p).resolve() or base in (base / p).resolve().parents


def discover(source: Path, out_dir: Path, follow_links: bool = False) -> list[dict[str, str]]:
    """Pages of a folder (recursive, by extension) or a CSV/JSONL manifest."""
    if source.is_dir():
        rows = _folder_pages(source, out_dir.resolve(), follow_links)
        if not rows:
            raise InputError(source, f"no pages ({' '.join(INPUT_SUFFIXES)}) in this folder")
        return rows
    if not source.is_file():
        raise InputError(source, "no such file or folder")
    return read_manifest(source)


def _folder_pages(source: Path, out_res: Path, follow_links: bool) -> list[dict[str, str]]:
    """Pages under ``source`` in name order, hidden entries and OUTDIR left out.

    A link (to a file or a folder) that points outside ``source`` becomes a row with
    ``SKIP`` unless ``follow_links``; a folder link inside it is not walked (its pages
    are read where they are), and no folder is walked twice (a link loop ends).
    """
    root = source.resolve()
    walked = {root}
    rows: list[dict[str, str]] = []

    def outside(real: Path) -> bool:
        return real != root and root not in real.parents

    def walk(folder: Path) -> None:
        for p in sorted(folder.iterdir()):
            if p.name.startswith("."):
                continue
            real = p.resolve()
            if p.is_dir():
                if real in walked or real == out_res or out_res in real.parents:
                    continue
                if not outside(real) and p.is_symlink():
                    continue  # its pages are read at their place in the tree
                if outside(real) and not follow_links:
                    rows.append({"path": str(p), SKIP: _link_skip(real, source)})
                    continue
                walked.add(real)
                walk(p)
            elif (p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                  and out_res not in real.parents):
                row = {"path": str(p)}
                if outside(real) and not follow_links:
                    row[SKIP] = _link_skip(real, source)
                rows.append(row)

    walk(source)
    return sorted(rows, key=lambda r: Path(r["path"]))


def _link_skip(real: Path, source: Path) -> str:
    return f"a link to {real}, outside {source} (use --follow-links to read it)"


def read_manifest(path: Path) -> list[dict[str, str]]:
    """A CSV (header row) or JSONL manifest: ``path`` plus optional page_id, profile, lang.

    A bad manifest is a usage error (exit 2) naming the line: nothing runs.
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise UsageError(f"{path}: line {bad}: not UTF-8 (save the manifest as UTF-8)") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the manifest: {exc.strerror or exc}") from None
    rows: list[tuple[int, dict[str, str]]] = []
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for n, entry in enumerate(text.splitlines(), 1):
            if entry.strip():
                try:
                    row = json.loads(entry)
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{path}: line {n}: not JSON: {exc}") from None
                if not isinstance(row, dict):
                    raise UsageError(f"{path}: line {n}: expected an object")
                rows.append((n, {str(k): str(v) for k, v in row.items() if v is not None}))
    elif path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        try:
            for r in reader:
                rows.append((reader.line_num, {k.strip(): v.strip() for k, v in r.items()
                                               if isinstance(k, str) and isinstance(v, str)
                                               and k and v}))
        except csv.Error as exc:
            raise UsageError(f"{path}: line {reader.line_num}: {exc}") from None
    else:
        raise UsageError(f"{path}: not a folder or a manifest (.csv, .jsonl)")
    out = []
    for n, row in rows:
        if not row.get("path"):
            raise UsageError(f"{path}: line {n}: no 'path'")
        page_id = row.get("page_id")
        if page_id and (problem := page_id_problem(page_id)):
            raise UsageError(f"{path}: line {n}: page_id {page_id[:80]!r} {problem}")
        p = Path(row["path"])
        row["path"] = str(p if p.is_absolute() else path.parent / p)
        row["line"] = str(n)
        out.append(row)
    if not out:
        raise UsageError(f"{path}: manifest lists no pages")
    return out
