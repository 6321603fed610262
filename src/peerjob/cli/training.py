"""Training and credentials: `training add|list|show|edit|delete|done`."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption
from peerjob.errors import BadInput

training_app = typer.Typer(
    help='Training and credentials: planned, under way, done. Example: peerjob training add "Peer support certificate".',
    no_args_is_help=True,
)
ON_HELP = "When: the day it is planned (planned, in-progress), or the day it was finished (done)."


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    training_app.command("add")(training_add)
    training_app.command("list")(training_list)
    add_show(training_app, "training", "training", "training", example=1)
    training_app.command("edit")(training_edit)
    add_delete(training_app, "training", "training", "training", example=1)
    training_app.command("done")(training_done)
    app.add_typer(training_app, name="training")


def _dates(status: str, on: str | None, renews: str | None) -> dict[str, object]:
    values: dict[str, object] = {}
    if on is not None:
        if status == "done":
            values["done_on"] = cx.past_date(on, "--on")
        else:
            values["planned_on"] = cx.any_date(on, prefer="future")
    if renews is not None:
        values["renews_on"] = cx.any_date(renews, prefer="future")
    return values


def training_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The course, certificate or credential.")],
    issuer: Annotated[str | None, typer.Option("--issuer", help="Who runs or awards it.")] = None,
    hours: Annotated[float | None, typer.Option("--hours", help="How many hours it takes (or took).")] = None,
    on: Annotated[str | None, typer.Option("--on", metavar="DATE", help=ON_HELP)] = None,
    status: Annotated[str, typer.Option("--status", help="planned (default), in-progress or done.")] = "planned",
    renews: Annotated[str | None, typer.Option("--renews", metavar="DATE", help="When it has to be renewed.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Anything to remember; private.")] = None,
) -> None:
    """Add training or a credential; finishing one counts as a win. Example: peerjob training add "First aid" --on friday."""
    from peerjob.actions.training import add_training
    from peerjob.domain.training import parse_status
    from peerjob.render.training import training_added

    chosen = parse_status(status)
    values: dict[str, object] = {"name": name, "issuer": _clean(issuer), "hours": hours, "status": chosen}
    values |= _dates(chosen, on, renews)
    if chosen == "done" and "done_on" not in values:
        values["done_on"] = cx.today()
    values["note"] = _clean(note)
    with cx.database(write=True) as conn:
        saved = add_training(conn, values, settings=cx.settings())
    training_added(saved)


def training_list(as_json: JsonOneOption = False) -> None:
    """List your training: what is planned, under way, and done. Example: peerjob training list."""
    from peerjob.actions.training import list_training
    from peerjob.render.training import training_listed

    with cx.database(write=False) as conn:
        rows = list_training(conn)
    training_listed(rows, as_json=as_json)


def training_edit(
    training_id: Annotated[int, typer.Argument(metavar="ID", help="Its ID (see peerjob training list).")],
    name: Annotated[str | None, typer.Option("--name", help="A new name.")] = None,
    issuer: Annotated[str | None, typer.Option("--issuer", help="Who runs or awards it (empty clears it).")] = None,
    hours: Annotated[float | None, typer.Option("--hours", help="How many hours.")] = None,
    on: Annotated[str | None, typer.Option("--on", metavar="DATE", help=ON_HELP)] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="planned or in-progress (done: training done ID).")
    ] = None,
    renews: Annotated[str | None, typer.Option("--renews", metavar="DATE", help="When it has to be renewed.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Private note (empty clears it).")] = None,
) -> None:
    """Change training's details. Example: peerjob training edit 2 --renews 2027-12-01."""
    from peerjob.actions.training import edit_training, find_training
    from peerjob.domain.training import parse_status
    from peerjob.render.training import training_changed

    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = " ".join(name.split())
    if issuer is not None:
        changes["issuer"] = _clean(issuer)
    if hours is not None:
        changes["hours"] = hours
    if note is not None:
        changes["note"] = _clean(note)
    if status is not None:
        chosen = parse_status(status)
        if chosen == "done":
            raise BadInput(f"To mark it done (and count it as a win): peerjob training done {training_id}")
        changes["status"] = chosen
    with cx.database(write=False) as conn:
        current = find_training(conn, training_id)
    changes |= _dates(str(changes.get("status") or current["status"]), on, renews)
    if not changes:
        raise BadInput(f"Nothing to change. For example: peerjob training edit {training_id} --on friday")
    with cx.database(write=True) as conn:
        training_changed(edit_training(conn, training_id, changes))


def training_done(
    training_id: Annotated[int, typer.Argument(metavar="ID", help="Its ID (see peerjob training list).")],
    on: Annotated[
        str | None, typer.Option("--on", metavar="DATE", help="The day you finished it (default today).")
    ] = None,
) -> None:
    """Mark training finished: it counts as a win. Example: peerjob training done 2."""
    from peerjob.actions.training import finish_training
    from peerjob.render.training import training_finished

    day = cx.past_date(on, "--on") or cx.today()
    with cx.database(write=True) as conn:
        saved = finish_training(conn, training_id, on=day, settings=cx.settings())
    training_finished(saved)


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text is not None else None
