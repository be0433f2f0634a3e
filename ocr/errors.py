"""Typed errors; each carries the exit code the CLI returns (mapped in one place: ocr.cli.main)."""

from __future__ import annotations

from typing import Any


class NewsocrError(Exception):
    """Base class. ``str(err)`` is a one-line message that names the file and the problem."""

    exit_code = 1


class InputError(NewsocrError):
    """A page cannot be read: empty, binary, undecodable, corrupt, too large, hostile XML."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class PagesFailed(InputError):
    """Some pages of a multi-page file could not be read: ``failures`` says why, one line
    per page, and ``pages`` holds the pages that were read, so they can still be written."""

    def __init__(self, path: object, failures: list[str], pages: list[Any]) -> None:
        super().__init__(path, "; ".join(failures))
        self.failures = failures
        self.pages = pages


class ProfileError(NewsocrError):
    """A layout profile is missing or invalid (unknown key, wrong type, bad pattern)."""

    exit_code = 2


class UsageError(NewsocrError):
    exit_code = 2


class OutputError(NewsocrError):
    """An output cannot be written (disk full, permission, long name); nothing partial is left."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class EngineError(NewsocrError):
    """The OCR engine failed on a page (crash, timeout, missing language pack)."""


class DependencyError(NewsocrError):
    """A system program or data file is missing; the message says how to install it."""

    exit_code = 3
