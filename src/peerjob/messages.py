"""The words peerjob says at each moment, kept as data.

Several phrasings per moment keep the words fresh; ``choose`` picks one from
the record itself (a stable checksum of its key), never at random, so the
same record always gets the same line and tests are reproducible.
Every line here is scanned by a test for the words VOICE.md rules out.
"""

from __future__ import annotations

import zlib

CATALOGUE: dict[str, tuple[str, ...]] = {
    # An application was logged. {number}: its number overall; {week}: this week.
    # The application is named by its ID, the one number it has; {number} counts them all.
    "applied": (
        "Application {id} is in. That makes {number} in all and {week} this week, each one a step you took.",
        "Logged application {id}: {number} in all, {week} this week. You showed up for yourself again.",
        "Application {id} sent. {week} this week so far and {number} in all; the effort is yours.",
        "That's application {id} on the record ({number} in all, {week} this week). Sending it took courage; well done.",
    ),
    "applied_earlier": (
        "Application {id} is on the record, {number} in all. Every one you log still counts.",
        "Logged application {id}; that makes {number} in all. Keeping the record is part of the work, too.",
        "Application {id} added to the record: {number} in all, every one of them a step.",
        "Catching up counts too. Application {id} is in; {number} in all.",
    ),
    "stage_screening": (
        "{company} wants to talk. Your application opened that door.",
        "A screening with {company}: they noticed your application.",
        "{company} got back to you. The application you sent did its job.",
        "A first conversation with {company}. Your words on the page got you here.",
    ),
    "stage_interviewing": (
        "An interview with {company}. You got yourself into the room.",
        "Interviewing at {company}. Whatever comes next, showing up is yours.",
        "{company} wants to meet you. Preparing and going are both steps you take.",
        "An interview at {company}. The work you put in brought you this far.",
    ),
    "stage_offer": (
        "An offer from {company}. Take a moment with this one.",
        "{company} made you an offer. All those steps led here.",
        "An offer from {company}. The choice is yours now, and you can take your time with it.",
        "{company} wants you on the team. Let that land before you decide anything.",
    ),
    "stage_accepted": (
        "You accepted the offer from {company}. Congratulations on the new start.",
        "Accepted at {company}. Every application before this one helped you get here.",
    ),
    "stage_rejected": (
        "Noted for {company}. One 'no' closes one door; it says nothing about the others you opened.",
        "Thanks for logging it. A 'no' from {company} is about one opening, not about you.",
        "{company} said no this time. Often that comes down to timing, budgets or someone inside; the effort was real.",
        "Logged. Writing it down and carrying on is its own kind of strength.",
        "A 'no' from {company}. Be kind to yourself today; the applications you sent still count.",
    ),
    "stage_no_response": (
        "Marked {company} as no response. Silence is usually about their process, not about you.",
        "Noted: no reply from {company}. You did your part by applying.",
        "{company} never wrote back. Many employers don't; it says nothing about what you offered.",
        "Closed {company} as no response. Letting it go frees up room for the next one.",
    ),
    # From saved to applied: the application went out.
    "stage_applied": (
        "Your application to {company} is out. That step was yours.",
        "Sent to {company}. Another door you knocked on.",
    ),
    # The person chose to step back: their call, said without comment.
    "stage_withdrawn": (
        "Withdrawn from {company}. Choosing where to put your energy is part of the search.",
        "Noted: you stepped back from {company}. That is your call to make.",
    ),
    "stage_other": (
        "{company} is now at '{stage}'.",
        "Moved {company} to '{stage}'. It is all on the record.",
        "{company}: now '{stage}'. Keeping track is part of the work.",
        "Noted, {company} is at '{stage}'. Every step of it is kept.",
    ),
    # --- wins and milestones ---
    # A win was recorded. {label}: how its kind reads ("mock interview"); {count}: wins so far.
    "win": (
        "Win recorded: {label}. That was a step you chose to take.",
        "Noted, your {label}. It counts as much as an application does.",
        "That's win {count}. Steps like this build the road to the next job.",
        "Your {label} is on the record. Getting ready is part of getting there.",
    ),
    # A win of kind "other": the person's own kind of step.
    "win_other": (
        "Win recorded. That was a step you chose to take.",
        "Noted. Steps like this count as much as an application does.",
        "That's win {count}. Every step counts, not only applications.",
        "On the record. You decided it mattered, and it does.",
    ),
    "win_mentoring": (
        "You helped a peer. That counts, and it is experience employers value.",
        "Mentoring recorded. Lifting someone else up is a strength, and it counts.",
    ),
    "win_volunteering": (
        "Volunteering recorded. New skills, new people, and it counts.",
        "You gave your time. That counts, and it belongs on your resume.",
    ),
    # A milestone was just reached; this sentence follows the command's own line.
    # {title}: its title ("10 applications logged").
    "milestone_first_application": (
        "Your very first: the first step is often the hardest one.",
        "Your first one on the record, and the start of something.",
    ),
    "milestone_applications": (
        "Milestone: {title}, every one of them you showing up for yourself.",
        "A milestone: {title}. Each one was a step you chose.",
    ),
    "milestone_first_stage": (
        "A milestone: {title}. The steps you kept taking led here.",
        "That makes it a milestone: {title}. Remember this one.",
    ),
    "milestone_first_win": (
        "{title}: a new kind of step for your search.",
        "{title}, and a milestone with it.",
    ),
    "milestone_wins": (
        "Milestone: {title}. That is a lot of steps beyond applications.",
        "A milestone: {title}, and all of them count.",
    ),
    "milestone_first_went": (
        "Milestone: {title}. Walking in is the hard part, and you did it.",
        "A milestone: {title}. You were there, and that was yours.",
    ),
    "milestone_goals_met": (
        "Milestone: {title}. You did what you set out to do.",
        "A milestone: {title}. You kept the promise you made yourself.",
    ),
    # A round happened (`interview done` or a debrief): going was the step, whatever comes of it.
    "interview_went": (
        "You went. That part was yours.",
        "You showed up to the interview with {company}. That part was yours, whatever they decide.",
        "Interview done at {company}. Going took courage; well done.",
    ),
    # A round was planned. {id}: the application, for the prep sheet.
    "round_planned": (
        "You earned this one. peerjob prep {id} makes a one-page prep sheet.",
        "Getting here took work. When you're ready: peerjob prep {id}",
        "One more door open. peerjob prep {id} gathers your strengths and questions for it.",
    ),
    # After a debrief is saved.
    "debrief_saved": (
        "Saved your notes on it; they will be on the prep sheet for the next round.",
        "Kept your debrief. Next round, peerjob prep shows it to you.",
    ),
    # A follow-up was sent: a step like any other. {company}
    "followed_up": (
        "Followed up with {company}. Asking is a step, and you took it.",
        "Follow-up to {company} sent. Keeping a door open takes effort; well done.",
        "Noted your follow-up with {company}. That is you looking after your own search.",
    ),
    # Under `peerjob stats`: numbers as information.
    "stats_note": (
        "Low numbers are common in any job search; they show where the effort went, and every bit of it counts.",
        "These figures are information for planning, not a grade. Every application on them was a step you took.",
    ),
    # After a rejection or a silence, when a reframe was saved.
    "reframe_saved": (
        "Reframe saved, privately. You can come back to it any time: peerjob reframe {id}.",
        "Saved for you alone. peerjob reframe {id} brings it back whenever you want it.",
    ),
    # --- self-care, partners and check-ins ---
    # A journal entry was saved (mood 3 or more, or no mood).
    "journal_saved": (
        "Journal entry saved. Taking a moment for yourself counts.",
        "Saved to your journal. Checking in with yourself is part of the work.",
        "Your entry is saved, privately. Noticing how you are doing is a step, too.",
        "Written down and kept to yourself. Looking after you is part of the search.",
    ),
    # A journal entry was saved with mood 1 or 2: quieter words.
    "journal_saved_low": (
        "Saved. Writing it down on a hard day takes something; thank you for doing it.",
        "Your entry is saved. Hard days belong in the journal too.",
    ),
    # Once, after an entry with mood 1: where to find people now.
    "journal_support": (
        "If today feels heavy, `peerjob support` lists people you can reach right now.",
        "You don't have to carry a day like this alone: `peerjob support` shows who you can reach now.",
    ),
    # The review: journal energy low two weeks running while applications ran above the person's usual.
    "review_load": (
        "Your energy has been low for two weeks while you sent more applications than usual. Rest counts as"
        " part of the search: a slower day and a check-in could help, and your plan is there (`peerjob plan`).",
        "Two weeks of low energy, and more applications than your usual: a lot to carry. A rest day and a"
        " check-in with someone count too; your plan is there if you want it (`peerjob plan`).",
    ),
    # The same, before any plan is written: where one could start.
    "review_load_no_plan": (
        "Your energy has been low for two weeks while you sent more applications than usual. Rest counts as part"
        " of the search: a slower day and a check-in could help, and a plan for days like these can start small"
        " (`peerjob plan`).",
        "Two weeks of low energy, and more applications than your usual: a lot to carry. A rest day and a check-in"
        " count too; `peerjob plan` keeps a few lines for days like these, when you want one.",
    ),
    # The same moment, when the person has written a wellness plan: it is there too.
    "journal_support_plan": (
        "If today feels heavy, your plan is there (`peerjob plan`), and `peerjob support` lists people you can reach now.",
        "A day like this is what your plan is for: `peerjob plan`. And `peerjob support` shows who you can reach now.",
    ),
    # A practice used for the first time that looks like one already known.
    "practice_new": ("'{tag}' is a new practice here; it is counted apart from '{close}'.",),
    # A check-in with a partner was logged.
    "checkin_logged": (
        "You checked in with {name}. Showing up for that conversation counts.",
        "Check-in with {name} logged. Reaching out is one of the bravest steps there is.",
        "Logged your check-in with {name}. You are not doing this alone.",
        "You and {name} talked. Keeping people close is part of the work.",
    ),
    "partner_added": (
        "{name} is on your list of partners. Having people in your corner matters.",
        "Added {name} ({role}). Support you can reach is worth having.",
    ),
    # `peerjob support`: the opening line and the heading over the user's partners.
    "support_intro": ("You don't have to carry this alone. Help is there right now, any time of day:",),
    "support_partners": ("People in your corner:",),
    "support_no_partners": (
        "Add someone you trust and they will show up here: peerjob partner add Sam --contact 555-0100",
    ),
    # --- review and goals ---
    # {effort}: "3 applications, 1 win and 2 check-ins"; {when}/{When}: "this week",
    # "the week of 2026-11-09" or "from 2026-11-01 to 2026-11-20".
    "review_effort": (
        "{When} you put in {effort}. Every one of those was a step you chose to take.",
        "{When}: {effort}. That is real effort, and it counts.",
        "{effort} {when}. You kept showing up.",
    ),
    "review_hard_week": (
        "{When} you put in {effort}. Some answers were 'no'; the effort was still yours.",
        "{effort} {when}. A few doors closed, and you kept knocking on others.",
    ),
    "review_quiet_week": (
        "A quieter time, {when}. Your {total} applications still count; what is one small step next?",
        "Nothing logged {when}, and that is alright. Your {total} applications still count.",
    ),
    # Only answers came in: the effort behind them was earlier, and still counts.
    "review_replies_only": (
        "Some answers came in {when}. Each one is there because you applied: your {total} applications still count.",
        "Replies arrived {when}, from applications you sent earlier. All {total} of them were steps you took.",
    ),
    "review_first_day": (
        "Welcome. This is where your week will show up: applications, wins, check-ins and self-care.",
        "Welcome. Each week, what you did shows up here: applications, wins, check-ins and self-care.",
    ),
    "goals_all_met": (
        "You met every goal you set for this week.",
        "All of this week's goals: met. You did what you set out to do.",
    ),
    "review_reach_out_first": (
        "No check-in logged yet. {name} might like to hear how your search is going.",
        "When you are ready, {name} might like to hear how you are doing. A short message counts.",
    ),
    "review_reach_out": (
        "It has been a while since your last check-in. Maybe reach out to {name}?",
        "No check-in for a bit. {name} might like to hear how your week went.",
    ),
    "goals_set": (
        "Goals saved from the week of {week}. Small and steady is plenty.",
        "Saved your goals from the week of {week}. They carry forward until you change them.",
    ),
    # --- recovery toolkit ---
    # A strength was added. {name}; {id}.
    "strength_added": (
        "Added '{name}' to your strengths (ID {id}). It's yours to bring into any interview.",
        "'{name}' is on your list of strengths now (ID {id}). You earned it.",
        "Saved '{name}' (ID {id}). Naming a strength makes it easier to talk about.",
    ),
    "strength_linked": (
        "Linked '{name}' to {company}. It will come first on that prep sheet.",
        "'{name}' is linked to {company}; `peerjob prep {application}` shows it first.",
    ),
    "prep_written": (
        "Your prep sheet for {company} is in {path}. You've prepared; that part is yours.",
        "Wrote the prep sheet for {company} to {path}. Preparing is a step you chose to take.",
    ),
    # A disclosure plan was saved: no celebration, just a calm acknowledgement.
    "disclosure_saved": (
        "Saved your plan for {company}: {plan}. It stays private on this computer.",
        "Your plan for {company} is now '{plan}'. It is private and you can change it any time.",
    ),
    "resource_added": (
        "Added {name} to your resources (ID {id}). Reaching out for help is a strength.",
        "Saved {name} (ID {id}). Knowing where to find support is part of the work.",
    ),
    "resource_done": (
        "Marked {name} as done. Following through on it was your doing.",
        "Done: {name}. That step is taken, and it counts.",
    ),
    "resource_done_win": (
        "Done, and counted as a win: {name}. Using the support around you is real effort.",
        "Marked {name} as done and logged it as a win. That step was yours.",
    ),
    # A boundary was added. {boundaries}: "3 boundaries" in all.
    "boundary_added": (
        "Saved. That's {boundaries} for the new job, each a promise to yourself.",
        "Saved; {boundaries} so far. Knowing what you need is part of doing a job well.",
    ),
    # After `stage ID accepted`: where the boundaries plan is.
    "boundaries_none": (
        'When you\'re ready, note the boundaries you want to keep at the new job: peerjob boundary add "Leave by 6 on weekdays"',
        'A new job can pull at your time. To plan the boundaries you want to keep: peerjob boundary add "Keep Thursday group"',
    ),
    "boundaries_ready": (
        "Your {count} boundaries are ready for the new start: peerjob boundary list",
        "You planned {count} boundaries for this moment. See them with: peerjob boundary list",
    ),
    "boundaries_ready_one": ("Your boundary is ready for the new start: peerjob boundary list",),
    # The review of a week that comes after three weeks or more with nothing recorded. {counts}:
    # "12 applications, 5 wins and 2 milestones". No word about the gap.
    "review_welcome_back": (
        "Welcome back. Everything you did before still counts: {counts}.",
        "Good to see you. Still yours: {counts}. One small step is plenty this week.",
        "Welcome back. What you built still stands: {counts}.",
        "Glad you're here. Still counted: {counts}, and a fresh week to start from.",
    ),
    "welcome_back": (
        "Welcome back. Your {total} applications still count. What is one small step today?",
        "Welcome back. All {total} of your applications still count; one small step is plenty today.",
    ),
    # An application logged after a while with none: no comment on the gap. {number}: its number.
    "applied_welcome_back": (
        "Welcome back. Application {id} is in, and every one before it still counts.",
        "Good to see you. Application {id} is in; all the ones before it still count too.",
    ),
}


def choose_in_turn(moment: str, turn: int, **values: object) -> str:
    """The ``turn``-th phrasing for ``moment`` (1, 2, 3, ...), going round: two moments of the same kind
    in a row (a first and a second rejection) never get the same line. ``turn`` counts that moment."""
    options = CATALOGUE[moment]
    return options[(turn - 1) % len(options)].format(**values)


def choose(moment: str, key: object, **values: object) -> str:
    """One phrasing for ``moment``, picked deterministically from ``key``."""
    options = CATALOGUE[moment]
    index = zlib.crc32(f"{moment}:{key}".encode()) % len(options)
    return options[index].format(**values)


def stage_moment(stage: str) -> str:
    moment = "stage_" + stage.replace("-", "_")
    return moment if moment in CATALOGUE else "stage_other"
