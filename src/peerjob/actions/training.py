"""`training add|list|edit|done` (show and delete go through actions.records)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peerjob.config import Settings
from peerjob.domain.training import win_text
from peerjob.errors import BadInput, NotFound
from peerjob.store import training as store
from peerjob.store.milestones import record_reached
from peerjob.store.wins import add_win


@dataclass
class TrainingSaved:
    id: int
    name: str
    status: str
    win: bool = False  # finishing it was recorded as a win
    milestones: list[dict[str, Any]] = field(default_factory=list)


def _check(values: dict[str, Any]) -> None:
    if "name" in values and not " ".join(str(values["name"] or "").split()):
        raise BadInput('Training needs a name. For example: peerjob training add "Peer support certificate"')
    hours = values.get("hours")
    if hours is not None and not 0 <= hours <= 10000:
        raise BadInput("--hours takes a number of hours from 0 to 10000, like 12 or 7.5.")
    done_on, renews_on = values.get("done_on"), values.get("renews_on")
    if done_on and renews_on and renews_on < done_on:
        raise BadInput(f"It can't renew ({renews_on}) before it was finished ({done_on}). Check the two dates.")


def _finished_as_win(
    conn: sqlite3.Connection, name: str, issuer: str | None, on: date, settings: Settings
) -> list[dict[str, Any]]:
    add_win(conn, text=win_text(name, issuer), kind="training", won_on=on)
    return record_reached(conn, first_weekday=settings.first_weekday, days=[on])


def add_training(conn: sqlite3.Connection, values: dict[str, Any], *, settings: Settings) -> TrainingSaved:
    _check(values)
    values["name"] = " ".join(values["name"].split())
    training_id = store.add_training(conn, values)
    saved = TrainingSaved(id=training_id, name=values["name"], status=values["status"])
    if values["status"] == "done":
        saved.win = True
        saved.milestones = _finished_as_win(conn, values["name"], values.get("issuer"), values["done_on"], settings)
    return saved


def list_training(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return store.list_training(conn)


def find_training(conn: sqlite3.Connection, training_id: int) -> dict[str, Any]:
    found = next((row for row in store.list_training(conn) if row["id"] == training_id), None)
    if found is None:
        raise NotFound(f"There is no training with ID {training_id}. `peerjob training list` shows the IDs.")
    return found


def edit_training(conn: sqlite3.Connection, training_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    current = find_training(conn, training_id)
    if current["status"] == "done" and changes.get("status") not in (None, "done"):
        raise BadInput(
            f"{current['name']} is done (on {current['done_on']}), and counted as a win. If it wasn't finished: "
            f"peerjob training delete {training_id}, then add it again as planned."
        )
    stored = {
        key: date.fromisoformat(value) if key.endswith("_on") and isinstance(value, str) else value
        for key, value in current.items()
    }
    merged = {**stored, **changes}
    _check(
        {key: merged.get(key) for key in ("hours", "done_on", "renews_on")}
        | ({"name": changes["name"]} if "name" in changes else {})
    )
    store.update_training(conn, training_id, changes)
    if current["status"] == "done" and changes.get("done_on") and str(changes["done_on"]) != current["done_on"]:
        # The win it counted as moves with it: one finish, one win, on the day it was finished.
        store.move_win(conn, win_text(current["name"], current["issuer"]), current["done_on"], changes["done_on"])
    return find_training(conn, training_id)


def finish_training(conn: sqlite3.Connection, training_id: int, *, on: date, settings: Settings) -> TrainingSaved:
    """Mark it done on ``on``: a step worth counting, so it is recorded as a win too."""
    current = find_training(conn, training_id)
    if current["status"] == "done":
        raise BadInput(
            f"{current['name']} was marked done on {current['done_on']}. To change the date: "
            f"peerjob training edit {training_id} --on DATE"
        )
    _check({"done_on": on, "renews_on": current["renews_on"] and date.fromisoformat(current["renews_on"])})
    store.update_training(conn, training_id, {"status": "done", "done_on": on})
    milestones = _finished_as_win(conn, current["name"], current["issuer"], on, settings)
    return TrainingSaved(id=training_id, name=current["name"], status="done", win=True, milestones=milestones)
