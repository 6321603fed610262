"""`peerjob support`: helplines first, then the person's own partners, whatever state the file is in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peerjob.domain.helplines import helplines_for
from peerjob.store.partners import support_contacts


@dataclass
class SupportShown:
    helplines: list[dict[str, Any]]
    country: str  # the ISO code (or GB-SCT) the lines are for; "" or "none": findahelpline.com only
    partners: list[dict[str, Any]] | None  # None: the data file could not be read just now
    encrypted: bool = False  # the data file is encrypted (and no passphrase was at hand)
    own_lines: list[dict[str, Any]] = field(default_factory=list)  # `support add`: listed first
    plan: dict[str, list[str]] = field(default_factory=dict)  # the plan's "actions" and "people", when written


def find_support(path: Path, country: str = "") -> SupportShown:
    """No transaction and no upgrade: this must work with no data file and with a damaged one."""
    from peerjob.store.db import is_encrypted
    from peerjob.store.wellness import for_support

    partners = support_contacts(path)
    own = for_support(path)
    return SupportShown(
        helplines=helplines_for(country),
        country=country,
        partners=partners,
        encrypted=partners is None and is_encrypted(path),
        own_lines=own[0] if own else [],
        plan=own[1] if own else {},
    )
