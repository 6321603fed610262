"""The partner's page in the format asked for, and the line that says what was written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from peerjob.render.console import say


def render(data: dict[str, Any], chosen_format: str) -> str:
    if chosen_format == "json":
        import json

        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if chosen_format == "html":
        from peerjob.render.html import render_html

        return render_html(data)
    from peerjob.render.markdown import render_markdown

    return render_markdown(data)


def export_written(output: Path, chosen_format: str, private: list[str]) -> None:
    say(f"Wrote {output} ({chosen_format}" + (f"; includes {', '.join(private)})" if private else "; nothing private)"))
