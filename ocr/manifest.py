"""Batch inputs: a folder searched by extension, or a CSV/JSONL manifest of pages."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .errors import InputError
from .pipeline import INPUT_SUFFIXES
from .writers import file_stem


def rel_base(path: Path, root: Path, page_id: str | None) -> str:
    """Output base of a page: its place under ``root`` (mirrored), named by page id or file stem."""
    try:
        rel = path.resolve().relative_to(root.resolve())
        parent = rel.parent
    except ValueError:
        parent = Path()
    return (parent / (page_id or file_stem(path))).as_posix()


def discover(source: Path, out_dir: Path) -> list[dict[str, str]]:
    """Pages of a folder (recursive, by extension) or a CSV/JSONL manifest."""
    if source.is_dir():
        out_res = out_dir.resolve()
        rows = []
        for p in sorted(source.rglob("*")):
            rel = p.relative_to(source)
            if not p.is_file() or any(part.startswith(".") for part in rel.parts):
                continue
            if p.suffix.lower() not in INPUT_SUFFIXES or out_res in p.resolve().parents:
                continue
            rows.append({"path": str(p)})
        if not rows:
            raise InputError(source, f"no pages ({' '.join(INPUT_SUFFIXES)}) in this folder")
        return rows
    if not source.is_file():
        raise InputError(source, "no such file or folder")
    return read_manifest(source)


def read_manifest(path: Path) -> list[dict[str, str]]:
    """A CSV (header row) or JSONL manifest: ``path`` plus optional page_id, profile, lang."""
    text = path.read_text(encoding="utf-8-sig")
    rows: list[dict[str, str]] = []
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(path, f"line {n}: not JSON: {exc}") from None
                if not isinstance(row, dict):
                    raise InputError(path, f"line {n}: expected an object")
                rows.append({k: str(v) for k, v in row.items() if v is not None})
    elif path.suffix.lower() == ".csv":
        rows = [{k.strip(): v.strip() for k, v in r.items() if k and v} for r in
                csv.DictReader(text.splitlines())]
    else:
        raise InputError(path, "not a folder or a manifest (.csv, .jsonl)")
    for n, row in enumerate(rows, 1):
        if not row.get("path"):
            raise InputError(path, f"entry {n} has no 'path'")
        p = Path(row["path"])
        row["path"] = str(p if p.is_absolute() else path.parent / p)
    if not rows:
        raise InputError(path, "manifest lists no pages")
    return rows
