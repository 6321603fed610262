"""After a 'no' or a silence: an offered, skippable, private reframe."""

import pytest

from test_terminal import run_in_terminal

TODAY = "2026-11-22"


@pytest.fixture(autouse=True)
def pinned(monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)


@pytest.fixture
def applied(peerjob):
    peerjob.ok("log", "ACME", "Support Specialist", "--date", "2026-11-02")
    peerjob.ok("log", "Globex", "Barista", "--date", "2026-11-03")


def test_reframe_from_flags_without_questions(peerjob, applied):
    result = peerjob.ok(
        "stage",
        "1",
        "rejected",
        "--thought",
        "I'll never get hired",
        "--outside",
        "An internal candidate",
        "--balanced",
        "One opening said no",
        "--next-step",
        "Ask Sam for a mock interview",
        "--next-step-on",
        "friday",
    )
    assert "What happened" not in result.stderr  # no questions asked
    saved = peerjob.json("reframe", "1")
    assert saved == {
        "what_happened": None,
        "first_thought": "I'll never get hired",
        "outside_control": "An internal candidate",
        "peer_advice": None,
        "balanced_thought": "One opening said no",
        "next_step": "Ask Sam for a mock interview",
        "next_step_on": "2026-11-27",
    }


def test_reframe_from_answers_on_standard_input(peerjob, applied):
    answers = "No reply in six weeks\nThey didn't want me\n\nSilence is about their process\nI did my part\nApply to two more\nin 3 days\n"
    peerjob.ok("stage", "2", "no-response", "--answers", "-", input=answers)
    saved = peerjob.json("reframe", "2")
    assert saved["what_happened"] == "No reply in six weeks"
    assert saved["outside_control"] is None  # the blank line skipped that question
    assert saved["peer_advice"] == "Silence is about their process"
    assert saved["next_step_on"] == "2026-11-25"
    rows = peerjob.json("reframes")
    assert [(r["application_id"], r["company"], r["stage"]) for r in rows] == [(2, "Globex", "no-response")]


def test_no_reframe_and_empty_input_save_nothing(peerjob, applied):
    peerjob.ok("stage", "1", "rejected", "--no-reframe", input="this line is not read\n")
    peerjob.ok("stage", "2", "rejected", input="")
    assert peerjob.json("reframes") == []
    review = peerjob.json("review", "--week", "2026-11-22")
    assert [m["has_reframe"] for m in review["stage_changes"]] == [False, False]


def test_revisit_a_reframe_later(peerjob, applied):
    peerjob.ok("stage", "1", "rejected", "--no-reframe")
    assert peerjob.json("reframe", "1") is None
    peerjob.ok("reframe", "1", "--balanced", "It was one role")
    peerjob.ok("reframe", "1", "--answers", "-", input="\n\n\n\n\nEmail the recruiter\n")  # only the next step changes
    saved = peerjob.json("reframe", "1")
    assert saved["balanced_thought"] == "It was one role" and saved["next_step"] == "Email the recruiter"
    review = peerjob.json("review")
    move = review["stage_changes"][0]
    assert move["has_reframe"] is True and move["next_step"] == "Email the recruiter" and "reframe" not in move
    private = peerjob.json("review", "--private")["stage_changes"][0]
    assert private["reframe"]["balanced_thought"] == "It was one role"


@pytest.mark.parametrize("fmt", ["markdown", "html", "json"])
def test_reframes_stay_out_of_exports_unless_named(peerjob, applied, fmt):
    peerjob.ok("stage", "1", "rejected", "--balanced", "MARKER-BALANCED-7", "--next-step", "MARKER-STEP-8")
    plain = peerjob.ok("export", "--format", fmt).stdout
    assert "MARKER-BALANCED-7" not in plain and "MARKER-STEP-8" not in plain
    named = peerjob.ok("export", "--format", fmt, "--include", "reframes").stdout
    assert "MARKER-BALANCED-7" in named and "MARKER-STEP-8" in named


@pytest.mark.parametrize(
    "args, input, says",
    [
        (["stage", "1", "rejected", "--next-step-on", "someday", "--next-step", "x"], None, "Couldn't read"),
        (["stage", "1", "screening", "--balanced", "x"], None, "go with 'rejected' or 'no-response'"),
        (["stage", "1", "rejected", "--no-reframe", "--balanced", "x"], None, "either"),
        (
            ["stage", "1", "rejected", "--answers", "-"],
            "a\nb\nc\nd\ne\nf\nblursday\n",
            "Couldn't read the date 'blursday'",
        ),
        (["stage", "9", "rejected"], "a\n", "no application with ID 9"),
        (["reframe", "9", "--balanced", "x"], None, "no application with ID 9"),
        (["reframe", "1", "--next-step-on", "soonish"], None, "Couldn't read"),
    ],
)
def test_bad_reframe_input_changes_nothing(peerjob, applied, assert_rejected, args, input, says):
    assert_rejected(*args, input=input, says=says)


def test_terminal_asks_one_question_at_a_time_and_any_can_be_skipped(terminal_env, peerjob, applied):
    # Facts, skip, skip, peer advice, then Ctrl-D skips the rest.
    code, screen = run_in_terminal(
        ["stage", "1", "rejected"], "They went with someone internal\n\n\nYou got far\n\x04", terminal_env
    )
    assert code == 0, screen
    assert "What happened" in screen and "each one skippable" in screen
    saved = peerjob.json("reframe", "1")
    assert saved["what_happened"] == "They went with someone internal"
    assert saved["first_thought"] is None and saved["peer_advice"] == "You got far"
    assert saved["balanced_thought"] is None
    assert peerjob.json("list", "--stage", "rejected")[0]["id"] == 1


def test_terminal_skip_everything_saves_the_move_only(terminal_env, peerjob, applied):
    code, screen = run_in_terminal(["stage", "2", "no-response"], "\x04", terminal_env)
    assert code == 0, screen
    assert "peerjob reframe 2" in screen
    assert peerjob.json("reframes") == []
    assert peerjob.json("show", "2")["stage"] == "no-response"


def test_a_dated_next_step_shows_up_in_due_but_not_in_a_default_export(peerjob, applied):
    peerjob.ok("stage", "1", "rejected", "--next-step", "MARKER-NEXT-9", "--next-step-on", "2026-11-24")
    items = peerjob.json("due", "--days", "7")
    step = [i for i in items if i["kind"] == "reframe-step"]
    assert [(i["title"], i["detail"], i["due_on"]) for i in step] == [
        ("Your next step after ACME", "MARKER-NEXT-9", "2026-11-24")
    ]
    assert "MARKER-NEXT-9" not in peerjob.ok("export", "--format", "json").stdout


# peerjob, with the wait for a first piped byte cut from 2 s to 0.2 s: what is
# tested is that the wait ends, not how long it is.
QUICK_PIPE_WAIT = """
from peerjob.cli import editor, main
assert editor.PIPE_WAIT_SECONDS > 0.2
editor.PIPE_WAIT_SECONDS = 0.2
main()
"""


def test_a_silent_open_pipe_does_not_hang_the_command(peerjob, applied, subprocess_env):
    import subprocess
    import sys

    env = dict(subprocess_env, PEERJOB_TODAY=TODAY)
    # A subprocess: only a real pipe, open and silent, shows this.
    run = subprocess.Popen(
        [sys.executable, "-c", QUICK_PIPE_WAIT, "stage", "1", "rejected"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert run.wait(timeout=60) == 0, run.stderr.read()  # nothing was written, and the pipe stays open
    finally:
        run.stdin.close()
    assert peerjob.json("show", "1")["stage"] == "rejected" and peerjob.json("reframes") == []


def test_ctrl_c_in_the_reframe_keeps_the_stage_move(terminal_env, peerjob, monkeypatch):
    """Ctrl-C ends the questions, not the command: the move was what was asked for."""
    monkeypatch.setenv("PEERJOB_TODAY", TODAY)
    peerjob.ok("log", "ACME", "Support", "--date", "2026-11-10")
    code, screen = run_in_terminal(["stage", "1", "rejected"], "\x03", terminal_env, after="What happened")
    assert code == 0, screen
    assert peerjob.json("show", "1")["stage"] == "rejected"
    assert "peerjob reframe 1" in screen and "Traceback" not in screen


def test_ctrl_c_keeps_the_answers_already_given(monkeypatch):
    from peerjob.cli import reframes as reframe_cli

    class Terminal:
        lines = iter(["They chose someone inside\n"])

        def isatty(self):
            return True

        def readline(self):
            try:
                return next(self.lines)
            except StopIteration:
                raise KeyboardInterrupt from None

    monkeypatch.setattr("sys.stdin", Terminal())
    answers: dict = {}
    with pytest.raises(KeyboardInterrupt):
        reframe_cli.ask(into=answers)
    assert answers == {"what_happened": "They chose someone inside"}


def test_without_a_terminal_or_answers_dash_stage_reads_nothing_from_stdin(peerjob, applied):
    """The `while read id; do peerjob stage $id rejected; done` loop: each line is an ID, never an answer."""
    moved = peerjob.ok("stage", "1", "rejected", input="2\n")
    assert "peerjob reframe 1" in moved.stderr  # says how to add one later
    assert peerjob.json("reframe", "list") == []
    peerjob.ok("stage", "2", "rejected", input="")
    assert [row["stage"] for row in peerjob.json("list")] == ["rejected", "rejected"]


def test_answers_takes_only_a_dash(assert_rejected, peerjob, applied):
    assert "--answers takes '-'" in assert_rejected("stage", "1", "rejected", "--answers", "file.txt")
