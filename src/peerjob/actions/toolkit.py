"""The recovery toolkit: strengths, interview prep, disclosure plans, resources, boundaries.

All of it is optional and private. Each function checks what it refers to
(an unknown ID is refused, nothing saved) and returns what happened.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerjob.config import Settings
from peerjob.domain.records import Application
from peerjob.domain.toolkit import PrepSheet, resource_win
from peerjob.errors import BadInput
from peerjob.store import applications
from peerjob.store import toolkit as store
from peerjob.store.milestones import record_reached
from peerjob.store.wins import add_win

# --- strengths ---


def check_new_strength(conn: sqlite3.Connection, name: str, application_ids: list[int]) -> None:
    """Refuse a name already used, or an unknown application, before anyone writes a story for nothing."""
    existing = store.find_strength_by_name(conn, name)
    if existing:
        raise BadInput(
            f"You already have '{name}' (ID {existing}). Change its story with: peerjob strength edit {existing}"
        )
    for application_id in application_ids:
        applications.get_application(conn, application_id)


def add_strength(conn: sqlite3.Connection, name: str, story: str | None, application_ids: list[int]) -> int:
    # Checked again in the write: the editor or the prompts can take a while, and another
    # command may have deleted an application (or added this name) meanwhile.
    check_new_strength(conn, name, application_ids)
    strength_id = store.add_strength(conn, name=name, story=story)
    for application_id in application_ids:
        store.link_strength(conn, strength_id, application_id)
    return strength_id


def list_strengths(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    strengths: list[dict[str, Any]] = store.list_strengths(conn)
    return strengths


def get_strength(conn: sqlite3.Connection, strength_id: int) -> dict[str, Any]:
    strength: dict[str, Any] = store.get_strength(conn, strength_id)
    return strength


def strength_name_clash(conn: sqlite3.Connection, strength_id: int, name: str | None) -> int | None:
    """Another strength already called ``name`` (its ID), if any."""
    clash = store.find_strength_by_name(conn, name) if name else None
    return clash if clash and clash != strength_id else None


def edit_strength(conn: sqlite3.Connection, strength_id: int, changes: dict[str, str | None]) -> None:
    store.get_strength(conn, strength_id)  # still there after the editor?
    # And the new name still free: another command may have added it while the editor was open.
    clash = strength_name_clash(conn, strength_id, changes.get("name"))
    if clash:
        raise BadInput(f"You already have a strength called '{changes['name']}' (ID {clash}).")
    store.update_strength(conn, strength_id, changes)


def link_strength(
    conn: sqlite3.Connection, strength_id: int, application_id: int, *, unlink: bool
) -> tuple[dict[str, Any], Application]:
    """Link (or unlink) a strength and an application; refuses a change that changes nothing."""
    strength: dict[str, Any] = store.get_strength(conn, strength_id)
    application = applications.get_application(conn, application_id)
    if unlink:
        if not store.unlink_strength(conn, strength_id, application_id):
            raise BadInput(f"'{strength['name']}' isn't linked to application {application_id}. Nothing changed.")
    elif not store.link_strength(conn, strength_id, application_id):
        raise BadInput(f"'{strength['name']}' is already linked to application {application_id}. Nothing changed.")
    return strength, application


# --- interview prep ---


def prep_sheet(conn: sqlite3.Connection, application_id: int, *, today: date, with_disclosure: bool) -> PrepSheet:
    return store.build_prep_sheet(conn, application_id, today=today, with_disclosure=with_disclosure)


# --- disclosure plans ---


def read_disclosure(conn: sqlite3.Connection, application_id: int) -> dict[str, Any] | None:
    applications.get_application(conn, application_id)
    plan: dict[str, Any] | None = store.get_disclosure(conn, application_id)
    return plan


@dataclass
class DisclosureChanged:
    company: str
    cleared: bool
    plan: str | None = None  # the plan now in force
    note: str | None = None
    plan_given: bool = False  # False: only the note changed


def change_disclosure(
    conn: sqlite3.Connection, application_id: int, *, plan: str | None, note: str | None, clear: bool
) -> DisclosureChanged:
    """Set the plan and/or note (``note`` "" clears it, None keeps it), or clear the whole plan."""
    application = applications.get_application(conn, application_id)
    current = store.get_disclosure(conn, application_id)
    if clear:
        if not store.clear_disclosure(conn, application_id):
            raise BadInput(f"Application {application_id} has no plan to clear. Nothing changed.")
        return DisclosureChanged(company=application.company, cleared=True)
    if plan is None and current is None:
        raise BadInput(f"Choose a plan first, for example: peerjob disclose {application_id} --plan undecided")
    new_plan = plan or (current or {})["plan"]
    new_note = (note.strip() or None) if note is not None else (current or {}).get("note")
    store.set_disclosure(conn, application_id, plan=new_plan, note=new_note)
    return DisclosureChanged(
        company=application.company, cleared=False, plan=new_plan, note=new_note, plan_given=plan is not None
    )


# --- resources ---


def add_resource(
    conn: sqlite3.Connection,
    *,
    name: str,
    kind: str,
    contact: str | None,
    url: str | None,
    next_step: str | None,
    next_on: date | None,
) -> int:
    return store.add_resource(
        conn, name=name, kind=kind, contact=contact, url=url, next_step=next_step, next_on=next_on
    )


@dataclass
class ResourcesListed:
    resources: list[dict[str, Any]]
    done_hidden: int  # marked done and left out (without --all)
    today: date


def list_resources(conn: sqlite3.Connection, *, include_done: bool, today: date) -> ResourcesListed:
    resources = store.list_resources(conn, include_done=include_done)
    done = 0 if include_done else len(store.list_resources(conn, include_done=True)) - len(resources)
    return ResourcesListed(resources=resources, done_hidden=done, today=today)


def edit_resource(conn: sqlite3.Connection, resource_id: int, changes: dict[str, object]) -> tuple[str, bool]:
    """The resource's name before the change, and whether a new next step reopened one marked done."""
    resource = store.get_resource(conn, resource_id)
    reopened = bool(resource["done_on"]) and bool(changes.get("next_step") or changes.get("next_on"))
    if reopened:
        changes = {**changes, "done_on": None}
    store.update_resource(conn, resource_id, changes)
    return str(resource["name"]), reopened


@dataclass
class ResourceDone:
    id: int
    name: str
    as_win: bool
    milestones: list[dict[str, Any]] = field(default_factory=list)


def finish_resource(
    conn: sqlite3.Connection, resource_id: int, *, done_on: date, as_win: bool, settings: Settings | None
) -> ResourceDone:
    """Mark the next step done; with ``as_win`` it also counts as a win (and may reach a milestone)."""
    resource = store.get_resource(conn, resource_id)
    if resource["done_on"]:
        raise BadInput(
            f"{resource['name']} was marked done on {resource['done_on']}. To plan another step: "
            f'peerjob resource edit {resource_id} --next-step "..."'
        )
    store.update_resource(conn, resource_id, {"done_on": done_on})
    reached: list[dict[str, Any]] = []
    if as_win:
        assert settings is not None  # the caller reads them for --win (milestones need the week's first day)
        text, kind = resource_win(resource["name"], resource["kind"], resource["next_step"])
        add_win(conn, text=text, kind=kind, won_on=done_on)
        reached = record_reached(conn, first_weekday=settings.first_weekday, days=[done_on])
    return ResourceDone(id=resource_id, name=str(resource["name"]), as_win=as_win, milestones=reached)


# --- boundaries ---


def boundaries_to_check(conn: sqlite3.Connection, start: date, end: date) -> list[tuple[int, str]]:
    return store.boundaries_to_check(conn, start, end)


def save_boundary_answers(conn: sqlite3.Connection, week_start: date, answers: dict[int, str]) -> None:
    store.save_boundary_answers(conn, week_start, answers)


def add_boundary(conn: sqlite3.Connection, text: str) -> tuple[int, int]:
    """The new boundary's ID, and how many there are now."""
    boundary_id = store.add_boundary(conn, text)
    return boundary_id, store.count_boundaries(conn)


def list_boundaries(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    boundaries: list[dict[str, Any]] = store.list_boundaries(conn)
    return boundaries
