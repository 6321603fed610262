"""What partner and check-in commands print."""

from __future__ import annotations

from typing import Any

from peerjob.actions.partners import CheckinLogged, PartnerAdded
from peerjob.messages import choose, choose_in_turn
from peerjob.render.console import celebrate, celebrate_step, say
from peerjob.render.listing import Column, Listing


def _name(row: dict[str, Any], key: str) -> str:
    return str(row[key]) + (" (removed)" if row["removed"] else "")


PARTNERS = Listing(
    columns=(
        Column("ID", lambda partner: partner["id"], fixed=True),
        Column("Name", lambda partner: _name(partner, "name")),
        Column("Role", lambda partner: partner["role"], fixed=True),
        Column("Contact", lambda partner: partner["contact"], optional=True),
        Column("Check-ins", lambda partner: str(partner["checkins"]), fixed=True),
        Column("Last check-in", lambda partner: partner["last_checkin"], fixed=True, optional=True),
        Column("Note", lambda partner: partner["note"], optional=True),
    ),
    empty="No partners yet. Add someone you check in with: peerjob partner add Sam --role accountability",
)

CHECKINS = Listing(
    columns=(
        Column("ID", lambda row: row["id"], fixed=True),
        Column("Date", lambda row: row["date"], fixed=True),
        Column("Partner", lambda row: _name(row, "partner")),
        Column("Channel", lambda row: row["channel"], fixed=True, optional=True),
        Column("Shared", lambda row: row["shared"]),
        Column("Agreed", lambda row: row["agreed"]),
        Column("Next", lambda row: row["next_on"], fixed=True, optional=True),
    ),
    empty="No check-ins yet. After you talk with someone: peerjob checkin Sam --channel call",
)


def partner_added(result: PartnerAdded) -> None:
    celebrate(f"{choose('partner_added', result.id, name=result.name, role=result.role)} (ID {result.id})")
    if result.namesakes:
        ids = ", ".join(str(partner_id) for partner_id in result.namesakes)
        say(f"You have another partner called {result.name} (ID {ids}); use the IDs to tell them apart.")


def partner_removed(found: dict[str, Any], kept: int) -> None:
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


def checkin_logged(result: CheckinLogged) -> None:
    line = choose_in_turn("checkin_logged", result.id, name=result.partner_name)
    celebrate_step(line, result.milestones, suffix=f" (ID {result.id})")
    if result.next_on:
        say(f"Next check-in with {result.partner_name}: {result.next_on.isoformat()}. `peerjob due` will list it.")


def partner_updated(partner_id: int, name: str) -> None:
    say(f"Updated {name} (ID {partner_id}).")
