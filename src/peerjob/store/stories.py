"""Stories in the data file, and the applications each is linked to."""

from __future__ import annotations

import sqlite3
from typing import Any

from peerjob.store.db import inserted_id, utc_now_text


def add_story(conn: sqlite3.Connection, title: str, kind: str, text: str | None) -> int:
    now = utc_now_text()
    cursor = conn.execute(
        "INSERT INTO story (title, kind, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (title, kind, text, now, now),
    )
    return inserted_id(cursor)


def list_stories(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    stories = [
        dict(row, applications=[]) for row in conn.execute("SELECT id, title, kind, text FROM story ORDER BY id")
    ]
    by_id = {story["id"]: story for story in stories}
    for row in conn.execute(
        "SELECT sa.story_id, a.id, a.company, a.role FROM story_application sa"
        " JOIN application a ON a.id = sa.application_id ORDER BY a.id"
    ):
        by_id[row[0]]["applications"].append({"id": row[1], "company": row[2], "role": row[3]})
    return stories


def get_story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    return next((story for story in list_stories(conn) if story["id"] == story_id), None)


def update_story(conn: sqlite3.Connection, story_id: int, changes: dict[str, object]) -> None:
    if not changes:
        return
    assignments = ", ".join(f'"{column}" = ?' for column in changes)  # columns from peerjob's own code
    conn.execute(
        f"UPDATE story SET {assignments}, updated_at = ? WHERE id = ?", (*changes.values(), utc_now_text(), story_id)
    )


def link(conn: sqlite3.Connection, story_id: int, application_id: int, *, unlink: bool) -> bool:
    """Link (or unlink) a story and an application; False when it already was (or wasn't)."""
    if unlink:
        cursor = conn.execute(
            "DELETE FROM story_application WHERE story_id = ? AND application_id = ?", (story_id, application_id)
        )
    else:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO story_application (story_id, application_id) VALUES (?, ?)",
            (story_id, application_id),
        )
    return cursor.rowcount > 0


def stories_for(conn: sqlite3.Connection, application_id: int) -> list[dict[str, Any]]:
    """Every story, marked linked or not to ``application_id``, for the prep sheet to choose from."""
    return [
        dict(row)
        for row in conn.execute(
            "SELECT s.id, s.title, s.kind, s.text, EXISTS (SELECT 1 FROM story_application sa"
            " WHERE sa.story_id = s.id AND sa.application_id = ?) AS linked FROM story s ORDER BY s.id",
            (application_id,),
        )
    ]
