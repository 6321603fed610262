"""When to suggest reaching out to a partner, and how to say it.

Kept apart from domain/selfcare.py so `log`, which says this line, loads
nothing more than it needs.
"""

from __future__ import annotations

from datetime import date


def isolation_line(partner: str | None, last: date | None, as_of: date, isolation_days: int) -> str | None:
    """One quiet line when no check-in happened for more than ``isolation_days`` and someone is there to reach out to.

    Said the same way by `peerjob review` and `peerjob log`.
    """
    if partner is None:
        return None
    if last is not None and (as_of - last).days <= isolation_days:
        return None
    from peerjob.messages import choose

    # Never checked in yet: say so plainly rather than "it has been a while".
    moment = "review_reach_out" if last is not None else "review_reach_out_first"
    return choose(moment, as_of.isoformat(), name=partner)
