"""`export`: the week's (or a span's) summary with only what the person chose to share."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from peerjob.actions.review import build_week_summary
from peerjob.config import Settings
from peerjob.domain.export import shareable
from peerjob.store.export import fetch_extras


def shareable_summary(
    conn: sqlite3.Connection,
    start: date,
    *,
    end: date | None,
    include: set[str],
    anonymise: bool,
    settings: Settings,
    today: date,
    reader: str = "",
) -> dict[str, Any]:
    """The summary as the partner will read it: private categories only when named in ``include``,
    about the person (by the `name` setting, or neutrally), never addressed to them."""
    from peerjob.domain.export import for_the_reader

    summary = build_week_summary(conn, start, today=today, settings=settings, end=end, private="reframes" in include)
    extras = fetch_extras(conn, include, summary.week_start, summary.week_end)
    data = shareable(summary.as_json(), include=include, anonymise=anonymise, extras=extras)
    return for_the_reader(data, name=settings.name, reader=reader)
