"""KaeJon Desk entry point: no subcommand opens the window; a subcommand runs headless (no Qt)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and dispatch to the GUI or to a headless command."""
    if "PYTHAINLP_READ_MODE" not in os.environ:  # its deprecated name; both at once is an error
        # pythainlp would create ~/pythainlp-data; the app writes only to its own data folder.
        os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    from ui import cli

    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
