"""What the toolkit commands print: strengths, disclosure plans, resources, boundaries (prep: render/prep.py)."""

from __future__ import annotations

from typing import Any

from peerjob.actions.toolkit import DisclosureChanged, ResourceDone, ResourcesListed
from peerjob.messages import choose
from peerjob.render.console import celebrate, celebrate_step, out, print_json, say
from peerjob.render.listing import Column, Listing, show_listing, text_or_dash

SUGGESTIONS = (
    "resilience, perseverance, empathy, communication, honesty, accountability, problem-solving, helping others"
)


def story_line(story: str | None) -> str:
    from peerjob.domain.toolkit import story_lines

    return " / ".join(story_lines(story)) or "-"


STRENGTHS = Listing(
    columns=(
        Column("ID", lambda strength: strength["id"], fixed=True),
        Column("Strength", lambda strength: strength["name"]),
        Column("Story", lambda strength: story_line(strength["story"])),
        Column(
            "Used for",
            lambda strength: ", ".join(f"{a['company']} ({a['id']})" for a in strength["applications"]) or "-",
        ),
    ),
    empty=f"No strengths yet. Some to start from: {SUGGESTIONS}. Try: peerjob strength add resilience",
)

BOUNDARIES = Listing(
    columns=(
        Column("ID", lambda boundary: boundary["id"], fixed=True),
        Column("Boundary", lambda boundary: boundary["text"]),
    ),
    empty='No boundaries yet. Add one with: peerjob boundary add "Leave by 6 on weekdays"',
)


def strength_added(strength_id: int, name: str) -> None:
    celebrate(choose("strength_added", strength_id, name=name, id=strength_id))


def strength_linked(strength: dict[str, Any], company: str, application_id: int, *, unlink: bool) -> None:
    if unlink:
        say(f"'{strength['name']}' is no longer linked to {company}.")
        return
    say(
        choose(
            "strength_linked",
            (strength["id"], application_id),
            name=strength["name"],
            company=company,
            application=application_id,
        )
    )


def disclosure_shown(application_id: int, plan: dict[str, Any] | None, *, as_json: bool) -> None:
    from peerjob.domain.toolkit import DISCLOSURE_NOTE, DISCLOSURE_PLANS

    if as_json:
        print_json(plan)
        return
    if plan is None:
        say(
            f"No plan for application {application_id} yet. Plans: {', '.join(DISCLOSURE_PLANS)}. "
            f"For example: peerjob disclose {application_id} --plan undecided"
        )
        return
    out().print(f"{plan['plan']}: {plan['description']}", markup=False)
    if plan["note"]:
        out().print(f"Note: {plan['note']}", markup=False)
    say(DISCLOSURE_NOTE)


def disclosure_changed(application_id: int, result: DisclosureChanged) -> None:
    from peerjob.domain.toolkit import DISCLOSURE_NOTE

    if result.cleared:
        say(f"Removed the plan for {result.company}.")
        return
    if not result.plan_given:  # only the note changed: no need to repeat the rights note
        done = "Saved the note" if result.note else "Cleared the note"
        say(f"{done} for {result.company}; the plan stays '{result.plan}'.")
        return
    say(choose("disclosure_saved", application_id, company=result.company, plan=result.plan))
    say(DISCLOSURE_NOTE)


def resource_added(resource_id: int, name: str) -> None:
    celebrate(choose("resource_added", resource_id, name=name, id=resource_id))


def resources_listed(result: ResourcesListed, *, as_json: bool) -> None:
    def when(resource: dict[str, Any]) -> str:
        shown = text_or_dash(resource["next_on"])
        if resource["done_on"]:
            return f"done {resource['done_on'].isoformat()}"
        if resource["next_on"] and resource["next_on"] < result.today:
            return shown + " (overdue)"
        return shown

    listing = Listing(
        columns=(
            Column("ID", lambda resource: resource["id"], fixed=True),
            Column("Name", lambda resource: resource["name"]),
            Column("Kind", lambda resource: resource["kind"], fixed=True, optional=True),
            Column("Next step", lambda resource: resource["next_step"]),
            Column("When", when, fixed=True),
            Column("Contact", lambda resource: resource["contact"], optional=True),
            Column("Link", lambda resource: resource["url"], optional=True),
        ),
        empty='No resources yet. Add one with: peerjob resource add "Job club" --kind peer-group',
        no_match=f"No open resources; {result.done_hidden} marked done (peerjob resource list --all).",
    )
    show_listing(listing, result.resources, as_json=as_json, filtered=result.done_hidden > 0)


def resource_done(result: ResourceDone) -> None:
    moment = "resource_done_win" if result.as_win else "resource_done"
    celebrate_step(choose(moment, result.id, name=result.name), result.milestones)


def boundary_added(boundary_id: int, number: int) -> None:
    boundaries = f"{number} boundar{'y' if number == 1 else 'ies'}"
    celebrate(choose("boundary_added", boundary_id, boundaries=boundaries) + f" (ID {boundary_id})")


def strength_updated(strength_id: int, name: str) -> None:
    say(f"Updated strength {strength_id} ({name}).")


def resource_updated(resource_id: int, name: str, *, reopened: bool) -> None:
    extra = " It is open again, with the new next step." if reopened else ""
    say(f"Updated resource {resource_id} ({name}).{extra}")
