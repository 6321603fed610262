"""The tables, as SQLModel classes: the one description of the schema.

Alembic's migrations are generated from, and tested against, these classes.
Commands read and write through the standard library's sqlite3 (see
``store/db.py``) because importing SQLModel alone takes about half a second,
too slow for a command people run after every application. Dates are stored
as ISO strings and datetimes as 'YYYY-MM-DD HH:MM:SS.ffffff', as SQLAlchemy
stores them on SQLite, so both views of the file agree.

Fields marked PRIVATE never leave the machine unless the person names them
in an export.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel


def _fk(target: str, ondelete: str, *, nullable: bool, primary_key: bool = False):
    return Column(
        Integer,
        ForeignKey(target, ondelete=ondelete),
        nullable=nullable,
        primary_key=primary_key,
        index=not primary_key,
    )


class Application(SQLModel, table=True):
    __tablename__ = "application"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    company: str
    role: str
    stage: str = Field(default="applied", index=True)
    applied_on: date = Field(index=True)
    url: Optional[str] = None
    source: Optional[str] = Field(default=None, index=True)
    note: Optional[str] = None  # PRIVATE: free text
    follow_up_on: Optional[date] = Field(default=None, index=True)
    start_on: Optional[date] = None  # first day at work, once accepted
    interview_on: Optional[date] = None  # the next interview, when one is planned
    created_at: datetime
    updated_at: datetime


class ApplicationTag(SQLModel, table=True):
    __tablename__ = "application_tag"

    application_id: int = Field(
        sa_column=_fk("application.id", "CASCADE", nullable=False, primary_key=True)
    )
    tag: str = Field(primary_key=True, index=True)


class StageChange(SQLModel, table=True):
    """Every move between stages; rows are only ever added."""

    __tablename__ = "stage_change"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    from_stage: Optional[str] = None  # None for the first row, when it was logged
    to_stage: str = Field(index=True)
    changed_on: date = Field(index=True)
    note: Optional[str] = None  # PRIVATE: free text
    created_at: datetime


class Win(SQLModel, table=True):
    __tablename__ = "win"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    text: str
    kind: str = Field(index=True)
    won_on: date = Field(index=True)
    application_id: Optional[int] = Field(
        default=None, sa_column=_fk("application.id", "SET NULL", nullable=True)
    )
    created_at: datetime


class Milestone(SQLModel, table=True):
    """Recorded once, when reached, so later reviews and exports can show it."""

    __tablename__ = "milestone"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # e.g. "applications:10", "first:screening"
    kind: str = Field(index=True)
    title: str
    reached_on: date = Field(index=True)
    created_at: datetime


class Reframe(SQLModel, table=True):
    """A short thought record after a rejection or a silence. PRIVATE text."""

    __tablename__ = "reframe"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    what_happened: Optional[str] = None
    first_thought: Optional[str] = None
    outside_control: Optional[str] = None
    peer_advice: Optional[str] = None
    balanced_thought: Optional[str] = None
    next_step: Optional[str] = None
    next_step_on: Optional[date] = None
    private: bool = True
    created_at: datetime
    updated_at: datetime


class JournalEntry(SQLModel, table=True):
    __tablename__ = "journal_entry"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    entry_on: date = Field(index=True)
    text: Optional[str] = None  # PRIVATE
    mood: Optional[int] = None  # 1-5
    energy: Optional[int] = None  # 1-5
    private: bool = True
    created_at: datetime


class JournalPractice(SQLModel, table=True):
    __tablename__ = "journal_practice"

    entry_id: int = Field(
        sa_column=_fk("journal_entry.id", "CASCADE", nullable=False, primary_key=True)
    )
    practice: str = Field(primary_key=True, index=True)


class Partner(SQLModel, table=True):
    __tablename__ = "partner"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    role: str
    contact: Optional[str] = None  # PRIVATE
    note: Optional[str] = None  # PRIVATE
    removed_at: Optional[datetime] = None  # kept, so their check-ins stay
    created_at: datetime


class Checkin(SQLModel, table=True):
    __tablename__ = "checkin"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    partner_id: int = Field(sa_column=_fk("partner.id", "RESTRICT", nullable=False))
    checkin_on: date = Field(index=True)
    channel: Optional[str] = None
    shared: Optional[str] = None  # PRIVATE
    agreed: Optional[str] = None  # PRIVATE
    next_on: Optional[date] = Field(default=None, index=True)
    created_at: datetime


class Goal(SQLModel, table=True):
    """Weekly goals from ``week_start`` on, until a later row replaces them."""

    __tablename__ = "goal"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    week_start: date = Field(index=True)
    applications: Optional[int] = None
    wins: Optional[int] = None
    checkins: Optional[int] = None
    self_care_days: Optional[int] = None
    created_at: datetime


class Strength(SQLModel, table=True):
    __tablename__ = "strength"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    story: Optional[str] = None  # PRIVATE
    created_at: datetime
    updated_at: datetime


class StrengthApplication(SQLModel, table=True):
    __tablename__ = "strength_application"

    strength_id: int = Field(
        sa_column=_fk("strength.id", "CASCADE", nullable=False, primary_key=True)
    )
    application_id: int = Field(
        sa_column=_fk("application.id", "CASCADE", nullable=False, primary_key=True)
    )


class Disclosure(SQLModel, table=True):
    """When and how the person plans to talk about recovery. PRIVATE."""

    __tablename__ = "disclosure"

    application_id: int = Field(
        sa_column=_fk("application.id", "CASCADE", nullable=False, primary_key=True)
    )
    plan: str
    note: Optional[str] = None
    updated_at: datetime


class Resource(SQLModel, table=True):
    __tablename__ = "resource"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    kind: str
    contact: Optional[str] = None  # PRIVATE
    url: Optional[str] = None
    next_step: Optional[str] = None
    next_on: Optional[date] = Field(default=None, index=True)
    done_on: Optional[date] = None
    created_at: datetime


class Boundary(SQLModel, table=True):
    __tablename__ = "boundary"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Optional[int] = Field(default=None, primary_key=True)
    text: str
    created_at: datetime
