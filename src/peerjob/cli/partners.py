"""Not going it alone: partners (`partner add|list|edit|remove`), `checkin` and `checkins`.

What was shared at a check-in and what was agreed are private: they stay in
the local file and no export carries them unless named.
"""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.cli.options import DATE_HELP, JsonOneOption
from peerjob.errors import BadInput, NotFound

ROLES_HELP = "accountability, mentor, mentee, peer-group, peer-worker or other."
CHANNELS_HELP = "call, text, video, in-person or group."

partner_app = typer.Typer(
    help="The people you check in with. Example: peerjob partner add Sam --role mentor --contact 555-0100.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(partner_app, name="partner")
    app.command()(checkin)
    app.command()(checkins)


def _needs_data_file() -> None:
    """For commands about existing partners: say so plainly instead of creating an empty file."""
    if not cx.db_path().exists():
        raise NotFound("No partners yet. Add one first: peerjob partner add Sam --contact 555-0100")


@partner_app.command("add")
def partner_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="What you call them.")],
    role: Annotated[str, typer.Option(metavar="ROLE", help=f"Their role for you: {ROLES_HELP}")] = "accountability",
    contact: Annotated[
        str | None, typer.Option(metavar="TEXT", help="How to reach them (phone, email...). Private.")
    ] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A private note.")] = None,
) -> None:
    """Add someone you check in with. Example: peerjob partner add Sam --role mentor --contact 555-0100."""
    from peerjob.domain.selfcare import PARTNER_ROLES, parse_choice

    name = cx.required_text(name, "The name", "peerjob partner add Sam")
    role = parse_choice(role, PARTNER_ROLES, "role", "--role")
    from peerjob.actions.partners import add_partner
    from peerjob.render.partners import partner_added

    with cx.database(write=True) as conn:
        result = add_partner(
            conn, name=name, role=role, contact=(contact or "").strip() or None, note=(note or "").strip() or None
        )
    partner_added(result)


@partner_app.command("list")
def partner_list(
    show_all: Annotated[bool, typer.Option("--all", help="Also show removed partners.")] = False,
    as_json: JsonOneOption = False,
) -> None:
    """List your partners, with their check-ins. Example: peerjob partner list --all."""
    from peerjob.actions.partners import list_partners
    from peerjob.render.listing import show_listing
    from peerjob.render.partners import PARTNERS

    with cx.database(write=False) as conn:
        partners = list_partners(conn, include_removed=show_all)
    show_listing(PARTNERS, partners, as_json=as_json)


@partner_app.command("edit")
def partner_edit(
    partner: Annotated[str, typer.Argument(metavar="PARTNER", help="Their name or ID.")],
    name: Annotated[str | None, typer.Option(metavar="NAME", help="A new name.")] = None,
    role: Annotated[str | None, typer.Option(metavar="ROLE", help=f"A new role: {ROLES_HELP}")] = None,
    contact: Annotated[
        str | None, typer.Option(metavar="TEXT", help="New contact details (empty text clears them).")
    ] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A new private note (empty text clears it).")] = None,
) -> None:
    """Change a partner's name, role, contact or note. Example: peerjob partner edit Sam --contact sam@example.org."""
    from peerjob.domain.selfcare import PARTNER_ROLES, parse_choice

    changes: dict[str, object] = {}
    if name is not None:
        changes["name"] = cx.required_text(name, "The name", "--name Sam")
    if role is not None:
        changes["role"] = parse_choice(role, PARTNER_ROLES, "role", "--role")
    for column, value in (("contact", contact), ("note", note)):
        if value is not None:
            changes[column] = value.strip() or None
    if not changes:
        raise BadInput("Nothing to change. Add an option, for example: peerjob partner edit Sam --contact 555-0100")
    _needs_data_file()
    from peerjob.actions.partners import edit_partner

    with cx.database(write=True) as conn:
        found = edit_partner(conn, partner, changes)
    from peerjob.render.partners import partner_updated

    partner_updated(found["id"], str(changes.get("name", found["name"])))


@partner_app.command("remove")
def partner_remove(
    partner: Annotated[str, typer.Argument(metavar="PARTNER", help="Their name or ID.")],
) -> None:
    """Remove a partner; their check-ins stay on the record, marked (removed). Example: peerjob partner remove Sam."""
    _needs_data_file()
    from peerjob.actions.partners import remove_partner
    from peerjob.render.partners import partner_removed

    with cx.database(write=True) as conn:
        found, kept = remove_partner(conn, partner)
    partner_removed(found, kept)


# --- check-ins -------------------------------------------------------------


def checkin(
    partner: Annotated[str, typer.Argument(metavar="PARTNER", help="Their name or ID (see peerjob partner list).")],
    on: Annotated[
        str | None,
        typer.Option("--date", "-d", metavar="DATE", help=f"When you checked in (default today). {DATE_HELP}"),
    ] = None,
    channel: Annotated[str | None, typer.Option(metavar="CHANNEL", help=f"How: {CHANNELS_HELP}")] = None,
    shared: Annotated[str | None, typer.Option(metavar="TEXT", help="What you shared. Private.")] = None,
    agreed: Annotated[
        str | None, typer.Option(metavar="TEXT", help="What you agreed on (goals, next steps). Private.")
    ] = None,
    next_on: Annotated[
        str | None,
        typer.Option("--next", metavar="DATE", help="When you plan to meet next: friday, 'in 1 week', 2026-12-01."),
    ] = None,
) -> None:
    """Log a check-in with a partner: when, how, what was shared and agreed, when next. Example: peerjob checkin Sam --channel call --next "in 1 week"."""
    from peerjob.domain.selfcare import CHANNELS, parse_choice

    checkin_on = cx.past_date(on, "The check-in date") or cx.today()
    how = parse_choice(channel, CHANNELS, "channel", "--channel") if channel is not None else None
    planned = cx.future_date(next_on)
    if planned is not None and planned <= checkin_on:
        raise BadInput(
            f'The next check-in ({planned}) should come after this one ({checkin_on}). Try --next "in 1 week".'
        )
    _needs_data_file()
    from peerjob.actions.partners import NewCheckin, log_checkin
    from peerjob.render.partners import checkin_logged

    entry = NewCheckin(
        partner=partner,
        checkin_on=checkin_on,
        channel=how,
        shared=(shared or "").strip() or None,
        agreed=(agreed or "").strip() or None,
        next_on=planned,
    )
    with cx.database(write=True) as conn:
        result = log_checkin(conn, entry, settings=cx.settings())
    checkin_logged(result)


def checkins(
    partner: Annotated[
        str | None, typer.Option("--partner", metavar="PARTNER", help="Only check-ins with this partner (name or ID).")
    ] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"Check-ins on or after. {DATE_HELP}")] = None,
    as_json: JsonOneOption = False,
) -> None:
    """List your check-ins, oldest first; removed partners' stay, marked. Example: peerjob checkins --partner Sam."""
    since_on = cx.any_date(since)
    if partner is not None:
        _needs_data_file()
    from peerjob.actions.partners import list_checkins
    from peerjob.render.listing import show_listing
    from peerjob.render.partners import CHECKINS

    with cx.database(write=False) as conn:
        rows = list_checkins(conn, partner=partner, since=since_on)
    show_listing(CHECKINS, rows, as_json=as_json)
