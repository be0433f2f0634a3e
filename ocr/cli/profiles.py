"""``newsocr profiles``: list the layout profiles, each validated on load."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import ProfileError
from ..profiles import available_profiles, load_profile


def cmd_profiles(args: argparse.Namespace) -> int:
    """Each profile is validated as it is listed; a broken one is reported and fails the run."""
    broken = 0
    for name, path in available_profiles().items():
        try:
            prof = load_profile(name)
        except ProfileError as exc:
            broken += 1
            print(f"newsocr: error: {exc}", file=sys.stderr)
            continue
        print(f"{name}\t{','.join(prof.languages)}\t{prof.description}"
              + (f"\t{path}" if args.paths else ""))
    return ProfileError.exit_code if broken else 0


def register(sub: Any) -> None:
    """Add ``profiles`` to the ``newsocr`` command."""
    p = sub.add_parser("profiles", help="list the layout profiles",
                       description="List layout profiles (name, languages, description); "
                                   "each is validated on load.")
    p.add_argument("--paths", action="store_true", help="also print each profile's file")
    p.set_defaults(handler=cmd_profiles)
