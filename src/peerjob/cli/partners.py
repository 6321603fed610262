"""Not going it alone: partners (`partner add|list|show|edit|remove|delete`), `checkin NAME` and `checkin list|show|edit|delete`.

What was shared at a check-in and what was agreed are private: they stay in
the local file and no export carries them unless named.
"""

from __future__ import annotations

from typing import Annotated

import typer

from peerjob.cli import completion
from peerjob.cli import context as cx
from peerjob.cli.capture import capture_app
from peerjob.cli.options import DATE_HELP, JsonOneOption, QuietOption, SavedJsonOption, YesOption
from peerjob.errors import BadInput, NotFound

ROLES_HELP = "accountability, mentor, mentee, peer-group, peer-worker or other."
CHANNELS_HELP = "call, text, video, in-person or group."

partner_app = typer.Typer(
    help="The people you check in with. Example: peerjob partner add Sam --role mentor --contact 555-0100.",
    no_args_is_help=True,
)


checkin_app = capture_app()


def register(app: typer.Typer) -> None:
    from peerjob.cli.records import add_delete, add_show

    app.add_typer(partner_app, name="partner")
    checkin_app.callback()(checkin)
    checkin_app.command("list")(checkins)
    add_show(checkin_app, "checkin", "checkin", "check-in")
    checkin_app.command("edit")(checkin_edit)
    add_delete(checkin_app, "checkin", "checkin", "check-in")
    app.add_typer(checkin_app, name="checkin")
    app.command(hidden=True)(checkins)


def _is_a_partner(name: str) -> bool:
    """A partner called this (Les, Liz) is who was meant, however much the name looks like a command."""
    from peerjob.actions.partners import list_partners

    with cx.database(write=False) as conn:
        names = {" ".join(partner["name"].split()).casefold() for partner in list_partners(conn, include_removed=False)}
    return " ".join(name.split()).casefold() in names


def _needs_data_file() -> None:
    """For commands about existing partners: say so plainly instead of creating an empty file."""
    if not cx.db_path().exists():
        raise NotFound("No partners yet. Add one first: peerjob partner add Sam --contact 555-0100")


@partner_app.command("add")
def partner_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="What you call them.")],
    role: Annotated[
        str, typer.Option(metavar="ROLE", autocompletion=completion.roles, help=f"Their role for you: {ROLES_HELP}")
    ] = "accountability",
    contact: Annotated[
        str | None, typer.Option(metavar="TEXT", help="How to reach them (phone, email...). Private.")
    ] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A private note.")] = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add someone you check in with. Example: peerjob partner add Sam --role mentor --contact 555-0100."""
    from peerjob.cli.records import check_output_mode, saved

    check_output_mode(as_json, quiet)
    from peerjob.domain.selfcare import PARTNER_ROLES, parse_choice

    name = cx.required_text(name, "The name", "peerjob partner add Sam")
    role = parse_choice(role, PARTNER_ROLES, "role", "--role")
    from peerjob.actions.partners import add_partner
    from peerjob.render.partners import partner_added

    with cx.database(write=True) as conn:
        result = add_partner(
            conn, name=name, role=role, contact=(contact or "").strip() or None, note=(note or "").strip() or None
        )
    if not saved("partner", result.id, as_json=as_json, quiet=quiet):
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
    role: Annotated[
        str | None, typer.Option(metavar="ROLE", autocompletion=completion.roles, help=f"A new role: {ROLES_HELP}")
    ] = None,
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
    """Remove a partner but keep your check-ins with them, marked. Example: peerjob partner remove Sam."""
    _needs_data_file()
    from peerjob.actions.partners import remove_partner
    from peerjob.render.partners import partner_removed

    with cx.database(write=True) as conn:
        found, kept = remove_partner(conn, partner)
    partner_removed(found, kept)


@partner_app.command("show")
def partner_show(
    partner: Annotated[str, typer.Argument(metavar="PARTNER", help="Their name or ID.")],
    as_json: JsonOneOption = False,
) -> None:
    """Show one partner: role, contact, note, how many check-ins. Example: peerjob partner show Sam."""
    from peerjob.actions.partners import resolve_partner
    from peerjob.actions.records import find
    from peerjob.render.records import record_shown

    with cx.database(write=False) as conn:
        record = find(conn, "partner", resolve_partner(conn, partner, include_removed=True))
    record_shown("partner", record, as_json=as_json)


@partner_app.command("delete")
def partner_delete(
    partner: Annotated[str, typer.Argument(metavar="PARTNER", help="Their name or ID.")],
    yes: YesOption = False,
) -> None:
    """Delete a partner and your check-ins with them, after asking. Example: peerjob partner delete Sam."""
    _needs_data_file()
    from peerjob.actions.partners import resolve_partner
    from peerjob.cli.records import delete_record

    with cx.database(write=False) as conn:
        partner_id = resolve_partner(conn, partner, include_removed=True)
    delete_record("partner", partner_id, yes=yes, instead=f"peerjob partner delete {partner_id} --yes")


# --- check-ins -------------------------------------------------------------


def checkin(
    ctx: typer.Context,
    partner: Annotated[
        str | None, typer.Argument(metavar="PARTNER", help="Their name or ID (see peerjob partner list).")
    ] = None,
    on: Annotated[
        str | None,
        typer.Option("--date", "-d", metavar="DATE", help=f"When you checked in (default today). {DATE_HELP}"),
    ] = None,
    channel: Annotated[
        str | None, typer.Option(metavar="CHANNEL", autocompletion=completion.channels, help=f"How: {CHANNELS_HELP}")
    ] = None,
    shared: Annotated[str | None, typer.Option(metavar="TEXT", help="What you shared. Private.")] = None,
    agreed: Annotated[
        list[str] | None,
        typer.Option(
            metavar="TEXT",
            help="Something you agreed on, a goal for the coming week (repeat for more). Private.",
        ),
    ] = None,
    next_on: Annotated[
        str | None,
        typer.Option("--next", metavar="DATE", help="When you plan to meet next: friday, 'in 1 week', 2026-12-01."),
    ] = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Log a check-in with a partner: how, what you shared, what next. Example: peerjob checkin Sam --channel call --next "in 1 week"."""
    if ctx.invoked_subcommand is not None:
        return
    from peerjob.cli.records import check_output_mode, saved

    check_output_mode(as_json, quiet)
    if partner is None or not partner.strip():
        raise BadInput("Who did you check in with? For example: peerjob checkin Sam --channel call")
    from peerjob.cli.typo_guard import check_text
    from peerjob.domain.typos import command_it_resembles

    if command_it_resembles(partner) is not None and not _is_a_partner(partner):
        check_text(
            ctx,
            partner.strip(),
            noun="partner name",
            verb="checkin",
            meant={
                "list": "peerjob checkin list",
                "ls": "peerjob checkin list",
                "show": "peerjob checkin show ID",
                "edit": "peerjob checkin edit ID",
                "delete": "peerjob checkin delete ID",
            },
            default="peerjob checkin --help",
        )
    from peerjob.domain.selfcare import CHANNELS, parse_choice

    checkin_on = cx.past_date(on, "The check-in date") or cx.today()
    how = parse_choice(channel, CHANNELS, "channel", "--channel") if channel is not None else None
    planned = cx.future_date(next_on)
    if planned is not None and planned <= checkin_on:
        raise BadInput(
            f'The next check-in ({planned}) should come after this one ({checkin_on}). Try --next "in 1 week".'
        )
    goals = [" ".join(text.split()) for text in agreed or [] if text.strip()]
    _needs_data_file()
    from peerjob.actions.partners import NewCheckin, log_checkin
    from peerjob.render.partners import checkin_logged

    entry = NewCheckin(
        partner=partner,
        checkin_on=checkin_on,
        channel=how,
        shared=(shared or "").strip() or None,
        agreed="; ".join(goals) or None,
        next_on=planned,
        agreed_goals=tuple(goals),
    )
    with cx.database(write=True) as conn:
        result = log_checkin(conn, entry, settings=cx.settings())
    if not saved("checkin", result.id, as_json=as_json, quiet=quiet):
        checkin_logged(result)


def checkins(
    partner: Annotated[
        str | None, typer.Option("--partner", metavar="PARTNER", help="Only check-ins with this partner (name or ID).")
    ] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"Check-ins on or after. {DATE_HELP}")] = None,
    as_json: JsonOneOption = False,
) -> None:
    """List your check-ins, oldest first; removed partners' stay, marked. Example: peerjob checkin list --partner Sam."""
    since_on = cx.any_date(since)
    if partner is not None:
        _needs_data_file()
    from peerjob.actions.partners import list_checkins
    from peerjob.render.listing import show_listing
    from peerjob.render.partners import CHECKINS

    with cx.database(write=False) as conn:
        rows = list_checkins(conn, partner=partner, since=since_on)
    show_listing(CHECKINS, rows, as_json=as_json)


def checkin_edit(
    checkin_id: Annotated[int, typer.Argument(metavar="ID", help="The check-in's ID (see peerjob checkin list).")],
    partner: Annotated[str | None, typer.Option("--partner", metavar="PARTNER", help="Who it was with.")] = None,
    on: Annotated[str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When. {DATE_HELP}")] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            metavar="CHANNEL", autocompletion=completion.channels, help=f"How: {CHANNELS_HELP} Empty text clears it."
        ),
    ] = None,
    shared: Annotated[str | None, typer.Option(metavar="TEXT", help="What you shared (empty text clears it).")] = None,
    agreed: Annotated[str | None, typer.Option(metavar="TEXT", help="What you agreed (empty text clears it).")] = None,
    next_on: Annotated[
        str | None, typer.Option("--next", metavar="DATE", help="When you plan to meet next (empty text clears it).")
    ] = None,
) -> None:
    """Change a check-in's partner, date, channel, notes or next meeting. Example: peerjob checkin edit 2 --agreed "Two applications"."""
    from peerjob.domain.selfcare import CHANNELS, parse_choice

    changes: dict[str, object] = {}
    if on is not None:
        changes["checkin_on"] = cx.past_date(on, "The check-in date").isoformat()
    if channel is not None:
        changes["channel"] = parse_choice(channel, CHANNELS, "channel", "--channel") if channel.strip() else None
    for column, value in (("shared", shared), ("agreed", agreed)):
        if value is not None:
            changes[column] = value.strip() or None
    if next_on is not None:
        planned = cx.future_date(next_on) if next_on.strip() else None
        changes["next_on"] = planned.isoformat() if planned else None
    if partner is not None:
        _needs_data_file()
        from peerjob.actions.partners import resolve_partner

        with cx.database(write=False) as conn:
            changes["partner_id"] = resolve_partner(conn, partner)
    if not changes:
        raise BadInput(
            'Nothing to change. Add an option, for example: peerjob checkin edit 2 --agreed "Two applications"'
        )
    from peerjob.cli.records import change_record

    change_record("checkin", checkin_id, changes)
