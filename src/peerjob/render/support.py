"""What `peerjob support` prints: helplines, then the person's own partners."""

from __future__ import annotations

from peerjob.actions.support import SupportShown
from peerjob.domain.helplines import NO_COUNTRY
from peerjob.messages import choose
from peerjob.render.console import hanging, out, print_json


def helplines_shown(helplines: list[dict]) -> None:
    for helpline in helplines:
        out().print(hanging(helpline["text"]))


def country_saved(code: str) -> None:
    from peerjob.domain.helplines import COUNTRY_NAMES
    from peerjob.render.console import say

    if code == NO_COUNTRY:
        say("No country saved; peerjob won't ask again. peerjob config set country CODE adds one any time.")
    elif code in COUNTRY_NAMES:
        say(f"Saved: lines for {COUNTRY_NAMES[code]} from now on (peerjob config set country changes it).")
    else:
        say(
            f"Saved: {code}. peerjob has no lines of its own for it yet: findahelpline.com lists yours "
            "(peerjob config set country changes it)."
        )


def support_shown(result: SupportShown, *, as_json: bool) -> None:
    partners = result.partners
    if as_json:
        print_json(
            {
                "plan": result.plan,
                "own_lines": [
                    {key: line[key] for key in ("id", "name", "contact", "note")} for line in result.own_lines
                ],
                "country": result.country or None,
                "helplines": result.helplines,
                "partners": partners or [],
                "partners_readable": partners is not None,
            }
        )
        return
    console = out()
    console.print(choose("support_intro", "support"), markup=False, highlight=False)
    console.print()
    from peerjob.domain.wellness import BY_KEY

    for key in ("actions", "people"):
        if result.plan.get(key):
            console.print(f"From your plan: {BY_KEY[key].title}", markup=False, highlight=False)
            for text in result.plan[key]:
                console.print(hanging(text), markup=False, highlight=False)
            console.print()
    if result.own_lines:
        console.print("Your own lines:", markup=False, highlight=False)
        for line in result.own_lines:
            note = f" ({line['note']})" if line.get("note") else ""
            console.print(hanging(f"{line['name']}: {line['contact']}{note}"), markup=False, highlight=False)
        console.print()
    helplines_shown(result.helplines)
    if result.country in ("", NO_COUNTRY):
        console.print(
            hanging(
                "peerjob config set country CODE (US, GB, CA, IE, AU, NZ, scotland...) adds your country's own lines."
            ),
            markup=False,
        )
    console.print()
    if partners:
        console.print(choose("support_partners", "support"), markup=False)
        for partner in partners:
            contact = partner["contact"] or "no contact saved yet"
            console.print(hanging(f"{partner['name']} ({partner['role']}): {contact}"))
    elif partners is None and result.encrypted:
        console.print(
            "(Your plan, your own lines and your partners' contacts are in your encrypted data file: "
            "peerjob plan, peerjob support list and peerjob partner list show them once you give the passphrase.)",
            markup=False,
        )
    elif partners is None:
        console.print(
            "(Your plan, your own lines and your partners' contacts couldn't be read from the data file just now.)",
            markup=False,
        )
    else:
        console.print(choose("support_no_partners", "support"), markup=False, highlight=False)


def line_added(line_id: int) -> None:
    from peerjob.render.console import say

    say(f"Added (ID {line_id}). peerjob support lists it first, before the helplines.")


def lines_listed(lines: list[dict], *, as_json: bool) -> None:
    if as_json:
        print_json(lines)
        return
    if not lines:
        from peerjob.render.console import say

        say('No lines of your own yet. For example: peerjob support add "My sponsor" 555-0100 --note evenings')
        return
    for line in lines:
        note = f" ({line['note']})" if line.get("note") else ""
        out().print(
            f"{line['id']}  {line['name']}: {line['contact']}{note}", markup=False, highlight=False, soft_wrap=True
        )
