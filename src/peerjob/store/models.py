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

    id: int | None = Field(default=None, primary_key=True)
    company: str
    role: str
    stage: str = Field(default="applied", index=True)
    applied_on: date = Field(index=True)
    url: str | None = None
    source: str | None = Field(default=None, index=True)
    note: str | None = None  # PRIVATE: free text
    follow_up_on: date | None = Field(default=None, index=True)
    start_on: date | None = None  # first day at work, once accepted
    deadline_on: date | None = Field(default=None, index=True)  # a saved job's closing date
    location: str | None = None
    salary: str | None = None  # PRIVATE: as the person wrote it ("£24k", "18/h")
    resume: str | None = None  # PRIVATE: which version was sent
    description: str | None = None  # PRIVATE: a snapshot of the posting
    created_at: datetime
    updated_at: datetime


class ApplicationTag(SQLModel, table=True):
    __tablename__ = "application_tag"

    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False, primary_key=True))
    tag: str = Field(primary_key=True, index=True)


class StageChange(SQLModel, table=True):
    """Every move between stages; rows are only ever added."""

    __tablename__ = "stage_change"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    from_stage: str | None = None  # None for the first row, when it was logged
    to_stage: str = Field(index=True)
    changed_on: date = Field(index=True)
    note: str | None = None  # PRIVATE: free text
    created_at: datetime


class Interview(SQLModel, table=True):
    """One interview round; an application may have any number."""

    __tablename__ = "interview"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    held_on: date = Field(index=True)
    at_time: str | None = None  # "15:30", local time; None: the day only
    kind: str | None = None  # phone, video, onsite, assessment, other
    with_names: str | None = None  # PRIVATE: who
    place: str | None = None  # PRIVATE: where (an address, a link)
    duration_min: int | None = None
    note: str | None = None  # PRIVATE
    done_on: date | None = None  # went (`interview done` or a debrief)
    cancelled_on: date | None = None  # it didn't happen (`interview cancel`): plans change
    how_it_went: str | None = None  # PRIVATE: the debrief
    learned: str | None = None  # PRIVATE
    next_step: str | None = None  # PRIVATE
    created_at: datetime
    updated_at: datetime


class FollowUp(SQLModel, table=True):
    """A follow-up the person sent: a step, kept in the application's history."""

    __tablename__ = "follow_up"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    followed_on: date = Field(index=True)
    channel: str | None = None  # email, phone, in-person, other
    with_name: str | None = None  # PRIVATE: who it went to
    note: str | None = None  # PRIVATE
    created_at: datetime


class Contact(SQLModel, table=True):
    """Someone at or around an application: a recruiter, a hiring manager, a referral. PRIVATE."""

    __tablename__ = "contact"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    name: str
    role: str = "other"  # recruiter, hiring-manager, referral, interviewer, other
    email: str | None = None
    phone: str | None = None
    note: str | None = None
    created_at: datetime
    updated_at: datetime


class Win(SQLModel, table=True):
    __tablename__ = "win"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    text: str
    kind: str = Field(index=True)
    won_on: date = Field(index=True)
    application_id: int | None = Field(default=None, sa_column=_fk("application.id", "SET NULL", nullable=True))
    created_at: datetime


class Milestone(SQLModel, table=True):
    """Recorded once, when reached, so later reviews and exports can show it."""

    __tablename__ = "milestone"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
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

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    what_happened: str | None = None
    first_thought: str | None = None
    outside_control: str | None = None
    peer_advice: str | None = None
    balanced_thought: str | None = None
    next_step: str | None = None
    next_step_on: date | None = None
    private: bool = True
    created_at: datetime
    updated_at: datetime


class JournalEntry(SQLModel, table=True):
    __tablename__ = "journal_entry"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    entry_on: date = Field(index=True)
    text: str | None = None  # PRIVATE
    mood: int | None = None  # 1-5
    energy: int | None = None  # 1-5
    private: bool = True
    created_at: datetime


class JournalPractice(SQLModel, table=True):
    __tablename__ = "journal_practice"

    entry_id: int = Field(sa_column=_fk("journal_entry.id", "CASCADE", nullable=False, primary_key=True))
    practice: str = Field(primary_key=True, index=True)


class Partner(SQLModel, table=True):
    __tablename__ = "partner"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str
    contact: str | None = None  # PRIVATE
    note: str | None = None  # PRIVATE
    removed_at: datetime | None = None  # kept, so their check-ins stay
    created_at: datetime


class Checkin(SQLModel, table=True):
    __tablename__ = "checkin"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(sa_column=_fk("partner.id", "RESTRICT", nullable=False))
    checkin_on: date = Field(index=True)
    channel: str | None = None
    shared: str | None = None  # PRIVATE
    agreed: str | None = None  # PRIVATE
    next_on: date | None = Field(default=None, index=True)
    created_at: datetime


class AgreedGoal(SQLModel, table=True):
    """Something agreed at a check-in (`checkin --agreed`), a goal for the coming week. PRIVATE text."""

    __tablename__ = "agreed_goal"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    checkin_id: int = Field(sa_column=_fk("checkin.id", "CASCADE", nullable=False))
    text: str
    week_start: date = Field(index=True)  # the week it is for: the one after the check-in's day
    done_on: date | None = None  # marked done (`goals done ID`)
    created_at: datetime


class Goal(SQLModel, table=True):
    """Weekly goals from ``week_start`` on, until a later row replaces them."""

    __tablename__ = "goal"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    week_start: date = Field(index=True)
    applications: int | None = None
    wins: int | None = None
    checkins: int | None = None
    self_care_days: int | None = None
    created_at: datetime


class Strength(SQLModel, table=True):
    __tablename__ = "strength"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    name: str
    story: str | None = None  # PRIVATE
    created_at: datetime
    updated_at: datetime


class StrengthApplication(SQLModel, table=True):
    __tablename__ = "strength_application"

    strength_id: int = Field(sa_column=_fk("strength.id", "CASCADE", nullable=False, primary_key=True))
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False, primary_key=True))


class Disclosure(SQLModel, table=True):
    """When and how the person plans to talk about recovery. PRIVATE."""

    __tablename__ = "disclosure"

    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False, primary_key=True))
    plan: str
    note: str | None = None
    updated_at: datetime


class Resource(SQLModel, table=True):
    __tablename__ = "resource"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    name: str
    kind: str
    contact: str | None = None  # PRIVATE
    url: str | None = None
    next_step: str | None = None
    next_on: date | None = Field(default=None, index=True)
    done_on: date | None = None
    created_at: datetime


class Boundary(SQLModel, table=True):
    __tablename__ = "boundary"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    text: str
    created_at: datetime


class PlanItem(SQLModel, table=True):
    """One line of the person's wellness plan, in its section, in their own words. PRIVATE."""

    __tablename__ = "plan_item"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    section: str = Field(index=True)  # one of domain.wellness.SECTIONS
    position: int  # the order within the section, as the person wrote it
    text: str  # PRIVATE
    created_at: datetime


class SupportLine(SQLModel, table=True):
    """A line of the person's own (a sponsor, a local group, a warmline): `support` lists it first."""

    __tablename__ = "support_line"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    name: str
    contact: str  # PRIVATE
    note: str | None = None  # PRIVATE
    created_at: datetime


class Story(SQLModel, table=True):
    """A story the person might tell: lived experience, a gap, a strength, growth. PRIVATE."""

    __tablename__ = "story"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: str = Field(default="other")  # one of domain.stories.KINDS
    text: str | None = None  # PRIVATE
    created_at: datetime
    updated_at: datetime


class StoryApplication(SQLModel, table=True):
    __tablename__ = "story_application"

    story_id: int = Field(sa_column=_fk("story.id", "CASCADE", nullable=False, primary_key=True))
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False, primary_key=True))


class Training(SQLModel, table=True):
    """A course, a certificate or a credential: planned, under way, or done (and when it renews)."""

    __tablename__ = "training"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    name: str
    issuer: str | None = None
    hours: float | None = None
    status: str = Field(default="planned")  # planned, in-progress, done
    planned_on: date | None = Field(default=None, index=True)  # when it is planned (or due to finish)
    done_on: date | None = Field(default=None, index=True)
    renews_on: date | None = Field(default=None, index=True)  # a credential that has to be renewed
    note: str | None = None  # PRIVATE
    created_at: datetime
    updated_at: datetime


class BoundaryCheck(SQLModel, table=True):
    """Whether a boundary held in one of a new job's first weeks: held, partly or not (asked by the review)."""

    __tablename__ = "boundary_check"
    # AUTOINCREMENT: an ID is never given again after a delete (calendar UIDs, notes, exports point at it).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    boundary_id: int = Field(sa_column=_fk("boundary.id", "CASCADE", nullable=False))
    week_start: date
    answer: str  # held, partly, not
    created_at: datetime


class UndoChange(SQLModel, table=True):
    """One command that changed data, kept so `peerjob undo` can take it back.

    Kept until the end of the next day (or `undo --forget`), then removed
    with secure_delete on, so the text a person regretted leaves the file.
    Plain INTEGER keys, not AUTOINCREMENT: these rows are bookkeeping, and a
    file whose only rows were bookkeeping counts as unused.
    """

    __tablename__ = "undo_change"

    id: int | None = Field(default=None, primary_key=True)
    made_at: datetime  # local time, so "2 minutes ago" and "the end of the next day" mean what they say
    command: str  # the command's name only ("win", "partner edit"), never its arguments
    revision: str  # the schema it was recorded under: steps from before an upgrade are never replayed


class UndoStep(SQLModel, table=True):
    """One row a change added, changed or removed; written by temporary triggers in the same transaction."""

    __tablename__ = "undo_step"

    id: int | None = Field(default=None, primary_key=True)
    change_id: int = Field(sa_column=_fk("undo_change.id", "CASCADE", nullable=False))
    table_name: str
    operation: str  # insert, update or delete
    row_id: int
    old: str | None = None  # PRIVATE: the row before the change, as JSON (None for an insert)
