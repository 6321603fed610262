"""No typo becomes a record: `peerjob win list` or `journal lst` save nothing without asking.

On a terminal peerjob asks whether the word was meant as text; without one it
refuses and says how to save it anyway: `--` before the text, as the shell
convention has it (`peerjob win -- list`).
"""

from __future__ import annotations

import typer
from typer import _click
from typer.core import TyperCommand

from peerjob.cli import context as cx
from peerjob.errors import BadInput

LITERAL = "peerjob_text_after_dashes"  # ctx.meta key: the text came after `--`, so it is text


class LiteralTextCommand(TyperCommand):
    """A capture command that remembers whether its text came after `--`."""

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        ctx.meta[LITERAL] = "--" in args
        return super().parse_args(ctx, args)


def check_text(ctx: typer.Context, text: str, *, noun: str, verb: str, meant: dict[str, str], default: str) -> None:
    """Refuse (or, on a terminal, ask about) a one-word text that looks like a command.

    ``meant`` maps a command word to the command the person probably wanted;
    ``default`` is said for the other command words.
    """
    if ctx.meta.get(LITERAL):
        return
    from peerjob.domain.typos import command_it_resembles
    from peerjob.render.console import say

    word = command_it_resembles(text, tuple(meant))
    if word is None:
        return
    looks = f"the command `{meant[word]}`" if word in meant else f"a command, not a {noun} (see `{default}`)"
    if cx.interactive():
        say(f"'{text}' looks like {looks}.")
        if not typer.confirm(f"Save '{text}' as a {noun} anyway?", default=False, err=True):
            raise typer.Abort()
        return
    raise BadInput(
        f"'{text}' looks like {looks}, so nothing was saved. To save it as a {noun} anyway: peerjob {verb} -- {text}"
    )
