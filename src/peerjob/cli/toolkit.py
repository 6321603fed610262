"""The recovery toolkit: strengths, interview prep, disclosure plans, resources, boundaries.

All of it is optional and private: peerjob works fully without any of it, and
no export carries stories, plans or boundaries unless they are named.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from peerjob.cli import context as cx
from peerjob.errors import BadInput
from peerjob.render.console import celebrate, data_table, out, print_json, say, text_or_dash

SUGGESTIONS = (
    "resilience, perseverance, empathy, communication, honesty, accountability, problem-solving, helping others"
)
PLANS = "not-planned, undecided, after-offer, at-interview, on-application or disclosed"
KINDS = "employment-program, vocational-rehab, peer-group, training, legal or other"
STORY_HELP = (
    "A short story: situation, action, result. '-' reads it from stdin. Left out on a terminal: $EDITOR or prompts."
)

strength_app = typer.Typer(
    help="Your strengths, each with a short story for interviews and cover letters. Example: peerjob strength add resilience.",
    no_args_is_help=True,
)
resource_app = typer.Typer(
    help='Support you can use: programs, counsellors, peer groups, training. Example: peerjob resource add "Job club".',
    no_args_is_help=True,
)
boundary_app = typer.Typer(
    help='The work-life boundaries you want to keep once a job starts. Example: peerjob boundary add "Leave by 6".',
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(strength_app, name="strength")
    app.command()(prep)
    app.command()(disclose)
    app.add_typer(resource_app, name="resource")
    app.add_typer(boundary_app, name="boundary")


def _optional_text(value: str | None) -> str | None:
    """Free text from an option: None stays None, empty text clears."""
    if value is None:
        return None
    return value.strip() or None


# --- story input: --story, stdin, $EDITOR or prompts ---


def _prompt_story(name: str) -> str | None:
    from peerjob.domain.toolkit import STORY_PARTS, compose_story

    say(f"A short story for '{name}' in three parts. Press Enter to skip any of them.")
    parts = {
        label: typer.prompt(f"{label} ({question})", default="", show_default=False, err=True)
        for label, question in STORY_PARTS
    }
    return compose_story(parts)


def _read_story(name: str, story: str | None, current: str | None = None) -> tuple[bool, str | None]:
    """(given, story): the story from --story, stdin, $EDITOR or prompts."""
    from peerjob.domain.toolkit import story_from_editor, story_from_text, story_guide, story_template

    if story == "-":
        return True, story_from_text(sys.stdin.read())
    if story is not None:
        return True, story_from_text(story)
    from peerjob.cli.editor import drop_template_comments, edit_text, editor_command, piped_text

    editor = editor_command()
    if not cx.interactive():
        # Piped text wins; with nothing piped (say < /dev/null), the editor if one is set.
        text = story_from_text(piped_text() if sys.stdin is not None else "")
        if text is not None or not editor:
            return text is not None, text
    if editor:
        written = edit_text(editor, story_template(name, current), prefix="peerjob-story-", instead="use --story TEXT")
        text = story_from_editor(drop_template_comments(written, story_guide(name)))
        return (text != current and text is not None), text
    text = _prompt_story(name)
    return text is not None, text


def _story_line(story: str | None) -> str:
    from peerjob.domain.toolkit import story_lines

    return " / ".join(story_lines(story)) or "-"


# --- strengths ---


@strength_app.command("add")
def strength_add(
    name: Annotated[
        str, typer.Argument(metavar="NAME", help=f"A strength, in your words. Some to start from: {SUGGESTIONS}.")
    ],
    story: Annotated[str | None, typer.Option("--story", "-s", metavar="TEXT", help=STORY_HELP)] = None,
    app_ids: Annotated[
        list[int] | None,
        typer.Option("--app", "-a", metavar="ID", help="An application where you used it (repeat for more)."),
    ] = None,
) -> None:
    """Add a strength with a short story (situation, action, result). Example: peerjob strength add resilience --story "..."."""
    name = cx.required_text(name, "The strength's name", "peerjob strength add resilience")
    from peerjob.store import applications as applications_store
    from peerjob.store import toolkit as store

    def check(conn) -> None:
        existing = store.find_strength_by_name(conn, name)
        if existing:
            raise BadInput(
                f"You already have '{name}' (ID {existing}). Change its story with: peerjob strength edit {existing}"
            )
        for application_id in app_ids or []:
            applications_store.get_application(conn, application_id)

    # Check before asking for the story, so nobody writes one for nothing...
    with cx.database(write=False) as conn:
        check(conn)
    _, text = _read_story(name, story)
    from peerjob.messages import choose

    with cx.database(write=True) as conn:
        # ...and again in the write: the editor or the prompts can take a while, and another
        # command may have deleted an application (or added this name) meanwhile.
        check(conn)
        strength_id = store.add_strength(conn, name=name, story=text)
        for application_id in app_ids or []:
            store.link_strength(conn, strength_id, application_id)
    celebrate(choose("strength_added", strength_id, name=name, id=strength_id))


@strength_app.command("list")
def strength_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: id, name, story, applications.")] = False,
) -> None:
    """List your strengths with their stories and where you used them. Example: peerjob strength list --json."""
    from peerjob.store import toolkit as store

    with cx.database(write=False) as conn:
        strengths = store.list_strengths(conn)
    if as_json:
        print_json(strengths)
        return
    if not strengths:
        say(f"No strengths yet. Some to start from: {SUGGESTIONS}. Try: peerjob strength add resilience")
        return

    table = data_table(("ID", "Strength", "Story", "Used for"), fixed=("ID",))
    for strength in strengths:
        used = ", ".join(f"{a['company']} ({a['id']})" for a in strength["applications"])
        table.add_row(str(strength["id"]), strength["name"], _story_line(strength["story"]), used or "-")
    out().print(table)


@strength_app.command("edit")
def strength_edit(
    strength_id: Annotated[int, typer.Argument(metavar="ID", help="The strength's ID (see peerjob strength list).")],
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="A new name.")] = None,
    story: Annotated[
        str | None,
        typer.Option(
            "--story",
            "-s",
            metavar="TEXT",
            help="A new story (empty text clears it; '-' reads stdin). Left out on a terminal: $EDITOR or prompts.",
        ),
    ] = None,
) -> None:
    """Change a strength's name or story. Example: peerjob strength edit 2 --story "..."."""
    if name is not None:
        name = cx.required_text(name, "The strength's name", "peerjob strength edit 2 --name empathy")
    from peerjob.store import toolkit as store

    with cx.database(write=False) as conn:
        current = store.get_strength(conn, strength_id)
        clash = store.find_strength_by_name(conn, name) if name else None
    if clash and clash != strength_id:
        raise BadInput(f"You already have a strength called '{name}' (ID {clash}).")
    changes: dict[str, str | None] = {}
    if name is not None:
        changes["name"] = name
    if story is not None or name is None:
        given, text = _read_story(name or current["name"], story, current["story"])
        if given:
            changes["story"] = text
    if not changes:
        raise BadInput(f'Nothing to change. For example: peerjob strength edit {strength_id} --story "..."')
    with cx.database(write=True) as conn:
        store.get_strength(conn, strength_id)
        store.update_strength(conn, strength_id, changes)
    say(f"Updated strength {strength_id} ({changes.get('name', current['name'])}).")


@strength_app.command("remove")
def strength_remove(
    strength_id: Annotated[int, typer.Argument(metavar="ID", help="The strength's ID.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask to confirm.")] = False,
) -> None:
    """Remove a strength and its story, after asking. Example: peerjob strength remove 2."""
    from peerjob.store import toolkit as store

    # Ask with no lock held: a question can wait for minutes, and other commands must not.
    with cx.database(write=False) as conn:
        strength = store.get_strength(conn, strength_id)
    if not yes and not typer.confirm(f"Remove '{strength['name']}' and its story?", err=True):
        raise typer.Abort()
    with cx.database(write=True) as conn:
        store.get_strength(conn, strength_id)  # still there? (another command may have removed it meanwhile)
        store.remove_strength(conn, strength_id)
    say(f"Removed strength {strength_id} ({strength['name']}).")


@strength_app.command("link")
def strength_link(
    strength_id: Annotated[int, typer.Argument(metavar="STRENGTH_ID", help="The strength's ID.")],
    application_id: Annotated[int, typer.Argument(metavar="APP_ID", help="The application's ID.")],
    unlink: Annotated[bool, typer.Option("--unlink", help="Take the link away instead.")] = False,
) -> None:
    """Link a strength to an application where you used it (prep shows it first). Example: peerjob strength link 2 5."""
    from peerjob.messages import choose
    from peerjob.store import applications as applications_store
    from peerjob.store import toolkit as store

    with cx.database(write=True) as conn:
        strength = store.get_strength(conn, strength_id)
        application = applications_store.get_application(conn, application_id)
        if unlink:
            if not store.unlink_strength(conn, strength_id, application_id):
                raise BadInput(f"'{strength['name']}' isn't linked to application {application_id}. Nothing changed.")
        elif not store.link_strength(conn, strength_id, application_id):
            raise BadInput(f"'{strength['name']}' is already linked to application {application_id}. Nothing changed.")
    if unlink:
        say(f"'{strength['name']}' is no longer linked to {application.company}.")
    else:
        say(
            choose(
                "strength_linked",
                (strength_id, application_id),
                name=strength["name"],
                company=application.company,
                application=application_id,
            )
        )


# --- interview prep ---


def prep(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID (see peerjob list).")],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write Markdown to this file (owner-only) instead of showing it."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    no_disclosure: Annotated[
        bool, typer.Option("--no-disclosure", help="Leave your disclosure plan off the sheet.")
    ] = False,
) -> None:
    """A one-page interview prep sheet: strengths, disclosure plan, questions, practice. Example: peerjob prep 3 -o acme.md."""
    from pathlib import Path

    if output is not None and not output.strip():
        raise BadInput("--output needs a file name, for example: peerjob prep 3 --output acme.md")
    target = Path(output).expanduser() if output else None
    if target is not None:
        from peerjob.fileio import check_output_file

        check_output_file(target, force=force, example="prep.md")
    from peerjob.store.toolkit import build_prep_sheet

    with cx.database(write=False) as conn:
        sheet = build_prep_sheet(conn, application_id, today=cx.today(), with_disclosure=not no_disclosure)
    if target is None:
        from peerjob.render.prep import prep_renderable

        out().print(prep_renderable(sheet))
        return
    from peerjob.fileio import write_private_text
    from peerjob.messages import choose
    from peerjob.render.prep import render_prep_markdown

    write_private_text(target, render_prep_markdown(sheet), overwrite=force)
    celebrate(choose("prep_written", application_id, company=sheet.company, path=target))


# --- disclosure plans ---


def disclose(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID.")],
    plan: Annotated[
        str | None,
        typer.Option(
            "--plan", "-p", metavar="PLAN", help=f"When you plan to talk about your recovery, if at all: {PLANS}."
        ),
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="A private note on how (empty text clears it).")
    ] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the plan for this application.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False,
) -> None:
    """Your private plan for talking about recovery with one employer, if at all. Example: peerjob disclose 3 --plan after-offer."""
    from peerjob.domain.toolkit import DISCLOSURE_NOTE, DISCLOSURE_PLANS, parse_plan

    chosen = parse_plan(plan) if plan is not None else None
    if clear and (chosen or note is not None):
        raise BadInput("Use --clear on its own, or --plan with --note.")
    from peerjob.store import applications as applications_store
    from peerjob.store import toolkit as store

    if chosen is None and note is None and not clear:  # show the plan
        with cx.database(write=False) as conn:
            applications_store.get_application(conn, application_id)
            current = store.get_disclosure(conn, application_id)
        if as_json:
            print_json(current)
            return
        if current is None:
            say(
                f"No plan for application {application_id} yet. Plans: {', '.join(DISCLOSURE_PLANS)}. "
                f"For example: peerjob disclose {application_id} --plan undecided"
            )
            return
        out().print(f"{current['plan']}: {current['description']}", markup=False)
        if current["note"]:
            out().print(f"Note: {current['note']}", markup=False)
        say(DISCLOSURE_NOTE)
        return

    from peerjob.messages import choose

    with cx.database(write=True) as conn:
        application = applications_store.get_application(conn, application_id)
        current = store.get_disclosure(conn, application_id)
        if clear:
            if not store.clear_disclosure(conn, application_id):
                raise BadInput(f"Application {application_id} has no plan to clear. Nothing changed.")
        else:
            if chosen is None and current is None:
                raise BadInput(f"Choose a plan first, for example: peerjob disclose {application_id} --plan undecided")
            new_plan = chosen or (current or {})["plan"]
            new_note = _optional_text(note) if note is not None else (current or {}).get("note")
            store.set_disclosure(conn, application_id, plan=new_plan, note=new_note)
    if clear:
        say(f"Removed the plan for {application.company}.")
        return
    if chosen is None:  # only the note changed: no need to repeat the rights note
        done = "Saved the note" if new_note else "Cleared the note"
        say(f"{done} for {application.company}; the plan stays '{new_plan}'.")
        return
    say(choose("disclosure_saved", application_id, company=application.company, plan=new_plan))
    say(DISCLOSURE_NOTE)


# --- resources ---

NEXT_HELP = "When to take the next step: 2026-12-01, friday, 'in 1 week'. Shown in peerjob due."


@resource_app.command("add")
def resource_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Who or what it is.")],
    kind: Annotated[str, typer.Option("--kind", "-k", metavar="KIND", help=f"{KINDS}.")] = "other",
    contact: Annotated[
        str | None, typer.Option("--contact", metavar="TEXT", help="A person, phone or email (private).")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", help="A link.")] = None,
    next_step: Annotated[
        str | None, typer.Option("--next-step", metavar="TEXT", help="What you plan to do next.")
    ] = None,
    next_on: Annotated[str | None, typer.Option("--next", metavar="DATE", help=NEXT_HELP)] = None,
) -> None:
    """Add a resource: a program, counsellor, peer group, training. Example: peerjob resource add "Job club" --kind peer-group --next friday."""
    from peerjob.domain.toolkit import parse_resource_kind

    name = cx.required_text(name, "The resource's name", 'peerjob resource add "Job club" --kind peer-group')
    kind = parse_resource_kind(kind)
    next_date = cx.future_date(next_on)  # a date already past is fine: it shows as overdue in `due`
    from peerjob.messages import choose
    from peerjob.store import toolkit as store

    with cx.database(write=True) as conn:
        resource_id = store.add_resource(
            conn,
            name=name,
            kind=kind,
            contact=_optional_text(contact),
            url=_optional_text(url),
            next_step=_optional_text(next_step),
            next_on=next_date,
        )
    celebrate(choose("resource_added", resource_id, name=name, id=resource_id))


@resource_app.command("list")
def resource_list(
    show_all: Annotated[bool, typer.Option("--all", help="Include the ones marked done.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List your resources and their next steps. Example: peerjob resource list --all."""
    from peerjob.store import toolkit as store

    with cx.database(write=False) as conn:
        resources = store.list_resources(conn, include_done=show_all)
        done = 0 if show_all else len(store.list_resources(conn, include_done=True)) - len(resources)
    if as_json:
        print_json(resources)
        return
    if not resources:
        if done:
            say(f"No open resources; {done} marked done (peerjob resource list --all).")
        else:
            say('No resources yet. Add one with: peerjob resource add "Job club" --kind peer-group')
        return

    today = cx.today()
    table = data_table(("ID", "Name", "Kind", "Next step", "When", "Contact", "Link"), fixed=("ID", "Kind", "When"))
    for resource in resources:
        when = text_or_dash(resource["next_on"])
        if resource["done_on"]:
            when = f"done {resource['done_on'].isoformat()}"
        elif resource["next_on"] and resource["next_on"] < today:
            when += " (overdue)"
        table.add_row(
            str(resource["id"]),
            resource["name"],
            resource["kind"],
            text_or_dash(resource["next_step"]),
            when,
            text_or_dash(resource["contact"]),
            text_or_dash(resource["url"]),
        )
    out().print(table)


@resource_app.command("edit")
def resource_edit(
    resource_id: Annotated[int, typer.Argument(metavar="ID", help="The resource's ID (see peerjob resource list).")],
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="A new name.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", "-k", metavar="KIND", help=f"{KINDS}.")] = None,
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
            changes[column] = _optional_text(value)
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
    from peerjob.store import toolkit as store

    with cx.database(write=True) as conn:
        resource = store.get_resource(conn, resource_id)
        reopened = bool(resource["done_on"]) and bool(changes.get("next_step") or changes.get("next_on"))
        if reopened:
            changes["done_on"] = None
        store.update_resource(conn, resource_id, changes)
    extra = " It is open again, with the new next step." if reopened else ""
    say(f"Updated resource {resource_id} ({changes.get('name', resource['name'])}).{extra}")


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
    from peerjob.domain.toolkit import resource_win
    from peerjob.messages import choose
    from peerjob.store import toolkit as store

    new: list[dict] = []
    with cx.database(write=True) as conn:
        resource = store.get_resource(conn, resource_id)
        if resource["done_on"]:
            raise BadInput(
                f"{resource['name']} was marked done on {resource['done_on']}. To plan another step: "
                f'peerjob resource edit {resource_id} --next-step "..."'
            )
        store.update_resource(conn, resource_id, {"done_on": done_on})
        if win:
            from peerjob.store.milestones import record_reached
            from peerjob.store.wins import add_win

            text, kind = resource_win(resource["name"], resource["kind"], resource["next_step"])
            add_win(conn, text=text, kind=kind, won_on=done_on)
            new = record_reached(conn, first_weekday=cx.settings().first_weekday, days=[done_on])
    from peerjob.render.console import celebrate_step

    celebrate_step(choose("resource_done_win" if win else "resource_done", resource_id, name=resource["name"]), new)


# --- boundaries ---


@boundary_app.command("add")
def boundary_add(
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="A boundary in your words: hours, meetings, self-care that stays.")
    ],
) -> None:
    """Add a work-life boundary to keep once a job starts. Example: peerjob boundary add "Keep my Thursday group"."""
    text = cx.required_text(text, "The boundary", 'peerjob boundary add "Leave by 6 on weekdays"')
    from peerjob.messages import choose
    from peerjob.store import toolkit as store

    with cx.database(write=True) as conn:
        boundary_id = store.add_boundary(conn, text)
        number = store.count_boundaries(conn)
    boundaries = f"{number} boundar{'y' if number == 1 else 'ies'}"
    celebrate(choose("boundary_added", boundary_id, boundaries=boundaries) + f" (ID {boundary_id})")


@boundary_app.command("list")
def boundary_list(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: id, text.")] = False,
) -> None:
    """List your boundaries. Example: peerjob boundary list."""
    from peerjob.store import toolkit as store

    with cx.database(write=False) as conn:
        boundaries = store.list_boundaries(conn)
    if as_json:
        print_json(boundaries)
        return
    if not boundaries:
        say('No boundaries yet. Add one with: peerjob boundary add "Leave by 6 on weekdays"')
        return
    table = data_table(("ID", "Boundary"), fixed=("ID",))
    for boundary in boundaries:
        table.add_row(str(boundary["id"]), boundary["text"])
    out().print(table)


@boundary_app.command("remove")
def boundary_remove(
    boundary_id: Annotated[int, typer.Argument(metavar="ID", help="The boundary's ID (see peerjob boundary list).")],
) -> None:
    """Remove a boundary. Example: peerjob boundary remove 2."""
    from peerjob.store import toolkit as store

    with cx.database(write=True) as conn:
        text = store.remove_boundary(conn, boundary_id)
    say(f"Removed boundary {boundary_id} ({text}).")
