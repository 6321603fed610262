"""What application commands print."""

from __future__ import annotations

from typing import Any

from peerjob.actions.applications import ApplicationLogged, ApplicationShown, StageMoved
from peerjob.domain.review import stage_move_words
from peerjob.messages import choose, choose_in_turn, stage_moment
from peerjob.render.console import celebrate_step, facts, out, print_json, rows_or_lines, say
from peerjob.render.listing import Column, Listing, text_or_dash

APPLICATIONS = Listing(
    columns=(
        Column("ID", lambda row: row.id, fixed=True),
        Column("Company", lambda row: row.company),
        Column("Role", lambda row: row.role),
        Column("Stage", lambda row: row.stage, fixed=True),
        Column("Applied", lambda row: row.applied_on, fixed=True),
        Column("Follow-up", lambda row: row.follow_up_on, fixed=True, optional=True),
        Column("Tags", lambda row: row.tags, optional=True),
    ),
    empty='No applications yet. Log your first with: peerjob log ACME "Support Specialist"',
    no_match="No applications match those filters.",
    json_row=lambda row: {key: value for key, value in vars(row).items() if key != "history"},
)


def application_logged(result: ApplicationLogged) -> None:
    """One celebration line (with any milestone reached), then the quiet reach-out line if it applies."""
    # In turn by the application's number: two in a row never get the same words.
    line = choose_in_turn(
        result.moment,
        result.number,
        id=result.id,
        number=result.number,
        week=result.this_week,
        before=result.number - 1,
    )
    celebrate_step(line, result.milestones)
    if result.reach_out:
        say(result.reach_out, style="italic")


def application_shown(result: ApplicationShown, *, as_json: bool, full: bool = False) -> None:
    """`peerjob show`: the details, the rounds, the follow-ups sent, the stage history, the private disclosure plan.

    ``full`` adds what was sent: the salary, the resume and the saved posting.
    """
    from peerjob.render.interviews import round_json, round_lines

    application = result.application
    if as_json:
        print_json(
            dict(
                vars(application),
                interviews=[round_json(round_) for round_ in result.rounds],
                follow_ups=result.follow_ups,
                contacts=[
                    {key: value for key, value in person.items() if key not in ("company", "application_id")}
                    for person in result.contacts
                ],
                disclosure=result.disclosure,
            )
        )
        return
    from rich.table import Table

    console = out()
    console.print(f"{application.company}: {application.role}", style="bold", markup=False)
    details = [
        (label, text_or_dash(value))
        for label, value in (
            ("ID", application.id),
            ("Stage", application.stage),
            ("Saved on" if application.stage == "saved" else "Applied", application.applied_on),
            ("Follow-up", application.follow_up_on),
            ("Starts", application.start_on),
            ("Deadline", application.deadline_on),
            ("Location", application.location),
            ("Source", application.source),
            ("URL", application.url),
            ("Tags", application.tags),
            ("Note", application.note),
            *((("Salary", application.salary), ("Resume sent", application.resume)) if full else ()),
        )
        if not (label in ("Starts", "Deadline", "Location", "Salary", "Resume sent") and value is None)
    ]
    console.print(facts(details))
    if full and application.description:
        console.print("Posting (as saved)", style="bold", markup=False)
        console.print(application.description, markup=False, highlight=False)
    for round_ in result.rounds:
        console.print(f"Interview round {round_.number} (ID {round_.id})", style="bold", markup=False)
        console.print(facts(round_lines(round_)[1:]))
    if result.contacts:
        console.print("People", style="bold", markup=False)
        for person in result.contacts:
            reach = ", ".join(part for part in (person["email"], person["phone"]) if part)
            line = f"{person['name']} ({person['role']}, contact {person['id']})" + (f": {reach}" if reach else "")
            console.print(line, markup=False, highlight=False)
    if result.follow_ups:
        console.print("Follow-ups sent", style="bold", markup=False)
        for sent in result.follow_ups:
            how = ", ".join(part for part in (sent["channel"], f"to {sent['with']}" if sent["with"] else None) if part)
            line = (
                sent["date"].isoformat() + (f" ({how})" if how else "") + (f": {sent['note']}" if sent["note"] else "")
            )
            console.print(line, markup=False, highlight=False)
    history = Table(show_edge=False, pad_edge=False)
    headings = ("Date", "From", "To", "Note")
    for heading in headings:
        history.add_column(heading, overflow="fold", no_wrap=heading != "Note")
    rows = [
        (change.changed_on.isoformat(), change.from_stage or "(logged)", change.to_stage, text_or_dash(change.note))
        for change in application.history
    ]

    def in_words(row: tuple[str, str, str, str]) -> str:
        date, from_stage, to_stage, note = row
        move = stage_move_words(None if from_stage == "(logged)" else from_stage, to_stage, in_words=True)
        return f"{date}: {move}" + (f"; note: {note}" if note != "-" else "")

    console.print(rows_or_lines(history, headings, rows, title="Stage history", in_words=in_words))
    disclosure_plan(console, result.disclosure)


def disclosure_plan(console: Any, disclosure: dict[str, Any] | None) -> None:
    """The private disclosure plan with the neutral note (`show` and `disclose`)."""
    if not disclosure:
        return
    from peerjob.domain.toolkit import DISCLOSURE_NOTE

    console.print("\nDisclosure plan (private)", style="bold", markup=False)
    console.print(f"{disclosure['plan']}: {disclosure['description']}", markup=False)
    if disclosure["note"]:
        console.print(f"Note: {disclosure['note']}", markup=False)
    console.print(DISCLOSURE_NOTE, style="dim", markup=False)


def stage_moved(result: StageMoved, *, offer_reframe_later: bool) -> None:
    """One celebration line; the reframe saved (or where to find it later); after 'accepted', the boundaries."""
    application = result.application
    line = choose_in_turn(
        stage_moment(result.to_stage), result.turn, company=application.company, stage=result.to_stage
    )
    celebrate_step(line, result.milestones)
    if result.reframe_saved:
        say(choose("reframe_saved", application.id, id=application.id))
    elif offer_reframe_later:
        say(f"Whenever you are ready: peerjob reframe {application.id}")
    if result.boundaries is not None:
        boundaries_pointer(result.boundaries)
    if result.round_change is not None:
        from peerjob.render.interviews import round_change_said

        round_change_said(result.round_change)


def boundaries_pointer(count: int) -> None:
    """After `peerjob stage ID accepted`: one line pointing to the boundaries plan (``count``: boundaries kept)."""
    if count == 0:
        say(choose("boundaries_none", "accepted"))
    elif count == 1:
        say(choose("boundaries_ready_one", "accepted"))
    else:
        say(choose("boundaries_ready", count, count=count))


def job_saved(job_id: int, company: str, role: str, deadline: Any) -> None:
    """Not an application yet: a quiet line, the deadline if any, and how to mark it sent."""
    by = f" The deadline is {deadline.isoformat()}; it shows in peerjob due." if deadline else ""
    say(
        f"Saved for later: {company}, {role} (ID {job_id}). Finding it was part of the work.{by} "
        f"Once you send it: peerjob applied {job_id}"
    )


def application_updated(application_id: int, company: str) -> None:
    say(f"Updated application {application_id} ({company}).")


def application_deleted(application_id: int, company: str) -> None:
    say(
        f"Deleted application {application_id} ({company}). "
        "Changed your mind? `peerjob undo` brings it back until the end of tomorrow."
    )
