"""What `peerjob plan` prints: the plan by section, numbered, or where to begin."""

from __future__ import annotations

from peerjob.render.console import hanging, out, print_json, say


def plan_shown(plan: dict[str, list[str]], *, as_json: bool) -> None:
    from peerjob.domain.wellness import SECTIONS

    if as_json:
        print_json({section.key: plan.get(section.key, []) for section in SECTIONS})
        return
    console = out()
    if not any(plan.values()):
        say(
            "Your plan is empty for now. It is yours, for hard days, in your own words: "
            "peerjob plan edit goes through it section by section, or add one line at a time, "
            'like peerjob plan add actions "Text Sam".'
        )
        return
    first = True
    for section in SECTIONS:
        if not first:
            console.print()
        first = False
        console.print(section.title, markup=False, highlight=False)
        lines = plan.get(section.key, [])
        if not lines:
            console.print(hanging(f'(nothing yet: peerjob plan add {section.key} "{section.example}")'), markup=False)
        for number, text in enumerate(lines, start=1):
            console.print(hanging(f"{number}. {text}"), markup=False, highlight=False)


def line_added(section: str, number: int) -> None:
    from peerjob.domain.wellness import BY_KEY

    say(f"Added to '{BY_KEY[section].title}' as line {number}. It stays on this machine.")


def line_removed(section: str, number: int) -> None:
    from peerjob.domain.wellness import BY_KEY

    say(f"Removed line {number} of '{BY_KEY[section].title}'. peerjob undo brings it back.")


def plan_saved(plan: dict[str, list[str]]) -> None:
    count = sum(len(lines) for lines in plan.values())
    say(
        f"Your plan is saved: {count} line{'s' if count != 1 else ''}. peerjob plan shows it; peerjob undo takes this back."
    )
