"""The rows behind `peerjob stats`: one per application, aggregated in SQL."""

from __future__ import annotations

import sqlite3
from datetime import date

from peerjob.domain.stages import REPLY_STAGES
from peerjob.domain.stats import AppPath
from peerjob.store.db import as_date, as_date_or_none, date_span


def application_paths(
    conn: sqlite3.Connection, *, since: date | None = None, until: date | None = None
) -> list[AppPath]:
    clauses, params = date_span("a.applied_on", since, until)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    replies = ",".join(f"'{stage}'" for stage in sorted(REPLY_STAGES))  # constants, not input
    rows = conn.execute(
        "SELECT a.stage, a.source, a.applied_on, group_concat(DISTINCT sc.to_stage) AS reached,"
        " (SELECT COUNT(*) FROM interview i WHERE i.application_id = a.id AND i.cancelled_on IS NULL) AS rounds,"
        " (SELECT COUNT(*) FROM follow_up f WHERE f.application_id = a.id) AS follow_ups,"
        f" MIN(CASE WHEN sc.from_stage IS NOT NULL AND sc.to_stage IN ({replies}) THEN sc.changed_on END) AS first_reply"
        f" FROM application a LEFT JOIN stage_change sc ON sc.application_id = a.id {where}"
        " GROUP BY a.id ORDER BY a.applied_on, a.id",
        params,
    )
    return [
        AppPath(
            stage=row["stage"],
            source=row["source"],
            applied_on=as_date(row["applied_on"]),
            stages_reached=frozenset((row["reached"] or "").split(",")) | {row["stage"]},
            first_reply_on=as_date_or_none(row["first_reply"]),
            rounds=row["rounds"],
            follow_ups=row["follow_ups"],
        )
        for row in rows
    ]
