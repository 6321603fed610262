"""Applications, their tags and their stage history, in SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from peerjob.domain.records import Application, StageChange
from peerjob.domain.stages import SENT_SQL
from peerjob.errors import NotFound
from peerjob.store.db import as_date, as_date_or_none, date_span, inserted_id, utc_now_text


def _as_date(text: str | None) -> date | None:
    return as_date_or_none(text)


def _iso(value: object) -> str | None:
    """A date as stored; None for none."""
    return value.isoformat() if isinstance(value, date) else None


def _application_from_row(row: sqlite3.Row, tags: list[str]) -> Application:
    return Application(
        id=row["id"],
        company=row["company"],
        role=row["role"],
        stage=row["stage"],
        applied_on=as_date(row["applied_on"]),
        url=row["url"],
        source=row["source"],
        note=row["note"],
        follow_up_on=_as_date(row["follow_up_on"]),
        start_on=_as_date(row["start_on"]),
        deadline_on=_as_date(row["deadline_on"]),
        location=row["location"],
        salary=row["salary"],
        resume=row["resume"],
        description=row["description"],
        tags=tags,
    )


def normalise_tags(tags: list[str] | None) -> list[str]:
    cleaned = {" ".join(tag.strip().lower().split()) for tag in tags or []}
    return sorted(tag for tag in cleaned if tag)


def add_application(
    conn: sqlite3.Connection,
    *,
    company: str,
    role: str,
    applied_on: date,
    stage: str = "applied",
    url: str | None = None,
    source: str | None = None,
    note: str | None = None,
    follow_up_on: date | None = None,
    tags: list[str] | None = None,
) -> int:
    now = utc_now_text()
    cursor = conn.execute(
        "INSERT INTO application (company, role, stage, applied_on, url, source, note,"
        " follow_up_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (company, role, stage, applied_on.isoformat(), url, source, note, _iso(follow_up_on), now, now),
    )
    application_id = inserted_id(cursor)
    conn.execute(
        "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, note, created_at)"
        " VALUES (?, NULL, ?, ?, NULL, ?)",
        (application_id, stage, applied_on.isoformat(), now),
    )
    set_tags(conn, application_id, normalise_tags(tags))
    return application_id


def set_tags(conn: sqlite3.Connection, application_id: int, tags: list[str]) -> None:
    conn.execute("DELETE FROM application_tag WHERE application_id = ?", (application_id,))
    conn.executemany(
        "INSERT INTO application_tag (application_id, tag) VALUES (?, ?)",
        [(application_id, tag) for tag in tags],
    )


def _tags_by_application(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    if not ids:
        return tags
    # Chunks keep us under SQLite's limit on bound parameters.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT application_id, tag FROM application_tag WHERE application_id IN ({marks}) ORDER BY tag",
            chunk,
        ):
            tags.setdefault(row[0], []).append(row[1])
    return tags


def get_application(conn: sqlite3.Connection, application_id: int, *, history: bool = False) -> Application:
    row = conn.execute("SELECT * FROM application WHERE id = ?", (application_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no application with ID {application_id}. `peerjob list` shows the IDs.")
    application = _application_from_row(row, _tags_by_application(conn, [application_id]).get(application_id, []))
    if history:
        application.history = stage_history(conn, application_id)
    return application


def stage_history(conn: sqlite3.Connection, application_id: int) -> list[StageChange]:
    return [
        StageChange(
            id=row["id"],
            application_id=row["application_id"],
            from_stage=row["from_stage"],
            to_stage=row["to_stage"],
            changed_on=as_date(row["changed_on"]),
            note=row["note"],
        )
        for row in conn.execute(
            "SELECT * FROM stage_change WHERE application_id = ? ORDER BY changed_on, id",
            (application_id,),
        )
    ]


def list_applications(
    conn: sqlite3.Connection,
    *,
    stage: str | None = None,
    since: date | None = None,
    until: date | None = None,
    tag: str | None = None,
) -> list[Application]:
    clauses, params = date_span("applied_on", since, until)
    if stage:
        clauses.append("stage = ?")
        params.append(stage)
    if tag:
        clauses.append("id IN (SELECT application_id FROM application_tag WHERE tag = ?)")
        params.extend(normalise_tags([tag]) or [""])
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(f"SELECT * FROM application {where} ORDER BY applied_on, id", params).fetchall()
    tags = _tags_by_application(conn, [row["id"] for row in rows])
    return [_application_from_row(row, tags.get(row["id"], [])) for row in rows]


def count_applications(
    conn: sqlite3.Connection, *, since: date | None = None, until: date | None = None, sent_only: bool = True
) -> int:
    """Applications sent (dated in the span, if given); ``sent_only=False`` counts saved jobs too."""
    clauses, params = date_span("applied_on", since, until)
    if sent_only:
        clauses.append(SENT_SQL)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return conn.execute(f"SELECT COUNT(*) FROM application {where}", params).fetchone()[0]


def same_job_since(conn: sqlite3.Connection, company: str, role: str, since: date) -> Application | None:
    """An application (or saved job) for the same company and role dated on or after ``since``, if any."""
    from peerjob.domain.records import job_key

    wanted = job_key(company, role)
    for row in conn.execute(
        "SELECT * FROM application WHERE applied_on >= ? ORDER BY applied_on DESC, id DESC", (since.isoformat(),)
    ):
        if job_key(row["company"], row["role"]) == wanted:
            return _application_from_row(row, [])
    return None


def logged_today(conn: sqlite3.Connection, today: date, *, other_than: int) -> bool:
    """Was another application already logged for ``today`` (the day peerjob reads, pinned or not)?"""
    return (
        conn.execute(
            "SELECT 1 FROM application WHERE id <> ? AND applied_on = ? LIMIT 1", (other_than, today.isoformat())
        ).fetchone()
        is not None
    )


def latest_activity_before(conn: sqlite3.Connection, day: date) -> date | None:
    """The latest day before ``day`` with anything recorded (an application sent, a win, a check-in, a journal entry)."""
    before = day.isoformat()
    return _as_date(
        conn.execute(
            f"SELECT MAX(d) FROM (SELECT MAX(applied_on) AS d FROM application WHERE {SENT_SQL} AND applied_on < ?1"
            " UNION ALL SELECT MAX(won_on) FROM win WHERE won_on < ?1"
            " UNION ALL SELECT MAX(checkin_on) FROM checkin WHERE checkin_on < ?1"
            " UNION ALL SELECT MAX(entry_on) FROM journal_entry WHERE entry_on < ?1)",
            (before,),
        ).fetchone()[0]
    )


def latest_activity_date(conn: sqlite3.Connection) -> date | None:
    """The latest day with anything recorded: an application, a win, a check-in or a journal entry."""
    return latest_activity_before(conn, date.max)


def record_stage_change(
    conn: sqlite3.Connection, application_id: int, *, from_stage: str, to_stage: str, changed_on: date, note: str | None
) -> int:
    now = utc_now_text()
    conn.execute(
        "UPDATE application SET stage = ?, updated_at = ? WHERE id = ?",
        (to_stage, now, application_id),
    )
    cursor = conn.execute(
        "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (application_id, from_stage, to_stage, changed_on.isoformat(), note, now),
    )
    return inserted_id(cursor)


# Columns `peerjob edit` may change, mapped to how their values are stored.
EDITABLE: dict[str, Callable[[Any], object]] = {
    "company": str,
    "role": str,
    "applied_on": _iso,
    "url": str,
    "source": str,
    "note": str,
    "follow_up_on": _iso,
    "start_on": _iso,
    "deadline_on": _iso,
    "location": str,
    "salary": str,
    "resume": str,
    "description": str,
}


def update_application(
    conn: sqlite3.Connection, application_id: int, changes: dict[str, object], *, move_first_row: bool = True
) -> None:
    """Change columns; a new ``applied_on`` moves the first history row too, unless ``move_first_row`` is off
    (a saved job being sent keeps the day it was saved in its history)."""
    assignments, params = [], []
    for column, value in changes.items():
        convert = EDITABLE[column]
        assignments.append(f"{column} = ?")
        params.append(None if value is None else convert(value))
    assignments.append("updated_at = ?")
    params.extend([utc_now_text(), application_id])
    conn.execute(f"UPDATE application SET {', '.join(assignments)} WHERE id = ?", params)
    if "applied_on" in changes and move_first_row:
        # The first history row is the logging itself; it moves with the date.
        conn.execute(
            "UPDATE stage_change SET changed_on = ? WHERE application_id = ? AND from_stage IS NULL",
            (_iso(changes["applied_on"]), application_id),
        )


def delete_application(conn: sqlite3.Connection, application_id: int) -> None:
    conn.execute("DELETE FROM application WHERE id = ?", (application_id,))
