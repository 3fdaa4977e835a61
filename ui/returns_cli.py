"""The export-return and consolidate commands (headless: no Qt; heavy imports when they run)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from core.errors import UserError
from core.i18n import translate

if TYPE_CHECKING:
    from ui.returns_jobs import MadeReturn


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """The export-return and consolidate subcommands."""
    p = sub.add_parser("export-return", help="the Excel return for the province (issue 7)")
    add_db(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    p.add_argument("--period", metavar="YYYY-MM",
                   help="the month, Buddhist Era year, e.g. 2569-09 (default: this month)")
    p.add_argument("--template", type=Path, metavar="T.xlsx", help="fill the province's template")
    p.add_argument("--mapping", metavar="NAME",
                   help="the saved mapping to fill it with (default: the one saved for it)")
    p.add_argument("--full-ids", action="store_true",
                   help="write full national IDs in the household list (default: masked)")
    p.add_argument("--submit", action="store_true",
                   help="mark the return as submitted (its figures and file are frozen)")
    p.add_argument("--json", action="store_true", help="one JSON object with the totals")
    p = sub.add_parser("consolidate", help="combine districts' returns into one province return")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    p.add_argument("--period", metavar="YYYY-MM",
                   help="the month every file must be for (default: the first file's)")
    p.add_argument("--json", action="store_true", help="one JSON object with the totals")


def _return_totals(made: MadeReturn) -> dict[str, object]:
    from core.returns.model import SUMMARY

    summary = made.data.tables[SUMMARY]
    return {"period": made.data.meta.period, "kind": made.kind,
            "rows": len(summary.rows), "households_listed": len(made.data.households),
            "totals": {c.key: summary.total(c.key) for c in summary.columns}}


def export_return(args: argparse.Namespace, out: TextIO) -> int:
    """export-return: the standard return or the filled template, saved (and submitted)."""
    import datetime as dt

    from core.access import Permission
    from core.returns.model import parse_period, reporting_period
    from core.returns.snapshots import list_snapshots
    from ui import returns_jobs
    from ui.cli import open_for_command, signed_in

    period = parse_period(args.period) if args.period else None
    if args.mapping and not args.template:
        raise UserError(translate("returns", "--mapping needs --template: the mapping says where "
                                  "figures go in a template."))
    database = open_for_command(args)  # an encrypted file opens with the --user's password
    try:
        actor = signed_in(database, args, Permission.EXPORT_PERSONAL)
        if period is None:  # the month being reported (as the window's default)
            with database.read() as s:
                submitted = [parse_period(row.period) for row in list_snapshots(s)]
            period = reporting_period(dt.date.today(), submitted)
        if args.template:
            made = returns_jobs.make_from_template(
                database, template=args.template, period=period, actor=actor,
                full_ids=args.full_ids, mapping_name=args.mapping)
        else:
            made = returns_jobs.make_standard(database, period=period, actor=actor,
                                              full_ids=args.full_ids)
        path = returns_jobs.save_made(database, actor, args.out, made)
        changes = returns_jobs.summary_changes(database, made.data)
        snapshot = returns_jobs.submit(database, actor, made, path.name) if args.submit else None
    finally:
        database.dispose()
    for warning in made.warnings:
        print(f"kaejon: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps({**_return_totals(made), "file": str(path),
                          "snapshot_id": snapshot.id if snapshot else None,
                          "compared_with": changes[0] if changes else None,
                          "changes": changes[1] if changes else None},
                         ensure_ascii=False), file=out)
        return 0
    totals = _return_totals(made)["totals"]
    assert isinstance(totals, dict)
    print(translate("returns", "Return for {period} written to {path}: {households} households, "
                    "{verified} verified.").format(period=made.data.period.label, path=path,
                                                   households=f"{totals['total']:,}",
                                                   verified=f"{totals['verified']:,}"), file=out)
    if changes is not None:
        from core.returns.model import parse_period

        moved = [(made.data.tables["summary"].columns[i].name, changes[1][c.key])
                 for i, c in enumerate(made.data.tables["summary"].columns) if changes[1][c.key]]
        print(translate("returns", "Since the return submitted for {period}: {changes}.").format(
            period=parse_period(changes[0]).label,
            changes=", ".join(f"{name} {n:+,}" for name, n in moved) or translate(
                "returns", "no change")), file=out)
    if snapshot is not None:
        print(translate("returns", "Marked as submitted (number {id}).").format(id=snapshot.id),
              file=out)
    return 0


def consolidate(args: argparse.Namespace, out: TextIO) -> int:
    """consolidate: one province return from districts' standard returns."""
    from core.returns.model import parse_period
    from ui import returns_jobs

    period = parse_period(args.period) if args.period else None
    made = returns_jobs.make_province(args.files, period=period)
    path = returns_jobs.save(args.out, made.content)
    if args.json:
        print(json.dumps({**_return_totals(made), "file": str(path),
                          "districts": [d["code"] for d in made.data.meta.districts]},
                         ensure_ascii=False), file=out)
        return 0
    totals = _return_totals(made)["totals"]
    assert isinstance(totals, dict)
    print(translate("returns", "Province return for {period} written to {path}: {districts} "
                    "districts, {households} households.").format(
        period=made.data.period.label, path=path, districts=len(made.data.meta.districts),
        households=f"{totals['total']:,}"), file=out)
    return 0
