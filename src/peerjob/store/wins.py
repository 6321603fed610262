"""Wins: steps beyond applications (mock interviews, volunteering, ...)."""

from __future__ import annotations

import sqlite3
from datetime import date

from peerjob.store.db import as_date, date_span, inserted_id, utc_now_text


def add_win(conn: sqlite3.Connection, *, text: str, kind: str, won_on: date, application_id: int | None = None) -> int:
    cursor = conn.execute(
        "INSERT INTO win (text, kind, won_on, application_id, created_at) VALUES (?, ?, ?, ?, ?)",
        (text, kind, won_on.isoformat(), application_id, utc_now_text()),
    )
    return inserted_id(cursor)


def count_wins(conn: sqlite3.Connection, *, kind: str | None = None) -> int:
    if kind:
        return conn.execute("SELECT COUNT(*) FROM win WHERE kind = ?", (kind,)).fetchone()[0]
    return conn.execute("SELECT COUNT(*) FROM win").fetchone()[0]


def list_wins(
    conn: sqlite3.Connection, *, since: date | None = None, until: date | None = None, kind: str | None = None
) -> list[dict]:
    clauses, params = date_span("w.won_on", since, until)
    if kind:
        clauses.append("w.kind = ?")
        params.append(kind)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return [
        {
            "id": row["id"],
            "date": as_date(row["won_on"]),
            "kind": row["kind"],
            "text": row["text"],
            "application_id": row["application_id"],
            "company": row["company"],
        }
        for row in conn.execute(
            "SELECT w.id, w.won_on, w.kind, w.text, w.application_id, a.company FROM win w"
            f" LEFT JOIN application a ON a.id = w.application_id {where} ORDER BY w.won_on, w.id",
            params,
        )
    ]
