"""Imports run one way (docs/architecture.md): a test fails when an arrow runs back.

cli -> batch, qa -> pipeline -> stages, scan, readers, writers -> layout, text rules -> model.
Every ``from``/``import`` of an ``ocr`` module counts, at module level or inside a
function (a lazy import is still an arrow).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "ocr"

#: Each floor and the modules on it (a name covers the package and its submodules).
FLOORS: dict[str, tuple[str, ...]] = {
    "base": ("ocr.script", "ocr.errors", "ocr.alto_vocab", "ocr.version"),
    "model": ("ocr.model",),
    "rules": (
        "ocr.typography", "ocr.linejoin", "ocr.heading_words", "ocr.byline_words", "ocr.profiles",
        "ocr.markers",
        "ocr.leads",
        "ocr.marked_parts",
        "ocr.marker_scan",
        "ocr.lexicon",
        "ocr.files", "ocr.xmlsafe", "ocr.runtime", "ocr.patterns", "ocr.pattern_openings",
        "ocr.terms", "ocr.letter_pairs", "ocr.word_pairs",
    ),
    "layout": ("ocr.layout",),
    "parts": (
        "ocr.readers", "ocr.writers", "ocr.scan", "ocr.preprocess", "ocr.recognize", "ocr.reread",
        "ocr.reread_short", "ocr.reread_merged", "ocr.reread_last", "ocr.photo_grain",
        "ocr.line_crop",
        "ocr.grain_words",
        "ocr.rule_bars", "ocr.closing_quotes",
        "ocr.tessapi",
        "ocr.scan_language",
        "ocr.orientation",
        "ocr.classify", "ocr.text_headings", "ocr.cjk_heading_lines", "ocr.heading_shape",
        "ocr.kinds_by_place", "ocr.foot_folio",
        "ocr.downstyle_headlines", "ocr.open_line_heads", "ocr.stack_in_block",
        "ocr.decks", "ocr.captions", "ocr.caption_places",
        "ocr.text_pieces", "ocr.heading_rest", "ocr.resumed_text", "ocr.furniture",
        "ocr.listing_rows",
        "ocr.crossheads",
        "ocr.order",
        "ocr.headline_reach",
        "ocr.order_stacks",
        "ocr.order_beside",
        "ocr.order_rails",
        "ocr.order_gutters",
        "ocr.photo_across",
        "ocr.column_flow",
        "ocr.engine_order",
        "ocr.assemble", "ocr.headline_attachment", "ocr.drafts", "ocr.photo_joins",
        "ocr.deck_lines", "ocr.jump_lines",
        "ocr.correct",
        "ocr.origin", "ocr.continuity", "ocr.read_on", "ocr.story_flow", "ocr.dated_briefs",
        "ocr.pending_columns",
        "ocr.open_gaps",
        "ocr.stray_lines", "ocr.briefs", "ocr.run_on_briefs", "ocr.lone_kickers",
        "ocr.column_blocks",
        "ocr.misplaced_columns", "ocr.signed_columns", "ocr.signed_stories",
        "ocr.crosshead_sections", "ocr.headless_columns", "ocr.stacks_apart", "ocr.stacked_story",
        "ocr.stacks_over_bylines",
        "ocr.headlines", "ocr.heading_splits", "ocr.heading_terms", "ocr.glued_headlines",
        "ocr.stacked_headings",
        "ocr.section_labels", "ocr.photo_titles", "ocr.photo_owners", "ocr.heading_roles",
        "ocr.heading_beside",
        "ocr.paragraphs", "ocr.unstopped", "ocr.word_spans",
    ),
    "pipeline": ("ocr.pipeline",),
    "services": (
        "ocr.batch", "ocr.batch_plan", "ocr.batch_log", "ocr.manifest", "ocr.executors",
        "ocr.progress", "ocr.qa", "ocr.qa_align", "ocr.qa_load", "ocr.qa_match", "ocr.qa_report",
        "ocr.qa_words",
        "ocr.issues",
    ),
    "cli": ("ocr.cli",),
}
ORDER = list(FLOORS)

#: Arrows that stay inside one floor but still run the wrong way.
FORBIDDEN: list[tuple[str, str, str]] = [
    ("ocr.readers", "ocr.writers", "a reader never imports a writer"),
    ("ocr.writers", "ocr.readers", "a writer never imports a reader"),
    ("ocr.readers", "ocr.classify", "a reader never imports a stage"),
    ("ocr.readers", "ocr.assemble", "a reader never imports a stage"),
    ("ocr.readers", "ocr.correct", "a reader never imports a stage"),
    ("ocr.readers", "ocr.order", "a reader never imports a stage"),
    ("ocr.readers", "ocr.cjk_heading_lines", "a reader never imports a stage"),
    ("ocr.readers", "ocr.heading_shape", "a reader never imports a stage"),
    ("ocr.writers", "ocr.scan", "a writer only draws and serialises"),
    ("ocr.typography", "ocr.correct", "text rules never import a stage"),
    ("ocr.marker_scan", "ocr.markers", "markers asks the page scan, never the other way"),
    ("ocr.executors", "ocr.pipeline", "an executor runs any task; the batch passes its setup"),
]


def _module(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path = ROOT) -> set[str]:
    mod = _module(path, root)
    package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module":
            found.add("<import_module>")
    return {t for t in found if t.startswith("ocr") or t == "<import_module>"}


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _floor(name: str) -> str | None:
    for floor, prefixes in FLOORS.items():
        if any(_within(name, p) for p in prefixes):
            return floor
    return None


SOURCES = sorted(p for p in PACKAGE.rglob("*.py"))


def test_every_module_has_a_floor() -> None:
    missing = [m for m in map(_module, SOURCES) if m != "ocr" and _floor(m) is None]
    assert not missing, f"place these modules on a floor in FLOORS and in docs: {missing}"


@pytest.mark.parametrize("path", SOURCES, ids=[_module(p) for p in SOURCES])
def test_imports_run_one_way(path: Path) -> None:
    mod = _module(path)
    if mod == "ocr":  # the public API re-exports from every floor
        return
    here = ORDER.index(_floor(mod) or "cli")
    wrong = []
    for target in sorted(_imports(path)):
        if target == "<import_module>":
            wrong.append("import_module hides an arrow: import the module by name")
            continue
        floor = _floor(target)
        if target == "ocr" or (floor is not None and ORDER.index(floor) > here):
            wrong.append(f"{target} is above {mod}")
        for src, dst, why in FORBIDDEN:
            if _within(mod, src) and _within(target, dst):
                wrong.append(f"{target}: {why}")
    assert not wrong, f"{mod}: " + "; ".join(dict.fromkeys(wrong))


def test_the_rule_catches_an_arrow_that_runs_back(tmp_path: Path) -> None:
    """The checker itself: a reader importing a writer, the CLI or a hidden module is found."""
    pkg = tmp_path / "ocr" / "readers"
    pkg.mkdir(parents=True)
    bad = pkg / "bad.py"
    bad.write_text(
        "from ..writers import write_page\n"
        "def f():\n    from ocr.cli import main\n    import importlib\n"
        "    importlib.import_module('ocr.batch')\n",
        encoding="utf-8",
    )
    found = _imports(bad, tmp_path)
    assert {"ocr.writers", "ocr.cli", "<import_module>"} <= found
