"""The partner summary as one self-contained HTML page.

Inline CSS and an inline SVG chart; no scripts, fonts, images or links to
anything outside the file (a Content-Security-Policy says so to the browser
too). Every piece of user text is escaped.
"""

from __future__ import annotations

from html import escape

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

CSS = """
:root { --ink: #1f2933; --soft: #52606d; --accent: #2f7d6d; --line: #d9e2ec; }
* { box-sizing: border-box; }
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink);
       margin: 0 auto; padding: 1.25rem; max-width: 42rem; line-height: 1.5; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.span { color: var(--soft); margin: 0 0 1rem; }
.headline { font-size: 1.1rem; }
ul { padding-left: 1.2rem; margin: .25rem 0; }
table.figures { border-collapse: collapse; width: 100%; }
table.figures td { padding: .2rem .4rem; border-bottom: 1px solid var(--line); }
table.figures td.n { text-align: right; font-weight: 600; width: 4rem; }
.met { color: var(--accent); font-weight: 600; }
.meter { background: var(--line); border-radius: 4px; height: .6rem; overflow: hidden; }
.meter > span { display: block; height: 100%; background: var(--accent); }
svg { width: 100%; height: auto; max-width: 36rem; }
footer { color: var(--soft); font-size: .85rem; margin-top: 2rem; }
@media print {
  @page { size: auto; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  section { break-inside: avoid; }
}
"""


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def activity_svg(weeks: list[dict]) -> str:
    """A bar per week, a dot for a quiet week; every week labelled by its first day, under its count."""
    width, height, gap = 360, 120, 6
    bar_width = (width - gap * (len(weeks) + 1)) / max(len(weeks), 1)
    top = max([week["count"] for week in weeks] + [1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height + 34}" role="img" '
        f'aria-label="Steps each week, oldest first">'
    ]
    for index, week in enumerate(weeks):
        x = gap + index * (bar_width + gap)
        count = week["count"]
        title = f"<title>Week of {escape(str(week['week_start']))}: {count}</title>"
        if count:
            bar_height = max(3.0, height * count / top)
            parts.append(
                f'<rect x="{x:.1f}" y="{height - bar_height:.1f}" width="{bar_width:.1f}" '
                f'height="{bar_height:.1f}" rx="2" fill="#2f7d6d">{title}</rect>'
            )
        else:
            parts.append(
                f'<circle cx="{x + bar_width / 2:.1f}" cy="{height - 3}" r="2.5" fill="#9aa5b1">{title}</circle>'
            )
        parts.append(
            f'<text x="{x + bar_width / 2:.1f}" y="{height + 15}" font-size="10" text-anchor="middle" '
            f'fill="#52606d">{count}</text>'
        )
        day = str(week["week_start"])  # "2026-11-16" -> "16 Nov": short enough for twelve under one chart
        label = f"{int(day[8:10])} {MONTHS[int(day[5:7]) - 1]}" if len(day) == 10 else escape(day)
        parts.append(
            f'<text x="{x + bar_width / 2:.1f}" y="{height + 29}" font-size="7" text-anchor="middle" '
            f'fill="#52606d">{label}</text>'
        )
    parts.append("</svg>")
    legend = '<p class="legend">Each bar is one week, labelled by its first day: applications, wins, check-ins and journal days added up.</p>'
    return "".join(parts) + legend


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def render_html(data: dict) -> str:
    title = data.get("title") or f"Job search update: {span_title(data)}"
    body = [f"<h1>{escape(title)}</h1>"]
    if data.get("greeting"):
        body.append(f"<p>{escape(data['greeting'])}</p>")
    body.append(f'<p class="headline">{escape(data["headline"])}</p>')
    if effort_lines(data):
        body += [
            '<section><h2>Effort</h2><table class="figures">',
            *(f'<tr><td>{escape(label)}</td><td class="n">{count}</td></tr>' for label, count in effort_lines(data)),
            "</table></section>",
        ]
    for item in data.get("agreed_goals", []):  # shown only when included (--include agreed)
        state = "done" if item["done_on"] else "not yet"
        body.append(f"<p>Agreed with {escape(item['partner'])}: {escape(item['text'])}: {state}</p>")
    if data["goals"]:
        body.append('<section><h2>Goals</h2><table class="figures">')
        for goal in data["goals"]:
            if not goal["done"]:  # an aim, said in words, with no empty bar beside it
                body.append(f"<tr><td>{escape(goal_line(goal))}</td><td></td></tr>")
                continue
            share = min(100, round(100 * goal["done"] / goal["target"])) if goal["target"] else 0
            css = ' class="met"' if goal["met"] else ""
            body.append(
                f"<tr><td{css}>{escape(goal_line(goal))}</td>"
                f'<td style="width:40%"><div class="meter"><span style="width:{share}%"></span></div></td></tr>'
            )
        body.append("</table></section>")
    if data["win_items"] or data["milestones"]:
        items = [f"{escape(str(w['date']))}: {escape(w['text'])} ({escape(w['kind'])})" for w in data["win_items"]]
        items += [f"{escape(str(m['reached_on']))}: {escape(m['title'])} (milestone)" for m in data["milestones"]]
        body.append(f"<section><h2>Wins and milestones</h2>{_list(items)}</section>")
    if data["stage_changes"]:
        items = []
        for move in data["stage_changes"]:
            who, what = move_text(move)
            item = f"{escape(str(move['date']))}: {escape(who)}, {escape(what)}"
            if move.get("next_step"):
                item += f"; next step: {escape(move['next_step'])}"
            items.append(item)
        body.append(f"<section><h2>Replies and moves</h2>{_list(items)}</section>")
    if not data.get("returning"):  # after a gap the headline says what still counts: no row of quiet weeks
        body.append(
            f"<section><h2>Momentum</h2><p>{escape(momentum_line(data))}</p>"
            f"{activity_svg(data['activity_by_week'])}</section>"
        )
    planned = [*data.get("due_this_week", []), *data["due_next_week"]]
    if planned:
        coming = _list([f"{escape(str(i['due_on']))}: {escape(i['title'])}" for i in planned])
    else:
        coming = f"<p>{NOTHING_SCHEDULED}</p>"
    body.append(f"<section><h2>Coming up</h2>{coming}</section>")
    if data.get("boundaries"):
        from peerjob.domain.wellness import boundary_answers_words

        checked = {check["boundary"]: check["answers"] for check in data.get("boundary_checks") or []}
        data = dict(
            data,
            boundaries=[
                text + (f" (so far: {boundary_answers_words(checked[text])})" if checked.get(text) else "")
                for text in data["boundaries"]
            ],
        )
        body.append(
            f"<section><h2>Boundaries for the new job</h2>{_list([escape(t) for t in data['boundaries']])}</section>"
        )
    for category in data.get("included", []):
        if category in ("boundaries", "agreed"):
            continue  # shown above (agreed goals with the goals)
        records = data.get(category) or []
        items = [
            "; ".join(
                f"{escape(label)}: {escape(text)}" if label else escape(text)
                for label, text in private_rows(category, r)
            )
            for r in records
        ]
        content = _list(items) if items else "<p>Nothing recorded for this span.</p>"
        body.append(f"<section><h2>{escape(CATEGORY_TITLES[category])}</h2>{content}</section>")
    body.append("<footer>Shared from peerjob. Private notes stay private unless chosen.</footer>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
