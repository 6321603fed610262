"""The trackers and templates people arrive with, recognised by their header row.

Each source names the columns it always has (its signature, as
``normalise_header`` spells them), the columns that mean something particular
in it (Huntr's ``createdAt`` is the only date it gives; JobSync's ``applied``
is a Yes/No, not a date), the words its statuses use, and how it writes dates.
Everything else falls back on the general header spellings in importing.py,
so an export with a renamed or extra column still comes in.

Plain data and one function: no database, no terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    key: str  # what --from takes
    name: str  # "a Huntr export": said in the summary
    signature: tuple[str, ...]  # normalised headers that must all be there ("a|b": either)
    columns: dict[str, str] = field(default_factory=dict)  # normalised header -> field, beating the general guess
    statuses: dict[str, str] = field(default_factory=dict)  # normalised status -> stage
    date_order: str | None = None  # "dmy" or "mdy" when the source always writes one way
    list_style: bool = False  # an empty company under a filled one continues it
    default_source: str | None = None  # where the jobs were found, when the file has no column for it
    note: str = ""  # what --formats says about it


SOURCES: tuple[Source, ...] = (
    Source(
        "linkedin",
        "LinkedIn's data download (Job Applications.csv)",
        ("application date", "company name", "job title", "job url"),
        columns={"application date": "applied_on", "resume name": "resume", "job url": "url"},
        date_order="mdy",
        default_source="LinkedIn",
        note="Settings > Data privacy > Get a copy of your data > Job applications",
    ),
    Source(
        "linkedin-saved",
        "LinkedIn's data download (Saved Jobs.csv)",
        ("saved date", "job url", "job title", "company name"),
        columns={"saved date": "saved_on", "job url": "url"},
        date_order="mdy",
        default_source="LinkedIn",
        note="the same download, jobs you saved: they come in as saved",
    ),
    Source(
        "huntr",
        "a Huntr export",
        ("company name", "title", "list name"),
        # Huntr gives the day a job was added; with no applied date, that is the closest there is.
        columns={
            "list name": "stage",
            "created at": "applied_on",
            "created": "applied_on",
            "board name": "ignore",
            "html description": "ignore",
            "last moved at": "stage_on",
        },
        statuses={"wishlist": "saved", "apply": "applied", "interview": "interviewing", "offer": "offer"},
        note="Board > ... > Export to CSV",
    ),
    Source(
        "teal",
        "a Teal export",
        ("company", "job position", "status"),
        columns={
            "job position": "role",
            "date saved": "saved_on",
            "excitement": "ignore",
            "min salary": "salary_min",
            "max salary": "salary_max",
        },
        statuses={"bookmarked": "saved", "applying": "saved", "negotiating": "offer", "i withdrew": "withdrawn"},
        date_order="mdy",  # Teal writes dates the US way; a file that shows otherwise wins
        note="Job Tracker > Export",
    ),
    Source(
        "jobsync",
        "a JobSync export",
        ("job title", "applied date", "applied"),
        columns={"applied": "applied_flag", "applied date": "applied_on", "due date": "deadline_on"},
        statuses={"draft": "saved", "expired": "withdrawn", "archived": "withdrawn"},
        note="My Jobs > Export (CSV)",
    ),
    Source(
        "simplify",
        "a Simplify job list",
        ("company", "role", "location", "application|application link"),
        columns={"date posted": "saved_on", "application link": "url", "application": "url", "age": "age"},
        list_style=True,
        note="the SimplifyJobs internship and new-grad lists (↳ marks another role at the company above)",
    ),
    Source(
        "simplify-tracker",
        "a Simplify tracker export",
        ("job title", "company name", "applied date", "status date"),
        columns={"archived": "ignore", "date archived": "ignore"},
        statuses={"screen": "screening", "saved": "saved"},
        note="Simplify's own job tracker > Export",
    ),
    Source(
        "notion",
        "a Notion job tracker",
        ("company|company name", "position", "status", "notion"),
        columns={"position": "role", "deadline": "deadline_on", "next action date": "follow_up_on"},
        statuses={"researching": "saved", "not started": "saved", "to apply": "saved", "on hold": "applied"},
        note="a Notion database exported as Markdown & CSV",
    ),
    Source(
        "airtable",
        "an Airtable job tracker",
        ("company", "position", "stage"),
        columns={"position": "role", "stage": "stage", "applied date": "applied_on"},
        statuses={"researching": "saved", "interested": "saved"},
        date_order="mdy",  # Airtable's default date format (M/D/YYYY); a file that shows otherwise wins
        note="a grid view > Download CSV",
    ),
    Source(
        "bewerbungsliste",
        "a German application list for the employment agency",
        ("unternehmen|firma|arbeitgeber", "position|stelle|stellenbezeichnung|stelle tätigkeit|tätigkeit"),
        columns={
            "unternehmen": "company",
            "firma": "company",
            "arbeitgeber": "company",
            "position": "role",
            "stelle": "role",
            "stellenbezeichnung": "role",
            "versanddatum": "applied_on",
            "bewerbungsdatum": "applied_on",
            "beworben am": "applied_on",
            "datum": "applied_on",
            "absage": "rejected_on",
            "vorstellungsgespräch": "interview_on",
            "vorstellungsgespraech": "interview_on",
            "zusage": "offer_on",
            "bemerkungen": "note",
            "bemerkung": "note",
            "art der bewerbung": "ignore",
            "ansprechpartner": "ignore",
        },
        statuses={
            "offen": "applied",
            "absage": "rejected",
            "zusage": "offer",
            "eingeladen": "interviewing",
            "einladung": "interviewing",
            "keine rückmeldung": "no-response",
            "keine antwort": "no-response",
        },
        date_order="dmy",
        note="Bewerbungsliste / Nachweis der Eigenbemühungen (dates like 04.03.2026)",
    ),
    Source(
        "careeronestop",
        "a CareerOneStop work-search log",
        (
            "employer|employer name|employer name address|company name|name of employer",
            "follow up|result follow up|results|method of contact",
            "date|date applied|date of contact",
            "contact|contact person|person contacted",
        ),
        columns={
            "employer": "company",
            "employer name": "company",
            "date": "applied_on",
            "results": "stage",
            "result": "stage",
            "result follow up": "stage",
            "method": "ignore",
            "method of contact": "ignore",
            "status": "stage",
        },
        date_order="mdy",
        note="the US Department of Labor's work search log, and the states' weekly logs like it",
    ),
    Source(
        "spreadsheet",
        "a job-search spreadsheet",
        ("company|company name|employer|employer name", "status|application status|stage|current status"),
        note="Google Sheets and Excel templates in English: Company, Position or Job Title, Date Applied, Status",
    ),
)
BY_KEY = {source.key: source for source in SOURCES}


def recognise(headers: set[str], looks_like_notion: bool = False) -> Source | None:
    """The source whose whole signature the header holds (the longest signature wins), or None.

    Notion's export has no column of its own: its emoji statuses and dates like
    "March 2, 2026" tell it from a spreadsheet with the same columns
    (``looks_like_notion``, which stands in for the "notion" signature item).
    """
    if looks_like_notion:
        headers = headers | {"notion"}
    best: Source | None = None
    for source in SOURCES:
        if all(any(name in headers for name in item.split("|")) for item in source.signature) and (
            best is None or len(source.signature) > len(best.signature)
        ):
            best = source
    return best
