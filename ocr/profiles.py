"""Layout profiles: a title's quirks as configuration (``ocr/layouts/*.toml``), not code.

A profile is declared once here as dataclasses with defaults; ``load_profile``
validates a TOML file against them (unknown keys, wrong types, numbers that are
not finite, bad regular expressions, missing lexicons are refused with the file
and key named). Marker patterns a user's profile brings run with a time budget
(``ocr.patterns``), so a pattern that backtracks catastrophically fails its page with
the pattern named instead of hanging it.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

import regex

from .errors import ProfileError
from .files import data_file
from .patterns import Budgeted, Pattern

#: Where a text page came from, and so whether correction may touch it (``ocr.origin``).
TextOrigin = Literal["auto", "ocr", "exact"]
TEXT_ORIGINS: tuple[str, ...] = get_args(TextOrigin)
#: How a scan is made black and white (``ocr.preprocess``).
Binarize = Literal["otsu", "sauvola"]

LAYOUTS_DIR = Path(__file__).resolve().parent / "layouts"


@dataclass(frozen=True, slots=True)
class Markers:
    """Regular expressions that recognise one language's printed conventions.

    ``jump_to``/``jump_from`` patterns capture the target page in group 1.
    """

    byline: tuple[str, ...] = ()
    dateline: tuple[str, ...] = ()
    jump_to: tuple[str, ...] = ()
    jump_from: tuple[str, ...] = ()
    credit: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()

    def line_start(self) -> tuple[str, ...]:
        """The patterns a line is asked from its start, in the order ``anchored`` tries
        them: credits, bylines, furniture that opens with ``^``, and jumps (each matched
        as the whole line: ``whole_line``)."""
        return (*self.credit, *self.byline, *self.furniture_at_start(),
                *map(whole_line, (*self.jump_to, *self.jump_from)))

    def furniture_at_start(self) -> tuple[str, ...]:
        """The furniture patterns that open with ``^``, asked at a line's start."""
        return tuple(p for p in self.furniture if p.startswith("^"))

    def anywhere(self) -> tuple[str, ...]:
        """The furniture patterns searched for anywhere in a line (``floating``): the
        rest of them."""
        return tuple(p for p in self.furniture if not p.startswith("^"))


@dataclass(frozen=True, slots=True)
class CorrectionSettings:
    """When dictionary correction may change a word (see ocr/correct)."""

    enabled: bool = True
    min_score: float = 80.0
    margin: float = 5.0
    freq_ratio: float = 10.0
    max_confidence: float = 0.9
    lexicons: tuple[str, ...] = ()
    protected: tuple[str, ...] = ()
    known_zipf: float = 3.0
    visual_penalty: float = 2.5
    #: Chinese confusion tables learned from the title's own OCR and its corrected text
    #: (``ocr.correct.confusions.learn_han_pairs``), paths relative to the profile.
    confusions: tuple[str, ...] = ()
    #: Where text pages come from (``ocr.origin``): "ocr", "exact" (a PDF text layer:
    #: never corrected) or "auto" (corrected only when the fixes are as dense as OCR noise).
    source: TextOrigin = "auto"

    def __post_init__(self) -> None:
        if self.source not in TEXT_ORIGINS:
            raise ValueError(f"source must be one of {', '.join(TEXT_ORIGINS)}")


@dataclass(frozen=True, slots=True)
class ScanSettings:
    """Settings of the image path."""

    binarize: Binarize = "otsu"
    max_skew: float = 5.0
    tesseract_timeout: float = 60.0
    max_pixels: int = 200_000_000

    def __post_init__(self) -> None:
        if self.binarize not in get_args(Binarize):
            raise ValueError(f"binarize must be one of {', '.join(get_args(Binarize))}")
        if self.max_pixels <= 0 or self.tesseract_timeout <= 0:
            raise ValueError("max_pixels and tesseract_timeout must be > 0")


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything that varies between titles: languages, markers, correction, scan settings."""

    name: str = "generic"
    description: str = ""
    languages: tuple[str, ...] = ("zh", "en")
    markers: tuple[tuple[str, Markers], ...] = ()
    correction: CorrectionSettings = field(default_factory=CorrectionSettings)
    scan: ScanSettings = field(default_factory=ScanSettings)
    path: str | None = None

    def markers_for(self, lang: str) -> Markers:
        for code, m in self.markers:
            if code == lang:
                return m
        return Markers()

    def patterns(self, lang: str) -> CompiledMarkers:
        return _compile(self.markers_for(lang), f"{self.path or self.name}: markers.{lang}")


#: Shipped marker patterns as they were before they were rewritten, by the pattern of
#: ``layouts/generic.toml [markers.en]`` that replaced each (the same matches: tested; the
#: two credit patterns have since refused a byline, ``By JANE DOE / STAFF WRITER``). A
#: title's profile that copied one is still a reviewed, shipped pattern.
REPLACED_PATTERNS: dict[str, str] = {
    "^[A-Z][A-Za-z.'\\-]+(\\s+[A-Z][A-Za-z.'\\-]+){0,3}\\s*/\\s*(AP|Re"
    'uters|AFP|Getty Images|The [A-Z][A-Za-z ]+)$':
        "^(?!By\\s)[A-Z][A-Za-z.'\\-]++(\\s+[A-Z][A-Za-z.'\\-]++){0,3}\\s*/\\s*(AP|"
        'Reuters|AFP|Getty Images|The [A-Z][A-Za-z ]+)$',
    "^[A-Z][A-Z.'\\-]+(\\s+[A-Z][A-Z.'\\-]+){0,3}\\s*/\\s*[A-Z][A-Z.'\\"
    "-]+(\\s+[A-Z][A-Z.'\\-]+){0,3}$":
        "^(?!BY\\s)[A-Z][A-Z.'\\-]++(\\s+[A-Z][A-Z.'\\-]++){0,3}\\s*/\\s*[A-Z][A-Z."
        "'\\-]++(\\s+[A-Z][A-Z.'\\-]++){0,3}$",
    "^[A-Z][A-Z.'\\-]+(\\s+[A-Z][A-Z.'\\-]+){0,3}(,\\s+[A-Z][A-Za-z.]"
    '+)?\\s*(\\((AP|Reuters|AFP|UPI)\\))?\\s*[—–]{1,2}\\s*':
        "^[A-Z][A-Z.'\\-]++(\\s+[A-Z][A-Z.'\\-]++){0,3}(,\\s+[A-Z][A-Za-z"
        '.]++)?\\s*(\\((AP|Reuters|AFP|UPI)\\))?\\s*[—–]{1,2}\\s*',
    "^[A-Z][A-Z.'\\-]+(\\s+[A-Z][A-Z.'\\-]+){0,3}(,\\s+[A-Z][A-Za-z.]"
    '+)?\\s*\\((AP|Reuters|AFP|UPI)\\)\\s*-{1,2}\\s*':
        "^[A-Z][A-Z.'\\-]++(\\s+[A-Z][A-Z.'\\-]++){0,3}(,\\s+[A-Z][A-Za-z"
        '.]++)?\\s*\\((AP|Reuters|AFP|UPI)\\)\\s*-{1,2}\\s*',
    '^\\s*(www\\.)?[a-z0-9\\-]+\\.(com|org|net|news)(/\\S*)?\\s*$':
        '^\\s*(www\\.)?[a-z0-9\\-]++\\.(com|org|net|news)(/\\S*)?\\s*$',
}


@lru_cache(maxsize=1)
def _shipped_patterns() -> frozenset[str]:
    """Marker patterns of the profiles shipped in ``ocr/layouts/``: reviewed and tested
    here, so they run on ``re``'s faster engine without a budget."""
    out: set[str] = set(REPLACED_PATTERNS)
    for path in available_profiles().values():
        try:
            markers = tomllib.loads(path.read_text(encoding="utf-8")).get("markers", {})
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            continue
        for table in markers.values() if isinstance(markers, dict) else ():
            for patterns in table.values() if isinstance(table, dict) else ():
                out.update(p for p in patterns if isinstance(p, str))
    return frozenset(out)


def compile_pattern(pattern: str, where: str, parts: tuple[tuple[str, str], ...] = ()) -> Pattern:
    """``pattern`` compiled for a profile; ``parts`` are the (pattern, key) pairs an
    alternation is made of, so a timeout names the one at fault."""
    parts = parts or ((pattern, where),)
    shipped = _shipped_patterns()
    if all(_bare(p) in shipped for p, _ in parts):
        return re.compile(pattern)
    return Budgeted(pattern, where, parts)


def _bare(part: str) -> str:
    """A pattern as its profile wrote it (jumps are wrapped by ``whole_line``)."""
    if part.startswith("\\s*(?:") and part.endswith(")\\s*$"):
        return part[len("\\s*(?:"):-len(")\\s*$")]
    return part


@dataclass(frozen=True, slots=True)
class CompiledMarkers:
    byline: Pattern | None
    dateline: Pattern | None
    jump_to: tuple[Pattern, ...]
    jump_from: tuple[Pattern, ...]
    credit: Pattern | None
    furniture: Pattern | None
    #: A quick way to pass over body text: every line some marker matches is matched at
    #: its start by ``anchored`` (the patterns that begin with ``^``, and whole-line jumps)
    #: or somewhere by ``floating`` (the rest of the furniture patterns).
    anchored: Pattern | None
    floating: tuple[Pattern, ...]  # apart: an alternation defeats the prefix scan
    #: The furniture patterns that open with ``^`` (asked at a line's start), in one.
    furniture_at_start: Pattern | None


def _alternation(patterns: tuple[str, ...], where: str,
                 keys: tuple[str, ...] = ()) -> Pattern | None:
    if not patterns:
        return None
    parts = tuple(zip(patterns, keys or (where,) * len(patterns), strict=True))
    return compile_pattern(either(patterns), where, parts)


def either(patterns: Sequence[str]) -> str:
    """One alternation of ``patterns``, each in its own group (its own ``|`` stay inside)."""
    return "|".join(f"(?:{p})" for p in patterns)


def whole_line(pattern: str) -> str:
    """``pattern`` matched as a whole line, blanks around it allowed (a jump line);
    ``_bare`` undoes it."""
    return f"\\s*(?:{pattern})\\s*$"


@lru_cache(maxsize=64)
def _compile(m: Markers, where: str = "profile markers") -> CompiledMarkers:
    return CompiledMarkers(
        byline=_alternation(m.byline, f"{where}.byline"),
        dateline=_alternation(m.dateline, f"{where}.dateline"),
        jump_to=tuple(compile_pattern(p, f"{where}.jump_to") for p in m.jump_to),
        jump_from=tuple(compile_pattern(p, f"{where}.jump_from") for p in m.jump_from),
        credit=_alternation(m.credit, f"{where}.credit"),
        furniture=_alternation(m.furniture, f"{where}.furniture"),
        anchored=_alternation(
            m.line_start(),
            where,
            (*(f"{where}.credit" for _ in m.credit), *(f"{where}.byline" for _ in m.byline),
             *(f"{where}.furniture" for _ in m.furniture_at_start()),
             *(f"{where}.jump_to" for _ in m.jump_to),
             *(f"{where}.jump_from" for _ in m.jump_from)),
        ),
        floating=tuple(compile_pattern(p, f"{where}.furniture") for p in m.anywhere()),
        furniture_at_start=_alternation(m.furniture_at_start(), f"{where}.furniture"),
    )


def _convert(tp: Any, value: Any, where: str) -> Any:
    """Check ``value`` against the annotation ``tp`` and convert lists to tuples."""
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ProfileError(f"{where}: expected a table, got {type(value).__name__}")
        return _build(tp, value, where)
    if origin in (types.UnionType, typing.Union):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        return _convert(next(a for a in args if a is not type(None)), value, where)
    if origin is Literal:
        if value not in typing.get_args(tp):
            choices = ", ".join(map(repr, typing.get_args(tp)))
            raise ProfileError(f"{where}: expected one of {choices}, got {value!r}")
        return value
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list | tuple):
            raise ProfileError(f"{where}: expected a list, got {type(value).__name__}")
        return tuple(_convert(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is float and isinstance(value, float) and not math.isfinite(value):
        raise ProfileError(f"{where}: expected a finite number, got {value}")
    if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
        raise ProfileError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
    return value


#: Keys a profile may no longer hold, and why (a profile that still sets one is refused
#: with the reason rather than read as if the setting still did something).
_RETIRED: dict[tuple[type, str], str] = {
    (ScanSettings, "columns"): "removed: the layout finds the columns on each page (a title's "
                               "count varies from page to page); delete the key",
}


def _build(cls: Any, data: dict[str, Any], where: str) -> Any:
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    for key in unknown:
        if (cls, key) in _RETIRED:
            raise ProfileError(f"{where}.{key}: {_RETIRED[cls, key]}")
    if unknown:
        known = ", ".join(sorted(names))
        raise ProfileError(f"{where}: unknown key {unknown[0]!r} (known: {known})")
    kwargs = {k: _convert(hints[k], v, f"{where}.{k}") for k, v in data.items()}
    try:
        return cls(**kwargs)
    except ValueError as exc:
        raise ProfileError(f"{where}: {exc}") from None


def profile_from_dict(data: dict[str, Any], where: str = "profile") -> Profile:
    """Validate a parsed profile; ``markers`` is a table keyed by language code."""
    data = dict(data)
    raw_markers = data.pop("markers", {})
    if not isinstance(raw_markers, dict):
        raise ProfileError(f"{where}.markers: expected a table keyed by language")
    for lang, m in raw_markers.items():
        if not isinstance(m, dict):
            raise ProfileError(f"{where}.markers.{lang}: expected a table of patterns, "
                               f"got {type(m).__name__}")
    markers = tuple(
        (lang, _build(Markers, m, f"{where}.markers.{lang}"))
        for lang, m in sorted(raw_markers.items())
    )
    for lang, m in markers:
        for name in ("byline", "dateline", "jump_to", "jump_from", "credit", "furniture"):
            for pattern in getattr(m, name):
                try:
                    regex.compile(pattern)
                except regex.error as exc:
                    raise ProfileError(
                        f"{where}.markers.{lang}.{name}: bad pattern {pattern!r}: {exc}"
                    ) from None
    profile = _build(Profile, data, where)
    return dataclasses.replace(profile, markers=markers)


def available_profiles() -> dict[str, Path]:
    """Profiles shipped in ``ocr/layouts/`` (package data), by name."""
    return {p.stem: p for p in sorted(LAYOUTS_DIR.glob("*.toml"))}


def load_profile(name_or_path: str | Path | Profile | None = None) -> Profile:
    """A profile by name (``ocr/layouts/NAME.toml``), by path, or the generic default.

    A title profile may say ``extends = "generic"`` to inherit the generic markers
    and settings and override only what differs.
    """
    if isinstance(name_or_path, Profile):
        return name_or_path
    return _load_cached(str(name_or_path or "generic"))


@lru_cache(maxsize=32)
def _load_cached(name: str) -> Profile:
    path = Path(name)
    if not path.suffix:
        known = available_profiles()
        if name not in known:
            raise ProfileError(f"unknown layout profile {name!r} (known: {', '.join(known)})")
        path = known[name]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"{path}: layout profile not found") from None
    except IsADirectoryError:
        raise ProfileError(f"{path}: is a folder, not a layout profile (.toml)") from None
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read the layout profile: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from None
    base = data.pop("extends", None)
    if base is not None:
        if not isinstance(base, str):
            raise ProfileError(f"{path}: 'extends' must name a profile")
        data = _merge(_raw(base, path), data)
    data.setdefault("name", path.stem)
    profile = profile_from_dict(data, str(path))
    for key in ("lexicons", "confusions"):
        for n, name in enumerate(getattr(profile.correction, key)):
            found = data_file(str(path), name)
            if not found.is_file():
                what = "is a folder, not a file" if found.is_dir() else "not found"
                raise ProfileError(f"{path}: correction.{key}[{n}]: {name!r} {what} "
                                   f"(relative to {path.resolve().parent})")
    return dataclasses.replace(profile, path=str(path))


def _raw(name: str, child: Path) -> dict[str, Any]:
    known = available_profiles()
    path = known.get(name)
    if path is None:
        raise ProfileError(f"{child}: extends: unknown base profile {name!r} "
                           f"(known: {', '.join(known)})")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
