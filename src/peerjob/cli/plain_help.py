"""Help a person can read: no Python types (`<str>`, `<int range>`, `<list[str]>`), no `{ID}`.

Typer's plain help shows each parameter's Python type beside its name and
wraps required arguments in braces. peerjob's help names values with words
instead: an argument by its metavar (`ID`, `TEXT`), an option by its metavar
or by a word for what it takes (`TEXT`, `N`, `PATH`), and ranges as
"from 1 to 520". Applied once, when the command group is imported, to
Typer's own parameter classes; tests/test_help.py fails if a type shows again.
"""

from __future__ import annotations

from typing import Any

from typer import core


def _range_in_words(low: float | None, high: float | None) -> str | None:
    if low is None and high is None:
        return None
    if low is None:
        return f"at most {high}"
    if high is None:
        return f"at least {low}"
    return f"from {low} to {high}"


def _argument_type(self: Any, ctx: Any) -> str | None:
    return None  # the argument's name (its metavar) already says what it is


def _option_value(self: Any, ctx: Any) -> str | None:
    if self.metavar is not None:
        return str(self.metavar)
    typed = str(core._TyperParameter.display_type(self, ctx) or "").strip("<>")
    if "int" in typed or "float" in typed:
        return "N"
    if "path" in typed:
        return "PATH"
    return "TEXT"


def _usage_name(self: Any) -> str:
    name = str(self.display_name_raw)
    name = name if self.required else f"[{name}]"
    return name + ("..." if self.nargs != 1 else "")


def apply() -> None:
    core.describe_number_range = _range_in_words  # type: ignore[assignment]
    core.TyperArgument.display_type_rich = _argument_type  # type: ignore[method-assign]
    core.TyperArgument._usage_display_name = _usage_name  # type: ignore[method-assign]
    core.TyperOption.display_type_rich = _option_value  # type: ignore[method-assign]
