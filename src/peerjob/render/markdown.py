"""The partner summary as Markdown: reads well as plain text, renders as CommonMark."""

from __future__ import annotations

import re

from peerjob.render.common import (
    CATEGORY_TITLES,
    NOTHING_SCHEDULED,
    effort_lines,
    goal_line,
    momentum_line,
    move_text,
    private_rows,
    span_title,
)

# The characters that can start emphasis, code, links, images, raw HTML,
# autolinks or entities inside a line. User text never starts a line here (it
# always follows "- date: "), so block markers like '#' or '1.' are harmless,
# and leaving other punctuation alone keeps the text readable as plain text.
_ACTIVE = re.compile(r"([\\`*_\[\]<>&~])")


def escape(text) -> str:
    """User text, shown literally in CommonMark; line breaks folded to spaces."""
    return _ACTIVE.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(data: dict) -> str:
    title = data.get("title") or f"Job search update: {span_title(data)}"
    lines = [f"# {escape(title)}", ""]
    if data.get("greeting"):
        lines += [escape(data["greeting"]), ""]
    lines += [escape(data["headline"]), ""]
    if effort_lines(data):
        lines += ["## Effort", ""]
        lines += [f"- {label}: {count}" for label, count in effort_lines(data)]
        lines.append("")
    agreed = data.get("agreed_goals", [])
    if data["goals"] or agreed:
        lines += ["## Goals", ""]
        lines += [f"- {goal_line(goal)}" for goal in data["goals"]]
        lines += [
            f"- Agreed with {escape(item['partner'])}: {escape(item['text'])}: "
            + ("done" if item["done_on"] else "not yet")
            for item in agreed
        ]
        lines.append("")
    if data["win_items"] or data["milestones"]:
        lines += ["## Wins and milestones", ""]
        lines += [f"- {win['date']}: {escape(win['text'])} ({win['kind']})" for win in data["win_items"]]
        lines += [f"- {m['reached_on']}: {escape(m['title'])} (milestone)" for m in data["milestones"]]
        lines.append("")
    if data["stage_changes"]:
        lines += ["## Replies and moves", ""]
        for move in data["stage_changes"]:
            who, what = move_text(move)
            line = f"- {move['date']}: {escape(who)}, {what}"
            if move.get("next_step"):
                line += f"; next step: {escape(move['next_step'])}"
            lines.append(line)
        lines.append("")
    if not data.get("returning"):  # after a gap the headline says what still counts: no row of quiet weeks
        lines += ["## Momentum", ""]
        lines += [momentum_line(data), ""]
        # Every week named, and what the number counts said in words.
        weeks = ", ".join(f"{week['week_start']}: {week['count']}" for week in data["activity_by_week"])
        lines += [
            "Steps each week (applications, wins, check-ins and journal days), by the week's first day, "
            f"oldest first: {weeks}.",
            "",
        ]
    lines += ["## Coming up", ""]
    coming = [*data.get("due_this_week", []), *data["due_next_week"]]
    if coming:
        lines += [f"- {item['due_on']}: {escape(item['title'])}" for item in coming]
    else:
        lines.append(NOTHING_SCHEDULED)
    lines.append("")
    if data.get("boundaries"):
        from peerjob.domain.wellness import boundary_answers_words

        checked = {check["boundary"]: check["answers"] for check in data.get("boundary_checks") or []}
        lines += ["## Boundaries for the new job", ""]
        lines += [
            f"- {escape(text)}" + (f" (so far: {boundary_answers_words(checked[text])})" if checked.get(text) else "")
            for text in data["boundaries"]
        ]
        lines.append("")
    for category in data.get("included", []):
        records = data.get(category) or []
        if category in ("boundaries", "agreed"):
            continue  # shown above (agreed goals with the goals)
        lines += [f"## {CATEGORY_TITLES[category]}", ""]
        if not records:
            lines += ["Nothing recorded for this span.", ""]
        for record in records:
            pairs = private_rows(category, record)
            lines.append(
                "- " + "; ".join(f"{label}: {escape(text)}" if label else escape(text) for label, text in pairs)
            )
        lines.append("")
    lines.append("Shared from peerjob. Private notes stay private unless chosen.")
    return "\n".join(lines) + "\n"
