"""What the journal commands print: the saved line, the list, one entry, and the trends."""

from __future__ import annotations

from typing import Any

from peerjob.actions.journal import EntriesListed, EntrySaved
from peerjob.messages import choose, choose_in_turn
from peerjob.render.console import celebrate_step, facts, hanging, out, plain_layout, print_json, rows_or_lines, say
from peerjob.render.listing import Column, Listing, show_listing, text_or_dash


def entry_saved(result: EntrySaved, *, quiet: bool = False) -> None:
    """The thank-you line; with --quiet only the support line, if a very low mood asked for it (never left out)."""
    moment = "journal_support_plan" if result.has_plan else "journal_support"
    if quiet:
        if result.offer_support:
            say(choose(moment, result.id))
        return
    saved = "journal_saved_low" if result.mood is not None and result.mood <= 2 else "journal_saved"
    celebrate_step(choose_in_turn(saved, result.turn), result.milestones, suffix=f" (ID {result.id})")
    for tag, close in result.close_practices:
        say(choose("practice_new", tag, tag=tag, close=close))
    if result.offer_support:
        say(choose(moment, result.id))


def first_line(text: str | None, width: int = 60) -> str:
    """An entry's first line, cut to ``width`` (a mark says when there is more)."""
    if not text:
        return "-"
    line = text.strip().splitlines()[0]
    more = len(text.strip().splitlines()) > 1
    if len(line) > width:
        return line[: width - 1].rstrip() + "…"
    return line + (" …" if more else "")


ENTRIES = Listing(
    columns=(
        Column("ID", lambda entry: entry["id"], fixed=True),
        Column("Date", lambda entry: entry["date"], fixed=True),
        Column("Mood", lambda entry: entry["mood"], fixed=True),
        Column("Energy", lambda entry: entry["energy"], fixed=True, optional=True),
        Column("Practices", lambda entry: entry["practices"], optional=True),
        Column("Text", lambda entry: first_line(entry["text"])),
    ),
    empty='No journal entries yet. A few words count: peerjob journal "Slow start, better afternoon" --mood 3',
    no_match="No journal entries in that span.",
)


def entries_listed(result: EntriesListed, *, as_json: bool) -> None:
    show_listing(ENTRIES, result.entries, as_json=as_json, filtered=result.any_at_all)


def entry_shown(entry: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print_json(entry)
        return
    console = out()
    console.print(f"Journal entry {entry['id']}, {entry['date'].isoformat()}", style="bold", markup=False)
    details = (("Mood", entry["mood"]), ("Energy", entry["energy"]), ("Practices", entry["practices"]))
    console.print(facts([(label, text_or_dash(value)) for label, value in details]))
    if entry["text"]:
        console.print()
        console.print(entry["text"], markup=False, highlight=False)


def journal_stats(data: dict[str, Any], *, weeks: int, as_json: bool) -> None:
    if as_json:
        print_json(data)
        return
    if not data["days_with_entry"]:
        say(
            f"No journal entries in the last {weeks} week{'s' if weeks != 1 else ''}. "
            'A two-line note counts: peerjob journal "Slow start, better afternoon" --mood 3'
        )
        return
    _print_stats(data, weeks)


def _print_stats(data: dict[str, Any], weeks: int) -> None:
    from rich.table import Table

    from peerjob.domain.selfcare import scale_sparkline

    console = out()
    figures = data["weeks"]
    console.print(
        f"Your journal, the last {weeks} week{'s' if weeks != 1 else ''} "
        f"({data['from'].isoformat()} to {data['to'].isoformat()}), oldest first",
        style="bold",
        markup=False,
    )
    mood = "-" if data["mood_average"] is None else f"averaged {data['mood_average']:.1f}"
    energy = "-" if data["energy_average"] is None else f"averaged {data['energy_average']:.1f}"
    days = f"{data['days_with_entry']} day{'s' if data['days_with_entry'] != 1 else ''} with an entry"
    if plain_layout():  # the same figures in words: the weeks with entries are listed just below
        console.print(f"Mood {mood}, energy {energy}; {days}.", markup=False)
    else:
        grid = Table.grid(padding=(0, 2))
        grid.add_row("Mood", scale_sparkline([week["mood"] for week in figures]), mood)
        grid.add_row("Energy", scale_sparkline([week["energy"] for week in figures]), energy)
        grid.add_row("Days", scale_sparkline([week["days"] or None for week in figures], low=0, high=7), days)
        console.print(grid)
    console.print()
    table = Table(show_edge=False, pad_edge=False)
    headings = ("Week of", "Days", "Mood", "Energy")
    for heading in headings:
        table.add_column(heading, no_wrap=True)
    rows = [
        (
            week["week_start"].isoformat(),
            str(week["days"]),
            "-" if week["mood"] is None else f"{week['mood']:.1f}",
            "-" if week["energy"] is None else f"{week['energy']:.1f}",
        )
        for week in figures
        if week["days"]  # quiet weeks are dots in the lines above, not rows of zeros
    ]
    console.print(rows_or_lines(table, headings, rows))
    console.print()
    if data["practices"]:
        console.print("Practices and mood (patterns, not causes; many things shape a day):", style="bold", markup=False)
        for item in data["practices"]:
            console.print(hanging(item["sentence"]))
    else:
        console.print(
            f"Practices show up here once one has at least {data['min_days_each_side']} days with a mood "
            f"and {data['min_days_each_side']} days without it.",
            markup=False,
        )
