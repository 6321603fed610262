"""`peerjob contact add|list|show|edit|delete`: the people around an application (private)."""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import JsonOption, QuietOption, SavedJsonOption
from peerjob.cli.stories import optional_text
from peerjob.errors import BadInput

ROLE_HELP = "recruiter, hiring-manager, referral, interviewer or other."

contact_app = typer.Typer(
    help="The people at each application, kept private. Example: peerjob contact add 3 Dana --role recruiter.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    add_show(contact_app, "contact", "contact", "contact", example=1)
    add_delete(contact_app, "contact", "contact", "contact", example=1)
    app.add_typer(contact_app, name="contact")


RoleOption = Annotated[str | None, typer.Option("--role", "-r", metavar="ROLE", help=ROLE_HELP)]
EmailOption = Annotated[str | None, typer.Option("--email", metavar="EMAIL", help="An email address.")]
PhoneOption = Annotated[str | None, typer.Option("--phone", metavar="PHONE", help="A phone number.")]
NoteOption = Annotated[str | None, typer.Option("--note", metavar="TEXT", help="A private note.")]


@contact_app.command("add")
def contact_add(
    application_id: Annotated[int, typer.Argument(metavar="APP_ID", help="The application's ID (see peerjob list).")],
    name: Annotated[str, typer.Argument(metavar="NAME", help="Who they are.")],
    role: RoleOption = None,
    email: EmailOption = None,
    phone: PhoneOption = None,
    note: NoteOption = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add someone at an application: a recruiter, a referral. Example: peerjob contact add 3 "Dana Reyes" --role recruiter."""
    from peerjob.cli.records import check_output_mode, saved
    from peerjob.domain.contacts import parse_role

    check_output_mode(as_json, quiet)
    name = cx.required_text(name, "The contact's name", 'peerjob contact add 3 "Dana Reyes" --role recruiter')
    values = {
        "name": name,
        "role": parse_role(role) if role is not None else "other",
        "email": optional_text(email),
        "phone": optional_text(phone),
        "note": optional_text(note),
    }
    from peerjob.actions.contacts import add_contact

    with cx.database(write=True) as conn:
        contact_id, company = add_contact(conn, application_id, values)
    if not saved("contact", contact_id, as_json=as_json, quiet=quiet):
        from peerjob.render.console import say

        say(f"Added {name} to application {application_id}, {company} (contact {contact_id}). Kept private.")


@contact_app.command("list")
def contact_list(
    application_id: Annotated[
        int | None, typer.Argument(metavar="[APP_ID]", help="Only this application's contacts.", show_default=False)
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List your contacts, by application. Example: peerjob contact list 3."""
    from peerjob.actions.contacts import list_contacts
    from peerjob.render.listing import Column, Listing, show_listing

    with cx.database(write=False) as conn:
        rows, any_at_all = list_contacts(conn, application_id)
    listing = Listing(
        columns=(
            Column("ID", lambda row: row["id"], fixed=True),
            Column("App", lambda row: row["application_id"], fixed=True),
            Column("Company", lambda row: row["company"]),
            Column("Name", lambda row: row["name"]),
            Column("Role", lambda row: row["role"], fixed=True),
            Column("Email", lambda row: row["email"], optional=True),
            Column("Phone", lambda row: row["phone"], optional=True),
        ),
        empty='No contacts yet. Add one: peerjob contact add APP_ID "Dana Reyes" --role recruiter',
        no_match="No contacts for that application yet.",
    )
    show_listing(listing, rows, as_json=as_json, filtered=any_at_all)


@contact_app.command("edit")
def contact_edit(
    contact_id: Annotated[int, typer.Argument(metavar="ID", help="The contact's ID (see peerjob contact list).")],
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="A new name.")] = None,
    role: RoleOption = None,
    email: Annotated[str | None, typer.Option("--email", metavar="EMAIL", help="New email (empty clears it).")] = None,
    phone: Annotated[str | None, typer.Option("--phone", metavar="PHONE", help="New phone (empty clears it).")] = None,
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT", help="New note (empty clears it).")] = None,
) -> None:
    """Change a contact; empty text clears the email, phone or note. Example: peerjob contact edit 1 --email dana@example.org."""
    from peerjob.domain.contacts import parse_role

    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = cx.required_text(
            name, "The contact's name", f'peerjob contact edit {contact_id} --name "Dana"'
        )
    if role is not None:
        changes["role"] = parse_role(role)
    for column, text in (("email", email), ("phone", phone), ("note", note)):
        if text is not None:
            changes[column] = optional_text(text)
    if not changes:
        raise BadInput(f"Nothing to change. For example: peerjob contact edit {contact_id} --email dana@example.org")
    from peerjob.cli.records import change_record

    change_record("contact", contact_id, changes)
