"""Writing a dump: JSON on stdout or in an owner-only file, or a folder of CSV files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from peerjob.errors import BadInput
from peerjob.render.console import say


def dump_written(data: dict[str, Any], output: Path | None, *, force: bool) -> None:
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
        f"Wrote {output}: {rows} row{'' if rows == 1 else 's'} from {len(data['tables'])} tables (owner-only; private fields included). "
        f"`peerjob load {shlex.quote(str(output))}` puts it back into an empty data file."
    )


def write_csv_folder(folder: Path, revision: str, tables: dict[str, Any]) -> None:
    """One owner-only CSV file per table, and dump-info.json saying the schema and the row counts."""
    import csv
    import io
    import json
    import os

    from peerjob.actions.dump import DUMP_FORMAT
    from peerjob.fileio import write_private_text

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


def csv_folder_written(tables: int, output: Path) -> None:
    say(f"Wrote {tables} table files to {output} (owner-only; private fields included).")


def dump_loaded(rows: int, file_name: str, db: Path) -> None:
    say(f"Loaded {rows} row{'' if rows == 1 else 's'} from {file_name} into {db}, every ID kept.")
