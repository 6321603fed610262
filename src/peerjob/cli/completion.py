"""Shell completion for values: stage names, kinds of win and resource, roles, channels.

Typer completes commands and options by itself (`peerjob --install-completion`);
these give the words a value can take. Each imports its list only when the
shell asks, so they cost nothing on an ordinary run.
"""

from __future__ import annotations


def _starting(words: tuple[str, ...], incomplete: str) -> list[str]:
    return [word for word in words if word.startswith(incomplete.casefold())]


def stages(incomplete: str) -> list[str]:
    from peerjob.domain.stages import STAGES

    return _starting(tuple(STAGES), incomplete)


def win_kinds(incomplete: str) -> list[str]:
    from peerjob.domain.wins import WIN_KINDS

    return _starting(tuple(WIN_KINDS), incomplete)


def roles(incomplete: str) -> list[str]:
    from peerjob.domain.selfcare import PARTNER_ROLES

    return _starting(PARTNER_ROLES, incomplete)


def channels(incomplete: str) -> list[str]:
    from peerjob.domain.selfcare import CHANNELS

    return _starting(CHANNELS, incomplete)


def resource_kinds(incomplete: str) -> list[str]:
    from peerjob.domain.toolkit import RESOURCE_KINDS

    return _starting(RESOURCE_KINDS, incomplete)
