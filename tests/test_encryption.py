"""An encrypted data file (issue 19): SQLCipher through the encrypt extra, which `make test` installs.

Every test here drives the real commands on real files; a passphrase comes
from PEERJOB_PASSPHRASE (the way a script gives it), a pseudo-terminal (the
way a person types it), or an in-memory system keyring.
"""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from test_data import SECRET, fill_every_table

PASS = "correct horse battery"
OTHER = "a different passphrase"
SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    """The temp folder peerjob's own copies would go to, watched for plain copies of the data."""
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def with_passphrase(monkeypatch):
    monkeypatch.setenv("PEERJOB_PASSPHRASE", PASS)


def encrypt(peerjob, passphrase=PASS, *args):
    return peerjob.ok("encrypt", *args, env={"PEERJOB_PASSPHRASE": passphrase})


def plain_leftovers(*folders: Path) -> list[Path]:
    """Files in these folders (and below) that hold a private marker in their bytes."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and SECRET.encode() in path.read_bytes():
                found.append(path)
    return found


def dump_of(peerjob, **env) -> dict:
    data = json.loads(peerjob.ok("dump", env=env or None).stdout)
    data.pop("written_at", None)
    return data


# --- encrypt ------------------------------------------------------------------


def test_encrypt_leaves_no_plain_copy_anywhere(peerjob, db_path, temp_folder):
    fill_every_table(peerjob, db_path)
    peerjob.ok("backup")  # a plain backup beside the file: encrypted along with it
    assert plain_leftovers(db_path.parent), "the test data has markers to find"
    result = encrypt(peerjob)
    assert db_path.read_bytes()[:16] != SQLITE_HEADER
    assert plain_leftovers(db_path.parent, temp_folder) == []
    assert "The same for 1 backup" in result.stderr
    assert PASS not in result.stdout + result.stderr
    assert db_path.stat().st_mode & 0o777 == 0o600
    backups = list(db_path.parent.glob("*.bak"))
    assert backups and all(path.read_bytes()[:16] != SQLITE_HEADER for path in backups)


def test_encrypt_keeps_a_plain_backup_only_when_asked(peerjob, db_path):
    fill_every_table(peerjob, db_path)
    result = encrypt(peerjob, PASS, "--keep-plain-backup")
    kept = list(db_path.parent.glob("*.before-encrypt-*.bak"))
    assert len(kept) == 1 and kept[0].read_bytes()[:16] == SQLITE_HEADER
    assert str(kept[0]) in result.stderr and "not protected" in result.stderr
    assert plain_leftovers(db_path.parent) == kept


def test_every_row_round_trips_through_encrypt_passphrase_and_decrypt(peerjob, db_path, temp_folder):
    fill_every_table(peerjob, db_path)
    before = dump_of(peerjob)
    encrypt(peerjob)
    assert dump_of(peerjob, PEERJOB_PASSPHRASE=PASS) == before
    changed = peerjob.ok("passphrase", env={"PEERJOB_PASSPHRASE": PASS, "PEERJOB_NEW_PASSPHRASE": OTHER})
    assert OTHER not in changed.stdout + changed.stderr
    assert dump_of(peerjob, PEERJOB_PASSPHRASE=OTHER) == before
    old = peerjob("list", env={"PEERJOB_PASSPHRASE": PASS})
    assert old.exit_code == 2 and "does not open" in old.stderr
    peerjob.ok("decrypt", env={"PEERJOB_PASSPHRASE": OTHER})
    assert db_path.read_bytes()[:16] == SQLITE_HEADER
    assert dump_of(peerjob) == before
    assert plain_leftovers(temp_folder) == []


def test_the_file_is_sqlciphers_own_with_its_default_key_settings(peerjob, db_path):
    """Any SQLCipher 4 opens it with the passphrase alone: a random salt, PBKDF2-HMAC-SHA512, 256,000 rounds."""
    import sqlcipher3.dbapi2 as sqlcipher

    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    first_salt = db_path.read_bytes()[:16]
    conn = sqlcipher.connect(str(db_path))
    conn.execute("PRAGMA key = 'correct horse battery'")
    assert conn.execute("SELECT company FROM application").fetchall() == [("ACME",)]
    settings = {row[0] for row in conn.execute("PRAGMA cipher_settings")}
    conn.close()
    assert {"PRAGMA kdf_iter = 256000;", "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;"} <= settings
    peerjob.ok("passphrase", env={"PEERJOB_PASSPHRASE": PASS, "PEERJOB_NEW_PASSPHRASE": OTHER})
    assert db_path.read_bytes()[:16] != first_salt  # a new passphrase comes with a new salt


@pytest.mark.parametrize("passphrase, says", [("short", "at least 8 characters"), ("", "no terminal")])
def test_a_weak_or_missing_new_passphrase_changes_nothing(peerjob, db_path, passphrase, says):
    peerjob.ok("log", "ACME", "Support")
    before = db_path.read_bytes()
    result = peerjob("encrypt", env={"PEERJOB_PASSPHRASE": passphrase})
    assert result.exit_code == 2 and says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_encrypting_twice_or_decrypting_a_plain_file_changes_nothing(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    plain = db_path.read_bytes()
    assert "not encrypted; nothing changed" in peerjob.ok("decrypt").stderr
    assert db_path.read_bytes() == plain
    encrypt(peerjob)
    encrypted = db_path.read_bytes()
    assert "encrypted already" in encrypt(peerjob).stderr
    assert db_path.read_bytes() == encrypted


def test_encrypt_on_no_file_yet_starts_an_encrypted_one(peerjob, db_path):
    encrypt(peerjob)
    assert db_path.read_bytes()[:16] != SQLITE_HEADER
    peerjob.ok("log", "ACME", "Support", env={"PEERJOB_PASSPHRASE": PASS})
    assert "ACME" in peerjob.ok("list", env={"PEERJOB_PASSPHRASE": PASS}).stdout


# --- using an encrypted file ----------------------------------------------------------

EVERY_DAY = [
    ("log", "Initech", "Analyst"),
    ("save", "Hooli", "Engineer"),
    ("win", "Finished a mock interview"),
    ("journal", "A calm day", "--mood", "4"),
    ("stage", "1", "screening"),
    ("list",),
    ("show", "1"),
    ("due",),
    ("review",),
    ("review", "--json"),
    ("stats",),
    ("export",),
    ("export", "--format", "html", "--output", "{tmp}/out.html"),
    ("calendar", "--output", "{tmp}/cal.ics"),
    ("prep", "1"),
    ("support",),
    ("undo", "--yes"),
    ("journal", "list"),
    (),
]


def test_every_command_works_on_an_encrypted_file(peerjob, db_path, tmp_path, temp_folder, with_passphrase):
    fill_every_table(peerjob, db_path)
    encrypt(peerjob)
    for args in EVERY_DAY:
        result = peerjob.ok(*(arg.format(tmp=tmp_path) for arg in args))
        assert "Traceback" not in result.stderr and PASS not in result.stdout + result.stderr
    assert db_path.read_bytes()[:16] != SQLITE_HEADER
    assert plain_leftovers(db_path.parent, temp_folder) == []


def test_dump_load_import_backup_restore_and_wipe_on_encrypted_files(peerjob, db_path, tmp_path, with_passphrase):
    fill_every_table(peerjob, db_path)
    encrypt(peerjob)
    dumped = tmp_path / "dump.json"
    peerjob.ok("dump", "--output", dumped)
    assert SECRET in dumped.read_text()  # plain text only where the person asked for it
    other = tmp_path / "other" / "p.db"
    peerjob.ok("--db", other, "encrypt")  # a new, empty file, encrypted from the start
    peerjob.ok("--db", other, "load", dumped)
    assert other.read_bytes()[:16] != SQLITE_HEADER
    assert dump_of(peerjob, PEERJOB_DB=str(other)) == dump_of(peerjob)
    csv = tmp_path / "jobs.csv"
    csv.write_text("company,role,date applied\nUmbrella,Clerk,2026-11-20\n")
    peerjob.ok("import", csv)
    peerjob.ok("import", csv)  # twice adds nothing
    assert [row["company"] for row in peerjob.json("list")].count("Umbrella") == 1
    backup = Path(peerjob.ok("backup").stdout.strip())
    assert backup.read_bytes()[:16] != SQLITE_HEADER and SECRET.encode() not in backup.read_bytes()
    peerjob.ok("log", "After", "Backup")
    peerjob.ok("restore", backup, "--yes")
    assert "After" not in peerjob.ok("list").stdout
    peerjob.ok("wipe", "--yes-really", env={"PEERJOB_PASSPHRASE": ""})  # wipe needs no passphrase
    assert not db_path.exists() and not list(db_path.parent.glob("*.bak"))


def test_a_wrong_or_missing_passphrase_is_refused_and_the_file_untouched(peerjob, db_path):
    fill_every_table(peerjob, db_path)
    encrypt(peerjob)
    before = db_path.read_bytes()
    for env, code, says in (
        ({"PEERJOB_PASSPHRASE": "not the right one"}, 2, "does not open"),
        ({"PEERJOB_PASSPHRASE": ""}, 2, "no passphrase was given"),
    ):
        for args in (("list",), ("log", "Globex", "Barista"), ("review",), ("backup",), ("decrypt",)):
            result = peerjob(*args, env=env)
            lines = result.stderr.strip().splitlines()
            assert result.exit_code == code and len(lines) == 1 and says in lines[0], (args, result.stderr)
            assert "not the right one" not in lines[0]
            assert db_path.read_bytes() == before
    assert list(db_path.parent.glob("*.bak")) == []


def test_where_says_encrypted_without_a_passphrase(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    assert peerjob.json("where")["encrypted"] is False
    encrypt(peerjob)
    assert peerjob.json("where")["encrypted"] is True
    assert "encrypted" in peerjob.ok("where").stderr


@pytest.mark.real_migrations
def test_an_encrypted_file_from_the_previous_schema_upgrades(peerjob, db_path, temp_folder, with_passphrase):
    from alembic import command

    from peerjob.store import cipher
    from peerjob.store.db import file_uri
    from peerjob.store.version import HEAD, REVISIONS
    from test_store import alembic_config

    db_path.parent.mkdir(parents=True, mode=0o700)
    db_path.touch()
    command.upgrade(alembic_config(db_path), REVISIONS[-2])
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, applied_on, note, created_at, updated_at) "
            f"VALUES ('ACME', 'Support', 'applied', '2026-11-20', '{SECRET}', '2026-11-20 10:00', '2026-11-20 10:00')"
        )
    plain = cipher.module().connect(file_uri(db_path, "rw"), uri=True, isolation_level=None)
    cipher.export(plain, db_path.with_name("enc.db"), PASS)
    plain.close()
    os.replace(db_path.with_name("enc.db"), db_path)
    os.chmod(db_path, 0o600)
    before = db_path.read_bytes()
    assert "ACME" in peerjob.ok("list").stdout  # read in memory: the file is not touched
    assert db_path.read_bytes() == before
    peerjob.ok("log", "Globex", "Barista")  # a write upgrades the file itself, after a backup
    backups = list(db_path.parent.glob("*.before-*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes()[:16] != SQLITE_HEADER
    assert json.loads(peerjob.ok("dump").stdout)["schema"] == HEAD
    assert [row["company"] for row in peerjob.json("list")] == ["ACME", "Globex"]
    assert plain_leftovers(db_path.parent, temp_folder) == []


def test_paths_with_unusual_characters(peerjob, tmp_path, with_passphrase):
    db = tmp_path / "a #b?c%d é" / "jobs 1.db"
    peerjob.ok("--db", db, "log", "ACME", "Support")
    peerjob.ok("--db", db, "encrypt")
    assert db.read_bytes()[:16] != SQLITE_HEADER
    assert "ACME" in peerjob.ok("--db", db, "list").stdout
    peerjob.ok("--db", db, "decrypt")
    assert db.read_bytes()[:16] == SQLITE_HEADER


# --- without the extra ----------------------------------------------------------------


def test_without_the_extra_encrypt_says_how_to_install_it(peerjob, db_path, monkeypatch):
    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    before = db_path.read_bytes()
    for name in ("sqlcipher3", "sqlcipher3.dbapi2"):
        monkeypatch.setitem(sys.modules, name, None)  # what Python does for a package that is not installed
    for args in (("encrypt",), ("list",)):
        result = peerjob(*args, env={"PEERJOB_PASSPHRASE": PASS})
        assert result.exit_code == 1 and "pip install 'peerjob[encrypt]'" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert db_path.read_bytes() == before


def test_a_plain_file_never_loads_sqlcipher(subprocess_env, fresh_db):
    import subprocess

    code = "import sys; from peerjob.cli import main; sys.argv = ['peerjob', 'list']; \ntry: main()\nexcept SystemExit: pass\nprint('sqlcipher3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], env=subprocess_env, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


# --- the system keyring ------------------------------------------------------------------


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            self.entries[(service, username)] = password

        def delete_password(self, service, username):
            if self.entries.pop((service, username), None) is None:
                raise PasswordDeleteError("none")

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_remember_forget_and_a_changed_passphrase_in_the_keyring(peerjob, db_path, memory_keyring):
    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    assert peerjob("list").exit_code == 2  # not remembered: nothing is looked up
    peerjob.ok("passphrase", "--remember", env={"PEERJOB_PASSPHRASE": PASS})
    assert list(memory_keyring.entries.values()) == [PASS]
    assert "ACME" in peerjob.ok("list").stdout
    peerjob.ok("passphrase", env={"PEERJOB_NEW_PASSPHRASE": OTHER})  # the keyring gives the old one
    assert list(memory_keyring.entries.values()) == [OTHER]
    assert "ACME" in peerjob.ok("list").stdout
    assert "out of the system keyring" in peerjob.ok("passphrase", "--forget").stderr
    assert memory_keyring.entries == {}
    assert peerjob("list").exit_code == 2


def test_remember_needs_the_right_passphrase_first(peerjob, db_path, memory_keyring):
    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    result = peerjob("passphrase", "--remember", env={"PEERJOB_PASSPHRASE": "not it at all"})
    assert result.exit_code == 2 and memory_keyring.entries == {}


# --- on a terminal ----------------------------------------------------------------------


def converse(args, steps, env, timeout=30, *, piped_to: str | None = None):
    """Run peerjob on a pseudo-terminal, answering each (prompt, answer) in turn once the prompt shows.

    getpass flushes what was typed ahead, so each answer waits for its prompt.
    ``piped_to``: a shell command peerjob's standard output goes through instead (stdin stays the terminal),
    or "2>FILE" to send its standard error to a file.
    """
    pid, fd = pty.fork()
    if pid == 0:
        if piped_to:
            command = " ".join(f"'{part}'" for part in (sys.executable, "-m", "peerjob", *args))
            joined = piped_to if piped_to.startswith("2>") else f"| {piped_to}"
            os.execvpe("sh", ["sh", "-c", f"{command} {joined}"], env)
        os.execvpe(sys.executable, [sys.executable, "-m", "peerjob", *args], env)
    output, pending = b"", list(steps)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pending and pending[0][0].encode() in output:
            prompt, answer = pending.pop(0)
            time.sleep(0.1)  # let getpass switch echo off first
            os.write(fd, (answer + "\r").encode())
            output = output.replace(prompt.encode(), b"<asked>", 1)
        ready, _, _ = select.select([fd], [], [], 0.2)
        if fd in ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    done, status = os.waitpid(pid, os.WNOHANG)
    if done == 0:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


def test_on_a_terminal_encrypt_asks_twice_and_commands_ask_again_after_a_slip(terminal_env, fresh_db):
    env = {key: value for key, value in terminal_env.items() if key != "PEERJOB_PASSPHRASE"}
    code, output = converse(["encrypt"], [("New passphrase:", PASS), ("The same again", PASS)], env)
    assert code == 0, output
    assert output.count("no way to recover a forgotten one") == 1 and PASS not in output  # nothing echoed
    assert fresh_db.read_bytes()[:16] != SQLITE_HEADER
    code, output = converse(["list"], [("Passphrase for", "oops, wrong"), ("did not open it", PASS)], env)
    assert code == 0 and "No applications yet" in output, output
    assert output.count("<asked>") == 2 and "oops" not in output
    code, output = converse(["encrypt"], [("Passphrase for", PASS)], env)  # already: it only checks the passphrase
    assert code == 0 and "encrypted already" in output, output
    steps = [("Passphrase for", "wrong 1"), ("did not open it", "wrong 2"), ("did not open it", "wrong 3")]
    code, output = converse(["list"], steps, env)
    assert code == 2 and "does not open" in output, output


def test_on_a_terminal_two_different_new_passphrases_change_nothing(terminal_env, fresh_db):
    before = fresh_db.read_bytes()
    code, output = converse(["encrypt"], [("New passphrase:", PASS), ("The same again", PASS + "!")], terminal_env)
    assert code == 2 and "were not the same" in output
    assert fresh_db.read_bytes() == before


def test_a_backup_with_another_passphrase_is_left_as_it_was_and_named(peerjob, db_path, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    stranger = tmp_path / "elsewhere" / "p.db"
    peerjob.ok("--db", stranger, "log", "Other", "File")
    peerjob.ok("--db", stranger, "encrypt", env={"PEERJOB_PASSPHRASE": OTHER})
    odd = db_path.with_name(f"{db_path.name}.backup-20261101-090000.bak")
    odd.write_bytes(stranger.read_bytes())
    ours = Path(peerjob.ok("backup", env={"PEERJOB_PASSPHRASE": PASS}).stdout.strip())
    result = peerjob.ok("decrypt", env={"PEERJOB_PASSPHRASE": PASS})
    assert "The same for 1 backup" in result.stderr and "Left as it was (another passphrase" in result.stderr
    assert str(odd) in result.stderr
    assert ours.read_bytes()[:16] == SQLITE_HEADER and odd.read_bytes() == stranger.read_bytes()


@pytest.mark.parametrize(
    "args, says",
    [
        (("passphrase", "--remember", "--forget"), "Pick one"),
        (("passphrase",), "not encrypted"),
        (("passphrase", "--remember"), "not encrypted"),
    ],
)
def test_passphrase_refuses_what_cannot_be_done(assert_rejected, peerjob, args, says):
    peerjob.ok("log", "ACME", "Support")
    assert_rejected(*args, says=says)


def test_without_a_system_keyring_remember_says_so(peerjob, db_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        result = peerjob("passphrase", "--remember", env={"PEERJOB_PASSPHRASE": PASS})
        assert result.exit_code == 1 and "No system keyring" in result.stderr
        assert "nothing changed" in peerjob.ok("passphrase", "--forget").stderr
    finally:
        keyring.set_keyring(previous)
    monkeypatch.setitem(sys.modules, "keyring", None)
    result = peerjob("passphrase", "--remember", env={"PEERJOB_PASSPHRASE": PASS})
    assert result.exit_code == 1 and "pip install 'peerjob[encrypt]'" in result.stderr
    assert PASS not in result.stderr


def test_output_piped_onwards_still_asks_on_the_terminal(terminal_env, fresh_db, tmp_path):
    """`peerjob list --json | jq`: the passphrase is asked on the terminal, the data goes down the pipe."""
    env = {key: value for key, value in terminal_env.items() if key != "PEERJOB_PASSPHRASE"}
    code, output = converse(["encrypt"], [("New passphrase:", PASS), ("The same again", PASS)], env)
    assert code == 0, output
    piped = tmp_path / "piped.json"
    code, output = converse(["list", "--json"], [("Passphrase for", PASS)], env, piped_to=f"cat > '{piped}'")
    assert code == 0, output
    assert json.loads(piped.read_text()) == []
    assert PASS not in output and PASS not in piped.read_text()


def test_piped_input_is_never_read_as_a_passphrase(peerjob, db_path):
    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    result = peerjob("journal", "-", input=PASS + "\n")
    assert result.exit_code == 2 and "no passphrase was given" in result.stderr


def test_support_never_waits_on_a_passphrase(terminal_env, fresh_db):
    """On a terminal with an encrypted file and no passphrase given, help prints at once, with no question."""
    env = {key: value for key, value in terminal_env.items() if key != "PEERJOB_PASSPHRASE"}
    code, output = converse(["encrypt"], [("New passphrase:", PASS), ("The same again", PASS)], env)
    assert code == 0, output
    code, output = converse(["support"], [("Which country", "")], env, timeout=15)  # asked once, after the lines
    assert code == 0 and "Passphrase" not in output, output
    assert "encrypted data file" in " ".join(output.split())  # wrapped at the terminal's width


# --- what an independent review found -------------------------------------------------------


def test_a_write_under_way_when_encrypt_starts_is_not_lost(peerjob, db_path, subprocess_env):
    """encrypt waits for a write in progress, and the write is in the encrypted file."""
    import subprocess

    from peerjob.store.db import writing_lock

    peerjob.ok("log", "ACME", "Support")
    env = dict(subprocess_env, PEERJOB_PASSPHRASE=PASS)
    with writing_lock(db_path):  # what every command holds while it writes
        writer = sqlite3.connect(db_path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO application (company, role, stage, applied_on, created_at, updated_at)"
            " VALUES ('Late', 'Write', 'applied', '2026-11-20', '2026-11-20 10:00', '2026-11-20 10:00')"
        )
        encrypting = subprocess.Popen(
            [sys.executable, "-m", "peerjob", "encrypt"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        time.sleep(1.0)
        assert encrypting.poll() is None, "encrypt went ahead while a write was under way"
        writer.execute("COMMIT")
        writer.close()
    assert encrypting.wait(timeout=60) == 0, encrypting.stderr.read() if encrypting.stderr else ""
    assert db_path.read_bytes()[:16] != SQLITE_HEADER
    companies = [row["company"] for row in peerjob.json("list", env={"PEERJOB_PASSPHRASE": PASS})]
    assert sorted(companies) == ["ACME", "Late"]


def test_wipe_leaves_a_file_that_only_might_be_encrypted(peerjob, tmp_path):
    import io
    import tarfile

    archive = tmp_path / "thesis.tar"
    with tarfile.open(archive, "w") as tar:
        data = b"chapter one\n" * 200
        info = tarfile.TarInfo("thesis.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    before = archive.read_bytes()
    assert len(before) % 512 == 0
    result = peerjob("--db", archive, "wipe", "--yes-really")
    assert result.exit_code == 1 and "not a peerjob database" in result.stderr
    assert archive.read_bytes() == before


def test_encrypt_again_encrypts_plain_backups_a_cut_off_run_left(peerjob, db_path, template_database):
    import shutil

    fill_every_table(peerjob, db_path)
    encrypt(peerjob)
    left = db_path.with_name(f"{db_path.name}.backup-20261101-090000.bak")
    shutil.copyfile(template_database, left)  # a plain peerjob file, as a cut-off run leaves it
    with sqlite3.connect(left) as conn:
        conn.execute(
            "INSERT INTO journal_entry (entry_on, text, mood, private, created_at)"
            f" VALUES ('2026-11-20', '{SECRET} left behind', 3, 1, '2026-11-20 10:00')"
        )
    result = encrypt(peerjob)
    assert "1 plain backup beside it" in result.stderr and "encrypted now" in result.stderr
    assert left.read_bytes()[:16] != SQLITE_HEADER and plain_leftovers(db_path.parent) == []


def test_restore_says_when_the_restored_file_is_not_encrypted(peerjob, db_path, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    plain_copy = tmp_path / "plain-copy.db"
    peerjob.ok("backup", plain_copy)
    encrypt(peerjob)
    result = peerjob.ok("restore", plain_copy, "--yes", env={"PEERJOB_PASSPHRASE": PASS})
    assert "not encrypted" in result.stderr and "peerjob encrypt" in result.stderr


def test_a_backup_with_an_older_passphrase_can_be_restored(peerjob, db_path, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    usb = tmp_path / "usb" / "copy.db"
    usb.parent.mkdir()
    peerjob.ok("backup", usb, env={"PEERJOB_PASSPHRASE": PASS})
    peerjob.ok("passphrase", env={"PEERJOB_PASSPHRASE": PASS, "PEERJOB_NEW_PASSPHRASE": OTHER})
    peerjob.ok("log", "Globex", "After", env={"PEERJOB_PASSPHRASE": OTHER})
    result = peerjob.ok("restore", usb, "--yes", env={"PEERJOB_PASSPHRASE": PASS})  # the backup's passphrase
    kept = [path for path in db_path.parent.glob("*.before-restore-*.bak")]
    assert len(kept) == 1 and str(kept[0]) in result.stderr
    assert [row["company"] for row in peerjob.json("list", env={"PEERJOB_PASSPHRASE": PASS})] == ["ACME"]
    # The file it replaced is kept as it was, with its own passphrase.
    assert "Globex" in peerjob.ok("--db", kept[0], "list", env={"PEERJOB_PASSPHRASE": OTHER}).stdout


def test_a_damaged_first_page_points_at_restore(peerjob, db_path, tmp_path):
    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    good = tmp_path / "good.db"
    peerjob.ok("backup", good, env={"PEERJOB_PASSPHRASE": PASS})
    data = bytearray(db_path.read_bytes())
    data[100] ^= 0xFF
    db_path.write_bytes(bytes(data))
    result = peerjob("list", env={"PEERJOB_PASSPHRASE": PASS})
    assert result.exit_code == 2 and "peerjob restore BACKUP" in result.stderr
    peerjob.ok("restore", good, "--yes", env={"PEERJOB_PASSPHRASE": PASS})
    assert "ACME" in peerjob.ok("list", env={"PEERJOB_PASSPHRASE": PASS}).stdout


def test_a_stale_keyring_passphrase_gives_way_to_the_prompt(db_path, peerjob):
    from peerjob.store import cipher
    from peerjob.store.db import connect

    peerjob.ok("log", "ACME", "Support")
    encrypt(peerjob)
    answers = {1: ("an old one", "keyring"), 2: (PASS, "prompt")}
    cipher.set_source(lambda _path, attempt: answers.get(attempt))
    cipher.use_passphrase(None)
    conn = connect(db_path, read_only=True)
    assert conn.execute("SELECT company FROM application").fetchall()[0][0] == "ACME"
    conn.close()
    cipher.set_source(lambda _path, attempt: ("", "prompt"))
    cipher.use_passphrase(None)
    with pytest.raises(cipher.PassphraseNeeded, match="No passphrase was typed"):
        connect(db_path, read_only=True)


def test_the_question_is_asked_on_the_terminal_even_with_errors_sent_to_a_file(terminal_env, fresh_db, tmp_path):
    env = {key: value for key, value in terminal_env.items() if key != "PEERJOB_PASSPHRASE"}
    code, output = converse(["encrypt"], [("New passphrase:", PASS), ("The same again", PASS)], env)
    assert code == 0, output
    errors = tmp_path / "errors.log"
    code, output = converse(["list"], [("Passphrase for", PASS)], env, piped_to=f"2>'{errors}'")
    assert code == 0 and "<asked>" in output, output  # the question showed on the terminal
    assert "Passphrase for" not in errors.read_text()
    code, output = converse(["list"], [("Passphrase for", "")], env, piped_to=f"2>'{errors}'")
    assert code == 2 and "No passphrase was typed" in errors.read_text()
