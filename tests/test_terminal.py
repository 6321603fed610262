"""What happens on a real terminal: prompts, questions, confirmations (via a pty)."""

import os
import pty
import select
import signal
import subprocess
import sys
import time

import pytest


def run_in_terminal(args, answers, env, timeout=60, *, after=None, meanwhile=None):
    """Run peerjob with a pseudo-terminal as stdin and stdout; type `answers`.

    With `after`: wait until that prompt shows, call `meanwhile()` (if given),
    and only then type `answers`.
    """
    pid, fd = pty.fork()
    if pid == 0:  # the child: peerjob, attached to the terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "peerjob", *args], env)
    answered = after is None
    if answered:
        os.write(fd, answers.encode())
    output = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not answered and after.encode() in output:
            if meanwhile:
                meanwhile()
            os.write(fd, answers.encode())
            answered = True
        ready, _, _ = select.select([fd], [], [], 0.2 if not answered else 0.5)
        if fd in ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
    grace = time.monotonic() + 5  # the child may be closing down just now
    done, status = os.waitpid(pid, os.WNOHANG)
    while done == 0 and time.monotonic() < grace:
        time.sleep(0.05)
        done, status = os.waitpid(pid, os.WNOHANG)
    if done == 0:  # still waiting at a prompt nobody answered: stop it, don't wait forever
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_log_with_no_arguments_asks_for_company_and_role(terminal_env, fresh_db, peerjob, monkeypatch):
    code, screen = run_in_terminal(["log"], "ACME\nSupport Specialist\n", terminal_env)
    assert code == 0, screen
    assert "Company" in screen and "Role" in screen
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    rows = peerjob.json("list")
    assert [(r["company"], r["role"]) for r in rows] == [("ACME", "Support Specialist")]


def test_review_ends_by_offering_next_weeks_goals(terminal_env, peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")
    # Set goals? yes; applications 5, wins 0, check-ins 1, self-care days 0.
    code, screen = run_in_terminal(["review"], "y\n5\n0\n1\n0\n", terminal_env)
    assert code == 0, screen
    assert "Set goals for next week?" in screen
    goals = peerjob.json("goals", "--week", "next")["goals"]
    assert goals == {"applications": 5, "wins": None, "checkins": 1, "self_care_days": None}
    assert peerjob.json("goals")["goals"]["applications"] is None  # this week untouched


def test_review_plan_can_be_skipped(terminal_env, peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")
    code, screen = run_in_terminal(["review", "--no-plan"], "", terminal_env)
    assert code == 0 and "Set goals" not in screen
    code, screen = run_in_terminal(["review"], "\n", terminal_env)  # Enter: the default is no
    assert code == 0 and peerjob.json("goals", "--week", "next")["history"] == []


def test_export_with_private_things_asks_before_writing(terminal_env, peerjob, tmp_path, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")
    target = tmp_path / "update.md"
    code, screen = run_in_terminal(["export", "--include", "journal,notes", "-o", str(target)], "n\n", terminal_env)
    assert code == 1 and not target.exists()
    assert "journal entries" in screen and "free-text notes" in screen
    code, screen = run_in_terminal(["export", "--include", "journal", "-o", str(target)], "y\n", terminal_env)
    assert code == 0 and target.exists()
    # Nothing private named: no question.
    code, screen = run_in_terminal(["export", "-o", str(tmp_path / "plain.md")], "", terminal_env)
    assert code == 0 and "Write it?" not in screen


FAKE_EDITOR = """
import os, stat, sys
path = sys.argv[1]
with open(os.environ["EDITOR_LOG"], "w") as log:
    log.write(f"{path}\\n{stat.S_IMODE(os.stat(path).st_mode):o}\\n")
    log.write(open(path).read())
kept = [line for line in open(path).read().splitlines() if line.startswith("#")]  # the guide lines
with open(path, "w") as story:
    story.write("\\n".join(kept) + "\\n#1 priority: my family\\nSituation: a hard year\\nAction: kept going to group\\nResult: \\n")
"""


def test_strength_story_in_the_editor_uses_a_private_temp_file(terminal_env, fresh_db, peerjob, tmp_path, monkeypatch):
    editor = tmp_path / "editor.py"
    editor.write_text(FAKE_EDITOR)
    log = tmp_path / "editor.log"
    env = dict(terminal_env, EDITOR=f"{sys.executable} {editor}", EDITOR_LOG=str(log))
    code, screen = run_in_terminal(["strength", "add", "resilience"], "", env)
    assert code == 0, screen
    temp_path, mode, *template = log.read_text().splitlines()
    assert mode == "600" and not os.path.exists(temp_path)
    assert any("situation" in line.lower() for line in template)
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    # The template's guide lines are left out; a line of the person's own starting with # stays.
    assert peerjob.json("strength", "list")[0]["story"] == (
        "#1 priority: my family\nSituation: a hard year\nAction: kept going to group"
    )
    # Editing opens the current story; closing it unchanged changes nothing.
    env["EDITOR"] = "true"
    code, screen = run_in_terminal(["strength", "edit", "1"], "", env)
    assert code == 2 and "Nothing to change" in screen


def test_strength_story_by_prompts_without_an_editor(terminal_env, fresh_db, peerjob, monkeypatch):
    code, screen = run_in_terminal(
        ["strength", "add", "empathy"], "A friend was struggling\n\nThey got help\n", terminal_env
    )
    assert code == 0, screen
    assert "Situation" in screen and "Action" in screen and "Result" in screen
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    assert peerjob.json("strength", "list")[0]["story"] == "Situation: A friend was struggling\nResult: They got help"


def test_a_failing_editor_saves_nothing(terminal_env, fresh_db, peerjob, monkeypatch):
    env = dict(terminal_env, EDITOR="false")
    code, screen = run_in_terminal(["strength", "add", "empathy"], "", env)
    assert code == 1 and "nothing was saved" in screen
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    assert peerjob.json("strength", "list") == []


def test_no_color_on_a_terminal_is_plain_text(terminal_env, peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")
    code, screen = run_in_terminal(["list"], "", dict(terminal_env, TERM="xterm-256color", NO_COLOR="1"))
    assert code == 0 and "ACME" in screen and "\x1b[" not in screen
    code, screen = run_in_terminal(["list"], "", dict(terminal_env, TERM="xterm-256color", NO_COLOR=""))
    assert code == 0 and "\x1b[" in screen  # without NO_COLOR a terminal gets styles


def answer_after_prompt(args, prompt, meanwhile, answer, env, timeout=60):
    """Run peerjob on a pty; once `prompt` shows, call meanwhile(), then type `answer`."""
    return run_in_terminal(args, answer, env, timeout, after=prompt, meanwhile=meanwhile)


def test_strength_delete_holds_no_lock_while_it_asks(terminal_env, peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("strength", "add", "resilience", "--story", "kept going")
    peerjob.ok("strength", "add", "empathy")
    others = []

    def other_commands():
        # Another process (this test's own, in-process) adds a strength and removes
        # the one being asked about, while the terminal one waits at its question.
        for args in (["strength", "add", "honesty"], ["strength", "remove", "1", "--yes"]):
            done = peerjob(*args)
            others.append((done.exit_code, done.stderr))

    started = time.monotonic()
    code, screen = answer_after_prompt(
        ["strength", "delete", "1"], "Delete the strength 'resilience'", other_commands, "y\n", terminal_env
    )
    assert [returncode for returncode, _ in others] == [0, 0], others
    assert time.monotonic() - started < 10  # nobody waited for the question's lock
    # It was removed meanwhile: a calm "not found", no traceback.
    assert code == 2 and "no strength with ID 1" in screen and "Traceback" not in screen, screen
    assert [s["name"] for s in peerjob.json("strength", "list")] == ["empathy", "honesty"]
    code, screen = answer_after_prompt(
        ["strength", "delete", "2"], "Delete the strength 'empathy'", lambda: None, "y\n", terminal_env
    )
    assert code == 0 and "Deleted the strength 'empathy'" in screen, screen
    assert [s["name"] for s in peerjob.json("strength", "list")] == ["honesty"]


def test_strength_add_rechecks_the_application_after_the_story(terminal_env, peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")

    def delete_the_application():
        peerjob.ok("delete", "1", "--yes")  # in this test's process, apart from the terminal one

    # While the story is being typed, another process deletes application 1.
    code, screen = answer_after_prompt(
        ["strength", "add", "empathy", "--app", "1"],
        "Situation",
        delete_the_application,
        "A friend\nListened\nThey got help\n",
        terminal_env,
    )
    assert code == 2 and "no application with ID 1" in screen, screen
    assert "Traceback" not in screen and "FOREIGN KEY" not in screen.upper()
    assert peerjob.json("strength", "list") == []


def test_a_word_at_a_goals_prompt_is_asked_again_in_plain_words(terminal_env, peerjob, monkeypatch):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")
    code, screen = run_in_terminal(["review"], "y\nfive\n5\n0\n1\n0\n", terminal_env)
    assert code == 0, screen
    assert "'five' isn't a whole number" in screen and "Error" not in screen and "integer" not in screen
    assert peerjob.json("goals", "--week", "next")["goals"]["applications"] == 5


@pytest.mark.parametrize(
    ("args", "prompt", "key"),
    [
        (["review"], "Set goals for next week?", "\x03"),
        (["log"], "Company", "\x03"),
        (["log"], "Company", "\x04"),  # Ctrl-D: end of input
        (["delete", "1"], "Delete application 1", "\x03"),
        (["journal"], "Journal entry", "\x03"),
        (["undo"], "Undo:", "\x04"),
        (["win", "lst"], "Save 'lst' as a win anyway?", "\x03"),
    ],
    ids=["review goals ^C", "log ^C", "log ^D", "delete ^C", "journal ^C", "undo ^D", "typo question ^C"],
)
def test_ctrl_c_or_ctrl_d_at_any_prompt_stops_and_changes_nothing(
    terminal_env, peerjob, db_path, monkeypatch, args, prompt, key
):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")
    before = db_path.read_bytes()
    code, screen = answer_after_prompt(args, prompt, None, key, terminal_env)
    assert prompt in screen, screen
    assert code == 1 and "Stopped. Nothing was changed." in screen and "Traceback" not in screen, screen
    assert db_path.read_bytes() == before


def test_a_long_list_goes_through_the_pager_on_a_terminal_only(terminal_env, peerjob, monkeypatch, tmp_path):
    """A fake $PAGER records what it was given; a pipe never gets it, nor --no-pager."""
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    for number in range(8):
        peerjob.ok("log", f"Company {number}", "Role")
    paged = tmp_path / "paged.txt"
    pager = tmp_path / "pager.py"
    pager.write_text(f"import sys\nopen({str(paged)!r}, 'w').write(sys.stdin.read())\n")
    env = dict(terminal_env, PAGER=f"{sys.executable} {pager}", LINES="5", COLUMNS="100")
    code, screen = run_in_terminal(["list"], "", env)
    assert code == 0 and "Company 7" in paged.read_text() and "Company 7" not in screen
    paged.unlink()
    code, screen = run_in_terminal(["--no-pager", "list"], "", env)
    assert code == 0 and "Company 7" in screen and not paged.exists()
    piped = subprocess.run([sys.executable, "-m", "peerjob", "list"], env=env, capture_output=True, text=True)
    assert "Company 7" in piped.stdout and not paged.exists()
    code, screen = run_in_terminal(["list"], "", dict(env, LINES="50"))  # fits the screen: no pager
    assert "Company 7" in screen and not paged.exists()


@pytest.mark.parametrize("how", ["option", "environment"])
def test_no_input_asks_nothing_even_on_a_terminal(terminal_env, peerjob, db_path, monkeypatch, how):
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    peerjob.ok("log", "ACME", "Support")
    args, env = (["--no-input"], terminal_env) if how == "option" else ([], dict(terminal_env, PEERJOB_NO_INPUT="1"))
    code, screen = run_in_terminal([*args, "stage", "1", "rejected"], "", env, timeout=10)
    assert code == 0 and "What happened" not in screen and "peerjob reframe 1" in screen, screen
    before = db_path.read_bytes()
    code, screen = run_in_terminal([*args, "delete", "1"], "", env, timeout=10)
    assert code == 2 and "--yes" in screen and db_path.read_bytes() == before, screen
