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

# Words people type for a sub-command that has another name here.
ALIASES = {"ls": "list", "rm": "delete", "remove": "delete"}


class CaptureGroup(TyperGroup):
    takes_text = True  # the capture is free text (`win TEXT`), not an ID (`reframe ID`)

    def _meant(self, ctx: _click.Context, args: list[str]) -> None:
        """`win delet 1`, `reframe lst`: a mistyped sub-command, said as one, with what to type instead.

        A single word for a text capture is left to typo_guard.check_text (it may be text).
        """
        if not args or args[0].startswith("-") or "--" in args:
            return
        from peerjob.domain.typos import command_it_resembles

        word = command_it_resembles(args[0], tuple(self.commands))
        meant = ALIASES.get(word or "", word)
        more = [arg for arg in args[1:] if not arg.startswith("-")]
        if meant is not None and meant in self.commands and (more or not self.takes_text):
            from peerjob.errors import BadInput

            instead = " ".join(["peerjob", ctx.info_name or "", meant, *args[1:]])
            raise BadInput(f"There is no command '{args[0]}' here. Did you mean: {instead}")

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        from peerjob.cli.typo_guard import LITERAL

        ctx.meta[LITERAL] = "--" in args
        if args and args[0] not in self.commands:
            self._meant(ctx, args)
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


class IdCaptureGroup(CaptureGroup):
    takes_text = False


def capture_app(*, id_word: str = "ID", more: str = "", takes_text: bool = True) -> typer.Typer:
    """The group for one noun: its callback captures (its docstring is the help), its commands list, show, edit, delete."""
    return typer.Typer(
        cls=CaptureGroup if takes_text else IdCaptureGroup,
        invoke_without_command=True,
        no_args_is_help=False,
        subcommand_metavar=f"| list | show {id_word} | edit {id_word} | delete {id_word}{more}",
    )
