"""`peerjob import FILE.csv`: applications from a spreadsheet or a job tracker; the same file twice adds nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import json_flag


def register(app: typer.Typer) -> None:
    app.command("import")(import_csv)


def import_csv(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="FILE.csv",
            help="A CSV file of applications (from a spreadsheet or a job tracker).",
            show_default=False,
        ),
    ] = None,
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
    source: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="FORMAT",
            help="Read the file as this tracker's export (huntr, teal, linkedin...); usually the header shows it.",
        ),
    ] = None,
    formats: Annotated[bool, typer.Option("--formats", help="List the trackers and templates peerjob knows.")] = False,
    as_json: Annotated[bool, json_flag("Print what was (or would be) imported as JSON.")] = False,
) -> None:
    """Import applications from a CSV file; twice adds nothing. Example: peerjob import jobs.csv --dry-run."""
    import sys

    from peerjob.actions.importing import import_applications, preview_import
    from peerjob.domain.importing import parse_date_order, parse_map_option, parse_status_option, plan_import
    from peerjob.fileio import read_input_file
    from peerjob.render.importing import PROGRESS_FROM_ROWS, import_reported, progress

    if formats:
        from peerjob.domain.import_sources import SOURCES
        from peerjob.render.importing import formats_listed

        formats_listed(SOURCES, as_json=as_json)
        return
    if file is None:
        from peerjob.errors import BadInput

        raise BadInput("import needs a CSV file, for example: peerjob import ~/Downloads/applications.csv")
    mappings = [parse_map_option(text) for text in mapping or []]
    statuses = dict(parse_status_option(text) for text in status or [])
    order = parse_date_order(date_order)
    data = read_input_file(file, "CSV", "peerjob import ~/Downloads/applications.csv")
    today = cx.today()

    with progress(enabled=sys.stderr.isatty() and data.count(b"\n") >= PROGRESS_FROM_ROWS) as bar:
        reading = bar.add("Reading", total=data.count(b"\n") or 1)
        plan = plan_import(
            data,
            today=today,
            mappings=mappings,
            statuses=statuses,
            date_order=order,
            source=source,
            progress=lambda done: bar.update(reading, done),
        )
        if dry_run:
            import_reported(preview_import(cx.db_path(), plan), file, as_json=as_json)
            return
        if not plan.rows:
            from peerjob.actions.importing import ImportDone

            import_reported(ImportDone(plan=plan, new=[], imported=True), file, as_json=as_json)
            return

        def started(total: int):
            saving = bar.add("Saving", total=total or 1)
            return lambda done: bar.update(saving, done)

        with cx.database(write=True) as conn:
            result = import_applications(conn, plan, settings=cx.settings(), started=started)
    import_reported(result, file, as_json=as_json)
