"""Where each top-level command lives, and the line `peerjob --help` shows for it.

`peerjob --help` is printed from this table alone, under the headings of SECTIONS, and running a command
imports only the module that holds it (see PeerjobGroup.get_command): start-up
pays for one command module, not all of them. The order here is the order in
`peerjob --help`. tests/test_commands.py fails when this table and what the
modules register disagree (a missing or extra command, other help text, other
visibility), so after adding or renaming a command, or changing the first
sentence of its help, update the table.

Kept to plain data: importing it costs next to nothing.
"""

from __future__ import annotations

from typing import NamedTuple

PACKAGE = "peerjob.cli"


class Entry(NamedTuple):
    module: str  # under peerjob.cli; its register(app) adds the command
    help: str  # the short help: the first sentence of the command's help
    hidden: bool = False


COMMANDS: dict[str, Entry] = {
    # Every day
    "log": Entry("applications", "Record an application you just sent."),
    "save": Entry("applications", "Keep a job to apply for later; not counted until you send it."),
    "applied": Entry("applications", "Mark a saved job as sent: the same as peerjob stage ID applied.", hidden=True),
    "win": Entry("wins", "Record a step beyond applications: a mock interview, a new CV."),
    "journal": Entry(
        "journal",
        "Your private journal: write an entry, list, show, see trends.",
    ),
    "checkin": Entry("partners", "Log a check-in with a partner: how, what you shared, what next."),
    "list": Entry("applications", "List applications, oldest first."),
    "show": Entry("applications", "Show one application and its full stage history."),
    "stage": Entry("applications", "Move an application to another stage; every move is kept."),
    "followup": Entry("interviews", "Record that you followed up: a step, kept in the history."),
    "edit": Entry("applications", "Change an application's details."),
    "delete": Entry("applications", "Delete an application and its history, after asking."),
    "application": Entry("applications", "Your applications: list, show, edit, delete, stage.", hidden=True),
    "undo": Entry("undo", "Take back the last change; run it again to go further back."),
    "due": Entry("due", "What is due or overdue, and applications waiting for a reply."),
    # Your week
    "review": Entry("review", "Look back at a week: effort, goals, wins, self-care, momentum."),
    "goals": Entry("review", "Weekly goals: set them, see them, change them."),
    "export": Entry("export", "A summary to share with a partner; private things only if named."),
    "wins": Entry("wins", "List your wins, oldest first.", hidden=True),
    "milestones": Entry("wins", "List the milestones you have reached, with their dates."),
    "stats": Entry("stats", "Your funnel: applications by stage and source, reply times."),
    "checkins": Entry("partners", "List your check-ins, oldest first; removed partners' stay, marked.", hidden=True),
    "reframe": Entry("reframes", "Add or revisit the private reframe of a rejection or a silence."),
    "reframes": Entry("reframes", "List your private reframes (they stay on this machine).", hidden=True),
    # Looking after yourself
    "support": Entry("support", "Where to find help right now: helplines and your partners."),
    "plan": Entry("plan", "Your private wellness plan for hard days, in your own words."),
    "partner": Entry("partners", "The people you check in with."),
    "resource": Entry("resources", "Support you can use: programs, counsellors, groups, training."),
    "training": Entry("training", "Training and credentials: planned, under way, done."),
    "boundary": Entry("boundaries", "The work-life boundaries you want to keep once a job starts."),
    # Interview toolkit
    "interview": Entry("interviews", "Interview rounds: add, list, show, edit, done, debrief, cancel."),
    "contact": Entry("contacts", "The people at each application, kept private."),
    "prep": Entry("prep", "A one-page interview prep sheet: strengths, questions, practice."),
    "strength": Entry("strengths", "Your strengths, each with a short story for interviews."),
    "story": Entry("story", "Your story bank: stories you might tell, private."),
    "disclose": Entry("disclosure", "Your private plan for talking about recovery, if at all."),
    # Your data
    "import": Entry("importing", "Import applications from a CSV file; twice adds nothing."),
    "dump": Entry("dump", "Write everything, private fields included: your own full copy."),
    "load": Entry("dump", "Load a dump into an empty data file, keeping every ID."),
    "backup": Entry("backup", "Make a consistent, owner-only copy of your data file."),
    "restore": Entry("backup", "Put a backup in place of your data file; the old one is kept."),
    "encrypt": Entry("encryption", "Protect your data file with a passphrase."),
    "decrypt": Entry("encryption", "Turn an encrypted data file back into a plain one."),
    "passphrase": Entry("encryption", "Change the passphrase, or keep it in the system keyring."),
    "calendar": Entry("calendar", "Write what is coming up as calendar events (.ics)."),
    "wipe": Entry("backup", "Delete your data, backups and settings, after you type a word."),
    "where": Entry("system", "Print where your data file and settings live."),
    "config": Entry("system", "Show settings, or change one."),
    "help": Entry("system", "Help for any command; 'help environment' for variables."),
}

# The headings of `peerjob --help`, in order, each with its commands in the table's order.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Every day",
        (
            "log",
            "save",
            "win",
            "journal",
            "checkin",
            "list",
            "show",
            "stage",
            "followup",
            "edit",
            "delete",
            "undo",
            "due",
        ),
    ),
    (
        "Your week",
        (
            "review",
            "goals",
            "export",
            "milestones",
            "stats",
            "reframe",
        ),
    ),
    (
        "Looking after yourself",
        (
            "support",
            "plan",
            "partner",
            "resource",
            "training",
            "boundary",
        ),
    ),
    (
        "Interview toolkit",
        (
            "interview",
            "contact",
            "prep",
            "strength",
            "story",
            "disclose",
        ),
    ),
    (
        "Your data",
        (
            "import",
            "dump",
            "load",
            "backup",
            "restore",
            "encrypt",
            "decrypt",
            "passphrase",
            "calendar",
            "wipe",
            "where",
            "config",
            "help",
        ),
    ),
)


def registered(module: str):
    """The typer app that `module`'s register() fills: its commands, not yet converted to click."""
    import importlib

    import typer

    holder = typer.Typer()
    importlib.import_module(f"{PACKAGE}.{module}").register(holder)
    return holder


def load(name: str, *, rich_markup_mode, suggest_commands: bool):
    """The click command for `name`, built the way typer builds the commands of the root app.

    Only the one command is converted, with the settings it would inherit
    from the root app (typer passes these three down to every command).
    """
    from typer.main import get_command_from_info, get_command_name, get_group_from_info

    holder = registered(COMMANDS[name].module)
    # pretty_exceptions_short only names a local for typer's traceback filter; True is typer's default.
    for info in holder.registered_commands:
        if (info.name or get_command_name(info.callback.__name__)) == name:
            return get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=rich_markup_mode)
    for info in holder.registered_groups:
        if info.name == name:
            return get_group_from_info(
                info,
                pretty_exceptions_short=True,
                rich_markup_mode=rich_markup_mode,
                suggest_commands=suggest_commands,
            )
    raise LookupError(f"{PACKAGE}.{COMMANDS[name].module} registers no command {name!r}; fix peerjob/cli/commands.py")
