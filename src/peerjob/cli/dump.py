"""`peerjob dump` (everything out, private fields included) and `peerjob load` (back into an empty file)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.errors import BadInput


def register(app: typer.Typer) -> None:
    app.command()(dump)
    app.command()(load)


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
    from peerjob.fileio import is_stdio

    if chosen == "json" and is_stdio(output):
        output = None  # `--output -`: standard output, as with no --output
    if chosen == "csv" and (output is None or is_stdio(output)):
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

    from peerjob.actions.dump import dump_everything, table_rows
    from peerjob.render.dump import csv_folder_written, dump_written, write_csv_folder

    with cx.database(write=False) as conn:
        if chosen == "json":
            data = dump_everything(conn)
        else:
            revision, tables = table_rows(conn)
            assert output is not None  # refused above: CSV needs a folder
            write_csv_folder(output, revision, tables)
            csv_folder_written(len(tables), output)
            return
    dump_written(data, output, force=force)


def load(
    file: Annotated[
        Path, typer.Argument(metavar="DUMP.json", help="A file written by peerjob dump.", show_default=False)
    ],
) -> None:
    """Load a dump into an empty data file, keeping every ID. Example: peerjob --db ~/new.db load peerjob-dump.json."""
    import json

    from peerjob.fileio import read_input_file

    raw = read_input_file(file, "dump", "peerjob load peerjob-dump.json")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadInput(
            f"{file} is not a JSON dump ({error}). Make one with: peerjob dump --output peerjob-dump.json"
        ) from None

    from peerjob.actions.dump import check_dump, load_dump, refuse_if_holding_data

    tables, highest_ids = check_dump(data)
    db = cx.db_path()
    refuse_if_holding_data(db)
    new_folder = not db.parent.exists()
    try:
        with cx.database(write=True) as conn:
            rows = load_dump(conn, db, tables, highest_ids)
    except BadInput:
        # Refused inside the transaction: the data file this load made is gone already
        # (cx.database takes it away while nothing is saved in it); a folder made for it goes too.
        if new_folder:
            import contextlib
            import os

            with contextlib.suppress(OSError):  # only if it is empty
                os.rmdir(db.parent)
        raise
    from peerjob.render.dump import dump_loaded

    dump_loaded(rows, file.name, db)
