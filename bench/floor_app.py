"""The start-up floor of peerjob's stack: a minimal Typer app that inserts one row.

Same interpreter, same Typer (and so the same click copy and pydantic checks),
the standard library's sqlite3, nothing else: no rich, no config, no
migrations. bench/startup.py times it in the same run as peerjob, so the
ratios say how much peerjob adds on top of what any app on this stack pays.

    python bench/floor_app.py add ACME "Support Specialist"   (FLOOR_DB names the file)
    python bench/floor_app.py --help
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from typing import Annotated

import typer

app = typer.Typer(
    name="floor",
    help="A minimal Typer app: the floor peerjob's start-up is measured against.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def root(
    db: Annotated[str | None, typer.Option("--db", metavar="PATH", help="The data file (else $FLOOR_DB).")] = None,
) -> None:
    """A minimal Typer app: the floor peerjob's start-up is measured against."""
    if db:
        os.environ["FLOOR_DB"] = db


@app.command()
def add(
    company: Annotated[str, typer.Argument(help="Who you applied to.")],
    role: Annotated[str, typer.Argument(help="The role you applied for.")],
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", help="A tag (repeat for more).")] = None,
) -> None:
    """Insert one row. Example: floor add ACME "Support Specialist"."""
    conn = sqlite3.connect(os.environ.get("FLOOR_DB", "floor.db"))
    with conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS application ("
            "id INTEGER PRIMARY KEY, company TEXT NOT NULL, role TEXT NOT NULL, applied_on TEXT NOT NULL, tags TEXT)"
        )
        cursor = conn.execute(
            "INSERT INTO application (company, role, applied_on, tags) VALUES (?, ?, ?, ?)",
            (company, role, date.today().isoformat(), ",".join(tag or [])),
        )
    conn.close()
    typer.echo(f"Logged application {cursor.lastrowid}.", err=True)


@app.command("count")
def count() -> None:
    """Count the rows. Example: floor count."""
    conn = sqlite3.connect(os.environ.get("FLOOR_DB", "floor.db"))
    typer.echo(conn.execute("SELECT count(*) FROM application").fetchone()[0])
    conn.close()


if __name__ == "__main__":
    app(prog_name="floor")
