"""One grammar for every kind of record: `peerjob NOUN [TEXT...]` captures, `peerjob NOUN list|show|edit|delete`.

A plain Typer group would read `peerjob win list` as the text "list", or
the text as an unknown command. CaptureGroup decides by the first word: when
it names a sub-command, it is one; otherwise everything belongs to the
capture, options anywhere. (A word that only looks like a sub-command,
`win lst`, is caught by typo_guard.check_text.)
"""

from __future__ import annotations

import typer
from typer import _click
from typer.core import TyperArgument, TyperGroup


class CaptureGroup(TyperGroup):
    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        from peerjob.cli.typo_guard import LITERAL

        ctx.meta[LITERAL] = "--" in args
        if args and args[0] in self.commands:
            _click.Command.parse_args(self, ctx, [])
            ctx._protected_args, ctx.args = args[:1], args[1:]
            return ctx.args
        ctx.allow_interspersed_args = True
        ctx.allow_extra_args = False
        return _click.Command.parse_args(self, ctx, args)

    def get_params(self, ctx: _click.Context) -> list:
        params = super().get_params(ctx)
        if ctx.command is not self:  # a sub-command's usage line: no [TEXT] before its name
            params = [param for param in params if not isinstance(param, TyperArgument)]
        return params


def capture_app(*, id_word: str = "ID", more: str = "") -> typer.Typer:
    """The group for one noun: its callback captures (its docstring is the help), its commands list, show, edit, delete."""
    return typer.Typer(
        cls=CaptureGroup,
        invoke_without_command=True,
        no_args_is_help=False,
        subcommand_metavar=f"| list | show {id_word} | edit {id_word} | delete {id_word}{more}",
    )
