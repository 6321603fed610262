"""What `import` prints: progress on a terminal, the preview of a dry run, the summary of what came in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from peerjob.actions.importing import ImportDone
from peerjob.render.console import announce_milestones, data_table, err, out, print_json, say, text_or_dash

PROGRESS_FROM_ROWS = 2000  # smaller files are done before a bar would show
PREVIEW_ROWS = 50
WARNINGS_SHOWN = 10


class _Bar:
    """A rich progress bar on stderr, or nothing at all."""

    def __init__(self, progress) -> None:
        self.progress = progress

    def add(self, label: str, total: int):
        return self.progress.add_task(label, total=total) if self.progress else None

    def update(self, task, done: int) -> None:
        if self.progress is not None:
            self.progress.update(task, completed=done)


class progress:
    """Progress bars on stderr for a large import, shown only on a terminal."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self.progress: Any = None  # a rich Progress, made only when shown

    def __enter__(self) -> _Bar:
        if self.enabled:
            from rich.progress import Progress

            self.progress = Progress(console=err(), transient=True)
            self.progress.start()
        return _Bar(self.progress)

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _what(rows: list[Any]) -> str:
    """'3 applications and 1 saved job', '1 saved job', '2 applications'."""
    if not rows:
        return "nothing new"
    saved = sum(1 for row in rows if row.stage == "saved")
    sent = len(rows) - saved
    parts = [_plural(sent, "application")] if sent or not saved else []
    if saved:
        parts.append(_plural(saved, "saved job"))
    return " and ".join(parts)


def import_reported(result: ImportDone, file: Path, *, as_json: bool) -> None:
    """What was (or, in a dry run, would be) imported, the columns read, and what was left out and why."""
    plan, new, imported, ids, reached = result.plan, result.new, result.imported, result.ids, result.milestones

    sent_saved = result.sent_saved
    already = len(plan.rows) - len(new) - len(sent_saved)
    if as_json:
        payload = {
            "file": str(file),
            "dry_run": not imported,
            **plan.as_json(),
            "rows": len(plan.rows) + plan.repeated_rows,
            "new": len(new),
            "already_there": already,
            "saved_jobs_sent": len(sent_saved),
            "repeated_in_file": plan.repeated_rows,
            "undated_saved_left_out": 0,  # older key: saved jobs now come in as saved
            "imported": len(ids) if imported else 0,
            "ids": list(ids),
            "milestones": list(reached),
        }
        if not imported:
            payload["preview"] = [_row_json(row) for row in new]
        print_json(payload)
    elif not imported and new:
        _preview_table(new)
    mapped = ", ".join(f"{header} -> {field}" for field, header in plan.columns.items())
    if not as_json:
        if plan.source:
            say(
                f"Read as {plan.source} (--from {plan.source_key})."
                if plan.source_chosen
                else f"This looks like {plan.source}."
            )
        if not plan.encoding.startswith("UTF"):
            say(f"Read as {plan.encoding} (the file is not UTF-8).")
        say(f"Columns: {mapped}.")
        if plan.unused_columns:
            say(f"Not imported (no field for them; --map can name one): {', '.join(plan.unused_columns)}.")
        if plan.continued:
            say(
                f"{_plural(plan.continued, 'row')} took the company of the row above (↳, ditto, or left empty under it)."
            )
        if plan.empty_rows:
            rows = ", ".join(str(row) for row in plan.empty_rows[:10]) + (", ..." if len(plan.empty_rows) > 10 else "")
            say(f"{_plural(len(plan.empty_rows), 'row')} with neither a company nor a role left out (row {rows}).")
        for warning in plan.warnings[:WARNINGS_SHOWN]:
            say(warning)
        if len(plan.warnings) > WARNINGS_SHOWN:
            say(f"... and {len(plan.warnings) - WARNINGS_SHOWN} more like these (--json lists them all).")
        if plan.unmapped_statuses:
            from peerjob.domain.stages import STAGES

            say(
                "Statuses read as 'applied' because peerjob didn't recognise them. To choose a stage for one, "
                f"run the import again with its line below, STAGE being one of: {', '.join(STAGES)}."
            )
            for text, count in sorted(plan.unmapped_statuses.items()):
                quoted = text.replace('"', '\\"')
                say(f'  --status "{quoted}=STAGE"    ({_plural(count, "row")})')
    skipped = []
    if already:
        skipped.append(f"{already} already there")
    if plan.repeated_rows:
        skipped.append(f"{plan.repeated_rows} repeated in the file")
    if sent_saved:
        verb = "would be" if not imported else "are now"
        skipped.append(f"{_plural(len(sent_saved), 'saved job')} you had {verb} marked as sent")
    tail = f" ({'; '.join(skipped)})" if skipped else ""
    if not imported:
        say(f"Dry run: {_what(new)} would be imported from {file.name}{tail}. Nothing was changed.")
    elif not plan.rows:
        say(f"No applications in {file.name}: only a header. Nothing was changed.")
    elif not new and sent_saved:
        say(
            f"From {file.name}: {_plural(len(sent_saved), 'saved job')} you had marked as sent, with the history the file gives."
        )
    elif not new:
        say(f"Nothing new in {file.name}: all {_plural(len(plan.rows), 'row')} are already there.")
    else:
        say(f"Imported {_what(new)} from {file.name}{tail}, with {'its' if len(new) == 1 else 'their'} stage history.")
    if imported:
        announce_milestones(list(reached))


def _row_json(row: Any) -> dict[str, Any]:
    from peerjob.domain.importing import history_for

    return {
        "row": row.row,
        "company": row.company,
        "role": row.role,
        "applied_on": row.applied_on,
        "stage": row.stage,
        "status": row.status,
        "url": row.url,
        "source": row.source,
        "note": row.note,
        "follow_up_on": row.follow_up_on,
        "deadline_on": row.deadline_on,
        "location": row.location,
        "salary": row.salary,
        "resume": row.resume,
        "undated": row.undated,
        "history": [{"from_stage": a, "to_stage": b, "changed_on": on} for a, b, on in history_for(row)],
    }


def _moves(row: Any) -> str:
    """The stage history as it will be stored: 'applied 2026-03-02, rejected 2026-03-09'."""
    from peerjob.domain.importing import history_for

    if row.undated:
        return "saved (no date in the file: today)"
    return ", ".join(f"{to_stage} {on.isoformat()}" for _, to_stage, on in history_for(row))


def _preview_table(rows) -> None:
    table = data_table(
        ("Row", "Company", "Role", "Stage", "History as stored", "Status in file"),
        fixed=("Row", "Stage"),
    )
    for row in rows[:PREVIEW_ROWS]:
        table.add_row(str(row.row), row.company, row.role, row.stage, _moves(row), text_or_dash(row.status))
    out().print(table)
    if len(rows) > PREVIEW_ROWS:
        out().print(f"... and {len(rows) - PREVIEW_ROWS} more (--json lists them all)", markup=False)


def formats_listed(sources: Any, *, as_json: bool) -> None:
    """`import --formats`: each source's --from name, what it is, and where people find the export."""
    if as_json:
        print_json([{"from": source.key, "name": source.name, "where": source.note} for source in sources])
        return
    for source in sources:
        out().print(f"{source.key:<16} {source.name}: {source.note}", markup=False, highlight=False, soft_wrap=True)
