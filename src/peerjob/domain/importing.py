"""Reading a spreadsheet of applications: plain logic, no database, no terminal.

``plan_import`` turns the bytes of a CSV file into checked rows, or raises
``BadInput`` naming the first bad row ("row 7: no company ..."), so the
command can refuse the whole file before it opens the data file.

What it copes with:

- UTF-8 with or without a byte-order mark (and UTF-16 with one, as some
  spreadsheets save "Unicode text"); comma, semicolon, tab or pipe between
  values, chosen by which one makes the header make sense; Excel's
  ``sep=;`` first line.
- Headers as people write them ("Date Applied", "Employer", "Job Title",
  "Follow-up?"), matched case-insensitively; ``--map`` says what the others are.
- Free-text statuses ("Interview scheduled", "Ghosted", "Wishlist") turned
  into stages; the ones it does not know are reported and read as "applied".
- Dates as ISO (``2026-03-04``, with or without a time), as numbers with
  slashes, dots or dashes (``04/03/2026``, ``4.3.26``), with month names
  (``4 Mar 2026``, ``Mar 4, 2026``), and as spreadsheet serial numbers
  (``46085``). ``03/04/2026`` could be March or April: the whole file decides.
  If any numeric date in it has a first part over 12 (``25/03/2026``) the file
  is day first; a second part over 12 makes it month first. With no such
  date, an ambiguous one is refused with its row number (``--date-order``
  settles it); a file that shows both orders is refused too.

Row numbers count the header as row 1, the way a spreadsheet shows them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from peerjob import dates
from peerjob.domain.import_sources import BY_KEY, Source, recognise
from peerjob.domain.stages import STAGES
from peerjob.errors import BadInput

# The fields a column can fill, and what each one is called in messages.
FIELDS = {
    "company": "company",
    "role": "role",
    "applied_on": "date applied",
    "stage": "status",
    "url": "link",
    "note": "notes",
    "source": "source",
    "follow_up_on": "follow-up date",
    "stage_on": "status date",
    "saved_on": "date saved",
    "deadline_on": "deadline",
    "interview_on": "interview date",
    "offer_on": "offer date",
    "rejected_on": "rejection date",
    "applied_flag": "applied (yes or no)",
    "location": "location",
    "salary": "salary",
    "resume": "resume",
    "age": "age of the posting",
    "salary_min": "lowest salary",
    "salary_max": "highest salary",
}
# Columns holding the date of an outcome: each becomes a stage move on that date.
OUTCOME_DATES = {"interview_on": "interviewing", "offer_on": "offer", "rejected_on": "rejected"}
# Dates that matter less than the date applied: free text in them is kept as a note, with a warning.
SOFT_DATES = ("follow_up_on", "stage_on", "saved_on", "deadline_on", *OUTCOME_DATES)
# A cell holding one of these holds nothing ("-", "N/A", "TBD"...), compared case-folded.
EMPTY_MARKERS = frozenset({"-", "--", "–", "—", "n/a", "n.a.", "none", "null", "undefined", "tbd", "nan", "#n/a"})
# A company cell that means "the same as the row above".
CONTINUATION_MARKERS = frozenset({"↳", '"', "''", "〃", "ditto", "do.", "dito", "same", "same as above"})
REQUIRED = ("company",)  # no date applied: a saved job, unless the row says it was sent; no role column: NO_ROLE
IGNORE = "ignore"

# Header spellings, most specific first: when two columns could fill one
# field ("Date" and "Date Applied"), the earlier spelling wins.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "company": (
        "company",
        "company name",
        "employer",
        "employer name",
        "organization",
        "organisation",
        "organization name",
        "organisation name",
        "hiring company",
        "org",
        "firm",
        "business",
        "unternehmen",
        "firma",
        "arbeitgeber",
        "firmenname",
        "employer name address",
        "company name address",
        "name of employer",
        "name of company",
        "employer contacted",
    ),
    "role": (
        "role",
        "job title",
        "position",
        "title",
        "position title",
        "job role",
        "role title",
        "job position",
        "position applied for",
        "role applied for",
        "job title role",
        "role position",
        "job",
        "job name",
        "vacancy",
        "opening",
        "job position",
        "stelle",
        "stellenbezeichnung",
        "stellenangebot",
        "stelle tätigkeit",
        "tätigkeit",
        "beruf",
    ),
    "applied_on": (
        "date applied",
        "applied on",
        "applied date",
        "application date",
        "date of application",
        "applied",
        "date submitted",
        "submitted on",
        "submission date",
        "submitted",
        "date sent",
        "sent on",
        "versanddatum",
        "bewerbungsdatum",
        "beworben am",
        "datum der bewerbung",
        "date of contact",
        "contact date",
        "date contacted",
        "date",
        "datum",
    ),
    "stage": (
        "status",
        "stage",
        "application status",
        "application stage",
        "current status",
        "job status",
        "pipeline stage",
        "state",
        "outcome",
        "result",
        "results",
        "list",
        "list name",
        "stand",
        "ergebnis",
    ),
    "url": (
        "url",
        "job url",
        "link",
        "job link",
        "posting url",
        "posting link",
        "job posting url",
        "job posting",
        "link to posting",
        "posting",
        "listing url",
        "listing",
        "job listing",
        "website",
        "ad",
    ),
    "note": (
        "notes",
        "application summary",
        "kommentar",
        "kommentare",
        "note",
        "comments",
        "comment",
        "notes comments",
        "details",
        "remarks",
        "bemerkungen",
        "bemerkung",
        "notizen",
        "anmerkungen",
    ),
    "source": (
        "source",
        "job source",
        "found on",
        "found via",
        "found through",
        "where found",
        "where did you find it",
        "job board",
        "board",
        "platform",
        "channel",
        "referral source",
        "via",
        "quelle",
        "fundstelle",
        "job portal",
        "jobportal",
        "stellenportal",
    ),
    "follow_up_on": (
        "follow up",
        "follow up date",
        "follow up on",
        "followup",
        "followup date",
        "follow up by",
        "next follow up",
        "follow up when",
        "reminder",
        "reminder date",
        "next action date",
        "datum der nachfrage",
        "nachfassen am",
    ),
    "stage_on": (
        "status date",
        "stage date",
        "date of status",
        "status updated",
        "status changed",
        "last status change",
        "date updated",
        "last updated",
        "updated on",
        "updated",
        "last update",
    ),
    "saved_on": (
        "date saved",
        "saved date",
        "saved on",
        "date added",
        "added on",
        "added",
        "date created",
        "created at",
        "created",
        "date bookmarked",
        "bookmarked on",
        "date posted",
    ),
    "deadline_on": (
        "deadline",
        "application deadline",
        "closing date",
        "apply by",
        "due date",
        "bewerbungsfrist",
    ),
    "interview_on": (
        "interview date",
        "date of interview",
        "interview on",
        "interview",
        "vorstellungsgespräch",
        "vorstellungsgespraech",
        "vorstellungsgespräch am",
        "bewerbungsgespräch",
        "bewerbungsgespräch datum",
        "interview datum",
    ),
    "offer_on": ("offer date", "date offered", "offer on", "offer received", "zusage", "zusage am"),
    "rejected_on": (
        "rejected on",
        "rejection date",
        "date rejected",
        "rejected date",
        "date of rejection",
        "absage",
        "absage am",
    ),
    "location": ("location", "city", "job location", "ort", "arbeitsort"),
    "salary": ("salary", "salary range", "pay", "compensation", "gehalt"),
    "salary_min": ("min salary", "minimum salary", "salary min", "salary from"),
    "salary_max": ("max salary", "maximum salary", "salary max", "salary to"),
    "resume": ("resume", "resume name", "resume used", "cv", "cv used", "resume version"),
}
_ALIAS_RANK = {
    alias: (field_name, rank) for field_name, aliases in HEADER_ALIASES.items() for rank, alias in enumerate(aliases)
}

# Names `--map COLUMN=FIELD` accepts for each field.
FIELD_NAMES = {
    "company": "company",
    "employer": "company",
    "role": "role",
    "title": "role",
    "position": "role",
    "applied_on": "applied_on",
    "applied": "applied_on",
    "date": "applied_on",
    "date-applied": "applied_on",
    "stage": "stage",
    "status": "stage",
    "url": "url",
    "link": "url",
    "note": "note",
    "notes": "note",
    "source": "source",
    "follow_up_on": "follow_up_on",
    "follow-up": "follow_up_on",
    "follow_up": "follow_up_on",
    "followup": "follow_up_on",
    "stage_on": "stage_on",
    "status-date": "stage_on",
    "status_date": "stage_on",
    "stage-date": "stage_on",
    "saved_on": "saved_on",
    "saved": "saved_on",
    "deadline": "deadline_on",
    "deadline_on": "deadline_on",
    "interview_on": "interview_on",
    "interview": "interview_on",
    "offer_on": "offer_on",
    "offer": "offer_on",
    "rejected_on": "rejected_on",
    "rejected": "rejected_on",
    "applied_flag": "applied_flag",
    "location": "location",
    "salary": "salary",
    "salary_min": "salary_min",
    "salary_max": "salary_max",
    "age": "age",
    "resume": "resume",
    "ignore": IGNORE,
    "skip": IGNORE,
    "-": IGNORE,
}
MAP_TARGETS = (
    "company, role, applied_on, status, url, notes, source, follow_up_on, status_date, saved_on, deadline, "
    "interview_on, offer_on, rejected_on, applied_flag, location, salary, salary_min, salary_max, age, resume or ignore"
)

# Statuses as people write them. Whole phrases are checked first, then the
# stages' key words in this order (so "rejected after interview" is
# rejected and "interview scheduled" is interviewing).
STATUS_PHRASES: dict[str, str] = {
    "offer declined": "withdrawn",
    "declined offer": "withdrawn",
    "turned down offer": "withdrawn",
    "i declined": "withdrawn",
    "no": "rejected",
    "not selected": "rejected",
    "not successful": "rejected",
    "unsuccessful": "rejected",
    "position filled": "rejected",
    "role filled": "rejected",
    "not moving forward": "rejected",
    "not progressing": "rejected",
    "no news": "no-response",
    "no longer interested": "withdrawn",
    "never heard back": "no-response",
    "heard nothing": "no-response",
    "not applied": "saved",
    "not applied yet": "saved",
    "not yet applied": "saved",
    "to apply": "saved",
    "want to apply": "saved",
    "to do": "saved",
    "todo": "saved",
    "planning to apply": "saved",
    "negotiating": "offer",
    "negotiation": "offer",
    "in negotiation": "offer",
    "negotiating offer": "offer",
    "oa": "screening",
    "oa received": "screening",
    "oa done": "screening",
    "oa completed": "screening",
    "oa sent": "screening",
    "oa submitted": "screening",
    "online assessment received": "screening",
    "online assessment done": "screening",
    "online assessment completed": "screening",
    "assessment received": "screening",
    "assessment done": "screening",
    "researching": "saved",
    "research": "saved",
    "applying": "saved",
    "draft": "saved",
    "not started": "saved",
    "ready to apply": "saved",
    "archived": "withdrawn",
    "not hired": "rejected",
    "not hiring": "rejected",
    "no openings": "rejected",
    "position closed": "rejected",
    "no offer": "rejected",
    "not offered": "rejected",
    "not accepted": "rejected",
    "absage": "rejected",
    "zusage": "offer",
    "einladung": "interviewing",
    "eingeladen": "interviewing",
    "vorstellungsgespräch": "interviewing",
    "keine rückmeldung": "no-response",
    "keine antwort": "no-response",
    "offen": "applied",
    "beworben": "applied",
    "eingangsbestätigung": "applied",
    "eingangsbestätigung erhalten": "applied",
    "archive": "withdrawn",
    "in review": "applied",
    "under review": "applied",
    "pending": "applied",
    "waiting": "applied",
    "in progress": "applied",
    "awaiting response": "applied",
    "awaiting reply": "applied",
    "open": "applied",
    "active": "applied",
    "sent": "applied",
    "submitted": "applied",
    "yes": "applied",
    "phone screen": "screening",
    "phone call": "screening",
    "recruiter call": "screening",
    "hr call": "screening",
    "hr screen": "screening",
    "intro call": "screening",
    "assessment": "screening",
    "test": "screening",
    "online assessment": "screening",
    "take home": "screening",
    "coding challenge": "screening",
    "phone interview": "interviewing",
    "video interview": "interviewing",
    "onsite": "interviewing",
    "on site": "interviewing",
    "final round": "interviewing",
    "second round": "interviewing",
    "first round": "interviewing",
}
STATUS_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "accepted",
        ("accepted", "hired", "signed", "started", "got the job", "job accepted", "einstellung", "eingestellt"),
    ),
    (
        "withdrawn",
        (
            "withdrawn",
            "withdrew",
            "withdraw",
            "not interested",
            "no longer interested",
            "cancelled",
            "canceled",
            "pulled out",
            "zurückgezogen",
        ),
    ),
    (
        "rejected",
        (
            "rejected",
            "rejection",
            "declined",
            "denied",
            "turned down",
            "not selected",
            "unsuccessful",
            "absage",
            "abgelehnt",
        ),
    ),
    (
        "no-response",
        (
            "ghosted",
            "no response",
            "no reply",
            "no answer",
            "no contact",
            "silence",
            "never heard",
            "keine rückmeldung",
            "keine antwort",
        ),
    ),
    ("offer", ("offer", "offered", "zusage", "angebot")),
    (
        "interviewing",
        (
            "interview",
            "interviews",
            "interviewing",
            "interviewed",
            "vorstellungsgespräch",
            "bewerbungsgespräch",
            "einladung",
        ),
    ),
    ("screening", ("screening", "screen", "screened", "assessment")),
    ("saved", ("wishlist", "wish list", "bookmarked", "bookmark", "saved", "interested", "considering")),
    (
        "applied",
        ("applied", "application sent", "submitted", "waiting", "pending", "awaiting", "under review", "in review"),
    ),
)

DATE_ORDERS = {"dmy": "dmy", "day-first": "dmy", "mdy": "mdy", "month-first": "mdy"}
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}

_ISO_DATE = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|utc|[+-]\d{2}:?\d{2})?)?"
)  # matched against lower-case text
_TIME = r"(?:[ t,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?)?"
_NUMERIC_DATE = re.compile(rf"(\d{{1,2}})([/.\-])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}")
_SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")  # 20260304
SERIAL_RANGE = (20000, 80000)  # 1954 to 2119: anything else is not a date
SPREADSHEET_EPOCH = date(1899, 12, 30)


@dataclass
class ImportRow:
    row: int  # as a spreadsheet numbers it: the header is row 1
    company: str
    role: str
    applied_on: date  # for a saved job: the day it was saved (today when the file has no date for it)
    stage: str
    status: str | None = None  # the status as written
    status_unknown: bool = False  # not a status peerjob knows: read as "applied", and reported
    url: str | None = None
    note: str | None = None
    source: str | None = None
    follow_up_on: date | None = None
    stage_on: date | None = None
    deadline_on: date | None = None
    location: str | None = None
    salary: str | None = None
    resume: str | None = None
    undated: bool = False  # a saved job the file gives no date for: matched on company and role alone
    # Outcomes the file dates (an interview, an offer, a rejection): (stage, on), in date order.
    outcomes: list[tuple[str, date]] = field(default_factory=list)
    planned_interview: date | None = None  # an interview date still to come: a planned round

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two applications the same one: company, role, date applied.

        A saved job is the same job as any application for that company and
        role, whatever its date: LinkedIn's Saved Jobs.csv lists jobs that
        Job Applications.csv also has, applied to later.
        """
        if self.stage == "saved":
            return (clean_text(self.company).casefold(), clean_text(self.role).casefold(), "")
        return application_key(self.company, self.role, self.applied_on)


@dataclass
class ImportPlan:
    delimiter: str
    encoding: str
    columns: dict[str, str]  # field -> the header as written
    unused_columns: list[str]
    rows: list[ImportRow]
    date_order: str | None  # "dmy", "mdy", or None when no date needed it
    unmapped_statuses: dict[str, int] = field(default_factory=dict)  # as written -> rows
    repeated_rows: int = 0  # the same application twice in the file
    undated_saved: int = 0  # kept for the JSON's older key: always 0 now (saved jobs come in as saved)
    source: str | None = None  # "a Huntr export", when the header says so (or --from)
    source_key: str | None = None
    source_chosen: bool = False  # by --from, not by the look of the header
    continued: int = 0  # rows that took the company of the row above (↳, ditto, or empty in a list)
    empty_rows: list[int] = field(default_factory=list)  # rows with neither a company nor a role: skipped
    warnings: list[str] = field(
        default_factory=list
    )  # "row 7: follow-up 'after Easter' is not a date; kept in the note"

    @property
    def saved_rows(self) -> int:
        return sum(1 for row in self.rows if row.stage == "saved")

    def as_json(self) -> dict[str, Any]:
        return {
            "delimiter": DELIMITER_NAMES[self.delimiter],
            "encoding": self.encoding,
            "source": self.source_key,
            "date_order": self.date_order,
            "columns": dict(self.columns),
            "unused_columns": list(self.unused_columns),
            "unmapped_statuses": dict(self.unmapped_statuses),
            "saved": self.saved_rows,
            "continued_rows": self.continued,
            "empty_rows_skipped": list(self.empty_rows),
            "warnings": list(self.warnings),
        }


def application_key(company: str, role: str, applied_on: date) -> tuple[str, str, str]:
    return (clean_text(company).casefold(), clean_text(role).casefold(), applied_on.isoformat())


def clean_text(value: str | None) -> str:
    return " ".join((value or "").split())


_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def _is_decoration(char: str) -> bool:
    """Emoji and their joiners: 🔥, 🛂, 🇺🇸, ✅ (with its variation selector), never letters, digits or '+'."""
    import unicodedata

    # Not combining accents ("Mn"): a decomposed "Café" ends in one and keeps it.
    return unicodedata.category(char) in ("So", "Sk", "Cf") or char in "\ufe0f\u200d\u20e3"


def plain_name(value: str) -> str:
    """A company or role as a person would say it: no Markdown link or bold, no emoji around it.

    Lists copied from GitHub write **[Stripe](https://...)**; trackers decorate
    names with 🔥 or 🛂. "C++ Developer" and "Café" keep every letter.
    """
    text = _MARKDOWN_LINK.sub(lambda match: match[1], value).replace("**", "").replace("__", "")
    text = clean_text(text)
    start, end = 0, len(text)
    while start < end and (_is_decoration(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_is_decoration(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end] or text


def plain_url(value: str) -> str | None:
    """The link in a cell (a bare URL, a Markdown link, an HTML href); None for a cell like 🔒 that holds none."""
    for pattern in (_HREF, _MARKDOWN_LINK):
        found = pattern.search(value)
        if found:
            return found[found.lastindex or 1]
    found = _URL.search(value)
    if found:
        return found[0]
    text = clean_text(value)
    # "Apply" (a link's text whose link was lost in the copy) or "🔒" (closed): no address to keep.
    return text if any(char.isalnum() for char in text) and any(mark in text for mark in "./:") else None


def normalise_header(text: str) -> str:
    """'Date Applied (YYYY-MM-DD):' -> 'date applied'; 'Follow-up?' -> 'follow up'."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text.replace("\ufeff", ""))  # companyName, appliedDate
    text = text.lower()
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = re.sub(r"[_\-./]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def recognise_header(text: str) -> tuple[str, int] | None:
    """(field, rank) for a header peerjob knows, else None."""
    return _ALIAS_RANK.get(normalise_header(text))


def _normalise_status(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("_", " ").replace("-", " ")).split())


def map_status(text: str | None, extra: dict[str, str] | None = None) -> str | None:
    """The stage for a status as written; "applied" for an empty one, None when unknown."""
    if not (text or "").strip():
        return "applied"
    spoken = _normalise_status(text or "")
    if not spoken:
        return None
    if extra and spoken in extra:
        return extra[spoken]
    dashed = spoken.replace(" ", "-")
    if dashed in STAGES:
        return dashed
    if spoken in STATUS_PHRASES:
        return STATUS_PHRASES[spoken]
    padded = f" {spoken} "
    if offer_turned_down(spoken):
        return "withdrawn"  # "Offered position, declined (pay)": the person said no, not the employer
    if re.match(r" (?:not|no|never) (?:hired|offered|accepted|selected|successful|chosen|invited) ", padded):
        return "rejected"  # "Not hired": never read the step forward the second word names
    for stage, words in STATUS_KEYWORDS:
        if any(f" {word} " in padded for word in words):
            return stage
    return None


def offer_turned_down(text: str) -> bool:
    """'Offered position, declined (pay)': an offer the person said no to."""
    padded = f" {_normalise_status(text)} "
    return bool(
        re.search(r" offer(?:ed)? ", padded) and re.search(r" (?:declined|turned down|refused|rejected it) ", padded)
    )


def parse_status_option(text: str) -> tuple[str, str]:
    """`--status "Phone call=screening"` -> ('phone call', 'screening')."""
    from peerjob.domain.stages import parse_stage

    status, sep, stage = text.rpartition("=")
    if not sep or not status.strip() or not stage.strip():
        raise BadInput(f"--status takes STATUS=STAGE, for example --status 'Phone call=screening', not '{text}'.")
    return _normalise_status(status), parse_stage(stage)


def parse_map_option(text: str) -> tuple[str, str]:
    """`--map "Job Link=url"` -> ('Job Link', 'url')."""
    column, sep, target = text.rpartition("=")
    if not sep or not column.strip() or not target.strip():
        raise BadInput(f"--map takes COLUMN=FIELD, for example --map 'Job Link=url', not '{text}'.")
    name = target.strip().lower().replace(" ", "_")
    if name not in FIELD_NAMES:
        raise BadInput(f"--map: '{target.strip()}' is not a field peerjob knows. Use one of: {MAP_TARGETS}.")
    return column.strip(), FIELD_NAMES[name]


def parse_date_order(text: str | None) -> str | None:
    if text is None:
        return None
    order = DATE_ORDERS.get(text.strip().lower())
    if order is None:
        raise BadInput(f"--date-order is dmy (day first, 25/03/2026) or mdy (month first, 03/25/2026), not '{text}'.")
    return order


# --- reading the file ---------------------------------------------------------


ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "latin_1": "ISO-8859-1",
    "iso8859_15": "ISO-8859-15",
    "mac_roman": "Mac Roman",
    "cp850": "DOS (code page 850)",
    "cp437": "DOS (code page 437)",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
}
MOST_CHAOS = 0.1  # charset-normalizer's "mess" above this: not read with confidence


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding's name.

    UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as they say.
    Anything else (a plain "CSV (Comma delimited)" save from Excel on Windows
    is Windows-1252) goes to charset-normalizer, which weighs every candidate
    encoding by how much the text reads like language; a file it cannot read
    with confidence is refused with the advice to save it as CSV UTF-8.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, body, name = "utf-8", data[3:], "UTF-8 with BOM"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding, body, name = "utf-16", data, "UTF-16"
    else:
        encoding, body, name = "utf-8", data, "UTF-8"
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1
        guessed = _guess_encoding(body) if encoding == "utf-8" and name == "UTF-8" else None
        if guessed is None:
            raise BadInput(
                f"The file is not UTF-8 text (line {line} has a byte it can't read), and its encoding can't be "
                "told for sure. Save it from your spreadsheet as 'CSV UTF-8' and import that."
            ) from None
        text, name = guessed
    return text.lstrip("\ufeff"), name


def _plausibly_windows_1252(body: bytes) -> str | None:
    """The text, when the bytes read as Windows-1252 the way Western text does; else None.

    Detectors need more text than a short list holds (a one-row German file
    reads as "CP775" to them), and Windows-1252 is what Excel on Windows saves.
    Western text is mostly plain ASCII letters with a few accented ones; bytes
    of another alphabet (Cyrillic in Windows-1251, say) read as Windows-1252
    are accented letters from end to end, so they go to the detector instead.
    """
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if ord(char) > 127)
    return text if not letters or accented <= 0.3 * len(letters) else None


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _guess_encoding(body: bytes) -> tuple[str, str] | None:
    if _UTF8_SEQUENCE.search(body):
        return None  # UTF-8 with a stray byte in it: read as anything else, its own letters would be garbled
    western = _plausibly_windows_1252(body)
    if western is not None:
        return western, ENCODING_NAMES["cp1252"]
    from charset_normalizer import from_bytes

    matches = from_bytes(body)
    best = matches.best()
    if best is None or best.chaos > MOST_CHAOS:
        return None
    # Code pages that read these bytes alike are a tie: Excel on Windows saves Windows-1252,
    # so it wins any tie, and the summary names what most people's file really is.
    if best.encoding != "cp1252":
        try:
            if body.decode("cp1252") == body.decode(best.encoding):
                return body.decode("cp1252"), ENCODING_NAMES["cp1252"]
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = body.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text, ENCODING_NAMES.get(best.encoding, best.encoding.replace("_", "-").upper())


def _records(text: str, delimiter: str) -> Iterable[list[str]]:
    # No cell can be longer than the file itself; csv's default limit (128 KiB)
    # would refuse a long note with advice about quote marks that misleads.
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=False)


HEADER_SEARCH_LINES = 10  # a template's title and blank lines above its header


def _known_fields(cells: list[str]) -> set[str]:
    return {recognised[0] for cell in cells if (recognised := recognise_header(cell))}


def choose_delimiter(text: str) -> str:
    """The delimiter that makes a header line most recognisable (then the one giving most columns).

    The first lines are all tried: a template may have a title above its header.
    """
    lines = text.splitlines()[:HEADER_SEARCH_LINES] or [""]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        for line in lines:
            header = next(iter(_records(line, delimiter)), [])
            score = (len(_known_fields(header)), len(header))
            if score > best_score:
                best, best_score = delimiter, score
    return best


def read_table(data: bytes) -> tuple[list[str], list[tuple[int, list[str]]], str, str]:
    """(header, [(row number, cells)], delimiter, encoding) with blank rows left out.

    The header is the first of the first lines that names both a company and a
    role column (else the first line): a spreadsheet template often has a title
    row, a date or a blank line above it. Row numbers count every row, as the
    spreadsheet shows them.
    """
    text, encoding = decode(data)
    if not text.strip():
        raise BadInput("The file is empty. Export your spreadsheet as CSV with a header row, then import it.")
    delimiter = None
    first, _, rest = text.partition("\n")
    hint = first.strip().strip('"').lower()
    if hint.startswith("sep=") and len(hint) == 5:  # Excel's "sep=;" line (Excel hides it: the header is row 1)
        delimiter = first.strip().strip('"')[4]
        text = rest
    if delimiter is None:
        delimiter = choose_delimiter(text)
    try:
        records = list(_records(text, delimiter))
    except csv.Error as error:
        raise BadInput(f"Couldn't read the file as CSV ({error}). Check for a stray quote mark.") from None
    if not records:
        raise BadInput(
            "The file has no header row. Its first line should name the columns, like Company,Role,Date Applied."
        )
    at = next(
        (
            index
            for index, cells in enumerate(records[:HEADER_SEARCH_LINES])
            if {"company", "role"} <= _known_fields(cells)
        ),
        0,
    )
    header = records[at]
    rows = [
        (number, cells)
        for number, cells in enumerate(records[at + 1 :], start=at + 2)
        if any(cell.strip() for cell in cells)
    ]
    return [cell.strip() for cell in header], rows, delimiter, encoding


def match_columns(
    header: list[str], mappings: Iterable[tuple[str, str]] = (), source: Source | None = None
) -> tuple[dict[str, int], list[str]]:
    """Which column fills which field: ({field: index}, headers left unused).

    --map beats the source's own columns, which beat the general spellings.
    """
    chosen: dict[str, tuple[float, int]] = {}  # field -> (rank, index)
    forced: dict[int, str] = {}
    by_name = {normalise_header(name): index for index, name in enumerate(header) if name}
    for column, target in mappings:
        index = by_name.get(normalise_header(column))
        if index is None:
            shown = ", ".join(name for name in header if name) or "none"
            raise BadInput(f"--map: there is no column '{column}' in the file. Its columns are: {shown}.")
        forced[index] = target
    for index, target in forced.items():
        if target != IGNORE:
            chosen[target] = (-2, index)  # --map beats any guess
    for index, name in enumerate(header):
        if index in forced:
            continue
        spelled = normalise_header(name)
        if source is not None and spelled in source.columns:
            target = source.columns[spelled]
            if target != IGNORE and (target not in chosen or chosen[target][0] > -1):
                chosen[target] = (-1, index)
            continue
        recognised = recognise_header(name)
        if recognised is None:
            continue
        field_name, rank = recognised
        if field_name not in chosen or rank < chosen[field_name][0]:
            chosen[field_name] = (rank, index)
    used = {index for _, index in chosen.values()}
    unused = [
        name for index, name in enumerate(header) if index not in used and name
    ]  # nameless: empty trailing columns
    columns = {field_name: index for field_name, (_, index) in chosen.items()}
    missing = [field_name for field_name in REQUIRED if field_name not in columns]
    if missing:
        wanted = {"company": "Company, Employer or Organization", "role": "Role, Position or Job Title"}
        example = {"company": "Employer Name=company", "role": "Job Name=role"}
        first = missing[0]
        shown = ", ".join(name for name in header if name) or "none"
        raise BadInput(
            f"No column for the {FIELDS[first]} (looked for {wanted[first]}; the file has: {shown}). "
            f"Name it with --map, for example --map '{example[first]}'."
        )
    return columns, unused


# --- dates --------------------------------------------------------------------


def _two_digit_year(year: int) -> int:
    return 2000 + year if year < 70 else 1900 + year


def numeric_parts(text: str) -> tuple[int, int, int] | None:
    """(first, second, year) for '04/03/2026'-like text, else None."""
    match = _NUMERIC_DATE.fullmatch(text.strip().lower())
    if not match:
        return None
    year = int(match[4])
    return int(match[1]), int(match[3]), _two_digit_year(year) if len(match[4]) == 2 else year


def decide_date_order(
    values: Iterable[tuple[int, str]], forced: str | None = None, usual: str | None = None
) -> str | None:
    """Day first or month first, from the numeric dates of the whole file.

    Returns "dmy", "mdy", or None when nothing says (fine as long as no date
    needs it). What the dates show wins; then ``usual`` (how the source
    writes dates: a LinkedIn file re-saved by Excel in Europe is day first);
    then the convention of dots ("03.11.2026" is written day first wherever
    it is written). Refuses a file whose dates show both orders.
    """
    if forced:
        return forced
    day_first: tuple[int, str] | None = None
    month_first: tuple[int, str] | None = None
    dotted = slashed = 0
    for row, text in values:
        parts = numeric_parts(text)
        if parts is None:
            continue
        if "." in text:
            dotted += 1
        else:
            slashed += 1
        first, second, _ = parts
        if first > 12 and second <= 12 and day_first is None:
            day_first = (row, text.strip())
        elif second > 12 and first <= 12 and month_first is None:
            month_first = (row, text.strip())
    if day_first and month_first:
        raise BadInput(
            f"row {month_first[0]}: '{month_first[1]}' is month first, but row {day_first[0]} has "
            f"'{day_first[1]}', day first. Write the dates one way (YYYY-MM-DD is safest) and import again."
        )
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    if usual:
        return usual
    return "dmy" if dotted and not slashed else None


@lru_cache(maxsize=4096)
def read_date(text: str, order: str | None, today: date) -> date:
    """One spreadsheet date; raises DateError with what went wrong."""
    if "→" in text:  # a Notion date range ("March 2, 2026 → March 5, 2026"): the day it began
        text = text.split("→", 1)[0]
    spoken = text.strip().lower()
    if match := _ISO_DATE.fullmatch(spoken):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            raise dates.DateError(f"'{text}' is not a real date") from None
    parts = numeric_parts(spoken)
    if parts is not None:
        first, second, year = parts
        if first == second or order is not None:
            day, month = (first, second) if order == "dmy" or first == second else (second, first)
            try:
                return date(year, month, day)
            except ValueError:
                way = "day first" if order == "dmy" else "month first"
                flipped = "dmy (day first)" if order == "mdy" else "mdy (month first)"
                raise dates.DateError(
                    f"'{text}' is not a real date ({way}, as the file's other dates are read). "
                    f"If the file's dates are the other way round, add --date-order {flipped}"
                ) from None
        if first > 12 or second > 12:  # only one way is real
            day, month = (first, second) if first > 12 else (second, first)
            try:
                return date(year, month, day)
            except ValueError:
                raise dates.DateError(f"'{text}' is not a real date") from None
        one, other = date(year, first, second), date(year, second, first)
        raise dates.DateError(
            f"'{text}' could be {one.isoformat()} or {other.isoformat()}, and no date in the file shows "
            "which comes first. Write it as YYYY-MM-DD, or add --date-order dmy (day first) or --date-order mdy"
        )
    if match := _SERIAL.fullmatch(spoken):
        number = int(match[1])
        if SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
            return SPREADSHEET_EPOCH + timedelta(days=number)
    if match := _COMPACT.fullmatch(spoken):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            raise dates.DateError(f"'{text}' is not a real date") from None
    try:
        found = dates.parse_date(text, today=today, prefer="past")
    except dates.DateError:
        raise dates.DateError(f"couldn't read the date '{text}'. Write it as YYYY-MM-DD, like 2026-03-04") from None
    if re.search(r"\d", spoken) and _missing_day(spoken, today):
        raise dates.DateError(f"'{text}' has no day of the month. Write the whole date, like 2026-03-04")
    return found


def _missing_day(spoken: str, today: date) -> bool:
    """'March 2026' reads as a date only by borrowing today's day: not good enough for a record."""
    from datetime import datetime

    from dateutil import parser

    try:
        first: datetime = parser.parse(spoken, default=datetime(today.year, 1, 1))
        second: datetime = parser.parse(spoken, default=datetime(today.year, 1, 2))
    except (ValueError, OverflowError):
        return False
    return first.day != second.day


# --- the plan -----------------------------------------------------------------


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    if index is None or index >= len(cells):
        return ""
    value = cells[index].strip()
    return "" if value.casefold() in EMPTY_MARKERS else value


# How far along each stage is: a status behind a dated answer is a status nobody updated.
RANK = {"saved": 0, "applied": 1, "screening": 2, "interviewing": 3, "offer": 4, "accepted": 5}
RANK |= {"rejected": 6, "withdrawn": 6, "no-response": 6}
NO_ROLE = "(no role given)"  # a file with no role column at all (CareerOneStop's suggested log has none)
_AGE = re.compile(r"(\d{1,3})\s*(d|w|mo)")  # Simplify's "Age": 0d, 3w, 2mo


def _posted_age(text: str, today: date) -> date | None:
    """The day a job was posted, from an age like '12d' or '2mo' (a month counted as 30 days)."""
    match = _AGE.fullmatch(text.strip().lower())
    if not match:
        return None
    days = int(match[1]) * {"d": 1, "w": 7, "mo": 30}[match[2]]
    return today - timedelta(days=days)


NOT_APPLIED = frozenset({"no", "n", "false", "0", "nein", "not yet", "no yet"})
YES_WORDS = frozenset({"yes", "y", "x", "✓", "✔", "true", "1", "ja", "done"})


def _holds_yes_or_no(records: list[tuple[int, list[str]]], index: int | None) -> bool:
    """Are the filled cells of column ``index`` (mostly) yes and no?"""
    if index is None:
        return False
    values = [cells[index].strip().casefold() for _, cells in records if index < len(cells) and cells[index].strip()]
    flags = sum(value in YES_WORDS or value in NOT_APPLIED for value in values)
    return bool(values) and flags >= 0.8 * len(values)


_NOTION_DATE = re.compile(r"[A-Z][a-z]+ \d{1,2}, \d{4}")  # "March 2, 2026", as Notion writes dates


def choose_source(header: list[str], records: list[tuple[int, list[str]]], chosen: str | None) -> Source | None:
    """--from NAME, else the source the header (and, for Notion, its first rows) looks like."""
    if chosen is not None:
        key = chosen.strip().lower()
        if key not in BY_KEY:
            raise BadInput(f"--from: '{chosen}' is not a format peerjob knows. `peerjob import --formats` lists them.")
        return BY_KEY[key]
    sample = [cell.strip() for _, cells in records[:50] for cell in cells]
    looks_like_notion = any(
        _NOTION_DATE.fullmatch(cell) or (cell and _is_decoration(cell[0]) and cell[0] != "↳") for cell in sample
    )
    return recognise({normalise_header(name) for name in header if name}, looks_like_notion)


def plan_import(
    data: bytes,
    *,
    today: date,
    mappings: Iterable[tuple[str, str]] = (),
    statuses: dict[str, str] | None = None,
    date_order: str | None = None,
    source: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportPlan:
    """Read and check every row; the first bad one stops it all with "row N: reason"."""
    header, records, delimiter, encoding = read_table(data)
    chosen = choose_source(header, records, source)
    mappings = list(mappings)
    columns, unused = match_columns(header, mappings, chosen)
    if _holds_yes_or_no(records, columns.get("applied_on")) and not any(t == "applied_on" for _, t in mappings):
        # "Applied?" with Yes and No in it: a flag, not the date; the date comes from another column, if any.
        flag_column = header[columns["applied_on"]]
        columns, unused = match_columns(header, [*mappings, (flag_column, "applied_flag")], chosen)
    date_fields = [name for name in ("applied_on", *SOFT_DATES) if name in columns]
    order = decide_date_order(
        ((row, _cell(cells, columns, name)) for row, cells in records for name in date_fields),
        date_order,
        chosen.date_order if chosen else None,
    )
    words = dict(chosen.statuses) if chosen else {}
    words.update(statuses or {})
    width = len(header)
    list_style = bool(chosen and chosen.list_style) or any(
        _cell(cells, columns, "company").casefold() in CONTINUATION_MARKERS for _, cells in records
    )
    rows: list[ImportRow | None] = []  # None: a saved row the same file later shows as sent
    seen: set[tuple[str, str, str]] = set()
    saved_at: dict[tuple[str, str], int] = {}  # (company, role) of a saved row -> its place in rows
    sent_pairs: set[tuple[str, str]] = set()
    plan = ImportPlan(
        delimiter=delimiter,
        encoding=encoding,
        columns={name: header[index] for name, index in columns.items()},
        unused_columns=unused,
        rows=[],  # filled at the end, from rows
        date_order=order,
        source=chosen.name if chosen else None,
        source_key=chosen.key if chosen else None,
        source_chosen=source is not None,
    )
    if "role" not in columns:
        plan.warnings.append(
            f"The file has no column for the role, so each row comes in with the role '{NO_ROLE}'. "
            "--map can name a column for it; peerjob edit ID --role fills one in later."
        )
    context = _RowContext(
        columns, order, today, words, "stage" in columns, plan.warnings, [name for name in header if name], chosen
    )
    above: str | None = None  # the company of the row above, for continuation rows
    previous_row = 0
    for done, (row, cells) in enumerate(records, start=1):
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            name = DELIMITER_NAMES[delimiter]
            raise BadInput(
                f"row {row}: {len(cells)} values but the header has {width} columns. "
                f'A value with a {name} in it needs quotes around it, like "Acme{delimiter} Inc".'
            )
        company = plain_name(_cell(cells, columns, "company"))
        if not company and not plain_name(_cell(cells, columns, "role")) and ("role" in columns):
            # A template's unused row: a number in the first column, a ticked-off box, a formula's 0.
            plan.empty_rows.append(row)
            continue
        directly_below = row == previous_row + 1
        marker = company.casefold() in CONTINUATION_MARKERS
        if above and (marker or (not company and list_style and directly_below)):
            company = above
            plan.continued += 1
        elif marker:
            raise BadInput(f"row {row}: '{company}' means the company above, but there is no company above it.")
        previous_row = row
        item = _read_row(row, cells, company, context)
        above = item.company
        if item.status_unknown:
            plan.unmapped_statuses[item.status or ""] = plan.unmapped_statuses.get(item.status or "", 0) + 1
        pair = item.key[:2]
        if item.key in seen or (item.stage == "saved" and pair in sent_pairs):
            plan.repeated_rows += 1  # the same job again, or saved again after it was sent
        else:
            if item.stage != "saved" and pair in saved_at:
                rows[saved_at.pop(pair)] = None  # saved earlier in the file, sent later: the sent one stands
                plan.repeated_rows += 1
            seen.add(item.key)
            if item.stage == "saved":
                saved_at[pair] = len(rows)
            else:
                sent_pairs.add(pair)
            rows.append(item)
        if progress and done % 500 == 0:
            progress(done)
    if progress:
        progress(len(records))
    plan.rows = [item for item in rows if item is not None]
    return plan


@dataclass
class _RowContext:
    columns: dict[str, int]
    order: str | None
    today: date
    statuses: dict[str, str]
    has_status_column: bool
    warnings: list[str]
    header: list[str]
    source: Source | None


def _read_row(row: int, cells: list[str], company: str, ctx: _RowContext) -> ImportRow:
    """One checked row (``company`` already carried down for a continuation row)."""
    columns, today = ctx.columns, ctx.today
    kept: list[str] = []  # free text from date columns, kept in the note

    def text(name: str) -> str | None:
        return clean_text(_cell(cells, columns, name)) or None

    def strict_date(name: str) -> date | None:
        raw = _cell(cells, columns, name)
        if not raw:
            return None
        try:
            return read_date(raw, ctx.order, today)
        except dates.DateError as error:
            raise BadInput(f"row {row}: {FIELDS[name]}: {error.message.rstrip('.')}.") from None

    def soft_date(name: str) -> date | None:
        raw = _cell(cells, columns, name)
        if not raw:
            return None
        try:
            return read_date(raw, ctx.order, today)
        except dates.DateError:
            label = FIELDS[name]
            kept.append(f"{label[0].upper()}{label[1:]}: {clean_text(raw)}")
            ctx.warnings.append(f"row {row}: the {label} '{clean_text(raw)}' is not a date; it is kept in the note.")
            return None

    if not company:
        raise BadInput(f"row {row}: no company. Fill it in or delete the row, then import again.")
    role = plain_name(_cell(cells, columns, "role")) or None if "role" in columns else NO_ROLE
    if not role:
        raise BadInput(f"row {row}: no role for {company}. Fill it in or delete the row, then import again.")
    applied_on = strict_date("applied_on")
    status = _cell(cells, columns, "stage") or None
    stage = map_status(status, ctx.statuses) if status else None  # no status: the dated outcomes decide
    flag = _cell(cells, columns, "applied_flag").casefold()
    if flag in NOT_APPLIED and stage in (None, "applied", "saved", "withdrawn", "no-response"):
        # "applied: No" (JobSync): never sent, so a saved job, even one whose posting expired or that was
        # archived; a status saying the employer answered (an interview, an offer) still needs its date.
        stage = "saved"
    saved_on = soft_date("saved_on") or _posted_age(_cell(cells, columns, "age"), today)
    stage_on = soft_date("stage_on")
    # What the file dates (an interview, an offer, a rejection), and "Interview: Yes" without a date.
    outcomes: list[tuple[str, date]] = []
    planned: date | None = None  # an interview date still to come
    undated_outcome: str | None = None
    for name, outcome_stage in OUTCOME_DATES.items():
        said = _cell(cells, columns, name).casefold()
        if said in YES_WORDS:
            undated_outcome = outcome_stage
            continue
        if said in NOT_APPLIED:
            continue
        on = soft_date(name)
        if on is None:
            continue
        if on > today:
            if outcome_stage != "interviewing":
                raise BadInput(f"row {row}: the {FIELDS[name]} ({on.isoformat()}) is in the future.")
            planned = on
            ctx.warnings.append(
                f"row {row}: the interview on {on.isoformat()} is still to come: it goes into your plans "
                "as an interview round (peerjob due shows it)."
            )
            on = today  # invited by today, at the latest
        outcomes.append((outcome_stage, on))
    sent = bool(outcomes or undated_outcome)  # an interview or an answer: it was sent, whatever the status says
    if status is None and applied_on is None and not sent and (ctx.has_status_column or "applied_on" not in columns):
        stage = "saved"  # nothing says it was sent: a job found, kept for later
    if stage == "saved" and sent:
        stage = None
    if stage == "saved":
        undated = applied_on is None and saved_on is None
        since = applied_on or saved_on  # the real date, when the file gives one (not today's stand-in)
        applied_on = applied_on or saved_on or today
    else:
        undated = False
        if applied_on is None and sent:
            # No date applied, but a dated outcome: it was sent by then at the latest (never today's date).
            dated = [on for _, on in outcomes] + ([stage_on] if stage_on else [])
            if dated:
                applied_on = min(dated)
                ctx.warnings.append(
                    f"row {row}: no date applied for {company}; dated {applied_on.isoformat()}, "
                    "its first date in the file."
                )
        if applied_on is None and "applied_on" not in columns:
            header = ", ".join(ctx.header)
            raise BadInput(
                f"row {row}: {company} was sent, the file says, but the file has no column for the date applied "
                f"(looked for Date Applied, Applied or Date; the file has: {header}). "
                "Name it with --map, for example --map 'Date of Contact=applied_on'."
            )
        if applied_on is None:
            said = f" ('{clean_text(status)}')" if status else ""
            raise BadInput(
                f"row {row}: no date applied for {company}{said}. Add one (YYYY-MM-DD), or mark it as not "
                "sent yet (a status like Wishlist), or delete the row."
            )
        since = applied_on
    if applied_on > today:
        what = "date saved" if stage == "saved" else "date applied"
        raise BadInput(f"row {row}: the {what} ({applied_on.isoformat()}) is in the future. Use a date up to today.")
    follow_up_on = soft_date("follow_up_on")
    if follow_up_on and since and follow_up_on < since:
        raise BadInput(
            f"row {row}: the follow-up date {follow_up_on.isoformat()} is before the date applied "
            f"{since.isoformat()}. Fix one of them or leave the follow-up empty."
        )
    if stage_on and stage_on > today:
        raise BadInput(f"row {row}: the status date ({stage_on.isoformat()}) is in the future. Use a date up to today.")
    if stage_on and since and stage_on < since:
        raise BadInput(
            f"row {row}: the status date {stage_on.isoformat()} is before the date applied "
            f"{since.isoformat()}. Fix one of them or leave the status date empty."
        )
    for outcome_stage, on in outcomes:
        if on < applied_on:
            name = next(key for key, value in OUTCOME_DATES.items() if value == outcome_stage)
            raise BadInput(
                f"row {row}: the {FIELDS[name]} {on.isoformat()} is before the date applied "
                f"{applied_on.isoformat()}. Fix one of them and import again."
            )
    if stage == "withdrawn" and status and offer_turned_down(status) and not any(s == "offer" for s, _ in outcomes):
        outcomes.append(("offer", stage_on or applied_on))  # an offer came first, then the person said no
    outcomes.sort(key=lambda move: (move[1], STAGES.index(move[0])))
    # A status left as it was ("Applied", "offen") never takes a dated answer back: the later step stands.
    furthest = max([RANK[s] for s, _ in outcomes] + ([RANK[undated_outcome]] if undated_outcome else []), default=-1)
    if stage is not None and RANK.get(stage, 0) < furthest:
        stage = None
    if stage is None and undated_outcome and not outcomes:
        stage = undated_outcome
    deadline_on = soft_date("deadline_on")
    salary = text("salary")
    if salary is None and (text("salary_min") or text("salary_max")):
        salary = "–".join(part for part in (text("salary_min"), text("salary_max")) if part)
    note = _cell(cells, columns, "note") or None
    if kept:
        note = "\n".join([*([note] if note else []), *kept])
    return ImportRow(
        row=row,
        company=company,
        role=role,
        applied_on=applied_on,
        stage=stage or (outcomes[-1][0] if outcomes else "applied"),
        status=clean_text(status) or None,
        status_unknown=stage is None and bool(status) and map_status(status, ctx.statuses) is None,
        url=plain_url(_cell(cells, columns, "url")),
        note=note,
        source=text("source") or (ctx.source.default_source if ctx.source else None),
        follow_up_on=follow_up_on,
        stage_on=stage_on,
        deadline_on=deadline_on,
        location=text("location"),
        salary=salary,
        resume=text("resume"),
        undated=undated,
        outcomes=outcomes,
        planned_interview=planned,
    )


def history_for(item: ImportRow) -> list[tuple[str | None, str, date]]:
    """The stage moves an imported application gets: (from, to, on), in date order.

    The first is the application itself, from nothing to "applied" on the date
    applied ("saved" for a job not sent yet). Then each outcome the file dates
    (an interview, an offer, a rejection), on its date. Last, the stage its
    status gives, when the dated outcomes did not already end there: on the
    status date when the file has one, else on the latest date known.
    """
    if item.stage == "saved":
        return [(None, "saved", item.applied_on)]
    moves: list[tuple[str | None, str, date]] = [(None, "applied", item.applied_on)]
    current, latest = "applied", item.applied_on
    for stage, on in item.outcomes:
        if stage != current:
            moves.append((current, stage, on))
            current, latest = stage, max(latest, on)
    if item.stage != current:
        moves.append((current, item.stage, max(item.stage_on or latest, latest)))
    return moves
