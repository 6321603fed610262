"""The journal on a real terminal: $VISUAL/$EDITOR on a private temp file, or a prompt."""

import os
import sys
from pathlib import Path

import pytest

from test_terminal import run_in_terminal

EDITOR_SCRIPT = """#!{python}
import os, sys
path = sys.argv[-1]
with open({record!r}, "w") as record:
    record.write(path + "\\n" + oct(os.stat(path).st_mode & 0o777) + "\\n" + " ".join(sys.argv[1:-1]))
with open(path) as draft:
    template = draft.read()
with open(path, "w") as draft:
    draft.write({text!r} + template)
"""


@pytest.fixture
def terminal_env(subprocess_env, tmp_path):
    env = dict(subprocess_env, PEERJOB_TODAY="2026-11-22", NO_COLOR="1", TERM="dumb", TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    return env


def make_editor(tmp_path, text, name="editor"):
    record = tmp_path / f"{name}.record"
    script = tmp_path / name
    script.write_text(EDITOR_SCRIPT.format(python=sys.executable, record=str(record), text=text))
    script.chmod(0o755)
    return script, record


def test_editor_writes_the_entry_on_a_private_temp_file_that_is_then_deleted(
    terminal_env, fresh_db, tmp_path, peerjob, monkeypatch
):
    script, record = make_editor(tmp_path, "Dear journal,\n#1 priority: sleep\nthe second line\n")
    env = dict(terminal_env, EDITOR=f"{script} --wait")  # an editor with its own arguments
    code, screen = run_in_terminal(["journal", "--mood", "2", "-p", "walk"], "", env)
    assert code == 0, screen
    path, mode, arguments = record.read_text().splitlines()
    assert mode == "0o600" and arguments == "--wait"
    assert not Path(path).exists()  # deleted afterwards
    assert os.listdir(tmp_path / "tmp") == []
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    (entry,) = peerjob.json("journal", "list")
    # The template's guide lines are left out; a line of the person's own starting with # stays.
    assert entry["text"] == "Dear journal,\n#1 priority: sleep\nthe second line"
    assert (entry["mood"], entry["practices"]) == (2, ["walk"])


def test_visual_comes_before_editor(terminal_env, fresh_db, tmp_path, peerjob):
    visual, visual_record = make_editor(tmp_path, "from visual", "visual")
    editor, editor_record = make_editor(tmp_path, "from editor", "editor")
    code, screen = run_in_terminal(["journal"], "", dict(terminal_env, VISUAL=str(visual), EDITOR=str(editor)))
    assert code == 0, screen
    assert visual_record.exists() and not editor_record.exists()
    assert [e["text"] for e in peerjob.json("journal", "list")] == ["from visual"]


def test_an_empty_editor_saves_nothing(terminal_env, tmp_path, peerjob, db_path):
    script, _ = make_editor(tmp_path, "")
    code, screen = run_in_terminal(["journal"], "", dict(terminal_env, EDITOR=str(script)))
    assert code == 1 and "nothing was saved" in screen
    assert not db_path.exists()


def test_an_editor_that_cannot_start_saves_nothing(terminal_env, tmp_path, db_path):
    code, screen = run_in_terminal(["journal", "--mood", "3"], "", dict(terminal_env, EDITOR="no-such-editor-here"))
    assert code == 1 and "Couldn't start the editor 'no-such-editor-here'" in screen
    assert "Traceback" not in screen and not db_path.exists()
    assert os.listdir(tmp_path / "tmp") == []


def test_without_an_editor_it_asks(terminal_env, fresh_db, peerjob):
    code, screen = run_in_terminal(["journal", "--mood", "1"], "Long day, but I went\n", terminal_env)
    assert code == 0, screen
    assert "Journal entry" in screen and "peerjob support" in screen
    (entry,) = peerjob.json("journal", "list")
    assert (entry["text"], entry["mood"]) == ("Long day, but I went", 1)
    # Enter alone with a mood: a mood-only entry.
    code, screen = run_in_terminal(["journal", "--mood", "4"], "\n", terminal_env)
    assert code == 0, screen
    assert [e["text"] for e in peerjob.json("journal", "list")] == ["Long day, but I went", None]


def test_a_script_with_nothing_on_stdin_gets_the_editor(terminal_env, fresh_db, tmp_path, peerjob, monkeypatch):
    import subprocess

    script, record = make_editor(tmp_path, "Written by the editor script\n")
    env = dict(terminal_env, EDITOR=str(script))
    subprocess.run(
        [sys.executable, "-m", "peerjob", "journal", "--mood", "4"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
    )
    piped = subprocess.run(
        [sys.executable, "-m", "peerjob", "journal", "-"],
        env=env,
        input=b"From standard input\n",
        capture_output=True,
        check=True,
    )
    assert piped.returncode == 0
    monkeypatch.setenv("PEERJOB_TODAY", "2026-11-22")
    assert [entry["text"] for entry in peerjob.json("journal", "list")] == [
        "Written by the editor script",
        "From standard input",  # after `-` only: without it, standard input is not peerjob's to read
    ]


def test_a_strength_story_from_a_script_gets_the_editor_too(terminal_env, fresh_db, tmp_path, peerjob, monkeypatch):
    import subprocess

    script, _record = make_editor(tmp_path, "Situation: a hard month. Action: kept going. Result: a job offer.\n")
    subprocess.run(
        [sys.executable, "-m", "peerjob", "strength", "add", "perseverance"],
        env=dict(terminal_env, EDITOR=str(script)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
    )
    (strength,) = peerjob.json("strength", "list")
    assert strength["name"] == "perseverance" and "kept going" in strength["story"]
