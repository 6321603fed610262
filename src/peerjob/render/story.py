"""What the story bank commands print."""

from __future__ import annotations

from typing import Any

from peerjob.render.console import out, print_json, say


def story_added(story_id: int, title: str, *, has_text: bool, piped: bool = False) -> None:
    if has_text:
        say(
            f"Kept: '{title}' (ID {story_id}). It stays on this machine; peerjob story link {story_id} APP_ID puts it on a prep sheet."
        )
    else:
        hint = (
            f"--text - reads piped text: peerjob story edit {story_id} --text -"
            if piped
            else f"peerjob story edit {story_id} adds it"
        )
        say(f"Kept: '{title}' (ID {story_id}), for now without its story ({hint}).")


def stories_listed(stories: list[dict[str, Any]], *, as_json: bool) -> None:
    if as_json:
        print_json(stories)
        return
    if not stories:
        say('No stories yet. For example: peerjob story add "The year I came back" --kind gap')
        return
    from peerjob.domain.stories import KIND_TITLES

    for story in stories:
        linked = ", ".join(f"{app['company']} ({app['id']})" for app in story["applications"])
        line = f"{story['id']}  {story['title']} [{KIND_TITLES.get(story['kind'], story['kind'])}]"
        if linked:
            line += f"; linked to {linked}"
        if not story["text"]:
            line += "; no text yet"
        out().print(line, markup=False, highlight=False, soft_wrap=True)


def story_changed(story: dict[str, Any]) -> None:
    say(f"Saved your change to '{story['title']}'. peerjob undo puts it back as it was.")


def story_linked(story: dict[str, Any], company: str, application_id: int, *, unlink: bool, changed: bool) -> None:
    if unlink:
        say(
            f"'{story['title']}' is no longer linked to {company}."
            if changed
            else f"'{story['title']}' was not linked to {company}; nothing changed."
        )
    elif changed:
        say(f"Linked: '{story['title']}' is on the prep sheet for {company} (peerjob prep {application_id}).")
    else:
        say(f"'{story['title']}' was already linked to {company}; nothing changed.")
