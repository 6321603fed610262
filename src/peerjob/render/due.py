"""What `peerjob due` prints."""

from __future__ import annotations

from peerjob.actions.due import DueListed
from peerjob.render.console import out, page_or_write, print_json, say
from peerjob.render.listing import Column, Listing, plain_output

SILENT_SHOWN = 5  # "still no reply" suggestions listed in the table; the rest are counted
OVERDUE_SHOWN = 5  # overdue plans listed (the most recent); older ones fold into one line


def due_listed(result: DueListed, *, as_json: bool, show_all: bool = False) -> None:
    items, today = result.items, result.today
    if as_json:
        print_json([dict(vars(item), overdue=result.overdue(item)) for item in items])
        return
    if not items:
        say("Nothing is due. A good moment for one small step of your own choosing.")
        return
    # A long-untouched spreadsheet can hold hundreds of silent applications:
    # show the most recent few suggestions of that kind and count the rest.
    silent = [item for item in items if item.kind == "no-response"]
    hidden = silent[:-SILENT_SHOWN] if len(silent) > SILENT_SHOWN and not show_all else []
    # After time away a list can run to dozens of overdue lines: the most recent few, and one line for the rest.
    overdue = [item for item in items if result.overdue(item)]
    folded = [] if show_all else overdue[:-OVERDUE_SHOWN] if len(overdue) > OVERDUE_SHOWN else []
    hidden_ids = {id(item) for item in hidden} | {id(item) for item in folded}

    def when(item) -> str:
        shown = item.due_on.isoformat() if item.due_on else "-"
        if result.overdue(item):
            return shown + " (overdue)"
        if item.suggestion and item.due_on and item.due_on < today:
            return f"since {shown}"
        return shown

    listing = Listing(
        columns=(
            Column("Due", when, fixed=True),
            Column("What", lambda item: item.title),
            Column("Details", lambda item: "; ".join(part for part in (item.detail, item.private_detail) if part)),
            Column("Kind", lambda item: item.kind, fixed=True, optional=True),
        ),
        empty="",
    )
    console = out()
    shown = [item for item in items if id(item) not in hidden_ids]
    import sys

    if plain_output(console):
        sys.stdout.write(listing.tsv(shown))
    else:
        page_or_write(listing.renderable(shown, console.width, bold=console.color_system is not None))
    if folded:
        say(
            f"And {len(folded)} older plan{'s' if len(folded) != 1 else ''} whose dates have passed; they can wait. "
            "peerjob due --all lists them, and a new date is one edit away."
        )
    if hidden:
        say(
            f"And {len(hidden)} older applications with no reply for a long while: "
            "peerjob list --stage applied shows them all, and peerjob due --json lists each one."
        )
