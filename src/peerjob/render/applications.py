"""What application commands print."""

from __future__ import annotations

from peerjob.actions.applications import ApplicationLogged
from peerjob.messages import choose
from peerjob.render.console import celebrate_step, say
from peerjob.render.listing import Column, Listing

APPLICATIONS = Listing(
    columns=(
        Column("ID", lambda row: row.id, fixed=True),
        Column("Company", lambda row: row.company),
        Column("Role", lambda row: row.role),
        Column("Stage", lambda row: row.stage, fixed=True),
        Column("Applied", lambda row: row.applied_on, fixed=True),
        Column("Follow-up", lambda row: row.follow_up_on, fixed=True),
        Column("Tags", lambda row: row.tags),
    ),
    empty='No applications yet. Log your first with: peerjob log ACME "Support Specialist"',
    no_match="No applications match those filters.",
    json_row=lambda row: {key: value for key, value in vars(row).items() if key != "history"},
)


def application_logged(result: ApplicationLogged) -> None:
    """One celebration line (with any milestone reached), then the quiet reach-out line if it applies."""
    line = choose(
        result.moment, result.id, id=result.id, number=result.number, week=result.this_week, before=result.number - 1
    )
    celebrate_step(line, result.milestones)
    if result.reach_out:
        say(result.reach_out, style="italic")
