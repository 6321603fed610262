"""`peerjob support`: helplines first, then the person's own partners, whatever state the file is in."""

from __future__ import annotations

from dataclasses import dataclass
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


def find_support(path: Path, country: str = "") -> SupportShown:
    """No transaction and no upgrade: this must work with no data file and with a damaged one."""
    from peerjob.store.db import is_encrypted

    partners = support_contacts(path)
    return SupportShown(
        helplines=helplines_for(country),
        country=country,
        partners=partners,
        encrypted=partners is None and is_encrypted(path),
    )
