"""Owning your data: import, dump, load, backup, restore, calendar, wipe."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Annotated, Any

import typer

from peerjob.cli import context as cx
from peerjob.errors import BadInput, DataFileError
from peerjob.render.console import data_table, out, print_json, say

PROGRESS_FROM_ROWS = 2000  # smaller files are done before a bar would show
PREVIEW_ROWS = 50


def register(app: typer.Typer) -> None:
    app.command("import")(import_csv)
    for command in (dump, load, backup, restore, calendar, wipe):
        app.command()(command)


def _read_input_file(path: Path, what: str, example: str) -> bytes:
    if not path.exists():
        raise BadInput(f"There is no file at {path}. Check the name, for example: {example}")
    if path.is_dir():
        raise BadInput(f"{path} is a folder. Give the {what} file inside it, for example: {example}")
    try:
        return path.read_bytes()
    except OSError as error:
        raise BadInput(f"Couldn't read {path} ({error.strerror}).") from None


# --- import -----------------------------------------------------------------


def import_csv(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE.csv",
            help="A CSV file of applications (from a spreadsheet or a job tracker).",
            show_default=False,
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", "-n", help="Show what would be imported; change nothing.")
    ] = False,
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            "-m",
            metavar="COLUMN=FIELD",
            help="Say what a column is: 'Job Link=url', 'Employer Name=company', 'Date=ignore'. Repeat for more.",
        ),
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar="STATUS=STAGE",
            help="Read a status as a stage: 'Phone call=screening'. Repeat for more.",
        ),
    ] = None,
    date_order: Annotated[
        str | None,
        typer.Option(
            "--date-order",
            metavar="ORDER",
            help="For dates like 03/04/2026: dmy (day first) or mdy (month first). Usually the file shows it.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was (or would be) imported as JSON.")] = False,
) -> None:
    """Import applications from a CSV file; the same file twice adds nothing. Example: peerjob import jobs.csv --dry-run."""
    import sys

    from peerjob.domain.importing import parse_date_order, parse_map_option, parse_status_option, plan_import

    mappings = [parse_map_option(text) for text in mapping or []]
    statuses = dict(parse_status_option(text) for text in status or [])
    order = parse_date_order(date_order)
    data = _read_input_file(file, "CSV", "peerjob import ~/Downloads/applications.csv")
    today = cx.today()

    with _progress(enabled=sys.stderr.isatty() and data.count(b"\n") >= PROGRESS_FROM_ROWS) as bar:
        reading = bar.add("Reading", total=data.count(b"\n") or 1)
        plan = plan_import(
            data,
            today=today,
            mappings=mappings,
            statuses=statuses,
            date_order=order,
            progress=lambda done: bar.update(reading, done),
        )
        if dry_run:
            from peerjob.store.importer import existing_keys_read_only

            known = existing_keys_read_only(cx.db_path())
            new = [row for row in plan.rows if row.key not in known]
            _report_import(plan, file, new=new, imported=False, as_json=as_json)
            return
        if not plan.rows:
            _report_import(plan, file, new=[], imported=True, as_json=as_json)
            return

        from peerjob.store.importer import existing_keys, insert_applications, latest_day_per_week
        from peerjob.store.milestones import record_reached

        settings = cx.settings()
        with cx.database(write=True) as conn:
            known = existing_keys(conn)
            new = [row for row in plan.rows if row.key not in known]
            saving = bar.add("Saving", total=len(new) or 1)
            ids = insert_applications(conn, new, progress=lambda done: bar.update(saving, done))
            reached = (
                record_reached(
                    conn,
                    first_weekday=settings.first_weekday,
                    days=latest_day_per_week((row.applied_on for row in new), settings.first_weekday),
                )
                if new
                else []
            )
    _report_import(plan, file, new=new, imported=True, as_json=as_json, ids=ids, reached=reached)


class _Bar:
    """A rich progress bar on stderr, or nothing at all."""

    def __init__(self, progress) -> None:
        self.progress = progress

    def add(self, label: str, total: int):
        return self.progress.add_task(label, total=total) if self.progress else None

    def update(self, task, done: int) -> None:
        if self.progress is not None:
            self.progress.update(task, completed=done)


class _progress:
    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.progress: Any = None  # a rich Progress, made only when shown

    def __enter__(self) -> _Bar:
        if self.enabled:
            from rich.progress import Progress

            from peerjob.render.console import err

            self.progress = Progress(console=err(), transient=True)
            self.progress.start()
        return _Bar(self.progress)

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _report_import(plan, file: Path, *, new, imported: bool, as_json: bool, ids=(), reached=()) -> None:
    from peerjob.render.console import announce_milestones

    already = len(plan.rows) - len(new)
    if as_json:
        payload = {
            "file": str(file),
            "dry_run": not imported,
            **plan.as_json(),
            "rows": len(plan.rows) + plan.repeated_rows + plan.undated_saved,
            "new": len(new),
            "already_there": already,
            "repeated_in_file": plan.repeated_rows,
            "undated_saved_left_out": plan.undated_saved,
            "imported": len(ids) if imported else 0,
            "ids": list(ids),
            "milestones": list(reached),
        }
        if not imported:
            payload["preview"] = [_row_json(row) for row in new]
        print_json(payload)
    elif not imported and new:
        _preview_table(new)
    mapped = ", ".join(f"{header} -> {field}" for field, header in plan.columns.items())
    if not as_json:
        say(f"Columns: {mapped}.")
        if plan.unused_columns:
            say(f"Not imported (no field for them; --map can name one): {', '.join(plan.unused_columns)}.")
        if plan.unmapped_statuses:
            shown = ", ".join(
                f"'{text}' ({_plural(count, 'row')})" for text, count in sorted(plan.unmapped_statuses.items())
            )
            example = next(iter(sorted(plan.unmapped_statuses)))
            say(
                f"Statuses read as 'applied' because peerjob didn't recognise them: {shown}. "
                f"To choose, add for example --status '{example}=screening'."
            )
    skipped = []
    if already:
        skipped.append(f"{already} already there")
    if plan.repeated_rows:
        skipped.append(f"{plan.repeated_rows} repeated in the file")
    if plan.undated_saved:
        skipped.append(f"{_plural(plan.undated_saved, 'wishlist row')} with no date applied left out")
    tail = f" ({'; '.join(skipped)})" if skipped else ""
    if not imported:
        say(
            f"Dry run: {_plural(len(new), 'application')} would be imported from {file.name}{tail}. Nothing was changed."
        )
    elif not plan.rows and not plan.undated_saved:
        say(f"No applications in {file.name}: only a header. Nothing was changed.")
    elif not plan.rows:
        say(f"Nothing to import from {file.name}{tail}. Nothing was changed.")
    elif not new:
        say(f"Nothing new in {file.name}: all {_plural(len(plan.rows), 'application')} are already there.")
    else:
        say(
            f"Imported {_plural(len(new), 'application')} from {file.name}{tail}, with {'its' if len(new) == 1 else 'their'} stage history."
        )
    if imported:
        announce_milestones(list(reached))


def _row_json(row) -> dict:
    from peerjob.domain.importing import history_for

    return {
        "row": row.row,
        "company": row.company,
        "role": row.role,
        "applied_on": row.applied_on,
        "stage": row.stage,
        "status": row.status,
        "url": row.url,
        "source": row.source,
        "note": row.note,
        "follow_up_on": row.follow_up_on,
        "history": [{"from_stage": a, "to_stage": b, "changed_on": on} for a, b, on in history_for(row)],
    }


def _preview_table(rows) -> None:

    from peerjob.render.console import text_or_dash

    table = data_table(
        ("Row", "Company", "Role", "Applied", "Stage", "Status in file", "Follow-up"),
        fixed=("Row", "Applied", "Stage", "Follow-up"),
    )
    for row in rows[:PREVIEW_ROWS]:
        table.add_row(
            str(row.row),
            row.company,
            row.role,
            row.applied_on.isoformat(),
            row.stage,
            text_or_dash(row.status),
            text_or_dash(row.follow_up_on),
        )
    out().print(table)
    if len(rows) > PREVIEW_ROWS:
        out().print(f"... and {len(rows) - PREVIEW_ROWS} more (--json lists them all)", markup=False)


# --- dump and load ----------------------------------------------------------


def dump(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json (one file, loadable) or csv (a folder, one file per table).")
    ] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="A file for json (default stdout); a folder for csv.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the file, or the table files in the folder.")] = False,
) -> None:
    """Write everything, private fields included: your own full copy. Example: peerjob dump --output peerjob-dump.json."""
    chosen = fmt.strip().lower()
    if chosen not in ("json", "csv"):
        raise BadInput(f"--format is json or csv, not '{fmt}'.")
    if chosen == "csv" and output is None:
        raise BadInput(
            "CSV makes one file per table: add --output FOLDER, for example: peerjob dump --format csv -o peerjob-csv"
        )
    if chosen == "json" and output is not None:
        from peerjob.fileio import check_output_file

        check_output_file(output, force=force, example="peerjob-dump.json")
    if chosen == "csv" and output is not None:
        if not output.exists() and not output.parent.exists():
            raise BadInput(f"The folder {output.parent} does not exist. Create it first or pick another path.")
        if output.exists() and not output.is_dir():
            raise BadInput(f"{output} is a file. CSV needs a folder: give a new folder name, for example peerjob-csv.")
        if output.is_dir() and any(output.iterdir()) and not force:
            raise BadInput(
                f"The folder {output} is not empty. Add --force to replace its table files, or pick a new folder."
            )

    from peerjob.store import dump as store

    with cx.database(write=False) as conn:
        if chosen == "json":
            data = store.dump(conn)
        else:
            tables = {table: store.table_rows(conn, table) for table in store.table_names(conn)}
            assert output is not None  # refused above: CSV needs a folder
            _write_csv_folder(output, store.schema_revision(conn), tables)
            say(f"Wrote {len(tables)} table files to {output} (owner-only; private fields included).")
            return
    import json

    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        import sys

        sys.stdout.write(text)
        return
    from peerjob.fileio import write_private_text

    write_private_text(output, text, overwrite=force)
    import shlex

    rows = sum(len(rows) for rows in data["tables"].values())
    say(
        f"Wrote {output}: {_plural(rows, 'row')} from {len(data['tables'])} tables (owner-only; private fields included). "
        f"`peerjob load {shlex.quote(str(output))}` puts it back into an empty data file."
    )


def _write_csv_folder(folder: Path, revision: str, tables: dict) -> None:
    import csv
    import io
    import json
    import os

    from peerjob.fileio import write_private_text
    from peerjob.store.dump import DUMP_FORMAT

    if not folder.exists():
        if not folder.parent.exists():
            raise BadInput(f"The folder {folder.parent} does not exist. Create it first or pick another path.")
        folder.mkdir(mode=0o700)
        os.chmod(folder, 0o700)
    counts = {}
    for table, (names, rows) in tables.items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        count = 0
        for row in rows:
            writer.writerow(["" if value is None else value for value in row])
            count += 1
        counts[table] = count
        write_private_text(folder / f"{table}.csv", buffer.getvalue(), overwrite=True)
    about = {"schema": revision, "format": DUMP_FORMAT, "tables": counts}
    write_private_text(folder / "dump-info.json", json.dumps(about, indent=2) + "\n", overwrite=True)


def load(
    file: Annotated[
        Path, typer.Argument(metavar="DUMP.json", help="A file written by peerjob dump.", show_default=False)
    ],
) -> None:
    """Load a dump into an empty data file, keeping every ID. Example: peerjob --db ~/new.db load peerjob-dump.json."""
    import json

    raw = _read_input_file(file, "dump", "peerjob load peerjob-dump.json")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadInput(
            f"{file} is not a JSON dump ({error}). Make one with: peerjob dump --output peerjob-dump.json"
        ) from None

    from peerjob.store import dump as store

    tables = store.check_dump_shape(data)
    marks = store.check_last_ids(data)
    db = cx.db_path()
    _refuse_if_holding_data(db)
    new_folder, new_file = not db.parent.exists(), not db.exists()
    try:
        with cx.database(write=True) as conn:
            holding = {table: count for table, count in store.row_counts(conn).items() if count}
            if holding:
                raise _not_empty(db, holding)
            counts = store.load(conn, tables, marks)
    except BadInput:
        # Refused inside the transaction (nothing was written): take away the file this load made.
        if new_file:
            _remove_new_data_file(db, folder_too=new_folder)
        raise
    say(f"Loaded {_plural(sum(counts.values()), 'row')} from {file.name} into {db}, every ID kept.")


def _remove_new_data_file(db: Path, *, folder_too: bool) -> None:
    import contextlib
    import os

    for path in (db, *(db.with_name(db.name + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    if folder_too:
        with contextlib.suppress(OSError):  # only if it is empty
            os.rmdir(db.parent)


def _not_empty(db: Path, holding: dict[str, int]) -> BadInput:
    parts = [f"{count} in {table}" for table, count in list(holding.items())[:3]]
    what = _plural(sum(holding.values()), "row") + ": " + ", ".join(parts) + (", ..." if len(holding) > 3 else "")
    return BadInput(
        f"{db} already holds data ({what}); load only fills an empty data file. "
        f"Load into a new one with: peerjob --db NEW.db load DUMP.json (or restore a backup with peerjob restore)."
    )


def _refuse_if_holding_data(db: Path) -> None:
    """Check without opening for writing, so a refusal leaves the file exactly as it was."""
    from peerjob.store.backup import inspect

    state = inspect(db)
    if state.kind != "peerjob":
        return  # missing or empty: it will be created; anything else: opening it says why
    from peerjob.store import dump as store
    from peerjob.store.db import connect

    conn = connect(db, read_only=True)
    try:
        holding = {table: count for table, count in store.row_counts(conn).items() if count}
    finally:
        conn.close()
    if holding:
        raise _not_empty(db, holding)


# --- backup and restore -----------------------------------------------------


def backup(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH",
            help="Where to write it (a file or a folder; default beside the data file).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """Make a consistent, owner-only copy of your data file. Example: peerjob backup ~/peerjob-before-move.db."""
    from peerjob.store.backup import copy_database, default_backup_path, inspect

    db = cx.db_path()
    state = inspect(db)
    if state.kind in ("missing", "empty"):
        raise BadInput(f"There is no data at {db} yet, so nothing to back up. `peerjob where` shows the file in use.")
    if state.kind == "foreign":
        raise DataFileError(f"{db} is not a peerjob database ({state.why}); nothing was copied.")
    if path is None:
        target = default_backup_path(db)
    elif path.is_dir():
        target = default_backup_path(path / db.name)
    else:
        target = path.expanduser()
        from peerjob.fileio import check_output_file

        check_output_file(target, force=force, example=db.name)
        if target.resolve() == db.resolve():
            raise BadInput(f"{target} is your data file itself. Pick another name for the backup.")
    copy_database(db, target, overwrite=force)
    out().print(str(target), markup=False, highlight=False, soft_wrap=True)
    say(f"Backed up (owner-only). To bring it back: peerjob restore {target}")


def restore(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH", help="A backup made by peerjob backup (or any peerjob data file).", show_default=False
        ),
    ],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask to confirm.")] = False,
) -> None:
    """Put a backup in place of your data file; the current file is backed up first. Example: peerjob restore ~/peerjob.db.backup-20261120-101500.bak."""
    from peerjob.store.backup import check_restorable, inspect
    from peerjob.store.backup import restore as swap

    path = path.expanduser()
    check_restorable(path)
    db = cx.db_path()
    if db.exists() and path.resolve() == db.resolve():
        raise BadInput(f"{path} is the data file in use already. Pick a backup file to restore.")
    current = inspect(db)
    if current.kind in ("foreign", "newer"):
        raise DataFileError(
            f"{db} is not a peerjob data file this peerjob can replace ({current.why}); nothing was changed. "
            "Point --db or PEERJOB_DB at your peerjob file."
        )
    if db.is_dir():
        raise BadInput(f"{db} is a folder. Point --db or PEERJOB_DB at a file inside it.")
    if not yes and cx.interactive():
        what = "Your current data file will be backed up first." if current.kind not in ("missing", "empty") else ""
        if not typer.confirm(f"Replace {db} with {path}? {what}".rstrip(), default=False, err=True):
            raise typer.Abort()
    from peerjob.paths import ensure_private_dir

    ensure_private_dir(db.parent)
    kept = swap(path, db)
    # An older schema is upgraded now, the usual way (with its own backup), so any problem shows here.
    from peerjob.store.db import open_database

    open_database(db).close()
    if kept is not None:
        say(f"Restored {db} from {path}. Your previous file is kept at {kept}.")
    else:
        say(f"Restored {db} from {path}.")


# --- calendar ---------------------------------------------------------------


def calendar(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE.ics", help="Write to this file (owner-only) instead of stdout."),
    ] = None,
    days: Annotated[int, typer.Option("--days", min=1, max=3650, help="How many days ahead, from today.")] = 90,
    force: Annotated[bool, typer.Option("--force", help="Replace --output if it exists.")] = False,
) -> None:
    """Write follow-ups, check-ins, next steps and interviews as calendar events (.ics). Example: peerjob calendar -o peerjob.ics."""
    from datetime import datetime, timedelta

    if output is not None:
        from peerjob.fileio import check_output_file

        check_output_file(
            output,
            force=force,
            example="peerjob.ics",
            replacing="Add --force to replace it (calendar apps update the same events).",
        )
    today = cx.today()
    settings = cx.settings()
    from peerjob.render.ics import build_ics
    from peerjob.store.calendar import calendar_events

    with cx.database(write=False) as conn:
        events = calendar_events(conn, today=today, until=today + timedelta(days=days), settings=settings)
    data = build_ics(events, stamp=datetime.now(UTC).replace(microsecond=0))
    if output is None:
        import sys

        sys.stdout.buffer.write(data) if hasattr(sys.stdout, "buffer") else sys.stdout.write(data.decode())
        sys.stdout.flush()
        return
    from peerjob.fileio import write_private_bytes

    write_private_bytes(output, data, overwrite=force)
    kinds = sorted({event.kind for event in events})
    shown = f" ({', '.join(kinds)})" if kinds else ""
    say(
        f"Wrote {output}: {_plural(len(events), 'event')} in the next {days} days{shown}. "
        "Importing it again updates the same events."
    )


# --- wipe -------------------------------------------------------------------

WIPE_WORD = "delete"


def wipe(
    yes_really: Annotated[
        bool, typer.Option("--yes-really", help="Don't ask (for scripts): remove everything at once.")
    ] = False,
) -> None:
    """Delete your data file, peerjob's backups beside it and its settings, after you type a word. Example: peerjob wipe."""
    import contextlib
    import os

    from peerjob.paths import default_data_dir
    from peerjob.store.backup import inspect, remove, wipe_targets

    db = cx.db_path()
    if db.is_dir():
        raise BadInput(f"{db} is a folder. Point --db or PEERJOB_DB at the peerjob file inside it.")
    state = inspect(db)
    if state.kind == "foreign":
        raise DataFileError(f"{db} is not a peerjob database ({state.why}); wipe left it alone.")
    targets = wipe_targets(db)
    folder = db.parent
    own_folder = folder.is_dir() and folder.resolve() == default_data_dir().resolve()
    if not targets:
        say(f"Nothing of peerjob's is at {db}; nothing to remove.")
        return
    if not yes_really:
        if not cx.interactive():
            raise BadInput(
                "wipe removes your data for good. Run it on a terminal to confirm, or add --yes-really in a script."
            )
        say("This removes, for good:")
        for target in targets:
            say(f"  {target}")
        say("Backups you saved elsewhere are not touched. `peerjob dump` or `peerjob backup PATH` first keeps a copy.")
        typed = typer.prompt(f"Type {WIPE_WORD} to remove them", default="", show_default=False, err=True)
        if typed.strip().lower() != WIPE_WORD:
            say("Stopped. Nothing was removed.")
            raise typer.Exit(1)
    for target in targets:
        remove(target)
        say(f"Removed {target}")
    if own_folder:
        with contextlib.suppress(OSError):  # only if it is now empty
            os.rmdir(folder)
            say(f"Removed {folder}")
    say("Done. If you come back to peerjob, it starts with a fresh, empty file.")
