"""Support a person can use: `resource add|list|edit|done` (programs, counsellors, peer groups, training)."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import completion
from peerjob.cli import context as cx
from peerjob.cli.options import JsonOneOption, QuietOption, SavedJsonOption
from peerjob.cli.stories import optional_text
from peerjob.errors import BadInput

KINDS = "employment-program, vocational-rehab, peer-group, training, legal or other"
NEXT_HELP = "When to take the next step: 2026-12-01, friday, 'in 1 week'. Shown in peerjob due."

resource_app = typer.Typer(
    help='Support you can use: programs, counsellors, groups, training. Example: peerjob resource add "Job club".',
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    add_show(resource_app, "resource", "resource", "resource", example=2)
    add_delete(resource_app, "resource", "resource", "resource", example=2)
    app.add_typer(resource_app, name="resource")


@resource_app.command("add")
def resource_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Who or what it is.")],
    kind: Annotated[
        str, typer.Option("--kind", "-k", metavar="KIND", autocompletion=completion.resource_kinds, help=f"{KINDS}.")
    ] = "other",
    contact: Annotated[
        str | None, typer.Option("--contact", metavar="TEXT", help="A person, phone or email (private).")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", help="A link.")] = None,
    next_step: Annotated[
        str | None, typer.Option("--next-step", metavar="TEXT", help="What you plan to do next.")
    ] = None,
    next_on: Annotated[str | None, typer.Option("--next", metavar="DATE", help=NEXT_HELP)] = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add a resource: a program, counsellor, peer group, training. Example: peerjob resource add "Job club" --kind peer-group --next friday."""
    from peerjob.cli.records import check_output_mode, saved

    check_output_mode(as_json, quiet)
    from peerjob.domain.toolkit import parse_resource_kind

    name = cx.required_text(name, "The resource's name", 'peerjob resource add "Job club" --kind peer-group')
    kind = parse_resource_kind(kind)
    next_date = cx.future_date(next_on)  # a date already past is fine: it shows as overdue in `due`
    from peerjob.actions.toolkit import add_resource
    from peerjob.render.toolkit import resource_added

    with cx.database(write=True) as conn:
        resource_id = add_resource(
            conn,
            name=name,
            kind=kind,
            contact=optional_text(contact),
            url=optional_text(url),
            next_step=optional_text(next_step),
            next_on=next_date,
        )
    if not saved("resource", resource_id, as_json=as_json, quiet=quiet):
        resource_added(resource_id, name)


@resource_app.command("list")
def resource_list(
    show_all: Annotated[bool, typer.Option("--all", help="Include the ones marked done.")] = False,
    as_json: JsonOneOption = False,
) -> None:
    """List your resources and their next steps. Example: peerjob resource list --all."""
    from peerjob.actions.toolkit import list_resources
    from peerjob.render.toolkit import resources_listed

    with cx.database(write=False) as conn:
        result = list_resources(conn, include_done=show_all, today=cx.today())
    resources_listed(result, as_json=as_json)


@resource_app.command("edit")
def resource_edit(
    resource_id: Annotated[int, typer.Argument(metavar="ID", help="The resource's ID (see peerjob resource list).")],
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="A new name.")] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", metavar="KIND", autocompletion=completion.resource_kinds, help=f"{KINDS}."),
    ] = None,
    contact: Annotated[
        str | None, typer.Option("--contact", metavar="TEXT", help="New contact (empty text clears it).")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", help="New link (empty text clears it).")] = None,
    next_step: Annotated[
        str | None, typer.Option("--next-step", metavar="TEXT", help="A new next step (empty text clears it).")
    ] = None,
    next_on: Annotated[str | None, typer.Option("--next", metavar="DATE", help=NEXT_HELP)] = None,
    no_next: Annotated[bool, typer.Option("--no-next", help="Clear the date of the next step.")] = False,
) -> None:
    """Change a resource; a new next step reopens one marked done. Example: peerjob resource edit 2 --next-step "Call Dana" --next monday."""
    from peerjob.domain.toolkit import parse_resource_kind

    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = cx.required_text(name, "The resource's name", 'peerjob resource edit 2 --name "Job club"')
    if kind is not None:
        changes["kind"] = parse_resource_kind(kind)
    for column, value in (("contact", contact), ("url", url), ("next_step", next_step)):
        if value is not None:
            changes[column] = optional_text(value)
    if next_on is not None and no_next:
        raise BadInput("Use either --next or --no-next, not both.")
    if next_on is not None:
        changes["next_on"] = cx.future_date(next_on)
    if no_next:
        changes["next_on"] = None
    if not changes:
        raise BadInput(
            f'Nothing to change. For example: peerjob resource edit {resource_id} --next-step "Call Dana" --next monday'
        )
    from peerjob.actions.toolkit import edit_resource

    with cx.database(write=True) as conn:
        old_name, reopened = edit_resource(conn, resource_id, changes)
    from peerjob.render.toolkit import resource_updated

    resource_updated(resource_id, str(changes.get("name", old_name)), reopened=reopened)


@resource_app.command("done")
def resource_done(
    resource_id: Annotated[int, typer.Argument(metavar="ID", help="The resource's ID.")],
    win: Annotated[bool, typer.Option("--win", help="Also log it as a win (training, networking or other).")] = False,
    on: Annotated[
        str | None,
        typer.Option("--date", "-d", metavar="DATE", help="When (default today): 2026-11-20, yesterday, monday."),
    ] = None,
) -> None:
    """Mark a resource's next step done; --win counts it as a win. Example: peerjob resource done 2 --win."""
    done_on = cx.past_date(on, "The date") or cx.today()
    from peerjob.actions.toolkit import finish_resource
    from peerjob.render.toolkit import resource_done as show_done

    with cx.database(write=True) as conn:
        # Settings only matter for a win's milestones: a broken settings file must not stop a plain "done".
        result = finish_resource(
            conn, resource_id, done_on=done_on, as_win=win, settings=cx.settings() if win else None
        )
    show_done(result)
