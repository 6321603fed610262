"""What `peerjob support` prints: helplines, then the person's own partners."""

from __future__ import annotations

from peerjob.actions.support import SupportShown
from peerjob.messages import choose
from peerjob.render.console import hanging, out, print_json


def support_shown(result: SupportShown, *, as_json: bool) -> None:
    partners = result.partners
    if as_json:
        print_json(
            {"helplines": result.helplines, "partners": partners or [], "partners_readable": partners is not None}
        )
        return
    console = out()
    console.print(choose("support_intro", "support"), markup=False, highlight=False)
    console.print()
    for helpline in result.helplines:
        console.print(hanging(helpline["text"]))
    console.print()
    if partners:
        console.print(choose("support_partners", "support"), markup=False)
        for partner in partners:
            contact = partner["contact"] or "no contact saved yet"
            console.print(hanging(f"{partner['name']} ({partner['role']}): {contact}"))
    elif partners is None and result.encrypted:
        console.print(
            "(Your partners' contacts are in your encrypted data file: peerjob partner list shows them "
            "once you give the passphrase.)",
            markup=False,
        )
    elif partners is None:
        console.print("(Your partners' contacts couldn't be read from the data file just now.)", markup=False)
    else:
        console.print(choose("support_no_partners", "support"), markup=False, highlight=False)
