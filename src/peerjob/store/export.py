"""Private records for an export, fetched only for the categories named."""

from __future__ import annotations

import sqlite3
from datetime import date


def _rows(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[dict]:
    return [dict(row) for row in conn.execute(sql, params)]


def fetch_extras(conn: sqlite3.Connection, include: set[str], start: date, end: date) -> dict:
    span = (start.isoformat(), end.isoformat())
    extras: dict = {}
    if "journal" in include:
        entries = _rows(
            conn,
            "SELECT id, entry_on AS date, mood, energy, text FROM journal_entry"
            " WHERE entry_on BETWEEN ? AND ? ORDER BY entry_on, id",
            span,
        )
        practices: dict[int, list[str]] = {}
        for row in conn.execute(
            "SELECT jp.entry_id, jp.practice FROM journal_practice jp JOIN journal_entry je ON je.id = jp.entry_id"
            " WHERE je.entry_on BETWEEN ? AND ? ORDER BY jp.practice",
            span,
        ):
            practices.setdefault(row[0], []).append(row[1])
        for entry in entries:
            entry["practices"] = practices.get(entry.pop("id"), [])
        extras["journal"] = entries
    if "reframes" in include:
        extras["reframes"] = _rows(
            conn,
            "SELECT a.company, a.role, r.what_happened, r.first_thought, r.outside_control, r.peer_advice,"
            " r.balanced_thought, r.next_step, r.next_step_on FROM reframe r JOIN application a ON a.id = r.application_id"
            " WHERE r.application_id IN (SELECT application_id FROM stage_change WHERE changed_on BETWEEN ? AND ?)"
            " ORDER BY r.id",
            span,
        )
    if "notes" in include:
        extras["notes"] = _rows(
            conn,
            "SELECT a.company, a.role, 'application' AS about, a.note AS text FROM application a"
            " WHERE a.note IS NOT NULL AND (a.applied_on BETWEEN ?1 AND ?2 OR a.id IN"
            " (SELECT application_id FROM stage_change WHERE changed_on BETWEEN ?1 AND ?2))"
            " UNION ALL SELECT a.company, a.role, 'move to ' || sc.to_stage, sc.note FROM stage_change sc"
            " JOIN application a ON a.id = sc.application_id WHERE sc.note IS NOT NULL AND sc.changed_on BETWEEN ?1 AND ?2",
            span,
        )
    if "disclosure" in include:
        extras["disclosure"] = _rows(
            conn,
            "SELECT a.company, a.role, d.plan, d.note FROM disclosure d JOIN application a ON a.id = d.application_id"
            " WHERE a.applied_on BETWEEN ?1 AND ?2 OR a.id IN"
            " (SELECT application_id FROM stage_change WHERE changed_on BETWEEN ?1 AND ?2) ORDER BY a.id",
            span,
        )
    if "strengths" in include:
        extras["strengths"] = _rows(conn, "SELECT name, story FROM strength ORDER BY name")
    if "contacts" in include:
        extras["contacts"] = _rows(
            conn, "SELECT name, role, contact FROM partner WHERE removed_at IS NULL ORDER BY name"
        )
        # The people at each application, named with it: only when the person asks for contacts.
        extras["contacts"] += _rows(
            conn,
            "SELECT c.name, c.role || ' at ' || a.company AS role,"
            " nullif(trim(coalesce(c.email, '') || ' ' || coalesce(c.phone, '')), '') AS contact"
            " FROM contact c JOIN application a ON a.id = c.application_id ORDER BY a.id, c.name",
        )
    if "boundaries" in include:
        extras["boundaries"] = [row[0] for row in conn.execute("SELECT text FROM boundary ORDER BY id")]
    if "stories" in include:
        extras["stories"] = _rows(conn, "SELECT title, kind, text FROM story ORDER BY id")
    if "plan" in include:
        from peerjob.domain.wellness import SECTIONS

        order = {section.key: number for number, section in enumerate(SECTIONS)}
        titles = {section.key: section.title for section in SECTIONS}
        rows = conn.execute("SELECT section, text, position, id FROM plan_item").fetchall()
        extras["plan"] = [
            {"section": titles.get(row[0], row[0]), "text": row[1]}
            for row in sorted(rows, key=lambda row: (order.get(row[0], 99), row[2], row[3]))
        ]
    # Every company name, so --anonymize can scrub any of them from free text (a win's title, say).
    extras["_companies"] = [row[0] for row in conn.execute("SELECT DISTINCT company FROM application")]
    return extras
