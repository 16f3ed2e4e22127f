"""``khabar show``: an output record's annotations in the terminal, with rich.

The same marks as the HTML report (:mod:`khabar.render`), as colours: boilerplate dim and struck
through with its kind, the title bold, quotes on yellow with ``[n] speaker`` after them, dates
underlined with ``⟨ISO value⟩``, other languages magenta with ``[lang]``, credited sources blue.
Terminals lay Arabic out as they can; the text is printed in its logical order, as stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from .render import marks_of, note, outlet_name, segments

__all__ = ["legend", "record_panel"]

STYLES: dict[str, Style] = {
    "boilerplate": Style(dim=True, strike=True),
    "title": Style(bold=True),
    "quote": Style(bgcolor="yellow", color="black"),
    "speaker": Style(bold=True, underline=True),
    "source": Style(color="blue", underline=True),
    "evidence": Style(reverse=True),
    "date": Style(underline=True, color="green"),
    "language": Style(color="magenta"),
}
#: How each layer's note (:func:`khabar.render.note`) is written after its mark, and its style.
NOTES: dict[str, tuple[str, Style]] = {
    "boilerplate": (" ‹{}›", Style(dim=True, italic=True)),
    "quote": (" {}", Style(color="yellow", bold=True)),
    "date": (" ⟨{}⟩", Style(color="green", dim=True)),
    "language": (" [{}]", Style(color="magenta", dim=True)),
}


def legend() -> Text:
    """One line naming each style."""
    text = Text("legend: ")
    for layer, style in STYLES.items():
        text.append(layer, style)
        text.append("  ")
    return text


def annotated_text(record: Mapping[str, Any], hide_boilerplate: bool = False) -> Text:
    """The record's text with each piece styled by the marks over it and notes where marks end."""
    source = str(record.get("text") or "")
    text = Text()
    for piece in segments(len(source), marks_of(record)):
        if hide_boilerplate and any(m.layer == "boilerplate" for m in piece.marks):
            continue
        styles = [STYLES[m.layer] for m in piece.marks if m.layer in STYLES]
        text.append(source[piece.start : piece.end], Style.combine(styles) if styles else "")
        for mark in piece.ending:
            said = note(mark)
            if said:
                template, style = NOTES[mark.layer]
                text.append(template.format(said), style)
    return text


def record_panel(record: Mapping[str, Any], hide_boilerplate: bool = False) -> Panel:
    """A panel for one record: its text annotated, then a table of quotes, dates and sources."""
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    outlet = record.get("outlet") if isinstance(record.get("outlet"), Mapping) else {}
    name = outlet_name(record)
    evidence = ", ".join(str(e.get("signal")) for e in outlet.get("evidence") or [] if isinstance(e, Mapping))
    facts.add_row("outlet", f"{name} ({evidence})" if name else "unknown")
    facts.add_row("language", str(record.get("language")))
    sources = [
        s.get("canonical") or s.get("name") for s in record.get("sources") or [] if isinstance(s, Mapping)
    ]
    if sources:
        facts.add_row("sources", ", ".join(map(str, sources)))
    errors = [e for e in record.get("errors") or [] if isinstance(e, Mapping)]
    for error in errors:
        facts.add_row(Text("error", style="red"), f"{error.get('stage')}: {error.get('message')}")
    meta = record.get("meta") if isinstance(record.get("meta"), Mapping) else {}
    title = f"{record.get('id')}  {meta.get('source', '')}  {meta.get('published', '')}".strip()
    return Panel(
        Group(annotated_text(record, hide_boilerplate), Text(), facts), title=title, title_align="left"
    )
