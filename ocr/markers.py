"""Marker lines: what a printed line announces by its form alone (a jump line, furniture,
a photo credit, a byline), matched against the profile's compiled patterns.

A reader, classification and assembly all ask; this is the one place that answers.
"""

from __future__ import annotations

from .model import BlockKind, Line
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


def split_marked(
    kind: BlockKind, lines: list[Line], markers: CompiledMarkers
) -> list[tuple[BlockKind, list[Line]]]:
    """Take a byline off the top of a body block and a credit off the foot of a caption.

    A byline set one line above the text, or a credit tight under its caption,
    leaves no white band for layout analysis to cut at; the words tell them apart
    (the scan path asks before it makes its blocks).
    """
    if markers.byline is not None and kind in (
        BlockKind.BODY,
        BlockKind.SUBHEADLINE,
        BlockKind.KICKER,
    ):
        if markers.byline.match(lines[0].text):
            if len(lines) == 1:
                return [(BlockKind.BYLINE, lines)]
            if kind == BlockKind.BODY:
                return [(BlockKind.BYLINE, lines[:1]), (BlockKind.BODY, lines[1:])]
    if kind == BlockKind.CAPTION and len(lines) > 1 and markers.credit is not None:
        if markers.credit.match(lines[-1].text):
            return [(BlockKind.CAPTION, lines[:-1]), (BlockKind.CREDIT, lines[-1:])]
    return [(kind, lines)]
