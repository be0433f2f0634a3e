"""Marker lines: what a printed line announces by its form alone (a jump line, furniture,
a photo credit, a byline), matched against the profile's compiled patterns.

A reader, classification and assembly all ask; this is the one place that answers.
"""

from __future__ import annotations

from .model import BlockKind
from .profiles import CompiledMarkers


def marker_kind(text: str, m: CompiledMarkers) -> BlockKind | None:
    """The kind a single printed line announces by its form alone, if any."""
    t = text.strip()
    if not (m.anchored and m.anchored.match(t)):
        for p in m.floating:  # a plain loop: this runs for every line of a page
            if p.search(t):
                break
        else:
            return None
    if any(p.fullmatch(t) for p in m.jump_to) or any(p.fullmatch(t) for p in m.jump_from):
        return BlockKind.JUMP
    if m.furniture and m.furniture.search(t):
        return BlockKind.FURNITURE
    if m.credit and m.credit.match(t):
        return BlockKind.CREDIT
    if m.byline and (found := m.byline.match(t)) and found.end() >= len(t):
        return BlockKind.BYLINE
    return None
