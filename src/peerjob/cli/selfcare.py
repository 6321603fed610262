"""Self-care and not going it alone: journal, support, partners, check-ins.

Journal text, what was shared at a check-in and what was agreed are private:
they stay in the local file and no export carries them unless named.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import Annotated

import typer
from typer import _click
from typer.core import TyperArgument, TyperGroup

from peerjob.cli import context as cx
from peerjob.cli.options import DATE_HELP
from peerjob.errors import BadInput, NotFound, PeerjobError
from peerjob.render.console import celebrate, celebrate_step, data_table, out, print_json, say, text_or_dash

PRACTICE_EXAMPLES = "walk, meeting, meditation, sleep, exercise, call-a-peer, therapy, creative, ..."
ROLES_HELP = "accountability, mentor, mentee, peer-group, peer-worker or other."
CHANNELS_HELP = "call, text, video, in-person or group."


class JournalGroup(TyperGroup):
    """`journal [TEXT]` writes an entry; `journal list|show|stats` are sub-commands.

    A plain group would read `journal list` as the text "list", or the text
    as an unknown command. So: when the first word names a sub-command, it
    is one; otherwise everything belongs to the entry, options anywhere.
    """

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        if args and args[0] in self.commands:
            _click.Command.parse_args(self, ctx, [])
            ctx._protected_args, ctx.args = args[:1], args[1:]
            return ctx.args
        ctx.allow_interspersed_args = True
        ctx.allow_extra_args = False
        return _click.Command.parse_args(self, ctx, args)

    def get_params(self, ctx: _click.Context) -> list:
        params = super().get_params(ctx)
        if ctx.command is not self:  # a sub-command's usage line: no [TEXT] before its name
            params = [param for param in params if not isinstance(param, TyperArgument)]
        return params


journal_app = typer.Typer(
    cls=JournalGroup,
    invoke_without_command=True,
    no_args_is_help=False,
    subcommand_metavar="| list | show ID | stats",
)
partner_app = typer.Typer(
    help="The people you check in with. Example: peerjob partner add Sam --role mentor --contact 555-0100.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(journal_app, name="journal")
    app.command()(support)
    app.add_typer(partner_app, name="partner")
    app.command()(checkin)
    app.command()(checkins)


# --- journal -------------------------------------------------------------

EDITOR_TEMPLATE = (
    "\n"
    "# Write your journal entry above. It stays private on this computer.\n"
    "# These two guide lines are left out. Save and close the editor when you are done.\n"
)


def _clean_text(text: str | None) -> str | None:
    if text is None:
        return None
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    return cleaned or None


def _text_from_editor(editor: str) -> str | None:
    from peerjob.cli.editor import drop_template_comments, edit_text

    written = edit_text(
        editor, EDITOR_TEMPLATE, prefix="peerjob-journal-", instead='pass the text: peerjob journal "..."'
    )
    # Only the template's own guide lines go: "#1 priority: sleep" is part of the entry.
    return _clean_text(drop_template_comments(written, EDITOR_TEMPLATE))


def _text_from_elsewhere() -> tuple[str | None, str]:
    """No TEXT argument: standard input when piped, else $VISUAL/$EDITOR, else a prompt.

    A script with nothing on standard input (say < /dev/null) still gets the
    editor when one is set. Returns the text and where it came from
    ("stdin", "editor", "prompt").
    """
    from peerjob.cli.editor import editor_command, piped_text

    editor = editor_command()
    if not sys.stdin.isatty():
        piped = _clean_text(piped_text())
        if piped or not editor:
            return piped, "stdin"
    if editor:
        return _text_from_editor(editor), "editor"
    answer = typer.prompt("Journal entry (Enter to leave it empty)", default="", show_default=False, err=True)
    return _clean_text(answer), "prompt"


def _milestones(conn, day) -> list[dict]:
    """Milestones reached by this record (a week's goals may now be met)."""
    from peerjob.store.milestones import record_reached

    return record_reached(conn, first_weekday=cx.settings().first_weekday, days=[day])


@journal_app.callback()
def journal(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="TEXT",
            show_default=False,
            help="What you want to write. Leave it out to use $EDITOR (or a prompt), or pipe it in.",
        ),
    ] = None,
    mood: Annotated[
        str | None, typer.Option("--mood", "-m", metavar="1-5", help="How you feel: 1 very low ... 5 very good.")
    ] = None,
    energy: Annotated[
        str | None, typer.Option("--energy", "-e", metavar="1-5", help="Your energy: 1 very low ... 5 very high.")
    ] = None,
    practice: Annotated[
        list[str] | None,
        typer.Option(
            "--practice", "-p", metavar="PRACTICE", help=f"Something that helped, repeat for more: {PRACTICE_EXAMPLES}"
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option("--date", "-d", metavar="DATE", help=f"Which day it is about (default today). {DATE_HELP}"),
    ] = None,
) -> None:
    """Your private self-care journal: write an entry (a few words, a mood, what helped), or list, show and look at trends. Example: peerjob journal "Walked to the park" --mood 4 --practice walk."""
    if ctx.invoked_subcommand is not None:
        return
    from peerjob.domain.selfcare import parse_practices, parse_scale

    mood_level = parse_scale(mood, "Mood")
    energy_level = parse_scale(energy, "Energy")
    practices = parse_practices(practice)
    entry_on = cx.past_date(on, "The journal date") or cx.today()
    source = "argument"
    if text is None:
        text, source = _text_from_elsewhere()
    else:
        text = _clean_text(text)
    if text is None and mood_level is None and energy_level is None and not practices:
        if source in ("editor", "prompt"):
            raise PeerjobError("The entry was empty, so nothing was saved.")
        raise BadInput(
            'Nothing to write down. Add a few words or a mood, for example: peerjob journal "Slow morning" --mood 3'
        )

    from peerjob.domain.selfcare import close_practice
    from peerjob.messages import choose
    from peerjob.store import journal as store

    with cx.database(write=True) as conn:
        known = store.known_practices(conn) if practices else set()
        entry_id = store.add_entry(
            conn, entry_on=entry_on, text=text, mood=mood_level, energy=energy_level, practices=practices
        )
        new = _milestones(conn, entry_on)
        # Offered once, not on every entry: a second very low entry the same day gets no repeat.
        offer_support = (
            mood_level == 1
            and conn.execute(
                "SELECT COUNT(*) FROM journal_entry WHERE entry_on = ? AND mood = 1 AND id <> ?",
                (entry_on.isoformat(), entry_id),
            ).fetchone()[0]
            == 0
        )
    moment = "journal_saved_low" if mood_level is not None and mood_level <= 2 else "journal_saved"
    celebrate_step(choose(moment, entry_id), new, suffix=f" (ID {entry_id})")
    for tag in practices:
        close = close_practice(tag, known)
        if close:
            say(choose("practice_new", tag, tag=tag, close=close))
    if offer_support:
        say(choose("journal_support", entry_id))


def _first_line(text: str | None, width: int = 60) -> str:
    if not text:
        return "-"
    line = text.strip().splitlines()[0]
    more = len(text.strip().splitlines()) > 1
    if len(line) > width:
        return line[: width - 1].rstrip() + "…"
    return line + (" …" if more else "")


@journal_app.command("list")
def journal_list(
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"Entries on or after. {DATE_HELP}")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help=f"Entries on or before. {DATE_HELP}")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (with the full text).")] = False,
) -> None:
    """List journal entries, oldest first. Example: peerjob journal list --since "2 weeks ago"."""
    since_on = cx.any_date(since)
    until_on = cx.any_date(until)
    from peerjob.store import journal as store

    with cx.database(write=False) as conn:
        entries = store.list_entries(conn, since=since_on, until=until_on)
        total = len(entries) or store.count_entries(conn)
    if as_json:
        print_json(entries)
        return
    if not entries:
        if total:
            say("No journal entries in that span.")
        else:
            say('No journal entries yet. A few words count: peerjob journal "Slow start, better afternoon" --mood 3')
        return

    table = data_table(("ID", "Date", "Mood", "Energy", "Practices", "Text"), fixed=("ID", "Date", "Mood", "Energy"))
    for entry in entries:
        table.add_row(
            str(entry["id"]),
            entry["date"].isoformat(),
            text_or_dash(entry["mood"]),
            text_or_dash(entry["energy"]),
            text_or_dash(entry["practices"]),
            _first_line(entry["text"]),
        )
    out().print(table)


@journal_app.command("show")
def journal_show(
    entry_id: Annotated[int, typer.Argument(metavar="ID", help="The entry's ID (see peerjob journal list).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one journal entry in full. Example: peerjob journal show 4."""
    from peerjob.store import journal as store

    with cx.database(write=False) as conn:
        entry = store.get_entry(conn, entry_id)
    if as_json:
        print_json(entry)
        return
    from rich.table import Table

    console = out()
    console.print(f"Journal entry {entry['id']}, {entry['date'].isoformat()}", style="bold", markup=False)
    details = Table.grid(padding=(0, 2))
    for label, value in (("Mood", entry["mood"]), ("Energy", entry["energy"]), ("Practices", entry["practices"])):
        details.add_row(label, text_or_dash(value))
    console.print(details)
    if entry["text"]:
        console.print()
        console.print(entry["text"], markup=False, highlight=False)


@journal_app.command("stats")
def journal_stats(
    weeks: Annotated[
        int, typer.Option("--weeks", "-w", min=1, max=520, help="How many weeks to look back over, this one included.")
    ] = 12,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Mood and energy by week, days with an entry, and practices on days with a higher mood. Example: peerjob journal stats --weeks 8."""
    from peerjob.domain.selfcare import MIN_DAYS_EACH_SIDE, average, practice_comparisons, weekly_figures
    from peerjob.domain.weeks import week_start
    from peerjob.store import journal as store

    settings = cx.settings()
    today = cx.today()
    first = week_start(today, settings.first_weekday) - timedelta(weeks=weeks - 1)
    with cx.database(write=False) as conn:
        days = store.days_between(conn, first, today)
    figures = weekly_figures(days, first, weeks)
    data = {
        "from": first,
        "to": today,
        "days_with_entry": len(days),
        "entries": sum(day.entries for day in days),
        "mood_average": average(sum(day.mood_sum for day in days), sum(day.mood_count for day in days)),
        "energy_average": average(sum(day.energy_sum for day in days), sum(day.energy_count for day in days)),
        "weeks": figures,
        "practices": practice_comparisons(days),
        "min_days_each_side": MIN_DAYS_EACH_SIDE,
    }
    if as_json:
        print_json(data)
        return
    if not days:
        say(
            f"No journal entries in the last {weeks} week{'s' if weeks != 1 else ''}. "
            'A two-line note counts: peerjob journal "Slow start, better afternoon" --mood 3'
        )
        return
    _print_stats(data, weeks)


def _print_stats(data: dict, weeks: int) -> None:
    from rich.table import Table

    from peerjob.domain.selfcare import scale_sparkline

    console = out()
    figures = data["weeks"]
    console.print(
        f"Your journal, the last {weeks} week{'s' if weeks != 1 else ''} "
        f"({data['from'].isoformat()} to {data['to'].isoformat()}), oldest first",
        style="bold",
        markup=False,
    )
    grid = Table.grid(padding=(0, 2))
    mood = "-" if data["mood_average"] is None else f"averaged {data['mood_average']:.1f}"
    energy = "-" if data["energy_average"] is None else f"averaged {data['energy_average']:.1f}"
    grid.add_row("Mood", scale_sparkline([week["mood"] for week in figures]), mood)
    grid.add_row("Energy", scale_sparkline([week["energy"] for week in figures]), energy)
    grid.add_row(
        "Days",
        scale_sparkline([week["days"] or None for week in figures], low=0, high=7),
        f"{data['days_with_entry']} day{'s' if data['days_with_entry'] != 1 else ''} with an entry",
    )
    console.print(grid)
    console.print()
    table = Table(show_edge=False, pad_edge=False)
    for heading in ("Week of", "Days", "Mood", "Energy"):
        table.add_column(heading, no_wrap=True)
    for week in figures:
        if not week["days"]:
            continue  # quiet weeks are dots in the lines above, not rows of zeros
        table.add_row(
            week["week_start"].isoformat(),
            str(week["days"]),
            "-" if week["mood"] is None else f"{week['mood']:.1f}",
            "-" if week["energy"] is None else f"{week['energy']:.1f}",
        )
    console.print(table)
    console.print()
    if data["practices"]:
        console.print("Practices and mood (patterns, not causes; many things shape a day):", style="bold", markup=False)
        for item in data["practices"]:
            console.print(f"  {item['sentence']}", markup=False, highlight=False)
    else:
        console.print(
            f"Practices show up here once one has at least {data['min_days_each_side']} days with a mood "
            f"and {data['min_days_each_side']} days without it.",
            markup=False,
        )


# --- support -------------------------------------------------------------


def _partners_for_support() -> list[dict] | None:
    """Active partners, read straight from the file, never creating or upgrading it.

    [] when there is no data file yet; None when it could not be read.
    """
    try:
        from peerjob.store.db import connect

        path = cx.db_path()
        if not path.is_file() or path.stat().st_size == 0:
            return []
        conn = connect(path, read_only=True, timeout=2)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "partner" not in tables:
                return []
            return [
                dict(row)
                for row in conn.execute(
                    "SELECT name, role, contact FROM partner WHERE removed_at IS NULL ORDER BY lower(name), id"
                )
            ]
        finally:
            conn.close()
    except Exception:  # help must print whatever state the file is in
        return None


def support(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Where to find help right now: helplines, and your partners' contacts. Example: peerjob support."""
    from peerjob.domain.selfcare import HELPLINES
    from peerjob.messages import choose

    partners = _partners_for_support()
    if as_json:
        print_json(
            {"helplines": list(HELPLINES), "partners": partners or [], "partners_readable": partners is not None}
        )
        return
    console = out()
    console.print(choose("support_intro", "support"), markup=False, highlight=False, soft_wrap=True)
    console.print()
    for helpline in HELPLINES:
        console.print(f"  {helpline['text']}", markup=False, highlight=False, soft_wrap=True)
    console.print()
    if partners:
        console.print(choose("support_partners", "support"), markup=False, soft_wrap=True)
        for partner in partners:
            contact = partner["contact"] or "no contact saved yet"
            console.print(
                f"  {partner['name']} ({partner['role']}): {contact}", markup=False, highlight=False, soft_wrap=True
            )
    elif partners is None:
        console.print(
            "(Your partners' contacts couldn't be read from the data file just now.)", markup=False, soft_wrap=True
        )
    else:
        console.print(choose("support_no_partners", "support"), markup=False, highlight=False, soft_wrap=True)


# --- partners --------------------------------------------------------------


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
    from peerjob.messages import choose
    from peerjob.store import partners as store

    with cx.database(write=True) as conn:
        namesakes = store.same_name(conn, name)
        partner_id = store.add_partner(
            conn, name=name, role=role, contact=(contact or "").strip() or None, note=(note or "").strip() or None
        )
    celebrate(f"{choose('partner_added', partner_id, name=name, role=role)} (ID {partner_id})")
    if namesakes:
        ids = ", ".join(str(partner["id"]) for partner in namesakes)
        say(f"You have another partner called {name} (ID {ids}); use the IDs to tell them apart.")


@partner_app.command("list")
def partner_list(
    show_all: Annotated[bool, typer.Option("--all", help="Also show removed partners.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List your partners, with their check-ins. Example: peerjob partner list --all."""
    from peerjob.store import partners as store

    with cx.database(write=False) as conn:
        partners = store.list_partners(conn, include_removed=show_all)
    if as_json:
        print_json(partners)
        return
    if not partners:
        say("No partners yet. Add someone you check in with: peerjob partner add Sam --role accountability")
        return

    table = data_table(
        ("ID", "Name", "Role", "Contact", "Check-ins", "Last check-in", "Note"),
        fixed=("ID", "Role", "Check-ins", "Last check-in"),
    )
    for partner in partners:
        name = partner["name"] + (" (removed)" if partner["removed"] else "")
        table.add_row(
            str(partner["id"]),
            name,
            partner["role"],
            text_or_dash(partner["contact"]),
            str(partner["checkins"]),
            text_or_dash(partner["last_checkin"]),
            text_or_dash(partner["note"]),
        )
    out().print(table)


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
    from peerjob.store import partners as store

    with cx.database(write=True) as conn:
        found = store.find_partner(conn, partner)
        store.update_partner(conn, found["id"], changes)
    say(f"Updated {changes.get('name', found['name'])} (ID {found['id']}).")


@partner_app.command("remove")
def partner_remove(
    partner: Annotated[str, typer.Argument(metavar="PARTNER", help="Their name or ID.")],
) -> None:
    """Remove a partner; their check-ins stay on the record, marked (removed). Example: peerjob partner remove Sam."""
    _needs_data_file()
    from peerjob.store import partners as store

    with cx.database(write=True) as conn:
        found = store.find_partner(conn, partner)
        kept = store.remove_partner(conn, found["id"])
    checkins_kept = (
        (
            "Your check-in with them stays on the record."
            if kept == 1
            else f"Your {kept} check-ins with them stay on the record."
        )
        if kept
        else ""
    )
    say(f"Removed {found['name']} (ID {found['id']}) from your partners. {checkins_kept}".strip())


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
    from peerjob.messages import choose
    from peerjob.store import partners as store

    with cx.database(write=True) as conn:
        found = store.find_partner(conn, partner)
        checkin_id = store.add_checkin(
            conn,
            partner_id=found["id"],
            checkin_on=checkin_on,
            channel=how,
            shared=(shared or "").strip() or None,
            agreed=(agreed or "").strip() or None,
            next_on=planned,
        )
        new = _milestones(conn, checkin_on)
    celebrate_step(choose("checkin_logged", checkin_id, name=found["name"]), new, suffix=f" (ID {checkin_id})")
    if planned:
        say(f"Next check-in with {found['name']}: {planned.isoformat()}. `peerjob due` will list it.")


def checkins(
    partner: Annotated[
        str | None, typer.Option("--partner", metavar="PARTNER", help="Only check-ins with this partner (name or ID).")
    ] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"Check-ins on or after. {DATE_HELP}")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List your check-ins, oldest first; removed partners' stay, marked. Example: peerjob checkins --partner Sam."""
    since_on = cx.any_date(since)
    if partner is not None:
        _needs_data_file()
    from peerjob.store import partners as store

    with cx.database(write=False) as conn:
        partner_id = store.find_partner(conn, partner, include_removed=True)["id"] if partner is not None else None
        rows = store.list_checkins(conn, partner_id=partner_id, since=since_on)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No check-ins yet. After you talk with someone: peerjob checkin Sam --channel call")
        return

    table = data_table(
        ("ID", "Date", "Partner", "Channel", "Shared", "Agreed", "Next"), fixed=("ID", "Date", "Channel", "Next")
    )
    for row in rows:
        name = row["partner"] + (" (removed)" if row["removed"] else "")
        table.add_row(
            str(row["id"]),
            row["date"].isoformat(),
            name,
            text_or_dash(row["channel"]),
            text_or_dash(row["shared"]),
            text_or_dash(row["agreed"]),
            text_or_dash(row["next_on"]),
        )
    out().print(table)
