"""What a partner export may carry: private by default, more only when named.

Pure functions over the review's JSON, so the review, the export and every
format share the same figures and only differ in what is left out.
"""

from __future__ import annotations

import re
from typing import Any

from peerjob.errors import BadInput

# What `--include` can add, and what each one brings.
PRIVATE_CATEGORIES = {
    "journal": "journal entries with their text, mood and energy",
    "reframes": "your reframes of rejections and their next steps",
    "notes": "free-text notes on applications and stage moves",
    "disclosure": "disclosure plans",
    "strengths": "strengths with their stories",
    "contacts": "partners' contact details and the people at your applications",
    "boundaries": "your work-life boundaries",
    "agreed": "goals agreed at check-ins, done or not yet",
    "plan": "your wellness plan, section by section",
    "stories": "your story bank: titles, kinds and the stories",
    "training": "the names of training you finished (how many is always there)",
}
# Shown by default; named only to say so explicitly (it can't be combined with --anonymize).
PUBLIC_CATEGORIES = {"companies"}
FORMATS = ("markdown", "html", "json")


def parse_include(values: list[str] | None) -> set[str]:
    chosen: set[str] = set()
    for value in values or []:
        for name in value.split(","):
            name = name.strip().lower()
            if not name:
                continue
            if name not in PRIVATE_CATEGORIES and name not in PUBLIC_CATEGORIES:
                known = ", ".join([*PRIVATE_CATEGORIES, *sorted(PUBLIC_CATEGORIES)])
                raise BadInput(f"Unknown --include '{name}'. Choose from: {known}.")
            chosen.add(name)
    return chosen


def parse_format(text: str) -> str:
    cleaned = text.strip().lower()
    aliases = {"md": "markdown", "htm": "html"}
    cleaned = aliases.get(cleaned, cleaned)
    if cleaned not in FORMATS:
        raise BadInput(f"Unknown format '{text}'. Use markdown, html or json.")
    return cleaned


class Anonymiser:
    """'Company A', 'Company B', ... in the order they first appear in the export.

    ``known`` are every company name that free text might mention; a letter
    is given only when a name is actually shown or found, so letters don't skip.
    """

    def __init__(self, known: list[str] | tuple[str, ...] = ()) -> None:
        self.names: dict[str, str] = {}
        self._known = {name.casefold(): name for name in known if name.strip()}
        self._pattern: re.Pattern[str] | None = None

    def __call__(self, company: str) -> str:
        company = self._known.get(company.casefold(), company)
        if company not in self.names:
            index = len(self.names)
            letters = ""
            while True:
                letters = chr(ord("A") + index % 26) + letters
                index = index // 26 - 1
                if index < 0:
                    break
            self.names[company] = f"Company {letters}"
            self._known.setdefault(company.casefold(), company)
            self._pattern = None
        return self.names[company]

    def scrub(self, text: str | None) -> str | None:
        """Replace every known company name inside free text: whole words, any case, longest first."""
        if not text or not self._known:
            return text
        if self._pattern is None:
            names = sorted(self._known.values(), key=len, reverse=True)
            self._pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)", re.IGNORECASE)
        return self._pattern.sub(lambda match: self(match.group(1)), text)


def shareable(review: dict[str, Any], *, include: set[str], anonymise: bool, extras: dict[str, Any]) -> dict[str, Any]:
    """The review's JSON, with what is private removed unless included.

    ``extras`` maps included category names to the private records fetched
    for them (store/export.py).
    """
    data = dict(review)
    data["private"] = bool(include & set(PRIVATE_CATEGORIES))
    data["included"] = sorted(include & set(PRIVATE_CATEGORIES))
    data["anonymized"] = anonymise
    data.pop("isolation_nudge", None)  # a note to self, not for the partner
    data.pop("load_note", None)  # read from the journal's energy: a note to self, never for the partner
    if "agreed" not in include:  # what was agreed at a check-in is private, like the check-in's notes
        data["agreed_goals"] = []
    if "journal" not in include:
        for key in ("mood_average", "energy_average", "mood_by_day", "top_practices"):
            data.pop(key, None)
    if "boundaries" not in include:
        data.pop("boundaries", None)
        data.pop("boundary_checks", None)
    moves = []
    for move in data.get("stage_changes", []):
        move = dict(move)
        if "reframes" not in include:
            for key in ("next_step", "next_step_on", "reframe"):
                move.pop(key, None)
        moves.append(move)
    data["stage_changes"] = moves
    for key in ("due_this_week", "due_next_week"):  # "Coming up": what the person planned
        data[key] = [
            dict(item) for item in data.get(key, []) if "reframes" in include or "reframe" not in item.get("kind", "")
        ]
        if "training" not in include:  # how many, yes; which course, only when named
            unnamed = {"training": "Training planned", "renewal": "A credential to renew"}
            data[key] = [
                dict(item, title=unnamed[item["kind"]]) if item.get("kind") in unnamed else item for item in data[key]
            ]
    for category in sorted(include & set(PRIVATE_CATEGORIES) - {"agreed", "training"}):  # agreed: with the goals
        data[category] = extras.get(category, [])
    # Training: how many were finished is always there; which ones only when named.
    finished = list(data.get("training_finished") or [])
    data["training_finished"] = len(finished)
    if "training" in include:
        data["training"] = finished
    else:
        data["win_items"] = [
            dict(win, text="Training finished") if win.get("kind") == "training" else win
            for win in data.get("win_items", [])
        ]

    if anonymise:
        alias = Anonymiser(extras.get("_companies", []))
        for move in data["stage_changes"]:
            move["company"] = alias(move["company"])
        for extra in data.get("notes", []):
            extra["company"] = alias(extra["company"])
        for extra in data.get("disclosure", []):
            extra["company"] = alias(extra["company"])
        for extra in data.get("reframes", []):
            extra["company"] = alias(extra["company"])
        for item in [*data["due_this_week"], *data["due_next_week"]]:
            item["title"] = alias.scrub(item["title"])
        for win in data.get("win_items", []):
            win["text"] = alias.scrub(win["text"])
        for milestone in data.get("milestones", []):
            milestone["title"] = alias.scrub(milestone["title"])
        data["headline"] = alias.scrub(data["headline"])
        # Private text the person chose to include may name companies too.
        for category in data["included"]:
            for record in data.get(category) or []:
                if isinstance(record, dict):
                    for key, value in record.items():
                        if key != "company" and isinstance(value, str):
                            record[key] = alias.scrub(value)
        if "boundaries" in data:
            data["boundaries"] = [alias.scrub(text) for text in data["boundaries"]]
    return data


def for_the_reader(data: dict[str, Any], *, name: str = "", reader: str = "") -> dict[str, Any]:
    """The page as the partner reads it: about the person (by ``name``, or neutrally), never "you".

    The review speaks to the person ("You kept showing up"); an export is read by
    someone else, so its heading, opening line and milestone titles are said
    again here, and ``reader`` (`--for Sam`) is greeted by name.
    """
    from peerjob.domain.review import effort_phrase, still_counts

    page = dict(data)
    span = f"{data['week_start']} to {data['week_end']}"
    page["title"] = f"{name}'s job search, {span}" if name else f"Job search update: {span}"
    page["greeting"] = f"Hi {reader}, here is how the search went." if reader else ""
    effort = effort_phrase(
        {
            "applications": data["applications_logged"],
            "wins": data["wins"],
            "checkins": data["checkins"],
            "journal_days": data["journal_days"],
        }
    )
    total = data.get("applications_total", 0)
    if data.get("empty"):
        page["headline"] = (
            f"Nothing here yet. Each week, {name + chr(39) + 's' if name else 'the'} applications, wins, "
            "check-ins and self-care will show up on this page."
        )
    elif data.get("returning") and not data["stage_changes"]:
        back = f"{name} is back after some time away." if name else "Back after some time away."
        page["headline"] = f"{back} Still counted: {still_counts(data['all_time'])}."
    elif effort != "a quieter week":
        page["headline"] = (
            f"{name} put in {effort}. Each one was a step taken by choice."
            if name
            else f"Put in: {effort}. Each one was a step taken by choice."
        )
    elif data["stage_changes"]:
        page["headline"] = f"Replies came in, from applications sent earlier. All {total} of them still count."
    else:
        page["headline"] = f"A quieter stretch. The {total} applications sent before it still count."
    owner = f"{name}'s " if name else ""
    page["milestones"] = [
        dict(milestone, title=_third_person(milestone["title"], owner)) for milestone in data.get("milestones", [])
    ]
    return page


def _third_person(title: str, owner: str) -> str:
    """ "Your first volunteering win" -> "Maya's first volunteering win" (or "First volunteering win")."""
    if title.startswith("Your "):
        rest = title[len("Your ") :]
        return owner + rest if owner else rest[:1].upper() + rest[1:]
    return title
