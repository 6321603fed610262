"""`story add|list|edit|link`: the story bank (show and delete go through actions.records)."""

from __future__ import annotations

import sqlite3
from typing import Any

from peerjob.errors import BadInput, NotFound
from peerjob.store import stories as store
from peerjob.store.applications import get_application

MAX_TITLE = 120


def check_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise BadInput('A story needs a title. For example: peerjob story add "The year I came back" --kind gap')
    if len(cleaned) > MAX_TITLE:
        raise BadInput(f"A title is up to {MAX_TITLE} characters; the story itself can be as long as you like.")
    return cleaned


def add_story(conn: sqlite3.Connection, title: str, kind: str, text: str | None) -> int:
    return store.add_story(conn, check_title(title), kind, text)


def list_stories(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return store.list_stories(conn)


def find_story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any]:
    story = store.get_story(conn, story_id)
    if story is None:
        raise NotFound(f"There is no story with ID {story_id}. `peerjob story list` shows the IDs.")
    return story


def edit_story(conn: sqlite3.Connection, story_id: int, changes: dict[str, object]) -> dict[str, Any]:
    find_story(conn, story_id)
    if "title" in changes:
        changes["title"] = check_title(str(changes["title"]))
    store.update_story(conn, story_id, changes)
    return find_story(conn, story_id)


def link_story(
    conn: sqlite3.Connection, story_id: int, application_id: int, *, unlink: bool
) -> tuple[dict[str, Any], Any, bool]:
    story = find_story(conn, story_id)
    application = get_application(conn, application_id)
    changed = store.link(conn, story_id, application_id, unlink=unlink)
    return story, application, changed
