"""The command line: headless subcommands that call core and exports (Qt is never imported)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from core.access import AccessDenied, Permission, require
from core.errors import UserError
from core.i18n import set_language, translate
from core.version import app_version
from ui.returns_cli import add_parsers as add_return_parsers

if TYPE_CHECKING:
    from core.database import Database
    from core.history import Actor

SUBCOMMANDS = (
    "init",
    "demo",
    "info",
    "backup",
    "restore",
    "import",
    "undo-import",
    "list",
    "referrals",
    "export-return",
    "consolidate",
    "print",
    "user",
    "audit",
    "encrypt",
)
EXIT_ACCESS = 3  # not signed in, wrong credentials, or a role that may not do it


def _add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Given before or after the command: a subcommand's own default must not overwrite it.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db", metavar="DB", default=default,
        help="database file path or SQLAlchemy URL (default: the user's database)")
    parser.add_argument("--lang", choices=("th", "en"), default=default,
                        help="language of the interface and messages")
    parser.add_argument("--user", metavar="NAME", default=default,
                        help="who is acting (password from KAEJON_PASSWORD, or asked); needed "
                             "to change or export data once the database has users")


def build_parser() -> argparse.ArgumentParser:
    """Arguments of the GUI (no subcommand) and of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="kaejon", description="KaeJon Desk: household poverty case work for district offices.")
    parser.add_argument("--version", action="version", version=f"KaeJon Desk {app_version()}")
    _add_db(parser, top=True)
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, show every page, close it (checks a build)")
    parser.add_argument("--screenshots", type=Path, metavar="FOLDER",
                        help="with --smoke-test: save a PNG of every page here")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create an empty office database for a district")
    _add_db(p)
    p.add_argument("--district", required=True, metavar="CCAA", help="4-digit DOPA district code")
    p.add_argument("--office-name", metavar="TEXT", help="name of the office (default: the ศจพ.อ.)")
    p.add_argument("--encrypt", action="store_true",
                   help="encrypt the new file with SQLCipher (passphrase: KAEJON_DB_PASSPHRASE "
                        "or asked)")

    p = sub.add_parser("demo", help="add a synthetic district (creates the database if needed)")
    _add_db(p)
    p.add_argument("--households", type=int, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--district", metavar="CCAA",
                   help="district when the database is new (default 5201, เมืองลำปาง)")

    p = sub.add_parser("info", help="counts of what the database holds")
    _add_db(p)
    p.add_argument("--json", action="store_true", help="one JSON object on standard output")

    p = sub.add_parser("import", help="import a household list (Excel or CSV)")
    p.add_argument("file", type=Path, metavar="FILE")
    _add_db(p)
    p.add_argument("--source", default="auto",
                   choices=("auto", "tpmap", "thaiqm", "jpt", "pppconnext", "local"))
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: found)")
    p.add_argument("--mapping", metavar="NAME", help="a saved column mapping to use")
    p.add_argument("--list-year", type=int, metavar="YYYY", help="the list's year (BE)")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--errors", type=Path, metavar="OUT.xlsx",
                   help="write the rejected rows to this workbook")
    p.add_argument("--json", action="store_true", help="one JSON object with the counts")

    p = sub.add_parser("undo-import", help="undo an import batch")
    _add_db(p)
    p.add_argument("batch", type=int, metavar="BATCH_ID")

    p = sub.add_parser("list", help="list households (the same search as the window)")
    _add_db(p)
    p.add_argument("--village", metavar="CCAATTMM", help="only this village (DOPA code)")
    p.add_argument("--search", metavar="TEXT", default="",
                   help="name, national ID, house code or house number")
    p.add_argument("--limit", type=int, metavar="N", help="at most N households")
    p.add_argument("--json", action="store_true", help="a JSON array on standard output")
    p = sub.add_parser("referrals", help="list referrals (help assigned to households)")
    _add_db(p)
    p.add_argument("--agency", metavar="ID", help="only this agency (its number, code or name)")
    p.add_argument("--status", choices=("open", "overdue", "done", "all"), default="all",
                   help="open: not finished; overdue: open and past the planned date")
    p.add_argument("--json", action="store_true", help="one JSON array on standard output")
    add_return_parsers(sub, _add_db)

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    _add_db(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE")

    p = sub.add_parser("restore", help="replace the database with a backup (keeps the old one)")
    _add_db(p)
    p.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE")

    p = sub.add_parser("print", help="write a document as PDF (verification forms, register, "
                                     "referral letter, case summary)")
    p.add_argument("kind", choices=("verification", "register", "referral", "summary"))
    _add_db(p)
    p.add_argument("--village", metavar="CCAATTMM", help="village code (verification, register)")
    p.add_argument("--batch", metavar="N", help="referral batch number or id (referral)")
    p.add_argument("--household", metavar="CODE",
                   help="the household (summary): its code as the list shows it, or its number")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--full-ids", action="store_true", help="print national IDs unmasked")
    p.add_argument("--thai-digits", action="store_true", help="write numbers in Thai digits")
    _add_user_parsers(sub)

    p = sub.add_parser("audit", help="the audit log (who imported, exported, printed, backed up)")
    audit = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = audit.add_parser("verify", help="check the audit log's hash chain (exit 1 if broken)")
    _add_db(v)
    v.add_argument("--json", action="store_true", help="one JSON object on standard output")

    p = sub.add_parser("encrypt", help="write an encrypted copy of an SQLite database "
                                       "(the original stays until you remove it)")
    _add_db(p)
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="the encrypted copy (default: NAME-encrypted.db beside it)")
    return parser


def _add_user_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("user", help="user accounts: add, list, passwd, change, disable, enable")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = users.add_parser("add", help="add a user (the first one must be an admin); the new "
                                     "password is read from KAEJON_NEW_PASSWORD, or asked")
    _add_db(q)
    q.add_argument("--name", required=True, metavar="NAME", help="the new user's sign-in name")
    q.add_argument("--full-name", metavar="TEXT", help="name and surname (default: NAME)")
    q.add_argument("--position", metavar="TEXT", help="position (ตำแหน่ง)")
    q.add_argument("--role", required=True, choices=("admin", "officer", "viewer"))
    q.add_argument("--subdistrict", action="append", default=[], metavar="CCAATT",
                   help="a subdistrict an officer edits (repeat for more)")
    q = users.add_parser("list", help="list the users")
    _add_db(q)
    q.add_argument("--json", action="store_true", help="a JSON array on standard output")
    q = users.add_parser("passwd", help="change your password, or (admin) reset someone's; the "
                                        "new one from KAEJON_NEW_PASSWORD, or asked")
    _add_db(q)
    q.add_argument("--name", metavar="NAME", help="whose password (default: --user's own)")
    q = users.add_parser("change", help="change a user's role or subdistricts (admin)")
    _add_db(q)
    q.add_argument("--name", required=True, metavar="NAME")
    q.add_argument("--role", choices=("admin", "officer", "viewer"))
    q.add_argument("--full-name", metavar="TEXT")
    q.add_argument("--subdistrict", action="append", metavar="CCAATT",
                   help="the subdistricts an officer edits (replaces the list; repeat)")
    for action, text in (("disable", "stop a user from signing in (their history stays)"),
                         ("enable", "let a disabled user sign in again")):
        q = users.add_parser(action, help=text)
        _add_db(q)
        q.add_argument("--name", required=True, metavar="NAME")


def _password(variable: str, prompt: str) -> str:
    """A password from the environment, or typed at the terminal (never on the command line)."""
    value = os.environ.get(variable)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise AccessDenied(translate("cli", "Give the password in the environment variable "
                                 "{variable}.").format(variable=variable))


def _user_password(args: argparse.Namespace) -> str:
    """The ``--user``'s password (KAEJON_PASSWORD, else asked once per command)."""
    if getattr(args, "typed_password", None) is None:
        args.typed_password = _password("KAEJON_PASSWORD", translate(
            "cli", "Password for {name}: ").format(name=args.user))
    return str(args.typed_password)


def open_for_command(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the command's database. An encrypted file opens with the ``--user``'s password
    (its passphrase sealed for them in the keyring), or with KAEJON_DB_PASSPHRASE."""
    from core.database import PASSPHRASE_ENV, is_encrypted_file, locate, open_database

    name = getattr(args, "user", None)
    if name is not None and not os.environ.get(PASSPHRASE_ENV):
        _url, path = locate(args.db)
        if path is not None and path.is_file() and is_encrypted_file(path):
            from core.users import KeyNotOpened, open_signed_in

            try:
                return open_signed_in(args.db, name, _user_password(args), via="cli")
            except KeyNotOpened as e:
                raise KeyNotOpened(f"{e} " + translate(
                    "cli", "(The passphrase on the command line: KAEJON_DB_PASSPHRASE.)")) from e
    return open_database(args.db, create=create)


def signed_in(database: Database, args: argparse.Namespace,
              *permissions: Permission) -> Actor:
    """Who runs the command: ``--user`` with their password, or, while no one can sign in
    to the database yet, the built-in system account. Refused (exit status 3) before
    anything is changed when the credentials are missing or wrong or the role may not."""
    from core.history import system_actor
    from core.users import has_users, sign_in

    name = getattr(args, "user", None)
    if name is None:
        with database.read() as s:
            if has_users(s):
                raise AccessDenied(translate(
                    "cli", "This database has users: give --user NAME (the password is read "
                    "from KAEJON_PASSWORD, or asked)."))
            actor = system_actor(s)
    else:
        opened_as = database.just_signed_in
        if opened_as is not None and opened_as.username == name.strip():
            actor = opened_as
        else:
            actor = sign_in(database, name, _user_password(args), via="cli")
    for permission in permissions:
        require(actor, permission)
    return actor


def _new_password() -> str:
    first = _password("KAEJON_NEW_PASSWORD", translate("cli", "New password: "))
    if "KAEJON_NEW_PASSWORD" not in os.environ and first != _password(
            "KAEJON_NEW_PASSWORD", translate("cli", "The new password again: ")):
        raise UserError(translate("cli", "The two passwords differ; nothing was changed."))
    return first


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the command line (exits with a usage message on bad arguments)."""
    return build_parser().parse_args(list(argv))


def _new_passphrase() -> str:
    """The passphrase for a file to encrypt: KAEJON_DB_PASSPHRASE, else asked twice."""
    import getpass
    import os

    from core.database import PASSPHRASE_ENV
    from core.encryption import check_passphrase, require_cipher

    require_cipher()
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return check_passphrase(given)
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(translate("cli", "Set the passphrase in the environment variable "
                                  "KAEJON_DB_PASSPHRASE."))
    first = check_passphrase(getpass.getpass(translate("cli", "New passphrase: ")))
    if getpass.getpass(translate("cli", "The passphrase again: ")) != first:
        raise UserError(translate("cli", "The two passphrases differ; nothing was changed."))
    return first


def _cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from core.database import open_database
    from core.office import OfficeSetup, create_office
    from core.reference import require_district

    require_district(None, args.district)
    key = _new_passphrase() if args.encrypt else None
    database = open_database(args.db, create=True, key=key)
    try:
        actor = signed_in(database, args, Permission.EDIT_REFERENCE)
        with database.begin() as s:
            office = create_office(s, actor, OfficeSetup(args.district, args.office_name))
            name = office.office_name
        print(translate("cli", "Created the office database {db} for {office}.")
              .format(db=database.label, office=name), file=out)
    finally:
        database.dispose()
    return 0


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from core.demo import generate_demo
    from core.reference import require_district

    if args.households < 0:
        raise UserError(translate("errors", "The number of households cannot be negative."))
    if args.district is not None:
        require_district(None, args.district)
    database = open_for_command(args, create=True)
    show = sys.stderr is not None and sys.stderr.isatty()  # None: a windowed Windows build

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    try:
        actor = signed_in(database, args, Permission.EDIT_REFERENCE, Permission.IMPORT)
        # As of today: its open help mostly due in the coming weeks, as in a working office
        # (the same seed on the same day gives the same data).
        result = generate_demo(database, households=args.households, seed=args.seed,
                               district_code=args.district, progress=progress, actor=actor,
                               as_of=dt.date.today())
        if show:
            print(file=sys.stderr)
        print(translate("cli", "Added {households} households ({members} members) in {seconds:.1f} s "
                        "to {db}.").format(households=result.households, members=result.members,
                                           seconds=result.seconds, db=database.label),
              file=out)
    finally:
        database.dispose()
    return 0


def _cmd_info(args: argparse.Namespace, out: TextIO) -> int:
    from core.stats import database_info

    database = open_for_command(args)
    try:
        with database.read() as s:
            info = database_info(s, label=database.label)
    finally:
        database.dispose()
    if args.json:
        data = {"app_version": app_version(), **info.as_dict()}
        print(json.dumps(data, ensure_ascii=False), file=out)
        return 0
    lines = [
        (translate("cli", "Database"), info.database),
        (translate("cli", "Schema version"), info.schema_version or "-"),
        (translate("cli", "Office"), info.office["name"] if info.office else "-"),
        (translate("cli", "Households"), f"{info.households:,}"),
        (translate("cli", "Members"), f"{info.members:,}"),
        (translate("cli", "Villages with households"), f"{len(info.villages):,}"),
        (translate("cli", "Visits"), f"{info.visits:,}"),
        (translate("cli", "Interventions"), f"{info.interventions:,}"),
        (translate("cli", "Partner agencies"), f"{info.partners:,}"),
        (translate("cli", "Import batches"), f"{info.import_batches:,}"),
        (translate("cli", "History entries"), f"{info.history:,}"),
    ]
    for label, value in lines:
        print(f"{label}: {value}", file=out)
    return 0


def _cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from core.backup import backup_database
    from core.database import database_passphrase, locate

    actor, key = None, None
    _url, file = locate(args.db)
    if file is not None and file.is_file():  # else backup_database says why it cannot
        database = open_for_command(args)
        try:
            actor = signed_in(database, args, Permission.BACKUP)
            key = database_passphrase(database)
        finally:
            database.dispose()
    path = backup_database(args.db, args.out, actor=actor, key=key)
    print(translate("cli", "Backup written to {path}.").format(path=path), file=out)
    return 0


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from core.backup import check_backup_file, restore_database
    from core.database import database_passphrase, is_encrypted_file, locate

    source = args.source.expanduser().absolute()
    if not is_encrypted_file(source):  # a bad file: refused before login (an encrypted one
        check_backup_file(source)     # is checked with the database's key)
    _url, file = locate(args.db)
    actor, key = None, None
    if file is None or file.exists():  # a missing file has no data (and no users) to protect
        database = open_for_command(args)
        try:
            actor = signed_in(database, args, Permission.RESTORE)
            key = database_passphrase(database)
        finally:
            database.dispose()
    kept = restore_database(args.db, args.source, actor=actor, key=key)
    print(translate("cli", "Restored from {source}.").format(source=args.source), file=out)
    if kept is not None:
        print(translate("cli", "The replaced database was kept as {path}.").format(path=kept),
              file=out)
    return 0


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from core.importing.service import prepare_file, run_import
    from exports.import_errors import RejectedRow, write_error_workbook

    if args.list_year is not None and not 2400 < args.list_year < 2700:
        raise UserError(translate("errors", "Give the list year in the Buddhist Era, e.g. 2567."))
    database = open_for_command(args)
    try:
        actor = signed_in(database, args, Permission.IMPORT)
        with database.begin() as s:
            prepared = prepare_file(s, args.file, sheet=args.sheet, source=args.source,
                                    mapping_name=args.mapping)
        result = run_import(database, prepared, actor=actor, list_year_be=args.list_year,
                            dry_run=args.dry_run)
    finally:
        database.dispose()
    plan = result.plan
    if args.errors:
        write_error_workbook(args.errors, headers=plan.headers, source_name=prepared.path.name,
                             rows=[RejectedRow(r.row, plan.persons[r.row].values, r.reason or "")
                                   for r in plan.rejected()])
    counts = result.counts()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False), file=out)
        return 0
    labels = {
        "rows_read": translate("cli", "Data rows read"),
        "members_new": translate("cli", "New people"),
        "members_updated": translate("cli", "Updated people"),
        "unchanged": translate("cli", "Unchanged"),
        "rejected": translate("cli", "Rejected"),
        "review": translate("cli", "To review"),
        "households_new": translate("cli", "New households"),
        "households_updated": translate("cli", "Updated households"),
        "households_disappeared": translate("cli", "Households no longer on the list"),
    }
    for key, label in labels.items():
        print(f"{label}: {counts[key]:,}", file=out)
    for r in plan.rejected():
        print(translate("cli", "Row {row}: {reason}").format(row=r.row, reason=r.reason), file=out)
    if args.dry_run:
        print(translate("cli", "Dry run: nothing was written."), file=out)
    else:
        print(translate("cli", "Saved as import number {id}.").format(id=result.batch_id),
              file=out)
    return 0


def _cmd_undo_import(args: argparse.Namespace, out: TextIO) -> int:
    from core.importing.commit import undo_batch

    database = open_for_command(args)
    try:
        actor = signed_in(database, args, Permission.IMPORT)
        with database.begin() as s:
            done = undo_batch(s, args.batch, actor)
    finally:
        database.dispose()
    print(translate("cli", "Import number {id} undone: {households} households and {members} "
                    "people removed, {restored} values restored.").format(
        id=args.batch, households=done["households_removed"], members=done["members_removed"],
        restored=done["restored"]), file=out)
    return 0


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from core.households import HouseholdFilter, household_summaries, village_by_code

    if args.limit is not None and args.limit < 0:
        raise UserError(translate("errors", "The limit cannot be negative."))
    database = open_for_command(args)
    try:
        with database.read() as s:
            village_id = None
            if args.village:
                village_id = village_by_code(s, args.village)
                if village_id is None:
                    raise UserError(translate(
                        "cli", "There is no village {code} in this database (a village code has 8 "
                        "digits: province, district, subdistrict, หมู่).").format(code=args.village))
            rows = household_summaries(s, HouseholdFilter(text=args.search, village_id=village_id),
                                       limit=args.limit)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False), file=out)
        return 0
    for r in rows:
        head = f"{r.head_title or ''}{r.head_first_name or ''} {r.head_last_name or ''}".strip()
        print(f"{r.id}\t{r.house_code or '-'}\t{r.village_code or '-'}\t{head}\t{r.members}\t"
              f"{r.verification_status}\t{r.help_status or '-'}", file=out)
    return 0


def _cmd_referrals(args: argparse.Namespace, out: TextIO) -> int:
    from core.interventions import format_baht, list_referrals, resolve_partner
    from core.thai import format_date_be

    database = open_for_command(args)
    try:
        with database.read() as s:
            partner = resolve_partner(s, args.agency) if args.agency else None
            rows, total = list_referrals(s, partner_id=partner, status=args.status, limit=None)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False), file=out)
        return 0
    for r in rows:
        late = translate("cli", " (overdue {days} days)").format(days=r.days_late) if r.overdue else ""
        print("\t".join((r.house_code, r.head_name, r.kind, r.partner or "-",
                         r.status_label + late, format_date_be(r.planned_on, style="short"),
                         format_date_be(r.finished_on, style="short"),
                         format_baht(r.planned_satang), format_baht(r.actual_satang))), file=out)
    print(translate("cli", "{count} referrals.").format(count=f"{total:,}"), file=out)
    return 0


def _cmd_export_return(args: argparse.Namespace, out: TextIO) -> int:
    from ui.returns_cli import export_return

    return export_return(args, out)


def _cmd_consolidate(args: argparse.Namespace, out: TextIO) -> int:
    from ui.returns_cli import consolidate

    return consolidate(args, out)


def _cmd_print(args: argparse.Namespace, out: TextIO) -> int:
    from core.documents import read_document, record_print
    from exports.pdf import Options, print_document

    option = {"verification": "village", "register": "village", "referral": "batch",
              "summary": "household"}[args.kind]
    key = getattr(args, option)
    if not key:
        raise UserError(translate("errors", "Give --{option} for a {kind} document.")
                        .format(option=option, kind=args.kind))
    database = open_for_command(args)
    try:
        actor = signed_in(database, args, Permission.PRINT)
        doc, result = print_document(
            lambda: read_document(database, args.kind, key, actor=actor,
                                  full_ids=args.full_ids), args.out,
            options=Options(thai_digits=args.thai_digits, mask_ids=not args.full_ids))
        record_print(database, actor, doc, args.kind, path=Path(args.out).absolute(),
                     pages=result.pages, full_ids=args.full_ids)
    finally:
        database.dispose()
    print(translate("cli", "Wrote {pages} pages to {path}.").format(pages=result.pages,
                                                                   path=args.out), file=out)
    return 0


def _cmd_user(args: argparse.Namespace, out: TextIO) -> int:
    from core import users
    from core.access import role_label

    database = open_for_command(args)
    try:
        action = args.user_command
        if action == "list":
            with database.read() as s:
                rows = users.list_users(s)
            if args.json:
                print(json.dumps([{"name": r.username, "full_name": r.full_name,
                                   "role": r.role, "subdistricts": list(r.subdistricts),
                                   "active": r.active} for r in rows], ensure_ascii=False),
                      file=out)
            for r in rows if not args.json else []:
                state = "" if r.active else translate("cli", " (disabled)")
                print(f"{r.username}\t{r.full_name}\t{role_label(r.role)}{state}\t"
                      f"{' '.join(r.subdistricts) or '-'}", file=out)
            return 0
        if action == "add":
            actor = signed_in(database, args)  # the first user needs no credentials
            password = _new_password()
            with database.begin() as s:
                users.add_user(s, actor, username=args.name, full_name=args.full_name or args.name,
                               role=args.role, password=password, subdistricts=args.subdistrict,
                               position=args.position)
            print(translate("cli", "Added the user {name} ({role}).").format(
                name=args.name, role=role_label(args.role)), file=out)
            return 0
        actor = signed_in(database, args)
        if action == "passwd":
            name = args.name or getattr(args, "user", None)
            if name is None:
                raise UserError(translate("cli", "Give --name NAME (or --user NAME for your own "
                                          "password)."))
            if name == actor.username:
                old = _password("KAEJON_PASSWORD", translate("cli", "Current password: "))
                new = _new_password()
                with database.begin() as s:
                    users.change_password(s, actor, old, new)
            else:
                require(actor, Permission.MANAGE_USERS)
                new = _new_password()
                with database.begin() as s:
                    users.reset_password(s, actor, name, new)
            print(translate("cli", "The password of {name} was changed.").format(name=name),
                  file=out)
            return 0
        with database.begin() as s:
            if action == "change":
                users.update_user(s, actor, args.name, role=args.role, full_name=args.full_name,
                                  subdistricts=args.subdistrict)
            else:
                users.update_user(s, actor, args.name, active=action == "enable")
        print(translate("cli", "The user {name} was changed.").format(name=args.name), file=out)
        return 0
    finally:
        database.dispose()


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from core.audit import describe_break, verify_chain

    database = open_for_command(args)
    try:
        with database.read() as s:
            count, broken = verify_chain(s)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps({"entries_checked": count, "intact": broken is None,
                          "broken_entry": broken.entry_id if broken else None,
                          "reason": broken.reason if broken else None,
                          "message": describe_break(broken) if broken else None},
                         ensure_ascii=False), file=out)
    elif broken is None:
        print(translate("cli", "The audit log is intact: {count} entries checked.")
              .format(count=f"{count:,}"), file=out)
    else:
        print(translate("cli", "The audit log is broken: {message}")
              .format(message=describe_break(broken)), file=out)
    return 0 if broken is None else 1


def _cmd_encrypt(args: argparse.Namespace, out: TextIO) -> int:
    from core import keyring
    from core.database import locate
    from core.encryption import encrypt_copy, encrypted_name

    _url, path = locate(args.db)
    if path is None:
        raise UserError(translate("cli", "Only SQLite database files can be encrypted here; a "
                                  "PostgreSQL server protects its data itself."))
    actor = None
    if path.is_file():  # a whole copy of the data: who may back it up (else encrypt_copy says why)
        database = open_for_command(args)
        try:
            actor = signed_in(database, args, Permission.BACKUP)
        finally:
            database.dispose()
    passphrase = _new_passphrase()
    target = encrypt_copy(path, args.out or encrypted_name(path), passphrase)
    if actor is not None and getattr(args, "user", None) is not None:
        # a new keyring (a file left beside the target by an earlier copy is not kept)
        keyring.write_keyring(target, {actor.username: keyring.seal(passphrase,
                                                                   _user_password(args))})
    print(translate("cli", "Encrypted copy written to {path}. Open it with its passphrase, "
                    "check it, then delete the unencrypted {old} and its backups.").format(
        path=target, old=path), file=out)
    print(translate("cli", "Each user opens it with their own password after giving the "
                    "passphrase once; keep the passphrase in a safe place."), file=out)
    return 0


COMMANDS = {
    "import": _cmd_import,
    "undo-import": _cmd_undo_import,
    "init": _cmd_init,
    "demo": _cmd_demo,
    "info": _cmd_info,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "list": _cmd_list,
    "referrals": _cmd_referrals,
    "export-return": _cmd_export_return,
    "consolidate": _cmd_consolidate,
    "print": _cmd_print,
    "user": _cmd_user,
    "audit": _cmd_audit,
    "encrypt": _cmd_encrypt,
}


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one subcommand; a user error becomes one line on stderr and exit status 1."""
    out = out or sys.stdout
    err = err or sys.stderr
    if getattr(args, "lang", None):
        set_language(args.lang)
    if getattr(args, "db", None) is None:
        # The same database the window opens: the one chosen there, else the default file.
        from core.settings import load_settings

        args.db = load_settings().last_database
    try:
        return COMMANDS[args.command](args, out)
    except AccessDenied as e:
        print(f"kaejon: {e}", file=err)
        return EXIT_ACCESS
    except UserError as e:
        print(f"kaejon: {e}", file=err)
        return 1
    except KeyboardInterrupt:
        print(translate("cli", "kaejon: cancelled; nothing was changed."), file=err)
        return 130
