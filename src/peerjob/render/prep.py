"""The interview prep sheet, on a terminal (rich) and as Markdown, from one PrepSheet."""

from __future__ import annotations

import re
from pathlib import Path

from peerjob.domain.review import stage_move_words
from peerjob.domain.toolkit import DISCLOSURE_NOTE, PrepSheet, debrief_lines, round_summary, story_lines
from peerjob.render.markdown import escape

NOTE_LINES = 4  # empty lines left for notes

# A line's start that CommonMark could read as a block (heading, quote, list,
# thematic break, setext underline, table): escaped so user text stays text.
_BLOCK_START = re.compile(r"^(?:([#>+=|-])|(\d+)([.)]))")


def escape_line(text) -> str:
    """User text that may start a line (or a list item's content), shown literally."""
    escaped = escape(text)
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), escaped)


def _history_text(change: dict, *, in_words: bool = False) -> str:
    return stage_move_words(change["from"], change["to"], in_words=in_words)


def _person(person: dict) -> str:
    reach = ", ".join(part for part in (person["email"], person["phone"]) if part)
    return f"{person['name']} ({person['role']})" + (f": {reach}" if reach else "")


def _win_text(win: dict) -> str:
    return f"{win['date'].isoformat()}: {win['text']} ({win['kind']})"


def render_prep_markdown(sheet: PrepSheet) -> str:
    lines = [f"# Interview prep: {escape(sheet.company)}, {escape(sheet.role)}", ""]
    lines.append(
        f"Prepared on {sheet.prepared_on.isoformat()}. Application {sheet.application_id}, "
        f"applied on {sheet.applied_on.isoformat()}, now at {sheet.stage}."
    )
    if sheet.url:
        lines += ["", f"Posting: {escape(sheet.url)}"]
    if sheet.start_on:
        lines += ["", f"First day: {sheet.start_on.isoformat()}"]
    for label, value in sheet.sent:
        lines += ["", f"{label}: {escape(value)}"]
    if sheet.contacts:
        lines += ["", "## People", ""]
        lines += [f"- {escape(_person(person))}" for person in sheet.contacts]
    if sheet.rounds:
        lines += ["", "## Interview rounds", ""]
        for round_ in sheet.rounds:
            lines.append(f"- {escape(round_summary(round_))}")
            lines += [f"  - {escape_line(line)}" for line in debrief_lines(round_)]
    lines += ["", "## Stage history", ""]
    for change in sheet.history:
        line = f"- {change['date'].isoformat()}: {_history_text(change)}"
        if change["note"]:
            line += f"; {escape(change['note'])}"
        lines.append(line)

    lines += ["", "## Your strengths", ""]
    if sheet.strengths:
        for strength in sheet.strengths:
            used = " (linked to this application)" if strength.linked else ""
            lines.append(f"- **{escape_line(strength.name)}**{used}")
            lines += [f"  - {escape_line(part)}" for part in story_lines(strength.story)]
    else:
        lines.append(f"None yet. Add one: peerjob strength add resilience --app {sheet.application_id}")

    if sheet.training:
        lines += ["", "## Training and credentials", ""]
        lines += [f"- {escape_line(training_line(row))}" for row in sheet.training]

    if sheet.stories:
        lines += ["", "## Stories you might tell", ""]
        for story in sheet.stories:
            why = " (linked to this application)" if story["linked"] else " (for when a gap comes up)"
            lines.append(f"- **{escape_line(story['title'])}**{why}")
            lines += [f"  - {escape_line(part)}" for part in story_lines(story["text"])]

    if sheet.disclosure:
        lines += ["", "## Disclosure plan (private)", ""]
        lines.append(f"- Plan: {sheet.disclosure['plan']}. {sheet.disclosure['description']}")
        if sheet.disclosure["note"]:
            lines.append(f"- Note: {escape(sheet.disclosure['note'])}")
        lines += ["", DISCLOSURE_NOTE]

    lines += ["", "## Questions to ask", ""]
    lines += [f"- {question}" for question in sheet.questions]

    lines += ["", "## Practice", ""]
    if sheet.practice:
        lines += [f"- {escape(_win_text(win))}" for win in sheet.practice]
    else:
        lines.append("No practice logged for this application yet. A mock interview with a peer counts as a win.")
    if sheet.general_practice:
        lines += ["", "General practice:", ""]
        lines += [f"- {escape(_win_text(win))}" for win in sheet.general_practice]
        if sheet.more_general_practice:
            lines.append(f"- and {sheet.more_general_practice} earlier")

    if sheet.experience:
        lines += ["", "## Experience: volunteering and mentoring", ""]
        lines += [f"- {escape(_win_text(win))}" for win in sheet.experience]
        if sheet.more_experience:
            lines.append(f"- and {sheet.more_experience} earlier")

    lines += ["", "## Notes", ""]
    lines += ["-"] * NOTE_LINES
    return "\n".join(lines) + "\n"


def prep_renderable(sheet: PrepSheet):
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from peerjob.render.console import hanging, plain_layout

    plain = plain_layout()

    def section(title: str) -> Text:
        return Text(f"\n{title}", style="bold")

    def grid() -> Table:
        return Table.grid(padding=(0, 2))

    parts: list = [
        Text(f"Interview prep: {sheet.company}, {sheet.role}", style="bold"),
        Text(f"Application {sheet.application_id}, applied on {sheet.applied_on.isoformat()}, now at {sheet.stage}."),
    ]
    if sheet.url:
        parts.append(Text(f"Posting: {sheet.url}"))
    if sheet.start_on:
        parts.append(Text(f"First day: {sheet.start_on.isoformat()}"))

    parts += [Text(f"{label}: {value}") for label, value in sheet.sent]
    if sheet.contacts:
        parts.append(section("People"))
        parts += [hanging(_person(person), "- ") for person in sheet.contacts]
    if sheet.rounds:
        parts.append(section("Interview rounds"))
        for round_ in sheet.rounds:
            parts.append(hanging(round_summary(round_), "- "))
            parts += [hanging(line, "    ") for line in debrief_lines(round_)]
    parts.append(section("Stage history"))
    if plain:
        parts += [
            Text(
                f"{change['date'].isoformat()}: {_history_text(change, in_words=True)}"
                + (f"; note: {change['note']}" if change["note"] else "")
            )
            for change in sheet.history
        ]
    else:
        history = grid()
        for change in sheet.history:
            history.add_row(change["date"].isoformat(), _history_text(change), change["note"] or "")
        parts.append(history)

    parts.append(section("Your strengths"))
    if sheet.strengths:
        for strength in sheet.strengths:
            title = Text(strength.name, style="bold cyan")
            if strength.linked:
                title.append(" (linked to this application)", style="dim")
            parts.append(title)
            lines = story_lines(strength.story)
            parts += [hanging(line) for line in lines] or [hanging("(no story yet)", style="dim")]
    else:
        parts.append(Text(f"None yet. Add one: peerjob strength add resilience --app {sheet.application_id}"))

    if sheet.training:
        parts.append(section("Training and credentials"))
        parts += [hanging(training_line(row)) for row in sheet.training]

    if sheet.stories:
        parts.append(section("Stories you might tell"))
        for story in sheet.stories:
            title = Text(story["title"], style="bold cyan")
            title.append(
                " (linked to this application)" if story["linked"] else " (for when a gap comes up)", style="dim"
            )
            parts.append(title)
            parts += [hanging(line) for line in story_lines(story["text"])] or [hanging("(no text yet)", style="dim")]

    if sheet.disclosure:
        parts.append(section("Disclosure plan (private)"))
        parts.append(Text(f"{sheet.disclosure['plan']}: {sheet.disclosure['description']}"))
        if sheet.disclosure["note"]:
            parts.append(Text(f"Note: {sheet.disclosure['note']}"))
        parts.append(Text(DISCLOSURE_NOTE, style="dim"))

    parts.append(section("Questions to ask"))
    parts += [hanging(question, "- ") for question in sheet.questions]

    parts.append(section("Practice"))
    if sheet.practice:
        parts += [hanging(_win_text(win), "- ") for win in sheet.practice]
    else:
        parts.append(Text("No practice logged for this application yet. A mock interview with a peer counts as a win."))
    if sheet.general_practice:
        parts.append(Text("General practice:"))
        parts += [hanging(_win_text(win), "- ") for win in sheet.general_practice]
        if sheet.more_general_practice:
            parts.append(hanging(f"and {sheet.more_general_practice} earlier", "- "))

    if sheet.experience:
        parts.append(section("Experience: volunteering and mentoring"))
        parts += [hanging(_win_text(win), "- ") for win in sheet.experience]
        if sheet.more_experience:
            parts.append(hanging(f"and {sheet.more_experience} earlier", "- "))

    if not plain:  # lines to write on, for a screen or paper; nothing to read out
        parts.append(section("Notes"))
        parts += [Text("_" * 40, style="dim") for _ in range(NOTE_LINES - 1)]
    return Group(*parts)


def prep_shown(sheet: PrepSheet, application_id: int, target: Path | None, *, force: bool) -> None:
    """On the terminal, or as Markdown in an owner-only file."""
    from peerjob.render.console import celebrate, out

    if target is None:
        out().print(prep_renderable(sheet))
        return
    from peerjob.fileio import write_private_text
    from peerjob.messages import choose

    write_private_text(target, render_prep_markdown(sheet), overwrite=force)
    if str(target) == "-":
        return  # the Markdown went to standard output: no line about a file
    celebrate(choose("prep_written", application_id, company=sheet.company, path=target))


def training_line(row: dict) -> str:
    """'First aid (Red Cross), 2026-11-20; renews 2027-11-20'."""
    line = row["name"] + (f" ({row['issuer']})" if row.get("issuer") else "") + f", {row['done_on']}"
    return line + (f"; renews {row['renews_on']}" if row.get("renews_on") else "")
