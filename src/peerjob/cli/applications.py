"""Commands for applications: log, list, show, stage, edit, delete."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from peerjob.cli import completion
from peerjob.cli import context as cx
from peerjob.cli import reframes as reframe_cli
from peerjob.cli.options import DATE_HELP, JsonOneOption, JsonOption, QuietOption, SavedJsonOption
from peerjob.errors import BadInput, PeerjobError

INTERVIEW_HELP = "The next interview round, with a time if you like: 'friday 3pm', '2026-12-01 15:30'. Shown in due."
FOLLOW_UP_HELP = "When to follow up: 2026-12-01, friday, 'in 1 week'."

TagOption = Annotated[list[str] | None, typer.Option("--tag", "-t", help="A tag (repeat for more).", metavar="TAG")]
LocationOption = Annotated[str | None, typer.Option("--location", metavar="TEXT", help="Where the job is.")]
SalaryOption = Annotated[str | None, typer.Option("--salary", metavar="TEXT", help="The pay, as posted (private).")]
ResumeOption = Annotated[
    str | None, typer.Option("--resume", metavar="NAME", help="Which version of your resume you sent (private).")
]
DescriptionOption = Annotated[
    str | None,
    typer.Option(
        "--description", metavar="FILE", help="A copy of the posting, from a file or '-' for stdin (private)."
    ),
]


POSTING_LIMIT = 100_000  # characters: a long posting is ~10,000; a whole saved web page is not a posting


def what_was_sent(
    location: str | None, salary: str | None, resume: str | None, description: str | None, *, example: str
) -> dict[str, object]:
    """The optional details of what was sent, as given; empty text clears one. The posting is read from its file."""
    values: dict[str, object] = {}
    for column, text in (("location", location), ("salary", salary), ("resume", resume)):
        if text is not None:
            values[column] = text.strip() or None
    if description is not None:
        if not description.strip():
            values["description"] = None
        else:
            from pathlib import Path

            from peerjob.fileio import read_input_file

            data = read_input_file(Path(description), "posting", f"{example} --description posting.txt")
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise BadInput(
                    f"{description} is not UTF-8 text. Save the posting as plain text and try again."
                ) from None
            text = text.replace("\r\n", "\n").strip()
            if not text:
                raise BadInput(f"{description} is empty. To clear the saved posting instead: --description ''")
            if len(text) > POSTING_LIMIT:
                raise BadInput(
                    f"That posting is {len(text):,} characters; peerjob keeps up to {POSTING_LIMIT:,}. "
                    "Save the job's text alone (not the whole web page) and try again."
                )
            values["description"] = text
    return values


def register(app: typer.Typer) -> None:
    # The everyday verbs stay at the top (`peerjob list`, `peerjob show 3`); `peerjob application
    # list|show|edit|delete|stage` is the same commands in the grammar every other record uses.
    grouped = typer.Typer(help="Your applications: list, show, edit, delete, stage.", no_args_is_help=True)
    for command in (log, save, list_applications, show, stage, edit, delete):
        name = command.__name__.replace("list_applications", "list")
        app.command(name)(command)
        if command not in (log, save):
            grouped.command(name)(command)
    app.command("applied", hidden=True)(applied)
    app.add_typer(grouped, name="application", hidden=True)


AgainOption = Annotated[
    bool, typer.Option("--again", help="Log it even though the same job is already there from the last 60 days.")
]


def unless_a_slip(write):
    """Run ``write(again)``; when it finds the same job from the last 60 days, ask on a terminal
    (outside any write lock) and write again only if the person says so. Without a terminal the
    refusal stands (exit 2, nothing written)."""
    from peerjob.errors import SameJob

    try:
        return write(False)
    except SameJob as same:
        if not cx.interactive():
            raise
        from peerjob.render.console import say

        say(same.said)
        if not typer.confirm("Add it again?", default=False, err=True):
            raise PeerjobError(f"Nothing added. peerjob show {same.earlier.id} has the one you have.") from None
    return write(True)


def log(
    company: Annotated[
        str | None, typer.Argument(metavar="COMPANY", help="Who you applied to.", show_default=False)
    ] = None,
    role: Annotated[
        str | None, typer.Argument(metavar="ROLE", help="The role you applied for.", show_default=False)
    ] = None,
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When you applied (default today). {DATE_HELP}")
    ] = None,
    url: Annotated[str | None, typer.Option(metavar="URL", help="Link to the job posting.")] = None,
    source: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Where you found it (job board, referral, ...).")
    ] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A private note.")] = None,
    follow_up: Annotated[str | None, typer.Option("--follow-up", metavar="DATE", help=FOLLOW_UP_HELP)] = None,
    no_follow_up: Annotated[bool, typer.Option("--no-follow-up", help="Don't set a follow-up date.")] = False,
    tag: TagOption = None,
    location: LocationOption = None,
    salary: SalaryOption = None,
    resume: ResumeOption = None,
    description: DescriptionOption = None,
    again: AgainOption = False,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Record an application you just sent. Example: peerjob log ACME "Support Specialist"."""
    if company is None and role is None and cx.interactive():
        company = typer.prompt("Company")
        role = typer.prompt("Role")
    from peerjob.cli.records import check_output_mode, saved

    check_output_mode(as_json, quiet)
    example = 'peerjob log ACME "Support Specialist"'
    company = cx.required_text(company, "The company", example)
    role = cx.required_text(role, "The role", example)
    applied_on = cx.past_date(on, "The application date") or cx.today()
    follow_up_on = cx.future_date(follow_up)
    if follow_up_on and no_follow_up:
        raise BadInput("Use either --follow-up or --no-follow-up, not both.")
    if follow_up_on and follow_up_on < applied_on:
        raise BadInput(f"The follow-up date {follow_up_on} is before the application date {applied_on}.")
    sent = what_was_sent(location, salary, resume, description, example="peerjob log ACME Support")

    from peerjob.actions.applications import NewApplication, log_application
    from peerjob.render.applications import application_logged

    entry = NewApplication(
        company=company,
        role=role,
        applied_on=applied_on,
        url=url,
        source=source,
        note=note,
        follow_up_on=follow_up_on,
        no_follow_up=no_follow_up,
        tags=tag,
        details=sent,
    )

    def write(anyway: bool):
        with cx.database(write=True) as conn:
            return log_application(conn, entry, settings=cx.settings(), today=cx.today(), again=again or anyway)

    result = unless_a_slip(write)
    if not saved("application", result.id, as_json=as_json, quiet=quiet):
        application_logged(result)


def save(
    company: Annotated[str, typer.Argument(metavar="COMPANY", help="Who is hiring.")],
    role: Annotated[str, typer.Argument(metavar="ROLE", help="The role.")],
    url: Annotated[str | None, typer.Option(metavar="URL", help="Link to the job posting.")] = None,
    deadline: Annotated[
        str | None, typer.Option("--deadline", metavar="DATE", help="The closing date (shown in due and the calendar).")
    ] = None,
    source: Annotated[str | None, typer.Option(metavar="TEXT", help="Where you found it.")] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A private note.")] = None,
    tag: TagOption = None,
    location: LocationOption = None,
    salary: SalaryOption = None,
    resume: ResumeOption = None,
    description: DescriptionOption = None,
    again: AgainOption = False,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Keep a job to apply for later; not counted until you send it. Example: peerjob save ACME "Support" --deadline friday."""
    from peerjob.cli.records import check_output_mode, saved

    check_output_mode(as_json, quiet)
    example = 'peerjob save ACME "Support Specialist"'
    company = cx.required_text(company, "The company", example)
    role = cx.required_text(role, "The role", example)
    today = cx.today()
    details = what_was_sent(location, salary, resume, description, example="peerjob save ACME Support")
    if deadline is not None:
        closes = cx.future_date(deadline)
        if closes is not None and closes < today:
            raise BadInput(
                f"That deadline ({closes}) has passed. Save it without --deadline if you still want to keep it."
            )
        details["deadline_on"] = closes
    from peerjob.actions.applications import NewApplication, save_job

    entry = NewApplication(
        company=company, role=role, applied_on=today, url=url, source=source, note=note, tags=tag, details=details
    )

    def write(anyway: bool) -> int:
        with cx.database(write=True) as conn:
            return save_job(conn, entry, again=again or anyway)

    job_id = unless_a_slip(write)
    if not saved("application", job_id, as_json=as_json, quiet=quiet):
        from peerjob.render.applications import job_saved

        job_saved(job_id, company, role, details.get("deadline_on"))


def applied(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The saved job's ID.")],
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When you sent it (default today). {DATE_HELP}")
    ] = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Mark a saved job as sent: the same as peerjob stage ID applied. Example: peerjob applied 4."""
    from peerjob.actions.applications import find_application

    with cx.database(write=False) as conn:
        job = find_application(conn, application_id)
    if job.stage != "saved":
        raise BadInput(
            f"Application {application_id} is at {job.stage}: it was sent already. "
            f"To move it on: peerjob stage {application_id} STAGE"
        )
    stage(application_id, "applied", on=on, as_json=as_json, quiet=quiet)


def list_applications(
    stage: Annotated[
        str | None,
        typer.Option(
            metavar="STAGE", autocompletion=completion.stages, help="Only this stage (applied, screening, ...)."
        ),
    ] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help=f"Applied on or after. {DATE_HELP}")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help=f"Applied on or before. {DATE_HELP}")] = None,
    tag: Annotated[str | None, typer.Option("--tag", "-t", help="Only applications with this tag.")] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search", "-s", metavar="TEXT", help="Company, role, tags or notes containing this (any case or accent)."
        ),
    ] = None,
    active: Annotated[bool, typer.Option("--active", help="Hide finished ones (accepted, rejected, ...).")] = False,
    sort: Annotated[
        str, typer.Option("--sort", metavar="ORDER", help="applied (oldest first), company, stage or follow-up.")
    ] = "applied",
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most this many, from the top.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List applications, oldest first. Example: peerjob list --stage interviewing."""
    from peerjob.domain.records import SORTS
    from peerjob.domain.stages import parse_stage

    if sort not in SORTS:
        raise BadInput(f"Unknown sort '{sort}'. Use one of: {', '.join(SORTS)}.")
    if search is not None and not any(ch.isalnum() for ch in search):
        raise BadInput('--search needs some letters or digits, for example: peerjob list --search "dental"')
    wanted_stage = parse_stage(stage) if stage else None
    since_on = cx.any_date(since)
    until_on = cx.any_date(until)
    from peerjob.actions.applications import list_applications as listed
    from peerjob.render.applications import APPLICATIONS
    from peerjob.render.listing import show_listing

    with cx.database(write=False) as conn:
        rows, any_at_all = listed(
            conn,
            stage=wanted_stage,
            since=since_on,
            until=until_on,
            tag=tag,
            search=search,
            active=active,
            sort=sort,
            limit=limit,
        )
    show_listing(APPLICATIONS, rows, as_json=as_json, filtered=any_at_all)


def show(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID (see peerjob list).")],
    full: Annotated[
        bool, typer.Option("--full", help="Also what was sent: the salary, the resume and the saved posting.")
    ] = False,
    as_json: JsonOneOption = False,
) -> None:
    """Show one application and its full stage history. Example: peerjob show 3."""
    from peerjob.actions.applications import show_application
    from peerjob.render.applications import application_shown

    with cx.database(write=False) as conn:
        result = show_application(conn, application_id)
    application_shown(result, as_json=as_json, full=full)


def stage(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID.")],
    new_stage: Annotated[
        str,
        typer.Argument(
            metavar="STAGE",
            autocompletion=completion.stages,
            help="saved, applied, screening, interviewing, offer, accepted, rejected, withdrawn or no-response.",
        ),
    ],
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"When it happened (default today). {DATE_HELP}")
    ] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A private note about the move.")] = None,
    follow_up: Annotated[str | None, typer.Option("--follow-up", metavar="DATE", help=FOLLOW_UP_HELP)] = None,
    no_follow_up: Annotated[bool, typer.Option("--no-follow-up", help="Clear the follow-up date.")] = False,
    start_date: Annotated[
        str | None, typer.Option("--start-date", metavar="DATE", help="With 'accepted': your first day at work.")
    ] = None,
    interview: Annotated[str | None, typer.Option("--interview", metavar="WHEN", help=INTERVIEW_HELP)] = None,
    no_reframe: Annotated[
        bool, typer.Option("--no-reframe", help="With 'rejected' or 'no-response': skip the reframe questions.")
    ] = False,
    what_happened: reframe_cli.WhatHappened = None,
    thought: reframe_cli.Thought = None,
    outside: reframe_cli.Outside = None,
    peer: reframe_cli.Peer = None,
    balanced: reframe_cli.Balanced = None,
    next_step: reframe_cli.NextStep = None,
    next_step_on: reframe_cli.NextStepOn = None,
    answers_input: reframe_cli.AnswersOption = None,
    as_json: SavedJsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Move an application to another stage; every move is kept. Example: peerjob stage 3 interviewing.

    After 'rejected' or 'no-response' it offers a short private reframe: on a
    terminal one question at a time (Enter skips one), from standard input one
    answer a line with --answers -, or from the options; --no-reframe skips it.
    Without a terminal and without those, no questions: add it later with peerjob reframe ID.
    """
    from peerjob.cli.records import check_output_mode, saved
    from peerjob.domain.stages import CLOSED_BY_EMPLOYER, INTERVIEW_STAGES, parse_stage

    check_output_mode(as_json, quiet)

    to_stage = parse_stage(new_stage)
    changed_on = cx.past_date(on, "The date of the move") or cx.today()
    follow_up_on = cx.future_date(follow_up)
    start_on = cx.future_date(start_date)
    interview_when = cx.when(interview)
    if interview_when and to_stage not in INTERVIEW_STAGES:
        raise BadInput(
            "--interview goes with 'screening' or 'interviewing'. Later, use: peerjob edit ID --interview DATE"
        )
    if follow_up_on and no_follow_up:
        raise BadInput("Use either --follow-up or --no-follow-up, not both.")
    if start_on and to_stage != "accepted":
        raise BadInput("--start-date goes with the 'accepted' stage.")
    answers = reframe_cli.answers_from_options(what_happened, thought, outside, peer, balanced, next_step, next_step_on)
    closing = to_stage in CLOSED_BY_EMPLOYER
    if answers and not closing:
        raise BadInput(
            f"The reframe options go with 'rejected' or 'no-response'. Try: peerjob reframe {application_id}"
        )
    if answers and no_reframe:
        raise BadInput("Use either the reframe options or --no-reframe, not both.")
    from peerjob.actions.applications import StageMove, check_move, move_stage
    from peerjob.render.applications import stage_moved

    from_stdin = reframe_cli.answers_wanted_from_stdin(answers_input)
    asked = closing and not answers and not no_reframe
    if asked and (from_stdin or (sys.stdin.isatty() and cx.prompts_allowed())):
        # Check the move first, so nobody answers questions for a move that can't be made;
        # the questions are asked outside any write lock.
        with cx.database(write=False) as conn:
            check_move(conn, application_id, to_stage, changed_on)
        try:
            reframe_cli.ask(into=answers, from_stdin=from_stdin)
        except KeyboardInterrupt:
            # Ctrl-C ends the questions, not the command: the move was what was asked for,
            # and the answers already given are kept.
            sys.stderr.write("\n")
    move = StageMove(
        application_id=application_id,
        to_stage=to_stage,
        changed_on=changed_on,
        note=note,
        follow_up_on=follow_up_on,
        clear_follow_up=no_follow_up,
        start_on=start_on,
        interview=interview_when,
        today=cx.today(),
        reframe=answers,
    )
    with cx.database(write=True) as conn:
        result = move_stage(conn, move, settings=cx.settings())
    if not saved("application", application_id, as_json=as_json, quiet=quiet):
        stage_moved(result, offer_reframe_later=asked and not answers)


def edit(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID.")],
    company: Annotated[str | None, typer.Option(help="New company name.")] = None,
    role: Annotated[str | None, typer.Option(help="New role.")] = None,
    on: Annotated[
        str | None, typer.Option("--date", "-d", metavar="DATE", help=f"New application date. {DATE_HELP}")
    ] = None,
    url: Annotated[str | None, typer.Option(help="New link (empty text clears it).")] = None,
    source: Annotated[str | None, typer.Option(help="New source (empty text clears it).")] = None,
    note: Annotated[str | None, typer.Option(help="New private note (empty text clears it).")] = None,
    follow_up: Annotated[str | None, typer.Option("--follow-up", metavar="DATE", help=FOLLOW_UP_HELP)] = None,
    no_follow_up: Annotated[bool, typer.Option("--no-follow-up", help="Clear the follow-up date.")] = False,
    interview: Annotated[str | None, typer.Option("--interview", metavar="WHEN", help=INTERVIEW_HELP)] = None,
    no_interview: Annotated[
        bool, typer.Option("--no-interview", help="Take back the next interview round still to come.")
    ] = False,
    tag: TagOption = None,
    untag: Annotated[
        list[str] | None, typer.Option("--untag", help="Remove a tag (repeat for more).", metavar="TAG")
    ] = None,
    location: LocationOption = None,
    salary: SalaryOption = None,
    resume: ResumeOption = None,
    description: DescriptionOption = None,
) -> None:
    """Change an application's details. Example: peerjob edit 3 --role "Team Lead"."""
    changes: dict[str, object] = {}
    if company is not None:
        changes["company"] = cx.required_text(company, "The company", "--company ACME")
    if role is not None:
        changes["role"] = cx.required_text(role, "The role", '--role "Support Specialist"')
    if on is not None:
        changes["applied_on"] = cx.past_date(on, "The application date")
    for column, value in (("url", url), ("source", source), ("note", note)):
        if value is not None:
            changes[column] = value.strip() or None
    changes.update(what_was_sent(location, salary, resume, description, example=f"peerjob edit {application_id}"))
    if follow_up is not None and no_follow_up:
        raise BadInput("Use either --follow-up or --no-follow-up, not both.")
    if follow_up is not None:
        changes["follow_up_on"] = cx.future_date(follow_up)
    if no_follow_up:
        changes["follow_up_on"] = None
    if interview is not None and no_interview:
        raise BadInput("Use either --interview or --no-interview, not both.")
    interview_when = cx.when(interview)
    if not changes and not tag and not untag and interview_when is None and not no_interview:
        raise BadInput('Nothing to change. Add an option, for example: peerjob edit 3 --role "Team Lead".')
    from peerjob.actions.applications import edit_application

    with cx.database(write=True) as conn:
        application, round_change = edit_application(
            conn,
            application_id,
            changes,
            tag=tag or [],
            untag=untag or [],
            interview=interview_when,
            no_interview=no_interview,
            today=cx.today(),
        )
    from peerjob.render.applications import application_updated
    from peerjob.render.interviews import round_change_said

    if changes or tag or untag:
        application_updated(application_id, str(changes.get("company", application.company)))
    round_change_said(round_change)


def delete(
    application_id: Annotated[int, typer.Argument(metavar="ID", help="The application's ID.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask to confirm.")] = False,
) -> None:
    """Delete an application and its history, after asking. Example: peerjob delete 3."""
    from peerjob.actions.applications import delete_application, find_application

    # Ask outside any write lock, so other commands don't wait on the answer.
    with cx.database(write=False) as conn:
        application = find_application(conn, application_id)
    cx.confirm(
        f"Delete application {application_id} ({application.company}, {application.role}) and its history?",
        yes=yes,
        instead=f"peerjob delete {application_id} --yes",
    )
    with cx.database(write=True) as conn:
        delete_application(conn, application_id)
    from peerjob.render.applications import application_deleted

    application_deleted(application_id, application.company)
