"""Strengths, disclosure plans, resources and boundaries, in SQL."""

from __future__ import annotations

import sqlite3
from datetime import date

from peerjob.domain.toolkit import (
    EXPERIENCE_KINDS,
    PRACTICE_KINDS,
    PrepSheet,
    PrepStrength,
    disclosure_view,
    order_strengths,
)
from peerjob.errors import NotFound
from peerjob.store.db import as_date, as_date_or_none, inserted_id, utc_now_text

BOUNDARY_WEEKS = 8  # the review shows boundaries this long after a job starts
LISTED_WINS = 10  # general practice and experience on a prep sheet: the most recent few


def _as_date(text: str | None) -> date | None:
    return as_date_or_none(text)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# --- strengths ---


def find_strength_by_name(conn: sqlite3.Connection, name: str) -> int | None:
    """The strength with this name, ignoring case in any alphabet ('Écoute' is 'écoute').

    SQLite's lower() folds ASCII letters only, so the comparison is Python's casefold().
    """
    wanted = name.casefold()
    for strength_id, existing in conn.execute("SELECT id, name FROM strength ORDER BY id"):
        if existing.casefold() == wanted:
            return strength_id
    return None


def add_strength(conn: sqlite3.Connection, *, name: str, story: str | None) -> int:
    now = utc_now_text()
    cursor = conn.execute(
        "INSERT INTO strength (name, story, created_at, updated_at) VALUES (?, ?, ?, ?)", (name, story, now, now)
    )
    return inserted_id(cursor)


def get_strength(conn: sqlite3.Connection, strength_id: int) -> dict:
    row = conn.execute("SELECT id, name, story FROM strength WHERE id = ?", (strength_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no strength with ID {strength_id}. `peerjob strength list` shows the IDs.")
    return dict(row)


def list_strengths(conn: sqlite3.Connection) -> list[dict]:
    strengths = [dict(row, applications=[]) for row in conn.execute("SELECT id, name, story FROM strength ORDER BY id")]
    by_id = {strength["id"]: strength for strength in strengths}
    for row in conn.execute(
        "SELECT sa.strength_id, a.id, a.company, a.role FROM strength_application sa"
        " JOIN application a ON a.id = sa.application_id ORDER BY a.id"
    ):
        by_id[row[0]]["applications"].append({"id": row[1], "company": row[2], "role": row[3]})
    return strengths


def update_strength(conn: sqlite3.Connection, strength_id: int, changes: dict[str, str | None]) -> None:
    assignments = [f"{column} = ?" for column in changes]
    conn.execute(
        f"UPDATE strength SET {', '.join(assignments)}, updated_at = ? WHERE id = ?",
        (*changes.values(), utc_now_text(), strength_id),
    )


def link_strength(conn: sqlite3.Connection, strength_id: int, application_id: int) -> bool:
    """Link a strength to an application; False when it already was."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO strength_application (strength_id, application_id) VALUES (?, ?)",
        (strength_id, application_id),
    )
    return cursor.rowcount > 0


def unlink_strength(conn: sqlite3.Connection, strength_id: int, application_id: int) -> bool:
    cursor = conn.execute(
        "DELETE FROM strength_application WHERE strength_id = ? AND application_id = ?", (strength_id, application_id)
    )
    return cursor.rowcount > 0


# --- disclosure plans (private) ---


def get_disclosure(conn: sqlite3.Connection, application_id: int) -> dict | None:
    """{plan, description, note} for one application, or None."""
    row = conn.execute("SELECT plan, note FROM disclosure WHERE application_id = ?", (application_id,)).fetchone()
    return disclosure_view(row["plan"], row["note"]) if row else None


def set_disclosure(conn: sqlite3.Connection, application_id: int, *, plan: str, note: str | None) -> None:
    conn.execute(
        "INSERT INTO disclosure (application_id, plan, note, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (application_id) DO UPDATE SET plan = excluded.plan, note = excluded.note,"
        " updated_at = excluded.updated_at",
        (application_id, plan, note, utc_now_text()),
    )


def clear_disclosure(conn: sqlite3.Connection, application_id: int) -> bool:
    return conn.execute("DELETE FROM disclosure WHERE application_id = ?", (application_id,)).rowcount > 0


# --- resources ---

RESOURCE_COLUMNS = ("name", "kind", "contact", "url", "next_step", "next_on", "done_on")


def _resource(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": row["name"],
        "kind": row["kind"],
        "contact": row["contact"],
        "url": row["url"],
        "next_step": row["next_step"],
        "next_on": _as_date(row["next_on"]),
        "done_on": _as_date(row["done_on"]),
    }


def add_resource(
    conn: sqlite3.Connection,
    *,
    name: str,
    kind: str,
    contact: str | None = None,
    url: str | None = None,
    next_step: str | None = None,
    next_on: date | None = None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO resource (name, kind, contact, url, next_step, next_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (name, kind, contact, url, next_step, _iso(next_on), utc_now_text()),
    )
    return inserted_id(cursor)


def get_resource(conn: sqlite3.Connection, resource_id: int) -> dict:
    row = conn.execute("SELECT * FROM resource WHERE id = ?", (resource_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no resource with ID {resource_id}. `peerjob resource list --all` shows the IDs.")
    return _resource(row)


def list_resources(conn: sqlite3.Connection, *, include_done: bool = False) -> list[dict]:
    where = "" if include_done else "WHERE done_on IS NULL"
    # Open ones with a date first (soonest first), then the rest in the order they were added.
    return [
        _resource(row) for row in conn.execute(f"SELECT * FROM resource {where} ORDER BY next_on IS NULL, next_on, id")
    ]


def update_resource(conn: sqlite3.Connection, resource_id: int, changes: dict[str, object]) -> None:
    assignments, params = [], []
    for column, value in changes.items():
        if column not in RESOURCE_COLUMNS:
            raise ValueError(column)
        assignments.append(f"{column} = ?")
        params.append(_iso(value) if isinstance(value, date) else value)
    conn.execute(f"UPDATE resource SET {', '.join(assignments)} WHERE id = ?", (*params, resource_id))


# --- boundaries ---


def add_boundary(conn: sqlite3.Connection, text: str) -> int:
    return inserted_id(conn.execute("INSERT INTO boundary (text, created_at) VALUES (?, ?)", (text, utc_now_text())))


def list_boundaries(conn: sqlite3.Connection) -> list[dict]:
    return [dict(row) for row in conn.execute("SELECT id, text FROM boundary ORDER BY id")]


def count_boundaries(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM boundary").fetchone()[0]


def boundaries_during(conn: sqlite3.Connection, start: date, end: date) -> list[str]:
    """The boundary texts, when [start, end] touches the first weeks of a new job.

    A job's first weeks run from its start date (or, without one, the day the
    offer was accepted) to BOUNDARY_WEEKS weeks later.
    """
    row = conn.execute(
        "SELECT 1 FROM (SELECT COALESCE(a.start_on, MAX(sc.changed_on)) AS anchor FROM stage_change sc"
        " JOIN application a ON a.id = sc.application_id WHERE sc.to_stage = 'accepted' GROUP BY a.id)"
        " WHERE anchor <= ? AND date(anchor, ?) >= ? LIMIT 1",
        (end.isoformat(), f"+{BOUNDARY_WEEKS * 7} days", start.isoformat()),
    ).fetchone()
    if row is None:
        return []
    return [row[0] for row in conn.execute("SELECT text FROM boundary ORDER BY id")]


def boundaries_to_check(conn: sqlite3.Connection, start: date, end: date) -> list[tuple[int, str]]:
    """(id, text) of each boundary with no answer yet for the week ``start``, when it is in a new job's first weeks."""
    if not boundaries_during(conn, start, end):
        return []
    return [
        (row[0], row[1])
        for row in conn.execute(
            "SELECT id, text FROM boundary b WHERE NOT EXISTS"
            " (SELECT 1 FROM boundary_check c WHERE c.boundary_id = b.id AND c.week_start = ?) ORDER BY id",
            (start.isoformat(),),
        )
    ]


def save_boundary_answers(conn: sqlite3.Connection, week_start: date, answers: dict[int, str]) -> None:
    now = utc_now_text()
    for boundary_id, answer in answers.items():
        conn.execute(
            "INSERT INTO boundary_check (boundary_id, week_start, answer, created_at) VALUES (?, ?, ?, ?)",
            (boundary_id, week_start.isoformat(), answer, now),
        )


def boundary_checks_up_to(conn: sqlite3.Connection, week_start: date) -> list[dict]:
    """Each boundary's answers for the weeks up to ``week_start`` (never later ones: a past page stays the same)."""
    checks: dict[int, dict] = {}
    for row in conn.execute(
        "SELECT b.id, b.text, c.week_start, c.answer FROM boundary_check c JOIN boundary b ON b.id = c.boundary_id"
        " WHERE c.week_start <= ? ORDER BY b.id, c.week_start, c.id",
        (week_start.isoformat(),),
    ):
        entry = checks.setdefault(row[0], {"boundary": row[1], "answers": []})
        entry["answers"].append({"week_start": as_date(row[2]), "answer": row[3]})
    return list(checks.values())


# --- the interview prep sheet ---


def _wins(conn: sqlite3.Connection, where: str, params: tuple) -> list[dict]:
    return [
        {"date": as_date(row["won_on"]), "kind": row["kind"], "text": row["text"]}
        for row in conn.execute(f"SELECT won_on, kind, text FROM win WHERE {where} ORDER BY won_on, id", params)
    ]


def _recent(items: list[dict]) -> tuple[list[dict], int]:
    """The most recent LISTED_WINS (oldest first) and how many older ones were left out."""
    if len(items) <= LISTED_WINS:
        return items, 0
    return items[-LISTED_WINS:], len(items) - LISTED_WINS


def build_prep_sheet(
    conn: sqlite3.Connection, application_id: int, *, today: date, with_disclosure: bool = True
) -> PrepSheet:
    """Everything for one application's prep sheet; nothing from any other application."""
    from peerjob.store.applications import get_application

    application = get_application(conn, application_id, history=True)
    strengths = [
        PrepStrength(id=row["id"], name=row["name"], story=row["story"], linked=bool(row["linked"]))
        for row in conn.execute(
            "SELECT s.id, s.name, s.story, EXISTS (SELECT 1 FROM strength_application sa"
            " WHERE sa.strength_id = s.id AND sa.application_id = ?) AS linked FROM strength s",
            (application_id,),
        )
    ]
    practice_marks = ",".join("?" * len(PRACTICE_KINDS))
    experience_marks = ",".join("?" * len(EXPERIENCE_KINDS))
    practice = _wins(conn, f"kind IN ({practice_marks}) AND application_id = ?", (*PRACTICE_KINDS, application_id))
    general, more_general = _recent(
        _wins(conn, f"kind IN ({practice_marks}) AND application_id IS NULL", PRACTICE_KINDS)
    )
    experience, more_experience = _recent(
        _wins(
            conn,
            f"kind IN ({experience_marks}) AND (application_id IS NULL OR application_id = ?)",
            (*EXPERIENCE_KINDS, application_id),
        )
    )
    disclosure = get_disclosure(conn, application_id)
    from peerjob.store.interviews import all_rounds

    sent = [
        (label, value)
        for label, value in (
            ("Location", application.location),
            ("Salary", application.salary),
            ("Resume sent", application.resume),
        )
        if value
    ]
    from peerjob.domain.stories import stories_to_offer
    from peerjob.store.contacts import contacts
    from peerjob.store.stories import stories_for
    from peerjob.store.training import finished

    return PrepSheet(
        training=finished(conn),
        stories=stories_to_offer(stories_for(conn, application_id)),
        contacts=contacts(conn, application_id),
        rounds=all_rounds(conn, application_id),
        sent=sent,
        application_id=application.id,
        company=application.company,
        role=application.role,
        stage=application.stage,
        applied_on=application.applied_on,
        prepared_on=today,
        url=application.url,
        start_on=application.start_on,
        history=[
            {"date": change.changed_on, "from": change.from_stage, "to": change.to_stage, "note": change.note}
            for change in application.history
        ],
        strengths=order_strengths(strengths),
        disclosure=disclosure if with_disclosure else None,
        disclosure_left_out=bool(disclosure) and not with_disclosure,
        practice=practice,
        general_practice=general,
        experience=experience,
        more_general_practice=more_general,
        more_experience=more_experience,
    )
