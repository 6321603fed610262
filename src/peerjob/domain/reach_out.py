"""When to suggest reaching out to a partner, and how to say it.

Kept apart from domain/selfcare.py so `log`, which says this line, loads
nothing more than it needs.
"""

from __future__ import annotations

from datetime import date

# Journal practices that are being with other people: a week with one is not an isolated week.
CONNECTING_PRACTICES = ("meeting", "call-a-peer", "therapy", "volunteering")


def isolation_line(
    partner: str | None, last: date | None, as_of: date, isolation_days: int, *, connected: bool = False
) -> str | None:
    """One quiet line when no check-in happened for more than ``isolation_days`` and someone is there to reach out to.

    Said the same way by `peerjob review` and `peerjob log`. Never when the
    setting is 0 (off), and never in a week with a meeting, a call to a peer
    or the like in the journal (``connected``).
    """
    if partner is None or isolation_days == 0 or connected:
        return None
    if last is not None and (as_of - last).days <= isolation_days:
        return None
    from peerjob.messages import choose

    # Never checked in yet: say so plainly rather than "it has been a while".
    moment = "review_reach_out" if last is not None else "review_reach_out_first"
    return choose(moment, as_of.isoformat(), name=partner)
