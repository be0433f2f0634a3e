"""The ``newsocr`` console script's entry: Ctrl-C while the package still loads ends with
one line and exit status 130, as it does later, instead of a Python traceback.

It lives outside the ``ocr`` package because importing ``ocr`` loads the pipeline;
nothing else belongs here.
"""

import os
import sys

# Nothing else is imported here (``typing`` alone took 5-8 ms): a Ctrl-C that lands
# before ``main`` runs is the console script's own, and this keeps that window short.


def _interrupted(unraisable: "sys.UnraisableHookArgs") -> None:
    """Ctrl-C that lands in a callback the interpreter runs for itself (importlib's module
    lock clean-up) cannot reach ``main``: Python would print it as an ignored exception
    and carry on. It ends the program as any Ctrl-C does."""
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        print("newsocr: interrupted", file=sys.stderr, flush=True)
        os._exit(130)
    sys.__unraisablehook__(unraisable)


def main() -> int:
    sys.unraisablehook = _interrupted
    try:
        from ocr.cli import main as run
    except KeyboardInterrupt:
        print("newsocr: interrupted", file=sys.stderr)
        return 130
    except RuntimeError as exc:  # Python 3.11 wraps what a class body's __set_name__
        if isinstance(exc.__cause__, KeyboardInterrupt):  # raised (a dataclass field)
            print("newsocr: interrupted", file=sys.stderr)
            return 130
        raise
    finally:
        sys.unraisablehook = sys.__unraisablehook__
    return run()


if __name__ == "__main__":
    raise SystemExit(main())
