"""What interview and follow-up commands print, and the one JSON shape of a round."""

from __future__ import annotations

from typing import Any

from peerjob.domain.interviews import Round, when_words
from peerjob.render.console import celebrate_step, out, print_json, say
from peerjob.render.listing import Column, Listing


def round_json(round_: Round) -> dict[str, Any]:
    """A round as `interview list --json`, `interview show --json` and `show --json` give it."""
    return {
        "id": round_.id,
        "application_id": round_.application_id,
        "company": round_.company,
        "role": round_.role,
        "round": round_.number,
        "date": round_.held_on,
        "time": round_.at_time,
        "kind": round_.kind,
        "with": round_.with_names,
        "where": round_.place,
        "duration_min": round_.duration_min,
        "note": round_.note,
        "done_on": round_.done_on,
        "cancelled_on": round_.cancelled_on,
        "debrief": {
            "how_it_went": round_.how_it_went,
            "learned": round_.learned,
            "next_step": round_.next_step,
        }
        if round_.debriefed
        else None,
    }


def _state(round_: Round) -> str:
    if round_.cancelled_on is not None:
        return "cancelled"
    if round_.debriefed:
        return "debriefed"
    if round_.done_on is not None:
        return "went"
    return "planned"


ROUNDS = Listing(
    columns=(
        Column("ID", lambda r: r.id, fixed=True),
        Column("App", lambda r: r.application_id, fixed=True),
        Column("When", lambda r: when_words(r.held_on, r.at_time), fixed=True),
        Column("Company", lambda r: r.company),
        Column("Round", lambda r: r.number, fixed=True, optional=True),
        Column("Kind", lambda r: r.kind, fixed=True, optional=True),
        Column("State", _state, fixed=True),
    ),
    empty="No interview rounds yet. Add one: peerjob interview add APP_ID 'friday 3pm'",
    no_match="No interview rounds match.",
    json_row=round_json,
)


def round_lines(round_: Round) -> list[tuple[str, str]]:
    """The round's facts, label and value, for `interview show` and `show`."""
    rows = [
        ("Round", f"{round_.number} of application {round_.application_id} ({round_.company}, {round_.role})"),
        ("When", when_words(round_.held_on, round_.at_time)),
    ]
    for label, value in (
        ("Kind", round_.kind),
        ("With", round_.with_names),
        ("Where", round_.place),
        ("Length", f"{round_.duration_min} minutes" if round_.duration_min else None),
        ("Note", round_.note),
        ("Went", round_.done_on.isoformat() if round_.done_on else None),
        ("Didn't happen", "marked on " + round_.cancelled_on.isoformat() if round_.cancelled_on else None),
        ("How it went", round_.how_it_went),
        ("Learned", round_.learned),
        ("Next", round_.next_step),
    ):
        if value:
            rows.append((label, value))
    return rows


def round_shown(round_: Round, *, as_json: bool) -> None:
    if as_json:
        print_json(round_json(round_))
        return
    from peerjob.render.console import facts

    out().print(facts([("ID", str(round_.id)), *round_lines(round_)]))


def round_named(round_: Round) -> str:
    """ "interview round 2 with ACME (ID 7)": its place among the application's rounds, and its ID to type."""
    return f"interview round {round_.number} with {round_.company} (ID {round_.id})"


def round_added(round_: Round, *, was: str | None = None, moved_to_interviewing: bool = False) -> None:
    """A round planned (or, with ``was``, moved): said with its place, its ID and when it is."""
    from peerjob.messages import choose

    when = when_words(round_.held_on, round_.at_time)
    if was is not None:
        say(f"Moved {round_named(round_)} from {was} to {when}.")
        return
    moved = f" Application {round_.application_id} is at interviewing now." if moved_to_interviewing else ""
    say(
        f"{round_named(round_)[0].upper()}{round_named(round_)[1:]} on {when}.{moved} "
        + choose("round_planned", round_.id, id=round_.application_id)
    )


def round_cancelled(round_: Round) -> None:
    say(
        f"Marked {round_named(round_)} as not happening; it stays in the history. "
        "Plans change; nothing here counts against you."
    )


def round_change_said(change: Any) -> None:
    """What `stage --interview`, `edit --interview` or `edit --no-interview` did to a round."""
    if change is None:
        return
    if change.what == "cancelled":
        round_cancelled(change.round)
    else:
        round_added(change.round, was=change.was)


def round_went(round_: Round, line: str, milestones: list[dict[str, Any]]) -> None:
    celebrate_step(line, milestones)


def follow_up_recorded(company: str, line: str, next_on: Any, milestones: list[dict[str, Any]]) -> None:
    celebrate_step(line, milestones, suffix=f" Next follow-up: {next_on.isoformat()}." if next_on else "")
