"""`peerjob stats` on a terminal: figures as information, never as a grade."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from peerjob.domain.stats import Funnel, percent
from peerjob.messages import choose


def print_stats(console: Console, figures: Funnel) -> None:
    if not figures.applications and not figures.saved:
        console.print('No applications yet. Log your first with: peerjob log ACME "Support Specialist"', markup=False)
        return
    sent = figures.applications
    console.print(
        f"{sent} application{'s' if sent != 1 else ''} sent"
        + (f", {figures.saved} saved for later" if figures.saved else "")
        + ".",
        style="bold",
        markup=False,
    )
    from peerjob.render.console import rows_or_lines

    stages = Table(show_edge=False, pad_edge=False)
    stages.add_column("Stage")
    stages.add_column("Applications", justify="right")
    rows = [(stage, str(count)) for stage, count in figures.by_stage.items() if count]
    console.print(
        rows_or_lines(
            stages,
            ("Stage", "Applications"),
            rows,
            title="Where they are now",
            in_words=lambda row: f"{row[0]}: {row[1]}",
        )
    )
    console.print(
        f"Reached a screening: {figures.reached_screening} ({percent(figures.screening_share)}). "
        f"Reached an interview: {figures.reached_interview} ({percent(figures.interview_share)}).",
        markup=False,
    )
    middle = [f"Reached an offer: {figures.reached_offer} ({percent(figures.offer_share)})."]
    if figures.rounds:
        middle.append(
            f"Interview rounds: {figures.rounds}, across {figures.with_rounds} "
            f"application{'s' if figures.with_rounds != 1 else ''} "
            f"({figures.rounds_per_interviewed:g} each on average)."
        )
    if figures.follow_ups:
        middle.append(f"Follow-ups sent: {figures.follow_ups}, each one a step you took.")
    from peerjob.render.console import plain_layout

    for line in middle if plain_layout() else [" ".join(middle)]:  # plain: one fact a line
        console.print(line, markup=False)
    if figures.median_days_to_reply is not None:
        days = figures.median_days_to_reply
        shown = f"{days:g}"
        console.print(
            f"Replies: {figures.replies}; the typical wait for one was {shown} day{'s' if days != 1 else ''} (median).",
            markup=False,
        )
    else:
        console.print("No replies recorded yet. Many employers take weeks, or never write back at all.", markup=False)
    if figures.by_source:
        sources = Table(show_edge=False, pad_edge=False)
        headings = ("Source", "Sent", "Screening", "Interview", "Share screened")
        for heading in headings:
            sources.add_column(heading, justify="left" if heading == "Source" else "right", overflow="fold")
        source_rows = [
            (
                row.source,
                str(row.applications),
                str(row.reached_screening),
                str(row.reached_interview),
                percent(row.screening_share),
            )
            for row in figures.by_source
        ]
        console.print(rows_or_lines(sources, headings, source_rows, title="By source"))
    console.print(choose("stats_note", sent), style="italic", markup=False)


def stats_shown(figures: Funnel, *, as_json: bool) -> None:
    from peerjob.render.console import out, print_json

    if as_json:
        print_json(figures)
        return
    print_stats(out(), figures)
